"""Parley's event coder on PETRARCH's and PLOVER's validation records, beside UD-PETRARCH's published rate.

    .venv/bin/python benchmarks/events_petrarch.py [--peers ../shared/data/peers] [--show N] [--half even|odd]
        [--verbs own|suite]

1. UD-PETRARCH validation (``PETR_Validate_records_2_02``): the records its validation script
   measures, those with evaluate="true" in the categories the file's ``<Environment>`` block
   includes (DEMO ACTOR VERB AGENT COMPOUND PATTERN DATE MODIFY SYNSET; 245 here, 244 in
   UD-PETRARCH's summary); PARSING and ERROR records are not counted. Each expected CAMEO triple
   (source, target, code) is mapped to PLOVER with ``resources/cameo_plover.csv``; it is found when
   parley codes an event of that type whose actors include the source and, when the triple has one,
   whose targets include the target. Actors are compared on the three-letter country part of their
   codes (parley's actors carry a country and a sector, not PETRARCH's compound codes), and the
   suite's fictional actors ("Arnor", "Gondor") are given to parley through a user actor file
   converted from the suite's own actor dictionary, the way PETRARCH itself reads it. A CONSULT
   matches either direction, since PLOVER codes one meeting where CAMEO codes a visit and a received
   visit; so does any event the record expects in both directions ("Gondor and Osgiliath renewed
   ties"), which parley codes once with one side acting. Parley's background events and its events
   with status "denied" are left out of the comparison: they report no new event that happened.
   Triples whose code PLOVER dropped (CAMEO 01) or that the suite invents (21x, 22x, 34x, 80x, 91x)
   are left out and counted. As in UD-PETRARCH's validation script, a record that must code nothing
   counts as one expected item, found when parley codes nothing. Found = found / expected; false
   positives = parley events matching nothing / records, UD-PETRARCH's TP and FP (68.27% found,
   22.95% false positives on the same file).
2. PLOVER gold-standard records (``PLOVER_GSR_CAMEO``, 322 sentences coded by hand, old category
   names mapped to the current manual): type accuracy over the records where parley codes an event,
   and actor / target agreement over the records whose type parley got right.

``--verbs suite`` also runs parley with the suite's own verb dictionary (``PETR_Validate_verbs_2_02``),
the dictionaries UD-PETRARCH's published rate was measured with, converted at run time by
``parley.petrarch_verbs`` (the ``parley import-verbs`` command) into a temporary events file: once as
the fallback verb book (the ``events_fallback`` setting, in place of parley's bundled PETRARCH2 verbs,
under parley's hand-written patterns) and once added to the hand-written patterns (the
``events_file`` setting). All columns are printed beside UD-PETRARCH's figures.

The records are read from ../shared/data/peers when present and never copied into the project.
``--half even`` or ``--half odd`` measures the records whose number (the last digits of their id) is
even or odd, so that rules written while reading one half can be checked on the other.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from parley.extract import extract
from parley.models import Extraction
from parley.petrarch_verbs import import_verbs
from parley.pipeline import build_nlp
from parley.pipeline.event_patterns import plover_type_of_cameo
from parley.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT.parent / "shared" / "data" / "peers"
UD_FOUND, UD_FALSE = 0.6827, 0.2295
# PLOVER 0.5b1 names in the gold-standard records -> the current manual's types
OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
SUFFIXES = ("", "s", "'s", "i", "is", "ian", "ians", "an", "ans", "ese", "a", "e", "ine", "ish")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^\w ]", " ", "".join(c for c in s if not unicodedata.combining(c)).lower()).strip()


def petrarch_actor_file(path: Path, out: Path) -> None:
    """Convert PETRARCH's actor dictionary (NAME [CODE], +SYNONYM lines) into parley's actors file format.

    A PETRARCH name without a final underscore matches as a prefix ("ARGENTIN"); parley matches
    whole phrases, so the usual suffixes are spelled out.
    """
    entries: list[dict[str, object]] = []
    current: dict[str, object] | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<"):
            continue
        code_match = re.search(r"\[([^\]]+)\]", line)
        code = code_match.group(1).split()[0] if code_match else None
        if raw[:1].isspace():
            if current is not None and code and not current.get("country") and code[:1].isalpha():
                current["country"], current["sector"] = code[:3].upper(), (code[3:6].upper() or None)
            continue
        name = line.split("[")[0].strip()
        if not name:
            continue
        if name.startswith("+"):
            if current is not None:
                current["aliases"] += _forms(name[1:])  # type: ignore[operator]
            continue
        forms = _forms(name)
        current = {"name": forms[0], "type": "group", "aliases": forms[1:], "country": None, "sector": None}
        if code and code[:1].isalpha():
            current["country"], current["sector"] = code[:3].upper(), (code[3:6].upper() or None)
        entries.append(current)
    kept = [e for e in entries if e["country"]]
    out.write_text(yaml.safe_dump(kept, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _forms(name: str) -> list[str]:
    exact = name.endswith("_")
    base = name.strip("_").replace("_", " ").strip().title()
    return [base] if exact else [base + s for s in SUFFIXES]


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    extra: int = 0
    records: int = 0
    left_out: Counter[str] | None = None
    no_events: int = 0  # records that must code nothing, each one expected item


def code3(ex: Extraction, actor_id: str) -> str | None:
    a = ex.actor(actor_id)
    return a.country[:3] if a is not None and a.country else None


def in_half(record_id: str, half: str | None) -> bool:
    """Whether a record belongs to the requested half (by the parity of its number), or no half is asked."""
    if half is None:
        return True
    digits = re.search(r"(\d+)\D*$", record_id)
    number = int(digits.group(1)) if digits else 0
    return (number % 2 == 0) == (half == "even")


def included_categories(peers: Path) -> set[str] | None:
    """The record categories the suite's ``<Environment>`` block tells its validation to measure."""
    xml = peers / "petrarch/universalpetrarch/PETR_Validate_records_2_02.xml"
    if not xml.is_file():
        return None
    found = re.search(r"<Include>([^<]*)</Include>", xml.read_text(encoding="utf-8", errors="replace"))
    return set(found.group(1).split()) - {"valid"} if found else None


