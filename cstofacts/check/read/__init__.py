"""Stage 1, read: a claim read into what it says, slot by slot.

`reading` reads one sentence (names, dates, counts, places, who says it, its
stance cues); `clauses` cuts a claim of several clauses into claims of one;
`coreference` finds whom "he" stands for in a draft; `claims` splits a document
into its sentences. The rest read one kind of thing: `names` and `roles` (the
store's entities and people's offices), `numbers`, `when`, `attribution`, `cues` (the stance) and `frames`
(the words that state nothing).
"""
