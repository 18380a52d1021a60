"""Positions round 17 (holders): stances given to the wrong holder, or to none, in whole fresh articles.

Passages from four "fit" articles annotated before parley was run (docs/annotation.md section 5), plus one dev passage;
a holder (part of its name or alias, "|" between alternatives) and the issue a reader expects ("|" between wordings, as
``alt_issues``), matched as the scorer matches (token F1 >= 0.5, same polarity). ``xfail`` marks stances still missed.

Covered: a group named by a plural word ("the Maoists") is named by its singular as a modifier ("Maoist demands for a new
constitution": the Maoists demand it); "both sides" with no pair named together are the subject and the party its
object names ("Nepal rejected Maoist demands ... Both sides said they would continue the talks"); unnamed negotiators
"for" a body hold its stance ("Negotiators for the rebels have requested a response"); a verdict said in a relative
clause is its sayer's, on the phrase the clause hangs from ("its claim of full independence, which Indonesia has said
is unacceptable": Indonesia's, not the speaker's); a people's name that qualifies "rebels" is no person elsewhere
either ("Tamil rebels", "Tamil rebel political wing leader"); an IGO's office named after it speaks for it ("the
German OSCE Chairmanship wants"); the backer of an "X-backed" proposal supports it ("a US-backed truce proposal"); a
spokesman's stance is copied to no body named after his verb ("A government spokesman said the Maoists should now
return to negotiations": not the Maoists' demand).
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import NEGATIVE, XFAIL, held_by, on_issue

# https://www.irishtimes.com/news/nepal-rejects-key-maoist-demands-in-peace-talks-1.369935 (Reuters, 2003-08-18)
NEPAL = ("NEPAL: Nepal yesterday rejected Maoist demands for a new constitution to define the role of the king, but agreed "
         "to include the rebels in an interim government to end violence that has killed thousands and wrecked its "
         "economy.\n\n"
         "The Maoists said the government proposal was \"quite disappointing\" and lacked sincerity.\n\n"
         "But the government wants elections to a new parliament, which the rebels oppose.\n\n"
         "Both sides said they would continue the talks and the second round is expected to begin later on Sunday and "
         "may go on for several days before a deal is hammered out, negotiators say.")
# https://www.asia-pacific-solidarity.net/index.php/news/2005-04-13/aceh-separatists-ask-indonesia-call-ceasefire.html (AFP)
ACEH = ("Aceh separatists urged Indonesian officials to call a ceasefire as a gesture of goodwill as the two parties held a "
        "third round of peace talks n Helsinki aimed at ending a conflict that has killed more than 12,000 people.\n"
        "\"It is time that the Indonesian government show some good faith... and call a ceasefire as a gesture of good "
        "will,\" Damien Kingsbury, a political advisor to the Free Aceh Movement (GAM), told AFP.\n"
        "Talking on the phone from the Koeningstedt estate outside Helsinki where the talks were being held, Kingsbury "
        "insisted that GAM had already shown goodwill by coming to the talks and agreeing to not push its claim of full "
        "independence, which Indonesia has said is unacceptable.\n"
        "\"GAM is now asking that the Indonesian government reciprocate,\" he said, adding that the continued fighting on "
        "the ground in Aceh was \"seen as a sign of bad faith\".\n"
        "Negotiators for the rebels have requested a response from the Indonesians within the next 24 hours, he said.")
# https://www.topnews.in/sri-lanka-dismisses-tamil-rebel-offer-ceasefire-286532 (2008)
SRI_LANKA = ("Colombo – The Sri Lankan government has rejected an offer by Tamil rebels for a ceasefire in the northern part "
             "of the country where fighting continues as troops push forward to recapture rebel-held areas, a local "
             "newspaper said Monday.\n\n"
             "The comments came after Tamil rebel political wing leader, B Nadesan was quoted in the pro-rebel Tamilnet "
             "website saying, \"there is no hesitation on our side to reiterate our position that we have always wanted a "
             "ceasefire.\"")
# https://www.bgnes.com/politics/pkk-turkey-must-ease-prison-conditions-for-calan-he-is-our-chief-negotiator (AFP, 2025-05)
PKK = ("The Kurdish Workers' Party (PKK) said Turkey should ease prison conditions for its founder Abdullah Ocalan.\n"
       "Zagroos Hiva, a spokesman for the PKK's political wing, said they \"expect the Turkish state to make changes to the "
       "conditions of isolation\" to provide Öcalan with \"free and secure working conditions so that he can lead the "
       "process.\"")
# https://ipn.md/en/talks-in-52-can-be-resumed-at-the-start-7965_1027170.html (IPN; a dev passage)
OSCE = ("A new round of the Transnistrian conflict settlement talks in the 5+2 format could take place at the beginning of "
        "next month, the Special Representative of the German OSCE Chairperson-in-Office for the Transnistrian "
        "Settlement Process Cord Meier-Klodt said.\n\n"
        "Ambassador Meier-Klodt said that the German OSCE Chairmanship wants the meeting to be productive, not to be held "
        "only for the sake of the meeting.")
# https://english.sun.mv/100596 (TRT, Sudan, 2025-11; a dev passage)
SUDAN = ("The Sudanese army intercepted a drone attack launched by the Rapid Support Forces on the key southern city of El "
         "Obeid, two days after the paramilitary group said it agreed to a US-backed truce proposal.")
# http://news.bbc.co.uk/2/hi/south_asia/3107275.stm (BBC, Nepal, 2003-07-29)
NEPAL_BBC = ("The authorities in Nepal say they have released three senior Maoists in an attempt to woo rebels back to peace "
             "talks.\n\nThe release of the three was a key condition set by the rebels in an ultimatum delivered on Monday.\n\n"
             "A government spokesman said the Maoists should now return to negotiations, which broke down in May.")

STANCES = [
    pytest.param("2003-08-18", NEPAL, "Maoist", "new constitution to define the role of the king|new constitution",
                 "positive", id="nepal-maoist-demands"),
    pytest.param("2003-08-18", NEPAL, "Nepal", "Maoist demands for a new constitution|new constitution", "negative",
                 id="nepal-rejects"),
    pytest.param("2003-08-18", NEPAL, "Maoist", "continue the talks|talks", "positive", id="nepal-both-sides-maoists"),
    pytest.param("2003-08-18", NEPAL, "Nepal", "continue the talks|talks", "positive", id="nepal-both-sides-government"),
    pytest.param("2003-08-18", NEPAL, "rebels|Maoist", "elections to a new parliament|new parliament", "negative",
                 id="nepal-rebels-oppose"),
    pytest.param("2005-04-13", ACEH, "Indonesia", "full independence|claim of full independence", "negative",
                 id="aceh-relative-verdict"),
    pytest.param("2005-04-13", ACEH, "Free Aceh|GAM|separatists",
                 "response from the Indonesians within the next 24 hours|response from the Indonesians", "positive",
                 id="aceh-negotiators-for"),
    pytest.param("2005-04-13", ACEH, "separatists|Free Aceh|GAM", "call a ceasefire", "positive", id="aceh-urged"),
    pytest.param("2005-04-13", ACEH, "GAM|Free Aceh", "Indonesian government reciprocate|reciprocate", "positive",
                 id="aceh-asking-that",
                 marks=XFAIL("the parser takes 'that' for the object of 'asking' and 'reciprocate' for a noun")),
    pytest.param("2005-04-13", ACEH, "Kingsbury", "call a ceasefire as a gesture of good will|show some good faith",
                 "positive", id="aceh-it-is-time",
                 marks=XFAIL("'It is time that X V' is not read as a demand of the speaker")),
    pytest.param("2008-01-01", SRI_LANKA, "rebels|LTTE|Tamil Tigers", "ceasefire", "positive", id="srilanka-offer-by",
                 marks=XFAIL("'Tamil' is still read as a person where it opens 'Tamil rebel political wing leader': "
                             "reading any one-word name that elsewhere modifies a plural noun as no person cost an "
                             "event on the held-out split, so it was left out")),
    pytest.param("2025-05-19", PKK, "PKK|Kurdish Workers", "changes to the conditions of isolation", "positive",
                 id="pkk-they-expect", marks=XFAIL("'expect X to V' is no stance cue (it is also a forecast)")),
    pytest.param("2025-11-05", SUDAN, "United States|US", "US-backed truce proposal|truce proposal", "positive",
                 id="sudan-us-backed"),
    pytest.param("2025-11-05", SUDAN, "Rapid Support", "US-backed truce proposal|truce proposal", "positive",
                 id="sudan-rsf-agreed"),
    pytest.param("2003-07-29", NEPAL_BBC, "government spokesman|Nepal", "return to negotiations", "positive",
                 id="nepal-spokesman-should"),
    pytest.param("2019-05-01", OSCE, "OSCE|Organization for Security", "meeting to be productive|productive meeting",
                 "positive", id="osce-chairmanship"),
]


@pytest.mark.parametrize(("published", "text", "holder", "issue", "stance"), STANCES)
def test_positions_holders_round17(run, published, text, holder, issue, stance) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    assert any(on_issue(issue, p.issue) and (p.stance in NEGATIVE) == (stance == "negative")
               for p in held_by(ex, holder)), [(ex.actor(p.holder).name if ex.actor(p.holder) else p.holder,
                                                p.stance, p.issue) for p in ex.positions]


def test_relative_verdict_is_not_the_speakers(run) -> None:  # type: ignore[no-untyped-def]
    """"Kingsbury insisted that ... its claim of full independence, which Indonesia has said is unacceptable": the
    verdict is Indonesia's; Kingsbury (who speaks for GAM) holds no negative stance on independence."""
    ex = run(ACEH, published="2005-04-13")
    assert not any(on_issue("full independence", p.issue) and p.stance in NEGATIVE
                   for p in held_by(ex, "Kingsbury|GAM|Free Aceh")), [(p.holder, p.stance, p.issue) for p in ex.positions]


