"""Countries a report names only as venues: where talks meet is never a party to them.

A country the document names only as a place counts as its state when no state actor stands for it
("Representatives from Congo and Rwanda"), but not when every mention of it says where something
happens ("The two parties will meet this week in Barbados", "The Barbados talks will be the third
round"): such a country is no main party of the conflict, so "the two parties" never stand for it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.pipeline.extensions import ActorTable

# Prepositions whose object says where an act takes place ("in Barbados", "at Doha").
VENUE_PREPS = {"in", "at", "inside", "near"}


def venues(doc: Doc, table: ActorTable) -> set[str]:
    """The places every mention of which names where something happens: the object of a locative
    preposition or the modifier of a noun ("the Barbados talks")."""
    named: dict[str, bool] = {}
    for m in table.mentions:
        a = table.get(m.actor_id)
        if a is not None and a.type == "location":
            named[m.actor_id] = named.get(m.actor_id, True) and _venue(doc[m.end - 1])
    return {k for k, only in named.items() if only}


def _venue(token: Token) -> bool:
    """Whether the head word of a place's mention names a venue."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "in Mexico, Cuba and Venezuela"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
        # "on the Caribbean island of Barbados"
        return token.head.head.head.lower_ in VENUE_PREPS | {"on"}
    if token.dep_ == "pobj":
        return token.head.lower_ in VENUE_PREPS
    return token.dep_ in ("compound", "nmod") and token.head.pos_ == "NOUN"
