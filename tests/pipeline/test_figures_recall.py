"""Figures in unseen sentences, written the ways the rules used to miss or misread: a part of a pool ("50 of 236
hostages"), a name inside a counted noun ("eight World Food Program (WFP) trucks"), a dash glued to a hedge
("-At least"), a number hung on a date word, a total that names its measure ("the death toll of 45"), a modifier
that only says who is counted ("six wounded soldiers ... were killed"), people assisted by aid, partitive relative
clauses ("of whom around 35 are believed to be dead"), parts with a verb of their own."""

from __future__ import annotations

import pytest

from tests.pipeline.test_figures_outlets import Gold, assert_figures

WHO = ("WHO", "World Health Organization", "World Health Organisation")
WFP = ("WFP", "World Food Programme", "World Food Program")
IOM = ("IOM", "International Organization for Migration")
OHCHR = ("OHCHR", "UN High Commissioner for Human Rights", "United Nations")

# (sentence, the figures a reader finds in it, figures a reader may or may not count)
CASES = [
    # -- a part of a pool: the part takes the clause's verb, the pool is what its noun is --
    # https://assets.christianpost.com/news/hamas-releases-hostages-in-4-day-prisoner-hostage-exchange.html
    ("Hamas agreed to release 50 of 236 hostages in exchange for 150 Palestinians being held in Israel as part of a "
     "prisoner-hostage exchange.", [Gold(50, "released"), Gold(236, "detained")],
     [Gold(150, "detained"), Gold(150, "released")]),
    # https://thedailyguardian.com/117-freed-70-dead-uncertainty-surrounds-fate-of-64-hostages-still-held-in-gaza
    ("Out of the 251 hostages taken, 117 have been released, many of whom were women, children, and foreign "
     "workers.", [Gold(251, "detained"), Gold(117, "released")], []),
    # -- a name inside the counted noun --
    # https://www.israelnationalnews.com/news/388666
    ("In accordance with the government directive, and coordinated by the IDF and COGAT, eight World Food Program "
     "(WFP) trucks of flour entered the Gaza Strip from the Ashdod Port today (Wednesday).", [Gold(8, "aid_trucks")],
     []),
    # https://www.anews.com.tr/world/2022/04/01/first-aid-convoy-for-three-months-arrives-in-capital-of-ethiopias-tigray-un
    ("\"13 trucks have arrived safely into Mekele. More trucks & fuel will follow in the morning,\" the WFP said on "
     "Twitter.", [Gold(13, "aid_trucks", "exact", WFP)], []),
    # -- a dash glued to the hedge by the tokenizer, a number hung on a date word --
    # https://cloudflare.egyptindependent.com/twenty-two-civilians-killed-including-children-in-north-yemen-un
    ("DUBAI (Reuters) -At least 22 civilians, including women and children, were killed in a village in northern "
     "Yemen, the United Nations said on Monday.", [Gold(22, "killed", "at_least", ("United Nations",))], []),
    # https://unn.ua/en/news/uae-helped-organize-the-latest-exchange-of-prisoners-of-war-budanov
    ("Today 230 Ukrainian defenders have returned to Ukraine, including a combat medic and defenders from Zmiinyi "
     "Island and the Chernobyl nuclear power plant.", [Gold(230, "returned", "exact", (), "defenders")], []),
    # a weekday before a number makes no date of it: https://www.lokmattimes.com/international/hundreds-of-trucks-worth-of-aid-sits-in-gaza-waiting-for-collection/
    ("While on Monday 50 trucks filled with aid were collected from the Gazan side of the Kerem Shalom crossing by "
     "international organizations, approximately 575 trucks filled with aid were waiting there for collection at the "
     "end of the day, said COGAT.", [Gold(50, "aid_trucks", "exact", ("COGAT",)), Gold(575, "aid_trucks", "about")],
     []),
    # -- totals --
    # https://www.thedailybeast.com/fatalities-from-the-philippines-typhoon-rai-climb-past-140
    ("Typhoon Rai, the strongest typhoon to strike the Philippines this year, has reached a death toll of at least "
     "146, with even more fatalities to be reported, according to local officials.",
     [Gold(146, "killed", "at_least", ("local officials",))], []),
    # https://www.timesofisrael.com/report-claims-only-50-hostages-in-gaza-still-thought-alive/
    ("The assessment, based on a combination of Israeli and American intelligence, put the number of deceased "
     "hostages at 66, a far higher number than Israel has publicly confirmed, The Wall Street Journal reported.",
     [Gold(66, "killed")], []),
    ("The Israel Defense Forces have confirmed the deaths of 41 hostages still in captivity, based on intelligence "
     "and findings obtained by troops operating in Gaza.",
     [Gold(41, "killed", "exact", ("Israel Defense Forces", "IDF"), "hostages")], []),
    # https://menafn.com/1108705611/Lebanon-Israeli-Airstrikes-Kill-182-People-Injures-727
    ("Casualties in the Israeli occupation's airstrikes on southern Lebanon went up to 182 and 727 injuries, said a "
     "source at the Lebanese health Ministry on Monday.", [Gold(727, "injured", "exact")],
     [Gold(182, "injured", None), Gold(182, "casualties", None), Gold(182, "killed", None)]),
    # https://en.interfax.com.ua/news/general/818122.html
    ("Losses among civilians from February 24, 2022, to 00:00 on March 24, 2022, amounted to 2,788 civilian "
     "casualties, including 1,081 killed, the office of the UN High Commissioner for Human Rights has said on "
     "Friday.", [Gold(2788, "casualties", "exact", OHCHR), Gold(1081, "killed", "exact", OHCHR)], []),
    # http://europe.newsweek.com/italy-rescuers-locating-bodies-beneath-quake-rubble-494091
    ("The Civil Protection Department lowered the official death toll on Sunday to 290 from a previously given 291.",
     [Gold(290, "killed")], []),
    # http://al-darb.blogspot.com/2009/09/strong-indonesian-quake-kills-32.html
    ("JAKARTA, Indonesia \u2013 Indonesian rescue workers pulled several bodies from the rubble of a giant landslide "
     "Friday, lifting the death toll from a powerful earthquake to 63.", [Gold(63, "killed")], []),
    ("More than 400 people were injured and 125 people were hospitalized with broken bones and cuts, the disaster "
     "agency said on its Web site.", [Gold(400, "injured", "more_than", ("disaster agency",)),
                                      Gold(125, "injured", "exact", ("disaster agency",))], []),
    # https://addresslibya.net/archives/32192: a count that names its own measure is no part of the total before it
    ("The Director of Media Office for Wounded Affairs in the Ministry of Health of the Tripoli-based Government of "
     "National Accord (GNA), Malik Mersit, revealed the final toll of victims that resulted from the clashes in "
     "Tripoli, where the number of injured reached 159, 61 deaths and 12 people missing until the moment of the "
     "announcement.", [Gold(159, "injured", "exact", ("Malik Mersit", "GNA", "Ministry of Health")), Gold(61, "killed"),
                       Gold(12, "missing")],
     []),
    # https://theeastafricandaily.com/2025/04/23/drone-strike-in-ethiopias-amhara-region-kills-over-100-civilians-amid-ongoing-conflict/
    ("The final death toll is believed to be between 115 and 120, with some bodies still unidentified.",
     [Gold(115, "killed", "at_least"), Gold(120, "killed", "up_to")], []),
    ("Most of the victims were young people, and several sustained injuries; at least 24 were taken for treatment, "
     "though most later died due to the limited capacity of the local health center.",
     [Gold(24, "injured", "at_least")], []),
    # "in addition to" puts no total at the number after it: https://www.yemenextra.net/2024/05/04/death-toll-in-health-sector-in-gaza-rises-to-496-dead/
    ("Earlier, the health ministry in the Gaza Strip announced that the death toll from the Israeli aggression had "
     "risen to 34,596 dead, in addition to 77,816 injuries since October 7",
     [Gold(34596, "killed", "exact", ("health ministry",)), Gold(77816, "injured")], []),
    # a total whose counted noun is read once (the reading used to recurse through the total it stands in):
    # https://www.middleeastmonitor.com/20231129-israel-releases-30-palestinians-after-10-israelis-and-two-foreigners-released-by-hamas/
    ("This brings the total number of freed captives to 86 of around 240 people taken to the Gaza Strip after the 7 "
     "October Hamas-led attack on Israel.", [Gold(86, "released"), Gold(240, "detained", "about")], []),
    # https://www.ndtv.com/world-news/israel-says-33-palestinian-prisoners-released-under-truce-deal-4612191
    ("The release brought the total number of detainees freed by Israel during the initial, four-day pause in the "
     "fighting to 150.", [Gold(150, "released")], []),
    # -- who is counted, and what happened to them --
    # https://debatedock.com/threads/they-killed-civilians-in-their-beds-chaos-and-brutality-reign-after-fall-of-el-fasher.3125/post-46887
    ("In the three days since the Rapid Support Forces (RSF) captured the city on Sunday, at least six wounded "
     "soldiers and civilians were killed, including women who were shot while receiving medical treatment.",
     [Gold(6, "killed", "at_least")], []),
    # https://morningstaronline.co.uk/article/w/villagers-flee-myanmar-to-thailand-after-military-junta-launches-further-air-strikes
    ("The attacks came after air strikes on Saturday night reportedly claimed the lives of three civilians and at "
     "least two soldiers from the Karen National Union (KNU).",
     [Gold(3, "killed", "exact", (), "civilians"), Gold(2, "killed", "at_least", (), "soldiers")], []),
    # https://cyprus-mail.com/2023/04/18/nigerian-students-escape-abductors-two-weeks-after-kidnapping/
    ("Eight Nigerian secondary school students kidnapped by gunmen in northern Kaduna state two weeks ago escaped "
     "from their captors and were found by villagers who alerted security forces on Tuesday, the state's internal "
     "security commissioner said.", [], [Gold(8, "detained"), Gold(8, "released")]),
    # https://www.pressreader.com/usa/the-columbus-dispatch/20211220/281608128750567
    ("The government said about 780,000 people were affected, including more than 300,000 residents who had to "
     "evacuate their homes.", [Gold(780000, "affected", "about", ("government",)),
                               Gold(300000, "evacuated", "more_than")], [Gold(300000, "internally_displaced")]),
    # a relative clause on a part of the count, and a part with its own participle:
    # https://streettimes.in/more-than-a-third-of-gaza-hostages-are-dead-israel
    ("The government tally said 120 remain in captivity, 43 of whom have been declared dead in absentia by Israeli "
     "officials based on various sources of information, including intelligence tip-offs, CCTV or bystander videos "
     "and forensic analysis.", [Gold(120, "detained"), Gold(43, "killed")], []),
    # https://voiceofasia.com/news/3303
    ("Israel states that 87 hostages remain in captivity, with 34 presumed dead.",
     [Gold(87, "detained", "exact", ("Israel",)), Gold(34, "killed")], []),
    # https://thedailyguardian.com/117-freed-70-dead-uncertainty-surrounds-fate-of-64-hostages-still-held-in-gaza
    ("Nearly a year later, 64 people, including two children, remain in captivity, and Israeli authorities believe "
     "they are still alive.", [Gold(64, "detained", "exact", (), "people")], [Gold(2, "detained")]),
    # a relative clause that only says who the part is: https://www.irrawaddy.com/news/burma/myanmar-junta-airstrikes-kill-two-injure-seven-near-thai-border.html
    ("On Saturday the regime conducted another airstrike on nearby Thaw Baw Boe village, injuring four, including "
     "three children, who were fleeing their village, according to the Karen Human Rights Group.",
     [Gold(4, "injured", "exact", ("Karen Human Rights Group",)), Gold(3, "injured")], []),
    # -- arrivals abroad, returns, flight under force --
    # https://au.news.yahoo.com/thais-prepare-myanmar-refugee-influx-074904634.html
    ("About 2500 people, including 200 students, have crossed the Salween River into northern Thailand's Mae Hong Son "
     "province, according to Burma Free Rangers.", [Gold(2500, "refugees", "about", (), "people")],
     [Gold(200, "refugees")]),
    # https://www.unhcr.org/ie/news/new-significant-outflow-sudanese-refugees-chad
    ("ABECHE, Chad, Aug. 17 (UNHCR) - More than 500 Sudanese have arrived in Chad in the first significant crossing "
     "from Sudan's strife-torn Darfur region in about two months, the UN refugee agency reported on Tuesday.",
     [Gold(500, "refugees", "more_than", ("UNHCR", "UN refugee agency"))], []),
    ("Staff of the refugee agency registered 478 new arrivals from Darfur at the Chadian border crossing near Gu\u00e9r"
     "\u00e9da over the past three days.", [Gold(478, "refugees")], []),
    # https://unhcr.org/news/briefing-notes/chad-influx-sudanese-refugees
    ("The number of Sudanese refugees fleeing to eastern Chad since April of this year has now reached some 65,000.",
     [Gold(65000, "refugees", "about")], []),
    # https://menafn.com/1109862630/First-group-of-Syrians-returns-home-under-government-backed-repatriation-plan
    ("More than 120 Syrian refugees crossed back into Syria from Lebanon on Tuesday through the Masnaa border point, "
     "marking the initial phase of a government-supported repatriation initiative.",
     [Gold(120, "returned", "more_than", (), "refugees")], []),
    # https://www.refugees-lebanon.org/en/news/209/unhcr-statement-on-the-return-from-chebaa-lebanon-to-bait-jan-syria
    ("UNHCR, the UN Refugee Agency, is aware of the impending return movement of some 500 Syrian refugees from "
     "Chebaa, Southern Lebanon to Bait Jan, Syria.", [Gold(500, "returned", "about")], []),
    # https://www.vida (TASS via Actualite): hospital admissions are the wounded
    ("More than a thousand people were admitted to hospitals in the city of Goma in the east of the Democratic "
     "Republic of the Congo amid battles between the republic's armed forces and members of the Rwandan-backed M23 "
     "movement on January 23-28, the Actualite news portal reported.", [Gold(1000, "injured", "more_than")], []),
    # https://www.kenyan-post.com/2024/06/120-million-people-displaced-by-war.html
    ("At the end of last year, 117.3 million people were displaced, UNHCR said in a report but by the end of April, "
     "the number had swelled further, with an estimated 120 million people around the world living in "
     "displacement.", [Gold(117300000, "internally_displaced", "exact", ("UNHCR",)),
                       Gold(120000000, "internally_displaced", "about")], []),
    # https://taketonews.com/ukraine-manages-to-evacuate-thousands-of-civilians-from-sumy (its stray "They" before
    # "were brought", a machine translation's, left out)
    ("About 5,000 Ukrainians and about 1,700 foreign students were brought to safety on Tuesday, Deputy Prime "
     "Minister Irina Vereshchuk stressed, as reported by the Ukrainian news agency Unian.",
     [Gold(5000, "evacuated", "about", ("Vereshchuk",)), Gold(1700, "evacuated", "about")], []),
    # a count the tagger took for money beside a sum: https://www.urdupoint.com/en/miscellaneous/un-appeals-for-17-billion-in-humanitarian-a-1478335.html
    ("Moreover, the UN said it estimates that 12 million people inside Ukraine will need relief and protection, while "
     "more than 4 million Ukrainian refugees may need protection and assistance in neighbouring countries in the "
     "coming months.", [Gold(12000000, "in_need", "exact", ("United Nations",)), Gold(4000000, "in_need", "more_than")],
     []),
    # the lakh grouping: https://english.newstracklive.com/news/humanitarian-assistance-receives-64-mn-people-in-ukraine-un-sc57-nu318-ta318-1228512-1.html
    ("More than 5.7 million people have been able to put food on their tables, while over 6,55,000 individuals have "
     "received monetary support, allowing them to cover some of their most basic needs, according to the OCHA.",
     [Gold(655000, "assisted", "more_than", ("OCHA",))], []),
    # -- people assisted by aid (docs/annotation.md: "assisted") --
    # https://www.nigerianewsdigest.com/in-december-alone-un-food-relief-agency-assists-one-million-people-in-northeast-nigeria/
    ("In areas with functioning markets, more than 170,000 people were assisted with cash.",
     [Gold(170000, "assisted", "more_than", (), "people")], []),
    # https://reliefweb.int/report/south-sudan/wfp-south-sudan-country-brief-december-2020-0
    ("In 2020, WFP provided food and nutrition assistance to 5.2 million people.",
     [Gold(5200000, "assisted", "exact", WFP)], []),
    # aid counted in tonnes is no one assisted: http://thenationonlineng.net/wfp-begins-transportation-food-idps/
    ("The WFP said it has already begun moving the first batch of rice donated by Nigerian government, which "
     "contributed 5,000 metric tonnes of rice and pledged a further 2,000 metric tons of millet.",
     [Gold(5000, "tonnes"), Gold(2000, "tonnes")], []),
    # -- parts after a dash, a copula that only says who they were --
    # https://www.rferl.org/a/more_killed_in_syria_clashes_continue/24466672.html
    ("Fighting in Ghuta on January 28 reportedly left 17 dead -- 11 soldiers and six civilians.",
     [Gold(17, "killed"), Gold(11, "killed"), Gold(6, "killed")], []),
    # https://ibtimes.com/overnight-clashes-northern-syria-kills-15-people-activists-378148
    ("Overnight clashes between security forces and army defectors in northern Syria left 15 people dead early "
     "Saturday, activists said. Seven were soldiers, five were defectors, and three were civilians.",
     [Gold(15, "killed", "exact", ("activists",))], [Gold(7, "killed"), Gold(5, "killed"), Gold(3, "killed")]),
    # -- an army's losses, martyrdom --
    # https://en.goobjoog.com/at-least-7-killed-in-al-shabaab-attack-at-somali-military-base-2/
    ("\"Al Shabaab attacked our base unexpectedly early in the morning today. We lost seven soldiers,\" Captain Ahmed "
     "Idow, a Somali military officer, told Reuters by telephone from Baidoa.",
     [Gold(7, "killed", "exact", ("Ahmed Idow",), "soldiers")], []),
    # https://thefrontierpost.com/twelve-personnel-martyred-in-bannu-suicide-attack-ispr/
    ("BANNU: At least twelve security personnel embraced martyrdom in a suicide attack on check post in Bannu, Khyber "
     "Pakhtunkhwa.", [Gold(12, "killed", "at_least", (), "personnel")], []),
    # https://www.brecorder.com/news/40333513/suicide-blast-martyrs-12-security-personnel-in-bannu-district-says-ispr
    ("The press release further said that the suicide blast led to collapse of portion of perimeter wall and damaged "
     "the adjoining infrastructure, \"resulting in Shahadat of twelve brave sons of soil that include ten soldiers of "
     "the security forces and two soldiers of Frontier Constabulary\".",
     [Gold(12, "killed"), Gold(10, "killed"), Gold(2, "killed")], []),
    # https://dailyqismatnewspapermultan.blogspot.com/2024/09/eight-security-men-martyred-across.html (without the
    # editor's bracketed "[an]", which the small parser cannot read past)
    ("\"However, during an intense exchange of fire, six brave sons of soil, having fought gallantly, paid the "
     "ultimate sacrifice and embraced shahadat,\" the ISPR statement read.",
     [Gold(6, "killed", "exact", ("ISPR", "Inter-Services Public Relations", "Pakistan Army"))], []),
    # -- the dead of an army handed back; a verb's particle is no hedge --
    # https://sputnikglobe.com/amp/20250611/russia-ukraine-exchange-of-fallen-soldiers-bodies-begins-under-istanbul-agreements-1122228351.html
    ("Russia has handed over 1,212 bodies of Ukrainian soldiers to Ukraine and received 27 fallen Russian soldiers.",
     [Gold(1212, "bodies_returned", "exact"), Gold(27, "bodies_returned", "exact")], []),
    # https://www.themoscowtimes.com/2024/03/29/russia-ukraine-swap-fallen-soldiers-bodies-a84678
    ("On March 15, Russia repatriated the bodies of 69 of its soldiers in exchange for 100 fallen Ukrainian "
     "servicemen.", [Gold(69, "bodies_returned"), Gold(100, "bodies_returned")], []),
    # https://thewriterstown.com/news/articles/cgeqddw1v1do
    ("Kyiv said Moscow handed over 1,245 bodies on Monday, bringing the total to 6,057 in the past few days.",
     [Gold(1245, "bodies_returned", "exact", ("Ukraine", "Kyiv"))], [Gold(6057, "bodies_returned")]),
    # hostages received in a swap are the ones freed: https://www.iraqnewsgazette.com/hamas-hands-over-all-living-israeli-prisoners-as-part-of-ceasefire-agreement
    ("The Red Cross received seven living Israeli hostages as a first batch.", [Gold(7, "released")], []),
    # https://menafn.com/1110186404/First-Seven-Hostages-Handed-Over-To-Red-Cross-In-Gaza-Israeli-Military
    ("\"According to the information received from the Red Cross now, seven hostages have been handed over to them, "
     "and they are making their way to IDF and Shin Bet forces in the Gaza Strip,\" the IDF statement read.",
     [Gold(7, "released", "exact", (), "hostages")], []),
    # -- the missing --
    # https://goldcoastnewshq.com/number-of-americans-killed-in-israel-rises-to-30/
    ("The statement also said there were 13 U.S. citizens whose whereabouts were unknown.",
     [Gold(13, "missing", "exact", (), "citizens")], []),
    ("The numbers are updated from those provided on Saturday, when the State Department confirmed 29 Americans "
     "killed and 15 Americans missing.", [Gold(29, "killed", "exact", ("State Department",)), Gold(15, "missing")],
     []),
    # -- words of detention --
    # https://irannews24.com/33322/israel-detains-20-palestinians-in-west-bank-raids/
    ("In a separate incident, the Israeli military apprehended three Palestinians, among them two 15-year-olds, "
     "during operations in Tulkarem city, according to the Wafa news agency.",
     [Gold(3, "detained", "exact", ("Wafa",))], [Gold(2, "detained")]),
    # https://www.starnewsonline.com/story/news/2011/12/03/syrian-clashes-leave-at-least-15-dead/30879502007/
    ("The United Nations' top human rights forum has condemned Syria for \"gross and systematic\" violations by its "
     "forces, including executions and the imprisonment of some 14,000 people.", [Gold(14000, "detained", "about")],
     []),
    # -- headlines: a verb the tagger reads as a plural noun, a participle after a list of counts --
    # http://www.arabnews.com/node/1528666/middle-east
    ("Houthi shell fire wounds at least 2 children in north Yemen", [Gold(2, "injured", "at_least", (), "children")],
     []),
    # https://menafn.com/1108705611/Lebanon-Israeli-Airstrikes-Kill-182-People-Injures-727
    ("Lebanon: Israeli Airstrikes Kill 182 People, Injures 727", [Gold(182, "killed"), Gold(727, "injured")], []),
    # https://en.breakingnews.com.bd/international/article/9654
    ("7 children, 2 women killed in Yemen by Houthi missiles", [Gold(7, "killed"), Gold(2, "killed")], []),
    # https://www.timesofisrael.com/liveblog_entry/gaza-health-ministry-says-3-of-21-palestinians-killed-in-israeli-strikes-were-children/
    ("The Gaza health ministry says that three of the 21 Palestinians killed in retaliatory Israeli airstrikes were "
     "children.", [Gold(21, "killed", "exact", ("health ministry",)), Gold(3, "killed")], []),
    # -- ships and tonnes of a grain deal (docs/corpus-russia-ukraine.md: "ships", "tonnes") --
    # https://euromaidanpress.com/2022/09/04/largest-yet-caravan-of-grain-ships-leaves-ukrainian-ports-via-grain-corridor-infrastructure-ministry/
    ("In total, the 13 commercial vessels carry 282,500 tons of Ukrainian agricultural products heading to 8 "
     "countries.", [Gold(13, "ships")], [Gold(282500, "tonnes")]),
    # https://brecorder.com/news/amp/40190823
    ("\"Two ships left the port of Chornomorsk carrying a total of 70,000 tons of agricultural products,\" the "
     "infrastructure ministry said in a statement on social media.",
     [Gold(2, "ships", "exact", ("infrastructure ministry",))], [Gold(70000, "tonnes")]),
    ("It said that one of the ships, the Rahmi Yaggi, was bound for Turkey with 5,300 tons of products, while the "
     "Ocean Lion was carrying some 65,000 tons of corn to South Korea.", [],
     [Gold(5300, "tonnes"), Gold(65000, "tonnes")]),
    # https://www.rt.com/business/560280-ukrainian-grain-exports-global-markets/
    ("Three ships loaded with grain left Ukrainian Black Sea ports on Friday under a deal negotiated with Russia last "
     "month, Reuters reported, citing the Turkish Defense Ministry and witnesses.", [Gold(3, "ships")], []),
    # -- not figures --
    # warships and naval drones are no grain ships: https://obeta.ttef.in/world/russia-ship-damaged-by-drones-raid-shows-kyivs-ability-to-hit-far-flung-targets/cid/1956900
    ("The Russian ministry of defence insisted that the attack had caused no damage and that all of the drones had "
     "been neutralised, claiming that two crewless surface vessels were shot out of the water before reaching the "
     "base.", [], []),
    # https://menafn.com/1109862630 (a range of a plan is a figure; a count of countries is not)
    ("The UN Security Council extended the mandate of the mission in South Sudan (UNMISS) for a year, until April 30, "
     "2026, the resolution was supported by 12 countries.", [], []),
    # https://lana-news.ly/art.php?id=178948&lang=en
    ("Adopting the resolution was made by a vote of 13 in favour to 0 against and two abstentions China and Russia.",
     [], []),
    # https://tasnimnews.com/en/news/2016/02/12/998693/syria-ceasefire-plan-agreed-in-munich
    ("Ministers at Thursday's talks wrangled over three core issues: a gradual cessation of hostilities with a firm "
     "end date, humanitarian access to cities being besieged by both sides and a commitment that Syrian parties "
     "return to Geneva.", [], []),
]