@pytest.mark.xfail(strict=False, reason="see srilanka-offer-by: the wider people's-name rule was left out")
def test_people_modifying_rebels_is_no_person(run) -> None:  # type: ignore[no-untyped-def]
    """"Tamil rebels", "Tamil rebel political wing leader": "Tamil" names a people, no person actor."""
    ex = run(SRI_LANKA, published="2008-01-01")
    assert not [a for a in ex.actors if a.name == "Tamil" and a.type == "person"], [(a.name, a.type) for a in ex.actors]


def test_igo_office_is_no_actor_of_its_own(run) -> None:  # type: ignore[no-untyped-def]
    """"the German OSCE Chairmanship": the OSCE, not an organization called "Chairmanship"."""
    ex = run(OSCE, published="2019-05-01")
    assert not [a for a in ex.actors if a.name == "Chairmanship"], [(a.name, a.type) for a in ex.actors]


def test_spokesman_copy_skips_what_he_says(run) -> None:  # type: ignore[no-untyped-def]
    """"A government spokesman said the Maoists should now return to negotiations": the spokesman demands it; the
    Maoists, named after his verb, are not the body he speaks for."""
    ex = run(NEPAL_BBC, published="2003-07-29")
    assert not [p for p in held_by(ex, "Maoist") if on_issue("return to negotiations", p.issue)], \
        [(p.holder, p.stance, p.issue) for p in ex.positions]
