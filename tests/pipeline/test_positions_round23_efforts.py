"""The ``parley_positions`` stage on intentions, efforts and threats (round 23): a side's own work toward a thing
("we're working around the clock to secure ...", "it is continuing to work on an agreement", "continue to work to see
if there is a possibility for a nationwide ceasefire"), talks it is planning now, a political aim it vows to fight for,
a course it pursues, and sanctions threatened "if X does not Y" (a demand for Y). A struggle to keep fighting, talks a
mediator announces and an effort told of a third party in the past state none.

Sentences come from news pages found with the project's search tool (source URL in each case).
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import described, holds

FOUND = [
    # (text, published, holder, issue, stance)
    pytest.param(
        # https://whatsnew2day.com/envoy-says-un-to-push-for-nationwide-cease-fire-in-syria/ (AP)
        "Geir Pedersen, the UN special envoy to Syria, spoke to reporters after meeting the foreign minister in Damascus. "
        'He added that "we will continue to work to see if there is a possibility for a nationwide ceasefire."',
        "2022-10-17", "Pedersen", "nationwide ceasefire", "support", id="pedersen-work-to-see-possibility"),
    pytest.param(
        # https://inkl.com/news/biden-tells-families-of-americans-being-held-by-hamas-that-us-is-working-to-secure-their-release
        "\"We're working around the clock to secure the release of Americans held by Hamas, in close cooperation with "
        'Israel and our partners around the region," President Joe Biden said.',
        "2023-10-13", "Biden|United States", "release of Americans held by Hamas", "support", id="biden-around-the-clock"),
    pytest.param(
        # https://taketonews.com/washington-working-hour-by-hour-to-free-hostages/ (dpa-AFX)
        "The US government says it is continuing to work on an agreement to free many hostages in the Gaza Strip.",
        "2023-11-20", "United States", "agreement to free many hostages", "support", id="us-work-on-agreement"),
    pytest.param(
        # https://news.abs-cbn.com/news/07/24/17/duterte-vows-to-pursue-peace-until-last-day-in-power
        'President Rodrigo Duterte on Monday vowed to fight for peace until "the last day of this administration."',
        "2017-07-24", "Duterte", "peace", "support", id="duterte-fight-for-peace"),
    pytest.param(
        # https://canada.news-pravda.com/world/2025/03/14/7970.html (TASS)
        "Countries of the Group of Seven (G7) threatened Russia with new sanctions and additional support of Kiev if "
        "Moscow does not agree to the ceasefire proposal made by the United States, G7 foreign ministers said in their "
        "statement.",
        "2025-03-14", "G7|Group of Seven", "ceasefire proposal", "demand", id="g7-sanctions-if-not-agree"),
    pytest.param(
        # https://www.khaleejtimes.com/world/pakistan-to-hold-fresh-talks-with-taleban-negotiators (AFP)
        "The Pakistani government is planning a fresh round of talks with Taleban negotiators at the weekend, officials "
        "said Friday, despite the militants' refusal to extend a ceasefire called to help peace efforts.",
        "2014-04-18", "Pakistan", "fresh round of talks with Taleban negotiators", "willing", id="pakistan-planning-talks"),
    pytest.param(
        # http://newtimes.co.rw/article/86453/temporary-ceasefire-agreed-with-car-rebels/amp (Xinhua)
        '"We have decided to pursue a political solution to end the crisis," Congo President Denis Sassou Nguesso said.',
        "2013-01-11", "Sassou|Congo", "political solution", "support", id="sassou-pursue-political-solution"),
]


@pytest.mark.parametrize(("text", "published", "holder", "issue", "stance"), FOUND)
def test_positions_round23_efforts_gives_holder_issue_and_stance(run, text, published, holder, issue, stance) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    assert holds(ex, holder, issue, stance), described(ex)


NONE = [
    pytest.param(
        # http://warnewsupdates.blogspot.com/2019/09/taliban-vow-to-fight-on-after-end-of.html (DW)
        "The Taliban said on Tuesday that they would continue to fight against US forces in Afghanistan.",
        "2019-09-10", id="taliban-continue-to-fight"),
    pytest.param(
        # https://www.informationng.com/2013/05/malian-government-to-resume-talks-with-rebel-group.html
        "Talks will resume soon between the Malian government and an ethnic Tuareg rebel group whose influence has been "
        "growing in the country's north, Burkina Faso's foreign minister says.",
        "2013-05-20", id="mediator-announces-talks"),
    pytest.param(
        # https://www.voanews.com/a/a-13-a-2002-11-11-7-ivory-66270877/539855.html
        "Togolese officials say the leader worked to persuade the insurgents to continue the negotiations, which began "
        "October 30.",
        "2002-11-11", id="past-effort-told-by-others"),
]


@pytest.mark.parametrize(("text", "published"), NONE)
def test_positions_round23_efforts_states_no_stance(run, text, published) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    assert not ex.positions, described(ex)
