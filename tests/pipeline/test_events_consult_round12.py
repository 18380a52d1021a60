"""Round 12: precision of CONSULT events (talks, meetings, calls) in wire reports.

- speaking to the press is no consultation ("Peskov told reporters on a regular conference call",
  "told journalists"): a discard entry for speech verbs addressed to the press (event_patterns.yaml);
- a light verb whose event noun is negated reports no event ("he had no meetings scheduled this week with
  Rouhani" is denied, event_status.py);
- meetings, calls and talks that did take place or are scheduled are still coded.

Each case is a sentence from a news page, with its address; actor and target are alternatives
separated by "|", matched against the names and aliases of the event's parties. Cases marked "aside"
were scored only at the end of the round.
"""

from __future__ import annotations

import pytest

from parley.extract import extract
from tests.pipeline.event_support import named, party_names


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=False, reason=reason)


NO_CONSULT = [
    pytest.param(
        'Asked if he was disappointed over the outcome of the latest meeting, the first for Sri lanka\'s warring parties in eight months, he said, "I don\'t want to comment on that."',
        '',
        id='n1',
    ),  # https://us.rediff.com/news/2006/oct/30sl.htm (fit)
    pytest.param(
        '“We deeply regret that this round did not make any progress,” Faisal Maqdad, the Syrian deputy foreign minister, told reporters on Friday.',
        '',
        id='n2',
    ),  # https://www.informationng.com/2014/02/rivals-declare-impasse-in-syria-peace-talk.html (fit)
    pytest.param(
        'Air strikes and clashes between rebels and government troops have continued unabated since the first round of talks in January, with daily death tolls over 200, according to activists.',
        '',
        id='n3',
    ),  # https://www.informationng.com/2014/02/rivals-declare-impasse-in-syria-peace-talk.html (fit)
    pytest.param(
        'The talks aim to end the conflict which has killed more than 130,000 people and displaced millions in three years.',
        '',
        id='n4',
    ),  # https://www.informationng.com/2014/02/rivals-declare-impasse-in-syria-peace-talk.html (aside)
    pytest.param(
        "“We don't need a mediator,” Trump told reporters on the sidelines of the United Nations General Assembly.",
        '',
        id='n5',
    ),  # https://bdnews24.com/world/2019/09/24/trump-takes-dim-view-of-attempt-by-france-s-macron-to-mediate-iran-dispute (fit)
    pytest.param(
        'Trump also said he had no meetings scheduled this week with Iranian President Hassan Rouhani but would not rule out meeting him in New York.',
        'occurred',
        id='n6',
    ),  # https://bdnews24.com/world/2019/09/24/trump-takes-dim-view-of-attempt-by-france-s-macron-to-mediate-iran-dispute (fit)
    pytest.param(
        '“Approving these principles will open a serious dialogue under Syrian leadership without foreign intervention and without preconditions,” Ja‘afari told reporters, making the shortest media appearance after the longest session of the talks so far.',
        '',
        id='n7',
    ),  # http://www.reuters.com/article/us-mideast-crisis-syria-ja-afari-idUSKCN0WK1SM (aside)
    pytest.param(
        'The Syrian rivals have failed to agree what should come top of the agenda of the talks.',
        '',
        id='n8',
    ),  # https://www.informationng.com/2014/02/rivals-declare-impasse-in-syria-peace-talk.html (fit)
    pytest.param(
        '“The negotiations are frozen by the decision of the Ukrainian side,” Kremlin spokesman Dmitry Peskov told reporters on a regular conference call.',
        '',
        id='n9',
    ),  # https://www.egyptindependent.com/kremlin-says-negotiations-with-ukraine-frozen-accuses-kyiv-of-giving-contradictory-statements/ (fit)
    pytest.param(
        'In an interview last week with Reuters, Ukrainian presidential adviser Mykhailo Podolyak ruled out agreeing to a ceasefire with Russia and said Kyiv would not accept any deal with Moscow that involved ceding territory.',
        '',
        id='n10',
    ),  # https://www.egyptindependent.com/kremlin-says-negotiations-with-ukraine-frozen-accuses-kyiv-of-giving-contradictory-statements/ (aside)
    pytest.param(
        '“Negotiations with Israel, despite the best efforts of the Quartet of international mediators and other states, unfortunately, have stalled,” the Palestinian leader said in an interview.',
        '',
        id='n11',
    ),  # http://sputniknews.com/world/20120222/171455903.html (fit)
    pytest.param(
        'The Palestinian-Israeli talks stalled in September 2010 over disagreements on Israeli settlement construction in the West Bank.',
        'occurred',
        id='n12', marks=_xfail('a stalled process is still coded as talks that occurred'),
    ),  # http://sputniknews.com/world/20120222/171455903.html (fit)
    pytest.param(
        '“At present, there is no movement in the peace process,” Abbas said in an interview with the PA’s Al-Ayyam newspaper.',
        '',
        id='n13',
    ),  # https://www.jpost.com/middleeast/article.aspx?id=231618 (aside)
    pytest.param(
        '“There comes a point at which there just needs to be a pause and both sides need to look at the alternatives,” he said during a news conference in Seoul with South Korea’s President Park Geun-hye.',
        '',
        id='n14',
    ),  # https://www.timesofisrael.com/obama-acknowledges-need-for-a-pause-in-talks/ (fit)
    pytest.param(
        'Talks have continued since early in the fighting but offered no concrete results.',
        '',
        id='n15',
    ),  # https://newsofemirates.com/index.php/2022/04/22/lavrov-says-talks-between-russia-ukraine-have-stalled/?amp=1 (aside)
    pytest.param(
        '“We still didn’t get the answer we were looking for,” the European Union foreign policy chief, Javier Solana, said in a news conference after several hours of talks, held in Geneva’s City Hall.',
        'pledged',
        id='n16',
    ),  # https://staging.mercurynews.com/2008/07/19/iran-vague-in-nuclear-talks (fit)
    pytest.param(
        'The four top diplomats in their statement said they “call on all sides involved to cease hostilities and to withdraw heavy weapons” from a demarcation line agreed in a September truce pact signed in Minsk.',
        '',
        id='y11',
    ),  # https://m.guardian.ng/news/world/foreign-ministers-in-ukraine-talks-call-for-ceasefire/ (fit)
]


