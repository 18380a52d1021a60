"""A people's word for the armed group of the report: "Karen guerillas", "the Karen statement".

Round 24. A fighter noun or a document noun qualified by a capitalised word that is no state ("Rebel ethnic
Karen guerillas rejected the latest peace overture", "The Karen statement Monday noted ...") stands for the one
named armed or political body of the report whose name holds that word ("the Karen National Union"). With
two such bodies ("Karen National Union", "Democratic Karen Buddhist Army"), or none, it names no one: precision
first.
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.extensions import ActorTable

NAMELESS_SECTORS = {"GOV", "MIL", "MED"}  # a state's own bodies and the press are never "the Karen rebels"


def people_group(tok: Token, table: ActorTable, nouns: frozenset[str] | set[str]) -> str | None:
    """The one named body whose name holds the people word qualifying ``tok`` (a fighter or document noun)."""
    if tok.lemma_.lower() not in nouns or tok.pos_ != "NOUN":
        return None
    if any(c.dep_ == "poss" for c in tok.children):
        return None  # "the KNU's statement": its owner says who
    words = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i and c.text[:1].isupper()
             and c.pos_ in ("PROPN", "ADJ") and c.i > tok.sent.start]
    for word in words:
        m = table.at(word)
        if m is not None and (a := table.get(m.actor_id)) is not None and a.type == "state":
            return None  # "Sudanese rebels", "the Turkish statement": the state's word, dealt with elsewhere
        named = {a.id for mm in table.mentions if mm.kind != "description"
                 and (a := table.get(mm.actor_id)) is not None and a.type in ("group", "organization")
                 and a.sector not in NAMELESS_SECTORS and len(a.name.split()) > 1 and word.text in a.name.split()}
        if len(named) == 1:
            return named.pop()
    return None
