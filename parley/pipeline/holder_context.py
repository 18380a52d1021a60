"""Context around a holder: an unnamed body named before, a gerund of means, the states a group noun is "in"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from parley.pipeline.dictionary import load_dictionary
from parley.pipeline.extensions import ActorTable
from parley.pipeline.holder_states import BODY_NAMES


def unnamed_body_before(tok: Token, table: ActorTable) -> bool:
    """"the Hostages and Missing Families Forum urged Netanyahu ... The group called for a mandate": "the group" at the
    head of a sentence names the body the sentence before made its subject; when that body is none of the report's
    actors, the word is no actor's either (not the armed group named further back)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.sent.start == 0:
        return False
    before = tok.doc[tok.sent.start - 1].sent
    root = before.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "PROPN" or not (subj.ent_type_ == "ORG" or any(
            t.pos_ == "PROPN" and t.lower_ in BODY_NAMES for t in subj.subtree)):
        return False
    return not any(table.at(t) is not None for t in subj.subtree)


# Prepositions whose gerund shares the subject of the verb it hangs on ("affirmed X, by emphasising the need for Y").
GERUND_PREPOSITIONS = {"by", "while", "through"}


def by_means(v: Token) -> bool:
    """A gerund after "by"/"while" (or that preposition itself) on a verb: its subject is the verb's."""
    prep = v.head if v.dep_ == "pcomp" and v.tag_ == "VBG" else v
    return prep.dep_ == "prep" and prep.lower_ in GERUND_PREPOSITIONS and prep.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def stationed_in(tok: Token, actor: str | None, table: ActorTable) -> list[str]:
    """"The three military leaders in Mali, Niger and Burkina Faso": the states a group noun's "in" phrase lists,
    when the noun names no other actor (not "Hamas officials in Doha", nor "Russian officials in Geneva")."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    # a country the actors stage took for a place here ("in Mali") stands for its state
    states = [a.id for o in ((obj, *obj.conjuncts) if obj is not None else ()) if (m := table.at(o)) is not None
              and (a := table.get(m.actor_id)) is not None and (a.type == "state" or (a.type == "location" and (
                  hit := load_dictionary().lookup(m.text)) is not None and hit.entry.type == "state"))]
    return states if len(states) > 1 and (actor is None or actor in states) else []


def issued_before(text: Token, issuing: frozenset[str] | set[str],
                  subject_actors: Callable[[Token], tuple[str, ...]]) -> tuple[str, ...]:
    """"The Karen National Union issued a statement on Monday. The statement urged the council to withdraw": "the
    statement" opening a clause is the text the same or the sentence before said was issued, and its authors are
    who issued it. The nearest earlier text of that word must be the object of an issuing verb ("issued",
    "released"), else no one is (precision first: "commenting on the statement issued earlier by the Troika")."""
    if not any(c.lower_ == "the" for c in text.children) or any(
            c.dep_ in ("poss", "compound", "prep", "acl", "relcl") for c in text.children):
        return ()
    start = text.doc[text.sent.start - 1].sent.start if text.sent.start > 0 else text.sent.start
    before = next((t for t in reversed(text.doc[start:text.i]) if t.lemma_.lower() == text.lemma_.lower()), None)
    if before is None or before.dep_ != "dobj" or before.head.lemma_.lower() not in issuing \
            or any(c.dep_ == "neg" for c in before.head.children):
        return ()
    return subject_actors(before.head)
