"""Extraction throughput and peak memory on the sample corpus, against the bare spaCy pipeline.

    python benchmarks/extraction_speed.py [--repeat N] [--corpus DIR]

Each mode runs in its own process (so peak RSS is its own), over the same texts, in the same run:
``spacy`` is the bare pipeline parley builds on (spacy.load + nlp.pipe); ``parley`` adds parley's
stages. The ratios are what to compare across machines; absolute numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _texts(corpus: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]


def _run(mode: str, corpus: Path, repeat: int) -> dict:
    """Time one mode inside this process; called in a child process."""
    import spacy

    from parley.pipeline import build_nlp
    from parley.settings import Settings

    texts = _texts(corpus) * repeat
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    nlp = spacy.load(Settings().spacy_model) if mode == "spacy" else build_nlp(Settings())
    load = time.perf_counter() - t0
    nlp("Warm-up sentence: the delegations met in Istanbul.")
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    elapsed = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "docs": len(texts), "words": words, "seconds": elapsed, "load_seconds": load,
            "docs_per_s": len(texts) / elapsed, "words_per_s": words / elapsed, "peak_mb": peak_mb}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--repeat", type=int, default=3, help="how many times to run over the corpus")
    ap.add_argument("--child", choices=["spacy", "parley"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_run(args.child, args.corpus, args.repeat)))
        return 0
    results = {}
    for mode in ("spacy", "parley"):
        proc = subprocess.run([sys.executable, __file__, "--child", mode, "--corpus", str(args.corpus),
                               "--repeat", str(args.repeat)], capture_output=True, text=True, check=True)
        results[mode] = json.loads(proc.stdout.strip().splitlines()[-1])
    base, ours = results["spacy"], results["parley"]
    print(f"corpus: {args.corpus} x{args.repeat} = {base['docs']} articles, {base['words']:,} words")
    print(f"{'':8s} {'articles/s':>11s} {'words/s':>9s} {'peak MB':>8s} {'load s':>7s}")
    for r in (base, ours):
        print(f"{r['mode']:8s} {r['docs_per_s']:11.1f} {r['words_per_s']:9.0f} {r['peak_mb']:8.0f} {r['load_seconds']:7.2f}")
    print(f"ratio parley/spacy: throughput {ours['docs_per_s'] / base['docs_per_s']:.2f}x, "
          f"peak memory {ours['peak_mb'] / base['peak_mb']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
