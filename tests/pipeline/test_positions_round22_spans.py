"""The ``parley_positions`` stage, round 22 (spans): the issue phrase of a stance found, as an annotator writes it.

What a stance word stated by a carrier verb is to ("to reaffirm its commitment to achieving a negotiated settlement"),
two issues named one "as well as" the other, a clause of place or time after the issue ("wherever this is necessary")
and the price asked "in exchange for" something, which is no part of the issue. Sentences come from news pages found
with the project's search tool (source URL in each case).
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_positions import reads_as

CHECKS = [
    # (text, holder, issue as a reader would write it, stance)
    pytest.param(
        # https://www.aljazeera.com/news/2021/4/23/istanbul-meeting-calls-on-taliban-to-commit-to-afghan-peace-talks
        "The foreign ministers of Turkey, Pakistan and Afghanistan have called on the Afghan Taliban to reaffirm its "
        "commitment to achieving a negotiated settlement for lasting peace in Afghanistan.",
        "Turkey", "negotiated settlement", "demand", id="aljazeera-commitment-to"),
    pytest.param(
        # https://dunyanews.tv/en/Pakistan/779997-Detained-Baloch-protesters-being-released:-police
        "The Baloch Yakjehti Committee demanded the dismissal of cases against students and activists, as well as the "
        "release of all protesters.",
        "Baloch Yakjehti Committee", "dismissal of cases against students and activists", "demand", id="dunya-as-well-as-1"),
    pytest.param(
        # https://dunyanews.tv/en/Pakistan/779997-Detained-Baloch-protesters-being-released:-police
        "The Baloch Yakjehti Committee demanded the dismissal of cases against students and activists, as well as the "
        "release of all protesters.",
        "Baloch Yakjehti Committee", "release of all protesters", "demand", id="dunya-as-well-as-2"),
    pytest.param(
        # https://infobalkans.com/2015/04/17/dacicburkhalterall-weapons-be-withdrawn-front-line
        "Dacic and Burkhalter called on the conflicting parties to enable the access to OSCE observers wherever this is "
        "necessary or possible.",
        "Dacic", "access to OSCE observers", "demand", id="infobalkans-wherever"),
    pytest.param(
        # https://www.thequint.com/neon/now-rolling/22-january-news-you-might-have-missed-bilkis-bano-case-sc-israel-pm-netanyahu-hamas-deal-rahul-gandhi-assam-temple
        "Israeli Prime Minister Benjamin Netanyahu has rejected a proposal by Hamas to end the war in exchange for the "
        "release of hostages.",
        "Netanyahu", "end the war", "reject", id="thequint-in-exchange-for"),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), CHECKS)
def test_positions_round22_spans_found(run, text: str, holder: str, issue: str, stance: str) -> None:
    ex = run(text)
    assert reads_as(ex, holder, issue, stance), [(p.holder, p.issue, p.stance) for p in ex.positions]


def test_positions_round22_spans_one_issue_each(run) -> None:
    # https://dunyanews.tv/en/Pakistan/779997-Detained-Baloch-protesters-being-released:-police
    # One cue ("demanded"), two noun phrases joined by "as well as": one issue with both items (docs/annotation.md §5,
    # conjoined issues under one cue), each item written without the other's words.
    ex = run("The Baloch Yakjehti Committee demanded the dismissal of cases against students and activists, as well as "
             "the release of all protesters.")
    issues = [p.issue for p in ex.positions]
    assert len(issues) == 1 and "dismissal" in issues[0] and "release" in issues[0], issues


def test_positions_round22_spans_no_trailing_clause(run) -> None:
    # https://infobalkans.com/2015/04/17/dacicburkhalterall-weapons-be-withdrawn-front-line
    ex = run("Dacic and Burkhalter called on the conflicting parties to enable the access to OSCE observers wherever this "
             "is necessary or possible.")
    assert ex.positions and not any("wherever" in p.issue for p in ex.positions), [p.issue for p in ex.positions]


def test_positions_round22_spans_negative(run) -> None:
    # https://sputnikglobe.com/20150225/1018723752.html: a schedule told, no stance.
    ex = run("The pullout process was to begin no later than on the second day of the ceasefire in the region, that came "
             "into force on February 15.")
    assert not ex.positions, [(p.holder, p.issue, p.stance) for p in ex.positions]
