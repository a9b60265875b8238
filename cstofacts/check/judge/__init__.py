"""Stage 4, judge: how a claim and a record stand to what they say (`polarity`):
asserted, denied, hedged, asked or on a condition.
"""
