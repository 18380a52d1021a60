"""Positions round 24 (complements): the right part of the phrase is the issue.

- "at a meeting" after an action that already has its complement says where it was asked, not what: "urged ... to
  strive for compromise in Middle East peace negotiations at a meeting here with Arafat" keeps the negotiations.
- The call's infinitive, not a word of whom it is made to, is the issue; with "unless X is acknowledged" X is demanded.
- A meeting on its own keeps its place ("agreed to meet at a forum in southern Turkey").
- An infinitive naming a meeting's agenda ("meet ... to discuss", "dialogue to resolve") is kept (agenda_verbs).
"""

from __future__ import annotations

from tests.pipeline.position_support import described
from tests.pipeline.test_positions import reads_as

# https://www.thedailystar.net/news/us-urges-israel-palestinians-to-strive-for-compromise
CLINTON = ("President Bill Clinton urged Israel and the Palestinians to strive for compromise in Middle East peace "
           "negotiations at a meeting here with Palestinian leader Yasser Arafat.")

# http://keyanhelp.cn/world/Off_the_Wire/2014-05/02/content_32262447.htm
BAN = ("UN Secretary-General Ban Ki-moon on Thursday urged both Israelis and Palestinians to exercise prudence and avoid "
       "unilateral steps that would diminish the prospects for the resumption of negotiations.")

# https://en.majalla.com/node/303176 (the quote, with its speaker named)
TATAR = ("\"We will not consider going back to the negotiation table unless sovereign equality and equal international "
         "status for Turkish Cypriots is acknowledged,\" Turkish Cypriot leader Ersin Tatar said.")

# https://playcrazygame.com/2022/03/08/heads-of-russian-and-ukrainian-diplomacy-to-meet-next-thursday-10-news/
ANTALYA = ("Russian Foreign Minister Sergei Lavrov and his Ukrainian counterpart Dmytro Kuleba agreed to meet at a forum "
           "in southern Turkey next Thursday.")

# https://bnnbloomberg.ca/china-india-agree-on-more-talks-to-resolve-border-disputes-1.2092857 (a record: no position)
ROUNDS = ("The two sides have held 21 rounds of military-diplomatic talks to try to resolve the border conflict but "
          "progress has been incremental.")


def test_an_occasion_after_the_complement_is_not_the_issue(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(CLINTON, published="1999-01-21")
    assert reads_as(ex, "Clinton", "strive for compromise in Middle East peace negotiations", "demand"), described(ex)
    assert not any("meeting" in p.issue for p in ex.positions), described(ex)


def test_the_call_is_the_infinitive_not_whom_it_is_made_to(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(BAN, published="2014-05-02")
    assert reads_as(ex, "Ban Ki-moon", "exercise prudence", "demand"), described(ex)
    assert reads_as(ex, "Ban Ki-moon", "avoid unilateral steps", "demand"), described(ex)
    assert not any(p.issue.lower() in ("israelis", "palestinians") for p in ex.positions), described(ex)


def test_what_must_be_acknowledged_is_demanded(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(TATAR, published="2022-01-01")
    assert reads_as(ex, "Tatar", "sovereign equality and equal international status for Turkish Cypriots", "demand"), \
        described(ex)


def test_a_meeting_keeps_its_place(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(ANTALYA, published="2022-03-08")
    assert reads_as(ex, "Lavrov", "meet at a forum in southern Turkey", "willing"), described(ex)


def test_a_record_of_talks_states_no_position(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(ROUNDS, published="2024-07-04")
    assert not ex.positions, described(ex)
