"""Event arguments: who acts and who is acted upon when the words name the parties indirectly.

- "The Israeli military said ... that they had launched night attacks": a body named in the singular
  may be continued with "they".
- "accused the government in Kinshasa": the government that sits in a capital is its state.
- "talks between the Democratic Republic of the Congo and Rwanda-backed M23 rebels": the backer is no
  side, and "the two parties" then looking to reach agreement are each other's counterparts, not the
  mediator's.
- "air strikes on positions held by Haftar's LNA": who holds the places struck is struck.
- "while 25 were killed ..., said a GNA spokesperson": a passive clause hanging on the speech verb is
  not the speaker's act.
- "after shelling by Ukrainian forces", "killed ... in Russian military shelling": the attack names
  who attacks.
- "United Nations special envoy to Yemen Martin Griffiths held talks": the envoy's own name is no
  posting.
- "accused the Tigray forces of expanding the conflict areas to include the Wag region": with the
  accused named, the charge names no further target; a region's forces are the armed group named
  after the region.
- "announced the resumption of peace talks with the ELN ... in Caracas, the Venezuelan capital": the
  announcer holds the talks; the capital's country is where, not with whom.
- "Air defense systems shot down 17 Ukrainian drones ..., the Russian Defense Ministry said": a
  reporter's unnamed units are its own.
- "attacked the junta troops": troops a definite description qualifies are the party it refers to.
- "..., residents and both sides said yesterday, ending a months-long ceasefire": who reports a deed
  does not do it; "accused the Tigrayan forces of preparing to attack": the accused would attack.

Each case is a passage from a news page, with its address; passages of one page that are not
adjacent are joined by a line break.
"""

from __future__ import annotations

from tests.pipeline.event_support import coded, has_event, names, of_type

FREENEWS = "https://freenews.live/israel-strikes-hamas-targets-in-gaza-strip/"
FREENEWS_TEXT = (
    "The Israeli military said on Wednesday that they had launched night attacks on Hamas targets in the Gaza "
    "Strip after incendiary balloons were launched from the Palestinian enclave across the border.")

APA = "https://apanews.net/heavy-fighting-resumes-in-eastern-dr-congo"
APA_TEXT = (
    "Heavy fighting resumed between the Congolese army and fighters of the March 23 Movement (M23) in the volatile "
    "east of the Democratic Republic of Congo early on Wednesday, a rebel spokesperson has confirmed to APA.\n"
    "According to the spokesperson of M23 rebel group, Maj. Willy Ngoma, the clashes are taking place in north "
    "Kivu province. He accused the government in Kinshasa of launching a warmongering campaign and torpedoing "
    "diplomatic efforts to resolve the conflict.")

YOUBOOX = "https://kiosk.youboox.fr/en/pod/865/rss/38/article/180227550"
YOUBOOX_TEXT = (
    "A new round of talks between the Democratic Republic of the Congo and Rwanda-backed M23 rebels is underway "
    "in Doha. The two parties are looking to reach agreement on how to implement a Qatari-brokered truce they "
    "signed last month.")

MEE = "https://www.middleeasteye.net/news/libya-haftar-attack"
MEE_TEXT = (
    "Libya's internationally recognised government said its forces fought off a \"major\" attack on the capital "
    "Tripoli by Khalifa Haftar's self-styled Libyan National Army (LNA), leaving dozens dead or wounded. Six "
    "fighters loyal to the Tripoli-based Government of National Accord (GNA) were killed on Monday, while 25 were "
    "killed or wounded from the LNA, said a GNA spokesperson. GNA forces carried out seven air strikes on "
    "positions held by Haftar's LNA in Tripoli suburbs, including Ain Zara, some 12km from downtown Tripoli, the "
    "spokesman said.")

BHARAT = "https://eng.bharattimes.co.in/two-killed-in-ukrainian-shelling-of-donetsk-russian-appointed-mayor/"
BHARAT_TEXT = (
    "The Russian-backed mayor of the eastern Ukrainian city said on Telegram that two civilians died in Donetsk on "
    "Sunday after shelling by Ukrainian forces.\n"
    "Earlier on Sunday, a civilian was killed in the southern Ukrainian city of Kherson in Russian military "
    "shelling, the local governor said.")

AAWSAT = "https://aawsat.com/english/home/article/1459841/un-envoy-informs-yemen-fm-plan-release-prisoners"
AAWSAT_TEXT = (
    "United Nations special envoy to Yemen Martin Griffiths held talks in Riyadh on Monday with Yemeni Foreign "
    "Minister Khaled al-Yamani on the details of his plan to release prisoners from militia-run, government "
    "sources told Asharq Al-Awsat.")

