"""Who put forward what an act answers: the author of a proposal, ceasefire or appeal is the party a
backing, a rejection or an acceptance of it is aimed at.

"Burhan had given his backing to a seven-day ceasefire announced by South Sudan" backs South Sudan;
"the Secretary General made some proposals that were not accepted by the Turkish Cypriot leader"
rejects the Secretary General. The author is named by the "by" phrase of a participle on the noun
("announced by", "presented by", "drawn up by"), or, for a verb in a relative clause on the noun, as
the subject of the verb that makes the noun ("made some proposals that ..."). A broker of a deal
("a truce brokered by Qatar") is no author of it: mediation is read by :mod:`.event_mediators`.

An agreement or rejection that names no target after its roles are read is aimed at the proposer its
object's participle names: "agreed to a humanitarian truce proposed by the Quad" (caliber.az, Sudan
2025), "accepted a peace plan put forward by the African Union" (:func:`proposers`).
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.event_drafts import EventDraft, coded_type
from parley.pipeline.event_roles import RoleReader
from parley.pipeline.event_words import NOUN_POS, VERB_POS

# Nouns of what a party puts forward or declares, whose author an answer to it is aimed at.
AUTHORED_NOUNS = {"proposal", "plan", "offer", "initiative", "ceasefire", "cease-fire", "truce", "call", "demand",
                  "request", "plea", "appeal", "roadmap", "resolution", "draft", "framework", "condition", "ultimatum",
                  "decision", "announcement", "suggestion", "idea", "invitation", "peace"}
# Participles that name a broker or a backer, not an author ("a truce brokered by Qatar").
BROKERING = {"broker", "mediate", "facilitate", "back", "support", "sponsor", "guarantee", "monitor", "oversee",
             "welcome", "accept", "reject", "endorse"}
# Verbs that make a proposal ("made some proposals that ...", "put forward a plan that ...").
MAKING_VERBS = {"make", "submit", "present", "put", "table", "offer", "propose", "send", "deliver", "unveil", "issue",
                "announce", "draft", "outline", "hand", "give", "declare"}


def author_of(noun: Token, reader: RoleReader, actors: list[str]) -> list[str]:
    """The parties a participle on a proposal noun names as its authors: "a seven-day ceasefire
    announced by South Sudan", other than the ``actors`` of the act that answers it."""
    if noun.lemma_.lower() not in AUTHORED_NOUNS:
        return []
    found = reader.actors_in((t for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                              and c.lemma_.lower() not in BROKERING
                              for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
                              for t in reader.phrase_tokens(g)), places_as_states=True)
    return [a for a in found if a not in actors]


def maker_of_antecedent(verb: Token, reader: RoleReader, actors: list[str]) -> list[str]:
    """For a verb in a relative clause on a proposal noun, the subject of the verb that made it: "the
    Secretary General made some proposals that were not accepted by the Turkish Cypriot leader"."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in AUTHORED_NOUNS:
        return []
    noun = verb.head
    maker = noun.head
    if noun.dep_ != "dobj" or maker.lemma_.lower() not in MAKING_VERBS:
        return []
    return [a for a in reader.subject_actors(maker) if a not in actors]


# Types of an answer whose target is who put forward what it answers.
AUTHORED_ANSWER_TYPES = {"AGREE", "REJECT"}
# Participles that say who put a proposal forward ("a truce proposed by the Quad"); not a mediator's ("agreed on
# peace talks mediated by the African Union": the sides agree with each other).
PROPOSING_VERBS = {"propose", "offer", "put", "present", "submit", "table", "draft", "suggest", "float", "unveil",
                   "prepare", "outline", "advance"}


def proposers(d: EventDraft, reader: RoleReader) -> list[str]:
    """The parties named by the "by" phrase of a proposing participle on the object of an answer
    that names no target ("agreed to a humanitarian truce proposed by the Quad" -> the Quad)."""
    verb = d.trigger
    if coded_type(d) not in AUTHORED_ANSWER_TYPES or verb.pos_ not in VERB_POS or d.targets:
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
