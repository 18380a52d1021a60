"""Event types and statuses on unseen outlets, round 4: an order or a proposal of what another party
should do is the orderer's REQUEST, not the other's act; naming an act a crime ("described the attack
as terrorist", "called the strike a war crime") is an accusation.

Each case is a passage from a news page (address beside it): the fresh dev articles or pages found
with the project's search tool.
"""

from __future__ import annotations

import pytest

from parley.models import Extraction


def names(ex: Extraction, ids: tuple[str, ...]) -> set[str]:
    """The names of the actors with these ids."""
    return {a.name for i in ids if (a := ex.actor(i)) is not None}


def summary(ex: Extraction) -> list[tuple[str, str, str, set[str]]]:
    """Each event's type, status, trigger and actors, for assertion messages."""
    return [(e.type, e.status, e.trigger, names(ex, e.actors)) for e in ex.events]


CODED = [
    # (passage, published, type, status, an actor, a target or None)
    pytest.param(
        "The top United Nations court ordered Israel on Friday to immediately halt its military offensive in the "
        "southern Gaza city of Rafah — but stopped short of ordering a ceasefire for the enclave.",
        "2024-05-24", "REQUEST", "demanded", None, "Israel",
        id="court-ordered-israel-to-halt"),  # english.aawsat.com/arab-world/5024024-top-un-court-orders-israel-halt-military-offensive-rafah
    pytest.param(
        "The Hague-based court also ordered Israel to open the Rafah border crossing between Egypt and the Gaza "
        "Strip to allow urgently needed humanitarian aid into the Palestinian enclave.",
        "2024-05-24", "REQUEST", "demanded", None, "Israel",
        id="court-ordered-israel-to-open-crossing"),  # eastafricanreport.com/netherlands-un-court-orders-israel-to-halt-its-military-assault-in-rafah
    pytest.param(
        "In a statement, the UN Security Council described the attack as \"terrorist,\" just days after the "
        "National Defense Council's decision to designate the Houthis as a \"terrorist organization.\"",
        "2022-10-31", "ACCUSE", "occurred", "UN Security Council", None,
        id="described-the-attack-as-terrorist"),  # south24.org/news/newse.php?nid=3010
    pytest.param(
        "Dmytro Kuleba, Minister of Foreign Affairs of Ukraine, called the Russian missile strikes in Kyiv a "
        "\"heinous act of barbarism\" in a tweet Thursday, News.az reports.",
        "2022-04-29", "ACCUSE", "occurred", "Dmytro Kuleba", None,
        id="called-the-strikes-an-act-of-barbarism"),  # news.az/news/ukrainian-foreign-minister-calls-kyiv-strikes-heinous-act-of-barbarism
    pytest.param(
        "The Russian Foreign Ministry published a statement on Ukraine's shelling of Donetsk, calling it \"a "
        "barbaric terrorist act against the civilian population of Russia.\"",
        "2024-01-21", "ACCUSE", "occurred", None, None,
        id="calling-it-a-terrorist-act"),  # sputnikglobe.com/amp/20240121/russia-condemns-shelling-of-donetsk-kirovsky-disrtrict-dubs-it-barbaric-terrorist-act-1116298547.html
    pytest.param(
        "Vitaly Ignatiev insists that the agenda of the next round of talks must include the question about the "
        "political cases started by the official Chisinau against representatives of the Transnistrian "
        "administration.",
        None, "REQUEST", "demanded", "Vitaly Ignatiev", None,
        id="insists-that-must-is-a-request"),  # ipn.md/en/talks-in-52-can-be-resumed-at-the-start-7965_1027170.html
]


@pytest.mark.parametrize(("text", "published", "event_type", "status", "actor", "target"), CODED)
def test_event_type_and_status(run, text, published, event_type, status, actor, target):
    ex = run(text, published=published)
    found = [e for e in ex.events if e.type == event_type and e.status == status
             and (actor is None or actor in names(ex, e.actors))]
    assert found, summary(ex)
    if target is not None:
        assert any(target in names(ex, e.targets) for e in found), [names(ex, e.targets) for e in found]


