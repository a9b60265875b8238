"""Look up facts, quotes and dates about the CSTO, each sourced to the sentence."""

from __future__ import annotations

__version__ = "0.1.0"
