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


def coded_parties(ex: Extraction) -> list[tuple[str, str, str | None, list[str], list[str]]]:
    """What was coded, with the first name of each party, for assertion messages."""
    return [(e.type, e.status, e.trigger, [n[0] for n in party_names(ex, e.actors)],
             [n[0] for n in party_names(ex, e.targets)]) for e in ex.events]


def found_named(ex: Extraction, types: str, actor: str, target: str | None, status: str | None = None) -> bool:
    """Whether an event of one of the "|"-separated types (and this status) has an actor (and a target) named
    by one of the "|"-separated alternatives."""
    return any(e.type in types.split("|") and named(actor, party_names(ex, e.actors))
               and (target is None or named(target, party_names(ex, e.targets)))
               and (status is None or e.status == status) for e in ex.events)


def holds(ex: Extraction, check: tuple[str, str | None, str | None]) -> bool:
    """A check (type, actor, target): an event that occurred; "-TYPE" or "-TYPE:status" is not coded (for this
    actor, when one is given)."""
    type_, actor, target = check
    if type_.startswith("-"):
        absent, _, status = type_[1:].partition(":")
        return not [e for e in ex.events if e.type == absent and (not status or e.status == status)
                    and (actor is None or named(actor, party_names(ex, e.actors)))]
    return actor is not None and found_named(ex, type_, actor, target, "occurred")
