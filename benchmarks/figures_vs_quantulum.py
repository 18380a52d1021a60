"""Parley's figures beside quantulum3's quantities on the seed and the development gold articles.

    .venv/bin/python benchmarks/figures_vs_quantulum.py [GOLD_DIR ...]

quantulum3 (``pip install -e '.[bench]'``) finds every quantity and its unit but not what is counted,
so both are scored on values alone (a prediction is right when a gold figure has the same value within
0.5 %, as ``score.py`` matches them); parley is also scored on value and measure together. Optional
gold figures neither count for nor against either. Prints one line per gold sentence with what each
found, then precision and recall, measured in this run.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = [ROOT.parent / "shared" / "eval", ROOT / "gold" / "dev"]


def _pairs(gold_dir: Path) -> list[tuple[dict, str, dict]]:
    """(gold, text, meta) for each gold file with its text beside it or under docs/."""
    out = []
    for gold_path in sorted((gold_dir / "gold" if (gold_dir / "gold").is_dir() else gold_dir).glob("*.json")):
        if gold_path.name.endswith(".meta.json"):
            continue
        stem = gold_path.stem
        text_path = next((p for p in (gold_path.with_suffix(".txt"), gold_dir / "docs" / f"{stem}.txt") if p.exists()),
                         None)
        if text_path is None:
            continue
        meta_path = text_path.with_name(f"{stem}.meta.json")
        meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
        out.append((json.loads(gold_path.read_text()), text_path.read_text(encoding="utf-8"), meta))
    return out


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(abs(a), 1.0)


class Tally:
    """Greedy one-to-one matching of predictions to gold figures, optional golds neutral."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, golds: list[dict], preds: list[tuple[float, str | None]], with_measure: bool) -> None:
        used: set[int] = set()
        for value, measure in preds:
            hit = next((i for i, g in enumerate(golds) if i not in used and _same(float(g["value"]), value)
                        and (not with_measure or g.get("measure") == measure)), None)
            if hit is None:
                self.fp += 1
                continue
            used.add(hit)
            self.tp += 0 if golds[hit].get("optional") else 1
        self.fn += sum(1 for i, g in enumerate(golds) if i not in used and not g.get("optional"))

    def line(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:34s} P={p:.3f} R={r:.3f} F1={f:.3f} (tp={self.tp} fp={self.fp} fn={self.fn})"


def main(argv: list[str]) -> int:
    warnings.filterwarnings("ignore")
    try:
        from quantulum3 import classifier as quantulum_classifier
        from quantulum3 import parser as quantulum
    except ImportError:
        print("quantulum3 is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 1
    # quantulum3's unit classifier is a pickle of an older scikit-learn, which textacy's newer one cannot
    # load; its heuristic disambiguation is used instead (it only chooses between units, and only
    # dimensionless quantities are compared here)
    quantulum_classifier.USE_CLF = False
    from parley import extract

    dirs = [Path(a) for a in argv] or DEFAULT_GOLD
    parley_values, parley_measures, quantulum_values = Tally(), Tally(), Tally()
    for gold_dir in dirs:
        for gold, text, meta in _pairs(gold_dir):
            known = {k: meta.get(k) for k in ("id", "published", "source", "title")}
            ex = extract(text, **known)
            mine = [(f.value, f.measure) for f in ex.figures]
            theirs = [(float(q.value), None) for q in quantulum.parse(text) if q.unit.name == "dimensionless"]
            golds = gold.get("figures") or []
            parley_values.add(golds, mine, with_measure=False)
            parley_measures.add(golds, mine, with_measure=True)
            quantulum_values.add(golds, theirs, with_measure=False)
            print(f"== {meta.get('id', gold_dir.name)}: {len(golds)} gold, parley {len(mine)}, "
                  f"quantulum3 {len(theirs)} dimensionless quantities")
            for g in golds:
                p = next((f"{m}" for v, m in mine if _same(v, float(g['value']))), "-")
                q = "found" if any(_same(v, float(g["value"])) for v, _ in theirs) else "-"
                flag = " (optional)" if g.get("optional") else ""
                print(f"   {g['value']:>12,.0f} {g['measure']:22s} parley: {p:22s} quantulum3: {q}{flag}")
    print()
    print(parley_values.line("parley, value only"))
    print(parley_measures.line("parley, value and measure"))
    print(quantulum_values.line("quantulum3, value only"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
