"""Words that report no event, or name the wrong party, and the events beside them that must stay.

Absent: a party's backers described by a participle ("the Polisario Front, supported by Algiers");
history dated long before the report or recalled in a "since" clause with its year ("since 2014 when
the Houthis captured the capital"); a ship or captives that travel ("a Greek ship heading to
Israel", "the Russian POWs would be flown to Moscow"); a statement, communiqué or list released or
handed over; an exchange of ambassadors; a swap that only says how big another is; what an act
itself did ("talks ... have yielded no breakthroughs"); a need told by the reporter, not voiced by
anyone; an aim ("his goal ... is to agree on a ceasefire"); what a mediator tries to persuade the
parties to do; the topic of a meeting ("met Erdogan ... to discuss a possible prisoner exchange with
Russia"); captives described by who holds them.

Found: the events beside them, with their parties: the owner of a decision acts in it ("regretted
Russia's decision to withdraw from the Black Sea Grain Initiative"); a mediator named most is none of
"the two sides";
a diplomat's posting ("ambassadors to Malaysia") and a time adjunct ("during a visit to Oman") name
no target; a pair named inside the topic of talks ("talks to end the war between the army and the
RSF") is not the talks' counterpart; a meeting told again from the other side is one meeting.
Each case is a sentence from a news page (or a dev article), with its address.
"""

from __future__ import annotations

import pytest

from tests.pipeline.event_support import assert_absent, assert_found, of_type

