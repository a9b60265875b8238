"""A person asked for by several words of their office ("NATO chief", "head of
NATO"): the records that name the one person whose office holds those words
come before the records that hold the words apart (NATO in one place, another
organisation's chief in another)."""

from __future__ import annotations

from cstofacts.index import SearchIndex

# What the office's words together add to a record naming its holder: a share of
# the lightest of them (the words themselves are scored already, wherever they stand).
OFFICE_SHARE = 0.5


def office_holders(index: SearchIndex, per_term: list[dict[str, float]], weights: list[float]) -> dict[int, float]:
    """Position -> what to add to its score, for the records naming a person two or
    more of whose office's words the query asks for; {} when none (the offices are
    the index's, found when it was built: no lexicon is read here)."""
    if len(per_term) < 2 or not index.offices:
        return {}
    added: dict[int, float] = {}
    for entity, names in zip(index.entities, index.entity_terms):
        offices = index.offices.get(entity.name)
        if not offices:
            continue
        held = [weight for words, weight in zip(per_term, weights) if any(word in offices for word in words)]
        if len(held) < 2:
            continue
        own = set().union(*names) - offices  # the words of the name itself: "stoltenberg"
        postings = [index.postings("names", term) for term in own]
        naming = min(postings, key=len) if postings else ()
        for position in naming:
            added[position] = max(added.get(position, 0.0), OFFICE_SHARE * min(held))
    return added
