"""Words that report no act of the parties they name, round 13, and the acts beside them that must stay.

Absent: what an accord or a deadline schedules or requires rather than what a party did ("a deadline for
handing over medium and heavy weapons", "a deal under which Hamas must release hostages", "The agreement
stipulates fighting will end"); control an accord grants ("allowed the government to assume control");
crimes "committed" (a participle or a passive of the act, not a commitment); refusals and failures to act
("the government's refusal to release political detainees", "failed to turn up to sign"); calls and
insistence ("urged the warring factions to reach a peace agreement").

Found: agreements, withdrawals, captures, releases and attacks reported as done stay, and so does a
withdrawal an accord provides for, as a pledge (docs/annotation.md §4).
Each case is a sentence from a news page, with its address. "aside" cases were set apart before any rule
was written and were not looked at while writing them.
"""

from __future__ import annotations

import pytest

from tests.pipeline.event_support import assert_absent, assert_found

JTA = 'http://www.jta.org/1993/11/29/archive/israel-says-upcoming-deadline-on-troop-pullout-not-sacrosanct'
PRESSTV = ('https://599046384.r.worldcdn.net/doc/Detail/2025/01/12/740758/'
           'US-%E2%80%98guarantees%E2%80%99-Israeli-withdrawal-from-Lebanon-before-truce-ends--Report')
GEO = 'https://www.geo.tv/latest/203923-syria-state-media-rebels-reportedly-agree-surrender-deal-in-al-quneitra'
LAT = 'https://www.latimes.com/archives/la-xpm-1995-08-09-mn-33237-story.html'
COLLECTOR = 'https://www.collector.com.tr//969350541'
BELGA = 'https://www.belganewsagency.eu/ceasefire-in-gaza-comes-into-effect-israeli-army-begins-withdrawal'
NEWSBYTES = 'https://www.newsbytesapp.com/news/world/gaza-ceasefire-begins-as-idf-completes-partial-withdrawal/story'
NEWTIMES = 'http://newtimes.co.rw/article/101660/amnesty-car-militias-guilty-of-war-crimes/amp'
VON = 'http://von.gov.ng/colombian-armed-forces-final-peace-agreement-imminent/'
VOAL = 'http://a.voalearningenglish.in/7108-Colombia-Rebels-Try-to-End-Five-Decades-of-War.html'
HEYET = ('http://www.heyetnet.org/en/index.php/raporlar/item/'
         '1003-hrw-malikis-government-backed-militias-involve-in-killing-sunni-civilians')
ABS = 'https://news.abs-cbn.com/news/08/22/16/govt-communist-rebels-start-peace-talks-after-truce/'
OAKV = 'http://oakvillesun.sheridanc.on.ca/2014/01/23/south-sudan-signs-ceasefire-with-rebels'
MG = 'https://mg.co.za/article/2008-01-21-drc-govt-rebels-to-sign-ceasefire/'
REPW = 'https://www.republicworld.com/world-news/us-news/us-all-set-to-sign-peace-accord-with-taliban-withdraw-forces.html'
PACH = 'https://pachodo.org/news-from-various-sources/8075-south-sudan-factions-set-to-sign-cease-fire'
VOAH = 'https://www.voahausa.com/a/south-sudan-leaders-try-to-clinch-peace-deal-on-deadline-day/2920861.html'
TOPN = 'http://topnews.in/ugandan-rebel-leader-expected-sign-final-peace-deal-294009'
CHINAGATE = 'http://en.chinagate.cn/2016-08/25/content_39160374.htm'
VOA03 = 'https://www.voanews.com/a/a-13-a-2003-06-29-19-israeli-67465587/385746.html'
ASIANEWS = 'https://asianews.io/2025/10/10/israel-begins-partial-pullback-from-gaza-under-ceasefire-and-hostage-deal/'
VOACOL = 'https://www.voanews.com/a/colombian-governement-rebels-to-resume-peace-talk-negociations/1496939.html'
MILLENNIUM = 'https://www.millenniumpost.in/world/philippine-govt-communist-rebels-agree-to-resume-talks-542166'