ABSENT = [
    # backers described, not an act of support
    pytest.param(
        'The M23 rebel group, allegedly supported by Rwanda, is progressing south from Minova towards Bukavu in South Kivu, DRC, after taking Goma, according to five sources.',
        '2025-02-01', 'SUPPORT',
        id='https://cfipb.data.cloudns.org/news/search?FORM=HDRSC7&q=m23+minova'),
    pytest.param(
        'The Saudi-led coalition entered the war in March 2015, backed by the United States, to try restore the government to power.',
        '2020-01-30', 'SUPPORT',
        id='https://www.springfieldnewssun.com/nation-world/officials-200-fighters-killed-in-clashes-in-central-yemen/VLOJYQTWTZHCFIEMPMC24ITJHQ/#backed'),
    pytest.param(
        'The question of Western Sahara, a former Spanish colony considered a “non-autonomous territory” by the UN, has for decades pitted Morocco against the Polisario Front, supported by Algiers.',
        '2022-09-06', 'SUPPORT',
        id='gold/dev/actualnews-western-sahara-de-mistura-polisario-2022-09'),
    pytest.param(
        'Clashes between a Yemeni separatist militia, backed by the United Arab Emirates, and forces loyal to the internationally recognised government killed at least three civilians and wounded nine in southern Abyan province on Tuesday, security officials and local residents said.',
        '2019-08-21', 'SUPPORT',
        id='http://jamaica-gleaner.com/article/world-news/20190821/yemeni-separatists-government-forces-clash-south'),
    pytest.param(
        'Soldiers backed by UN helicopter gunships battled rebels around a strategic army garrison near a mountain gorilla reserve in eastern DR Congo, as thousands of people continued to flee a three-month-old rebellion allegedly backed by neighbouring Rwanda.',
        '2012-07-27', 'SUPPORT',
        id='http://www.aljazeera.com/news/africa/2012/07/201272755839299771.html'),
    # what clashes did is no act of the backer named inside them
    pytest.param(
        'Clashes between a Yemeni separatist militia, backed by the United Arab Emirates, and forces loyal to the internationally recognised government killed at least three civilians and wounded nine in southern Abyan province on Tuesday, security officials and local residents said.',
        '2019-08-21', 'ASSAULT',
        id='http://jamaica-gleaner.com/article/world-news/20190821/yemeni-separatists-government-forces-clash-south#killed'),
    # history: dated long before the report, or a "since" clause with its year
    pytest.param(
        'Yemen has been convulsed by civil war since 2014 when the Houthis captured the capital, Sanaa, and much of the north of the country, forcing the internationally recognized government to flee to the south, then to Saudi Arabia.',
        '2020-01-30', 'ASSAULT',
        id='https://www.springfieldnewssun.com/nation-world/officials-200-fighters-killed-in-clashes-in-central-yemen/VLOJYQTWTZHCFIEMPMC24ITJHQ/#since'),
    pytest.param(
        'On Wednesday, Russia and Ukraine announced that they had each released 175 prisoners in what is being described as one of the largest prisoner exchanges since Russia launched its full-scale invasion three years ago.',
        '2025-03-20', 'ASSAULT',
        id='https://interbellumnews.com/conflicts/russia/russia-and-ukraine-conduct-one-of-largest-prisoner-swaps-of-the-war'),
    pytest.param(
        'The Houthis, aligned with Iran, ousted a Saudi-backed government from Sanaa in late 2014, and have de facto control of north Yemen, saying they are rising up against a corrupt system and foreign aggression.',
        '2023-04-09', 'COERCE',
        id='gold/dev/dawn-yemen-saudi-omani-envoys-sanaa-2023-04'),
    # a ship and captives travel; no one visits
    pytest.param(
        'The spokesperson for the Houthis, Yahya Saree, stated today, Tuesday, that the group targeted a Greek ship heading to Israel with several appropriate missiles.',
        '2024-01-16', 'CONSULT',
        id='gold/dev/waradana-houthis-zografia-ship'),
    pytest.param(
        "Russia's defense ministry said each country exchanged 195 prisoners of war and that the Russian POWs would be flown to Moscow to receive medical and psychological treatment.",
        '2024-01-04', 'CONSULT',
        id='gold/dev/voa-pow-swap-2024-01'),
    # documents released or handed over, envoys exchanged, a swap measured: no one freed
    pytest.param(
        'The two countries released a three-party communiqué with China, which brokered the deal. “After the implementation of the decision, the foreign ministers of both nations will meet to prepare the exchange of ambassadors,” Iranian state television said, adding that the talks were held over four days.',
        '2023-03-10', 'RETREAT',
        id='https://www.breakinglatest.news/world/saudi-arabia-and-iran-restore-diplomatic-ties-mediator-china/'),
    pytest.param(
        'Until Saturday afternoon, it still appeared everything was going according to plan. Aid trucks were entering Gaza, Hamas handed a list of more than a dozen hostages slated for release to mediators Qatar and Egypt, and Israel’s Prison Service prepared a list of dozens of Palestinian prisoners for release.',
        '2023-11-25', 'RETREAT:occurred',
        id='https://www.irishtimes.com/world/middle-east/2023/11/25/gaza-ceasefire-israel-welcoming-back-24-hostages-with-hamas-due-to-release-more/'),
    pytest.param(
        'Russia and Ukraine agreed Friday to exchange 1,000 prisoners of war each, the head of Russia’s delegation Vladimir Medinsky said after their peace talks ended. Such an exchange would be their biggest POW swap since the start of the war in 2022.',
        '2025-05-16', 'RETREAT',
        id='https://www.hurriyetdailynews.com/turkiye-russia-ukraine-talks-start-in-istanbul-209262'),
    # what an act did, a need no one voices, an aim, what a mediator tries to bring about
    pytest.param(
        'Two recent rounds of direct peace talks between Russian and Ukrainian delegations in Istanbul have yielded no significant breakthroughs beyond pledges to swap prisoners as well as thousands of their dead and seriously wounded troops.',
        '2025-06-09', 'CONCEDE',
        id='https://www.daily8.com/en/article/f9001af055b7d4ac5f83da3a92b6de00#yielded'),
    pytest.param(
        'Ukraine is short-handed on the front line against its bigger enemy and needs further military support from its Western partners, especially air defences.',
        '2025-06-09', 'REQUEST',
        id='https://www.daily8.com/en/article/f9001af055b7d4ac5f83da3a92b6de00#needs'),
    pytest.param(
        'On Monday, Beltrán told international media that his goal in this third round of peace talks with the Colombian government is to agree on a ceasefire.',
        '2023-05-03', 'AGREE:occurred',
        id='https://orinocotribune.com/colombian-government-and-eln-begin-third-round-of-peace-talks-in-havana/'),
    pytest.param(
        'According to the Transnistrian press, the new round of talks is to take place in Berlin after a hiatus of over a year and a half. Until then the sides will cooperate so as to agree the agenda.',
        '2022-05-20', 'AGREE',
        id='gold/dev/ipn-transnistria-5plus2-resume-june'),
    pytest.param(
        'Currently, the UN is racing against time to persuade the Yemeni warring parties to extend the truce for an extra six months.',
        '2022-09-29', 'CONCEDE',
        id='https://d33gy59ovltp76.cloudfront.net/news/grundberg-leaves-sanaa-without-commenting-on-houthi-conditions-for-extending-truce'),
]

