"""Figures on news outlets, by construction: a displacement said as "forced to leave" a place,
people left without food or care, a number closed in quotes before its noun, a noun left out after the first of two
counts ("197 trucks of aid and five of fuel"), truckloads, a pool named by its participle ("out of the 7 million
affected"), an aid body that reaches people, compound people nouns ("schoolchildren") and the idioms of the dead
("fell in battle", "laid down their lives"); and what none of these makes a figure."""

from __future__ import annotations

import pytest

from tests.pipeline.test_figures_outlets import UN, Gold, assert_figures

IOM = ("International Organization for Migration", "IOM")

# (sentence, the figures a reader finds in it, figures a reader may or may not count)
CASES = [
    # -- a flight said as "forced to leave" or "abandoned" a place --
    # https://afrinz.ru/en/2025/10/over-33000-people-flee-sudans-el-fasher-in-two-days/
    ("More than 33,000 residents were forced to leave the Sudanese city of El-Fasher between 27 and 28 October due "
     "to attacks by the rebel Rapid Support Forces (RSF), the International Organization for Migration (IOM) has "
     "reported.", [Gold(33_000, "internally_displaced", "more_than", IOM, "residents")], []),
    # https://aimnews.org/2025/10/13/terrorist-raid-force-displacement-of-about-40000-people-in-two-weeks
    ("In Balama district, 5,000 people abandoned the villages of Mavala and Mpake.",
     [Gold(5_000, "internally_displaced")], []),
    # -- people left without food, water or care are in need --
    # https://afrinz.ru/en/2025/10/over-33000-people-flee-sudans-el-fasher-in-two-days/
    ("El-Fasher had been under siege by the RSF for nearly 18 months, leaving about 300,000 people without medical "
     "care, adequate food supplies or clean water.", [Gold(300_000, "in_need", "about")], []),
    # a blackout leaves people without power, no aid: no figure
    # http://www.dailynugget.com/2003/08/lights-out/
    ("The blackout affected most of the Northeastern U.S. and parts of Canada covering 9300 square miles\u201350 "
     "million were left without power.", [], []),
    # https://historycentral.com/Today/blackout.html
    ("In addition 10 million people were left powerless in Ontario Canada.", [], []),
    # -- a number closed in quotes before its noun --
    # https://www.jacarandafm.com/news/news/un-says-more-100000-more-displaced-dr-congo-clashes/
    ("Two days of fighting during which rebels captured a town in eastern DR Congo saw \"more than 100,000\" people "
     "flee their homes, the United Nations said Wednesday.",
     [Gold(100_000, "internally_displaced", "more_than", UN, "people")], []),
    # -- a noun left out after the first count, and truckloads --
    # https://www.dailysabah.com/world/mid-east/un-reports-arrival-of-1st-trucks-carrying-gaza-aid-after-cease-fire
    ("The U.N. did not give details on where the shipments entered Gaza, but an Egyptian source speaking on "
     "condition of anonymity said that \"197 trucks of aid and five of fuel entered through the crossing of Kerem "
     "Shalom between Israel and Gaza and that of al-Oga\" and Nitzana between Egypt and Israel.",
     [Gold(197, "aid_trucks"), Gold(5, "aid_trucks")], []),
    ("Earlier Sunday, the United Nations agency for Palestinian refugees (UNRWA) said it has 4,000 truckloads of "
     "humanitarian aid ready to enter Gaza, with half of the shipments containing essential food supplies and flour.",
     [Gold(4_000, "aid_trucks", None, ("UNRWA",))], []),
    # https://uniteddaily.my/en/096f8a64-dc71-474a-ac20-d0c43ccf0311
    ("\"UNRWA has 4,000 truckloads of aid ready to enter Gaza; half of them carry food and flour,\" the UN agency "
     "said on its X account.", [Gold(4_000, "aid_trucks", None)], []),
    # https://english.ahram.org.eg/News/512860.aspx: the bare parts of trucks are trucks, whatever their verb
    # ("entered ... the Rafah border crossing" is no flight abroad)
    ("Also on Saturday, seven fuel trucks \u2013 four loaded with cooking gas and three with diesel \u2013 entered the "
     "strip through the Rafah border crossing, Al-Qahera News TV channel reported.",
     [Gold(7, "aid_trucks")], [Gold(4, "aid_trucks"), Gold(3, "aid_trucks")]),
    # https://aboutcroatia.net/news/world/returning-un-worker-people-no-life-besieged-syrian-town-6107
    ("An activist in Madaya said that over 40 truckloads of food and medical supplies, including 7,800 sacks of flour "
     "and the same number of food parcels, had been distributed overnight.",
     [Gold(40, "aid_trucks", "more_than")], []),
    # https://voiceasianews.com/first-aid-trucks-enter-rafah-crossing-to-gaza-since-truce-collapses/
    ("Two fuel trucks and 50 aid trucks went through the Egyptian side heading to Awja for inspection, the sources "
     "revealed.", [Gold(2, "aid_trucks"), Gold(50, "aid_trucks")], []),
    # -- a pool named by its participle; an aid body that reaches people --
    # https://store.hiiraan.com/news4/2022/Aug/187262/severe_drought_displaces_918_000_people_in_somalia_un.aspx
    ("Humanitarians reached more than 4 million people with life-saving assistance since January, out of the 7 "
     "million affected.", [Gold(4_000_000, "assisted", "more_than"), Gold(7_000_000, "affected", None)], []),
    ("The UN Humanitarian Air Service reached about 900,000 vulnerable people in hard-to-reach areas, it said.",
     [Gold(900_000, "assisted", "about")], []),
    # https://myrepublica.nagariknetwork.com/news/wfp-reaffirms-support-against-hunger
    ("\u201cWFP Nepal\u00b4s programmes reach about 500,000 people on a monthly basis, mainly in the mid- and "
     "far-western hills and mountains,\u201d said WFP-Nepal Country Representative Nicole Menage.",
     [Gold(500_000, "assisted", "about")], []),
    # -- compound people nouns --
    # https://odishabytes.com/at-least-30-killed-many-abducted-as-gunmen-torch-market-houses-in-nigerian-village
    ("In November, more than 300 schoolchildren and their teachers were abducted from a Catholic school.",
     [Gold(300, "detained", "more_than")], []),
    # -- the idioms of the dead --
    # https://www.jpost.com/breaking-news/article-761445
    ("\"The provisional toll of the attack is as follows, 29 soldiers fell in battle and two were wounded,\" the "
     "statement, read on Niger national television, said.", [Gold(29, "killed"), Gold(2, "injured")], []),
    # https://www.indiatvnews.com/news/india/army-honours-soldiers-killed-in-kashmir-gunfight-35961.html
    ("\"However, it came at an invaluable cost wherein two brave soldiers of the Indian Army laid down their lives.\"",
     [Gold(2, "killed")], []),
]


