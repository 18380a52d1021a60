"""Actors round 13: places, documents and described states are no actors; acting ones stay.

Each case is a real passage with its URL, the actors a reader expects (``present``: an actor of a
scored type, person, organization, state or group, whose name or alias contains the text) and the
names no such actor may have (``absent``; an alias of another actor, "UNRWA" for
the "Agency for Palestine Refugees", does not count). Aside cases were written before the rules and
never looked at while writing them.
"""

from __future__ import annotations

import pytest

SCORED = {"person", "organization", "state", "group"}

FIT = [
    ("https://www.anews.com.tr/world/2025/08/30/unrwa-says-aid-warehouses-in-egypt-jordan-ready-to-send-trucks-to-gaza",
     "The UN agency for Palestinian refugees (UNRWA) announced on Saturday that its warehouses in Egypt and Jordan are "
     "\"stocked, ready to fill around 6,000 trucks\" of humanitarian aid to Gaza, currently under blockade by Israel.",
     ["UNRWA"], ["Palestine"]),
    ("https://www.anews.com.tr/africa/2025/11/08/over-3200-sudanese-families-flee-el-fasher-amid-rsf-attacks",
     "A total of 3,240 families have fled El-Fasher, the capital of North Darfur, to the nearby town of Tawila in western "
     "Sudan amid attacks by the paramilitary Rapid Support Forces (RSF), a local coordination body said Saturday.",
     ["Rapid Support Forces"], ["Fasher"]),
    ("https://www.anews.com.tr/africa/2025/11/08/over-3200-sudanese-families-flee-el-fasher-amid-rsf-attacks",
     "According to the International Organization for Migration (IOM), more than 81,000 people have fled El-Fasher and "
     "surrounding areas since Oct. 26.",
     ["International Organization for Migration"], ["Fasher"]),
    ("https://britbrief.co.uk/politics/diplomacy/trump-israel-agrees-to-gaza-ceasefire.html",
     "The announcement came during an impromptu press conference at the White House, where Trump revealed he had just "
     "concluded a phone call with Israeli Prime Minister Benjamin Netanyahu.",
     ["Trump", "Netanyahu"], ["White House"]),
    ("http://www.israelnationalnews.com/News/News.aspx/183593",
     "The White House said on Thursday night that it strongly supports the new three-day ceasefire agreed to by Israel "
     "and Hamas in Gaza, Reuters reported.",
     ["White House", "Israel", "Hamas"], []),
    ("https://mindofthegeek.com/central-african-republic-ceasefire-a-critical-step-says-un-chief/",
     "\u201cThe Secretary-General calls on all other parties to respect this ceasefire immediately and to redouble their "
     "efforts to advance the implementation of the 2019 Political Agreement for Peace and Reconciliation,\u201d the "
     "statement said.",
     [], ["Agreement for Peace"]),
    pytest.param(
     "https://www.vaticannews.va/en/world/news/2025-02/israel-hamas-war-gaza-hostages-exchange-humanitarian.html",
     "Meanwhile, 183 Palestinian prisoners have been freed in return, sparking jubilant scenes in the occupied West Bank "
     "and Ramallah.",
     [], ["Palestine"],
     marks=pytest.mark.xfail(strict=False, reason="'Palestinian prisoners': prisoners' state stays an actor, the target of their release")),
    ("https://humanonline.org/articles/seven-hostages-released-to-red-cross-in-gaza",
     "They were handed over to the Red Cross in a chaotic exchange scene in Khan Younis, where large crowds gathered.",
     ["Red Cross"], ["Khan"]),
    ("https://yesterdaysprophecy.com/hamas-hostage-deal-24-women-15-teenage-boys-to-be-freed-from-israeli-jails",
     "Israel will on Friday release 39 Palestinian prisoners, among them 24 women and 15 teenage males, in the West Bank "
     "in exchange for 13 hostages due to be freed from the Gaza Strip by Hamas, a Palestinian official said.",
     ["Israel", "Hamas"], []),
    ("https://english.alsiasi.com/m23-dr-congo-peace-talks-in-doha-stalled-what-next",
     "The DRC has been mired in conflict with the Rwanda-backed M23 for several years.",
     ["M23"], []),
    ("https://news.co.ug/?p=1629",
     "Both sides had signed a Declaration of Principles on July 19 in Doha, setting Aug. 8\u201318 as the timeline for "
     "substantive peace talks.",
     [], ["Declaration of Principles"]),
    pytest.param(
     "https://in-cyprus.com/leaders-to-finalise-terms-of-reference-to-hold-tripartite-meeting-with-guterres/",
     "A statement issued by the United Nations Spokesperson in Cyprus on behalf of the Greek Cypriot leader, Nicos "
     "Anastasiades and the Turkish Cypriot leader, Mustafa Ak\u0131nc\u0131 following their meeting at the UNPA on Friday, "
     "said the leaders also welcomed the implementation of the confidence building measures they had proposed at their "
     "February meeting.",
     ["Anastasiades", "Ak\u0131nc\u0131"], ["Turkey", "Greece"],
     # demoting "Turkish" before "Cypriot" left "Cypriot" (Cyprus) as the REJECT actor of
     # test_event_arguments_round7's Tatar case; the rule was reverted
     marks=pytest.mark.xfail(strict=False, reason="'Turkish Cypriot': the state of a people's other land")),
    pytest.param(
     "https://www.ctvnews.ca/world/hamas-is-set-to-exchange-more-hostages-for-palestinian-prisoners-1.6660597",
     "Hamas was preparing to release more than a dozen hostages Saturday for several dozen Palestinian prisoners held by "
     "Israel, part of an exchange on the second day of a ceasefire that has allowed critical humanitarian aid into the "
     "Gaza Strip and given civilians their first respite after seven weeks of war.",
     ["Hamas", "Israel"], ["Palestine"],
     marks=pytest.mark.xfail(strict=False, reason="'Palestinian prisoners': prisoners' state stays an actor, the target of their release")),
    ("https://eastleighvoice.co.ke/democratic-republic-of-congo/136733/congo-government,-m23-rebel-delegations-in-doha-for-talks,-sources-say",
     "Qatar convened a meeting last month between Congo's President Felix Tshisekedi and his Rwandan counterpart Paul "
     "Kagame.",
     ["Qatar", "Tshisekedi", "Kagame"], []),
]