NOT_CODED = [
    # (passage, published, a type that must not be coded)
    pytest.param(
        "On Thursday, Colombian peace commissioner Danilo Rueda insisted in a statement that a ceasefire would be "
        "signed with the ELN.",
        "2023-06-08", "REQUEST",
        id="insisted-that-would-is-no-request"),  # macaubusiness.com/colombian-ceasefire-signing-delayed-by-a-day/
    pytest.param(
        "Azerbaijani President Ilham Aliyev indicated late last month that even if Yerevan meets his demands Baku "
        "will not be in a rush to sign the peace deal. Aliyev suggested that the two sides first work out the basic "
        "principles of the deal and sign the whole document at a later date.",
        "2024-07-16", "REQUEST",
        id="suggested-that-the-two-sides-is-no-request"),  # azatutyun.am/amp/33029885.html
    pytest.param(
        "Guterres has condemned the decision and stated that millions of people around the world at risk of hunger "
        "\"will pay the price.\" To meet Moscow's demands, he proposed that a subsidiary of the sanctioned Russian "
        "Agricultural Bank will be reconnected to SWIFT.",
        "2023-07-18", "REQUEST",
        id="proposed-that-a-bank-be-reconnected-is-no-request"),  # kyivindependent.com/turkish-mfa
    pytest.param(
        "On Wednesday, regional leaders met in Luanda, to chart ways of easing tensions in eastern DR Congo.\n\n"
        "The summit had partly ordered the rebel group to ceasefire and withdraw from territories they captured "
        "since April this year.",
        "2022-11-24", "RETREAT",
        id="ordered-withdrawal-is-no-retreat"),  # africa-press.net/rwanda/policy/m23-rebels-insist-on-direct-talks-with-kinshasa
    pytest.param(
        "Liberian rebel leaders say they have ordered their forces to stop their offensive on the Liberian "
        "capital, Monrovia.",
        "2003-07-22", "REQUEST",
        id="order-to-own-forces-is-no-request"),  # voanews.com/a/a-13-a-2003-07-22-2-liberian-67469247/385974.html
    pytest.param(
        "Israeli leaders are defending those actions and have called South Africa's charges of genocide "
        "\"false\" and \"outrageous.\"",
        "2024-05-25", "ACCUSE",
        id="charges-of-genocide-called-false"),  # www3.nhk.or.jp/nhkworld/en/news/20240525_N01/
    pytest.param(
        "The United States Secretary of State, John Kerry, has described as frank the discussion he had with "
        "Russian leaders in Sochi on Tuesday of the Ukrainian conflict and other international issues.",
        "2015-05-12", "ACCUSE",
        id="described-talks-as-frank"),  # interfax.com/newsroom/top-stories/36611/
    pytest.param(
        "Mr Lavrov and US Secretary of State John Kerry met each other before the talks to discuss what the "
        "Russian foreign minister described as a \"quite specific\" ceasefire proposal.",
        "2016-02-11", "ACCUSE",
        id="described-proposal-as-specific"),  # themuslimtimes.info/2016/02/11/syria-conflict-russia-submits-ceasefire-proposal/
    pytest.param(
        "US President Barack Obama has ordered an investigation into reports that warlords allied to the US "
        "slaughtered up to 2,000 Afghan prisoners of war in 2001.",
        "2009-07-13", "REQUEST",
        id="ordered-an-investigation"),  # peoplesworld.org/article/us-to-unearth-afghan-war-skeletons/
]


@pytest.mark.parametrize(("text", "published", "wrong_type"), NOT_CODED)
def test_type_not_coded(run, text, published, wrong_type):
    ex = run(text, published=published)
    assert not [e for e in ex.events if e.type == wrong_type], summary(ex)