@pytest.mark.parametrize("sentence, golds, optional", [
    pytest.param(s, g, o, id=" ".join(s.split()[:7])) for s, g, o in CASES])
def test_figures_round4b(run, sentence, golds, optional) -> None:
    assert_figures(list(run(sentence).figures), golds, optional)


# https://www.benarnews.org/english/news/philippine/basilan-ceasefire-11102022124507.html
BASILAN = ("The military said three of its soldiers were killed and 13 others were wounded in the fierce clashes, which "
           "began on Tuesday afternoon and lasted until Thursday morning in and around the village of Utilan. Military "
           "officials could only account for three deaths and an undetermined number of wounded among More Islamic "
           "Liberation Front members.")


def test_figures_deaths_among_other_people_are_no_repeat(run) -> None:
    # the deaths "among" the rebels are other dead than the soldiers of the sentence before, of the same number
    figs = run(BASILAN).figures
    assert sorted((f.value, f.measure, f.subject) for f in figs if f.measure == "killed") == [
        (3, "killed", "More Islamic Liberation Front members"), (3, "killed", "soldiers")]


def test_figures_a_bare_repeat_of_the_dead_is_one_figure(run) -> None:
    # https://www.jpost.com/breaking-news/article-761445: the lead's toll and the statement's are one figure
    figs = run("At least 29 Niger soldiers were killed in an attack by armed insurgents near the country's border "
               "with Mali, the West African nation's defense ministry said in statement late on Monday. \"The "
               "provisional toll of the attack is as follows, 29 soldiers fell in battle and two were wounded,\" the "
               "statement, read on Niger national television, said.").figures
    assert sorted((f.value, f.measure) for f in figs) == [(2, "injured"), (29, "killed")]
