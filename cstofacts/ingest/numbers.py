"""Numbers: a sentence that counts something ("15 documents were signed", "five
maneuvers", "more than 30 years") is a fact, the count its highlight."""

from __future__ import annotations

import re

from cstofacts.ingest.document import Candidate, Document
from cstofacts.ingest.when import dates_in
from cstofacts.numberwords import MULTIPLES, TENS, UNITS

_WORDS = "|".join(sorted((set(UNITS) | set(TENS) | set(MULTIPLES)) - {"zero", "one"}, key=len, reverse=True))
_COUNT = re.compile(
    rf"(?<![\w.,\u2013-])(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)|(?:{_WORDS})(?:[-\s](?:{_WORDS}))?)"
    r"(?:\s*(?:%|per ?cent\b|percent\b))?(?:\s+(?:million|billion|thousand|hundred))?"
    r"(?:\s+(?:more|new|other|of\s+the|member|main|key|major|large|joint|special|major|major))?\s+[a-z][\w-]*",
    re.I,
)


def counts(doc: Document, skip: set[int], taken: set[int]) -> list[Candidate]:
    """A fact for each sentence that gives a count and no other candidate (sentences by
    start in `taken`), outside the paragraphs `skip`."""
    text = doc.text
    found = []
    for paragraph in doc.paragraphs:
        if paragraph.number in skip:
            continue
        for sentence in paragraph.sentences:
            if sentence.start in taken:
                continue
            dated = [(w.start, w.end) for w in dates_in(text, sentence.start, sentence.end)]
            for match in _COUNT.finditer(text, sentence.start, sentence.end):
                start, end = match.span()
                number = match.group(0).split()[0]
                if any(s < end and start < e for s, e in dated) or re.fullmatch(r"(?:19|20)\d\d", number):
                    continue
                if number[0].isdigit() and text[start - 1 : start] in ("#", "\u2116"):
                    continue
                found.append(
                    Candidate(
                        "fact",
                        text[sentence.start : sentence.end].strip(),
                        sentence.start,
                        sentence.end,
                        (start, end),
                        found_by="number",
                    )
                )
                break
    return found
