"""Who reports a figure when the source is stated in a less common way (docs/annotation.md §3, `source`): the
agent of a passive reporting verb ("registered by the Gaza Ministry of Health"), a participle reporting for the
subject of its clause ("issued a joint statement ..., asserting that"), a relative clause standing for a report
("a report issued by X that put the death toll at 45,000"), closing speakers after long clauses, a pronoun
speaker resolved from the sentence before, and outlets that relay a figure without giving it. Real sentences
from varied outlets and conflicts, each with its URL."""

from __future__ import annotations

import pytest

from parley.extract import extract

# (url, text, {value: a word the source must contain, or None where the figure must have no source})
CASES = [
    ("https://www.lankatimes.com/the-hamas-run-health-ministry-says-more-than-30000-people-have-been-killed-in-gaza/",
     "More than 70,000 wounded have been registered by the Gaza Ministry of Health, the only official source of "
     "casualties.", {70000: "ministry"}),
    ("https://ru24.pro/english/386380158",
     "Meanwhile, relatives of the victims have issued a joint statement on Sunday, asserting that at least 400 people "
     "were killed.", {400: "relatives"}),
    ("http://abcnewsradioonline.com/world-news/tag/death-toll",
     "This represents a huge increase in killings from a report issued by the Syrian Observatory for Human Rights "
     "earlier this week that put the death toll from 22 months of fighting at 45,000.", {45000: "observatory"}),
    ("http://abcnewsradioonline.com/world-news/tag/death-toll",
     "Pillay said the U.N. conducted an \"exhaustive analysis\" of the violence based on seven data sets, putting the "
     "number of dead at around 59,650 as of the end of November 2012.", {59650: "pillay"}),
    ("https://globalrubbermarkets.com/2023/11/21/russian-missiles-killed-one-wound-six-in-east-ukraine-minister/",
     "KYIV (Reuters) – One person was killed and six were wounded in overnight missile attacks on Ukraine’s eastern "
     "Donetsk region, Ukraine’s interior minister said on Tuesday.", {1: "minister", 6: "minister"}),
    ("https://www.artsakhpress.am/eng/news/175791/",
     "At least 16 people, including two children, lost their lives in the incident, Igor Klimenko, the head of "
     "Ukraine’s National Police, wrote on Telegram. Nine victims were on board the helicopter, he added.\n\n"
     "Another 22 people, including ten children, were injured, Klimenko said.",
     {16: "klimenko", 9: "klimenko", 22: "klimenko"}),
    ("https://coptsunited.com/Details.php?I=892&A=10380",
     "The Ministry of Health reported on Thursday that 11 people had died and 516 were injured at rallies across "
     "Egypt on Wednesday.", {11: "ministry", 516: "ministry"}),
    ("https://en.azvision.az/news/86712/&nbsp;gaza-health-ministry-releases-latest-death-toll.html",
     "The Gaza Health Ministry says the Palestinian death toll in Gaza border protests has risen to 58, including 57 "
     "people killed by Israeli army fire and a baby who died from tear gas inhalation, US news reports. The ministry "
     "says six of those killed by gunshots were minors. It says more than 2,700 people were injured Monday, including "
     "1,360 by live fire.", {58: "ministry", 2700: "ministry", 1360: "ministry"}),
    ("https://www.dubaionline.media/12-killed-and-at-least-31-injured-in-an-islamic-state-attack-on-a-ministry-in-kabul/",
     "At least 12 people were killed and 31 wounded on Monday in a suicide attack targeting employees who were leaving "
     "the Ministry of Rural Rehabilitation and Development in Kabul, officials told EFE.",
     {12: "officials", 31: "officials"}),
    ("https://avapress.com/en/151585/More-Than-7-000-Afghan-Civilians-Killed-Injured-in-2019-MoI",
     "According to MoI report, 2,219 civilians were killed another 5,170 were wounded in 2019.",
     {2219: "moi", 5170: "moi"}),
    ("https://dawn.com/news/1784365/previous-tolls-given-by-gaza-ministry-termed-credible",
     "Lazzarini said 57 UNRWA staff had been killed since Oct 7, explaining how the agency’s toll reflected the "
     "broader casualty rate in Gaza.", {57: "lazzarini"}),
    ("https://steemit.moecki.online/important/@new4uu/ukraine-minister-198-killed-1000-wounded-or-or-news-26-02-2022",
     "Health minister Viktor Lyashko said Saturday that there were three children among those killed. His statement "
     "made it unclear whether the casualties included both military and civilians.\n\nHe said another 1,115 people, "
     "including 33 children were wounded in the Russian invasion that began Thursday with massive air and missile "
     "strikes and troops forging into Ukraine from the north, east and south.", {1115: "lyashko", 33: "lyashko"}),
    ("https://www.chokhleipar.info/2024/03/01/over-30000-people-have-died-in-gaza-according-to-the-health-ministry-headed-by-hamas/",
     "Since October 7, more than 30,000 Palestinians have died in Gaza, according to the health ministry, which is "
     "controlled by Hamas.", {30000: "ministry"}),
    ("https://www.irishexaminer.com/world/arid-10031138.html",
     "On Friday, the World Health Organisation estimated that at least 70,000 people had died in the camps, most "
     "because of poor conditions.", {70000: "world health"}),
    ("https://www.english.alahednews.com.lb/essaydetails.php?eid=72911&cid=538",
     "From mid-May to mid-July, the UNHCR recorded over 300 deaths from measles and malnutrition, mainly among "
     "children under 5, Spindler said, speaking to reporters in Geneva on Tuesday.", {300: "unhcr"}),
    ("https://en.m.wikinews.org/wiki/Spokesman:_At_least_55_dead_after_violence_in_Darfur,_Sudan",
     "According to Mohammed Issa Aliou, a spokesman for the Rezeigat tribe in Darfur, Sudan, at least 55 people have "
     "been killed in the city after clashes with the Southern Sudanese army.", {55: "aliou"}),
    ("https://www.shine.cn/news/world/2406078435/",
     "He also said that the International Organization for Migration warns that the number of people displaced by "
     "conflict inside Sudan could top 10 million in the coming days.", {10000000: "migration"}),
    ("https://www.yemenextra.net/2019/03/21/health-ministry-reveals-latest-statistics-of-aggression-victims-over-4-years/",
     "The ministry’s spokesman said that there were also victims from doctors and medical cadres, whose number "
     "amounted to 103 dead and 245 wounded.", {103: "spokesman", 245: "spokesman"}),
    ("https://pasbanan.com/en/more-than-40-people-were-killed-and-injured-in-kabul-suicide-attack/",
     "Abdul Wahid Majroh Spokesman of the ministry told media that up to now 12 people have lost their life and 31 "
     "other got injured.", {12: "majroh", 31: "majroh"}),
    ("https://covid-19.chinadaily.com.cn/world/2013-05/14/content_16497122.htm",
     "TRIPOLI - At least three people were killed and six others wounded after an explosion hit on Monday a hospital "
     "car park in Libya's eastern city of Benghazi, a medical source told Xinhua, while official death toll is still "
     "unavailable.", {3: "medical source", 6: "medical source"}),
    ("https://entrepreneurmirror.com/myanmar-has-the-most-landmine-casualties-worldwide-group",
     "According to the ICBL’s most recent Landmine Monitor report, there were 580 landmine casualties in Ukraine, 651 "
     "in Afghanistan, and 933 in Syria.", {580: "icbl", 651: "icbl", 933: "icbl"}),
    ("http://yemenwatch.net/essay.php?id=15937&cid=126&english=1",
     "The figure of 10,000 used by the United Nations is outdated and nowhere near the likely true fatality figure of "
     "60,223, according to UK-based independent research group Armed Conflict Location & Event Data Project (ACLED).",
     {60223: "acled"}),
    ("http://yemenwatch.net/essay.php?id=15937&cid=126&english=1",
     "Save the Children charity says some 85,000 may have died from starvation since 2016.",
     {85000: "save the children"}),
    ("https://www.arabnews.pk/node/2320836/world",
     "OSLO: More than 6,000 civilians were killed in Myanmar in the first 20 months after the February 2021 military "
     "coup, a report published Tuesday by the Peace Research Institute of Oslo said.", {6000: "peace research"}),
    ("https://www.arabnews.pk/node/2320836/world",
     "Since then, the junta has carried out a large-scale repression of any opposition, arresting more than 23,000 "
     "people according to a local watchdog.", {23000: "watchdog"}),
    ("https://www.bignewsnetwork.com/news/272551450/myanmar-the-deadliest-place-for-protestors-acled",
     "According to the UN Office for the Coordination of Humanitarian Affairs (OCHA), 578,200 people have fled their "
     "homes since the military junta staged the coup in February 2021.", {578200: "ocha"}),
    ("https://ispmyanmar.com/over-2300-civilians-killed-within-a-year-of-the-coup/",
     "According to records provided by the Assistance Association for Political Prisoners (AAPP), and data compiled by "
     "ISP-Myanmar, a total of at least 2,345 civilians were killed nationwide between February 1, 2021, and April 6, "
     "2022.", {2345: "political prisoners"}),
    # negatives: the outlet relaying a figure, or the verb of the event, is no source
    ("https://www.lankatimes.com/the-hamas-run-health-ministry-says-more-than-30000-people-have-been-killed-in-gaza/",
     "The ministry said in its daily update on Thursday that 81 people were killed in the past 24 hours, bringing the "
     "total to 30,035.", {81: "ministry", 30035: "ministry"}),
    ("https://www.ksl.com/article/46572293",
     "Mali's government now says 35 people died, not 95, citing the governor's office in the Mopti region.",
     {35: "government"}),
]


@pytest.mark.parametrize(("url", "text", "want"), CASES, ids=[f"{i}" for i in range(len(CASES))])
def test_figure_source(url: str, text: str, want: dict[float, str | None]) -> None:
    got = {f["value"]: f["source"] for f in extract(text).to_contract()["figures"]}
    for value, source in want.items():
        assert value in got, (url, value, got)
        if source is None:
            assert got[value] is None, (url, value, got[value])
        else:
            assert got[value] and source in got[value].lower(), (url, value, got[value])
            assert "reuters" not in got[value].lower() and "efe" not in got[value].lower()
