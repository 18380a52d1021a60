"""Actors: one canonical actor across documents, with user-editable merges stored in the store."""

from __future__ import annotations

import pytest

from parley.merge.actors import fold
from parley.store.queries import quotes_by, timeline
from tests.store_support import kalin_reports


@pytest.mark.parametrize("a, b", [("İbrahim Kalın", "Ibrahim Kalin"), ("U.N.", "UN"), ("Türkiye", "turkiye")])
def test_actors_fold_spellings(a, b):
    assert fold(a) == fold(b)


def test_actors_one_canonical_across_outlets(store):
    for ex, text in kalin_reports():
        store.ingest(ex, text)
    assert store.find_actors("Ibrahim Kalin") == store.find_actors("İbrahim Kalın") != []
    # "Zelensky" in AFP copy, "Zelenskyy" at Anadolu: one person
    assert len(store.find_actors("Volodymyr Zelensky")) == 1
    assert store.find_actors("Volodymyr Zelensky") == store.find_actors("Volodymyr Zelenskyy")


def test_actors_user_merge_is_stored_and_undone(store):
    for ex, text in kalin_reports():
        store.ingest(ex, text)
    [zelenskyy] = store.find_actors("Volodymyr Zelenskyy")
    [ukraine] = store.find_actors("Ukraine")
    merge = store.merge_actors(zelenskyy, ukraine, note="count the president as the state")
    [meeting] = timeline(store)
    assert meeting.targets == ("Ukraine",)
    assert store.actor_merges()[0]["note"] == "count the president as the state"
    store.unmerge_actors(merge)
    assert store.actor_merges() == []
    assert store.find_actors("Volodymyr Zelenskyy") == [zelenskyy]


def test_actors_rename(store):
    for ex, text in kalin_reports():
        store.ingest(ex, text)
    [kalin] = store.find_actors("Kalın")
    store.rename_actor(kalin, "İbrahim Kalın")
    assert quotes_by(store, speaker="Kalın")[0].speaker == "İbrahim Kalın"
