"""Parley's quotes beside textacy's direct-quotation extractor, scored on the project's gold articles.

    .venv/bin/python benchmarks/quotes_vs_textacy.py [GOLD_DIR ...]     (default: gold/dev)

textacy (``pip install -e '.[bench]'``, textacy 0.13.0) extracts direct quotations with
``textacy.extract.triples.direct_quotations``: (speaker tokens, cue tokens, content span). Both
systems read the same spaCy parse of each article. Scoring follows the extraction contract: a
quote is found when its content has token F1 >= 0.6 with a gold quote's; it is attributed when the
speaker also names the gold speaker. textacy's speaker tokens are given the parley actor they
mention when there is one (so textacy profits from parley's name resolution) and are otherwise
compared as text; textacy resolves no pronoun. Speed: articles per second, textacy counted with
the spaCy parse it needs, parley with the parse and its actors and quotes stages.
Exits with status 2 when textacy is not installed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from parley.evaluation import gold_documents
from parley.evaluation.scoring import score_document, summarize
from parley.extract import document_info
from parley.pipeline import build_nlp

ROOT = Path(__file__).resolve().parent.parent
# Stages the quotes stage does not read: left out so that the speed compares like with like.
UNUSED = ("parley_figures", "parley_events", "parley_positions")
#: Articles textacy refused (unbalanced quotation marks): scored as finding no quote there.
BAILED_OUT: list[str] = []


def _actors(doc: Doc) -> list[dict[str, Any]]:
    return [a.model_dump(mode="json") for a in doc._.actors.actors.values()]


def parley_quotes(doc: Doc) -> list[dict[str, Any]]:
    """Parley's quotes of a processed document, in the contract's shape."""
    return [q.model_dump(mode="json") for q in doc._.quotes]


def textacy_quotes(doc: Doc) -> list[dict[str, Any]]:
    """textacy's direct quotations, each speaker mapped to a parley actor where it names one."""
    from textacy.extract.triples import direct_quotations

    out: list[dict[str, Any]] = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy bails out of a whole article with an odd number of quotation marks
        BAILED_OUT.append(doc.text[:60])
        return out
    for speaker_tokens, cue_tokens, content in triples:
        mention = next((doc._.actors.at(t) for t in speaker_tokens if doc._.actors.at(t)), None)
        speaker = mention.actor_id if mention else " ".join(t.text for t in speaker_tokens) or None
        out.append({"speaker": speaker, "text": content.text.strip('"“”«» '), "direct": True,
                    "cue": " ".join(t.lemma_ for t in cue_tokens)})
    return out


def run(nlp: Language, folders: list[Path]) -> dict[str, Any]:
    """Score both systems on every gold article of the folders and time them."""
    spacy_only = [n for n in nlp.pipe_names if not n.startswith("parley_")]
    docs_p, docs_t, found_p, found_t = [], [], [], []
    seconds = {"parse": 0.0, "parley": 0.0, "textacy": 0.0}
    n = 0
    nlp("Warm-up: the first call of a pipeline pays for loading its tables, the spokesman said.")
    for folder in folders:
        for g in gold_documents(folder):
            n += 1
            info = document_info(g.text, id=g.meta.get("id") or g.name)
            t0 = time.perf_counter()
            with nlp.select_pipes(enable=spacy_only):
                nlp(g.text)
            seconds["parse"] += time.perf_counter() - t0
            doc = nlp.make_doc(g.text)
            doc._.meta = info
            t0 = time.perf_counter()
            doc = nlp(doc)
            seconds["parley"] += time.perf_counter() - t0
            t0 = time.perf_counter()
            theirs = textacy_quotes(doc)
            seconds["textacy"] += time.perf_counter() - t0
            actors = _actors(doc)
            ours = parley_quotes(doc)
            docs_p.append(score_document(g.name, g.gold, {"actors": actors, "quotes": ours}))
            docs_t.append(score_document(g.name, g.gold, {"actors": actors, "quotes": theirs}))
            # found, speaker aside: every speaker made the same
            anyone = {**g.gold, "quotes": _anyone(g.gold.get("quotes") or [])}
            found_p.append(score_document(g.name, anyone, {"quotes": _anyone(ours)}))
            found_t.append(score_document(g.name, anyone, {"quotes": _anyone(theirs)}))
    return {"documents": n, "parley": summarize(docs_p), "textacy": summarize(docs_t),
            "parley_found": summarize(found_p), "textacy_found": summarize(found_t), "seconds": seconds}


def _anyone(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**q, "speaker": "anyone"} for q in quotes]


def report(result: dict[str, Any], out: Callable[[str], None] = print) -> None:
    """Print both systems' figures side by side."""
    n, s = result["documents"], result["seconds"]
    out(f"{n} gold articles")
    out(f"{'':28s}{'parley':>10s}{'textacy':>10s}")
    for label, key in (("direct: precision", "precision"), ("direct: recall", "recall"),
                       ("direct: attributed F1", "f1"), ("direct: speaker accuracy", "speaker_accuracy")):
        p, t = result["parley"]["quotes_direct"].get(key), result["textacy"]["quotes_direct"].get(key)
        out(f"{label:28s}{_num(p):>10s}{_num(t):>10s}")
    out(f"{'direct: found F1':28s}{_num(result['parley_found']['quotes_direct']['f1']):>10s}"
        f"{_num(result['textacy_found']['quotes_direct']['f1']):>10s}")
    rep = result["parley"]["quotes_reported"]
    out(f"{'reported: P / R / F1':28s}{_num(rep['precision'])} / {_num(rep['recall'])} / {_num(rep['f1'])}"
        f"   (textacy: none)")
    out(f"{'articles per second':28s}{n / s['parley']:>10.1f}{n / (s['parse'] + s['textacy']):>10.1f}"
        f"   (spaCy parse alone: {n / s['parse']:.1f})")
    if BAILED_OUT:
        out(f"textacy refused {len(BAILED_OUT)} article(s) with unbalanced quotation marks: scored as no quotes there")


def _num(v: float | None) -> str:
    return "-" if v is None else f"{v:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, default=[ROOT / "gold" / "dev"],
                    help="gold folders (NAME.json with NAME.txt beside)")
    args = ap.parse_args(argv)
    try:
        import textacy  # noqa: F401 - only checked here, used in textacy_quotes
    except ImportError:
        print("textacy is not installed: pip install -e '.[bench]' (textacy 0.13.0) to run this comparison",
              file=sys.stderr)
        return 2
    # textacy registers its own doc._.meta (a dict) on import, over parley's DocumentInfo: take it
    # back, since textacy's quotation extractor does not read it.
    Doc.set_extension("meta", default=None, force=True)
    nlp = build_nlp()
    for name in UNUSED:
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    report(run(nlp, args.folders))
    return 0


if __name__ == "__main__":
    sys.exit(main())
