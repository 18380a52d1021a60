"""Who reports a figure, round 8 (docs/annotation.md §3, `source`): real casualty, displacement, detention and aid
sentences from many outlets and conflicts (Gaza, Sudan, Ukraine, Syria, Iraq, Yemen, Myanmar, DR Congo, Afghanistan,
Nigeria, Burkina Faso, Libya, Mali, the Philippines) whose source is written in different ways: "according to X", "X
said", "X says N", "X reported", "figures from X", "X estimates", "X told AFP", "citing", "a spokesman for X",
"information obtained by X", "This was announced by X" in the next sentence, a name set off by commas before the verb
("The Israeli defense body ..., COGAT, said"), a closing speaker the parser loses ("..., military officials in Kabul
reported", "..., residents and officials told Radio Free Asia"), a subject inside a wire dateline, an "it", "they" or
"he" that reports for whoever reported in the sentence before, a definite report that names no one ("The report said
..."), unnamed sources ("medical sources", "officials"), and figures with no source at all (None), including a report
of no one ("Previous estimates had put the death toll at around 20,000")."""

from __future__ import annotations

import pytest

from parley.extract import extract

# (text, {value: a word the source must contain, a tuple of acceptable words, or None for no source})
CASES = [
    # https://www.urdupoint.com/en/world/health-ministry-in-hamas-run-gaza-says-21672-1781475.html
    ('A ministry statement said 165 Gazans were killed over the past 24 hours, while 56,165 others have been wounded in the fighting.',
     {165: 'ministry', 56165: 'ministry'}),
    # https://www.urdupoint.com/en/world/health-ministry-in-hamas-run-gaza-says-21672-1781475.html
    ('Israeli forces have rounded up thousands of Gazans during their ground offensive, with 99 healthcare workers still among the detainees according to the ministry.',
     {99: 'ministry'}),
    # https://pledgetimes.com/data-on-the-number-of-victims-of-a-new-escalation-of-the-conflict-between-israel-and-palestine-has-been-published/
    ("According to the Gaza Strip's Ministry of Health, 950 citizens were killed and another 5,000 were injured of varying degrees of severity.",
     {950: 'ministry', 5000: 'ministry'}),
    # https://www.anantnagnewsreader.com/2023/11/health-ministry-12415-palestinians.html
    ('The ministry explained, in its daily report on the aggression, that it is facing major challenges in accessing data updates for the seventh consecutive day. It said that the number of people killed in the Gaza Strip since the start of the aggression and until yesterday, November 18, reached 12,200, including 5000 children, 3250 women, and 690 elderly.',
     {12200: 'ministry', 5000: 'ministry'}),
    # https://www.anantnagnewsreader.com/2023/11/health-ministry-12415-palestinians.html
    ('The ministry said that displaced people fleeing the north reported that corpses were scattered on the ground. It also said that over 4000 civilians are reported missing, including 2000 children.',
     {4000: 'ministry', 2000: 'ministry'}),
    # https://unn.ua/en/news/ministry-of-health-six-patients-wounded-including-a-6-month-old-child-32-evacuated
    ('32 patients who were not injured were evacuated, the Ministry of Health said.',
     {32: 'ministry'}),
    # http://www.smh.com.au/articles/2004/04/24/1082719660480.html
    ('The Red Cross, which has a team at the site of the explosion at Ryongchon station around 20km from the Chinese border, has been told 54 people were confirmed dead and 1,249 were injured.',
     {54: 'red cross', 1249: 'red cross'}),
    # http://www.smh.com.au/articles/2004/04/24/1082719660480.html
    ("The regional director for the aid group Concern, Anne O'Mahony, meanwhile gave a toll of 150 deaths in the massive blast.",
     {150: ("O'Mahony", 'Concern')}),
    # http://www.reuters.com/article/us-kenya-attack-idUSBRE93H0Y520130418
    ('GARISSA, Kenya (Reuters) - At least five people were shot dead by gunmen who sprayed bullets into a restaurant in the eastern Kenyan town of Garissa on Thursday, witnesses and local media said.',
     {5: 'witnesses'}),
    # https://uk.reuters.com/article/mideast-crisis-syria-attacks-casualties/fifteen-people-dead-after-attack-on-damascus-police-station-ria-idUKR4N1M900W
    ("MOSCOW, Oct 2 (Reuters) - Fifteen people were killed in an attack on a police station in the Syrian capital of Damascus on Monday, Russia's RIA news agency cited its correspondent as reporting from the scene.",
     {15: 'RIA'}),
    # https://steemit.moecki.online/important/@new4uu/ukraine-minister-198-killed-1000-wounded-or-or-news-26-02-2022
    ('Kyiv, 26 Feb : the Ukrainian helth minister says that 198 people have been killed and more than 1,000 other have been wounded in the Russian offensive.',
     {198: 'minister', 1000: 'minister'}),
    # http://english.pnn.ps/2018/08/02/moh-155-palestinians-killed-by-israel-since-march-30/
    ('The ministry said that hospitals reported 404 severe injuries, 4,141 moderate and 4,354 minor injuries. They also stated that 4,348 people were injured by live ammunition, 430 by rubber-coated metal bullets, 1,593 suffered severe gas inhalation.',
     {4348: 'ministry'}),
    # http://www.asiaone.com/world/more-100-million-people-forcibly-displaced-world-un-refugee-agency-says
    ('GENEVA - More than 100 million people have been driven from their homes around the world, the UN refugee agency (UNHCR) said on Monday (May 23), citing new data about those escaping violence, conflict, persecution and human rights violations.',
     {100000000: ('UNHCR', 'refugee agency')}),
    # https://channel4.com/news/un-number-of-refugees-at-record-high
    ('The ongoing war in Syria means that 7.6 million people are internally displaced within the country and that 3.88 million have fled abroad, according to the UNHCR.',
     {7600000: 'UNHCR', 3880000: 'UNHCR'}),
    # https://channel4.com/news/un-number-of-refugees-at-record-high
    ('Amnesty international says that more than 200,000 people have died in the country since the war began more than four years ago.',
     {200000: 'amnesty'}),
    # https://news.trust.org/item/20131220144456-ryb45/
    ('More than 5.9 million people became newly uprooted within their countries or fled abroad in the first six months of the year, compared with 7.6 million for all of 2012, the refugee agency (UNHCR) said.',
     {5900000: ('UNHCR', 'refugee agency')}),
    # https://www.voanews.com/a/a-13-2007-06-19-voa38/332736.html
    ('The UNHCR reports the number of internally displaced people rose to 24.5 million people last year.',
     {24500000: 'UNHCR'}),
    # https://reliefweb.int/report/spain/red-cross-assists-after-deadly-spanish-quake
    ('Some 170 people were injured, three of them critically.',
     {170: None}),
    # http://www.ifrc.org/en/news-and-media/press-releases/europe/spain/spanish-red-cross-responds-to-the-blast-attack-in-madrid/
    ('At least 140 people have died and more than 400 have been wounded in a series of explosions which occurred during the early morning rush-hour today in three different train stations in Madrid.',
     {140: None, 400: None}),
    # https://ommcomnews.com/world-news/25-palestinians-killed-in-israeli-airstrike-on-school-in-gaza-sources
    ('Gaza: At least 25 Palestinians were killed and some others wounded in an Israeli airstrike targeting a school in the city of Khan Younis in the southern Gaza Strip, Palestinian sources said.',
     {25: 'sources'}),
    # https://ommcomnews.com/world-news/25-palestinians-killed-in-israeli-airstrike-on-school-in-gaza-sources
    ('Medical sources said the Israeli airstrike killed at least 25 people, including women and children, and wounded dozens in varying degrees.',
     {25: 'medical sources'}),
    # http://en.people.cn/n3/2024/0809/c90000-20203982.html
    ('GAZA, Aug. 8 (Xinhua) -- At least 15 Palestinians were killed on Thursday in an Israeli airstrike on a residential area in al-Bureij refugee camp in the central Gaza Strip, Palestinian medical sources said.',
     {15: 'medical sources'}),
    # http://en.people.cn/n3/2024/0809/c90000-20203982.html
    ('The Gaza-based health authorities said in a press statement that 22 Palestinians were killed and 77 others wounded during the past 24 hours, bringing the total death toll to 39,699 and injuries to 91,722, since the Palestinian-Israeli conflict broke out in October 2023.',
     {22: 'health authorities', 77: 'health authorities', 39699: 'health authorities', 91722: 'health authorities'}),
    # https://sudantribune.com/article281670
    ('About 13,500 people were newly displaced within Sudan over the past week, the International Organization for Migration (IOM) Displacement Tracking Matrix shows.',
     {13500: ('IOM', 'International Organization for Migration')}),
    # https://sudantribune.com/article281670
    ('Since mid-April 2023, about 6.1 million people have been displaced within Sudan, increasing by an estimated 13,500 people over the past week, the UN reported.',
     {6100000: ('UN', 'United Nations')}),
    # https://sudantribune.com/article281670
    ('Meanwhile, about 1.5 million people have crossed into neighbouring countries since 15 April 2023, according to figures from the UN Refugee Agency (UNHCR).',
     {1500000: ('UNHCR', 'refugee agency')}),
    # https://sudantribune.com/article281670
    ('January 25, 2024 (KHARTOUM) – An estimated 9.05 million people have been internally displaced in Sudan, making the country the largest internal displacement crisis globally, the United Nations said.',
     {9050000: 'United Nations'}),
    # https://www.dailysabah.com/world/africa/274m-people-to-require-humanitarian-assistance-un/amp
    ('Some 274 million people will need humanitarian assistance and protection this year, the United Nations said on Thursday, as World Humanitarian Day approaches.',
     {274000000: 'United Nations'}),
    # https://www.dailysabah.com/world/africa/274m-people-to-require-humanitarian-assistance-un/amp
    ('The OCHA says that while the Democratic Republic of Congo takes the lead with the number of people in need of humanitarian aid (27 million), around 26 million Ethiopians are also in dire need of humanitarian assistance. Around 14.3 million Sudanese people and 14 million Syrians are also in need of humanitarian assistance, it said.',
     {26000000: 'OCHA', 14300000: 'OCHA', 14000000: 'OCHA'}),
    # https://en.minanews.net/un-report-91-millon-people-need-usd-22-8-billion-in-humanitarian-aid/
    ('Geneva MINA – Some 136 million people across the world need humanitarian aid and protection due to protracted conflicts, natural disasters, epidemics and displacement, according to information obtained by KUNA, citing an annual report by UN Office for the Coordination of Humanitarian Affairs (OCHA).',
     {136000000: ('KUNA', 'OCHA', 'Coordination of Humanitarian Affairs')}),
    # https://shemelisdesta.org/ocha-warns-about-rising-global-food-insecurity
    ("In what it dubs a 'hyper-prioritized report', the UN Office for the Coordination of Humanitarian Affairs (OCHA) warns that nearly 300 million people around the world are in urgent need of assistance in light of global humanitarian funding cuts, climate disasters, and conflict.",
     {300000000: ('OCHA', 'Coordination of Humanitarian Affairs')}),
    # https://www.olisa.tv/12-killed-in-fresh-benue-attack/
    ('The spokesperson of the state police command, Sewuese Anene, confirmed the incident, but said 10 persons were killed.',
     {10: ('Anene', 'police')}),
    # https://www.olisa.tv/12-killed-in-fresh-benue-attack/
    ('No fewer than 12 people were reportedly killed Sunday in Okololo community of Agatu Local Government Area in Benue State.',
     {12: None}),
    # https://infosurhoy.com/news/at-least-14-killed-in-central-nigeria-gunmen-attack/
    ("ABUJA, Jan. 27 (Xinhua) — At least 14 people were killed when gunmen hit a village in Nigeria's Plateau, a state in the country's central region, several local sources said on Monday.",
     {14: 'local sources'}),
    # http://www.metronews.ca/news/world/2016/09/30/attack-on-train-kills-at-least-3-in-republic-of-congo.html
    ('The army has been deployed in the region since April after attacks by former militiamen known as Ninjas Nsiloulou killed at least 17 people. Amnesty International said the military launched airstrikes then, killing 30.',
     {17: None, 30: 'Amnesty'}),
    # https://www.thisdaylive.com/index.php/2024/07/11/10-killed-by-gunmen-in-benue-community/
    ('Confirming the incident to journalists yesterday in a telephone chat, the Chairman of the local government, Phillip Ebenyakwu, said that 10 people were killed and seven houses set ablaze.',
     {10: 'Ebenyakwu'}),
    # https://www.thehindu.com/news/international/many-reported-killed-in-a-shooting-on-southern-edge-of-mexico-city/article68169151.ece/amp/
    ("Local and state officials confirmed on May 12 that the attack occurred and there were some deaths, but didn't give the number of victims. Local media reported that eight people died.",
     {8: 'local media'}),
    # http://listening-word.space/news/864691128462046253
    ('The Israeli defense body in charge of humanitarian aid in Gaza, COGAT, said that the amount of aid entering the Gaza Strip is expected to increase Sunday to around 600 trucks per day, as stipulated in the agreement.',
     {600: 'COGAT'}),
    # http://listening-word.space/news/864691128462046253
    ('Egypt said it is sending 400 aid trucks into Gaza Sunday.',
     {400: 'Egypt'}),
    # https://pakistannewsnetwork.com/world/600-trucks-carrying-humanitarian-aid-arrive-in-gaza-strip
    ('According to Al Jazeera, the UN Under-Secretary-General for Humanitarian Affairs stressed that more than 600 trucks carrying humanitarian aid entered the Gaza Strip yesterday.',
     {600: ('Under-Secretary-General', 'Al Jazeera', 'UN')}),
    # https://tvcnews.tv/2024/05/aid-trucks-begin-entering-gaza-under-new-agreement-with-egypt
    ("According to local health officials, Israel and Hamas' eight-month war has killed approximately 36,000 Palestinians.",
     {36000: 'health officials'}),
    # https://tvcnews.tv/2024/05/aid-trucks-begin-entering-gaza-under-new-agreement-with-egypt
    ('Hamas started the war with an attack on Israel on October 7, in which Palestinian militants killed over 1,200 people, the majority of whom were civilians, and kidnapped 250 hostages.',
     {1200: None, 250: None}),
    # https://www.scoop.co.nz/stories/WO0508/S00170/seven-us-soldiers-killed-wounded-in-afghanistan.htm
    ('WASHINGTON, Aug. 21, 2005 – Four U.S. soldiers were killed and three wounded today by an improvised explosive device south of Deh Chopan, Afghanistan, military officials in Kabul reported.',
     {4: 'military officials', 3: 'military officials'}),
    # https://amp.dw.com/en/three-german-soldiers-injured-in-afghanistan-blast/a-2810406
    ('Twenty-four German soldiers have lost their lives in Afghanistan since 2002.',
     {24: None}),
    # https://amp.dw.com/en/three-german-soldiers-injured-in-afghanistan-blast/a-2810406
    ('In a separate incident, one soldier serving in NATO-led international forces was killed and two wounded in an explosion in southern Afghanistan while several militants were killed after they attacked foreign soldiers, officials said Friday.',
     {1: 'officials', 2: 'officials'}),
    # http://apsislamabad.blogspot.com/2008/04/nato-soldier-among-17-killed-in-afghan.html
    ('In the southern Ghazni province, four Taliban were killed and 15 more were wounded in an encounter with police in the Andar district of the province on Monday, Zia Wali Zadran, spokesman for the provincial governor, said.',
     {15: 'Zadran'}),
    # http://apsislamabad.blogspot.com/2008/04/nato-soldier-among-17-killed-in-afghan.html
    ('The firefight erupted after a group of Taliban attacked the security guards of a private Afghan construction company in the area, Zadran said, adding that four guards were also wounded in the exchange of gun-fire.',
     {4: 'Zadran'}),
    # https://www.stripes.com/news/2-nato-soldiers-killed-in-afghanistan-1.71112
    ('GARDEZ, Afghanistan — Two NATO soldiers were killed in eastern Afghanistan when a vehicle they were traveling in struck a roadside bomb, while 15 militants and three civilians were killed in fighting in the south, military officials said on Monday.',
     {2: 'military officials', 15: 'military officials', 3: 'military officials'}),
    # http://hbispace.com/printStory/wdio/index.cfm?id=2885132
    ('A Defense Ministry spokesman said that 80 were freed from prisons across the country on Friday, the latest batch of a total of 400 to be released this week.',
     {80: 'Defense Ministry', 400: 'Defense Ministry'}),
    # https://ariananews.af/govt-releases-171-prisoners-from-kabuls-pul-e-charkhi-prison/
    ('As many as 171 prisoners were freed on Saturday from Pul-e-Charkhi prison in the east of Kabul, following a presidential order, officials said.',
     {171: 'officials'}),
    # https://ariananews.af/govt-releases-171-prisoners-from-kabuls-pul-e-charkhi-prison/
    ('Shah Mir Amirpoor, the press officer at the Pul-e-Charkhi detention center said that 56 prisoners from a total of 600 inmates who have been transferred from Iran to Herat prisons, were freed.',
     {56: 'Amirpoor'}),
    # https://libyaobserver.ly/inbrief/83-prisoners-released-mitiga-prison
    ('The Spokesman of the Presidential Council (PC) head Mohammed Al-Sallak confirmed Wednesday the release of 83 prisoners from the prison of Mitiga in coordination with the Ministry of Justice and the Attorney General.',
     {83: 'Sallak'}),
    # https://www.eaglenews.ph/death-toll-in-burkina-jihadist-massacre-rises-to-86/
    ('OUAGADOUGOU, Burkina Faso (AFP) — The death toll from a weekend attack in northern Burkina Faso rose by seven, taking the number killed to 86, authorities said on Wednesday.',
     {86: 'authorities'}),
    # https://www.eaglenews.ph/death-toll-in-burkina-jihadist-massacre-rises-to-86/
    ("Meanwhile, more than 600 people from Burkina fled to northern Togo in search of safety due to jihadist attacks in southeastern Burkina, Togo's National Civil Protection Agency told AFP.",
     {600: 'Civil Protection Agency'}),
    # https://gulf-times.com/article/668882/region/nearly-two-weeks-on-official-libya-flood-toll-tops-3800
    ('A total of 3,845 people are now confirmed to have died, said Mohamed Eljarh, spokesman for the relief committee set up by the authorities in eastern Libya.',
     {3845: 'Eljarh'}),
    # https://gulf-times.com/article/668882/region/nearly-two-weeks-on-official-libya-flood-toll-tops-3800
    ('More than 43,000 people have been displaced from the city and neighbouring parts of eastern Libya, the International Organisation for Migration said earlier this week.',
     {43000: ('International Organisation for Migration', 'IOM', 'International Organization for Migration')}),
    # https://international.astroawani.com/world-news/death-toll-rises-39-mali-river-boat-disaster-23809
    ('Local officials had said on Saturday that 20 people had perished, including 15 children, while 23 were missing and 210 survived.',
     {20: 'officials', 15: 'officials', 23: 'officials'}),
    # https://international.astroawani.com/world-news/death-toll-rises-39-mali-river-boat-disaster-23809
    ('The state broadcaster ORTM said later that the provisional toll had risen to 39 and that the search for more bodies would continue on Monday.',
     {39: 'ORTM'}),
    # https://nsn.asia/2023/10/08/death-toll-from-afghan-quakes-rises-to-more-than-1000-afp/
    ('The death toll from quakes in Afghanistan has risen to more than 1,000, AFP reported on Sunday, citing a government spokesperson.',
     {1000: ('AFP', 'Agence France-Presse', 'government spokesperson')}),
    # https://nsn.asia/2023/10/08/death-toll-from-afghan-quakes-rises-to-more-than-1000-afp/
    ('Earlier reports quoted Afghan Red Crescent spokesperson Erfanullah Sharafzoi said the powerful earthquakes in Afghanistan killed 500 people.',
     {500: ('Sharafzoi', 'Red Crescent')}),
    # https://www.thenews.com.pk/print/325454-tunisia-migrant-death-toll-rises-to-at-least-35-govt
    ("TUNIS: The bodies of 35 migrants have been recovered off Tunisia's southern coast, the country's defence ministry said Sunday, revising upwards an earlier government death toll.",
     {35: 'defence ministry'}),
    # https://thehill.com/policy/defense/370752-coalition-at-least-831-civilians-killed-since-start-of-isis-war/
    ('The coalition has long been accused of severely undercounting the number of civilians it has killed. For example, prominent monitor Airwars says at least 6,047 civilians have been killed by the coalition since the start of the war in 2014.',
     {6047: 'Airwars'}),
    # https://www.keerzijde.org/2017/06/472-civilians-killed-in-2-provinces-in.html
    ('The latest report by the US-led coalition has put the number of civilians unintentionally killed at over 480 in Iraq and Syria.',
     {480: 'coalition'}),
    # https://www.brecorder.com/news/40276872/more-than-15900-palestinians-killed-in-gaza-since-oct-7-palestinian-health-minister
    ('In the Israeli-occupied West Bank, where violence has surged since the Gaza war erupted, 260 Palestinians have been killed and 3,200 injured since Oct. 7, Al-Kaila said.',
     {260: 'Kaila', 3200: 'Kaila'}),
    # https://www.tbsnews.net/hamas-israel-war/palestinian-death-toll-gaza-tops-15200-750738
    ('Ministry spokesperson Ashraf al-Qidra said during a press conference in Khan Younis that the number of injured people in the Palestinian enclave had surpassed 40,000, with 70 percent of them being children and women.',
     {40000: 'Qidra'}),
    # https://www.tbsnews.net/hamas-israel-war/palestinian-death-toll-gaza-tops-15200-750738
    ("More than 1,200 have been killed in Israel, mostly during Hamas's attack on 7 Oct that triggered the conflict.",
     {1200: None}),
    # https://www.lbcgroup.tv/news/middle-east-news/744418/palestinian-death-toll-in-gaza-war-rises-to-21822/en
    ('The ministry reported the death of 21,822 individuals and the injury of 56,451 since the beginning of the war, noting the killing of 150 people and the injury of 286 with wounds in the last 24 hours.',
     {21822: 'ministry', 56451: 'ministry', 150: 'ministry', 286: 'ministry'}),
    # https://www.arabnewsnetwork.ps/palestinian-health-ministry-5182-killed-in-ongoing-israeli-aggression-on-gaza-west-bank/
    ('The death toll from the ongoing Israeli aggression against the Gaza Strip and the West Bank, which began on October 7, has risen to 5,182, including 5,087 in the Gaza Strip where 15,273 were injured, according to the Palestinian Health Ministry. It said in a statement that 95 Palestinians were killed by the Israeli occupation army in the West Bank, and a total of 1,828 people were wounded by army fire.',
     {5182: 'Health Ministry', 15273: 'Health Ministry', 95: 'Health Ministry', 1828: 'Health Ministry'}),
    # https://westindiantimes.net/6-5-million-people-displaced-inside-ukraine-due-to-war-un/
    ('The IOM estimates that more than 3 million people had fled abroad by Wednesday.',
     {3000000: ('IOM', 'International Organization for Migration')}),
    # https://westindiantimes.net/6-5-million-people-displaced-inside-ukraine-due-to-war-un/
    ('The UNHCR, in its latest figures released on Friday, said more than 3.2 million people had fled Ukraine.',
     {3200000: 'UNHCR'}),
    # https://www.republicworld.com/world-news/russia-ukraine-crisis/un-claims-6-dot-5-million-people-displaced-inside-ukraine-and-over-3-dot-2-million-fled-due-to-war-articleshow.html
    ('As the Russia Ukraine war intensifies and enters its 24th day, the UN migration agency on Friday estimated that nearly 6.5 million people have now been displaced inside Ukraine.',
     {6500000: ('migration agency', 'IOM', 'International Organization for Migration')}),
    # https://shiawaves.com/english/news/99074-conflicts-in-sudan-leaves-over-12000-killed-un-report-reveals/
    ('The deaths include “1,300 people who were killed between 28 October and 24 November,” the UN Office for the Coordination of Humanitarian Affairs (OCHA) said in a statement.',
     {1300: ('OCHA', 'Coordination of Humanitarian Affairs')}),
    # https://shiawaves.com/english/news/99074-conflicts-in-sudan-leaves-over-12000-killed-un-report-reveals/
    ('The conflict has caused an estimated 6.6 million Sudanese to flee their homes, with children representing about half of the displaced people in the country, the UN office said.',
     {6600000: ('UN office', 'United Nations', 'OCHA')}),
    # https://andronetalksnews.com/9000-killed-in-sudan-hostilities-un/
    ('The armed conflict in Sudan between the military and rival paramilitary groups has killed up to 9,000 people and forced over 5.6 million others to flee their homes in the past six months, the UN said on Sunday.',
     {9000: ('UN', 'United Nations'), 5600000: ('UN', 'United Nations')}),
    # https://andronetalksnews.com/9000-killed-in-sudan-hostilities-un/
    ('“Half a year of war has plunged Sudan into one of the worst humanitarian nightmares in recent history,” Martin Griffiths, UN under-secretary-general for humanitarian affairs, said in a statement, adding that “25 million people are in need of aid.”',
     {25000000: 'Griffiths'}),
    # https://manilatimes.net/2023/10/15/world/un-news/un-relief-chief-urges-end-to-humanitarian-nightmare-in-sudan/1914963/amp
    ('Up to 9,000 people have been reportedly killed, more than 5.6 million driven from their homes and 25 million people need aid, because of the conflict that erupted in mid-April between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) and other armed groups.',
     {9000: None, 5600000: None, 25000000: None}),
    # https://somalilandsun.com/refugees-and-displacement/
    ('Another 27.5 million people were displaced within their own countries because of violence or persecution, according to UNHCR.',
     {27500000: 'UNHCR'}),
    # https://thehill.com/policy/defense/370752-coalition-at-least-831-civilians-killed-since-start-of-isis-war/
    ('The U.S.-led coalition fighting the Islamic State in Iraq and Syria (ISIS) acknowledged Thursday that it had killed another 14 civilians, bringing its count since the start of the war to 831.',
     {14: 'coalition', 831: 'coalition'}),
    # https://www.attn.com/stories/1396/how-many-people-have-police-killed
    ('In March 2015 alone, American police officers killed 115 people, according to data collected by KilledbyPolice.net.',
     {115: 'KilledbyPolice'}),
    # https://manilastandard.net/news/headlines/133625/un-death-toll-4-460-.html
    ('THE United Nations said Friday the death toll from super typhoon Yolanda was at least 4,460, citing regional officials, but the national disaster council maintained a much lower figure.',
     {4460: 'United Nations'}),
    # https://manilastandard.net/news/headlines/133625/un-death-toll-4-460-.html
    ("But NDRMMC's spokesman Reynaldo Balido insisted the official toll from the typhoon that ripped through the central Philippines on Nov. 8 remained at 2,360.",
     {2360: 'Balido'}),
    # https://manilastandard.net/news/headlines/133625/un-death-toll-4-460-.html
    ('Interior and Local Government Secretary Manuel Roxas II, on the other hand, said the toll had reached 2,600 or more by Thursday night, quoting the Office of the Civil Defense (OCD).',
     {2600: 'Roxas'}),
    # https://www.sajed.ir/en/news/72909/indonesia-death-toll-rises-to-1571-in-one-week
    ('Nugroho said 1,551 bodies were buried in mass graves at Poboyo, Pantoloan, as well as family cemeteries. He also noted that there were 2,549 people who suffer from serious injuries and are currently being treated in hospitals.',
     {2549: 'Nugroho'}),
    # https://www.sajed.ir/en/news/72909/indonesia-death-toll-rises-to-1571-in-one-week
    ('Meanwhile, 113 people still remain missing and 152 still trapped under the rubble, while 70,821 are displaced -- scattered in 141 points.',
     {113: None, 70821: None}),
    # http://www.cctv.com/english/20080624/104693.shtml
    ('The death toll of the earthquake stood at 69,181 as of Monday noon, with 374,171 people injured and 18,498 people reported missing, Hui said.',
     {69181: 'Hui', 374171: 'Hui', 18498: 'Hui'}),
    # https://www.arnnet.com.au/article/85604/india_quake_toll_could_around_100_000-minister/
    ('Previous estimates had put the death toll at around 20,000.',
     {20000: None}),
    # http://www.china.org.cn/world/2011-12/19/content_24195701.htm
    ('The death toll from tropical storm Washi in the Philippines has risen to 684 with still undetermined missing, National Disaster Risk Reduction and Management Council ( NDRRMC) said Monday.',
     {684: ('NDRRMC', 'National Disaster Risk Reduction')}),
    # http://www.china.org.cn/world/2011-12/19/content_24195701.htm
    ('According to NDRRMC executive director Benito Ramos, 336 died in Cagayan de Oro city, 279 in Iligan City, 17 in Bukidnon, 38 in Negros Oriental, one in Mandaue City, three from Zamboanga del Norte, five from Compostela Valley and five from Autonomous Region in Muslim Mindanao.',
     {336: 'Ramos', 279: 'Ramos'}),
    # https://www.arnnet.com.au/article/85604/india_quake_toll_could_around_100_000-minister/
    ('The Home Minister of Gujarat, Haren Pandya, disputed the toll put forward by Fernandes and said the state government still estimated the toll at between 15,000 and 20,000.',
     {15000: ('Pandya', 'state government'), 20000: ('Pandya', 'state government')}),
    # https://pajhwok.com/2024/09/04/50-ukrainians-killed-over-200-injured-in-russian-strike/
    ('KABUL (Pajhwok): At least 50 people have been killed and more than 200 wounded in Russian airstrikes in Ukraine, says a media report.',
     {50: 'media report', 200: 'media report'}),
    # https://menafn.com/1108537485/Russian-Strike-On-Kostiantynivka-Ten-Killed-35-Wounded
    ('"A total of 45 people were injured in the Russian shelling: 10 were killed, 35 others were wounded. Residential buildings, shops, and more than a dozen cars were also damaged," Interior Minister Ihor Klymenko wrote on Telegram .',
     {10: 'Klymenko', 35: 'Klymenko'}),
    # https://menafn.com/1108537485/Russian-Strike-On-Kostiantynivka-Ten-Killed-35-Wounded
    ('President Volodymyr Zelensky informed about four dead and 24 wounded as a result of the attack on Kostiantynivka.',
     {4: 'Zelensky', 24: 'Zelensky'}),
    # https://novayagazeta.eu/articles/2022/09/30/23-civilians-killed-in-russias-strike-on-zaporizhzhia-region-news
    ('Vladimir Rogov, the pro-Russian occupation “official”, claims that the strike had been executed by Ukraine’s army. He reports 23 civilians dead and 34 wounded.',
     {23: 'Rogov', 34: 'Rogov'}),
    # https://www.middleeastmonitor.com/20140504-iraqi-death-toll-reaches-1000-in-april/
    ('Official figures reveal that more than 1,000 people, mostly civilians, were killed in sporadic incidents of violence across Iraq in April, the health, defence and interior ministries revealed yesterday.',
     {1000: 'ministries'}),
    # https://www.middleeastmonitor.com/20140504-iraqi-death-toll-reaches-1000-in-april/
    ('The United Nations Assistance Mission for Iraq (UNAMI) said in a report yesterday that 750 people were killed in April and 1,541 others were injured.',
     {750: ('UNAMI', 'Assistance Mission'), 1541: ('UNAMI', 'Assistance Mission')}),
    # https://www.middleeastmonitor.com/20140504-iraqi-death-toll-reaches-1000-in-april/
    ('AFP quoted government figures which reveal that more than 3,000 people have been killed since violence erupted in the country in December.',
     {3000: ('AFP', 'Agence France-Presse', 'government')}),
    # http://en.chinagate.cn/2015-05/03/content_35476137.htm
    ('A total of 812 Iraqis were killed and 1,726 others injured in terrorist attacks and violence in April in Iraq, the UN Assistance Mission for Iraq (UNAMI) said on Sunday.',
     {812: ('UNAMI', 'Assistance Mission'), 1726: ('UNAMI', 'Assistance Mission')}),
    # http://en.chinagate.cn/2015-05/03/content_35476137.htm
    ('A statement by the UN mission said 535 civilians, including 30 policemen, and 277 Iraqi security forces personnel were killed, while 1,456 other civilians, including 58 policemen, and 270 security members were wounded.',
     {535: ('UN', 'United Nations'), 1456: ('UN', 'United Nations')}),
    # https://en.minanews.net/east-ukraine-death-toll-exceeds-5000
    ('New York, 3 Rabi’ul Akhir 1436/24 January 2015 (MINA)– The United Nations says over 5,000 people have been killed during the ongoing conflict in war-torn eastern Ukraine.',
     {5000: 'United Nations'}),
    # https://en.minanews.net/east-ukraine-death-toll-exceeds-5000
    ('Sources say some 10,948 people have also been wounded since the beginning of the conflict in mid-April last year.',
     {10948: 'sources'}),
    # https://www.yahoo.com/news/ukraines-interior-ministry-reveals-number-180530508.html
    ('The Ministry of Internal Affairs of Ukraine reports that since the beginning of a full-scale war, more than 7,000 civilians have been killed and 5,500 injured as a result of Russian attacks in Ukraine.',
     {7000: ('Ministry of Internal Affairs', 'Ukraine'), 5500: ('Ministry of Internal Affairs', 'Ukraine')}),
    # https://scroll.in/latest/1075602/home-ministry-claims-38-civilians-killed-in-north-east-in-2023-fails-to-state-manipur-toll-report
    ('A total of 160 persons were killed in the state between May 3 and December 31, 2023, The Hindu reported, citing data tabled by the Union government in Parliament.',
     {160: ('Hindu', 'Union government')}),
    # https://scroll.in/latest/1075602/home-ministry-claims-38-civilians-killed-in-north-east-in-2023-fails-to-state-manipur-toll-report
    ('The presentation was made by Home Secretary Govind Mohan, who failed to mention the toll of ethnic clashes that broke out between Manipur’s Meitei and Kuki communities in May 2023, killing at least 237 persons and displacing more than 59,000 others.',
     {237: None, 59000: None}),
    # http://www.fox51.com/news/philippine-president-typhoon-haiyan-death-toll-closer-2500
    ('At least 800,000 people have been displaced, the United Nations said Tuesday.',
     {800000: 'United Nations'}),
    # http://www.fox51.com/news/philippine-president-typhoon-haiyan-death-toll-closer-2500
    ('By Tuesday, Philippines officials said 1,774 bodies had been counted, and 2,487 others had been injured.',
     {2487: 'officials'}),
    # http://www.kbtx.com/home/headlines/-Philippine-Officials-Death-Toll-Up-Slightly-231995151.html
    ('MANILA, Philippines (AP) Authorities in the Philippines say the official death toll from the typhoon has risen by three to 2,360.',
     {2360: 'authorities'}),
    # http://www.kbtx.com/home/headlines/-Philippine-Officials-Death-Toll-Up-Slightly-231995151.html
    ('In a briefing Thursday at U.N. headquarters in New York, Associate Spokesman Farhan Haq said the latest count was 4,460 people killed, and that the figure came from officials in the Philippines.',
     {4460: 'Haq'}),
    # https://philstar.com/headlines/2013/11/14/1256473/noy-10000-death-toll-overstated/amp
    ('The National Disaster Risk Reduction and Management Council (NDRRMC) yesterday updated its death toll at 2,344, and the number of injured at 3,804.',
     {2344: ('NDRRMC', 'National Disaster'), 3804: ('NDRRMC', 'National Disaster')}),
    # https://www.stabroeknews.com/2013/news/world/11/13/philippine-president-puts-typhoon-death-toll-2000-2500/
    ('The official death toll stood at 1,774 yesterday.',
     {1774: None}),
    # http://www.tampabay.com/incoming/haitian-leaders-unclear-on-toll/1072414
    ('A day after Communications Minister Marie-Laurence Jocelyn Lassegue raised the official death toll to 230,000, her office put out a statement quoting President Rene Preval as saying 270,000 bodies had been hastily buried by the government after the earthquake.',
     {230000: 'Lassegue'}),
    # http://english.pnn.ps/2019/03/14/iof-arrest-16-palestinians-including-university-students-in-overnight-raids/
    ('The Palestinian Prisoners’ Society (PPS) on Thursday said Israeli Occupation Forces (IOF) during overnight raids arrested 16 Palestinians, including six students of Birzeit University, in several parts of the occupied West Bank.',
     {16: ('PPS', 'Prisoners')}),
    # https://en.minanews.net/pps-15-palestinians-arrested-by-israeli-forces-in-west-bank/
    ('Ramallah, MINA – Israeli occupation forces detained at least 15 Palestinians since yesterday evening across the occupied West Bank, including journalist Sami al-Shami, according to the Palestinian Prisoner’s Society (PPS), Wafa reports.',
     {15: ('PPS', 'Prisoner')}),
    # https://move2turkey.com/within-4-days-the-israeli-occupation-arrests-90-palestinians-in-the-west
    ('The Palestinian Prisoners Club said on Friday that it had recorded 90 arrests carried out by the Israeli occupation forces during 4 days in the West Bank.',
     {90: 'Prisoners Club'}),
    # https://en.didgahnews.ir/100-west-bank-palestinians-detained-since-start-of-ramadan
    ('Since the beginning of “Israel’s” war on Gaza in October 2023, approximately 22,000 Palestinians have been detained across the West Bank, PPS said.',
     {22000: ('PPS', 'Prisoners')}),
    # https://plfpakistan.org/?p=115143
    ('Since the start of the year, 6,500 Palestinians were arrested in Israeli almost-daily raids in the West Bank towns and cities, not to mention the detention of citizens from Gaza and workers in 1948 occupied Palestine.',
     {6500: None}),
    # https://unn.ua/en/news/the-coordination-headquarters-has-conducted-over-70-prisoner-exchanges-in-four-years-managing-to-return-more-than-8000-citizens-budanov
    ('More than 8,000 citizens have been freed from Russian captivity. This was announced by the Head of the Office of the President, Kyrylo Budanov, as reported by UNN.',
     {8000: 'Budanov'}),
    # https://unn.ua/en/news/ministry-of-health-six-patients-wounded-including-a-6-month-old-child-32-evacuated
    ('Six other patients, including a 6-month-old child, were injured. This was reported on Wednesday by the press service of the Ministry of Health, UNN writes.',
     {6: 'Ministry of Health'}),
    # https://uatv.ua/en/coordination-headquarters-using-full-intelligence-arsenal-to-bring-prisoners-home-budanov
    ('“At the President’s directive, we have taken on the difficult task of liberating our people from enemy captivity. Sixty-two exchanges, 4,300 freed individuals, and 469 more rescued outside of official swaps. We rejoice at every person brought home,” Budanov said. He added that beyond prisoner exchanges, the Coordination Headquarters has repatriated over 7,000 bodies of fallen Ukrainian defenders over the past three years.',
     {4300: 'Budanov', 7000: 'Budanov'}),
    # https://rfa.org/english/myanmar/2025/04/10/airstrikes-sagaing-chin
    ('Junta airstrikes in northwestern Myanmar killed more than 30 civilians, including an entire family, residents and officials told Radio Free Asia on Thursday.',
     {30: ('residents', 'officials')}),
    # https://rfa.org/english/myanmar/2025/04/10/airstrikes-sagaing-chin
    ('On Wednesday evening, airstrikes on northern Sagaing region’s Wuntho township resulted in heavy civilian casualties, said Nay Bone Latt, a spokesperson for exiled National Unity Government, or NUG. “The latest we know is that, including women and children, 26 people are dead and 23 are injured,” he said of the attack on an intersection in Nan Khan village.',
     {26: ('Nay Bone Latt', 'National Unity Government', 'NUG'), 23: ('Nay Bone Latt', 'National Unity Government', 'NUG')}),
    # https://rfa.org/english/news/myanmar/shan-state-bombing-12082023061213.html
    ('A heavy aerial attack in northeastern Myanmar killed five civilians, an official from an anti-junta women’s organization told Radio Free Asia on Friday.',
     {5: ('official', 'organization')}),
    # https://ij-reportika.com/myanmar-junta-bombs-rebel-meeting-killing-16-including-child
    ('Myanmar junta airstrikes on a gathering of opponents of military rule killed 16 people, including a child, and injured 25, residents and an anti-junta militia member said on Friday.',
     {16: ('residents', 'militia member'), 25: ('residents', 'militia member')}),
    # https://newsfromrss.com/?p=115639
    ('BANGKOK: Myanmar military air strikes in northern Shan state killed 11 civilians and wounded 11 more, a spokeswoman for an ethnic minority armed group battling the junta told AFP on Friday (Sep 6).',
     {11: ('spokeswoman', 'armed group')}),
    # https://rfa.org/english/news/myanmar/kayin-airstrike-01132023034242.html
    ('A junta airstrike on a village in Myanmar’s southeastern Kayin State killed five people, including a child of about three-years-old, according to David Eubank, a former US commander who founded the Free Burma Rangers.',
     {5: 'Eubank'}),
    # https://8755.read.newszop.com/english-news/publisher-ianslive/top-news/death-toll-from-us-airstrikes-on-yemens-port-city-rises-to-14/articleshow/1450482093b32e0692db85d55c2d256a98f5a5d9
    ('Sanaa, April 11 (IANS) The death toll from US airstrikes on the Red Sea port city of Hodeidah has risen to 14, with 15 others wounded, Houthi-controlled health authorities reported.',
     {14: 'health authorities', 15: 'health authorities'}),
    # https://8755.read.newszop.com/english-news/publisher-ianslive/top-news/death-toll-from-us-airstrikes-on-yemens-port-city-rises-to-14/articleshow/1450482093b32e0692db85d55c2d256a98f5a5d9
    ("Earlier three children were killed on Thursday when a Houthi drone struck a residential house in Yemen's Red Sea province of Hodeidah, a local government official told Xinhua news agency.",
     {3: 'official'}),
    # https://www.upi.com/Top_News/World-News/2018/08/03/Airstrikes-on-Yemeni-hospital-and-market-kill-at-least-55/1581533299688/
    ("Thursday's attack on the Red Sea port city also wounded at least 124 people, a ministry statement said.",
     {124: 'ministry'}),
    # https://www.upi.com/Top_News/World-News/2018/08/03/Airstrikes-on-Yemeni-hospital-and-market-kill-at-least-55/1581533299688/
    ('At least 10,000 people have died in the conflict since 2014 and over than 100,000 children have died from extreme hunger and starvation, Al Jazeera reported on Thursday.',
     {10000: 'Al Jazeera'}),
    # https://www.dailysabah.com/mideast/2018/10/13/saudi-led-coalition-airstrikes-kill-at-least-19-in-yemen/amp
    ('At least 19 people were killed Saturday in multiple airstrikes led by a Saudi coalition in the port city of Hodeida, Yemen, Houthi rebels said.',
     {19: 'Houthi'}),
    # https://www.dailysabah.com/mideast/2018/10/13/saudi-led-coalition-airstrikes-kill-at-least-19-in-yemen/amp
    ("Youssef al-Hadiri, a spokesman for the rebel-controlled Health Ministry, said coalition warplanes hit two buses carrying civilians in Hodeida's Jabal Ras area, killing at least 19 people and injuring 30 others.",
     {19: 'Hadiri', 30: 'Hadiri'}),
    # https://www.dailysabah.com/mideast/2018/10/13/saudi-led-coalition-airstrikes-kill-at-least-19-in-yemen/amp
    ('"The final toll is not determined yet because body parts of many victims are mixed with each other," al-Hadiri told German Press Agency (DPA). Earlier Saturday, he said at least 17 civilians were killed and more than 20 others injured in the attack.',
     {17: 'Hadiri', 20: 'Hadiri'}),
    # https://en.trend.az/world/arab/2936551.html
    ('The UN has estimated that 330,610 people fled the city from June 1 to July 24.',
     {330610: ('UN', 'United Nations')}),
    # https://www.brecorder.com/news/40356727/yemen-houthi-say-us-strikes-on-hodeida-killed-eight
    ('On Tuesday, health ministry spokesman Anis al-Asbahi had said four children and two women had been killed.',
     {4: 'Asbahi', 2: 'Asbahi'}),
    # https://newscentral.africa/clashes-between-m23-rebels-dr-congo-causing-humanitarian-problems
    ('As of July 8, the health zones of Rutshuru and Rwanguba in the North Kivu province had received more than 124,000 displaced people, according to the OCHA, citing administrative and health authorities.',
     {124000: ('OCHA', 'Coordination of Humanitarian Affairs')}),
    # https://newscentral.africa/clashes-between-m23-rebels-dr-congo-causing-humanitarian-problems
    ('In the Nyiragongo territory of the North Kivu province, at least 5,800 displaced people from Kibumba and Buhumba since May are still living in makeshift shelters.',
     {5800: None}),
    # https://www.canindia.com/govt-m23-clashes-displace-90k-people-in-congos-north-kivu-un/
    ('UN humanitarians report that recent clashes between Congolese forces and M23 rebels have displaced about 90,000 people, a UN spokesman said.',
     {90000: ('UN', 'United Nations')}),
    # https://news.cgtn.com/news/2022-12-07/390-000-people-internally-displaced-due-to-fighting-in-DR-Congo-UN-1fzqzdC9vKE/index.html
    ('More than 390,000 people have become internally displaced due to the persistent armed conflict between non-state armed actor the March 23 Movement (M23) and the army in the northeastern Democratic Republic of the Congo (DRC), the UN Office for the Coordination of Humanitarian Affairs (OCHA) said Tuesday.',
     {390000: ('OCHA', 'Coordination of Humanitarian Affairs')}),
    # https://news.cgtn.com/news/2022-12-07/390-000-people-internally-displaced-due-to-fighting-in-DR-Congo-UN-1fzqzdC9vKE/index.html
    ('The majority of the displaced, 53 percent, stay with local host communities, putting an additional strain on already scarce resources and increasing food insecurity, OCHA said in a statement, noting that around 679,000 people need humanitarian assistance in the territories of Rutshuru, Lubero and Nyiragongo, all located in the North Kivu province.',
     {679000: ('OCHA', 'Coordination of Humanitarian Affairs')}),
    # https://www.zawya.com/en/press-release/africa-press-releases/democratic-republic-congo-crisis-thousands-of-displaced-in-goma-forced-to-flee-again-f3iggeir
    ('Nearly 3,000 people have reportedly been killed and 2,880 injured.',
     {3000: None, 2880: None}),
    # https://uat.apnews.com/article/congo-displaced-rebels-masisi-22f884301be3c5389a34360640052cc3
    ('KINSHASA, Congo (AP) — More than 100,000 people have been displaced since the start of the year in eastern Congo as a result of a new rebel offensive, according to a United Nations report released Friday.',
     {100000: 'United Nations'}),
    # https://brusselstimes.com/world/1408897/over-400000-people-displaced-by-endless-violence-in-eastern-dr-congo
    ('More than 400,000 people have been displaced by violence in the eastern Democratic Republic of Congo (DRC), according to the UN Refugee Agency (UNHCR).',
     {400000: ('UNHCR', 'Refugee Agency')}),
    # https://brusselstimes.com/world/1408897/over-400000-people-displaced-by-endless-violence-in-eastern-dr-congo
    ('Violence in displacement camps has forced nearly 180,000 more people to flee in the past week, bringing the total in the east of the country to nearly 5 million.',
     {180000: None}),
    # https://donare.info/en/displacement?page=10
    ('The United Nations (UN) estimates at least 23,000 people have been displaced by renewed violence between the Congolese army and fighters from the M23 armed group in the Democratic Republic of the Congo’s North-Kivu province.',
     {23000: ('UN', 'United Nations')}),
    # https://thefreedompress.in/index.php/2024/05/26/yemen-113-detainees-released-with-support-of-icrc
    ('Geneva/Sanaa, May 26 (IANS) Yemen’s Houthi group has released 113 detainees in Sana, the International Committee of the Red Cross (ICRC) said on Sunday.',
     {113: ('ICRC', 'Red Cross')}),
    # https://www.icrc.org/en/news-release/israel-and-occupied-territories-more-hostages-and-detainees-returned-home-fourth-phase
    ('Jerusalem (ICRC) – The International Committee of the Red Cross (ICRC) today safely transferred three hostages out of Gaza to Israel, and 175 Palestinian detainees from Israeli detention centres to Gaza and the West Bank.',
     {175: ('ICRC', 'Red Cross')}),
    # https://menafn.com/1109130335/Israel-And-The-Occupied-Territories-ICRC-Completes-Second-Phase-Of-Release-Operations-Reuniting-More-Families
    ('The ICRC then facilitated the release and transfer of 128 detainees from Israeli detention centres to Gaza and the West following pre-departure interviews to confirm their identities and assess their and for travel.',
     {128: ('ICRC', 'Red Cross')}),
    # https://sputniknews.com/world/201812211070881657-unicef-war-zones-children-violence/
    ('More than 50 children were killed and hundreds more injured in Palestine over the course of 2018, UNICEF said.',
     {50: ('UNICEF', "Children's Fund")}),
    # https://sputniknews.com/world/201812211070881657-unicef-war-zones-children-violence/
    ('UNICEF verified the killing of 870 children in the country from January to September of this year.',
     {870: ('UNICEF', "Children's Fund")}),
    # https://newstodaynet.com/2022/08/24/nearly-1000-children-killed-or-injured-in-ukraine-unicef/
    ('Nearly 1,000 boys and girls have been killed or injured in the war in Ukraine, the head of the United Nations Children’s Fund (UNICEF) said adding that the actual number could be much higher.',
     {1000: ('UNICEF', 'Children’s Fund', "Children's Fund")}),
    # https://www.finanznachrichten.de/nachrichten-2024-04/62081321-40-rise-in-children-s-death-in-ukraine-war-unicef-020.htm
    ('Attacks that occurred between January and March left 25 children dead, including a two-month-old, said a top official of UNICEF.',
     {25: ('UNICEF', "Children's Fund", 'official')}),
    # https://www.finanznachrichten.de/nachrichten-2024-04/62081321-40-rise-in-children-s-death-in-ukraine-war-unicef-020.htm
    ("During the first three weeks of April, nine children lost their lives during attacks, said UNICEF's Regional Director for Europe and Central Asia, Regina De Dominicis.",
     {9: ('De Dominicis', 'UNICEF')}),
    # https://www.finanznachrichten.de/nachrichten-2024-04/62081321-40-rise-in-children-s-death-in-ukraine-war-unicef-020.htm
    ('Official UN data reveals that about 600 children have lost their lives and more than 1,350 have been injured in attacks since the war in Ukraine escalated in 2022.',
     {600: ('UN', 'United Nations'), 1350: ('UN', 'United Nations')}),
    # https://unn.ua/en/news/war-in-ukraine-un-reports-sharp-rise-in-number-of-children-killed-in-2024
    ('At least 600 children have been killed in attacks across Ukraine since the war escalated in 2022, with the confirmed number up nearly 40% since last year, according to UNICEF.',
     {600: ('UNICEF', "Children's Fund")}),
    # https://menafn.com/1108143105/UNICEF-Reports-Significant-Increase-In-Number-Of-Children-Killed-In-Attacks-Across-Ukraine
    ('Since the escalation of the war in 2022, at least 600 children have been killed in attacks, according to official UN data.',
     {600: ('UN', 'United Nations')}),
    # https://menafn.com/1108143105/UNICEF-Reports-Significant-Increase-In-Number-Of-Children-Killed-In-Attacks-Across-Ukraine
    ('More than 1,350 children have been injured.',
     {1350: None}),
    # https://www.urdupoint.com/en/world/some-1000-children-killed-or-injured-in-ukra-1550701.html
    ("WASHINGTON (UrduPoint News / Sputnik - 22nd August, 2022) Some 1,000 children have been killed or wounded in the ongoing conflict in Ukraine, United Nations Children's Fund (UNICEF) Executive Director Catherine Russell said in a statement on Monday.",
     {1000: ('Russell', 'UNICEF')}),
    # https://www.urdupoint.com/en/world/some-1000-children-killed-or-injured-in-ukra-1550701.html
    ('"At least 972 children in Ukraine have been killed or injured by violence since the war escalated nearly six months ago, an average of over five children killed or injured each day," Russell said.',
     {972: 'Russell'}),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[f"{i}" for i in range(len(CASES))])
def test_figure_source_round8(text: str, want: dict[float, str | tuple[str | None, ...] | None]) -> None:
    got = {f["value"]: f["source"] for f in extract(text).to_contract()["figures"]}
    for value, source in want.items():
        assert value in got, (value, got)
        accepted = source if isinstance(source, tuple) else (source,)
        if accepted == (None,):
            assert got[value] is None, (value, got[value])
        else:
            assert got[value] and any(a and a.lower() in got[value].lower() for a in accepted), (value, got[value])
