"""Positions round 33 (precision): background read as a stance, and holders made of a people's word.

- Conjoined issues under one cue are one position (docs/annotation.md §5): "urged all sides to ensure the protection of
  civilians and allow unrestricted humanitarian access" is one demand naming both, not two
  (:mod:`parley.pipeline.position_joins`).
- People helped are aid work, no issue: "announced further support for the increasing masses of displaced refugees",
  "the aim is to reach an impressive 1.1 million people" (:mod:`parley.pipeline.stance_aid`); a call for aid stays a
  demand.
- Circumstances made are no issue: "seeking to establish conditions for the stalled talks to resume"
  (:mod:`parley.pipeline.issue_voids`).
- What is shot down is a craft, a deed of war: "Pakistan shot down two Indian jets" is no rejection.
- Fighters named by a people's word ("Tuareg rebels") are the one rebel group the report names, else no one
  (:mod:`parley.pipeline.holder_peoples`).

Sentences come from news pages found with the project's search tool (source URL in each case).
"""

from __future__ import annotations

from tests.pipeline.position_support import described, held_by, holds

# https://businessgalaxy.in/?p=5313
RELIEF = ("The United Nations and other international relief bodies have urged all sides to ensure the protection of "
          "civilians and allow unrestricted humanitarian access.")

# http://keyanhelp.cn/world/Off_the_Wire/2014-05/02/content_32262447.htm (Xinhua)
BAN = ("UN Secretary-General Ban Ki- moon on Thursday urged both Israelis and Palestinians to exercise prudence and avoid "
       "unilateral steps that would \"diminish the prospects\" for the resumption of negotiations.")

# http://en.chinagate.cn/2015-12/19/content_37352979.htm (Xinhua)
YEMEN = ("Ismail Ould Cheikh Ahmed, the Special Envoy of the UN Secretary-General for Yemen, said he is deeply concerned at "
         "the numerous reports of violations of the previously pledged cessation of hostilities.\n\n"
         "He urged all parties to respect this agreement and allow unhindered access for the delivery of humanitarian "
         "assistance to the most affected districts of Yemen.")

# https://dailytimes.com.pk/359604/world-urges-pakistan-india-to-de-escalate-tension-hold-talks/
JETS = ("Hours after Pakistan shot down two Indian jets that violated its airspace, the international community on "
        "Wednesday urged Pakistan and India to exercise restraint and hold talks to resolve issues.")

# https://en.minanews.net/un-announces-support-for-displaced-lebanon-refugees-fleeing-into-syria/
UNHCR = ("Beirut, MINA – The United Nations’ High Commissioner for Refugees (UNHCR) has announced further support for the "
         "increasing masses of displaced refugees flooding into Syria from neighbouring Lebanon, MEMO reported.")

# https://naharnet.com/stories/204837-u-n-seeks-to-reach-over-1-million-besieged-syrians-in-6-weeks/print
EGELAND = ("The head of the taskforce, Jan Egeland, said implementing the plan mostly relied on Damascus, which has still "
           "not given clearance for U.N. convoys to reach six of the country's 18 besieged areas.\n\n"
           "\"Altogether, the aim is to reach an impressive 1.1 million people before the end of April,\" he said.")

# https://voanews.com/amp/syria-humanitarian-aid/3263053.html
GOAL = ("Egeland said he fears the momentum after Munich, which has made these deliveries possible, is being lost. He said "
        "the government needs to become more compliant for the U.N. to achieve its goal of assisting nearly 1 million "
        "people by the end of April.")

# https://miragenews.com/un-partners-aid-crisis-victims-in-syria-lebanon-1372408
UNICEF = "Separately, UN child rights agency UNICEF called for the protection of children amid the escalating crisis."

# http://covid-19.chinadaily.com.cn/world/2010-03/22/content_9625192.htm (Agencies)
MITCHELL = ("AMMAN, Jordan - The Obama administration is seeking to establish conditions for the stalled Israel-Palestinian "
            "talks to resume, US Mideast envoy George Mitchell said Monday, urging the two sides to exercise restraint.")

# https://disqusborders.com/world/ukraine-the-united-nations-stands-united-with-the-people-of-the-country-for-a-long-time
GRANDI = ("\"The aim is to create favorable conditions for these people to return to Ukraine,\" said Filippo Grandi, the "
          "UN High Commissioner for Refugees.")

# https://www.tehrantimes.com/news/176670/Mali-officials-and-Tuareg-rebels-hold-talks (AFP)
TUAREG = ("ALGIERS (AFP) -- Malian officials and Tuareg rebels agreed Friday in Algiers to begin implementing a "
          "recently-signed peace accord and to resume peace talks in early September, APS said.")


def test_conjoined_demands_under_one_call_are_one_position(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(RELIEF, published="2024-01-10")
    demands = [p for p in held_by(ex, "United Nations") if p.stance == "demand"]
    assert len(demands) == 1, described(ex)
    assert "protection of civilians" in demands[0].issue and "humanitarian access" in demands[0].issue, described(ex)


def test_a_mediator_urging_two_steps_holds_one_demand(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(BAN, published="2014-05-02")
    demands = [p for p in held_by(ex, "Ban Ki-moon") if p.stance == "demand"]
    assert len(demands) == 1 and "prudence" in demands[0].issue and "unilateral steps" in demands[0].issue, described(ex)


def test_an_envoy_urging_respect_and_access_holds_one_demand(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(YEMEN, published="2015-12-19")
    demands = [p for p in held_by(ex, "Ould Cheikh") if p.stance == "demand"]
    assert len(demands) == 1 and "access" in demands[0].issue, described(ex)


def test_jets_shot_down_are_no_rejection(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(JETS, published="2019-02-27")
    assert not [p for p in held_by(ex, "Pakistan") if p.stance in ("reject", "oppose")], described(ex)
    assert holds(ex, "international community", "exercise restraint", "demand"), described(ex)


def test_support_for_displaced_refugees_is_aid_not_a_position(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(UNHCR, published="2024-09-26")
    assert not held_by(ex, "UNHCR|High Commissioner"), described(ex)


def test_an_aim_to_reach_people_is_aid_not_a_position(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(EGELAND, published="2016-03-10")
    assert not [p for p in ex.positions if "people" in p.issue], described(ex)


def test_a_goal_of_assisting_people_is_no_position_but_the_call_stays(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(GOAL, published="2016-04-01")
    assert not [p for p in ex.positions if "assisting" in p.issue], described(ex)
    assert holds(ex, "Egeland", "become more compliant", "demand"), described(ex)


def test_a_call_for_protection_of_children_stays_a_demand(run) -> None:  # type: ignore[no-untyped-def]
    # Negative: a demand for aid or protection is a position, whoever is helped.
    ex = run(UNICEF, published="2024-12-05")
    assert holds(ex, "UNICEF", "protection of children", "demand"), described(ex)


def test_conditions_established_for_talks_name_no_issue(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(MITCHELL, published="2010-03-22")
    assert not [p for p in ex.positions if "condition" in p.issue], described(ex)
    assert holds(ex, "Mitchell", "exercise restraint", "demand"), described(ex)


def test_favorable_conditions_created_name_no_issue(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(GRANDI, published="2025-01-16")
    assert not [p for p in ex.positions if "condition" in p.issue], described(ex)


def test_fighters_named_by_a_people_with_no_group_named_hold_nothing(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(TUAREG, published="2008-08-31")
    assert not held_by(ex, "Tuareg"), described(ex)
    assert holds(ex, "Mali", "peace accord", "willing"), described(ex)
