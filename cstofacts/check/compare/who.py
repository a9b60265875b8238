"""Stage 3, who: the states a claim says took part, the speaker it gives words to,
and the outlet it names or describes, compared with the record's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cstofacts import lexicon
from cstofacts.check.find.views import RecordView
from cstofacts.check.lexical import match_word, reaches, same_stem
from cstofacts.check.read.attribution import after_preposition
from cstofacts.check.read.names import GENERIC_ENTITIES
from cstofacts.check.read.reading import Reading
from cstofacts.check.read.saying import possessive
from cstofacts.check.slot import ABSENT, CONFLICT, MATCH, Slot
from cstofacts.check.termsets import SUBJECT_PRONOUNS
from cstofacts.check.words import Token, past_form, tokenize
from cstofacts.models import Entity


def subject_found(claim: Reading, entity: Entity, view: RecordView, ordered: bool = False) -> bool:
    """Whether the record speaks of an entity the claim names: it names it, or a body
    of its state, or it is the one whose interview the record's source reports, or,
    where the record tells the claim's order (`ordered`), the order's other person:
    the record names the time of that one's words by its source, as a date would."""
    speaks = entity in claim.speakers
    return (
        entity.name in view.names
        or country_body(entity.name, view, speaks)
        or _its_body_named(claim, entity, view)
        or _capital_for_its_state(claim, entity, view)
        or (speaks and not view.attributed and entity.name == view.source_voice)
        or (ordered and claim.order is not None and entity.name in claim.order)
    )


def participant_slots(claim: Reading, view: RecordView) -> list[Slot]:
    """A claim that names states taking part in one act the record lists them for."""
    # the states the record names besides where it happened ("held in Kazakhstan" names a host)
    hosts = {view.record.place, *(e.name for e in view.reading.places)}
    record_states = list(dict.fromkeys(e.name for e in view.entities if e.type == "state" and e.name not in hosts))
    claimed = [e.name for e in claim.entities if e.type == "state" and e not in claim.places]
    if len(record_states) < 2 or len(claimed) < 2 or view.record.kind != "event":
        return []
    extra = [n for n in claimed if n not in record_states]
    if extra:
        return [Slot("participants", CONFLICT, ", ".join(claimed), _listing(record_states))]
    return [Slot("participants", MATCH, _listing(claimed))]


def body_slots(claim: Reading, view: RecordView) -> list[Slot]:
    """The body whose occasion it was, where the claim and the record each name one
    ("the June 2024 gathering in Almaty was a meeting of the Council of Defence
    Ministers", where the record's meeting is the Committee of Secretaries')."""
    if view.record.kind != "event":
        return []
    recorded = [e.name for e in view.entities if e.type == "organisation" and e.name not in GENERIC_ENTITIES]
    bodies = [m for m in claim.mentions if m.entity.type == "organisation" and m.entity.name not in GENERIC_ENTITIES]
    claimed = list(dict.fromkeys(m.entity.name for m in bodies))
    if len(recorded) != 1 or len(claimed) != 1 or not all(_whose_meeting(claim, m.start, m.end) for m in bodies):
        return []
    if claimed == recorded:
        return [Slot("body", MATCH, claimed[0])]
    return [Slot("body", CONFLICT, claimed[0], recorded[0])]


# WordNet's words for people met together ("session" and "conference" are kinds of meeting).
MEETINGS = frozenset({"meeting", "gathering", "summit"})


def _whose_meeting(claim: Reading, start: int, end: int) -> bool:
    """True when a body is named as the one that met: "a meeting of the X", "X met"; not
    "Tasmagambetov, who heads the CSTO Secretariat, ...", nor "NATO's activity"."""
    tokens = claim.tokens
    before = start - 1 - (start > 0 and tokens[start - 1].word == "the")
    noun = tokens[before - 1] if before > 0 else None  # ("meeting": its lemma is the verb's)
    of_a_meeting = (
        noun is not None
        and tokens[before].word == "of"
        and (reaches(noun.word, MEETINGS) or reaches(noun.lemma, MEETINGS))
    )
    met = end < len(tokens) and tokens[end].lemma in ("meet", "convene")
    return of_a_meeting or met


