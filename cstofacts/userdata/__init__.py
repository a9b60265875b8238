"""A user's own records: fields parsed and checked, rows of files, resolution against a store, and the locked, atomic writes."""
