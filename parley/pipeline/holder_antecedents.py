"""When a sentence-opening pronoun's antecedent in the sentence before is a text or is ambiguous.

"..., the statement said. It called for a full ceasefire": the "it" is the statement's authors, not the body
named last inside the quote; "Putin and Erdogan met in Sochi. He called for a ceasefire": two people of the
same kind made the subject together, so "he" is nobody (precision first: no holder rather than a wrong one).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from parley.pipeline.extensions import ActorTable

# What the sentence before made its subject, as seen by an opening pronoun.
OPENING = ("CCONJ", "ADV", "PUNCT", "SPACE")


def opening_subject(tok: Token) -> bool:
    """The pronoun is the subject and nothing but conjunctions, adverbs or punctuation comes before it."""
    sent = tok.sent
    return tok.dep_ in ("nsubj", "nsubjpass") and sent.start > 0 and all(
        t.pos_ in OPENING for t in tok.doc[sent.start:tok.i])


def previous_sentence(tok: Token) -> Span:
    return tok.doc[tok.sent.start - 1].sent


def subject_before(tok: Token) -> Token | None:
    """The subject of the main verb of the sentence before ``tok``'s."""
    return next((c for c in previous_sentence(tok).root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def text_authors(tok: Token, document_nouns: frozenset[str] | set[str],
                 authors: Callable[[Token], tuple[str, ...]]) -> tuple[str, ...] | None:
    """"..., the statement said. It called for ...": the authors of the text the sentence before made the subject
    of its main verb (``()`` when none is known: then "it" is nobody, not the body named last); None when the
    sentence before has no text for subject."""
    if tok.lower_ != "it" or not opening_subject(tok):
        return None
    subj = subject_before(tok)
    if subj is None or subj.lemma_.lower() not in document_nouns:
        return None
    return authors(subj)


def ambiguous_people(tok: Token, table: ActorTable) -> bool:
    """"Putin and Erdogan met in Sochi. He called for ...": the sentence before made two or more people the
    subject together, and the sentence names no person before the pronoun."""
    if tok.lower_ not in ("he", "she") or not opening_subject(tok):
        return False
    subj = subject_before(tok)
    if subj is None or not subj.conjuncts:
        return False
    people = {m.actor_id for t in (subj, *subj.conjuncts) if (m := table.at(t)) is not None
              and (a := table.get(m.actor_id)) is not None and a.type == "person"}
    return len(people) > 1