TELLER = ("https://www.tellerreport.com/news/2022-09-01-with-the-renewed-conflict-entering-its-second-week--mutual-"
          "accusations-and-escalating-confrontations-between-the-ethiopian-forces-and-the-tigray-liberation-front"
          ".Sk76YSaCJi.html")
TELLER_TEXT = (
    "The intensity of the confrontations between the Ethiopian forces and the Tigray People's Liberation Front "
    "escalated, at a time when the series of exchanges of accusations between the Addis Ababa government and the "
    "fighters of the Front of being responsible for the start of the attacks and fueling the conflict, which "
    "entered its second week, continued.\n"
    "On the other hand, the Ethiopian government accused the Tigray forces of expanding the conflict areas to "
    "include the Wag administrative region, northeast of Amhara, and in the regions of western Amhara on the "
    "border with Sudan, and also expanding the battles to include the Welkit region, west of Tigray.")

RHC = "https://radiohc.cu/pt/noticias/internacionales/300975-colombian-government-and-eln-rebel-peace-talks-resume-in-caracas"
RHC_TEXT = (
    "Caracas, October 5 (RHC)-- The Colombian government has announced the resumption of peace talks with the "
    "National Liberation Army (ELN) in Caracas, the Venezuelan capital.")

IRRAWADDY = "https://www.irrawaddy.com/news/burma/myanmar-junta-troops-torch-six-sagaing-villages.html"
IRRAWADDY_TEXT = (
    "Myanmar junta troops have torched six villages in Chaung-U Township, Sagaing Region, and over 16,000 residents "
    "have been displaced, according to resistance groups.\n"
    "The CRA), Monywa People\u2019s Defense Force (PDF), Chaung-U Township People\u2019s Liberation Force and other "
    "groups from Sagaing and Myingyan attacked the junta troops and militia members.")

SPUTNIK = ("https://sputnikglobe.com/20241026/russian-forces-destroy-17-ukrainian-drones-over-several-regions---"
           "defense-ministry-1120683637.html")
SPUTNIK_TEXT = (
    "Air defense systems shot down 17 Ukrainian drones over four regions of Russia overnight, the Russian Defense "
    "Ministry said on Saturday.")

STABROEK = ("https://stabroeknews.com/2022/08/25/news/world/fighting-erupts-along-border-of-ethiopias-northern-"
            "tigray-region/print")
STABROEK_TEXT = (
    "NAIROBI, (Reuters) \u2013 Fighting between forces from Ethiopia\u2019s rebellious northern region of Tigray "
    "and central government forces has erupted around the town of Kobo, residents and both sides said yesterday, "
    "ending a months-long ceasefire.\n"
    "The fighting is a major blow to hopes for peace talks between Prime Minister Abiy Ahmed\u2019s government and "
    "the Tigray People\u2019s Liberation Front (TPLF), the party that controls Tigray.\n"
    "Each side blamed the other for the outbreak of fighting.\n"
    "A day earlier, as social media lit up with allegations of troops on the move, the military accused the "
    "Tigrayan forces of preparing to attack and cover their tracks by spreading fake news of military movements.")


def test_they_after_a_military_speaking_of_itself(run) -> None:
    # FREENEWS: "they" is the Israeli military, which said it attacked Hamas
    ex = run(FREENEWS_TEXT, published="2020-08-12")
    assert has_event(ex, "ASSAULT", "israel", "hamas"), coded(ex)


def test_government_in_a_capital_is_its_state(run) -> None:
    # APA: "accused the government in Kinshasa" accuses the Democratic Republic of the Congo
    ex = run(APA_TEXT, published="2022-12-28")
    accusations = of_type(ex, "ACCUSE")
    assert any("congo" in n for e in accusations for n in names(ex, e.targets)), coded(ex)


def test_backer_is_no_side_of_the_talks(run) -> None:
    # YOUBOOX: the talks are between the Congo and the M23; Rwanda only backs the rebels
    ex = run(YOUBOOX_TEXT, published="2025-08-12")
    assert has_event(ex, "CONSULT", "congo", "m23"), coded(ex)
    assert not any("rwanda" in n for e in of_type(ex, "CONSULT") + of_type(ex, "AGREE")
                   for n in names(ex, e.actors) | names(ex, e.targets)), coded(ex)


