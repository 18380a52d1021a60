"""Why items were missed or spurious: counts per kind of error, for choosing what to work on.

A missed gold item is set beside the spurious predictions of its document and put in the first
kind it fits: a quote found with another speaker is a "speaker differs", an event whose type and
actors were found but whose target differs is a "target differs", a figure whose value was found
under another measure is a "measure differs", and so on. What fits no kind is "not found". Spurious predictions that no missed item claimed are
counted by their type, measure or stance. Only counts leave this module, so a held-out split can
be inspected without anyone reading its articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from parley.evaluation.scoring import (
    NEGATIVE_STANCES,
    POSITIVE_STANCES,
    ActorNames,
    DocumentScore,
    _any_same,
    token_f1,
)

Item = dict[str, Any]
Rule = tuple[str, Callable[[Item, Item], bool]]


def _close(g: Any, p: Any) -> bool:
    try:
        gv, pv = float(g), float(p)
    except (TypeError, ValueError):
        return False
    return abs(gv - pv) <= 0.005 * max(abs(gv), 1.0)


def _polarity(stance: Any) -> str:
    return "positive" if stance in POSITIVE_STANCES else "negative" if stance in NEGATIVE_STANCES else "none"


def _classify(missed: list[Item], spurious: list[Item], rules: list[Rule], label: Callable[[Item], str],
              counts: Counter[str]) -> None:
    """Put each missed item in the first kind a still-unclaimed spurious item shows; count the rest."""
    left = list(spurious)
    for g in missed:
        for kind, fits in rules:
            hit = next((p for p in left if fits(g, p)), None)
            if hit is not None:
                left.remove(hit)
                counts[f"missed: {kind}"] += 1
                break
        else:
            counts["missed: not found"] += 1
    for p in left:
        counts[f"spurious: {label(p)}"] += 1


def error_kinds(gold: Item, pred: Item, doc: DocumentScore) -> dict[str, Counter[str]]:
    """Counts of error kinds per category (quotes, figures, events, positions) for one scored document."""
    ga, pa = ActorNames(gold.get("actors") or []), ActorNames(pred.get("actors") or [])

    def same(key: str) -> Callable[[Item, Item], bool]:
        return lambda g, p: not g.get(key) or _any_same(g[key], p.get(key), ga, pa)

    def typed(g: Item, p: Item) -> bool:
        return p.get("type") in {g.get("type")} | set(g.get("alt_types") or [])

    actors_ok, targets_ok = same("actors"), same("targets")
    event_rules: list[Rule] = [
        ("target differs", lambda g, p: typed(g, p) and actors_ok(g, p) and not targets_ok(g, p)),
        ("actor differs", lambda g, p: typed(g, p) and not actors_ok(g, p) and targets_ok(g, p)),
        ("type differs", lambda g, p: not typed(g, p) and actors_ok(g, p) and targets_ok(g, p)),
        ("actor and target differ", lambda g, p: typed(g, p) and not actors_ok(g, p) and not targets_ok(g, p)),
    ]

    def issue(g: Item, p: Item) -> float:
        return max(token_f1(i, p.get("issue")) for i in [g.get("issue"), *(g.get("alt_issues") or [])])

    def holder_ok(g: Item, p: Item) -> bool:
        return _any_same([g.get("holder")], [p.get("holder")], ga, pa)

    def polarity_ok(g: Item, p: Item) -> bool:
        return _polarity(g.get("stance")) == _polarity(p.get("stance"))

    position_rules: list[Rule] = [
        ("holder differs", lambda g, p: not holder_ok(g, p) and issue(g, p) >= 0.5 and polarity_ok(g, p)),
        ("issue differs", lambda g, p: holder_ok(g, p) and 0 < issue(g, p) < 0.5 and polarity_ok(g, p)),
        ("stance differs", lambda g, p: holder_ok(g, p) and issue(g, p) >= 0.5 and not polarity_ok(g, p)),
        ("issue unrelated, holder right", lambda g, p: holder_ok(g, p) and issue(g, p) == 0),
    ]
    figure_rules: list[Rule] = [
        ("measure differs", lambda g, p: _close(g.get("value"), p.get("value"))),
        ("value differs, measure right", lambda g, p: g.get("measure") == p.get("measure")),
    ]
    def speaker_ok(g: Item, p: Item) -> bool:
        return _any_same([g.get("speaker")], [p.get("speaker")], ga, pa)

    def overlap(g: Item, p: Item) -> float:
        return token_f1(g.get("text"), p.get("text"))

    quote_rules: list[Rule] = [
        ("speaker differs", lambda g, p: overlap(g, p) >= 0.6 and not speaker_ok(g, p)),
        ("text cut differently", lambda g, p: 0.3 <= overlap(g, p) < 0.6),
    ]

    def quote_label(p: Item) -> str:
        return "no speaker" if not p.get("speaker") else "quote"

    plans: dict[str, tuple[list[Rule], Callable[[Item], str]]] = {
        "quotes_direct": (quote_rules, quote_label),
        "quotes_reported": (quote_rules, quote_label),
        "events": (event_rules, lambda p: str(p.get("type"))),
        "positions": (position_rules, lambda p: str(p.get("stance"))),
        "figures": (figure_rules, lambda p: str(p.get("measure"))),
    }
    out: dict[str, Counter[str]] = {}
    for category, (rules, label) in plans.items():
        counts: Counter[str] = Counter()
        _classify(doc.missed.get(category, []), doc.spurious.get(category, []), rules, label, counts)
        out[category] = counts
    return out


def error_summary(per_document: Iterable[dict[str, Counter[str]]]) -> dict[str, dict[str, int]]:
    """The error counts of many documents added up, largest first."""
    totals: dict[str, Counter[str]] = {}
    for kinds in per_document:
        for category, counts in kinds.items():
            totals.setdefault(category, Counter()).update(counts)
    return {c: dict(sorted(t.items(), key=lambda kv: (-kv[1], kv[0]))) for c, t in totals.items()}