def ud_petrarch(peers: Path, settings: Settings, show: int, half: str | None = None) -> Tally:
    records = [json.loads(line) for line in (peers / "petrarch/jsonl/udpetrarch_validate_2_02.jsonl").open(encoding="utf-8")]
    include = included_categories(peers)
    records = [r for r in records if r.get("evaluate") and in_half(r["id"], half)
               and (include is None or r["category"] in include)]
    nlp = build_nlp(settings)
    t = Tally(records=len(records), left_out=Counter())
    misses = []
    spurious: list[tuple[object, ...]] = []
    for r in records:
        published = f"{r['date'][:4]}-{r['date'][4:6]}-{r['date'][6:8]}" if r.get("date") else None
        ex = extract(r["text"], nlp=nlp, published=published)
        # PETRARCH codes what a sentence reports as done; parley's background and denied events
        # ("did not clash") say what is not new or did not happen, so they are not compared
        events = [e for e in ex.events if not e.background and e.status != "denied"]
        used: set[int] = set()
        if r.get("expect_no_events"):
            # UD-PETRARCH's validation counts a record that must code nothing as one expected item,
            # found when nothing is coded
            t.expected += 1
            t.no_events += 1
            t.found += not events
        for want in r.get("expected_events") or []:
            mapped = plover_type_of_cameo(want["code"])
            if mapped is None or mapped[0] is None:
                t.left_out[want["code"]] += 1  # type: ignore[index]
                continue
            t.expected += 1
            src, tgt = want["source"][:3].upper(), (want.get("target") or "")[:3].upper()
            reciprocal = any(w["source"][:3].upper() == tgt and (w.get("target") or "")[:3].upper() == src
                             and w["code"] == want["code"] for w in r["expected_events"])
            for n, e in enumerate(events):
                acting = {code3(ex, a) for a in e.actors}
                targets = {code3(ex, a) for a in e.targets}
                direct = src in acting and (not tgt or tgt == "---" or tgt in targets)
                reverse = (e.type == "CONSULT" or reciprocal) and src in targets and (not tgt or tgt in acting)
                if e.type == mapped[0] and (direct or reverse):
                    t.found += 1
                    used.add(n)
                    break
            else:
                misses.append((r["id"], want, r["text"], [(e.type, e.actors, e.targets, e.trigger) for e in events]))
        extra = [n for n in range(len(events)) if n not in used]
        t.extra += len(extra)
        spurious += [(r["id"], events[n].type, events[n].actors, events[n].targets, events[n].trigger, r["text"])
                     for n in extra]
    for m in misses[:show]:
        print("  miss", m, file=sys.stderr)
    for f in spurious[:show]:
        print("  false positive", f, file=sys.stderr)
    return t


