"""Lists of actions and of mixed items in a stance's issue, and terms that make no demand of their own.

- "urged the Taliban to protect the rights of all Afghans, uphold and enforce its policy of general amnesty and take
  additional steps to form an inclusive and representative government": the parser hangs the second action on the
  first as "dep" after the comma; each action is an item of one issue (:func:`conjoined_actions`,
  :mod:`parley.pipeline.joint_issues`).
- "demanded the release of our detained members by the junta, to revoke the designation of our group as an 'outlaw
  association' and to end travel restrictions in Rakhine": a noun phrase, then infinitives (:func:`infinitives_after`).
- "insisted that dialogue could only take place if the gang leaders stopped ...": what may only happen on terms is no
  demand of its own (:func:`only_if`); the terms are (:mod:`parley.pipeline.stance_conditions`). Nor is a position
  whose "that" clause states the stance (:func:`stated_position`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley.pipeline.issue_references import comma_action
from parley.pipeline.stance_grammar import FoundStance


def only_if(found: FoundStance) -> bool:
    """"insisted that dialogue could only take place if the gang leaders stopped ...": what may only happen on terms is
    no demand of its own; the terms are (:mod:`parley.pipeline.stance_conditions`)."""
    verb = found.issue
    if not isinstance(verb, Token) or verb.pos_ not in ("VERB", "AUX") or found.stance != "demand" or found.negated:
        return False
    clause = next((c for c in verb.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if"
                                                                        for m in c.children)), None)
    return clause is not None and any(c.dep_ == "advmod" and c.lower_ == "only" and c.i < clause.i for c in verb.children)


def stated_position(found: FoundStance, position_nouns: frozenset[str]) -> bool:
    """"The CPP upholds the position of the NDF that there should be no preconditions": the position's "that" clause
    states the stance (:mod:`parley.pipeline.stance_obligations`); the position itself is no issue."""
    noun = found.issue
    return isinstance(noun, Token) and noun.lemma_.lower() in position_nouns and any(
        c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in noun.children)


def conjoined_actions(verb: Token) -> list[Token]:
    """The verbs conjoined to ``verb`` or hung on it after a comma, in order, through those of their own."""
    out: list[Token] = []
    for c in verb.children:
        if c.i > verb.i and ((c.dep_ == "conj" and c.pos_ == "VERB") or comma_action(c)):
            out += [c, *conjoined_actions(c)]
    return out


def bare_actions_after(verb: Token) -> list[Token]:
    """"urged rebels to halt their military offensive, withdraw from cities they have seized, and take part in
    negotiations": the parser hangs the bare verbs after the comma on the cue verb as "advcl"; they and theirs, or []."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB":
        return []
    after = phrase_end(verb)
    doc = verb.doc
    if after >= len(doc) - 1 or doc[after].text != ",":
        return []
    first = next((c for c in verb.head.children if c.dep_ == "advcl" and c.tag_ == "VB" and c.left_edge.i == after + 1
                  and not any(k.dep_ in ("aux", "mark", "nsubj") for k in c.children)), None)
    if first is None or not any(c.dep_ == "conj" and c.tag_ == "VB" for c in first.children):
        return []  # one bare verb after a comma may be anything; a list of two or more is a list of actions
    return [first, *conjoined_actions(first)]


def infinitives_after(verb: Token, after: int, min_items: int) -> list[Token]:
    """Two or more conjoined "to" infinitives hung on ``verb`` right after the comma at ``after``, or []."""
    doc = verb.doc
    if after >= len(doc) or doc[after].text != ",":
        return []
    first = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and c.left_edge.i == after + 1
                  and doc[after + 1].lower_ == "to"), None)
    if first is None:
        return []
    acts = [first, *(c for c in first.conjuncts if c.i > first.i and c.tag_ == "VB"
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    return acts if len(acts) + 1 >= min_items else []


def phrase_end(head: Token) -> int:
    """The index right after ``head``'s phrase, trailing punctuation left out."""
    last = head.right_edge.i
    while last > head.i and head.doc[last].is_punct:
        last -= 1
    return last + 1


def own_phrase(head: Token, skip_to: bool = False) -> Span:
    """A list item's words, up to its first conjoined item, comma or conjunction (without a leading "to")."""
    stops = [c.left_edge.i for c in head.children if c.i > head.i and (c.dep_ in ("conj", "cc") or c.is_punct)]
    start = head.left_edge.i
    while skip_to and start < head.i and head.doc[start].dep_ in ("aux", "cc", "punct"):
        start += 1
    return head.doc[start:min(stops) if stops else head.right_edge.i + 1]
