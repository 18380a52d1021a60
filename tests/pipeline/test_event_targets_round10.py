"""Event targets round 10: whom an attack is guessed to be aimed at when its report names no one.

- parties that strike together ("The SPLM-N and the RSF launched ... strikes") are allies: neither is
  guessed as the target of the other's attacks;
- with no event naming whom a side fights, the party that attacks in the document is its likelier
  adversary than a state named only as where things happen ("off the coast of Yemen").

Each case is a passage from a news page, with its address.
"""

from __future__ import annotations

from tests.pipeline.event_support import coded, names, of_type

# https://www.spokesman.com/stories/2024/jan/15/houthis-launch-more-missiles-toward-us-ships
HOUTHI_STRIKES = (
    "An anti-ship missile fired by Houthi fighters struck a U.S.-owned commercial ship off the coast of Yemen on "
    "Monday, but the vessel and its crew were not seriously harmed, according to the U.S. military’s Central Command "
    "and Britain’s maritime trade agency.\n"
    "The strike, along with a reported missile launch at a U.S. Navy ship Sunday, are a continuation of the "
    "Iranian-backed Houthi militia’s attacks on Red Sea shipping, and came after airstrikes that the United States "
    "led against the group last week.\n"
    "Starting Friday, the United States has led strikes in response to more than two dozen Houthi attacks on "
    "freight ships in the Red Sea in recent weeks that have disrupted the commercial shipping industry.")

# http://panafricannews.blogspot.com/2025/12/splm-n-rsf-pound-south-kordofan-cities.html?m=0
KORDOFAN_ALLIES = (
    "December 14, 2025 (KADUGLI) – The Sudan People’s Liberation Movement-North (SPLM-N) and the paramilitary Rapid "
    "Support Forces (RSF) launched intensive artillery and drone strikes on the cities of Kadugli and Dilling on "
    "Sunday, causing civilian casualties, local sources said.\n"
    "The escalation follows a series of recent RSF drone attacks in South Kordofan, including a strike on a hospital "
    "in Kalogi that killed dozens and an attack on a United Nations base in Kadugli on Saturday that left six "
    "Bangladeshi peacekeepers dead.\n"
    "Sources told the Sudan Tribune that SPLM-N forces, led by Abdelaziz al-Hilu, shelled Kadugli from positions "
    "east of the city early Sunday. Projectiles hit the main market, western neighbourhoods, and the vicinity of the "
    "army’s 14th Infantry Division headquarters.")

# https://jagonews24.com/en/international/news/63617
ARAKAN_AMBUSH = (
    "Myanmar’s junta has launched airstrikes after the Arakan Army (AA) seized a police outpost in Maungdaw Township "
    "on the Bangladeshi border in northern Rakhine State.\n"
    "On Thursday afternoon, several regime troops were reportedly killed in Ann Township, Rakhine State, when the AA "
    "ambushed a junta convoy on a highway, according to Rakhine media.")


def test_strikes_answering_attacks_are_aimed_at_the_attackers(run) -> None:
    ex = run(HOUTHI_STRIKES, published="2024-01-15")
    strikes = [e for e in of_type(ex, "ASSAULT") if any("united states" in n for n in names(ex, e.actors))]
    assert strikes, coded(ex)
    assert all(any("houthi" in n for n in names(ex, e.targets)) for e in strikes), coded(ex)


def test_allies_striking_together_are_not_each_others_target(run) -> None:
    ex = run(KORDOFAN_ALLIES, published="2025-12-14")
    rsf = [e for e in of_type(ex, "ASSAULT") if names(ex, e.actors) == {"rapid support forces"}]
    assert rsf, coded(ex)
    assert not any("liberation movement" in n for e in rsf for n in names(ex, e.targets)), coded(ex)


def test_two_sided_attack_keeps_its_counterpart(run) -> None:
    ex = run(ARAKAN_AMBUSH, published=None)
    ambush = [e for e in of_type(ex, "ASSAULT") if "ambush" in e.trigger]
    assert ambush and any("myanmar" in n for n in names(ex, ambush[0].targets)), coded(ex)
    assert ambush[0].inferred_targets
