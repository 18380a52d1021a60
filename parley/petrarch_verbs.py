"""Converts a PETRARCH verb dictionary into a parley events file, so PETRARCH coders bring their own.

A PETRARCH (or PETRARCH2, UD-PETRARCH) verb dictionary is text: synonym sets (``&NAME`` and
``+MEMBER`` lines), then blocks ``--- NAME [code] ---`` of verbs (``VERB {FORMS} [code]``, phrasal
``+STEP_DOWN``) and patterns (``- * OBJECT [code]``, ``- * {ADJ OBJECT}``, ``- * &SYNSET``,
``- * (PREP OBJECT) [code]``). Each CAMEO code becomes a PLOVER type and mode through
``resources/cameo_plover.csv``, by the rules of the header of ``resources/event_verbs_petrarch.yaml``:

1. a verb with its own code or its block's becomes a verb of the entry of that type and mode; a
   phrasal verb ``+STEP_DOWN`` becomes ``step`` with ``preps: [down]``;
2. a pattern becomes an entry with ``objects`` (the head nouns, synsets expanded) and ``preps`` for
   every plain verb of its block; the prepositional groups after a bare object belong to the object
   and are dropped (``DEPLOYMENT (OF &PKO)``), without one each group gives its preposition and
   head noun (``(IN &DETENTION)``);
3. the null code ``---`` and the codes PLOVER dropped (CAMEO 01) make a pattern a ``discard``; a
   verb with such a code gets no entry of its own, but its block's patterns apply to it;
4. of a paired code ``A:B`` the first is kept (an empty first, ``[:080]``, is a null code);
5. the actor slots after the verb (``$ + ^ %``: source, target, skipped actor, compound) are
   dropped, the rest of the pattern kept (``- * IFTAR (IN ^) +``): parley finds the actors of an
   event in the parse, and a fallback verb codes only with a target (the bundled book, converted
   before this rule, leaves such patterns out).

Left out, each with its line and reason: patterns with words (or actor slots) before the verb or
with several bare words; verb forms with a word before the verb (``WIRE_+TAP``); codes the table
does not know.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from parley.errors import InputError
from parley.pipeline.event_patterns import plover_type_of_cameo

# "--- NAME [code] ---"; real dictionaries also write "---  DISGRACE   [110]---  ---"
BLOCK = re.compile(r"^-{3}\s*(?P<name>[^\[]*?)\s*(?:\[(?P<code>[^\]]*)\])?[\s-]*-{3}\s*$")
CODE = re.compile(r"\[(?P<code>[^\]]*)\]\s*$")
# tokens of a pattern: a (prepositional group), a {noun phrase}, or a word
TOKEN = re.compile(r"\([^)]*\)|\{[^}]*\}|[^\s(){}]+")
ACTOR_SLOTS = {"$", "+", "^", "%"}
HEAD_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
NAME_OBJECTS = 3  # objects spelled out in an entry's name before "..."


@dataclass(frozen=True)
class LeftOut:
    """A line of the dictionary that gives no entry, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class _Rule:
    type: str | None
    mode: str | None
    objects: tuple[str, ...] = ()
    preps: tuple[str, ...] = ()
    discard: bool = False


@dataclass
class VerbConversion:
    """The parley entries converted from one verb dictionary, with what was left out."""

    source: Path
    entries: list[dict[str, Any]]
    verbs: int = 0  # verb lines converted
    patterns: int = 0  # pattern lines converted
    left_out: list[LeftOut] = field(default_factory=list)

    def reasons(self) -> Counter[str]:
        """How many lines were left out for each reason."""
        return Counter(x.reason for x in self.left_out)


@dataclass
class _Block:
    line: int
    code: str | None
    # line, lemma, particles, own code, text
    verbs: list[tuple[int, str, tuple[str, ...], str | None, str]] = field(default_factory=list)
    patterns: list[tuple[int, str]] = field(default_factory=list)


def _strip_comment(raw: str) -> str:
    return raw.split("#", 1)[0].strip()


def _code(text: str) -> tuple[str, str | None]:
    """The text before a final ``[code]`` and the code (the first of a pair), or None."""
    m = CODE.search(text)
    if not m:
        return text.strip(), None
    return text[: m.start()].strip(), m.group("code").split(":")[0].strip()


