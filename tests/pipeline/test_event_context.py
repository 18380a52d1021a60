"""What an event takes from the report around it: the place of the talks it belongs to.

Texts are gold/dev articles; each test names its source.
"""

from __future__ import annotations

from tests.pipeline.event_support import coded, names


def placed(ex, type_: str, trigger: str) -> str | None:
    event = next((e for e in ex.events if e.type == type_ and e.trigger == trigger), None)
    assert event is not None, coded(ex)
    return event.place


# VOA, 2007-08-05 <https://www.voanews.com/a/a-13-2007-08-05-voa8-66578237/555387.html>
DARFUR = (
    "Rebel factions from Darfur are holding a third day of talks aimed at unifying their stance for possible "
    "peace negotiations with the Sudanese government.\nThe talks in Tanzania have brought together political and "
    "military leaders of Darfur's many rebel groups. The United Nations and African Union, which are sponsoring the "
    "conference, want the groups to reach a common platform for the peace talks.\nThe AU's Darfur envoy, Salim Ahmed "
    "Salim, says those talks are expected within two months.\nThe meeting in the resort city of Arusha was "
    "originally scheduled to end Sunday, but participants say it may extend through Monday.")


def test_talks_take_the_place_named_for_them_later(run):
    # "talks" in the lead are placed by "The talks in Tanzania", narrowed to the one Tanzanian city named as
    # a venue ("the resort city of Arusha")
    ex = run(DARFUR, published="2007-08-05")
    assert placed(ex, "CONSULT", "talks") == "Arusha"


# Shanghai Daily (Xinhua), 2025-05-16 <https://www.shine.cn/news/world/2505164726/>
ISTANBUL = (
    "Delegations of Russia and Ukraine concluded their meeting in Turkey's Istanbul on Friday, agreeing to hold a new "
    "round of negotiations and have a large-scale prisoner exchange.\nAs a key outcome of the two-hour talks, Russia "
    "and Ukraine agreed to a prisoner exchange involving 1,000 people from each side.\nAccording to Russian "
    "diplomatic sources, Presidential Aide Vladimir Medinsky said the swap would take place soon. He also expressed "
    "overall satisfaction with the meeting and confirmed that Russia is ready to continue the dialogue.\nTurkish "
    "Foreign Minister Hakan Fidan, who chairs the talks, said on the social media platform X that the two sides "
    "\"reached a principled agreement to meet again.\"")


def test_mediator_chairing_the_talks_is_where_the_talks_were(run):
    ex = run(ISTANBUL, published="2025-05-16")
    chairs = next(e for e in ex.events if e.trigger == "chairs the talks")
    assert "hakan fidan" in names(ex, chairs.actors) and chairs.place == "Istanbul"


def test_talks_yet_to_come_take_no_place_from_earlier_talks(run):
    ex = run(ISTANBUL, published="2025-05-16")
    assert placed(ex, "CONSULT", "continue the dialogue") is None


# TNA, 2025-07-28 <https://tna.mcot.net/latest-news-1563617>
PUTRAJAYA = (
    "PUTRAJAYA, Malaysia, July 28 (TNA) – Thailand and Cambodia have agreed to implement a ceasefire from midnight "
    "tonight and return to bilateral mechanisms to resolve their border dispute, following talks hosted by "
    "Malaysia.\nDiscussions on the border situation, held at the invitation of Malaysian Prime Minister Anwar "
    "Ibrahim, the current ASEAN chair, concluded with a joint agreement to de-escalate tensions.")


def test_agreement_with_no_placed_talks_is_placed_by_the_dateline(run):
    ex = run(PUTRAJAYA, published="2025-07-28")
    assert placed(ex, "AGREE", "agreed") == "Putrajaya"


# The Straits Times, 2023-05-06
# <https://www.straitstimes.com/world/us-saudi-arabia-say-sudan-warring-sides-to-start-talks>
JEDDAH = (
    "WASHINGTON - The United States and Saudi governments confirmed direct talks between the warring Sudanese army "
    "and the Rapid Support Forces would start in Jeddah on Saturday.\nDespite multiple ceasefire declarations, the "
    "army and the RSF have continued to battle each other for control of territory in the capital.")


def test_fighting_takes_no_place_from_the_dateline(run):
    # the dateline says where the report was filed: only talks with no venue fall back on it
    ex = run(JEDDAH, published="2023-05-06")
    assert all(e.place != "Washington" for e in ex.events if e.type == "ASSAULT"), coded(ex)
    assert any(e.type == "ASSAULT" for e in ex.events), coded(ex)


# Novaya Gazeta Europe, 2025-04-14 <https://novayagazeta.eu/articles/2025/04/14/kremlin-accuses-ukraine-of-effectively-disregarding-energy-strike-moratorium-en-news>
MORATORIUM = (
    "Kremlin spokesperson Dmitry Peskov has accused Ukraine of “effectively disregarding” a 30-day moratorium on "
    "strikes against energy infrastructure to which both Moscow and Kyiv had in principle agreed, state news agency "
    "TASS reported on Monday.")


def test_accusation_is_dated_by_the_report_of_it(run):
    ex = run(MORATORIUM, published="2025-04-14")
    accused = next(e for e in ex.events if e.type == "ACCUSE")
    assert accused.date == "2025-04-14"


# Malay Mail (AFP), 2022-05-01 <https://www.malaymail.com/news/world/2022/05/01/turkey-presidential-spokesman-meets-zelensky-in-kyiv/2056558>
KALIN = ("ISTANBUL, May 1 — Turkish presidential spokesman Ibrahim Kalin met yesterday with Ukrainian President "
         "Volodymyr Zelensky in Kyiv, his office said.")


def test_dateline_date_gives_way_to_the_sentence_date(run):
    # the dateline's "May 1" is when the report was filed; the meeting was "yesterday"
    ex = run(KALIN, published="2022-05-01")
    met = next(e for e in ex.events if e.type == "CONSULT")
    assert met.date == "2022-04-30" and met.place == "Kyiv"
