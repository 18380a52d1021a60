"""The pattern book (``resources/event_patterns.yaml``): verbs and nouns beyond talks and attacks.

Each case is a sentence from a news page found with the project's search tool (source beside it).
"""

from __future__ import annotations

import pytest

from parley.models import Extraction
from parley.pipeline.event_patterns import Pattern, load_patterns
from parley.pipeline.event_verb_objects import in_time_clause, object_words


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


# time.com/4007668/iran-tehran-us-embassy-javad-zarif/
STORMED_YEARS_AFTER = ("Javad Zarif's remarks come as Britain restored its diplomatic presence in the country, four years "
                       "after protesters stormed the U.K. embassy, triggering a breakdown in relations.")
# buzzfeed.com/davidmack/british-embassy-re-opens-in-iran
RANSACKED_YEARS_AFTER = ("British Foreign Secretary Philip Hammond on Sunday reopened the UK embassy in Tehran, nearly "
                         "four years after it was ransacked by angry protesters.")
# time.com/4007668/iran-tehran-us-embassy-javad-zarif/ (an "after" clause with no time span)
SACKED_AFTER = ("America's relations with Iran broke down in 1979 after a group of Iranian students, who supported the "
                "Islamic Revolution in the wake of the overthrow of Shah Mohammad Reza Pahlavi, sacked the U.S. embassy "
                "in Tehran.")
# abc.net.au/news/2015-08-24/iran-too-soon-for-illogical-us-to-return-to-tehran/6718914
STORMED_SINCE = ("Britain has reopened its embassy in Tehran, a striking signal of how Western ties with Iran have thawed "
                 "since protesters stormed the compound nearly four years ago.")


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(("text", "word", "expected"), [
    pytest.param(STORMED_YEARS_AFTER, "stormed", True, id="years-after"),
    pytest.param(RANSACKED_YEARS_AFTER, "ransacked", True, id="years-after-passive"),
    pytest.param(STORMED_YEARS_AFTER, "restored", False, id="main-clause"),
    pytest.param(SACKED_AFTER, "sacked", False, id="after-without-span"),
    pytest.param(STORMED_SINCE, "stormed", False, id="since-without-span"),
])
def test_pattern_book_time_clause(nlp, text: str, word: str, expected: bool) -> None:
    assert in_time_clause(_token(nlp, text, word)) is expected


def test_pattern_book_fallback_verb_not_coded_in_time_clause(nlp) -> None:
    hand = Pattern(name="storm", type="ASSAULT", verbs=frozenset({"storm"}))
    fallback = Pattern(name="petrarch storm", type="ASSAULT", verbs=frozenset({"storm"}), fallback=True)
    dated = _token(nlp, STORMED_YEARS_AFTER, "stormed")
    assert hand.matches_verb(dated)  # a hand-written verb keeps its event ("stormed" is background to the stage)
    assert not fallback.matches_verb(dated)
    assert fallback.matches_verb(_token(nlp, STORMED_SINCE, "stormed"))


def test_pattern_book_bundled_fallback_verbs_need_a_target() -> None:
    book = load_patterns(None)
    assert book.fallback and all(p.fallback and p.needs_target for p in book.fallback)
    assert not any(p.fallback for p in book.patterns)


def test_pattern_book_hyphenated_object_matches(run, nlp) -> None:
    # upi.com/Top_News/World-News/2014/01/24/President-Obama-welcomes-South-Sudan-cease-fire-agreement/UPI-93161390566198/
    fire = _token(nlp, "Rebels claim South Sudan troops broke cease-fire hours after it began", "fire")
    assert "cease-fire" in object_words(fire)
    # postbulletin.com/news/mali-rebels-web: "cease-fire" is an object of "sign agreement"
    ex = run("Mali's government signed a cease-fire with a northern rebel faction Thursday, according to a "
             "government announcement on state radio.")
    assert any(e.type == "AGREE" and "Mali" in names(ex, e.actors) for e in ex.events)


def test_pattern_book_ceasing_fire_is_no_attack(run) -> None:
    # self.gutenberg.org/articles/eng/Ceasefire
    ex = run("With the United Nations' acceptance of India's proposed Korean War armistice, the Korean People's Army "
             "(KPA), the People's Volunteer Army (PVA), and the UN Command ceased fire with the battle line "
             "approximately at the 38th parallel.")
    assert not [e for e in ex.events if e.type == "ASSAULT"]
