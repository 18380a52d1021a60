"""Positions round 27 (titles): holders named by a post title or a title before their name.

"the UN chief said" after "United Nations Secretary-General Ban Ki-moon" is Ban, not the United Nations; "The
Chairperson of the African Union (AU) Commission Moussa Faki Mahamat has called on" is Faki, not the body in the
title.  A generic post word (chief, head, chairman) refers back only when exactly one person holds such a post.
"""

from __future__ import annotations

from tests.pipeline.position_support import described, held_by, holds

# https://news.un.org/en/story/2014/08/475552-amid-fresh-violence-gaza-ban-urges-parties-reach-immediate-understanding
GAZA = ("As renewed violence signalled the end of the latest Gaza ceasefire, United Nations Secretary-General Ban "
        "Ki-moon expressed grave disappointment at the return to hostilities and urged the parties to reach an "
        "immediate understanding on a durable ceasefire.\n\n"
        "\"The hopes of the people in Gaza for a better future and the hopes of the people in Israel for sustainable "
        "security rest on the talks in Cairo,\" the UN chief said, calling on the delegations to live up to that "
        "expectation.")

# https://www.urdupoint.com/en/world/un-chief-urges-states-to-redouble-peace-effor-963133.html (Sputnik, 2020)
DUJARRIC = ("UN Secretary-General Antonio Guterres called on countries to redouble their efforts to help reach "
            "ceasefires in the armed conflicts across the world, United Nations spokesperson Stephane Dujarric said in "
            "a statement on Wednesday.\n\n"
            "Dujarric noted that the UN chief welcomed the adoption of the document that backs his appeal made back in "
            "March to all warring parties to lay down their weapons.")

# https://www.independent.co.ug/au-urges-libyas-warring-parties-to-immediately-cease-hostilities/ (Xinhua)
LIBYA = ("The Chairperson of the African Union (AU) Commission Moussa Faki Mahamat has called on Libya's warring "
         "parties to immediately cease hostilities.")

# https://www.sabcnews.com/sabcnews/au-calls-for-immediate-truce-in-trigay/ (SABC, 2022)
NONE = "The negotiations have not taken place as they were affected by logistical challenges."


def test_the_un_chief_is_the_secretary_general_named_before(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(GAZA, published="2014-08-09")
    assert holds(ex, "Ban Ki-moon", "live up to that expectation", "demand"), described(ex)
    assert not held_by(ex, "United Nations"), described(ex)


def test_the_un_chief_is_not_the_spokesperson(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(DUJARRIC, published="2020-07-02")
    assert holds(ex, "Guterres", "adoption", "support"), described(ex)
    assert not held_by(ex, "United Nations"), described(ex)


def test_title_with_bracketed_body_is_the_person_named(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(LIBYA, published="2022-08-29")
    assert holds(ex, "Moussa Faki", "cease hostilities", "demand"), described(ex)
    assert not held_by(ex, "African Union"), described(ex)


def test_no_position_in_a_report_of_delay(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(NONE, published="2022-10-16")
    assert not ex.positions, described(ex)
