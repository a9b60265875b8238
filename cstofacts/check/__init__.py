"""Fact checking in five stages, each a package of its own:

1. read/: read the claim into names, dates, counts, places, who says it, stance;
2. find/: find the records it may be about, through the search index;
3. compare/: compare it with each, slot by slot;
4. judge/: judge how each stands to what it says;
5. decide/: decide the verdict, by an ordered table of named rules.

pipeline.Checker runs them. What every stage reads with stays here: `words`
(tokens and lemmas), `termsets` (the cue words), `lexical` (the lexicon's
relations between words) and `slot` (a slot compared).
"""

from cstofacts.check.decide.context import NEI as NEI
from cstofacts.check.decide.context import REFUTED as REFUTED
from cstofacts.check.decide.context import SUPPORTED as SUPPORTED
from cstofacts.check.decide.context import VERDICTS as VERDICTS
from cstofacts.check.pipeline import Checker as Checker
from cstofacts.check.pipeline import Verdict as Verdict
