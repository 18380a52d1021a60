"""Events: one event across reports when type, participants, place and date agree."""

from __future__ import annotations

from datetime import date

import pytest

from parley.merge.events import EventKey, event_day, same_event
from parley.store.queries import timeline
from tests.store_support import kalin_reports

KALIN, ZELENSKYY, YERMAK, LAVROV = 1, 2, 3, 4


@pytest.mark.parametrize("a, b, same", [
    # "Kalın met Zelenskyy" (Anadolu) and "Zelensky received Kalin" (another outlet), a day apart
    (EventKey("CONSULT", date(2022, 4, 30), "Kyiv", frozenset({KALIN, ZELENSKYY, YERMAK})),
     EventKey("CONSULT", date(2022, 5, 1), None, frozenset({ZELENSKYY, KALIN})), True),
    # the same man meeting someone else that week is another event
    (EventKey("CONSULT", date(2022, 4, 30), "Kyiv", frozenset({KALIN, ZELENSKYY})),
     EventKey("CONSULT", date(2022, 5, 2), "Moscow", frozenset({KALIN, LAVROV})), False),
    (EventKey("CONSULT", date(2022, 4, 30), "Kyiv", frozenset({KALIN, ZELENSKYY})),
     EventKey("CONSULT", date(2022, 6, 30), "Kyiv", frozenset({KALIN, ZELENSKYY})), False),
    (EventKey("CONSULT", date(2022, 4, 30), "Kyiv", frozenset({KALIN, ZELENSKYY})),
     EventKey("AGREE", date(2022, 4, 30), "Kyiv", frozenset({KALIN, ZELENSKYY})), False),
])
def test_events_same_event(a, b, same):
    assert same_event(a, b) is same


@pytest.mark.parametrize("given, published, day", [
    ("2022-04-30", "2022-05-01", date(2022, 4, 30)),
    ("--02-24", "2022-05-01", date(2022, 2, 24)),
    ("2022-03", "2022-05-01", date(2022, 3, 1)),
    (None, "2022-05-01", date(2022, 5, 1)),
])
def test_events_day_resolves_partial_dates(given, published, day):
    assert event_day(given, published) == day


def test_events_merged_in_store_keep_every_sentence(store):
    for ex, text in kalin_reports():
        store.ingest(ex, text)
    [meeting] = timeline(store)
    assert meeting.n_sources == 2
    assert {s.doc_id for s in meeting.sources} == {"aa-kalin-kyiv", "afp-kalin-kyiv"}
    assert all(" met " in s.text for s in meeting.sources)
