"""Figures in real sentences from more outlets and conflicts (Yemen, Gaza, Lebanon, Sudan, Haiti, Myanmar, Somalia,
Ukraine): running totals, headlines, counts far from their verb, swaps, returns and bodies, ranges, appositions."""

from __future__ import annotations

import pytest

from tests.pipeline.test_figures_outlets import Gold, assert_figures

ICRC = ("ICRC", "International Committee of the Red Cross", "Red Cross")
UNHCR = ("UNHCR", "UN refugee agency", "United Nations High Commissioner for Refugees", "UN Refugee Agency")
COORD = ("Coordination Headquarters for the Treatment of Prisoners of War", "Coordination Headquarters")

# (sentence, the figures a reader finds in it, figures a reader may or may not count)
CASES = [
    # -- prisoners: released (freed, handed over, exchanged, agreed swaps) and returned (brought home) --
    # https://www.independent.ie/news/almost-900-prisoners-return-home-in-yemen-war-swap/42435221.html
    ("Yemen's warring sides concluded a major three-day exchange of almost 900 prisoners linked to the country's "
     "long-running conflict.", [Gold(900, "released", "about", (), "prisoners")], []),
    ("The UN-brokered deal involved the release of more than 700 detained Houthis, and more than 180 other "
     "prisoners, including Saudi and Sudanese troops fighting with the Saudi-led coalition.",
     [Gold(700, "released", "more_than")], [Gold(180, "released"), Gold(180, "detained")]),
    # https://www.siasat.com/saudi-arabia-transferred-163-houthi-prisoners-to-sanaa-aden-2321769/
    ("The last major prisoner exchange, involving about 1,000 detainees, took place in October 2020.",
     [Gold(1000, "released", "about", (), "detainees")], []),
    # https://www.tellerreport.com/news/2022-05-07-dozens-of-houthi-prisoners-released--accusations-of-non-compliance-with-the-agreement.SyxOAtU7U9.html
    ("The International Committee of the Red Cross announced that it had completed on Friday the process of "
     "returning 117 detainees from Saudi Arabia to Yemen.", [Gold(117, "returned", "exact", ICRC, "detainees")], []),
    ("For its part, the Houthi group's Prisoners and Detainees Committee said that the number of prisoners released "
     "from Saudi Arabia is 126, not 163, as contained in the International Committee of the Red Cross's statements.",
     [Gold(126, "released", "exact", ("Prisoners and Detainees Committee",))], [Gold(163, "released")]),
    # https://www.middleeastmonitor.com/20220507-saudi-led-coalition-transfers-freed-prisoners-to-yemen/
    ("In a statement, the International Committee of the Red Cross confirmed the return of 117 people.",
     [Gold(117, "returned", "exact", ICRC, "people")], []),
    ("The parties also discussed a possible prisoner exchange under the auspices of the UN, including 1,400 Houthi "
     "prisoners and 823 coalition prisoners, including 16 Saudis.",
     [Gold(1400, "released", "exact", (), "prisoners"), Gold(823, "released", "exact", (), "prisoners"),
      Gold(16, "released", "exact", (), "Saudis")], []),
    # https://gephardtdaily.com/national-international/saudi-uae-coalition-releases-128-houthi-prisoners-to-yemen/
    ("Houthi rebels released 290 detainees in September.", [Gold(290, "released", "exact", (), "detainees")], []),
    # https://www.newslooks.com/gaza-ceasefire-frees-hostages-palestinian-prisoners-exchanged
    ("A Gaza ceasefire led to Hamas releasing 20 hostages and Israel freeing over 1,900 Palestinian prisoners.",
     [Gold(20, "released", "exact", (), "hostages"), Gold(1900, "released", "more_than", (), "prisoners")], []),
    # https://amnewsworld.com/2025/02/01/israel-releases-palestinian-prisoners-after-hamas-frees-hostages-under-ceasefire-deal/
    ("Under the six-week first phase of the truce, Hamas is expected to release 33 Israeli hostages in exchange for "
     "nearly 2,000 Palestinian prisoners.",
     [Gold(33, "released", "exact", (), "hostages"), Gold(2000, "released", "about", (), "prisoners")], []),
    # https://turkiyetoday.com/region/gaza-ceasefire-sees-200-prisoners-freed-4-hostages-returned-in-second-phase-110975
    ("Gaza ceasefire sees 200 prisoners freed, 4 hostages returned in second phase",
     [Gold(200, "released", "exact", (), "prisoners"), Gold(4, "returned", "exact", (), "hostages")], []),
    # https://news.jointearn.com/hamas-and-israel-exchange-captives-ahead-of-gaza-summit
    ("Hamas and Israel have completed a major prisoner exchange under a ceasefire deal that saw the release of "
     "nearly 2,000 Palestinians and 20 Israeli captives held in the Gaza Strip.",
     [Gold(2000, "released", "about", (), "Palestinians"), Gold(20, "released", "exact", (), "captives")], []),
    # https://euromaidanpress.com/2025/05/23/340151/
    ("A total of 270 Ukrainian soldiers and 120 civilians have returned home \u2014 the first stage of the largest "
     "prisoner exchange since the start of Russia's full-scale invasion, brokered in Istanbul.",
     [Gold(270, "returned", "exact", (), "soldiers"), Gold(120, "returned", "exact", (), "civilians")], []),
    # https://www.pravda.com.ua/eng/news/2025/05/24/7513841/
    ("A total of 390 Ukrainians, including reconnaissance men and marines, were brought home during a prisoner "
     "exchange on 23 May 2025.", [Gold(390, "returned", "exact", (), "Ukrainians")], []),
    # -- bodies handed back --
    # https://www.themoscowtimes.com/2024/01/26/russia-ukraine-exchange-fallen-soldiers-remains-a83868
    ("Moscow received the remains of 55 soldiers, according to Russian lawmaker Shamsayil Saraliyev, the RBC news "
     "website reported.", [Gold(55, "bodies_returned", "exact", ("Shamsayil Saraliyev", "Saraliyev"))], []),
    ("Meanwhile, Ukraine repatriated 77 bodies, its Coordination Headquarters for the Treatment of Prisoners of War "
     "said on the messaging app Telegram.", [Gold(77, "bodies_returned", "exact", COORD)], []),
    # https://menafn.com/1109563202/Russia-Ukraine-Exchange-Corpses-of-Fallen-Soldiers
    ("As reported by Saraliev, Russia's Ministry of Defense returned 909 Ukrainian bodies, receiving in turn the "
     "remains of 34 Russian soldiers.", [Gold(909, "bodies_returned"), Gold(34, "bodies_returned")], []),
    # https://www.devdiscourse.com/article/business/3458331-ukraine-receives-fallen-soldiers-from-russia-amid-war
    ("Ukraine announced on Friday that it has received the bodies of 1,200 Ukrainian soldiers killed in the ongoing "
     "conflict with Russia.", [Gold(1200, "bodies_returned", "exact", ("Ukraine",))], []),
    # https://www.naijamediatrends.com/2024/11/breaking-russia-returns-563-bodies-of.html
    ("Ukraine has announced the repatriation of 563 soldiers' bodies from Russian authorities, marking one of the "
     "largest exchanges of military remains since the war began in 2022.", [Gold(563, "bodies_returned")], []),
    # -- running totals and tolls --
    # https://england-times.co.uk/death-toll-from-deadly-israel-airstrikes-in-lebanon-soars-to-558-as-thousands-flee/?amp=1
    ("The death toll from two days of Israeli strikes in Lebanon has reached 558, Lebanon's health ministry said.",
     [Gold(558, "killed", "exact", ("health ministry",))], []),
    # https://thetech.com/2007/11/20/long1-v127-n56
    ("The number of people left dead after the powerful cyclone that swept through Bangladesh on Thursday rose to "
     "more than 3,100 Monday, the government said.", [Gold(3100, "killed", "more_than", ("government",))], []),
    # https://www.pambazuka.org/taxonomy/term/3344?page=59
    ("The number of refugees who have fled to Chad to escape fighting in the Darfur area of western Sudan could be "
     "as high as 200,000, nearly double the official estimate of 110,000, Refugees International reports.",
     [Gold(200_000, "refugees", "up_to", ("Refugees International",))], []),
    # https://gephardtdaily.com/national-international/saudi-uae-coalition-releases-128-houthi-prisoners-to-yemen/
    ("At least 7,000 people have died since Yemen's civil war began in 2015, but monitors believe the death toll "
     "could be as high as 100,000, including 12,000 civilians, the BBC reports.",
     [Gold(7000, "killed", "at_least", (), "people"), Gold(100_000, "killed", "up_to")], [Gold(12000, "killed")]),
    # https://afrikanfrontier.com/news/sudan-conflict-sparks-largest-hunger-crisis-globally-says-world-food-programme/
    ("The violence has resulted in the loss of over 12,000 lives and forced a staggering 9 million people to flee "
     "their homes in search of safety.",
     [Gold(12000, "killed", "more_than"), Gold(9_000_000, "internally_displaced")], []),
    # https://menafn.com/1108815655/Lebanese-Ministry-of-Health-announces-troubling-rise-in-fatalities-due-to-ongoing-Israeli-military-aggression
    ("The ministry's statement highlighted the severe impact of Israeli airstrikes on Tuesday, which resulted in 28 "
     "deaths and injuries to 139 people.", [Gold(28, "killed"), Gold(139, "injured", "exact", (), "people")], []),
    # -- headlines and counts far from their verb --
    # https://twocircles.net/2008jun08/shelling_kills_least_15_injures_64_somali_market.html
    ("Shelling kills at least 15, injures 64 in Somali market",
     [Gold(15, "killed", "at_least"), Gold(64, "injured")], []),
    ("Hospital officials said that 64 civilians, among them at least six children, had been admitted with shrapnel "
     "wounds.", [Gold(64, "injured", "exact", ("Hospital officials",), "civilians"),
                 Gold(6, "injured", "at_least", (), "children")], []),
    # https://www.devdiscourse.com/article/business/2196973-russian-missile-attack-kills-23-wounds-28-in-southern-ukraine---regional-governor
    ("Russian missile attack kills 23, wounds 28 in southern Ukraine - regional governor",
     [Gold(23, "killed"), Gold(28, "injured")], []),
    # https://www.devdiscourse.com/article/law-order/2125643-five-killed-25-wounded-in-russian-missile-strike-in-central-ukraine---governor
    ("Russian missiles hit hangars at a flight school in the central Ukrainian city of Kropyvnytskyi on Thursday, "
     "killing five people and wounding 25, the regional governor said.",
     [Gold(5, "killed", "exact", ("regional governor",), "people"), Gold(25, "injured", "exact", ("governor",))], []),
    # https://www.irrawaddy.com/news/burma/myanmar-junta-airstrikes-kill-11-sagaing-civilians.html
    ("A jet dropped three bombs and shot at a monastery and houses in Nyaung Kone village, killing 10 villagers and "
     "injuring five, according to a Pale Township people's administration spokesman.",
     [Gold(10, "killed", "exact", ("spokesman",), "villagers"), Gold(5, "injured")], []),
    # https://dnaindia.com/world/report-mortar-shell-attacks-kills-at-least-14-in-somalia-1325707/amp
    ("Maryan Said, a resident in the sprawling Bakara market, told Reuters by telephone that six people from one "
     "family were killed by one shell that also killed three others in a nearby house.",
     [Gold(6, "killed", "exact", ("Maryan Said",), "people"), Gold(3, "killed")], []),
    # http://blog.thedailybeast.com/children-killed-in-us-afghan-attack
    ("Afghan President Hamid Karzai barred his forces from requesting them after a February attack that left 10 "
     "civilians dead.", [Gold(10, "killed", "exact", (), "civilians")], []),
    # http://15.188.152.128/?p=232133 (Reuters)
    ("Seven villagers were killed, with some bodies burned beyond recognition, while at least five others were "
     "injured, according to the witness and media.",
     [Gold(7, "killed", "exact", (), "villagers"), Gold(5, "injured", "at_least")], []),
    # https://english.alarabiya.net/News/world/2023/08/28/Two-people-killed-in-Russian-attack-on-Ukraine-s-Poltava-
    ("\"As a result of the hostile attack, two people were killed, two people were taken to hospital with minor "
     "injuries, and the whereabouts of two more people are currently unknown,\" Lunin said on the Telegram "
     "messaging app.", [Gold(2, "killed", "exact", (), "people")], [Gold(2, "injured")]),
    # -- displacement, refugees, need --
    # https://darfur24.com/en/2021/04/14/un-west-darfur-clashes-force-1860-refugees-into-chad
    ("Recent intercommunal clashes in Sudan's West Darfur State have forced 1,860 refugees to cross into "
     "neighboring Chad in the past week, according to the United Nations.",
     [Gold(1860, "refugees", "exact", ("United Nations",), "refugees")], []),
    # https://947631.windlasstrade-hk.tech/worldbiz/africa/over-60000-have-fled-chad-sudan-conflict-started-636430
    ("Between 60,000 and 90,000 people have fled from Sudan to neighbouring Chad since violence erupted last month, "
     "the UN refugee agency said on Monday.",
     [Gold(60000, "refugees", "at_least", UNHCR), Gold(90000, "refugees", "up_to", UNHCR)], []),
    ("Chad is now hosting almost 700,000 refugees in total, the UNHCR said, urging more international support for "
     "displaced people from Sudan.", [Gold(700_000, "refugees", "about", UNHCR, "refugees")], []),
    # https://thetech.com/2007/11/20/long1-v127-n56
    ("The United Nations estimated that a million people had been left homeless, many of them in remote areas "
     "without predictable food supplies.", [Gold(1_000_000, "internally_displaced", None, ("United Nations",))], []),
    # https://www.iom.int/news/gang-violence-displaces-165000-haiti-hinders-aid-efforts
    ("The country is facing additional pressure due to severe floods caused by torrential rains, affecting over "
     "46,000 people and displacing over 13,000 others, and a 4.9 Richter earthquake on 6 June, further compounding "
     "the humanitarian situation.",
     [Gold(46000, "affected", "more_than"), Gold(13000, "internally_displaced", "more_than")], []),
    # https://amesnews.com.au/latest-articles/gang-violence-driving-displacement-in-haiti-iom
    ("Another 17,000 people remain displaced because of the worst earthquake in a decade, which devastated the "
     "country's southern regions in August 2021.", [Gold(17000, "internally_displaced", "exact", (), "people")], []),
    # https://www.irrawaddy.com/news/burma/thousands-flee-to-thailand-after-myanmar-junta-bombs-idp-camp-in-kayah-state.html
    ("At least 270,000 people have been displaced in Kayah State since the 2021 military coup, according to "
     "multiple sources.", [Gold(270_000, "internally_displaced", "at_least", (), "people")], []),
    # -- aid: trucks counted; a day's need in trucks is no count of people in need --
    # https://d310ufpvo66zxo.cloudfront.net/gulfnews/photos/news/pictures-emergency-aid-trucks-enter-gaza-1.1697944400508
    ("UN officials say at least 100 trucks a day are required in Gaza to cover urgent needs, and that any delivery "
     "of aid should be sustained and at scale.", [Gold(100, "aid_trucks", "at_least")], []),
    # https://lrpapi.dailymotion.com/video/x8ozu9i
    ("Trucks carrying roughly 3,000 tons of aid, which had been positioned near the crossing for days, began heading "
     "into Gaza on Saturday 21 October.", [Gold(3000, "tonnes", "about")], []),
    # -- parts of a count: "including 21 children" is counted as the count is --
    # http://www.business-standard.com/article/international/russian-strikes-kill-53-including-21-children-in-is-held-syrian-village-117112700084_1.html
    ("Russian air strikes on Monday morning killed at least 53 civilians, including 21 children, in a village held "
     "by the Islamic State group in Syria's eastern Deir Ezzor province, a monitor said in a new toll.",
     [Gold(53, "killed", "at_least", ("monitor",), "civilians"), Gold(21, "killed", "exact", ("monitor",), "children")],
     []),
    # https://news.az/news/death-toll-rises-to-356-following-israeli-airstrikes-on-lebanon
    ("The Lebanese Health Ministry announced that the death toll from Monday's Israeli airstrikes on southern and "
     "eastern Lebanon has reached 356, including 42 women and 24 children.",
     [Gold(356, "killed", "exact", ("Lebanese Health Ministry", "Health Ministry")), Gold(42, "killed"),
      Gold(24, "killed")], []),
    # https://nextruth.com/russia-targets-kyiv-with-drones-killing-3-and-wounding-29
    ("At least 29 others were wounded, including seven children.",
     [Gold(29, "injured", "at_least"), Gold(7, "injured", "exact", (), "children")], []),
    # https://thetorontohouse.ca/2024/06/07/sudanese-activist-says-around-40-killed-in-shelling-near-khartoum
    ("The attack came a day after the RSF was accused of attacking the village of Wad al-Nourra in Al Jazeera "
     "province, south of Khartoum, on Wednesday, killing more than 104 people, including 35 children.",
     [Gold(104, "killed", "more_than", (), "people"), Gold(35, "killed", "exact", (), "children")], []),
    ("\"So far, the death toll among civilians is estimated at 40 and more than 50 injured, some seriously,\" the "
     "Karali Resistance Committee said in a statement on social media, blaming the paramilitary Rapid Support Forces "
     "(RSF) for the shelling.", [Gold(40, "killed", "about", ("Karali Resistance Committee",)),
                                 Gold(50, "injured", "more_than", ("Karali Resistance Committee",))], []),
    ("More than seven million people have fled their homes for other parts of Sudan since the war began, joining "
     "2.8 million already displaced by previous conflicts in the country of 48 million people.",
     [Gold(7_000_000, "internally_displaced", "more_than"), Gold(2_800_000, "internally_displaced")], []),
    # -- a dateline is no source --
    # http://value-cii.com/node/2384991/middle-east (AFP)
    ("PORT SUDAN, Sudan: Paramilitary artillery that struck a mosque and other civilian buildings in the Sudanese "
     "capital killed 10 people on Tuesday, local activists said.",
     [Gold(10, "killed", "exact", ("local activists", "activists"), "people")], []),
    # -- no figures: fractions, percentages, vague amounts, distances, ages --
    # http://news.bbc.co.uk/2/hi/africa/7149497.stm
    ("Some one million people have fled their homes, including 60% of Mogadishu's population, the United Nations "
     "says.", [Gold(1_000_000, "internally_displaced", "about", ("United Nations",))], []),
    # https://www.trtworld.com:443/article/17682500
    ("More than 70 percent of Sudan's health facilities are out of service, according to the UN, while those "
     "remaining receive many times their capacity and have meagre resources.", [], []),
    # https://www.sunstar.com.ph/network/at-least-100-killed-in-clashes-between-army-paramilitaries
    ("At least 100 people were killed, and dozens were injured after the paramilitary Rapid Support Forces (RSF) "
     "attacked a village in Gezira province in Sudan on Wednesday, officials said.",
     [Gold(100, "killed", "at_least", ("officials",), "people")], []),
    # https://www.devdiscourse.com/article/law-order/2119899-russian-missile-strike-kills-three-in-central-ukraine---governor
    ("Three people were killed when 13 Russian missiles hit a military airfield and railway infrastructure in "
     "Ukraine's central region of Kirovohrad on Saturday, the regional governor said.",
     [Gold(3, "killed", "exact", ("regional governor",), "people")], []),
    # https://www.arkansasonline.com/news/2023/jun/30/burmese-airstrikes-deadly-villagers-say/
    ("Nyaung Kone village, which has more than 230 houses and 1,600 residents, is about 75 miles west of Mandalay, "
     "the country's second-largest city.", [], []),
]


@pytest.mark.parametrize("sentence, golds, optional", [
    pytest.param(s, g, o, id=" ".join(s.split()[:7])) for s, g, o in CASES])
def test_figures_conflicts_value_measure_qualifier_source(run, sentence, golds, optional) -> None:
    assert_figures(list(run(sentence).figures), golds, optional)
