"""Events whose words name their parties indirectly, and words that report no agreement or demand.

Found: a group named by whom it represents ("A high-profile delegation representing the Sudanese
Armed Forces arrived ... to resume peace talks"); a meeting a third party hosts or mediates, kept
beside the mediation ("Qatar mediated a surprise meeting between ... Tshisekedi and ... Kagame");
a release a third party facilitates, done by whoever held the captives ("facilitated the release of
125 Sudanese soldiers held by the Rapid Support Forces"); property torched or razed (an attack with
no party as its target); an envoy summoned (a protest against the envoy's state, not a request); an
invitation to a summit (a proposed meeting).

Absent: an attempt to agree that failed ("struggles to agree"), a need foretold by a deal's terms
("Hamas will need to release all of the hostages"), questions put in interviews, "demand" of a
market, a group "called" something, an agreement defined or described, and agreements only
mentioned. Each case is a sentence from a news page, with its address.
"""

from __future__ import annotations

import pytest

from tests.pipeline.event_support import assert_absent, assert_found

FOUND = [
    pytest.param(
        'A high-profile delegation representing the Sudanese Armed Forces arrived in Jeddah on Saturday to resume peace talks with Rapid Support Forces (RSF), as both parties have been tearing through the country in a power struggle.',
        'CONSULT', 'Sudanese Armed Forces', 'Rapid Support Forces', 'occurred',
        id='https://www.albawaba.com/news/sudanese-army-resume-talks-rsf-jeddah-1526659'),
    pytest.param(
        'In March, Qatar mediated a surprise meeting between DRC President Felix Tshisekedi and Rwandan President Paul Kagame, resulting in a call for an immediate ceasefire.',
        'CONSULT', 'Tshisekedi', 'Kagame', 'occurred',
        id='https://trendbrio.com/dr-congo-m23-rebels-sign-peace-declaration-in-qatar#meeting'),
    pytest.param(
        'In March, Qatar mediated a surprise meeting between DRC President Felix Tshisekedi and Rwandan President Paul Kagame, resulting in a call for an immediate ceasefire.',
        'CONSULT', 'Qatar', 'Kagame', 'occurred',
        id='https://trendbrio.com/dr-congo-m23-rebels-sign-peace-declaration-in-qatar#mediation'),
    pytest.param(
        'The International Committee of the Red Cross said on Thursday it had facilitated the release of 125 Sudanese soldiers held by the Rapid Support Forces (RSF), a paramilitary group that has been fighting Sudanese forces since April.',
        'RETREAT', 'Rapid Support Forces', None, 'occurred',
        id='https://english.alarabiya.net/News/middle-east/2023/06/29/ICRC-says-125-detained-Sudanese-soldiers-detained-by-RSF-released'),
    pytest.param(
        'The International Committee of the Red Cross on Wednesday facilitated the release of 125 soldiers of the Sudanese Armed Forces held by the Rapid Support Forces (RSF) in its role as neutral intermediary and following a request by the parties to the conflict.',
        'RETREAT', 'Rapid Support Forces', None, 'occurred',
        id='https://www.zawya.com/en/press-release/africa-press-releases/sudan-the-international-committee-of-the-red-cross-icrc-facilitates-release-of-125-detainees-vhaacf2c'),
    pytest.param(
        'Wad Madani — The International Committee of the Red Cross (ICRC) on Monday facilitated the release of 64 army soldiers who were held by the Rapid Support Forces (RSF) in Khartoum.',
        'RETREAT', 'Rapid Support Forces', None, 'occurred',
        id='https://allafrica.com/stories/202311020157.html'),
    pytest.param(
        'The International Committee of the Red Cross said Thursday it facilitated the release of 125 Sudanese soldiers who were held by the rival paramilitary Rapid Support Forces.',
        'RETREAT', 'Rapid Support Forces', None, 'occurred',
        id='https://www.voanews.com/a/red-cross-says-125-detained-sudanese-soldiers-freed-/7159764.html'),
    pytest.param(
        'Suspected militants of the Hills Tiger Force today torched 16 huts in a Dima Hasao village and gunned down an elderly ex-army man for daring to stand in their way.',
        'ASSAULT', 'Hills Tiger Force', None, 'occurred',
        id='https://www.virthli.in/2011/10/ex-soldier-killed-huts-torched.html'),
    pytest.param(
        'Myanmar junta troops and allied Pyu Saw Htee militia torched a village in Kantbalu Township, Sagaing Region on Tuesday, a few days after killing two civilians nearby.',
        'ASSAULT', 'Pyu Saw Htee', None, 'occurred',
        id='https://www.irrawaddy.com/news/burma/junta-soldiers-torch-village-after-cutting-power-in-myanmars-sagaing.html'),
    pytest.param(
        "Troops in Myanmar's embattled Sagaing region razed more than 400 homes in two villages they accuse of providing a haven for anti-junta forces, forcing an estimated 10,000 civilians to flee, residents said Wednesday.",
        'ASSAULT', 'Myanmar', None, 'occurred',
        id='https://rfa.org/english/news/myanmar/arson-02022022185021.html'),
    pytest.param(
        'Turkish Foreign Ministry on Monday summoned the U.S. ambassador to Turkey in protest against the "aggressive and unprofessional actions" of American security personnel towards the foreign minister\'s protection team outside the Turkish embassy chancery in Washington last week, according to Anadolu Agency.',
        'PROTEST', 'Turkey', 'United States', 'occurred',
        id='https://news.az/news/turkey-summons-us-ambassador-over-washington-clash'),
    pytest.param(
        "Sudan's foreign ministry summoned on Wednesday the British ambassador in Khartoum to protest his remarks on political developments in the country, Trend reports citing Reuters.",
        'PROTEST', 'Sudan', 'United Kingdom', 'occurred',
        id='https://en.trend.az/world/other/3075784.html'),
    pytest.param(
        "KHARTOUM (Sudanow) - Sudan on Saturday summoned the Ethiopian Charge d'Affairs to officially protest what it called an Ethiopian army backed militia intrusion inside Sudanese national territories over the weekend.",
        'PROTEST', 'Sudan', 'Ethiopia', 'occurred',
        id='https://allafrica.com/stories/202005310013.html'),
    pytest.param(
        "Russia's Foreign Ministry on Thursday summoned Dutch Charge d'Affaires to Moscow Martijn Elgersma.",
        'PROTEST', 'Russia', 'Netherlands', 'occurred',
        id='https://news.az/news/dutch-charge-daffaires-to-moscow-summoned-to-russian-foreign-ministry'),
    pytest.param(
        'On Monday, the Intergovernmental Authority on Development in East Africa invited the parties to attend a peace summit in the Ethiopian capital, Addis Ababa.',
        'CONSULT', 'IGAD', None, 'proposed',
        id='https://www.nationalheraldindia.com/international/fighting-continues-in-khartoum-and-elsewhere-in-sudan-as-peace-talks-have-repeatedly-failed'),
]

