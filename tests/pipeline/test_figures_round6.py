"""Figures in unseen wire sentences, round 6: people freed, handed over, swapped, returned home, evacuated and reached by
aid, from many outlets and conflicts (Russia-Ukraine swaps, Yemen's prisoner deals, Armenia-Azerbaijan handovers, ELN
hostage releases, Myanmar amnesties, Gaza truce exchanges, Nigerian abductions, Sudan, DR Congo, Syria, Tigray,
Afghanistan): ``released`` against ``returned`` and ``evacuated``, ``assisted`` against ``aid_trucks``; and the numbers
around them that are no figures (buses, cities, days, years, distances, counts of exchanges)."""

from __future__ import annotations

import pytest

from tests.pipeline.test_figures_outlets import ICRC, IOM, Gold, assert_figures, case_params

UKR_HQ = ("Coordination Headquarters", "Coordination Headquarters for the Treatment of Prisoners of War")
AZ_COMM = ("State Commission",)
RU_MOD = ("Defense Ministry", "Defence Ministry", "Ministry of Defense", "Russia", "ministry")

# (sentence, the figures a reader finds in it, figures a reader may or may not count)
CASES = [
    # https://cuu.coron.tech/news/312723202458019947359
    ("\u201cTwo hundred and seven of our people have returned to their native soil!\u201d Ukrainian human rights "
     "commissioner Dmytro Lubinets wrote on Telegram on Wednesday.", [Gold(207, "returned", None, ("Lubinets",))], []),
    # https://uat.apnews.com/article/ukraine-russia-war-prisoner-swap-53b8061fbbc68a397292c798366c5947
    ("Russia and Ukraine said Wednesday they had each swapped 175 prisoners in one of the largest exchanges since the "
     "Russian full-scale invasion started three years ago.", [Gold(175, "released")], []),
    # https://www.improvethenews.org/story/2024/russia-and-ukraine-complete-first-prisoner-swap-since-plane-crash
    ("In this latest exchange, Ukraine was able to return 207 of its defenders home.", [Gold(207, "returned")], []),
    # https://republicanpeak.com/ukraine-russia-engage-in-rare-prisoner-swap-after-months/
    ("For the first time in three months, Russia and Ukraine swapped prisoners of war (POWs), with each country "
     "receiving 75 POWs.", [Gold(75, "released")], [Gold(75, "returned")]),
    ("This year\u2019s exchange of 150 prisoners of war was the fourth since February 2022, when Russia invaded Ukraine, "
     "and the 52nd overall.", [Gold(150, "released")], []),
    ("As a result of the trade, 3,210 Ukrainian servicemen and civilians have returned to their home countries since "
     "the conflict began.", [Gold(3210, "returned")], []),
    # https://ukrlm.so/revelations/pow-swap
    ("Russia\u2019s Defense Ministry stated on Monday that 106 Russian soldiers were released from Ukrainian custody as "
     "part of the agreement, while Andriy Yermak, Ukrainian President Volodymyr Zelenskyy\u2019s chief of staff, "
     "confirmed that Russia had freed 100 Ukrainian prisoners.",
     [Gold(106, "released", "exact", ("Defense Ministry", "Russia")), Gold(100, "released", "exact", ("Yermak",))], []),
    # https://thedrumonline.net/?p=55524
    ("Both sides said about 200 prisoners each had been exchanged on Wednesday, although they disagreed about the exact "
     "figures.", [Gold(200, "released", "about")], []),
    ("Russia\u2019s defence ministry released a statement in which it confirmed the swap and said \u201cexactly 195 "
     "Ukrainian armed forces prisoners of war have been handed over\u201d for the return of 195 captured Russian "
     "soldiers.", [Gold(195, "released")], [Gold(195, "returned")]),
    # https://www.thedailybeast.com/over-100-ukrainian-pows-returned-in-prisoner-swap-with-russia
    ("The 116 freed prisoners included many who had defended the southern port city of Mariupol during Russia\u2019s "
     "infamous siege, as well as guerrilla soldiers from the embattled Kherson region and snipers from the city of "
     "Bakhmut.", [Gold(116, "released")], []),
    ("In exchange, Russia received 63 POWs, including some in a \u201cspecial category,\u201d according to Russian "
     "officials, though they declined to provide detail on what that category entailed.",
     [Gold(63, "released", "exact", ("Russian officials",))], [Gold(63, "returned")]),
    ("Over 100 Ukrainian prisoners of war have been liberated in a prisoner swap with Russia, according to Ukrainian "
     "presidential aide Andriy Yermak.", [Gold(100, "released", "more_than", ("Yermak",))], []),
    # https://en.interfax.com.ua/news/general/901708.html
    ("Twelve Ukrainians have returned home from captivity, according to the Coordination Headquarters for the "
     "Treatment of Prisoners of War (POWs).", [Gold(12, "returned", "exact", UKR_HQ)], []),
    # https://unn.ua/en/amp/more-than-4-thousand-ukrainian-citizens-have-already-been-returned-from-captivity
    ("In the latest prisoner exchange, 150 Ukrainian servicemen were returned from Russian captivity.",
     [Gold(150, "returned")], []),
    ("This is the 61st exchange of prisoners of war, and a total of 4131 prisoners have returned to Ukraine.",
     [Gold(4131, "returned")], []),
    # https://komersant.ua/en/v-ukrainu-z-polonu-povernuly-ponad-3-7-tysiachi-hromadian-detali
    ("As a key body in protecting the rights and interests of Ukrainian prisoners of war, missing persons and their "
     "families, the Coordination Headquarters for the Treatment of Prisoners of War has organized more than 50 "
     "exchanges and other special measures since February 24, 2022, as a result of which 3,767 military and civilians "
     "have returned to Ukraine.", [Gold(3767, "returned")], []),
    # -- Yemen --
    # https://english.alarabiya.net/News/saudi-arabia/2023/04/15/-Yemen-bound-plane-carrying-rebel-prisoners-leaves-Saudi-ICRC-
    ("The flight from the southern Saudi city of Abha took off before 9 am (0600 GMT) carrying 120 former detainees, "
     "ICRC spokeswoman Jessica Moussan said, part of a multi-day exchange involving nearly 900 prisoners.",
     [Gold(120, "released", "exact", ("Moussan", "ICRC")), Gold(900, "released", "about")], []),
    # https://kashmirreader.com/2023/04/17/hundreds-of-houthi-prisoners-16-saudis-freed-on-day-two-of-swap/
    ("It was followed by a flight from Sanaa to Riyadh carrying 20 former detainees, among them 16 Saudis and three "
     "Sudanese, according to the state-affiliated Al Ekhbariya channel.", [Gold(20, "released")],
     [Gold(16, "released"), Gold(3, "released")]),
    ("The exchange came after 318 prisoners were transported on Friday on four flights between government-controlled "
     "Aden and the rebel-held capital, Sanaa, reuniting with their families before next week\u2019s Muslim holiday of "
     "Eid al-Fitr.", [Gold(318, "released")], []),
    # https://www.tellerreport.com/news/2022-05-07-dozens-of-houthi-prisoners-released--accusations-of-non-compliance-with-the-agreement.SyxOAtU7U9.html
    ("On Friday, the Saudi-led coalition said it had transferred more than 100 released prisoners to Yemen, in "
     "coordination with the International Committee of the Red Cross, as part of a humanitarian initiative to support "
     "a UN-brokered truce.", [Gold(100, "released", "more_than", ("coalition",))], []),
    ("For its part, the Houthi group\u2019s Prisoners and Detainees Committee said that the number of prisoners released "
     "from Saudi Arabia is 126, not 163, as contained in the International Committee of the Red Cross\u2019s "
     "statements.", [Gold(126, "released", "exact", ("Committee",))], [Gold(163, "released")]),
    # https://news.antiwar.com/2019/09/30/yemen-releases-hundreds-of-prisoners-in-sanaa
    ("The Red Cross said 290 detainees were processed by them, while the Houthis statement said 350 were released in "
     "total.", [Gold(350, "released", "exact", ("Houthis",))], [Gold(290, "released"), Gold(290, "detained")]),
    # https://al-masdaronline.net/national/134
    ("On Tuesday, the Saudi-led coalition announced an initiative to release 200 Houthi prisoners and open Sana\u2019a "
     "airport for the transport the wounded for treatment abroad in coordination with the World Health Organization "
     "(WHO).", [Gold(200, "released")], []),
    # -- Armenia / Azerbaijan --
    # https://report.az/en/incident/azerbaijan-repatriates-8-armenian-servicemen
    ("Eight Armenian servicemen were handed over to the opposite side, according to Azerbaijan's State Commission on "
     "Prisoners of War, Missing Persons and Hostages.", [Gold(8, "released", "exact", AZ_COMM)], []),
    # https://news.az/news/baku-hands-over-8-armenian-servicemen-to-yerevan
    ("Baku has handed over eight Armenian servicemen to Yerevan, the State Commission of Azerbaijan on Prisoners of "
     "War, Missing Persons and Hostages said on Monday, News.Az reports.", [Gold(8, "released")], []),
    # https://ycnews.com/azerbaijan-and-armenia-exchange-prisoners/amp/
    ("On the evening of the 14th local time, Armenia also announced that 44 prisoners had returned to Armenia from "
     "Azerbaijan.", [Gold(44, "returned", "exact", ("Armenia",))], []),
    # https://dtx.gov.az/en/news/1805.html
    ("As reported, on December 7, 2023, as a result of negotiations between the Administration of the President of the "
     "Republic of Azerbaijan and the Office of the Prime Minister of the Republic of Armenia, an agreement was reached "
     "on the release of 32 Armenian servicemen by Azerbaijan and 2 Azerbaijani servicemen by Armenia, guided by the "
     "principles of humanism and as a measure of mutual trust.", [Gold(32, "released"), Gold(2, "released")], []),
    # https://mirrorspectator.com/2020/12/15/armenia-azerbaijan-begin-prisoner-swap/
    ("Armenian officials said a Russian plane carrying 44 Armenian prisoners landed at Yerevan\u2019s Erebuni airport "
     "late in the evening.", [], [Gold(44, "returned"), Gold(44, "released"), Gold(44, "detained")]),
    # https://hyetert.org/2021/11/12/yerevan-has-returned-17-pows-and-detainees-to-baku-since-december-2020-azeri-pm-says/
    ("\u201cWith the mediation of Russian peacekeepers, a total of 122 prisoners of war and detainees have been "
     "returned since December 22, 2020. 105 of them have been repatriated to Armenia and 17 to Azerbaijan,\u201d the "
     "prime minister said.", [Gold(122, "returned"), Gold(105, "returned"), Gold(17, "returned")], []),
    # -- Colombia --
    # https://www.reuters.com/article/us-colombia-rebels/colombia-guerrilla-group-the-eln-releases-six-prisoners-idUSKBN23L0SJ
    ("Colombia\u2019s biggest active guerrilla group, the National Liberation Army (ELN), released six hostages on "
     "Sunday in the north east of the country, the International Committee of the Red Cross (ICRC) said.",
     [Gold(6, "released", "exact", ICRC)], []),
    ("The ELN has now freed eight hostages in the last three days after the leftist rebel group released two people "
     "on Friday.", [Gold(8, "released"), Gold(2, "released")], []),
    # https://au.news.yahoo.com/colombias-eln-rebels-free-two-hostages-red-cross-35165475.html
    ("Colombia's last active rebel group, the National Liberation Army (ELN), freed two hostages after more than a "
     "month in captivity, the Red Cross said, a boost to ongoing peace talks.", [Gold(2, "released", "exact", ICRC)],
     []),
    # https://www.theglobeandmail.com/world/article-colombian-rebels-free-six-hostages-as-government-evaluates-whether-to/
    ("Colombia\u2019s ELN rebel group on Wednesday freed six more hostages it seized last month, the guerrillas and the "
     "government said, as right-wing President Ivan Duque evaluates whether to resume peace negotiations with the "
     "insurgents.", [Gold(6, "released")], []),
    ("Earlier this month, the ELN freed three hostages.", [Gold(3, "released")], []),
    # -- Myanmar --
    # https://nepalnews.com/index.php/s/global/myanmar-junta-frees-thousands-of-detainees-in-amnesty
    ("The junta announced the release of 1,316 prisoners from various facilities throughout the country as well as "
     "4,320 detainees who faced ongoing cases for anti-junta activities, including well-known politicians, "
     "celebrities, film actors and journalists.", [Gold(1316, "released"), Gold(4320, "released")], []),
    ("Earlier on June 30, the junta had announced a general amnesty and freed nearly 200 detainees freed from "
     "detention across the country.", [Gold(200, "released", "about")], []),
    # https://saudialyoom.com/en/2023/04/17/myanmar-junta-to-free-3000-prisoners-in-new-year-amnesty/amp
    ("Junta chief Min Aung Hlaing \u201cpardoned 3,015 prisoners\u2026 to mark Myanmar New Year, for the peaceful mind "
     "of the people and on humanitarian grounds,\u201d the junta\u2019s information team said in a statement.",
     [Gold(3015, "released")], []),
    ("Shortly after its coup, the junta released around 23,000 prisoners, with some rights groups at the time fearing "
     "the move was to free up space for opponents of the military as well as to cause chaos in communities.",
     [Gold(23_000, "released", "about")], []),
    # https://www.nottinghamguardian.co.uk/Politics/609551-myanmar-junta-says-to-release-over-6000-prisoners-in-annual-amnesty.html
    ("Fifty-two foreign prisoners were also to be released and deported, it said in a separate statement.",
     [Gold(52, "released")], [Gold(52, "deported")]),
    # -- Ukrainian children --
    # https://babel.ua/en/news/99608-four-children-who-were-deported-by-russia-have-returned-to-ukraine
    ("Four children who were deported by Russia during the war have returned to Ukraine.",
     [Gold(4, "returned")], []),
    # https://localnews8.com/news/2023/04/08/ukraine-brings-back-31-children-from-russia-amid-war/
    ("The head of a Ukrainian rescue organization says the organization has brought back 31 children from Russia, "
     "where they had been taken during the war.", [Gold(31, "returned")], []),
    # https://good-time-invest.com/blog/32-deported-children-were-returned-to-ukraine/
    ("However, on March 21, 15 children returned to their native country.", [Gold(15, "returned")], []),
    ("On March 22, 17 children were released from Russian captivity.", [Gold(17, "released")], [Gold(17, "returned")]),
    # -- Gaza --
    # https://in4newz.com/2023/11/hamas-releases-second-group-of-17-prisoners-with-conditions.html
    ("The exchange of prisoners took place on Friday, with Hamas releasing 13 Israeli hostages, including children and "
     "the elderly.", [Gold(13, "released")], []),
    ("In return, Israel released 39 Palestinian women and youth from its prisons.", [Gold(39, "released")], []),
    # https://rks.news/?p=33973
    ("In a significant development, Israel released 90 Palestinian prisoners last night, hours after Hamas freed three "
     "Israeli hostages as part of a ceasefire agreement.", [Gold(90, "released"), Gold(3, "released")], []),
    ("Hamas has pledged that for every Israeli hostage freed, 30 Palestinian prisoners will be released from Israeli "
     "detention.", [Gold(30, "released")], []),
    # https://thedailyfactum.com/article/hostages-prisoners-exchanged-amid-israel-hamas-truce
    ("In a separate development, the United Nations reported that 61 trucks delivered food, water, and emergency "
     "medical supplies to northern Gaza.", [Gold(61, "aid_trucks", "exact", ("United Nations",))], []),
    # -- Nigeria --
    # https://www.wionews.com/videos/nigeria-kidnappers-free-29-college-students-abducted-in-kaduna-state-383158
    ("Kidnappers have released the remaining 29 students they were holding captive from a college in Nigeria\u2019s "
     "Kaduna state.", [Gold(29, "released")], []),
    # https://www.thedailybeast.com/30-kidnapped-nigerian-students-freed-after-7-months-officials-say
    ("Thirty Nigerian students held in captivity for almost seven months have been released, according to a "
     "government official.", [Gold(30, "released")], []),
    # https://www.africanews.com/2021/05/30/14-nigerian-students-freed-from-kidnappers-in-kaduna-state/
    ("\"Fourteen students of Greenfield University were released by their captors this evening,\" police spokesman "
     "Mohammed Jalige told AFP.", [Gold(14, "released", "exact", ("Jalige",))], []),
    # https://playcrazygame.com/2021/08/28/dozens-of-students-kidnapped-three-months-ago-released-in-nigeria-world/
    # -- evacuations --
    # https://globalbihari.com/rafah-reopens-five-evacuated-18500-await-care-in-gaza
    ("On the same day, WHO and its partners supported the medical evacuation of five patients and seven accompanying "
     "family members to Egypt.", [Gold(5, "evacuated")], [Gold(7, "evacuated")]),
    # https://www.ewn.co.za/2025/05/16/red-cross-escorts-more-than-1-300-dr-congo-soldiers-out-of-rebel-city
    ("The International Committee of the Red Cross (ICRC) said Thursday it had evacuated more than 1,300 DR Congo "
     "soldiers and police out of the eastern city of Goma that is controlled by the M23 armed group.",
     [Gold(1300, "evacuated", "more_than", ICRC)], []),
    # https://www.newindianexpress.com/world/2017/apr/15/buses-evacuate-hundreds-from-four-besieged-syria-towns-1593869.html
    ("The Syrian Observatory for Human Rights said 5,000 people had left the two towns, including 1,300 "
     "pro-government fighters.", [], [Gold(5000, "evacuated"), Gold(1300, "evacuated")]),
    # http://growthefuturenow.com/darayya-siege-evacuation-of-syrian-town-begins/
    ("Syrian state media said 700 armed men and 4,000 civilians will be evacuated as part of the agreement.",
     [Gold(700, "evacuated"), Gold(4000, "evacuated")], []),
    # -- aid --
    # https://www.ena.et/en/?p=36389
    ("World Food Program (WFP) disclosed today that its largest convoy of 308 trucks has arrived in Tigray this week.",
     [Gold(308, "aid_trucks")], []),
    # https://ethionegari.com/?p=1298
    ("Last Friday, WFP said 165 trucks delivered 3,000 tones of food and nutrition to Tigray in the past week.",
     [Gold(165, "aid_trucks")], [Gold(3000, "tonnes")]),
    # https://www.moatinoon.com/cgi-bin/sales?arcode=241122212818&arlang=English&type=article
    ("Since September, WFP has been providing food assistance to an average of 2 million people each month across "
     "Sudan, a figure expected to rise with this latest effort.", [Gold(2_000_000, "assisted", None)], []),
    # -- Afghanistan --
    # https://amu.tv/90652/
    ("The Taliban\u2019s Ministry of Refugees has announced the release of 16 Afghan nationals from prisons in "
     "Peshawar, Pakistan.", [Gold(16, "released")], []),
    # https://www.afintl.com/en/202507318577
    ("Mahmood-ul-Haq Ahadi, head of policy and planning at the ministry, told a press conference on Wednesday that a "
     "total of 9,951 Afghans were repatriated, including 9,541 from Pakistan,most of whom were detained for lacking "
     "legal residency documents, and 410 from Iran on various criminal charges.",
     [Gold(9951, "returned", "exact", ("Ahadi",))], [Gold(9541, "returned"), Gold(410, "returned")]),
    # -- a side's own people come home (returned), the other side's handed over (released) --
    # https://www.forcesnews.com/ukraine/prisoner-exchange-praised-step-toward-freedom-ukrainian-president
    ("The president said: \"Ninety-five of our people are back at home.", [Gold(95, "returned")], []),
    # https://sputnikglobe.com/20250506/russia-returns-205-military-personnel-from-ukraine-controlled-territory---defense-ministry-1121988602.html
    ("Russia has returned 205 servicepeople from the territory controlled by Kiev, another 205 prisoners of war have "
     "been handed over to Ukraine, the Russian Defense Ministry said on Tuesday.",
     [Gold(205, "returned", "exact", RU_MOD), Gold(205, "released", "exact", RU_MOD)], []),
    ("\"On May 6 of this year, as a result of the negotiation process, 205 Russian servicemen were returned from the "
     "territory controlled by the Kiev regime.", [Gold(205, "returned")], []),
    ("In exchange, 205 prisoners of war of the armed forces of Ukraine were transferred,\" the ministry said in a "
     "statement.", [Gold(205, "released", "exact", ("ministry",))], []),
    # https://pledgetimes.com/the-ministry-of-defense-confirmed-the-exchange-of-prisoners-of-war-with-ukraine/
    ("On Wednesday, November 23, as a result of negotiations, 35 Russian servicemen were returned from the territory "
     "controlled by Kyiv, who were in mortal danger in captivity.", [Gold(35, "returned")], []),
    ("On November 11, it became known that during the next exchange of prisoners, Kyiv returned 45 servicemen and the "
     "bodies of two more soldiers.", [Gold(45, "returned"), Gold(2, "bodies_returned")], [Gold(45, "released")]),
    # https://english.pravda.ru/news/hotspots/154420-russia_ukraine_pow/
    ("\"As a result of the negotiation process on the exchange, 20 Russian servicemen were returned from "
     "Kyiv-controlled territory of Ukraine,\u201d the Defense Ministry said in a statement.",
     [Gold(20, "returned", "exact", RU_MOD)], []),
    ("He said that as many as 32 servicemen \u2014 officers, sergeants and soldiers \u2014 returned to Ukraine.",
     [Gold(32, "returned", "up_to")], []),
    # https://www.ruptly.tv/en/videos/20221127-026
    ("Nine Russian prisoners of war (POW) returned home as a result of an exchange with the Ukrainian side, as reported "
     "by the Russian Defence Ministry on Saturday.", [Gold(9, "returned", "exact", RU_MOD)], []),
    ("\"As a result of the negotiations, nine Russian servicemen were repatriated from Kiev-controlled area on 26 "
     "November,\" the message reads.", [Gold(9, "returned")], []),
    ("On Saturday, the Head of the Office of the President of Ukraine Andriy Yermak confirmed the return of nine "
     "servicemen and three civilians.", [Gold(9, "returned", "exact", ("Yermak",)), Gold(3, "returned")], []),
    ("We managed to free 12 of our people.", [Gold(12, "released")], [Gold(12, "returned")]),
    # https://menafn.com/1109801638/Russian-soldiers-delivered-back-from-Ukrainian-captivity
    ("Russia has handed over the bodies of more than 6,000 Ukrainian troops and has received the remains of 57 Russian "
     "soldiers in return.", [Gold(6000, "bodies_returned", "more_than"), Gold(57, "bodies_returned")], []),
    # -- truce releases: parts, additions and "among those released" --
    # https://truthusa.us/world-news/hamas-frees-hostages-in-exchange-for-israeli-prisoners-as-ceasefire-begins
    ("Thai officials confirmed that 12 captured nationals were among those who were released by Hamas.",
     [Gold(12, "released", "exact", ("Thai officials",))], []),
    # https://www.newarab.com/news/hamas-israel-swap-detainees-hostages-truce-takes-hold
    ("Key mediator Qatar confirmed Hamas had on Friday released a total of 24 hostages and that Israel had freed 39 "
     "women and children from its prisons.",
     [Gold(24, "released", "exact", ("Qatar",)), Gold(39, "released", "exact", ("Qatar",))], []),
    ("\"Those released include 13 Israeli citizens, some of whom are dual citizens, in addition to 10 Thai citizens and "
     "a Filipino citizen,\" its foreign ministry spokesperson Majed Al Ansari said.",
     [Gold(13, "released", "exact", ("Al Ansari",)), Gold(10, "released")], []),
    # https://wptv.com/4-day-cease-fire-in-effect-in-gaza-ahead-of-hostage-releases
    ("In addition to the 13 Israeli captives, 10 Thai nationals and one Filipino citizen were also freed as part of a "
     "last-minute decision.", [Gold(10, "released"), Gold(1, "released")], [Gold(13, "released"), Gold(13, "detained")]),
    # https://time.com/3408286/isis-hostages-turkey
    ("All 49 have now been freed and returned to their home country, CNN reports.", [Gold(49, "released")],
     [Gold(49, "returned")]),
    # http://www.latimes.com/news/world/worldnow/la-fg-wn-freed-iranian-hostages-syria-20130110,0,7501976.story
    ("Iranian officials described the 48 freed hostages as Shiite Muslim pilgrims, abducted more than five months ago "
     "on their way to the Damascus airport.", [Gold(48, "released")], []),
    # https://usnn.com/israeli-hostages-released-from-gaza-strip/
    ("Another 39 Palestinian women and children detained in Israel, were also released in exchange, according to an "
     "announcement from Israeli Prime Minister Benjamin Netanyahu\u2019s office.", [Gold(39, "released")], []),
    # https://static2-azrcdn.newser.com/story/364337/hamas-releases-3-more-hostages.html
    ("In return for the hostages' release, Israel began releasing 369 Palestinian prisoners and detainees.",
     [Gold(369, "released")], []),
    # -- Sudan, Gaza, Libya, Afghanistan, DR Congo, Tigray, Nigeria: releases, returns, evacuations, aid --
    # https://allafrica.com/stories/202311020157.html
    ("Wad Madani \u2014 The International Committee of the Red Cross (ICRC) on Monday facilitated the release of 64 army "
     "soldiers who were held by the Rapid Support Forces (RSF) in Khartoum.", [Gold(64, "released")], []),
    ("Since the war broke out in mid-April, the ICRC has facilitated the release and transfer of 292 detainees, Hezam "
     "said.", [Gold(292, "released", "exact", ("Hezam",))], []),
    ("In end June, ICRC teams transported 125 SAF soldiers released by the RSF by bus from Khartoum to Wad Madani.",
     [Gold(125, "released")], []),
    # https://dabangasudan.org/en/all-news/article/sudan-war-rsf-releases-739-saf-and-police-prisoners
    ("The paramilitary Rapid Support Forces (RSF) announced the release of 739 prisoners, all members of the Sudanese "
     "Armed Forces (SAF) and police forces, on Saturday.", [Gold(739, "released", "exact", ("Rapid Support Forces", "RSF"))],
     []),
    # https://www.gulf-times.com/article/667870/international/africa/sudanese-army-to-hand-over-soldiers-of-rapid-support-forces-to-icrc
    ("At the same time, the army also plans to hand over 200 RSF fighters, the statement said, noting that it was "
     "awaiting the completion of the necessary formalities with the ICRC.", [Gold(200, "released")], []),
    # https://www.arise.tv/israeli-forces-rescue-four-hostages-from-central-gaza-strip/
    ("In accordance with an agreement reached in November, Hamas released 240 Palestinian inmates from Israeli jails "
     "and 105 hostages in exchange for a week-long ceasefire.", [Gold(240, "released"), Gold(105, "released")], []),
    # https://libyareview.com/23954/iom-141-migrants-repatriated-to-mali-from-libya
    ("On Wednesday, the International Organization for Migration (IOM) in Libya said that 141 Malian migrants have been "
     "repatriated from Libya, on a chartered flight from Sebha airport.", [Gold(141, "returned", "exact", IOM)], []),
    ("The IOM disclosed that it has helped repatriate 60,000 migrants from Libya, over the past seven years.",
     [Gold(60_000, "returned", None, IOM)], []),
    # https://iom.int/news/iom-returns-127-stranded-migrants-safely-15-countries-across-africa-asia
    ("This week (10/09), the International Organization for Migration (IOM) assisted 127 stranded migrants \u2013 103 "
     "men, 14 women and 10 children \u2013 to return to their homelands via a charter flight under IOM\u2019s Voluntary "
     "Humanitarian Return programme, or VHR.", [Gold(127, "returned", "exact", IOM)],
     [Gold(103, "returned"), Gold(14, "returned"), Gold(10, "returned"), Gold(127, "assisted")]),
    # https://amu.tv/?p=151890
    ("ISLAMABAD, PAKISTAN \u2014 Pakistan has released 387 Afghan nationals from its prisons over the past week and "
     "deported them to Afghanistan, according to figures compiled by Amu based on Taliban statements.",
     [Gold(387, "released")], [Gold(387, "deported")]),
    ("Baz Mohammad Abdul Rahman, head of the Taliban\u2019s Department for Refugees and Repatriation in Nangarhar "
     "province, said 141 Afghan nationals were handed over to Taliban authorities at the Torkham border crossing over "
     "the past two days.", [Gold(141, "released", "exact", ("Abdul Rahman",))], [Gold(141, "returned")]),
    ("Local Taliban officials said that over the past two days, 123 additional Afghan migrants were forcibly deported "
     "via the Torkham border crossing.", [Gold(123, "deported")], []),
    # https://amu.tv/97475/
    ("At least 15 Afghan nationals detained by Pakistan have been released and returned to their home country, "
     "according to the Taliban\u2019s Ministry of Refugees and Repatriation.",
     [Gold(15, "released", "at_least", ("Ministry of Refugees",))], [Gold(15, "returned")]),
    # https://amu.tv/89421/
    ("Taliban\u2019s Ministry of Refugees announced that nine Afghan nationals, previously detained by the Pakistani "
     "government, have returned to Afghanistan.", [Gold(9, "returned", "exact", ("Ministry of Refugees",))], []),
    # https://www.wallafricajournal.com/icrc-evacuates-over-1300-congolese-security-officers-from-rebel-held-goma/
    ("More than 1,300 Congolese soldiers, police officers, and their family members have been evacuated from the "
     "eastern city of Goma by the International Committee of the Red Cross (ICRC), the humanitarian agency confirmed "
     "Thursday.", [Gold(1300, "evacuated", "more_than")], []),
    # https://www.ena.et/en/?p=35770
    ("World Food Program disclosed that some 85 trucks arrived into Mekelle, the regional capital of Tigray, on "
     "Sunday.", [Gold(85, "aid_trucks", "about")], []),
    # http://defencecolumn.blogspot.com/2009/01/first-wfp-food-convoy-of-2009-reaches.html
    ("The convoy - comprised of 57 trucks and seven light vehicles - delivered 811 metric tons of food (enough to feed "
     "some 230,000 people for a week) to Puthukkudiyiruppu.", [Gold(57, "aid_trucks"), Gold(811, "tonnes")],
     [Gold(230_000, "assisted"), Gold(7, "aid_trucks")]),
    # https://www.thedailybeast.com/30-kidnapped-nigerian-students-freed-after-7-months-officials-say
    ("Just this year, 10 school abductions have taken place in the country with over 1,400 children kidnapped under "
     "similar circumstances, according to the UN.", [Gold(1400, "detained", "more_than")], []),
    # https://playcrazygame.com/2021/08/28/dozens-of-students-kidnapped-three-months-ago-released-in-nigeria-world/
    ("Heavily armed men stormed a seminary in Tegina, Niger state, on May 30, taking 136 students.",
     [Gold(136, "detained")], []),
    # https://www.reuters.com/article/us-colombia-rebels/colombia-guerrilla-group-the-eln-releases-six-prisoners-idUSKBN23L0SJ
    ("The release of the kidnap victims on Sunday, including two police officers and four civilians, took place in a "
     "rural zone of Colombia\u2019s North Santander province, which is close to the border with Venezuela.",
     [], [Gold(2, "released"), Gold(4, "released")]),
    # -- numbers that are no figures --
    # https://lfwp.net/dw/en/plane-flies-rebel-prisoners-from-saudi-to-yemen/a-65332461
    ("At least three buses took the prisoners to the airport in Abha on Saturday.", [], []),
    # https://english.alarabiya.net/News/saudi-arabia/2023/04/15/-Yemen-bound-plane-carrying-rebel-prisoners-leaves-Saudi-ICRC-
    ("The ICRC will use its planes to fly the detainees into and out of six cities in Yemen and Saudi Arabia.", [], []),
    # https://www.reuters.com/article/us-colombia-rebels/colombia-guerrilla-group-the-eln-releases-six-prisoners-idUSKBN23L0SJ
    ("The police officers were held captive for 75 days, while one of the civilians, a woman, had been held by the ELN "
     "for four months.", [], []),
    ("Made up of 2,000 fighters and considered a terrorist group by the United States and the European Union, the ELN "
     "carried out an attack with a car bomb in January 2019 at a police academy in Bogota, killing 22 cadets.",
     [Gold(22, "killed")], []),
    # https://uatv.ua/en/coordination-headquarters-using-full-intelligence-arsenal-to-bring-prisoners-home-budanov
    ("\u201cSixty-two exchanges, 4,300 freed individuals, and 469 more rescued outside of official swaps.",
     [Gold(4300, "released")], [Gold(469, "released")]),
    # https://www.nottinghamguardian.co.uk/Politics/609551-myanmar-junta-says-to-release-over-6000-prisoners-in-annual-amnesty.html
    ("The yearly prisoner amnesty \"on humanitarian and compassionate grounds\", according to the national security "
     "council, comes as the country marks 78 years of independence from British colonial rule.", [], []),
    # https://www.newindianexpress.com/world/2017/apr/15/buses-evacuate-hundreds-from-four-besieged-syria-towns-1593869.html
    ("At least 80 buses left Fuaa and Kafraya in Idlib province in the northwest, an AFP correspondent in rebel-held "
     "territory said.", [], []),
    # https://www.ewn.co.za/2025/05/16/red-cross-escorts-more-than-1-300-dr-congo-soldiers-out-of-rebel-city
    ("The ICRC announced at the end of April that it was starting missions to escort the security forces out of Goma "
     "on a 2,000-kilometre (1,250-mile) trip to the capital Kinshasa.", [], []),
    # https://blaqloaded.com/first-medical-evacuees-leave-gaza-via-rafah-crossing
    ("\u201cOf 18,500, we managed to get five out.", [], [Gold(5, "evacuated"), Gold(18_500, "in_need")]),
    # https://www.sakshipost.com/news/red-cross-begins-repatriation-congo-soldiers-rebel-controlled-goma-403234
    ("Though the exact number of those repatriated was not disclosed, the ICRC confirmed that they include several "
     "hundred individuals who had remained at the MONUSCO base since the start of the crisis.", [], []),
]


@pytest.mark.parametrize("sentence, golds, optional", case_params(CASES, {}))
def test_figures_round6(run, sentence, golds, optional) -> None:
    assert_figures(list(run(sentence).figures), golds, optional)
