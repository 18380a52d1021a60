"""The ``parley_events`` stage: PLOVER type, actors and targets, place, date, status and background.

Sentences come from the seed (Anadolu Agency, 2022), the project's corpus and gold/dev articles,
and news pages found with the project's search tool (sources beside each case).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.errors import ConfigError
from parley.models import EVENT_TYPES, Event, Extraction
from parley.pipeline.event_patterns import load_patterns, plover_type_of_cameo
from tests.conftest import actor_named


def names(ex: Extraction, ids: tuple[str, ...]) -> set[str]:
    """The names of the actors with these ids."""
    return {a.name for i in ids if (a := ex.actor(i)) is not None}


def event_of(ex: Extraction, type_: str, status: str | None = None) -> Event:
    """The first event of a type (and status), failing the test when there is none."""
    found = [e for e in ex.events if e.type == type_ and (status is None or e.status == status)]
    assert found, f"no {type_} event in {[(e.type, e.status, e.trigger) for e in ex.events]}"
    return found[0]


# -- types, actors and targets ------------------------------------------------------------------

TYPED = [
    # (sentence, type, an actor, a target or None, source)
    ("In a breakthrough, Russian and Ukrainian delegations met for peace talks in Istanbul on March 29 "
     "as the war entered its second month with casualties piling up on both sides.",
     "CONSULT", "Russia", "Ukraine"),  # seed
    ("Turkey also hosted the foreign ministers of Russia and Ukraine in Antalya in March.",
     "CONSULT", "Turkey", "Russia"),  # seed
    ("The spokesperson added that Zelenskyy praised Turkey's support for Ukraine and thanked it for its "
     "balanced diplomacy and its approach that prioritizes negotiations.",
     "SUPPORT", "Zelenskyy", "Turkey"),  # seed
    ("While Ankara has opposed international sanctions designed to isolate Moscow, it also closed its "
     "straits to prevent some Russian vessels from crossing through them.",
     "COERCE", "Turkey", "Russia"),  # seed
    ("Representatives from Congo and Rwanda have signed the text of a peace agreement between the two "
     "countries in Washington, according to a joint press release from the two nations and the U.S. "
     "State Department on Wednesday.",
     "SUPPORT", "Congo", "Rwanda"),  # signing is SUPPORT in PLOVER; corpus/ap-congo-rwanda-peace-text-2025
    ("As a key outcome of the two-hour talks, Russia and Ukraine agreed to a prisoner exchange involving 1,000 "
     "people from each side.",
     "AGREE", "Russia", "Ukraine"),  # gold/dev/shine-istanbul-talks-2025-05
    ("Congo has accused Rwanda of backing M23 rebels in the east of the country.",
     "ACCUSE", "Congo", "Rwanda"),  # corpus/ap-congo-rwanda-peace-text-2025
    ("The decades-long conflict escalated in January, when the M23 rebels advanced and seized the "
     "strategic Congolese city of Goma, followed by the town of Bukavu in February.",
     "ASSAULT", "M23", None),  # corpus/ap-congo-rwanda-peace-text-2025
    ("Russia has deployed about 100,000 troops on Ukraine's border, but has denied any involvement in the attack.",
     "MOBILIZE", "Russia", None),  # otgnewz.com, 2022-01-26
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "target"), TYPED)
def test_events_type_actor_and_target(run, sentence: str, type_: str, actor: str, target: str | None) -> None:
    ex = run(sentence, published="2022-05-01")
    event = event_of(ex, type_)
    acting = names(ex, event.actors)
    assert any(actor in n for n in acting), acting
    if target is not None:
        assert any(target in n for n in names(ex, event.targets)), names(ex, event.targets)


def test_events_official_acts_for_state(seed) -> None:
    met = next(e for e in seed.events if e.trigger == "met" and "Kyiv" == e.place)
    assert {"Turkey", "Ukraine"} <= names(seed, met.actors + met.targets)
    assert any("Zelenskyy" in n for n in names(seed, met.targets))
    assert any("Kal" in n for n in names(seed, met.actors))


def test_events_symmetric_meeting_splits_sides(seed) -> None:
    met = next(e for e in seed.events if e.place == "Istanbul" and e.type == "CONSULT")
    assert names(seed, met.actors) == {"Russia"}
    assert names(seed, met.targets) == {"Ukraine"}


# -- place and date -----------------------------------------------------------------------------

def test_events_place_with_coordinates(seed) -> None:
    hosted = next(e for e in seed.events if e.trigger.startswith("hosted"))
    assert hosted.place == "Antalya"
    assert hosted.coordinates is not None and abs(hosted.coordinates[0] - 36.9) < 0.2


def test_events_date_from_sentence(seed) -> None:
    met = next(e for e in seed.events if e.place == "Istanbul")
    assert (met.date, met.date_text) == ("2022-03-29", "March 29")


def test_events_date_from_lead_sentence(seed) -> None:
    """"Kalın's remarks came after he met ...": the meeting takes the date of the remarks."""
    met = next(e for e in seed.events if e.place == "Kyiv" and e.type == "CONSULT")
    assert met.date == "2022-04-30"


# -- status -------------------------------------------------------------------------------------

STATUSES = [
    # (sentence, type, status, an actor, source)
    ("Russia, meanwhile, pledged to significantly decrease its military activities focusing on the "
     "Ukrainian cities of Kyiv and Chernihiv to build trust for future negotiations.",
     "RETREAT", "pledged", "Russia"),  # seed
    ("Since the beginning of the conflict, Ankara has offered to mediate between the two sides and host "
     "peace talks, underlining its support for Ukraine's territorial integrity and sovereignty.",
     "CONSULT", "proposed", "Turkey"),  # seed
    ("During the talks, Ukrainian officials signaled readiness to negotiate a \u201cneutral status,\u201d a key "
     "Russian demand, but demanded security guarantees for their country.",
     "REQUEST", "demanded", "Ukraine"),  # seed
    ("On Wednesday, Kremlim spokesman Dimitri Peskov denied that Russia carried out a missile attack on a "
     "restaurant in the eastern Ukrainian city of Kramatorsk on Tuesday.",
     "ASSAULT", "denied", "Russia"),  # telesurenglish.net, 2023-06-28
    ("US President Joe Biden has said he would consider imposing personal sanctions on President Vladimir "
     "Putin if Russia invaded Ukraine.",
     "ASSAULT", "hypothetical", "Russia"),  # otgnewz.com, 2022-01-26
]


@pytest.mark.parametrize(("sentence", "type_", "status", "actor"), STATUSES)
def test_events_status(run, sentence: str, type_: str, status: str, actor: str) -> None:
    ex = run(sentence, published="2022-05-01")
    event = event_of(ex, type_, status)
    assert any(actor in n for n in names(ex, event.actors))


def test_events_request_absorbs_its_content(run) -> None:
    """"urges them to continue with negotiations" is one REQUEST, not also a CONSULT."""
    ex = run("The following statement was issued today by the Spokesman for UN Secretary-General António Guterres:\n"
             "The Secretary-General pledges his support to the parties in the implementation of the provisions "
             "of the Agreement and urges them to continue with negotiations on the outstanding issues.",
             published="2022-11-02")  # gold/dev/un-sg-ethiopia-pretoria-agreement-2022
    assert event_of(ex, "REQUEST", "demanded")
    assert not [e for e in ex.events if e.type == "CONSULT"]


def test_events_negated_intention_is_refusal(run) -> None:
    ex = run("However, the Kremlin said Putin would not attend the talks.",
             published="2025-05-16")  # gold/dev/shine-istanbul-talks-2025-05
    assert not [e for e in ex.events if e.type == "CONSULT"]
    assert any("Putin" in n for n in names(ex, event_of(ex, "REJECT", "occurred").actors))


def test_events_negation_denies(run) -> None:
    ex = run("Ukrainian army units have not opened fire at the Donetsk People's Republic territory over the past "
             "seven days, the DPR Office at the Joint Centre for Control and Coordination (JCCC) reported on "
             "Thursday.", published="2020-08-27")  # novorossiia.ru, 2020-08-27
    assert event_of(ex, "ASSAULT").status == "denied"


def test_events_question_is_not_reported(seed) -> None:
    """"Asked whether Turkey will hold a meeting with the Russian side" reports no meeting."""
    assert not [e for e in seed.events if e.trigger.startswith("hold a meeting")]


def test_events_background_reference_is_marked(run) -> None:
    ex = run("Kyiv \u2014 Ukrainian and Russian delegates met on Monday in the first direct negotiations between "
             "the two countries since Russia launched its invasion five days ago.",
             published="2022-02-28")  # seculartalk.net, 2022-02-28
    invasion = event_of(ex, "ASSAULT")
    assert invasion.background
    met = event_of(ex, "CONSULT")
    assert not met.background and met.status == "occurred"


def test_events_seed_no_event_without_actor(seed) -> None:
    assert all(e.actors for e in seed.events)
    assert {e.type for e in seed.events} <= set(EVENT_TYPES)


# -- data ---------------------------------------------------------------------------------------

def test_event_patterns_user_file_adds_a_verb(tmp_path: Path) -> None:
    extra = tmp_path / "events.yaml"
    extra.write_text("- name: parley-test rebuke\n  type: ACCUSE\n  verbs: [upbraid]\n", encoding="utf-8")
    book = load_patterns(extra)
    assert "upbraid" in book.by_verb and book.by_verb["upbraid"][0].type == "ACCUSE"


def test_event_patterns_reject_unknown_type(tmp_path: Path) -> None:
    extra = tmp_path / "events.yaml"
    extra.write_text("- name: bad\n  type: HUG\n  verbs: [hug]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="HUG"):
        load_patterns(extra)


@pytest.mark.parametrize(("code", "plover"), [("042", "CONSULT"), ("0871", "RETREAT"), ("1123", "ACCUSE"),
                                              ("163", "COERCE"), ("050", "SUPPORT"), ("010", None)])
def test_cameo_plover_table_maps_codes(code: str, plover: str | None) -> None:
    mapped = plover_type_of_cameo(code)
    assert mapped is not None and mapped[0] == plover


def test_events_stage_declares_its_attribute(nlp) -> None:
    assert not nlp.analyze_pipes()["problems"].get("parley_events")
    assert actor_named  # the shared helper stays importable for these tests
