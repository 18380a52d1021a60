"""Words in an issue phrase that point elsewhere: a pronoun for a thing named before, a clause that
comments on the whole phrase, a time told by an event, an action told as done.

"asked Cuba to extradite them, which Havana refused": "them" are the ELN negotiators named earlier in
the sentence, and ", which Havana refused" is a comment on the request, not part of it. An issue is
written with the words pointed at ("extradite ELN negotiators") and without the comment.
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.issue_trimming import LIGHT_HEADS

# Object pronouns that stand for things or people named before in the sentence.
PLURAL_OBJECTS = {"them"}
RELATIVE_WORDS = {"which", "who", "whom"}
# Words of an antecedent's phrase that are not part of its name.
SKIPPED_DEPS = {"det", "predet", "punct", "case", "nummod", "quantmod"}
# "the moment the army withdraws", "the day the deal is signed": nouns for a time told by an event.
WHEN_NOUNS = {"moment", "minute", "instant", "day", "time"}
# Wh-adverbs that open a clause of place or time: "wherever this is necessary", "whenever they are ready".
WHEN_WHERE_ADVERBS = {"wherever", "whenever", "where", "when"}
# The longest antecedent written in place of a pronoun.
MAX_ANTECEDENT_WORDS = 4


def comments_on_phrase(clause: Token, root: Token) -> bool:
    """", which Havana refused": a clause opened by a relative word after a comma, hung by the parser
    on the phrase's verb; it comments on the whole phrase."""
    if clause == root or clause.pos_ not in ("VERB", "AUX"):
        return False
    first = clause.left_edge
    if first.lower_ not in RELATIVE_WORDS or first.tag_ not in ("WDT", "WP"):
        return False
    return first.i > 0 and first.doc[first.i - 1].text in (",", "—", "–", "(")


def tells_when(tok: Token) -> bool:
    """"(stop fighting) the moment the army withdraws": a time told by what happens then; "(enable access to
    observers) wherever this is necessary": a clause that says where or when, whatever the parser calls it."""
    if tok.dep_ in ("ccomp", "advcl") and tok.i > tok.head.i and any(
            c.dep_ == "advmod" and c.lower_ in WHEN_WHERE_ADVERBS and c.i == tok.left_edge.i for c in tok.children):
        return True
    return tok.lemma_.lower() in WHEN_NOUNS and any(c.dep_ == "relcl" for c in tok.children)


