"""Whom an answer to a proposal is aimed at: "agreed to a humanitarian truce proposed by the Quad"
(caliber.az, Sudan 2025), "accepted a peace plan put forward by the African Union". The verb names no
party as its object; the participle on its object names the proposer in its "by" phrase, and the answer
is aimed at that party."""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.event_drafts import EventDraft, coded_type
from parley.pipeline.event_roles import RoleReader
from parley.pipeline.event_words import NOUN_POS, VERB_POS

# Types of an answer to what another party put forward.
ANSWER_TYPES = {"AGREE", "REJECT"}
# Participles that say who put a proposal forward ("a truce proposed by the Quad"); not a mediator's ("agreed on
# peace talks mediated by the African Union": the sides agree with each other).
PROPOSING_VERBS = {"propose", "offer", "put", "present", "submit", "table", "draft", "suggest", "float", "unveil",
                   "prepare", "outline", "advance"}


def proposers(d: EventDraft, reader: RoleReader) -> list[str]:
    """The parties named by the "by" phrase of a proposing participle on the object of an answer
    that names no target ("agreed to a humanitarian truce proposed by the Quad" -> the Quad)."""
    verb = d.trigger
    if coded_type(d) not in ANSWER_TYPES or verb.pos_ not in VERB_POS or d.targets:
        return []
    found: list[str] = []
    for noun in _objects(verb):
        for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                    and c.lemma_.lower() in PROPOSING_VERBS):
            for agent in (c for c in acl.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")):
                found += [a for a in reader.actors_in(t for g in agent.children for t in reader.phrase_tokens(g))
                          if a not in d.actors and a not in found]
    return reader.with_states(found) if found else []


def _objects(verb: Token) -> list[Token]:
    """The nouns a verb answers: its direct object and the objects of "to" and "on" ("agreed to a truce")."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in NOUN_POS]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
              for g in c.children if g.dep_ == "pobj" and g.pos_ in NOUN_POS]
    return nouns
