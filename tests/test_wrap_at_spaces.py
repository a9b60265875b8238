"""The table's word wrap (output.fit.at_spaces) makes the lines textwrap makes with
the options every table uses: checked against textwrap itself over any text."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from cstofacts.output.fit import at_spaces, wrap

# words, hyphens, every white space textwrap knows, a no-break space and a long word
PIECES = st.sampled_from(
    ["a", "bb", "ccc", "-", " ", "  ", "\t", "\n", "\x0b", "\x0c", "\r", "\u00a0", "x-y", "é", "w" * 15]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(PIECES, max_size=16).map("".join), st.integers(min_value=1, max_value=14))
def test_the_lines_are_textwraps(text, width):
    assert at_spaces(text, width) == textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def test_a_line_breaks_at_spaces_only_and_a_long_id_stands_whole():
    assert wrap("csto-six-leaders-define-strategy is an id", 12) == ["csto-six-leaders-define-strategy", "is an id"]
    assert wrap("Kassym-Jomart\u00a0Tokayev said", 14) == ["Kassym-Jomart\u00a0Tokayev", "said"]