def _p(text: str, published: str, absent: str, url: str, aside: bool = False):
    return pytest.param(text, published, absent, id=url + (' [aside]' if aside else '') + ' ' + absent + ' '
                        + text[:30])


# Expectations written before parley was run on any of these sentences.
ABSENT = [
    _p('Prime Minister Yitzhak Rabin has angered Palestinian negotiators by saying that the Dec. 13 deadline for '
       'reaching an agreement on Israeli troop withdrawals from the Gaza Strip and West Bank town of Jericho is not '
       '“engraved in stone.”', '1993-11-29', 'RETREAT', JTA),
    _p('Prime Minister Yitzhak Rabin has angered Palestinian negotiators by saying that the Dec. 13 deadline for '
       'reaching an agreement on Israeli troop withdrawals from the Gaza Strip and West Bank town of Jericho is not '
       '“engraved in stone.”', '1993-11-29', 'AGREE', JTA),
    _p('The agreement which took place in November between the regime and Hezbollah stipulates that Israeli forces '
       'must leave Lebanon within 60 days, by January 26, in return for Hezbollah’s evacuation of the Litani River – '
       'about 30 kilometers (18 miles) from the border – and dismantling any remaining military infrastructure in '
       'the south.', '2025-01-12', 'RETREAT:occurred', PRESSTV, aside=True),
    _p('There would be further negotiations on a deadline for handing over medium and heavy weapons, according to '
       'the agreement sent by the rebel source.', '2018-07-19', 'RETREAT', GEO),
    _p('The deal meets the Palestinians’ demand for a timetable for redeployment but at a slower pace than they had '
       'sought.', '1995-08-09', 'RETREAT', LAT),
    _p('The agreement also allowed the government to assume control of all civilian institutions in the two '
       'governorates, and current employees would be reinstated through decrees.', '2026-01-19', 'ASSAULT',
       COLLECTOR, aside=True),
    _p('The ceasefire granted the Syrian government control over all border crossings as well as oil and gas fields '
       'in the region.', '2026-01-19', 'ASSAULT', COLLECTOR),
    _p('According to the plan presented by former US president Donald Trump, a complete Israeli withdrawal would '
       'only take place once an international security force is deployed in Gaza.', '2025-10-10',
       'RETREAT:occurred', BELGA),
    _p('The move was part of a US-brokered deal under which Hamas must release hostages within 72 hours.',
       '2025-10-10', 'RETREAT:occurred', NEWSBYTES, aside=True),
    _p('About a thousand people were killed over two days in the Central African Republic, according to Amnesty '
       'International, which said that war crimes and crimes against humanity were committed by all parties to the '
       'conflict.', '2013-12-19', 'AGREE', NEWTIMES),
    _p('Human rights groups say atrocities have been committed on all sides.', '2016-08-25', 'AGREE', VON),
    _p('A statement from Santos’ office said none of the 30 rebels to be pardoned have committed violent crimes.',
       '2015-09-25', 'AGREE', VOAL, aside=True),
    _p('"Murder is a crime against humanity when committed in a widespread or systematic manner as part of a policy '
       'of either a government or official organized groups to commit the crime", noted the report.', '2014-08-06',
       'AGREE', HEYET),
    _p('Talks brokered by Norway between the government and the Maoist-led rebels\' National Democratic Front (NDF) '
       'stalled in 2012 over the government\'s refusal to free communist leaders who had been in jail for decades.',
       '2016-08-22', 'RETREAT', ABS),
    _p('President Rodrigo Duterte had previously ended a unilateral truce with the communist New People\'s Army late '
       'last month as rebels did not respond to a deadline to reciprocate the government\'s truce.', '2016-08-22',
       'AGREE', ABS, aside=True),
    _p('The agreement stipulates fighting will end within 24 hours.', '2014-01-23', 'ASSAULT', OAKV),
    _p('Rebel groups have demanded that Uganda remove its troops from the country as a possible condition of the '
       'agreement.', '2014-01-23', 'RETREAT:occurred', OAKV),
    _p('Nkunda’s fighters would pull back from advanced positions in North Kivu, many of which they have held since '
       'the failure of a government offensive in December.', '2008-01-21', 'RETREAT:occurred', MG, aside=True),
    _p('According to the reports, US has agreed to release 5000 Taliban prisoners between February 29 and March 10.',
       '2020-02-15', 'RETREAT:occurred', REPW),
    _p('The deal would further call for the Taliban and US to refrain from conducting attacks or combat operations '
       'for seven days.', '2020-02-15', 'ASSAULT', REPW),
    _p('Earlier, talks had bogged down over the government\'s refusal to release political detainees.', '2014-01-22',
       'RETREAT', PACH, aside=True),
    _p('The U.S. had urged the warring factions to reach a peace agreement by August 17 or face sanctions.',
       '2015-08-17', 'AGREE:occurred', VOAH),
    _p('The LRA, which is holed up in jungles in the north-east of the Democratic republic of Congo, has insisted '
       'that the International Criminal Court (ICC) withdraw arrest warrants before agreeing to peace.',
       '2008-04-12', 'RETREAT:occurred', TOPN),
    _p('However, Kony has failed to turn up to sign the agreement several times before.', '2008-04-12', 'AGREE',
       TOPN, aside=True),
    _p('The deal, once reached, must still be approved by Congress and by referendum before taking effect.',
       '2016-08-25', 'AGREE:occurred', CHINAGATE),
    _p('Meanwhile, announcement of a joint truce declaration by Palestinian militant groups has been delayed until at '
       'least Monday.', '2003-06-29', 'AGREE:occurred', VOA03),
    _p('Under the deal to be signed, an immediate permanent ceasefire would be established between the government, '
       'the Mai Mai and Nkunda, diplomats and observers at the talks said.', '2008-01-21', 'AGREE:occurred', MG,
       aside=True),
    _p('The two sides have not yet agreed on a detailed map for redeployment--how far away from towns and villages '
       'Israeli troops will move and exactly what lands will be in Palestinian hands.', '1995-08-09', 'RETREAT',
       LAT),
    _p('Arafat said the main problem was that Israel sought to “redeploy” its forces in Gaza, rather than “withdraw” '
       'them as stipulated in the self-rule accord.', '1993-11-29', 'RETREAT:occurred', JTA),
    _p('This clearly indicates that Israeli forces are to remain in sections of Gaza after the “withdrawal.”',
       '1993-11-29', 'RETREAT', JTA, aside=True),
    _p('The two sides have not yet agreed on a detailed map for redeployment--how far away from towns and villages '
       'Israeli troops will move and exactly what lands will be in Palestinian hands.', '1995-08-09', 'AGREE',
       LAT),
    _p('The LRA, which is holed up in jungles in the north-east of the Democratic republic of Congo, has insisted '
       'that the International Criminal Court (ICC) withdraw arrest warrants before agreeing to peace.',
       '2008-04-12', 'AGREE:occurred', TOPN),
]


