"""Positions round 23 (verdicts): approval and disapproval stated by evaluative wording.

"regretted Russia's decision to withdraw", "lamented Trump's decision": the speaker opposes it; "X only makes the
situation worse", in Y's statement: Y opposes X; "described the ceasefire agreement jointly announced by ... as an
important progress", "a good step", "described the decision as bold": support. Concern about a situation, and
lamenting the lack of something, name no issue.
"""

from __future__ import annotations

from tests.pipeline.position_support import NEGATIVE, described, held_by, holds


def test_regretted_decision_is_opposed(run) -> None:  # type: ignore[no-untyped-def]
    # http://ummnews.biz/USA?page=192 (Xinhua, 2023)
    ex = run("UN Secretary-General Antonio Guterres on Monday said he regretted Russia's decision to withdraw from the "
             "Black Sea Grain Initiative.", published="2023-07-18")
    assert holds(ex, "Guterres", "withdraw from the Black Sea Grain Initiative", "oppose"), described(ex)


def test_lamented_decision_is_opposed(run) -> None:  # type: ignore[no-untyped-def]
    # https://digital-stage.thehill.com/policy/international/386746-european-leaders-express-concern-over-trumps-decision-on-iran-deal/amp
    ex = run("European leaders on Tuesday lamented President Trump's decision to withdraw from the Iran nuclear deal, but "
             "vowed to honor the accord moving forward.", published="2018-05-09")
    assert holds(ex, "European", "withdraw from the Iran nuclear deal", "oppose"), described(ex)


def test_only_makes_worse_is_opposed(run) -> None:  # type: ignore[no-untyped-def]
    # http://tass.com/world/788168 (TASS, 2015)
    ex = run("Imposition of sanctions does not help solve problems but only makes the situation around Ukraine worse, "
             "Chinese Foreign Minister Wang Yi said Wednesday.", published="2015-04-08")
    assert holds(ex, "Wang", "imposition of sanctions", "oppose"), described(ex)


def test_described_as_progress_through_participle(run) -> None:  # type: ignore[no-untyped-def]
    # http://xinhuanet.com/english/2021-02/25/c_139767527.htm (Xinhua, 2021)
    ex = run("Pakistani Foreign Minister Shah Mahmood Qureshi on Thursday described the ceasefire agreement jointly "
             "announced by Pakistan and India as an \"important progress.\"", published="2021-02-25")
    assert holds(ex, "Qureshi|Shah Mahmood|Pakistan", "ceasefire agreement", "support"), described(ex)


def test_good_step_and_bold_decision_are_support(run) -> None:  # type: ignore[no-untyped-def]
    # http://newtimes.co.rw/article/101399/National/congo-m23-sign-peace-deal-in-nairobi/amp (New Times, 2013)
    ex = run("\u201cThe peace agreement signed is a good step that can be built on,\u201d said James Mugume, the Permanent "
             "Secretary in Uganda's Ministry of Foreign affairs.", published="2013-12-13")
    assert holds(ex, "Mugume", "peace agreement", "support"), described(ex)
    # https://ethiopianmonitor.com/2021/07/02/fm-defends-govts-decision-of-unilateral-ceasefire-in-tigray/
    ex = run("Demeke, who is also the foreign minister of Ethiopia, described the decision as bold and magnanimous that "
             "would benefit the people of Tigray.", published="2021-07-02")
    assert holds(ex, "Demeke", "decision", "support"), described(ex)


def test_concern_over_a_situation_and_lament_of_a_lack_are_no_position(run) -> None:  # type: ignore[no-untyped-def]
    # https://www.nation.com.pk/04-Mar-2025/pakistan-strongly-condemns-israel-s-blockade-of-humanitarian-aid-to-gaza
    ex = run("The United Nations has also voiced concern over the worsening humanitarian crisis in Gaza.",
             published="2025-03-04")
    assert not ex.positions, described(ex)
    # adapted from the dev document azatutyun-armenia-azerbaijan-blinken-talks-2024-07 (full name written out):
    # a want told as a complaint
    ex = run("Armenian Foreign Minister Ararat Mirzoyan has since repeatedly lamented the lack of a \u201cpositive "
             "reaction\u201d from Baku to an Armenian proposal to finalize and sign the treaty within a month.",
             published="2024-07-31")
    assert not any(p.stance in NEGATIVE and "lack" in p.issue for p in held_by(ex, "Mirzoyan|Armenia")), described(ex)
