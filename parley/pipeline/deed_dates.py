"""Deeds told as background: a date on the verb that ends a week or more before publication.

"On July 22, Türkiye, the U.N., Russia, and Ukraine signed a deal in Istanbul", told in a story of August 17, and
"a former rebel group that signed a peace deal with Manila in 2014" tell what was done then, not the day's news. The
dates are those the ``parley_dates`` stage found and resolved against ``doc._.meta.published``.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from parley.pipeline.dates import as_date

# A deed dated this long or longer before publication is told as background ("On July 22, ... signed a deal"
# in a story of August 17), not as the day's news.
BACKGROUND_AGE = timedelta(days=7)


def dated_before(verb: Token, age: timedelta = BACKGROUND_AGE) -> bool:
    """The verb's own date ("On July 22", "in 2014", "on July 19"), resolved against the publication date,
    ends ``age`` or more before publication: the deed is told as background, not as the day's news."""
    meta = verb.doc._.meta
    pub = as_date(getattr(meta, "published", None) if meta is not None else None)
    if pub is None:
        return False
    for mention in verb.doc._.dates or ():
        root = verb.doc[mention.start:mention.end].root
        last = _last_day(mention.value) if mention.relation in ("on", "in") else None
        if _time_of(root, verb) and last is not None and last <= pub - age:
            return True
    return False


def _time_of(root: Token, verb: Token) -> bool:
    """The date is a time adjunct of the verb ("signed ... on July 19", "signed a deal last October"), not a
    part of a name ("the March 23 Movement") or of another phrase."""
    if root.ent_type_ in ("ORG", "NORP", "FAC", "PERSON", "GPE"):
        return False
    if root.head == verb and root.dep_ in ("npadvmod", "tmod", "advmod", "obl", "nmod"):
        return True
    prep = root.head
    return root.dep_ == "pobj" and prep.head == verb and prep.lower_ in ("on", "in", "during", "at", "since")


def _last_day(value: str | None) -> date | None:
    """The last day of a resolved date: "2022-07-22", "2014-07" (July 31), "2014" (December 31); None for
    a partial or a week form."""
    if not value or value.startswith("-") or "W" in value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return following - timedelta(days=1)
    return date(parts[0], 12, 31)


def named_by_year(noun: Token) -> bool:
    """The agreement is named by a year before the publication year ("the 2015 agreement was signed by three parties",
    "reneging on a 2007 peace deal"): a text of the past, its signing background."""
    meta = noun.doc._.meta
    pub = as_date(getattr(meta, "published", None) if meta is not None else None)
    return pub is not None and any(  # "a 2007 peace deal": the year may modify the word before the noun
        c.dep_ in ("nummod", "compound", "amod", "nmod") and c.text.isdigit() and len(c.text) == 4
        and 1900 < int(c.text) < pub.year for c in noun.subtree if c.i < noun.i)
