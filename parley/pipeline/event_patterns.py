"""The event pattern book: ``resources/event_patterns.yaml`` (plus a user's file) as typed rules.

A pattern says which verbs or nouns report an event of a PLOVER type; a cue says which words
change an event's status or mark it as background. Both live in the one YAML list, so a coder
can add either the same way (see the file's header for the format). What a verb pattern's
constraints are checked against in the parse is read by :mod:`.event_verb_objects`.

Behind the hand-written book stands a fallback verb book converted from PETRARCH2's CAMEO verb
dictionary (``resources/event_verbs_petrarch.yaml``): it is consulted for a verb only when no
entry of the hand-written book (with the user's file) matches it, and never for a verb the
hand-written book knows as a status cue or a speech verb, so a coder overrides a PETRARCH verb by
writing an entry of their own for it. Its verbs are broad ("hit", "take",
"help"), so an event they report needs a target as well as an actor, as PETRARCH's do, and they
code nothing in a clause that dates the news by another happening ("five years after crowds burned
down its embassy"). A coder with a PETRARCH dictionary of their own uses it as the fallback book
instead of the bundled one with the ``events_fallback`` setting (``PARLEY_EVENTS_FALLBACK``).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Token

from parley import lexicon
from parley.errors import ConfigError
from parley.models import EVENT_TYPES
from parley.pipeline.event_verb_objects import (
    ObjectWords,
    addressed_clause,
    argument_preps,
    clause_subjects,
    in_time_clause,
    negated_predicates,
    object_words,
    predicate_words,
)
from parley.pipeline.gazetteer import Gazetteer, load_gazetteer

STATUSES = {"occurred", "pledged", "proposed", "demanded", "denied", "hypothetical"}
DEFAULT_TARGETS = ("dobj", "dative", "with", "to", "against", "between", "on", "toward", "towards", "upon", "at")
# Words of a noun pattern's `preps` that stand for a clause the noun introduces, not a preposition.
CLAUSE_WORDS = frozenset({"to", "that"})

@dataclass(frozen=True)
class Pattern:
    """One entry of the pattern book."""

    name: str
    type: str | None = None
    mode: str | None = None
    verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    targets: tuple[str, ...] = DEFAULT_TARGETS
    symmetric: bool = False
    actor_is_object: bool = False
    status: str | None = None
    governs: bool = False
    absorbs: bool = False
    auxiliaries: frozenset[str] = frozenset()
    marks: frozenset[str] = frozenset()
    skip: bool = False
    background: bool = False
    speech: frozenset[str] = frozenset()
    sides: frozenset[str] = frozenset()
    discard: bool = False  # the verb with these objects reports no event ("killed in an accident")
    needs_target: bool = False  # an event without a target (or second participant) is not coded
    of_role: str | None = None  # what the object of "of" is to a noun: "actor" or "target"
    refusal: bool = False  # negated, the event is a refusal ("not taking part in the talks")
    clause: str | None = None  # the verb counts only with a clause it introduces by this word ("allowed that")
    predicates: frozenset[str] = frozenset()  # the verb counts only with one of these words said of its object
    addressed: bool = False  # the verb's clause must name another party as its subject ("proposed that Hamas ...")
    modals: frozenset[str] = frozenset()  # the verb's clause must carry one of these modals ("insists that X must")
    fallback: bool = False  # from the fallback verb book: broad verbs, held to the filters of ``matches_verb``
    content: frozenset[str] = frozenset()  # coded only over an act of these types by another party in its clause
    subjects: frozenset[str] = frozenset()  # the verb's reported clause must be about one of these ("said the plan was ...")
    promised: bool = False  # coded only as promised ("would respond to attacks"), not as done ("responded to the attack")
    attributions: frozenset[str] = frozenset()  # verbs that put an act down to a party ("blamed on", "attributed to")
    answers: frozenset[str] = frozenset()  # verbs whose object or "for"/"to" phrase names an act they answer ("retaliated for")

    @property
    def specificity(self) -> int:
        """Entries with a preposition or object constraint win over bare verbs."""
        return 2 if self.preps or self.clause or self.predicates or self.addressed or self.modals \
            else 1 if self.objects else 0

    def matches_verb(self, token: Token, places: Gazetteer | None = None, objects: ObjectWords | None = None) -> bool:
        """Whether this verb pattern reports an event at ``token``; ``places`` is the gazetteer that
        tells a place named as the object (``@place``), the stage's own with a user's places file, and
        ``objects`` the words of the verb's objects when already read for another pattern."""
        if token.lemma_.lower() not in self.verbs and token.lower_ not in self.verbs:
            return False
        if self.preps and not any(c.lower_ in self.preps for c in argument_preps(token)):
            return False
        if self.objects and not any(self.objects & words for words in (objects or ObjectWords(token, places)).sets):
            return False
        if self.clause and not any(c.dep_ in ("ccomp", "xcomp") and any(m.dep_ in ("mark", "aux") and m.lower_ == self.clause
                                                                         for m in c.children)
                                   for c in token.children):
            return False
        if self.predicates and not any(self.predicates & object_words(w, places) for w in predicate_words(token)) \
                and not self.predicates & negated_predicates(token):
            return False
        if self.subjects and not any(self.subjects & object_words(w, places) for w in clause_subjects(token)):
            return False
        if self.addressed and not any(c.dep_ in ("ccomp", "xcomp") and addressed_clause(token, c) for c in token.children):
            return False
        if self.modals and not any(c.dep_ == "ccomp" and (any(m.dep_ == "aux" and m.lower_ in self.modals for m in c.children)
                                                          or ("should" in self.modals and mandative(c)))
                                   for c in token.children):
            return False
        # a fallback verb in a clause that dates the news by an earlier or later happening ("five years
        # after crowds burned down its embassy") reports no event of its own
        return not (self.fallback and in_time_clause(token))

    def matches_core_object(self, token: Token, places: Gazetteer | None = None) -> bool:
        """Whether one of this pattern's ``objects`` is the verb's direct object or passive subject (with
        its compounds): of two hand-written entries with objects, the one its own object names wins over
        one the object of a preposition names ("renewed their calls for an immediate ceasefire" repeats a
        call, it declares no ceasefire)."""
        cores = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        cores += [c for h in cores for c in h.children if c.dep_ == "compound"]
        return any(self.objects & object_words(o, places) for o in cores)


