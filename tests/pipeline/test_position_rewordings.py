"""One position per side: a state and its government officials holding one stance are one position.

The positions are those of the TASS report of 2025-05-27 (https://tass.com/world/1964125): "Turkey is ready to host
talks between Russia and Ukraine at any time, Foreign Minister Hakan Fidan said", and his "we are prepared to do so at
any time". The scorer lets a state and its officials stand for each other, so the official's restatement of the
state's stance is one fact, not two.
"""

from __future__ import annotations

from parley.models import Actor, Position
from parley.pipeline.extensions import ActorTable
from parley.pipeline.position_rewordings import one_per_side

TABLE = ActorTable(actors={
    "tur": Actor(id="tur", name="Turkey", type="state", country="TUR", sector="GOV"),
    "fidan": Actor(id="fidan", name="Hakan Fidan", type="person", country="TUR", sector="GOV", role="Foreign Minister"),
    "rus": Actor(id="rus", name="Russia", type="state", country="RUS", sector="GOV"),
    "lavrov": Actor(id="lavrov", name="Sergey Lavrov", type="person", country="RUS", sector="GOV"),
})


def _position(holder: str, issue: str, stance: str = "willing") -> Position:
    return Position(holder=holder, issue=issue, stance=stance, span=(0, 10))  # type: ignore[arg-type]


def test_official_restating_the_states_stance_is_one_position() -> None:
    kept = one_per_side([_position("tur", "host talks between Russia and Ukraine"),
                         _position("fidan", "host talks between Russia and Ukraine at any time")], TABLE)
    assert [p.holder for p in kept] == ["tur"]


def test_other_issues_polarity_and_sides_are_kept() -> None:
    positions = [_position("tur", "host talks between Russia and Ukraine"),
                 _position("fidan", "a ceasefire", "demand"),  # another issue
                 _position("fidan", "host talks between Russia and Ukraine", "reject"),  # the other polarity
                 _position("lavrov", "host talks between Russia and Ukraine")]  # another state's official
    assert one_per_side(positions, TABLE) == positions
