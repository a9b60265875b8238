from __future__ import annotations

from cstofacts.launch import main

main()
