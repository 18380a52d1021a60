"""Figure series: the same measure for the same place over time, from many documents, each source kept apart.

A user comparing counts sees "United Nations: 2,899 killed as of 2022-04-29; Ukraine: ..." side by side;
the store's queries call :func:`figure_series` on the extractions they load.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from parley.models import Extraction, Qualifier, Span


@dataclass(frozen=True)
class SeriesPoint:
    """One reported value of a measure: who reported it, when, and where in which document."""

    document_id: str
    date: str | None  # the figure's as_of date, else the document's publication date
    value: float
    qualifier: Qualifier
    source: str | None
    span: Span
    measure: str
    place: str | None = None
    subject: str | None = None
    text: str | None = None
    vague: bool = False


def _fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace(".", "")
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s)).strip()


def _core(place: str | None) -> str:
    # lower-case words before a name only locate within it: "eastern Congo" is Congo, "South Sudan" is not Sudan
    words = (place or "").split()
    while len(words) > 1 and words[0][:1].islower():
        words.pop(0)
    return _fold(" ".join(words))


def same_place(wanted: str, place: str | None) -> bool:
    """Whether a figure's place is the wanted one ("eastern Congo" is in Congo; case and accents aside)."""
    a, b = _core(wanted), _core(place)
    return bool(a) and (a == b or a == _fold(place))


def _sort_key(point: SeriesPoint) -> tuple[str, str, float]:
    # undated points last; ISO strings of any precision sort in time order ("2022-03" < "2022-03-29")
    return (point.date or "\uffff", _fold(point.source), point.value)


def figure_series(extractions: Iterable[Extraction], measure: str, place: str | None = None) -> list[SeriesPoint]:
    """Every figure of ``measure`` (at ``place`` when given) in date order, one point per document and source."""
    points: dict[tuple[str, str, str | None, float], SeriesPoint] = {}
    for ex in extractions:
        for fig in ex.figures:
            if fig.measure != measure or (place is not None and not same_place(place, fig.place)):
                continue
            point = SeriesPoint(
                document_id=ex.document.id, date=fig.as_of or ex.document.published, value=fig.value,
                qualifier=fig.qualifier, source=fig.source, span=fig.span, measure=fig.measure, place=fig.place,
                subject=fig.subject, text=fig.text, vague=fig.vague,
            )
            # the same document restating its figure is one point; other sources stay apart
            points.setdefault((point.document_id, _fold(point.source), point.date, point.value), point)
    return sorted(points.values(), key=_sort_key)
