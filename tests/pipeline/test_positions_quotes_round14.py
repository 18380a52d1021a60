"""Positions round 14: stances a speaker states inside a quote.

Each case is a real passage with its URL and the positions a reader expects: the holder (the speaker, or the
state a government official speaks for), the stance side and the issue words (token F1 >= 0.5, as scored).
"""

from __future__ import annotations

import pytest

from parley import extract
from parley.evaluation.scoring import token_f1

NEGATIVE = ("oppose", "reject")

CASES = [
    # https://voi.id/en/amp/374781 : "we must reach X", the speaker's side's own duty, is its demand.
    ("JAKARTA - The Egyptian government together with the United States and Qatar are working hard to reach a ceasefire "
     "agreement amid Israel's war in the Gaza Strip, Foreign Minister Sameh Shoukry said on Friday 19 April.\n"
     "\"It is important for us to continue to focus on the lives and safety of the Palestinian people. After more than "
     "33,000 people were killed, of which 20,000 women and children. This is terrible and must be stopped. We must reach "
     "a ceasefire, repatriating hostages and detainees,\" he said.",
     [("Shoukry|Egypt", "+", "ceasefire")]),
    # https://archive.mv/en/articles/AAGnpV : two needs, two issues.
    ("Foreign Minister Moosa Zameer joined protestors outside the ministry who were demanding a ban on Israeli passports, "
     "and proceeded to call for a ceasefire.\n\"I have emphasized to them the need for an immediate ceasefire and the "
     "urgent need for humanitarian aid,\" Zameer said.",
     [("Zameer", "+", "immediate ceasefire"), ("Zameer", "+", "humanitarian aid")]),
    # https://newsaf.cgtn.com/news/2024-01-16/UN-chief-calls-for-immediate-ceasefire-in-Gaza-1qoyHI92fmM/p.html :
    # a quote of several sentences, the speaker named after the last.
    ("\"We need an immediate humanitarian ceasefire. To ensure sufficient aid gets to where it is needed. To facilitate "
     "the release of the hostages. To tamp down the flames of wider war because the longer the conflict in Gaza "
     "continues, the greater the risk of escalation and miscalculation,\" Guterres said at a press briefing in New York.",
     [("Guterres", "+", "immediate humanitarian ceasefire")]),
    # http://en.chinagate.cn/2015-02/11/content_34799594.htm
    ("\"We need an unconditional ceasefire without any prerequisites,\" Poroshenko told a government meeting ahead of the "
     "talks, to be attended by Russian, French and German leaders later in the day.",
     [("Poroshenko|Ukraine", "+", "unconditional ceasefire")]),
    # https://www.dagens.com/news/russia-calls-for-immediate-ceasefire : a spokesperson's "we".
    ("\"The situation in Gaza is deteriorating rapidly, and we call for an immediate ceasefire,\" said Maria Zakharova, "
     "the spokesperson for the Russian Foreign Ministry according to AP.",
     [("Zakharova|Russia", "+", "immediate ceasefire")]),
]

# Restraint a speaker's side owes itself names no issue.
# https://english.ahram.org.eg/News/395947.aspx
RESTRAINT = ("NATO must not jeopardize the peace negotiations for Afghanistan by withdrawing troops prematurely from the "
             "war-torn country, German Foreign Minister Heiko Maas said ahead of a virtual meeting with his NATO "
             "colleagues.\n\n\"To safeguard what we have reached so far, we must not take any rash actions,\" Maas said.")


def _positions(text: str) -> list[tuple[str, str, str]]:
    ex = extract(text, published="2024-01-01")
    names = {a.id: f"{a.name} {a.country or ''}" for a in ex.actors}
    return [(names.get(p.holder, p.holder), p.stance, p.issue) for p in ex.positions]


def _holds(positions: list[tuple[str, str, str]], holder: str, side: str, issue: str) -> bool:
    countries = {"Egypt": "EGY", "Ukraine": "UKR", "Russia": "RUS"}
    keys = [k for h in holder.split("|") for k in (h, countries.get(h, h))]
    return any(any(k in name for k in keys) and (stance in NEGATIVE) == (side == "-") and token_f1(issue, found) >= 0.5
               for name, stance, found in positions)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quoted_stances(text: str, expected: list[tuple[str, str, str]]) -> None:
    positions = _positions(text)
    for holder, side, issue in expected:
        assert _holds(positions, holder, side, issue), (holder, side, issue, positions)


def test_restraint_is_no_position() -> None:
    assert not any("action" in issue for _, _, issue in _positions(RESTRAINT))


@pytest.mark.xfail(strict=False, reason="the speaker 'Sandu' is taken for an organization and the quote, opened in one "
                   "paragraph and closed in the next with the U+02BC apostrophe, gets no speaker")
def test_multi_paragraph_quote() -> None:
    # https://babel.ua/en/news/84994-european-commission-annexation-will-not-change-anything-all-the-territories-remain-ukrainian
    text = ("The president of Moldova Maia Sandu strongly condemned the annexation attempt.\n\n\"I strongly condemn and "
            "reject Russia\u02bcs attempt to illegally annex the occupied regions of Ukraine after the fictitious votes it "
            "held at gunpoint. Donetsk, Luhansk, Kherson, Zaporizhzia and Crimea are Ukraine.\n\n\"Moldova\u02bcs support "
            "for Ukraine\u02bcs sovereignty and territorial integrity remains steadfast,\" Sandu wrote.")
    assert _holds(_positions(text), "Sandu|Moldova", "+", "Ukraine's sovereignty and territorial integrity")
