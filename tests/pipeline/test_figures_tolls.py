"""Figures in wire reports of tolls, displacement, aid convoys and swaps (Sudan, Haiti, Myanmar, DR Congo, Sahel,
Ethiopia, Gaza, Lebanon, Somalia, Ukraine, Yemen, Rohingya): counts split by a dash or a parse, parts of a count,
hunger and hospital counts, and numbers that are no figures (houses, air strikes, shells, drones, distances)."""

from __future__ import annotations

import pytest

from tests.pipeline.test_figures_outlets import (
    HEALTH,
    ICRC,
    IOM,
    UN,
    UNHCR,
    Gold,
    assert_figures,
    matches,
)

# (sentence, the figures a reader finds in it, figures a reader may or may not count)
CASES = [
    # -- Sudan --
    # https://sudanevents.com/index.php/2025/07/06/migration-number-of-fleeing-civilians-from-el-fasher-surpasses-one-million/
    ("In a statement quoted by \u201cSudan Tribune,\u201d the IOM reported that 1,014,748 people have been displaced from "
     "the El Fasher locality, accounting for more than 10% of the total internally displaced persons (IDPs) in Sudan.",
     [Gold(1_014_748, "internally_displaced", "exact", IOM, "people")], []),
    ("The IOM estimated that 1,974,958 people are currently displaced in North Darfur, representing 20% of all "
     "internally displaced persons in Sudan.",
     [Gold(1_974_958, "internally_displaced", "exact", IOM, "people", "North Darfur")], []),
    # https://www.springfieldnewssun.com/news/nation-world/sudan-relief-operations-are-on-the-brink-of-collapse-un-agency-warns/QP5EVG4DMBNQ7BZPVOAG5EYEIU/
    ("Tens of thousands have arrived at overcrowded displacement camps in Tawila, about 70 kilometers (43 miles) from "
     "el-Fasher.", [], []),
    # https://wp.globalpulseonline.com/fighting-in-sudans-besieged-city-triples-number-of-displaced-people-in-a-nearby-town-un-official
    ("Daniels emphasized that Sudan is now the world\u2019s largest displacement crisis, with over 12 million people "
     "displaced and 24 million facing acute food insecurity.",
     [Gold(12_000_000, "internally_displaced", "more_than", (), "people"), Gold(24_000_000, "in_need")], []),
    ("The conflict, which began in 2023 between the Rapid Support Forces (RSF) and the Sudanese military, has claimed "
     "at least 40,000 lives and devastated infrastructure, particularly in Darfur and Kordofan.",
     [Gold(40_000, "killed", "at_least")], []),
    # https://zayntechnologies.com/1466819-2
    ("About 90 thousand people were forced to flee their homes after the fall of El Fasher in North Darfur in Sudan, "
     "and another 50 thousand fled violence in Kordofan.",
     [Gold(90_000, "internally_displaced", "about", (), "people"), Gold(50_000, "internally_displaced")], []),
    # -- Haiti --
    # https://www.republicworld.com/world-news/rest-of-the-world-news/iom-reveals-96000-haitians-flee-homes-in-port-au-prince-due-to-gang-related-violence-articleshow.html
    ("As many as 96,000 people have fled their homes in Haiti\u2019s capital Port-au-Prince due to gang-related violence "
     "and social unrest, the United Nations International Organization for Migration said.",
     [Gold(96_000, "internally_displaced", "up_to", IOM, "people")], []),
    ("Furthermore, 17,000 people remain displaced due to the earthquake that happened in Haiti's southern regions in "
     "August 2021.", [Gold(17_000, "internally_displaced", "exact", (), "people")], []),
    # https://www.iom.int/news/gang-violence-displaces-165000-haiti-hinders-aid-efforts
    ("More than 1,630 people were killed, wounded or kidnapped in Haiti in the first three months of 2023, a 30 per "
     "cent increase compared to the previous quarter, according to the United Nations Integrated Office in Haiti.",
     [Gold(1630, "killed", "more_than", (), "people")], []),
    # -- Myanmar --
    # https://arabnews.com/node/2329406/amp
    ("BANGKOK: A Myanmar military airstrike on a village killed ten civilians, locals and media reports said on "
     "Wednesday.", [Gold(10, "killed", "exact", ("locals and media reports",), "civilians")], []),
    ("Ten people were killed and eight wounded, he said.",
     [Gold(10, "killed", "exact", (), "people"), Gold(8, "injured", "exact", (), "people")], []),
    ("\u201cThere was no fighting, but they came to bomb the village,\u201d he said, adding 11 houses had been destroyed "
     "in the attack.", [], []),
    ("The military carried out more than 300 air strikes in the last year, the United Nations said in March.", [], []),
    # https://ij-reportika.com/myanmar-junta-bombs-rebel-meeting-killing-16-including-child
    ("Myanmar junta airstrikes on a gathering of opponents of military rule killed 16 people, including a child, and "
     "injured 25, residents and an anti-junta militia member said on Friday.",
     [Gold(16, "killed", "exact", ("residents",), "people"), Gold(25, "injured", "exact", ("residents",))], []),
    ("He said a jet made three attack runs over the village, dropping six bombs in all.", [], []),
    # -- DR Congo --
    # https://rigth.news/110000-congolese-refugees-displaced-by-m23-militia-in-east-congo
    ("According to UN estimates, over 2,900 civilians have been killed in the fighting, while international "
     "non-governmental organizations put the number of displaced persons at over 500,000.",
     [Gold(2900, "killed", "more_than", UN, "civilians"), Gold(500_000, "internally_displaced", "more_than")], []),
    # https://test.daily8.com/en/article/c3ff804392e54cd60a6d23cd54325407
    ("In February, Human Rights Watch spoke with 22 former camp residents, camp leaders, and witnesses to abuse, and "
     "analyzed satellite imagery showing dismantled camps north of Goma.", [], []),
    # -- Sahel --
    # https://north-africa.com/sahel-more-insurgent-attacks-across-the-sahel
    ("The two soldiers were killed and three others were wounded by a bomb placed on a road between Baye and Pissa in "
     "the central region of Mopti, the Malian army said on social media Wednesday.",
     [Gold(2, "killed", "exact", (), "soldiers"), Gold(3, "injured", "exact")], []),
    ("Around 4,000 people died in the three countries last year, according to UN figures.",
     [Gold(4000, "killed", "about", UN, "people")], []),
    ("The attacks came a day after jihadists from the Nigerian-based Boko Haram organisation killed 92 soldiers at a "
     "base in Chad, inflicting the country\u2019s biggest one-day military losses.",
     [Gold(92, "killed", "exact", (), "soldiers", "Chad")], []),
    # -- Ethiopia --
    # https://ethiopianmonitor.com/2021/08/21/pm-office-318-trucks-of-humanitarian-aid-arrived-mekelle-as-friday/
    ("ADDIS ABABA \u2013 Office of the Prime Minister disclosed on Friday that as many as 318 trucks of humanitarian "
     "assistance have arrived in Mekelle city of Tigray as of Friday, August 19, 2021.",
     [Gold(318, "aid_trucks", "up_to")], []),
    # https://aktuellenachrichten.eu/hundreds-of-aid-trucks-have-failed-to-return-from-tigray-un-says-230847
    ("Since July, 445 trucks have entered Ethiopia\u2019s war-torn Tigray, but only 38 returned \u2013 hampering future aid "
     "deliveries.", [Gold(445, "aid_trucks")], [Gold(38, "aid_trucks"), Gold(38, "returned")]),
    # -- Gaza --
    # https://www.spacewar.com/reports/Aid_trucks_resume_crossing_Egypt-Gaza_border_after_closure_999.html
    ("\"More than 100 United Nations aid trucks, including UNICEF's, entered the Rafah border crossing\" on Tuesday, a "
     "source at the border told AFP on Wednesday on condition of anonymity.",
     [Gold(100, "aid_trucks", "more_than")], []),
    ("The October peace deal between Israel and Palestinian militant group Hamas stipulates that 600 aid trucks should "
     "be allowed in per day.", [Gold(600, "aid_trucks")], []),
    # https://www.i24news.tv/en/news/israel-at-war/1702826644-humanitarian-aid-convoy-crosses-into-gaza-through-kerem-shalom-border-crossing
    ("A convoy of 79 trucks carrying aid has entered Gaza through the Kerem Shalom border crossing.",
     [Gold(79, "aid_trucks")], []),
    # https://www.devdiscourse.com/article/law-order/3418116-breakthrough-aid-entry-eases-gaza-blockade
    ("The convoy consisted of five trucks laden with vital supplies, including baby food, crossing into the enclave of "
     "over two million Palestinians through the Kerem Shalom passage.", [Gold(5, "aid_trucks")], []),
    # -- Ukraine: swaps and strikes --
    # https://galweek.info/ukraine-and-russia-again-exchanged-prisoners-5-people-returned-home/987/
    ("Ukraine and Russia held another exchange of prisoners, in which 5 people returned to their homeland.",
     [Gold(5, "returned", "exact", (), "people")], []),
    ("According to the agency, four civilians were captured by the Russian military during the fighting in the Kyiv "
     "region.", [Gold(4, "detained", "exact", (), "civilians")], []),
    # https://www.blackworldmedia.net/global-headlines/five-killed-in-russian-2/
    ("\u201cAt the moment, we know of seven wounded and five killed,\u201d he wrote.",
     [Gold(7, "injured"), Gold(5, "killed")], []),
    # https://thecheapinvestor.com/2023/06/04/russian-missile-attack-on
    ("(Reuters) -A 2-year-old girl was killed and 22 people injured, including five children, when a Russian missile "
     "struck near the central Ukrainian city of Dnipro, the regional governor said on Sunday.",
     [Gold(22, "injured", "exact", ("regional governor",), "people"), Gold(5, "injured", "exact", (), "children")], []),
    ("Seventeen people were being treated in hospital after the attack on a residential area by Iskander short-range "
     "cruise missiles, Lysak said.", [Gold(17, "injured", "exact", ("Lysak",), "people")], []),
    ("Mykola Lukashuk, head of the Dnipropetrovsk region council, said 17 children have died in the region since "
     "Russia launched its full-scale invasion of Ukraine in February 2022.",
     [Gold(17, "killed", "exact", ("Mykola Lukashuk",), "children")], []),
    ("The war has killed at least 485 children in Ukraine and injured nearly 1,500, the country\u2019s Office of the "
     "Prosecutor General said on Sunday on Telegram.",
     [Gold(485, "killed", "at_least", ("Prosecutor General",), "children", "Ukraine"),
      Gold(1500, "injured", "about", ("Prosecutor General",))], []),
    ("Four of the six cruise missiles and three of the five Iranian-made Shahed drones launched by Russia were "
     "downed, the air force said on Telegram.", [], []),
    # https://www.irishtimes.com/world/europe/2024/01/07/ukraine-russia-war-latest/
    ("He said that over the past day, Russia fired 24 shells at the city of Kherson.", [], []),
    ("Ukraine\u2019s air force said on Sunday that its air defence systems shot down 21 out of 28 attack drones "
     "launched by Russia overnight.", [], []),
    # https://newsofemirates.com/index.php/2022/06/12/russian-strike-on-western-ukraine-wounds-at-least-22/?amp=1
    ("Chortkiv, which was home to nearly 30,000 people before the Russian invasion, is located 140 kilometers (around "
     "90 miles) north of the border with Romania and 200 kilometers southeast of Lviv, the largest city in western "
     "Ukraine.", [], []),
    ("He said all 22 people wounded, who included seven women and a 12-year-old, had been hospitalised.",
     [Gold(22, "injured", "exact", (), "people")], [Gold(7, "injured")]),
    # -- Rohingya --
    # http://www.mizzima.com/news-domestic-regional/thousands-rohingya-flee-myanmar-bangladesh
    ("Dhaka estimates that nearly 400,000 Rohingya refugees are living in squalid refugee camps and makeshift "
     "settlements in Cox's Bazar.", [Gold(400_000, "refugees", "about", ("Dhaka", "Bangladesh"), "refugees")], []),
    # https://www.thenationalnews.com/world/asia/rohingya-crisis-thousands-continue-to-flee-amid-reports-of-continuing-violence-1.668141
    ("New figures released by the International Organisation for Migration on Tuesday showed that 582,000 Rohingya "
     "had fled Myanmar since August 25, including as many as 15,000 who had arrived in Bangladesh since Sunday night.",
     [Gold(582_000, "refugees", "exact", IOM, "Rohingya"), Gold(15_000, "refugees", "up_to", IOM)], []),
    # https://www.benarnews.org/english/news/bengali/Rohingya-refugees-09032017164300.html
    ("As of Sunday, according to the United Nations refugee agency (UNHCR), at least 73,000 refugees had crossed into "
     "Bangladesh since Aug. 25 from Rakhine state, where mass atrocities against civilians have been reported as the "
     "Myanmar security forces fight an insurgency group that calls itself the Arakan Rohingya Salvation Army (ARSA).",
     [Gold(73_000, "refugees", "at_least", UNHCR, "refugees")], []),
    # -- Lebanon --
    # https://gulftoday.ae/News/2024/09/29/11-killed-as-Israel-bombards-more-targets-in-Lebanon-toll-hits-over-1600-more-than-250000-displaced
    ("An Israeli airstrike on northeast Lebanon killed 11 people on Sunday morning, a day after the Lebanese group "
     "Hizbollah confirmed the death of multiple commanders, including longtime leader Hassan Nasrallah.",
     [Gold(11, "killed", "exact", (), "people")], []),
    ("Environment Minister Nasser Yassin said the government estimates that about 250,000 people have left their "
     "homes and taken refuge in government-run shelters and informal ones.",
     [Gold(250_000, "internally_displaced", "about", ("government", "Nasser Yassin"), "people")], []),
    # https://thefrontierpost.com/lebanon-says-five-killed-in-israeli-strike-east-of-beirut/
    ("On Tuesday morning, Israel launched more than 10 airstrikes on south Beirut, state media said, shortly after "
     "Israel\u2019s army warned people in several neighborhoods to evacuate the Hezbollah stronghold.", [], []),
    ("More than 3,240 people have been killed in Lebanon since the clashes began last year, according to the health "
     "ministry, the majority of them since late September.",
     [Gold(3240, "killed", "more_than", HEALTH, "people", "Lebanon")], []),
    # https://www.anews.com.tr/middle-east/2024/09/25/27000-displaced-by-israeli-attacks-seek-shelter-across-country-lebanese-minister
    ("At least 27,000 people have been displaced from southern Lebanon and the Bekaa region due to Israeli military "
     "attacks, Lebanon's Environment Minister Nasser Yassin said Tuesday.",
     [Gold(27_000, "internally_displaced", "at_least", ("Nasser Yassin",), "people")], []),
    ("Yassin noted that public schools across the country, approximately 252 in total, have been converted into "
     "shelters for displaced residents.", [], []),
    ("The Israeli army has launched waves of deadly airstrikes on Lebanon since early Monday, killing nearly 560 "
     "victims, including 95 women and 50 children, and injuring 1,835, according to Health Minister Firas Abiad.",
     [Gold(560, "killed", "about", ("Firas Abiad",)), Gold(95, "killed", "exact", (), "women"),
      Gold(50, "killed", "exact", (), "children"), Gold(1835, "injured", "exact", ("Firas Abiad",))], []),
    # https://newarab.com/news/lebanon-33-killed-israeli-strikes-across-country
    ("The health ministry said a strike on a town in the Chouf region south of Beirut killed at least 15 people, "
     "revising a previous toll upwards from 12.", [Gold(15, "killed", "at_least", HEALTH, "people")], []),
    ("Twelve others were wounded in the strike, the ministry added.", [Gold(12, "injured", "exact", HEALTH)], []),
    # -- Somalia --
    # https://horseedmedia.net/?p=236270
    ("At least five people were killed and eight others wounded in Somalia\u2019s capital Mogadishu on Monday when a car "
     "laden with explosives detonated near the headquarters of Traffic Police, officials confirm.",
     [Gold(5, "killed", "at_least", ("officials",), "people"), Gold(8, "injured", "exact", ("officials",))], []),
    # https://www.unlvrebelyell.com/somalia-15-dead-in-al-shabaab-attack-in-mogadishu/
    ("Mogadishu (AP) \u2013 In a suicide bombing attack in the capital of the crisis East African state, Somalia, at "
     "least 15 people were killed, including two children.",
     [Gold(15, "killed", "at_least", (), "people"), Gold(2, "killed", "exact", (), "children")], []),
    ("Police said 13 people were injured.", [Gold(13, "injured", "exact", ("Police",), "people")], []),
    # https://worldmalayaleevoice.com/hamas-releases-12-thai-hostages-as-truce-holds-israel-still-waiting-for-its-own-miracle
    ("Israel will release 39 Palestinian prisoners, among them 24 women and 15 teenagers, in the occupied West Bank, "
     "in exchange for the 13 hostages due to be freed from Gaza, a Palestinian official said.",
     [Gold(39, "released", "exact", ("Palestinian official",), "prisoners"), Gold(24, "released", "exact", (), "women"),
      Gold(15, "released", "exact", (), "teenagers"), Gold(13, "released", "exact", (), "hostages")], []),
    ("Hamas stormed into southern Israel on Oct 7, killing about 1,200 people, most of them civilians, according to "
     "an Israeli count, and seizing about 240 hostages.",
     [Gold(1200, "killed", "about", (), "people"), Gold(240, "detained", "about", (), "hostages")], []),
    # https://www.spokesman.com/stories/2023/nov/24/in-separate-talks-qatar-and-egypt-negotiated-for-r/
    ("Twenty-six Thais were kidnapped and 39 were killed in the Oct. 7 Hamas-led assault on Israel.",
     [Gold(26, "detained", "exact", (), "Thais"), Gold(39, "killed")], []),
    # -- Darfur and Chad, earlier wars --
    # https://news-medical.net/news/2004/07/03/3053.aspx
    ("To date the conflict in Darfur has led to some 30,000 people killed, 1.2 million internally displaced and at "
     "least 130,000 living as refugees on the Chad border.",
     [Gold(30_000, "killed", "about", (), "people"), Gold(1_200_000, "internally_displaced"),
      Gold(130_000, "refugees", "at_least")], []),
    # http://failedevolution.blogspot.com/2015/11/over-160000-displaced-in-darfur-in-2015.html
    ("The UN estimates that the violence in Darfur has so far killed some 300,000 people.",
     [Gold(300_000, "killed", "about", UN, "people", "Darfur")], []),
    # http://www.liquisearch.com/battle_of_ndjamena_2008/casualties_and_refugees
    ("After the battle, MSF said that hospitals had counted 100 killed civilians and nearly 700 wounded.",
     [Gold(100, "killed"), Gold(700, "injured", "about")], []),
    # -- Nigeria --
    # https://www.breitbart.com/national-security/2014/05/07/report-between-200-400-nigerians-killed-in-new-boko-haram-attack/
    ("Different sources indicate that between 200-400 people have been killed, and eleven more girls have been "
     "kidnapped.", [Gold(200, "killed", "at_least"), Gold(400, "killed", "up_to"), Gold(11, "detained")], []),
    ("Report: 200-400 Nigerians Killed in New Boko Haram Attack",
     [Gold(200, "killed", "at_least"), Gold(400, "killed", "up_to", (), "Nigerians")], []),
    # http://reggaeboyzsc.com/forum1/forum/reggae-boyz-supporterz-club-forums/the-everything-jamaica-forum/65959-boko-haram-village-raids-kill-hundreds
    ("Hundreds of people were killed in raids by Boko Haram Islamic militants in northeast Nigeria's Borno state, on "
     "the border with Cameroon, with some sources putting the death toll at 400 to 500.",
     [Gold(400, "killed", "at_least"), Gold(500, "killed", "up_to")], []),
    # https://www.trtworld.com:443/article/12770464
    ("An estimated 200 people or more have been killed in villages in Nigeria's Zamfara state during deadly reprisal "
     "attacks by armed bandits following military air strikes on their hideouts this week, residents said.",
     [Gold(200, "killed", None, ("residents",), "people")], []),
    ("The state government said 58 people had been killed during the attacks.",
     [Gold(58, "killed", "exact", ("state government",), "people")], []),
    # https://pledgetimes.com/at-least-81-killed-in-terrorist-attack-on-nigerian-village/
    ("\u201cAbout 150 suspected Boko Haram terrorists armed with rifles and RPGs attacked Mafa village on more than 50 "
     "motorcycles at about 4:00 pm on Sunday,\u201d Yobe state police spokesman Abdulkareem Dongos told AFP.", [], []),
    ("The attack took place on Sunday afternoon in Yobe State, one of three states where a 15-year insurgency has "
     "killed thousands of Nigerians and displaced more than two million.",
     [Gold(2_000_000, "internally_displaced", "more_than")], []),
    # https://mail.arabstoday.net/en/41/up-to-150-drowned-shot-fleeing-boko-haram-ambush-in
    ("Up to 150 people drowned in a river or were shot dead fleeing Boko Haram gunmen who raided a remote village in "
     "Nigeria's northeastern Yobe state, locals said on Tuesday.",
     [Gold(150, "killed", "up_to", ("locals",), "people")], []),
    # -- Yemen --
    # https://globalpulsenews.com/yemens-houthis-released-over-100-war-detainees-the-red-cross-states
    ("The release of 113 detainees occurred Sunday early morning in the Houthi-held capital of Sanaa, the Red Cross "
     "stated in a declaration, including that the launched detainees were amongst those the ICRC checked out and "
     "helped routinely in their detention in the Yemeni capital.",
     [Gold(113, "released", "exact", ICRC, "detainees")], []),
]

