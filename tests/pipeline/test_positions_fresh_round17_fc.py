"""Positions round 17 (fresh whole articles, Europe and Caucasus): stances stated in words that the extractor missed.

Passages from six articles of outlets and events the gold does not hold (TASS on the Transnistrian 5+2 talks,
Caspian News on the Armenia-Azerbaijan treaty text, UAWire on the Kremlin and a truce, i24NEWS and Cyprus Mail on the
UN envoy in Cyprus, The Daily on Serbia and Kosovo), plus five added later (RTK Live on Kurti, Civil.ge on the Geneva
talks on Georgia, Ankole Times on Lavrov in Yerevan, European Western Balkans on Kosovo
and Serbia, OC Media via nordot on the Armenia-Azerbaijan treaty), each with its URL. The expected holder (part of its name or alias, "|" between alternatives), issue
("|" between wordings, as ``alt_issues``) and polarity were written before parley was run; matched as the scorer
matches (token F1 >= 0.5, same polarity). ``xfail`` marks cases not fixed, with why.

Covered: "promote" supports; "look for" demands; "X is not what we want" opposes X (and "what we want is not X");
"is seeking not just a ceasefire, but peace" seeks peace; a cue verb in what a speaker says must happen, with no
holder of its own (a passive without agent: "the sovereignty of the Turkish Cypriots must be recognised"), is the
speaker's demand; a state named within its borders is an issue ("accept modern Armenia within its current borders");
a clause the parser hangs before the verb is no part of its issue ("Baku's expectations are as follows - Armenia must
amend its constitution"); a government body's stance and its state's in one sentence are one position; "Greek
Cypriots" is a people, not Greece; both owners of "X's and Y's delegations" hold the stance; "All of this can and
should be discussed" names no issue; "no longer interested" is not interested; what a provision a text must include
says is the issue ("a provision mandating a ceasefire"); ", which he refused" after "to sign the documents" refuses the signing;
"right now is not the time for X" opposes X ("now" parsed as an adverb); "reluctance" rejects; "X could be an
opportunity to sign the agreement" is about signing it; a pledge told in a relative clause on a text named by a past
year is background.
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import NEGATIVE, XFAIL, held_by, on_issue

I24 = ("Maria Angela Holguin, envoy for the United Nations (UN) Secretary General Antonio Guterres, on Tuesday visited "
       "divided Cyprus, seeking to break years of stalemate in peace negotiations. ")
CASPIAN = ("Azerbaijan and Armenia have concluded negotiations on finalizing the text of the peace agreement.\n"
           "On Thursday, Azerbaijani Foreign Minister Jeyhun Bayramov stated that Armenia has accepted Azerbaijan's "
           "proposals regarding the last two unresolved points of the agreement.\n")
UAWIRE = ("In a recent briefing held on Friday, December 13, Kremlin spokesperson Dmitry Peskov dismissed the possibility "
          "of a truce with Ukraine, acknowledging for the first time that European troops might be deployed in Ukraine. ")
TASS = ("CHISINAU, September 14. /TASS/. Another round of 5+2 talks on the Transnistrian settlement is planned for "
        "November, the press service of President of the unrecognized republic of Transnistria Vadim Krasnoselsky said "
        "on Tuesday after his meeting with OSCE Special Representative for the Transnistrian Settlement Process Thomas "
        "Mayr-Harting in Tiraspol.\n")

STANCES = [
    # https://www.i24news.tv/en/news/international/1706632358-un-envoy-visits-divided-cyprus-explores-new-talks-prospect
    pytest.param(
        "2024-01-30", I24 + "Meanwhile, Turkish Cypriot leader Ersin Tatar said after meeting Holguin that talks had "
        "yielded no result.\nTatar promotes a two-state settlement which is rejected by Greek Cypriots, who cite "
        "previously-agreed accords and the UN resolutions that the island reunite under a federal umbrella with a "
        "strong central government.",
        "Tatar", "two-state settlement", "support", id="i24-tatar-promotes"),
    pytest.param(
        "2024-01-30", I24 + "Tatar promotes a two-state settlement which is rejected by Greek Cypriots, who cite "
        "previously-agreed accords and the UN resolutions that the island reunite under a federal umbrella with a "
        "strong central government.",
        "Greek Cypriots", "two-state settlement", "reject", id="i24-greek-cypriots-reject"),
    pytest.param(
        "2024-01-30", I24 + "Meanwhile, Turkish Cypriot leader Ersin Tatar said after meeting Holguin that talks had "
        "yielded no result.\n\"For there to be a fair, sustainable and lasting agreement in Cyprus, the sovereignty of "
        "the Turkish Cypriots must absolutely be recognised. It is not possible for us to take a step back from this,\" "
        "added Tatar.",
        "Tatar", "sovereignty of the Turkish Cypriots|recognition of the sovereignty of the Turkish Cypriots", "demand",
        id="i24-tatar-sovereignty"),
    pytest.param(
        "2024-01-30", I24 + "Spokesperson for Cyprus President Nikos Christodoulides stated: \"We reiterated our focus "
        "to approach this new phase with sincere political will and positive input to create preconditions for the "
        "resumption of talks.\"",
        "Cyprus|Christodoulides", "approach this new phase with sincere political will|resumption of talks", "support",
        id="i24-cyprus-focus"),
    pytest.param(
        "2024-01-30", I24 + "Tatar promotes a two-state settlement which is rejected by Greek Cypriots, who cite "
        "previously-agreed accords and the UN resolutions that the island reunite under a federal umbrella with a "
        "strong central government.",
        "Greek Cypriots", "reunite under a federal umbrella|federal umbrella", "support",
        marks=XFAIL("what the resolutions a party cites say is not read as the party's stance"), id="i24-federal-umbrella"),
    # https://www.caspiannews.com/news-detail/azerbaijan-armenia-conclude-negotiations-on-peace-treaty-2025-3-13-40/
    pytest.param(
        "2025-03-13", CASPIAN + "\"At the next stage, Baku's expectations are as follows – Armenia must amend its "
        "constitution, which still contains territorial claims against Azerbaijan,\" the minister said on the sidelines "
        "of the 12th Global Baku Forum.",
        "Bayramov|Azerbaijan", "amend its constitution|Armenia must amend its constitution", "demand",
        id="caspian-bayramov-constitution"),
    pytest.param(
        "2025-03-13", "In February, Armenian Prime Minister Nikol Pashinyan reaffirmed his support for adopting a new "
        "constitution through a nationwide referendum. Pashinyan first introduced this concept in April 2024, emphasizing "
        "that Armenians must accept modern Armenia within its current borders.",
        "Pashinyan|Armenia", "accept modern Armenia within its current borders|modern Armenia within its current borders",
        "demand", id="caspian-pashinyan-borders"),
    # https://uawire.org/kremlin-russia-dismisses-truce-with-ukraine-open-to-peace-talks-under-moscow-s-conditions
    pytest.param(
        "2024-12-13", UAWIRE + "He added, \"We have repeatedly said that a ceasefire in itself is not what we want. We "
        "are looking for peace that will ensue after our conditions are met and all of our objectives are achieved.\"",
        "Peskov|Russia", "ceasefire|ceasefire in itself", "oppose", id="uawire-not-what-we-want"),
    pytest.param(
        "2024-12-13", UAWIRE + "He added, \"We have repeatedly said that a ceasefire in itself is not what we want. We "
        "are looking for peace that will ensue after our conditions are met and all of our objectives are achieved.\"",
        "Peskov|Russia", "peace|peace after our conditions are met", "demand", id="uawire-looking-for-peace"),
    pytest.param(
        "2024-12-13", UAWIRE + "According to Peskov, Russia is seeking not just a ceasefire, but peace that will follow "
        "the fulfillment of all Moscow's conditions.",
        "Peskov|Russia", "peace|peace that will follow the fulfillment of all Moscow's conditions", "demand",
        id="uawire-not-just-but"),
    # https://tass.com/world/1337731
    pytest.param(
        "2021-09-14", TASS + "Moscow's and Tiraspol's representatives called for convening a 5+2 meeting as soon as "
        "possible.",
        "Russia", "convening a 5+2 meeting|5+2 meeting", "demand", id="tass-moscow-called"),
    pytest.param(
        "2021-09-14", TASS + "Moscow's and Tiraspol's representatives called for convening a 5+2 meeting as soon as "
        "possible.",
        "Transnistria|Tiraspol", "convening a 5+2 meeting|5+2 meeting", "demand",
        marks=XFAIL("Tiraspol and Transnistria are places in the gazetteer, not actors"), id="tass-tiraspol-called"),
    pytest.param(
        "2021-09-14", TASS + "Kulminski also said that Moldova is interested in proceeding to the discussion of political "
        "aspects of the settlement process whereas Tiraspol says it is not yet time for it.",
        "Transnistria|Tiraspol", "discussion of political aspects of the settlement process", "oppose",
        marks=XFAIL("'it is not yet time for it' is not read as a refusal, and Tiraspol is no actor"),
        id="tass-tiraspol-not-yet-time"),
    # https://ankoletimes.co.ug/world-news/?p=5098
    pytest.param(
        "2025-05-22", "Russia's Foreign Minister has confirmed that the Kremlin is no longer interested in agreeing to a "
        "ceasefire in Ukraine under the principle of \"first a ceasefire, then negotiations\". Meanwhile, Ukraine "
        "continues to call for a long term cessation of hostilities.",
        "Russia|Kremlin", "ceasefire in Ukraine|ceasefire", "reject", id="ankole-no-longer-interested"),
    pytest.param(
        "2025-05-22", "Later, Ukrainian President Volodymyr Zelenskyy commented that such a memorandum could be a "
        "preliminary step before a formal agreement to end the full scale war. He stressed that any such document must "
        "include a provision mandating a ceasefire.",
        "Zelensk|Ukraine", "provision mandating a ceasefire|ceasefire", "demand", id="ankole-provision-mandating"),
    # https://europeanwesternbalkans.com/2023/10/27/kosovo-and-serbia-fail-to-agree-on-a-new-european-proposal-for-association-of-municipalities/
    pytest.param(
        "2023-10-27", "BRUSSELS – Prime Minister of Kosovo and President of Serbia held separate meetings with EU leaders "
        "yesterday.\n\nKurti said that he offered Vučić to sign the documents, which he refused, while Vučić stressed "
        "that signatures are not an issue and reiterated that Serbia's red lines are Kosovo's UN membership and "
        "independence.",
        "Vučić|Vucic|Serbia", "sign the documents|the documents", "reject", id="ewb-vucic-refused"),
    # https://nordot.app/1169192167122485658?ncmp=post_rcmd (OC Media)
    pytest.param(
        "2024-05-30", "This announcement contrasts with recent statements from Armenia's Foreign Minister Ararat Mirzoyan, "
        "who has highlighted Baku's reluctance to recognise Armenia's borders explicitly.",
        "Azerbaijan|Baku", "recognise Armenia's borders explicitly|recognise Armenia's borders", "reject",
        id="nordot-baku-reluctance"),
    pytest.param(
        "2024-05-30", "Elchin Amirbekov, the Special Representative of the President of Azerbaijan, suggested that the "
        "upcoming COP-29 Climate Conference in Baku in November could be an opportunity to sign the peace agreement.",
        "Amirbekov", "sign the peace agreement|peace agreement", "offer", id="nordot-amirbekov-opportunity"),
    # https://www.wpbstv.org/watch-now-is-not-the-time-for-a-general-cease-fire-in-israel-hamas-war-white-house-says/
    # (outside the region: the construction of the TASS "not yet time for it", with "now" parsed as an adverb)
    pytest.param(
        "2024-07-25", "If there were to be a cease-fire now, \"Hamas benefits to the to the tune of being able to refit, "
        "renew themselves,\" National Security Council spokesman John Kirby said. \"Right now is not the time for a "
        "general cease-fire.\"",
        "Kirby", "general cease-fire|cease-fire", "oppose", id="wpbs-kirby-not-the-time"),
    # https://www.rtklive.com/en/news-single.php?ID=19178
    pytest.param(
        "2023-05-02", "Kosovo Prime Minister, Albin Kurti, said the Association of Serb-majority Municipalities cannot be "
        "established. Furthermore, Kurti said he was against the Association because he does not want the scenario of "
        "Bosnia Herzegovina to be repeated.",
        "Kurti", "Association of Serb-majority Municipalities|the Association", "oppose",
        marks=XFAIL("the Association is taken for an actor, and an actor is no issue"), id="rtk-kurti-against"),
]


@pytest.mark.parametrize(("published", "text", "holder", "issue", "stance"), STANCES)
def test_fresh_round17_fc(run, published, text, holder, issue, stance) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    assert any(on_issue(issue, p.issue) and (stance in NEGATIVE) == (p.stance in NEGATIVE)
               for p in held_by(ex, holder)), [(p.holder, p.stance, p.issue) for p in ex.positions]


def test_past_text_pledge_is_background(run) -> None:  # type: ignore[no-untyped-def]
    # https://nordot.app/1169192167122485658?ncmp=post_rcmd (OC Media): what the parties of the 1991 declaration
    # pledged then is no stance of theirs now; Yerevan's insistence on it is.
    ex = run("Yerevan insists on upholding the 1991 Alma-Ata Declaration, where Armenia, Azerbaijan and other former "
             "Soviet republics pledged to recognise each other's Soviet-era borders.", published="2024-05-30")
    assert any(on_issue("Alma-Ata Declaration", p.issue) for p in held_by(ex, "Armenia")), ex.positions
    assert not any(on_issue("recognise each other's Soviet-era borders", p.issue) for p in ex.positions), ex.positions


def test_one_position_for_ministry_and_state(run) -> None:  # type: ignore[no-untyped-def]
    # https://www.caspiannews.com/news-detail/azerbaijan-armenia-conclude-negotiations-on-peace-treaty-2025-3-13-40/
    ex = run("The Azerbaijani Foreign Ministry reaffirmed that Armenia must amend its constitution to remove territorial "
             "claims against Azerbaijan as a prerequisite for signing the peace agreement.", published="2025-03-13")
    found = [p for p in ex.positions if on_issue("amend its constitution", p.issue)]
    assert len(found) == 1, [(p.holder, p.stance, p.issue) for p in ex.positions]


def test_unnamed_passive_subject_states_no_issue(run) -> None:  # type: ignore[no-untyped-def]
    # https://uawire.org/kremlin-russia-dismisses-truce-with-ukraine-open-to-peace-talks-under-moscow-s-conditions
    ex = run(UAWIRE + "When asked about the idea of sending a European contingent to Ukraine to uphold a potential "
             "ceasefire, Peskov stated, \"All of this can and should be discussed during negotiations,\" cautioning "
             "against making premature assumptions.", published="2024-12-13")
    assert not any("all of this" in p.issue.lower() for p in ex.positions), [(p.holder, p.stance, p.issue) for p in ex.positions]