@pytest.mark.parametrize("sentence, golds, optional", [
    pytest.param(s, g, o, id=" ".join(s.split()[:7])) for s, g, o in CASES])
def test_figures_recall_value_measure_qualifier_source(run, sentence, golds, optional) -> None:
    assert_figures(list(run(sentence).figures), golds, optional)


def test_figures_a_part_of_a_pool_reads_the_pool_noun() -> None:
    import spacy

    from parley.pipeline.figure_counts import CountReader
    from parley.pipeline.numbers import Amount
    doc = spacy.blank("en")("release 50 of 236 hostages and 39 of the 50 prisoners and 12 of a group")
    assert CountReader.pool_after(doc, Amount(1, 2, 50)) == Amount(3, 4, 236)
    assert CountReader.pool_after(doc, Amount(6, 7, 39)) == Amount(9, 10, 50)
    assert CountReader.pool_after(doc, Amount(13, 14, 12)) is None


def test_figures_a_total_never_reads_its_noun_twice(nlp) -> None:
    # the word order of "... bringing to 45 the number of people killed ..." once sent the reading of a total's noun
    # back through the total itself, without end
    doc = nlp("The strike killed three more people, bringing to 45 the number of people killed in the attacks since "
              "Friday, according to an AFP tally.")
    assert (45, "killed") in [(f.value, f.measure) for f in doc._.figures]


def test_figures_went_up_to_is_no_hedge(nlp) -> None:
    fx = nlp.get_pipe("parley_figures")
    # https://menafn.com/1108705611/Lebanon-Israeli-Airstrikes-Kill-182-People-Injures-727
    doc = nlp("Casualties in the Israeli occupation's airstrikes on southern Lebanon went up to 182 and 727 injuries.")
    sent = next(iter(doc.sents))
    amount = fx.counts.amounts(doc, sent, set())[0]
    assert (amount.value, fx.counts.qualifier(doc, amount, sent)[0]) == (182, "exact")
    # "said up to 15,500 people" is a hedge
    doc = nlp("In its report released today, the Office said up to 15,500 people had been displaced.")
    sent = next(iter(doc.sents))
    amount = fx.counts.amounts(doc, sent, set())[0]
    assert fx.counts.qualifier(doc, amount, sent)[0] == "up_to"
