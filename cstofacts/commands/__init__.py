"""The commands, a module per group; cli.py finds each by its import path when it runs."""