def _read(path: Path) -> tuple[dict[str, list[str]], list[_Block], list[LeftOut]]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read the verb dictionary: {exc.strerror or exc}", path=str(path)) from exc
    synsets: dict[str, list[str]] = {}
    blocks: list[_Block] = []
    left_out: list[LeftOut] = []
    synset: list[str] | None = None
    block: _Block | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = _strip_comment(raw)
        if not line or line.startswith("<"):
            continue
        if line.startswith("---"):
            m = BLOCK.match(line)
            if not m:
                raise InputError(f"a block header must read '--- NAME [code] ---', not {line!r}", path=str(path), line=n)
            code = (m.group("code") or "").split(":")[0].strip() or None
            block, synset = _Block(n, code), None
            blocks.append(block)
        elif line.startswith("&"):
            synset = synsets.setdefault(line.split()[0].upper(), [])
            block = None
        elif synset is not None and line.startswith("+"):
            synset.append(line[1:].strip())
        elif block is None:
            raise InputError(f"a verb or pattern outside a '--- NAME [code] ---' block: {line!r}", path=str(path), line=n)
        elif line.startswith("-"):
            block.patterns.append((n, line[1:].strip()))
        elif line.startswith("*"):
            left_out.append(LeftOut(n, line, "a pattern without its leading '-'"))
        else:
            _verb_line(block, n, line, left_out)
    if not blocks:
        raise InputError("no '--- NAME [code] ---' verb blocks: not a PETRARCH verb dictionary", path=str(path))
    return synsets, blocks, left_out


def _verb_line(block: _Block, n: int, line: str, left_out: list[LeftOut]) -> None:
    body, code = _code(line)
    word = re.sub(r"\{[^}]*\}", " ", body).split()
    if not word:
        left_out.append(LeftOut(n, line, "not a verb"))
        return
    phrasal = word[0].startswith("+")
    name = word[0].lstrip("+")
    if "+" in name:
        left_out.append(LeftOut(n, line, "a word before the verb"))
        return
    if not re.fullmatch(r"[A-Za-z][A-Za-z'\-]*(_[A-Za-z'\-]*)*", name):
        left_out.append(LeftOut(n, line, "not a verb"))
        return
    parts = [p.lower() for p in name.split("_") if p]
    if phrasal and len(parts) > 2:
        left_out.append(LeftOut(n, line, "several words after the verb"))
        return
    preps = tuple(parts[1:]) if phrasal else ()
    block.verbs.append((n, parts[0] if phrasal else "_".join(parts), preps, code, line))


def _heads(token: str, synsets: dict[str, list[str]], seen: frozenset[str] = frozenset()) -> list[str]:
    """The head nouns of a pattern's noun phrase: its last word, or the members of a synset."""
    words = token.strip("{}").split()
    if not words:
        return []
    last = words[-1]
    if last.startswith("&"):
        name = last.upper()
        if name in seen:
            return []
        return [h for member in synsets.get(name, []) for h in _heads(member.strip("()"), synsets, seen | {name})]
    parts = [p for p in last.split("_") if p]
    # model numbers and codes ("AK-47", "F/A-18") are no lemma a parser gives
    return [parts[-1].lower()] if parts and HEAD_WORD.fullmatch(parts[-1]) else []


def _pattern(text: str, synsets: dict[str, list[str]]) -> tuple[tuple[str, ...], tuple[str, ...]] | str:
    """(objects, preps) of a pattern's text after the code is cut off, or the reason it is left out."""
    tokens = TOKEN.findall(text)
    if "*" not in tokens:
        return "no verb slot '*'"
    star = tokens.index("*")
    if star:
        return "words before the verb"
    # the actor slots say where PETRARCH finds the source and target; parley reads them from the parse
    rest = [t for t in tokens[star + 1:] if t not in ACTOR_SLOTS]
    groups = [t[1:-1].split() for t in rest if t.startswith("(")]
    bare = [t for t in rest if not t.startswith("(")]
    if len(bare) > 1:
        return "several bare words"
    if bare:
        # the prepositional groups after a bare object belong to the object ("DEPLOYMENT (OF &PKO)")
        objects, preps = _heads(bare[0], synsets), []
    else:
        objects = [h for g in groups if len(g) > 1 for h in _heads(" ".join(g[1:]), synsets)]
        preps = [p.lower() for g in groups if g for p in g[0].split("/") if p]  # "(BY/WITH SANCTIONS)"
    unknown = [t for t in re.findall(r"&[\w-]+", " ".join(rest)) if t.upper() not in synsets]
    if unknown:
        return f"unknown synset {unknown[0]}"
    if not objects and not preps:
        return "no object or preposition"
    return tuple(sorted(set(objects))), tuple(sorted(set(preps)))


def _rule(code: str | None) -> _Rule | str:
    """The PLOVER rule of a CAMEO code, or the reason it gives none."""
    if code is None:
        return "no code"
    if code in ("---", ""):  # "[:080]": the first of the pair is empty, a null code
        return _Rule(None, None, discard=True)
    mapped = plover_type_of_cameo(code)
    if mapped is None:
        return f"code {code} not in cameo_plover.csv"
    if mapped[0] is None:
        return _Rule(None, None, discard=True)
    return _Rule(mapped[0], mapped[1])


