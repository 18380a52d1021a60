"""Context around a holder: an unnamed body named before, a gerund of means, the states a group noun is "in", a dateline
opening the sentence, a body named in apposition, the subject of the sentence's reporting verb."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from parley.pipeline.dictionary import load_dictionary
from parley.pipeline.extensions import ActorTable
from parley.pipeline.holder_states import BODY_NAMES
from parley.pipeline.stance_cues import StanceCues

FIRST_PERSON = {"we", "our", "us", "ours", "ourselves", "i", "my", "me", "mine"}


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


# How many sentences back "the statement" may refer to the text issued ("issued a statement. The group said ...
# The statement also urged").
TEXT_REACH = 2

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
                      subject_actors: Callable[[Token], tuple[str, ...]], named: Callable[[Token], bool],
                  authors: Callable[[Token], tuple[str, ...]]) -> tuple[str, ...]:
    """"The Karen National Union issued a statement on Monday. The statement urged the council to withdraw": "the
    statement" opening a clause is the text the same or the sentence before said was issued, and its authors are
    who issued it. The nearest earlier text of that word must be the object of an issuing verb ("issued",
    "released"), else no one is (precision first: "commenting on the statement issued earlier by the Troika"); or the
    subject of a sentence before, "the statement" again ("The statement urged X. The statement also urged Y", "a joint
    statement by X condemned ... The joint statement accused"), whose authors (``authors``) are the same. A modifier
    that names no actor ("the presidential statement") keeps it the same text."""
    if not any(c.lower_ == "the" for c in text.children) or any(
            c.dep_ in ("poss", "prep", "acl", "relcl") or (c.dep_ in ("compound", "amod", "nmod") and named(c))
            for c in text.children):
        return ()
    start = text.sent.start
    for _ in range(TEXT_REACH):  # the sentences before that may name the text
        start = text.doc[start - 1].sent.start if start > 0 else start
    before = next((t for t in reversed(text.doc[start:text.i]) if t.lemma_.lower() == text.lemma_.lower()), None)
    if before is not None and before.dep_ in ("nsubj", "nsubjpass") and before.sent.start < text.sent.start:
        return authors(before)  # "The statement urged X. The statement also urged Y", "a statement by X ... the statement"
    if before is None or before.dep_ != "dobj" or before.head.lemma_.lower() not in issuing \
            or any(c.dep_ == "neg" for c in before.head.children):
        return ()
    return subject_actors(before.head)


def is_dateline(tok: Token) -> bool:
    """A place in capitals opening the sentence, then punctuation: "MOSCOW, (PNA/RIA Novosti) -"; the agency in
    brackets after it ("BEIJING (Reuters) – China and India have agreed": the parser's second subject)."""
    if 1 < tok.i < len(tok.doc) - 1 and tok.doc[tok.i - 1].text == "(" and tok.doc[tok.i + 1].text == ")":
        return is_dateline(tok.doc[tok.i - 2])
    return tok.i == tok.sent.start and tok.text.isupper() and len(tok.text) > 2 and tok.i + 1 < len(tok.doc) \
        and tok.doc[tok.i + 1].is_punct


def apposed_name(table: ActorTable, tok: Token) -> str | None:
    """A body described by what it is and named in apposition ("Colombia's last recognized guerrilla
    group, the National Liberation Army (ELN)"): the named group or organization, or None."""
    m = table.at(tok)
    if m is None or tok.pos_ != "NOUN":
        return None  # a common noun ("group"), whatever kind of mention the actors stage made of it
    for c in tok.children:
        named = table.at(c) if c.dep_ == "appos" and c.pos_ == "PROPN" else None
        actor = table.get(named.actor_id) if named is not None and named.kind != "description" else None
        if actor is not None and actor.type in ("group", "organization") and actor.id != m.actor_id:
            return actor.id
    return None


def reporting_subject(tok: Token, cues: StanceCues, actor_of: Callable[[Token], str | None],
                      subject_actors: Callable[[Token], tuple[str, ...]]) -> str | None:
    """The subject of the sentence's reporting verb ("the outlet quoted Lavrov as saying": the one quoted)."""
    for t in tok.sent:
        if t.lemma_.lower() == "quote" and any(a.lower_ == "as" and a.nbor().lemma_ == "say" for a in tok.sent[:-1]):
            # "the outlet quoted Lavrov as saying", "Sibiga is quoted as saying": the one quoted.
            quoted = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
            actor = actor_of(quoted) if quoted is not None else None
            if actor is not None:
                return actor
        if t.pos_ == "VERB" and t.lemma_.lower() in cues.speech_verbs:
            subj = next((c for c in t.children if c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON), None)
            if subj is not None:
                actor = actor_of(subj)
                if actor is not None:
                    return actor
            elif t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp") and t.i < tok.i:
                # "ruled out a federal system, insisting that a two-state accord is the only solution":
                # the subject of the clause the participle hangs from.
                actors = subject_actors(t)
                if len(actors) == 1:
                    return actors[0]
    return None
