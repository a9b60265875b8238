"""Stage 1, clefts: a sentence that puts who said or did a thing last, read as the
plain sentence it stands for, which the later stages compare as any other.

- "It was Tokayev who warned that ...": "Tokayev warned that ..."
- "It was in 2023 that the CSTO held ...": "the CSTO held ... in 2023"
- "The call for calmer rhetoric came from Tokayev": "Tokayev called for calmer rhetoric"
- "The view that ... was put forward by Tasmagambetov": "Tasmagambetov viewed that ..."
- "The Armenian official who spoke of ... was Ararat Mirzoyan": "Ararat Mirzoyan, the
  Armenian official, spoke of ..."

What a noun of saying says as a verb ("warning": "warn") is the lexicon's.
"""

from __future__ import annotations

import re
from functools import cache

from cstofacts import lexicon

# "It was X who ...": the focus ends at the first "who" or "that" (a name's own "that" is rare).
_IT_CLEFT = r"^It (?:was|is|has been|had been) (?P<focus>.+?),? (?P<rel>who|that) (?P<rest>.+?)(?P<end>[.!]?)$"
# A noun of saying with what was said, then its sayer: "came from X", "was voiced by X".
_SAYING_CAME = (
    r"^(?:The|This|That) (?P<noun>[a-z-]+) (?P<said>(?:that|to|for|of|about|on|against|over|regarding) .+?),? "
    r"(?:(?:came|comes|has come|had come) from |(?:was|were|has been|had been|is) "
    r"(?:put forward|voiced|made|expressed|issued|delivered|given|offered|raised|sounded|advanced|uttered) by "
    r"|(?:is|was) (?=(?:[A-Z][\w.-]* )*[A-Z][\w.-]*['\u2019]s[.!]?$))"  # "... is Babaev's"
    r"(?P<sayer>.+?)(?P<end>[.!]?)$"
)
# "The <one> who <did it> was <Name>": the name, every word capitalised ("Prime Minister Nikol Pashinyan").
_NAMED_LAST = (
    r"^The (?P<one>[^,]+?) (?P<pronoun>who|that) (?P<did>.+) (?:was|is) "
    r"(?P<name>[A-Z][\w.'\u2019-]*(?: (?:[A-Z][\w.'\u2019-]*|of|de|von))*?)(?P<end>[.!]?)$"
)
# Where a sayer's name ends and when or where they said it begins ("Tasmagambetov in his
# Izvestia interview").
_SAYER_ASIDE = r",? (?=(?:in|at|during|while|when|on) )"
_INSTEAD_OF = r",? (?:rather than|and not|not) (?:by )?.*$"
_WHO = frozenset({"noun.person", "noun.group"})  # who may do a thing: a person, a body
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_SAYING_CLASSES = frozenset({"noun.communication", "noun.cognition"})
_VERB_OF_SAYING = ("verb.communication", "verb.cognition")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern compiled when a claim first needs it: a claim that no record bears out
    as written is the only one read for a cleft, so start-up does not pay for them."""
    return re.compile(pattern)


def plain(text: str) -> str | None:
    """The plain sentence a cleft stands for, or None when `text` is none."""
    text = text.strip()
    for read in (_it_cleft, _saying_came, _named_last):
        found = read(text)
        if found:
            return found[0].upper() + found[1:]
    return None


def _it_cleft(text: str) -> str | None:
    match = _compiled(_IT_CLEFT).match(text)
    if match is None:
        return None
    focus, rest, end = match["focus"], match["rest"], match["end"]
    first = focus.split()[0]
    if first.lower() in _PLACING:
        return f"{rest} {focus}{end}"  # "It was in 2023 that the CSTO held ...": when, put back last
    if not (first[0].isupper() or first.lower() in _DETERMINERS or _possessive(first)):
        return None  # "It is clear that ...", "It was reported that ...": no focus, no cleft
    return f"{focus}{',' if ',' in focus else ''} {rest}{end}"  # "Tokayev, not Aleynik, warned"


# Prepositions that open a time or place put in focus ("It was in Minsk that ...").
_PLACING = frozenset({"in", "on", "at", "during", "after", "before", "since", "until", "from", "under"})


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "\u2019s"))


def _saying_came(text: str) -> str | None:
    match = _compiled(_SAYING_CAME).match(text)
    if match is None or not (lexicon.classes(match["noun"]) & _SAYING_CLASSES):
        return None
    said = match["said"]
    opening = said.split()[0]
    if "noun.communication" not in lexicon.classes(match["noun"]) and opening != "that":
        return None  # "the view that ...", but "the decision on ...": a thing thought, said only with its clause
    verb = _verb_of(match["noun"])
    if opening == "that" and "frame.that" not in lexicon.classes(verb):
        verb = "say"  # "the view that ...": a verb that takes no clause ("view") says it as "said"
    if not verb:
        return None  # "the description of 2022 as ...": no verb of its own to say it with
    if opening == "of":
        said = said[3:]  # "the criticism of NATO": "criticized NATO"
    sayer, aside = _cut_aside(match["sayer"].removesuffix("'s").removesuffix("\u2019s"))
    if "," in sayer:
        sayer += ","  # "Kazakhstan's head of state, Kassym-Jomart Tokayev," an apposition closed
    sentence = f"{sayer} {_past(verb)} {said}{match['end']}"
    return f"{aside[0].upper()}{aside[1:]}, {sentence}" if aside else sentence


def _cut_aside(sayer: str) -> tuple[str, str]:
    """The sayer's name, and when or where they said it ("in his Izvestia interview")."""
    sayer = _compiled(_INSTEAD_OF).sub("", sayer)  # "by X rather than by Y": X said it, as the claim has it
    parts = _compiled(_SAYER_ASIDE).split(sayer, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (sayer, "")


def _verb_of(noun: str) -> str:
    """The verb of saying a noun of saying is ("call": "call", "warning": "warn"); ""
    when the lexicon gives none."""
    if any(c.startswith(_VERB_OF_SAYING) for c in lexicon.classes(noun)):
        return noun
    entry = lexicon.entry(noun)
    for word in sorted(entry.derived if entry else ()):
        if any(c.startswith(_VERB_OF_SAYING) for c in lexicon.classes(word)):
            return word
    return ""


def _past(verb: str) -> str:
    """The past form of a verb, the one the lexicon takes back to it ("warn": "warned",
    "propose": "proposed", "say": "said"); the verb itself when none does."""
    if verb == "say":
        return "said"
    for form in (f"{verb}d", f"{verb}ed", f"{verb[:-1]}ied", f"{verb}{verb[-1:]}ed"):
        if lexicon.lemma(form) == verb and lexicon.entry(form) is not None:
            return form
    return f"{verb}ed" if not verb.endswith("e") else f"{verb}d"


def _named_last(text: str) -> str | None:
    match = _compiled(_NAMED_LAST).match(text)
    if match is None or " was " in match["one"] or " is " in match["one"]:
        return None
    one, name, end = match["one"], match["name"], match["end"]
    if match["pronoun"] == "that" and not lexicon.classes(lexicon.lemma(one.split()[-1].lower())) & _WHO:
        return None  # "The conclusion that the CSTO is key is Babaev's": what was said, not one who did it
    if name.endswith(".") and not end:
        name, end = name[:-1], "."  # the sentence's stop, not an initial's
    head = one.split()[-1].lower()
    if "noun.person" not in lexicon.classes(lexicon.lemma(head)):
        return f"{name} {match['did']}{end}"  # "The body that adopted it was the UN"
    return f"{name}, the {one}, {match['did']}{end}"
