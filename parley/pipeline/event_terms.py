"""Words of an accord or of an act that did not happen: its terms restate the accord, and what
should have been done was not.

PLOVER codes the accord itself (AGREE): "an agreement under which the two warring parties committed to
protect civilians" reports one accord, not a commitment besides it (a term the article reports on its
own, "Under the ceasefire, Israel will withdraw from southern Lebanon within 60 days", stays a pledge,
as the guidelines code it). "According to the agreement, the withdrawal of the Eritrean forces should
have taken place concurrently with the disarmament of the TPLF forces" says what did not happen:
"should", "ought to" or "would" with a perfect ("should have taken place", "would have freed") reports
no act.
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.event_status import ROUND_WORDS
from parley.pipeline.event_words import NOUN_POS, VERB_POS

# Nouns of a written accord or plan: what it "calls for", "provides" or sets "under" it is its content.
DOCUMENT_NOUNS = {"plan", "proposal", "deal", "agreement", "accord", "resolution", "draft", "initiative", "roadmap",
                  "framework", "treaty", "declaration", "protocol", "memorandum", "truce", "ceasefire", "document",
                  "blueprint", "text", "arrangement", "pact", "package", "formula", "scheme"}
# Nouns of the parts of an accord: "under the terms of the agreement", "the provisions of the deal".
PART_NOUNS = {"term", "terms", "provision", "provisions", "clause", "clauses", "condition", "conditions", "part"}
# Prepositions that set a clause inside an accord ("under which"), and the two-word ones by their
# first word ("according to", "pursuant to", "in accordance with", "in line with", "as per").
TERMS_PREPS = {"under", "per"}
TERMS_PHRASES = {"according": "to", "pursuant": "to", "accordance": "with", "line": "with"}
# Modals that with a perfect say an act did not happen ("should have taken place").
UNFULFILLED_MODALS = {"should", "ought", "would"}


def is_document(noun: Token) -> bool:
    """Whether a noun (or "the first stage of the agreement", "the terms of the deal", "which" of a
    relative clause) names a written accord or plan."""
    if noun.lower_ in ("which", "that") and noun.head.dep_ == "relcl":
        noun = noun.head.head
    if noun.lemma_.lower() in ROUND_WORDS | PART_NOUNS or noun.lower_ in PART_NOUNS:
        noun = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), noun)
    return noun.pos_ in NOUN_POS and noun.lemma_.lower() in DOCUMENT_NOUNS


def accord_terms(token: Token) -> bool:
    """Whether a trigger restates an accord or says what did not happen (see the module docstring)."""
    if framed_accord(token):
        return True
    verb = _clause_verb(token)
    if verb is None:
        return False
    if verb.dep_ == "relcl" and is_document(verb.head) \
            and any(o.lower_ in ("which", "that") for p in verb.children if (o := _terms_phrase(p)) is not None):
        return True  # "an agreement under which the two warring parties committed to protect civilians"
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(auxiliaries & UNFULFILLED_MODALS) and "have" in auxiliaries and verb.tag_ == "VBN"


def framed_accord(noun: Token) -> bool:
    """Whether an accord noun is the frame of what is done under it, not an accord made: "In accordance
    with ... the US-Taliban Agreement, US Forces Afghanistan has begun its reduction of forces", "Under
    the agreement, the prisoners are to be released" (the accord was made before; its terms are applied)."""
    if noun.pos_ not in NOUN_POS or noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    while noun.dep_ == "conj":
        noun = noun.head  # "the Joint Declaration and the US-Taliban Agreement"
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in ("to", "with") and prep.head.lower_ in TERMS_PHRASES:
        prep = prep.head.head if prep.head.head.lower_ == "in" and prep.head.dep_ == "pobj" else prep.head
    framed = _terms_phrase(prep)
    return framed is not None and framed.i == noun.i


def _clause_verb(token: Token) -> Token | None:
    """The verb of a trigger's clause: the verb itself, or the verb a noun is the subject or object of
    ("the withdrawal of the Eritrean forces should have taken place")."""
    if token.pos_ in VERB_POS:
        return token
    if token.pos_ in NOUN_POS and token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head.pos_ in VERB_POS:
        return token.head
    return None


def _terms_phrase(prep: Token) -> Token | None:
    """The object of a phrase that sets a clause inside a text ("under the terms of the agreement",
    "according to the deal", "in line with the accord"), or None."""
    if prep.dep_ != "prep":
        return None
    if prep.lower_ in TERMS_PREPS:
        return _pobj(prep)
    if prep.lower_ == "in":
        noun = _pobj(prep)
        if noun is None or noun.lower_ not in TERMS_PHRASES:
            return None
        prep = noun
    second = TERMS_PHRASES.get(prep.lower_)
    inner = next((c for c in prep.children if c.dep_ in ("prep", "pcomp") and c.lower_ == second), None)
    return _pobj(inner) if inner is not None else None


def _pobj(prep: Token) -> Token | None:
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


# Verbs by which an accord gives a party something ("The agreement also allowed the government to assume
# control"); with the provision verbs of :mod:`.event_nonacts` they state the accord's terms.
GRANTING_VERBS = {"allow", "grant", "give", "let", "hand", "transfer", "permit", "enable"}
# Dependencies that lead from a word up to the clause it belongs to ("with Lebanese forces taking control":
# the participle hangs on "with", which hangs on "withdraw").
CLAUSE_LINKS = {"pcomp", "pobj", "prep", "advcl", "xcomp", "ccomp", "conj", "dobj", "acl"}


def accord_handover(token: Token) -> bool:
    """Whether a seizure is set inside an accord's terms ("Under the ceasefire, Israel will withdraw from
    southern Lebanon within 60 days, with Lebanese forces taking control"; "the agreement allowed the
    government to assume control"): an accord hands control over, it does not schedule an attack, so the
    words are no ASSAULT (the accord and a withdrawal it provides for stay)."""
    cur = token
    for _ in range(5):
        for c in cur.children:
            framed = _terms_phrase(c)
            if framed is not None and is_document(framed):
                return True
        if cur.lemma_.lower() in GRANTING_VERBS and any(c.dep_ == "nsubj" and is_document(c) for c in cur.children):
            return True
        if cur.dep_ not in CLAUSE_LINKS or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False
