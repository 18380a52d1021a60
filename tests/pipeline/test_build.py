"""The pipeline: every stage registered in order, declaring what it reads and writes."""

from __future__ import annotations

from parley.pipeline import STAGES, stage_versions


def test_build_stages_in_order(nlp) -> None:
    names = [n for n in nlp.pipe_names if n.startswith("parley_")]
    assert names == list(STAGES)


def test_build_analyze_pipes_reports_no_problems(nlp) -> None:
    analysis = nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]


def test_build_every_stage_is_versioned() -> None:
    versions = stage_versions()
    assert set(STAGES) <= versions.keys()
    assert all(v.startswith("parley.") for v in versions.values())


def test_build_a_line_break_ends_a_headline_without_a_full_stop(nlp) -> None:
    # Arabian Business, 2025-03: a sub-heading on its own line, no full stop, then the paragraph under it
    doc = nlp("Russia’s response pending\nThe Kremlin has not yet formally responded to the offer.")
    assert [s.text.strip() for s in doc.sents] == [
        "Russia’s response pending", "The Kremlin has not yet formally responded to the offer."]
    assert nlp.pipe_names.index("parley_lines") < nlp.pipe_names.index("parser")
