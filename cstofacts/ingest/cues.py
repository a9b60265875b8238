"""The word lists the stages read, in one place: verbs of saying, the nouns that mark a
title or a name in quotation marks, the words before a scare quote, titles of office."""

from __future__ import annotations

# Verbs that attribute words to someone ("he said", "said Tokayev", "she told TASS").
SPEECH_VERBS = frozenset(
    """
    said says say saying added adds noted notes stressed stresses emphasized emphasised emphasizes emphasises
    stated states told tells explained explains argued argues warned warns declared declares insisted insists
    observed observes remarked remarks recalled recalls asked asks replied replies answered answers continued
    concluded concludes wrote writes commented comments reiterated reiterates underlined underlines
    underscored underscores acknowledged acknowledges admitted admits announced announces claimed claims
    cautioned cautions urged urges suggested suggests reminded reminds assured assures confirmed confirms
    complained complains predicted predicts vowed vows promised promises conceded concedes maintained
    maintains pointed highlighted highlights believes believed thinks thought considers considered
    estimated estimates proposed proposes called calls described describes affirmed affirms responded
    responds contended contends lamented laments stressing adding noting saying explaining telling
    denied denies rejected rejects welcomed welcomes praised praises criticized criticised criticizes
    spoke speaks
    """.split()
) | {"went on", "goes on", "pointed out", "points out", "put it", "puts it", "quoted as saying"}
# Of those, the ones that report speech with a that-clause or a colon, and so make a
# sentence without quotation marks reported speech (not "called", "welcomed", ...).
REPORTING_VERBS = SPEECH_VERBS - frozenset(
    "called calls described describes welcomed welcomes praised praises criticized criticised criticizes "
    "rejected rejects denied denies asked asks answered answers continued responded responds spoke speaks".split()
)
# Of those, the ones that report speech only with "that" after them ("the CSTO maintains
# that ...", not "the CSTO maintains its emphasis on ...").
NEED_THAT = frozenset(
    "maintains maintained highlights highlighted believes believed thinks thought considers considered "
    "confirms confirmed proposes proposed suggests suggested observed observes pointed estimated estimates "
    "recalled recalls predicted predicts promised promises assured assures vowed vows responded".split()
)
# Verbs after which quoted words are a partial quote of the subject ("called the talks 'frank'").
CHARACTERISING_VERBS = frozenset(
    "called calls described describes termed terms labelled labeled branded dubbed".split()
)
# Words between a subject and its verb of saying ("Tokayev also said", "Lukashenko was
# quoted as saying"): these, and every word the lexicon knows only as an adverb ("bluntly").
ADVERBS = frozenset("later then further earlier today yesterday himself herself".split())
AUXILIARIES = frozenset("has have had was were is are will would been".split())

# Words right before quoted words that make them a name or a title, not a quote:
# "the exercise 'Rock-2023'", "a plan called 'Horizon'", "the newspaper 'Izvestia'".
TITLE_BEFORE = frozenset(
    """
    exercise exercises drill drills manoeuvres maneuvers operation operations mission doctrine strategy plan
    programme program document documents treaty agreement declaration resolution order medal award prize
    book article report film newspaper magazine journal portal website site agency channel project
    initiative campaign forum conference summit slogan motto concept format titled entitled headlined
    called named dubbed codenamed code-named nicknamed brand series show festival games contest
    competition company party movement platform complex system frigate ship vessel corridor route
    """.split()
)
# Words right after them that do the same: "the 'Dostuk' order", "'Interaction-2023' exercise".
TITLE_AFTER = frozenset(
    """
    exercise exercises drill drills manoeuvres maneuvers operation mission doctrine strategy plan programme
    program document treaty agreement declaration resolution order medal award prize book report film
    newspaper magazine journal portal website agency channel project initiative campaign forum
    conference summit format concept platform movement party group company brand series show festival
    complex system systems missile missiles corridor route process formula package line club
    """.split()
)
# Words before quoted words that make them a term someone else uses or the writer keeps
# at a distance: "the so-called 'peacekeepers'", "the term 'soft alliance'".
SCARE_BEFORE = ("so-called", "so called", "the term", "the word", "the phrase", "the notion of", "the label")

# Words of offices and ranks, in a run of capitalised words before a name ("Kazakh
# President Kassym-Jomart Tokayev", "Major General Daulet Ospanov") or after "the" ("the
# foreign minister"): a word here is never a first name. Other kinds of person (analyst,
# spokeswoman, scientist) come from the lexicon's noun.person class (names.is_title).
OFFICE_WORDS = frozenset(
    """
    president presidents minister ministers secretary general secretary-general spokesman spokeswoman
    spokesperson chairman chairwoman chair ambassador director chief commander deputy prime foreign defense
    defence head senator governor mayor professor dr dr. colonel lieutenant gen. general's premier
    chancellor speaker king queen official officials envoy representative adviser advisor analyst
    expert researcher author editor correspondent journalist leader leaders vice first press
    major captain admiral marshal sergeant brigadier
    """.split()
)
HONORIFICS = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Sir Madam".split())
# Honorifics and pronouns that say whether a person is a man or a woman.
FEMININE = frozenset("Mrs Mrs. Ms Ms. Madam she her hers herself".split())
MASCULINE = frozenset("Mr Mr. Sir he him his himself".split())
# Capitalised words that open a sentence or a phrase but are never part of a name.
NOT_NAMES = frozenset(
    """
    The A An In On At As For From By With Without To Of And But Or Nor If When While Where After Before
    During Since Until This That These Those It Its Their There Here His Her He She We They I You Our
    According Also However Thus Meanwhile Earlier Later Today Yesterday Tomorrow Then Now Still Even
    Yet So Such Some Many Most All Both Each Every No Not Only Once Another Other First Second Third
    Last Next New Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December Q A Question Answer
    What Who Why How Which Whether Although Though Because Despite Under Over Between Among Against
    Within Across Along Following Amid Regarding Speaking Asked Answering Recently Overall Moreover
    Furthermore Nevertheless Accordingly Indeed Notably Additionally Instead Rather Perhaps
    """.split()
)
# Words that make a capitalised run an organisation's name, not a person's.
ORGANISATION_WORDS = frozenset(
    """
    Ministry Organization Organisation Council Agency Committee Office Government Kremlin Service
    Department Party Union News Times Post Institute Academy University Secretariat Parliament Assembly
    Forces Army Navy Bank Fund Commission Court Centre Center Group Company Association Alliance Treaty
    Federation Republic Administration Duma Senate Congress Cabinet Embassy Mission Headquarters Staff
    Command Directorate Bureau Board Foundation Press Radio Television TV Channel Journal Gazette
    Telegraph Herald Tribune Daily Weekly Review Media Network Organisation's Organization's
    """.split()
)
# Words that say a paragraph or lead is about an interview.
INTERVIEW_WORDS = ("interview", "conversation with", "spoke to", "talked to", "told")
# Kinds of outlet: "Izvestia newspaper", "the news agency BelTA".
OUTLET_WORDS = frozenset(
    "newspaper newspapers agency daily weekly magazine journal channel broadcaster radio television tv portal "
    "website outlet paper".split()
)
