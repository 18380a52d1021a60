"""Events round 16: precision of agreements and what is said of them, in reports of the peace deals in the
Central African Republic (Khartoum 2019), between the United States and the Taliban (Doha 2020), of the
PKK's ceasefire in Turkey (2025) and of the talks between the two Koreas and the United States (2018).

A deal that a mediator announces, a deal named in a clause set before an official's comment ("After the peace
deal was concluded, Jean-Pierre Lacroix ... tweeted": no agreement of his), an agreement that was not reached,
an act a party "has yet to" do, a party's hope that another will act and a question whether a leader will agree
are no agreements or acts of the speaker; an agreement a direct quotation tells again is the one reported
before; an agreement reached, signed or initialled by the parties stays one.

Each case is a sentence from a news page, with its address; "fit" cases guided the rules, "aside" cases were
only scored. A check is (TYPE, actor, target): an event of that type with status occurred whose actor and
target (None: any) are named by one of the "|"-separated alternatives; ("TYPE:status", ...) asks for that
status instead; ("-TYPE", actor, None) or ("-TYPE:status", actor, None) requires that no such event is coded
for that actor (None: any actor).
"""

from __future__ import annotations

import pytest

from parley.extract import extract
from parley.models import Extraction
from tests.pipeline.event_support import coded_parties, found_named, holds

CAR = 'Central African|CAR'

