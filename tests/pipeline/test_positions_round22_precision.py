"""The ``parley_positions`` stage on sentences that state no position though a cue word is in them: a deed denied
("the military has denied shelling civilians", "denied that it had shelled a safe zone"), a plight told ("millions of
people ... need urgent support, said the UN coordinator") and a forecast withheld ("cannot promise that ..."); and true
stances beside them that must stay.

Sentences come from news pages found with the project's search tool (source URL in each case).
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_positions import reads_as, stances

NO_POSITION = [
    pytest.param(
        # http://www.radionz.co.nz/news/world/6454/sri-lankan-military-'shelling-civilians'-says-tigers
        "The Sri Lankan military has denied shelling civilians inside the rebel-held area.",
        id="radionz-2009-denied-shelling"),
    pytest.param(
        # https://www.cbc.ca/news/world/sri-lankan-military-denies-shelling-safe-zone-1.849288
        "The Sri Lankan military denied on Thursday that it had shelled a \"no-fire\" safe zone in the north.",
        id="cbc-2009-denied-that-it-had-shelled"),
    pytest.param(
        # https://thenationonlineng.net/un-launches-humanitarian-package-for-6m-people-in-northeast/
        "The millions of people in the large-scale humanitarian and protection crisis in North East need urgent "
        "support, said the UN Resident and Humanitarian Coordinator for Nigeria, Mr. Matthias Schmale.",
        id="thenation-2023-millions-need-support"),
    pytest.param(
        # http://www.herald.ng/un-fg-to-provide-food-assistance-to-3-9m-people-in-north-east-official/
        "\"This crisis is big; there are about 5.2 million people that need food assistance every day,\" Kallon said.",
        id="herald-2017-people-need-food"),
]

FOUND = [
    # (text, holder, issue, stance): true stances beside the cases above
    pytest.param(
        # https://www.livemint.com/news/world/putin-will-not-war-russia-zelenskyy-rejects-immediate-ceasefire-warns-dangerous-for-ukraine-donald-trump-europe-uk-11740969448447.html
        "Ukrainian President Volodymyr Zelenskyy rejected calls for an immediate ceasefire in the ongoing war against "
        "Russia on Sunday.",
        "Zelenskyy", "immediate ceasefire", "reject",
        id="livemint-2025-rejected-calls"),
    pytest.param(
        # https://en.minanews.net/hamas-denies-role-in-rafah-attack-accuses-israel-of-violating-gaza-ceasefire
        "In a statement, Hamas said it remains fully committed to the ceasefire deal signed in Egypt's Sharm el-Sheikh "
        "under US sponsorship.",
        "Hamas", "ceasefire deal", "support",
        id="minanews-2025-committed-to-deal"),
    pytest.param(
        # https://www.plenglish.com/news/2026/02/09/un-secretary-general-expresses-concern-over-violence-in-south-sudan
        "Guterres called on all parties to \"immediately and decisively halt all military operations, reduce tensions "
        "through dialogue, respect international law, protect civilians, and guarantee safe and sustained humanitarian "
        "access.\"",
        # one cue ("called on"), five actions: one issue (docs/annotation.md §5, conjoined issues under one cue)
        "Guterres", "halt all military operations, reduce tensions through dialogue, respect international law, protect "
        "civilians, and guarantee safe and sustained humanitarian access", "demand",
        id="plenglish-2026-called-on-parties"),
    pytest.param(
        # http://www.independent.co.uk/news/world/europe/ceasefire-talks-break-up-1531822.html
        "The talks became deadlocked when the Armenians insisted the other participants condemn the Azeri offensive.",
        "Armenia", "condemn the Azeri offensive", "demand",
        id="independent-1993-insisted-others-condemn"),
]


@pytest.mark.parametrize("text", NO_POSITION)
def test_positions_round22_precision_states_no_position(run, text) -> None:
    ex = run(text, published="2024-06-01")
    assert not ex.positions, stances(ex)


@pytest.mark.parametrize("text, holder, issue, stance", FOUND)
def test_positions_round22_precision_keeps_true_stances(run, text, holder, issue, stance) -> None:
    ex = run(text, published="2024-06-01")
    assert reads_as(ex, holder, issue, stance), stances(ex)


def test_positions_round22_precision_forecast_withheld_is_no_refusal(run) -> None:
    # The form of https://www.devdiscourse.com/article/politics/3251091-uncertainty-looms-over-gaza-ceasefire-presidential-remarks
    # ("no guarantees the Gaza ceasefire will persist"): a forecast withheld refuses nothing; a denied deal still does.
    ex = run("Trump said he cannot promise that the Gaza ceasefire will hold.", published="2025-02-04")
    assert not ex.positions, stances(ex)
