"""Events round 13: recall of accusations, rejections, threats and requests (PLOVER ACCUSE, REJECT,
THREATEN, REQUEST) in wire reports of several conflicts.

- mutual accusations ("Armenia and Azerbaijan have accused each other of violating ...", "traded
  accusations") are one event of the two parties, one the actor and the other the target (the scorer
  matches any actor and any target, as the gold codes both parties on both sides);
- to emphasize, underline or reiterate that another party is responsible accuses it, as to say so does
  ("Kanaani emphasized that the Israeli government is fully responsible");
- a denial of an act named by a noun and no party ("denied involvement in the war") is a rejection that
  happened, as a denial of allegations is;
- to come (back) to the negotiating table is to take part in talks, so "will not return to the
  negotiating table" refuses them;
- a vowed or promised response to another's attack threatens force ("vowed a swift and forceful
  response", "promised to respond to any invasion", "would respond to an attack with full force"); a
  response given ("responded to the attack with airstrikes") is coded by the act it was given with;
- sentences that only name accusations, threats or refusals without a party making them code none.

Each case is a sentence from a news page, with its address; "fit" cases guided the rules, "aside"
cases were only scored. A check is (TYPE, actor, target): an event of that type with the type's
usual status (ACCUSE, REJECT: occurred; REQUEST: demanded; THREATEN: occurred or pledged) whose actor
and target (None: any) are named by one of the "|"-separated alternatives; ("-TYPE", None, None)
requires that no event of that type is coded.
"""

from __future__ import annotations

import pytest

from parley.extract import extract
from parley.models import Extraction
from tests.pipeline.event_support import coded_parties, named, party_names

STATUSES = {"ACCUSE": {"occurred"}, "REJECT": {"occurred"}, "REQUEST": {"demanded"},
            "THREATEN": {"occurred", "pledged"}}


def _holds(ex: Extraction, check: tuple[str, str | None, str | None]) -> bool:
    type_, actor, target = check
    if type_.startswith("-"):
        return not [e for e in ex.events if e.type == type_[1:]]
    return any(e.type == type_ and e.status in STATUSES[type_] and actor is not None
               and named(actor, party_names(ex, e.actors))
               and (target is None or named(target, party_names(ex, e.targets))) for e in ex.events)


ASIDE = pytest.mark.xfail(strict=False, reason="aside check case, not diagnosed")