FOUND = [
    # the events beside the words above stay
    pytest.param(
        'On Wednesday, Russia and Ukraine announced that they had each released 175 prisoners in what is being described as one of the largest prisoner exchanges since Russia launched its full-scale invasion three years ago.',
        '2025-03-20', 'RETREAT', 'Russia', None, 'occurred',
        id='https://interbellumnews.com/conflicts/russia/russia-and-ukraine-conduct-one-of-largest-prisoner-swaps-of-the-war#release'),
    pytest.param(
        'Russia and Ukraine agreed Friday to exchange 1,000 prisoners of war each, the head of Russia’s delegation Vladimir Medinsky said after their peace talks ended.',
        '2025-05-16', 'AGREE', 'Russia', 'Ukraine', 'occurred',
        id='https://www.hurriyetdailynews.com/turkiye-russia-ukraine-talks-start-in-istanbul-209262#agreed'),
    pytest.param(
        'The spokesperson for the Houthis, Yahya Saree, stated today, Tuesday, that the group targeted a Greek ship heading to Israel with several appropriate missiles.',
        '2024-01-16', 'ASSAULT', 'Houthis', None, 'occurred',
        id='gold/dev/waradana-houthis-zografia-ship#targeted'),
    pytest.param(
        'Also on Thursday, at least 20 people were killed in a suicide truck bomb attack carried out by the Taliban armed group in the southern province of Zabul.',
        '2019-09-19', 'ASSAULT', 'Taliban', None, 'occurred',
        id='https://www.aljazeera.com/news/2019/09/afghanistan-dozens-civilians-killed-drone-attack-190919072728303.html'),
    # the owner of a decision acts, not who reacts to it
    pytest.param(
        "UN Secretary-General Antonio Guterres on Monday said he regretted Russia's decision to withdraw from the Black Sea Grain Initiative.",
        '2023-07-17', 'REJECT', 'Russia', None, 'occurred',
        id='http://ummnews.biz/USA?page=192'),
    pytest.param(
        'The United States deeply regrets Russia’s decision to suspend participation in the Black Sea Grain Initiative.',
        '2023-07-17', 'REJECT', 'Russia', None, 'occurred',
        id='https://ua.usembassy.gov/tag/russias-suspension-of-participation-in-the-black-sea-grain-initiative/'),
    pytest.param(
        'In a statement, the UN Security Council described the attack as "terrorist," just days after the National Defense Council\'s decision to designate the Houthis as a "terrorist organization."',
        '2022-10-31', 'SANCTION', 'Defense Council', 'Houthis', 'occurred',
        id='gold/dev/south24-yemen-grundberg-muscat-houthis-2022-10'),
    # "himself and Tatar agreed": the speaker is one of the two sides
    pytest.param(
        'Informal meetings in an expanded format will continue, as they did in the past with the participation of the three guarantor powers, Cyprus President, Nikos Christodoulides said in statements after the conclusion of the informal dinner at the UN headquarters in New York which the UN Secretary-General, Antonio Guterres hosted for Christodoulides and Turkish Cypriot leader Ersin Tatar.\n'
        'Christodoulides said that an open discussion took place, that was constructive on some points, noting that he did not hear anything new from Tatar. Moreover, he said that himself and Tatar agreed to have a meeting in Cyprus and to explore the possibility of opening new crossing points.',
        '2024-10-16', 'AGREE', 'Christodoulides', 'Tatar', 'occurred',
        id='gold/dev/turkeynewsgazette-cyprus-informal-dinner-2024-10'),
    # a pair named in the topic of talks is not their counterpart
    pytest.param(
        'Sudan and Saudi Arabia have held discussions on the resumption of talks to end the war between the Sudanese Armed Forces and the paramilitary Rapid Support Forces (RSF).',
        '2024-02-12', 'CONSULT', 'Sudan', 'Saudi Arabia', 'occurred',
        id='https://muslimnetwork.tv/sudan-saudi-arabia-discuss-resuming-jeddah-talks-to-end-north-african-countrys-war'),
    # a time adjunct names no target
    pytest.param(
        "A UN special envoy has urged the immediate and unconditional release of all UN personnel held by Yemen's Houthi group during a visit to Oman, said his office in a statement.",
        '2025-11-20', 'REQUEST', 'United Nations', 'Houthi', 'demanded',
        id='https://www.lokmattimes.com/international/un-special-envoy-to-yemen-urges-houthis-to-release-detained-staff-during-oman-visit'),
    # a mediator named most is none of "the two sides"
    pytest.param(
        'Qatar has played a crucial mediation role, hosting several rounds of direct talks between the Congolese government and the rebels since April. These discussions initially focused on preconditions and confidence-building measures. While a declaration of principles was agreed upon in July, many core issues contributing to the conflict remained unresolved. More recently, in October, the parties reached a deal concerning the monitoring of a potential ceasefire. Earlier this year, M23, which is supported by neighboring Rwanda, captured Goma and Bukavu, two crucial cities in eastern Congo.',
        '2025-11-16', 'AGREE', 'Congo', 'M23', 'occurred',
        id='https://tengele.com/news/91cb481a-38aa-45dc-8c92-97381129746c/congo-m23-sign-framework-agreement-for-peace-deal-in-qatar'),
]


