"""Who a sentence says holds its words ("X said", "according to X", "in X's view",
"the article says") and to whom they were said ("told Izvestia", "in an
interview with BelTA"). Part of stage 1 (reading)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cstofacts import lexicon
from cstofacts.check.lexical import telling
from cstofacts.check.read.names import Mention
from cstofacts.check.read.outlets import (
    described_outlet,
    outlet_of_a_text,
    outlets_described,
    outlets_given_words,
    unknown_title,
)
from cstofacts.check.read.saying import (
    attributing,
    cleft,
    described_text,
    framing_as,
    in_whose_view,
    owned_name,
    owner_of_words,
    pronoun_aside,
    reporting_verb,
    text_noun,
    that_after_a_phrase,
    topic_verb,
)
from cstofacts.check.termsets import (
    ATTRIBUTION_PHRASES,
    CERTAINTY,
    COPULAS,
    DETERMINERS,
    HEDGES,
    LIGHT_VERBS,
    OUTLET_NOUNS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    SENTENCE_CONTRASTS,
    SUBJECT_PRONOUNS,
    VERBS_OF_BEING,
)
from cstofacts.check.words import QUOTED, gap, positions
from cstofacts.check.words import possessive as _possessive
from cstofacts.models import Entity

if TYPE_CHECKING:
    from cstofacts.check.read.reading import Reading

_MODALS = HEDGES | CERTAINTY  # "will", "may": WordNet's "will" (bequeath) is no verb of saying here
_TO_OUTLET = frozenset(
    {
        ("interview", "with"),
        ("interview", "to"),
        ("speaking", "to"),
        ("told",),
        ("reported", "by"),
        ("as", "reported", "by"),
        ("carried", "by"),
        ("quoted", "by"),
        ("published", "in"),
        ("published", "on"),
        ("appeared", "in"),
        ("appeared", "on"),
    }
)
_PUBLISHED = frozenset({"published", "appeared"})


# Given to one outlet: an interview, or a text published in one place.
_ONE_OUTLET = frozenset({"with", "told", "to", "in", "on"})
_BEFORE_A_NAME = POSSESSIVE_DETERMINERS | {"the", "a", "an", "news"}  # "according to its secretary general"


def attribution(reading: Reading) -> None:
    """Who the sentence says holds its words ("X said", "according to X", "in X's
    view") and to whom they were said ("in an interview with Y", "told Y")."""
    tokens = reading.tokens
    words = [t.word for t in tokens]
    by_start = {m.start: m for m in reading.mentions if m.start >= 0}
    speakers: dict[str, Entity] = {}
    outlets: dict[str, Entity] = {}
    for phrase in ATTRIBUTION_PHRASES:
        for i in positions(words, phrase):
            reading.reporting |= set(range(i, i + len(phrase)))
            nxt = i + len(phrase)
            while nxt < len(tokens) and (words[nxt] in _BEFORE_A_NAME or words[nxt] in OUTLET_NOUNS):
                reading.reporting.add(nxt)  # "with the newspaper X", "according to its secretary general"
                nxt += 1
            after = by_start.get(nxt)
            officer = by_start.get(after.end) if after is not None and after.entity.type != "outlet" else None
            if officer is not None and officer.how == "role" and officer.entity.type == "person":
                after = officer  # "according to the CSTO Secretary General": its officer, not the CSTO
            if (
                phrase[0] in _PUBLISHED
                and (after is not None or nxt >= len(tokens) or not unknown_title(reading, nxt))
                and (after is None or after.entity.type != "outlet")
            ):
                reading.reporting -= set(range(i, i + len(phrase)))
                continue  # "published in Minsk", "appeared in Belarus": a place, not an outlet
            if phrase[0] == "carried" and not (
                (after is not None and after.entity.type == "outlet")
                or any(w in OUTLET_NOUNS for w in words[nxt : nxt + 4])
            ):
                reading.reporting -= set(range(i, i + len(phrase)))
                continue  # "the burden is carried by Russia": a load, not a report
            if phrase in _TO_OUTLET:
                described = described_outlet(tokens, nxt)
                if described:
                    reading.outlet_countries[described[0]] = " ".join(t.raw for t in tokens[nxt : described[1]])
                    reading.reporting |= set(range(nxt, described[1]))  # the description is no content
                    reading.interview = reading.interview or phrase[-1] in _ONE_OUTLET
                    named = by_start.get(described[1])  # "the Belarusian news agency BelTA"
                    if after is not None and after.entity.type != "outlet":
                        after = None  # "Kazakhstan's state news agency": the description's country
                    if after is None:
                        nxt = described[1]  # the outlet's name, if one follows ("..., RIA Novosti")
                        if named is not None and named.entity.type == "outlet":
                            after = named
                elif after is not None and after.entity.type != "outlet" and owned_name(reading, after):
                    # "with Russia's RIA Novosti": the outlet's country, then its name
                    country = lexicon.country(tokens[after.end - 1].word) or ""
                    reading.outlet_countries[country] = " ".join(t.raw for t in tokens[nxt : after.end]) + " outlet"
                    reading.reporting |= set(range(nxt, after.end))
                    nxt = after.end
                    after = by_start.get(nxt)
                name_end = len(tokens)  # where the outlet's name ends, when one follows
                # one told or spoken to is an outlet only when the claim says so ("told the newspaper X")
                said_to = phrase in (("told",), ("speaking", "to")) and not any(
                    words[j] in OUTLET_NOUNS for j in range(i + len(phrase), nxt)
                )
                if said_to and after is not None and after.entity.type != "outlet":
                    after = None  # "told NATO's Jens Stoltenberg": one told, not an outlet
                if (
                    after is not None
                    and after.entity.type == "person"
                    and phrase == ("interview", "with")
                    and not _possessive(reading.text, tokens[after.end - 1])
                ):
                    speakers[after.entity.name] = after.entity  # "its interview with Tasmagambetov": who spoke
                    reading.interview = True
                    continue
                if (
                    after is None
                    and not said_to
                    and nxt < len(tokens)
                    and tokens[nxt].capitalised
                    and not tokens[nxt].function
                ):
                    reading.unknown_outlets.add(nxt)  # "reported by RIA Novosti": an outlet no source names
                    name_end = nxt
                    while name_end < len(tokens) and tokens[name_end].capitalised:
                        name_end += 1
                if after is not None:
                    outlets[after.entity.name] = after.entity
                    reading.interview = reading.interview or phrase[-1] in _ONE_OUTLET
                    name_end = after.end
                if name_end < len(tokens) and words[name_end] == "news":
                    reading.reporting.add(name_end)  # "the Interfax news agency"
                    name_end += 1
                if name_end < len(tokens) and words[name_end] in OUTLET_NOUNS:
                    reading.reporting.add(name_end)  # "the "Allies. CSTO" portal", "the RIA Novosti agency": no content
                before = _subject_before(reading, i)  # "Tasmagambetov told Izvestia"
                owner = isinstance(before, Mention) and _possessive(reading.text, tokens[before.end - 1])
                if isinstance(before, Mention) and before.entity.type == "person" and not owner:
                    speakers[before.entity.name] = before.entity  # not "Tasmagambetov's interview with Izvestia"
            elif after is not None and not (after.entity.type == "outlet" and outlet_of_a_text(tokens, after)):
                speakers[after.entity.name] = after.entity  # (not "according to the Allies. CSTO article")
            elif nxt < len(tokens) and text_noun(words[nxt]):
                reading.by_text = True
                _text_frame(reading, nxt)  # "according to the article": whose words, not what
    outlets_described(reading, outlets)
    # "TASS was the outlet that reported ...": a word for an outlet beside a named one says what it is
    near = {
        i for m in reading.mentions if m.entity.type == "outlet" and m.start >= 0 for i in range(m.start - 3, m.end + 3)
    }
    reading.reporting |= {i for i, w in enumerate(words) if w in OUTLET_NOUNS and i in near}
    outlets_given_words(reading, outlets)
    quoted = quoted_spans(reading.text)
    # "NATO's Secretary General": a title's words are no verb of saying ("general")
    titled = {i for m in reading.mentions if m.how == "role" and m.start >= 0 for i in range(m.start, m.end)}
    for i, token in enumerate(tokens):
        if any(a <= token.start < b for a, b in quoted) or i in titled:
            continue  # words inside quotation marks say nothing of who says them
        # "the article presents", "the report also describes": the text's verb, not a word
        # after it ("the article names attacks as ...": "attacks" is what it names)
        after_text = i > 0 and (
            text_noun(words[i - 1]) or (i > 1 and text_noun(words[i - 2]) and tokens[i - 1].function)
        )
        if after_text and "verb.communication" in lexicon.classes(token.lemma):
            reading.by_text = True  # "the article presents ...", "the report describes ..."
            reading.reporting.add(i)
            _text_frame(reading, i - 1 if text_noun(words[i - 1]) else i - 2)
            continue
        text_subject = described_text(reading, i)
        if text_subject:
            reading.by_text = True  # "A programmatic article on the bloc's future argues that ..."
            reading.reporting |= text_subject
            continue
        if token.word in _MODALS or i in reading.reporting:
            continue
        if pronoun_aside(reading, i):
            reading.reporting.add(i)  # "..., he admits, more work is needed": his words, an aside
            continue
        reports = reporting_verb(token, words[i + 1 : i + 3]) or _parenthetical(reading, i)
        if not reports and that_after_a_phrase(reading, i):
            reports = reporting_verb(token, ["that"])  # "wrote on the Allies. CSTO portal that ..."
        topic = not reports and topic_verb(token)  # "Tasmagambetov discussed ...": only a person speaks of a topic
        framing = not (reports or topic)
        if framing and not framing_as(reading, i):
            continue
        if i and (words[i - 1] in _NOT_BEFORE_A_VERB or _possessive(reading.text, tokens[i - 1])):
            continue  # "to avoid", "the report", "Aleynik's remarks": not a verb of saying here
        if (
            i + 1 < len(words)
            and not token.word.endswith("ed")  # "What Tasmagambetov emphasized was that ...": a verb
            and (words[i + 1] in VERBS_OF_BEING or words[i + 1] in _MODALS)
            and not reading.text[token.end : tokens[i + 1].start].strip()
        ):
            continue  # "the CSTO's member states are ...": a noun, which a verb follows
        if i and words[i - 1] in COPULAS and not token.word.endswith("ing"):
            continue  # "is described as": a passive, no one's words ("has said" is his)
        subject = _subject_before(reading, i)
        if (framing or topic) and not (isinstance(subject, Mention) and subject.entity.type == "person"):
            continue  # "the leaders accepted the CSTO as a mediator": an act, no one's view
        if topic:
            reading.reporting.add(i)  # that they spoke of it, an act of theirs: no words of theirs
            continue
        if subject is None and attributing(token):
            if i and words[i - 1] in SUBJECT_PRONOUNS:
                reading.reporting.add(i)  # "He credits X with ...": his view; X is what it is of
            continue
        if subject is None:
            after = by_start.get(i + 1)  # "..., said Tokayev"
            subject = after if after is not None and after.entity.type == "person" else None
        if (
            isinstance(subject, Mention)
            and subject.entity.type == "state"
            and _possessive(reading.text, tokens[subject.end - 1])
        ):
            reading.reporting.add(i)  # "Kazakhstan's president urged": his words, not the country's
        elif isinstance(subject, Mention):
            target = outlets if subject.entity.type == "outlet" else speakers
            target.setdefault(subject.entity.name, subject.entity)
            reading.reporting.add(i)
        elif subject == "text":
            reading.by_text = True
            reading.reporting.add(i)
            _text_frame(reading, max(j for j in range(max(0, i - 3), i) if text_noun(words[j])))
        elif (
            not framing
            and (words[i + 1 : i + 2] == ["that"] or telling(token.lemma))
            and i
            and words[i - 1] in SUBJECT_PRONOUNS
        ):
            reading.reporting.add(i)  # "He added that ...", "he said the CSTO ...": someone's words, unnamed
    in_whose_view(reading, speakers)
    owner_of_words(reading, speakers)
    _noun_of_saying(reading, speakers)
    reading.speakers = list(speakers.values())
    reading.outlets = list(outlets.values())
    if "interview" in words and outlets:
        reading.interview = True


def _text_frame(reading: Reading, noun: int) -> None:
    """The text a claim's words are given to ("the article", "Babaev's piece", "the
    author") is their attribution, as a speaker is: no word of what they say. An
    interview is a slot of its own (`Reading.interview`), compared as one."""
    if reading.tokens[noun].word != "interview":
        reading.reporting.add(noun)


def _noun_of_saying(reading: Reading, speakers: dict[str, Entity]) -> None:
    """ "Tokayev made the case that ...", "made the point that": a person's light verb
    and its noun before "that" report the clause, as "argued that" does."""
    tokens = reading.tokens
    for i in range(1, len(tokens) - 1):
        if tokens[i + 1].word != "that" or tokens[i].function:
            continue
        verb = i - 2 if tokens[i - 1].word in DETERMINERS else i - 1
        if verb < 1 or tokens[verb].lemma not in LIGHT_VERBS:
            continue
        subject = _subject_before(reading, verb)
        if isinstance(subject, Mention) and subject.entity.type == "person":
            speakers.setdefault(subject.entity.name, subject.entity)
            reading.reporting |= {verb, i}


_NOT_BEFORE_A_VERB = frozenset({"to", "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these"})


def _parenthetical(reading: Reading, verb: int) -> bool:
    """A verb of saying set off by commas after its speaker, or closing the sentence
    after one: "..., Babaev argues, the CSTO has ...", "..., the article contends.".
    The speaker is a person, an outlet or a text, with a comma right before it
    ("In 2024, Armenia decided, however, ..." reports nothing)."""
    tokens = reading.tokens
    classes = lexicon.classes(tokens[verb].lemma)
    if "frame.that" not in classes or "verb.communication" not in classes:
        return False
    rest = reading.text[tokens[verb].end :].lstrip()
    if not (rest[:1] in (",", ".", "") or rest.startswith("\u2014")):
        return False
    subject = _subject_before(reading, verb)
    if subject is None:
        return False
    if isinstance(subject, Mention):
        if subject.entity.type not in ("person", "outlet"):
            return False
        start = subject.start
    else:  # "the article contends": the text noun and its determiner
        start = max(0, verb - 2)
    return reading.text[: tokens[start].start].rstrip().endswith(",")


def _subject_before(reading: Reading, verb: int) -> Mention | str | None:
    """The speaker a reporting verb follows: a name within three words ("Tokayev
    has said", "the Kazakh president said"), or a text ("the article says")."""
    quoted = quoted_spans(reading.text)
    for m in reading.mentions:
        if m.start >= 0 and any(a <= reading.tokens[m.start].start < b for a, b in quoted):
            continue
        if m.start >= 0 and 0 <= verb - m.end <= 4 and cleft(reading, m.end, verb):
            return m  # "Aleynik was the one who said", "Pashinyan is the person who described"
        if m.start >= 0 and _aside_between(reading, m.end, verb):
            return m  # "Tasmagambetov, for his part, has described ..."
        if m.start >= 0 and 0 <= verb - m.end <= 2:
            if m.entity.type != "outlet" and after_preposition(reading, m.start):
                continue  # "comments about his relationship with the CSTO chief were carried": not the chief's
            between = reading.tokens[m.end : verb]
            if any(t.word in SUBJECT_PRONOUNS for t in between):
                continue  # "The organization, he said, ...": he said it, not the organization
            clause = _relative_clause(reading, m.start)
            if clause is not None:
                return clause  # "Babaev, who heads the Institute ..., argues": Babaev argues
            # "Tokayev has said", "Mirzoyan has nonetheless called", "the Secretariat's analysts point out"
            if all(t.function or t.word in SENTENCE_CONTRASTS for t in between) or (
                _possessive(reading.text, reading.tokens[m.end - 1])
                and all(t.function or {"noun.person", "noun.group"} & lexicon.classes(t.lemma) for t in between)
            ):
                return m
    for j in range(max(0, verb - 3), verb):
        if text_noun(reading.tokens[j].word):
            return "text"
    return None


_ASIDE = 5  # words of an aside set off by commas between a subject and its verb


def _aside_between(reading: Reading, end: int, verb: int) -> bool:
    """True when only an aside set off by commas ("for his part", "in turn"), then
    words of grammar, stand between a name's end and the verb: "X, for his part, has said"."""
    tokens, text = reading.tokens, reading.text
    if not end < verb <= end + _ASIDE + 2 or text[tokens[end - 1].end : tokens[end].start].strip() != ",":
        return False
    if tokens[end].word not in PREPOSITIONS:
        return False  # "Mirzoyan, Armenia's top diplomat, said": a title, which has its own reading
    close = next((j for j in range(end + 1, verb + 1) if "," in text[tokens[j - 1].end : tokens[j].start]), None)
    return close is not None and all(t.function for t in tokens[close:verb])


def after_preposition(reading: Reading, at: int) -> bool:
    """True when the name at `at` is the object of a preposition ("with the CSTO chief")."""
    before = at - 1
    while before >= 0 and "," not in gap(reading, before, before + 1):
        if reading.tokens[before].word not in DETERMINERS and not reading.tokens[before].capitalised:
            break
        before -= 1  # "with the CSTO chief", "about NATO Secretary General Stoltenberg"
    else:
        return False  # "In an interview with BelTA, Tasmagambetov said": a phrase closed before the name
    if reading.tokens[before].word not in PREPOSITIONS:
        return False
    words = tuple(t.word for t in reading.tokens[: before + 1])
    # "according to the BelTA report", "interview with Tasmagambetov": whose words they are
    return not any(words[-len(phrase) :] == phrase for phrase in ATTRIBUTION_PHRASES)


def _relative_clause(reading: Reading, at: int) -> Mention | None:
    """The name a relative clause holding the word at `at` is about ("Babaev, who heads
    the Institute of ..."), or None when the word stands in no such clause."""
    tokens = reading.tokens
    start = next((j for j in range(at, 0, -1) if "," in gap(reading, j - 1, j)), 0)
    if not start or tokens[start].word not in ("who", "which"):
        return None
    return next((m for m in reading.mentions if m.start >= 0 and m.end == start), None)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTED.finditer(text)]
