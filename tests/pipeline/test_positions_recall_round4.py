"""The ``parley_positions`` stage, round 4 of recall on unseen outlets: conditions rejected as such ("rejected
any conditions for peace talks"), a demand named as the subject of "is" ("another demand made by the
Taliban is the release of ..."), "demanding X to be lifted", "will not consider" as a rejection, a "that"
clause of what will not be done ("reaffirmed that Ukraine will not surrender land"), a leader's "his
administration" when no body is named, "quoted X as saying", headlines that drop the subject ("Syria says
ready for talks", "says will not join peace talks"), "neither ... nor negotiate", "there will be no truce"
in a statement, "pushed Azerbaijan to sign", "was amenable and ready to", "clarified that X must", and
questions, which state no stance.

Sentences come from news pages found with the project's search tool (source URL in each case).
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_positions import reads_as

FOUND = [
    # (text, holder, issue, stance)
    pytest.param(
        # https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-09-18-voa24-66727187/560985.html
        "The Afghan government has rejected any conditions for peace talks with the Taleban, after the Islamist "
        "militants demanded the withdrawal of all foreign troops from the country.",
        "Afghanistan", "conditions for peace talks", "reject",
        id="voa-rejected-conditions"),
    pytest.param(
        # https://www.australianetworknews.com/taliban-foreign-troops-must-leave-peace-talks/
        "Another demand made by the Taliban is the release of political prisoners.",
        "Taliban", "release of political prisoners", "demand",
        id="australianetwork-demand-is"),
    pytest.param(
        # https://iranintl.com/en/202202141514
        "Reuters quoted an Iranian official on Monday that Tehran is demanding 300 more US sanctions to be lifted in "
        "addition to nuclear-related ones that Washington has already indicated ready to remove.",
        "Iran", "sanctions to be lifted", "demand",
        id="iranintl-demanding-to-be-lifted"),
    pytest.param(
        # https://tradeandfinance.com.pk/zelenskiy-rejects-territorial-concessions-as-ukraine-russia-prepare-for-peace-talks
        "Ukrainian President Volodymyr Zelenskiy reaffirmed on Saturday that Ukraine will not compromise its "
        "constitutional principles or surrender land to Russia.",
        "Zelenskyy", "compromise constitutional principles or surrender land", "reject",
        id="tradeandfinance-reaffirmed-will-not"),
    pytest.param(
        # https://thecable.ng/group-says-bharam-ready-dialogue-fg
        "President Muhammadu Buhari had earlier said his administration was open to a peace deal with the group, "
        "which is running a six-year-old campaign of violence against the government, security agencies and civilians.",
        "Buhari", "peace deal", "willing",
        id="thecable-his-administration"),
    pytest.param(
        # https://ukrinform.net/rubric-polytics/3765302-lavrov-says-russia-will-not-consider-proposals-for-ukraine-ceasefire.html
        "Russian Foreign Minister Sergei Lavrov has said that Moscow is allegedly ready for negotiations on Ukraine, "
        "but will not consider any proposals for a ceasefire.",
        "Russia", "ceasefire", "reject",
        id="ukrinform-will-not-consider"),
    pytest.param(
        # https://ukrinform.net/rubric-polytics/3765302-lavrov-says-russia-will-not-consider-proposals-for-ukraine-ceasefire.html
        "\"Russia is ready for negotiations regarding Ukraine, but we will not consider any proposals for a ceasefire, "
        "because Moscow has already been deceived once,\" the Russian propaganda outlet quoted Lavrov as saying.",
        "Russia", "ceasefire proposals", "reject",  # a minister's "we": his state
        id="ukrinform-quoted-as-saying"),
    pytest.param(
        # https://www.lbcgroup.tv/news/world-news/791839/sudan-army-leader-says-will-not-join-peace-talks-will-fight-for-100-ye/en
        "Sudan army leader says will not join peace talks, will fight for 100 years",
        "Sudan", "peace talks", "reject",
        id="lbc-headline-says-will-not"),
    pytest.param(
        # https://menafn.com/1109371785/Sudan-Army-Chief-Says-War-Will-Not-End-Until-RSF-Lays-Down-Its-Arms
        "\"We will neither forgive, nor compromise, nor negotiate,\" Burhan said, adding that victory would only be "
        "complete when \"the last rebel has been eradicated from the last corner of Sudan\".",
        "Sudan", "negotiate", "reject",
        id="menafn-neither-nor"),
    pytest.param(
        # https://azerbaijan.us/armenia-wont-amend-constitution-for-peace-with-azerbaijan
        "While the Armenian government insists it will not amend the constitution under pressure from Azerbaijan, "
        "Prime Minister Nikol Pashinyan and other officials have acknowledged that constitutional reform is under "
        "discussion.",
        "Armenia", "amend the constitution", "oppose",
        id="azerbaijanus-insists-will-not"),
    pytest.param(
        # https://newsukraine.rbc.ua/news/russia-rules-out-returning-seized-ukrainian-1739800823.html
        "Lavrov stated that there would be no territorial concessions to Ukraine, which has around 20% of its "
        "territory under Russian control.",
        "Lavrov", "territorial concessions", "reject",
        id="rbc-there-would-be-no"),
    pytest.param(
        # https://menafn.com/1110347993/Sudan-Army-Chief-Pledges-Continued-Combat-Until-RSF-Eliminated
        "Sudan's military leader Abdel Fattah Al-Burhan declared Friday there will be \"no truce or peace\" with the "
        "paramilitary Rapid Support Forces (RSF), pledging continued combat operations until the \"complete "
        "elimination of the rebel militia.\"",
        "Burhan", "peace", "reject",
        id="menafn-there-will-be-no"),
    pytest.param(
        # https://thisisbeirut.com.lb/articles/1312931/armenia-pm-pushes-azerbaijan-to-sign-peace-agreement
        "Armenia on Tuesday pushed Azerbaijan to sign a peace treaty, with Prime Minister Nikol Pashinyan saying he was "
        "ready to simultaneously agree to one of Baku's key demands to get the deal finalized.",
        "Armenia", "peace treaty", "demand",
        id="thisisbeirut-pushed-to-sign"),
    pytest.param(
        # http://rediff.com/news/report/sl/20051216.htm
        "The Sri Lankan Government on Friday said it was 'amenable' and ready to 'discuss anything' with the Tamil "
        "Tiger rebels with the help of Norwegian peace brokers at an Asian venue.",
        "Sri Lanka", "discuss anything with the Tamil Tiger rebels", "willing",
        id="rediff-amenable-and-ready"),
    pytest.param(
        # https://zealnews.africa/en/post/ukraine-ready-for-direct-talks-with-russia-once-monday-ceasefire-SYVTF
        # (without its opening "Later on Telegram,", on which the parser hangs the name as a conjunct)
        "Andriy Yermak, the head of Ukraine\u2019s Presidential Office, clarified that a 30-day "
        "ceasefire must first be established for \u201ceverything else.\u201d",
        "Yermak", "30-day ceasefire", "demand",
        id="zealnews-clarified-must"),
    pytest.param(
        # http://www.globalpost.com/dispatch/news/afp/130225/syria-says-ready-talks-armed-rebels-3
        "Syria says ready for talks with armed rebels",
        "Syria", "talks with armed rebels", "willing",
        id="globalpost-headline-says-ready"),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), FOUND)
def test_positions_recall_round4_found(run, text: str, holder: str, issue: str, stance: str) -> None:
    ex = run(text, published="2023-01-01")
    assert reads_as(ex, holder, issue, stance), [(p.holder, p.issue, p.stance) for p in ex.positions]


def test_positions_recall_round4_reaffirmed_refusal_is_not_support(run) -> None:
    # https://tradeandfinance.com.pk/zelenskiy-rejects-territorial-concessions-as-ukraine-russia-prepare-for-peace-talks
    ex = run("Ukrainian President Volodymyr Zelenskiy reaffirmed on Saturday that Ukraine will not compromise its "
             "constitutional principles or surrender land to Russia.", published="2025-08-09")
    assert not any(p.stance in ("support", "demand", "offer", "willing") and "land" in p.issue for p in ex.positions)


def test_positions_recall_round4_reaffirmed_cue_is_read_once(run) -> None:
    # https://tradeandfinance.com.pk/zelenskiy-rejects-territorial-concessions-as-ukraine-russia-prepare-for-peace-talks
    # (the headline's wording in a sentence): the clause's own cue states the stance, not "reaffirmed".
    ex = run("Ukrainian President Volodymyr Zelenskiy reaffirmed on Saturday that Ukraine will not accept "
             "territorial concessions.", published="2025-08-09")
    assert [p.stance for p in ex.positions] == ["reject"]


def test_positions_recall_round4_pushed_party_holds_no_stance(run) -> None:
    # https://thisisbeirut.com.lb/articles/1312931/armenia-pm-pushes-azerbaijan-to-sign-peace-agreement
    ex = run("Armenia on Tuesday pushed Azerbaijan to sign a peace treaty, with Prime Minister Nikol Pashinyan saying "
             "he was ready to simultaneously agree to one of Baku's key demands to get the deal finalized.",
             published="2025-04-15")
    assert not reads_as(ex, "Azerbaijan", "peace treaty", "support")


NOT_FOUND = [
    pytest.param(
        # https://www.capitalfm.co.ke/news/2025/03/sudans-army-chief-pledges-full-victory-over-paramilitary-forces-rejects-negotiations/
        "Efforts to mediate a ceasefire have stalled, with both sides facing accusations of violating human rights and "
        "obstructing humanitarian aid.",
        id="capitalfm-description"),
    pytest.param(
        # https://www.aljazeera.com/news/asia/2007/09/200852514322666110.html (a push in the field is no demand)
        "The Taliban was driven out of government in 2001 after US-led troops invaded the country in the wake of the "
        "September 11 attacks on the United States.",
        id="aljazeera-deed-told"),
    pytest.param(
        # https://www.irishexaminer.com/news/politics/arid-40717464.html
        "Real Q: Does UKG actually want an agreed way forward or a further breakdown in relations?",
        id="irishexaminer-question"),
    pytest.param(
        # https://www.latimes.com/world/la-xpm-2013-feb-25-la-fg-wn-syria-ready-to-talk-to-rebels-20130225-story.html
        "It was not clear if Syria would insist that the insurgents put down their weapons before any talks are held.",
        id="latimes-supposition"),
    pytest.param(
        # https://www.politico.eu/article/ukraine-russia-peace-volodymyr-zelenskyy-vladimir-putinp-no-territorial-concessions/
        "\u201cIf you\u2019re asking whether Ukraine will accept that some of its land belongs to Russia?\u201d the "
        "official asked.",
        id="politico-question-in-quote"),
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_positions_recall_round4_not_found(run, text: str) -> None:
    ex = run(text, published="2023-01-01")
    assert not ex.positions, [(p.holder, p.issue, p.stance) for p in ex.positions]
