"""Positions round 17, officials and bodies: stances of regional bodies, their summits and envoys.

docs/annotation.md section 5. Real sentences from outlets and conflicts the gold does not hold, each with its URL; a
holder (part of its name or alias, "|" between alternatives) and the issue a reader expects ("|" between wordings, as
``alt_issues``), matched as the scorer matches (token F1 >= 0.5, same polarity). Expectations were written before parley
was run; the first value of each case says whether it was a "fit" case (looked at while writing the rules) or an "aside"
one (only measured at the end). ``xfail`` marks cases not fixed, with why.

Covered: "the summit called for / urged" is the body that met (``stateless_bodies``), a body's numbered meeting ("the
43rd Extraordinary Assembly") is that body, not an actor of its own (``meeting_heads``), and "X remains the only
(viable) way/path to Y" supports X, as "X is the only way" does.
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import NEGATIVE, XFAIL, held_by, issue_overlap

# https://odrimedia.co.ke/finance/igad-leaders-call-for-dialogue-to-resolve-south-sudan-tensions (IGAD, March 2025)
IGAD_2025 = (
    "The Heads of State and Government from the Intergovernmental Authority on Development (IGAD) have reaffirmed that "
    "dialogue remains the only path to ending hostilities in South Sudan. In a joint statement following the 43rd "
    "Extraordinary Assembly held on Wednesday, the leaders expressed deep concern over the resurgence of violence and "
    "ceasefire violations in the country.\n"
    "The summit, chaired by Djibouti's President Ismaïl Omar Guelleh, called for an immediate de-escalation of tensions "
    "and urged all parties to adhere to the 2018 Revitalized Agreement on the Resolution of the Conflict in South Sudan "
    "(R-ARCSS). The agreement remains the foundation of the peace process in the war-torn nation.\n"
    "The Assembly strongly condemned the recent killing of General Majur Duk, the Commander of the South Sudan People's "
    "Defence Forces (SSPDF) in Nasir, Upper Nile State, as well as the deaths of other individuals, including a UN crew "
    "during an evacuation mission.")
# https://www.nigeriatoday.ng/2017/06/igad-hails-salva-kiir-but-asks-him-to-control-his-army-commanders/ (June 2017)
IGAD_2017 = (
    "The IGAD Assembly of Heads of State and Government have supported President Salva Kiir's decision to launch a "
    "national dialogue, but said the Agreement on the Resolution of the Conflict in South Sudan (ARCSS) remains the only "
    "viable way to fully resolving conflict in the country.\n"
    "The IGAD leaders welcomed the recent declaration by Salva Kiir of a unilateral ceasefire and called upon him to "
    "follow up the strict implementation of the ceasefire.")
# https://www.urdupoint.com/en/world/all-parties-must-urgently-de-escalate-violenc-792471.html (Sputnik, December 2019)
PEDERSEN = (
    "All the parties to the conflict in the northwest Syria must urgently de-escalate violence in order to \"underpin\" a "
    "critical political process, United Nations Special Envoy for Syria Geir Pedersen told the UN Security Council on "
    "Friday.")
# http://allafrica.com/stories/201803270408.html (IGAD Council of Ministers, March 2018)
WAIS = (
    "IGAD Special Envoy for South Sudan, Ambassador Ismail Wais said the council of ministers needs to intensify its "
    "engagement with the conflicting parties, including through shuttle diplomacy with the view to persuading South "
    "Sudanese stakeholders to make necessary compromises.\n"
    "Ambassador Wais further urged all parties to adhere to the Cessation of Hostilities Agreement, make necessary "
    "compromises, and seize the historic opportunity to bring peace to South Sudan.")

STANCES = [
    pytest.param("fit", "2025-03-06", IGAD_2025, "IGAD|Intergovernmental Authority", "immediate de-escalation of tensions",
                 "positive", id="odrimedia-summit-called-for"),
    pytest.param("fit", "2025-03-06", IGAD_2025, "IGAD|Intergovernmental Authority",
                 "adhere to the 2018 Revitalized Agreement|Revitalized Agreement", "positive", id="odrimedia-summit-urged"),
    pytest.param("fit", "2025-03-06", IGAD_2025, "IGAD|Intergovernmental Authority", "dialogue", "positive",
                 id="odrimedia-heads-of-state-only-path",
                 marks=XFAIL("'The Heads of State and Government from IGAD' is made an actor of its own, not IGAD (actor recognition)")),
    pytest.param("fit", "2017-06-13", IGAD_2017, "IGAD", "Agreement on the Resolution of the Conflict in South Sudan|ARCSS",
                 "positive", id="nigeriatoday-remains-only-viable-way"),
    pytest.param("fit", "2017-06-13", IGAD_2017, "IGAD", "national dialogue|launch a national dialogue", "positive",
                 id="nigeriatoday-supported-decision"),
    pytest.param("fit", "2017-06-13", IGAD_2017, "IGAD", "unilateral ceasefire|declaration of a unilateral ceasefire",
                 "positive", id="nigeriatoday-welcomed-declaration-by-of"),
    pytest.param("fit", "2019-12-20", PEDERSEN, "Pedersen", "de-escalate violence|de-escalation", "positive",
                 id="urdupoint-envoy-must-deescalate",
                 marks=XFAIL("the tokenizer splits 'de-escalate' into 'de - escalate', so the parser sees no verb after 'must' (tokenization)")),
    pytest.param("aside", "2018-03-27", WAIS, "Wais|IGAD", "adhere to the Cessation of Hostilities Agreement", "positive",
                 id="allafrica-envoy-urged-adhere"),
    pytest.param("aside", "2018-03-27", WAIS, "Wais|IGAD", "make necessary compromises|compromises", "positive",
                 id="allafrica-envoy-urged-compromises",
                 marks=XFAIL("'urged all parties to adhere to X, make Y, and seize Z': only the first of the coordinated bare infinitives is read as asked for (coordination)")),
]


@pytest.mark.parametrize(("split", "published", "text", "holder", "issue", "stance"), STANCES)
def test_officials_round17(run, split, published, text, holder, issue, stance) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    assert any(issue_overlap(i, p.issue) >= 0.5 and (stance in NEGATIVE) == (p.stance in NEGATIVE)
               for p in held_by(ex, holder) for i in issue.split("|")), [(p.holder, p.stance, p.issue) for p in ex.positions]


def test_numbered_meeting_is_its_body(run) -> None:  # type: ignore[no-untyped-def]
    """"the 43rd Extraordinary Assembly" after IGAD is IGAD meeting, no actor of its own."""
    ex = run(IGAD_2025, published="2025-03-06")
    assert not any("Extraordinary Assembly" in a.name for a in ex.actors), [a.name for a in ex.actors]
