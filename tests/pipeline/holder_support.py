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