@dataclass
class PatternBook:
    """All patterns and cues, indexed by lemma."""

    patterns: list[Pattern]
    plover: dict[str, Any]
    fallback: list[Pattern] = field(default_factory=list)
    places: Gazetteer | None = None  # the gazetteer that tells a place named as an object ("seized Goma")

    def __post_init__(self) -> None:
        self.by_verb: dict[str, list[Pattern]] = {}
        self.by_noun: dict[str, list[Pattern]] = {}
        self.auxiliaries: dict[str, Pattern] = {}
        self.marks: dict[str, Pattern] = {}
        self.speech_verbs: frozenset[str] = frozenset().union(*(p.speech for p in self.patterns))
        self.sides: frozenset[str] = frozenset().union(*(p.sides for p in self.patterns))
        self.attribution_verbs: frozenset[str] = frozenset().union(*(p.attributions for p in self.patterns))
        self.answer_verbs: frozenset[str] = frozenset().union(*(p.answers for p in self.patterns))
        for p in self.patterns:
            for v in p.verbs:
                self.by_verb.setdefault(v, []).append(p)
            for n in p.nouns:
                self.by_noun.setdefault(n, []).append(p)
            for a in p.auxiliaries:
                self.auxiliaries[a] = p
            for m in p.marks:
                self.marks[m] = p
        for lst in (*self.by_verb.values(), *self.by_noun.values()):
            lst.sort(key=lambda p: -p.specificity)
        # nouns that name an event, as trigger or as a light verb's object ("held talks")
        self.event_nouns: frozenset[str] = frozenset(self.by_noun).union(
            *(p.objects for p in self.patterns if p.type))
        # Fallback patterns come after every hand-written one of their lemma, so they code a verb only
        # where the hand-written book matches none ("abandon ties" beside "abandon talks"); a lemma the
        # hand-written book knows as a cue or a speech verb is the hand-written book's alone.
        # A cue bound to its objects ("renewed calls for ...") governs only with them: its verb stays free.
        owned = {v for p in self.patterns if p.status or (p.governs and not p.objects) for v in p.verbs} \
            | set(self.speech_verbs)
        extra: dict[str, list[Pattern]] = {}
        for p in self.fallback:
            for v in p.verbs - owned:
                extra.setdefault(v, []).append(p)
        for v, lst in extra.items():
            lst.sort(key=lambda p: -p.specificity)
            self.by_verb[v] = self.by_verb.get(v, []) + lst

    def verb_event(self, token: Token) -> Pattern | None:
        """The most specific event pattern a verb (or predicate adjective) matches, or None."""
        objects = ObjectWords(token, self.places)
        if any(p.discard and p.matches_verb(token, self.places, objects) for p in self.by_verb.get(token.lower_, [])):
            return None  # a discarded form the parser lemmatizes as another verb ("sparing" as "spar")
        found: Pattern | None = None
        for p in self.by_verb.get(token.lemma_.lower(), []) + self.by_verb.get(token.lower_, []):
            if found is not None and p.specificity < found.specificity:
                break
            if p.discard and p.matches_verb(token, self.places, objects):
                return found
            if not (p.type and not p.content and not (p.governs and not p.absorbs and p.status)
                    and p.matches_verb(token, self.places, objects)):
                continue
            found = found or p
            if not found.objects or found.matches_core_object(token, self.places):
                return found
            if not p.fallback and p.matches_core_object(token, self.places):
                return p  # "renewed their calls for an immediate ceasefire": the call, not the ceasefire
        return found

    def cue(self, token: Token) -> Pattern | None:
        """The governing cue a word is ("pledged", "offered", "urged", "readiness"), or None; a verb a
        discard entry rules out is none ("ordered its troops to withdraw" asks nothing of others)."""
        lists = self.by_noun if token.pos_ in ("NOUN", "PROPN") else self.by_verb
        objects = ObjectWords(token, self.places)
        if lists is self.by_verb and any(p.discard and p.matches_verb(token, self.places, objects)
                                         for p in lists.get(token.lemma_.lower(), [])):
            return None
        for p in lists.get(token.lemma_.lower(), []) + lists.get(token.lower_, []):
            if p.governs and (not (p.objects or p.preps or p.clause or p.predicates or p.addressed or p.modals)
                              or p.matches_verb(token, self.places, objects)):
                return p
        return None

    def status_of_word(self, token: Token, own_type: str | None = None) -> str | None:
        """The status a trigger's own word gives ("pledged aid" -> pledged), or None; a request verb
        that also reports a deed of its own ("pressed its offensive") does not make the deed asked for."""
        lists = self.by_noun if token.pos_ in ("NOUN", "PROPN") else self.by_verb
        for p in lists.get(token.lemma_.lower(), []):
            if p.absorbs and p.type and own_type and p.type != own_type:
                continue
            # "called off the talks" is no "call for"; "announced the release" is no "announced that X must"
            # ("told his Russian counterpart that ..." is no "told X to")
            if p.status and p.governs and (not (p.preps or p.modals or p.clause) or p.matches_verb(token, self.places)):
                return p.status
        return None

    def noun_event(self, token: Token) -> Pattern | None:
        """The event pattern a noun matches, or None; a discard entry with ``objects`` rules out the
        noun with one of them after "of" or before it ("the exchange of ambassadors", "exchange of fire")."""
        candidates = self.by_noun.get(token.lemma_.lower(), []) + self.by_noun.get(token.lower_, [])
        if any(p.discard and p.objects and p.objects & _noun_complements(token, self.places) for p in candidates):
            return None
        for p in candidates:
            if p.type and not p.governs and (not p.preps or _noun_preps(token, p.preps)):
                return p
        return None


