"""The ``parley_dates`` stage: date expressions found in the text and resolved against the publication date.

Steps, in order:

1. Date expressions are found with one regular expression over the text (weekdays, month-day,
   day-month, month-year, months and years after a preposition, "today", "overnight", "earlier in the
   day", "last week", "late last month", "three days ago", "Thursday (March 13)", "between 27 and 28
   October" (its first day), ISO dates); month and weekday names must be capitalised, so
   "may" the verb and "march" the verb are never dates.
2. Each expression gets its relation from the words before it ("since Feb. 24", "until May",
   "as of 29 April", "in March") or from the clause it sits in ("since the war started on
   Feb. 24" -> ``since``).
3. :func:`resolve_date` turns the words into an ISO form against ``doc._.meta.published``; a verb
   in the future ("will meet on Monday") makes weekdays and month-days resolve forwards.

Conventions, chosen to match how wire copy is dated (and the project's gold annotations):

* A weekday name means the latest such day on or before publication: a story published on a
  Thursday that says "the United Nations on Thursday said" means that same Thursday; "late
  Saturday" in a Sunday story is the day before. "last Thursday" in a Thursday story is seven days
  earlier; "next Thursday" and future verbs look forwards.
* "March 29" is the latest March 29 not after publication; "in March" the latest March, as
  ``YYYY-MM``; a year alone is ``YYYY``.
* Weeks resolve to ISO 8601 weeks (``2022-W17``): no day can honestly be named for "last week".
* Without a publication date nothing relative resolves, and a date without its year keeps the
  partial forms ``--MM-DD`` and ``--MM``: a year is never invented.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc, Span

from parley.pipeline.extensions import DateMention

VERSION = "parley.dates.v1"

Relation = Literal["on", "since", "until", "as_of", "in"]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
SMALL_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0, "few": 0,
}

# -- finding -------------------------------------------------------------------------------
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\."
          r"|Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_EDGE = r"(?:early|mid|mid-|late|the end of|the beginning of|the start of|the middle of|end-|end)"
# Words that may follow a year alone and end its phrase ("called off in 2019 by the president"); another
# lowercase word makes the number something else ("in 2019 people", "in 2003 elections").
_FUNCTION_WORDS = ("by|under|and|or|but|when|while|after|before|as|with|to|for|in|at|on|that|which|who|following"
                   "|amid|during|until|against|between|over|from|the|a|an|despite|because|since|following|where")
_AFTER_PREP = "|".join(f"(?<=\\b{w}\\s)" for w in (
    "in", "In", "since", "Since", "until", "Until", "by", "By", "from", "of", "before", "after", "during",
    "through", "throughout", "between", "till"))
_PATTERNS = [
    r"\d{4}-\d{2}-\d{2}",
    # weekday, with an optional modifier and part of the day: "late Saturday", "Tuesday night"
    # and the date written after it, also in brackets: "Thursday, March 13", "Thursday (March 13)"
    rf"(?:(?:last|this|next|late|early|on)\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"(?:,?\s+(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+{_YEAR})?"
    rf"|\s+\((?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+{_YEAR})?\))?",
    # a span of days: its first day dates what began then ("between 27 and 28 October")
    rf"(?<=between\s){_DAY}\s+and\s+{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?",
    # month-day (year): "March 29", "Feb. 24, 2022", "29 March 2022", "24th of February"
    rf"(?:{_EDGE}\s+)?{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?",
    rf"{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?",
    # month-year: "June 2006", "early 2003", "mid-2014"
    rf"(?:{_EDGE}\s*)?{_MONTH},?\s+{_YEAR}",
    # a month or a year alone only after a preposition: "in March", "since 2003", "by mid-2022"
    rf"(?:{_AFTER_PREP})(?:(?:early|mid|late|the end of|the beginning of|the start of|the middle of"
    rf"|last|next|this)[\s-]+)?{_MONTH}\b(?!\s*(?:,\s*)?\d)",
    rf"(?:{_AFTER_PREP}|(?<=and\s)|(?<=to\s))(?:(?:early|mid|late|the end of|the beginning of|the start of"
    rf"|the middle of)[\s-]+)?{_YEAR}\b(?![\s-]*\d)(?!-)(?!\s+(?!(?:{_FUNCTION_WORDS})\b)[a-z])",
    rf"(?:{_EDGE}[\s-]+){_YEAR}\b(?!s)",
    rf"(?:{_EDGE}[\s-]+|(?:last|next|this)\s+){_MONTH}",
    # deictic words and relative spans
    r"(?i:\b(?:today|yesterday|tomorrow|tonight|last night|overnight)\b)",
    r"(?i:\b(?:earlier|later|early|late)\s+(?:this|last|next)\s+(?:week|month|year)\b)",
    r"(?i:\b(?:earlier|later)\s+in\s+the\s+(?:day|week|month|year)\b)",
    r"(?i:\b(?:this|last|next|the past)\s+(?:week|month|year|weekend)\b)",
    r"(?i:\bthis\s+(?:morning|afternoon|evening)\b)",
    r"(?i:\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)"
    r"\s+(?:days?|weeks?|months?|years?)\s+ago\b)",
]
DATE_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))

# Words before an expression that say how a fact relates to it.
_RELATION_WORDS: dict[str, Relation] = {
    "since": "since", "from": "since", "until": "until", "till": "until", "through": "until",
    "to": "until", "by": "as_of", "in": "in", "during": "in", "throughout": "in", "on": "on",
}
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "may", "might"}
_FUTURE_HEADS = {"schedule", "expect", "set", "plan", "due"}


# -- resolving -----------------------------------------------------------------------------
def as_date(published: str | date | None) -> date | None:
    """A publication date as a date, or None when it is missing or not ISO."""
    if published is None or isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _latest_on_or_before(pub: date, month: int, day: int) -> date | None:
    for year in range(pub.year, pub.year - 8, -1):  # Feb. 29 may lie years back
        try:
            d = date(year, month, day)
        except ValueError:
            continue  # Feb. 29 in a common year
        if d <= pub:
            return d
    return None


def _earliest_on_or_after(pub: date, month: int, day: int) -> date | None:
    for year in range(pub.year, pub.year + 8):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d >= pub:
            return d
    return None


def _iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(d: date, months: int) -> str:
    n = d.year * 12 + d.month - 1 + months
    return f"{n // 12}-{n % 12 + 1:02d}"


_NORMALISE = re.compile(r"^(?:(?:as of|in|since|until|till|through|throughout|by|from|on|before|after|during|"
                        r"between|of|and|to)\s+)+", re.IGNORECASE)
_EDGE_WORDS = re.compile(r"^(?:early|late|mid|the end of|the beginning of|the start of|the middle of|end)[\s-]+",
                         re.IGNORECASE)


def resolve_date(text: str, published: str | date | None, *, future: bool = False) -> str | None:
    """An ISO form of a date expression: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYY-Www``, ``--MM-DD``, ``--MM`` or None.

    ``published`` anchors relative expressions; ``future`` says the text speaks of what is to
    come ("will meet on Monday"), so weekdays and month-days look forwards from it.
    """
    pub = as_date(published)
    words = _NORMALISE.sub("", " ".join(text.split()).strip(" ,.")).strip()
    low = words.lower()
    if not low:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", low):
        return low
    if m := re.fullmatch(r"(this|last|next)\s+(" + "|".join(WEEKDAYS) + r")", low):
        return _weekday(pub, WEEKDAYS[m.group(2)], m.group(1), future)
    if m := re.search(r"\b(" + "|".join(WEEKDAYS) + r")\b", low):
        rest = low[m.end():].strip(" ,()")
        if rest and not re.fullmatch(r"(morning|afternoon|evening|night)", rest):
            # "Saturday, April 30, 2022": the written date wins over the weekday
            return resolve_date(words[m.end():].strip(" ,()"), published, future=future)
        modifier = "next" if re.match(r"next\b", low) else "last" if re.match(r"last\b", low) else ""
        return _weekday(pub, WEEKDAYS[m.group(1)], modifier, future)
    if m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+and\s+\d{1,2}(?:st|nd|rd|th)?\s+(.+)", low):
        low = f"{m.group(1)} {m.group(2)}"  # "27 and 28 october": the first day
    return _calendar(low, pub, future) or _deictic(low, pub) or _with_dateparser(words, pub)


def _weekday(pub: date | None, weekday: int, modifier: str, future: bool) -> str | None:
    if pub is None:
        return None
    back = (pub.weekday() - weekday) % 7
    if modifier == "next" or (future and modifier != "last"):
        ahead = (weekday - pub.weekday()) % 7 or (7 if modifier == "next" else 0)
        return (pub + timedelta(days=ahead)).isoformat()
    if modifier == "last" and back == 0:
        back = 7
    return (pub - timedelta(days=back)).isoformat()


def _calendar(low: str, pub: date | None, future: bool) -> str | None:
    low = _EDGE_WORDS.sub("", low).strip()
    month_re = r"([a-z]+)\.?"
    day_re = r"(\d{1,2})(?:st|nd|rd|th)?"
    m = (re.fullmatch(rf"{month_re}\s+{day_re}(?:,?\s+(\d{{4}}))?", low)
         or re.fullmatch(rf"{day_re}\s+(?:of\s+)?{month_re}(?:,?\s+(\d{{4}}))?", low))
    if m:
        a, b, year = m.groups()
        month, day = (_month(a), int(b)) if not a.isdigit() else (_month(b), int(a))
        if month is None or not 1 <= day <= 31:
            return None
        if year:
            return f"{int(year):04d}-{month:02d}-{day:02d}"
        if pub is None:
            return f"--{month:02d}-{day:02d}"
        d = _earliest_on_or_after(pub, month, day) if future else _latest_on_or_before(pub, month, day)
        return d.isoformat() if d else None
    if m := re.fullmatch(rf"{month_re},?\s+(\d{{4}})", low):
        month = _month(m.group(1))
        return f"{int(m.group(2)):04d}-{month:02d}" if month else None
    if m := re.fullmatch(r"(\d{4})", low):
        return m.group(1)
    if m := re.fullmatch(rf"(?:(last|next|this)\s+)?{month_re}", low):
        month = _month(m.group(2))
        if month is None:
            return None
        if pub is None:
            return f"--{month:02d}"
        year = pub.year
        if m.group(1) == "next" or (future and m.group(1) != "last"):
            year += month < pub.month
        else:
            year -= month > pub.month or (m.group(1) == "last" and month == pub.month)
        return f"{year:04d}-{month:02d}"
    return None


def _deictic(low: str, pub: date | None) -> str | None:
    if pub is None:
        return None
    # "overnight" in a report is the night that ends on its day: wire copy dates it by the publication date
    days = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "overnight": 0,
            "earlier in the day": 0, "later in the day": 0, "yesterday": -1, "last night": -1, "tomorrow": 1}
    if low in days:
        return (pub + timedelta(days=days[low])).isoformat()
    if m := re.fullmatch(r"(?:(?:earlier|later|early|late)\s+)?(this|last|next|the past)\s+(week|weekend|month|year)",
                         low):
        which, unit = m.groups()
        step = {"this": 0, "last": -1, "the past": -1, "next": 1}[which]
        if unit in ("week", "weekend"):
            return _iso_week(pub + timedelta(weeks=step))
        if unit == "month":
            return _shift_month(pub, step)
        return str(pub.year + step)
    if m := re.fullmatch(r"(?:earlier|later)\s+in\s+the\s+(week|month|year)", low):
        return {"week": _iso_week(pub), "month": _shift_month(pub, 0), "year": str(pub.year)}[m.group(1)]
    if m := re.fullmatch(r"(\d+|[a-z]+(?: few)?)\s+(day|week|month|year)s?\s+ago", low):
        n = int(m.group(1)) if m.group(1).isdigit() else SMALL_NUMBERS.get(m.group(1).replace("a few", "few"), 0)
        if not n:
            return None  # "several days ago" names no day
        unit = m.group(2)
        if unit == "day":
            return (pub - timedelta(days=n)).isoformat()
        if unit == "week":
            return _iso_week(pub - timedelta(weeks=n))
        if unit == "month":
            return _shift_month(pub, -n)
        return str(pub.year - n)
    return None


@lru_cache(maxsize=1)
def _dateparser():  # type: ignore[no-untyped-def]
    # Imported lazily: dateparser loads its language data on first use (about half a second).
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": "past", "STRICT_PARSING": False})


def _with_dateparser(words: str, pub: date | None) -> str | None:
    """Written-out dates the rules above do not know ("29/03/2022", "the 3rd of March, 2022")."""
    if not re.search(r"\b\d{4}\b", words):
        return None  # without a written year dateparser would fill in the current one
    parser = _dateparser()
    data = parser.get_date_data(words)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    if data.period == "year":
        return f"{d.year:04d}"
    if data.period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


# -- the stage -----------------------------------------------------------------------------
def _relation(doc: Doc, span: Span) -> Relation:
    before = doc[max(span.start - 2, 0):span.start]
    words = [t.lower_ for t in before]
    if words[-2:] == ["as", "of"]:
        return "as_of"
    relation = _RELATION_WORDS.get(words[-1], "on") if words else "on"
    if relation in ("on", "in"):
        # "since the war started on Feb. 24": the clause, not the preposition, sets the relation
        for head in list(span.root.ancestors)[:3]:
            if any(c.dep_ == "mark" and c.lower_ == "since" for c in head.children):
                return "since"
    return relation


def _is_future(span: Span) -> bool:
    for head in [span.root, *span.root.ancestors][:6]:
        if head.pos_ in ("VERB", "AUX"):
            if any(c.lower_ in _FUTURE_AUX for c in head.children) or head.lemma_ in _FUTURE_HEADS:
                return True
            if head.dep_ != "xcomp":
                return False  # "is scheduled to visit ... on Aug. 20": the verb that governs the infinitive decides
    return False


class DateFinder:
    """Finds date expressions in a document and resolves them."""

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.meta
        published = meta.published if meta is not None else None
        mentions: list[DateMention] = []
        for m in DATE_RE.finditer(doc.text):
            text = m.group(0).rstrip(",")
            start = m.start()
            lead = re.match(r"(?:on)\s+", text)
            if lead:  # "on" is kept out of the words: the relation carries it
                start += lead.end()
                text = text[lead.end():]
            span = doc.char_span(start, start + len(text), alignment_mode="expand")
            if span is None:
                continue
            mentions.append(DateMention(
                start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
                text=text, value=resolve_date(text, published, future=_is_future(span)),
                relation=_relation(doc, span),
            ))
        doc._.dates = mentions
        return doc


@Language.factory("parley_dates", default_config={}, requires=["token.dep"], assigns=["doc._.dates"])
def make_dates(nlp: Language, name: str) -> DateFinder:
    return DateFinder()
