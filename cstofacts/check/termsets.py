"""The cue words the checker reads a sentence's stance from, grouped by role.

Only closed classes live here: grammar words, and the cues of negation,
modality and contrast. Words of content (synonyms, opposites, broader words,
reporting verbs, places) come from the lexicon (cstofacts/lexicon.py), which
is distilled from WordNet. A word stands in one role only: tests/check/
test_termsets.py fails on an overlap.
"""

from __future__ import annotations

# Number words, for counts written out ("Fifteen documents", "seven key areas"):
# the core's, which search reads too.
from cstofacts.numberwords import MULTIPLES as MULTIPLES
from cstofacts.numberwords import ORDINALS as ORDINALS
from cstofacts.numberwords import TENS as TENS
from cstofacts.numberwords import UNITS as UNITS

# Prepositions: a name after one is the object of its phrase, not a subject.
PREPOSITIONS = frozenset(
    """
    of in on at by for from to into onto with within about above below between among through
    during before after since until upon via per over under against across along around behind beyond
    toward towards despite amid including like unlike
    """.split()
)

# Words that open a clause of its own: what follows is no part of the phrase before.
SUBORDINATORS = frozenset("although though because whereas while since when where after before that which who".split())
# Grammar words: they say nothing about which record is meant.
FUNCTION_WORDS = PREPOSITIONS | frozenset(
    """
    a an the this that these those its it it's their them they he him his she her hers we us our
    ours you your i me my mine who whom whose which what when where why how there here
    as than so such both each every either all any alike same other others another
    although though because whereas while
    and or but also too very just only even still already again then well besides together
    be is are was were been being am do does did done doing have has had having
    s its' also itself himself herself own
    """.split()
)