ABSENT = [
    # -- an envoy summoned is asked for nothing
    pytest.param(
        'Turkish Foreign Ministry on Monday summoned the U.S. ambassador to Turkey in protest against the "aggressive and unprofessional actions" of American security personnel towards the foreign minister\'s protection team outside the Turkish embassy chancery in Washington last week, according to Anadolu Agency.',
        'REQUEST',
        id='https://news.az/news/turkey-summons-us-ambassador-over-washington-clash#no-REQUEST'),
    # -- trying and failing to agree is no agreement
    pytest.param(
        "The news comes as the United Nations Security Council struggles to agree on whether to impose a ceasefire or a humanitarian pause allowing aid to flow to the Gaza Strip's besieged population – largely because of political differences among members.",
        'AGREE',
        id='https://itcort.autos/news/2023/10/27/ceasefire-or-pause-words-un-members-cant-agree-on-to-stop-israels-bombs/#no-AGREE'),
    pytest.param(
        'The UN-brokered prisoner swap deal involving some 7,000 detainees on each side stalled as the two sides struggled to agree at talks on its implementation.',
        'AGREE',
        id='https://www.haaretz.com/middle-east-news/yemen-s-houthis-to-release-350-prisoners-including-three-saudis-1.7920445#no-AGREE'),
    # -- what a deal obliges a party to do is no demand by that party
    pytest.param(
        'Additionally, within 72 hours of the government approval, Hamas will need to release all of the hostages without the ceremonies it held during the last ceasefire.',
        'REQUEST',
        id='https://unpacked.media/israel-and-hamas-have-agreed-to-a-hostage-deal-but-is-the-gaza-war-over#no-REQUEST'),
    pytest.param(
        'While the details remain hazy, most reports indicate that all 48 remaining hostages will need to be released by Monday at the latest.',
        'REQUEST',
        id='https://unpacked.media/israel-and-hamas-have-agreed-to-a-hostage-deal-but-is-the-gaza-war-over#2#no-REQUEST'),
    pytest.param(
        'The agreement also stipulated that there must be unimpeded humanitarian aid access to all areas.',
        'REQUEST',
        id='https://www.publications.atlanticcouncil.org/breakingaleppo/ceasefires/#no-REQUEST'),
    # -- questions put in interviews and briefings
    pytest.param(
        'Asked if he could give a sense of how the Kremlin saw the potential time frame of a possible peace agreement, Peskov said he could give no guidance on timing.',
        'AGREE',
        id='https://international.astroawani.com/global-news/kremlin-ukraine-peace-talks-do-not-expect-miracles-530656?amp=1#no-AGREE'),
    pytest.param(
        'Asked if he could give a sense of how the Kremlin saw the potential time frame of a possible peace agreement, Peskov said he could give no guidance on timing.',
        'REQUEST',
        id='https://international.astroawani.com/global-news/kremlin-ukraine-peace-talks-do-not-expect-miracles-530656?amp=1#no-REQUEST'),
    pytest.param(
        'Speaking to reporters at the White House as he was heading to a rally in North Carolina, Trump was asked about the talks, saying "they\'re dead. As far as I\'m concerned they\'re dead."',
        'REQUEST',
        id='https://www.arabnewsexpress.ae/trump-peace-talks-with-taliban-dead/#no-REQUEST'),
    pytest.param(
        'During an interview with Kay Burley from Sky News, the president of Ukraine was asked if he "ever wondered what might happen if he was in a room alone" with the Russian president.',
        'REQUEST',
        id='https://www.independent.co.uk/tv/news/ukraine-war-russia-putin-zelensky-b2269533.html#no-REQUEST'),
    pytest.param(
        'The journalist asked whether the opportunity for a bilateral meeting with the Russian side had been lost.',
        'REQUEST',
        id='https://censor.net/en/news/3572768/zelenskyy-is-ready-for-talks-with-putin-but-not-in-moscow#no-REQUEST'),
    # -- "demand" of a market or a cause, "called" as a name
    pytest.param(
        'WFP said the aid organization is not receiving enough funds to keep pace with demand.',
        'REQUEST',
        id='https://globaleconomicreport.com/high-food-prices-fueling-humanitarian-crises-worldwide#no-REQUEST'),
    pytest.param(
        'The group has not been active recently in Assam, where more than a dozen militant groups are campaigning for demands ranging from independence to greater autonomy.',
        'REQUEST',
        id='https://www.taipeitimes.com/News/world/archives/2008/11/02/2003427598#no-REQUEST'),
    pytest.param(
        "Pakistan's military officials told reporters on Tuesday that an al-Qaeda-linked militant group called Lashkar-e-Jhangvi was most likely behind the attack and had received directions from commanders in Afghanistan, reported Time.",
        'REQUEST',
        id='https://news.vice.com/en_us/article/paqexm/multiple-terrorist-groups-claim-responsibility-for-attack-on-sleeping-pakistani-cadets#no-REQUEST'),
    pytest.param(
        'News outlets worldwide have called the truce a 4-day "ceasefire" while others strongly disagree, citing a 4 day pause as "merely a small bandage in a very big wound."',
        'REQUEST',
        id='https://tmj.news/is-the-latest-truce-a-ceasefire-or-a-humanitarian-pause/#no-REQUEST'),
    pytest.param(
        'A daily pause could help civilians flee the war zone – but it is still a long way off satisfying the pleas for a complete ceasefire.',
        'REQUEST',
        id='https://www.huffingtonpost.co.uk/entry/israel-hamas-war-ceasefire-humanitarian-pause_uk_653f8a86e4b032ae1c9bcc64#no-REQUEST'),
    # -- an agreement defined, described or only mentioned
    pytest.param(
        'The UN defines a ceasefire as a "suspension of fighting agreed upon by the parties to a conflict, typically as part of a political process," with the goal being to "allow parties to engage in dialogue, including the possibility of reaching a permanent political settlement."',
        'AGREE',
        id='https://tmj.news/is-the-latest-truce-a-ceasefire-or-a-humanitarian-pause/#2#no-AGREE'),
    pytest.param(
        'It can be a verbal or written agreement, with public or secret terms, and is sometimes initiated by a third party mediator.',
        'AGREE',
        id='https://www.huffingtonpost.co.uk/entry/israel-hamas-war-ceasefire-humanitarian-pause_uk_653f8a86e4b032ae1c9bcc64#2#no-AGREE'),
    pytest.param(
        'The two sides have described the agreement as a "humanitarian truce" to allow for the exchange of prisoners and bodies.',
        'AGREE',
        id='http://syriatimes.sy/index.php/news/regional/51835-armenia-azerbaijan-accuse-each-other-of-violating-ceasefire-in-nagorno-karabakh#no-AGREE'),
    pytest.param(
        'The parties may have agreed to pause violence, but the underlying conditions, distrust, fear, historical grievances, pressure from hard-line supporters, and volatile local dynamics still exist.',
        'AGREE:occurred',
        id='https://www.newsgram.com/asia/2025/12/21/failing-cambodia-thailand-ceasefire#no-AGREE:occurred'),
    pytest.param(
        'While there have been reports of an agreement regarding the withdrawal of U.S. forces, officials clarified that no such agreement has been finalized.',
        'AGREE',
        id='https://www.citizenportal.ai/articles/1608569/US-pushes-for-ceasefire-as-tensions-escalate-in-Gaza#no-AGREE'),
    pytest.param(
        'Further complicating the ceasefire is the fact that the text of the agreement has not been made public, raising risks of last-minute snags and differences in interpretation by the parties.',
        'AGREE',
        id='https://www.daily-sun.com/printversion/details/788125#no-AGREE'),
    pytest.param(
        'Still, they were positive the deal would outlast the only other ceasefire that had been held so far – for a single week in November 2023 – citing war fatigue and depleted ranks.',
        'AGREE',
        id='https://www.channelnewsasia.com/world/gaza-ceasefire-agreement-deal-underlying-issues-analysts-4862446#no-AGREE'),
    pytest.param(
        'The Houthi rebels failed from the beginning to adhere to Stockholm Agreement, signed on December 2018, and the inspection regime the UN initiated was the type of solution that prioritized symbolism over effectiveness.',
        'AGREE:occurred',
        id='https://yementdy.tv/news44639.html#no-AGREE:occurred'),
    pytest.param(
        'Diplomats continued to insist on the importance of the ceasefire, and to reaffirm its existence, but the reality on the ground was that it had collapsed.',
        'REQUEST',
        id='https://www.publications.atlanticcouncil.org/breakingaleppo/ceasefires/#2#no-REQUEST'),
    pytest.param(
        'Officials reiterated that there has been no direct engagement with Iran and stressed the importance of de-escalation.',
        'REQUEST',
        id='https://www.citizenportal.ai/articles/1608569/US-pushes-for-ceasefire-as-tensions-escalate-in-Gaza#2#no-REQUEST'),
    pytest.param(
        'Afterwards, the Israeli cabinet was set to meet to approve the deal officially.',
        'AGREE:occurred',
        id='https://unpacked.media/israel-and-hamas-have-agreed-to-a-hostage-deal-but-is-the-gaza-war-over#3#no-AGREE:occurred'),
]


@pytest.mark.parametrize(("text", "type_", "actor", "target", "status"), FOUND)
def test_act_is_found(run, text: str, type_: str, actor: str, target: str | None, status: str) -> None:
    assert_found(run(text, published="2024-01-01"), type_, actor, target, status)


@pytest.mark.parametrize(("text", "absent"), ABSENT)
def test_words_that_report_no_such_act(run, text: str, absent: str) -> None:
    assert_absent(run(text, published="2024-01-01"), absent)
