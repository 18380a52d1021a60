"""Round 15: consultations, requests and agreements in reports parley had not seen.

Each case is a sentence copied from a news page (its address in the constant beside it), with what a
careful annotator following docs/annotation.md section 4 codes, written before parley was run: an event
(type, actor, target, status) or one that must not be coded ("-TYPE:status"). Actor and target are
alternatives separated by "|", matched against the names and aliases of the event's parties; a symmetric
event may name either side first. Cases marked "aside" were scored only at the end of the round.

What the round changed, with the sentence that showed it:

- a clause with its own subject on an event noun is an act of its own ("concluded a two-day visit to
  Sana'a, during which he held talks with the leaders of the Houthi militia");
- "commenced", "initiated" and "restarted" talks are held; "initiated diplomatic calls ... with Cambodia
  and Thailand" is a call, and "would make a telephone call" a call even where no one is named;
- whoever "were in Jeddah for talks" (or arrived, travelled, came for them) takes part in them, and so do
  "Foreign Ministers of Azerbaijan and Armenia at a meeting in Washington";
- "the possibility of a meeting", "the prospect of talks" name no meeting that happened; "the sides do
  not have plans for a meeting" denies it; a meeting a party "is ready to organize" is proposed, as its
  hosting is;
- a call for "the withdrawal of Rwandan troops" asks Rwanda; "made a renewed push for truce talks between
  Sudan's warring generals" asks for the talks (none held); talks that "hit deadlock" strike no one, and
  "pressed ahead with plans" urges no one;
- "A summit of the three leaders planned in mid-December" did not take place: a participle cue on an event
  noun gives its status;
- "The Sudanese delegations" are Sudan's, not the document's main parties that "the delegations" would be.
"""

from __future__ import annotations

import pytest

from parley.extract import extract
from parley.models import Event, Extraction
from tests.pipeline.event_support import coded_parties, named, party_names


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=False, reason=reason)


