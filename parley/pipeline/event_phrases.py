"""What the words around a party's name say about its part in an event.

"The UN Envoy to Yemen Hans Grundberg", "The UN envoy for Western Sahara, Staffan de Mistura": the
country an envoy is posted to is where the envoy works, not whom the envoy acts for. "Lawrence
Kanyuka, the political spokesman for M23": a title set beside a name names the party the person acts
for. "Representatives of both sides ... had met": a subject made of "both sides" acts for them. "with
Lebanese forces taking control": "with" opens a circumstance, not a partner. Whether a word stands
inside a quotation is read from the quotation marks of its line.
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.event_words import CLAUSE_DEPS
from parley.pipeline.extensions import Mention

QUOTE_OPEN = {'"', "“", "«", "„"}
QUOTE_CLOSE = {'"', "”", "»", "“"}
# Nouns of an office held for a body and posted to a place or a conflict ("envoy to Yemen").
ENVOY_NOUNS = {"envoy", "emissary", "ambassador", "representative", "coordinator", "mediator", "rapporteur"}
# Prepositions that name where an envoy is posted ("to Libya", "for Western Sahara", "in Sudan").
POSTING_PREPS = {"to", "for", "in", "on"}
# Participles by which a group names the party it acts for ("a delegation representing the army").
ACTING_FOR_VERBS = {"represent", "speak"}
# Passive verbs whose subject does what their infinitive says ("is scheduled to visit", "is expected to
# meet"; not "will not be allowed to travel", where another party decides).
RAISING_VERBS = {"schedule", "expect", "set", "slate", "plan", "suppose", "poise", "due", "tip"}


def posted_to(token: Token) -> bool:
    """Whether a word names where an envoy is posted: "to Yemen" in "the UN Envoy to Yemen"."""
    cur = token
    while cur.dep_ in ("compound", "conj", "amod") and cur.head.i != cur.i:
        cur = cur.head  # "the envoy to Western Sahara", "envoy for Sudan and South Sudan"
    prep = cur.head
    return cur.dep_ == "pobj" and prep.lower_ in POSTING_PREPS and prep.head.lemma_.lower() in ENVOY_NOUNS


def inside_clause(token: Token, noun: Token) -> bool:
    """Whether a word hangs on a noun through a clause of its own ("talks to end the war between ...")."""
    cur, clause = token, False
    while cur.i != noun.i and cur.head.i != cur.i:
        clause = clause or cur.dep_ in CLAUSE_DEPS
        cur = cur.head
    return clause and cur.i == noun.i


def posting_after(prep: Token) -> bool:
    """Whether a preposition the parser hung on the verb names an envoy's posting: "were attended by the
    U.S. and Chinese ambassadors to Malaysia" (Malaysia hosts; its name is no counterpart)."""
    return prep.i > 0 and prep.lower_ in POSTING_PREPS and prep.doc[prep.i - 1].lemma_.lower() in ENVOY_NOUNS


def posting(token: Token) -> bool:
    """Whether a word is part of an envoy's posting: "to" or "Yemen" in "the UN Envoy to Yemen"."""
    return posted_to(token) or (token.lower_ in POSTING_PREPS and token.dep_ == "prep"
                                and token.head.lemma_.lower() in ENVOY_NOUNS)


def members_of(sides: Token, heads: list[Token]) -> bool:
    """Whether "the two sides" names whom a subject's head consists of ("Representatives of both sides")."""
    return sides.dep_ == "pobj" and sides.head.lower_ in ("of", "from") and any(sides.head.head.i == h.i for h in heads)


def acting_for(head: Token) -> list[Token]:
    """The party a group acts for, named in a participle clause on it: "the Sudanese Armed Forces" in
    "A high-profile delegation representing the Sudanese Armed Forces arrived in Jeddah"."""
    found = []
    for acl in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in ACTING_FOR_VERBS):
        found += [o for o in acl.children if o.dep_ == "dobj"]
        found += [g for p in acl.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    return found


def inside_quote(token: Token) -> bool:
    """Whether a word stands inside a quotation opened earlier on its line."""
    doc = token.doc
    start = token.i  # the line's first word: the document's text is not rebuilt for one line
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    before = "".join(t.text_with_ws for t in doc[start:token.i])
    opens = sum(before.count(q) for q in QUOTE_OPEN - {'"'}) - sum(before.count(q) for q in QUOTE_CLOSE - {'"', "“"})
    return before.count('"') % 2 == 1 or opens > 0


def described_by(name: Token, party: Mention) -> bool:
    """Whether a party is named in the title set beside a name: "The UN envoy to Libya, Abdullah
    Batele", "Lawrence Kanyuka, the political spokesman for M23" (where an envoy is posted is no party)."""
    title = name.head if name.dep_ == "appos" else next((c for c in name.children if c.dep_ == "appos"), None)
    if title is not None and posted_to(title):
        title = title.head.head  # the parser may hang the name on the place: "to Libya, Abdullah Batele"
    if title is None or title.pos_ != "NOUN" or posted_to(name.doc[party.end - 1]):
        return False
    # "Congo's president Felix Tshisekedi and his Rwandan counterpart Paul Kagame": a title ends before
    # the next person joined to it
    end = min([c.left_edge.i for c in title.children if c.dep_ in ("cc", "conj") and c.i > title.i],
              default=title.right_edge.i + 1)
    return title.left_edge.i <= party.start and party.end <= end \
        and not any(t.dep_ in ("relcl", "acl") for t in name.doc[party.start].ancestors if t.i >= title.i)


def circumstance(prep: Token, obj: Token) -> bool:
    """Whether "with" opens a circumstance, not a partner: "with the bodies of two British volunteers
    also being sent back", "with Lebanese forces taking control"."""
    if prep.lower_ != "with":
        return False
    if obj.pos_ in ("VERB", "AUX"):
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in obj.children)
    return any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBG", "VBN") and c.i > obj.i for c in obj.children)


def participle_agents(noun: Token) -> list[Token]:
    """Who a participle after a subject noun says sent or ran it: "Convoys organized by the Syrian Arab
    Red Crescent and the United Nations brought food", "missiles fired by Russian forces hit ..."."""
    return [g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
