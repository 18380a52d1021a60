"""Positions round 17 (fresh whole articles, Asia and the Americas): stances stated in words that were missed.

Passages from four whole "fit" articles annotated before parley was run (docs/annotation.md section 5); a holder (part
of its name or alias, "|" between alternatives) and the issue a reader expects ("|" between wordings, as ``alt_issues``),
matched as the scorer matches (token F1 >= 0.5, same polarity). ``xfail`` marks stances still missed, with why.

Covered: an order that opens a speaker's quote, and the orders listed after it ("Lay down your arms, recognize the
authority of the State"); actions of an "urged X to" list that the parser hangs on the first one after a comma ("to
protect ..., uphold and enforce ... and take ..."); a demand list that goes on from a noun phrase to infinitives ("demanded
the release of X, to revoke Y and to end Z"); what follows the colon of a sentence naming its demands ("We have made a set
of demands ...: the immediate lifting of all criminal sanctions"); terms on a process in a reported clause ("insisted that
dialogue could only take place if the gang leaders stopped ...", "Only if X can Darfur achieve stability," Liu said); a
spokesman "for" a group speaks for it ("we"); a person's opposition is a body of its own ("Guaido's opposition seeks
guarantees"); a position upheld whose "that" clause says "there should be no X" opposes X for its owner and for who
upholds it; "suggesting that X might happen" is a forecast, no offer; what talks "would depend on", their speaker
demands.
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import NEGATIVE, XFAIL, held_by, on_issue

# https://global-world-news.com/u-s-delegation-met-with (Reuters, US-Taliban talks in Qatar)
TALIBAN = ("WASHINGTON (Reuters) -A U.S. delegation led by the special representative for Afghanistan, Thomas West, held "
           "talks with senior Afghan Taliban representatives in Qatar on Monday and Tuesday, the U.S. State Department said.\n"
           "The U.S. officials “expressed deep concern regarding allegations of human rights abuses and urged the Taliban to "
           "protect the rights of all Afghans, uphold and enforce its policy of general amnesty and take additional steps to "
           "form an inclusive and representative government,” the State Department said.")
# https://www.standardmedia.co.ke/asia/article/2001474480/myanmars-chinese-sponsored-peace-talks-conclude-without-deal (VOA)
ARAKAN = ("The alliance of the Arakan Army, the Ta'ang National Liberation Army, and the Myanmar National Democratic Alliance "
          "Army has been providing military training and supplies to anti-junta forces.\n\n"
          "\"We would not be willing to meet with the junta without China,\" said Khaing Thu Kha, a spokesman for the Arakan "
          "Army, in a phone interview with VOA on Thursday.\n\n"
          "He told VOA, \"We demanded the release of our detained members by the junta, to revoke the designation of our "
          "group as an 'outlaw association' and to end travel restrictions in Rakhine.\"")
# http://yibaidns.com/a/202406/28/WS667e97daa31095c51c50b676.html (China Daily, 2024-06-28)
CONILLE = ("Garry Conille, Haiti's prime minister, has announced a robust strategy to liberate his country from gang control.\n"
           "However, Conille insisted that dialogue could only take place if the gang leaders stopped engaging in illegal "
           "activities. He further clarified that dialogue was not possible over what he claimed to be the gangs looting and "
           "killing citizens.\n"
           "\"Lay down your arms, recognize the authority of the State before any other arrangement,\" Conille told the gang "
           "leaders.")
CHERIZIE = ("In a message shared with Haitian journalists after the arrival of the Kenyan police contingent, Jimmy Cherizie, one "
            "of the main gang leaders in the country called for community dialogue to help end violence in the Caribbean "
            "nation.")
# https://washingtonnewsday.com/finance/at-the-venezuela-talks-sanctions-and-elections-are-on-the-table/ (AFP, 2021-08-12)
MADURO = ("The government and opposition in Venezuela will resume negotiations in Mexico, with sanctions, political prisoners, "
          "and elections on the agenda, but not President Nicolas Maduro’s future.\n"
          "“We have made a set of demands, and we stand firm on them: first and foremost, the immediate lifting of all "
          "criminal sanctions,” Maduro said, referring to a slew of international sanctions imposed on him and top "
          "government officials, including a US oil embargo against Venezuela’s state oil company, PDVSA.")
GUAIDO = (MADURO + "\nGuaido’s opposition seeks guarantees on electoral conditions and a clear presidential election platform, as "
          "well as the release of political detainees.")
# https://www.standardmedia.co.ke/asia/article/2001474480/myanmars-chinese-sponsored-peace-talks-conclude-without-deal (VOA)
MONGLA = ("Chinese-sponsored talks in Myanmar between the junta and three of Myanmar's ethnic armies, known as the Brotherhood "
          "Alliance, aimed at persuading the three to support the junta's election plan concluded without an agreement Friday.\n"
          "\"Both parties exchanged opinions and agreed to hold a second meeting,\" Kyi Myint, a spokesman for the National "
          "Democratic Alliance Army, told VOA.")
# Further real passages, checked after the fit articles (outside the region's articles; not tuned on):
# https://allafrica.com/stories/200210090205.html (Cote d'Ivoire, 2002-10-09)
GBAGBO = ("Calling the current conflict in Cote d'Ivoire 'absurd, dirty, unhealthy and useless,\" Gbagbo urged the rebels to "
          "first surrender their weapons, then sit down with the authorities to discuss their grievances. \"Put down your arms "
          "and wait for the next election. The era of the coup d'etat is over,\" he said.")
GBAGBO_LAY = ("Abidjan — \"Lay down your arms and everything is possible,\" Cote d'Ivoire president, Laurent Gbagbo, told rebels "
              "Tuesday night in a nationwide television broadcast since the start of a military uprising almost three weeks ago.")
# http://covid-19.chinadaily.com.cn/world/2008-02/25/content_6480084.htm (China Daily, Darfur, 2008-02-25)
LIU = ("\"Only if those main rebel groups return to the negotiating table can Darfur achieve a certain extent of stability and "
       "the peacekeeping mission function smoothly,\" Liu Guijin said upon his arrival in Khartoum for a visit to Sudan.")
# http://www.manilatimes.net/govt-terms-to-prevail-in-resumed-peace-talks/391358/ (Manila Times, 2018-04-08)
CPP = ("In a statement published in the Philippine Revolution Webcentral website on Saturday, the CPP said it is willing to "
       "“maintain the policy of openness to negotiations to seek solutions to the roots of the armed conflict.”\n\n"
       "The CPP upholds the position of the NDF that there should be no preconditions in the resumption of the peace talks "
       "as stipulated in the The Hague Joint Declaration.")
ROQUE = ("“If [the group is]willing to talk under the conditions laid down by President Duterte, then the peace talks can "
         "resume,” Palace spokesman Harry Roque Jr. said a news briefing in Tanauan, Leyte.")
# https://en.didpress.com/20661 (DID Press, Taliban-Pakistan talks in Istanbul, 2025-11)
MASOOD = ("Journalist Wajahat Masood described negotiations as a definitive failure, suggesting that current disagreements "
          "might ultimately escalate into open conflict.")
MALACANANG = ("Resumption of peace talks between the Communist Party of the Philippines-New People’s Army-National Democratic "
              "Front (CPP-NPA-NDF) will depend on terms to be set by President Rodrigo Duterte, Malacañang said on Sunday.")
# http://www.manilatimes.net/peace-talks-depend-on-sincerity-of-national-democratic-front/384651/ (Manila Times, 2018-03-08)
ARMY = ("Resuming peace talks between the Philippine government and the National Democratic Front (NDF) would depend on the "
        "sincerity of the communists and on their agreeing to a ceasefire, the Philippine Army said on Wednesday.")

STANCES = [
    # one cue ("urged"), three actions: one issue (docs/annotation.md §5, conjoined issues under one cue)
    pytest.param("2021-12-01", TALIBAN, "United States|U.S.", "protect the rights of all Afghans, uphold and enforce its "
                 "policy of general amnesty and take additional steps to form an inclusive and representative government",
                 "positive", id="taliban-protect-amnesty-government"),
    pytest.param("2023-06-05", ARAKAN, "Arakan Army", "meet with the junta without China", "negative", id="arakan-not-without-china"),
    # one cue ("demanded"), a noun phrase and two infinitives: one issue
    pytest.param("2023-06-05", ARAKAN, "Arakan Army", "release of our detained members by the junta, to revoke the "
                 "designation of our group as an outlaw association and to end travel restrictions in Rakhine", "positive",
                 id="arakan-release-designation-travel"),
    pytest.param("2024-06-28", CONILLE, "Conille|Haiti", "gang leaders stopped engaging in illegal activities|stop engaging in "
                 "illegal activities", "positive", id="conille-only-if"),
    pytest.param("2024-06-28", CONILLE, "Conille|Haiti", "lay down your arms|lay down arms", "positive", id="conille-arms"),
    pytest.param("2024-06-28", CONILLE, "Conille|Haiti", "recognize the authority of the State", "positive", id="conille-authority"),
    pytest.param("2021-08-12", MADURO, "Maduro|Venezuela", "immediate lifting of all criminal sanctions", "positive",
                 id="maduro-colon"),
    pytest.param("2002-10-09", GBAGBO, "Gbagbo", "put down your arms", "positive", id="gbagbo-put-down"),
    pytest.param("2002-10-09", GBAGBO_LAY, "Gbagbo", "lay down your arms", "positive", id="gbagbo-lay-down",
                 marks=XFAIL("after a dateline dash the parser takes 'Lay' for a proper noun in apposition")),
    pytest.param("2008-02-25", LIU, "Liu", "return to the negotiating table", "positive", id="liu-only-if"),
    pytest.param("2018-04-08", CPP, "NDF|National Democratic Front", "preconditions in the resumption of the peace talks",
                 "negative", id="cpp-ndf-position-no-preconditions"),
    pytest.param("2018-04-08", CPP, "CPP|Communist Party", "preconditions in the resumption of the peace talks", "negative",
                 id="cpp-upholds-no-preconditions"),
    pytest.param("2018-04-08", MALACANANG, "Malacañang|Philippines", "terms to be set by President Rodrigo Duterte", "positive",
                 id="malacanang-depends-on-terms"),
    pytest.param("2018-03-08", ARMY, "Army|Philippines", "agreeing to a ceasefire", "positive", id="army-depends-on-ceasefire"),
    pytest.param("2018-04-08", ROQUE, "Roque|Philippines", "talk under the conditions laid down by President Duterte",
                 "positive", id="roque-talks-can-resume-if",
                 marks=XFAIL("'[the group is]willing' (no space after the bracket) breaks the parse of the 'if' clause")),
    pytest.param("2024-06-28", CHERIZIE, "Cherizie", "community dialogue", "positive", id="cherizie-called-for",
                 marks=XFAIL("no comma after the apposition: the parser makes 'called' a participle of 'one of the leaders'")),
    # one cue ("seeks"), three noun phrases: one issue
    pytest.param("2021-08-12", GUAIDO, "opposition", "guarantees on electoral conditions and a clear presidential election "
                 "platform, as well as the release of political detainees", "positive", id="guaido-opposition-detainees"),
    pytest.param("2023-06-05", MONGLA, "Brotherhood Alliance", "hold a second meeting", "positive", id="mongla-both-parties",
                 marks=XFAIL("'both parties' is not resolved: the pair is 'the junta and three of Myanmar's ethnic armies, "
                             "known as the Brotherhood Alliance'")),
]


@pytest.mark.parametrize(("published", "text", "holder", "issue", "stance"), STANCES)
def test_positions_fresh_round17_fd(run, published, text, holder, issue, stance) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    assert any(on_issue(issue, p.issue) and (p.stance in NEGATIVE) == (stance == "negative")
               for p in held_by(ex, holder)), [(p.holder, p.stance, p.issue) for p in ex.positions]


def test_only_if_is_no_demand_of_the_process(run) -> None:  # type: ignore[no-untyped-def]
    """"dialogue could only take place if ...": the terms are demanded, not the dialogue taking place."""
    ex = run(CONILLE, published="2024-06-28")
    assert not any(on_issue("dialogue take place", p.issue) and p.stance == "demand" for p in ex.positions), \
        [(p.holder, p.stance, p.issue) for p in ex.positions]


def test_protect_issue_stops_at_the_next_action(run) -> None:  # type: ignore[no-untyped-def]
    """"protect the rights of all Afghans, uphold ...": the first action's words end at the comma."""
    ex = run(TALIBAN, published="2021-12-01")
    assert not any("uphold" in p.issue and "protect" in p.issue for p in ex.positions), \
        [(p.holder, p.stance, p.issue) for p in ex.positions]


def test_position_upheld_is_no_issue(run) -> None:  # type: ignore[no-untyped-def]
    """"upholds the position of the NDF that ...": the clause is the stance, not "position of the NDF"."""
    ex = run(CPP, published="2018-04-08")
    assert not any("position" in p.issue.lower() for p in ex.positions), [(p.holder, p.stance, p.issue) for p in ex.positions]


def test_suggesting_what_might_happen_is_no_offer(run) -> None:  # type: ignore[no-untyped-def]
    """"suggesting that current disagreements might ultimately escalate into open conflict": a forecast."""
    ex = run(MASOOD, published="2025-11-08")
    assert not [p for p in ex.positions if p.stance == "offer"], [(p.holder, p.stance, p.issue) for p in ex.positions]
