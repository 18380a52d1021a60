"""Round 14: attacks and detentions (ASSAULT, COERCE) and who did them to whom.

- an act named by a noun that an attribution verb puts down to a party, in its "on" or "to" phrase, is
  that party's act ("An attack attributed to Colombia's second largest rebel group, the ELN, ...", "in
  an ambush which the army has blamed on National Liberation Army (ELN) rebels"): event_nominals
  (``attribution_phrases``; ``attributions`` in resources/event_patterns.yaml) and event_nested
  (``own_parties``: the act is no part of the killing or the blame around it);
- an act named with its own party that a verb answers is an act of its own ("Iran retaliated for
  America's Saturday night attacks on Iranian nuclear sites"): event_nested.answered_act (``answers``
  in resources/event_patterns.yaml);
- a detention or abduction told as a participle on the captives a release frees says who they are ("the
  release of its members detained by the DRC government"): event_nonacts._captives_released.

Each case is a sentence from a news page, with its address (fit or aside); actor and target are
alternatives separated by "|", matched against the names and aliases of the event's parties. A type
with "-" says no such event is coded for that actor.
"""

from __future__ import annotations

import pytest

from parley.extract import extract
from tests.pipeline.event_support import coded_parties, named, party_names


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=False, reason=reason)


CASES = [
    pytest.param(
        'Islamist al Shabaab militants killed 12 Somali soldiers and briefly captured a military base south-west of the capital, officials said, underscoring the insurgents’ ability to launch attacks despite a government offensive.',
        'ASSAULT', 'Shabaab', 'Somali|Somalia',
        id='f1',
    ),  # https://www.defenceweb.co.za/security/human-security/militants-kill-somali-soldiers/ (fit)
    pytest.param(
        'Al Shabaab fighters killed at least 15 soldiers in an attack on a military base near Mogadishu, the militant group and Somali officials said.',
        'ASSAULT', 'Shabaab', None,
        id='f2',
    ),  # https://www.defenceweb.co.za/security/national-security/al-shabaab-attack-somali-military-base/ (fit)
    pytest.param(
        'A pre-dawn raid by the terrorist group al-Shabaab on a military base in southern Somalia has left at least 18 people dead, officials told dpa on Sunday.',
        'ASSAULT', 'Shabaab', None,
        id='f3',
    ),  # http://www.allgalgaduud.net/2019/09/22/al-shabaab-militants-storm-somali-military-base/ (fit)
    pytest.param(
        'More than 40 civilians were killed in an attack by the paramilitary Rapid Support Forces (RSF) on the village of Gouz Al-Naqa in Sudan’s Gezira State.',
        'ASSAULT', 'RSF|Rapid Support', None,
        id='f4',
    ),  # https://news.az/news/over-40-killed-in-sudan-village-attack-by-rsf (fit)
    pytest.param(
        'The Islamic State of West African Province (ISWAP) fighters reportedly killed 15 soldiers and four militia fighters in an attack in Borno State on Thursday.',
        'ASSAULT', 'ISWAP|Islamic State', None,
        id='f5',
    ),  # https://www.ripplesnigeria.com/iswap-fighters-reportedly-kill-15-soldiers-four-militia-fighters-in-borno-attack/ (fit)
    pytest.param(
        'A Myanmar military air strike on a village killed ten civilians, locals and media reports said.',
        'ASSAULT', 'Myanmar|military|Tatmadaw', None,
        id='f6',
    ),  # https://www.trtworld.com:443/article/13812579 (fit)
    pytest.param(
        'A missile attack by Yemen’s Houthi rebels set a ship ablaze in the Gulf of Aden on Thursday, injuring one person, as Israel intercepted what appeared to be another Houthi attack near the port city of Eilat, authorities said.',
        'ASSAULT', 'Houthi', None,
        id='f7',
    ),  # https://sea-news.az/2024/02/23/houthi-missile-hits-ship-in-gulf-of-aden/ (fit)
    pytest.param(
        'Houthi forces in Yemen launched missile attacks on two ships in the Red Sea, causing slight damage to one of the vessels near Yemen’s Hodeidah coast.',
        'ASSAULT', 'Houthi', None,
        id='f8',
    ),  # https://www.theworldmonitor.com/houthis-fire-missiles-at-2-ships-in-red-sea/ (fit)
    pytest.param(
        'A clash between the ELN and National Army has left two soldiers and 12 guerrillas dead on Tuesday in Northeastern Colombia, according to reports by local media.',
        'ASSAULT', 'ELN|National Liberation', 'Army|Colombia',
        id='f9',
    ),  # https://colombiareports.com/14-dead-fatal-clash-eln-national-army/amp/ (fit)
    pytest.param(
        'The attack, which took place on military base 27 in northern Cesar department, was blamed on the National Liberation Army (ELN), a Colombian group listed as a terrorist organization by the US State Department and the European Union.',
        'ASSAULT', 'ELN|National Liberation', None,
        id='f10', marks=_xfail("the accusation verb 'blamed' governs and absorbs the attack noun it has as passive subject (event_patterns 'accuse' absorbs: true); coding both would need the absorbed act split from its accusation"),
    ),  # https://whistlebuzz.com/?p=16073 (fit)
    pytest.param(
        'Five Colombian soldiers have been killed and 10 wounded in an ambush which the army has blamed on National Liberation Army (ELN) rebels.',
        'ASSAULT', 'ELN|National Liberation', None,
        id='f11',
    ),  # https://feeds.bbci.co.uk/news/world-latin-america-43213505 (fit)
    pytest.param(
        'The BBC reported on Monday that one of its journalists, Girmay Gebru, was detained by the military in Mekelle.',
        'COERCE', 'Ethiopia|military', None,
        id='f12', marks=_xfail("'the military' with no country named resolves to no actor in a one-sentence text (the actors stage makes none)"),
    ),  # https://dailynewsbrief.com/2021/03/02/four-news-workers-detained-in-ethiopias-conflict-ridden-tigray/ (fit)
    pytest.param(
        'Defense Minister Pedro Sánchez Suárez condemned the attack and said the threat posed by the ELN must be dismantled.',
        '-ASSAULT', 'Sánchez|Colombia', None,
        id='f13',
    ),  # https://whistlebuzz.com/?p=16073 (fit)
    pytest.param(
        'Tigray was thrown into conflict in November 2020 when the Ethiopian Prime Minister, Abiy Ahmed, launched a military attack against the Tigray People’s Liberation Front (TPLF), accusing the group of attacking federal army camps.',
        'ASSAULT', 'Abiy|Ethiopia', 'TPLF|Tigray',
        id='f14', marks=_xfail("the attack in a 'when' clause dating the conflict is read as background; the clause is the conflict's start, not news"),
    ),  # https://dailynewsbrief.com/2021/03/02/four-news-workers-detained-in-ethiopias-conflict-ridden-tigray/ (fit)
    pytest.param(
        'In November, ISWAP members stormed a camp in Kareto hamlet near the Niger border, killing five Nigerian soldiers and wounded ten more.',
        'ASSAULT', 'ISWAP', None,
        id='f15',
    ),  # https://thefindernews.com/2025/01/06/iswap-raid-kills-six-soldiers-at-borno-military-base (fit)
    pytest.param(
        'Earlier in March, a Houthi missile struck a commercial ship in the Gulf of Aden, killing three of its crew members and forcing survivors to abandon the vessel.',
        'ASSAULT', 'Houthi', None,
        id='f16',
    ),  # https://latamtech.biz/suspected-attack-by-yemens-houthi-rebels-strikes-a-ship-in-the-red-sea-though-crew-reportedly-safe/ (fit)
    pytest.param(
        'Air strikes by Myanmar’s military on a village in the country’s northwest on Thursday killed at least eight civilians, including two children, according to members of a rebel ethnic minority group and independent media reports.',
        'ASSAULT', 'Myanmar|military|Tatmadaw', None,
        id='a1',
    ),  # https://www.lapresse.it/news/2023/03/30/myanmar-resistance-says-military-bombing-kills-8-civilians/ (aside)
    pytest.param(
        'The Sudanese paramilitary Rapid Support Forces attacked a village in Gezira State on Wednesday, killing at least 100 people, according to local activists.',
        'ASSAULT', 'RSF|Rapid Support', None,
        id='a2',
    ),  # https://www.lbcgroup.tv/news/world-news/776924/sudans-rsf-kills-at-least-100-in-attack-on-village/en (aside)
    pytest.param(
        'Last month, a week-long battle between junta troops and the KNLA in Kawkareik city left three civilians dead and forced more than a thousand to flee their homes.',
        'ASSAULT', 'KNLA|Karen|junta|Myanmar', 'KNLA|Karen|junta|Myanmar',
        id='a3', marks=_xfail("'junta troops' makes no actor in a one-sentence text, so the battle has one side only"),
    ),  # https://rfa.org/english/news/myanmar/kayin-airstrike-01132023034242.html (aside)
    pytest.param(
        'An attack attributed to Colombia’s second largest rebel group, the ELN, left at least ten soldiers dead and eleven injured in northern Colombia on Wednesday.',
        'ASSAULT', 'ELN|National Liberation', None,
        id='a4',
    ),  # https://colombiareports.com/2-soldiers-killed-4-wounded-in-north-colombia-eln-attack/amp (aside)
    pytest.param(
        'Yesterday UN Humanitarians officials said that 16 UN aid workers of Tigrayan ethnicity had been arrested by Ethiopian government security forces in the Ethiopian capital.',
        'COERCE', 'Ethiopia', None,
        id='a5',
    ),  # https://myviewsonnews.net/tigray-ethiopia-news-mass-arrest-of-tigrayans-in-addis-ababa/ (aside)
    pytest.param(
        'The attack came two days after the United States said it had killed the chief of al Shabaab’s intelligence and security wing, Tahliil Abdishakur.',
        'ASSAULT', 'United States', 'Shabaab|Abdishakur',
        id='a6',
    ),  # https://en.goobjoog.com/at-least-7-killed-in-al-shabaab-attack-at-somali-military-base-2/ (aside)
    pytest.param(
        'President Gustavo Petro, whose administration is negotiating a ceasefire with the guerrilla group, condemned the deadly guerrilla attack.',
        '-ASSAULT', 'Petro|Colombia', None,
        id='a7',
    ),  # https://colombiareports.com/eln-kills-at-least-9-soldiers-in-northeast-colombia-military/ (aside)
]


