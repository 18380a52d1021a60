"""Trigger words inside the words of another event: part of that event, or an event of their own.

A noun in the argument of another trigger is part of that event ("met for peace talks"), as is an
agreement about another event ("the agreement on the exchange of prisoners" is the exchange) and a
verb naming what talks are about ("discussions on ... opening a corridor"). A noun that names its own
parties ("As part of the prisoner exchange between Russia and Ukraine, ..."), a meeting with a
counterpart that dates what is said of another event ("no progress on a ceasefire during the talks with
his Russian counterpart"), a meeting a third party hosts or mediates, a mediation beside the act it mediates, and an act between named parties that
another party reacts to ("welcomes the signing of the Agreement ... between Ethiopia and the TPLF")
are events of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from parley.pipeline.event_adjuncts import (
    MEANS_PREPS,
    MEDIATOR_PREPS,
    MEETING_ADJUNCT_PREPS,
    meeting_adjunct,
    names_mediator,
    paired_adjunct,
)
from parley.pipeline.event_merge import hosted_meeting
from parley.pipeline.event_nominals import attribution_phrases
from parley.pipeline.event_patterns import Pattern, PatternBook
from parley.pipeline.event_places import TALKS_TOPIC_PREPS
from parley.pipeline.event_words import ARMED_TYPES, PAIR_PREPS

if TYPE_CHECKING:
    from parley.pipeline.event_roles import RoleReader

# Types of reactions to another party's act ("welcomes the signing of ...", "condemned the attack on ...").
REACTION_TYPES = {"SUPPORT", "ACCUSE", "PROTEST"}
# Verbs that answer a demand named in their prepositional object ("complied with demands from ...").
ANSWER_VERBS = {"comply", "respond", "reply", "bow", "yield", "accede", "cave", "submit", "agree", "react", "give"}
# Relations that keep a noun inside the argument of the verb above it ("met for peace talks").
ARGUMENT_DEPS = {"pobj", "prep", "dobj", "conj", "compound", "nsubjpass", "attr", "appos"}


def inside_event(noun: Token, triggers: set[int]) -> bool:
    """A noun in the argument of another trigger is part of that event ("met for peace talks")."""
    cur = noun
    for _ in range(5):
        if cur.dep_ not in ARGUMENT_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i in triggers:
            return True
    return False


def own_parties(noun: Token, pattern: Pattern, book: PatternBook) -> bool:
    """A noun in an adjunct of another event that names its own parties is an event of its own
    ("As part of the prisoner exchange between Russia and Ukraine, the Russian side released ..."),
    and so is a meeting a third party hosts or mediates (:func:`.event_merge.hosted_meeting`)."""
    if pattern.type == "CONSULT" and (hosted_meeting(noun, book) or meeting_adjunct(noun, pattern)
                                      or paired_adjunct(noun, pattern)):
        return True
    if pattern.type in ARMED_TYPES and answered_act(noun, book):
        # "Iran retaliated for America's Saturday night attacks": the act answered is one of its own
        return True
    if pattern.type in ARMED_TYPES and attribution_phrases(noun, book):
        # "The attack ... was blamed on the ELN", "killed ... in an ambush which the army has blamed on
        # ELN rebels": the act put down to a party is its own, not part of the blame or the killing
        return True
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    if pattern.type == "CONSULT" and pattern.symmetric and noun.head.lower_ in MEETING_ADJUNCT_PREPS \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        # "said there had been no progress on a ceasefire during the talks with his Russian counterpart":
        # talks with a counterpart that date what is said of another event are a meeting of their own
        return True
    if pattern.mode == "mediate" and noun.head.lower_ in MEDIATOR_PREPS and names_mediator(noun):
        # "an agreement reached ... under EU mediation", "a truce brokered under US-Saudi mediation",
        # "grateful to the UAE for their mediation": the mediator's own act beside the one mediated
        return True
    if pattern.type == "CONSULT" and noun.head.lower_ in MEANS_PREPS and any(c.dep_ == "prep" and c.lower_ in ("by", "of") or c.dep_ == "poss"
                                               for c in noun.children):
        # "agreed on the ceasefire agreement following after mediation by Egypt": the means, with
        # its own actor, is an event of its own
        return True
    if pattern.type == "REQUEST" and noun.head.head.lemma_.lower() not in ANSWER_VERBS \
            and any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")) for c in noun.children):
        # "freed six people ... amid demands from President Ivan Duque that it release all hostages": a
        # demand with its own author beside the act it accompanies ("complied with demands from ..." answers it)
        return True
    return any(t.dep_ == "prep" and t.lower_ in PAIR_PREPS for t in noun.subtree)


def answered_act(noun: Token, book: PatternBook) -> bool:
    """Whether a noun names, with its own party (a possessor that is no pronoun, or a "by" phrase), an
    act that the verb above it answers (``answers`` in resources/event_patterns.yaml): "Iran retaliated
    for America's Saturday night attacks on Iranian nuclear sites", "repelled an attack by a small group
    of RSF fighters". The answer and the act answered are two acts of two parties."""
    if not any((c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ in ("prep", "agent") and c.lower_ == "by")
               for c in noun.children):
        return False
    cur = noun
    for _ in range(3):
        if cur.dep_ not in ("pobj", "prep", "dobj") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ == "VERB":
            return cur.lemma_.lower() in book.answer_verbs
    return False


def about_event(noun: Token, pattern: Pattern, triggers: set[int]) -> bool:
    """An agreement about another event is that event agreed ("the agreement on the exchange
    of prisoners" is the exchange)."""
    if pattern.type != "AGREE":
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("on", "for", "over", "regarding", "about")
               and any(g.i in triggers for g in c.subtree) for c in noun.children)


def reacted_to(noun: Token, triggers: dict[int, Pattern], reader: RoleReader) -> bool:
    """Whether a noun is an act between named parties that another party reacts to: "welcomes the
    signing of the Agreement ... between the Government of Ethiopia and the TPLF" reports the
    signing as well as the welcome ("between the government and a main rebel faction" names one)."""
    head = triggers.get(noun.head.i)
    if noun.dep_ != "dobj" or head is None or head.type not in REACTION_TYPES:
        return False
    return any(t.dep_ == "prep" and t.lower_ in PAIR_PREPS and t.i > noun.i
               and len(set(reader.actors_in(t.subtree))) >= 2 for t in noun.head.subtree)


def topic_of_talks(verb: Token, triggers: dict[int, Pattern]) -> bool:
    """Whether a verb names what talks are about ("discussions on ... opening a corridor")."""
    cur = verb
    for _ in range(6):
        if cur.head.i == cur.i or cur.dep_ not in ("conj", "pobj", "pcomp", "prep"):
            return False
        if cur.dep_ == "prep" and cur.lower_ in TALKS_TOPIC_PREPS:
            held = triggers.get(cur.head.i)
            return held is not None and held.type == "CONSULT"
        cur = cur.head
    return False