def convert_verb_dictionary(path: Path | str) -> VerbConversion:
    """Convert a PETRARCH verb dictionary file into parley event entries (see the module docstring)."""
    path = Path(path)
    synsets, blocks, left_out = _read(path)
    verb_groups: dict[tuple[str, str | None, tuple[str, ...]], set[str]] = defaultdict(set)
    pattern_groups: dict[_Rule, set[str]] = defaultdict(set)
    conversion = VerbConversion(path, [], left_out=left_out)
    for block in blocks:
        # a pattern follows the block's plain verbs: "+WAGE_WAR" is no "wage" with any object
        lemmas = {lemma for _, lemma, preps, _, _ in block.verbs if not preps}
        for n, lemma, preps, own, text in block.verbs:
            rule = _rule(own or block.code)
            if isinstance(rule, str) or rule.discard:
                # the verb gets no entry of its own; its block's patterns still apply to it
                reason = rule if isinstance(rule, str) else "a null code (---) or a code PLOVER dropped"
                left_out.append(LeftOut(n, text, reason))
                continue
            verb_groups[(rule.type or "", rule.mode, preps)].add(lemma)
            conversion.verbs += 1
        for n, text in block.patterns:
            body, code = _code(text)
            rule = _rule(code)
            shape = _pattern(body, synsets)
            if isinstance(rule, str) or isinstance(shape, str):
                left_out.append(LeftOut(n, text, shape if isinstance(shape, str) else str(rule)))
                continue
            if not lemmas:
                left_out.append(LeftOut(n, text, "a block without verbs"))
                continue
            objects, preps = shape
            pattern_groups[_Rule(rule.type, rule.mode, objects, preps, rule.discard)] |= lemmas
            conversion.patterns += 1
    conversion.entries = _verb_entries(verb_groups) + _pattern_entries(pattern_groups)
    left_out.sort(key=lambda x: x.line)
    return conversion


def _verb_entries(groups: dict[tuple[str, str | None, tuple[str, ...]], set[str]]) -> list[dict[str, Any]]:
    out = []
    for (type_, mode, preps), verbs in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2])):
        name = " ".join(["petrarch", type_.lower(), *([mode] if mode else []), *preps])
        entry: dict[str, Any] = {"name": name, "type": type_}
        if mode:
            entry["mode"] = mode
        entry["verbs"] = sorted(verbs)
        if preps:
            entry["preps"] = list(preps)
        out.append(entry)
    return out


def _pattern_entries(groups: dict[_Rule, set[str]]) -> list[dict[str, Any]]:
    out = []
    names: Counter[str] = Counter()
    for rule, verbs in sorted(groups.items(), key=lambda kv: (kv[0].type or "~", kv[0].objects, kv[0].preps, kv[0].mode or "")):
        shown = " ".join(rule.objects[:NAME_OBJECTS]) + ("..." if len(rule.objects) > NAME_OBJECTS else "")
        name = f"petrarch {(rule.type or 'none').lower()}: {shown}" + (f" ({' '.join(rule.preps)})" if rule.preps else "")
        names[name] += 1
        if names[name] > 1:
            name = f"{name} #{names[name]}"
        entry: dict[str, Any] = {"name": name}
        if rule.discard:
            entry["discard"] = True
        else:
            entry["type"] = rule.type
            if rule.mode:
                entry["mode"] = rule.mode
        entry["verbs"] = sorted(verbs)
        if rule.objects:
            entry["objects"] = list(rule.objects)
        if rule.preps:
            entry["preps"] = list(rule.preps)
        out.append(entry)
    return out


def events_yaml(conversion: VerbConversion) -> str:
    """The converted entries as an events file (the format of ``resources/event_patterns.yaml``)."""
    header = (
        f"# Event patterns converted from the PETRARCH verb dictionary {conversion.source.name} by\n"
        "# `parley import-verbs`: CAMEO codes mapped to PLOVER through parley's resources/cameo_plover.csv.\n"
        "# Format: see the header of parley's resources/event_patterns.yaml; `discard: true` marks a verb\n"
        "# with these objects or prepositions as reporting no event. Use it as the events_file setting\n"
        "# (PARLEY_EVENTS_FILE), added to the hand-written patterns, or as the events_fallback setting\n"
        "# (PARLEY_EVENTS_FALLBACK), in place of parley's fallback verb book. Source and licence: those of\n"
        "# the converted dictionary.\n\n"
    )
    return header + yaml.safe_dump(conversion.entries, sort_keys=False, allow_unicode=True, width=10_000)


def write_events_file(conversion: VerbConversion, out: Path | str) -> Path:
    """Write the converted entries to ``out`` as a parley events file."""
    out = Path(out)
    try:
        out.write_text(events_yaml(conversion), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the events file: {exc.strerror or exc}", path=str(out)) from exc
    return out


def import_verbs(dictionary: Path | str, out: Path | str) -> VerbConversion:
    """Convert a PETRARCH verb dictionary and write it as a parley events file."""
    conversion = convert_verb_dictionary(dictionary)
    write_events_file(conversion, out)
    return conversion
