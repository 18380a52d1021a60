"""The mediators of a document: third parties that stand between the sides of the conflict.

A party the report names as the one who mediates or brokers ("talks mediated by Washington",
"Qatar brokered the exchange", "under EU mediation", "Egyptian and Qatari mediators") is none of
"the two sides", however often it is named: "U.S. President Donald Trump announced the ceasefire
... after talks mediated by Washington ... both sides blamed each other" are India and Pakistan.
Who is mediated between ("mediate between his government and the TPLF") is not a mediator. A host of
talks between others is one too ("Qatar has been hosting talks between the two sides"); a host of a
visitor is not ("Saudi Arabia hosted Zelensky").

A mediation named by a noun in the adjunct of the act it mediates stands between the parties of that
act: "The talks were held with "the mediation and assistance of the Chinese side"" mediates between
the parties the talks are held by, not the parties the document names most.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from parley.pipeline.event_drafts import EventDraft
    from parley.pipeline.event_references import PartyResolver

# Verbs and nouns whose agent or modifier names a mediator.
MEDIATION_LEMMAS = {"mediate", "broker", "mediation", "mediator"}
# Verbs whose subject stands between others when what it hosts is talks ("hosting several rounds of
# direct talks between the Congolese government and the rebels").
HOSTING_LEMMAS = {"host"}
TALKS_NOUNS = {"talk", "talks", "negotiation", "negotiations", "round", "rounds", "dialogue", "meeting", "meetings",
               "summit", "conference", "discussion", "discussions", "consultation", "consultations"}
# Types of the acts a mediation stands between the parties of: talks and the deals they reach.
MEDIATED_TYPES = {"CONSULT", "AGREE"}
# Prepositions of a mediation noun that name whom it is between ("mediation between Kyiv and Moscow").
BETWEEN_PREPS = {"between", "among"}
# Relations below a mediation noun that name who mediates ("Qatari mediators", "US-Saudi mediation",
# "Egypt's mediation").
NOUN_NAMING_DEPS = {"amod", "compound", "poss", "nmod"}


def mediators(resolver: PartyResolver) -> set[str]:
    """The actors (and the states they act for) the document names as mediators."""
    found: set[str] = set()
    for t in resolver.doc:
        if t.lemma_.lower() not in MEDIATION_LEMMAS and not _hosts_talks(t):
            continue
        for w in _naming_words(t):
            actor_id = resolver.actor_at(w)
            if actor_id is not None:
                found.add(actor_id)
                state = resolver.table.state_of(actor_id)
                if state is not None:
                    found.add(state)
    return found


def _hosts_talks(token: Token) -> bool:
    """Whether a verb hosts talks ("hosting several rounds of direct talks", "hosted the negotiations")."""
    if token.lemma_.lower() not in HOSTING_LEMMAS or token.pos_ not in ("VERB", "AUX"):
        return False
    objects = [o for o in token.children if o.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in TALKS_NOUNS or o.lower_ in TALKS_NOUNS for o in objects)


def _naming_words(token: Token) -> Iterator[Token]:
    """The words that name who mediates: the subject or "by" agent of a verb ("Qatar brokered",
    "mediated by Washington"), the modifiers and "of"/"by" object of a noun ("US-Saudi mediation",
    "the mediation of the UAE"), with their conjuncts ("Egyptian and Qatari mediators")."""
    heads: list[Token] = []
    if token.pos_ in ("VERB", "AUX") and token.dep_ in ("advcl", "conj") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # "Qatar has played a crucial role, hosting several rounds of talks": the participle's subject
        heads += [c for c in token.head.children if c.dep_ == "nsubj"]
    for c in token.children:
        if token.pos_ in ("VERB", "AUX"):
            if c.dep_ == "nsubj":
                heads.append(c)
            elif c.dep_ == "agent":
                heads += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ in NOUN_NAMING_DEPS:
            heads.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("of", "by"):
            heads += [p for p in c.children if p.dep_ == "pobj"]
    for h in heads:
        yield h
        yield from h.conjuncts
        yield from (c for c in h.children if c.dep_ == "compound")


def mediated_parties(drafts: list[EventDraft]) -> None:
    """A mediation noun that names no parties of its own stands between the parties of the act it is an
    adjunct of: "The talks were held with "the mediation and assistance of the Chinese side"" are the
    talks of Myanmar's army and the alliance, "a meeting between the two warring parties with the
    mediation of the Turkish government" that of Russia and Ukraine."""
    for d in drafts:
        noun = d.trigger
        if d.pattern.mode != "mediate" or noun.pos_ not in ("NOUN", "PROPN") \
                or any(c.dep_ == "prep" and c.lower_ in BETWEEN_PREPS for c in noun.children):
            continue
        mediated = [k for k in drafts if k is not d and k.sentence.start == d.sentence.start
                    and k.act_type in MEDIATED_TYPES and k.pattern.mode not in ("mediate", "host")
                    and k.trigger.is_ancestor(noun)]
        for k in sorted(mediated, key=lambda k: -k.trigger.i):  # the nearest act above the noun
            parties = [a for a in (*k.actors, *k.targets) if a not in d.actors]
            if len(parties) >= 2 and not set(d.actors) & set(k.actors):
                d.targets = parties
                break
