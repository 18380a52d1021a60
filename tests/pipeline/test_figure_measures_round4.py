"""The measure of a count chosen from its clause, as docs/annotation.md §3 ("choosing between two measures") says:
the governing verb and whether the count is its subject or object ("Hamas released 13 hostages" against "120 hostages
remain in captivity"), the noun's own modifiers ("displaced people", "refugees"), the event of the sentence (a swap,
an abduction, an evacuation), with headlines, spelled-out numbers, pools ("74 out of 91 abductees") and counts that
are no humanitarian figure (ages, dates, money, troops abroad, vehicles). Real sentences from varied outlets and
conflicts, each with its URL."""

from __future__ import annotations

import pytest

from tests.pipeline.test_figures_outlets import Gold, assert_figures


def M(value: float, measure: str) -> Gold:  # noqa: N802 - reads as the gold line it stands for
    """A gold figure whose qualifier this file does not check: the measure is what it is about."""
    return Gold(value, measure, None)


# (url, sentence, the figures a reader finds in it, figures a reader may or may not count)
CASES = [
    # -- swaps and releases: both halves are released --
    ("https://worker-patient-moon-4b9d.test130.workers.dev/news/search?form=YFNR&q=ali+abunimah+switzerland",
     "Hamas released three Israeli hostages as part of the ceasefire agreement, in exchange for 400 Palestinian "
     "prisoners.", [M(3, "released"), M(400, "released")], []),
    ("https://usa.businessupturn.com/hamas-releases-lesser-than-10-hostages-on-thursday-in-exchange-for-30-palestinian-prisoners/16163/",
     "Hamas released eight hostages, who were handed over to the Red Cross in Gaza and were later taken to Israel for "
     "medical evaluation and reunion with their families.", [M(8, "released")], []),
    ("https://usa.businessupturn.com/hamas-releases-lesser-than-10-hostages-on-thursday-in-exchange-for-30-palestinian-prisoners/16163/",
     "In response, Israel freed 30 Palestinians from its prison.", [M(30, "released")], []),
    ("https://usa.businessupturn.com/hamas-releases-lesser-than-10-hostages-on-thursday-in-exchange-for-30-palestinian-prisoners/16163/",
     "During the truce, at least 10 Israeli hostages were released a day in return for at least 30 Palestinian "
     "prisoners.", [M(10, "released"), M(30, "released")], []),
    ("https://usa.businessupturn.com/hamas-releases-lesser-than-10-hostages-on-thursday-in-exchange-for-30-palestinian-prisoners/16163/",
     "Hamas releases lesser than 10 hostages on Thursday in exchange for 30 Palestinian prisoners",
     [M(10, "released"), M(30, "released")], []),
    ("https://scroll.in/latest/1079220/hamas-releases-three-hostages-as-israel-frees-369-palestinian-detainees",
     "Militant group Hamas on Saturday released three hostages in Gaza while Israel freed 369 Palestinian prisoners "
     "and detainees in return, reported Reuters.", [M(3, "released"), M(369, "released")], []),
    ("https://news.online.ua/en/three-more-israeli-hostages-returned-from-captivity-by-hamas-militants-890866/",
     "Israel, in turn, has released about 369 Palestinian prisoners from prisons.", [M(369, "released")], []),
    ("https://anewz.tv/region/middle-east/2938/three-israeli-hostages-set-to-return-from-gaza-as-ceasefire/news",
     "Hamas said the three would be returned in exchange for 369 Palestinian prisoners and detainees, easing fears "
     "that the agreement could collapse before the end of a 42-day ceasefire.", [M(369, "released")], []),
    ("https://news.abs-cbn.com/video/overseas/11/29/23/palestinians-cheer-released-prisoners",
     "Israel said it freed 30 Palestinian detainees from Ofer and a detention centre in Jerusalem.",
     [M(30, "released")], []),
    ("https://news.abs-cbn.com/video/overseas/11/29/23/palestinians-cheer-released-prisoners",
     "Their release came as Hamas freed 12 more hostages on the fifth day of an extended six-day truce between the "
     "militant Palestinian group and Israel in the Gaza war.", [M(12, "released")], []),
    ("https://bigbignews.net/red-cross-bus-delivers-released-palestinian-prisoners-to-west-bank/",
     "Early Sunday, a Red Cross bus arrived in the West Bank town of Al Bireh, bringing nearly 35 Palestinian "
     "prisoners freed by Israel.", [M(35, "released")], []),
    ("https://bigbignews.net/red-cross-bus-delivers-released-palestinian-prisoners-to-west-bank/",
     "This transfer followed the release of 13 Israelis and four foreigners by Hamas, marking the second phase of "
     "exchanges under a cease-fire agreement.", [M(13, "released"), M(4, "released")], []),
    ("https://english.ahram.org.eg/News/539545.aspx",
     "Nine Palestinian prisoners released from Israeli jails have arrived in the Gaza Strip, Al Jazeera reported.",
     [M(9, "released")], []),
    ("https://www.lokmattimes.com/international/israel-hamas-truce-red-cross-says-it-facilitated-release-of-33-palestinian-prisoners/",
     "\"We have now successfully facilitated the release of 33 Palestinian detainees from Ofer prison to Ramallah,\" "
     "the ICRC's Israel and Occupied Territories branch wrote on X on Friday.", [M(33, "released")], []),
    ("https://www.lokmattimes.com/international/israel-hamas-truce-red-cross-says-it-facilitated-release-of-33-palestinian-prisoners/",
     "According to the Israeli prison service, in total 39 Palestinian women and minors were released on Friday from "
     "three Israeli prisons: Damon, Megiddo, and Ofer, CNN reported.", [M(39, "released")], []),
    ("https://www.lokmattimes.com/international/israel-hamas-truce-red-cross-says-it-facilitated-release-of-33-palestinian-prisoners/",
     "The 11 freed hostages from Thailand and the Philippines have arrived at Shamir (Assaf Harofeh) Medical Center "
     "in Be'er Yaakov for evaluation by medical staff, according to The Times of Israel.", [M(11, "released")], []),
    ("https://www.newindianexpress.com/world/2025/Feb/27/hamas-hands-over-four-dead-hostages-to-red-cross-as-palestinians-leave-israeli-prison",
     "Israel had delayed the release of over 600 Palestinian prisoners since Saturday to protest what it called the "
     "cruel treatment of hostages during their handover by Hamas.", [M(600, "released")], []),
    ("https://www.localnewswave.com/article/1030131064457490432",
     "\"According to the information received from the Red Cross now, seven hostages have been handed over to them, "
     "and they are making their way to IDF and Shin Bet forces in the Gaza Strip,\" the IDF statement read.",
     [M(7, "released")], []),
    ("https://www.thedailybeast.com/over-100-ukrainian-pows-returned-in-prisoner-swap-with-russia",
     "In exchange, Russia received 63 POWs, including some in a \"special category,\" according to Russian "
     "officials.", [M(63, "released")], []),
    # "The 116 freed prisoners included many ...": a participle between "the" and the noun is no reference back
    ("https://www.thedailybeast.com/over-100-ukrainian-pows-returned-in-prisoner-swap-with-russia",
     "The 116 freed prisoners included many who had defended the southern port city of Mariupol during Russia's "
     "infamous siege.", [M(116, "released")], []),
    ("https://uatribune.com/en/44-ukrainian-pows-freed-in-prisoner-swap/",
     "44 Ukrainian POWs freed in prisoner swap", [M(44, "released")], []),
    ("https://www.devdiscourse.com/article/law-order/2957446-heartfelt-homecoming-ukraine-and-russia-swap-150-pows-amidst-ongoing-tensions",
     "Ukraine and Russia exchanged prisoners of war on Friday, each sending back 75 POWs in the first such swap in "
     "the past three months, officials said.", [M(75, "released")], []),
    # -- returned: nationals brought home from captivity --
    ("https://uatribune.com/en/44-ukrainian-pows-freed-in-prisoner-swap/",
     "Forty-two Ukrainian defenders and two civilians have returned home from russian captivity in another prisoner "
     "swap.", [M(42, "returned"), M(2, "returned")], []),
    ("https://voa.pangea-cms.com/preview/en-US/a/scores-of-ukrainian-and-russian-prisoners-head-back-home-after-swap-/7919089.html",
     "Kyiv brought home 189 former captives, President Volodymyr Zelenskyy and Russia's Defense Ministry said, while "
     "the Russian ministry said 150 Russian servicemen were returning home.", [M(189, "returned"), M(150, "returned")],
     []),
    ("https://i777777o707261766461o636f6do7561z.oszar.com/eng/news/2025/05/24/7513841/index.amp",
     "A total of 390 Ukrainians, including reconnaissance men and marines, were brought home during a prisoner "
     "exchange on 23 May 2025.", [M(390, "returned")], []),
    # -- bodies handed back are bodies_returned, whatever the exchange around them --
    ("https://news-pravda.com/world/2025/07/17/1522524.html",
     "Russia has transferred another 1,000 bodies of Ukrainian Armed Forces fighters to Ukraine.",
     [M(1000, "bodies_returned")], []),
    ("https://news-pravda.com/world/2025/07/17/1522524.html",
     "In return, the Russian side received the bodies of 19 of its dead soldiers.", [M(19, "bodies_returned")], []),
    ("https://www.themoscowtimes.com/2024/01/26/russia-ukraine-exchange-fallen-soldiers-remains-a83868",
     "Moscow received the remains of 55 soldiers, according to Russian lawmaker Shamsayil Saraliyev, the RBC news "
     "website reported.", [M(55, "bodies_returned")], []),
    ("https://www.themoscowtimes.com/2024/01/26/russia-ukraine-exchange-fallen-soldiers-remains-a83868",
     "Meanwhile, Ukraine repatriated 77 bodies, its Coordination Headquarters for the Treatment of Prisoners of War "
     "said on the messaging app Telegram.", [M(77, "bodies_returned")], []),
    ("https://menafn.com/1109563202/Russia-Ukraine-Exchange-Corpses-of-Fallen-Soldiers",
     "For instance, in January, Russia delivered 757 bodies to Ukraine in return for the remains of 49 Russian "
     "troops.", [M(757, "bodies_returned"), M(49, "bodies_returned")], []),
    ("https://www.themoscowtimes.com/2024/03/29/russia-ukraine-swap-fallen-soldiers-bodies-a84678",
     "On March 15, Russia repatriated the bodies of 69 of its soldiers in exchange for 100 fallen Ukrainian "
     "servicemen.", [M(69, "bodies_returned"), M(100, "bodies_returned")], []),
    ("https://www.devdiscourse.com/article/business/3458331-ukraine-receives-fallen-soldiers-from-russia-amid-war",
     "Ukraine announced on Friday that it has received the bodies of 1,200 Ukrainian soldiers killed in the ongoing "
     "conflict with Russia.", [M(1200, "bodies_returned")], []),
    ("https://www.daily8.com/en/article/29f20cc395a11e89bccc169691798d36",
     "He said Russia would transfer the bodies of more than 6,000 killed Ukrainian troops, plus an unspecified number "
     "of wounded servicemen.", [M(6000, "bodies_returned")], []),
    ("https://www.themoscowtimes.com/2025/02/14/russia-and-ukraine-exchange-more-than-800-soldiers-bodies-a88017",
     "Russia and Ukraine Exchange More Than 800 Soldiers' Bodies", [M(800, "bodies_returned")], []),
    # "in Recent Prisoner Exchange" says when; the verb says what happened to the bodies
    ("https://metaworld.media/article/a0NxWfqwsZa3",
     "Ukraine Successfully Repatriates 1,212 Bodies in Recent Prisoner Exchange with Russia",
     [M(1212, "bodies_returned")], []),
    ("https://www.newindianexpress.com/world/2025/Feb/27/hamas-hands-over-four-dead-hostages-to-red-cross-as-palestinians-leave-israeli-prison",
     "KHAN YOUNIS: Hamas handed over four dead hostages to the Red Cross early Thursday in exchange for Israel's "
     "release of hundreds of Palestinian prisoners, days before the first phase of the ceasefire in the Gaza Strip was "
     "to end.", [M(4, "bodies_returned")], []),
    # -- hostages still held are detained; the dead still held are killed --
    ("https://newsbite.mooo.com/www.theaustralian.com.au/world/only-24-hostages-left-alive-in-gaza-israel-believes/news-story/ad3c6903170eaa1b5b65582f87605282",
     "Israel believes just 24 hostages – all men – remain alive in Gaza, along with 35 dead captives, one of them a "
     "soldier killed 10 years ago.", [M(24, "detained"), M(35, "killed")], []),
    ("https://newsbite.mooo.com/www.theaustralian.com.au/world/only-24-hostages-left-alive-in-gaza-israel-believes/news-story/ad3c6903170eaa1b5b65582f87605282",
     "All of them are young men who were kidnapped on October 7, 2023, when the terror group stormed southern Israel, "
     "killing 1,200 people and abducting 251.", [M(1200, "killed"), M(251, "detained")], []),
    ("https://www.timesofisrael.com/report-claims-only-50-hostages-in-gaza-still-thought-alive/",
     "There are thought to be 120 hostages still held in Gaza, 116 of whom were kidnapped on October 7, as well as "
     "the bodies of two soldiers and two civilians held there for nearly a decade.",
     [M(120, "detained"), M(116, "detained"), M(2, "killed")], []),
    ("https://sputnikglobe.com/20241103/only-half-of-101-israeli-hostages-held-in-gaza-strip-still-alive---reports-1120763406.html",
     "Hamas is estimated to be still holding 51 living hostages.", [M(51, "detained")], []),
    ("https://www.archyde.com/israels-search-for-hostages-in-gaza-how-many-are-alive-and-what-hamas-isnt-revealing/",
     "Israel says that 133 hostages are still in captivity, ranging from toddlers to the elderly, and that 36 of "
     "those hostages are confirmed dead.", [M(133, "detained"), M(36, "killed")], []),
    ("https://associatednews.agency/p/trump-says-only-21-hostages-held-by-hamas-in-gaza-now-believed-to-be-alive",
     "Trump says only 21 hostages held by Hamas in Gaza now believed to be alive", [M(21, "detained")], []),
    # -- abductions: taken and held are detained; the part of a pool freed is released --
    ("https://osundailyng.com/?p=70581",
     "Seventy-four out of ninety-one abductees kidnapped from the Wanzamai community has been released by a "
     "notorious terrorist operating around Tsafe Local Government Area of Zamfara.",
     [M(74, "released"), M(91, "detained")], []),
    ("https://globalupfront.com/amp/2022/03/23/terrorists-release-75-abducted-zamfara-residents",
     "The armed criminals had earlier kidnapped 61 residents, then 36 days later, they raided the community and "
     "abducted 15 more people.", [M(61, "detained"), M(15, "detained")], []),
    ("https://allafrica.com/stories/202310020027.html",
     "The terrorists attacked the community on 15 August and abducted 21 residents of the community mostly women and "
     "children.", [M(21, "detained")], []),
    ("https://waradana.com/english/article/110412-release-of-one-hundred-villagers-kidnapped-by-armed-men-in-nigeria-a-month-and-a",
     "Nigerian authorities announced on Tuesday that one hundred civilians kidnapped by armed men from their village "
     "in northwestern Nigeria in early June have been released after spending 42 days in captivity.",
     [M(100, "released")], []),
    # "the release in December of 344 boys": the "of" the parser hung on the date belongs to "release"
    ("https://baite.co.ke/free-100-people-abducted-by-gunmen",
     "State officials negotiated the release in December of 344 boys abducted by gunmen in the state of Katsina.",
     [M(344, "released")], []),
    ("https://leadership.ng/bandits-kill-5-release-51-after-ransom-payment-in-kaduna/",
     "Fifty-one other victims it was gathered were released on Tuesday by their abductors after a ransom payment as "
     "well as drugs and motorcycles were collected by the attackers.", [M(51, "released")], []),
    ("https://neptuneprime.com.ng/?p=159913",
     "Terrorists in Katsina abduct 31 villagers, demand N60 million ransom", [M(31, "detained")], []),
    ("https://solveisraelsproblems.com/boko-haram-attack-kills-at-least-45-in-nigeria",
     "In April, nearly 300 schoolgirls were abducted from a school by Boko Haram in a mass kidnapping which triggered "
     "international outcry.", [M(300, "detained")], []),
    # held by their captors, with no "hostage" word
    ("https://solveisraelsproblems.com/boko-haram-attack-kills-at-least-45-in-nigeria",
     "219 girls are still believed to be held by the insurgents.", [M(219, "detained")], []),
    # -- arrests --
    ("https://trump.news-pravda.com/trump/2025/06/10/153015.html",
     "So, during the days of protests, the police detained about 378 people, CNN reported.",
     [M(378, "detained")], []),
    ("https://trump.news-pravda.com/trump/2025/06/10/153015.html",
     "According to Los Angeles Police Chief Jim McDonnell, about 200 violators have been arrested in the last 24 hours "
     "alone.", [M(200, "detained")], []),
    ("https://www.devdiscourse.com/article/law-order/808778-delhi-213-protestors-detained-from-outside-up-bhawan",
     "As many as 213 people were detained from outside the Uttar Pradesh Bhawan on Thursday for staging a protest "
     "without permission, according to the Deputy Commissioner of Police (DCP), New Delhi.", [M(213, "detained")], []),
    # -- killed and injured: subject or object of the verb --
    ("https://www.millenniumpost.in/world/gunmen-kill-at-least-23-in-an-attack-in-central-mali-529894",
     "Bamako: Armed gunmen killed at least 23 people and wounded 12 in an attack on a village in central Mali, "
     "officials said Sunday.", [M(23, "killed"), M(12, "injured")], []),
    ("http://www.aljazeera.com/news/africa/2014/02/nigeria-village-attack-leaves-scores-dead-2014216172549157111.html",
     "Attackers looted stores, set homes on fire, stole about 10 vehicles and killed 63 people, according to a "
     "survivor who spoke to AP anonymously.", [M(63, "killed")], []),
    ("https://solveisraelsproblems.com/boko-haram-attack-kills-at-least-45-in-nigeria",
     "Village chief Mallam Bulama said, \"We counted 45 bodies at the end of the attack.\"", [M(45, "killed")], []),
    ("https://www.devdiscourse.com/article/law-order/808778-delhi-213-protestors-detained-from-outside-up-bhawan",
     "\"288 policemen were injured, and 61 of them had received bullet injuries during the protests,\" it added.",
     [M(288, "injured")], [M(61, "injured")]),
    ("https://www.urdupoint.com/en/world/death-toll-in-israeli-airstrikes-in-gaza-rise-1251194.html",
     "The number of Palestinians killed in Israeli airstrikes on the Gaza Strip has risen to 174, including 47 "
     "children, the enclave's health ministry said Sunday.", [M(174, "killed"), M(47, "killed")], []),
    ("https://www.urdupoint.com/en/world/number-of-palestinians-killed-in-israeli-stri-1251282.html",
     "Earlier on Sunday, the Israeli Home Front Command said 10 were killed, about 50 seriously injured and hundreds "
     "received various injuries in Israel.", [M(10, "killed"), M(50, "injured")], []),
    ("https://utterbuzz.com/2019/03/115-reported-dead-after-attack-on-central-malian-village/",
     "115 reported dead after attack on central Malian village", [M(115, "killed")], []),
    ("https://leadership.ng/bandits-kill-5-release-51-after-ransom-payment-in-kaduna/",
     "Bandits kill 5, release 51 after ransom payment in Kaduna", [M(5, "killed"), M(51, "released")], []),
    # -- displacement: inside the country, across a border --
    ("https://www.crosswalk.com/print/11760582/",
     "Since the start of the conflict in Syria, an estimated 11 million Syrians have been forced to flee their homes.",
     [M(11_000_000, "internally_displaced")], []),
    ("https://www.crosswalk.com/print/11760582/",
     "About 4.8 million of these are refugees in other countries, while about 7 million are internally displaced.",
     [M(4_800_000, "refugees"), M(7_000_000, "internally_displaced")], []),
    ("https://www.crosswalk.com/print/11760582/",
     "Syria: 100,000 People Displaced in 8 Days", [M(100_000, "internally_displaced")], []),
    ("http://www.msf.org/en/article/bbc-thousands-flee-dr-congo-fighting",
     "Recent fighting between rival rebel factions in north-eastern Democratic Republic of Congo has forced more than "
     "110,000 people to flee their homes, aid agencies say.", [M(110_000, "internally_displaced")], []),
    ("https://www.cbc.ca/news/world/un-sudan-displacement-1.7066199",
     "Medani, which is about 100 kilometres southeast of Khartoum, had hosted more than 86,000 of the displaced, OCHA "
     "said.", [M(86_000, "internally_displaced")], []),
    ("https://www.oodaloop.com/globalrisk/2023/11/08/sudan-conflict-thousands-flee-fresh-ethnic-killings-in-darfur/",
     "Most of the 7,000 people who have crossed into Chad in the past three days are women and children who are "
     "fleeing with nothing.", [M(7000, "refugees")], []),
    ("http://uk.reuters.com/article/syria-crisis-refugees-idUKL6E8IK4H620120720",
     "One million Syrians are also believed to be internally displaced within the country as of last week, she told a "
     "news briefing in Geneva.", [M(1_000_000, "internally_displaced")], []),
    ("https://dailynewsen.com/?p=19522",
     "Between 10,000 and 20,000 people have fled the ongoing fighting in Sudan to find refuge in neighboring Chad, "
     "according to teams from the United Nations High Commissioner for Refugees (UNHCR) present at the border.",
     [M(10_000, "refugees"), M(20_000, "refugees")], []),
    ("https://news.yahoo.com/families-fleeing-sudan-arrive-neighbouring-154642490.html",
     "Since the beginning of the conflict in Sudan, at least 20,000 refugees have fled across the border into Chad, "
     "according to the UNHCR.", [M(20_000, "refugees")], []),
    ("https://www.voanews.com/a/a-13-2008-02-11-voa33/349742.html",
     "Many people have been displaced and about 12,000 others have sought refuge in neighboring Chad.",
     [M(12_000, "refugees")], []),
    ("https://christiantoday.com/article/thousands.of.chadian.refugees.flee.to.nigeria/16703.htm",
     "The International Committee of the Red Cross (ICRC) in the Nigerian capital Abuja said Red Cross volunteers in "
     "Borno state had registered 2,423 refugees by Wednesday morning.", [M(2423, "refugees")], []),
    # a total that names nothing is a total of what its clause says happened
    ("http://ionglobaltrends.com/2011/04/cote-divoire-exodus-into-neighbouring.html",
     "Some 2,000 Ivorians have crossed into Ghana in the last week, bringing the total there to 7,200.",
     [M(2000, "refugees"), M(7200, "refugees")], []),
    ("http://ionglobaltrends.com/2011/04/cote-divoire-exodus-into-neighbouring.html",
     "Further east of Côte d'Ivoire, some 200 Ivorians have been arriving daily in Togo in recent days, bringing the "
     "total to 2,300 Ivorian refugees.", [M(200, "refugees"), M(2300, "refugees")], []),
    # a count in brackets counts the noun before it
    ("http://ionglobaltrends.com/2011/04/cote-divoire-exodus-into-neighbouring.html",
     "Most of the refugees (135,000) are hosted in Liberia.", [M(135_000, "refugees")], []),
    # -- evacuations: an organised move out of danger --
    ("https://www.aljazeera.com/news/2016/12/15/almost-3000-civilians-evacuated-from-east-aleppo",
     "At least 3,000 civilians were evacuated from east Aleppo under a deal allowing Syria's regime to take full "
     "control of the city after years of fighting, the International Committee of the Red Cross (ICRC) said.",
     [M(3000, "evacuated")], []),
    ("https://www.aljazeera.com/news/2016/12/15/almost-3000-civilians-evacuated-from-east-aleppo",
     "Almost 3,000 civilians evacuated from east Aleppo", [M(3000, "evacuated")], []),
    ("https://www.rnz.co.nz/news/world/235583/civilians-moved-from-besieged-city",
     "By Friday afternoon about 80 people had been evacuated, a UN official told Syrian television.",
     [M(80, "evacuated")], []),
    ("https://rumble.com/v33b00-first-evacuation-convoys-arrive-in-besieged-aleppo.html",
     "Local doctor Hamza al-Khatib was quoted saying that 125 critically injured people would be evacuated on "
     "December 15.", [M(125, "evacuated")], []),
    # -- aid: trucks, people reached, people in need --
    ("https://www.spacewar.com/reports/Aid_trucks_resume_crossing_Egypt-Gaza_border_after_closure_999.html",
     "The October peace deal between Israel and Palestinian militant group Hamas stipulates that 600 aid trucks should "
     "be allowed in per day.", [M(600, "aid_trucks")], []),
    ("https://www.bangkokpost.com/world/2668734/aid-starts-trickling-into-gaza",
     "Hamas, which has controlled Gaza since 2007, said a relief aid convoy of 20 trucks would enter on Saturday, "
     "carrying medicine, medical supplies and a limited amount of food and canned goods.", [M(20, "aid_trucks")], []),
    # "according to the Israeli army" reports the count; the army does not make the trucks military
    ("https://al-monitor.com/originals/2023/12/gaza-bound-aid-trucks-endure-grueling-wait-border",
     "On average, 80 trucks enter Gaza daily through the Kerem Shalom crossing, according to the Israeli army.",
     [M(80, "aid_trucks")], []),
    ("https://unis.unvienna.org/unis/topics/related/2023/humanitarian-need.html",
     "Another 17 million people in Afghanistan, 2.8 million in Nigeria and 2.5 million in the Democratic Republic of "
     "the Congo have received humanitarian aid since the beginning of this year.",
     [M(17_000_000, "assisted"), M(2_800_000, "assisted"), M(2_500_000, "assisted")], []),
    # the aid noun is outside the verb's clause: "deliveries to support"
    ("https://unis.unvienna.org/unis/topics/related/2023/humanitarian-need.html",
     "In Ukraine last year, aid workers ramped up deliveries to support some 15.4 million people.",
     [M(15_400_000, "assisted")], []),
    ("https://press.un.org/en/food?page=45",
     "More than 119,000 people hit by Tropical Cyclone Amanda in El Salvador need assistance, according to the United "
     "Nations Children's Fund.", [M(119_000, "in_need")], []),
    # -- Myanmar, Yemen, Georgia, Lebanon: the same classes in other conflicts --
    ("https://www.financialexpress.com/world-news/about-3000-people-flee-to-thailand-after-myanmar-armys-air-strikes-on-villages/2222285/",
     "About 3,000 villagers from Myanmar's southeastern Karen state fled to Thailand on Sunday following air attacks by "
     "the army on an area held by an ethnic armed group, an activist group and local media said.",
     [M(3000, "refugees")], []),
    ("https://www.financialexpress.com/world-news/about-3000-people-flee-to-thailand-after-myanmar-armys-air-strikes-on-villages/2222285/",
     "\"At the moment, villagers are hiding in the jungle as more than 3,000 crossed to Thailand to take refuge,\" a "
     "statement said.", [M(3000, "refugees")], []),
    ("https://au.news.yahoo.com/thais-prepare-myanmar-refugee-influx-074904634.html",
     "About 2500 people, including 200 students, have crossed the Salween River into northern Thailand's Mae Hong Son "
     "province, according to Burma Free Rangers.", [M(2500, "refugees")], [M(200, "refugees")]),
    ("https://au.news.yahoo.com/thais-prepare-myanmar-refugee-influx-074904634.html",
     "An estimated 10,000 people are believed to be displaced in Myanmar's northern Karen state, the agency said.",
     [M(10_000, "internally_displaced")], []),
    ("https://www.irrawaddy.com/news/burma/myanmar-junta-airstrikes-kill-two-injure-seven-near-thai-border.html",
     "Myanmar junta's indiscriminate airstrikes have killed two civilians and injured seven others, including children, "
     "in two Karen villages near the Thai border and displacing hundreds of civilians.",
     [M(2, "killed"), M(7, "injured")], []),
    ("https://www.irrawaddy.com/news/burma/myanmar-junta-airstrikes-kill-two-injure-seven-near-thai-border.html",
     "The NGO said more than 300 villagers are seeking refuge in Thailand.", [M(300, "refugees")], []),
    ("https://www.aninews.in/news/world/asia/thousands-flee-to-thailand-after-myanmar-armys-air-strikes-on-villages-report20210328200312/",
     "This comes after Karen National Union (KNU), the ethnic group that controls the southeastern region, said three "
     "villagers lost their lives, while eight sustained injuries following an attack by fighter jets on Kawthoolei "
     "(Karen state).", [M(3, "killed"), M(8, "injured")], []),
    ("https://english.alarabiya.net/News/saudi-arabia/2023/04/15/-Yemen-bound-plane-carrying-rebel-prisoners-leaves-Saudi-ICRC-",
     "The flight from the southern Saudi city of Abha took off before 9 am (0600 GMT) carrying 120 former detainees, "
     "ICRC spokeswoman Jessica Moussan said, part of a multi-day exchange involving nearly 900 prisoners.",
     [M(120, "released"), M(900, "released")], []),
    ("https://news.antiwar.com/2019/09/30/yemen-releases-hundreds-of-prisoners-in-sanaa",
     "Among those released were also 42 survivors of the Dhamar Prison disaster.", [M(42, "released")], []),
    ("https://www.680news.com/2019/11/28/houthi-prisoners-land-in-yemen-after-release/",
     "The ICRC, which supervised the arrival, said in a statement that 128 of 200 captives freed earlier this week "
     "arrived at the airport in the capital Sanaa.", [M(128, "released"), M(200, "released")], []),
    ("https://kashmirreader.com/2023/04/17/hundreds-of-houthi-prisoners-16-saudis-freed-on-day-two-of-swap/",
     "It was followed by a flight from Sanaa to Riyadh carrying 20 former detainees, among them 16 Saudis and three "
     "Sudanese, according to the state-affiliated Al Ekhbariya channel.",
     [M(20, "released")], [M(16, "released"), M(3, "released")]),
    ("https://www.defenceweb.co.za/middle-east/middle-east-middle-east/houthi-prisoners-freed/",
     "The Houthis unilaterally released 350 prisoners in September, including three Saudis, after extending an offer to "
     "halt cross-border missile and drone strikes on Saudi Arabia if the coalition ended air strikes on Yemen.",
     [M(350, "released")], [M(3, "released")]),
    ("https://www.tellerreport.com/news/2022-05-07-dozens-of-houthi-prisoners-released--accusations-of-non-compliance-with-the-agreement.SyxOAtU7U9.html",
     "The coalition announced last month that it would release 163 prisoners from the Houthi group, but a Houthi "
     "official later said that the list included individuals who do not belong to the group.",
     [M(163, "released")], []),
    ("https://www.voanews.com/a/a-13-2008-10-17-voa19/402936.html",
     "The war between Georgia and Russia in early August drove more than 130,000 Georgians from their homes as they "
     "fled bombing, shelling and looting.", [M(130_000, "internally_displaced")], []),
    ("https://www.thenewhumanitarian.org/report/60587/lebanon-returnees-seek-shelter-host-families-south",
     "Rough estimates indicate that the number of displaced in Lebanon could still be as high as 150,000, said Astrid "
     "Van Genderen Stort, spokesperson for the UN's refugee agency (UNHCR) in Beirut.",
     [M(150_000, "internally_displaced")], []),
    ("https://www.urdupoint.com/en/world/death-toll-in-israeli-airstrikes-in-gaza-rise-1251194.html",
     "\"174 people were killed, including 47 children and 29 women, 1200 people were injured,\" the ministry said in a "
     "statement.", [M(174, "killed"), M(1200, "injured")], [M(47, "killed"), M(29, "killed")]),
    ("https://www.devdiscourse.com/article/law-order/808778-delhi-213-protestors-detained-from-outside-up-bhawan",
     "\"A total of 1,113 people were arrested in connection with the riots and preventive action was taken against 5,558 "
     "others during the anti-CAA protest,\" the statement by UP police read.", [M(1113, "detained")], []),
    # -- negatives: rockets, vehicles, weapons, houses, troops abroad, FIRs, dates, money, ages, shares --
    ("https://www.devdiscourse.com/article/law-order/808778-delhi-213-protestors-detained-from-outside-up-bhawan",
     "The police have also seized 35 country-made pistols, 69 live rounds and 647 shells from the locations of "
     "protest.", [], []),
    ("https://www.thenewhumanitarian.org/report/60587/lebanon-returnees-seek-shelter-host-families-south",
     "According to UNHCR, roughly 15,000 houses were completely destroyed during the war, another 15,000 were "
     "partially damaged, and a further 30,000 suffered minor damage.", [], []),
    ("https://www.urdupoint.com/en/world/death-toll-in-israeli-airstrikes-in-gaza-rise-1251194.html",
     "According to the latest reports, about 2,900 rockets have been fired from the Gaza Strip into Israeli territory "
     "since the start of the hostilities on May 10.", [], []),
    ("https://english.news.cn/africa/20260221/e9de77f140f944518e36c3fe51a28a35/c.html",
     "The attackers arrived on more than 150 motorcycles, moving through the community, shooting indiscriminately at "
     "residents and razing some buildings, Faru said.", [], []),
    ("https://solveisraelsproblems.com/boko-haram-attack-kills-at-least-45-in-nigeria",
     "Trader Musa Abbani, who fled to Maiduguri, added, \"The attackers destroyed more than half of the houses in our "
     "village, burnt over 50 motorcycles and four cars before they took away foodstuff and animals.\"", [], []),
    ("http://news.bbc.co.uk/2/hi/africa/7228572.stm",
     "Former colonial power France has 1,400 troops in Chad and has helped to evacuate foreigners from the city.",
     [], [M(1400, "troops")]),
    ("https://www.devdiscourse.com/article/law-order/808778-delhi-213-protestors-detained-from-outside-up-bhawan",
     "The statement added that a total of 327 FIRs were lodged in connection with the protests and 19 people had lost "
     "their lives in violence over the issue.", [M(19, "killed")], []),
    ("https://allafrica.com/stories/202310020027.html",
     "A total of N17 million was paid in instalments but the victims are yet to be released.", [], []),
    ("http://www.northeasttoday.in/three-kidnapped-traders-released-in-meghalaya/",
     "Their release came after the family members allegedly paid a ransom of Rs 25000 to their captors.", [], []),
    ("https://unis.unvienna.org/unis/topics/related/2023/humanitarian-need.html",
     "Financing for humanitarian assistance is not keeping up with rising demand, with the Global Humanitarian Appeal "
     "only 20 per cent funded.", [], []),
    ("https://www.voanews.com/a/a-13-2008-02-11-voa33/349742.html",
     "The attacks took place in the areas of Sirba, Sileah and Abu Suruj, about 50 to 70 kilometers north of El "
     "Geneina, the capital of West Darfur.", [], []),
    ("https://voa.pangea-cms.com/preview/en-US/a/scores-of-ukrainian-and-russian-prisoners-head-back-home-after-swap-/7919089.html",
     "\"My son is 5 years old now. The last time I saw him, he was 2 years old,\" said Serhii, who was captured by "
     "Russian forces at the Azovstal steel mill in the southern port of Mariupol, which withstood a siege for nearly "
     "three months in 2022.", [], []),
    ("https://www.devdiscourse.com/article/law-order/2957446-heartfelt-homecoming-ukraine-and-russia-swap-150-pows-amidst-ongoing-tensions",
     "The exchange of the 150 POWs in all was the fourth swap this year and the 52nd since Russia invaded Ukraine in "
     "February 2022.", [], [M(150, "released")]),
]


PARAMS = [pytest.param(sentence, golds, optional, id=f"{' '.join(sentence.split()[:6])} {url}")
          for url, sentence, golds, optional in CASES]


@pytest.mark.parametrize("sentence, golds, optional", PARAMS)
def test_figure_measure_from_clause(run, sentence, golds, optional) -> None:
    assert_figures(list(run(sentence).figures), golds, optional)
