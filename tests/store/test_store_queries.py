"""Queries: timeline, quotes, figure series, positions and search; every row links to its document and span."""

from __future__ import annotations

import pytest

from parley.store.queries import figure_series, positions_matrix, quotes_by, search, timeline
from tests.store_support import kalin_reports


@pytest.fixture
def kalin_store(store):
    for ex, text in kalin_reports():
        store.ingest(ex, text)
    return store


def _texts(store):
    return {ex.document.id: text for ex, text in kalin_reports()}


def test_timeline_merges_the_meeting_with_both_sources(kalin_store):
    [meeting] = timeline(kalin_store, actor="Kalın")
    assert (meeting.type, meeting.day, meeting.place, meeting.n_sources) == ("CONSULT", "2022-04-30", "Kyiv", 2)
    assert meeting.actors == ("Ibrahim Kalın",) and meeting.targets == ("Volodymyr Zelenskyy",)
    texts = _texts(kalin_store)
    for src in meeting.sources:
        assert texts[src.doc_id][src.span[0]:src.span[1]] == src.text
        assert " met " in src.text


@pytest.mark.parametrize("filters, found", [
    ({"dyad": ("Zelensky", "Kalin")}, 1),
    ({"event_type": "CONSULT", "place": "kyiv"}, 1),
    ({"start": "2022-04-30", "end": "2022-04-30"}, 1),
    ({"start": "2022-05-02"}, 0),
    ({"event_type": "ASSAULT"}, 0),
    ({"actor": "Sergei Lavrov"}, 0),
])
def test_timeline_filters(kalin_store, filters, found):
    assert len(timeline(kalin_store, **filters)) == found


def test_quotes_by_speaker_joins_outlets(kalin_store):
    [quote] = quotes_by(kalin_store, speaker="Ibrahim Kalin")
    assert quote.text.startswith("We urgently need the establishment of a humanitarian corridor")
    assert quote.n_sources == 2
    assert {s.outlet for s in quote.sources} == {"Anadolu Agency", "Malay Mail"}


def test_quotes_by_topic_uses_full_text(kalin_store):
    assert [q.speaker for q in quotes_by(kalin_store, topic="evacuation of wounded soldiers")] == ["Ibrahim Kalın"]
    assert quotes_by(kalin_store, topic="grain exports") == []


def test_figure_series_shows_un_and_national_side_by_side(kalin_store):
    [point] = figure_series(kalin_store, measure="killed", place="Ukraine")
    assert point.values == {"un": 2899, "national": 2900}
    assert point.sources["un"].outlet == "Anadolu Agency"
    assert point.sources["national"].text == "2,900 civilians"


def test_positions_matrix_links_to_sentence(kalin_store):
    matrix = positions_matrix(kalin_store)
    [cell] = matrix.cell("Ibrahim Kalın", "humanitarian corridor")
    assert cell.stance == "demand" and cell.sources[0].doc_id == "aa-kalin-kyiv"
    # the same demand names the evacuation of civilians too: a row of its own, from the same sentence
    [evacuation] = matrix.cell("Ibrahim Kalın", "evacuation")
    assert evacuation.sources[0].span == cell.sources[0].span


def test_search_finds_documents_and_quotes_with_spans(kalin_store):
    hits = search(kalin_store, "humanitarian corridor")
    assert {h.kind for h in hits} == {"document", "quote"}
    texts = _texts(kalin_store)
    for h in hits:
        start, end = h.source.span
        assert "humanitarian" in texts[h.source.doc_id][start:end].lower() or h.kind == "document"



def test_search_takes_odd_input_as_words(kalin_store):
    assert [h.kind for h in search(kalin_store, '"humanitarian corridor', kind="quotes")] == ["quote"] * 2
