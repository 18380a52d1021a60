"""Events round 11: parties named by a group's adjective or a term for a state's forces.

- a group's adjective before a noun is the group ("The Houthi fighters launched a large onslaught",
  "released seven Houthi prisoners"), with no organization of its own;
- the adjective of a region's people the model takes for a name ("a Tigrayan military spokesperson") is
  no body; the region's forces ("Tigrayan forces", "the Tigrayan army") are its armed group;
- "government forces", "security forces" and the like need no article to refer back: the armed forces
  named before, else the state nearest before, else the state the report names most, also when the
  report names the country only as a place ("In Afghanistan, ... between government forces and the
  militants").
Each case is a passage from a news page, with its address.
"""

from __future__ import annotations

import pytest

from parley.extract import extract
from parley.models import Extraction


def _names(ex: Extraction, ids: tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    for i in ids:
        a = ex.actor(i)
        if a is not None:
            out |= {a.name.lower(), *(x.lower() for x in a.aliases)}
    return out


def _coded(ex: Extraction) -> list[tuple[str, str, set[str], set[str]]]:
    return [(e.type, e.trigger, _names(ex, e.actors), _names(ex, e.targets)) for e in ex.events]


def _found(ex: Extraction, types: tuple[str, ...], actor: str, target: str | None) -> bool:
    return any(e.type in types and any(actor in n for n in _names(ex, e.actors))
               and (target is None or any(target in n for n in _names(ex, e.targets)))
               for e in ex.events)


FOUND = [
    # https://famagusta-gazette.com/2023/11/07/houthi-attack-kills-8-govt-soldiers-in-yemens-marib/
    pytest.param("At least eight soldiers of Yemen’s government forces were killed in an overnight attack carried out "
                 "by the Houthi militia in the country’s oil-rich province of Marib, a military official told Xinhua on "
                 "Tuesday. “The Houthi fighters launched a large onslaught on Monday night and targeted sites of the "
                 "government forces in Marib’s northwestern part, sparking hours of deadly armed confrontation,” the "
                 "official said on condition of anonymity.",
                 "2023-11-07", ("ASSAULT",), "houthis", "yemen", id="yem-marib-onslaught"),
    # https://arabnews.com/node/2025321/middle-east
    pytest.param("AL-MUKALLA: At least 40 Houthi fighters reportedly were killed in fierce fighting with government "
                 "forces outside the central city of Marib in Yemen over the past 24 hours, during which the militia "
                 "fired a ballistic missile and a drone at the city.",
                 "2022-01-11", ("ASSAULT",), "houthis", None, id="yem-marib-missile"),
    # https://en.news-front.info/2019/10/30/taliban-attack-in-afghanistan-kills-five-security-forces/
    pytest.param("Councilor of the north-eastern Afghan province of Kunduz Amrudin Vali told the channel that the Taliban "
                 "had attacked a security checkpoint in Khan Abad County late Tuesday night. According to him, clashes "
                 "between government forces and the Taliban continued for several hours. In Afghanistan, there is a "
                 "confrontation between government forces and the militants of the radical Taliban movement, which had "
                 "previously captured a significant territory in rural areas of the country and launched an attack on "
                 "large cities.",
                 "2019-10-30", ("ASSAULT",), "afghanistan", "taliban", id="afg-kunduz-clashes"),
    # https://rfa.org/english/myanmar/2025/04/21/weekend-airstrikes-sagaing-rakhine-mandalay
    pytest.param("Myanmar’s junta, which seized power in 2021, faces resistance from dozens of militias seeking autonomy. "
                 "In response to insurgent attacks, the military has bombed villages suspected of sheltering rebels, "
                 "often killing dozens of civilians. In the latest assaults, the junta killed 20 people in Singu "
                 "township’s Kyi Tauk Pauk village and Thabeikkyin township’s Leik Kya and Yae Htwet villages in "
                 "Manadalay region between Friday and Sunday.",
                 "2025-04-21", ("ASSAULT",), "junta", None, id="mmr-junta-raids"),
    # https://arabnews.com/node/2329406/amp
    pytest.param("BANGKOK: A Myanmar military airstrike on a village killed ten civilians, locals and media reports said "
                 "on Wednesday. Fighting has ravaged swathes of Myanmar since a coup in 2021, with the junta battling "
                 "ethnic rebels and dozens of new “People’s Defense Forces” across the country. Rights groups accuse "
                 "the military of extrajudicial killings, razing villages and using air strikes as collective "
                 "punishment of its opponents.",
                 "2023-06-28", ("ACCUSE",), "rights groups", "myanmar", id="mmr-rights-groups"),
    # https://margadarsannews.com/2021/04/17/61298
    pytest.param("TALUQAN, Afghanistan-Four pro-government militiamen have been confirmed dead as Taliban militants "
                 "attacked a security checkpoint outside Taluqan, the capital of Afghanistan’s northern Takhar province "
                 "on Saturday, provincial police spokesman Abdul Khalil Asir said.",
                 "2021-04-17", ("ASSAULT",), "taliban", None, id="afg-taluqan"),
    # https://kabulnow.com/2020/05/afghan-government-releases-102-taliban-prisoners/
    pytest.param("The Afghan government released 102 Taliban prisoners on Monday, May 04 spokesperson for Afghanistan’s "
                 "Office of National Security Council said in a tweet on Tuesday, May 05.",
                 "2020-05-05", ("RETREAT", "CONCEDE"), "afghanistan", "taliban", id="afg-102-prisoners"),
    # https://www.aljazeera.com/news/2020/4/8/afghan-government-releases-100-taliban-prisoners
    pytest.param("The Afghan government has released 100 Taliban prisoners on Wednesday, a government official said, a "
                 "day after the armed group said it was walking out of talks with Kabul.",
                 "2020-04-08", ("RETREAT", "CONCEDE"), "afghanistan", "taliban", id="afg-100-prisoners"),
    # https://www.npr.org/sections/thetwo-way/2017/12/08/569392360/at-least-14-u-n-peacekeepers-killed-in-rebel-attack-in-congo
    pytest.param("At least 12 U.N. peacekeepers were killed when rebels attacked a peacekeeping base in a remote area of "
                 "the Democratic Republic of the Congo Thursday evening.",
                 "2017-12-08", ("ASSAULT",), "rebels", None, id="cod-peacekeeping-base"),
]


@pytest.mark.parametrize(("text", "date", "types", "actor", "target"), FOUND)
def test_party_found(text: str, date: str, types: tuple[str, ...], actor: str, target: str | None) -> None:
    ex = extract(text, published=date)
    assert _found(ex, types, actor, target), _coded(ex)


NO_BODY = [
    # https://famagusta-gazette.com/2023/11/07/houthi-attack-kills-8-govt-soldiers-in-yemens-marib/
    pytest.param("“The Houthi fighters launched a large onslaught on Monday night and targeted sites of the government "
                 "forces in Marib’s northwestern part, sparking hours of deadly armed confrontation,” the official said "
                 "on condition of anonymity. He added that the Houthis, utilizing an array of weaponry, clashed "
                 "fiercely with government forces, leaving eight soldiers killed and 15 others injured.",
                 "2023-11-07", "houthi", id="houthi-adjective"),
    # https://squidbusiness.fr/2022/09/01/ethiopian-eritrean-troops-clash-with-2/
    pytest.param("NAIROBI (Reuters) -Allied Ethiopian and Eritrean government troops attacked Tigrayan forces on "
                 "Thursday inside the northern Ethiopian region of Tigray, a Tigrayan military spokesperson said, as "
                 "the latest flare-up in the conflict entered its second week.", "2022-09-01", "tigrayan",
                 id="tigrayan-adjective"),
]


@pytest.mark.parametrize(("text", "date", "name"), NO_BODY)
def test_adjective_is_no_body(text: str, date: str, name: str) -> None:
    ex = extract(text, published=date)
    assert not any(a.name.lower() == name and a.type in ("organization", "person") for a in ex.actors), \
        [(a.name, a.type) for a in ex.actors]


XFAIL = [
    # the checkpoint attacked is the security forces' post; no target read from a possessive of the object
    pytest.param("KABUL: At least six Afghan security forces were killed after the Taliban fighters attacked their "
                 "checkpoint in eastern Laghman province, military officials confirmed on Monday.",
                 "2020-05-11", ("ASSAULT",), "taliban", "afghan",
                 id="http://www.afghanistantimes.af/6-soldiers-martyred-in-taliban-attack-in-laghman/"),
    # "the military Junta" with the country named only as the place of the strike: no state's army yet
    pytest.param("On Tuesday, the military Junta carried out an air strike on a village in Myanmar, killing at least "
                 "133 people, including women and children.",
                 "2023-04-12", ("ASSAULT",), "myanmar", None, id="https://telanganatribune.com/?p=125579"),
    # peacekeepers killed are no target yet (collectives.yaml targets: the people an act reaches are left out)
    pytest.param("KINSHASA, Congo — In the deadliest single attack on a United Nations peacekeeping mission in nearly 25 "
                 "years, rebels in eastern Congo killed 15 peacekeepers and wounded over 50 others in an assault on "
                 "their base that was launched at nightfall and went on for hours.",
                 "2017-12-08", ("ASSAULT",), "rebels", "peacekeepers",
                 id="https://www.reddeeradvocate.com/national-news/15-un-peacekeepers-killed-over-50-hurt-in-congo-attack/"),
    # "government forces" with no state named in the passage, and a place read as a body
    pytest.param("Houthis on Saturday night mounted simultaneous heavy attacks on government forces in Al-Kasara and "
                 "Serwah, near the city of Marib, triggering clashes with loyalists, who claimed that they had killed, "
                 "wounded and captured dozens of rebels.",
                 "2021-04-04", ("ASSAULT",), "houthis", "government",
                 id="https://mooreanna088.medium.com/fighting-intensifies-outside-marib-65e10fb6fae0"),
    # the Taliban's release of soldiers: the soldiers' state is not yet the target
    pytest.param("As the Afghan government is slowly releasing selected prisoners, Taliban has also started releasing "
                 "the captivated soldiers. On Monday, Taliban released 14 Afghan soldiers and policemen in several "
                 "provinces across the country, Taliban spokesman confirmed.",
                 "2020-06-22", ("RETREAT", "CONCEDE"), "taliban", "afghanistan",
                 id="https://www.wionews.com/south-asia/taliban-releases-14-hostages-amid-prisoner-release-agreement-307671"),
    # "a confrontation between government forces and rebels": the noun is no fighting noun yet
    pytest.param("In Sudan, an armed confrontation continues between government forces and rebels from the \"Rapid "
                 "Reaction Forces\" (RFS), supported by the UAE. The main fighting unfolded in the capital region, as "
                 "well as in the west of the country.",
                 "2025-05-01", ("ASSAULT",), "sudan", "rebels",
                 id="https://sudan.news-pravda.com/en/sudan/2025/05/01/1180.html"),
    # the forces of the internationally recognized government: the state is not named in the sentence
    pytest.param("He stated that the Houthis attacked the forces of the internationally recognized government using an "
                 "array of weaponry, resulting in fierce clashes on Marib’s northwestern Al-Kassara front, which killed "
                 "eight soldiers and left 15 more injured.",
                 "2023-11-08", ("ASSAULT",), "houthis", "government", id="https://south24.net/news/newse.php?nid=3632"),
    # the attack on the Tigrayan forces is not coded yet in this sentence
    pytest.param("NAIROBI, Sept. 1 (Reuters) – Allied Ethiopian and Eritrean government forces attacked Tigrayan forces "
                 "in the northern Ethiopian region of Tigray on Thursday, a Tigrayan military spokesman said as the "
                 "latest flare-up of the conflict entered its second week.",
                 "2022-09-01", ("ASSAULT",), "ethiopia", "tigray",
                 id="https://thevalleyvoice.org/ethiopian-eritrean-troops-clash-with-tigrayan-forces-in-the-north/"),
]


@pytest.mark.xfail(strict=False, reason="party not yet found")
@pytest.mark.parametrize(("text", "date", "types", "actor", "target"), XFAIL)
def test_party_not_yet_found(text: str, date: str, types: tuple[str, ...], actor: str, target: str | None) -> None:
    ex = extract(text, published=date)
    assert _found(ex, types, actor, target), _coded(ex)