CASES = [
    pytest.param(
        'Envoys from Sudan’s warring military factions – the army and the paramilitary Rapid Support Forces – were in Jeddah for talks on Saturday, Saudi Arabia’s foreign minister said, as international mediators pressed for an end to the three-week old conflict.',
        [('CONSULT', 'army|Sudanese Armed Forces|SAF|Sudan|Rapid Support|RSF', 'Rapid Support|RSF|army|Sudanese Armed Forces|SAF|Sudan', 'occurred')],
        id='a1'),  # https://arabpressreleases.com/sudan-paramilitary-rsf-to-attend-jeddah-talks-with-armed-forces/ (fit)
    pytest.param(
        'Riyadh and Washington earlier welcomed the “pre-negotiation talks” between the army and the RSF, and urged them to actively engage following numerous violated ceasefires.',
        [('REQUEST', 'Riyadh|Saudi|Washington|United States', 'army|Sudanese Armed Forces|SAF|Sudan|Rapid Support|RSF', 'demanded'), ('CONSULT', 'army|Sudanese Armed Forces|SAF|Sudan|Rapid Support|RSF', 'Rapid Support|RSF|army|Sudanese Armed Forces|SAF|Sudan', 'occurred')],
        id='a2'),  # https://arabpressreleases.com/sudan-paramilitary-rsf-to-attend-jeddah-talks-with-armed-forces/ (fit)
    pytest.param(
        'In October, the Sudanese armed forces and the RSF resumed their talks in Jeddah, but the hostilities in the country continue.',
        [('CONSULT', 'army|Sudanese Armed Forces|SAF|Sudan|Rapid Support|RSF', 'Rapid Support|RSF|army|Sudanese Armed Forces|SAF|Sudan', 'occurred')],
        id='b3'),  # https://en.sputniknews.africa/amp/20231108/sudan-military-rapid-support-forces-agree-on-steps-to-strengthen-mutual-trust-reports-1063399647.html (aside)
    pytest.param(
        'The Sudanese army announced on Friday evening that it would send negotiators to Jeddah, Saudi Arabia, to hold talks on a ceasefire.',
        [('CONSULT', 'army|Sudanese Armed Forces|SAF|Sudan', None, 'pledged'), ('-CONSULT:occurred', None, None)],
        id='c1'),  # https://pledgetimes.com/a-saudi-american-welcome-to-the-pre-negotiation-talks-between-the-sudanese-army-and-the-rapid-support-forces/ (fit)
    pytest.param(
        'The Sudanese army and the Rapid Support Forces (RSF) have resumed indirect talks in the Saudi Arabian city of Jeddah aimed at renewing their ceasefire, Saudi-owned Al-Arabiya TV reported on Tuesday.',
        [('CONSULT', 'army|Sudanese Armed Forces|SAF|Sudan|Rapid Support|RSF', 'Rapid Support|RSF|army|Sudanese Armed Forces|SAF|Sudan', 'occurred')],
        id='d1'),  # https://www.middleeastmonitor.com/20230607-sudan-rivals-resume-ceasefire-talks-in-saudi-arabia/ (fit)
    pytest.param(
        'Earlier, the head of the Sudanese Sovereignty Council, army chief Abdel Fattah Al-Burhan, affirmed in a phone call with Saudi Foreign Minister Adel Al-Jubeir his confidence in the "Jeddah platform to lead to a sustainable peace."',
        [('CONSULT', 'Burhan|Sudan', 'Jubeir|Saudi', 'occurred')],
        id='d2'),  # https://www.middleeastmonitor.com/20230607-sudan-rivals-resume-ceasefire-talks-in-saudi-arabia/ (aside)
    pytest.param(
        'Saudi Arabia and the US called on the Sudanese army and the RSF on Sunday to agree again on a new "effective" ceasefire, revealing that the representatives of the two parties did not leave the kingdom even after the army suspended its participation in the talks.',
        [('REQUEST', 'Saudi|United States|US', 'army|Sudanese Armed Forces|SAF|Sudan|Rapid Support|RSF', 'demanded'), ('-AGREE:occurred', None, None)],
        id='d3'),  # https://www.middleeastmonitor.com/20230607-sudan-rivals-resume-ceasefire-talks-in-saudi-arabia/ (fit)
    pytest.param(
        'Riyadh and Washington have been sponsoring negotiations between the rival parties in the city of Jeddah since May.',
        [('CONSULT', 'Riyadh|Saudi|Washington|United States', None, 'occurred')],
        id='d4'),  # https://www.middleeastmonitor.com/20230607-sudan-rivals-resume-ceasefire-talks-in-saudi-arabia/ (fit)
    pytest.param(
        'In a joint statement, Saudi Arabia and the United States both welcomed the start of pre-negotiation talks calling upon the parties to consider a cease-fire and end to the conflict.',
        [('REQUEST', 'Saudi|United States', None, 'demanded')],
        id='e2', marks=_xfail("the present participle 'calling upon the parties' after 'talks' is not read as the statement's appeal")),  # https://ntv.co.ug/africa/news/sudan-s-army-paramilitary-rsf-in-saudi-arabia-for-direct-talks-4226048 (aside)
    pytest.param(
        "Saudi Arabia and the United States have urged Sudan's warring rivals to agree to an effective short-term ceasefire during the ongoing Jeddah talks.",
        [('REQUEST', 'Saudi|United States', 'Sudan|Rapid Support|RSF|army|Sudanese Armed Forces|SAF|Sudan', 'demanded'), ('-AGREE:occurred', None, None)],
        id='f1'),  # https://saudigazette.com.sa/article/632252/SAUDI-ARABIA/Saudi-Arabia-US-urge-warring-Sudan-rivals-to-agree-short-term-ceasefire (fit)
    pytest.param(
        'Under the auspices of Saudi Arabia, representatives of the Sudanese Armed Forces and the Rapid Support Forces commenced pre-negotiation talks in Jeddah on May 6.',
        [('CONSULT', 'army|Sudanese Armed Forces|SAF|Sudan|Rapid Support|RSF', 'Rapid Support|RSF|army|Sudanese Armed Forces|SAF|Sudan', 'occurred')],
        id='f2'),  # https://saudigazette.com.sa/article/632252/SAUDI-ARABIA/Saudi-Arabia-US-urge-warring-Sudan-rivals-to-agree-short-term-ceasefire (fit)
    pytest.param(
        'Saudi Arabia and the US are keen to resume formal talks between the delegations, the ministry said.',
        [('-CONSULT:occurred', None, None)],
        id='g2'),  # https://ksaplayers.com/Ksahome/NewsDetial/?nid=32156219 (aside)
    pytest.param(
        'The Sudanese delegations in Jeddah continue to engage in daily negotiations, the ministry said.',
        [('CONSULT', 'Sudan', None, 'occurred')],
        id='g3'),  # https://ksaplayers.com/Ksahome/NewsDetial/?nid=32156219 (fit)
    pytest.param(
        'Foreign Ministers of Azerbaijan and Armenia at a meeting in Washington agreed to speed up negotiations, US State Department spokesman Ned Price said at a press conference, Trend reports.',
        [('AGREE', 'Azerbaijan|Armenia', 'Armenia|Azerbaijan', 'occurred'), ('CONSULT', 'Azerbaijan|Armenia', 'Armenia|Azerbaijan', 'occurred')],
        id='i1'),  # https://www.today.az/news/politics/227863.html (fit)
    pytest.param(
        '"The foreign ministers agreed to expedite their negotiations," State Department spokesman Ned Price said of Monday\'s talks between Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov.',
        [('CONSULT', 'Mirzoyan|Bayramov|Armenia|Azerbaijan', 'Bayramov|Mirzoyan|Azerbaijan|Armenia', 'occurred')],
        id='i2'),  # https://www.today.az/news/politics/227863.html (aside)
    pytest.param(
        'A meeting between Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov is planned to take place soon in Washington D.C., Armenian Prime Minister Nikol Pashinyan said.',
        [('CONSULT', 'Mirzoyan|Bayramov|Armenia|Azerbaijan', 'Bayramov|Mirzoyan|Azerbaijan|Armenia', 'pledged'), ('-CONSULT:occurred', None, None)],
        id='j1', marks=_xfail("'is planned to take place' is read as a plan (proposed), not as a schedule (pledged)")),  # https://1lurer.am/en/2023/06/16/Առաջիկայում/947323 (fit)
    pytest.param(
        'Touching on the possibility of a meeting between Armenian Prime Minister Nikol Pashinyan and President of Azerbaijan Ilham Aliyev, Tigran Balayan has said that “the sides do not have plans for a meeting at the moment”.',
        [('-CONSULT:occurred', None, None)],
        id='k1'),  # https://mediamax.am/en/news/foreignpolicy/30116/ (fit)
    pytest.param(
        'The last meeting of Armenian and Azerbaijani foreign ministers took place in Brussels in July.',
        [('CONSULT', 'Armenia|Azerbaijan', 'Azerbaijan|Armenia', 'occurred')],
        id='k2'),  # https://mediamax.am/en/news/foreignpolicy/30116/ (aside)
    pytest.param(
        'The Azerbaijani and Armenian foreign ministers may meet soon, Spokesman of the Azerbaijani Foreign Ministry Hikmet Hajiyev told Trend June 22.',
        [('-CONSULT:occurred', None, None)],
        id='m1'),  # https://en.trend.az/azerbaijan/politics/2920235.html (fit)
    pytest.param(
        'US secretary of state Marco Rubio released a statement Tuesday strongly urging the “immediate cessation of hostilities, the protection of civilians, and for both sides to return to the de-escalatory measures” outlined in the Oct 26 pact.',
        [('REQUEST', 'Rubio|United States', None, 'demanded')],
        id='n1'),  # https://www.freemalaysiatoday.com/category/world/2025/12/10/trump-says-hell-call-thailand-cambodia-over-renewed-conflict (fit)
    pytest.param(
        'Asked about the prospect of further intervention by Trump, a Thai government spokesperson said there had been no talks with him so far, while Bangkok’s position was that negotiations should not be initiated by a third party.',
        [('-CONSULT:occurred', None, None)],
        id='p1'),  # https://dailyfrontlines.ca/2025/12/10/trump-says-he-will-make-telephone-call-to-stop-renewed-thailand-cambodia-fighting (aside)
    pytest.param(
        'A top adviser to Cambodia’s Prime Minister Hun Manet told Reuters that day his country was “ready to talk at any time”.',
        [('-CONSULT:occurred', None, None)],
        id='p2'),  # https://dailyfrontlines.ca/2025/12/10/trump-says-he-will-make-telephone-call-to-stop-renewed-thailand-cambodia-fighting (fit)
    pytest.param(
        'BANGKOK/PHNOM PENH (Web News) – Thailand and Cambodia accused each other of targeting civilians in border attacks on Wednesday, as U.S. President Donald Trump said he would make a telephone call to stop the fighting and salvage a ceasefire he brokered in July.',
        [('CONSULT', 'Trump|United States', None, 'pledged'), ('-CONSULT:occurred', 'Trump', None)],
        id='p3', marks=_xfail("'a ceasefire he brokered in July' is coded as a mediation by Trump that occurred (a background act)")),  # https://dailyfrontlines.ca/2025/12/10/trump-says-he-will-make-telephone-call-to-stop-renewed-thailand-cambodia-fighting (fit)
    pytest.param(
        "China's Ministry of Foreign Affairs reported that Foreign Minister Wang Yi held phone calls with his Thai and Cambodian counterparts on 18/12.",
        [('CONSULT', 'Wang Yi|China', 'Thai|Cambodia', 'occurred')],
        id='q1'),  # https://vnnow.net/en/world/thailand-states-no-pressure-from-us-china-for-ceasefire-with-cambodia-160662.html (aside)
    pytest.param(
        'Regarding China\'s statement that "Thailand is ready for a ceasefire," Foreign Minister Sihasak clarified that Bangkok has not yet agreed to a ceasefire, only to de-escalate tensions.',
        [('-AGREE:occurred', None, None)],
        id='q2'),  # https://vnnow.net/en/world/thailand-states-no-pressure-from-us-china-for-ceasefire-with-cambodia-160662.html (fit)
    pytest.param(
        'US President Donald Trump initiated diplomatic calls Friday with Cambodia and Thailand in an urgent effort to de-escalate border hostilities threatening to shatter the fragile peace between the Southeast Asian nations.',
        [('CONSULT', 'Trump|United States', 'Cambodia|Thailand', 'occurred')],
        id='r1'),  # https://menafn.com/1110347893/Trump-Steps-in-to-Defuse-Cambodia-Thailand-Border-Tensions (fit)
    pytest.param(
        'President Trump held calls with Thailand and Cambodia in an effort to mediate the most recent conflict.',
        [('CONSULT', 'Trump|United States', 'Cambodia|Thailand', 'occurred')],
        id='r2'),  # https://menafn.com/1110347893/Trump-Steps-in-to-Defuse-Cambodia-Thailand-Border-Tensions (aside)
    pytest.param(
        'U.S. President Donald Trump held urgent telephone conferences with the prime ministers of Thailand and Cambodia today, in a high-stakes diplomatic intervention aimed at consolidating a fragile ceasefire after a dangerous new flare-up of hostilities along their shared border.',
        [('CONSULT', 'Trump|United States', 'Cambodia|Thailand', 'occurred')],
        id='s1'),  # https://www.calitoday.net/2025/11/trump-intervenes-to-halt-renewed-thai.html (fit)
    pytest.param(
        'According to a White House statement released this morning, President Trump spoke separately with Thai Prime Minister Srettha Thavisin and Cambodian Prime Minister Hun Manet.',
        [('CONSULT', 'Trump|United States', 'Srettha|Thailand', 'occurred'), ('CONSULT', 'Trump|United States', 'Hun Manet|Cambodia', 'occurred')],
        id='s2'),  # https://www.calitoday.net/2025/11/trump-intervenes-to-halt-renewed-thai.html (fit)
    pytest.param(
        'President Paul Kagame on Tuesday attended a meeting with his Democratic Republic of Congo (DRC) counterpart, Felix Antoine Tshisekedi, hosted by Sheikh Tamim bin Hamad Al Thani, Emir of the State of Qatar, at Lusail Palace, aimed at deescalating tensions and restore peace in Eastern DRC.',
        [('CONSULT', 'Kagame|Rwanda|Tshisekedi|Congo', 'Tshisekedi|Congo|Kagame|Rwanda', 'occurred'), ('CONSULT', 'Tamim|Qatar', 'Kagame|Tshisekedi|Rwanda|Congo', 'occurred')],
        id='t1'),  # https://www.ktpress.rw/2025/03/drc-crisis-cautious-optimism-as-presidents-kagame-tshisekedi-hold-talks-in-qatar/ (aside)
    pytest.param(
        'According to the Office of the President, the two leaders also discussed the urgent need for direct political dialogue with AFC/M23 as key to addressing the root causes of the conflict in Eastern DRC.',
        [('-CONSULT:occurred', 'M23|AFC', None)],
        id='t2', marks=_xfail("read alone, 'the two leaders' stands for the parties the sentence names most (M23 and the DRC), not Kagame and Tshisekedi")),  # https://www.ktpress.rw/2025/03/drc-crisis-cautious-optimism-as-presidents-kagame-tshisekedi-hold-talks-in-qatar/ (fit)
    pytest.param(
        'Rwandan President Paul Kagame and his DR Congo counterpart Félix Tshisekedi met in Doha on Tuesday in a major diplomatic effort aimed at ending hostilities in eastern DR Congo.',
        [('CONSULT', 'Kagame|Rwanda|Tshisekedi|Congo', 'Tshisekedi|Congo|Kagame|Rwanda', 'occurred')],
        id='u1'),  # https://newsday.co.ug/2025/03/19/president-kagame-tshisekedi-meet-in-a-qatar-special-brokered-meeting (fit)
    pytest.param(
        'Hosted by Qatar’s Emir Sheikh Tamim bin Hamad Al Thani, the meeting sought to revive stalled peace efforts and reinforce commitments to a ceasefire.',
        [('CONSULT', 'Tamim|Qatar', None, 'occurred')],
        id='u2', marks=_xfail("a fronted 'Hosted by Qatar's Emir ...' participle gives the host no meeting of its own")),  # https://newsday.co.ug/2025/03/19/president-kagame-tshisekedi-meet-in-a-qatar-special-brokered-meeting (aside)
    pytest.param(
        'Rwandan President Paul Kagame and his Congolese counterpart Félix Tshisekedi met face-to-face in Doha on Tuesday for the first time since tensions between their nations escalated over the ongoing conflict in eastern DR Congo.',
        [('CONSULT', 'Kagame|Rwanda|Tshisekedi|Congo', 'Tshisekedi|Congo|Kagame|Rwanda', 'occurred')],
        id='v1'),  # https://mgdmedia.live/?amp=1&p=6248 (fit)
    pytest.param(
        'Despite efforts from regional leaders, including Angola’s President João Lourenço, previous attempts to bring Kagame and Tshisekedi to the negotiating table had failed.',
        [('-CONSULT:occurred', None, None)],
        id='v2'),  # https://mgdmedia.live/?amp=1&p=6248 (fit)
    pytest.param(
        'The face-to-face meeting between Felix Tshisekedi and Paul Kagame took place on Tuesday in Qatar, mediated by the emir, in an attempt to find a solution to the security crisis in eastern DRC.',
        [('CONSULT', 'Kagame|Rwanda|Tshisekedi|Congo', 'Tshisekedi|Congo|Kagame|Rwanda', 'occurred')],
        id='w1'),  # https://breakingafricanews.com/congo-kinshasa-tshisekedi-and-kagame-meet-in-qatar-for-crisis-talks-on-eastern-drc (aside)
    pytest.param(
        'The presidents of Rwanda and DRC have expressed their support for a ceasefire after holding the talks just hours after the planned peace talks in Angola failed.',
        [('CONSULT', 'Rwanda|Congo', 'Congo|Rwanda', 'occurred')],
        id='w2'),  # https://breakingafricanews.com/congo-kinshasa-tshisekedi-and-kagame-meet-in-qatar-for-crisis-talks-on-eastern-drc (fit)
    pytest.param(
        "Vučić met in Brussels with the EU's High Representative for Foreign Policy and Security, Josep Borrell, and the EU's Special Representative, Miroslav Lajčak.",
        [('CONSULT', 'Vučić|Vucic|Serbia|Borrell|Lajčak|European Union', 'Borrell|Lajčak|European Union|Vučić|Vucic', 'occurred')],
        id='x1'),  # https://www.b92.net/eng/news/politics.php?yyyy=2022&mm=08&dd=18&nav_id=114250 (fit)
    pytest.param(
        'Previously, Borrell and Lajčak spoke with the Prime Minister of the interim institutions in Pristina, Albin Kurti.',
        [('CONSULT', 'Borrell|Lajčak|European Union|Kurti|Kosovo', 'Kurti|Kosovo|Borrell|Lajčak', 'occurred')],
        id='x2'),  # https://www.b92.net/eng/news/politics.php?yyyy=2022&mm=08&dd=18&nav_id=114250 (aside)
    pytest.param(
        'President of Serbia, Aleksandar Vučić, and the Prime Minister of the so-called Kosovo, Albin Kurti, spoke with European mediators in Brussels.',
        [('CONSULT', 'Vučić|Vucic|Serbia|Kurti|Kosovo', None, 'occurred')],
        id='y1'),  # https://b92.net/o/eng/comments?nav_id=116926 (fit)
    pytest.param(
        "Vučić met with the President of the European Council, Charles Michel, the Head of EU Diplomacy, Josep Borrell, the EU's special representative for the dialogue between Belgrade and Pristina, Miroslav Lajcak, as well as with the Chancellor of Germany, Olaf Scholz, the President of France, Emmanuel Macron, and the Prime Minister of Italy, Giorgia Meloni.",
        [('CONSULT', 'Vučić|Vucic|Serbia|Michel|Borrell|Scholz|Macron|Meloni', 'Michel|Borrell|Scholz|Macron|Meloni|European|Vučić|Vucic', 'occurred')],
        id='y2'),  # https://b92.net/o/eng/comments?nav_id=116926 (fit)
    pytest.param(
        'After that meeting, Kurti left the hotel where the talks were held, and the European six met with Vučić.',
        [('CONSULT', 'Vučić|Vucic|Serbia|European', 'Vučić|Vucic|Serbia|European', 'occurred')],
        id='y3', marks=_xfail("'the European six' names no actor, so the meeting with Vučić has no party on that side")),  # https://b92.net/o/eng/comments?nav_id=116926 (aside)
    pytest.param(
        'The EU is ready to organize a high-level meeting between the prime minister of Kosovo, Albin Kurti, and the Serbian president, Aleksandër Vucic, but says that the conditions for such a step must be created first.',
        [('-CONSULT:occurred', None, None)],
        id='z1'),  # https://politiko.al/english/bota/be-gati-te-organizojme-takim-kurti-vucic-por-duhet-te-krjohen-kushtet-i484458 (fit)
    pytest.param(
        "The United Nations envoy to Yemen, Hans Grundberg, concluded a two-day visit to Sana'a, during which he held talks with the leaders of the Houthi militia, about opportunities to revive the stalled truce in the country.",
        [('CONSULT', 'Grundberg|United Nations', 'Houthi', 'occurred')],
        id='ab1'),  # https://newsyemen.net/new/90473 (fit)
    pytest.param(
        "The UN envoy's visit came days after an Omani delegation held a series of meetings with senior leaders of the Houthi militia, in an effort to get the group to accept a revised proposal to expand and renew the truce that ended in early October.",
        [('CONSULT', 'Oman', 'Houthi', 'occurred')],
        id='ab2'),  # https://newsyemen.net/new/90473 (aside)
    pytest.param(
        "Grundberg had arrived in Sana'a, last Sunday, to meet the Houthi leaders in the context of coordinated efforts with the international and regional community to push for a return to the peace path.",
        [('CONSULT', 'Grundberg', 'Houthi', 'occurred')],
        id='ab3'),  # https://newsyemen.net/new/90473 (fit)
    pytest.param(
        'During his visit, Grundberg met with the head of the Houthi ruling council, Mahdi al-Mashat.',
        [('CONSULT', 'Grundberg|Mashat|Houthi', 'Mashat|Houthi|Grundberg', 'occurred')],
        id='ac1'),  # https://d33gy59ovltp76.cloudfront.net/news/grundberg-leaves-sanaa-without-commenting-on-houthi-conditions-for-extending-truce (fit)
    pytest.param(
        'Houthi media reported that al-Mashat met Grundberg and his accompanying delegation.',
        [('CONSULT', 'Grundberg|Mashat|Houthi', 'Mashat|Houthi|Grundberg', 'occurred')],
        id='ac2'),  # https://d33gy59ovltp76.cloudfront.net/news/grundberg-leaves-sanaa-without-commenting-on-houthi-conditions-for-extending-truce (aside)
    pytest.param(
        'Hans Grundberg’s stark warning late Tuesday came after he met in Saudi Arabia’s capital, Riyadh, with Rashad al-Alimi, head of the internationally recognised presidential council, and in Oman’s capital of Muscat with Mohammed Abdul-Salam, the chief negotiator of the Houthi .',
        [('CONSULT', 'Grundberg|Alimi', 'Alimi|Grundberg', 'occurred'), ('CONSULT', 'Grundberg|Abdul-Salam|Houthi', 'Abdul-Salam|Houthi|Grundberg', 'occurred')],
        id='ad2', marks=_xfail("the parser hangs the second 'in ... with' phrase on 'came', so the meeting in Muscat is missed")),  # https://en.shafaqna.com/280950/un-risk-of-return-to-war-in-yemen-is-real/ (fit)
    pytest.param(
        'On Sunday, UN special envoy to Yemen Martin Griffiths held discussions in Muscat with Omani officials as part of his attempts to gather regional pressure to convince the Iran-backed Houthi militias to implement the Sweden agreement.',
        [('CONSULT', 'Griffiths|United Nations', 'Oman', 'occurred')],
        id='ae1'),  # http://www.yemenonline.info/politics/1616 (fit)
    pytest.param(
        'Griffiths is then scheduled to visit Houthi-held Sanaa Monday in order to encounter the militia chief and head of the UN advance team charged with observing the truce, retired Dutch general Patrick Cammaert, informed sources told Asharq Al-Awsat.',
        [('-CONSULT:occurred', None, None)],
        id='ae2'),  # http://www.yemenonline.info/politics/1616 (aside)
    pytest.param(
        'Egypt has said Hamas and Israel must show "flexibility" if they are to strike a deal for a ceasefire and hostage-prisoner exchange in the seven-month war in the Gaza Strip, according to a foreign ministry statement released Friday.',
        [('REQUEST', 'Egypt', 'Hamas|Israel', 'demanded'), ('-AGREE:occurred', None, None)],
        id='af1'),  # https://ndtv.com/world-news/egypt-urges-flexibility-from-israel-and-hamas-in-ceasefire-talks-5630907/amp/1 (fit)
    pytest.param(
        'Hamas said early Friday that its negotiators at ceasefire talks this week in Cairo had left the city for Doha, saying Israel had "rejected the proposal submitted by the mediators and raised objections to it".',
        [('-AGREE:occurred', None, None)],
        id='af2'),  # https://ndtv.com/world-news/egypt-urges-flexibility-from-israel-and-hamas-in-ceasefire-talks-5630907/amp/1 (fit)
    pytest.param(
        'President Biden sent messages to the leaders of Egypt and Qatar urging them to increase pressure on Hamas to make a deal with Israel that would result in a temporary cease-fire in Gaza and the release of hostages held there, a senior administration official said on Friday.',
        [('REQUEST', 'Biden|United States', 'Egypt|Qatar', 'demanded'), ('-AGREE:occurred', None, None)],
        id='ag1', marks=_xfail("'a deal with Israel that would result in a temporary cease-fire' is coded as a deal Egypt and Qatar made")),  # https://mjmnews.cloudaccess.host/usa/biden-urges-egypt-and-qatar-to-push-hamas-to-agree-to-hostage-and-cease-fire-deal (aside)
    pytest.param(
        'During a call on Thursday, Mr. Biden pressed Prime Minister Benjamin Netanyahu of Israel to make a concerted effort for a deal.',
        [('REQUEST', 'Biden|United States', 'Netanyahu|Israel', 'demanded')],
        id='ag2'),  # https://mjmnews.cloudaccess.host/usa/biden-urges-egypt-and-qatar-to-push-hamas-to-agree-to-hostage-and-cease-fire-deal (fit)
    pytest.param(
        'Delegations from Hamas, the U.S. and Qatar reportedly arrived in Cairo on Sunday, raising hopes that a cease-fire agreement could be reached in the Israel-Gaza war.',
        [('-AGREE:occurred', None, None)],
        id='ah1'),  # https://www.politico.eu/article/gaza-cease-fire-hopes-rise-israel-war-hamas/ (fit)
    pytest.param(
        'An Israeli delegation is also hoped to arrive in Cairo Sunday to take part in negotiations, although one source briefed on the talks told Reuters Israel would not join until it received a list of hostages still alive.',
        [('-CONSULT:occurred', 'Israel', None)],
        id='ah2'),  # https://www.politico.eu/article/gaza-cease-fire-hopes-rise-israel-war-hamas/ (aside)
    pytest.param(
        'Blinken is set to hold talks with the Egyptian president and foreign minister in the coastal city of El Alamein following a visit to Israel, where he met Prime Minister Benjamin Netanyahu.',
        [('CONSULT', 'Blinken|United States', 'Egypt', 'pledged'), ('CONSULT', 'Blinken|United States', 'Netanyahu|Israel', 'occurred'), ('-CONSULT:occurred', None, 'Egypt')],
        id='ai1', marks=_xfail("'is set to hold talks' is coded proposed, as the dev annotations code 'set to resume'")),  # https://mideastdiscourse.com/2024/08/20/blinken-arrives-in-egypt-for-gaza-truce-talks (fit)
    pytest.param(
        'Ahead of those talks, Hamas called on the mediators to implement the framework set out by US President Joe Biden in late May, rather than hold more negotiations.',
        [('REQUEST', 'Hamas', None, 'demanded'), ('-CONSULT:occurred', None, None)],
        id='ai2'),  # https://mideastdiscourse.com/2024/08/20/blinken-arrives-in-egypt-for-gaza-truce-talks (fit)
    pytest.param(
        'Blinken said Monday he had “a very constructive meeting” with Israeli Prime Minister Benjamin Netanyahu, who “confirmed to me that Israel accepts the bridging proposal”.',
        [('CONSULT', 'Blinken|United States', 'Netanyahu|Israel', 'occurred')],
        id='ai3'),  # https://mideastdiscourse.com/2024/08/20/blinken-arrives-in-egypt-for-gaza-truce-talks (aside)
    pytest.param(
        'NAIROBI — The Ethiopian government and rival Tiglayan military said Wednesday they had accepted an invitation from the African Union (AU) to join peace talks aimed at ending a two-year conflict.',
        [('-CONSULT:occurred', None, None)],
        id='aj1'),  # https://securykid.com/ethiopia-tiglayan-forces-accept-african-union-led-peace-talks/ (fit)
    pytest.param(
        "NAIROBI, Oct 5 (Reuters) - The African Union has invited Ethiopia's government and rival Tigray forces to peace talks in South Africa this weekend aimed at ending a two-year conflict, in a letter seen by Reuters.",
        [('-CONSULT:occurred', None, None)],
        id='ak1'),  # https://harnnet.org/index.php/articles-corner/english-articles/item/8386-african-union-invites-ethiopia-s-warring-parties-to-peace-talks-in-south-africa-this-sunday (fit)
    pytest.param(
        'Ethiopia’s government and the leaders of the northern Tigray region have both said they are prepared to participate in AU-mediated talks to end fighting that has killed thousands of civilians and uprooted millions since November 2020.',
        [('-CONSULT:occurred', None, None)],
        id='al1', marks=_xfail("'AU-mediated talks' that the parties are prepared to join are coded as a mediation that occurred")),  # https://africanleadershipmagazine.co.uk/au-invites-ethiopia-tigray-forces-to-peace-talks (aside)
    pytest.param(
        'But no formal talks have taken place, during a five-month ceasefire between March and August, and intense fighting has since resumed across Tigray.',
        [('-CONSULT:occurred', None, None)],
        id='al2'),  # https://africanleadershipmagazine.co.uk/au-invites-ethiopia-tigray-forces-to-peace-talks (fit)
    pytest.param(
        'Angola’s president, Joao Lourenco on Wednesday called for the “immediate withdrawal” of Rwandan troops from the Democratic Republic of Congo and for leaders of both countries to meet in Luanda over the conflict urgently.',
        [('REQUEST', 'Lourenco|Lourenço|Angola', 'Rwanda', 'demanded'), ('-CONSULT:occurred', None, None)],
        id='ba1'),  # https://108scoop.com/angola-demands-rwanda-troops-leave-dr-congo-urgent-talks (fit)
    pytest.param(
        'Lourenco also urged the DRC and Rwanda to create “the conditions necessary for the convening of a tripartite summit in Luanda, on an urgent basis, on a date to be communicated in a timely manner.”',
        [('REQUEST', 'Lourenco|Lourenço|Angola', 'Congo|Rwanda', 'demanded'), ('-CONSULT:occurred', None, None)],
        id='ba2'),  # https://108scoop.com/angola-demands-rwanda-troops-leave-dr-congo-urgent-talks (fit)
    pytest.param(
        'A summit of the three leaders planned in mid-December collapsed because Rwandan President Paul Kagame failed to show, leaving Lourenco alone with DRC leader Felix Tshisekedi.',
        [('-CONSULT:occurred', 'Kagame|Rwanda', None)],
        id='ba3'),  # https://108scoop.com/angola-demands-rwanda-troops-leave-dr-congo-urgent-talks (aside)
    pytest.param(
        'DRC state media said that Tshisekedi would not attend crisis talks called on Wednesday with Kagame.',
        [('-CONSULT:occurred', 'Tshisekedi|Congo', None), ('-REQUEST', None, None)],
        id='ba4'),  # https://108scoop.com/angola-demands-rwanda-troops-leave-dr-congo-urgent-talks (fit)
    pytest.param(
        'The Congolese presidency said that negotiations had hit deadlock over a Rwandan demand that the DRC hold direct dialogue with the Kigali-backed and largely ethnic Tutsi M23, who have since 2021 seized swathes of the eastern DRC.',
        [('REQUEST', 'Rwanda', 'Congo', 'demanded'), ('-CONSULT:occurred', 'M23', None)],
        id='ba5'),  # https://108scoop.com/angola-demands-rwanda-troops-leave-dr-congo-urgent-talks (fit)
    pytest.param(
        'Angolan President João Lourenço held urgent telephone talks with his Congolese and Rwandan counterparts on Saturday, following disagreements stemming from the latest round of negotiations in Luanda, which concluded a week ago, according to the Congolese media Actualité.',
        [('CONSULT', 'Lourenço|Lourenco|Angola', 'Congo|Rwanda', 'occurred')],
        id='bb1'),  # https://en.sputniknews.africa/amp/20241020/angolan-president-holds-talks-with-drc-rwanda-counterparts-amid-stalled-negotiations-1068784389.html (aside)
    pytest.param(
        "This claim was subsequently refuted by Kigali, which labeled Suminwa's statement as inaccurate.",
        [('-AGREE:occurred', None, None)],
        id='bb2'),  # https://en.sputniknews.africa/amp/20241020/angolan-president-holds-talks-with-drc-rwanda-counterparts-amid-stalled-negotiations-1068784389.html (fit)
    pytest.param(
        'The heads of state of Angola and Rwanda spoke by phone this Wednesday following peace efforts in the eastern Democratic Republic of the Congo (DRCongo), the Angolan administration said.',
        [('CONSULT', 'Angola|Rwanda', 'Rwanda|Angola', 'occurred')],
        id='bc1'),  # https://24newsreporter.com/world/14031.html (fit)
    pytest.param(
        'M23 has requested a “meeting” with the East African Community (EAC, in English acronym) allied military forces that have begun deploying east of the DRC, as well as with the regional bloc mediator, former Kenyan President Uhuru Kenyatta, who is leading the peace process between the Congolese government and the armed groups operating in that part of the country.',
        [('REQUEST', 'M23', 'East African|EAC|Kenyatta', 'demanded'), ('-CONSULT:occurred', 'M23', None)],
        id='bc2'),  # https://24newsreporter.com/world/14031.html (aside)
    pytest.param(
        'The meeting between Rwandan President Paul Kagame and his Congolese counterpart, Felix Tshisekedi has ended in Luanda, Angola this Wednesday afternoon with both parties agreeing that M23 rebels immediately vacate Bunagana border town and other areas in eastern Congo.',
        [('CONSULT', 'Kagame|Rwanda|Tshisekedi|Congo', 'Tshisekedi|Congo|Kagame|Rwanda', 'occurred'), ('AGREE', 'Kagame|Rwanda|Tshisekedi|Congo', None, 'occurred')],
        id='bd1'),  # https://ugnews24.info/politics/m23-rebels-told-to-leave-bunagana-as-kagame-tshisekedi-meet-in-angola/ (fit)
    pytest.param(
        'The meeting was chaired by Angolan leader, Joao Lourenco who was selected by the African Union to media and “restore trust between the two neighboring countries.”',
        [('CONSULT', 'Lourenco|Lourenço|Angola', None, 'occurred')],
        id='bd2'),  # https://ugnews24.info/politics/m23-rebels-told-to-leave-bunagana-as-kagame-tshisekedi-meet-in-angola/ (fit)
    pytest.param(
        'This commission will hold its first meeting on July 12 in Luanda, Angola.',
        [('-CONSULT:occurred', None, None)],
        id='bd3'),  # https://ugnews24.info/politics/m23-rebels-told-to-leave-bunagana-as-kagame-tshisekedi-meet-in-angola/ (aside)
    pytest.param(
        'U.N. Secretary-General Antonio Guterres has called on all parties in Syria to exercise maximum restraint, amid Turkey’s preparations to start a military operation in the north of the country.',
        [('REQUEST', 'Guterres|United Nations', None, 'demanded')],
        id='bf1'),  # https://www.sarkarimirror.com/un-secretary-general-calls-for-maximum-restraint-on-all-parties-in-syria/ (fit)
    pytest.param(
        'EU foreign police chief Josep Borrell Sunday said that the bloc and NATO have urged Kosovo authorities to de-escalate the tension in northern municipalities where ethnic Serbs live.',
        [('REQUEST', 'European Union|NATO|Borrell', 'Kosovo', 'demanded')],
        id='ca1'),  # https://defence.m5dergi.com/one-cikan/eu-nato-urge-kosovo-to-de-escalate-not-take-unilateral-destabilizing-steps/ (fit)
    pytest.param(
        'Borrell said he spoke with NATO’s Secretary-General Jens Stoltenberg about the situation in the north of Kosovo.',
        [('CONSULT', 'Borrell|Stoltenberg|NATO', 'Stoltenberg|NATO|Borrell', 'occurred')],
        id='ca2'),  # https://defence.m5dergi.com/one-cikan/eu-nato-urge-kosovo-to-de-escalate-not-take-unilateral-destabilizing-steps/ (aside)
    pytest.param(
        'Serbia ordered its army Friday to advance to the border with Kosovo and urged NATO to stop the violence against local Serbs in Kosovo.',
        [('REQUEST', 'Serbia', 'NATO', 'demanded')],
        id='ca3'),  # https://defence.m5dergi.com/one-cikan/eu-nato-urge-kosovo-to-de-escalate-not-take-unilateral-destabilizing-steps/ (fit)
    pytest.param(
        'BELGRADE, Serbia (AA): The NATO-led international peacekeeping mission in Kosovo (KFOR) has urged Serbian and Kosovar authorities to de-escalate tensions in northern municipalities populated by ethnic Serbs.',
        [('REQUEST', 'KFOR|Kosovo Force|NATO', 'Serbia|Kosovo', 'demanded')],
        id='cc1'),  # https://muslimnetwork.tv/nato-urges-serbia-to-de-escalate-tensions-with-kosovo (fit)
    pytest.param(
        '”KFOR urges Belgrade and Pristina to engage in the EU-led dialogue to reduce tensions . . . the only way to peace and normalization,” said the statement.',
        [('REQUEST', 'KFOR|Kosovo Force|NATO', 'Serbia|Kosovo|Belgrade|Pristina', 'demanded'), ('-CONSULT:occurred', None, None)],
        id='cc2', marks=_xfail('KFOR is not recognized as an actor at the head of a quotation')),  # https://muslimnetwork.tv/nato-urges-serbia-to-de-escalate-tensions-with-kosovo (aside)
    pytest.param(
        'The US and the EU have both called for an "unconditional de-escalation" of tensions between Kosovo and Serbia as fears of another armed conflict between the two Balkan countries continue to grow, Belga News Agency has reported.',
        [('REQUEST', 'United States|European Union', 'Kosovo|Serbia', 'demanded')],
        id='cd1'),  # https://brusselstimes.com/343864/kosovo-tensions-us-and-eu-call-for-unconditional-de-escalation (fit)
    pytest.param(
        'The statement added that both the US and the EU "are working with [Serbian] President Vucic and [Kosovan] Prime Minister Kurti to find a political solution in order to defuse the tensions and agree on the way forward in the interest of stability, safety and well-being of all local communities."',
        [('-AGREE:occurred', None, None)],
        id='cd2'),  # https://brusselstimes.com/343864/kosovo-tensions-us-and-eu-call-for-unconditional-de-escalation (fit)
    pytest.param(
        'The United States and the European Union called on both Kosovo and Serbia to “exercise restraint”, amid escalating tensions in northern Kosovo.',
        [('REQUEST', 'United States|European Union', 'Kosovo|Serbia', 'demanded')],
        id='ce1'),  # https://kavak-adventures.com/kosovo-and-serbia-international-calls-for-restraint-as-tensions-escalate/ (aside)
    pytest.param(
        'Kosovar Prime Minister Albin Kurti said it was time for peacekeepers, led by NATO, to remove those barriers.',
        [('REQUEST', 'Kurti|Kosovo', 'NATO|peacekeepers', 'demanded')],
        id='ce3', marks=_xfail("'it was time for peacekeepers ... to remove those barriers' is not read as a demand")),  # https://kavak-adventures.com/kosovo-and-serbia-international-calls-for-restraint-as-tensions-escalate/ (fit)
    pytest.param(
        'NATO Mission in Kosovo said it supports dialogue between all parties to defuse tension.',
        [('-CONSULT:occurred', None, None)],
        id='ce4'),  # https://kavak-adventures.com/kosovo-and-serbia-international-calls-for-restraint-as-tensions-escalate/ (fit)
    pytest.param(
        'The Yemeni government has called for intensified international pressure on the Houthi rebel group to ensure the safety of UN staff members who have been abducted.',
        [('REQUEST', 'Yemen', None, 'demanded')],
        id='cf1'),  # https://www.theworldmonitor.com/yemen-urges-pressure-on-houthis-for-release-of-un-hostages (aside)
    pytest.param(
        'Yemen’s plea urges the United Nations and permanent members of the UN Security Council to impose additional sanctions on Houthi leaders and raise global awareness about the dangers posed by the group.',
        [('REQUEST', 'Yemen', 'United Nations|Security Council', 'demanded'), ('-SANCTION:occurred', None, None)],
        id='cf2', marks=_xfail("a plea as the subject of 'urges' is taken for an act named as subject; the plea's target comes from 'sanctions on Houthi leaders'")),  # https://www.theworldmonitor.com/yemen-urges-pressure-on-houthis-for-release-of-un-hostages (fit)
    pytest.param(
        'The UN has condemned the Houthis’ actions, calling for the immediate release of all kidnapped personnel.',
        [('REQUEST', 'United Nations', None, 'demanded')],
        id='cf3'),  # https://www.theworldmonitor.com/yemen-urges-pressure-on-houthis-for-release-of-un-hostages (fit)
]