def test_two_parties_agree_with_each_other_not_the_mediator(run) -> None:
    # YOUBOOX: "The two parties are looking to reach agreement": the Congo and the M23, not Qatar
    ex = run(YOUBOOX_TEXT, published="2025-08-12")
    agreements = of_type(ex, "AGREE")
    assert agreements, coded(ex)
    assert not any("qatar" in n for e in agreements for n in names(ex, e.targets)), coded(ex)


def test_positions_held_by_a_force_are_its_own(run) -> None:
    # MEE: air strikes on positions held by Haftar's LNA strike the LNA, not Ain Zara
    ex = run(MEE_TEXT, published="2019-06-27")
    assert has_event(ex, "ASSAULT", "gna", "libyan national army"), coded(ex)
    assert not any("ain zara" in n for e in of_type(ex, "ASSAULT") for n in names(ex, e.targets)), coded(ex)


def test_passive_clause_on_a_speech_verb_is_not_the_speakers_act(run) -> None:
    # MEE: "25 were killed or wounded ..., said a GNA spokesperson": the spokesperson killed no one
    ex = run(MEE_TEXT, published="2019-06-27")
    assert not any("spokesperson" in n for e in of_type(ex, "ASSAULT") for n in names(ex, e.actors)), coded(ex)


def test_shelling_names_who_shelled(run) -> None:
    # BHARAT: "shelling by Ukrainian forces"; "killed ... in Russian military shelling"
    ex = run(BHARAT_TEXT, published="2023-12-03")
    assert has_event(ex, "ASSAULT", "ukraine", None), coded(ex)
    assert has_event(ex, "ASSAULT", "russian armed forces", None), coded(ex)


def test_envoy_named_after_his_posting_acts(run) -> None:
    # AAWSAT: Griffiths, not only the United Nations, held talks with al-Yamani
    ex = run(AAWSAT_TEXT, published="2018-11-12")
    assert has_event(ex, "CONSULT", "griffiths", "yamani"), coded(ex)


def test_charge_names_no_further_target(run) -> None:
    # TELLER: the Tigray forces are accused; the Wag region they spread the fighting to is not
    ex = run(TELLER_TEXT, published="2022-09-01")
    assert has_event(ex, "ACCUSE", "ethiopia", "tigray"), coded(ex)
    assert not any("wag" in n or "eritrea" in n for e in of_type(ex, "ACCUSE") for n in names(ex, e.targets)), coded(ex)


def test_announcer_of_resumed_talks_holds_them(run) -> None:
    # RHC: Colombia resumes talks with the ELN; Venezuela is only where
    ex = run(RHC_TEXT, published="2022-10-05")
    assert has_event(ex, "CONSULT", "colombia", "eln"), coded(ex)
    assert not any("venezuela" in n for e in of_type(ex, "CONSULT") for n in names(ex, e.targets)), coded(ex)


def test_reporters_do_not_end_a_ceasefire(run) -> None:
    # STABROEK: "residents and both sides said yesterday, ending a months-long ceasefire"
    ex = run(STABROEK_TEXT, published="2022-08-25")
    assert not any("residents" in n for e in ex.events for n in names(ex, e.actors)), coded(ex)


def test_accused_would_do_what_they_are_accused_of(run) -> None:
    # STABROEK: the military accused the Tigrayan forces of preparing to attack: they would attack
    ex = run(STABROEK_TEXT, published="2022-08-25")
    assert has_event(ex, "ACCUSE", "ethiopia", "tigray"), coded(ex)
    attacks = of_type(ex, "ASSAULT")
    assert not any("ethiopia" in n for e in attacks for n in names(ex, e.actors)), coded(ex)


def test_junta_troops_are_the_juntas(run) -> None:
    # IRRAWADDY: the resistance groups attacked the junta's troops
    ex = run(IRRAWADDY_TEXT, published="2022-12-30")
    attacks = [e for e in of_type(ex, "ASSAULT") if any("defen" in n for n in names(ex, e.actors))]
    assert attacks and any(names(ex, e.targets) for e in attacks), coded(ex)
    assert not any("sagaing" in n or "myingyan" in n for e in attacks for n in names(ex, e.targets)), coded(ex)


def test_reporters_unnamed_air_defence_is_its_own(run) -> None:
    # SPUTNIK: Russia's air defence shot down Ukraine's drones
    ex = run(SPUTNIK_TEXT, published="2024-10-26")
    assert has_event(ex, "ASSAULT", "russia", "ukraine"), coded(ex)
