"""The pattern book (``resources/event_patterns.yaml``): verbs and nouns beyond talks and attacks.

Each case is a sentence from a news page found with the project's search tool (source beside it).
"""

from __future__ import annotations

import pytest

from parley.models import Extraction
from parley.pipeline.event_patterns import load_patterns


def names(ex: Extraction, ids: tuple[str, ...]) -> set[str]:
    """The names of the actors with these ids."""
    return {a.name for i in ids if (a := ex.actor(i)) is not None}


TYPED = [
    # (sentence, type, an actor, source)
    pytest.param(
        "The Council of Ministers of Ethiopia has lifted the state of emergency declared in November 2021 to "
        "contain internal political crisis, terrorist activities, and war in the northern part of the country.",
        "CONCEDE", "Ethiopia", id="lift-state-of-emergency"),  # newbusinessethiopia.com/politics/ethiopia-lifts-state-of-emergency/
    pytest.param(
        "About 1,200 Palestinian prisoners in Israeli jails began an open-ended hunger strike today, "
        "according to Haaretz.",
        "PROTEST", "Palestine", id="hunger-strike"),  # theworld.org/stories/2016/07/31/israel-1200-palestinian-prisoners-begin-hunger-strike
    pytest.param(
        "Syria government forces recaptured the strategic highway town of Maaret al-Numan from jihadist and "
        "allied rebels on Wednesday, the army said.",
        "ASSAULT", "Syria", id="recapture-town"),  # naharnet.com/stories/en/268619
    pytest.param(
        "Hungary has opposed Ukraine's bid for NATO membership, arguing that such a move risks involving "
        "Europe in a full-scale war with Russia.",
        "REJECT", "Hungary", id="oppose-bid"),  # phnewlook.com/?p=61887
    pytest.param(
        "In late August, the New York Times and others reported that the US Army had reopened a criminal "
        "investigation into the murders of at least 17 civilians in Afghanistan in 2012 and 2013.",
        "ACCUSE", "U.S. military", id="reopen-investigation"),  # justsecurity.org/26067/countries-investigate-war-crimes/
]


@pytest.mark.parametrize(("text", "type_", "actor"), TYPED)
def test_pattern_book_codes_type_and_actor(run, text: str, type_: str, actor: str) -> None:
    ex = run(text)
    hits = [e for e in ex.events if e.type == type_]
    assert hits, [(e.type, e.trigger) for e in ex.events]
    assert any(actor in names(ex, e.actors) for e in hits)


def test_pattern_book_negated_attack_is_no_refusal(run) -> None:
    # baltimorechronicle.com/politika/duda-does-not-believe-that-russia-will-invade-nato-territory/amp/
    ex = run("Polish leader Andrzej Duda believes that the troops of the Russian Federation will not invade "
             "the territory of the North Atlantic Treaty Organization.")
    assert not [e for e in ex.events if e.type == "REJECT"]
    assert not [e for e in ex.events if e.type == "ASSAULT" and e.status == "occurred"]


def test_pattern_book_negated_attendance_stays_a_refusal(run) -> None:
    # timesofislamabad.com/23-Aug-2018/afghanistan-wont-attend-peace-talks-in-moscow-with-taliban-afghan-officials
    ex = run("KABUL: Afghanistan will not attend peace talks hosted by Russia, two senior government officials said.")
    refusal = [e for e in ex.events if e.type == "REJECT"]
    assert refusal and "Afghanistan" in names(ex, refusal[0].actors)


def test_pattern_book_oppose_a_party_is_disapproval() -> None:
    book = load_patterns(None)
    names_of = {p.name for p in book.by_verb["oppose"]}
    # a plan opposed is rejected, a party opposed is disapproved of (CAMEO 110)
    assert {"oppose proposal", "oppose"} <= names_of
    assert next(p for p in book.by_verb["oppose"] if p.name == "oppose").type == "ACCUSE"


def test_pattern_book_clause_constraint_loads() -> None:
    book = load_patterns(None)
    allow_that = next(p for p in book.by_verb["allow"] if p.name == "allow that")
    assert allow_that.clause == "that" and allow_that.type == "CONCEDE"
    assert allow_that.specificity == 2
