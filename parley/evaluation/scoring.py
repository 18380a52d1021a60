"""Scoring extractions against gold annotations, by the rules of the extraction contract.

The rules (CONTRACT.md, "Scoring") in short: items are paired one to one, best match first;
optional gold items neither count when matched nor miss when not; precision, recall and F1 are
micro-averaged over documents and ``overall`` is the mean F1 of the categories. The results must
equal those of the project's reference scorer on the same files (a test checks this).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

CATEGORIES = ("actors", "quotes_direct", "quotes_reported", "figures", "events", "positions")
POSITIVE_STANCES = {"support", "offer", "willing", "demand"}
NEGATIVE_STANCES = {"oppose", "reject"}
SCORED_ACTOR_TYPES = {"person", "organization", "state", "group"}
GOVERNMENT_SECTORS = ("GOV", "MIL")

Item = dict[str, Any]
NameSet = tuple[set[str], str]


def fold(s: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form of a name; a leading article is dropped."""
    if not s:
        return ""
    s = s.replace("ı", "i").replace("İ", "I")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
    s = s.replace("u.n.", "un").replace("u.s.", "us")
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    return " ".join(s.split())


def token_f1(a: str | None, b: str | None) -> float:
    """Bag-of-words F1 of two folded texts."""
    ta, tb = fold(a).split(), fold(b).split()
    if not ta or not tb:
        return 0.0
    left: dict[str, int] = {}
    for t in ta:
        left[t] = left.get(t, 0) + 1
    hit = 0
    for t in tb:
        if left.get(t, 0):
            left[t] -= 1
            hit += 1
    if not hit:
        return 0.0
    p, r = hit / len(tb), hit / len(ta)
    return 2 * p * r / (p + r)


class ActorNames:
    """Actor ids (or bare names) of one document to their folded names and type."""

    def __init__(self, actors: Iterable[Item]) -> None:
        self.by_id = {a.get("id"): a for a in actors if isinstance(a, dict)}

    def names(self, ref: Any) -> NameSet:
        if isinstance(ref, dict):
            actor = ref
        elif ref in self.by_id:
            actor = self.by_id[ref]
        elif isinstance(ref, str):
            return {fold(ref)} - {""}, ""
        else:
            return set(), ""
        names = {fold(actor.get("name"))} | {fold(x) for x in actor.get("aliases") or []}
        return names - {""}, actor.get("type") or ""


def same_actor(a: NameSet, b: NameSet) -> bool:
    """A shared name or alias, or, for persons, a shared last name of three letters or more."""
    (na, ta), (nb, tb) = a, b
    if not na or not nb:
        return False
    if na & nb:
        return True
    if "person" in (ta, tb) and ta in ("person", "") and tb in ("person", ""):
        last_a = {n.split()[-1] for n in na if len(n.split()[-1]) > 2}
        last_b = {n.split()[-1] for n in nb if len(n.split()[-1]) > 2}
        return bool(last_a & last_b)
    return False


def _any_same(gold_refs: Any, pred_refs: Any, gold: ActorNames, pred: ActorNames) -> bool:
    return any(same_actor(gold.names(g), pred.names(p)) for g in gold_refs or [] for p in pred_refs or [])


def same_place(g: Any, p: Any) -> bool:
    fg, fp = fold(g), fold(p)
    return bool(fg and fp and (fg == fp or fg in fp.split() or fp in fg.split()))


def same_date(g: Any, p: Any) -> bool:
    if not g or not p:
        return False
    g, p = str(g), str(p)
    if g.startswith("--"):
        return p.endswith(g[1:]) or p == g
    return p == g


def same_source(g: Any, p: Any) -> bool:
    golds = g if isinstance(g, list) else [g]
    preds = p if isinstance(p, list) else [p]
    gold_names = [x for x in map(fold, golds) if x]
    return any(gs == ps or gs in ps or ps in gs for ps in map(fold, preds) if ps for gs in gold_names)