def tells_how(prep: Token) -> bool:
    """"(end the war) as part of any deal", "(establish a lasting peace) by increasing the momentum": the
    frame or the means of an action, not the action."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "in" and [o.lower_ for o in prep.children] == ["principle"]:
        return True  # "agreed to a ceasefire in principle": how far the agreement goes, not what it is on
    if prep.lower_ in ("on", "upon") and any(o.dep_ == "pobj" and o.lemma_.lower() in ("condition", "conditions")
                                            for o in prep.children):
        return True  # "agree on a ceasefire on the condition that ...": the terms, read as a demand of their own
    if prep.lower_ == "as":
        return any(o.dep_ == "pobj" and o.lemma_.lower() == "part" for o in prep.children)
    return prep.lower_ == "by" and prep.head.pos_ == "VERB" and any(
        o.dep_ == "pcomp" and o.tag_ == "VBG" for o in prep.children)


def told_by_clause(prep: Token) -> bool:
    """"(renew negotiations) from the point where they left off": a phrase whose object says nothing but
    through its relative clause, which the issue leaves out; without it the phrase is left empty."""
    if prep.dep_ != "prep":
        return False
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    # "(open negotiations on the basis) of a plan they unveiled": a plan or a proposal says what it is without
    # its clause; dropped, it would leave "the basis" empty.
    return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() not in LIGHT_HEADS \
        and any(c.dep_ == "relcl" for c in obj.children) and all(c.dep_ in ("det", "relcl", "punct") for c in obj.children)


def done_by_agent(root: Token) -> bool:
    """"detainees released by Saudi Arabia": an action done, told as a description; it names no issue."""
    return root.pos_ == "VERB" and root.tag_ == "VBN" and root.dep_ in ("acl", "relcl") \
        and any(c.dep_ == "agent" for c in root.children)


def antecedent(pronoun: Token) -> str | None:
    """The words a plural object pronoun stands for: the nearest plural noun before it in the sentence
    that is not a subject ("issued warrants for ELN negotiators and asked Cuba to extradite them")."""
    if pronoun.lower_ not in PLURAL_OBJECTS or pronoun.dep_ not in ("dobj", "pobj"):
        return None
    sent = pronoun.sent
    verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    for tok in reversed(sent[: pronoun.i - sent.start]):
        if tok.tag_ not in ("NNS", "NNPS") or tok.dep_ in ("compound", "nsubj", "nsubjpass", "poss"):
            continue
        if verb is not None and verb in tok.ancestors:
            continue  # "opens direct talks with them": the talks are the phrase's own words
        if any(a.dep_ in ("nsubj", "nsubjpass") for a in tok.ancestors if a.i < pronoun.i and a.head != a):
            continue  # "the rebels' leaders" inside a subject
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in SKIPPED_DEPS and t.tag_ != "PRP$"
                 and not (t.i < tok.i and t.pos_ == "ADP")]
        words = words[-MAX_ANTECEDENT_WORDS:]
        return " ".join(t.text for t in words) if words else None
    return None


# Nouns for a text on the table; "the plan" points back to the nearest fuller mention of its family.
REFERENCE_FAMILIES = (
    frozenset({"proposal", "plan", "offer", "initiative", "idea", "blueprint", "roadmap", "framework"}),
    frozenset({"agreement", "deal", "accord", "treaty", "pact", "arrangement", "understanding", "memorandum"}),
)
POINTERS = {"the", "this", "that"}
# Complements that say what a text is about ("a proposal for a ceasefire", "a deal to swap prisoners").
CONTENT_DEPS = {"compound", "amod", "nmod", "acl", "relcl"}
CONTENT_PREPOSITIONS = {"for", "on", "to", "of", "with", "between"}
# Modifiers that say nothing of what a text is about ("a new deal", "the latest proposal").
EMPTY_MODIFIERS = {"new", "latest", "last", "previous", "current", "same", "whole", "final", "full", "first", "such",
                   "proposed", "draft", "recent", "earlier", "original", "revised", "possible", "potential"}


def _family(tok: Token) -> frozenset[str] | None:
    lemma = tok.lemma_.lower()
    return next((f for f in REFERENCE_FAMILIES if lemma in f), None)


def same_kind(tok: Token, word: str) -> bool:
    """The word names a text of the noun's family ("proposal" for "the plan")."""
    family = _family(tok)
    w = word.lower()
    return family is not None and (w in family or w.rstrip("s") in family)


def is_bare_reference(tok: Token) -> bool:
    """"the deal", "this proposal": a text named only by its kind, pointing back to where it was described."""
    if tok.pos_ != "NOUN" or _family(tok) is None:
        return False
    pointers = [c for c in tok.children if c.dep_ == "det"]
    return len(pointers) == 1 and pointers[0].lower_ in POINTERS and all(
        c.dep_ in ("det", "punct") or (c.dep_ == "amod" and c.lower_ in EMPTY_MODIFIERS) for c in tok.children)


def _describes(tok: Token) -> bool:
    """The mention says what the text is about ("a US proposal for an immediate ceasefire")."""
    for c in tok.children:
        if c.dep_ in CONTENT_DEPS and c.lower_ not in EMPTY_MODIFIERS and not (c.dep_ == "amod" and c.pos_ != "ADJ"):
            return True
        if c.dep_ == "prep" and c.lower_ in CONTENT_PREPOSITIONS and any(o.dep_ in ("pobj", "pcomp") for o in c.children):
            return True
    return False


def earlier_description(tok: Token) -> Token | None:
    """The nearest earlier mention of the same kind of text that says what it is about: "the plan" after
    "a US proposal for an immediate 30-day ceasefire", "the deal" after "a deal with the Damascus government"."""
    family = _family(tok)
    if family is None:
        return None
    for prev in reversed(tok.doc[: tok.i]):
        if prev.pos_ == "NOUN" and prev.lemma_.lower() in family and _describes(prev):
            return prev
    return None


def comma_action(tok: Token) -> bool:
    """An action the parser hangs on the one before it as "dep", after a comma ("protect the rights of all Afghans,
    uphold and enforce ...")."""
    return tok.dep_ == "dep" and tok.pos_ == "VERB" and tok.tag_ == "VB" and tok.i > tok.head.i \
        and tok.doc[tok.left_edge.i - 1].text == ","
