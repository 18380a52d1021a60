"""The ``parley_positions`` stage on stances without a classic cue verb (round 22): meetings set to come ("are due to
meet", "are to open a new round of peace talks"), talks refused by a negated attendance ("would not sit for talks"),
staying in talks ("will remain in negotiations"), and a group's struggle for a political aim ("has been fighting for
the freedom of ..."), but not a battle ("fighting for control of the city").

Sentences come from news pages found with the project's search tool (source URL in each case).
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_positions import reads_as, stances

FOUND = [
    # (text, holder, issue, stance)
    pytest.param(
        # https://jasarat.com/en/?p=100454 (AFP)
        "Syrian rebels are due to meet their war-torn country's government on Monday in the Kazakh capital Astana, in "
        "the latest push to end the conflict.",
        "rebels", "meet their war-torn country's government", "willing",
        id="jasarat-due-to-meet"),
    pytest.param(
        # https://archive.almanar.com.lb/english/article.php?id=134880
        "South Sudan's government and rebels are to open a new round of peace talks in the Ethiopian capital Monday "
        "aimed at ending their nearly two-month-old conflict, negotiators said.",
        "South Sudan", "new round of peace talks", "willing",
        id="almanar-are-to-open-talks-government"),
    pytest.param(
        # https://archive.almanar.com.lb/english/article.php?id=134880
        "South Sudan's government and rebels are to open a new round of peace talks in the Ethiopian capital Monday "
        "aimed at ending their nearly two-month-old conflict, negotiators said.",
        "rebels", "new round of peace talks", "willing",
        id="almanar-are-to-open-talks-rebels"),
    pytest.param(
        # https://dailynigerian.com/irans-military-commander-rules-out-talks-with-u-s/
        "Iranian Foreign Minister, Mohammad Zarif, said in October that Iran would not sit for talks with the U.S. "
        "over the existing issues as the conditions were not ripe.",
        "Iran", "talks with the U.S.", "reject",
        id="dailynigerian-would-not-sit-for-talks"),
    pytest.param(
        # https://www.voanews.com/a/a-13-a-2002-11-14-15-rebels-67252772/266941.html
        "Ivory Coast rebels say they will remain in negotiations with the government, even after rejecting parts of a "
        "partial peace deal aimed at ending the country's eight-week-old rebellion.",
        "rebels", "negotiations with the government", "willing",
        id="voanews-remain-in-negotiations"),
    pytest.param(
        # http://www.hindustantimes.com/india/naga-rebels-hold-talks-on-truce-extension/story-OqtN2zi4ryD14IjTrXhMkO.html
        "The NSCN -- which split into two factions in the late 1980s -- has been fighting for the freedom of millions "
        "of Naga tribespeople living in northeast India and neighbouring Myanmar since 1947.",
        "NSCN", "freedom of millions of Naga tribespeople", "demand",
        id="hindustantimes-fighting-for-freedom"),
    pytest.param(
        # https://www.globalsecurity.org/military/library/news/2006/11/mil-061115-irna02.htm
        "The ULFA, fighting for an independent Assamese homeland since 1979, in the past one month triggered at least "
        "two dozen explosions killing about 25 people and wounding some 50 more.",
        "ULFA", "independent Assamese homeland", "demand",
        id="globalsecurity-fighting-for-homeland"),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), FOUND)
def test_positions_round22_intents_gives_holder_issue_and_stance(run, text, holder, issue, stance) -> None:
    ex = run(text, published="2024-01-01")
    assert reads_as(ex, holder, issue, stance), stances(ex)


def test_positions_round22_intents_vow_to_keep_fighting_states_no_stance(run) -> None:
    # https://newarab.com/news/syria-rebels-vow-continue-fighting-if-talks-fail: a plan of battle, no position.
    ex = run("Syrian rebels have vowed to continue fighting if talks with the regime in the Kazakh capital Astana fail, "
             "a rebel spokesman said on Monday.", published="2017-01-23")
    assert not ex.positions, stances(ex)


def test_positions_round22_intents_fighting_for_ground_is_no_demand(run) -> None:
    # Built on the pattern of the battle reports of stance_battles: ground fought for is an order of battle.
    ex = run("Rebels are fighting for control of the city of Marib.", published="2021-03-01")
    assert not [s for s in stances(ex) if s[2] == "demand"], stances(ex)
