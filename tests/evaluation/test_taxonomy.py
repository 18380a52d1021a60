"""Error kinds: missed and spurious items of the seed gold, altered one field at a time, land in the right kind."""

from __future__ import annotations

import copy
import json

from parley.evaluation.scoring import score_document
from parley.evaluation.taxonomy import error_kinds, error_summary
from tests.conftest import DATA


def _gold() -> dict:
    return json.loads((DATA / "istanbul-process-kalin.gold.json").read_text(encoding="utf-8"))


def _kinds(gold: dict, pred: dict) -> dict:
    return error_kinds(gold, pred, score_document("seed", gold, pred))


def _first_required(items: list[dict]) -> int:
    return next(i for i, x in enumerate(items) if not x.get("optional"))


def test_taxonomy_perfect_prediction_has_no_errors() -> None:
    gold = _gold()
    assert all(not counts for counts in _kinds(gold, gold).values())


def test_taxonomy_figure_under_another_measure() -> None:
    gold = _gold()
    pred = copy.deepcopy(gold)
    i = _first_required(pred["figures"])
    pred["figures"][i]["measure"] = "missing" if pred["figures"][i]["measure"] != "missing" else "killed"
    assert _kinds(gold, pred)["figures"] == {"missed: measure differs": 1}


def test_taxonomy_event_with_wrong_type_and_an_extra_event() -> None:
    gold = _gold()
    pred = copy.deepcopy(gold)
    used = [t for e in gold["events"] for t in [e.get("type"), *(e.get("alt_types") or [])]]
    i = next(i for i, e in enumerate(pred["events"]) if not e.get("optional") and used.count(e["type"]) == 1)
    pred["events"][i]["type"] = next(t for t in ("PROTEST", "SANCTION", "MOBILIZE", "THREATEN") if t not in used)
    pred["events"].append({"type": "ASSAULT", "actors": [], "targets": []})
    assert _kinds(gold, pred)["events"] == {"missed: type differs": 1, "spurious: ASSAULT": 1}


def test_taxonomy_position_with_flipped_stance_and_one_dropped() -> None:
    gold = _gold()
    pred = copy.deepcopy(gold)
    required = [i for i, p in enumerate(pred["positions"]) if not p.get("optional")]
    flipped, dropped = required[0], required[1]
    pred["positions"][flipped]["stance"] = "reject" if pred["positions"][flipped]["stance"] != "reject" else "support"
    del pred["positions"][dropped]
    counts = _kinds(gold, pred)["positions"]
    assert counts["missed: stance differs"] == 1 and counts["missed: not found"] == 1


def test_taxonomy_summary_adds_documents_up_largest_first() -> None:
    from collections import Counter
    total = error_summary([{"events": Counter({"missed: not found": 1})},
                           {"events": Counter({"missed: not found": 2, "spurious: AID": 1})}])
    assert list(total["events"].items()) == [("missed: not found", 3), ("spurious: AID", 1)]


def test_taxonomy_quote_given_to_another_speaker() -> None:
    gold = _gold()
    pred = copy.deepcopy(gold)
    i = next(i for i, q in enumerate(pred["quotes"]) if not q.get("optional") and q.get("direct"))
    other = next(a["id"] for a in gold["actors"] if a["id"] != pred["quotes"][i]["speaker"] and a.get("type") == "state")
    pred["quotes"][i]["speaker"] = other
    assert _kinds(gold, pred)["quotes_direct"] == {"missed: speaker differs": 1}
