"""When a sentence-opening pronoun's antecedent in the sentence before is a text or is ambiguous.

"..., the statement said. It called for a full ceasefire": the "it" is the statement's authors, not the body
named last inside the quote; "Putin and Erdogan met in Sochi. He called for a ceasefire": two people of the
same kind made the subject together, so "he" is nobody (precision first: no holder rather than a wrong one).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from parley.pipeline.extensions import ActorTable
from parley.pipeline.stance_cues import StanceCues

# What the sentence before made its subject, as seen by an opening pronoun.
OPENING = ("CCONJ", "ADV", "PUNCT", "SPACE")


def opening_subject(tok: Token) -> bool:
    """The pronoun is the subject and nothing but conjunctions, adverbs or punctuation comes before it, or only the
    quote it reports ('"The army needs to stop its operations," it said')."""
    sent = tok.sent
    if tok.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0:
        return False
    before = tok.doc[sent.start:tok.i]
    return all(t.pos_ in OPENING for t in before) or (len(before) > 2 and before[0].is_quote and (
        before[-1].is_quote or (before[-1].is_punct and before[-2].is_quote)))


def previous_sentence(tok: Token) -> Span:
    return tok.doc[tok.sent.start - 1].sent


def subject_before(tok: Token) -> Token | None:
    """The subject of the main verb of the sentence before ``tok``'s."""
    return next((c for c in previous_sentence(tok).root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def text_authors(tok: Token, document_nouns: frozenset[str] | set[str],
                 authors: Callable[[Token], tuple[str, ...]],
                 issuers: Callable[[Token], tuple[str, ...]] | None = None) -> tuple[str, ...] | None:
    """"..., the statement said. It called for ...": the authors of the text the sentence before made the subject
    of its main verb (``()`` when none is known: then "it" is nobody, not the body named last); None when the
    sentence before has no text for subject. "First it called for X. Second, it called on Y": an "it" the sentence
    before opened with stands for the same text. "The groups issued a statement on Sunday. It called for": the text
    the sentence before issued (``issuers``, the issuing verb's subject)."""
    if tok.lower_ != "it" or not opening_subject(tok):
        return None
    subj = subject_before(tok)
    if subj is not None and subj.lower_ == "it" and opening_subject(subj):
        return text_authors(subj, document_nouns, authors, issuers)
    if subj is None or subj.lemma_.lower() not in document_nouns:
        root = previous_sentence(tok).root
        text = next((c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in document_nouns), None)
        if issuers is None or text is None or subj is None or subj.pos_ == "PRON":
            return None
        return issuers(root)  # its issuers, or nobody when they are not known (not the body named last)
    return authors(subj)


def quote_text_authors(doc: Doc, span: tuple[int, int] | None, document_nouns: frozenset[str] | set[str],
                       authors: Callable[[Token], tuple[str, ...]],
                       issuers: Callable[[Token], tuple[str, ...]]) -> str | None:
    """The authors of the text a quote's "it" speaker stands for ("The joint statement accused ... '...,' it said"),
    when the sentence before names a text and its authors."""
    said = doc.char_span(*span, alignment_mode="expand") if span else None
    if said is None or len(said) != 1 or said[0].lower_ != "it":
        return None
    found = text_authors(said[0], document_nouns, authors, issuers)
    return found[0] if found else None


def issued_text(noun: Token, cues: StanceCues) -> bool:
    """A text that the verb it is the object of issues ("issued a statement", "adopted a resolution")."""
    return noun.lemma_.lower() in cues.document_nouns and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in cues.issuing_verbs and not any(c.dep_ == "neg" for c in noun.head.children)


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