@pytest.mark.parametrize(("text", "published", "absent"), ABSENT)
def test_words_that_report_no_such_act(run, text: str, published: str, absent: str) -> None:
    assert_absent(run(text, published=published), absent)


@pytest.mark.parametrize(("text", "published", "type_", "actor", "target", "status"), FOUND)
def test_act_is_found(run, text: str, published: str, type_: str, actor: str, target: str | None,
                      status: str) -> None:
    assert_found(run(text, published=published), type_, actor, target, status)


# https://tengele.com/news/91cb481a-38aa-45dc-8c92-97381129746c/congo-m23-sign-framework-agreement-for-peace-deal-in-qatar
def test_mediator_is_no_side_of_an_accusation(run) -> None:
    ex = run('Qatar has played a crucial mediation role, hosting several rounds of direct talks between the '
             'Congolese government and the rebels since April. These discussions initially focused on '
             'preconditions and confidence-building measures. Earlier this year, M23, which is supported by '
             'neighboring Rwanda, captured Goma and Bukavu, two crucial cities in eastern Congo. Despite multiple '
             'rounds of talks hosted by Qatar since April, aimed at setting preconditions and confidence-building '
             'steps, both sides continue to accuse each other of violating peace terms, and fighting persists.',
             published='2025-11-16')
    accusations = of_type(ex, 'ACCUSE')
    assert accusations, [(e.type, e.trigger) for e in ex.events]
    parties = {ex.actor(i).name for e in accusations for i in (*e.actors, *e.targets)}
    assert 'Qatar' not in parties


# gold/dev/tna-thailand-cambodia-ceasefire-2025-07
def test_posting_of_ambassadors_is_no_target(run) -> None:
    ex = run('The talks, which began at 3:00 PM local time and lasted over two and a half hours, were also '
             'attended by the U.S. and Chinese ambassadors to Malaysia, who served as co-mediators.',
             published='2025-07-28')
    consult = of_type(ex, 'CONSULT')
    assert consult, [(e.type, e.trigger) for e in ex.events]
    assert all('Malaysia' not in {ex.actor(i).name for i in e.targets} for e in consult)


# https://d33gy59ovltp76.cloudfront.net/news/grundberg-leaves-sanaa-without-commenting-on-houthi-conditions-for-extending-truce
def test_meeting_told_from_the_other_side_is_one_meeting(run) -> None:
    ex = run('UN Special Envoy for Yemen Hans Grundberg concluded on Thursday a one-day visit to Yemen’s '
             'Houthi-run capital, Sanaa. During his visit, Grundberg met with the head of the Houthi ruling '
             'council, Mahdi al-Mashat. Houthi media reported that al-Mashat met Grundberg and his accompanying '
             'delegation.', published='2022-09-29')
    meetings = [e for e in of_type(ex, 'CONSULT')
                if 'Mahdi al-Mashat' in {ex.actor(i).name for i in (*e.actors, *e.targets)}]
    assert len(meetings) == 1, [(e.trigger, e.actors, e.targets) for e in meetings]


# https://nelsdaily.com/hamas-frees-seven-hostages-as-trump-sisi-lead-global-push-for-gaza-peace-deal
def test_captives_held_by_a_party_are_no_detention(run) -> None:
    ex = run('Under the terms of the ceasefire, Hamas is expected to release 47 Israeli hostages—both living and '
             'deceased—in exchange for 250 Palestinian prisoners and 1,700 Gazans held by Israel since the '
             'conflict began.', published='2025-10-13')
    assert_absent(ex, 'COERCE')