# WordNet's classes of words that only qualify another: adverbs and adjectives.
ADVERB_CLASSES = frozenset({"adv.all"})
ADJECTIVE_CLASSES = frozenset({"adj.all", "adj.pert", "adj.ppl"})
MODIFIER_CLASSES = ADVERB_CLASSES | ADJECTIVE_CLASSES
# Pronouns that open a relative clause ("the official who ...") and that stand for
# someone named before ("He argued that ...").
RELATIVE_PRONOUNS = frozenset({"who", "which", "whom"})
# Those whose clause has a subject of its own ("whom the prime minister met").
OBJECT_RELATIVES = frozenset({"whom", "whose"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it"})

# Words that open a noun phrase: "a separate interview", "their approaches".
POSSESSIVE_DETERMINERS = frozenset({"its", "their", "his", "her", "our"})
DETERMINERS = POSSESSIVE_DETERMINERS | {"the", "a", "an", "this", "that", "these", "those"}

# What an outlet is called when a draft describes it rather than names it
# ("a Belarusian news agency", "a Russian newspaper").
OUTLET_NOUNS = frozenset(
    {
        "agency",
        "newspaper",
        "paper",
        "daily",
        "outlet",
        "portal",
        "website",
        "site",
        "channel",
        "broadcaster",
        "media",
        "magazine",
        "journal",
        "weekly",
        "publication",
        "press",
    }
)

# Words that name a text rather than the world: "the article says", "the report describes".
# The author is the text's voice: "the author argues" is "the article argues".
TEXT_NOUNS = frozenset(
    {"article", "report", "text", "source", "page", "piece", "summary", "headline", "interview", "author", "review"}
)
# Forms of "be" and "have": a passive ("is described as") or a copula follows.
VERBS_OF_BEING = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had"})
COPULAS = VERBS_OF_BEING - {"has", "have", "had"}  # what a thing is said to be follows
# Where what follows is said of a thing: "is", "became", "described ... as strained".
PREDICATING = COPULAS | {"as", "be", "been", "become", "remain", "seem", "proved", "proven"}

# Verbs that lend their noun the act: "gave an interview", "made a report", "took part".
LIGHT_VERBS = frozenset({"give", "make", "take", "get", "carry", "pay", "hold"})
# Light only with their noun after them: "held talks", "holds a doctorate"; "the meeting
# was held in Minsk" tells the act itself.
LIGHT_ONLY_WITH_NOUN = frozenset({"hold"})

# The act is denied.
NEGATIONS = frozenset({"not", "no", "never", "cannot", "nor", "neither", "none", "without", "nothing", "nobody"})
# After "not", words that deny only that the thing is alone or first, not the thing:
# "not only a military alliance", "not the first year that experts acknowledged".
NOT_ALONE = frozenset({"only", "just", "merely", "simply", "solely", "first", "sole", "last"})
# What follows a negation to say when it holds: "no longer", "not yet", "no more".
NEGATION_TIMES = frozenset({"longer", "yet", "more"})
# The nouns of "holds the post of", "occupies the office of": a frame that says only
# that the title after it is the subject's.
POST_NOUNS = frozenset({"office", "post", "position", "title"})
HOLDING_VERBS = frozenset({"hold", "occupy"})
# Prefixes a hyphen joins to a word to turn it about or place it ("non-aligned",
# "anti-terrorist", "post-Soviet"): the word after them is not the compound's meaning.
BOUND_PREFIXES = frozenset({"non", "anti", "counter", "post", "pre", "pro", "ex", "un", "semi", "quasi", "neo"})
# Time adverbs that say a thing held once and holds no more ("armed power was formerly
# seen as the key instrument, but ..."): what "no longer" says, the other way round.
PAST_ONLY = frozenset({"formerly", "previously", "erstwhile"})  # not "once": "once ratified"
# Verbs whose object act is not done: "avoid framing", "stop framing", "refrain from".
NEGATING_VERBS = frozenset(
    {
        *("avoid", "stop", "refrain", "cease", "fail", "refuse", "decline", "abandon", "halt", "drop", "quit"),
        *("break", "oppose", "resist"),
    }
)
# Of those, the verbs of ending deny only an act after them ("stopped framing",
# "drop the habit of framing"); with a thing for object they are an act of their
# own ("quit the bloc" is to leave it, "abandon bloc thinking" to move away from it).
ENDING_VERBS = frozenset({"stop", "cease", "abandon", "halt", "drop", "quit", "break"})  # "break the habit of"
# So do the verbs of standing against: "opposed expanding" is against the expanding;
# "opposed the resolution" an act of its own.
OPPOSING_VERBS = frozenset({"oppose", "resist"})
# Adjectives that deny the act after them, as "cannot" does: "unable to cope", "the
# effect is difficult to calculate" (against "can be precisely calculated").
NEGATING_ADJECTIVES = frozenset({"unable", "incapable", "impossible", "difficult", "hard"})
# Nouns of absence: "the absence of rigid discipline" does not say it is rigid.
ABSENCE_NOUNS = frozenset({"absence", "lack"})
# Adjectives of absence, before "of" or "from": "free of rigid bloc discipline" denies it.
ABSENCE_ADJECTIVES = frozenset({"free", "devoid", "void"})

# The act is only possible, or only seems so: a hedged sentence states nothing for certain.
HEDGES = frozenset(
    {
        "may",
        "might",
        "could",
        "possibly",
        "perhaps",
        "probably",
        "likely",
        "apparently",
        "seem",
        "seems",
        "appear",
        "appears",
        "hypothetical",
        "impression",
    }
)
# An office held once, not now ("a former Kazakh defence minister"): no other office than the sources'.
PAST_OFFICE = frozenset({"former", "ex", "onetime", "previously", "once", "earlier", "then"})

# Whose view a sentence gives: "in Babaev's view", "in the secretary general's opinion".
VIEWPOINT_NOUNS = frozenset(
    {"view", "opinion", "estimation", "judgment", "judgement", "assessment", "words", "eyes", "telling", "account"}
)

# A claim that adds to what the sources name ("were also carried by Kazinform"):
# another name beside theirs, not in their place.
ADDITIVE = frozenset({"also", "too", "additionally", "likewise", "besides"})

# A negated doubt is certainty: "without doubt", "no question", "without fail".
DOUBTS = frozenset({"doubt", "doubts", "question", "fail"})
DOUBT_NEGATIONS = frozenset({"without", "no"})  # "not question" is a denial: "did not question the commitments"

# A thing said to be done, and a thing said to be still to do (a draft, work under way, an aim).
COMPLETION = frozenset({"already", "fully", "completely"})
UNDER_WAY = frozenset({"draft", "underway", "finalize", "finalise", "ongoing"})
STILL_NEEDED = frozenset({"require", "need"})  # "efforts are required to develop measures": still to do

# The act is stated as certain or as to come for sure.
# (with the lexicon's synonyms of each: "categorically" brings "flatly", "unconditionally")
CERTAINTY = frozenset(
    {"will", "shall", "definitely", "certainly", "surely", "undoubtedly", "inevitably", "must", "categorically"}
)
# The act is stated as true every time: more than a record that says it "can" or "may" be,
# though still a word of what is said ("has always existed"), not a cue alone.
EVERY_TIME = frozenset({"always", "invariably"})
# Some of the time, or some of them: "such conflicts are often openly controlled". A claim
# of every time or every one ("all dormant conflicts are openly controlled") asks more.
SOME_OF_THE_TIME = frozenset({"often", "sometimes", "frequently", "usually", "occasionally"})
EVERY_ONE = frozenset({"all", "every"})
# The comparatives of more and of less, each with the change of degree it grades by:
# "less important" against "the importance ... increases".
COMPARATIVES = {"more": "increase", "less": "decrease"}
# The act is said to have come about: "has already decided to quit", "has formally left".
# Against a record that has it only as a possibility or on a condition, it asks more.
COME_ABOUT = frozenset({"already", "formally"})
# A condition: "if Armenia withdraws", "in the event of", "unless".
CONDITIONS = frozenset({"if", "unless", "whether"})
CONDITION_PHRASES = (("in", "the", "event", "of"), ("in", "case", "of"), ("provided", "that"))

# Preference: "X rather than Y", "X instead of Y", "X over Y" (after a verb of preferring).
PREFERENCE_PHRASES = (("rather", "than"), ("instead", "of"), ("in", "place", "of"), ("more", "than"))
PREFERRING_VERBS = frozenset(
    {
        "prioritize",
        "prefer",
        "favor",
        "put",
        "place",
        "emphasize",
        "choose",
        "value",
        "priority",
        "precedence",
        "preference",
    }
)
# "Instead, the CSTO ...": the sentence's act replaces one said before; the sentence itself is plain.
SENTENCE_CONTRASTS = frozenset({"instead", "however", "nevertheless", "nonetheless", "yet"})

# Attribution: "according to X", "in X's view", "X's words".
ATTRIBUTION_PHRASES = (
    ("according", "to"),
    ("in", "the", "view", "of"),
    ("in", "the", "words", "of"),
    ("quoted", "by"),
    ("reported", "by"),
    ("as", "reported", "by"),
    ("carried", "by"),
    ("speaking", "to"),
    ("interview", "with"),
    ("interview", "to"),
    ("told",),
    ("published", "in"),
    ("published", "on"),
    ("appeared", "in"),
    ("appeared", "on"),
)

# Question words: a sentence opening with one and ending in "?" asks, it does not state.
QUESTION_WORDS = frozenset(
    {
        "who",
        "whom",
        "what",
        "when",
        "where",
        "why",
        "how",
        "which",
        "whether",
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "can",
        "could",
        "will",
        "would",
        "should",
    }
)


# Parts of a year and of a month, as drafts name them: (first month, last month).
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}
YEAR_PARTS = {
    "early": (1, 4),
    "mid": (5, 8),
    "middle": (5, 8),
    "late": (9, 12),
    "beginning": (1, 3),
    "start": (1, 3),
    "end": (10, 12),
    "close": (10, 12),
}
HALVES = {"first": (1, 6), "second": (7, 12), "latter": (7, 12)}
QUARTERS = {
    "first": (1, 3),
    "second": (4, 6),
    "third": (7, 9),
    "fourth": (10, 12),
    "last": (10, 12),
    "q1": (1, 3),
    "q2": (4, 6),
    "q3": (7, 9),
    "q4": (10, 12),
}
# Time counted from the day a draft is read: "two years ago", "last year".
RELATIVE_TIME_WORDS = frozenset({"ago", "yesterday", "today", "tomorrow", "recently", "lately"})
# The present, as a source says it ("in current conditions"): a claim's "today" repeats it.
PRESENT_TIME = frozenset({"today", "now", "nowadays", "current", "currently", "present", "presently"})
RELATIVE_TIME_HEADS = frozenset({"last", "this", "next", "past"})
TIME_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades"})
# A span's own word before its years: "the decade 2025-2035", "the period 2026-2030".
SPAN_WORDS = TIME_UNITS | {"period", "periods"}

# Verbs that give a name ("the exercise named Unbreakable Brotherhood", "a portal called
# Allies"), like "known as": the frame of a name, no content.
NAMING_VERBS = frozenset({"name", "call", "dub", "title", "entitle"})
# Verbs of viewing that name their object with a second one, no "as" between
# ("calls 2022 a turning point"); "called for", "called on" are no view.
VIEWS_WITHOUT_AS = frozenset({"call", "label"})
# Verbs that, before "as", say what a thing is, as a copula does: "act as a mediator",
# "serve as a counterweight".
ROLE_VERBS = frozenset({"act", "serve", "function"})
# The modal verbs: grammar, which the lexicon does not list. They say how a thing is
# said (the stance reads "may", "will" and "would"), not what is said; and one may open
# a sentence capitalised: "Should the Armenian leadership choose to leave, ..." names no one.
MODALS = frozenset({"should", "would", "could", "can", "will", "shall", "may", "might", "must"})
# Verbs that, with "as", give someone's view of a thing: "Babaev describes 2022 as a
# watershed", "sees the bloc as".
VIEW_VERBS = frozenset(
    {"describe", "see", "regard", "view", "consider", "portray", "characterize", "call", "label", "depict", "perceive"}
)
# The longest title set off by commas beside a name: "the director of the Institute of
# China and Modern Asia,".
APPOSITION_WORDS = 12
# WordNet's classes of the verbs that report words or thoughts ("said", "believes").
REPORTING_CLASSES = frozenset({"verb.communication", "verb.cognition"})
# How a sentence says what caused what (read/causes). Cues after which the cause
# stands ("caused by B", "because of B"); verbs that lay an effect at a cause's door
# ("blames E on B", "attributes E to B"); verbs after a cause ("B triggered E").
CAUSE_AFTER = (
    ("caused", "by"),
    ("driven", "by"),
    ("triggered", "by"),
    ("prompted", "by"),
    ("fuelled", "by"),
    ("fueled", "by"),
    ("because", "of"),
    ("due", "to"),
    ("owing", "to"),
    ("as", "a", "result", "of"),
    ("the", "result", "of"),
    ("stems", "from"),
    ("stemmed", "from"),
    ("resulted", "from"),
    ("grew", "out", "of"),
    ("came", "out", "of"),
    ("because",),
)
CAUSE_VERBS = frozenset({"attribute", "ascribe", "blame", "trace", "put down", "pin", "link"})
# "links A to B" ties the two, and drafts write it either way about ("links the
# pressure to the confrontation", "links the confrontation to the pressure").
UNDIRECTED_CAUSE_VERBS = frozenset({"link"})
ON_CAUSE_VERBS = frozenset({"blame", "pin"})  # "blames E on B"; the others lay E "to" B
CAUSE_BEFORE = frozenset({"cause", "trigger", "prompt", "drive", "spark", "provoke"})
CAUSE_BEFORE_PHRASES = (  # "B led to E", "B contributed to E", "B manifested in E"
    ("led", "to"),
    ("leads", "to"),
    ("lead", "to"),
    ("resulted", "in"),
    ("gave", "rise", "to"),
    ("contributed", "to"),
    ("manifested", "in"),
    ("manifested", "itself", "in"),
    ("paved", "the", "way", "for"),
    ("paving", "the", "way", "for"),
    ("led", "up", "to"),
)
CAUSE_NOUNS = frozenset({"driver", "cause", "reason", "root"})  # "the drivers of E were B"
# The words that name who chaired or hosted an occasion ("under Belarus's chairmanship").
CHAIR_WORDS = frozenset({"chairmanship", "chair", "chairman", "preside", "presidency", "host", "venue"})
HOST_WORDS = frozenset({"host", "venue"})  # where an event took place, not who chaired it
