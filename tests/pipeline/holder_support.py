"""Shared helpers of the position-holder check sets: whether a holder fits an expected name, and what was held."""

from __future__ import annotations

from parley.models import Actor, Extraction


def fits(actor: Actor | None, name: str) -> bool:
    """``name`` is in the actor's name; "@REB" is any armed group."""
    if actor is None:
        return False
    if name == "@REB":
        return actor.type == "group" or actor.sector == "REB"
    return name.lower() in actor.name.lower()


def held(ex: Extraction) -> list[tuple[str, str, str]]:
    """(holder name, issue, stance) of every position, for assertion messages."""
    return [(a.name if (a := ex.actor(p.holder)) else p.holder, p.issue, p.stance) for p in ex.positions]


def check(ex: Extraction, expected: list, forbidden: list[str]) -> None:
    """Each (holder names, issue word, "+" or "-") is held with that polarity, and no holder whose name contains
    one in ``forbidden`` holds any of those issues."""
    for names, word, sign in expected:
        assert any(any(fits(ex.actor(p.holder), n) for n in names) and word.lower() in p.issue.lower()
                   and (p.stance in ("oppose", "reject")) == (sign == "-") for p in ex.positions), (names, word, held(ex))
    words = [w.lower() for _, w, _ in expected]
    for p in ex.positions:
        actor = ex.actor(p.holder)
        if actor is not None and (not words or any(w in p.issue.lower() for w in words)):
            assert not any(f.lower() in actor.name.lower() for f in forbidden), (actor.name, p.issue, held(ex))
