"""Stage 2, find: the records a claim may be about, through the search index.

`candidates` asks the index; `reading_cache` keeps the records' readings
between runs so that they are read once.
"""
