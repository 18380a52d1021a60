"""Event sides round 7 (parties named through a mediator or by nationality words):

- the counterpart guessed for a non-hostile act of the sides is never a mediator ("they agreed on peace
  talks mediated by the African Union" is no agreement with the African Union);
- guards: community leaders named with two nationality words ("Turkish Cypriot leader Mustafa Akinci")
  and "the Greek Cypriot side" never make Greece or Turkey a party.

Each case is a passage from a news page, with its address.
"""

from __future__ import annotations

from tests.pipeline.event_support import assert_found, coded, names


def _parties(ex) -> set[str]:
    return {n for e in ex.events for n in names(ex, e.actors) | names(ex, e.targets)}


# http://en.chinagate.cn/2017-05/02/content_40734041.htm
def test_named_community_leaders_still_meet(run) -> None:
    ex = run("Turkish Cypriot leader Mustafa Akinci and Greek Cypriot leader Nicos Anastasiades met on Tuesday at the "
             "UN's Good Offices to continue the Cyprus talks, a UN spokesman told reporters here.",
             published="2017-05-02")
    assert_found(ex, "CONSULT", "akinci", None, "occurred")
    assert "nicos anastasiades" in _parties(ex), coded(ex)
    assert not _parties(ex) & {"greece", "turkey"}, coded(ex)


# https://cyprus-mail.com/2024/06/05/holguin-to-meet-with-unsg-on-cyprus-issue-amid-provocative-statements-by-turkish-side
def test_the_community_side_is_not_the_state(run) -> None:
    ex = run("The Turkish defence minister, meanwhile, in his remarks at an event to marking the 50th anniversary of "
             "the invasion of the island, said that the Greek Cypriot side was intransigent and reiterated support "
             "for a two-state solution.", published="2024-06-05")
    assert "greece" not in _parties(ex), coded(ex)


# https://www.anews.com.tr/africa/2022/11/02/african-union-announces-ceasefire-to-stop-ethiopias-tigray-conflict
def test_the_mediator_is_no_counterpart_of_the_sides(run) -> None:
    ex = run("Since November 2020, the central government in Ethiopia has been engaged in heavy fighting with the "
             "rebellious TPLF. Fighting between the warring sides flared up again in August, but they agreed on "
             "peace talks mediated by the African Union.", published="2022-11-02")
    agreements = [e for e in ex.events if e.type == "AGREE"]
    assert agreements, coded(ex)
    assert all("african union" not in names(ex, e.targets) for e in agreements), coded(ex)
    assert_found(ex, "CONSULT", "african union", None, "occurred")
