"""Words that report no act of the parties they name, round 8, and the events beside them that must stay.

Absent: what a written plan or accord "calls for" or "foresees" (its terms, not anyone's appeal or
act); a country that "hosts" refugees in their hundreds of thousands (shelter, no meeting); a meeting
said to be impossible; the aim of an effort ("in a renewed effort to negotiate a ceasefire and seek
broader steps"); a warning of a danger, where the party named is only the nationality of the people
in danger, or "it" is no plural warner.

Found: a proposal that calls on a named party stays its authors' request (tests/pipeline/
test_events_recall.py); appeals, meetings and pledges beside the words above stay.
Each case is a sentence from a news page (or a dev article), with its address.
"""

from __future__ import annotations

import pytest

from tests.pipeline.event_support import assert_absent, assert_found

ABSENT = [
    # a document's terms: no appeal, no act
    pytest.param(
        'Israeli public broadcaster KAN, citing unnamed sources, said the new Egyptian-Qatari proposal closely '
        'resembles US envoy Steve Witkoff’s original plan, which called for the release of 10 living hostages and '
        '18 bodies in exchange for a 60-day ceasefire and negotiations.',
        '2025-08-19', 'REQUEST',
        id='gold/dev/aa-gaza-ceasefire-mediators-await-israel-2025-08'),
    pytest.param(
        'Ukraine’s proposal also called for international guarantees to prevent future acts of aggression by Russia.',
        '2025-06-02', 'REQUEST',
        id='https://www.ilkha.com/english/latest/ukraine-russia-agree-on-major-prisoner-exchange-in-istanbul-talks-460514'),
    pytest.param(
        'The ceasefire agreement was brokered by Russian President Vladimir Putin and was signed by the leaders of '
        'Armenia, Azerbaijan, and Russia. The agreement called for a complete cessation of hostilities and the '
        'deployment of Russian peacekeeping troops to the region.',
        '2022-09-22', 'REQUEST',
        id='https://mysteriesofmind.online/index.php/2022/09/22/ceasefire-agreement-between-armenia-and-azerbaijan/'),
    pytest.param(
        'The first stage of the ceasefire agreement also foresaw the Israeli military withdrawing from densely '
        'populated areas of the Gaza Strip.',
        '2025-01-20', 'RETREAT',
        id='https://www.premiumtimesng.com/foreign/world-foreign/768150-ceasefire-israel-releases-first-90-palestinian-prisoners.html'),
    # hosting refugees is shelter, no meeting
    pytest.param(
        'Sudan hosts 1.12 million refugees and more than 3 million internally displaced persons. Recently, it saw '
        'new displacements from Ethiopia, South Sudan and within Sudan.',
        '2022-02-24', 'CONSULT',
        id='https://reliefweb.int/report/sudan/unhcr-sudan-operational-update-january-2022'),
    pytest.param(
        'South Sudan hosts some 330,000 refugees and asylum-seekers (mainly from Sudan) and has 2 million '
        'internally displaced persons due to conflict.',
        '2022-01-01', 'CONSULT',
        id='https://migrationcompared.com/green-card/does-sudan-host-refugees.html'),
    # a meeting said to be impossible
    pytest.param(
        'According to the PMR president, it is impossible to hold meetings in the 5+2 format, which includes '
        'Moldova and Transnistria as conflict sides, Russia, Ukraine and the OSCE as mediators, and the EU and the '
        'US as observers.',
        '2022-05-06', 'CONSULT',
        id='gold/dev/urdupoint-transnistria-krasnoselsky-talks-2022-05'),
    # the aim of an effort
    pytest.param(
        'Delegations from the United States and Russia are meeting today in Saudi Arabia in a renewed effort to '
        'negotiate a ceasefire in the Black Sea and seek broader steps toward ending the war in Ukraine.',
        '2025-03-24', 'REQUEST',
        id='gold/dev/orthodoxtimes-riyadh-us-russia-talks-2025-03'),
    # warnings of a danger
    pytest.param(
        'The WFP warned that support for Sudanese refugees in Egypt, Ethiopia, Libya, and the Central African '
        'Republic “may grind to a halt in the coming months as resources run dry”.',
        '2025-06-30', 'THREATEN',
        id='http://newscentral.africa/un-warns-of-rising-hunger-among-sudans-refugees/'),
    pytest.param(
        'Two villagers told AP that the death toll had risen to 37, and warned it could increase further as '
        'several residents – including women and children — were still missing.',
        '2026-01-05', 'THREATEN',
        id='gold/dev/odishabytes-nigeria-kasuwan-daji-attack-2026-01'),
]

