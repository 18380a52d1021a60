"""Positions round 17, near misses: an issue worded slightly off, or a holder that is the speaker for the body.

docs/annotation.md section 5: the issue is a short noun phrase in the text's own words (matched by token F1 >= 0.5),
and a speaker and the body they speak for are alternative holders (one required, the other an optional copy). Real
sentences from outlets and conflicts the gold does not hold (Afghanistan, Sri Lanka, Ivory Coast, Haiti, Central
African Republic, Georgia, Turkey-PKK, ...), each with its URL and publication date; a holder (part of its name or alias,
"|" between alternatives) and the issue a reader expects ("|" between wordings, as ``alt_issues``), matched as the
scorer matches. Expectations were written before parley was run; the first value of each case says whether it was a
"fit" case (looked at while writing the rules) or an "aside" one (only measured at the end). ``xfail`` marks cases not
fixed, with why.

Covered: a phrase after the issue that tells its frame, purpose, occasion or source is cut at any length ("for this
purpose", "in a bid to", "on multiple occasions", "as per the Ministry"); a timing adverb after a noun issue ("ready for a
ceasefire now"); a plan's relative clause no longer empties its "of" phrase ("open negotiations on the basis of a plan
they unveiled"); "welcomed news that two humanitarian corridors would be established" (the corridors) and "the agency"
for the body named before; "it is incumbent upon X to V" (a demand); a long phrase cut before its first trailing
preposition keeps the reporter's words ("full and unhindered humanitarian access", not the vocabulary's "humanitarian
aid"); a spokesperson's stance is also the body's ("Andrej Mahecic, spokesperson for UNHCR").
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import NEGATIVE, XFAIL, held_by, issue_overlap

GEORGIA = ('The United Nations refugee agency (UNHCR) called on Sunday for humanitarian access and safe '
           'passage for thousands of civilians caught up in fighting in the Georgian breakaway region of '
           'South Ossetia. The agency welcomed news that two humanitarian corridors would be established for'
           ' civilians caught up in the conflict.')
AMOS13 = ('The United Nations humanitarian chief on Saturday called for a ceasefire in Moadamiyeh in Rural '
          'Damascus to allow aid agencies access to evacuate thousands of civilians trapped by the ongoing '
          'conflict in Syria.')
AMOS9 = ('As fighting between Syrian Government and opposition forces continue to intensify, the United '
         'Nations humanitarian chief today called on all sides to agree to a pause in the hostilities so '
         'that relief agencies could gain “immediate and unhindered access” to evacuate desperate civilians '
         'trapped in towns and cities increasingly under siege.')
GUTERRES_AP = ('U.N. Secretary-General Antonio Guterres is calling for immediate talks between Afghanistan’s'
               ' government and the Taliban, saying the current moment represents “perhaps the most '
               'significant chance” to find a negotiated resolution of the country’s 17-year war.')
YAMAMOTO = ('The government of Afghanistan and the Taliban should start peace negotiations as soon as '
            'possible, Special Representative of the United Nations Secretary-General Tadamichi Yamamoto '
            'said on Tuesday.')
ENVOY_AP = ('The U.N. envoy for Afghanistan says it\'s "imperative" that direct talks between the Afghan '
            'government and the Taliban start quickly and is urging the militant Islamist group to retract '
            'its threat to disrupt the upcoming presidential election.')
MUJAHID = ('Afghan Taliban spokesman Zabihullah Mujahid said they wanted to maintain good relations with the'
           ' United States and the rest of the world.')
SHAHEEN = ('Welcoming possible US involvement in the reconstruction of the country, the Taliban says it is '
           'ready to have relations with Washington, the group’s spokesman Suhail Shaheen told Sputnik. '
           'Shaheen added, the Taliban will not have any relations with Israel but wants to maintain a '
           'dialogue with all of its neighbours.')
FSA = ('Syrian rebels fighting the forces of President Bashar al-Assad are committed to a ceasefire under a '
       'U.N.-backed peace plan to end the year-long conflict, a rebel spokesman said on Tuesday.')
THAMILSELVAN = ('Tamil Tiger political chief S.P. Thamilselvan said the rebel group was ready "even in the '
                'next minute" to begin talks with the government.')
NADESAN = ("LTTE's political wing chief, V Nadesan, on Thursday said that the group was ready for a "
           "ceasefire now, while accusing the Sri Lankan government of 'abrogating' the six-year-long "
           'ceasefire, which came to an end early this year.')
PKK = ('In a statement, the PKK said it fully supports Ocalan’s call and will no longer engage in armed '
       'action unless attacked. The group also urged the Turkish government to release Öcalan so he could '
       'lead the disarmament process.')
CHINA12 = ('China supports all efforts to peacefully and appropriately resolve the Syrian crisis, announced '
           'Monday a spokesman for the Chinese Foreign Ministry.')
HUA17 = ('On the alleged use of chemical weapons by the Syrian government, which the US has said triggered '
         'the decision to launch the missiles, foreign ministry spokesperson Hua Chunying said China was in '
         'favour of an evidence-based impartial UN probe into the allegation.')
GUTERRES_RF = ('UN Secretary-General Antonio Guterres has called for immediate talks between the Afghan '
               'government and the Taliban, saying peace can only be reached through "comprehensive '
               'intra-Afghan dialogue."')
YAMAMOTO18 = ('"The offer of negotiation is on the table," said Tadamichi Yamamoto at a Security Council '
              'meeting. "It is now incumbent upon the Taliban to come forward with an offer of their own, '
              'and start direct talks with the government to put an end to the suffering of the Afghan '
              'people," he said.')
TIGERS03 = ('Tamil Tiger rebels ended their eight-month boycott of talks and said they were ready to open '
            'negotiations on the basis of a plan they unveiled on Saturday. The Liberation Tigers of Tamil '
            'Eelam asked peace-broker Norway to arrange a meeting with Colombo to discuss the landmark '
            'power-sharing plan they publicly announced, a day after handing it over to the Sri Lankan '
            'government.')
KADIRGAMAR = ('Colombo is ready for immediate peace talks with Tamil Tiger guerrillas, Sri Lankan Foreign '
              'Minister Lakshman Kadirgamar said here Saturday. Kadirgamar, however, ruled out peace talks '
              'before the year end, despite saying Colombo was ready for dialogue "forthwith" with the rebel'
              ' group.')
TIGERS09 = ('Sri Lanka’s Tamil Tiger rebels Monday said they were ready to comply with international calls '
            'for a ceasefire but would not lay down their arms.')
TIGERS08 = ('The Tamil Tigers in Sri Lanka have expressed readiness to hold talks with the government in '
            'Colombo if it halted the military operations against them, but warned that the offer should not'
            ' be seen as "any desperation" on their part to stop the war.')
PRABHAKARAN = ('Tamil Tiger supremo Velupillai Prabhakaran has agreed to open talks with the Sri Lankan '
               'government and pledged "commitment" to the process.')
TIGERS05 = ("The political leader of the Tamil Tiger rebels has called for immediate talks with Sri Lanka's "
            'government to save a shaky ceasefire.')
KCK = ('KCK statement underlined that "democratic autonomy" is the only formula to solve the Kurdish '
       'Question and warned the Turkish government that it will take unilateral steps to form autonomies in '
       'Kurdish areas.')
ENVOY19 = ('The UN envoy further added that the Taliban group should come to the table and negotiate '
           'directly with the Afghan government.')
IVORY = ('President Laurent Gbagbo’s government having already yielded the north of Ivory Coast to the '
         'rebels in just 15 days has made clear it is open to a cease-fire.')
CAR = ('Rebels in the Central African Republic say they have agreed to a temporary cease-fire deal with the '
       "government. The rebels have been calling for President Francois Bozize's resignation.")
CAR2 = ('A spokesman for rebels mounting an offensive against the government of Central African Republic '
        'says the fighters will observe a one-week cease-fire amid peace talks in Gabon.')
TALIBAN15 = ('“All problems can be resolved through dialogue after the withdrawal of foreign troops from '
             'Afghan soil,” said a Taliban statement on Thursday. The group said it was “ready to initiate '
             'meaningful negotiations” for ending the long-standing war in Afghanistan if their “legitimate '
             'demands” were met.')
TALIBAN21 = ('The Taliban said they would not participate in any peace talks for Afghanistan until all '
             'foreign forces leave the Asian country.')
MUJAHID19 = ('Afghan Taliban Spokesman Zabihullah Mujahid dismissed speculation on the possibility of a '
             'peace agreement in coming days, stressing that a total pullout of foreign forces from '
             'Afghanistan, including the US forces, is a precondition for any deal.')
MOSCOW19 = ('A Taliban official on Tuesday called for the complete withdrawal of international forces from '
            'Afghanistan at a meeting in Moscow attended by a Taliban delegation.')
HAITI = ('PORT-AU-PRINCE, Haiti (Reuters) - Haitian rebel leader Guy Philippe said on Wednesday his forces '
         'would lay down their arms and would no longer patrol the streets of the capital, Port-au-Prince.')
HAITI2 = "Haiti's rebels have agreed to lay down their arms, succumbing to growing international pressure."
IVORY03 = ("Rebel leaders in Ivory Coast Friday rejected President Laurent Gbagbo's call to lay down their "
           'arms, and accused him of hoarding arms. The rebels say both sides must disarm.')
GHOUTA = ('GENEVA, March 20 (Xinhua) -- The UN refugee agency UNHCR on Tuesday said it is alarmed by a '
          'further deepening of the humanitarian crisis in Syria. In Eastern Ghouta alone, UNHCR said, more '
          'than 45,000 Syrians have fled their homes in recent days. "All existing shelters are extremely '
          'congested," Andrej Mahecic, spokesperson for UNHCR, told a press briefing here on Tuesday. "Full '
          'and unhindered humanitarian access to civilians inside and outside Eastern Ghouta, in collective '
          'shelters and elsewhere is crucial to ensure the urgent needs of civilians are met," Mahecic '
          'stressed.')
STEINMEIER = ('Berlin - Germany said Friday it will help mediate in the Gaza conflict, with Foreign Minister'
              ' Frank-Walter Steinmeier set to visit with Israeli and Egyptian officials this weekend. The '
              'minister has already made a series of telephone calls to key players in the region in a bid '
              'to achieve a "humanitarian ceasefire" in the Gaza Strip.')
ZARIF = ('TEHRAN – Foreign Minister Mohammad Javad Zarif has said Iran is steadfast in its readiness to '
         "mediate between Turkey and Syria which have been engaged in sporadic military conflicts in Syria's"
         ' northwest.')
LAVROV = ('Russia has agreed to mediate in the Libyan conflict if government troops halt their attacks on '
          'Misrata and implement the United Nations resolutions, Russian Foreign Minister Sergei Lavrov told'
          ' Libyan Prime Minister Al-Baghdadi Ali al-Mahmoud.')

# Stances a reader codes: positive (support, offer, willing, demand) or negative (oppose, reject).
STANCES = [
    pytest.param(  # https://www.reuters.com/article/us-georgia-ossetia-unhcr-idUSHO04637620080810
        'fit', '2008-08-10', GEORGIA, 'UNHCR|refugee agency', 'humanitarian access and safe passage|humanitarian access|safe passage', 'positive', id='reuters-unhcr-access'),
    pytest.param(  # https://www.reuters.com/article/us-georgia-ossetia-unhcr-idUSHO04637620080810
        'fit', '2008-08-10', GEORGIA, 'UNHCR|refugee agency', 'two humanitarian corridors|humanitarian corridors', 'positive', id='reuters-unhcr-corridors'),
    pytest.param(  # https://nation.com.pk/20-Oct-2013/un-urges-safe-passage-for-syria-aid
        'fit', '2013-10-20', AMOS13, 'United Nations', 'ceasefire in Moadamiyeh|ceasefire', 'positive', id='nation-un-ceasefire'),
    pytest.param(  # https://news.un.org/en/story/2013/09/448952-...
        'fit', '2013-09-01', AMOS9, 'United Nations', 'pause in the hostilities|pause in hostilities', 'positive', id='unnews-un-pause'),
    pytest.param(  # https://www.seattletimes.com/nation-world/nation/un-chief-urges-speedy-afghan-government-and-taliban-talks/
        'fit', '2019-03-07', GUTERRES_AP, 'Guterres', "immediate talks between Afghanistan's government and the Taliban|immediate talks|talks between the government and the Taliban", 'positive', id='seattle-guterres-talks'),
    pytest.param(  # https://www.seattletimes.com/nation-world/nation/un-chief-urges-speedy-afghan-government-and-taliban-talks/
        'fit', '2019-03-07', GUTERRES_AP, 'United Nations|U.N.', "immediate talks between Afghanistan's government and the Taliban|immediate talks|talks between the government and the Taliban", 'positive', id='seattle-guterres-talks-un',
        marks=XFAIL("a head's stance is not copied to the IGO: the gold codes heads (Borrell, Guterres) with the body copied only in some sentences, and copies cost dev precision; spokespeople's are copied")),
    pytest.param(  # https://www.urdupoint.com/en/world/intra-afghan-talks-should-begin-as-soon-as-po-708831.html
        'aside', '2019-09-10', YAMAMOTO, 'Yamamoto', 'peace negotiations|start peace negotiations', 'positive', id='urdupoint-yamamoto',
        marks=XFAIL("'X and Y should start peace negotiations, Special Representative ... Yamamoto said': a demand on others said after the clause, not read")),
    pytest.param(  # https://www.urdupoint.com/en/world/intra-afghan-talks-should-begin-as-soon-as-po-708831.html
        'aside', '2019-09-10', YAMAMOTO, 'United Nations', 'peace negotiations|start peace negotiations', 'positive', id='urdupoint-yamamoto-un',
        marks=XFAIL("'X and Y should start peace negotiations, Special Representative ... Yamamoto said': a demand on others said after the clause, not read")),
    pytest.param(  # https://www.westport-news.com/news/us/article/UN-envoy-It-s-imperative-to-start-14428682.php
        'fit', '2019-09-10', ENVOY_AP, 'United Nations|U.N.', 'direct talks between the Afghan government and the Taliban|direct talks', 'positive', id='westport-envoy-talks'),
    pytest.param(  # https://dip.org.ua/en/afghanistan/its-a-victory-for-all-of-us-...
        'fit', '2021-08-31', MUJAHID, 'Taliban', 'good relations with the United States|good relations', 'positive', id='dip-mujahid-relations'),
    pytest.param(  # https://www.wionews.com/south-asia/with-reconstruction-on-mind-taliban-ready-to-have-relations-with-us-411386
        'fit', '2021-09-07', SHAHEEN, 'Taliban', 'relations with Washington|relations', 'positive', id='wion-taliban-relations'),
    pytest.param(  # https://www.wionews.com/south-asia/with-reconstruction-on-mind-taliban-ready-to-have-relations-with-us-411386
        'aside', '2021-09-07', SHAHEEN, 'Taliban', 'relations with Israel|any relations with Israel', 'negative', id='wion-taliban-israel',
        marks=XFAIL("'Shaheen added, the Taliban will not have ...': a reporting verb before a comma-spliced clause is not read")),
    pytest.param(  # https://www.wionews.com/south-asia/with-reconstruction-on-mind-taliban-ready-to-have-relations-with-us-411386
        'aside', '2021-09-07', SHAHEEN, 'Taliban', 'dialogue with all of its neighbours|dialogue with its neighbours|dialogue', 'positive', id='wion-taliban-dialogue',
        marks=XFAIL("'Shaheen added, the Taliban ... wants to maintain a dialogue': a reporting verb before a comma-spliced clause is not read")),
    pytest.param(  # https://townhall.com/news/us/2012/04/10/rebels-still-ready-for-truce-if-assad-complies-n1298776
        'fit', '2012-04-10', FSA, 'rebels', 'ceasefire under a U.N.-backed peace plan|ceasefire', 'positive', id='townhall-fsa-ceasefire'),
    pytest.param(  # https://online91.thedailystar.net/2005/09/18/d509181308102.html
        'aside', '2005-09-18', THAMILSELVAN, 'Tamil Tiger|LTTE', 'talks with the government|begin talks', 'positive', id='dailystar-thamilselvan',
        marks=XFAIL("'the rebel group' becomes an actor of its own instead of the Tamil Tigers named in the speaker's title (actor recognition)")),
    pytest.param(  # https://online91.thedailystar.net/2005/09/18/d509181308102.html
        'aside', '2005-09-18', TIGERS05, 'Tamil Tiger|LTTE', "immediate talks with Sri Lanka's government|immediate talks", 'positive', id='dailystar-tigers-talks'),
    pytest.param(  # https://business.rediff.com/news/2008/jul/11ltte.htm
        'fit', '2008-07-11', NADESAN, 'LTTE|Tamil', 'ceasefire', 'positive', id='rediff-nadesan-ceasefire'),
    pytest.param(  # https://www.sofx.com/pkk-declares-immediate-ceasefire-after-leaders-call-to-disarm/
        'fit', '2025-03-01', PKK, 'PKK|Kurdistan Workers', "Ocalan's call|call", 'positive', id='sofx-pkk-call'),
    pytest.param(  # https://www.sofx.com/pkk-declares-immediate-ceasefire-after-leaders-call-to-disarm/
        'aside', '2025-03-01', PKK, 'PKK|Kurdistan Workers', 'release Öcalan|release of Öcalan', 'positive', id='sofx-pkk-release'),
    pytest.param(  # https://thechinatimes.com/online/2012/02/2437.html
        'fit', '2012-02-27', CHINA12, 'China', 'efforts to resolve the Syrian crisis|resolve the Syrian crisis|all efforts', 'positive', id='chinatimes-efforts'),
    pytest.param(  # http://www.hindustantimes.com/world-news/china-calls-for-calm-...
        'aside', '2017-04-07', HUA17, 'China|Hua', 'evidence-based impartial UN probe|UN probe into the allegation|impartial UN probe', 'positive', id='ht-china-probe'),
    pytest.param(  # https://en.radiofarda.com/amp/un-chief-urges-direct-talks-between-afghan-government-taliban/29810621.html
        'fit', '2019-03-08', GUTERRES_RF, 'Guterres', 'immediate talks between the Afghan government and the Taliban|immediate talks', 'positive', id='farda-guterres-talks'),
    pytest.param(  # https://business-standard.com/amp/article/pti-stories/un-calls-on-taliban-to-take-up-offer-of-direct-talks-118030900052_1.html
        'fit', '2018-03-09', YAMAMOTO18, 'Yamamoto', 'direct talks with the government|direct talks', 'positive', id='bs-yamamoto-direct'),
    pytest.param(  # http://in.rediff.com/news/2003/nov/01ltte.htm
        'fit', '2003-11-01', TIGERS03, 'Tamil Tiger|LTTE|Liberation Tigers', 'negotiations on the basis of a plan|open negotiations|negotiations', 'positive', id='rediff03-negotiations'),
    pytest.param(  # http://in.rediff.com/news/2003/nov/01ltte.htm
        'aside', '2003-11-01', TIGERS03, 'Tamil Tiger|LTTE|Liberation Tigers', 'meeting with Colombo|arrange a meeting with Colombo', 'positive', id='rediff03-meeting'),
    pytest.param(  # https://www.albawaba.com/news/sri-lanka-ready-immediate-peace-talks-tamil-rebels-says-fm
        'fit', '2002-08-31', KADIRGAMAR, 'Sri Lanka|Colombo|Kadirgamar', 'immediate peace talks with Tamil Tiger guerrillas|immediate peace talks|peace talks', 'positive', id='albawaba-colombo-talks'),
    pytest.param(  # https://www.albawaba.com/news/sri-lanka-ready-immediate-peace-talks-tamil-rebels-says-fm
        'fit', '2002-08-31', KADIRGAMAR, 'Kadirgamar|Sri Lanka', 'peace talks before the year end|peace talks', 'negative', id='albawaba-ruled-out'),
    pytest.param(  # https://www.albawaba.com/news/sri-lanka-ready-immediate-peace-talks-tamil-rebels-says-fm
        'fit', '2002-08-31', KADIRGAMAR, 'Sri Lanka|Colombo|Kadirgamar', 'dialogue with the rebel group|dialogue', 'positive', id='albawaba-dialogue'),
    pytest.param(  # https://www.lankabusinessonline.com/sri-lankas-tamil-tigers-say-ready-for-ceasefire/
        'aside', '2009-02-23', TIGERS09, 'Tamil Tiger', 'comply with international calls for a ceasefire|ceasefire|international calls for a ceasefire', 'positive', id='lbo-comply'),
    pytest.param(  # https://www.lankabusinessonline.com/sri-lankas-tamil-tigers-say-ready-for-ceasefire/
        'aside', '2009-02-23', TIGERS09, 'Tamil Tiger', 'lay down their arms|laying down arms', 'negative', id='lbo-arms'),
    pytest.param(  # http://srilankainfocus.blogspot.com/2008_03_16_archive.html
        'fit', '2008-03-16', TIGERS08, 'Tamil Tiger', 'talks with the government|hold talks with the government in Colombo', 'positive', id='toi-tigers-talks'),
    pytest.param(  # https://dnaindia.com/world/report-ltte-says-it-s-ready-to-resume-talks-1055446/amp
        'fit', '2006-09-27', PRABHAKARAN, 'Prabhakaran', 'talks with the Sri Lankan government|open talks', 'positive', id='dna-prabhakaran'),
    pytest.param(  # https://anfenglish.com/kurdistan/pkk-government-response-may-pave-the-way-for-a-peaceful-solution-1762
        'fit', '2010-08-16', KCK, 'KCK', 'democratic autonomy', 'positive', id='anf-kck-autonomy',
        marks=XFAIL("'KCK statement' is not recognized as an actor, and 'X is the only formula to solve Y' is no stance reading")),
    pytest.param(  # https://avapress.com/en/news/187077/common-message-to-taliban-regarding-peace-process-is-clear-un-envoy
        'aside', '2019-06-27', ENVOY19, 'United Nations|UN', 'negotiate directly with the Afghan government|come to the table|direct negotiations with the Afghan government', 'positive', id='ava-envoy-negotiate'),
    pytest.param(  # http://www2.ljworld.com/news/2002/oct/04/ivory_coast_rebels/
        'fit', '2002-10-04', IVORY, 'Ivory Coast|Gbagbo|Côte', 'cease-fire', 'positive', id='ljworld-gbagbo-open'),
    pytest.param(  # https://voa.pangea-cms.com/preview/en-US/a/car-rebels-central-african-republic-cease-fire/1581554.html
        'fit', '2013-01-10', CAR, 'rebel', 'temporary cease-fire deal|cease-fire deal|cease-fire', 'positive', id='voa-car-deal'),
    pytest.param(  # https://voa.pangea-cms.com/preview/en-US/a/car-rebels-central-african-republic-cease-fire/1581554.html
        'fit', '2013-01-10', CAR, 'rebel', "Bozize's resignation|resignation of Bozize", 'positive', id='voa-car-resignation'),
    pytest.param(  # https://warsintheworld.com/index.php/2013/01/11/central-african-republic-seleka-rebels-agree-to-ceasefire-of-1-week
        'fit', '2013-01-11', CAR2, 'rebel', 'one-week cease-fire|cease-fire', 'positive', id='wars-car-ceasefire',
        marks=XFAIL("'A spokesman for rebels mounting an offensive ...' is read as one person actor (of sector GOV), so 'the fighters' has no rebel group to stand for (actor recognition)")),
    pytest.param(  # https://tribune.com.pk/story/973377/taliban-set-pre-conditions-for-afghan-peace-talks
        'fit', '2015-10-16', TALIBAN15, 'Taliban', 'meaningful negotiations|initiate meaningful negotiations', 'positive', id='tribune-taliban-negotiations'),
    pytest.param(  # https://english.alahednews.com.lb/59509/532
        'fit', '2021-04-14', TALIBAN21, 'Taliban', 'peace talks for Afghanistan|peace talks|any peace talks', 'negative', id='alahed-taliban-talks'),
    pytest.param(  # https://www.eurasiareview.com/11082019-taliban-urges-pullout-f-foreign-forces-from-afghanistan/
        'fit', '2019-08-11', MUJAHID19, 'Mujahid|Taliban', 'total pullout of foreign forces from Afghanistan|pullout of foreign forces', 'positive', id='eurasia-mujahid-pullout'),
    pytest.param(  # https://abbtakk.tv/taliban-calls-for-withdrawal-of-all-foreign-troops-from-afghanistan/
        'fit', '2019-02-05', MOSCOW19, 'Taliban', 'complete withdrawal of international forces from Afghanistan|withdrawal of international forces', 'positive', id='abbtakk-withdrawal'),
    pytest.param(  # https://www.eupedia.com/forum/archive/index.php/t-7229.html
        'fit', '2004-03-03', HAITI, 'Philippe|rebel', 'lay down their arms|laying down arms|disarmament', 'positive', id='reuters-haiti-lay-down',
        marks=XFAIL("'his forces would lay down their arms' (a leader's forces pledging) is not read as a pledge of the leader or the rebels")),
    pytest.param(  # https://www.aljazeera.com/archive/2004/03/200849135948568972.html
        'fit', '2004-03-03', HAITI2, 'rebel', 'lay down their arms|laying down arms|disarmament', 'positive', id='aljazeera-haiti-agreed'),
    pytest.param(  # https://www.voanews.com/a/a-13-a-2003-11-28-11-ivorian-67588522/389338.html
        'fit', '2003-11-28', IVORY03, 'rebel', "Gbagbo's call to lay down their arms|lay down their arms|call to lay down arms", 'negative', id='voa-ivory-reject-call'),
    pytest.param(  # http://m.yinlong168.com/english/2018-03/21/c_137053569.htm
        'fit', '2018-03-21', GHOUTA, 'Mahecic', 'full and unhindered humanitarian access|humanitarian access', 'positive', id='xinhua-mahecic-access'),
    pytest.param(  # http://m.yinlong168.com/english/2018-03/21/c_137053569.htm
        'fit', '2018-03-21', GHOUTA, 'UNHCR', 'full and unhindered humanitarian access|humanitarian access', 'positive', id='xinhua-mahecic-access-unhcr'),
    pytest.param(  # http://www.topnews.in/german-foreign-minister-joins-mideast-mediation-2107555
        'fit', '2009-01-09', STEINMEIER, 'Germany|Steinmeier', 'mediate in the Gaza conflict|help mediate', 'positive', id='topnews-germany-mediate'),
    pytest.param(  # http://www.topnews.in/german-foreign-minister-joins-mideast-mediation-2107555
        'fit', '2009-01-09', STEINMEIER, 'Germany|Steinmeier', 'humanitarian ceasefire|humanitarian ceasefire in the Gaza Strip', 'positive', id='topnews-steinmeier-ceasefire'),
    pytest.param(  # https://www.tehrantimes.com/news/445053/Iran-reiterates-readiness-to-mediate-between-Turkey-and-Syria
        'fit', '2020-02-13', ZARIF, 'Iran|Zarif', 'mediate between Turkey and Syria|mediation between Turkey and Syria', 'positive', id='tehrantimes-zarif-mediate'),
    pytest.param(  # http://www.thehindu.com/news/international/russia-offers-to-mediate-on-libya/article1764170.ece
        'fit', '2011-04-25', LAVROV, 'Russia|Lavrov', 'mediate in the Libyan conflict|mediation', 'positive', id='hindu-russia-mediate'),
    pytest.param(  # http://www.thehindu.com/news/international/russia-offers-to-mediate-on-libya/article1764170.ece
        'fit', '2011-04-25', LAVROV, 'Russia|Lavrov', 'halt their attacks on Misrata|halt attacks on Misrata', 'positive', id='hindu-russia-halt'),
]


@pytest.mark.parametrize(("split", "published", "text", "holder", "issue", "stance"), STANCES)
def test_nearmiss_round17(run, split, published, text, holder, issue, stance) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    assert any(issue_overlap(i, p.issue) >= 0.5 and (stance == "negative") == (p.stance in NEGATIVE)
               for p in held_by(ex, holder) for i in issue.split("|")), [(p.holder, p.stance, p.issue) for p in ex.positions]