def _matches(ex: Extraction, e: Event, type_: str, actor: str, target: str | None) -> bool:
    """Whether an event has this type, an actor named by ``actor`` and a target named by ``target``; a
    symmetric event may list the sides the other way round."""
    if e.type != type_:
        return False
    actors, targets = party_names(ex, e.actors), party_names(ex, e.targets)
    if named(actor, actors):
        return target is None or named(target, targets)
    return named(actor, targets) and (target is None or named(target, actors))


def _holds(ex: Extraction, check: tuple[str | None, ...]) -> bool:
    """A check holds: the event is coded with its status, or "-TYPE[:status]" is not coded (for that actor
    and target, when given)."""
    kind = check[0] or ""
    if kind.startswith("-"):
        type_, _, status = kind[1:].partition(":")
        actor, target = check[1], check[2]
        return not [e for e in ex.events if e.type == type_ and (not status or e.status == status)
                    and (actor is None or named(actor, party_names(ex, e.actors)))
                    and (target is None or named(target, party_names(ex, e.targets)))]
    _, actor, target, status = check
    return any(_matches(ex, e, kind, actor or "", target) and e.status == status for e in ex.events)


@pytest.mark.parametrize(("text", "checks"), CASES)
def test_events_coded_as_annotated(text: str, checks: list[tuple[str | None, ...]]) -> None:
    """Each expected event is coded with its status, and none of the ruled-out ones is."""
    ex = extract(text, published="2024-06-01")
    for check in checks:
        assert _holds(ex, check), (check, coded_parties(ex))