FOUND = [
    pytest.param(
        'In the Saturday phone talks, Lavrov strongly urged the warring sides to abide by the Moscow deal, a '
        'Russia-brokered truce which was reached almost a week ago, but frayed immediately after it took force.',
        '2020-10-18', 'REQUEST', 'Lavrov', None, 'demanded',
        id='https://yjc.ir/en/news/48710/azerbaijan-armenia-agree-on-new-ceasefire-in-karabakh-conflict'),
    pytest.param(
        'Delegations from the United States and Russia are meeting today in Saudi Arabia in a renewed effort to '
        'negotiate a ceasefire in the Black Sea and seek broader steps toward ending the war in Ukraine.',
        '2025-03-24', 'CONSULT', 'United States', 'Russia', 'occurred',
        id='gold/dev/orthodoxtimes-riyadh-us-russia-talks-2025-03#meeting'),
    pytest.param(
        'Syrian Foreign Minister Walid el-Moallem met here on Tuesday with UN Special Envoy to Syria Staffan de '
        'Mistura and his accompanying delegation.',
        '2015-01-20', 'CONSULT', 'Moallem', 'United Nations', 'occurred',
        id='https://mail.arabstoday.net/en/amp/255/syrian-fm-meets-un-envoy'),
    pytest.param(
        'UN envoy Bernardino Leon held meetings Thursday with Libyan parliament members in the eastern city of '
        'Tobruk and with former parliament members in the capital of Tripoli, Xinhua news agency reported citing '
        'the statement.',
        '2015-01-09', 'CONSULT', 'Leon', None, 'occurred',
        id='https://business-standard.com/amp/article/news-ians/un-envoy-meets-libyan-stakeholders-to-restart-peace-talks-115010900711_1.html'),
    pytest.param(
        'Egyptian officials stated that Hamas had agreed to transfer the bodies on Thursday without any ceremonies '
        'in Gaza.',
        '2025-02-25', 'AGREE', 'Hamas', None, 'occurred',
        id='https://globalaffairsworld.com/mediators-resolve-standoff-in-gaza-ceasefire-deal'),
    pytest.param(
        'Israel has released 90 Palestinian prisoners under the terms of a ceasefire agreement with Hamas, marking '
        'a pivotal moment in efforts to end months of hostilities in Gaza.',
        '2025-01-20', 'RETREAT', 'Israel', None, 'occurred',
        id='https://trusttv.com/ceasefire-agreement-israel-releases-90-palestinian-prisoners/'),
    pytest.param(
        'Somalia and international partners on Wednesday appealed for calm and restraint after at least 10 people '
        'were killed in fighting between the Puntland State government and opposition one day ago.',
        '2023-06-22', 'REQUEST', 'Somalia', None, 'demanded',
        id='https://thestar.com.my/news/world/2023/06/22/somalia-int039l-partners-appeal-for-calm-after-10-killed-in-clashes'),
]


@pytest.mark.parametrize(("text", "published", "absent"), ABSENT)
def test_words_that_report_no_such_act(run, text: str, published: str, absent: str) -> None:
    assert_absent(run(text, published=published), absent)


@pytest.mark.parametrize(("text", "published", "type_", "actor", "target", "status"), FOUND)
def test_act_is_found(run, text: str, published: str, type_: str, actor: str, target: str | None,
                      status: str) -> None:
    assert_found(run(text, published=published), type_, actor, target, status)