def _noun_preps(noun: Token, preps: frozenset[str]) -> bool:
    """Whether a noun has one of a pattern's prepositions ("a call for a ceasefire", "calls on Israel"),
    where "to" and "that" stand for a clause the noun introduces ("a call to end the war", "demands
    that it release all hostages"), never for a preposition ("a call to Putin" is a phone call)."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in preps - CLAUSE_WORDS:
            return True
        if c.dep_ in ("acl", "ccomp") and any((m.dep_ == "aux" and m.lower_ == "to" and "to" in preps)
                                              or (m.dep_ == "mark" and m.lower_ == "that" and "that" in preps)
                                              for m in c.children):
            return True
    return False


def _noun_complements(noun: Token, places: Gazetteer | None) -> set[str]:
    """The words that say what an event noun is of: its "of" objects and its noun modifiers."""
    heads = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    # "a regional proxy war": the parser may make a noun modifier an adjective
    heads += [c for c in noun.children if c.dep_ == "compound" or (c.dep_ == "amod" and c.pos_ == "NOUN")]
    return {w for h in heads for x in (h, *h.conjuncts) for w in object_words(x, places)}


def _word(value: object) -> str:
    """A word of a YAML list: YAML 1.1 reads a bare `on` or `off` as a boolean ("call on")."""
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value).lower()


def _frozen(entry: dict[str, Any], key: str) -> frozenset[str]:
    value = entry.get(key) or []
    if isinstance(value, str):
        value = [value]
    return frozenset(_word(v) for v in value)


def _pattern(entry: dict[str, Any], plover: dict[str, Any], origin: str) -> Pattern:
    name = entry.get("name")
    if not name:
        raise ConfigError(f"{origin}: an event pattern has no name: {entry!r}")
    type_ = entry.get("type")
    if type_ is not None and (type_ not in EVENT_TYPES or type_ not in plover):
        raise ConfigError(f"{origin}: pattern {name!r}: unknown PLOVER type {type_!r}")
    status = entry.get("status")
    if status is not None and status not in STATUSES:
        raise ConfigError(f"{origin}: pattern {name!r}: unknown status {status!r}")
    of_role = entry.get("of")
    if of_role not in (None, "actor", "target"):
        raise ConfigError(f"{origin}: pattern {name!r}: `of` must be actor or target, not {of_role!r}")
    targets = entry.get("targets", list(DEFAULT_TARGETS))
    if targets == "none" or targets is None:
        targets = []
    return Pattern(
        name=str(name), type=type_, mode=entry.get("mode"),
        verbs=_frozen(entry, "verbs"), nouns=_frozen(entry, "nouns"), objects=_frozen(entry, "objects"),
        preps=_frozen(entry, "preps"), targets=tuple(_word(t) for t in targets),
        symmetric=bool(entry.get("symmetric")), actor_is_object=bool(entry.get("actor_is_object")),
        status=status, governs=bool(entry.get("governs")), absorbs=bool(entry.get("absorbs")),
        auxiliaries=_frozen(entry, "auxiliaries"), marks=_frozen(entry, "marks"),
        skip=bool(entry.get("skip")), background=bool(entry.get("background")), speech=_frozen(entry, "speech"),
        sides=_frozen(entry, "sides"), discard=bool(entry.get("discard")),
        needs_target=bool(entry.get("needs_target")), of_role=of_role, refusal=bool(entry.get("refusal")),
        clause=_word(entry["clause"]) if entry.get("clause") else None, predicates=_frozen(entry, "predicates"),
        addressed=bool(entry.get("addressed")), modals=_frozen(entry, "modals"),
        content=frozenset(str(t).upper() for t in entry.get("content") or []), subjects=_frozen(entry, "subjects"),
        promised=bool(entry.get("promised")), attributions=_frozen(entry, "attributions"),
        answers=_frozen(entry, "answers"),
    )


@lru_cache(maxsize=8)
def load_patterns(events_file: Path | None = None, fallback_file: Path | None = None,
                  places_file: Path | None = None) -> PatternBook:
    """The bundled pattern book with a user's ``events_file`` merged over it by name.

    ``places_file`` is the user's gazetteer file (``resources/places.yaml`` format): a town only it
    names counts as a place taken in "the army captured X".

    ``fallback_file`` replaces the bundled fallback verb book (``resources/event_verbs_petrarch.yaml``):
    an events file (as ``parley import-verbs`` writes) or a PETRARCH verb dictionary (``.txt``),
    converted as it is read. Its verbs, like the bundled ones, code an event only with a target.
    """
    plover = lexicon.mapping("plover.yaml")
    origin = str(events_file) if events_file else "resources/event_patterns.yaml"
    patterns = [_pattern(e, plover, origin) for e in lexicon.entries("event_patterns.yaml", events_file)]
    fallback = [replace(_pattern(e, plover, source), needs_target=True, fallback=True)
                for e, source in _fallback_entries(fallback_file)]
    return PatternBook(patterns, plover, fallback, load_gazetteer(places_file))


def _fallback_entries(path: Path | None) -> list[tuple[dict[str, Any], str]]:
    """The entries of the fallback verb book, each with the file it comes from."""
    if path is None:
        return [(e, "resources/event_verbs_petrarch.yaml") for e in lexicon.entries("event_verbs_petrarch.yaml")]
    if path.suffix.lower() == ".txt":
        from parley.petrarch_verbs import convert_verb_dictionary  # it maps codes with this module's table

        return [(e, str(path)) for e in convert_verb_dictionary(path).entries]
    try:
        own = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the fallback verb book: {exc}") from exc
    if not isinstance(own, list) or not all(isinstance(e, dict) for e in own):
        raise ConfigError(f"{path}: expected a list of entries, like resources/event_verbs_petrarch.yaml")
    return [(e, str(path)) for e in own]


@lru_cache(maxsize=1)
def cameo_to_plover() -> dict[str, tuple[str | None, str | None]]:
    """``resources/cameo_plover.csv``: CAMEO code -> (PLOVER type or None when dropped, mode)."""
    path = lexicon.RESOURCES / "cameo_plover.csv"
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {r["cameo"]: (r["plover"] or None, r["mode"] or None) for r in rows}


def plover_type_of_cameo(code: str) -> tuple[str | None, str | None] | None:
    """The PLOVER type and mode of a CAMEO code by its longest listed prefix; None if unknown."""
    table = cameo_to_plover()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def mandative(clause: Token) -> bool:
    """Whether a "that" clause is a mandative subjunctive ("has insisted that the International Criminal Court
    withdraw arrest warrants"): a bare verb with a subject of its own and no auxiliary says what should be
    done, as "should" would."""
    return clause.tag_ == "VB" and any(c.dep_ == "nsubj" and c.lower_ not in ("i", "you", "we", "they")
                                       for c in clause.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
