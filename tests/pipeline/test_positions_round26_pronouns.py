"""The ``parley_positions`` stage on stances held by a pronoun: a sentence's opening "he" is the person the
sentence before made its subject (not one named inside it), an opening "it" the body the sentence before made
its subject (not the states named after). Two rules of :mod:`parley.pipeline.holder_antecedents` ("it" after "the
statement said" is the statement's authors; an opening "he" after two people made the subject together is nobody) have
no real passage here yet: none was found in the stored pages.

Passages come from news pages found with the project's search tool (source URL in each case).
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_positions import reads_as, stances

FOUND = [
    # (text, holder, issue, stance)
    pytest.param(
        # https://newssniffer.co.uk/articles/21386/versions/53500
        "Uganda's rebel Lord's Resistance Army says they will not participate in peace talks with the government "
        "that are to resume next week in southern Sudan. Delegation leader Martin Ojul said public pronouncements by "
        "President Omar al-Bashir and his deputy Salva Kiir show they are not welcome in Sudan. He said Kenya should "
        "host any further talks as it would be neutral ground.",
        "Ojul", "host any further talks", "demand",
        id="newssniffer-lra-he-is-the-speaker-before"),
    pytest.param(
        # https://eurasia.ro/2014/07/15/unsc-calls-for-gaza-ceasefire
        "The United Nations Security Council called for \u201cde-escalation\u201d on Saturday evening, in the latest "
        "wave of the militarised conflict playing out in the Gaza Strip. The council \u201cexpressed serious concern "
        "regarding the crisis related to Gaza and the protection and welfare of civilians on both sides\u201d. It "
        "called for a return to the ceasefire brokered by Egypt and the United States in November 2012.",
        "UN Security Council", "return to the ceasefire", "demand",
        id="eurasia-unsc-it-is-the-council"),
    pytest.param(
        # https://m.ru24.pro/foreign/fr/390698743
        "At the UN Security Council in New York, Swiss Foreign Minister Ignazio Cassis called for an end to the "
        "spiral of violence in the Middle East. It was unacceptable that none of these resolutions had been "
        "implemented, emphasised the Foreign Minister. He called for an immediate ceasefire.",
        "Cassis", "immediate ceasefire", "demand",
        id="ru24-cassis-he-is-the-minister"),
    pytest.param(
        # http://archive.boston.com/news/world/articles/2007/09/07/talks_set_on_ending_conflict_in_darfur/?camp=pm
        "All parties should \u201ccease all hostilities immediately\u201d to \u201ccreate a secure environment in "
        "Darfur conducive to the negotiations,\u201d Ban said after his second round of talks with Bashir. Khalil "
        "Ibrahim, head of the Justice and Equality Movement rebel group, said he would attend the talks.",
        "Khalil Ibrahim", "talks", "willing",
        id="boston-khalil-ibrahim-he"),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), FOUND)
def test_positions_round26_pronoun_holder(run, text, holder, issue, stance) -> None:
    ex = run(text, published="2024-01-01")
    assert reads_as(ex, holder, issue, stance), stances(ex)


def test_positions_round26_opening_he_is_not_the_person_inside(run) -> None:
    # https://newssniffer.co.uk/articles/21386/versions/53500: Bashir and Kiir, named inside the clause before,
    # hold nothing.
    ex = run("Delegation leader Martin Ojul said public pronouncements by President Omar al-Bashir and his deputy "
             "Salva Kiir show they are not welcome in Sudan. He said Kenya should host any further talks as it would "
             "be neutral ground.", published="2007-01-12")
    assert not [s for s in stances(ex) if "Bashir" in s[0] or "Kiir" in s[0]], stances(ex)


def test_positions_round26_decision_report_gives_no_position(run) -> None:
    # https://mg.co.za/article/2007-10-26-two-main-darfur-rebel-groups-to-boycott-talks/: "He said the decision
    # was made" reports a decision's making, no stance of the pronoun's.
    ex = run("He said the decision was made on Friday with the Sudan Liberation Army Unity faction after long "
             "consultations ahead of the talks scheduled to begin in Libya on Saturday.", published="2007-10-26")
    assert not ex.positions, stances(ex)
