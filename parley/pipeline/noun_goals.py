"""Aims and terms stated in a speaker's words, for :mod:`parley.pipeline.noun_stances`.

- "Israel has been conducting an offensive, saying its goal is to dismantle ...": the speaker's own aim.
- "The goal is a lasting ceasefire, Lavrov said", '"The key is for both sides to resume talks," X said', '"The wish of
  the people is to have peace, not war," X said', '"The task we have is one of reconciliation," X said', '"The main
  objective of the current truce continues to be to provide relief," X said': an aim (``goal_nouns``) no actor owns, in
  a speaker's words, is the speaker's.
- "Hamas said that the success of the negotiations depends on four basic demands, including ...": bare terms in a
  speaker's clause are the speaker's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley.pipeline.holders import HolderResolver
from parley.pipeline.stance_cues import StanceCues

# "continues to be", "remains to be": verbs through which an aim is still what it is.
LASTING_VERBS = {"continue", "remain"}


def copula(noun: Token) -> Token | None:
    """The "be" a noun is the subject of: "the goal is", "the main objective ... continues to be"."""
    head = noun.head
    if noun.dep_ != "nsubj":
        return None
    if head.lemma_ == "be":
        return head
    if head.lemma_.lower() in LASTING_VERBS:
        return next((c for c in head.children if c.dep_ == "xcomp" and c.lemma_ == "be"), None)
    return None


def said_own(noun: Token, cues: StanceCues, holders: HolderResolver) -> bool:
    """"Israel has been conducting an offensive, saying its goal is to dismantle ...": the speaker's own aim."""
    head = noun.head
    return noun.dep_ == "nsubj" and head.lemma_ == "be" and head.dep_ == "ccomp" \
        and head.head.lemma_.lower() in cues.speech_verbs \
        and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in noun.children) \
        and bool(holders.subject_actors(head.head))


def said_goal(noun: Token, cues: StanceCues, holders: HolderResolver) -> Token | None:
    """An unowned aim (``goal_nouns``) in a speaker's words is the speaker's: the reporting verb, or the noun itself
    in a quote. Its "of" phrase may name what the aim is of, not an owner ("the wish of the people", "the objective
    of the current truce")."""
    be = copula(noun)
    if be is None or noun.lemma_.lower() not in cues.goal_nouns \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or any(c.dep_ == "poss" or (c.dep_ == "prep" and not _unowned_of(c, holders)) for c in noun.children):
        return None
    head = noun.head
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in cues.speech_verbs:
        return head.head
    return noun if head.dep_ == "ROOT" and holders.speaker(noun, quoted_only=True) is not None else None


def goal_aim(noun: Token, be: Token) -> Token | None:
    """What an aim is said to be: "is to end the war", "is a ceasefire", "is for both sides to resume talks", "is one
    of reconciliation", "is for there to be a lasting cessation of hostilities"."""
    aim = next((c for c in be.children if c.i > noun.i and (c.dep_ in ("xcomp", "ccomp", "attr") or (
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)))), None)
    if aim is not None and aim.lower_ == "one":
        # "the task we have is one of reconciliation": what it is one of
        return next((o for p in aim.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ in ("pobj", "pcomp")), aim)
    return there_to_be(aim) or aim if aim is not None else None


def there_to_be(clause: Token | Span | None) -> Token | None:
    """"for there to be a lasting cessation of hostilities": what there is to be."""
    if not isinstance(clause, Token) or clause.lemma_ != "be" or not any(c.dep_ == "expl" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "attr"), None)


def said_terms(noun: Token, cues: StanceCues, holders: HolderResolver) -> tuple[str, ...]:
    """"Hamas said that the success of the negotiations depends on four basic demands, including the return of
    the displaced": bare terms in the clause of a speaker whose clause names no other party's are the speaker's."""
    if cues.nouns.get(noun.lemma_.lower()) != "demand" or noun.tag_ != "NNS" \
            or not any(c.dep_ == "prep" and c.lower_ == "including" for c in noun.children):
        return ()
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in cues.speech_verbs \
            or verb.lemma_.lower() in cues.verbs or verb.lemma_.lower() in cues.negated_only:
        return ()
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or any(holders.table.at(t) is not None for t in subj.subtree if t.dep_ in ("poss", "nsubj")) \
            or holders.is_actor_phrase(subj):
        return ()
    return holders.subject_actors(verb.head)


def _unowned_of(prep: Token, holders: HolderResolver) -> bool:
    """An "of" phrase that names no actor: what an aim is of, not whose it is."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    return prep.lower_ == "of" and obj is not None and not holders.actors_of(obj)
