"""Positions round 22 (holders): "his government" of an official whose state the report does not name.

A person's "his/her government" is their state; where the report names none, the official himself holds the stance,
never an armed group named before ("M23 ... Foreign Minister Raymond Tshibanda says his government does not want the
group to survive": Tshibanda's stance, not M23's).
"""

from __future__ import annotations

from tests.pipeline.position_support import NEGATIVE, described, held_by

# https://voa.pangea-cms.com/preview/en-US/a/drc_no_negotiation_with_m23_rebels/1483091.html (VOA, 2012)
M23 = ("M23 originated as another rebel group that was integrated into the army in 2009.\n"
       "Foreign Minister Raymond Tshibanda says his government does not want the group to survive or its actions to "
       "continue, so there is nothing to discuss or negotiate.")


def test_his_government_is_the_official_not_the_group_before(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(M23, published="2012-08-02")
    assert any(p.stance in NEGATIVE for p in held_by(ex, "Tshibanda")), described(ex)
    assert not held_by(ex, "M23"), described(ex)
