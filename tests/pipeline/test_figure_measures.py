"""The measure of a count, as docs/annotation.md names it: the other half of a swap ("in return for 150
prisoners"), hostages freed by a rescue, dead hostages handed back as bodies, the remains of the counted, a
participle said of a part rather than of the whole ("115 casualties including ... 55 injured"), a displacement that
explicitly combines both sides of the border (``displaced``) and one that stays inside it, fractions that are never
counts, and a verb's particle that is no hedge ("hand over 33 hostages")."""

from __future__ import annotations

import pytest

from tests.pipeline.test_figures_outlets import Gold, assert_figures

# (sentence, the figures a reader finds in it, figures a reader may or may not count)
CASES = [
    # -- swaps: both halves are released --
    # https://theeenews.com/israel-releases-39-palestinian-prisoners-in-exchange-for-24-israelis-held-by-hamas/
    ("The terms of the exchange encompass the liberation of 50 Israeli hostages in return for 150-300 Palestinian "
     "prisoners currently held in Israeli prisons.",
     [Gold(50, "released"), Gold(150, "released", "at_least"), Gold(300, "released", "up_to")], []),
    # https://www.devdiscourse.com/article/law-order/3248843-freedom-in-exchange-prisoners-released-amid-israel-hamas-ceasefire
    ("Israel released 183 Palestinian prisoners on Saturday in a swap for three Israeli hostages held by Hamas.",
     [Gold(183, "released"), Gold(3, "released")], []),
    # https://www3.nhk.or.jp/nhkworld/en/news/20240608_13/
    ("Israeli forces rescued four hostages on Saturday who were detained by Hamas for the past eight months, saying "
     "that they are in good health.", [Gold(4, "released")], []),
    # -- hostages held, taken, dead --
    # https://www.channelstv.com/2024/06/08/four-israeli-hostages-from-hamas-attacks-rescued-in-gaza/
    ("During their October 7 attack on the music festival and other areas of southern Israel, militants took 251 "
     "hostages, 116 of whom now remain in the Palestinian territory, including 41 the army says are dead.",
     [Gold(251, "detained")], [Gold(116, "detained"), Gold(41, "detained"), Gold(41, "killed")]),
    # https://www.theyeshivaworld.com/news/israel-news/2465870
    ("Following this, the remains of 11 hostages are still being held in Gaza.", [Gold(11, "killed")], []),
    # https://mdntvlive.com/?p=75618
    ("Under the first stage of the U.S.-brokered ceasefire deal, Hamas agreed to release 20 living and 28 deceased "
     "hostages.", [Gold(20, "released"), Gold(28, "bodies_returned")], []),
    # https://rtvonline.com/english/international/267254
    ("The deal foresaw that Hamas should hand over 33 hostages, including eight dead bodies, by March 1, while Israel "
     "was to free altogether 1,900 Palestinians.",
     [Gold(33, "released", "exact"), Gold(8, "bodies_returned"), Gold(1900, "released")], []),
    ("A Hamas source said the Palestinian prisoners released overnight included 445 men and 24 women and minors "
     "detained in Gaza, as well as 151 prisoners serving life sentences for deadly attacks on Israelis.",
     [Gold(445, "released"), Gold(24, "released"), Gold(151, "released")], []),
    # -- tolls: the whole and its parts --
    # https://baztab.news/article/1086247
    ("US-led coalition was responsible for 115 civlian casualties including 60 deaths and 55 injured.",
     [Gold(115, "casualties"), Gold(60, "killed"), Gold(55, "injured")], []),
    # https://www.urdupoint.com/en/world/zelensky-says-russia-mercilessly-killing-ci-1646778.html
    ("The strikes killed at least five people and 16 others were in hospitals with injuries, the Kherson city council "
     "said.", [Gold(5, "killed", "at_least"), Gold(16, "injured")], []),
    # https://www.cntv.cn/lm/942/15/85977.html
    ("So far, 12 war correspondents have lost their lives.", [Gold(12, "killed")], []),
    # -- running totals and copulas --
    # https://romper.com/p/paris-terrorist-attack-death-toll-updated-by-french-prosector-with-expectations-that-it-will-rise-still-1240
    ("The death toll currently sits at about 130, with over 350 wounded.",
     [Gold(130, "killed", "about"), Gold(350, "injured", "more_than")], []),
    # https://www.laprensalatina.com/death-toll-from-pakistan-suicide-bombing-on-political-rally-rises-to-63/
    ("\"The death toll has risen to 63 and around 120 are still under treatment in different hospitals,\" police "
     "spokesperson Israr Khan told EFE.", [Gold(63, "killed"), Gold(120, "injured", "about")], []),
    # https://menafn.com/1109044518/Health-Ministry-In-Gaza-Says-27-Killed-In-24-Hours
    ("The health Ministry in Hamas-run Gaza said on Monday that 27 people were killed in the Palestinian territory in "
     "the past 24 hours, taking the overall death toll of the war to 45,541.",
     [Gold(27, "killed"), Gold(45_541, "killed")], []),
    # https://www.wftv.com/news/world/deaths-is-bombing/UX3PUGXVE3YAYTYRLNMWJBPPEU/ (discharged are no figure)
    ("Nearly 200 people were wounded and 80 have been discharged.", [Gold(200, "injured", "about")], []),
    # -- displaced: both sides of the border, or one --
    # https://thenationonlineng.net/over-four-million-ukrainian-refugees-have-fled-war-says-un/
    ("UNHCR, the UN refugee agency, said 4,019,287 Ukrainians had fled across the country's borders since the "
     "February 24 invasion, with more than 2.3 million having headed west into Poland.",
     [Gold(4_019_287, "refugees"), Gold(2_300_000, "refugees", "more_than")], []),
    # https://worldbulletin.dunyabulteni.net/world/refugees-fleeing-war-in-ukraine-projected-to-exceed-8m-h212956.html
    ("Mantoo said that the number of internally displaced people in Ukraine is 7.7 million, adding to more than 5.2 "
     "million fleeing to other countries.",
     [Gold(7_700_000, "internally_displaced"), Gold(5_200_000, "refugees", "more_than")], []),
    # http://nysepost.com/number-of-global-displaced-up-to-65-6-million-last-year-360416
    ("Syria's six-year civil war remains the largest single cause of displacement, with 12 million people - around "
     "two-thirds of the population - either uprooted within the country or fleeing overseas, the group said.",
     [Gold(12_000_000, "displaced")], []),
    ("The record number includes 22.5 million refugees, 40.3 million internally displaced people and 2.8 million "
     "asylum seekers.",
     [Gold(22_500_000, "refugees"), Gold(40_300_000, "internally_displaced"), Gold(2_800_000, "refugees")], []),
    # https://www.vanguardngr.com/tag/displaced/
    ("Conflict forced more than 10 million people to flee their homes to live elsewhere within their own country "
     "last year, bringing the total number of people internally displaced by violence to a record high, monitors "
     "said Friday.", [Gold(10_000_000, "internally_displaced", "more_than")], []),
    # https://newssummedup.com/summary/Monitors-Record-50m-people-displaced-internally-fgdw0g
    ("The report found that conflict forced 8.5 million IDPs to flee last year in countries like Syria, the "
     "Democratic Republic of Congo, Ethiopia and South Sudan.", [Gold(8_500_000, "internally_displaced")], []),
    # http://outlookafghanistan.net/international_detail.php?post_id=28966
    ("Strikes over the weekend sent about 2,500 people into northern Thailand's Mae Hong Son province, according to "
     "the agency.", [Gold(2500, "refugees", "about")], []),
    # https://owsa.in/from-exit-to-return-30000-ukrainians-returning-home-daily/ (the pool is people in need)
    ("Humanitarians have reached 2.1 million of some 12 million people in need in the country.",
     [Gold(12_000_000, "in_need", "about")], [Gold(2_100_000, "assisted"), Gold(2_100_000, "in_need")]),
    # https://www.republicworld.com/world-news/africa/un-shares-alarming-numbers-as-it-provides-food-aid-to-ethiopias-tigray-region-under-wfp.html
    ("Since April, it has managed to access all 13 districts of Northwestern and assisted 885,000 people.",
     [Gold(885_000, "assisted")], []),
    ("Tomson Phiri, World Food Programme spokesman told reporters in Geneva that 5.2 million people need food "
     "assistance due to the conflict in Tigray.", [Gold(5_200_000, "in_need")], []),
    # -- a count "in" a smaller number is no share ("one in five") --
    # https://cuu.coron.tech/news/312723202458019947359
    ("Since the Russian invasion, more than 3,000 Ukrainians have already been released as part of 50 exchanges.",
     [Gold(3000, "released", "more_than")], []),
    # -- arrests counted as events are people detained --
    # http://en.aswatmasriya.com/news/details/16774
    ("In its latest statement, the Front documented at least 238 arrests on Monday across Egypt's provinces which "
     "were mostly in Cairo and Giza.", [Gold(238, "detained", "at_least")], []),
    # -- a headline verb the tagger took for the noun counted --
    # https://eastleighvoice.co.ke/regional/233794/over-15000-flee-sudans-el-fasher-amid-rsf-attacks-on-civilians
    ("Over 15,000 flee Sudan's El Fasher amid RSF attacks on civilians",
     [Gold(15_000, "internally_displaced", "more_than")], []),
    # https://reliefweb.int/report/somalia/somalia-humanitarian-snapshot-5-february-2018
    ("Over 2.1 million people are displaced - one million of these in 2017.",
     [Gold(2_100_000, "internally_displaced", "more_than")], [Gold(1_000_000, "internally_displaced")]),
]


@pytest.mark.parametrize("sentence, golds, optional", CASES, ids=[c[0][:50] for c in CASES])
def test_figure_measure(run, sentence, golds, optional) -> None:
    assert_figures(list(run(sentence).figures), golds, optional)
