"""Shared by the position tests: issue words compared as the scorer compares them, and positions by holder."""

from __future__ import annotations

import re

import pytest

from parley.models import Extraction, Position

NEGATIVE = {"oppose", "reject"}


def issue_words(s: str) -> list[str]:
    """Lower-cased words, with U.N./U.S. folded as the scorer folds them."""
    return re.sub(r"[^\w\s]", " ", s.lower().replace("u.n.", "un").replace("u.s.", "us")).split()


def issue_overlap(a: str, b: str) -> float:
    """Token F1 of two issue phrases."""
    wa, wb = issue_words(a), issue_words(b)
    hit = sum(min(wa.count(w), wb.count(w)) for w in set(wb))
    return 2 * hit / (len(wa) + len(wb)) if wa and wb else 0.0


def held_by(ex: Extraction, holder: str) -> list[Position]:
    """The positions whose holder's name or alias contains one of the "|"-separated names."""
    def names(p: Position) -> list[str]:
        actor = ex.actor(p.holder)
        return [n.lower() for n in ((actor.name, *actor.aliases) if actor else (p.holder,))]
    return [p for p in ex.positions if any(h.lower() in n for h in holder.split("|") for n in names(p))]


def XFAIL(reason: str) -> pytest.MarkDecorator:  # noqa: N802 - reads as the mark it makes
    """A case the code does not read yet, with the reason."""
    return pytest.mark.xfail(strict=False, reason=reason)


def on_issue(issue: str, text: str) -> bool:
    """Whether a position's issue text matches one of the "|"-separated expected issues (token F1 >= 0.5)."""
    return max(issue_overlap(i, text) for i in issue.split("|")) >= 0.5


def holds(ex: Extraction, holder: str, issue: str, stance: str) -> bool:
    """Whether one of the "|"-separated holders holds the issue with the polarity of ``stance``, as the scorer counts."""
    return any(on_issue(issue, p.issue) and (stance in NEGATIVE) == (p.stance in NEGATIVE) for p in held_by(ex, holder))


def described(ex: Extraction) -> list[tuple[str, str, str]]:
    """(holder name, stance, issue) of every position, for assertion messages."""
    return [(a.name if (a := ex.actor(p.holder)) else p.holder, p.stance, p.issue) for p in ex.positions]