def plover_gsr(peers: Path, settings: Settings, half: str | None = None) -> dict[str, float]:
    records = [r for r in json.loads((peers / "plover/PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8"))
               if r.get("text") and in_half(r["id"], half)]
    nlp = build_nlp(settings)
    coded = typed = actor_ok = target_ok = with_target = 0
    for r in records:
        gold_type = OLD_PLOVER.get(r["event"], r["event"])
        ex = extract(r["text"], nlp=nlp, published=r.get("date"))
        if not ex.events:
            continue
        coded += 1
        hit = next((e for e in ex.events if e.type == gold_type), None)
        if hit is None:
            continue
        typed += 1
        actor_ok += _agrees(ex, hit.actors, r.get("source") or [])
        if r.get("target"):
            with_target += 1
            target_ok += _agrees(ex, hit.targets, r["target"])
    n = len(records)
    return {"records": n, "coded": coded / n, "type_accuracy": typed / coded if coded else 0.0,
            "type_recall": typed / n, "actor_agreement": actor_ok / typed if typed else 0.0,
            "target_agreement": target_ok / with_target if with_target else 0.0}


def _agrees(ex: Extraction, ids: tuple[str, ...], gold: list[dict[str, str]]) -> bool:
    for actor_id in ids:
        a = ex.actor(actor_id)
        if a is None:
            continue
        forms = {fold(a.name), *(fold(x) for x in a.aliases)}
        for g in gold:
            if isinstance(g, str):
                g = {"actorText": g}
            if a.country and g.get("code") == a.country:
                return True
            text = fold(g.get("actorText") or "")
            if text and any(text == f or text in f.split() or f in text.split() for f in forms if f):
                return True
    return False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peers", type=Path, default=PEERS, help="folder with petrarch/ and plover/ (../shared/data/peers)")
    ap.add_argument("--show", type=int, default=0, help="print this many missed triples and false positives to stderr")
    ap.add_argument("--half", choices=("even", "odd"), help="measure only the records with an even or an odd number")
    ap.add_argument("--verbs", choices=("own", "suite"), default="own",
                    help="suite: also code with the validation suite's verb dictionary, converted, and print both")
    args = ap.parse_args()
    if not (args.peers / "petrarch").is_dir():
        print(f"no peer records at {args.peers}; nothing to measure")
        return 0
    suite = args.peers / "petrarch/universalpetrarch/dictionaries"
    with tempfile.TemporaryDirectory() as tmp:
        actors_file = Path(tmp) / "petrarch_validate_actors.yaml"
        petrarch_actor_file(suite / "PETR_Validate_actors_2_02.txt", actors_file)
        runs = {"parley's own dictionaries": Settings(actors_file=actors_file)}
        if args.verbs == "suite":
            events_file = Path(tmp) / "petrarch_validate_verbs.yaml"
            conversion = import_verbs(suite / "PETR_Validate_verbs_2_02.txt", events_file)
            label = (f"with the validation suite's verb dictionary, like UD-PETRARCH ({len(conversion.entries)} entries "
                     f"from {conversion.verbs} verbs and {conversion.patterns} patterns; "
                     f"{len(conversion.left_out)} lines left out)")
            runs[label + ", as the fallback verb book"] = Settings(actors_file=actors_file, events_fallback=events_file)
            runs[label + ", added to the hand-written patterns"] = Settings(actors_file=actors_file,
                                                                            events_file=events_file)
        tallies = {label: ud_petrarch(args.peers, settings, args.show, args.half) for label, settings in runs.items()}
    t = next(iter(tallies.values()))
    print(f"UD-PETRARCH validation records: {t.records} evaluated, {t.expected} expected items: "
          f"{t.expected - t.no_events} triples ({sum(t.left_out.values()) if t.left_out else 0} more left out: "
          f"no PLOVER type) and {t.no_events} records that must code nothing")
    heads = [f"parley ({n})" for n in range(1, len(tallies) + 1)]
    print(f"  {'':24}" + "".join(f"{h:>13}" for h in heads) + f"{'UD-PETRARCH':>13}")
    print(f"  {'expected events found':24}" + "".join(f"{x.found / x.expected:13.2%}" for x in tallies.values())
          + f"{UD_FOUND:13.2%}")
    print(f"  {'false positives/record':24}" + "".join(f"{x.extra / x.records:13.2%}" for x in tallies.values())
          + f"{UD_FALSE:13.2%}")
    for n, label in enumerate(tallies, 1):
        print(f"  ({n}) {label}")
    g = plover_gsr(args.peers, Settings(), args.half)
    print(f"PLOVER gold-standard records: {g['records']}, parley codes an event in {g['coded']:.1%}")
    print(f"  type accuracy {g['type_accuracy']:.1%} (type recall {g['type_recall']:.1%}), "
          f"actor agreement {g['actor_agreement']:.1%}, target agreement {g['target_agreement']:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