CASES = [
    # --- mutual and reported accusations
    pytest.param(
        'Azerbaijan and Armenia on Saturday accused each other of swiftly violating the terms of a '
        'ceasefire agreement in Nagorno–Karabakh .',
        [('ACCUSE', 'Azerbaijan|Armenia', 'Armenia|Azerbaijan')],
        id='fit https://vovworld.vn/en-US/news/armenia-azerbaijan-accuse-each-other-of-violating-ceasefire-910604.vov'),
    pytest.param(
        'Armenia and Azerbaijan have accused each other of violating the latest ceasefire over the disputed '
        'territory of Nagorno-Karabakh, minutes after it came into effect on Monday, according to the BBC.',
        [('ACCUSE', 'Armenia|Azerbaijan', 'Azerbaijan|Armenia')],
        id='aside https://conflictandwarreport.com/united-states-and-canada/u-s-mediated-ceasefire-in-nagorno-karabakh-erodes-in-minutes',
        marks=ASIDE),
    pytest.param(
        'Armenia’s defense ministry said Azerbaijani artillery had fired on military positions in various '
        'parts of the front line after the ceasefire agreement had begun.',
        [('ACCUSE', 'Armenia', 'Azerbaijan')],
        id='fit https://conflictandwarreport.com/united-states-and-canada/u-s-mediated-ceasefire-in-nagorno-karabakh-erodes-in-minutes',
        marks=pytest.mark.xfail(strict=False, reason="a party's report of another's strike on it is not coded ACCUSE: tried ('say the other side struck'), it added spurious accusations on dev and held-out and was reverted")),
    pytest.param(
        'The Armenian defence ministry accused Azerbaijan of shelling a settlement inside Armenia, while '
        'ethnic Armenian forces in Nagorno-Karabakh alleged that Azeri forces had launched a new offensive '
        'five minutes after the truce took hold.',
        [('ACCUSE', 'Armenia', 'Azerbaijan')],
        id='fit https://vovworld.vn/en-US/news/armenia-azerbaijan-accuse-each-other-of-violating-ceasefire-910604.vov'),
    pytest.param(
        'In response to the allegations, the South Sudanese government also accused the rebels of violating '
        'the ceasefire as armed forces were attacked in two areas in Unity state.',
        [('ACCUSE', 'South Sudan', None)],
        id='fit https://business-standard.com/article/news-ians/accusations-of-ceasefire-violation-in-south-sudan-114051200605_1.html'),
    pytest.param(
        "India's Foreign Secretary Vikram Misri stated that Pakistan had repeatedly violated the ceasefire "
        'understanding and that Indian armed forces were responding appropriately.',
        [('ACCUSE', 'Misri|India', 'Pakistan')],
        id='fit https://dailydigest360.com/feed/6309747/india-pakistan-ceasefire-deal-strained-accusations-fly-as-both-sides-allege-border-violations-after-agreement'),
    pytest.param(
        'NLF spokesman Mustafa accused the Russians of scuppering the months-long ceasefire with Monday\'s '
        'air strikes.',
        [('ACCUSE', 'NLF|Mustafa|National Liberation', 'Russia')],
        id='aside https://www.gulf-times.com/story/676408/Syria-rebels-retaliate-after-deadly-Russia-strike',
        marks=ASIDE),
    pytest.param(
        'NAIROBI, Dec 6 (AFP) - Rwandan rebels have accused government forces of massacring civilians to '
        'undermine the formation of a broad-based coalition government under peace accords signed in August.',
        [('ACCUSE', 'rebel|Rwanda', None)],
        id='fit https://francegenocidetutsi.com/fgtshowdoc.php?num=34926'),
    pytest.param(
        "KINSHASA, Congo (AP) - President Laurent Kabila's government accused rebels Saturday of renewing "
        'attacks against two towns, including one near Kabila\'s birthplace, violating a month-old '
        'cease-fire, state radio reported.',
        [('ACCUSE', 'Kabila|Congo', None)],
        id='fit http://amarillo.com/stories/1999/10/10/usn_LA0583.001.shtml',
        marks=pytest.mark.xfail(strict=False, reason="the dateline 'KINSHASA, Congo (AP) -' breaks the parse: the subject of 'accused' becomes an appositive")),
    pytest.param(
        'Speaking to several international news agencies, Mr. Bemba accused Congolese government troops of '
        'attacking his positions in north-western Congo on several occasions, including a bombing raid on '
        'his headquarters, Gbadolite.',
        [('ACCUSE', 'Bemba', 'Congo')],
        id='aside https://www.globalsecurity.org/military/library/news/1999/11/991107-congo1.htm',
        marks=ASIDE),
    pytest.param(
        'Kanaani emphasized that the Israeli government is fully responsible "for this crime and for the '
        'consequences of this aggression," the statement read.',
        [('ACCUSE', 'Kanaani', 'Israel')],
        id='fit https://sputniknews.com/20220805/iranian-foreign-ministry-strongly-condemns-israeli-airstrikes-in-gaza-strip-1098287450.html'),
    pytest.param(
        'Iranian Foreign Ministry spokesman Nasser Kanaani strongly condemned on Friday the Israeli '
        'airstrikes in the Gaza Strip.',
        [('ACCUSE', 'Kanaani|Iran', 'Israel')],
        id='fit https://sputniknews.com/20220805/iranian-foreign-ministry-strongly-condemns-israeli-airstrikes-in-gaza-strip-1098287450.html'),
    pytest.param(
        'South Sudanese rebels on Tuesday rejected UN accusations they massacred "hundreds" of civilians in '
        'ethnic killings when they captured a key oil town last week, turning the blame instead on the '
        'government.',
        [('ACCUSE', 'UN|United Nations', None)],
        id='aside https://english.ahram.org.eg/NewsContent/2/8/99564/World/Region/SSudan-rebels-deny-massacres,-blame-government.aspx',
        marks=ASIDE),
    pytest.param(
        'South Sudan’s government and rebels traded accusations Sunday that each had breached a ceasefire '
        'deal by attacking the other, but insisted they were committed to ending weeks of brutal conflict.',
        [('ACCUSE', 'South Sudan', None)],
        id='fit https://archive.almanar.com.lb/english/article.php?id=132482'),
    # --- rejections, refusals, denials
    pytest.param(
        'The Pakistan Taliban said Wednesday it will not extend a cease-fire with the Pakistani government, '
        'six days after a weeks-long pause in hostilities officially ended.',
        [('REJECT', 'Taliban|TTP', None)],
        id='fit http://www.cnn.com/2014/04/16/world/asia/pakistan-taliban-talks/index.html'),
    pytest.param(
        "Officials in the Israeli Prime Minister's office said that Prime Minister Ariel Sharon has rejected "
        'the peace proposal put forth by Palestinian Legislative Council Speaker Ahmed Qurei (Abu Ala), '
        'Israeli Radio reported Thursday.',
        [('REJECT', 'Sharon|Israel', None)],
        id='fit http://en.people.cn/english/200104/12/print20010412_67592.html'),
    pytest.param(
        'The Lord\'s Resistance Army rebels say they will not return to the negotiating table, until the '
        'Ugandan government joins them in declaring a cease-fire.',
        [('REJECT', "Lord's Resistance|LRA", None)],
        id='fit https://www.voanews.com/a/a-13-2006-08-10-voa32/320810.html',
        marks=pytest.mark.xfail(strict=False, reason='the REJECT is coded, but the actor is named \'Resistance Army\' (the actors stage drops "Lord\'s")')),
    pytest.param(
        'El-Nur, who enjoys widespread support among the Fur ethnic group, refused to sign an internationally '
        'brokered peace deal with the Sudanese government in May 2006 in Abuja, Nigeria, rendering the '
        'so-called Darfur Peace Agreement largely meaningless.',
        [('REJECT', 'Nur', None)],
        id='fit https://www.theguardian.com/world/2007/aug/05/sudan.theobserver'),
    pytest.param(
        "Conversely, Pakistan's Information Minister Attaullah Tarar denied any violations of the agreement.",
        [('REJECT', 'Tarar|Pakistan', None)],
        id='aside https://dailydigest360.com/feed/6309747/india-pakistan-ceasefire-deal-strained-accusations-fly-as-both-sides-allege-border-violations-after-agreement',
        marks=ASIDE),
    pytest.param(
        'Burundi denied involvement in the war, although Congo\'s government said it has evidence troops and '
        'equipment from the country were sent to aid the rebels.',
        [('REJECT', 'Burundi', None)],
        id='fit http://amarillo.com/stories/1999/10/10/usn_LA0583.001.shtml'),
    pytest.param(
        'Leaders of the New Forces say they will not attend the meeting, describing it as the president\'s '
        'attempt to stall before launching a full-fledged war against them.',
        [('REJECT', 'New Forces', None)],
        id='aside https://www.voanews.com/a/a-13-a-2004-06-27-9-1-66349717/545595.html',
        marks=ASIDE),
    pytest.param(
        'However, yesterday’s announcement by the Justice and Equality Movement and SLA-Unity rebel groups '
        'that they will boycott the peace talks was a major blow to negotiations the U.N. hoped could reach a '
        'lasting peace agreement for Darfur.',
        [('REJECT', 'Justice and Equality|JEM', None)],
        id='aside https://www.nysun.com/article/foreign-darfur-groups-boycott-talks',
        marks=ASIDE),
    # --- threats
    pytest.param(
        'The National Liberation Front (NLF), an umbrella group rebels based in Idlib that includes Faylaq '
        'al-Sham, vowed retaliation.',
        [('THREATEN', 'NLF|National Liberation', None)],
        id='fit https://www.gulf-times.com/story/676408/Syria-rebels-retaliate-after-deadly-Russia-strike'),
    pytest.param(
        'Following the Israeli attack, Ziyad Nakhalah, the leader of Palestinian Islamic Jihad, threatened '
        'to retaliate by launching a missile attack on Tel Aviv.',
        [('THREATEN', 'Nakhalah|Islamic Jihad', None)],
        id='fit https://sputniknews.com/20220805/iranian-foreign-ministry-strongly-condemns-israeli-airstrikes-in-gaza-strip-1098287450.html'),
    pytest.param(
        'The Syrian military did not comment directly on the attack, but had vowed the pilot’s killing would '
        '“not go unpunished.”',
        [('THREATEN', 'Syria', None)],
        id='fit http://news.antiwar.com/2016/07/03/31-killed-in-syrian-revenge-airstrikes-against-rebel-town/'),
    pytest.param(
        'Syrian rebels, including a former al-Qaeda affiliated group, have vowed to take revenge on the Assad '
        'regime for killing scores of civilians in deadly a gas attack.',
        [('THREATEN', 'rebel|Syria', None)],
        id='fit https://english.alaraby.co.uk/english/news/2017/4/5/ignite-the-fronts-syrian-rebels-seek-gas-attack-vengeance'),
    pytest.param(
        "Nigeria's major militant group in the oil rich Niger Delta region the Movement for the Emancipation "
        'of the Niger Delta (MEND) threatened on Wednesday that it would immediately call off their just '
        'announced cease-fire if the government steps up its forces in the region.',
        [('THREATEN', 'MEND|Emancipation', None)],
        id='fit http://news.xinhuanet.com/english/2009-07/15/content_11714163.htm'),
    pytest.param(
        'Shillong, June 29 (IANS) The A’chik National Volunteers Council (ANVC), a powerful rebel group in '
        'Meghalaya, Tuesday threatened to go back to the jungles if the government refused to indefinitely '
        'extend the ceasefire, which expires Wednesday.',
        [('THREATEN', 'ANVC|National Volunteers', None)],
        id='aside https://dainikdisha.com/india/anvc-threatens-return-to-jungles-if-ceasefire-not-extended',
        marks=ASIDE),
    pytest.param(
        'Seoul - US has vowed a “swift and forceful” response should North Korea conduct another nuclear '
        'test, following Pyongyang\'s latest ballistic missile launch over the weekend, which was matched by '
        'a similar show of force from Washington and Seoul.',
        [('THREATEN', 'US|United States', None)],
        id='fit https://cnewsliveenglish.com/news/21180/us-warns-of-forceful-response-if-north-korea-conducts-nuclear-test-sm'),
    pytest.param(
        'US Secretary of State Anthony Blinken promised Thursday to respond to “any” invasion by Russian '
        'forces on the Ukrainian border, after President Joe Biden sparked criticism that a “limited” raid '
        'might warrant a minor response.',
        [('THREATEN', 'Blinken|US|United States', None)],
        id='aside https://asumetech.com/washington-vows-to-respond-to-any-russian-violation-of-the-ukrainian-border/',
        marks=ASIDE),
    pytest.param(
        'WARSAW — NATO Secretary-General Mark Rutte on Wednesday stressed that the transatlantic military '
        'alliance would respond to an attack with “full force.”',
        [('THREATEN', 'Rutte|NATO', None)],
        id='aside https://www.politico.eu/article/nato-vladimir-putin-attack-poland-response-devastating/',
        marks=ASIDE),
    # --- requests
    pytest.param(
        'UN chief Ban Ki-moon has appealed to Israelis and Palestinians to "exercise prudence" and avoid '
        '"unilateral" steps that would lessen the prospects to resume negotiations after the latest '
        'downturn in the Middle East peace process.',
        [('REQUEST', 'Ban|UN|United Nations', 'Israel')],
        id='fit https://business-standard.com/article/international/un-chief-urges-continued-focus-on-middle-east-peace-efforts-114050200403_1.html',
        marks=pytest.mark.xfail(strict=False, reason="the REQUEST is coded, but the plural demonym 'Israelis' is no actor (actors stage)")),
    pytest.param(
        'New York: United Nations Secretary-General Antonio Guterres on Friday reiterated his urgent appeal '
        'for a ceasefire in Sudan, emphasizing the need to protect civilians from further entrapment in an '
        'increasingly complex and dire situation.',
        [('REQUEST', 'Guterres|UN|United Nations', None)],
        id='fit https://menafn.com/1108843154/UN-Chief-Renews-Call-For-Ceasefire-In-Sudan'),
    pytest.param(
        'In his statement, Guterres called on all parties involved in the Sudanese conflict to allow safe, '
        'immediate, and unrestricted humanitarian access to civilians in need.',
        [('REQUEST', 'Guterres', None)],
        id='fit https://menafn.com/1108843154/UN-Chief-Renews-Call-For-Ceasefire-In-Sudan'),
    pytest.param(
        'MOSCOW (Sputnik) — The United Nations and the World Health Organization (WHO) on Monday urged '
        'warring parties in Syria to provide immediate and unconditional access to thousands of civilians in '
        'besieged and hard-to-reach areas.',
        [('REQUEST', 'United Nations|UN|WHO|World Health', None)],
        id='aside https://sputniknews.com/middleeast/201701161049631675-un-who-humanitarian-access/',
        marks=ASIDE),
    pytest.param(
        'Vice president of Southern Sudan and chief mediator Reik Machar has urged top rebel leaders Joseph '
        'Kony and Vincent Otti to attend the talks.',
        [('REQUEST', 'Machar', 'Kony|Otti')],
        id='fit https://www.voanews.com/a/a-13-2006-08-10-voa32/320810.html'),
    pytest.param(
        'Misri called on Pakistan to address the violations with seriousness and responsibility, emphasizing '
        'that the armed forces were maintaining a strong vigil.',
        [('REQUEST', 'Misri', 'Pakistan')],
        id='aside https://dailydigest360.com/feed/6309747/india-pakistan-ceasefire-deal-strained-accusations-fly-as-both-sides-allege-border-violations-after-agreement',
        marks=ASIDE),
    # --- no such event
    pytest.param(
        'The mutual accusations highlight the deep distrust and animosity between the two countries.',
        [('-ACCUSE', None, None)],
        id='fit https://newsusahub.com/news/russia-and-ukraine-trade-accusations-of-ceasefire-violations'),
    pytest.param(
        'There was no independent confirmation of the attacks, and neither the rebels nor their allies were '
        'immediately available for comment.',
        [('-ACCUSE', None, None), ('-REJECT', None, None)],
        id='fit http://amarillo.com/stories/1999/10/10/usn_LA0583.001.shtml'),
    pytest.param(
        "Neither the government's nor the rebels' claims could be independently verified.",
        [('-ACCUSE', None, None), ('-REJECT', None, None)],
        id='fit https://www.latimes.com/archives/la-xpm-2000-mar-23-mn-11804-story.html'),
    pytest.param(
        "Pakistan's government has not yet issued a response to the announcement, Interior Ministry "
        'spokesman Danial Gillani said Wednesday.',
        [('-REJECT', None, None)],
        id='fit http://www.cnn.com/2014/04/16/world/asia/pakistan-taliban-talks/index.html'),
    pytest.param(
        'Lyngdoh said the state government had no objection to the ANVC proposal of ceasefire extension.',
        [('-REJECT', None, None)],
        id='fit https://dainikdisha.com/india/anvc-threatens-return-to-jungles-if-ceasefire-not-extended'),
    pytest.param(
        'The fighting over the last six weeks marks the most violent confrontation between Israel and Hamas '
        'militants since the second Palestinian intifada, or uprising, from 2000-2005.',
        [('-THREATEN', None, None), ('-ACCUSE', None, None)],
        id='aside https://www.yerepouni-news.com/2014/08/21/u-n-council-urges-israel-palestinians-to-resume-talks/',
        marks=ASIDE),
    pytest.param(
        'Factors hindering an agreement include the inability among the rebel factions to agree on their own '
        'negotiating terms and the lack of security in the country.',
        [('-REJECT', None, None)],
        id='aside https://www.pbs.org/newshour/world/africa-july-dec07-darfur_10-29',
        marks=ASIDE),
    pytest.param(
        'The UN estimates 700,000 people, including 300,000 children, are trapped in 15 besieged zones across '
        'the country, with nearly five million civilians living in areas that are hard to reach due to '
        'fighting and restricted access.',
        [('-REQUEST', None, None), ('-ACCUSE', None, None)],
        id='aside https://sputniknews.com/middleeast/201701161049631675-un-who-humanitarian-access/',
        marks=ASIDE),
    pytest.param(
        'It was unclear about how long the ceasefire will last.',
        [('-THREATEN', None, None), ('-REJECT', None, None)],
        id='fit https://vovworld.vn/en-US/news/armenia-azerbaijan-accuse-each-other-of-violating-ceasefire-910604.vov'),
]


@pytest.mark.parametrize(("text", "checks"), CASES)
def test_events_recall_accusations_rejections_threats_requests(
        text: str, checks: list[tuple[str, str | None, str | None]]) -> None:
    ex = extract(text)
    for check in checks:
        assert _holds(ex, check), (check, coded_parties(ex))
