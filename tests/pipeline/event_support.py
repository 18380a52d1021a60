"""Shared by the event tests: the actors an event names, and what was coded for assertion messages."""

from __future__ import annotations

import re

from parley.models import Event, Extraction


def names(ex: Extraction, ids: tuple[str, ...] | list[str]) -> set[str]:
    """The names (lower-cased) of the actors with these ids."""
    return {a.name.lower() for i in ids if (a := ex.actor(i)) is not None}


def of_type(ex: Extraction, type_: str) -> list[Event]:
    """The events of one type."""
    return [e for e in ex.events if e.type == type_]


def coded(ex: Extraction) -> list[tuple[str, str, str, set[str], set[str]]]:
    """What was coded, for assertion messages."""
    return [(e.type, e.status, e.trigger, names(ex, e.actors), names(ex, e.targets)) for e in ex.events]


def has_event(ex: Extraction, type_: str, actor: str, target: str | None, status: str = "occurred") -> bool:
    """Whether an event of this type and status has an actor (and a target) whose name contains the words."""
    for e in of_type(ex, type_):
        if e.status != status or not any(actor.lower() in n for n in names(ex, e.actors)):
            continue
        if target is None or any(target.lower() in n for n in names(ex, e.targets)):
            return True
    return False


def assert_found(ex: Extraction, type_: str, actor: str, target: str | None, status: str) -> None:
    """The extraction codes an event of this type, actor, target and status."""
    assert has_event(ex, type_, actor, target, status), coded(ex)


def assert_absent(ex: Extraction, absent: str) -> None:
    """"TYPE" is not coded at all, "TYPE:status" not with that status."""
    type_, _, status = absent.partition(":")
    assert not [e for e in of_type(ex, type_) if not status or e.status == status], coded(ex)


def party_names(ex: Extraction, ids: tuple[str, ...] | list[str]) -> list[list[str]]:
    """For each actor with these ids, its name and aliases as written."""
    return [[a.name, *a.aliases] for i in ids if (a := ex.actor(i)) is not None]


def named(alternatives: str, parties: list[list[str]]) -> bool:
    """Whether one of the parties is named by one of the "|"-separated alternatives (short ones as written)."""
    for alt in alternatives.split("|"):
        short = len(alt) <= 4
        pattern = re.compile(r"\b" + re.escape(alt) + (r"\b" if short else ""), 0 if short else re.I)
        if any(pattern.search(n) for names in parties for n in names):
            return True
    return False
