"""The ``parley_positions`` stage, round 4 on unseen outlets: terms set for something ("has set conditions for
a cessation of hostilities": willing to it), an agreement a speaker says will be signed ("insisted that a
ceasefire would be signed with the ELN": support), a spokesman's "we" (the body he speaks for), a mediator
who is no party to the conflict ("met an AU mission to try to mediate between his government and the
TPLF": the mission mediates), and issues that name nothing ("hoping to be able to do so", "readiness to
support", "efforts against what it calls the TPLF clique"), and a meeting planned ("he must meet with X"),
which is no demand.

Sentences come from the round-4 dev articles and from news pages found with the project's search tool
(source URL in each case).
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_positions import reads_as

ABIY = (
    # http://annafrica.news/2020/11/ethiopia-pm-meets-au-envoys-but-bars-them-from-tigray/
    "After more than three weeks of military conflict in Ethiopia, the country\u2019s prime minister Abiy Ahmed has "
    "on Friday met an African Union mission in Addis Ababa to try to mediate between his government and the Tigray "
    "People\u2019s Liberation Front (TPLF).\n"
    "Initially, Abiy has refused to negotiate with the TPLF and has rebuffed calls for dialogue as \u201cinterference\u201d "
    "in Ethiopia\u2019s internal affairs as he branded international efforts to bring the two parties to the table "
    "as \u201cunwelcome\u201d.\n"
    "However, the prime minister said his government would continue its efforts against what it calls the "
    "\u201cTPLF clique\u201d.\n"
    "Abiy said he appreciated the \u201cesteemed African elders\u201d for their \u201creadiness to support\u201d."
)

KANYUKA = (
    # https://www.africa-press.net/rwanda/policy/m23-rebels-insist-on-direct-talks-with-kinshasa
    "\u201cThere was nobody at the summit from M23, so it doesn\u2019t really concern us. We demand direct talks with "
    "the DR Congo government\u201d Lawrence Kanyuka, the political spokesman for M23, told the media.\n"
    "\u201cWe are defending ourselves. We are always ready for a direct dialogue with the Congolese government to "
    "resolve the root causes of conflicts,\u201d Kanyuka said."
)

NANMEDIA = (
    # https://nan.media/en/the-un-envoy-abdullah-patel-meets-with-ambassadors-from-5-countries-to-discuss-developments-in-libya/
    "The UN envoy to Libya, Abdullah Batele, held a series of meetings on Tuesday, where he met with the "
    "ambassadors of Egypt, Tunisia, the Netherlands, Germany, and France to discuss developments in the "
    "political situation in Libya.\n\n"
    "During his meeting with French Ambassador Mustafa Maharaj, Battelly called on all Libyan leaders to "
    "be visionary and committed to sitting at the negotiating table and sparing their country the growing"
    " risks, according to a post on the \u201cX\u201d platform.\n\n"
    "The UN envoy noted that he exchanged views with the French ambassador on the political, economic and"
    " security situation in Libya, while renewing their commitment to all axes of the peace process, "
    "including the security track.\n\n"
    "In another meeting with Egyptian Ambassador Tamer Mustafa, Batili discussed political, security and "
    "economic developments in Libya, stressing the need for all regional and international partners to "
    "participate positively to achieve a political settlement that paves the way for elections.\n\n"
    "In a meeting with Dutch Ambassador Joost Clarenbeek, the two sides called on Libyan leaders to "
    "commit to a settlement to end the current crisis by participating in peace negotiations, and in a "
    "meeting with Tunisian Ambassador Asaad Ajili, commended Tunisia\u2019s support for the efforts of the "
    "United Nations Mission in Libya.\n\n"
    "Batteli concluded his day by meeting with German Ambassador Michael Unmacht and reiterating his call"
    " for Libyan leaders to join the dialogue process and hold elections, with the aim of achieving "
    "peace, stability, and prosperity in Libya."
)

FOUND = [
    # (text, holder, issue, stance)
    pytest.param(
        # https://dailypost.ng/2025/04/24/ukraine-russia-gives-condition-for-peace/
        "Russia has set conditions for cessation of hostilities in Ukraine, with a demand for the withdrawal of "
        "Ukrainian troops from its territory.",
        "Russia", "cessation of hostilities", "willing",
        id="dailypost-set-conditions-for"),
    pytest.param(
        # https://dailypost.ng/2025/04/24/ukraine-russia-gives-condition-for-peace/ (the terms themselves)
        "Russia has set conditions for cessation of hostilities in Ukraine, with a demand for the withdrawal of "
        "Ukrainian troops from its territory.",
        "Russia", "withdrawal of troops", "demand",
        id="dailypost-set-conditions-demand"),
    pytest.param(
        # https://www.rt.com/russia/600447-putin-ukraine-ceasefire/
        "Putin sets condition for Ukraine ceasefire",
        "Putin", "Ukraine ceasefire", "willing",
        id="rt-sets-condition-for"),
    pytest.param(
        # https://www.macaubusiness.com/colombian-ceasefire-signing-delayed-by-a-day/
        "On Thursday, Colombian peace commissioner Danilo Rueda insisted in a statement that a ceasefire would be "
        "signed with the ELN.",
        "Rueda", "ceasefire", "support",
        id="macaubusiness-would-be-signed"),
    pytest.param(
        KANYUKA, "M23", "direct dialogue with the Congolese government", "willing",
        id="africapress-spokesman-we"),
    pytest.param(
        KANYUKA, "M23", "direct talks with the DR Congo government", "demand",
        id="africapress-spokesman-we-demand"),
    pytest.param(
        ABIY, "African Union", "mediate between his government and the TPLF", "offer",
        id="annafrica-mediator-is-the-one-met"),
    pytest.param(
        NANMEDIA, "Batele", "all axes of the peace process", "support",
        id="nanmedia-their-commitment-host"),
    pytest.param(
        NANMEDIA, "Mustafa Maharaj", "all axes of the peace process", "support",
        id="nanmedia-their-commitment-partner"),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), FOUND)
def test_positions_round4_found(run, text: str, holder: str, issue: str, stance: str) -> None:
    ex = run(text, published="2023-01-01")
    assert reads_as(ex, holder, issue, stance), [(p.holder, p.issue, p.stance) for p in ex.positions]


def test_positions_round4_party_is_no_mediator(run) -> None:
    ex = run(ABIY, published="2020-11-27")
    assert not reads_as(ex, "Abiy", "mediate between his government and the TPLF", "offer")


def test_positions_round4_names_and_bare_verbs_are_no_issues(run) -> None:
    ex = run(ABIY, published="2020-11-27")
    issues = [p.issue for p in ex.positions]
    assert not any("clique" in i or i == "support" for i in issues), issues


NOT_FOUND = [
    pytest.param(
        # https://actualnewsmagazine.com/english/western-sahara-the-un-envoy-for-the-region-meets-the-separatists
        "In early July, he had traveled to Rabat to meet Moroccan officials, but had given up on a visit to Western "
        "Sahara, hoping to be able to do so at a later date.",
        id="actualnews-do-so"),
    pytest.param(
        # https://actualnewsmagazine.com/english/western-sahara-the-un-envoy-for-the-region-meets-the-separatists
        "On Sunday, he must meet with Polisario leader Brahim Ghali, the movement\u2019s representative to the United "
        "Nations told AFP.",
        id="actualnews-must-meet"),
    pytest.param(
        # https://streaming.standard.co.uk/news/world/putin-conditions-ukraine-russia-ceasefire-zelensky-trump-b1216684.html
        "What conditions has Putin set for a ceasefire to happen?",
        id="standard-question"),
    pytest.param(
        # https://www.voanews.com/a/a-13-2005-02-08-voa33-67521707/284409.html (no modal: no outcome announced)
        "Mr. Rugunda would not say when he expects the deal to be signed.",
        id="voa-expects-to-be-signed"),
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_positions_round4_not_found(run, text: str) -> None:
    ex = run(text, published="2023-01-01")
    assert not ex.positions, [(p.holder, p.issue, p.stance) for p in ex.positions]
