"""Events: the same event reported by several documents is one event with several sources.

Two reports are one event when they have the same PLOVER type, share participants (actors or
targets, as canonical actors: a meeting is reported as "A met B" and as "B received A"), name the
same place or leave it open, and fall within a few days of each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from parley.merge.actors import fold

#: Days two reports of one event may lie apart (dates are often relative: "late Saturday").
WINDOW_DAYS = 3


@dataclass(frozen=True)
class EventKey:
    """What decides whether two event reports are one event."""

    type: str
    day: date | None
    place: str | None
    participants: frozenset[int]


def _places_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or fold(a) == fold(b)


def same_event(a: EventKey, b: EventKey, window_days: int = WINDOW_DAYS) -> bool:
    """Whether two reports describe one event."""
    if a.type != b.type or a.day is None or b.day is None:
        return False
    if abs(a.day - b.day) > timedelta(days=window_days):
        return False
    if not _places_agree(a.place, b.place):
        return False
    shared = len(a.participants & b.participants)
    # one shared actor suffices only when a report names just one; otherwise two must match, so that
    # "Kalın met Zelenskyy" and "Kalın met Lavrov" in the same week stay two events
    return shared >= min(2, len(a.participants), len(b.participants)) and shared > 0


def event_day(event_date: str | None, published: str | None) -> date | None:
    """The day an event is placed on for merging and the timeline.

    ISO days are used as they are; a month is placed on its first day; "--MM-DD" takes the year of
    publication; an undated event is placed on the day of publication.
    """
    pub = _parse(published)
    if event_date:
        if event_date.startswith("--") and pub is not None:
            return _parse(f"{pub.year}{event_date[1:]}") or pub
        if len(event_date) == 7:
            return _parse(event_date + "-01") or pub
        return _parse(event_date[:10]) or pub
    return pub


def _parse(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def window(day: date, window_days: int = WINDOW_DAYS) -> tuple[str, str]:
    """The first and last ISO day of the merge window around ``day``."""
    return (day - timedelta(days=window_days)).isoformat(), (day + timedelta(days=window_days)).isoformat()
