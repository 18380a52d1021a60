"""The ``parley_events`` stage's choice of type: the words that make a consultation rather than an
agreement, a cause rather than a consultation, a quarrel rather than an attack.

Each case is a passage from a news page found with the project's search tool (address beside it).
"""

from __future__ import annotations

import pytest

from parley.models import Extraction


def names(ex: Extraction, ids: tuple[str, ...]) -> set[str]:
    """The names of the actors with these ids."""
    return {a.name for i in ids if (a := ex.actor(i)) is not None}


TYPED = [
    # (passage, published, type coded, an actor, a target, a type the trigger must not get)
    pytest.param(
        "He revealed that the Director General of Military Operations (DGMO) of Pakistan contacted his Indian "
        "counterpart at 15:35 hours earlier that afternoon.",
        "2025-05-14", "CONSULT", "Pakistan", "India", "AGREE",
        id="contacted-counterpart-at-a-time"),  # indiatoday.in/information/story/words-of-war-india-pakistan-dgmo-hotline-2724737-2025-05-14
    pytest.param(
        "The situation changed when Pakistan contacted India through the military hotline between the Directors "
        "General of Military Operations (DGMOs), a secure and direct channel designed for such situations, "
        "reported India Today.",
        "2025-05-14", "CONSULT", "Pakistan", "India", "AGREE",
        id="contacted-through-hotline"),  # business-standard.com/external-affairs-defence-security/news/india-pakistan-dgmo-hotline-stops-war-ceasefire-de-escalation-125051401175_1.html
    pytest.param(
        "According to Misri, the Director General of Military Operations (DGMO) of Pakistan called the Indian "
        "DGMO at 3:35 PM IST.",
        "2025-05-10", "CONSULT", "Pakistan", "India", "AGREE",
        id="called-the-indian-dgmo"),  # abcnewz.site/ceasefire-meaning-what-is-ceasefire
    pytest.param(
        "Director General of Military Operations (DGMO) of Pakistan Maj Gen Sahir Shamshad Mirza called up his "
        "Indian counterpart Lt Gen Anil Chauhan on the existing telephonic hotline mechanism at 6 pm.",
        "2018-05-29", "CONSULT", "Pakistan", "India", "AGREE",
        id="called-up-his-counterpart"),  # iglobalpunjab.com/india-pak-agree-maintain-ceasefire-issues-resolved-flag-meetings
]


@pytest.mark.parametrize(("text", "published", "event_type", "actor", "target", "wrong_type"), TYPED)
def test_event_type_on_unseen_news(run, text, published, event_type, actor, target, wrong_type):
    ex = run(text, published=published)
    found = [e for e in ex.events if e.type == event_type and actor in names(ex, e.actors)]
    assert found, [(e.type, e.trigger, names(ex, e.actors)) for e in ex.events]
    assert any(target in names(ex, e.targets) for e in found), [names(ex, e.targets) for e in found]
    assert not [e for e in ex.events if e.type == wrong_type], [(e.type, e.trigger) for e in ex.events]


NOT_TYPED = [
    # (passage, published, a type that must not be coded)
    pytest.param(
        "The U.S. military says it is working with Afghan officials to investigate clashes last week that may "
        "have led to the deaths of three civilians.",
        "2008-12-16", "CONSULT",
        id="led-to-deaths-is-a-cause"),  # voanews.com/a/a-13-2008-12-16-voa29/339404.html
    pytest.param(
        "The Indian military says troops were responding to “credible intelligence” reports of insurgent "
        "activity, which has led to attacks on troops entering Myanmar.",
        "2021-12-05", "CONSULT",
        id="has-led-to-attacks"),  # gadgetclock.com/anger-spreads-in-northeastern-india-after-security-forces-kill-14-civilians/
    pytest.param(
        "The Jeddah meeting was the first high-level diplomatic engagement between the two allies since a public "
        "clash between Zelenskyy and US President Donald Trump at the White House on 28 February.",
        "2025-03-12", "ASSAULT",
        id="public-clash-is-no-attack"),
    pytest.param(
        "Machar was “in confinement by the government” and his life was “at risk,” opposition spokesperson Pal Mai "
        "Deng said in a video address to the media Wednesday.",
        "2025-03-27", "CONSULT",
        id="video-address-is-no-call"),  # happyghana.com/south-sudan-arrests-vice-president-as-new-civil-war-fears-mount
    pytest.param(
        "TUNIS, May 19. /TASS/. The UN Support Mission in Libya (UNSMIL) and the Presidential Council, acting as the "
        "commander-in-chief of the Libyan Armed Forces in the west of the country, have formed a truce committee to "
        "maintain a ceasefire in the capital.",
        "2025-05-19", "AGREE",
        id="truce-kept-is-no-new-agreement"),  # tass.com/world/1959789
    pytest.param(
        "TUNIS, May 19. /TASS/. The UN Support Mission in Libya (UNSMIL) and the Presidential Council, acting as the "
        "commander-in-chief of the Libyan Armed Forces in the west of the country, have formed a truce committee to "
        "maintain a ceasefire in the capital.",
        "2025-05-19", "RETREAT",
        id="truce-kept-is-no-retreat"),  # tass.com/world/1959789
    pytest.param(
        "Khalilzad resumed talks with Taliban on December 7 in Qatar after a nearly three-month lull. A delegation "
        "from the group’s political office in Qatar flew to Pakistan last week to meet their leadership in the city "
        "of Quetta.",
        "2019-12-22", "AGREE",
        id="flew-to-is-no-agreement"),  # afghanistantimes.media/taliban-yet-to-agree-on-ceasefire
    pytest.param(
        "Israel's Prime Minister Benjamin Netanyahu on Wednesday dismissed the organisation's ceasefire proposal, "
        "calling it \"bizarre\" and vowing to press on with military action until \"total victory\".",
        "2024-02-08", "REQUEST",
        id="press-on-is-no-request"),  # hurriyetdailynews.com/amp/hamas-open-to-more-ceasefire-talks-palestinian-official-190530  # arabianbusiness.com/politics-economics/russia-ukraine-ceasefire-zelenskyy-agrees-to-halt-fighting-for-30-days-in-us-brokered-deal
]


