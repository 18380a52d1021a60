"""Aid given, which is no position: "Qatar pledged $50 million to cushion the effects of the war" (money and what it
is for).

A sum of money pledged, given or offered, and what it is to pay for, is aid, an event (read for offers, support and
readiness: "the UN appealed for $2.57 billion" stays a demand). What people are said to be "in need of" stays the
speaker's demand, as the dev gold has it ("displaced families are in urgent need of food, medicine ...", the body
said).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

MONEY_WORDS = {"million", "billion", "dollar", "dollars", "euro", "euros", "pound", "pounds"}


def aid_given(issue: Token | Span) -> bool:
    """The issue is a sum of money, or the purpose of a sum pledged ("pledged $50 million to cushion ...")."""
    word = issue.root if isinstance(issue, Span) else issue
    if _money(word):
        return True
    return word.pos_ == "VERB" and word.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "dobj" and _money(c) for c in word.head.children)


def _money(tok: Token) -> bool:
    return tok.ent_type_ == "MONEY" or (tok.lower_ in MONEY_WORDS and any(c.like_num or c.tag_ == "$" or c.ent_type_ == "MONEY"
                                                                         for c in tok.subtree))
