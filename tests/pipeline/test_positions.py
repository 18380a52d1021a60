"""The ``parley_positions`` stage: holder, issue and stance of negotiating positions.

Sentences come from the seed (Anadolu Agency, 2022), gold/dev articles, and news pages found with
the project's search tool (sources beside each case).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.models import Extraction
from parley.pipeline.issues import load_vocabulary


def stances(ex: Extraction) -> set[tuple[str, str, str]]:
    """(holder name, issue, stance) of every position."""
    return {(a.name if (a := ex.actor(p.holder)) else p.holder, p.issue, p.stance) for p in ex.positions}


PATTERNS = [
    # (text, holder, issue, stance, source)
    ("During the talks, Ukrainian officials signaled readiness to negotiate a “neutral status,” a key "
     "Russian demand, but demanded security guarantees for their country.",
     "Ukraine", "security guarantees", "demand"),  # seed: "X demanded security guarantees"
    ("During the talks, Ukrainian officials signaled readiness to negotiate a “neutral status,” a key "
     "Russian demand, but demanded security guarantees for their country.",
     "Ukraine", "neutral status", "willing"),  # seed: readiness to negotiate
    ("During the talks, Ukrainian officials signaled readiness to negotiate a “neutral status,” a key "
     "Russian demand, but demanded security guarantees for their country.",
     "Russia", "neutral status", "demand"),  # seed: an apposition names another actor's demand
    ("Ukraine wants to see countries, including Turkey, as guarantors in a deal with Russia, a Ukrainian "
     "negotiator said after the talks.",
     "Ukraine", "countries including Turkey", "demand"),  # seed: "wants to see X as guarantors"
    ("While Ankara has opposed international sanctions designed to isolate Moscow, it also closed its "
     "straits to prevent some Russian vessels from crossing through them.",
     "Turkey", "sanctions", "oppose"),  # seed
    ("Since the beginning of the conflict, Ankara has offered to mediate between the two sides and host "
     "peace talks, underlining its support for Ukraine’s territorial integrity and sovereignty.",
     "Turkey", "territorial integrity and sovereignty", "support"),  # seed: "its" is the clause's subject
    ("Since the beginning of the conflict, Ankara has offered to mediate between the two sides and host "
     "peace talks, underlining its support for Ukraine’s territorial integrity and sovereignty.",
     "Turkey", "mediate between the two sides and host peace talks", "offer"),  # seed: an action as written
    ("Hamas has rejected Israel's proposal for a two-month ceasefire, dealing a blow to negotiations "
     "seeking the release of the remaining hostages in Gaza.",
     "Hamas", "ceasefire", "reject"),  # i24news.tv, 2024-01-23
    ("Hamas has rejected Israel's proposal for a two-month ceasefire, dealing a blow to negotiations "
     "seeking the release of the remaining hostages in Gaza.",
     "Israel", "ceasefire", "offer"),  # i24news.tv: a proposal's possessive is who offers
    ("After talks with top US diplomats in Saudi Arabia on Tuesday, Ukraine said it was ready to accept "
     "a 30-day ceasefire and the US said it was putting the proposal to Moscow.",
     "Ukraine", "ceasefire", "willing"),  # timeslive.co.za (Reuters), 2025-03-13
    ("The government of Afghanistan has demanded a complete ceasefire as a way forward for peace talks "
     "in response to a report 10-day truce offer for the Taliban.",
     "Afghanistan", "ceasefire", "demand"),  # upnewsinfo.com (Al Jazeera), 2020-01-18
    ("Russian President Vladimir Putin said Moscow is open to more exchanges and that Kyiv has also "
     "indicated it was open to more.",
     "Russia", "more exchanges", "willing"),  # gold/dev voa-pow-swap-2024-01
    ("The United Nations and African Union, which are sponsoring the conference, want the groups to "
     "reach a common platform for the peace talks.",
     "African Union", "common platform for the peace talks", "demand"),  # gold/dev voa-darfur: conjoined holders
    ("Delegations of Russia and Ukraine concluded their meeting in Turkey's Istanbul on Friday, agreeing "
     "to hold a new round of negotiations and have a large-scale prisoner exchange.",
     "Ukraine", "new round of negotiations", "willing"),  # gold/dev shine-istanbul-talks-2025-05
    ("The Istanbul talks follow a proposal by Putin on Sunday to resume direct negotiations with Ukraine.",
     "Vladimir Putin", "direct negotiations with Ukraine", "offer"),  # gold/dev shine: "a proposal by X to V"
]


@pytest.mark.parametrize("text, holder, issue, stance", PATTERNS)
def test_positions_pattern_gives_holder_issue_and_stance(run, text, holder, issue, stance) -> None:
    assert (holder, issue, stance) in stances(run(text, published="2024-01-01"))


NEGATED = [
    # (text, holder, issue, stance, source)
    ("Hamas spokesman Fawzi Barhoum said the group would not accept a truce without a fully-fledged "
     "deal to end hostilities, according to AFP.",
     "Hamas", "ceasefire", "reject"),  # soundthetrumpet.ca (AFP), 2014: "the group" is the speaker's body
    ("A spokesman, Yahia Bolad, for the Sudan Liberation Movement (SLM), one of the key rebel groups, told "
     "VOA his group is not taking part in the talks because it feels it is pointless to talk politics "
     "while violence persists.",
     "Sudan Liberation Movement", "talks", "reject"),  # gold/dev voa-darfur: "not taking part"
]


@pytest.mark.parametrize("text, holder, issue, stance", NEGATED)
def test_positions_negation_turns_the_stance(run, text, holder, issue, stance) -> None:
    ex = run(text, published="2024-01-01")
    found = [p for p in ex.positions if ex.actor(p.holder) and ex.actor(p.holder).name == holder]
    assert [(p.issue, p.stance) for p in found] == [(issue, stance)]


def test_positions_negated_acceptance_is_flagged(run) -> None:
    ex = run("Hamas spokesman Fawzi Barhoum said the group would not accept a truce without a fully-fledged "
             "deal to end hostilities, according to AFP.")
    (position,) = ex.positions
    assert position.negated and position.issue_text == "truce"


def test_positions_seed_quoted_goal_is_the_speakers_government(seed) -> None:
    # "ending the war ... is our primary goal," he said: Kalın speaks for Turkey.
    assert ("Turkey", "ending the war through negotiation and dialogue", "support") in stances(seed)


def test_positions_seed_quoted_need_is_a_demand_of_the_speakers_government(seed) -> None:
    # "We urgently need the establishment of a humanitarian corridor and the evacuation of civilians ..."
    assert ("Turkey", "humanitarian corridor and evacuation", "demand") in stances(seed)


def test_positions_quoted_we_is_the_spokespersons_government(run) -> None:
    text = ("Russian foreign ministry spokesperson Maria Zakharova says Russia is ready to talk to the US about "
            "a peace initiative discussed between the US and Ukraine and contacts could take place on Thursday.\n"
            "“We are ready to discuss the initiatives set out there in future contacts with the US. Such "
            "contacts are already possible [on Thursday],” Zakharova said.")  # timeslive.co.za (Reuters), 2025
    ex = run(text)
    quoted = text.index("“We")
    found = [p for p in ex.positions if p.span[0] >= quoted]
    assert [(ex.actor(p.holder).name, p.stance) for p in found] == [("Russia", "willing")]


def test_positions_seed_span_is_the_sentence(seed, seed_text) -> None:
    p = next(p for p in seed.positions if p.issue == "sanctions")
    assert seed_text[p.span[0]:p.span[1]].startswith("While Ankara has opposed international sanctions")
    assert seed_text[p.span[0]:p.span[1]].endswith("crossing through them.")


def test_positions_seed_praise_of_support_for_an_actor_is_no_position(seed) -> None:
    # "Zelenskyy praised Turkey's support for Ukraine": support for an actor names no issue.
    assert not [p for p in seed.positions if p.issue in ("Ukraine", "Turkey")]


@pytest.mark.parametrize("a, b", [
    ("the neutral status of Ukraine", "Ukraine's neutrality"),
    ("a 30-day ceasefire", "a truce"),
    ("the exchange of prisoners", "a prisoner swap"),
])
def test_positions_issue_variants_are_one_issue(nlp, a, b) -> None:
    vocabulary = load_vocabulary()
    assert vocabulary.name(list(nlp.make_doc(a))) == vocabulary.name(list(nlp.make_doc(b))) is not None


def test_positions_unknown_issue_stays_its_own_phrase(run) -> None:
    ex = run("Both sides also committed to a ministerial-level meeting next week. Representatives from "
             "Congo and Rwanda signed the text.")
    assert not ex.positions  # "both sides" refers back only: nothing named before
    ex = run("Representatives from Congo and Rwanda have signed the text of a peace agreement between the two "
             "countries in Washington. Both sides also committed to a ministerial-level meeting next week.")
    assert {p.issue for p in ex.positions} == {"ministerial-level meeting"}  # gold/dev ap-congo-rwanda


def test_positions_user_issues_file_extends_the_vocabulary(nlp, tmp_path: Path) -> None:
    own = tmp_path / "issues.yaml"
    own.write_text("- name: Zaporizhzhia nuclear plant\n  variants: [ZNPP, nuclear power plant]\n", encoding="utf-8")
    vocabulary = load_vocabulary(own)
    assert vocabulary.name(list(nlp.make_doc("the ZNPP"))) == "Zaporizhzhia nuclear plant"
    assert vocabulary.name(list(nlp.make_doc("neutrality"))) == "neutral status"