ASIDE = [
    ("https://wenewsenglish.com/?p=327778",
     "Doctors Without Borders (MSF) said medical teams have recorded a sharp rise in malnutrition among people "
     "displaced from El-Fasher.",
     ["Doctors Without Borders"], ["Fasher"]),
    ("https://www.anews.com.tr/world/2026/02/12/turkish-republic-of-northern-cyprus-president-meets-with-un-chief-in-new-york",
     "Erh\u00fcrman reiterated that unjust and unlawful isolations imposed on the Turkish Cypriot people should be lifted "
     "without further delay.",
     ["Erh\u00fcrman"], ["Turkey"]),
    ("https://unb.com.bd/category/world/thousands-flee-to-overcrowded-camps-after-sudans-paramilitary-captures-el-fasher/172537",
     "Since the RSF took control of el-Fasher from the Sudanese army on October 26, more than 16,200 people have fled to "
     "camps in Tawila, said Adam Rojal, a spokesperson for the aid organization.",
     ["RSF", "Rojal"], ["Fasher"]),
    ("https://multiculturaltoolbox.com/blog/hamas-transfers-israeli-hostages-to-red-cross-in-latest-gaza-swap",
     "The handover ceremony took place in Khan Yunis, a southern city in the Gaza Strip.",
     [], ["Khan"]),
    ("https://www.profilenews.com/en/the-white-house-talks-about-the-ceasefire-agreement-in-gaza/",
     "The White House, through National Security Council spokeswoman Adrienne Watson, denied that an agreement had been "
     "reached between the Israeli government and Hamas so far.",
     ["White House", "Watson", "Hamas", "Israel"], []),
    ("https://bigny.com/2204-2/2204",
     "The statement also expressed gratitude for the critical diplomatic efforts of President Abdel Fattah El Sisi of "
     "Egypt and Amir Sheikh Tamim Bin Hamad Al Thani of Qatar.",
     ["Sisi", "Thani"], []),
    ("https://energynews.oedigital.com/mineral-resources/2025/04/10/sources-congo-government-and-m23-rebel-delegations-are-in-doha-to-hold-talks",
     "Both delegations confirmed they were in Qatari capital, saying that there had been a face to face meeting on "
     "Wednesday.",
     [], ["Qatar"]),
    pytest.param(
     "https://www.dailysabah.com/diplomacy/2019/03/01/un-welcomes-turkish-greek-cypriot-leaders-meeting/amp",
     "Turkish Cypriot President Mustafa Ak\u0131nc\u0131 and Greek Cypriot leader Nicos Anastasiades met Tuesday in the U.N. "
     "Green Zone with the participation of U.N. Cyprus Envoy Elizabeth Spehar.",
     ["Ak\u0131nc\u0131", "Anastasiades", "Spehar"], ["Greece"],
     marks=pytest.mark.xfail(strict=False, reason="'Greek Cypriot': the state of a people's other land")),
]


def _named(actors, text: str, aliases: bool = True) -> bool:  # type: ignore[no-untyped-def]
    t = text.lower()
    return any(a.type in SCORED and any(t in n.lower() for n in (a.name, *(a.aliases if aliases else ()))) for a in actors)


def _check(nlp, passage: str, present: list[str], absent: list[str]) -> None:  # type: ignore[no-untyped-def]
    actors = list(nlp(passage)._.actors.actors.values())
    for name in present:
        assert _named(actors, name), f"{name} should be an actor"
    for name in absent:
        assert not _named(actors, name, aliases=False), f"{name} should be no actor"


@pytest.mark.parametrize(("url", "passage", "present", "absent"), FIT)
def test_actors_places_documents_and_described_states(nlp, url, passage, present, absent):  # type: ignore[no-untyped-def]
    _check(nlp, passage, present, absent)


@pytest.mark.parametrize(("url", "passage", "present", "absent"), ASIDE)
def test_actors_aside_passages(nlp, url, passage, present, absent):  # type: ignore[no-untyped-def]
    _check(nlp, passage, present, absent)
