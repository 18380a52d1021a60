"""Figures in unseen sentences from many outlets and conflicts: value, measure, qualifier, source, subject and place."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

import pytest

from parley.models import Figure


class Gold(NamedTuple):
    value: float
    measure: str
    qualifier: str | None = "exact"  # None leaves the qualifier unchecked
    sources: tuple[str, ...] = ()  # accepted source names; () leaves the source unchecked
    subject: str | None = None  # the counted noun a reader names; None leaves it unchecked
    place: str | None = None


def fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "").lower().replace("u.n.", "un")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s)).strip()


OCHA = ("OCHA", "Office for the Coordination of Humanitarian Affairs", "United Nations Coordination")
UNHCR = ("UNHCR", "UN refugee agency", "United Nations High Commissioner for Refugees", "UN Refugee Agency")
ICRC = ("ICRC", "International Committee of the Red Cross", "Red Cross")
IOM = ("IOM", "International Organization for Migration")
ACLED = ("Armed Conflict Location & Event Data project", "ACLED")
AAPP = ("AAPP", "Assistance Association for Political Prisoners", "Assistance Association of Political Prisoners")
UN = ("United Nations", "UN")
WHO = ("WHO", "World Health Organization", "World Health Organisation")
WFP = ("WFP", "World Food Programme", "World Food Program")
HEALTH = ("health ministry", "Ministry of Health", "Health Ministry", "ministry", "minister of health")

# (sentence, the figures a reader finds in it, figures a reader may or may not count)
CASES = [
    # https://sudanevents.com/index.php/2024/05/25/ocha-85-people-killed-and-700-injured-within-two-weeks-in-el-fasher
    ("The United Nations Coordination for Humanitarian Affairs in Sudan (OCHA) counted the killing of 85 people and "
     "the injury of about 700 others during two weeks of clashes in El Fasher.",
     [Gold(85, "killed", "exact", OCHA, "people", "El Fasher"), Gold(700, "injured", "about", OCHA)], []),
    ("In its latest report, Friday, OCHA warned that the humanitarian situation for about 800,000 civilians in the "
     "city of El Fasher has deteriorated since the escalation of battles in the city on May 10.", [], []),
    ("The report indicated that about 250 families have fled from El Fasher since last Monday to various "
     "destinations due to the ongoing fighting.", [Gold(250, "internally_displaced", "about", (), "families")], []),
    # https://news.anyfans.com/over-460-people-reportedly-found-slain-in-hospital-in-sudan
    ("The World Health Organization (WHO) has verified 185 attacks on health care in Sudan, with 1,204 deaths and "
     "416 injuries of health workers and patients since the start of the conflict in April 2023, excluding the "
     "latest attacks.", [Gold(1204, "killed", "exact", ("WHO", "World Health Organization")),
                         Gold(416, "injured", "exact", ("WHO", "World Health Organization"))], []),
    ("This year alone, 966 people have died in 49 attacks.", [Gold(966, "killed", "exact", (), "people")], []),
    ("The International Organization for Migration (IOM) reported that more than 36,000 people fled El Fasher "
     "between Sunday and Tuesday.", [Gold(36000, "internally_displaced", "more_than", IOM, "people")], []),
    # https://pen-news.net (OCHA: 27 civilians were killed and 130 others wounded in clashes in El Fasher)
    ("The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) confirmed the killing of at "
     "least 27 civilians and the wounding of 130 others during renewed clashes between the armed forces and the "
     "Rapid Support Forces in the city of El Fasher, the capital of North Darfur state.",
     [Gold(27, "killed", "at_least", OCHA, "civilians"), Gold(130, "injured", None, OCHA)], []),
    # https://wallafricajournal.com/un-reports-surge-in-displacement-from-sudans-el-fasher
    ("Over 400,000 individuals have fled their homes in El Fasher, North Darfur, since clashes erupted in April, "
     "reports the United Nations Office for the Coordination of Humanitarian Affairs (OCHA).",
     [Gold(400_000, "internally_displaced", "more_than", OCHA, "individuals", "El Fasher")], []),
    ("In related efforts, the World Health Organization (WHO) announced it had sent over 17 metric tonnes of "
     "supplies to support three humanitarian partners last month.",
     [Gold(17, "tonnes", "more_than", ("WHO", "World Health Organization"))], []),
    ("Since January, nearly 3,000 metric tonnes of UNICEF's educational, health, and nutrition supplies have "
     "reached North Darfur.", [Gold(3000, "tonnes", "about")], []),
    ("The conflict in Sudan, which began in April 2023 as fighting between the military and the Rapid Support "
     "Forces (RSF), has claimed over 14,000 lives and injured 33,000 people, according to UN reports.",
     [Gold(14000, "killed", "more_than", UN, None, "Sudan"), Gold(33000, "injured", "exact", UN, "people")], []),
    ("A local monitoring group, the Al Jazirah Conference, reported that more than 1,000 individuals have died in "
     "the region.", [Gold(1000, "killed", "more_than", ("Al Jazirah Conference",), "individuals")], []),
    # https://greatafricanrailway.org/sudan-un-condemns-escalation-of-violence-in-el-fasher-in-darfur/
    ("In Sudan, half of the population, 25 million people need humanitarian aid.",
     [Gold(25_000_000, "in_need", "exact", (), "people", "Sudan")], []),
    # https://www.khaleejtimes.com/world/mena/gaza-death-toll-rises-to-4651-health-ministry-says
    ("At least 4,651 people have been killed in Gaza since the start of the war sparked by Hamas's October 7 "
     "attacks on Israel, the territory's health ministry said Sunday.",
     [Gold(4651, "killed", "at_least", HEALTH, "people", "Gaza")], []),
    ("There are 14,245 wounded, the statement added.", [Gold(14245, "injured")], []),
    # https://en.cityreporter.net/index.php/2024/04/12/palestine-death-toll-in-gaza-rises-to-33482-ministry
    ("The ministry said in a statement on Wednesday that over the past 24 hours, Israeli forces have killed 122 "
     "Palestinians and wounded 56, bringing the total death toll since the start of the conflict between Israel "
     "and Hamas to 33,482.", [Gold(122, "killed", "exact", HEALTH, "Palestinians"), Gold(56, "injured", "exact", HEALTH),
                             Gold(33482, "killed", "exact", HEALTH)], []),
    ("The number of injured has reached 76,049.", [Gold(76049, "injured")], []),
    ("Israel launched a retaliatory operation against Hamas in the Gaza Strip on October 7, 2023, through southern "
     "Israel, in response to a Hamas rampage that killed nearly 1,200 people and took more than 200 hostages.",
     [Gold(1200, "killed", "about", (), "people"), Gold(200, "detained", "more_than")], []),
    # https://www.mangalorean.com/palestinian-death-toll-in-gaza-rises-to-33482-ministry/
    ("Israel launched a large-scale offensive against Hamas in the Gaza Strip to retaliate against a Hamas rampage "
     "through southern Israel on October 7, 2023, during which about 1,200 people were killed and more than 200 "
     "were taken hostage.", [Gold(1200, "killed", "about"), Gold(200, "detained", "more_than")], []),
    # https://madhyamamonline.com/amp/world/health-ministry-states-death-toll-in-gaza-more-than-23000-1244970
    ("This brings the total number of deaths to 23,084 and injuries to 58,926 since the Israel-Hamas conflict broke "
     "out on October 7, 2023, it noted.", [Gold(23084, "killed"), Gold(58926, "injured")], []),
    # https://en.neonetwork.pk/02-Dec-2023/death-toll-since-oct-7-israeli-bombardment-crosses-15-200-says-gaza-health-ministry
    ("\u201cIsrael deliberately targeted 130 health institutions and put 20 hospitals out of service while about 280 "
     "health personnel were killed across Gaza,\u201d the statement added.",
     [Gold(280, "killed", "about", (), "health personnel", "Gaza")], []),
    ("In a statement, the ministry said hundreds of airstrikes and naval bombardments across the Gaza Strip injured "
     "another 650 people, adding that Israeli forces specifically targeted Khan Yunis, where dozens of houses were "
     "destroyed.", [Gold(650, "injured", "exact", HEALTH, "people")], []),
    # https://cuu.coron.tech/news/312723202458019947359
    ("\u201cTwo hundred and seven of our people have returned to their native soil!\u201d Ukrainian human rights "
     "commissioner Dmytro Lubinets wrote on Telegram on Wednesday.",
     [Gold(207, "returned", "exact", ("Dmytro Lubinets", "Lubinets"))], [Gold(207, "released")]),
    ("Since the Russian invasion, more than 3,000 Ukrainians have already been released as part of 50 exchanges.",
     [Gold(3000, "released", "more_than", (), "Ukrainians")], []),
    # https://www.improvethenews.org/story/2024/russia-and-ukraine-complete-first-prisoner-swap-since-plane-crash
    ("In this latest exchange, Ukraine was able to return 207 of its defenders home.",
     [Gold(207, "returned")], [Gold(207, "released")]),
    ("195 prisoners were returned in the latest exchange.", [Gold(195, "released", "exact", (), "prisoners")],
     [Gold(195, "returned")]),
    # https://thedrumonline.net/?p=55524
    ("Both sides said about 200 prisoners each had been exchanged on Wednesday, although they disagreed about the "
     "exact figures.", [Gold(200, "released", "about", (), "prisoners")], []),
    ("Russia\u2019s defence ministry released a statement in which it confirmed the swap and said \u201cexactly 195 "
     "Ukrainian armed forces prisoners of war have been handed over\u201d for the return of 195 captured Russian "
     "soldiers.", [Gold(195, "released", "exact", ("defence ministry", "Russia"))], [Gold(195, "returned")]),
    # https://uat.apnews.com/article/ukraine-russia-war-prisoner-swap-53b8061fbbc68a397292c798366c5947
    ("Russia and Ukraine said Wednesday they had each swapped 175 prisoners in one of the largest exchanges since "
     "the Russian full-scale invasion started three years ago.", [Gold(175, "released", "exact", (), "prisoners")], []),
    # https://voa.pangea-cms.com/preview/en-US/a/scores-of-ukrainian-and-russian-prisoners-head-back-home-after-swap-/7919089.html
    ("Kyiv brought home 189 former captives, President Volodymyr Zelenskyy and Russia's Defense Ministry said, while "
     "the Russian ministry said 150 Russian servicemen were returning home.",
     [Gold(189, "returned"), Gold(150, "returned", "exact", (), "servicemen")],
     [Gold(189, "released"), Gold(150, "released")]),
    # https://english.alarabiya.net/News/saudi-arabia/2023/04/15/-Yemen-bound-plane-carrying-rebel-prisoners-leaves-Saudi-ICRC-
    ("The flight from the southern Saudi city of Abha took off before 9 am (0600 GMT) carrying 120 former detainees, "
     "ICRC spokeswoman Jessica Moussan said, part of a multi-day exchange involving nearly 900 prisoners.",
     [Gold(900, "released", "about")], [Gold(120, "released"), Gold(120, "returned")]),
    # https://jurist.org/news/2025/01/yemen-houthis-unilaterally-release-153-conflict-related-detainees
    ("Yemen's Houthi rebels unilaterally released 153 \u201cconflict-related\u201d detainees from Yemen's capital city "
     "of Sana'a, according to the statement released by the International Committee of the Red Cross (ICRC) on "
     "Saturday.", [Gold(153, "released", "exact", ICRC, "detainees")], []),
    # https://heartofasia.af/?p=49528
    ("Yemen's Houthi group unilaterally released 113 detainees in the Houthi-held Yemeni capital Sanaa on Sunday, "
     "the International Committee of the Red Cross (ICRC) said.",
     [Gold(113, "released", "exact", ICRC, "detainees", "Sanaa")], []),
    ("In April 2023, nearly 900 prisoners were released following UN-sponsored negotiations between the Yemeni "
     "government and the Houthi group.", [Gold(900, "released", "about", (), "prisoners")], []),
    # https://www.aljazeera.com/news/2019/11/28/houthi-prisoners-freed-by-saudi-arabia-return-to-yemen-red-cross/
    ("The International Committee of the Red Cross (ICRC), which supervised the arrival, said in a statement on "
     "Thursday that 128 of 200 freed Houthis arrived at the capital\u2019s Sanaa International Airport, which was "
     "closed on August 9, 2016, by the Saudi-UAE-led military coalition.",
     [Gold(200, "released", "exact", ICRC)], [Gold(128, "released"), Gold(128, "returned")]),
    ("Yemen\u2018s main airport was briefly reopened on Thursday to receive more than 100 Houthi prisoners of war "
     "released by a coalition led by Saudi Arabia and the United Arab Emirates (UAE), as efforts to end the "
     "five-year conflict gain momentum.", [Gold(100, "released", "more_than", (), "prisoners")], []),
    # https://news.antiwar.com/2019/09/30/yemen-releases-hundreds-of-prisoners-in-sanaa
    ("The Red Cross said 290 detainees were processed by them, while the Houthis statement said 350 were released "
     "in total.", [Gold(350, "released", "exact", ("Houthis",))], [Gold(290, "released")]),
    ("The Saudis launched an airstrike against the prison earlier this month, killing 130 people, mostly pro-Saudi "
     "fighters.", [Gold(130, "killed", "exact", (), "people")], []),
    # https://lbnntv.com/huthi-rebels-release-153-conflict-related-yemeni-prisoners-icrc
    ("Yemen's Huthi rebels freed 153 \u201cconflict-related\u201d prisoners on Saturday, the International Committee "
     "of the Red Cross said, as a ceasefire largely holds after years of war.",
     [Gold(153, "released", "exact", ICRC, "prisoners")], []),
    ("The release comes after the Iran-backed Huthis detained seven United Nations personnel operating in "
     "rebel-held territory on Thursday, prompting a protest from UN Secretary-General Antonio Guterres.",
     [Gold(7, "detained", "exact", (), "personnel")], []),
    # https://www.deccanchronicle.com/world/neighbours/080917/270000-rohingya-muslims-fled-myanmar-in-last-two-weeks-unhrc.html
    ("An estimated 270,000 Rohingya refugees have fled Myanmar in the past two weeks and sought refuge in "
     "Bangladesh, where two existing refugee camps are \u201cbursting at the seams\u201d, the UN refugee agency said "
     "on Friday.", [Gold(270_000, "refugees", "about", UNHCR, "refugees")], []),
    ("The ensuing clashes and a military counter-offensive have killed at least 400 people and triggered an exodus "
     "of more than 160,000 to neighbouring Bangladesh.",
     [Gold(400, "killed", "at_least", (), "people"), Gold(160_000, "refugees", "more_than")], []),
    ("In updated figures released by the authorities on Thursday, Myanmar said 6,600 Rohingya homes and 201 "
     "non-Muslim homes had been burned to the ground since August 25.", [], []),
    ("They added some 30 civilians had been killed -- seven Rohingyas, seven Hindus and 16 Rakhine Buddhists -- in "
     "the fighting.", [Gold(30, "killed", "about", (), "civilians")], [Gold(7, "killed"), Gold(16, "killed")]),
    # https://www.fourthindia.in/exodus-of-rohingya-to-bangladesh-reaches-270000-unhcr/
    ("An estimated 270,000 Rohingya have sought refuge in Bangladesh over the past two weeks, the U.N. refugee "
     "agency said on Friday, announcing a dramatic jump in numbers fleeing violence in neighbouring Myanmar\u2019s "
     "Rakhine State.", [Gold(270_000, "refugees", "about", UNHCR, "Rohingya")], []),
    ("A rights group said satellite images showed about 450 buildings had been burned down in a Myanmar border town "
     "largely inhabited by Rohingya, as part of what the Muslim minority refugees say is a concerted effort to "
     "expel them.", [], []),
    # http://pview.net/2017/08/29/5000-rohingyas-entered-bangladesh-in-3-days/
    ("Some 5,200 people have entered Bangladesh from Myanmar as of Sunday in the wake of the latest violence in "
     "Rakhine state, UN refugee agency UNHCR estimates.", [Gold(5200, "refugees", "about", UNHCR, "people")], []),
    # http://www.tasnimnews.com/en/news/2017/09/12/1516920/unhcr-says-370-000-rohingya-now-in-bangladesh/amp
    ("At least 313,000 Rohingya have fled to Bangladesh since Aug. 25, when Rohingya insurgents attacked police "
     "posts, prompting Myanmar's military to retaliate with what it called \"clearance operations\" to root out the "
     "rebels.", [Gold(313_000, "refugees", "at_least", (), "Rohingya")], []),
    # https://globenewsnow.net/?p=320406
    ("Surging gang violence in Haiti has caused a threefold rise in the number of people uprooted from their homes "
     "in a year, the UN migration agency, IOM, said on Tuesday.", [], []),
    # https://amesnews.com.au/latest-articles/gang-violence-driving-displacement-in-haiti-iom
    ("Of these, 96,000 individuals fled insecurity in the capital, due to inter-gang violence and social unrest.",
     [Gold(96000, "internally_displaced", "exact", (), "individuals")], []),
    ("Another 17,000 people remain displaced because of the worst earthquake in a decade, which devastated the "
     "country's southern regions in August 2021.", [Gold(17000, "internally_displaced", "exact", (), "people")], []),
    # https://awutar.com/news/almost-100000-people-have-fled-the-haitian-capital-pushed-by-violence/
    ("At least 96,000 people were forced to leave their homes in Port-au-Prince, the capital of Haiti, pushed by "
     "the violence caused by armed gangs, according to a report by the International Organization for Migration "
     "(IOM).", [Gold(96000, "internally_displaced", "at_least", IOM, "people", "Port-au-Prince")], []),
    # https://www.iom.int/news/gang-violence-displaces-165000-haiti-hinders-aid-efforts
    ("More than 165,000 people are internally displaced in Haiti due to gang violence, hindering aid efforts by the "
     "International Organization for Migration (IOM).",
     [Gold(165_000, "internally_displaced", "more_than", (), "people", "Haiti")], []),
    ("The country is facing additional pressure due to severe floods caused by torrential rains, affecting over "
     "46,000 people and displacing over 13,000 others, and a 4.9 Richter earthquake on 6 June, further compounding "
     "the humanitarian situation.",
     [Gold(46000, "affected", "more_than", (), "people"), Gold(13000, "internally_displaced", "more_than")], []),
    ("It is estimated that nearly half of Haiti\u2019s population \u2013 around 5.2 million people \u2013 needs "
     "humanitarian assistance.", [Gold(5_200_000, "in_need", "about", (), "people")], []),
    # https://topbuzztimes.com/in-haiti-gang-violence-has-displaced-more-than-40000-people-in-ten-days-in-port-au-prince-according-to-the-un
    ("Following a new outbreak of gang violence, more than 40,000 people were displaced in ten days in "
     "Port-au-Prince, Haiti, the International Organization for Migration (IOM) announced on Monday, November 25.",
     [Gold(40000, "internally_displaced", "more_than", IOM, "people", "Port-au-Prince")], []),
    ("Between November 11 and 20, 40,965 people had to leave their homes in the Port-au-Prince metropolis due to "
     "violence.", [Gold(40965, "internally_displaced", "exact", (), "people")], []),
    # https://sotoreil.store/2/the-un-says-more-than-a-million-people-have-died-in-haiti-as-a-result-of-rampant-gang-violence
    ("Agency spokesman Kennedy Okoth told a U.N. conference in Geneva that the forced return to Haiti of about "
     "200,000 people over the past year \u2013 mostly from the neighboring Dominican Republic \u2013 has worsened the "
     "crisis.", [Gold(200_000, "returned", "about", ("Kennedy Okoth",), "people", "Haiti")], []),
    ("At least 110 people died in the Cite Soleil slum in Haiti when a gang leader targeted elderly people he "
     "suspected of causing his child's illness through witchcraft, according to the National Network for the "
     "Defense of Human Rights.",
     [Gold(110, "killed", "at_least", ("National Network for the Defense of Human Rights",), "people")], []),
    # https://zayntechnologies.com/1459896-2
    ("Since December 8, when Bashar al-Assad\u2019s regime fell, 58,400 people have returned to Syria.",
     [Gold(58400, "returned", "exact", (), "people", "Syria")], []),
    ("According to UNHCR, as of 29 December, a total of 419,200 refugees have returned to Syria since the beginning "
     "of the year; 26 per cent of these are men, 28 per cent women and 46 per cent children.",
     [Gold(419_200, "returned", "exact", UNHCR, "refugees", "Syria")], []),
    ("In north-east Syria, some 25,000 internally displaced people are being held in more than 180 collective "
     "centres, reportedly lacking clean water and sanitation supplies.",
     [Gold(25000, "internally_displaced", "about", (), "people")], []),
    ("The World Health Organization is coordinating a European Union humanitarian airlift that has already "
     "delivered 50 tonnes of life-saving supplies, including trauma kits and essential medicines, to health "
     "facilities in north-west Syria.", [Gold(50, "tonnes")], []),
    # https://shiawaves.com/english/news/islam/iraq/132938-850000-syrian-refugees-return-home-since-assads-fall-un-says
    ("Since the fall of Bashar Assad's government in December, around 850,000 Syrian refugees have returned from "
     "neighboring countries, and the figure could reach 1 million in the coming weeks, a senior UN official said "
     "Monday.", [Gold(850_000, "returned", "about", ("UN official", "United Nations"), "Syrian refugees")],
     [Gold(1_000_000, "returned")]),
    ("UNHCR reported that an additional 1.7 million internally displaced Syrians have gone back to their "
     "communities as the interim central government now controls much of the country.",
     [Gold(1_700_000, "returned", "exact", UNHCR, "Syrians")], []),
    ("The conflict, which began in 2011, has killed nearly half a million people and displaced half of Syria's "
     "pre-war population of 23 million.", [Gold(500_000, "killed", "about", (), "people")], []),
    ("Over 5 million fled abroad, mostly to nearby countries.", [Gold(5_000_000, "refugees", "more_than")], []),
    ("July's fighting displaced about 190,000 people in southern Syria.",
     [Gold(190_000, "internally_displaced", "about", (), "people")], []),
    ("Since then, aid agencies, including UNHCR, have sent 21 convoys of relief supplies to Sweida, while the "
     "reopening of the Damascus-Sweida highway has eased humanitarian access.", [], [Gold(21, "aid_trucks")]),
    # https://www.timesofisrael.com/nearly-200000-syrian-refugees-have-returned-since-assad-regime-fell-un-says/
    ("Nearly 200,000 Syrian refugees have returned home since the fall of Bashar al-Assad\u2019s regime in early "
     "December, the UN refugee chief Filippo Grandi said Saturday ahead of a visit to the region.",
     [Gold(200_000, "returned", "about", ("Filippo Grandi", "Grandi"), "Syrian refugees")], []),
    ("Between December 8 \u2014 when the regime fell \u2014 and January 16, some 195,200 Syrians returned home, "
     "according to figures published by Grandi on X.",
     [Gold(195_200, "returned", "about", ("Grandi",), "Syrians")], []),
    # https://staging.irishtimes.com/world/middle-east/2025/09/29/a-million-people-have-returned-to-syria-following-overthrow-of-assad-un-body-says
    ("About one million people have returned to Syria following the overthrow in December of Bashar al-Assad, "
     "according to the UN refugee agency (UNHCR).", [Gold(1_000_000, "returned", "about", UNHCR, "people", "Syria")], []),
    ("Another 1.8 million who were displaced within Syria have returned to their areas of origin despite localised "
     "violence against minority Alawite and Druze communities.", [Gold(1_800_000, "returned")], []),
    ("Of the one million Syrians who settled in Germany in 2015 at the height of the conflict, some 4,000 have "
     "returned, according to German broadcaster Ard.", [Gold(4000, "returned", "about", ("Ard",))],
     [Gold(1_000_000, "refugees")]),
    # https://nationalcourrier.com/2025/03/08/return-of-refugees-to-syria-over-300000-since-assads-fall
    ("The United Nations reports that over 300,000 refugees have returned to Syria since the overthrow of Bashar "
     "al-Assad in December.", [Gold(300_000, "returned", "more_than", UN, "refugees", "Syria")], []),
    ("Currently, more than 3.4 million IDPs reside in northwestern Syria, mainly in 1,500 camps across the Idlib and "
     "Aleppo governorates.", [Gold(3_400_000, "internally_displaced", "more_than", (), "IDPs")], []),
    # https://www.iol.co.za/capetimes/news/journos-media-workers-in-firing-line-in-gaza-f22f4490-6343-44cc-bab1-db9667f2ac47
    ("According to the CPJ figures, 79 journalists and media workers were confirmed dead: 72 Palestinian, four "
     "Israelis and three Lebanese.", [Gold(79, "killed", "exact", ("CPJ", "Committee to Protect Journalists"), "journalists")],
     [Gold(72, "killed"), Gold(4, "killed"), Gold(3, "killed")]),
    ("At least 16 journalists were reported injured, three missing and 21 arrested.",
     [Gold(16, "injured", "at_least", (), "journalists"), Gold(3, "missing", None), Gold(21, "detained", None)], []),
    # https://en.althawranews.net/2025/08/un-shocking-record-383-aid-workers-killed-in-2024
    ("A shocking new record of 383 aid workers killed in 2024 must be a wake-up call to protect all civilians in "
     "conflict and crisis and call time on impunity, the United Nations Office for the Coordination of "
     "Humanitarian Affairs (OCHA) said on Tuesday, on the World Humanitarian Day.",
     [Gold(383, "killed", "exact", OCHA, "aid workers")], []),
    ("An additional 308 aid workers were wounded, 125 kidnapped and 45 detained in the same year, OCHA said.",
     [Gold(308, "injured", "exact", OCHA, "aid workers"), Gold(125, "detained", "exact", OCHA),
      Gold(45, "detained", "exact", OCHA)], []),
    ("The 31% surge in aid worker deaths compared to 2023 was driven by the relentless conflicts in Gaza, where 181 "
     "humanitarian workers were killed, and in Sudan, where 60 lost their lives.",
     [Gold(181, "killed", "exact", (), "humanitarian workers", "Gaza"), Gold(60, "killed", "exact", (), None, "Sudan")],
     []),
    # https://africanews.com/2024/11/22/2024-deadliest-year-ever-for-aid-workers-amid-global-conflicts-un-says
    ("OCHA said a total of 333 humanitarians have been killed since the latest conflict between Israel and the "
     "militant Hamas group erupted when the militants stormed into southern Israel on Oct. 7, 2023, killing some "
     "1,200 people, mostly civilians, and abducting another 250.",
     [Gold(333, "killed", "exact", OCHA, "humanitarians"), Gold(1200, "killed", "about"), Gold(250, "detained")], []),
    ("Some 230 aid workers have been killed in occupied Palestinian areas, the database showed Friday.",
     [Gold(230, "killed", "about", (), "aid workers")], []),
    # https://kiosk.youboox.fr/en/pod/865/rss/103/article/30890698
    ("At least 178 aid workers have been killed this year in the occupied Palestinian territories alone, including "
     "Gaza, while 25 have died in Sudan and 11 in Ukraine.",
     [Gold(178, "killed", "at_least", (), "aid workers"), Gold(25, "killed", "exact", (), None, "Sudan"),
      Gold(11, "killed", "exact", (), None, "Ukraine")], []),
    # https://exbulletin.com/world/973913/
    ("The death toll from Burkina Faso\u2019s deadliest attack in years has risen to at least 132 people and "
     "countless others injured, security officials said on Monday.",
     [Gold(132, "killed", "at_least", ("security officials",), None, "Burkina Faso")], []),
    ("Nearly 800 people have fled to the nearby city of Sebba, according to an internal report on first aid "
     "workers by The Associated Press.", [Gold(800, "internally_displaced", "about", (), "people")], []),
    ("A relief worker in Sebba said there were more than 40 people with bullet wounds and burns from the attack "
     "escape.", [Gold(40, "injured", "more_than", ("relief worker",), "people")], []),
    # https://www.brecorder.com/news/40112355/suspected-jihadists-kill-51-villagers-in-mali-12-troops-in-burkina
    ("Suspected jihadists massacred 51 civilians in northern Mali and killed 12 troops in an ambush in neighbouring "
     "Burkina Faso, the authorities said Monday, highlighting the security crisis gripping the two fragile states.",
     [Gold(51, "killed", "exact", ("authorities",), "civilians", "Mali"),
      Gold(12, "killed", "exact", ("authorities",), "troops", "Burkina Faso")], []),
    # https://newsjizz.in/131179-the-jihadist-attack-kills-almost-20-civilians-in-burkina-faso.html
    ("According to UN figures, jihadist attacks in Mali, Niger and Burkina Faso killed 4,000 people in 2019 and "
     "caused an unprecedented humanitarian crisis, forcing 600,000 to flee their homes.",
     [Gold(4000, "killed", "exact", UN, "people"), Gold(600_000, "internally_displaced", "exact", UN)], []),
    ("On January 25, an attack killed 39 civilians in the village of Silgadji, in the neighboring province of Soum, "
     "northwest of Seno.", [Gold(39, "killed", "exact", (), "civilians", "Silgadji")], []),
    # https://amp.dw.com/en/ethiopia-un-warns-90-of-people-in-tigray-need-food-aid/a-57750470
    ("\"A total of 5.2 million people, equivalent to 91% of Tigray's population, need emergency food assistance due "
     "to the conflict,\" WFP spokesman Tomson Phiri told reporters in Geneva.",
     [Gold(5_200_000, "in_need", "exact", ("Tomson Phiri", *WFP), "people")], []),
    # https://www.urdupoint.com/en/world/wfp-says-it-reached-tigray-with-50-trucks-of-1301126.html
    ("A WFP convoy of 50 trucks arrived in the Tigrayan capital of Mekelle today with 900 metric tons of food as "
     "well as other emergency supplies.", [Gold(50, "aid_trucks"), Gold(900, "tonnes")], []),
    ("To meet the needs of almost 4 million people in Tigray, the UN food agency said it must transport over 10,000 "
     "metric tons of food and 150,000 liters of fuel every week.", [],
     [Gold(4_000_000, "in_need", None), Gold(10000, "tonnes", None)]),
    # https://www.ena.et/en/?p=36389
    ("In the tweet it posted today, WFP stated that \u201cour largest humanitarian convoy to date of 308 trucks "
     "arrived into Tigray this week carrying enough food to meet needs of further 800,000 people.\u201d",
     [Gold(308, "aid_trucks", "exact", WFP)], [Gold(800_000, "in_need", None)]),
    # https://www.emiratesnewsreleases.com/wfp-reaches-four-besieged-syrian-towns-for-first-time-since-april/
    ("WFP sent 45 trucks carrying food rations and wheat flour to the four towns as part of a joint UN-SARC convoy.",
     [Gold(45, "aid_trucks")], []),
    # WFP's 46-truck convoy delivers 750 tonnes of food to Gaza from Jordan
    ("The World Food Program (WFP) announced on Wednesday that a 46-truck convoy carrying more than 750 metric "
     "tonnes of life-saving food has entered Gaza.",
     [Gold(46, "aid_trucks", "exact", ("WFP", "World Food Program")),
      Gold(750, "tonnes", "more_than", ("WFP", "World Food Program"))], []),
    # https://www.fleetowner.com/news/article/21660572/truck-convoy-reaches-baghdad
    ("The 50-truck convoy is chartered by the World Food Program (WFP) from private Jordanian firms and carried "
     "1,400 tons of wheat flour.", [Gold(50, "aid_trucks"), Gold(1400, "tonnes")], []),
    # http://defencecolumn.blogspot.com/2009/01/first-wfp-food-convoy-of-2009-reaches.html
    ("The convoy - comprised of 57 trucks and seven light vehicles - delivered 811 metric tons of food (enough to "
     "feed some 230,000 people for a week) to Puthukkudiyiruppu.",
     [Gold(57, "aid_trucks"), Gold(811, "tonnes")], []),
    # https://msd7.gn.apc.org/article/m23-militia-accused-causing-mass-displacement-eastern-congo
    ("RWANDA-backed militia controlling cities in eastern Congo have forcibly closed settlement camps, leading to "
     "the displacement of more than 110,000 people in recent days, the United Nations and locals said on Tuesday.",
     [Gold(110_000, "internally_displaced", "more_than", UN, "people")], []),
    ("The rebels\u2019 advance into Goma has killed at least 2,000 people in and around the city, Congolese "
     "authorities said.", [Gold(2000, "killed", "at_least", ("Congolese authorities",), "people", "Goma")], []),
    ("At least 500,000 people have been displaced in the region following M23\u2019s advance, according to the Forum "
     "of International Non-Governmental Organisations.",
     [Gold(500_000, "internally_displaced", "at_least", ("Forum of International Non-Governmental Organisations",),
           "people")], []),
    ("Goma was hosting close to a million displaced people before the escalation of fighting on February 26.",
     [Gold(1_000_000, "internally_displaced", "about", (), "people", "Goma")], []),
    # https://test.daily8.com/en/article/c3ff804392e54cd60a6d23cd54325407
    ("During the fighting, nearly 3,000 combatants and civilians were killed and thousands more injured, according "
     "to the United Nations.", [Gold(3000, "killed", "about", UN, "combatants")], []),
    # https://headtopics.com/za/m23-rebels-launch-new-offensive-in-eastern-dr-congo-47864302
    ("The United Nations humanitarian agency OCHA says almost 200 000 people have had to flee their homes since "
     "October 1 in Rutshuru and Masisi territory, north of Goma.",
     [Gold(200_000, "internally_displaced", "about", OCHA, "people")], []),
    # https://www.foxnews.com/world/ethiopia-south-sudanese-tribesmen-kill-many-across-border
    ("An Ethiopian official says 28 people were killed and 43 children kidnapped by armed members of a South "
     "Sudanese tribe between March 10 and 12.",
     [Gold(28, "killed", "exact", ("Ethiopian official",), "people"),
      Gold(43, "detained", "exact", ("Ethiopian official",), "children")], []),
    ("A similar incident in April 2016 saw 208 people killed and 125 children kidnapped.",
     [Gold(208, "killed", "exact", (), "people"), Gold(125, "detained", "exact", (), "children")], []),
    ("Gambella is currently hosting close to 300,000 refugees from South Sudan's civil war.",
     [Gold(300_000, "refugees", "about", (), "refugees")], []),
    # http://tigrai.net/2016/04/18/ethiopian-forces-clash-with-south-sudan-tribal-fighters/
    ("The fighting has killed more than 50,000 people and displaced nearly 2.5 million.",
     [Gold(50000, "killed", "more_than", (), "people"), Gold(2_500_000, "internally_displaced", "about")], []),
    # https://nan.media/en/the-killing-of-15-people-in-an-armed-ambush-in-south-sudan
    ("Fifteen people, including a regional commissioner, have been killed after their convoy was ambushed in the "
     "eastern southern region of Pibor, near the Ethiopian border, a senior official said Wednesday.",
     [Gold(15, "killed", "exact", ("senior official",), "people")], []),
    # https://thedailycheck.net/?p=955579
    ("A local representative says at least 13 people are dead and 21 have been wounded in clashes at a United "
     "Nations site in South Sudan for the protection of displaced civilians.",
     [Gold(13, "killed", "at_least", ("local representative",), "people"), Gold(21, "injured", None)], []),
    # https://cdn.newsafricanow.com/exclusives/ethnic-clash-claim-lives-of-over-45-18-wounded-in-south-sudan/
    ("According to the official, not less than 18 others were wounded when heavily armed men from the Atok Buk "
     "ethnic group attacked several villages of the Apuk Parek ethnic group in Tonj North County in northern "
     "Warrap State.", [Gold(18, "injured", "at_least", ("official",))], []),
    # https://www.giornaledibrescia.it/italia-e-estero/israele-in-corso-attacchi-mirati-a-beirut-yioh0kza
    ("Lebanese Environment Minister Nasser Yassin, who is leading the Crisis Management Committee, said more than "
     "150,000 residents have been displaced from their towns since Israel launched strikes on southern Lebanese "
     "towns and villages.", [Gold(150_000, "internally_displaced", "more_than", ("Nasser Yassin",), "residents")], []),
    ("According to Lebanon's Ministry of Health, at least 558 people have been killed and more than 1,835 have been "
     "injured in the Israeli military strikes.",
     [Gold(558, "killed", "at_least", HEALTH, "people"), Gold(1835, "injured", "more_than", HEALTH)], []),
    # https://disqusborders.com/world/lebanon-deadly-attacks-by-israeli-army-continue-food-insecurity-worsens
    ("According to a new update, more than 3,100 people have been killed and more than 13,800 wounded in Israeli "
     "attacks since October last year.",
     [Gold(3100, "killed", "more_than", (), "people"), Gold(13800, "injured", "more_than")], []),
    ("The World Food Program has provided food and cash assistance to 618,000 people since January, but demand "
     "continues to rise relative to resources.", [], [Gold(618000, "assisted")]),
    # https://ifpnews.com/1-million-people-israeli-attacks-lebanon
    ("About 1 million people have been displaced in the Israeli attacks in Lebanon since Monday, according to the "
     "official in charge of the country\u2019s crisis management center.",
     [Gold(1_000_000, "internally_displaced", "about", (), "people", "Lebanon")], []),
    ("The Lebanese minister of health has also reported that the death toll since the Israel-Lebanon conflict began "
     "on October 8 of last year has risen to at least 1,640, with more than 8,408 people wounded.",
     [Gold(1640, "killed", "at_least", HEALTH), Gold(8408, "injured", "more_than", HEALTH, "people")], []),
    ("Among those killed by Israeli strikes are 104 children and 194 women.",
     [Gold(104, "killed", "exact", (), "children"), Gold(194, "killed", "exact", (), "women")], []),
    ("Additionally, 41 health and ambulance workers have been killed and 111 others have been injured since the "
     "onset of the war.", [Gold(41, "killed", "exact", (), "workers"), Gold(111, "injured")], []),
    # https://zayntechnologies.com/?p=2840
    ("The Israeli attacks have killed 105 people since Sunday, according to Lebanon\u2019s Health Ministry, raising "
     "fears of a full-scale invasion.", [Gold(105, "killed", "exact", HEALTH, "people")], []),
    ("The World Health Organization (WHO) said Monday that 11 health workers were killed and 10 wounded between "
     "Sept. 17 and 28.", [Gold(11, "killed", "exact", ("WHO", "World Health Organization"), "health workers"),
                          Gold(10, "injured", "exact", ("WHO", "World Health Organization"))], []),
    ("Some 37 health centers were forced to close due to the fighting (out of a total of 317), and three hospitals "
     "that were treating patients were evacuated.", [], []),
    ("Meanwhile, according to the UN refugee agency (UNHCR), about 100,000 displaced people have arrived in "
     "neighboring Syria.", [Gold(100_000, "refugees", "about", UNHCR, "people")], []),
    # https://365daily.com.ng/?p=56764
    ("Israel\u2019s continuing air strikes may have already forced as many as one million people from their homes "
     "across Lebanon, the country\u2019s prime minister has said.",
     [Gold(1_000_000, "internally_displaced", "up_to", ("prime minister",), "people", "Lebanon")], []),
    ("Lebanon\u2019s health ministry reported more than 50 people killed in Sunday\u2019s strikes \u2013 two days after "
     "Israel assassinated Hezbollah leader Hassan Nasrallah in Beirut.",
     [Gold(50, "killed", "more_than", HEALTH, "people")], []),
    # https://www.expressandstar.com/world-news/2025/10/14/missing-bodies-of-hostages-top-list-of-uncertainties-as-gaza-ceasefire-holds
    ("A day earlier, Israelis celebrated the return of the last 20 living hostages in Gaza and Palestinians rejoiced "
     "at Israel\u2019s release of some 2,000 prisoners and detainees as part of the ceasefire\u2019s first phase.",
     [Gold(20, "returned", "exact", (), "hostages"), Gold(2000, "released", "about", (), "prisoners")],
     [Gold(20, "released")]),
    # https://www.dtnext.in/news/world/israel-says-bodies-of-2-hostages-returned-as-military-begins-gaza-city-offensive-844929
    ("Of the 251 hostages taken by Hamas-led militants almost 22 months ago, roughly 50 remain in Gaza including 20 "
     "that Israel believes to be alive.", [Gold(251, "detained", "exact", (), "hostages")],
     [Gold(50, "detained", None), Gold(20, "detained", None)]),
    # http://amp.cbc.ca/news/world/israel-hostages-dead-military-says-1.7207697
    ("Hamas led a surprise attack on southern Israeli bases and communities on Oct. 7, in which an estimated 1,200 "
     "people were killed and some 250 taken hostage, according to Israeli tallies.",
     [Gold(1200, "killed", "about", (), "people"), Gold(250, "detained", "about")], []),
    ("Some 129 hostages remain captive in Gaza.", [Gold(129, "detained", "about", (), "hostages", "Gaza")], []),
    ("Israel has since launched an air, ground and sea assault on the blockaded Palestinian territory, killing more "
     "than 35,000 Palestinians, according to Gaza health authorities.",
     [Gold(35000, "killed", "more_than", ("Gaza health authorities", "Gaza Health Ministry"), "Palestinians")], []),
    ("The bombardment has displaced most of Gaza\u2019s 2.3 million population, laid waste to the coastal enclave and "
     "caused a deep humanitarian crisis.", [], []),
    # https://ifpnews.com/bodies-six-hostages-gaza-israel/
    ("The war began when Hamas-led fighters stormed across the border on 7 October, killing about 1,200 people, and "
     "abducting 250 to Gaza.", [Gold(1200, "killed", "about", (), "people"), Gold(250, "detained")], []),
    ("More than 100 were released in a November ceasefire.", [Gold(100, "released", "more_than")], []),
    ("Gaza\u2019s health ministry announced more than 40,100 Palestinians had been killed in the war.",
     [Gold(40100, "killed", "more_than", HEALTH, "Palestinians")], []),
    # https://www.ndtv.com/world-news/as-israel-hamas-reach-deal-what-we-know-about-remaining-hostages-in-gaza-9423060
    ("Under Trump's plan, Israel would release 250 prisoners serving life sentences, plus 1,700 Gazans detained "
     "since October 7, 2023.", [Gold(250, "released", "exact", (), "prisoners"), Gold(1700, "released")],
     [Gold(1700, "detained")]),
    # https://www.ecoi.net/en/document/2081564.html
    ("The government announced the release of 1,316 prisoners from various facilities throughout the country as "
     "well as 4,320 detainees who faced ongoing cases for anti-junta activities, including well-known politicians, "
     "celebrities, film actors and journalists.",
     [Gold(1316, "released", "exact", (), "prisoners"), Gold(4320, "released", "exact", (), "detainees")], []),
    ("The military also revoked charges against 34 artists and celebrities who are in hiding.", [], []),
    ("It marked the second announced by the junta following a June 30 general amnesty that saw 200 detainees freed "
     "from detention across the country.", [Gold(200, "released", "exact", (), "detainees")], []),
    # https://ndburma.org/myanmar-juntas-prisoner-amnesty-no-political-dissidents-released/
    ("Up to February 11 this year, 9,087 people have been detained for anti-regime activities since last year\u2019s "
     "coup, according to the Assistance Association for Political Prisoners (AAPP).",
     [Gold(9087, "detained", "exact", AAPP, "people")], []),
    # https://english.alsiasi.com/myanmars-military-government-grants-amnesty-to-1600-prisoners-2/
    ("At least 13,282 people have been arrested and 1,756 killed by the military since it launched its coup in "
     "February 2021, according to the Assistance Association of Political Prisoners (AAPP), an activist group.",
     [Gold(13282, "detained", "at_least", AAPP, "people"), Gold(1756, "killed", None, AAPP)], []),
    ("\u201c1,619 prisoners, including 42 detained foreigners, will be released under the amnesty\u201d.",
     [Gold(1619, "released", "exact", (), "prisoners")], [Gold(42, "released"), Gold(42, "detained")]),
    # https://www.aljazeera.com/news/2021/4/17/myanmar-releases-prisoners-for-new-year-many-dissidents
    ("The military rulers of Myanmar have ordered the release of 23,184 prisoners from jails across the country "
     "under a New Year amnesty, a Prisons Department spokesman said, though few, if any, democracy activists "
     "arrested since a February 1 coup are expected to be among them.",
     [Gold(23184, "released", "exact", ("Prisons Department",), "prisoners")], []),
    ("While the military was freeing thousands of prisoners, it was also seeking 832 people on warrants in "
     "connection with the protests.", [], []),
    ("Aung San Suu Kyi is among 3,141 people arrested in connection with the coup, according to a tally by the "
     "Assistance Association for Political Prisoners (AAPP) activist group.",
     [Gold(3141, "detained", "exact", AAPP, "people")], []),
    # https://www.irrawaddy.com/news/burma/juntas-amnesty-for-political-prisoners-was-hostage-diplomacy-myanmar-watchdog.html
    ("More than 120 political prisoners were among the 7,749 inmates freed on Tuesday in a general amnesty, "
     "according to the Assistance Association for Political Prisoners (AAPP).",
     [Gold(7749, "released", "exact", AAPP, "inmates")], [Gold(120, "released", None), Gold(120, "detained", None)]),
    # https://uacrisis.org/en/19391-ukrainian-children-illegally-deported-by-russia
    ("Since 24 Feb 2022, 19391 Ukrainian children were illegally deported, 470 killed, 949 wounded, and 406 missing.",
     [Gold(19391, "deported", "exact", (), "children"), Gold(470, "killed"), Gold(949, "injured"),
      Gold(406, "missing")], []),
    # https://ukrinform.net/amp/rubric-society/3693297-thirtyone-children-deported-by-russia-returning-to-ukraine.html
    ("Thirty-one Ukrainian children deported by the Russians are returning to Ukraine on April 8.",
     [Gold(31, "returned", "exact", (), "children", "Ukraine")], []),
    # https://menafn.com/1108530358/Over-4000-Children-Remain-In-Ten-Kilometer-Zone-From-Front-Lines-In-Donetsk-Region
    ("More than 50,000 people, including more than 4,000 children, remain in the Donetsk region within a "
     "ten-kilometer zone from the front lines, and evacuations are ongoing.", [], []),
    # https://progleton.com/news/ukraine-orders-evacuations-from-parts-of-donetsk-region-13669.html
    ("More than 217 people were evacuated, including 61 children, the day before, he added in his statement.",
     [Gold(217, "evacuated", "more_than", (), "people")], [Gold(61, "evacuated")]),
    ("He said two civilians were killed and more than a dozen more were wounded in Russian attacks the day before.",
     [Gold(2, "killed", "exact", (), "civilians"), Gold(12, "injured", "more_than")], []),
    # https://thenews.com.pk/print/1216746-ukraine-orders-evacuation-from-several-eastern-towns
    ("The Donetsk governor said 744 children and their families had to be relocated to four regions of Ukraine.",
     [Gold(744, "evacuated", "exact", ("Donetsk governor", "governor"), "children")], []),
    # https://www.lbcgroup.tv/news/world-news/872592/ukraine-orders-evacuations-from-area-close-to-recent-russian-leap/en
    ("He said some 1,150 children remained in the area impacted by the order.", [], []),
    # https://sinardaily.my/article/199099/focus/world/unhcr-urges-support-for-chad-to-deal-with-sudanese-refugees
    ("Nearly 116,000 Sudanese refugees have arrived in eastern Chad since the crisis began, surpassing the initial "
     "six-month estimate of 100,000 in less than two months, the UNHCR said in a statement on Sunday.",
     [Gold(116_000, "refugees", "about", UNHCR, "Sudanese refugees", "Chad")], [Gold(100_000, "refugees", None)]),
    # https://947631.windlasstrade-hk.tech/worldbiz/africa/over-60000-have-fled-chad-sudan-conflict-started-636430
    ("More than 250,000 people have crossed the borders to neighbouring countries since the conflict broke out, "
     "with more expected to flee as fighting continues.", [Gold(250_000, "refugees", "more_than", (), "people")], []),
    ("Chad is now hosting almost 700,000 refugees in total, the UNHCR said, urging more international support for "
     "displaced people from Sudan.", [Gold(700_000, "refugees", "about", UNHCR, "refugees", "Chad")], []),
    ("The U.N. Food Programme said earlier this month that it needed $162.4 million to support the government of "
     "Chad in assisting 2.3 million people in urgent need of food.",
     [Gold(2_300_000, "in_need", "exact", ("Food Programme",), "people")], []),
    # https://www.darfur24.com/en/2025/05/18/sudanese-continue-to-flee-to-chad/
    ("794,000 Sudanese have sought refuge in Chad since the outbreak of the conflict on April 15, 2023, out of a "
     "total of 3.9 million people who have crossed the border into neighboring countries.",
     [Gold(794_000, "refugees", "exact", (), "Sudanese", "Chad"), Gold(3_900_000, "refugees")], []),
    # https://www.middleeastmonitor.com/20250604-unhcr-239000-sudanese-refugees-stranded-on-chad-border
    ("The United Nations High Commissioner for Refugees (UNHCR) warned Tuesday that approximately 239,000 Sudanese "
     "refugees remain stranded on the Sudan-Chad border, facing the risks of extreme weather fluctuations and "
     "insecurity.", [Gold(239_000, "refugees", "about", UNHCR, "Sudanese refugees")], []),
    ("Since the war began in Sudan in April 2023, more than 844,000 Sudanese refugees have crossed into Chad, which "
     "already hosts nearly 409,000 Sudanese fleeing previous waves of conflict in Darfur since 2003, according to "
     "UNHCR.", [Gold(844_000, "refugees", "more_than", UNHCR, "Sudanese refugees", "Chad")],
     [Gold(409_000, "refugees", None)]),
    ("According to UNHCR, four million people have fled Sudan to neighbouring countries since the war began, "
     "marking \u201ca catastrophic turning point in the world\u2019s largest displacement crisis\u201d.",
     [Gold(4_000_000, "refugees", "exact", UNHCR, "people", "Sudan")], []),
    # https://news.yahoo.com/families-fleeing-sudan-arrive-neighbouring-154642490.html
    ("Since the beginning of the conflict in Sudan, at least 20,000 refugees have fled across the border into Chad, "
     "according to the UNHCR.", [Gold(20000, "refugees", "at_least", UNHCR, "refugees", "Chad")], []),
    # a second batch, measured before any rule was changed for it (F1 0.88 then)
    # https://ktvz.com/news/2023/09/24/first-refugees-from-nagorno-karabakh-arrive-in-armenia-following-azerbaijans-military-offensive/
    ("A group of about 30 refugees arrived in Armenia's Syunik region on Sunday, according to local officials.",
     [Gold(30, "refugees", "about", ("local officials",), "refugees")], []),
    ("Armenia's Health Ministry says two dozen ambulances also brought 23 people with severe wounds into the country "
     "from Nagorno-Karabakh.", [Gold(23, "injured", "exact", HEALTH, "people")], []),
    ("Thousands of people were evacuated from cities and villages affected by the fighting and taken to a Russian "
     "peacekeepers' camp in Nagorno-Karabakh.", [], []),
    # https://qatarviral.net/?p=3382
    ("Gunmen in Nigeria on Saturday released 27 teenage boys who were kidnapped from their school last week in the "
     "northern state of Niger, while security forces continued to search for more than 300 schoolgirls abducted in a "
     "nearby state.", [Gold(27, "released", "exact", (), "boys"), Gold(300, "detained", "more_than", (), "schoolgirls")], []),
    # https://www.europeanaffairs.it/blog/tag/boko-haram-en/page/4/
    ("Eighty-two Chibok schoolgirls abducted three years ago by Boko Haram have been freed in exchange for detained "
     "suspects with the extremist group.", [Gold(82, "released", "exact", (), "schoolgirls")], []),
    # https://www.abc.net.au/news/2014-04-17/100-nigerian-schoolchildren-freed-after-boko-haram-abduction/5396474
    ("More than 100 Nigerian schoolgirls abducted this week by Boko Haram militants have been freed.",
     [Gold(100, "released", "more_than", (), "schoolgirls")], []),
    ("\"With this development, the principal of the school has confirmed that only eight of the students are still "
     "missing,\" he said in a statement.", [Gold(8, "missing")], []),
    ("An earlier statement from the military had put the total number of students kidnapped from Chibok at 129, and "
     "said pursuing troops were \"closing in\" on the abductors' hideout.", [Gold(129, "detained")], []),
    ("It occurred the same day a bomb blast, also blamed on Boko Haram, killed 75 people on the edge of the capital "
     "Abuja, stirring fears of violence spreading from the north of Africa's leading oil producer and most populous "
     "nation.", [Gold(75, "killed", "exact", (), "people")], []),
    # https://newsr.in/video/20210228/13654991/Nigeria-boys-freed-police-search-for-317-missing.htm
    ("Gunmen on Saturday released 27 teenage boys who were kidnapped from their school last week in Nigeria's "
     "north-central state of Niger, while security forces continued to search for 317 schoolgirls abducted Friday in "
     "the nearby state of Zamfara.", [Gold(27, "released"), Gold(317, "detained")], []),
    # https://refugeesinternational.org/reports-briefs/dangerous-territory-a-deepening-humanitarian-emergency-in-northern-mozambique
    ("More than 70,000 people have been displaced since the latest outbreak of violence in February 2024, bringing "
     "the total number of people displaced by the insurgency to some 1 million.",
     [Gold(70000, "internally_displaced", "more_than"), Gold(1_000_000, "internally_displaced", "about")], []),
    ("SADC troops are set to leave by the end of July 2024, with South Africa and Tanzania extending their mission "
     "until the end of 2024 and Rwanda sending an extra 2,000 troops in a bilateral agreement with the government of "
     "Mozambique.", [], [Gold(2000, "troops")]),
    # https://awamkasach.com/?p=443109
    ("Almost 5,000 people have been killed and almost a million have been forced to flee their homes since IS-linked "
     "militants launched the insurgency.",
     [Gold(5000, "killed", "about"), Gold(1_000_000, "internally_displaced", "about")], []),
    # https://mea-risk.com/critical-incidents/mozambique-recent-attacks-in-cabo-delgado-force-nearly-60k-people-to-flee-their-homes/
    ("In just over two weeks, over 58,000 people have been displaced in Cabo Delgado, northern Mozambique, due to a new "
     "wave of terrorist attacks, according to the International Organization for Migration (IOM).",
     [Gold(58000, "internally_displaced", "more_than", IOM, "people")], []),
    ("The attacks occurred mainly in the Chiùre and Macomia districts, leading to the displacement of 54,534 and "
     "2,626 people, respectively, with children accounting for a significant portion (35,295).",
     [Gold(54534, "internally_displaced"), Gold(2626, "internally_displaced")], [Gold(35295, "internally_displaced")]),
    ("The IOM recorded 11,901 families displaced by boat, bus, or on foot in the south of Cabo Delgado.",
     [Gold(11901, "internally_displaced", "exact", IOM, "families")], []),
    ("Recent terrorist attacks in the south of Cabo Delgado have resulted in casualties, prompting at least 13,000 "
     "people to flee to Chiùre town.", [Gold(13000, "internally_displaced", "at_least")], []),
    # https://aimnews.org/2025/10/13/terrorist-raid-force-displacement-of-about-40000-people-in-two-weeks
    ("The International Organization for Migration (IOM) has announced that jihadist raids have forced about 40,000 "
     "people to flee their homes in the northern Mozambican provinces of Cabo Delgado and Nampula.",
     [Gold(40000, "internally_displaced", "about", IOM, "people")], []),
    ("In Balama district, 5,000 people abandoned the villages of Mavala and Mpake.",
     [Gold(5000, "internally_displaced", "exact", (), "people")], []),
    ("144 people were displaced from Nangade district, 121 from Macomia, and 66 from Muidumbe.",
     [Gold(144, "internally_displaced"), Gold(121, "internally_displaced"), Gold(66, "internally_displaced")], []),
    ("According to the IOM, 2000 people were displaced from the Nampula district of Memba, in the regions of Chipene "
     "and Necoro.", [Gold(2000, "internally_displaced", "exact", IOM, "people")], []),
    # https://www.devdiscourse.com/article/health/3791799-first-medical-evacuation-in-years-gaza-patients-cross-rafah-for-treatment
    ("The World Health Organization (WHO) has successfully facilitated the medical evacuation of five patients from "
     "Gaza to Egypt through the Rafah border crossing.", [Gold(5, "evacuated", "exact", WHO, "patients")], []),
    ("The prolonged two-year conflict has left over 18,500 people in need of urgent evacuation.",
     [Gold(18500, "in_need", "more_than", (), "people")], []),
    ("Of these, more than 3,000 are children suffering from trauma injuries or chronic illnesses like cancer and "
     "diabetes.", [], [Gold(3000, "in_need", None), Gold(3000, "injured", None)]),
    # https://dailywise.com/headlines/first-evacuation-of-sick-children-from-gaza-since-rafah-border-closure
    ("As announced by COGAT on the social platform X, a total of 68 young patients, along with their caregivers, "
     "passed through the Kerem Shalom crossing into Egypt and other nations.", [Gold(68, "evacuated", "exact", ("COGAT",))], []),
    # https://yenisafak.com/en/news/who-welcomes-1st-medical-evacuations-since-rafah-closure-urging-more-needs-to-be-done-3686733
    ("The World Health Organization (WHO) on Friday welcomed the first medical evacuation of 21 children with cancer "
     "from Gaza since Rafah closure in early May, arguing that \"more needs to be done.\"",
     [Gold(21, "evacuated", "exact", (), "children")], []),
    ("There are more than 10,000 people who need to be evacuated and receive medical care outside of Gaza, "
     "spokesperson Tarik Jasarevic told a UN press briefing in Geneva.",
     [Gold(10000, "in_need", "more_than", ("Tarik Jasarevic", "Jasarevic"), "people")], [Gold(10000, "evacuated", None)]),
    # https://www.jpost.com/israel-hamas-war/article-819854
    ("The World Health Organisation said on Thursday it had carried out a rare evacuation of 97 people, around half of "
     "them children, from Gaza to the United Arab Emirates for medical treatment, and urged the resumption of regular "
     "such transfers.", [Gold(97, "evacuated", "exact", WHO, "people")], []),
    ("Peeperkorn also said that more than 500,000 children in Gaza had now been vaccinated in the first phase of a polio "
     "campaign set to end in northern Gaza on Thursday.", [], []),
    ("The Israel-Hamas War has decimated Gaza's health system and only 17 out of 36 hospitals are currently partially "
     "functioning, the WHO estimates.", [], []),
    ("\"Gaza needs medical corridors. We need a better organized and sustained system,\" he said, adding that over "
     "10,000 Gazans were awaiting transfer.", [], [Gold(10000, "in_need", None), Gold(10000, "evacuated", None)]),
    # a third batch, background lines of peace-talk stories, measured before any change (F1 0.93, source 0.67)
    # https://www.oodaloop.com/briefs/2023/10/26/sudan-warring-sides-resume-peace-talks-in-saudi-arabia/
    ("Sudan's warring parties have resumed negotiations aimed at ending the war that began in April and has killed "
     "over 9,000 people and displaced 5.6 million.",
     [Gold(9000, "killed", "more_than", (), "people"), Gold(5_600_000, "internally_displaced", None)], []),
    # https://particle.news/story/sudans-army-and-rival-paramilitary-forces-resume-peace-talks-in-jeddah-amid-ongoing-conflict
    ("Over 9,000 people have been killed in the conflict, according to the Armed Conflict Location & Event Data "
     "project, and the U.N. migration agency reports that the violence has driven more than 4.5 million people to flee "
     "their homes within Sudan, with over 1.2 million seeking refuge in neighboring nations.",
     [Gold(9000, "killed", "more_than", ACLED, "people"),
      Gold(4_500_000, "internally_displaced", "more_than", ("U.N. migration agency", "IOM", "International Organization for Migration"), "people"),
      Gold(1_200_000, "refugees", "more_than")], []),
    ("Previous peace talks, also held in Jeddah, resulted in at least nine temporary cease-fire agreements since "
     "April, all of which have been broken.", [], []),
    # https://www.dw.com/en/un-mediated-talks-eye-cease-fires-in-sudan/a-69637555
    ("The bloody conflict has killed more than 14,000 people and wounded 33,000, according to UN estimates.",
     [Gold(14000, "killed", "more_than", UN, "people"), Gold(33000, "injured", None, UN)], []),
    ("Around 25 million people \u2014 more than half the population \u2014 need aid, and nearly 18 million face acute "
     "food insecurity.", [Gold(25_000_000, "in_need", "about", (), "people")], [Gold(18_000_000, "in_need", None)]),
    ("The war has created the world's largest displacement crisis with over 11 million people forced to flee their "
     "home", [Gold(11_000_000, "internally_displaced", "more_than", (), "people")], []),
    # https://borgenproject.org/category/ceasefire/
    ("During the initial conflict, more than 600,000 people experienced displacement and the resumption of the war in "
     "2020 displaced 75,000.", [Gold(600_000, "internally_displaced", "more_than", (), "people"),
                               Gold(75000, "internally_displaced")], []),
    # https://www.africanews.com/2024/08/14/sudanese-peace-talks-get-underway-despite-boycott-by-the-army
    ("Tens of thousands of people have died and more than 10 million people have been forced from their homes.",
     [Gold(10_000_000, "internally_displaced", "more_than", (), "people")], []),
    # https://seeafricatoday.com/web-stories/sudans-army-and-rival-paramilitary-force-in-fresh-peace-talks-in-jeddah/
    ("The fighting has driven over 4.5 million people to flee their homes to other places inside Sudan and more than "
     "1.2 million to seek refuge in neighboring countries.",
     [Gold(4_500_000, "internally_displaced", "more_than", (), "people"), Gold(1_200_000, "refugees", "more_than")], []),
    ("More than 9,000 people have been killed in the conflict, according to the Armed Conflict Location & Event Data "
     "project, which tracks Sudan\u2019s war.", [Gold(9000, "killed", "more_than", ACLED, "people")], []),
    # https://beritasriwijaya.co.id/what-to-know-as-key-talks-to-end-the-war-are-set-to-begin
    ("According to the United Nations, around 60 million people are currently in dire need of humanitarian "
     "assistance, underscoring the urgent necessity for effective dialogue and resolution.",
     [Gold(60_000_000, "in_need", "about", UN, "people")], []),
    # https://www.caravanalive.com/peace-agreements-reduce-intensity-of-future-conflicts-check-out-how-often-do-peace-talks-fail/
    ("Between 1946 and 2005, only 39 of 288 conflicts, or 13.5%, resulted in a peace agreement, per a hunt initiative "
     "at the University of Uppsala in Sweden.", [], []),
]


# Known misses, kept visible: what a reader sees that the rules do not yet.
KNOWN_MISSES = {
    "The Red Cross said 290 detainees": "detainees 'processed' for release read as a detention count",
    "Under Trump's plan, Israel would": "'plus 1,700 Gazans detained since' keeps its own participle, not 'release'",
    "As announced by COGAT": "patients who 'passed through the crossing' are evacuees only to a reader who knows why",
}


def case_params(cases: list, known_misses: dict[str, str]) -> list:
    """Test parameters of (sentence, golds, optional) cases; a sentence that opens with a key of
    ``known_misses`` is a strict expected failure, for the reason given."""
    out = []
    for sentence, golds, optional in cases:
        reason = next((r for k, r in known_misses.items() if sentence.startswith(k)), None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        out.append(pytest.param(sentence, golds, optional, marks=marks, id=" ".join(sentence.split()[:7])))
    return out


def matches(found: Figure, gold: Gold) -> bool:
    """Same value (within 0.5 %) and measure, as the project's scorer."""
    return abs(found.value - gold.value) <= 0.005 * max(gold.value, 1) and found.measure == gold.measure


