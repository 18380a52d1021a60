"""Figures in unseen wire sentences, round 5: Sudan, Gaza, Ukraine, Myanmar, Haiti, Yemen, DR Congo, the Sahel, Syria,
Ethiopia, Somalia and Nigeria, from many outlets; coordinated tolls, bodies recovered or handed back, people held and
freed, the displaced and the refugees, people in need, aid trucks; and the numbers around them that are no figures
(distances, capacities, ages, money, percentages, counts of villages, camps and exchanges)."""

from __future__ import annotations

import pytest

from tests.pipeline.test_figures_outlets import ICRC, IOM, OCHA, UN, UNHCR, Gold, assert_figures, case_params

HEALTH = ("health ministry", "Ministry of Health", "Health Ministry", "ministry")
COGAT = ("COGAT", "Coordinator of Government Activities in the Territories", "Cogat")
SOHR = ("Syrian Observatory for Human Rights", "SOHR", "Observatory")
SNHR = ("Syrian Network for Human Rights", "SNHR")
SDN = ("Sudan Doctors Network", "Sudanese Doctors Network", "network", "group")

# (sentence, the figures a reader finds in it, figures a reader may or may not count)
CASES = [
    # -- Sudan --
    # https://www.anews.com.tr/africa/2025/12/18/over-200-medical-staff-killed-in-sudan-since-2023-medics
    ("More than 200 medical workers have been killed, hundreds wounded and others missing in Sudan since the conflict "
     "between the army and paramilitary Rapid Support Forces (RSF) started in April 2023, a local medical group said "
     "Thursday.", [Gold(200, "killed", "more_than")], []),
    ("The Sudan Doctors Network said in a statement that it recorded the death of more than 234 health medical workers "
     "since the start of the war, along with more than 507 injuries.",
     [Gold(234, "killed", "more_than", SDN), Gold(507, "injured", "more_than", SDN)], []),
    ("It said 59 medical staff remain missing.", [Gold(59, "missing")], []),
    ("The group said 73 other medical workers are still detained in the city of Nyala, the capital of South Darfur "
     "state, in what it described as \"extremely poor conditions\" in areas controlled by the RSF.",
     [Gold(73, "detained")], []),
    ("Of Sudan's 18 states, the RSF controls all five states of the Darfur region in the west, except for some northern "
     "parts of North Darfur that remain under army control.", [], []),
    # https://darfur24.com/en/2024/11/04/who-condemns-rsf-attacks-on-gezira-hospitals
    ("This comes as more than 170 people are allegedly missing following RSF attacks on villages in the state.",
     [Gold(170, "missing", "more_than")], []),
    ("The death toll in the last month is said to have reached at least 200.", [Gold(200, "killed", "at_least")], []),
    ("The UN Office for Humanitarian Affairs (OCHA) said that more than 119,000 people have fled from Gezira state amid "
     "the recent surge of violence.", [Gold(119_000, "internally_displaced", "more_than", OCHA)], []),
    # https://www.democracynow.org/2025/2/3/headlines/rsf_air_attack_on_omdurman_market_kills_54_people
    ("In Sudan, an attack Saturday by the Rapid Support Forces on an open market in the city of Omdurman killed at "
     "least 54 people and wounded more than 150 others.",
     [Gold(54, "killed", "at_least"), Gold(150, "injured", "more_than")], []),
    # https://www.nationpress.com/international/rsf-attacks-claim-18-lives-in-sudan
    ("The Sudanese Doctors Network, a group of volunteers, stated, \"The RSF perpetrated a dreadful act in the Shaq "
     "Al-Noum region of North Kordofan State, resulting in the deaths of 11 civilians, including three children, while "
     "injuring 31 others, among whom were nine women.\"",
     [Gold(11, "killed", "exact", SDN), Gold(31, "injured", "exact", SDN)],
     [Gold(3, "killed"), Gold(9, "injured")]),
    ("\"The RSF attacked the villages of Abu Qaida and Hillat Hamad, resulting in at least seven civilian deaths and "
     "multiple injuries,\" the group stated in their Sunday report.", [Gold(7, "killed", "at_least")], []),
    ("Earlier on Sunday, RSF personnel claimed via social media videos that they had seized control of the Umm Sumayma "
     "area, approximately 68 kilometers west of El Obeid.", [], []),
    # https://sinardaily.my/article/199099/focus/world/unhcr-urges-support-for-chad-to-deal-with-sudanese-refugees
    ("Nearly 116,000 Sudanese refugees have arrived in eastern Chad since the crisis began, surpassing the initial "
     "six-month estimate of 100,000 in less than two months, the UNHCR said in a statement on Sunday.",
     [Gold(116_000, "refugees", "about", UNHCR)], [Gold(100_000, "refugees")]),
    ("The statement predicted that 250,000 refugees, as well as 60,000 returned Chadian migrants and third-country "
     "nationals could be expected to arrive by the end of 2023 because of instability, ongoing armed violence and "
     "intercommunal conflict in Sudan.", [Gold(250_000, "refugees"), Gold(60_000, "returned")], []),
    # https://www.pulse.ng/news/world/un-registers-more-than-1000-sudanese-refugee-families-in-chad/jyk0zss
    ("\u201cInflux of Sudanese refugees in eastern Chad. UNHCR Chad and its partners began preliminary registration "
     "(fixing) on April 25. 1,053 refugee families were registered, and 102 families of Chadian returnees were "
     "identified,\u2019\u2019 Castro said in a tweet on Thursday.",
     [Gold(1053, "refugees"), Gold(102, "returned")], []),
    # https://citizen.co.za/news/news-world/news-africa/over-4000-chadian-refugees-in-sudan-returned-home-un
    ("More than 4,000 Chadian refugees who lived in two camps in Sudan's war-torn region of Darfur have voluntarily "
     "returned to their country since December, the UN refugee agency said Monday.",
     [Gold(4000, "returned", "more_than", UNHCR)], []),
    # https://sudantribune.com/article63953 and https://sudantribune.com/article62988
    ("The United Nations High Commission for Refugees (UNHCR) said it is planning to repatriate 3,500 Sudanese refugees "
     "from Chad by the end of the year.", [Gold(3500, "returned", None, UNHCR)], []),
    ("On the other hand, the International Organisation for Migration (IOM) said 113,790 people have returned to "
     "Darfur last year, of whom 90 percent were refugee returnees from Chad.",
     [Gold(113_790, "returned", "exact", IOM)], []),
    ("The UNHCR estimates there are 317,000 Sudanese refugees in Chad, while Sudan hosts 8,500 Chadian refugees.",
     [Gold(317_000, "refugees", None, UNHCR), Gold(8500, "refugees")], []),
    ("UN agencies estimate that over 300,000 people were killed in the conflict, and over 2.5 million were displaced.",
     [Gold(300_000, "killed", "more_than"), Gold(2_500_000, "internally_displaced", "more_than")], []),
    # -- Gaza --
    # https://en.mehrnews.com/news/231957/More-than-150-people-killed-in-Gaza-over-past-24-hours
    ("The ministry reported that hospitals in Gaza received 459 wounded individuals and the bodies of 153 people who "
     "had been killed.", [Gold(459, "injured"), Gold(153, "killed")], []),
    ("According to the Ministry of Health, the total number of fatalities in Gaza since the escalation of the conflict "
     "in October 2023 has risen to 53,272, with another 120,673 people injured.",
     [Gold(53_272, "killed", "exact", HEALTH), Gold(120_673, "injured", "exact", HEALTH)], []),
    ("Since March 18, 2025 alone, 3,131 individuals have been killed and 8,632 wounded.",
     [Gold(3131, "killed"), Gold(8632, "injured")], []),
    # https://www.nabamart.com/2025/11/gaza-death-toll-rises-in-israeli.html
    ("The ministry added that since the ceasefire agreement began on October 11, 2025, the number of martyrs has "
     "reached 241, and the number of injuries is 609, while 513 bodies have been recovered.",
     [Gold(241, "killed"), Gold(609, "injured"), Gold(513, "killed")], []),
    ("She confirmed that the total toll of the aggression since October 7, 2023 has reached 68,875 martyrs and 170,679 "
     "wounded, warning that the numbers are likely to rise as a number of martyrs and missing persons remain under the "
     "rubble.", [Gold(68_875, "killed"), Gold(170_679, "injured")], []),
    ("In a related context, Nasser Hospital in Khan Younis, in the southern Gaza Strip, announced that it had received "
     "the bodies of 15 Palestinian martyrs released by Israel, bringing the total number of bodies received as part of "
     "the first phase of the ceasefire agreement with Hamas to 285.",
     [Gold(15, "bodies_returned"), Gold(285, "bodies_returned")], []),
    # https://plfpakistan.org/gaza-hospitals-receive-51-martyrs-369-wounded-in-the-past-24-hours
    ("Hospitals in the Gaza Strip received the bodies of at least 51 civilians, as well as 369 people suffering from "
     "different injuries following Israeli attacks over the past 24 hours, according to Gaza\u2019s health ministry on "
     "Friday morning.", [Gold(51, "killed", "at_least", HEALTH), Gold(369, "injured", "exact", HEALTH)], []),
    ("The new fatalities increased the death toll from the Israeli genocidal war on Gaza, which started on October 7, "
     "2023, to 61,827 martyrs, including 1,898 aid seekers who were killed at or near US-backed distribution points, "
     "the health ministry said.", [Gold(61_827, "killed", "exact", HEALTH), Gold(1898, "killed")], []),
    # http://94.236.86.112:8082/article/18/10/2025/israeli-aggression-on-gaza-claims-68116-lives-and-leaves-170200-injured
    ("According to the ministry, Gaza hospitals received 29 bodies over the past 48 hours, including 23 retrieved "
     "victims, 2 who succumbed to their injuries, and 4 killed in direct attacks by Israeli occupation forces, in "
     "addition to 21 injured during the same period.", [Gold(29, "killed"), Gold(21, "injured")],
     [Gold(23, "killed"), Gold(2, "killed"), Gold(4, "killed")]),
    # http://syriatimes.sy/60-martyrs-during-the-past-24-hours-as-a-result-of-the-continuing-is-raeli-aggression-on-the-gaza-strip
    ("Health Ministry reported that crews were able to recover the bodies of 50 martyrs, after recovering more than 70 "
     "martyrs, including 20 children, last Friday, while searching operations continues for dozens of missing people "
     "among the rubble of homes, shelter centers, schools and hospitals.",
     [Gold(50, "killed"), Gold(70, "killed", "more_than")], [Gold(20, "killed")]),
    # https://upglob.com/news/hamas-israel-hostage-prisoner-exchange-3754
    ("The Hamas-Israel conflict has claimed over 48,000 Palestinian lives according to Gaza health officials, while "
     "Israel reports 1,200 deaths from Hamas' initial attack.",
     [Gold(48_000, "killed", "more_than"), Gold(1200, "killed")], []),
    # -- hostages and prisoners --
    # https://www.webjosh.com/article/all-living-israeli-hostages-freed-by-hamas-under-gaza-ceasefire-deal-1760359608-7718
    ("Hamas released all 20 remaining living hostages held in Gaza on Monday, while Israel began releasing hundreds of "
     "Palestinian prisoners as part of a ceasefire pausing two years of war that pummeled the territory, killed tens "
     "of thousands of Palestinians, and had left scores of captives in militant hands.", [Gold(20, "released")], []),
    ("The bodies of the remaining 28 dead hostages are also expected to be handed over as part of the deal, although "
     "the exact timing remained unclear.", [Gold(28, "bodies_returned")], []),
    ("Buses carrying dozens of freed Palestinian prisoners arrived in Beitunia, near the West Bank city of Ramallah, "
     "and in the Gaza Strip, the Hamas-run Prisoners Office said, as Israel began releasing more than 1,900 prisoners "
     "and detainees as part of the ceasefire deal.", [Gold(1900, "released", "more_than")], []),
    # https://arabpress.com/hostage-and-prisoner-swap-marks-fragile-ceasefire-in-israeli-palestinian-conflict
    ("In return, 369 Palestinians held in Israeli prisons were freed.", [Gold(369, "released")], []),
    ("This release forms part of a larger ceasefire arrangement that commenced on January 19, 2023, allowing for a "
     "cumulative release of 19 hostages and over 1,000 Palestinian prisoners during its initial phase.",
     [Gold(19, "released"), Gold(1000, "released", "more_than")], []),
    # https://amnewsworld.com/2025/02/01/israel-releases-palestinian-prisoners-after-hamas-frees-hostages-under-ceasefire-deal/
    ("According to Palestinian authorities, a total of 183 prisoners are set to be released, including many serving "
     "lengthy or life sentences.", [Gold(183, "released")], []),
    ("Their release brings the total number of hostages freed since the truce began on January 19 to 18.",
     [Gold(18, "released")], []),
    ("Under the six-week first phase of the truce, Hamas is expected to release 33 Israeli hostages in exchange for "
     "nearly 2,000 Palestinian prisoners.", [Gold(33, "released"), Gold(2000, "released", "about")], []),
    # https://www.brecorder.com/news/40350366/hamas-hands-over-bodies-of-four-hostages-israel-frees-palestinian-prisoners
    ("After days of impasse, Egyptian mediators on Wednesday secured the handover of the bodies of the final four "
     "hostages in the deal\u2019s first phase, for 620 Palestinians either detained by Israeli forces in Gaza or jailed "
     "in Israel.", [Gold(4, "bodies_returned"), Gold(620, "released")], []),
    ("Israel had refused to release prisoners on Saturday after Hamas handed over six hostages in a staged ceremony.",
     [Gold(6, "released")], []),
    # -- Ukraine --
    # https://voa.pangea-cms.com/preview/en-US/a/scores-of-ukrainian-and-russian-prisoners-head-back-home-after-swap-/7919089.html
    ("Ukraine and Russia carried out a new exchange of prisoners of war on Monday, with the two sides bringing home a "
     "combined total of more than 300 former captives.", [Gold(300, "returned", "more_than")], []),
    # https://www.daily8.com/en/article/29f20cc395a11e89bccc169691798d36
    ("He said Russia would transfer the bodies of more than 6,000 killed Ukrainian troops, plus an unspecified number "
     "of wounded servicemen.", [Gold(6000, "bodies_returned", "more_than")], []),
    # https://main.d358xbzettaslu.amplifyapp.com/en/article/55e7f7e1ba88b6c4c9624a9c6a3c891e
    ("The exchange was the result of direct talks between the two sides in Istanbul on June 2 that resulted in an "
     "agreement to exchange at least 1,200 prisoners of war (POWs) on each side and to repatriate thousands of bodies "
     "of those killed in Russia's war in Ukraine.", [Gold(1200, "released", "at_least")], []),
    # https://cuu.coron.tech/news/312723202458019947359
    ("Since the Russian invasion, more than 3,000 Ukrainians have already been released as part of 50 exchanges.",
     [Gold(3000, "released", "more_than")], []),
    # https://www.improvethenews.org/story/2024/russia-and-ukraine-complete-first-prisoner-swap-since-plane-crash
    ("195 prisoners were returned in the latest exchange.", [Gold(195, "released")], []),
    # https://un.org/en/delegate/ukraine-un-agencies-deliver-support-amid-fighting
    ("Since the start of the Russian invasion on 24 February, there have been 13,560 civilian casualties, with 5,614 "
     "deaths, including 362 children, and 7,946 people injured.",
     [Gold(13_560, "casualties"), Gold(5614, "killed"), Gold(7946, "injured")], [Gold(362, "killed")]),
    ("While 105 victims were released, 14 persons \u2013 13 men and one woman - were found dead.",
     [Gold(105, "released"), Gold(14, "killed")], [Gold(13, "killed"), Gold(1, "killed")]),
    ("Overall, nearly seven million people have found shelter in European countries, according to the UN refugee "
     "agency, UNHCR.", [Gold(7_000_000, "refugees", "about", UNHCR)], []),
    ("WFP has disbursed more than $200 million to internally displaced Ukrainians, while some 11,000 families in "
     "neighbouring Moldova are receiving cash transfers to cover additional expenses for hosting Ukrainian refugees.",
     [Gold(11_000, "assisted", "about")], []),
    # https://uacrisis.org/en/v-oon-nazvaly-kilkist-tsyvilnyh-ukrayintsiv-vbytyh-i-poranenyh-vnaslidok-vijny
    ("According to Danielle Bell, the new head of the mission, at least 1,028 civilians were killed and 3,593 wounded "
     "as a result of hostilities during the specified period.",
     [Gold(1028, "killed", "at_least", ("Danielle Bell",)), Gold(3593, "injured", None, ("Danielle Bell",))], []),
    ("\u201cSince February last year, we have recorded the arbitrary detention of almost 1,000 people in the occupied "
     "territories.", [Gold(1000, "detained", "about")], []),
    # https://ena.lu/ukraine-more-than-10000-civilians-killed-and-20000-injured-in-2-years-says-un/
    ("In the first fortnight of this month of February, 77 civilian deaths and 169 injuries were confirmed.",
     [Gold(77, "killed"), Gold(169, "injured")], []),
    # -- Myanmar --
    # https://ndburma.org/?p=7907
    ("Myanmar\u2019s military has killed 70 people, including many of its troops in rebel captivity, in two airstrikes "
     "in Rakhine state where Arakan Army insurgents have been making major gains against junta forces, the group said.",
     [Gold(70, "killed")], []),
    ("On Sunday, an airstrike in Pauktaw township, just east of the state capital of Sittwe, killed at least 17 people, "
     "including seven prisoners, and wounded 10, the AA said in a statement.",
     [Gold(17, "killed", "at_least", ("AA", "Arakan Army")), Gold(10, "injured", "exact", ("AA", "Arakan Army"))],
     [Gold(7, "killed")]),
    # https://ndburma.org/blog/blog-single-author-full
    ("Myanmar military air strikes in northern Shan state killed 11 civilians and wounded 11 more, a spokeswoman for "
     "an ethnic minority armed group battling the junta told AFP on Friday.",
     [Gold(11, "killed"), Gold(11, "injured")], []),
    ("The dead were five men, four women and two children, she said.", [],
     [Gold(5, "killed"), Gold(4, "killed"), Gold(2, "killed")]),
    # https://londonpost.news/?p=5708
    ("Since then, more than 3,000 civilians are estimated to have been killed by security forces.",
     [Gold(3000, "killed", "more_than")], []),
    ("Initial reports put the death toll at about 50, but later independent media figures put the death toll at about "
     "100.", [Gold(50, "killed", "about"), Gold(100, "killed", "about")], []),
    ("The area is about 110 kilometers (70 miles) north of Mandalay, the country\u2019s second largest city.", [], []),
    # -- Haiti --
    # https://www.iom.int/news/gang-violence-displaces-165000-haiti-hinders-aid-efforts
    ("More than 165,000 people are internally displaced in Haiti due to gang violence, hindering aid efforts by the "
     "International Organization for Migration (IOM).", [Gold(165_000, "internally_displaced", "more_than")], []),
    ("The country is facing additional pressure due to severe floods caused by torrential rains, affecting over 46,000 "
     "people and displacing over 13,000 others, and a 4.9 Richter earthquake on 6 June, further compounding the "
     "humanitarian situation.",
     [Gold(46_000, "affected", "more_than"), Gold(13_000, "internally_displaced", "more_than")], []),
    ("It is estimated that nearly half of Haiti\u2019s population \u2013 around 5.2 million people \u2013 needs "
     "humanitarian assistance.", [Gold(5_200_000, "in_need", "about")], []),
    # https://amesnews.com.au/latest-articles/gang-violence-driving-displacement-in-haiti-iom
    ("Of these, 96,000 individuals fled insecurity in the capital, due to inter-gang violence and social unrest.",
     [Gold(96_000, "internally_displaced")], []),
    ("Another 17,000 people remain displaced because of the worst earthquake in a decade, which devastated the "
     "country\u2019s southern regions in August 2021.", [Gold(17_000, "internally_displaced")], []),
    # https://www.bbc.co.uk/news/articles/c93q7ey90yzo
    ("More than 5,600 people were killed in gang violence in Haiti last year alone.",
     [Gold(5600, "killed", "more_than")], []),
    # https://voa.pangea-cms.com/preview/en-US/a/haitians-displaced-in-gang-violence-targeting-haiti-s-capital-/7991093.html
    ("The International Organization for Migration says gang violence displaced 13,000 Haitians in February.",
     [Gold(13_000, "internally_displaced", "exact", IOM)], []),
    # -- Yemen --
    # https://telavivtribune.com/yemen-houthi-rebels-free-153-prisoners-international-committee-of-the-red-cross
    ("Before Friday, 16 Yemeni UN staff were detained by the Houthis.", [Gold(16, "detained")], []),
    ("In June, the United Nations acknowledged that 11 Yemeni employees had been detained by the Houthis in unclear "
     "circumstances, as the rebels intensified repression in areas they control.", [Gold(11, "detained")], []),
    # https://jurist.org/news/2025/01/yemen-houthis-unilaterally-release-153-conflict-related-detainees
    ("Yemen\u2019s Houthi rebels unilaterally released 153 \u201cconflict-related\u201d detainees from Yemen\u2019s "
     "capital city of Sana\u2019a, according to the statement released by the International Committee of the Red Cross "
     "(ICRC) on Saturday.", [Gold(153, "released", "exact", ICRC)], []),
    ("Earlier in May 2024, ICRC had announced that the Houthi group unilaterally released 113 detainees in Sana\u2019a, "
     "with ICRC facilitating the process at the Houthis\u2019 request.", [Gold(113, "released", "exact", ICRC)], []),
    # https://en.bd-pratidin.com/international/2025/01/25/28681
    ("The Yemeni conflict has caused over 150,000 deaths and created one of the worst humanitarian crises globally.",
     [Gold(150_000, "killed", "more_than")], []),
    # https://www.yemenonline.info/special-reports/11201
    ("New York \u2013 The New York Times has reported that the case of the 69 United Nations employees detained by Houthi "
     "militias in Yemen will not be included in the upcoming prisoner exchange deals, as their file is being handled "
     "through a separate negotiation track.", [Gold(69, "detained")], []),
    # -- DR Congo --
    # https://onenewspage.co.uk/video/20250222/17309272/42-000-people-fled-eastern-DRC-to-Burundi.htm
    ("Around 42,000 people have fled the conflict raging in eastern Democratic Republic of Congo and crossed into "
     "Burundi in the past two weeks, says the UNHCR representative in Burundi, Brigitte Mukanga-Eno.",
     [Gold(42_000, "refugees", "about")], []),
    # https://kibondo.com/congo-conflict-pushes-thousands-of-families-into-burundi-as-violence-spreads
    ("The fresh exodus follows reports that more than 400 civilians have been killed since the M23 rebel group stepped "
     "up attacks in South Kivu province, according to regional authorities.", [Gold(400, "killed", "more_than")], []),
    ("UN partners on the ground say more than 200,000 people have been forced from their homes across South Kivu since "
     "December 2, with over 70 deaths confirmed so far.",
     [Gold(200_000, "internally_displaced", "more_than"), Gold(70, "killed", "more_than")], []),
    # https://diasporadigitalmedia.com/over-60000-fleeing-conflict-in-dr-congo-seek-refuge-in-burundi/
    ("In just two weeks, over 60,000 people have crossed into Burundi, fleeing deadly violence in the Democratic "
     "Republic of the Congo (DRC).", [Gold(60_000, "refugees", "more_than")], []),
    ("Those arriving are being transferred to the Musenyi refugee site, which can accommodate 10,000 people.", [], []),
    # https://news.trust.org/item/20130827125903-rc2kf
    ("At least three people were killed and five others wounded on Saturday morning (24 August) when a shell landed in "
     "Ndosho, a suburb of Goma.", [Gold(3, "killed", "at_least"), Gold(5, "injured")], []),
    ("Goma is packed with civilians because more than 150,000 people have been displaced towards the city since 2012.",
     [Gold(150_000, "internally_displaced", "more_than")], []),
    ("Another shell fell Saturday near the Mugunga 3 camp, which shelters more than 14,000 internally displaced people.",
     [Gold(14_000, "internally_displaced", "more_than")], []),
    ("Conflict there re-erupted in April 2012, but has sent 1,500 asylum-seekers into Burundi over the last 12 days.",
     [Gold(1500, "refugees")], []),
    # -- the Sahel --
    # https://www.brecorder.com/news/40112355/suspected-jihadists-kill-51-villagers-in-mali-12-troops-in-burkina
    ("Suspected jihadists massacred 51 civilians in northern Mali and killed 12 troops in an ambush in neighbouring "
     "Burkina Faso, the authorities said Monday, highlighting the security crisis gripping the two fragile states.",
     [Gold(51, "killed"), Gold(12, "killed")], []),
    # https://www.africanews.com/2023/02/13/burkina-at-least-12-civilians-killed-by-suspected-jihadists-near-mali/
    ("At least 12 civilians were killed and six wounded on Thursday night in an attack by suspected jihadists in "
     "northwestern Burkina Faso, a few miles from the Malian border, residents told AFP on Sunday.",
     [Gold(12, "killed", "at_least"), Gold(6, "injured")], []),
    ("This week, around forty people, civilians or soldiers, died in various attacks and last week, some fifty people "
     "were killed in several jihadist raids.", [Gold(40, "killed", "about"), Gold(50, "killed", "about")], []),
    # https://eurafrica.info/2023/02/14/twelve-civilians-killed-in-burkina-unrest
    ("Thousands have been killed, more than two million people have fled their homes and around 40 percent of the "
     "country lies outside government control.", [Gold(2_000_000, "internally_displaced", "more_than")], []),
    # https://punchng.com/burkina-faso-at-least-10-killed-in-jihadist-attack/
    ("A major jihadist attack on a village in northern Burkina Faso has left at least 10 men dead, security and local "
     "sources told AFP on Tuesday.", [Gold(10, "killed", "at_least")], []),
    ("As many as 30 people may have died in the attack on Silgadji in Soum province, a security source said.",
     [Gold(30, "killed", "up_to")], []),
    # -- aid into Gaza and Syria --
    # https://www.lokmattimes.com/international/hundreds-of-trucks-worth-of-aid-sits-in-gaza-waiting-for-collection/
    ("While on Monday 50 trucks filled with aid were collected from the Gazan side of the Kerem Shalom crossing by "
     "international organizations, approximately 575 trucks filled with aid were waiting there for collection at the "
     "end of the day, said COGAT.", [Gold(50, "aid_trucks"), Gold(575, "aid_trucks", "about")], []),
    # https://www.lokmattimes.com/international/erez-crossing-reopens-hundreds-of-trucks-filled-with-aid-enter-northern-gaza/
    ("Also, 406 trucks filled with aid were inspected and transferred to the Gaza Strip Wednesday and 196 trucks were "
     "distributed within Gaza, 121 of which contained food.", [Gold(406, "aid_trucks"), Gold(196, "aid_trucks")],
     [Gold(121, "aid_trucks")]),
    ("On Wednesday alone, added COGAT, 6,350 tons of food entered Gaza.", [], [Gold(6350, "tonnes")]),
    # https://www.jns.org/170-aid-trucks-enter-gaza-via-israels-kerem-shalom-crossing/
    ("A total of 170 trucks carrying humanitarian aid entered the Gaza Strip on Monday through the Kerem Shalom "
     "Crossing, according to Israel\u2019s Coordinator of Government Activities in the Territories (COGAT).",
     [Gold(170, "aid_trucks", "exact", COGAT)], []),
    ("Since Hamas\u2019s Oct. 7, 2023, massacre, Israel has facilitated the entry of approximately 1.35 million tons of "
     "food into the Gaza Strip via more than 63,000 trucks, according to official data.",
     [Gold(63_000, "aid_trucks", "more_than")], [Gold(1_350_000, "tonnes")]),
    # https://cybernistas.com/world-news/over-16000-aid-trucks-have-entered-gaza-since-israel-hamas-cease-fire
    ("Some 16,600 aid trucks have entered the Gaza Strip since the U.S.-brokered ceasefire between Israel and Hamas "
     "took effect on Oct. 10, the Israeli Defense Ministry\u2019s Coordinator of Government Activities in the "
     "Territories (COGAT) said on Wednesday.", [Gold(16_600, "aid_trucks", "about", COGAT)], []),
    ("Nearly 200 makeshift kitchens are producing 1.5 million meals per day for Gazans, it added.", [], []),
    # https://insighthubnews.com/israel-gaza-war-germany-calls-for-more-larger-scale-aid/
    ("Cogat, the Israeli body that coordinates humanitarian aid to Gaza, says that so far this month an average of 126 "
     "food trucks have entered each day.", [Gold(126, "aid_trucks")], []),
    # https://rks.news/southern-syria-in-flames-thousands-killed-in-sectarian-clashes
    ("Meanwhile, the Syrian Arab Red Crescent has delivered 32 trucks of aid to Sweida, including food, medicine, "
     "water, and fuel, as the area remains without electricity and faces critical shortages.",
     [Gold(32, "aid_trucks")], []),
    # -- Syria --
    ("The death toll from the violent clashes that have engulfed the southern Syrian province of Sweida has reached "
     "1,000, according to reports from the Syrian Observatory for Human Rights (SOHR), based in the UK.",
     [Gold(1000, "killed", None, SOHR)], []),
    # https://news.iq/en/?p=3384
    ("The toll from a week of bloody clashes in south Syria\u2019s Druze-majority Sweida province has passed 1,300, a "
     "monitor said Tuesday, as it continued to confirm deaths that occurred before a weekend ceasefire took effect.",
     [Gold(1300, "killed", "more_than")], []),
    # https://www.tesaaworld.com/en/news/human-rights-organization-558-killed-in-sweida-in-weeks-with-expectations-of-escalating-violence
    ("The Syrian Network for Human Rights announced the killing of at least 558 people and the injury of more than 783 "
     "others with varying degrees of severity in the Sweida province since the thirteenth of last July, amidst an "
     "unprecedented escalation of violence in the region.",
     [Gold(558, "killed", "at_least", SNHR), Gold(783, "injured", "more_than", SNHR)], []),
    # https://independentxpress.de/en-tr/category/politics/snhr:-death-toll-in-clashes-in-sweida-reaches-426-1337769
    ("SNHR previously announced that at least 321 people lost their lives and more than 436 were injured between July "
     "13 and 18.", [Gold(321, "killed", "at_least", SNHR), Gold(436, "injured", "more_than", SNHR)], []),
    # -- Ethiopia --
    # https://apanews.net/183-killed-in-ethiopias-amhara-clashes-un/page/2
    ("More than 1,000 people have been arrested nationwide, many of them reported to be young people of ethnic Amhara "
     "origin, under a state of emergency the government decreed to respond to the violence, the UN added in a "
     "statement.", [Gold(1000, "detained", "more_than", UN)], []),
    ("\u201cSince early August, mass house-to-house searches have reportedly been taking place, and at least three "
     "Ethiopian journalists covering the situation in the Amhara region have been detained.\u201d",
     [Gold(3, "detained", "at_least")], []),
    # https://wnw24.com/since-july-183-killed-in-ethiopian-civil-war-united-nations/
    ("The OHCHR also claimed to have received reports that at least 250 ethnic Tigrayans had been detained in the "
     "disputed area of Western Tigray, where the federal government vowed last week to dissolve all illegal "
     "administrations.", [Gold(250, "detained", "at_least", ("OHCHR",))], []),
    # https://goachronicle.com/183-killed-in-clashes-in-ethiopias-troubled-amhara-region-un
    ("The EHRC\u2019s call followed a deadly attack that reportedly claimed the lives of at least 26 people in the town "
     "of Finote Selam, 385 km north of Addis Ababa, the Ethiopian capital.", [Gold(26, "killed", "at_least")], []),
    # -- Somalia --
    # https://en.goobjoog.com/over-700000-displaced-by-drought-since-november-in-somalia-un/
    ("At least 760,000 people were displaced by the ongoing drought between November last year and late June this year "
     "while 3.2 million people are facing a food crisis and emergency, the UN has said warning its call for increased "
     "funding still falls short by more than half.",
     [Gold(760_000, "internally_displaced", "at_least", UN), Gold(3_200_000, "in_need", None, UN)], []),
    ("Bay region in south western Somalia experienced the highest levels of human displacement in the said periods "
     "with 182,061 people being forced to leave their homes in search of humanitarian help.",
     [Gold(182_061, "internally_displaced")], []),
    # https://somalia.un.org/en/node/176561
    ("Even before the current drought, an estimated 7.7 million Somalis were in need of humanitarian assistance and "
     "protection this year \u2013 up 30 per cent from a year ago.", [Gold(7_700_000, "in_need", "about")], []),
    # http://www.topix.com/world/somalia/2017/03/un-says-drought-displaces-444-000-somalis-in-4-months
    ("Severe drought which is ravaging Somalia has displaced more than 444,000 people from their homes since November "
     "2016, the UN humanitarian agency said on Friday.", [Gold(444_000, "internally_displaced", "more_than")], []),
    # -- Nigeria --
    # https://www.straitstimes.com/world/kidnapped-nigerian-university-students-rescued
    ("\"The superior firepower of the troops led to the kidnappers abandoning nine of the kidnapped students, who were "
     "subsequently rescued,\" the army said.", [Gold(9, "released")], []),
    # https://arabnews.com/node/2509131
    ("The victims were among more than 100 people kidnapped by gunmen during Friday night raids on three villages in "
     "northwest Nigeria, in the latest abduction of villagers in a region blighted by widespread insecurity.",
     [Gold(100, "detained", "more_than")], []),
    ("AlHajji Bala, head of a district in the Birnin-Magaji local government area of Zamfara, said gunmen attacked the "
     "villages of Gora, Madomawa and Jambuzu and that 38 men and 67 women and children were missing.",
     [Gold(38, "missing"), Gold(67, "missing")], []),
    # https://www.9news.com.au/world/nigeria-kidnapped-school-students-freed/74e38536-a5b5-4ad3-997e-ea594d614dee
    ("Niger State Governor Abubakar Sani Bello said he received 24 students, six staff and eight relatives on Saturday "
     "after they were released early in the morning.",
     [Gold(24, "released"), Gold(6, "released"), Gold(8, "released")], []),
    ("Their release was announced a day after police said gunmen had abducted 317 girls from a boarding school "
     "elsewhere in northern Nigeria, in Zamfara state.", [Gold(317, "detained")], []),
    # https://daijiworld.com/news/newsDisplay?newsID=838385
    ("Nigerian police have confirmed the release of 14 university students and staff who were kidnapped last month in "
     "Kaduna state.", [Gold(14, "released")], []),
    ("On April 23, the gunmen killed three students in their captivity.", [Gold(3, "killed")], []),
    # https://ugtribune.com/gunmen-free-student-taken-in-mass-abduction/
    ("The school authorities had said more than 280 children were taken, but the army said 137 hostages had been "
     "freed.", [Gold(280, "detained", "more_than"), Gold(137, "released")], []),
    # https://thecitizen.co.tz/tanzania/news/africa/freed-nigerian-students-reunite-with-families-3353624
    ("The five -- three men and two women -- were among 39 students kidnapped from Federal College of Forestry "
     "Mechanization in Afaka, outside Kaduna city, by criminals last month after a fierce gunfight with soldiers.",
     [Gold(39, "detained")], [Gold(5, "released"), Gold(3, "released"), Gold(2, "released")]),
]


# Known misses, kept visible: what a reader sees that the rules do not yet.
KNOWN_MISSES = {
    'On Sunday, an airstrike in Pauktaw': "'the AA' is read as the news agency, not the Arakan Army of the article",
    'Niger State Governor Abubakar Sani Bello':
        "'received 24 students ... after they were released': the release is said of a pronoun in another clause",
}


@pytest.mark.parametrize("sentence, golds, optional", case_params(CASES, KNOWN_MISSES))
def test_figures_round5(run, sentence, golds, optional) -> None:
    assert_figures(list(run(sentence).figures), golds, optional)
