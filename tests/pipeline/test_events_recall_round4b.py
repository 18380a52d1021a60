"""Acts told on news outlets, by construction: aid sent as relief items, people reached
with assistance and assistance expanded; fighters and suspects captured (COERCE); police and
security personnel deployed; a ceasefire called off; a truce extended (CONCEDE); an attack claimed;
a meeting "with" someone that the clause is set in; rounds of talks named without their parties.
Negatives: what the same words say when they report no such act ("pitted Morocco against", "sparing
their country", "insisted that", a town captured, a claim that someone attacked, a truce extended as
a retreat). Each case is a sentence from a news page, with its address.
"""

from __future__ import annotations

import pytest

from tests.pipeline.event_support import coded, has_event, names, of_type

FOUND = [
    # (sentence, type, an actor, a target or None, status)
    # -- aid: relief items sent, people reached with assistance, assistance expanded
    pytest.param(
        "The United Nations' humanitarian office (OCHA) wrote in its latest news bulletin that the World Food "
        "Programme (WFP) sent the nutritional food supplements to East Darfur's Adila and Abu Karinka localities "
        "without any escort on 6 November.",
        "AID", "World Food", None, "occurred",
        id="https://www.dabangasudan.org/en/all-news/article/food-relief-for-darfuris-displaced-or-affected-by-tribal-conflict"),
    pytest.param(
        "The International Committee of the Red Cross (ICRC) said providing Essential Household Items (EHIs) to "
        "over seven thousand people displaced by the recent tribal violence in Darfur.\nThe ICRC on Wednesday said "
        "they distributed 1'300 tarpaulins, 2'600 mosquito nets, 3'900 blankets, and "
        "1'300 sleeping mats to those who had been displaced after the tribal clashes in El Geneina.",
        "AID", "Red Cross", None, "occurred",
        id="https://www.sudantribune.com/spip.php?article68829"),
    pytest.param(
        "Since mid-March WFP has reached over 450,000 people in Amhara with lifesaving assistance.",
        "AID", "World Food", None, "occurred",
        id="https://www.ena.et/en/?p=35123"),
    pytest.param(
        "In a statement, the U.N.'s World Food Program (WFP) said that it was expanding its assistance at the "
        "request of the Syrian Arab Red Crescent.",
        "AID", "World Food", None, "occurred",
        id="https://en.amwalalghad.com/un-food-agency-aims-to-deliver-food-assistance-in-syria"),
    pytest.param(
        "For its part, the International Committee for the Red Cross will expand its distribution of shelter "
        "items to include approximately 100,000 beneficiaries before the rainy season.",
        "AID", "Red Cross", None, "pledged",
        id="https://unocha.org/publications/report/sudan/sudan-darfur-humanitarian-partners-race-deliver-aid-rainy-season-approaches"),
    # -- fighters and suspects captured are arrested (COERCE); people abducted by an armed group are attacked
    pytest.param(
        "Mr Rafael also presented to the public four alleged insurgents captured in Quissanga district by the "
        "Defence and Security Forces.",
        "COERCE", "Defence and Security Forces", None, "occurred",
        id="https://www.theeastafrican.co.ke/tea/rest-of-africa/mozambique-security-forces-kill-insurgents-3967716"),
    pytest.param(
        "Iraqi police and U.S. forces have captured two militants suspected of involvement in the abduction of "
        "three U.S. soldiers south of Baghdad earlier this year, the U.S. military said on Thursday.",
        "COERCE", "United States", None, "occurred",
        id="https://www.nbcnews.com/id/wbna22405861"),
    pytest.param(
        "Afghan and international forces captured numerous suspected insurgents in four Afghanistan provinces "
        "during combined operations over the last two days, military officials reported.",
        "COERCE", "Afghanistan", None, "occurred",
        id="http://www.defense.gov/News/NewsArticle.aspx?ID=58268"),
    pytest.param(
        "At least 130 sick and wounded men have been abducted from two hospitals in the Democratic Republic of "
        "Congo's (DR Congo) eastern city of Goma by M23 rebels, the UN Human Rights Office (OHCHR) reported on "
        "Monday.",
        "ASSAULT", "M23", None, "occurred",
        id="https://bignewsnetwork.com/news/278073207/dr-congo-rebels-have-abducted-hospital-patients-un"),
    # -- security forces deployed
    pytest.param(
        "Niger state police spokesman Wasiu Abiodun said in a statement that security personnel had been deployed "
        "in the area to search for those abducted and restore calm.",
        "MOBILIZE", "Wasiu Abiodun", None, "occurred",
        id="https://odishabytes.com/at-least-30-killed-many-abducted-as-gunmen-torch-market-houses-in-nigerian-village"),
    pytest.param(
        "Pakistan moved 2,500 troops into Swat last week to counter cleric Fazlullah.",
        "MOBILIZE", "Pakistan", None, "occurred",
        id="https://eng-archive.aawsat.com/theaawsat/news-middle-east/pakistan-militants-parade-48-captured-soldiers"),
    # -- a ceasefire called off (not a "call on" for the date after it)
    pytest.param(
        "BOGOTA (Reuters) - Colombia called off a ceasefire with the National Liberation Army (ELN) rebels on "
        "Wednesday, in an about-face after the left-wing guerrilla group said it had not agreed to halt fighting.",
        "REJECT", "Colombia", "ELN", "occurred",
        id="https://wtvbam.com/2023/01/04/colombia-suspends-ceasefire-with-eln-after-rebel-group-rejects-effort/"),
    pytest.param(
        "Philippine President Rodrigo Duterte called off a 5-day-old cease-fire after communist guerrillas killed "
        "a government militiaman and failed to declare their own truce by a Saturday deadline.",
        "REJECT", "Duterte", None, "occurred",
        id="https://cfjctoday.com/2016/07/30/philippine-president-calls-off-truce-after-rebel-attack"),
    # -- a truce extended is renewed: CONCEDE, as a ceasefire declared
    pytest.param(
        "Burhan had given his backing to a seven-day ceasefire announced by South Sudan on Wednesday, but early on "
        "Friday the RSF said they were extending by three days a previous truce brokered under US-Saudi mediation.",
        "CONCEDE", "Rapid Support", None, "occurred",
        id="https://radiotamazuj.org/en/news/article/sudan-warring-sides-to-start-talks"),
    # -- an attack claimed
    pytest.param(
        "A previously unknown group called Jaish-e Fursan-e Muhammad claimed responsibility for the attack in a "
        "WhatsApp message to media outlets.",
        "ASSAULT", "group", None, "occurred",
        id="https://rferl.org/amp/pakistan-bombing-bannu-military/33036671.html"),
    pytest.param(
        "Al-Qaida had claimed responsibility for the attack, in which four other U.S. soldiers and an Iraqi "
        "translator were killed.",
        "ASSAULT", "qaeda", None, "occurred",
        id="https://www.nbcnews.com/id/wbna22405861#claim"),
    pytest.param(
        "The attack was claimed by Al Shabaab.",
        "ASSAULT", "shabaab", None, "occurred",
        id="https://www.caasimada.net/somalia-al-shabaab-operative-arrested-in-mogadishu/"),
    # -- a meeting "with" someone that the clause is set in
    pytest.param(
        "\u201c[Several] other terrorists died due to attacks by wild animals,\u201d Mr Bernardino Rafael, the "
        "Commander-General of the Republic of Mozambique Police, said during a meeting with residents at the "
        "administrative post of Bilibiza and the village of Natugo, in the district of Quissanga in Cabo Delgado "
        "province.",
        "CONSULT", "Rafael", "residents", "occurred",
        id="https://www.theeastafrican.co.ke/tea/rest-of-africa/mozambique-security-forces-kill-insurgents-3967716#meeting"),
]


