"""Words of an event's phrase that look like a party but stand for another, or for none of two.

"his Pakistani counterpart" acts for Pakistan, not for the one whose counterpart he is; "Yemen's
Houthi movement" is the Houthis, Yemen only where they are; "Thai Deputy Prime Minister and Acting
Prime Minister Phumtham" are two titles of one person, no pair of sides; "The government and the
rebels" are a pair of sides even when "the rebels" is a body the report names by a noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from parley.pipeline.event_bodies import body_heads
from parley.pipeline.event_words import NOUN_POS

if TYPE_CHECKING:
    from parley.pipeline.event_references import PartyResolver

# Head nouns of an official's title ("Deputy Prime Minister and Acting Prime Minister Phumtham").
TITLE_NOUNS = {"minister", "president", "premier", "secretary", "chancellor", "chief", "commander", "envoy", "head",
               "chairman", "chair", "speaker", "governor", "ambassador", "spokesman", "spokesperson", "adviser"}
# Words that put a title in the past ("former Nigerian President Olusegun Obasanjo", "ex-President").
FORMER_WORDS = {"former", "ex", "ex-", "erstwhile", "onetime", "one-time", "retired"}
# Nouns of an official of the other side ("his Pakistani counterpart").
COUNTERPART_NOUNS = {"counterpart", "opposite"}


def titles_of_one(r: PartyResolver, first: Token) -> bool:
    """Whether conjoined nouns are two titles of one person ("Thai Deputy Prime Minister and Acting
    Prime Minister Phumtham Wechayachai"): a title with no name of its own, then a named person."""
    if r.table.at(first) is not None or first.lemma_.lower() not in TITLE_NOUNS:
        return False
    last = max(first.conjuncts, key=lambda c: c.i)
    m = r.table.at(last)
    return m is not None and r.actor_type(m.actor_id) == "person" \
        and all(r.table.at(x) is None or x.pos_ == "ADJ" or x.ent_type_ == "NORP" for x in first.subtree if x.i <= first.i)


def former_home(r: PartyResolver, token: Token) -> bool:
    """Whether a state's demonym or possessive says where a former official served ("former Nigerian President
    Olusegun Obasanjo", "Colombia's former president"): he no longer acts for that state."""
    if token.dep_ not in ("amod", "compound", "poss", "nmod") or r.actor_type(r.actor_at(token) or "") != "state":
        return False
    title = token.head
    if title.lemma_.lower() not in TITLE_NOUNS:
        return False
    return any(c.lower_ in FORMER_WORDS for c in title.children) \
        or (title.i > 0 and title.doc[title.i - 1].lower_ in FORMER_WORDS)


def counterpart_owner(r: PartyResolver, token: Token) -> bool:
    """Whether a possessive names whose counterpart another state's official is ("his Pakistani
    counterpart called him"): the counterpart acts for the state named, not for the possessor."""
    if token.dep_ != "poss" or token.head.lemma_.lower() not in COUNTERPART_NOUNS:
        return False
    return any(c.dep_ in ("amod", "compound") and r.actor_type(r.actor_at(c) or "") == "state"
               for c in token.head.children)


def home_of_named(r: PartyResolver, token: Token) -> bool:
    """Whether a state's possessive says where a group named beside it is ("Yemen's Houthi
    movement", "Sudan's Rapid Support Forces"): the group acts, not the state."""
    if token.dep_ != "poss" or r.actor_type(r.actor_at(token) or "") != "state":
        return False
    return any(c.dep_ in ("compound", "amod") and (a := r.actor_at(c)) is not None
               and r.actor_type(a) == "group" for c in token.head.children)


def body_side(r: PartyResolver, conjunct: Token) -> str | None:
    """A side named by a plural noun of a body ("The government and the rebels held peace talks"):
    the provisional actor of that body."""
    if conjunct.pos_ not in NOUN_POS or not conjunct.tag_.endswith("S"):
        return None
    bodies, _ = body_heads(r, [conjunct])
    return bodies.get(conjunct.i)
