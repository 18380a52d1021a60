"""The event pattern book: ``resources/event_patterns.yaml`` (plus a user's file) as typed rules.

A pattern says which verbs or nouns report an event of a PLOVER type; a cue says which words
change an event's status or mark it as background. Both live in the one YAML list, so a coder
can add either the same way (see the file's header for the format).

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

STATUSES = {"occurred", "pledged", "proposed", "demanded", "denied", "hypothetical"}
DEFAULT_TARGETS = ("dobj", "dative", "with", "to", "against", "between", "on", "toward", "towards", "upon", "at")
# Prepositions that attach circumstances, not a verb's argument: "withdraw ... under the ceasefire"
# and "ending the war through negotiations" do not make "ceasefire" or "negotiations" the object.
ADJUNCT_PREPS = {"under", "after", "before", "during", "since", "despite", "amid", "amidst", "following",
                 "as", "like", "through", "throughout", "until", "within", "according", "because", "via",
                 "without"}
# Nouns that count what their "of" names ("dozens of rockets", "a barrage of missiles").
QUANTITY_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "number", "wave", "barrage",
                  "salvo", "volley", "series", "round", "string", "batch", "group", "list", "couple", "pair",
                  "score", "scores", "handful",
                  # measures and parts: "25,000 tons of food aid", "part of a military aid program", "more than half
                  # of the air targets"
                  "ton", "tons", "tonne", "tonnes", "kilogram", "kilograms", "kg", "kilo", "kilos", "litre", "litres",
                  "liter", "liters", "gallon", "gallons", "bag", "bags", "sack", "sacks", "box", "boxes", "carton",
                  "cartons", "crate", "crates", "pallet", "pallets", "package", "packages", "part", "portion", "half",
                  "third", "quarter", "majority"}
# Nouns that stand in for what their "of" names ("lifted a state of emergency").
FRAME_NOUNS = {"state"}
# Words that introduce a clause dating one happening by another ("after", "before", "since", "until").
TIME_MARKS = {"after", "before", "since", "until", "till"}
# Units of the time span that measures such a clause ("five years after", "two days before").
TIME_SPANS = {"year", "month", "week", "day", "hour", "decade", "century", "minute"}
# Named-entity labels of a party that can be asked to act ("proposed that Hamas release ...").
PARTY_ENTITIES = {"GPE", "ORG", "NORP", "PERSON"}
# Dependency relations that carry the object of a light verb ("hold talks", "talks were held").
OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd", "dative"}


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

    @property
    def specificity(self) -> int:
        """Entries with a preposition or object constraint win over bare verbs."""
        return 2 if self.preps or self.clause or self.predicates or self.addressed or self.modals \
            else 1 if self.objects else 0

    def matches_verb(self, token: Token) -> bool:
        """Whether this verb pattern reports an event at ``token``."""
        if token.lemma_.lower() not in self.verbs and token.lower_ not in self.verbs:
            return False
        if self.preps and not any(c.lower_ in self.preps for c in argument_preps(token)):
            return False
        if self.objects and not any(self.objects & object_words(o) for o in verb_objects(token)):
            return False
        if self.clause and not any(c.dep_ in ("ccomp", "xcomp") and any(m.dep_ in ("mark", "aux") and m.lower_ == self.clause
                                                                         for m in c.children)
                                   for c in token.children):
            return False
        if self.predicates and not any(self.predicates & object_words(w) for w in predicate_words(token)):
            return False
        if self.addressed and not any(c.dep_ in ("ccomp", "xcomp") and addressed_clause(token, c) for c in token.children):
            return False
        if self.modals and not any(c.dep_ == "ccomp" and any(m.dep_ == "aux" and m.lower_ in self.modals for m in c.children)
                                   for c in token.children):
            return False
        # a fallback verb in a clause that dates the news by an earlier or later happening ("five years
        # after crowds burned down its embassy") reports no event of its own
        return not (self.fallback and in_time_clause(token))


def object_words(token: Token) -> set[str]:
    """The words an object noun matches in a pattern's ``objects``: its lemma and form, and a
    hyphenated compound with its compound modifier, which the parser splits ("the cease-fire" ->
    "cease-fire", not a bare "fire")."""
    words = {token.lemma_.lower(), token.lower_}
    words |= {f"{c.lower_}-{w}" for c in token.children if c.dep_ == "compound" for w in tuple(words)}
    return words


def predicate_words(token: Token) -> list[Token]:
    """What a verb says its object is: the complement of "called the strike a war crime", the "as"
    phrase of "described the attack as terrorist" (on the verb, its object or the object's participle),
    with their modifiers and what an "act of" names ("an act of terrorism")."""
    heads = [c for c in token.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
    holders = [token] + [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    # "described the ceasefire declared by the rebels as false": the parser may hang the "as" phrase on
    # the object's participle
    holders += [c for h in holders[1:] for c in h.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"):
        heads += [c for c in prep.children if c.dep_ in ("pobj", "amod", "acomp")]
    heads += [g for h in list(heads) for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return heads + [c for h in heads for c in h.children if c.dep_ in ("compound", "amod", "conj")]


def addressed_clause(verb: Token, clause: Token) -> bool:
    """Whether a verb's clause names another party as the one to act: "proposed that Hamas release the
    hostages", not "suggested that the two sides first work out the principles" (the proposer among
    them) or "proposed that a subsidiary ... be reconnected" (no party)."""
    own = {c.lower_ for c in verb.children if c.dep_ == "nsubj" for c in c.subtree}
    return any(c.dep_ == "nsubj" and c.ent_type_ in PARTY_ENTITIES and c.lower_ not in own for c in clause.children)


# Particles the parser may tag as adverbs or prepositions, with the argument's preposition hung on them
# ("walked away from the talks", "pulled out of the deal").
PARTICLES = frozenset({"out", "away"})


def argument_preps(token: Token) -> list[Token]:
    """The prepositions and particles of a verb that can carry its argument: not one that only dates
    it ("called off a ceasefire ... on Wednesday" is no "call on")."""
    found = [c for c in token.children if (c.dep_ in ("prep", "prt", "agent") or (c.dep_ == "advmod" and c.lower_ in PARTICLES))
             and not (c.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children))]
    # "has called for a referendum to do so", "called for all sides to return": the parser may take
    # the preposition right after the verb for the mark of an infinitive clause
    found += [m for c in token.children if c.dep_ in ("advcl", "ccomp", "xcomp") for m in c.children
              if m.dep_ == "mark" and m.lower_ == "for" and m.i == token.i + 1]
    return found


def in_time_clause(token: Token) -> bool:
    """Whether a verb heads (or is conjoined in) a clause that dates the news by a happening a
    stated time earlier or later: "five years after crowds burned down its embassy", "two days
    before leaving office"."""
    cur = token
    while cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in cur.children):
        measured = cur
    elif cur.dep_ == "pcomp" and cur.head.lower_ in TIME_MARKS:
        measured = cur.head
    else:
        return False
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_SPANS for c in measured.children)