def source_ok(found: Figure, gold: Gold) -> bool:
    """One name inside the other, case, dots and accents aside, as the scorer."""
    return bool(found.source) and any(fold(s) in fold(found.source) or fold(found.source) in fold(s)
                                      for s in gold.sources)


def subject_ok(found: Figure, gold: Gold) -> bool:
    """The head word a reader names is in the found subject ("Sudanese refugees" ~ "refugees")."""
    return bool(found.subject) and fold(gold.subject or "").split()[-1] in fold(found.subject).split()


def place_ok(found: Figure, gold: Gold) -> bool:
    """Equal places, or one is a word of the other, as the scorer."""
    g, p = fold(gold.place), fold(found.place)
    return bool(g and p and (g == p or g in p.split() or p in g.split()))


def assert_figures(found: list[Figure], golds: list[Gold], optional: list[Gold]) -> None:
    """Every gold figure found with its qualifier and source; nothing else but the optional ones."""
    for gold in golds:
        hit = next((f for f in found if matches(f, gold)), None)
        assert hit is not None, f"missing {gold} in {[(f.value, f.measure) for f in found]}"
        if gold.qualifier is not None:
            assert hit.qualifier == gold.qualifier, f"qualifier {hit.qualifier!r}"
        if gold.sources:
            assert source_ok(hit, gold), f"source {hit.source!r}"
    extra = [f for f in found if not any(matches(f, g) for g in [*golds, *optional])]
    assert not extra, f"not figures: {[(f.value, f.measure, f.text) for f in extra]}"


@pytest.mark.parametrize("sentence, golds, optional", case_params(CASES, KNOWN_MISSES))
def test_figures_outlets_value_measure_qualifier_source(run, sentence, golds, optional) -> None:
    assert_figures(list(run(sentence).figures), golds, optional)
