"""Fact checking in five stages, each a module of its own:

1. reading: read the claim into names, dates, counts, places, who says it, stance;
2. candidates: find the records it may be about, through the search index;
3. slots: compare it with each, slot by slot;
4. polarity: judge how each stands to what it says;
5. rules: decide the verdict, by an ordered table of named rules (the rules
   that refute are in conflicts, what they look at in context).

pipeline.Checker runs them; quoting checks quoted words against the sources.
"""

from cstofacts.check.context import NEI as NEI
from cstofacts.check.context import REFUTED as REFUTED
from cstofacts.check.context import SUPPORTED as SUPPORTED
from cstofacts.check.context import VERDICTS as VERDICTS
from cstofacts.check.pipeline import Checker as Checker
from cstofacts.check.pipeline import Verdict as Verdict
