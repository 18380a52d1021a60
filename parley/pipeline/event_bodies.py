"""Parties of an event named by a noun, not a name: bodies of people and a state's armed forces.

- A body named by a plural noun ("rights groups", "armed gangs", "Syrian rebels", "residents of the
  capital"; :mod:`.collectives`) is a party when it acts; a state's demonym or possessive in its
  phrase says where the body is, not who ("Syrian rebels" are no act of Syria), except for a body of
  governments ("Egyptian and Qatari mediators", "foreign governments"). A party named in the phrase
  ("Hamas militants") or named before ("the M23 ... the rebels") is the party instead.
- A state's army named by a noun ("Myanmar's army", "the Israeli military", "Sudan's armed forces")
  is an actor of its own beside the state, and "the army" or "the military" later refers back to it.

Such actors stay provisional until an event keeps them (:meth:`.Collectives.register`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from parley.models import Actor

if TYPE_CHECKING:
    from parley.pipeline.event_references import PartyResolver

NOUN_POS = {"NOUN", "PROPN"}
# Nouns of a state's armed forces ("Myanmar's army", "the Israeli military"); "forces" only when armed.
FORCE_NOUNS = {"army", "military", "navy", "junta"}
FORCE_MODIFIER_DEPS = {"poss", "amod", "compound", "nmod"}


def body_heads(r: PartyResolver, tokens: list[Token]) -> tuple[dict[int, str], set[int]]:
    """The provisional actors of the bodies the tokens name, by token index, and the words of their
    phrases that only say where the body is."""
    bodies: dict[int, str] = {}
    where: set[int] = set()
    for t in tokens:
        if t.i in r.forces:
            bodies[t.i] = r.forces[t.i]
            continue
        if not r.bodies or t.pos_ not in NOUN_POS or r.table.at(t) is not None or t.i < r.dateline_end(t) \
                or t.dep_ in ("compound", "amod", "poss"):
            continue  # "guerrilla group ELN": the noun qualifies a name
        if r.actor_at(t) is not None \
                or (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in NOUN_POS):
            continue  # "the rebel group" named before; "an alliance of ethnic minority armed groups": a member
        if t.dep_ == "conj" and any(c.lower_ == "other" for c in t.children):
            continue  # "the M23 and other armed groups": the party named is the one that counts
        if r.collectives.holder(t) is None:
            continue
        mods = [x for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod") for x in c.subtree]
        named = [a for x in mods if (a := r.actor_at(x)) is not None]
        if any(r.actor_type(a) not in ("state", "location") for a in named):
            continue
        actor_id = r.collectives.holder(t)
        if actor_id is None:
            continue
        bodies[t.i] = actor_id
        if r.collectives.sector(t) != "GOV":
            where |= {x.i for x in mods}
    return bodies, where


def armed_forces(r: PartyResolver) -> dict[int, str]:
    """The nouns of the document that name a state's armed forces with no actor of their own, to one
    provisional actor per state ("Myanmar's army ... Myanmar's military")."""
    found: dict[int, str] = {}
    for t in r.doc:
        if t.pos_ not in NOUN_POS or r.table.at(t) is not None or t.dep_ in ("compound", "amod", "poss"):
            continue  # "an army base", "a military airstrike": what the army has or does
        lemma = t.lemma_.lower()
        if lemma not in FORCE_NOUNS and not (lemma == "force" and t.tag_ in ("NNS", "NNPS")
                                             and any(c.lemma_.lower() == "armed" for c in t.children)):
            continue
        state = _state_modifier(r, t)
        if state is None:
            continue
        start = max(min([c.left_edge.i for c in t.children if c.dep_ in FORCE_MODIFIER_DEPS] + [t.i]),
                    r.dateline_end(t))
        while start < t.i and (r.doc[start].pos_ == "DET" or r.doc[start].is_punct):
            start += 1
        name = r.doc[start:t.i + 1].text
        actor = Actor(id="", name=name, type="organization", country=state.country, sector="MIL")
        found[t.i] = r.collectives.body(f"forces {state.id}", actor, start, t.i + 1, r.doc)
    return found


def _state_modifier(r: PartyResolver, noun: Token) -> Actor | None:
    """The state a modifier of the noun names ("Myanmar's", "Israeli", "Sudan's"), or None."""
    for c in noun.children:
        if c.dep_ not in FORCE_MODIFIER_DEPS:
            continue
        m = r.table.at(c)
        a = r.table.get(m.actor_id) if m else None
        if a is not None and a.type == "state":
            return a
    return None