@pytest.mark.parametrize(("text", "type_", "actor", "target"), CASES)
def test_armed_act(text: str, type_: str, actor: str, target: str | None) -> None:
    """The attack or detention is coded with its actor (and target), or not coded for that actor."""
    ex = extract(text, published="2024-01-01")
    if type_.startswith("-"):
        assert not any(e.type == type_[1:] and named(actor, party_names(ex, e.actors)) for e in ex.events), \
            coded_parties(ex)
        return
    assert any(e.type == type_ and named(actor, party_names(ex, e.actors))
               and (target is None or named(target, party_names(ex, e.targets))) for e in ex.events), coded_parties(ex)


def test_answered_attack() -> None:
    """The attack a retaliation answers is its own party's act."""
    ex = extract("Earlier in the day, Iran retaliated for America's Saturday night attacks on Iranian nuclear sites, "
                 "firing ballistic missiles at a U.S. base in Qatar.", published="2025-06-23")
    # https://www.theamericanconservative.com/breaking-trump-announces-israel-iran-ceasefire/ (a dev article)
    assert any(e.type == "ASSAULT" and named("United States|America", party_names(ex, e.actors))
               and named("Iran", party_names(ex, e.targets)) for e in ex.events), coded_parties(ex)


def test_detention_of_captives_released() -> None:
    """A detention told as a participle on the captives of a release is no detention reported."""
    ex = extract("The M23 had earlier insisted that provisions of the declaration, particularly the release of its "
                 "members detained by the DRC government, be implemented before broader peace talks could advance.",
                 published="2025-08-20")
    # https://www.independent.co.ug/m23-confirms-delegation-in-doha-for-limited-talks-with-drc-govt/ (a dev article)
    assert not [e for e in ex.events if e.type == "COERCE"], coded_parties(ex)
