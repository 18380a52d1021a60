"""The positions matrix: latest stance per actor and issue, the sources behind it, and its changes."""

from __future__ import annotations

import pytest

from parley.models import Extraction
from parley.positions_matrix import positions_matrix

# Hamas on a Gaza ceasefire, before and after (i24news.tv, 2024-01-23; khaleejtimes.com, 2024-05-06).
REJECTED = ("Hamas has rejected Israel's proposal for a two-month ceasefire, dealing a blow to negotiations "
            "seeking the release of the remaining hostages in Gaza.")
ACCEPTED = "Hamas said on Monday that it had accepted a Gaza ceasefire proposal from Egypt and Qatar."


@pytest.fixture(scope="module")
def hamas(run) -> list[Extraction]:
    return [
        run(REJECTED, id="i24-2024-01-23", source="i24NEWS", published="2024-01-23"),
        run(ACCEPTED, id="kt-2024-05-06", source="Khaleej Times", published="2024-05-06"),
    ]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_positions_matrix_latest_stance_wins_in_any_order(hamas, order) -> None:
    matrix = positions_matrix(hamas[i] for i in order)
    cell = matrix.get("Hamas", "ceasefire")
    assert cell is not None
    assert cell.stance == "willing" and cell.since == "2024-05-06"
    assert [e.source for e in cell.evidence] == ["Khaleej Times"]


def test_positions_matrix_records_a_change_of_stance(hamas) -> None:
    matrix = positions_matrix(hamas)
    cell = matrix.get("Hamas", "ceasefire")
    assert cell.changed
    assert [(p.stance, p.since) for p in cell.history] == [("reject", "2024-01-23"), ("willing", "2024-05-06")]
    assert [c.actor for c in matrix.changes()] == ["Hamas"]


def test_positions_matrix_evidence_points_into_the_source_text(hamas) -> None:
    (before,) = positions_matrix(hamas).get("Hamas", "ceasefire").history[0].evidence
    assert before.document == "i24-2024-01-23"
    assert REJECTED[before.span[0]:before.span[1]] == REJECTED


def test_positions_matrix_unchanged_stance_is_one_period(hamas) -> None:
    cell = positions_matrix(hamas).get("Israel", "ceasefire")
    assert cell is not None and not cell.changed and cell.stance == "offer"


def test_positions_matrix_seed_lists_actors_and_issues(seed) -> None:
    matrix = positions_matrix([seed])
    assert {"Turkey", "Ukraine", "Russia"} <= set(matrix.actors)
    sanctions = matrix.get("Turkey", "sanctions")
    assert sanctions is not None and sanctions.stance == "oppose"
    assert sanctions.evidence[0].source == seed.document.source
    assert sanctions.evidence[0].date == seed.document.published
    neutral = {c.actor: c.stance for c in matrix.cells if c.issue == "neutral status"}
    assert neutral == {"Ukraine": "willing", "Russia": "demand"}


def test_positions_matrix_gives_each_item_of_a_list_its_row(seed) -> None:
    # "We urgently need the establishment of a humanitarian corridor and the evacuation of civilians": one position
    # (as the seed gold has it), one row for each issue it names, both pointing at the same sentence.
    matrix = positions_matrix([seed])
    corridor, evacuation = matrix.get("Turkey", "humanitarian corridor"), matrix.get("Turkey", "evacuation")
    assert corridor is not None and evacuation is not None
    assert corridor.stance == evacuation.stance == "demand"
    assert corridor.evidence[0].span == evacuation.evidence[0].span
    assert matrix.get("Turkey", "humanitarian corridor and evacuation") is None