# the known remaining gaps, kept to show when they close
GAPS = [
    # arrivals a country is not named for in the clause:
    # http://www.mizzima.com/news-domestic-regional/thousands-rohingya-flee-myanmar-bangladesh
    ("Rohingya leaders in Bangladesh told AFP that at least 3,500 had arrived since then, piling pressure onto already "
     "overcrowded refugee camps in the Cox's Bazaar area near the Naf river that divides the two countries.",
     Gold(3500, "refugees", "at_least")),
]


@pytest.mark.parametrize("sentence, golds, optional", [
    pytest.param(s, g, o, id=" ".join(s.split()[:7])) for s, g, o in CASES])
def test_figures_tolls_value_measure_qualifier_source(run, sentence, golds, optional) -> None:
    assert_figures(list(run(sentence).figures), golds, optional)


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("sentence, gold", [pytest.param(s, g, id=" ".join(s.split()[:5])) for s, g in GAPS])
def test_figures_tolls_known_gaps(run, sentence, gold) -> None:
    assert any(matches(f, gold) for f in run(sentence).figures)


# -- the forms of issue #5: a range in one word, "an estimated figure of", a part named by "N of them" --

def test_figures_a_range_written_as_one_word_gives_both_bounds(run) -> None:
    # an en dash the tokenizer keeps inside one word ("150\u2013200")
    figs = run("Some 150\u2013200 people were killed in the attack on the village, local officials said.").figures
    assert sorted((f.value, f.qualifier, f.measure) for f in figs) == [
        (150, "about", "killed"), (200, "up_to", "killed")]


def test_figures_a_span_of_years_is_no_range() -> None:
    import spacy

    from parley.pipeline.numbers import range_bounds
    doc = spacy.blank("en")("the 2019\u20132020 season and 150\u2013200 people and a 3\u20131 vote")
    assert [range_bounds(t) for t in doc if "\u2013" in t.text] == [None, (150.0, 200.0), None]


def test_figures_an_estimated_figure_of_is_about(run) -> None:
    figs = run("An estimated figure of 3,000 people have been displaced by the fighting, OCHA said.").figures
    assert [(f.value, f.qualifier, f.measure) for f in figs] == [(3000, "about", "internally_displaced")]


def test_figures_n_of_them_is_a_part_of_the_count_before(run) -> None:
    figs = run("The freed hostages included four men and eight women \u2014 six of them Thai nationals.").figures
    assert [(f.value, f.measure) for f in figs] == [(4, "released"), (8, "released"), (6, "released")]


def test_figures_n_of_them_keeps_its_own_verb(run) -> None:
    figs = run("Of the 300 people detained, 20 of them were later released.").figures
    assert [(f.value, f.measure) for f in figs] == [(300, "detained"), (20, "released")]
