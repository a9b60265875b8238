"""Stage 5, decide: the verdict, by the ordered table of named rules in `rules`.

`context` is what the rules look at. The rules that refute are in `conflicts`,
`swaps` (names swapped), `lists` (closed lists) and `aspect` (done against to
do); `partners` joins two records about one occasion; `quoting` checks quoted
words against the sources.
"""
