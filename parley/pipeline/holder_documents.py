"""The author of a statement document, for the words of its body that no quote or reporting verb gives to anyone.

A press statement written in the author's own voice ("I welcome the agreement by the parties to renew the truce", "We
urge relevant parties to implement the ceasefire proposal") names its author in its first line ("Note to
Correspondents - Statement attributable to the Secretary General's Special Envoy for Yemen Ismail Ould Cheikh Ahmed",
"Foreign Ministry Spokesperson Hong Lei's Remarks on ...", "Statement of António Guterres, ..."), in a line that
introduces it ("Foreign Minister Steinmeier issued the following statement in Berlin today:") or in its headline
("Statement by the Special Envoy ... Hans Grundberg on ..."). The body after that line is the author's words: its "I"
is the author, its "we" the body the author speaks for. A document that names no author has none (precision first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from parley.models import Quote
from parley.pipeline.extensions import ActorTable, Mention

# The kinds of text whose first line names their author.
STATEMENT_WORDS = r"statement|remarks|declaration|message|note|press release|communiqu[eé]|speech|address|op-ed"
# "Statement by X", "Remarks of X", "Statement attributable to X", "Message from X".
BY_AUTHOR = re.compile(rf"\b(?:{STATEMENT_WORDS})\s+(?:by|of|from|attributable\s+to)\b", re.I)
# "Hong Lei's Remarks on ...": the author before the possessive.
OWN_TEXT = re.compile(rf"['’]s\s+(?:(?:press|opening|closing|joint)\s+)?(?:{STATEMENT_WORDS})\b", re.I)
# "X issued the following statement:", "The following statement was issued today by X:".
FOLLOWING = re.compile(rf"\bfollowing\s+(?:{STATEMENT_WORDS})\b", re.I)
# A headline that is the text's kind and author: "Statement by the Special Envoy ...", "Hong Lei's Remarks on ...".
TITLE_BY = re.compile(rf"\s*(?:[^.:]{{0,40}}[-–:]\s*)?(?:{STATEMENT_WORDS})\s+(?:by|of|from|attributable\s+to)\b", re.I)
TITLE_OWN = re.compile(rf"[^.:]{{0,80}}?['’]s\s+(?:{STATEMENT_WORDS})(?=\s+(?:on|at|to|regarding|about)\b|\s*$)", re.I)
OPENS = re.compile(rf"\s*(?:{STATEMENT_WORDS})\b", re.I)
ENDINGS = (".", "!", "?", '"', "”")
WORD = re.compile(r"[\w-]+")
# The longest first line taken for a header.
MAX_HEADER_CHARS = 300


@dataclass(frozen=True)
class StatementAuthor:
    """Who wrote a statement document, and where its body (the author's words) starts."""

    actor_id: str
    body_start: int  # a character offset
    # named in the text itself (a first line or an introducing line), not only in the headline: then all the body's
    # words are the author's, else only its first person
    in_text: bool


def statement_author(doc: Doc, table: ActorTable, title: str | None) -> StatementAuthor | None:
    """The author the first line, an introducing line or the headline names, or None."""
    text = doc.text
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    header = text[:first_end].strip()
    # a headline-like line ("Note to Correspondents - Statement attributable to X"), or one that opens with the text's
    # kind ("Statement of X, ..."): not a lead sentence that mentions a statement by someone
    if 0 < len(header) <= MAX_HEADER_CHARS and (OPENS.match(header) or not header.endswith(ENDINGS)) \
            and (author := _named_in(doc, table, 0, first_end)) is not None:
        return StatementAuthor(author, first_end, True)
    for sent in list(doc.sents)[:2]:
        if FOLLOWING.search(sent.text) and sent.text.rstrip().endswith(":"):
            author = _introducer(sent, table)
            return StatementAuthor(author, sent.end_char, True) if author is not None else None
    if title and (match := TITLE_BY.match(title) or TITLE_OWN.match(title)) is not None:
        named = title[match.end():] if match.re is TITLE_BY else title[:match.end()]
        author = _actor_named(table, named)
        return StatementAuthor(author, 0, False) if author is not None else None
    return None


def body_author(tok: Token, author: StatementAuthor | None, quotes: list[Quote], first_person: set[str]) -> str | None:
    """The author of the statement whose body ``tok`` is in, outside any quote in it; for a headline's author only
    the body's first person ("I urge all parties")."""
    if author is None or tok.idx < author.body_start or any(q.span[0] <= tok.idx < q.span[1] for q in quotes):
        return None
    if not author.in_text and tok.lower_ not in first_person:
        return None
    return author.actor_id


def _named_in(doc: Doc, table: ActorTable, start: int, end: int) -> str | None:
    """The author a header line names after "Statement by" (or before "'s Remarks"): its last person, else its first
    body."""
    line = doc.text[start:end]
    match = BY_AUTHOR.search(line) or OWN_TEXT.search(line)
    if match is None:
        return None
    lo, hi = (start + match.end(), end) if match.re is BY_AUTHOR else (start, start + match.start() + 1)
    mentions = [m for m in table.mentions if lo <= doc[m.start].idx and doc[m.end - 1].idx < hi]
    return _person_else_body(mentions, table)


def _introducer(sent: Span, table: ActorTable) -> str | None:
    """"Foreign Minister Steinmeier issued the following statement": the person (else body) named as its subject or
    agent ("was issued today by the Spokesman for UN Secretary-General António Guterres")."""
    verb = sent.root
    named = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    tokens = [t for c in named for t in c.subtree]
    mentions = [m for m in table.mentions if any(m.start <= t.i < m.end for t in tokens)]
    return _person_else_body(mentions, table)


def _person_else_body(mentions: list[Mention], table: ActorTable) -> str | None:
    """The last person among ``mentions``, else the first body that is no place."""
    people = [m.actor_id for m in mentions if (a := table.get(m.actor_id)) is not None and a.type == "person"]
    if people:
        return people[-1]
    bodies = [m.actor_id for m in mentions if (a := table.get(m.actor_id)) is not None and a.type != "location"]
    return bodies[0] if bodies else None


def _actor_named(table: ActorTable, words: str) -> str | None:
    """The person of the document whose name or alias the headline's words contain (a body a headline names is as
    often what the statement is about: "Statement by the Special Envoy for Yemen")."""
    low = _words(words)
    return next((a.id for a in table.of_type("person") if any(_words(n) in low for n in (a.name, *a.aliases) if n)), None)


def _words(text: str) -> str:
    """The words of a text, lower-cased and spaced: " hans grundberg "."""
    return f" {' '.join(WORD.findall(text.lower()))} "
