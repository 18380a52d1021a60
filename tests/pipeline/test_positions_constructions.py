"""The ``parley_positions`` stage on constructions that state a stance without a plain subject-verb cue:
a reduced passive ("a ceasefire proposed by X"), "called for X to be held", a speaker's "Y needed Z" and
"Y would have to V", conditions set by someone else, verdicts ("is impossible"), and holders named as
"the rebels" or "groups, including X".

Sentences come from news pages found with the project's search tool (source in each case's id).
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_positions import reads_as, stances

CONSTRUCTIONS = [
    # (text, holder, issue, stance)
    pytest.param(
        "The Syrian government has indicated that it is interested in exploring a temporary ceasefire "
        "proposed by the UN and Arab League envoy, Lakhdar Brahimi.",
        "Lakhdar Brahimi", "temporary ceasefire", "offer",
        id="reason.com-2012-10-17-syria-proposed-by"),  # a reduced passive: the agent proposes
    pytest.param(
        "But on Sunday, the Polisario Front - with backing from Algeria - said it would cut ties with Madrid "
        "over its support and called instead for an independence referendum to be held.",
        "Polisario Front", "independence referendum", "demand",
        id="i24news.tv-2022-04-10-polisario-called-for-to-be-held"),
    pytest.param(
        "Its Director-General, Amy Pope, said that Haiti needed sustained humanitarian assistance right now.",
        "Amy Pope", "sustained humanitarian assistance", "demand",
        id="qatar-tribune-2025-01-haiti-speaker-needs"),  # the speaker asks, Haiti is in need
    pytest.param(
        "The government's Defence Affairs spokesman Minister Keheliya Rambukwella said that Tamil rebels "
        "would have to comply with the conditions set by the government to lay down arms and surrender to "
        "resume talks.",
        "Keheliya Rambukwella", "comply with the conditions to lay down arms", "demand",
        id="topnews.in-sri-lanka-would-have-to"),
    pytest.param(
        "The main opposition groups, including the SPLM-IO (Machar faction), refused to sign the final document, "
        "demanding guarantees over their reservations, Sudanese Foreign Minister Al-Dierdiry Ahmed said.",
        "SPLM-IO", "final document", "reject",
        id="rt.com-2018-08-south-sudan-groups-including"),  # the member a group noun names
    pytest.param(
        "The main opposition groups, including the SPLM-IO (Machar faction), refused to sign the final document, "
        "demanding guarantees over their reservations, Sudanese Foreign Minister Al-Dierdiry Ahmed said.",
        "SPLM-IO", "guarantees over their reservations", "demand",
        id="rt.com-2018-08-south-sudan-demanding"),
    pytest.param(
        "The rebels called for changes to the deal hours before an African Union deadline - and after the "
        "Sudanese government indicated it would accept the proposal. A spokesman for the Justice and Equality "
        "Movement, Hahmed Hussein, said he was speaking for both rebel factions.",
        "Justice and Equality Movement", "changes to the deal", "demand",
        id="nysun.com-darfur-the-rebels-one-group"),  # "the rebels": the one rebel group named
    pytest.param(
        "Rabat now says such a referendum is impossible and autonomy is the most it will offer.",
        "Morocco", "referendum", "reject",
        id="aljazeera.com-2007-04-11-western-sahara-impossible"),  # a verdict in a statement
]


@pytest.mark.parametrize("text, holder, issue, stance", CONSTRUCTIONS)
def test_positions_construction_gives_holder_issue_and_stance(run, text, holder, issue, stance) -> None:
    ex = run(text, published="2024-01-01")
    assert reads_as(ex, holder, issue, stance), stances(ex)


NOT_THEIRS = [
    # (text, holder who states nothing here, a word of the issue they would be wrongly given)
    pytest.param(
        "The government's Defence Affairs spokesman Minister Keheliya Rambukwella said that Tamil rebels "
        "would have to comply with the conditions set by the government to lay down arms and surrender to "
        "resume talks.", "Tamil", "arms",
        id="topnews.in-sri-lanka-conditions-set-by"),  # the rebels are asked, they demand nothing
    pytest.param(
        "Kiir said he needs 15 days before he will sign the agreement with rebel leader Riek Machar.",
        "Salva Kiir", "agreement",
        id="loopvanuatu.com-2015-08-south-sudan-before-he-will-sign"),  # not yet a stance on the agreement
    pytest.param(
        "IOM Spokesman Kennedy Okoth Omondi said many of the more than one million displaced people had had to "
        "flee multiple times as the gangs expanded their territory in Port-au-Prince.",
        "Kennedy Okoth Omondi", "flee",
        id="qatar-tribune-2025-01-haiti-had-to-flee"),  # what happened, not what must happen
]


@pytest.mark.parametrize("text, holder, word", NOT_THEIRS)
def test_positions_construction_credits_no_stance_to(run, text, holder, word) -> None:
    ex = run(text, published="2024-01-01")
    assert not [s for s in stances(ex) if s[0] == holder and word in s[1]]


def test_positions_negation_stays_in_its_own_clause(run) -> None:
    # utsandiego.com (AP), 2011-04-11: "not" denies the first clause only; the ceasefire clause is a demand.
    ex = run("NATO Secretary General Anders Fogh Rasmussen said on Monday that military action alone will not "
             "solve the crisis in Libya and that any cease-fire in the north African county must be credible and "
             "verifiable.", published="2011-04-11")
    sides = {p.stance for p in ex.positions if (a := ex.actor(p.holder)) and "Rasmussen" in a.name}
    assert sides == {"demand"}
