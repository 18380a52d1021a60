"""Who reports a figure, round 9 (docs/annotation.md §3, `source`): real casualty, displacement and aid sentences from
wire services and other outlets (Xinhua, UPI, IANS, MNA, AFP, Reuters, AP; Somalia, Sudan, Syria, Libya, Afghanistan,
Ukraine, the Philippines, Gaza) whose source is a closing speaker with an apposition (", Khaled Zayed, head of the
Egyptian Red Crescent ... told AFP"), a person named with where they serve ("Sarwardi of Bangladesh Army's Nine
Infantry Division told reporters"), a definite noun for a body named before ("According to the authority", "the same
center", "The group said"), a name a dateline's state only modifies ("the Syrian Observatory for Human Rights said"), a
closing reporter the parser hung on the noun before it ("..., 1TV broadcaster reported on Tuesday"), a closing speaker
the sentence splitter cut off at a title's dot ("Maj. Arvin Encinas, ... spokesman, said."), a next sentence that goes
on with "they" and closes with its reporter, and a closing speaker at the end of a paragraph. Checked with the scorer's
rule: an accepted name is part of the source or the source part of it."""

from __future__ import annotations

import pytest

from parley.extract import extract

# (url, text, {value: a tuple of acceptable names, or None for no source})
CASES = [
    ("https://anews.com.tr/world/2024/05/26/aid-trucks-from-egypt-enter-gaza-strip-via-kerem-shalom-crossing",
     'The remainder of the 200 trucks were "expected to cross into Gaza today," Khaled Zayed, head of the Egyptian Red '
     "Crescent in al-Arish -- where the bulk of aid arrives -- told AFP.",
     {200: ("Zayed", "Egyptian Red Crescent")}),
    ("https://indiatvnews.com/amp/news/world/bangladesh-collapse-death-toll-rises-to-435-11563.html",
     '"A total of 429 bodies have so far been pulled out of the collapsed building," Major General Chowdhury Hasan '
     "Sarwardi of Bangladesh Army's Nine Infantry Division told reporters at the disaster site.",
     {429: ("Sarwardi", "Bangladesh Army")}),
    ("https://eastleighvoice.co.ke/somalia/57007/inter-clan-conflicts-displace-hundreds-in-somalia-un",
     "UNHCR documented in a report released on Monday the extensive damage to infrastructure and disruption of daily "
     "life for residents in these areas. According to the authority, the fighting has resulted in the displacement of "
     "970 households and over 5,820 individuals.",
     {5820: ("UNHCR",)}),
    ("https://www.odnako.org/libya-clashes-between-militias-in-tripoli-the-death-toll-rises-to-55/",
     "At least 55 people were killed and 146 injured, he said on television al-Ahrar Malek Mersit, Emergency Medical "
     "Center spokesperson. Previously, the same center had reported that 234 families and dozens of foreign doctors and "
     "nurses had been evacuated from the southern areas of the city and that three field hospitals had been set up and "
     "about sixty ambulances had been mobilized to come to the aid of the injured and wounded civilians involved in the "
     "fighting.",
     {234: ("Emergency Medical Center",)}),
    ("https://updates4696.rssing.com/chan-13436333/article2881.html",
     "BEIRUT, December 6, 2013 (AFP) - At least 17 people, including children, have been killed by regime forces in a "
     "shelter in the town of Nabuk, the Syrian Observatory for Human Rights said on Friday.",
     {17: ("Syrian Observatory for Human Rights",)}),
    ("https://updates4696.rssing.com/chan-13436333/article2881.html",
     "At least 17 people, including children, have been killed by regime forces in a shelter in the town of Nabuk, the "
     "Syrian Observatory for Human Rights said on Friday. The Observatory said that elsewhere in the country at least 16 "
     "people were killed in regime air raids on the town of Bazaa in northern Aleppo. The group said six children and "
     "five women were among the dead in the air strikes.",
     {16: ("Observatory",), 6: ("Observatory",), 5: ("Observatory",)}),
    ("https://www.urdupoint.com/en/world/death-toll-from-attack-on-kabul-hospital-reac-918255.html",
     "MOSCOW (UrduPoint News / Sputnik - 12th May, 2020) The death toll from the attack on a hospital in Afghanistan's "
     "Kabul has increased to 13, and the number of injured people has grown to 15, 1TV broadcaster reported on Tuesday, "
     "citing the Interior Ministry.",
     {13: ("1TV", "Interior Ministry"), 15: ("1TV", "Interior Ministry")}),
    ("https://www.topnewsphil.com/4-soldiers-2-abu-sayyaf-rebels-killed-in-sulu-clash/",
     "Based on the report, 17 soldiers were wounded in a 40-minute encounter at So Lagaron, Barangay Kan-Ague on "
     "Friday, Maj. Arvin Encinas, Western Mindanao Command (WESTMINCOM) spokesman, said.",
     {17: ("Encinas", "Western Mindanao Command", "WESTMINCOM")}),
    # gold/dev/hiiraan-somalia-drought-918000-displaced-2022-08.txt
    ("https://www.hiiraan.com/news4/2022/Aug/187703/severe_drought_in_somalia_displaces_918_000_people.aspx",
     "The forecast of a historic fifth poor rainy season will keep needs high well into 2023, the UN Office for the "
     "Coordination of Humanitarian Affairs (OCHA) said.\nHumanitarians reached more than 4 million people with "
     "life-saving assistance since January, out of the 7 million affected. They gave priority to the most vulnerable "
     "people in areas of highest need as catastrophic hunger looms, the office said in its latest situation report.\n",
     {4000000: ("OCHA", "Coordination of Humanitarian Affairs"), 7000000: ("OCHA", "Coordination of Humanitarian Affairs")}),
    # a closing speaker at the end of a paragraph (the line break after it is no word of the sentence)
    ("https://nationalpost.com/pmn/news-pmn/nine-civilians-killed-in-russian-attacks-in-ukraines-donetsk-region-governor",
     "Nine civilians were killed by Russian attacks on Monday in eastern Ukraine's Donetsk region, the region's governor "
     "said.\nPavlo Kyrylenko, in a post on the Telegram messaging app, said nine residents were killed and six injured.\n",
     {6: ("Kyrylenko",)}),
    # kinds the previous rounds cover, from new outlets: wire datelines, appositions, "according to", "put at"
    ("http://www.chinaview.cn/20260117/a491b625983142dab3a599c1aaedd9f4/c.html",
     "MANILA, Jan. 17 (Xinhua) -- More bodies were recovered from beneath heaps of garbage and twisted steel at the site "
     "of a collapsed facility in the central Philippine city of Cebu, bringing the death toll to 35, the city's Bureau "
     "of Fire Protection (BFP) said on Saturday.",
     {35: ("BFP", "Bureau of Fire Protection")}),
    ("https://www.upi.com/Top_News/World-News/2014/01/24/Sectarian-violence-leaves-65000-displaced-in-central-Iraq/UPI-54361390595335/",
     "FALLUJAH, Iraq, Jan. 24 (UPI) -- More than 65,000 people have been displaced over the past week in central Iraq "
     "due to violent clashes, the U.N. refugee agency said Friday.",
     {65000: ("UNHCR", "refugee agency")}),
    ("https://suryaa.com/suryaa-ap/121222-.html",
     "Kiev, March 30 (IANS) At least 12 people were killed and 33 others injured in an airstrike carried out by Russia's "
     "forces on a regional administration building in Ukraine's southeastern city of Mykolayiv, the press service of "
     "the Ukrainian Interior Ministry said.",
     {12: ("Interior Ministry",), 33: ("Interior Ministry",)}),
    ("https://en.mehrnews.com/news/185243/45-killed-in-Sudan-tribal-clashes",
     '"Fifteen people were killed in the fighting between the Fallata and Rizeigat tribes on Tuesday and 30 were killed '
     'on Wednesday," the security committee of South Darfur state, a local government body, said in a statement.',
     {15: ("security committee",), 30: ("security committee",)}),
    ("https://www.artsakhpress.am/eng/news/175791/",
     "STEPANAKERT, JANUARY 18, ARTSAKHPRESS-ARMENPRESS: At least 16 people, including two children, lost their lives in "
     "the incident, Igor Klimenko, the head of Ukraine's National Police, wrote on Telegram. Nine victims were on board "
     "the helicopter, he added.",
     {16: ("Klimenko", "National Police")}),
    ("https://www.rt.com/russia/570057-helicopter-crash-ukraine-brovary/",
     "At least 18 others, including three children, also lost their lives in the incident, the head of Kiev Region's "
     "Military Administration, Aleksey Kuleba, wrote on Telegram.",
     {18: ("Kuleba", "Military Administration")}),
    ("https://www.stripes.com/news/middle-east/afghan-officials-say-at-least-7-miners-killed-by-gunman-1.447686",
     "Faiz Mohammad Amiri, the district's governor, put the number of miners killed at seven and blamed the attack on "
     "the Taliban.",
     {7: ("Amiri",)}),
    ("https://ansarollah.com.ye/?p=301376",
     "A record 4,313 civilians were injured or killed between July and September, a 42 percent increase from the same "
     "period last year, the UN Assistance Mission in Afghanistan said last month.",
     {4313: ("UN Assistance Mission", "UNAMA", "United Nations")}),
    # no one reports these
    ("https://theguardianbd.net/savar-death-toll-may-shoot-up/",
     "The death toll in the Rana Plaza disaster soared to 525 yesterday as heavy equipment continued to remove large "
     "chunks of rubble, only to discover bodies underneath.",
     {525: None}),
    ("https://www.jpost.com/international/officials-us-led-coalition-aircraft-kill-15-militants-in-afghanistan",
     "Nearly 2,000 people have died in insurgency-related violence so far this year.",
     {2000: None}),
]