def _listing(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def speaker_slots(claim: Reading, view: RecordView) -> list[Slot]:
    slots = []
    source = view.record.source
    published = source.outlets
    for speaker in claim.speakers:
        if (
            speaker.name in view.attributed
            or (speaker.type == "outlet" and speaker.name in published)
            or _speaks_for_its_country(speaker.name, view.attributed)
            or _heads_it(claim, speaker, view)
            or (not view.attributed and speaker.name == view.source_voice)
        ):
            # "according to the BelTA report": the outlet whose text the record is from says it
            slots.append(Slot("speaker", MATCH, speaker.name))
        elif _interviewee_summarised(speaker, view):
            # "Speaking to Izvestia, Tasmagambetov described ...": the interview's own lead,
            # which the outlet wrote, sums up what the one it interviews said
            slots.append(Slot("speaker", MATCH, speaker.name))
        elif _says_in_the_record(speaker, view):
            # "Izvestia's question states that ... Pashinyan ... openly declared": the record
            # reports the claim's speaker saying it, in another's words
            slots.append(Slot("speaker", MATCH, speaker.name))
        elif view.attributed:
            slots.append(Slot("speaker", CONFLICT, speaker.name, " and ".join(sorted(view.attributed))))
        elif speaker.name in view.names and _reports_the_saying(claim, view):
            # "the leaders of Kyrgyzstan and Tajikistan agreed that ...": the article itself
            # tells that they agreed ("the leaders of these countries ... agreed to ...")
            slots.append(Slot("speaker", MATCH, speaker.name))
        else:
            slots.append(Slot("speaker", ABSENT, speaker.name, "the article's own words"))
    return slots


def _interviewee_summarised(speaker: Entity, view: RecordView) -> bool:
    """True when the outlet that published the source gives the words in a passage that
    itself names the claim's speaker as saying them: Izvestia's lead ("Imangali
    Tasmagambetov said in an interview with Izvestia that ... In its work, the CSTO takes
    into account ..."), not its questions to him."""
    source = view.record.source
    published = source.outlets
    if speaker.type != "person" or not view.attributed or not view.attributed <= published:
        return False
    tokens = tokenize(view.record.evidence or "")
    surname = speaker.name.split()[-1].lower()
    for at, token in enumerate(tokens):
        if token.word == surname:
            return any(_said(t) for t in tokens[at + 1 : at + 3])  # "Tasmagambetov said in an interview"
    return False


def _said(token: Token) -> bool:
    """A verb of saying in its past form: "said", "stressed", "declared"."""
    return past_form(token) and "verb.communication" in lexicon.classes(token.lemma)


# How far after a person's name the record's verb of saying may come: past a title and
# an aside ("Nikol Pashinyan, at a recent meeting with NATO Secretary General Jens
# Stoltenberg, actually openly declared").
SAYING_REACH = 14


def _says_in_the_record(speaker: Entity, view: RecordView) -> bool:
    """True when the record tells, in whoever's words, that the speaker said something:
    the speaker's name as a subject, then, before anyone else's name, a verb of saying
    in its past form ("Pashinyan, at a recent meeting with ..., openly declared")."""
    if speaker.type != "person":
        return False
    record = view.reading
    tokens = record.tokens
    people = sorted(m.start for m in record.mentions if m.entity.type == "person" and m.start >= 0)
    for mention in record.mentions:
        if mention.entity.name != speaker.name or mention.start < 0:
            continue
        if possessive(record.text, tokens[mention.end - 1]) or after_preposition(record, mention.start):
            continue  # "Tasmagambetov's appointment", "a meeting with ... Stoltenberg": no subject
        start = _past_an_aside(record.text, tokens, mention.end)
        following = [p for p in people if p >= start]
        stop = min(following[0] if following else len(tokens), start + SAYING_REACH)
        for token in tokens[start:stop]:
            if token.word in ("that", "which", "who", "whom"):
                break  # a clause of its own begins: its verbs are another's
            if _said(token):
                return True
    return False


def _past_an_aside(text: str, tokens: Sequence[Token], at: int) -> int:
    """Where a sentence resumes after an aside set off by commas that opens at token `at`
    ("Pashinyan, at a recent meeting with ... Stoltenberg, actually declared"): the token
    after its closing comma; `at` when no aside opens there."""
    if not 0 < at < len(tokens) or "," not in text[tokens[at - 1].end : tokens[at].start]:
        return at
    for k in range(at + 1, len(tokens)):
        if "," in text[tokens[k - 1].end : tokens[k].start]:
            return k
    return at


def _reports_the_saying(claim: Reading, view: RecordView) -> bool:
    """True when the record, in its own voice, holds the verb by which the claim's
    speaker says its words."""
    record = view.reading
    told = {t.lemma for i, t in enumerate(record.tokens) if i not in record.reporting}  # not "the article says"
    return any(claim.tokens[i].lemma in told for i in claim.reporting if not claim.tokens[i].function)


def text_slots(claim: Reading, view: RecordView) -> list[Slot]:
    """ "The article says ...": a record in the article's own voice (no one else's
    words, or its author's, or "the article says") agrees with the claim's text
    attribution. Another's words reported in it are neither for nor against it."""
    record = view.record
    own_voice = not view.attributed or (record.speaker is not None and record.speaker == record.source.author)
    if claim.by_text and (own_voice or view.reading.by_text):
        return [Slot("attribution", MATCH, "the text's own words")]
    return []


def outlet_slots(claim: Reading, view: RecordView) -> list[Slot]:
    source = view.record.source
    known = source.outlets
    given_to = {n for n in view.names if n in {e.name for e in view.entities if e.type == "outlet"}}
    given_to |= {e.name for e in view.reading.outlets}
    known |= given_to
    carriers = source.outlets
    if given_to - carriers:
        # words given to another outlet, which the source's own carries ("according to
        # Sputnik Armenia", in Izvestia's): told to and reported by that outlet, not the carrier
        known -= carriers - given_to
    if (
        claim.interview
        and any(t.lemma in ("interview", "tell", "told") for t in claim.tokens)  # not "published on"
        and "interview" not in view.lemmas
        and "interview" not in f"{source.title} {source.note}".lower()
    ):
        known = {n for n in known if n not in source.reported_by}  # a report, not an interview given to it
    slots = []
    described = [_outlet_country(view, name) for name in sorted(known)]
    named = [o.name for o in claim.outlets if _outlet_country(view, o.name)]
    for country, words in sorted(claim.outlet_countries.items()):
        if named:  # "BelTA is a Kazakh news agency": the country of the very outlet it names
            own = _outlet_country(view, named[0]) or ""
            status = MATCH if country == own else CONFLICT
            slots.append(Slot("outlet country", status, f"a {words}", f"{named[0]} is of {own.title()}"))
            continue
        countries = {c for c in described if c}
        if countries:
            status = MATCH if country in countries else CONFLICT
            slots.append(Slot("outlet", status, f"a {words}", " and ".join(sorted(known))))
    for outlet in claim.outlets:
        if outlet.name in known:
            slots.append(Slot("outlet", MATCH, outlet.name))
        elif known:
            slots.append(Slot("outlet", CONFLICT, outlet.name, " and ".join(sorted(known))))
        else:
            slots.append(Slot("outlet", ABSENT, outlet.name))
    return slots


def _outlet_country(view: RecordView, name: str) -> str | None:
    """The country an outlet's description names ("Belarusian news agency")."""
    entity = view.names_index.by_name.get(name) if view.names_index is not None else None
    text = f"{name} {entity.description or ''}" if entity is not None else name
    for word in text.replace(".", " ").split():
        country = lexicon.country(word.lower())
        if country:
            return country
    return None


def _heads_it(claim: Reading, speaker: Entity, view: RecordView) -> bool:
    """True when the record's speaker holds an office of the organisation the claim gives
    the words to ("the organization says", where its Secretary General said it); not for
    an act of its own it announces ("the CSTO announced that it was suspending ..."),
    which its officer's words about another's act do not tell."""
    if speaker.type != "organisation" or of_its_own_act(claim, speaker):
        return False
    offices = [e.role or "" for e in view.entities if e.type == "person" and e.name in view.attributed]
    return any(name in office.split() or _of_its_office(name, office) for office in offices for name in speaker.names)


def _of_its_office(name: str, office: str) -> bool:
    """True when each word of a body's name is a word of the office or one's form ("CSTO
    Secretariat" of the "CSTO Secretary General": the Secretariat he heads)."""
    words = [w.lower() for w in office.split()]
    return len(name.split()) > 1 and all(
        w.lower() in words or same_stem(w.lower(), set(words))[0] != "none" for w in name.split()
    )


def of_its_own_act(claim: Reading, speaker: Entity) -> bool:
    """True when the speaker's words are of its own act: "Armenia announced that it was
    suspending ...", "the CSTO announced that it ..."."""
    tokens = claim.tokens
    for mention in claim.mentions:
        if mention.entity == speaker and mention.start >= 0:
            for j in range(mention.end, min(len(tokens) - 1, mention.end + 3)):
                if tokens[j].word == "that":
                    return tokens[j + 1].word in SUBJECT_PRONOUNS
    return False


def _speaks_for_its_country(place: str, attributed: set[str]) -> bool:
    """True when a state or its capital stands for its leadership ("Minsk has said",
    where the record's speaker is the Belarusian leadership): the same country."""
    country = _country_of(place)
    return bool(country) and any(
        _country_of(word) == country for name in attributed for word in name.replace("'s", "").split()
    )


def _its_body_named(claim: Reading, entity: Entity, view: RecordView) -> bool:
    """ "Belarus's leadership", "Minsk's leadership": a state's body (or its capital's),
    where the record names the body by the country's adjective ("the Belarusian
    leadership")."""
    country = _country_of(entity.name)
    if not country:
        return False
    bodies = {
        words[1]: words[0] for words in (n.lower().split() for n in view.names) if len(words) == 2
    }  # "belarusian leadership": "leadership" -> "belarusian"
    for mention in claim.mentions:
        if mention.entity is entity and 0 <= mention.end < len(claim.tokens):
            owner = claim.tokens[mention.end - 1]
            body = claim.tokens[mention.end].lemma
            if possessive(claim.text, owner) and body in bodies and _country_of(bodies[body]) == country:
                return True
    return False


def as_office(lemma: str, word: str, view: RecordView) -> tuple[str, str] | None:
    """A claim's word that names someone the record names by the office the sources
    give them ("the Kazakh leader" for Tokayev, "the secretary general's view")."""
    offices = view.role_words
    if not offices:
        return None
    country = lexicon.country(word)
    if country and country in offices:
        return "same", country
    if " " in lemma and lexicon.classes(lemma) and "noun.person" not in lexicon.classes(lemma):
        return None  # a phrase that names no person: "general staff" is no office for its "general"
    how, found = match_word(lemma, word, offices)
    return (how, found) if how == "same" or how in lexicon.KIN else None


def as_author(lemma: str, claim: Reading, view: RecordView) -> tuple[str, str]:
    """ "Babaev is the author of the article": a word WordNet has for one who writes
    ("author", "writer"), where the record gives a person the claim names as the
    text's own ("Babaev's article", "an article by Kirill Babaev")."""
    if "noun.person" not in lexicon.classes(lemma) or lexicon.relation(lemma, "write") is None:
        return "none", ""
    people = [e.name for e in claim.entities if e.type == "person"]
    return ("derived", "by") if any(_written_by(view.record.text, name) for name in people) else ("none", "")


def _written_by(text: str, name: str) -> bool:
    """True when a text names a person as its owner: "Babaev's article", "by Kirill Babaev"."""
    surname = re.escape(name.split()[-1])
    return re.search(rf"\b{surname}['\u2019]s\b|\bby (?:{re.escape(name)}|{surname})\b", text) is not None


def _capital_for_its_state(claim: Reading, entity: Entity, view: RecordView) -> bool:
    """ "interaction with Yerevan": a capital stands for its state's government, where
    the record names the state ("Armenia"); not where one goes or is ("travelled to
    Yerevan", "in Yerevan"), which the place slot compares."""
    country = _country_of(entity.name)
    if not (entity.type == "place" and country and lexicon.capital(country) == entity.name.lower()):
        return False
    placed = any(
        m.entity is entity and m.start > 0 and claim.tokens[m.start - 1].word in _WHERE for m in claim.mentions
    )
    return not placed and country in {n.lower() for n in view.names}


# Prepositions that give a place where one goes, is or comes from: "to Yerevan", "in Minsk".
_WHERE = frozenset({"in", "to", "at", "into", "near", "from", "outside", "inside"})


def _country_of(word: str) -> str:
    """The country a state, a city or a nationality names ("Minsk", "Belarusian")."""
    return lexicon.country(word.lower()) or ""


def country_body(name: str, view: RecordView, speaking: bool = False) -> bool:
    """A body named by its country's adjective ("the Belarusian leadership") is in a
    record that names the country and the body ("the leadership of the Republic of Belarus").
    `speaking`: the name says the claim's words, and a state or its capital speaks for its
    leadership ("Minsk has said", where the record's speaker is the Belarusian leadership)."""
    if speaking and _speaks_for_its_country(name, view.attributed):
        return True
    words = name.lower().split()
    country = _country_of(words[0]) if len(words) == 2 else ""
    return bool(country) and country in {n.lower() for n in view.names} and lexicon.lemma(words[1]) in view.lemmas
