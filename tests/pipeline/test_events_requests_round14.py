"""Requests round 14: calls, appeals and demands (PLOVER REQUEST) from conflicts other than dev's.

- a call said again ("renewed their calls for an immediate ceasefire ...") is one request: the act it asks
  for is its content, not an agreement or a concession of its own (a cue with ``objects`` governs its
  complement), and when the verb has its own object ("calls") that entry wins over one the object of a
  preposition names ("declare ceasefire");
- the parties between whom the act asked for is to happen are the ones asked ("a ceasefire between
  Israel and the Palestinian Hamas movement"), and so is the subject of an infinitive the parser hangs on
  the verb that repeats the call ("reiterating his call for Libyan leaders to join ...");
- a demand told in the report's words and then quoted from its speaker ("We demand direct talks with ...")
  is one request (checked on dev only: no page with both was found);
- what a document says ("the draft demands ..."), a question put to a speaker ("was asked to provide an
  update", "when asked about the draft resolution"), "called off" and a standing aim ("an organization
  that calls for Israel's annihilation") are no request.

Each case is a sentence from a news page, with its address in the id ("fit": looked at while developing;
sentences set aside were scored only at the end and are not here). A check is ("REQUEST", actor, target)
-- a demanded request whose actor and target (None: any) are named by one of the "|" alternatives -- or
("no", "TYPE[:status]"), no such event. Expectations were written before parley was run.
"""

from __future__ import annotations

import pytest

from parley.extract import extract
from tests.pipeline.event_support import coded_parties
from tests.pipeline.test_events_requests_round12 import _holds


def _p(text: str, checks: list, url: str, xfail: str | None = None):
    marks = [pytest.mark.xfail(reason=xfail, strict=False)] if xfail else []
    return pytest.param(text, checks, id='fit: ' + url, marks=marks)