def _accepts(names: tuple[str, ...], got: str) -> bool:
    return any(n.lower() in got.lower() or got.lower() in n.lower() for n in names)


@pytest.mark.parametrize(("url", "text", "want"), CASES, ids=[f"{i}" for i in range(len(CASES))])
def test_figure_source_round9(url: str, text: str, want: dict[float, tuple[str, ...] | None]) -> None:
    got = {f["value"]: f["source"] for f in extract(text).to_contract()["figures"]}
    for value, names in want.items():
        assert value in got, (url, value, got)
        if names is None:
            assert got[value] is None, (url, value, got[value])
        else:
            assert got[value] and _accepts(names, got[value]), (url, value, got[value])


def test_a_state_that_only_modifies_the_speaker_is_not_the_source() -> None:
    # https://updates4696.rssing.com/chan-13436333/article2881.html
    got = {f.value: f.source for f in extract(CASES[4][1]).figures}
    assert got[17] != "Syria"


def test_a_definite_body_without_a_body_before_it_stays_as_written() -> None:
    # https://business-standard.com/amp/article/pti-stories/syria-troops-militia-kill-15-in-sunni-village-ngo-113092100282_1.html
    text = ('"Fifteen people were killed -- two women, a child and 12 men -- by regime forces backed by the Popular '
            'Committees and National Defence Forces Alawite militias using guns and knives," the group said today.')
    got = {f.value: f.source for f in extract(text).figures}
    assert got[15] == "group"  # no body named before: the words, not a party named in the quote
