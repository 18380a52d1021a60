"""Aims of battle, which are no positions: "as the rebels sought to capture a nearby mountain", "launched an offensive
to seize Goma", "trying to advance towards Shabwa", "in a bid to take control of the port", "backed the rebels' advance
on Goma".

A fighting side's grip on ground, sought or aimed at, is an order of battle, not a stance on an issue of the conflict's
talks: a ``seizure_verbs`` verb whose object, or the object of its direction ("towards", "on", "into", "out of"), is a
place (a named place or a ``terrain_nouns`` noun), or "take"/"gain" "control of" a place. A move asked of another party
("demanded that Hezbollah move its forces to the Litani") and a political aim stay stances ("wants to topple the
government", "intervened to restore the president to power", "advance discussions on a peace treaty").

An order to civilians to clear an area ("the army warned people in several neighborhoods to evacuate the Hezbollah
stronghold") is not one: it is a demand, like "ordered / advised Y to V" (docs/annotation.md §10).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley.pipeline.extensions import ActorTable
from parley.pipeline.stance_cues import StanceCues

PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
# "take control of", "gain a foothold in": the grip itself as the object.
GRIP_NOUNS = {"control", "hold", "foothold", "grip"}
# "advance towards", "move on the capital", "push the insurgents out of Marib province", "push into the city"
DIRECTIONS = {"towards", "toward", "on", "into", "onto", "to", "out", "of", "from", "through", "across"}
# compass directions only: "move forward with its commitment" is the political idiom
DIRECTION_ADVERBS = {"eastward", "westward", "northward", "southward", "eastwards", "westwards", "northwards",
                     "southwards"}


def battle_aim(issue: Token | Span, cues: StanceCues, table: ActorTable) -> bool:
    """Whether the issue is a place to be seized or advanced on (see the module docstring)."""
    verb = issue.root if isinstance(issue, Span) else issue
    # "backed the rebels' recent advance on Goma": the noun of the same grip
    if verb.pos_ not in ("VERB", "NOUN") or verb.lemma_.lower() not in cues.seizure_verbs or not _own_move(verb):
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and (_place(child, cues, table) or (
                child.lemma_.lower() in GRIP_NOUNS and _placed(child, cues, table))):
            return True
        if child.dep_ == "prep" and child.lower_ in DIRECTIONS and _placed(child, cues, table, own=True):
            return True
        if child.dep_ == "advmod" and child.lower_ in DIRECTION_ADVERBS:
            return True
        if child.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ in DIRECTIONS and _placed(p, cues, table, own=True)
                                        for p in child.children):
            return True  # "push the insurgents out of Marib province"
    return False


def _own_move(verb: Token) -> bool:
    """The move is the holder's own ("sought to capture", "an offensive to seize", "attempt to advance"), not asked of
    another party ("demanded that Hezbollah move its forces to the Litani", "urged Russia to withdraw"), which is a
    demand on the talks."""
    if verb.pos_ != "VERB":
        return True  # "backed the rebels' advance on Goma"
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return verb.dep_ not in ("xcomp", "ccomp") or not any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")) for c in verb.head.children)


def _place(tok: Token, cues: StanceCues, table: ActorTable) -> bool:
    """A named place ("Goma", "the Marib province", whatever the tagger took a bare name for, but no party: "take
    Hamas seriously") or a place noun ("a nearby mountain", "the port")."""
    actor = table.get(m.actor_id) if (m := table.at(tok)) is not None else None
    if actor is not None:
        return actor.type == "location"
    return tok.ent_type_ in PLACE_ENTITIES or tok.pos_ == "PROPN" or tok.lemma_.lower() in cues.terrain_nouns


def _placed(tok: Token, cues: StanceCues, table: ActorTable, own: bool = False) -> bool:
    """A place as the object of one of the word's prepositions ("control of the port", "out of Marib province"), or,
    for a preposition itself (``own``), its object."""
    preps = [tok] if own else [c for c in tok.children if c.dep_ == "prep"]
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ == "pobj" and _place(obj, cues, table):
                return True
            if obj.dep_ == "prep" and _placed(obj, cues, table, own=True):
                return True  # "out of Marib province": "out", then "of"
    return False