def pair_up(gold: list[Item], pred: list[Item], score: Callable[[Item, Item], float]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index), best score first, then required gold items."""
    candidates = sorted(
        (-s, bool(g.get("optional")), i, j)
        for i, g in enumerate(gold) for j, p in enumerate(pred) if (s := score(g, p)) > 0
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


@dataclass
class Tally:
    """Counts of one category, over any number of documents."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    checks: dict[str, list[int]] = field(default_factory=dict)

    def add(self, gold: list[Item], pred: list[Item], pairs: list[tuple[int, int]],
            ok: Callable[[Item, Item], bool] = lambda g, p: True) -> None:
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        for i, j in pairs:
            if gold[i].get("optional"):
                continue
            if ok(gold[i], pred[j]):
                self.tp += 1
            else:
                self.fp += 1
                self.fn += 1
        self.fn += sum(1 for i, g in enumerate(gold) if i not in matched_g and not g.get("optional"))
        self.fp += sum(1 for j in range(len(pred)) if j not in matched_p)

    def check(self, name: str, hit: bool) -> None:
        counts = self.checks.setdefault(name, [0, 0])
        counts[0] += int(bool(hit))
        counts[1] += 1

    def merge(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        for k, (h, n) in other.checks.items():
            mine = self.checks.setdefault(k, [0, 0])
            mine[0] += h
            mine[1] += n

    def result(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out: dict[str, Any] = {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(p, 4),
                               "recall": round(r, 4), "f1": round(f, 4)}
        for k, (h, n) in self.checks.items():
            out[k] = round(h / n, 4) if n else None
        return out


@dataclass
class DocumentScore:
    """The tallies of one document, and the items that were missed or spurious."""

    name: str
    tallies: dict[str, Tally]
    missed: dict[str, list[Item]] = field(default_factory=dict)
    spurious: dict[str, list[Item]] = field(default_factory=dict)

    def f1(self) -> float:
        """Mean F1 over the categories this document has items in."""
        scores = [t.result()["f1"] for t in self.tallies.values() if t.tp + t.fp + t.fn]
        return sum(scores) / len(scores) if scores else 1.0


def _record(doc: DocumentScore, key: str, gold: list[Item], pred: list[Item], pairs: list[tuple[int, int]],
            ok: Callable[[Item, Item], bool] = lambda g, p: True) -> None:
    doc.tallies[key].add(gold, pred, pairs, ok)
    matched_g = {i for i, j in pairs if ok(gold[i], pred[j])}
    matched_p = {j for i, j in pairs if ok(gold[i], pred[j]) or gold[i].get("optional")}
    doc.missed[key] = [g for i, g in enumerate(gold) if i not in matched_g and not g.get("optional")]
    doc.spurious[key] = [p for j, p in enumerate(pred) if j not in matched_p]


def score_document(name: str, gold: Item, pred: Item) -> DocumentScore:
    """Score one document's prediction against its gold annotation."""
    doc = DocumentScore(name, {c: Tally() for c in CATEGORIES})
    ga, pa = ActorNames(gold.get("actors") or []), ActorNames(pred.get("actors") or [])

    g_act = [a for a in gold.get("actors") or [] if a.get("type") in SCORED_ACTOR_TYPES]
    p_act = [a for a in pred.get("actors") or [] if a.get("type") in SCORED_ACTOR_TYPES | {None, ""}]

    def actor_score(g: Item, p: Item) -> float:
        if not same_actor(ga.names(g), pa.names(p)):
            return 0.0
        return 1.5 if fold(g.get("name")) == fold(p.get("name")) else 1.0

    _record(doc, "actors", g_act, p_act, pair_up(g_act, p_act, actor_score))

    def speaker_ok(g: Item, p: Item) -> bool:
        return same_actor(ga.names(g.get("speaker")), pa.names(p.get("speaker")))

    for direct, key in ((True, "quotes_direct"), (False, "quotes_reported")):
        gq = [q for q in gold.get("quotes") or [] if bool(q.get("direct")) == direct]
        pq = [q for q in pred.get("quotes") or [] if bool(q.get("direct")) == direct]
        pairs = pair_up(gq, pq, lambda g, p: s if (s := token_f1(g.get("text"), p.get("text"))) >= 0.6 else 0.0)
        _record(doc, key, gq, pq, pairs, speaker_ok)
        for i, j in pairs:
            if not gq[i].get("optional"):
                doc.tallies[key].check("found_quote_rate", True)
                doc.tallies[key].check("speaker_accuracy", speaker_ok(gq[i], pq[j]))

    gf, pf = gold.get("figures") or [], pred.get("figures") or []

    def figure_score(g: Item, p: Item) -> float:
        try:
            gv, pv = float(g["value"]), float(p["value"])
        except (KeyError, TypeError, ValueError):
            return 0.0
        close = abs(gv - pv) <= 0.005 * max(abs(gv), 1.0)
        return 1.0 if close and g.get("measure") == p.get("measure") else 0.0

    pairs = pair_up(gf, pf, figure_score)
    _record(doc, "figures", gf, pf, pairs)
    for i, j in pairs:
        if gf[i].get("optional"):
            continue
        if gf[i].get("source"):
            doc.tallies["figures"].check("source_accuracy", same_source(gf[i]["source"], pf[j].get("source")))
        if gf[i].get("qualifier"):
            doc.tallies["figures"].check("qualifier_accuracy", gf[i]["qualifier"] == pf[j].get("qualifier"))

    ge, pe = gold.get("events") or [], pred.get("events") or []

    def event_score(g: Item, p: Item) -> float:
        if p.get("type") not in {g.get("type")} | set(g.get("alt_types") or []):
            return 0.0
        if g.get("actors") and not _any_same(g["actors"], p.get("actors"), ga, pa):
            return 0.0
        if g.get("targets") and not _any_same(g["targets"], p.get("targets"), ga, pa):
            return 0.0
        return 1.0 + 0.1 * same_place(g.get("place"), p.get("place"))

    pairs = pair_up(ge, pe, event_score)
    _record(doc, "events", ge, pe, pairs)
    for i, j in pairs:
        if ge[i].get("optional"):
            continue
        if ge[i].get("place"):
            doc.tallies["events"].check("place_accuracy", same_place(ge[i]["place"], pe[j].get("place")))
        if ge[i].get("date"):
            doc.tallies["events"].check("date_accuracy", same_date(ge[i]["date"], pe[j].get("date")))

    gold_actors = [a for a in gold.get("actors") or [] if isinstance(a, dict)]

    def holders(ref: Any) -> list[Any]:
        """A government's stance may be credited to the state or to its officials, either way."""
        refs = list(ref) if isinstance(ref, list) else [ref]
        for r in list(refs):
            a = ga.by_id.get(r)
            if not a or not a.get("country"):
                continue
            if a.get("type") == "state":
                refs += [b["id"] for b in gold_actors if b.get("country") == a["country"]
                         and b.get("sector") in GOVERNMENT_SECTORS
                         and b.get("type") in ("person", "organization", "group")]
            elif a.get("sector") in GOVERNMENT_SECTORS:
                refs += [b["id"] for b in gold_actors if b.get("country") == a["country"] and b.get("type") == "state"]
        return refs

    def position_score(g: Item, p: Item) -> float:
        if not _any_same(holders(g.get("holder")), [p.get("holder")], ga, pa):
            return 0.0
        s = max(token_f1(i, p.get("issue")) for i in [g.get("issue"), *(g.get("alt_issues") or [])])
        if s < 0.5:
            return 0.0
        gs, ps = g.get("stance"), p.get("stance")
        agree = (gs in POSITIVE_STANCES and ps in POSITIVE_STANCES) or (gs in NEGATIVE_STANCES and ps in NEGATIVE_STANCES)
        return s if agree else 0.0

    gp, pp = gold.get("positions") or [], pred.get("positions") or []
    _record(doc, "positions", gp, pp, pair_up(gp, pp, position_score))
    return doc


def summarize(documents: Iterable[DocumentScore], only: Iterable[str] = CATEGORIES) -> dict[str, Any]:
    """Micro-averaged results per category and the overall mean F1."""
    totals = {c: Tally() for c in CATEGORIES}
    for d in documents:
        for c, t in d.tallies.items():
            totals[c].merge(t)
    result: dict[str, Any] = {c: totals[c].result() for c in CATEGORIES}
    chosen = list(only)
    result["overall"] = round(sum(result[c]["f1"] for c in chosen) / len(chosen), 4)
    return result
