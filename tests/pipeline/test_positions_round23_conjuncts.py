"""Positions round 23 (conjuncts): several stances under one subject.

- A verb conjoined to a negated one keeps its own sense when it has a tense of its own ("did not favour snap polls and
  asked both sides to make compromises": the call is a demand, not a denied one).
- Bare verbs the parser hangs on the cue verb after a comma ("urged rebels to halt their military offensive, withdraw
  from cities ..., and take part in negotiations") are actions of one list, each demanded.
- A stance in the second of two verbs sharing one subject is read ("halted their advance ... and said they were
  prepared to enter into peace talks"); a deed alone states none.
"""

from __future__ import annotations

from tests.pipeline.position_support import NEGATIVE, described, held_by
from tests.pipeline.test_positions import reads_as

# https://business-standard.com/amp/article/economy-policy/nasheed-snubs-us-compromise-call-unity-govt-in-maldives-112021300058_1.html
BLAKE = ("US Assistant Secretary of State Robert Blake said he did not favour snap polls and asked both sides to make "
         "compromises.")

# https://www.arkansasonline.com/news/2013/jan/05/rebels-central-african-republic-seize-another-town/
COUNCIL = ("The U.N. Security Council urged rebels in the Central African Republic on Friday to halt their military "
           "offensive, withdraw from cities they have seized, and take part in negotiations to find a political "
           "solution.")

# http://www.bostonglobe.com/news/world/2013/01/03/rebels-central-african-republic-signal-they-are-prepared-enter-peace-talks/DGgzQY3ElteiAW6pqVENUL/story.html
HALTED = ("Rebel forces halted their advance on Bangui, the capital of the Central African Republic, on Wednesday and "
          "said they were prepared to enter into peace talks with the government.")

# https://m.naharnet.com/stories/en/67164-central-african-rebels-capture-two-more-towns (a deed: no position)
SEIZED = "The Seleka alliance rebels took Alindao town Saturday morning."


def test_negation_does_not_spill_onto_a_conjoined_verb_of_its_own_tense(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(BLAKE, published="2012-02-13")
    assert reads_as(ex, "Blake", "make compromises", "demand"), described(ex)
    assert reads_as(ex, "Blake", "snap polls", "oppose"), described(ex)


def test_bare_actions_after_a_comma_are_each_demanded(run) -> None:  # type: ignore[no-untyped-def]
    # one cue ("urged"), three actions: one issue that holds each (docs/annotation.md §5, conjoined issues under one cue)
    ex = run(COUNCIL, published="2013-01-05")
    assert reads_as(ex, "Security Council", "halt their military offensive, withdraw from cities they have seized, and "
                    "take part in negotiations", "demand"), described(ex)
    assert [p.issue for p in ex.positions if "offensive" in p.issue and "withdraw" in p.issue and "negotiations" in p.issue], \
        described(ex)


def test_a_stance_in_the_second_verb_of_one_subject(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(HALTED, published="2013-01-03")
    assert any(p.stance == "willing" and "peace talks" in p.issue for p in ex.positions), described(ex)
    assert not any(p.stance in NEGATIVE for p in ex.positions), described(ex)


def test_a_deed_alone_states_no_position(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(SEIZED, published="2013-01-05")
    assert not ex.positions, described(ex)
    assert not held_by(ex, "Seleka"), described(ex)