@pytest.mark.parametrize(("text", "published", "event_type"), NOT_TYPED)
def test_event_type_not_coded_on_unseen_news(run, text, published, event_type):
    ex = run(text, published=published)
    assert not [e for e in ex.events if e.type == event_type], [(e.type, e.trigger) for e in ex.events]


def test_heavy_fighting_between_forces_is_still_an_attack(run):
    # latimes.com/archives/la-xpm-2009-may-06-fg-afghanistan-civilians6-story.html: a fight of arms keeps its type
    ex = run("The U.S. military said Tuesday that it was investigating claims by Afghan officials that as many as 70 "
             "civilians were killed in heavy fighting Monday between the Taliban and coalition forces in a remote "
             "western district.", published="2009-05-06")
    assert [e for e in ex.events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in ex.events]


REACTED_TO = [
    # (passage, published, the reacting type, the parties of the act reacted to)
    pytest.param(
        "UN Secretary-General Antonio Guterres welcomed the signing of the US-brokered peace and economic agreement "
        "between the Democratic Republic of the Congo and Rwanda on Friday, calling it an important step toward "
        "\"restoring trust\" and advancing stability in the region, News.Az reports citing foreign media.",
        "2025-12-05", "SUPPORT", {"Democratic Republic of the Congo", "Rwanda"},
        id="welcomed-the-signing-between"),  # news.az/news/un-chief-welcomes-peace-deal-between-congo-rwanda
    pytest.param(
        "UN Secretary-General Antonio Guterres praised the signing of a landmark peace agreement on Friday between "
        "the Democratic Republic of the Congo (DRC) and Rwanda, a deal mediated by the United States and finalized "
        "in Washington, DC.",
        "2025-06-28", "SUPPORT", {"Democratic Republic of the Congo", "Rwanda"},
        id="praised-the-signing-between"),  # menafn.com/1109734977/UN-Chief-Applauds-Landmark-DRC-Rwanda-Peace-Agreement
]


@pytest.mark.parametrize(("text", "published", "reaction", "parties"), REACTED_TO)
def test_signing_welcomed_is_an_agreement_too(run, text, published, reaction, parties):
    ex = run(text, published=published)
    assert [e for e in ex.events if e.type == reaction], [(e.type, e.trigger) for e in ex.events]
    signed = [e for e in ex.events if e.type == "AGREE"]
    assert any(parties <= names(ex, e.actors) | names(ex, e.targets) for e in signed), \
        [(e.type, e.trigger, names(ex, e.actors), names(ex, e.targets)) for e in ex.events]


def test_welcomed_agreement_without_parties_is_only_a_welcome(run):
    # newindianexpress.com/world/2013/dec/13/Congo-and-M23-Rebels-Sign-Peace-Agreements-550401.html
    ex = run("The U.S. welcomed the agreement, State Department deputy spokeswoman Marie Harf said, adding the "
             "declarations \"represent a strong step forward for peace in eastern DRC.\"", published="2013-12-13")
    assert [e for e in ex.events if e.type == "SUPPORT"], [(e.type, e.trigger) for e in ex.events]
    assert not [e for e in ex.events if e.type == "AGREE"], [(e.type, e.trigger) for e in ex.events]


def test_welcomed_signing_with_an_unnamed_party_waits_for_the_report(run):
    # sudantribune.com/article16042: "a main rebel faction" names no party; the signing is the one reported next
    ex = run("May 6, 2006 (KHARTOUM) — The United Nations Mission in Sudan (UNMIS) on Saturday welcomed the signing of "
             "a peace agreement between the Sudanese government and a main rebel faction over the conflict in Sudan’s "
             "western Darfur region. UNMIS spokesman Bahaa Elkoussy told Xinhua that the peace agreement signed on "
             "Friday by the Sudanese government and a key faction inside the Sudan Liberation Movement, led by Minni "
             "Arkou Minawi, was “a big transformation.”", published="2006-05-06")
    signed = [e for e in ex.events if e.type == "AGREE"]
    assert signed and all("United Nations" not in names(ex, e.actors) | names(ex, e.targets) for e in signed), \
        [(e.type, e.trigger, names(ex, e.actors), names(ex, e.targets)) for e in signed]


def test_conference_in_a_name_is_no_meeting(run):
    # newindianexpress.com/world/2013/dec/13/Congo-and-M23-Rebels-Sign-Peace-Agreements-550401.html
    ex = run("Kenya's presidency said Ugandan President Yoweri Museveni, who is the chairman of the International "
             "Conference of the Great Lakes Region, and Malawian President Joyce Banda oversaw the signing ceremony in "
             "Nairobi.", published="2013-12-13")
    assert not [e for e in ex.events if e.trigger == "Conference"], [(e.type, e.trigger) for e in ex.events]
