"""Positions round 24: an infinitive asked not to be done ("urged Israel not to invade Rafah") is opposed, not
demanded; "not to" a harm done to something ("committed not to compromise the security of ...", the dev article
bgnes-myanmar-kunming-ceasefire-2024-01) keeps its support (``harm_verbs``).
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import described, holds

CASES = [
    pytest.param(
        # https://www.tag24.com/topic/israel-war/un-warns-israeli-offensive-in-rafah-would-be-unbearable-as-netanyahu-vows-to-attack-3175240
        "United Nations chief Antonio Guterres on Tuesday urged Israel not to invade southern Gaza's Rafah city after the "
        "Israeli prime minister said an offensive would go forward regardless of a pending hostage deal with Hamas.",
        "Guterres", "invade Rafah city", "oppose", id="tag24-not-to-invade"),
    pytest.param(
        # https://sputnikglobe.com/amp/20240503/more-than-50-us-lawmakers-urge-biden-to-dissuade-israeli-offensive-in-rafah---letter-1118233549.html
        "European Union foreign policy chief Josep Borrell also urged Israel not to launch an offensive in Rafah.",
        "Borrell", "offensive in Rafah", "oppose", id="sputnik-not-to-launch"),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), CASES)
def test_positions_round24_not_to(run, text, holder, issue, stance) -> None:  # type: ignore[no-untyped-def]
    ex = run(text)
    assert holds(ex, holder, issue, stance), described(ex)
    assert not holds(ex, holder, issue, "demand" if stance == "oppose" else "oppose"), described(ex)