def verb_objects(token: Token) -> list[Token]:
    """The objects of a verb: direct object, passive subject, objects of its prepositions, and
    the nouns compounded or conjoined with them ("peace talks", "talks and meetings")."""
    heads = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    for prep in (c for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ not in ADJUNCT_PREPS):
        heads += [p for p in prep.children if p.dep_ in ("pobj", "pcomp")]
    # "reached more than 4 million people with life-saving assistance": the parser hangs what the
    # recipients get on them
    heads += [p for o in heads if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "with"
              for p in c.children if p.dep_ == "pobj"]
    # "pulled out of the deal", "walked away from the talks": the parser hangs the preposition on the particle
    heads += [p for c in token.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in PARTICLES
              for q in c.children if q.dep_ == "prep" for p in q.children if p.dep_ == "pobj"]
    # "talks were held" in a relative or participial clause: the noun is the verb's head; the parser
    # tags some participles VBD ("a deal struck last month") and some passive ones relcl ("hostages
    # to be released by Hamas")
    if (token.dep_ == "acl" and token.tag_ in ("VBN", "VBD")) or (token.dep_ == "relcl" and _passive(token)):
        heads.append(token.head)
    # "hostages it intends to release": a verb in a relative clause acts on the noun it describes
    if not heads:
        cur = token
        while cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i:
            cur = cur.head
        if cur.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in cur.children):
            heads.append(cur.head)
    # "dozens of rockets", "a wave of airstrikes": a quantity names what it counts, as "a state of
    # emergency" names the emergency
    heads += [g for h in list(heads) if h.lemma_.lower() in QUANTITY_NOUNS | FRAME_NOUNS
              for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    found = list(heads)
    for h in heads:
        found += [c for c in h.children if c.dep_ in ("compound", "conj", "amod")]
    # "scaling up our protection and assistance programmes": nouns conjoined as the object's modifier
    found += [g for h in heads for c in h.children if c.dep_ in ("compound", "nmod") for g in c.conjuncts]
    return found


def _passive(token: Token) -> bool:
    """Whether a verb is a passive participle ("to be released by Hamas")."""
    return token.tag_ == "VBN" and (any(c.dep_ in ("auxpass", "agent") for c in token.children)
                                    or not any(c.dep_ in ("nsubj", "aux") for c in token.children))


@dataclass
class PatternBook:
    """All patterns and cues, indexed by lemma."""

    patterns: list[Pattern]
    plover: dict[str, Any]
    fallback: list[Pattern] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_verb: dict[str, list[Pattern]] = {}
        self.by_noun: dict[str, list[Pattern]] = {}
        self.auxiliaries: dict[str, Pattern] = {}
        self.marks: dict[str, Pattern] = {}
        self.speech_verbs: frozenset[str] = frozenset().union(*(p.speech for p in self.patterns))
        self.sides: frozenset[str] = frozenset().union(*(p.sides for p in self.patterns))
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
        owned = {v for p in self.patterns if p.governs or p.status for v in p.verbs} | set(self.speech_verbs)
        extra: dict[str, list[Pattern]] = {}
        for p in self.fallback:
            for v in p.verbs - owned:
                extra.setdefault(v, []).append(p)
        for v, lst in extra.items():
            lst.sort(key=lambda p: -p.specificity)
            self.by_verb[v] = self.by_verb.get(v, []) + lst

    def verb_event(self, token: Token) -> Pattern | None:
        """The most specific event pattern a verb (or predicate adjective) matches, or None."""
        if any(p.discard and p.matches_verb(token) for p in self.by_verb.get(token.lower_, [])):
            return None  # a discarded form the parser lemmatizes as another verb ("sparing" as "spar")
        for p in self.by_verb.get(token.lemma_.lower(), []) + self.by_verb.get(token.lower_, []):
            if p.discard and p.matches_verb(token):
                return None
            if p.type and not p.content and not (p.governs and not p.absorbs and p.status) and p.matches_verb(token):
                return p
        return None

    def cue(self, token: Token) -> Pattern | None:
        """The governing cue a word is ("pledged", "offered", "urged", "readiness"), or None; a verb a
        discard entry rules out is none ("ordered its troops to withdraw" asks nothing of others)."""
        lists = self.by_noun if token.pos_ in ("NOUN", "PROPN") else self.by_verb
        if lists is self.by_verb and any(p.discard and p.matches_verb(token) for p in lists.get(token.lemma_.lower(), [])):
            return None
        for p in lists.get(token.lemma_.lower(), []) + lists.get(token.lower_, []):
            if p.governs and (not (p.objects or p.preps or p.clause or p.predicates or p.addressed or p.modals)
                              or p.matches_verb(token)):
                return p
        return None

    def status_of_word(self, token: Token) -> str | None:
        """The status a trigger's own word gives ("pledged aid" -> pledged), or None."""
        lists = self.by_noun if token.pos_ in ("NOUN", "PROPN") else self.by_verb
        for p in lists.get(token.lemma_.lower(), []):
            # "called off the talks" is no "call for"; "announced the release" is no "announced that X must"
            if p.status and p.governs and (not (p.preps or p.modals) or p.matches_verb(token)):
                return p.status
        return None

    def noun_event(self, token: Token) -> Pattern | None:
        """The event pattern a noun matches, or None; a discard entry with ``objects`` rules out the
        noun with one of them after "of" or before it ("the exchange of ambassadors", "exchange of fire")."""
        candidates = self.by_noun.get(token.lemma_.lower(), []) + self.by_noun.get(token.lower_, [])
        if any(p.discard and p.objects and p.objects & _noun_complements(token) for p in candidates):
            return None
        for p in candidates:
            if p.type and not p.governs:
                return p
        return None


def _noun_complements(noun: Token) -> set[str]:
    """The words that say what an event noun is of: its "of" objects and its compound modifiers."""
    heads = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    heads += [c for c in noun.children if c.dep_ == "compound"]
    return {w for h in heads for x in (h, *h.conjuncts) for w in object_words(x)}


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
        content=frozenset(str(t).upper() for t in entry.get("content") or []),
    )


@lru_cache(maxsize=8)
def load_patterns(events_file: Path | None = None, fallback_file: Path | None = None) -> PatternBook:
    """The bundled pattern book with a user's ``events_file`` merged over it by name.

    ``fallback_file`` replaces the bundled fallback verb book (``resources/event_verbs_petrarch.yaml``):
    an events file (as ``parley import-verbs`` writes) or a PETRARCH verb dictionary (``.txt``),
    converted as it is read. Its verbs, like the bundled ones, code an event only with a target.
    """
    plover = lexicon.mapping("plover.yaml")
    origin = str(events_file) if events_file else "resources/event_patterns.yaml"
    patterns = [_pattern(e, plover, origin) for e in lexicon.entries("event_patterns.yaml", events_file)]
    fallback = [replace(_pattern(e, plover, source), needs_target=True, fallback=True)
                for e, source in _fallback_entries(fallback_file)]
    return PatternBook(patterns, plover, fallback)


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
