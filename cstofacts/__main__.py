from __future__ import annotations

from cstofacts.cli import main

main()
