"""Positions round 24 (links): a people's word stands for the one named body of that people.

- "Rebel ethnic Karen guerillas rejected the latest peace overture", with the Karen National Union named in the next
  sentence: the KNU rejects it (:mod:`parley.pipeline.holder_peoples`); "guerilla" is a fighter noun.
- "signed a joint communique ... The communique endorsed": the text issued before is its issuers'
  (:func:`parley.pipeline.holder_context.issued_before`).
- With two bodies whose names hold the word, or none, the word names no one; a deed states no position.
"""

from __future__ import annotations

from tests.pipeline.position_support import described, held_by
from tests.pipeline.test_positions import reads_as

# http://myanmarlibrary.org/reg.burma/archives/199702/msg00029.html
GUERILLAS = ("Rebel ethnic Karen guerillas operating along the south-eastern border with Thailand yesterday rejected the "
             "latest peace overture from Myanmar's military government. General Bo Mya, leader of the rebel Karen "
             "National Union (KNU), told Reuters that the offer was rejected because Yangon had insisted that the KNU "
             "lay down its arms for talks to progress.")

# https://sudantribune.com/article1579
COMMUNIQUE = ("The government delegation and the Sudan Liberation Movement/Army (SLM/A) in Darfur have signed a joint "
              "communique at the end of the second round of the Abeche talks. The communique endorsed the continuity of "
              "a cease-fire and ending of all hostilities.")

# http://myanmarlibrary.org/reg.burma/archives/199702/msg00029.html (a deed: no position)
RIVALS = ("Last week the KNU and its rival, the Democratic Karen Buddhist Army -- a splinter group backed by the "
          "Myanmar government -- engaged in heavy fighting that left thousands of refugee Karens homeless.")


def test_a_peoples_fighters_are_the_one_named_group_of_that_people(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(GUERILLAS, published="1997-02-02")
    assert reads_as(ex, "Karen National Union", "latest peace overture", "reject"), described(ex)


def test_the_text_issued_before_is_its_signers(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(COMMUNIQUE, published="2003-11-04")
    assert reads_as(ex, "Sudan Liberation Movement/Army", "continuity of a cease-fire", "support"), described(ex)


def test_a_deed_between_two_karen_bodies_states_no_position(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(RIVALS, published="1997-02-02")
    assert not ex.positions, described(ex)
    assert not held_by(ex, "Karen"), described(ex)
