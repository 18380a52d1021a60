"""States that hold a stance without being named in the clause: "the government" of the report's state
and a people named by its plural demonym ("Palestinians demand a capital of their own")."""

from __future__ import annotations

from spacy.tokens import Token

from parley.models import Actor
from parley.pipeline.collectives import Collectives
from parley.pipeline.dictionary import load_dictionary
from parley.pipeline.extensions import ActorTable

# Body nouns that name the government of a state.
GOVERNMENT_BODIES = {"government", "administration", "ministry"}


def is_state(tok: Token, table: ActorTable) -> bool:
    """The word names a state."""
    actor = table.get(m.actor_id) if (m := table.at(tok)) else None
    return actor is not None and actor.type == "state"


def fighters_group(tok: Token, table: ActorTable) -> str | None:
    """The armed group fighters are "from", "of" or "with" ("Colombia's rebels from the National Liberation Army"),
    not the country that qualifies them."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "with")):
        # "Rebels with the group, Liberians United for Reconciliation and Democracy": the group's name.
        for obj in (o for c in prep.children if c.dep_ == "pobj" for o in (c, *(a for a in c.children if a.dep_ == "appos"))):
            actor = table.get(m.actor_id) if (m := table.at(obj)) else None
            if actor is not None and actor.type in ("group", "organization"):
                return actor.id
    return None


def ruling_state(tok: Token, table: ActorTable) -> str | None:
    """The state the report is about when the sentence of ``tok`` names none: the one state whose
    government it names ("Libya's government", "the Libyan government"), else the dateline's country
    ("TRIPOLI, Libya -"); not a state only named elsewhere ("a key demand of the United States")."""
    doc = tok.doc
    if any(is_state(t, table) for t in tok.sent):
        return None
    ruled = {m.actor_id for m in table.mentions if is_state(doc[m.start], table) and any(
        t.lemma_.lower() in GOVERNMENT_BODIES for t in (*doc[m.start:m.end], doc[m.end - 1].head))}
    if not ruled and doc[0].text.isupper():
        place = table.get(m.actor_id) if (m := table.at(doc[0])) else None
        ruled = {a.id for a in table.of_type("state") if place is not None and a.country == place.country}
    return ruled.pop() if len(ruled) == 1 else None


def people_state(tok: Token, table: ActorTable, collectives: Collectives) -> str | None:
    """"The Palestinians", "Israelis": a people named by its plural demonym holds its state's stance; some of
    them ("Many Palestinians", "220 Israelis") hold none. A state the table lacks becomes a provisional actor."""
    if tok.pos_ != "PROPN" or not tok.text.endswith("s") or any(
            c.dep_ in ("det", "amod", "nummod", "quantmod") and c.lower_ != "the" for c in tok.children):
        return None
    hit = load_dictionary().lookup(tok.text[:-1])
    if hit is None or hit.reference != "demonym" or hit.entry.type != "state":
        return None
    state = next((a for a in table.of_type("state") if a.country == hit.entry.country), None)
    if state is not None:
        return state.id
    actor = Actor(id="", name=hit.entry.name, type="state", country=hit.entry.country, sector=hit.entry.sector)
    return collectives.body(f"state {hit.entry.country}", actor, tok.i, tok.i + 1, tok.doc)