@pytest.mark.parametrize(("text", "type_", "actor", "target", "status"), FOUND)
def test_act_is_found(run, text: str, type_: str, actor: str, target: str | None, status: str) -> None:
    ex = run(text, published="2024-01-01")
    assert has_event(ex, type_, actor, target, status), coded(ex)


def test_rounds_of_talks_are_talks_of_the_parties(run) -> None:
    # https://jordantimes.com/news/world/ukraine-received-russian-bodies-in-exchange-of-war-dead-zelensky
    text = ("Russia and Ukraine exchanged more captured soldiers on Friday, the latest in a series of prisoner swaps "
            "agreed at peace talks in Istanbul earlier this month.\nTwo rounds of peace talks in Istanbul have "
            "failed to result in a pause to the fighting.")
    ex = run(text, published="2025-06-14")
    talks = [e for e in of_type(ex, "CONSULT") if e.span[0] >= text.index("Two rounds")]
    assert talks and {"russia", "ukraine"} <= names(ex, talks[0].actors + talks[0].targets), coded(ex)


@pytest.mark.parametrize(("text", "type_"), [
    pytest.param(
        "The question of Western Sahara, a former Spanish colony considered a \u201cnon-autonomous territory\u201d by "
        "the UN, has for decades pitted Morocco against the Polisario Front, supported by Algiers.",
        "ASSAULT", id="https://actualnewsmagazine.com/english/western-sahara-the-un-envoy-for-the-region-meets-the-separatists"),
    pytest.param(
        "During his meeting with French Ambassador Mustafa Maharaj, Battelly called on all Libyan leaders to be "
        "visionary and committed to sitting at the negotiating table and sparing their country the growing risks, "
        "according to a post on the \u201cX\u201d platform.",
        "ACCUSE", id="https://nan.media/en/the-un-envoy-abdullah-patel-meets-with-ambassadors-from-5-countries-to-discuss-developments-in-libya/"),
    pytest.param(
        "On Thursday, Colombian peace commissioner Danilo Rueda insisted in a statement that a ceasefire would be "
        "signed with the ELN.",
        "REQUEST", id="https://www.macaubusiness.com/colombian-ceasefire-signing-delayed-by-a-day/"),
    pytest.param(
        "Myanmar's military faces its biggest threat since it seized power in a coup in 2021 after three armed "
        "ethnic groups - known as the Three Brotherhood Alliance - launched a major offensive in northern Shan state "
        "in October.\nLast week, the armed alliance said it had captured a northern city known for its online fraud, "
        "another blow to the junta.",
        "COERCE", id="https://bgnesnews.com/world/china-negotiates-ceasefire-in-myanmar"),
    pytest.param(
        "The M23 has yet to respond to the allegations. Instead, its spokesman, Lawrence Kanyuka, claimed in an X "
        "post that DR Congo soldiers and their allies had been attacking Banyamulenge villages in South Kivu "
        "Province since Monday morning.",
        "ASSAULT-claimed", id="https://bignewsnetwork.com/news/278073207/dr-congo-rebels-have-abducted-hospital-patients-un"),
])
def test_words_that_report_no_such_act(run, text: str, type_: str) -> None:
    ex = run(text, published="2024-01-01")
    if type_ == "ASSAULT-claimed":
        assert not [e for e in of_type(ex, "ASSAULT") if e.trigger.startswith("claimed")], coded(ex)
    else:
        assert not of_type(ex, type_), coded(ex)


def test_expanding_operations_is_no_aid(run) -> None:
    # "expand" is aid only with aid as its object
    # https://en.amwalalghad.com/un-food-agency-aims-to-deliver-food-assistance-in-syria
    ex = run("In a statement, the U.N.'s World Food Program (WFP) said that it was expanding its assistance at the "
             "request of the Syrian Arab Red Crescent and stood ready to increase its operations in the country further "
             "\u201cwhen access permits.\u201d")
    assert [e.trigger for e in of_type(ex, "AID")] == ["expanding its assistance"], coded(ex)


def test_a_truce_extended_is_no_retreat(run) -> None:
    # https://radiotamazuj.org/en/news/article/sudan-warring-sides-to-start-talks
    ex = run("Burhan had given his backing to a seven-day ceasefire announced by South Sudan on Wednesday, but early on "
             "Friday the RSF said they were extending by three days a previous truce brokered under US-Saudi "
             "mediation.", published="2023-05-05")
    assert not of_type(ex, "RETREAT"), coded(ex)