CONSULT = [
    pytest.param(
        'Russian Foreign Minister Sergey Lavrov has met with US Secretary of State John Kerry during the ministerial conference of the OSCE.',
        'Lavrov|Russia', 'Kerry|United States|US', 'occurred',
        id='y1',
    ),  # https://katehon.com/news/hamburg-lavrov-meets-john-kerry (fit)
    pytest.param(
        'The foreign ministers of Russia and Ukraine met for face-to-face talks in Turkey on Thursday in the first high-level contact between the two sides since Moscow invaded its ex-Soviet neighbour last month.',
        'Russia|Ukraine', 'Russia|Ukraine', 'occurred',
        id='y2',
    ),  # https://en.shafaqna.com/255342/no-progress-as-lavrov-kuleba-talk-in-turkey/ (fit)
    pytest.param(
        'African mediators trying to broker a peace deal in South Sudan, after 12 days of fighting that has killed thousands, held constructive talks with President Salva Kiir, Ethiopian Foreign Minister Tedros Adhanom said.',
        'mediator|Africa', 'Kiir|South Sudan', 'occurred',
        id='y3',
    ),  # http://www.reuters.com/article/southsudan-unrest-talks-idUSL6N0K51HV20131226 (fit)
    pytest.param(
        'Russian Foreign Minister Sergei Lavrov and his Turkish counterpart Mevlut Cavusoglu discussed in phone talks on Tuesday the implementation of the nationwide ceasefire regime in war-torn Syria, the Russian Foreign Ministry said.',
        'Lavrov|Russia|Cavusoglu|Turkey', 'Lavrov|Russia|Cavusoglu|Turkey', 'occurred',
        id='y4', marks=_xfail('the topic of a joint call is taken as its target'),
    ),  # https://sputniknews.com/politics/201701101049452105-lavrov-cavusoglu-syria/ (fit)
    pytest.param(
        'Nicosia, Oct 10 – President Demetris Christofias expressed satisfaction with the outcome of today’s meeting with Turkish Cypriot leader Mehmet Ali Talat, which is part of UN-led negotiations to reach a comprehensive mutually acceptable settlement to the protracted Cyprus problem.',
        'Christofias|Cyprus|Talat', 'Christofias|Cyprus|Talat', 'occurred',
        id='y5', marks=_xfail('the satisfaction with a meeting is not read as the meeting'),
    ),  # http://www.cyprusembassy.net/home/index.php?module=article&id=4394 (aside)
    pytest.param(
        'The head of the Syrian government delegation at peace talks in Geneva said he had a useful meeting with U.N. mediator Staffan de Mistura on Friday, focusing on a government position paper on the “basic elements of a political solution” of the crisis.',
        'Syria', 'Mistura|United Nations|U.N.', 'occurred',
        id='y6',
    ),  # http://www.reuters.com/article/us-mideast-crisis-syria-ja-afari-idUSKCN0WK1SM (fit)
    pytest.param(
        'Ukrainian Foreign Minister Dmytro Kuleba said he will discuss a ceasefire with his Russian counterpart, Sergey Lavrov, at the upcoming meeting in Turkey, the UNN news agency reported on Wednesday.',
        'Kuleba|Ukraine', 'Lavrov|Russia', 'pledged',
        id='y7',
    ),  # https://www.bolnews.com/latest/2022/03/ukraine-to-discuss-ceasefire-with-russian-counterpart/ (aside)
    pytest.param(
        'Kremlin aide Vladimir Medinsky, who is Russia’s chief negotiator with Kyiv authorities, said however that he had spoken to his Ukrainian counterpart on Friday.',
        'Medinsky|Russia', 'Ukrain|Kyiv', 'occurred',
        id='y8',
    ),  # https://newsofemirates.com/index.php/2022/04/22/lavrov-says-talks-between-russia-ukraine-have-stalled/?amp=1 (fit)
    pytest.param(
        'Speaking to reporters following a meeting with his British Counterpart, Alan Duncan, Celik expressed regret at the collapse of the Cyprus talks at the Swiss resort of Crans-Montana of July 7.',
        'Celik|Turkey', 'Duncan|Brit|United Kingdom', 'occurred',
        id='y9',
    ),  # https://en.protothema.gr/2017/08/18/turkish-minister-of-european-union-affairs-cyprus-talks-have-ended (aside)
    pytest.param(
        'Obama’s Middle East envoy, George Mitchell, who is scheduled to see Abbas and Netanyahu on Tuesday, has conducted five rounds of indirect talks between the two men and their aides since May.',
        'Mitchell|United States', 'Abbas|Netanyahu|Palestin|Israel', 'pledged',
        id='y10', marks=_xfail('a scheduled visit beside conducted talks keeps only the talks'),
    ),  # https://www.khaleejtimes.com/world/israel-palestinian-direct-talks-may-restart-abbas (fit)
    pytest.param(
        'THE foreign ministers of Russia, Ukraine, Germany and France ended their latest Berlin crisis meeting Wednesday with a joint call to end hostilities in Ukraine but no ground-breaking agreement.',
        'Russia|Ukraine|Germany|France', 'Russia|Ukraine|Germany|France', 'occurred',
        id='y12', marks=_xfail('ending a meeting is not read as the meeting'),
    ),  # https://m.guardian.ng/news/world/foreign-ministers-in-ukraine-talks-call-for-ceasefire/ (aside)
]


@pytest.mark.parametrize(("text", "status"), NO_CONSULT)
def test_no_consult(text: str, status: str) -> None:
    """No CONSULT is coded (with this status, when one is given)."""
    ex = extract(text)
    found = [(e.status, e.trigger) for e in ex.events if e.type == "CONSULT" and (not status or e.status == status)]
    assert not found, found


@pytest.mark.parametrize(("text", "actor", "target", "status"), CONSULT)
def test_consult(text: str, actor: str, target: str, status: str) -> None:
    """A CONSULT with these parties and status is coded."""
    ex = extract(text)
    coded = [(e.status, e.trigger, party_names(ex, e.actors), party_names(ex, e.targets)) for e in ex.events if e.type == "CONSULT"]
    assert any(e.type == "CONSULT" and e.status == status and named(actor, party_names(ex, e.actors))
               and named(target, party_names(ex, e.targets)) for e in ex.events), coded
