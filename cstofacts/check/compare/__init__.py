"""Stage 3, compare: a claim against one record, slot by slot.

`slots` compares what each is about and says; `dated` the dates and periods,
`who` the states, speakers and outlets, `titles` a person's office, `counts` how
many of a thing.
"""