CASES = [
    # -- Central African Republic, Khartoum agreement (2019) -------------------------------------------------
    pytest.param(
        'The Central African Republic (CAR) and 14 armed groups on Saturday reached a peace agreement during talks in the Sudanese capital Khartoum, the UN announced.',
        [('AGREE', CAR + '|armed groups', None), ('-AGREE', 'UN|United Nations', None)],
        id='fit https://breakingnewsturkey.com/general/central-african-republic-reaches-deal-with-armed-groups'),
    pytest.param(
        'After the peace deal was concluded, Jean-Pierre Lacroix, UN Under-Secretary-General for Peace Operations, tweeted: “Let us mobilize to support the implementation of the peace agreement.”',
        [('-AGREE', None, None)],
        id='fit https://breakingnewsturkey.com/general/central-african-republic-reaches-deal-with-armed-groups'),
    pytest.param(
        'The accord was initialled by President Faustin Archange Touadera for the CAR government and representatives of militias which control most of the country.',
        [('AGREE', 'Touadera|' + CAR, None)],
        marks=pytest.mark.xfail(strict=False, reason='the parser splits the president\'s name: the actor is "Faustin Archange", whose name does not say Touadera'),
        id='aside https://www.rfi.fr/en/africa/20190205-central-african-republic-government-signs-peace-deal-militias'),
    pytest.param(
        'The agreement, brokered by the African Union after 18 months of exploratory work and sponsored by the UN, is the eighth attempt in almost six years to forge peace.',
        [('-AGREE', 'African Union|AU|UN|United Nations', None)],
        id='fit https://www.rfi.fr/en/africa/20190205-central-african-republic-government-signs-peace-deal-militias'),
    pytest.param(
        'The government of the Central African Republic has agreed to a peace deal with rebel groups after talks in Sudan.',
        [('AGREE', CAR, None)],
        id='fit https://fzw.de3.mwp.accessdomain.com/?p=31028'),
    pytest.param(
        'A peace deal between the Central African Republic government and 14 armed groups is expected to be signed on February 4, 2019 after an agreement was struck in Sudan’s capital Khartoum.',
        [('AGREE:pledged', CAR + '|armed groups', None)],
        marks=pytest.mark.xfail(strict=False, reason='the deal "expected to be signed" is coded as the agreement struck (occurred), with Sudan as target'),
        id='aside http://www.africanews.com/2019/02/04/car-peace-deal-to-be-initialled-the-morning-call/'),
    pytest.param(
        'The deal was announced by the MINUSCA UN mission in the country and the African Union which both sponsored the talks in Khartoum.',
        [('-AGREE', 'MINUSCA|African Union|AU|UN', None)],
        id='fit http://www.africanews.com/2019/02/04/car-peace-deal-to-be-initialled-the-morning-call/'),
    pytest.param(
        'The Central African Republic’s government on Wednesday formally signed a peace deal with 14 armed groups in the capital Bangui.',
        [('AGREE', CAR, None)],
        id='fit https://africa.cgtn.com/?p=36129'),
    pytest.param(
        'Actors hope the deal signed on Wednesday will bring an end to the fighting and pacify the nation.',
        [('-AGREE', None, None), ('-ASSAULT', None, None)],
        id='aside https://africa.cgtn.com/?p=36129'),
    # -- United States and Taliban, Doha agreement (2020) ------------------------------------------------
    pytest.param(
        'On February 29, 2020, the United States government, chaired by Donald trump, and the Taliban signed in Doha, Qatar, the agreement that set a timetable for the final withdrawal of the United States and its allies after nearly 20 years of conflict.',
        [('AGREE', 'United States|Taliban', None), ('-RETREAT:occurred', None, None)],
        marks=pytest.mark.xfail(strict=False, reason='the parser takes "signed in Doha, Qatar, the agreement" apart: no signing is found'),
        id='fit https://naaju.com/argentina/afghanistan-what-is-the-doha-deal-signed-between-the-trump-administration-and-the-taliban-and-why-was-it-essential-for-the-islamists-to-take-back-power'),
    pytest.param(
        'The United States and the Taliban have signed a peace agreement on Satruday aimed at ending 18 years of conflict in Afghanistan.',
        [('AGREE', 'United States|Taliban', None)],
        id='aside https://www.irishtimes.com/news/world/middle-east/united-states-and-taliban-sign-afghanistan-peace-deal-1.4189246'),
    pytest.param(
        'The United States and Nato would withdraw all troops in Afghanistan within 14 months if the Taliban upheld its commitments, according to a joint statement released by the US and Afghan governments on Saturday.',
        [('-RETREAT:occurred', None, None), ('-AGREE:occurred', None, None)],
        id='fit https://www.irishtimes.com/news/world/middle-east/united-states-and-taliban-sign-afghanistan-peace-deal-1.4189246'),
    pytest.param(
        'In June 2020, the Taliban and the Government of Afghanistan confirmed that they would meet in Doha for the first round of talks; However, the Afghan government was cautious in organizing the next meeting and stressed that no agreement or consensus had been reached on a direct negotiating ground.',
        [('CONSULT:pledged', 'Taliban|Afghanistan', None), ('-AGREE:occurred', None, None)],
        id='fit http://www.fabienratier.com/?p=6361'),
    pytest.param(
        'In late July, the Afghan government and the Taliban concluded a three-day ceasefire in accordance with Eid al-Adha, and representatives of the Afghan government and the Taliban finally held a formal launch ceremony for peace talks in Doha in September 2020.',
        [('AGREE|CONCEDE', 'Taliban|Afghan', None), ('CONSULT', 'Taliban|Afghan', None)],
        marks=pytest.mark.xfail(strict=False, reason='the launch ceremony for peace talks is not coded as talks'),
        id='aside http://www.fabienratier.com/?p=6361'),
    pytest.param(
        'In exchange for the US troop withdrawal, the Taliban agreed to take a number of steps to prevent terrorist activities on Afghan soil.',
        [('AGREE', 'Taliban', None)],
        id='aside https://www.limoncheto.eu/?p=5904'),
    # -- PKK and Turkey (2025) ------------------------------------------------------------------------------
    pytest.param(
        'The PKK declared a ceasefire following a call from its founder, Abdullah Öcalan, who has been imprisoned since 1999.',
        [('CONCEDE|RETREAT', 'PKK', None), ('-AGREE', None, None)],
        id='fit https://nourished.news/answers/e4llpodtsyb2aodq'),
    pytest.param(
        'There is uncertainty regarding how the government will respond to the ceasefire, especially since Erdoğan has previously stated that no concessions would be made.',
        [('-AGREE', None, None), ('-CONCEDE', None, None)],
        id='fit https://nourished.news/answers/e4llpodtsyb2aodq'),
    pytest.param(
        'It is also not clear if Erdogan will agree to the conditions that the PKK demands for its self-dissolution.',
        [('-AGREE:occurred', None, None), ('-AGREE:pledged', None, None)],
        id='fit https://planet.news/article/pkk-announces-ceasefire-with-turkey-after-ocalans-call'),
    pytest.param(
        'Turkey\'s president, Recep Tayyip Erdogan, welcomed the call for peace, describing it as a "historic opportunity".',
        [('SUPPORT', 'Erdogan|Turkey', None)],
        id='aside https://edgeoftimes.com/3845-turkey-pkk-ceasefire'),
    pytest.param(
        'The PKK hopes Ankara will release Ocalan, who has been held in near-total isolation since 1999, to lead a process of disarmament and establish democratic conditions for a successful outcome.',
        [('-RETREAT:occurred', None, None), ('-RETREAT:pledged', None, None)],
        id='fit https://edgeoftimes.com/3845-turkey-pkk-ceasefire'),
    pytest.param(
        'The PKK\'s executive committee announced that it will implement a ceasefire effective immediately, and none of its forces will take armed action unless attacked.',
        [('-ASSAULT:occurred', None, None), ('-ASSAULT:pledged', None, None)],
        id='fit https://edgeoftimes.com/3845-turkey-pkk-ceasefire'),
    # -- North Korea, South Korea and the United States (2018-2019) -------------------------------------------
    pytest.param(
        'North Korea agreed on Friday to hold official talks with South Korea next week, the first in more than two years, hours after Washington and Seoul delayed a military exercise amid a standoff over Pyongyang’s nuclear and missile programs.',
        [('AGREE', 'North Korea', 'South Korea')],
        id='fit http://www.jpost.com/Breaking-News/Trump-says-he-would-absolutely-talk-to-North-Koreas-Kim-on-phone-532989'),
    pytest.param(
        'CAMP DAVID - US President Donald Trump said on Saturday he would "absolutely" be willing to talk on the phone to North Korean leader Kim Jong Un and that he hopes a positive development results from talks between North Korea and South Korea.',
        [('-CONSULT:occurred', None, None)],
        marks=pytest.mark.xfail(strict=False, reason='"talks between North Korea and South Korea" that Trump hopes bring results are coded as held'),
        id='aside http://www.jpost.com/Breaking-News/Trump-says-he-would-absolutely-talk-to-North-Koreas-Kim-on-phone-532989'),
    pytest.param(
        'While Moon has yet to officially accept the invitation, the KCNA report said Kim had given “the important instruction to the relevant field to rapidly take practical steps for it” and had received a personal letter from the South Korean leader, indicating planning for a meeting could be in the works.',
        [('-AGREE:occurred', 'Moon|South Korea', None)],
        id='fit https://www.japantimes.co.jp/news/2018/03/06/asia-pacific/politics-diplomacy-asia-pacific/north-koreas-kim-seoul-envoys-discuss-easing-tensions/'),
    pytest.param(
        'Both North Korea and the United States have expressed willingness to talk, but President Trump demands the North “denuke” first.',
        [('-CONSULT:occurred', None, None), ('REQUEST:demanded', 'Trump|United States', None)],
        id='fit https://www.japantimes.co.jp/news/2018/03/06/asia-pacific/politics-diplomacy-asia-pacific/north-koreas-kim-seoul-envoys-discuss-easing-tensions/'),
    pytest.param(
        'Kim Jong-un has agreed to hold a summit with South Korean President Moon Jae-in, after the North Korean leader spent more than four hours with Moon’s special envoys late Monday in an historic first meeting with officials from south of the border.',
        [('AGREE', 'Kim|North Korea', None)],
        id='aside http://www.scmp.com/news/asia/east-asia/article/2135861/kim-jong-un-spends-hours-south-korean-officials-agrees-summit'),
    pytest.param(
        'North Korean leader Kim Jong Un has agreed to hold a second summit with US President Donald Trump as soon as possible, Seoul said Sunday.\n\nUS Secretary of State Mike Pompeo said “he agreed with Chairman Kim to hold the second US-North Korea summit at the earliest date possible,” South Korea’s presidential office said in a statement.',
        [('AGREE', 'Kim|North Korea', 'Trump|United States|US'), ('#AGREE', '1', None)],
        marks=pytest.mark.xfail(strict=False, reason='the agreement told again from the other side ("he agreed with Chairman Kim") names Pompeo, not the United States, so the two are not merged'),
        id='fit https://www.hindustantimes.com/world-news/kim-jong-un-mike-pompeo-agree-to-2nd-us-north-korea-summit-at-earliest-date/story-VKjVEuom5xVMnfaYjLQwSO.html'),
]


def _holds(ex: Extraction, check: tuple[str, str | None, str | None]) -> bool:
    """A check with a status ("AGREE:pledged") or without one (see ``holds``)."""
    type_, actor, target = check
    if type_.startswith("#"):  # ("#AGREE", "1", None): that many events of the type, one act told twice
        return len([e for e in ex.events if e.type == type_[1:]]) == int(actor or 0)
    if not type_.startswith("-") and ":" in type_:
        types, _, status = type_.partition(":")
        return actor is not None and found_named(ex, types, actor, target, status)
    if not type_.startswith("-") and "|" in type_:
        return actor is not None and found_named(ex, type_, actor, target, "occurred")
    return holds(ex, check)


@pytest.mark.parametrize(("text", "checks"), CASES)
def test_agreements_and_what_is_said_of_them(text: str, checks: list[tuple[str, str | None, str | None]]) -> None:
    ex = extract(text)
    for check in checks:
        assert _holds(ex, check), (check, coded_parties(ex))