CASES = [
    _p('Top United Nations officials on Thursday renewed their calls for an immediate ceasefire between Israel '
       'and the Palestinian Hamas movement.',
       [('REQUEST', 'United Nations|UN', 'Israel'), ('REQUEST', 'United Nations|UN', 'Hamas'), ('no', 'AGREE'),
        ('no', 'CONCEDE')],
       'https://www.sify.com/news/top-un-officials-reiterate-calls-for-immediate-ceasefire-in-israel-palestine-'
       'conflict-news-international-vfutTiijdgfdf.html'),
    _p('Deputy State Department spokesman Patrick Ventrell said: "We call on Israelis and Palestinians to exercise '
       'maximum restraint as the situation on the West Bank remains tense."',
       [('REQUEST', 'Ventrell|State Department', None)],
       'https://www.jpost.com/breaking-news/us-calls-on-israelis-pa-to-exercise-maximum-restraint'),
    _p("Mali's ruling military junta has demanded that France withdraw troops from the country without delay and "
       "under the supervision of Malian authorities.",
       [('REQUEST', 'Mali', 'France'), ('no', 'RETREAT:occurred')],
       'https://www.trtworld.com/article/12767688'),
    _p("Sudan on Tuesday urged the international community to provide more aid to those affected by the country's "
       "raging military conflict, according to a statement by Sudan's Foreign Ministry.",
       [('REQUEST', 'Sudan', None), ('no', 'AID:occurred')],
       'https://africachinapresscentre.org/2024/06/04/sudanese-govt-appeals-for-more-aid-from-intl-community/'),
    _p('"I appeal to Israel and the United States — help us stop the crimes and the massacres that Assad is '
       'carrying out," Adnan said.',
       [('REQUEST', 'Adnan', 'Israel'), ('REQUEST', 'Adnan', 'United States')],
       'https://www.timesofisrael.com/syrian-rebel-leader-asks-israel-us-for-help/'),
    _p('President Al-Bashir has renewed call on the opposition forces outside the national dialogue and its '
       'document to accept the dialogue which is considered the top and sole means for building a homeland that '
       'is hosting to all people.',
       [('REQUEST', 'Bashir', 'opposition')],
       'https://www.africa-news.info/news/sudan-countries/2019/04/02/sudan-president-al-bashir-pledges-to-speed-up-'
       'efforts-for-completing-peace-process/'),
    _p("Rebel Sudan People's Liberation Movement (SPLM)/northern sector on Saturday called for talks with the "
       "Sudanese government over the cease-fire declared Friday by the Sudanese president Omar al-Bashir at Blue "
       "Nile and South Kordofan areas.",
       [('REQUEST', "Liberation Movement|SPLM", 'Sudan')],
       'http://www.eastafrikadaily.com/2016/06/sudan-rebels-want-omar-al-bashir-to-expedite-peace-talks-demand-'
       'release-of-political-prisoners/'),
    _p("The head of the main Syrian opposition group, the Syrian National Council, called for international help "
       "in arming the rebels to face the Assad regime's heavy weaponry, particularly tanks.",
       [('REQUEST', 'Syrian National Council', None)],
       'https://www.haaretz.com/rebels-urge-aleppo-intervention-1.5272919'),
    _p('The Sudanese government appeals to the international community for more assistance, "particularly '
       'medicines, intravenous solutions, and medical consumables," said the statement.',
       [('REQUEST', 'Sudan', None)],
       'https://africachinapresscentre.org/2024/06/04/sudanese-govt-appeals-for-more-aid-from-intl-community/'),
    # no request
    _p("Israel sees Hamas as a terrorist organization that calls for Israel's annihilation.",
       [('no', 'REQUEST')],
       'http://keyanhelp.cn/world/Off_the_Wire/2014-05/02/content_32262447.htm'),
    _p("Kiir's government has rejected the request, saying the detainees will not be freed until they have stood "
       "trial for their crimes.",
       [('no', 'REQUEST')],
       'http://formacion-profesional-a-distancia.com/video/2014-01/09/content_31134648.htm'),
    _p('Moreover, the draft "demands an immediate ceasefire respected by all parties, and also demands the '
       'immediate and unconditional release of all hostages."',
       [('no', 'REQUEST')],
       'https://english.ahram.org.eg/News/524498.aspx'),
    _p('US ambassador Linda Thomas-Greenfield, when asked about the draft resolution, said: "We\'re waiting to see '
       'it and then we\'ll react to it."',
       [('no', 'REQUEST')],
       'https://english.ahram.org.eg/News/524498.aspx'),
    _p('During a State Department press briefing, Spokesperson Matthew Miller was asked to provide an update on '
       'ceasefire negotiations.',
       [('no', 'REQUEST')],
       'https://www-ix7.dailymotion.com/video/x93liow'),
    _p('The draft text calls for a cessation of hostilities in Aleppo, where the Syrian army has launched an '
       'offensive to retake the rebel-held east of the city.',
       [('no', 'REQUEST')],
       'https://www.business-standard.com/amp/article/international/france-pushes-un-draft-resolution-on-aleppo-'
       'ceasefire-116100100150_1.html'),
    _p('The Taliban and the US resumed the negotiations on December 7 following a three-month stalemate after '
       'President Donald Trump abruptly called off the talks in September over a deadly attack in Kabul that also '
       'killed an American soldier.',
       [('no', 'REQUEST')],
       'https://socialnews.xyz/2020/01/19/afghanistan-still-insists-ceasefire-amid-us-taliban-talks'),
    # tried, not fixed
    _p('UN Secretary-General Ban Ki- moon on Thursday urged both Israelis and Palestinians to exercise prudence and '
       'avoid unilateral steps that would "diminish the prospects" for the resumption of negotiations.',
       [('REQUEST', 'Ban Ki-moon|United Nations', 'Israel')],
       'http://keyanhelp.cn/world/Off_the_Wire/2014-05/02/content_32262447.htm',
       xfail='a people named by its plural demonym ("Israelis") is no actor when the article names no state'),
    _p("The Chairman of the Stakeholders Initiative, Al-Sir Ibrahim Mohammed Ali, in statements to SUNA renewed "
       "call for the People's Movement to push forward peace process, underlining that signing of final peace "
       "agreement is considered the first step towards stability.",
       [('REQUEST', 'Ali|Stakeholders', None)],
       'https://allafrica.com/stories/202006220445.html',
       xfail='the parser reads "renewed" as an adjective of "call" inside "statements to SUNA"'),
    _p('Sida called on both Russia and China to take action to calm the situation in Syria.',
       [('REQUEST', 'Sida', 'Russia')],
       'https://gulfnews.com/world/mena/syrian-national-council-wants-un-military-action-1.1054661',
       xfail='a bare surname named before only in another sentence is no actor here'),
    _p('Members of the United Nations Security Council have called for restraint by all sides and an early return '
       'to the negotiating table, while voicing their concern at the current "tense" situation in the occupied '
       'Palestinian territories, including East Jerusalem.',
       [('REQUEST', 'Security Council', None)],
       'https://unispal.un.org/DPA/DPR/unispal.nsf/0/6F4C98783509D853852576E0005051A9',
       xfail='the parser reads "by all sides" as the agent of "called"; preferring the active subject over it '
             'was tried and uncovered a postponed signing coded as done on dev ("postponed by a day the '
             'anticipated signing")'),
]


@pytest.mark.parametrize(("text", "checks"), CASES)
def test_requests_round14(text: str, checks: list) -> None:
    ex = extract(text, published="2024-01-01")
    for check in checks:
        assert _holds(ex, check), (check, coded_parties(ex))