def _f(text: str, published: str, type_: str, actor: str, target: str | None, status: str, url: str,
       aside: bool = False):
    return pytest.param(text, published, type_, actor, target, status,
                        id=url + (' [aside]' if aside else '') + ' ' + type_ + ' ' + text[:30])


FOUND = [
    _f('Israel and Hamas have agreed to a U.S.-brokered ceasefire and hostage exchange deal, marking a pivotal first '
       'step toward ending the nearly two-year conflict in Gaza.', '2025-10-10', 'AGREE', 'israel', 'hamas',
       'occurred', ASIANEWS),
    _f('The Israel Defense Forces (IDF) has completed a withdrawal to agreed-upon deployment lines in the Gaza Strip, '
       'marking the start of a ceasefire.', '2025-10-10', 'RETREAT', 'israel', None, 'occurred', NEWSBYTES),
    _f('The Syrian army, in its lightning advance towards the key city of Raqqa in the north, captured Tabqa before '
       'reaching a ceasefire with the Kurdish forces on Sunday on all fronts.', '2026-01-19', 'ASSAULT', 'syria',
       None, 'occurred', COLLECTOR, aside=True),
    _f('The leaders of Hamas and Islamic Jihad have said their groups have agreed to a three-month suspension of '
       'attacks on Israel.', '2003-06-29', 'AGREE', 'hamas', None, 'occurred', VOA03),
    _f('The government of South Sudan and representatives of rebel forces in the country signed a ceasefire '
       'agreement January 23rd in Addis Ababa, Ethiopia.', '2014-01-23', 'AGREE', 'south sudan', None, 'occurred',
       OAKV),
    _f('Over the last week, the South Sudanese military was able to retake the rebel held cities of Bor and Malakal '
       'where much of the violence has taken place.', '2014-01-23', 'ASSAULT', 'south sudan', None, 'occurred',
       OAKV, aside=True),
    pytest.param('Last week, Manila also freed 17 captured communist guerrilla leaders in the Philippines so they could '
                 'attend the talks in Norway.', '2016-08-22', 'RETREAT', 'philippines', None, 'occurred',
                 id=ABS + ' RETREAT Last week, Manila also freed 1',
                 marks=pytest.mark.xfail(reason='recall, not this round\'s precision rules: the capital "Manila" is '
                                                'not read as the government, and "guerrilla leaders" are not in the '
                                                'release pattern\'s captives', strict=False)),
    _f('Six people were killed in a FARC car bombing in a rural area Sunday.', '2012-08-27', 'ASSAULT',
       'farc', None, 'occurred', VOACOL),
    _f('After nearly a year of low-level cross-border hostilities, the Israeli regime launched an all-out war in '
       'Lebanon, killing thousands of people and destroying large parts of the country.', '2025-01-12', 'ASSAULT',
       'israel', None, 'occurred', PRESSTV, aside=True),
    _f('The Philippine government and the country’s communist rebels have agreed to resume talks aimed at ending '
       'decades of armed conflict, one of Asia’s longest, Norwegian mediators announced on Tuesday.', '2023-11-28',
       'AGREE', 'philippine', None, 'occurred', MILLENNIUM),
    _f('Democratic Republic of Congo’s (DRC) government and warring rebel and militia factions will sign a deal on '
       'Tuesday to end fighting in the country’s conflict-torn east, government officials and diplomats said on '
       'Monday.', '2008-01-21', 'AGREE', 'congo', None, 'pledged', MG),
    _f('Israeli Foreign Minister Shimon Peres and Palestine Liberation Organization Chairman Yasser Arafat reached '
       'the accord on withdrawal in talks Monday and Tuesday in the Egyptian resort of Taba.', '1995-08-09', 'AGREE',
       'peres', None, 'occurred', LAT, aside=True),
    _f('Under the agreement, Israel will begin withdrawing troops from much of Gaza to an agreed “initial withdrawal '
       'line,” while retaining control over approximately 53% of the territory.', '2025-10-10', 'RETREAT', 'israel',
       None, 'pledged', ASIANEWS),
    _f('According to the reports, US has agreed to release 5000 Taliban prisoners between February 29 and March 10.',
       '2020-02-15', 'AGREE', 'united states', None, 'occurred', REPW),
]


@pytest.mark.parametrize(("text", "published", "absent"), ABSENT)
def test_words_that_report_no_such_act(run, text: str, published: str, absent: str) -> None:
    assert_absent(run(text, published=published), absent)


@pytest.mark.parametrize(("text", "published", "type_", "actor", "target", "status"), FOUND)
def test_act_is_found(run, text: str, published: str, type_: str, actor: str, target: str | None,
                      status: str) -> None:
    assert_found(run(text, published=published), type_, actor, target, status)
