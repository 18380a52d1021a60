"""Issue words the parser or the actor table hides: a state named as what is recognized or with its status,
what another side's call asks for, the partner of talks hung on the verb.

"Serbia would never recognize Kosovo" and "will never accept an independent Kosovo" name a state, but the
issue is its recognition or its status, not the actor; "rejected Pakistan's call for a plebiscite" rejects
the plebiscite; "willing to hold negotiations directly with Washington" is willing to talk with Washington.
The word lists are data (``recognition_verbs``, ``status_adjectives``, ``call_nouns``, ``meeting_nouns`` in
``resources/stance_cues.yaml``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from parley.pipeline.holders import HolderResolver
    from parley.pipeline.stance_cues import StanceCues


def state_status(root: Token, cues: StanceCues) -> str | None:
    """A state named as what is recognized or with its status ("would never recognize Kosovo", "will never
    accept an independent Kosovo", "must accept Armenia within its current borders"): the words of the issue; None
    for a plain actor."""
    status = [c for c in root.children if c.dep_ == "amod" and c.lower_ in cues.status_adjectives]
    if status:
        return " ".join(t.text for t in root.doc[status[0].i:root.i + 1])
    # (the parser may hang the "within" phrase on the verb, right after its object)
    near = (*root.children, *(c for c in root.head.children if root.dep_ == "dobj" and c.i == root.right_edge.i + 1))
    bounds = next((c for c in near if c.dep_ == "prep" and c.lower_ in ("within", "in", "inside") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in cues.bound_nouns for o in c.children)), None)
    if bounds is not None:  # "modern Armenia within its current borders", "Ukraine within its 1991 borders"
        return " ".join(t.text for t in root.doc[root.left_edge.i:bounds.right_edge.i + 1])
    if root.dep_ == "dobj" and root.head.lemma_.lower() in cues.recognition_verbs:
        return f"{root.head.lemma_.lower()} {root.text}"
    return None


def called_for(root: Token, cues: StanceCues, holders: HolderResolver) -> Token | None:
    """What another side's call, demand or request asks for ("Pakistan's call for a plebiscite"), when the
    call is someone's (a possessive) and what it asks for is no actor; None otherwise."""
    if root.pos_ != "NOUN" or root.lemma_.lower() not in cues.call_nouns or not any(
            c.dep_ == "poss" for c in root.children):
        return None
    prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    obj = next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    return obj if obj is not None and not holders.is_actor_phrase(obj) else None


def talks_partner(verb: Token, obj: Token, cues: StanceCues, holders: HolderResolver) -> Span | None:
    """Talks held with someone, the parser hanging "with" on the verb ("hold negotiations directly with
    Washington"): the talks with their partner, when the words follow each other; None otherwise."""
    if obj.lemma_.lower() not in cues.meeting_nouns or obj.i < verb.i:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "between") and c.i > obj.i), None)
    if prep is None or not any(holders.is_actor_phrase(o) for o in prep.children if o.dep_ == "pobj"):
        return None
    between = verb.doc[obj.right_edge.i + 1:prep.i]
    if any(t.dep_ != "advmod" or t.head != verb for t in between):
        return None
    return verb.doc[obj.left_edge.i:prep.right_edge.i + 1]


def necessary_subject(root: Token, cues: StanceCues, holders: HolderResolver) -> Token | None:
    """"(agreed that) national elections are necessary": the subject said to be needed, not the clause; "(agreed that)
    it was necessary to maintain peace": the infinitive."""
    if root.lemma_ != "be" or not any(c.dep_ == "acomp" and c.lemma_.lower() in cues.necessity_adjectives
                                      for c in root.children):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "it" or any(c.dep_ == "expl" for c in root.children):
        # "(agreed that) it was necessary to maintain peace and tranquility": what it is necessary to do
        return next((c for a in (root, *root.children) if a is root or a.dep_ == "acomp" for c in a.children
                     if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" and any(
                         t.dep_ == "aux" and t.lower_ == "to" for t in c.children)), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or holders.is_actor_phrase(subj):
        return None
    return subj
