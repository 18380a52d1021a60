"""The ``parley_positions`` stage on coordinated demands ("exercise restraint and uphold X"), phrases that
say never ("under no circumstances agree", "would never agree"), light verbs before the real action ("try
to restore", "sit down with X to seek"), background relative clauses ("who had signed ... two years
earlier"), hopes about what someone else would do ("who would hopefully agree", "we hope Hamas will
agree"), conditions ("unless it was prepared to"), and one position for a leader and their state holding
the same stance in one sentence.

Sentences come from news pages found with the project's search tool (source URL in each case).
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_positions import reads_as, stances

FOUND = [
    # (text, holder, issue, stance)
    pytest.param(
        # https://happyghana.com/south-sudan-arrests-vice-president-as-new-civil-war-fears-mount
        "The head of the UN mission in South Sudan, Nicholas Haysom, said following reports of the detention of "
        "Machar, all parties should \u201cexercise restraint and uphold the Revitalized Peace Agreement.\u201d",
        # one cue ("should"), two actions: one issue (docs/annotation.md §5, conjoined issues under one cue)
        "Haysom", "exercise restraint and uphold the Revitalized Peace Agreement", "demand",
        id="happyghana-restraint-and-uphold-one-demand"),
    pytest.param(
        # https://unn.ua/en/news/under-no-circumstances-israel-rejects-hamas-ceasefire-offer
        "Israel will \"under no circumstances\" agree to Hamas' ceasefire proposal, an Israeli official tells CNN, "
        "UNN reports.",
        "Israel", "Hamas ceasefire proposal", "reject",
        id="unn-under-no-circumstances"),
    pytest.param(
        # https://unn.ua/en/news/under-no-circumstances-israel-rejects-hamas-ceasefire-offer
        "As noted, some parties were optimistic about the Hamas proposal, but one Israeli official said on "
        "Wednesday that his country would \"never\" agree to it.",
        "Israel", "Hamas proposal", "reject",
        id="unn-would-never-agree"),
    pytest.param(
        # http://news.antiwar.com/2013/02/25/rebels-reject-syrian-govt-calls-for-negotiations
        "Syrian rebels have once again angrily condemned offers for negotiations with the Assad government, "
        "insisting that they would never negotiate until Assad announced his immediate resignation.",
        None, "negotiate", "reject",
        id="antiwar-would-never-negotiate"),
    pytest.param(
        # https://voa.pangea-cms.com/preview/en-US/a/yemen-peace-talks-resume-united-nations-says/2956494.html
        "Saudi Arabia and Arab allies intervened in March to try to restore Yemen's president to power and roll "
        "back the Iranian-allied Houthi militia.",
        "Saudi Arabia", "restore Yemen's president to power", "support",
        id="voa-try-to-restore"),
    pytest.param(
        # https://irishtimes.com/news/indonesia-says-willing-to-talk-truce-with-aceh-rebels-1.1311369
        "The chief administrator in Indonesia's tsunami-ravaged Aceh province said today Jakarta was willing to sit "
        "down with separatist rebels to seek a ceasefire.",
        None, "ceasefire", "willing",
        id="irishtimes-sit-down-to-seek"),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), FOUND)
def test_positions_round3_found(run, text: str, holder: str | None, issue: str, stance: str) -> None:
    ex = run(text, published="2024-01-01")
    if holder is None:
        assert any(p.stance == stance and issue in (p.canonical or p.issue) for p in ex.positions), stances(ex)
    else:
        assert reads_as(ex, holder, issue, stance), stances(ex)


def test_positions_round3_light_verb_is_not_the_issue(run) -> None:
    # https://voa.pangea-cms.com/preview/en-US/a/yemen-peace-talks-resume-united-nations-says/2956494.html
    ex = run("Saudi Arabia and Arab allies intervened in March to try to restore Yemen's president to power and "
             "roll back the Iranian-allied Houthi militia.", published="2015-12-01")
    assert ex.positions, stances(ex)
    assert not any((p.issue or "").lower().startswith("try") for p in ex.positions), stances(ex)


def test_positions_round3_two_demands_under_one_cue_are_one_position(run) -> None:
    # https://happyghana.com/south-sudan-arrests-vice-president-as-new-civil-war-fears-mount
    # One cue, one holder, one stance: the two actions are one issue (docs/annotation.md §5, as in gold/dev).
    ex = run("The head of the UN mission in South Sudan, Nicholas Haysom, said following reports of the detention of "
             "Machar, all parties should \u201cexercise restraint and uphold the Revitalized Peace Agreement.\u201d",
             published="2025-03-27")
    issues = {p.issue for p in ex.positions if p.stance == "demand"}
    assert issues == {"exercise restraint and uphold the Revitalized Peace Agreement"}, stances(ex)


NOT_FOUND = [
    # (text, holder, issue): no current position of this holder on this issue
    pytest.param(
        # https://www.trtworld.com/article/13559709
        "Dialogue with the ELN started in 2018 under then-president Juan Manuel Santos, who had signed a peace "
        "treaty two years earlier with the larger Marxist Revolutionary Armed Forces of Colombia [FARC] rebel group.",
        "Santos", "peace treaty",
        id="trtworld-who-had-signed-earlier"),
    pytest.param(
        # https://www.trtworld.com/article/13559709
        "Dialogue with the ELN started in 2018 under then-president Juan Manuel Santos, who had signed a peace "
        "treaty two years earlier with the larger Marxist Revolutionary Armed Forces of Colombia [FARC] rebel group.",
        "FARC", "peace treaty",
        id="trtworld-partner-of-past-signing"),
    pytest.param(
        # https://www.arabianbusiness.com/politics-economics/russia-ukraine-ceasefire-zelenskyy-agrees-to-halt-fighting-for-30-days-in-us-brokered-deal
        "Trump expressed optimism about the proposal, telling reporters at the White House that he would speak with "
        "Russian President Vladimir Putin, who would \u201chopefully\u201d agree to the plan.",
        "Putin", "plan",
        id="arabianbusiness-who-would-hopefully-agree"),
    pytest.param(
        # https://www.republicworld.com/world-news/us/biden-says-we-ll-have-ceasefire-in-israel-hamas-war-by-monday-next-week-it-s-close/
        "\u201cWe believe a deal is possible and we hope Hamas will agree to one,\u201d US State Department spokesman "
        "Matthew Miller said.",
        "Hamas", "deal",
        id="republicworld-we-hope-hamas-will-agree"),
    pytest.param(
        # https://indiatoday.in/amp/world/us-news/story/trump-says-ukraine-agreed-to-ceasefire-with-russia-hopes-putin-will-agree-to-it-too-thatll-be-great-2692373-2025-03-12
        "\"Ukraine ceasefire, just agreed to it a little while ago. Now we have to go to Russia, and hopefully, "
        "President (Vladimir) Putin will also agree to it.",
        "Putin", "ceasefire",
        id="indiatoday-and-hopefully-putin-will-agree"),
    pytest.param(
        # https://lankadailynews.com/?p=2270
        "The Government will not enter into a CFA or talks with the LTTE at this juncture unless it was prepared to "
        "lay down arms, Agriculture Development and Agrarian Services Minister Maithripala Sirisena told Parliament "
        "yesterday.",
        "LTTE", "lay down arms",
        id="lankadailynews-unless-it-was-prepared"),
]


@pytest.mark.parametrize(("text", "holder", "issue"), NOT_FOUND)
def test_positions_round3_not_found(run, text: str, holder: str, issue: str) -> None:
    ex = run(text, published="2024-01-01")
    for stance in ("support", "willing", "offer", "demand", "oppose", "reject"):
        assert not reads_as(ex, holder, issue, stance), stances(ex)
    held = {(a.name if (a := ex.actor(p.holder)) else p.holder) for p in ex.positions}
    assert not any(holder in h for h in held), stances(ex)


def test_positions_round3_hope_about_another_keeps_the_fact(run) -> None:
    # https://indiatoday.in/amp/world/us-news/story/trump-says-ukraine-agreed-to-ceasefire-with-russia-hopes-putin-will-agree-to-it-too-thatll-be-great-2692373-2025-03-12
    ex = run("\"That's a total ceasefire. Ukraine has agreed to it and hopefully Russia will agree. The ceasefire is "
             "very important.\"", published="2025-03-12")
    assert reads_as(ex, "Ukraine", "total ceasefire", "willing"), stances(ex)
    assert not reads_as(ex, "Russia", "total ceasefire", "willing"), stances(ex)


def test_positions_round3_no_conditions_is_no_negation(run) -> None:
    # https://mobile.ghanaweb.com/GhanaHomePage/NewsArchive/Calls-for-Taylor-s-resignation-absurd-Chea-37797
    ex = run("The Senator said the Liberian government accepted the draft document on the ceasefire agreement "
             "without any conditions.", published="2003-06-14")
    assert ex.positions, stances(ex)
    assert not any(p.stance in ("reject", "oppose") for p in ex.positions), stances(ex)


def test_positions_round3_leader_and_state_are_one_position(run) -> None:
    # https://www.livemint.com/news/world/russiaukraine-conflict-peace-on-the-table-putin-zelensky-signal-willingness-to-start-direct-talks-after-trump-meet-11755561751844.html
    ex = run("\u201cI confirmed -- and all European leaders supported me -- that we are ready for a bilateral meeting "
             "with Putin,\u201d Zelensky told Ukrainian media outside the White House.", published="2025-08-19")
    found = [p for p in ex.positions if p.stance == "willing" and "bilateral meeting" in p.issue]
    assert len(found) == 1, stances(ex)
