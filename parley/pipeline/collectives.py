"""Collective holders: bodies of people a report names by a plural noun, not a name.

"Residents of the capital ... demanded his resignation", "Rights groups and several foreign
governments condemned the junta", "South Sudan's opposition parties have rejected the agreement": the
actors stage makes no actor of such a phrase, yet it holds the stance. The nouns and the modifiers
that make one are data (``resources/collectives.yaml``): a noun that is a body on its own
("residents", "protesters") or with a modifier that says what kind ("rights groups", "foreign
governments", "armed groups"). A state's possessive or demonym says where the body is, not who it is.

Each phrase gets one provisional actor per name; only those that end up holding a position are added
to the document's actors (:meth:`Collectives.register`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from parley import lexicon
from parley.errors import ConfigError
from parley.models import Actor
from parley.pipeline.extensions import ActorTable, Mention

# The longest "of" phrase kept in a collective's name ("residents of the capital").
MAX_OF_WORDS = 4
# Prepositions of the country a body is in or from ("protesters in Israel", "lawmakers from Ukraine").
COUNTRY_PREPS = {"in", "from", "of"}
# Sectors of fighters that are a body also when counted by a noun of their own ("heads"), as the object of an
# act: "killed at least 14 insurgents", "rebels killed 15 peacekeepers" (ANA and AP reports from Mozambique
# and Congo)
COUNTED_SECTORS = {"REB", "IGO"}


@dataclass(frozen=True)
class CollectiveLexicon:
    """The nouns and modifiers of ``resources/collectives.yaml``."""

    heads: dict[str, str]
    modified: dict[str, str]
    singular: dict[str, str | None]  # None: a body only with a listed modifier ("the international community")
    terms: dict[str, str]
    modifiers: dict[str, str]
    bodies: frozenset[str]
    quantifiers: frozenset[str]
    regions: frozenset[str] = frozenset()
    perpetrators: frozenset[str] = frozenset()
    partitives: frozenset[str] = frozenset()
    holdings: frozenset[str] = frozenset()
    alone: dict[str, str] = field(default_factory=dict)
    target_sectors: frozenset[str] = frozenset()
    target_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_collectives() -> CollectiveLexicon:
    data: dict[str, Any] = lexicon.mapping("collectives.yaml")
    try:
        return CollectiveLexicon(
            heads={str(k): str(v) for k, v in (data.get("heads") or {}).items()},
            modified={str(k): str(v) for k, v in (data.get("modified") or {}).items()},
            singular={str(k): (str(v) if v is not None else None) for k, v in (data.get("singular") or {}).items()},
            terms={str(k).lower(): str(v) for k, v in (data.get("terms") or {}).items()},
            modifiers={str(k): str(v) for k, v in (data.get("modifiers") or {}).items()},
            bodies=frozenset(str(w).lower() for w in data.get("bodies") or []),
            quantifiers=frozenset(str(w).lower() for w in data.get("quantifiers") or []),
            regions=frozenset(str(w).lower() for w in data.get("regions") or []),
            perpetrators=frozenset(str(w).lower() for w in data.get("perpetrators") or []),
            partitives=frozenset(str(w).lower() for w in data.get("partitives") or []),
            holdings=frozenset(str(w).lower() for w in data.get("holdings") or []),
            alone={str(k): str(v) for k, v in (data.get("alone") or {}).items()},
            target_sectors=frozenset(str(w) for w in (data.get("targets") or {}).get("sectors") or []),
            target_nouns=frozenset(str(w).lower() for w in (data.get("targets") or {}).get("nouns") or []),
        )
    except AttributeError as exc:
        raise ConfigError(f"resources/collectives.yaml: heads, modified and modifiers must be mappings ({exc})") from exc


@dataclass
class Collectives:
    """The collective holders of one document."""

    table: ActorTable
    words: CollectiveLexicon = field(default_factory=load_collectives)
    pending: dict[str, Actor] = field(default_factory=dict)
    _by_key: dict[str, str] = field(default_factory=dict)
    _by_head: dict[str, str] = field(default_factory=dict)
    _mentions: dict[str, list[Mention]] = field(default_factory=dict)
    _perpetrator: str | None = None  # the last body of attackers named by a perpetrator noun

    def is_collective(self, tok: Token) -> bool:
        """The noun heads a phrase for a body of people ("rights groups", "residents", "the junta")."""
        return self.sector(tok) is not None or (tok.pos_ == "NOUN" and tok.lemma_.lower() in self.words.bodies)

    def holder(self, tok: Token) -> str | None:
        """The provisional actor id of the collective the noun ``tok`` heads, or None."""
        sector = self.sector(tok)
        if sector is None or sector == "MIL":
            return None  # "security forces", "government forces": some state's, not a body of their own
        if tok.tag_ == "NN" and _lemma(tok) in self.words.partitives and not self._modifiers(tok):
            # "a group of armed men": the armed men
            member = next((o for o in self._members(tok) if self.sector(o) is not None), None)
            if member is not None:
                return self.holder(member)
        core = self._core(tok)
        key = " ".join(_lemma(t) for t in core)
        # "northern rebels ..., the rebels": a bare noun is the body named before with it.
        actor_id = self._by_key.get(key) or (self._by_head.get(_lemma(tok)) if len(core) == 1 else None)
        perpetrator = _lemma(tok) in self.words.perpetrators
        if actor_id is None and perpetrator and len(core) == 1 \
                and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
            # "heavily armed gunmen attacked a remote community ... The assailants stormed the village":
            # the attackers named before
            actor_id = self._perpetrator
        if actor_id is None:
            actor_id = self.table.free_id(self.pending)
            self._by_key[key] = actor_id
            self._by_head[_lemma(tok)] = actor_id
            name, aliases = self._names(tok, core)
            self.pending[actor_id] = Actor(id=actor_id, name=name, aliases=aliases, type="group",
                                           country=self._country(tok), sector=sector)
            self._mentions[actor_id] = []
        if perpetrator:
            self._perpetrator = actor_id
        start = min(t.i for t in core)
        span = tok.doc[start:tok.i + 1]
        if all(m.start != span.start for m in self._mentions[actor_id]):
            self._mentions[actor_id].append(Mention(actor_id, span.start, span.end, span.start_char, span.end_char,
                                                    span.text, "description"))
        return actor_id

    def body(self, key: str, actor: Actor, start: int, end: int, doc: Any) -> str:
        """The provisional actor of a body another reader names (a state's army), kept under ``key``."""
        actor_id = self._by_key.get(key)
        if actor_id is None:
            actor_id = self._by_key[key] = actor.id or self.table.free_id(self.pending)
            self.pending[actor_id] = actor.model_copy(update={"id": actor_id})
            self._mentions[actor_id] = []
        span = doc[start:end]
        self._mentions[actor_id].append(Mention(actor_id, start, end, span.start_char, span.end_char, span.text,
                                                "description"))
        return actor_id

    def register(self, holders: set[str]) -> None:
        """Add the collectives that hold a position to the document's actors."""
        for actor_id, actor in self.pending.items():
            if actor_id not in holders:
                continue
            mentions = sorted(self._mentions[actor_id], key=lambda m: m.start)
            if actor_id in self.table.actors:
                actor = self.table.actors[actor_id]  # named again since: its new mentions only
            aliases = [*actor.aliases, *(m.text for m in mentions)]
            aliases = [a for a in dict.fromkeys(aliases) if a != actor.name]
            self.table.actors[actor_id] = actor.model_copy(
                update={"aliases": tuple(aliases), "mentions": tuple((m.start_char, m.end_char) for m in mentions)})
            for m in mentions:
                if self.table.at(m.start) is None:
                    self.table.add_mention(m)

    def is_target(self, tok: Token) -> bool:
        """Whether the body a noun names is a party also as the target of an act (``targets``)."""
        sector = self.sector(tok)
        return sector is not None and (sector in self.words.target_sectors or _lemma(tok) in self.words.target_nouns)

    def sector(self, tok: Token) -> str | None:
        """The sector of the body a noun names, or None."""
        lemma = _lemma(tok)
        if tok.tag_ == "NN" and lemma in self.words.alone:
            return self.words.alone[lemma] if self._alone(tok) else None
        if tok.tag_ == "NN" and lemma in self.words.singular:
            modifiers = self._modifiers(tok)
            if modifiers:
                # "the Saudi-led coalition", "a rebel alliance"
                kinds = [self.words.modifiers[m.lemma_.lower()] for m in modifiers
                         if m.lemma_.lower() in self.words.modifiers]
                return kinds[0] if kinds else self.words.singular[lemma]
            # "an alliance of ethnic minority armed groups": the kind of the bodies it is made of.
            return next((k for o in self._members(tok) if (k := self.sector(o)) is not None), None)
        if tok.tag_ not in ("NNS", "NNPS") or tok.pos_ not in ("NOUN", "PROPN"):
            return None
        if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
            return None  # "their families": someone's, named before
        counted = any(c.dep_ == "nummod" for c in tok.children)
        modifiers = self._modifiers(tok)
        term = next((self.words.terms[k] for m in modifiers
                     if (k := f"{m.lemma_.lower()} {lemma}") in self.words.terms), None)
        if term:
            kind: str | None = term  # "armed forces", "armed men": a fixed term says the kind
        else:
            kinds = [self.words.modifiers[m.lemma_.lower()] for m in modifiers if m.lemma_.lower() in self.words.modifiers]
            kind = None
            if lemma in self.words.heads:
                kind = kinds[0] if kinds else self.words.heads[lemma]
            elif lemma in self.words.modified and (kinds or _describing(modifiers) or self._from_region(tok)):
                kind = kinds[0] if kinds else self.words.modified[lemma]
        if counted and (kind not in COUNTED_SECTORS or not (term or lemma in self.words.heads) or not _object(tok)):
            # "two key rebel leaders", "12 rebel groups": some members or bodies counted, not a body;
            # fighters counted are one only as whom an act is done to ("killed at least 14 insurgents")
            return None
        return kind

    # ----------------------------------------------------------------------------------------
    def _alone(self, tok: Token) -> bool:
        """Whether a singular noun names a body on its own: "the opposition", "Venezuela's opposition",
        "the Venezuelan opposition"; not "the opposition to the plan", "their opposition", "opposition
        leaders" (the leaders are the body) or "strong opposition"."""
        if tok.dep_ in ("compound", "amod") or any(c.dep_ == "prep" and c.lower_ in ("to", "against")
                                                   for c in tok.children):
            return False
        owner = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        if any(self.table.at(c) is None or c.tag_ == "PRP$" for c in owner):
            return False  # "their opposition", "strong opposition"
        if owner:
            return True  # "Venezuela's opposition", "the Venezuelan opposition"
        return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)

    def _modifiers(self, tok: Token) -> list[Token]:
        """The words before the noun that describe it, without quantifiers and names of actors."""
        return [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i
                and c.lower_ not in self.words.quantifiers and c.pos_ in ("ADJ", "NOUN", "VERB")
                and self.table.at(c) is None]

    @staticmethod
    def _members(tok: Token) -> list[Token]:
        """The nouns of a body's "of" phrase ("an alliance of ethnic minority armed groups")."""
        return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]

    def _from_region(self, tok: Token) -> bool:
        """"Presidents from Africa's Great Lakes region", "leaders of the region": where they are from says
        what kind of body, when it names a region, not an actor of its own."""
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "in")):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in self.words.regions and self.table.at(obj) is None:
                return True
        return False

    def _core(self, tok: Token) -> list[Token]:
        """The modifiers that describe the noun (with their own modifiers) and the noun."""
        words = [t for m in self._modifiers(tok) for t in m.subtree if t.i < tok.i]
        return sorted({t.i: t for t in (*words, tok)}.values(), key=lambda t: t.i)

    def _names(self, tok: Token, core: list[Token]) -> tuple[str, tuple[str, ...]]:
        """"residents of the capital" with the alias "residents"; "foreign governments" with the
        alias "several foreign governments"."""
        core = _joined(core)
        bare = "".join(t.text + (t.whitespace_ if k + 1 < len(core) and core[k + 1].i == t.i + 1 else " ")
                       for k, t in enumerate(core)).strip()
        names = [bare]
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "from")), None)
        if prep is not None and len(list(prep.subtree)) <= MAX_OF_WORDS:
            end = prep.right_edge.i
            while end > prep.i and tok.doc[end].is_punct:
                end -= 1  # "insurgents in Mozambique," without the comma the parser hung on the place
            names.insert(0, f"{bare} {tok.doc[prep.i:end + 1].text}")
        left = tok.left_edge
        while left.i < tok.i and (left.pos_ == "DET" or left.is_punct):
            left = tok.doc[left.i + 1]
        written = tok.doc[left.i:tok.i + 1].text
        if written not in names:
            names.append(written)
        return names[0], tuple(dict.fromkeys(names[1:]))

    def _country(self, tok: Token) -> str | None:
        """The country of a state named in the phrase ("South Sudan's opposition parties"), or of the one
        country the body is in or from ("protesters in Israel", "lawmakers from Ukraine")."""
        for c in tok.children:
            m = self.table.at(c) if c.dep_ in ("poss", "amod", "compound", "nmod") else None
            actor = self.table.get(m.actor_id) if m else None
            if actor is not None and actor.type == "state":
                return actor.country  # not a state joined to the noun ("the ministers of Egypt, and Jordan")
        places = [x for c in tok.children if c.dep_ == "prep" and c.lower_ in COUNTRY_PREPS
                  for o in c.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)]
        countries = {a.country for x in places if (m := self.table.at(x)) is not None
                     and (a := self.table.get(m.actor_id)) is not None and a.country}
        return countries.pop() if len(countries) == 1 else None


def _joined(core: list[Token]) -> list[Token]:
    """The words of a name with the words a hyphen joins to them: "pro-Russian rebels", not "pro-
    rebels", where "Russian" names a state and is no modifier of its own."""
    doc = core[0].doc
    out = {t.i: t for t in core}
    for a, b in zip(core, core[1:], strict=False):
        gap = doc[a.i + 1:b.i]
        if gap and len(gap) <= 3 and all(t.text == "-" or doc[t.i - 1].text == "-"
                                         or (t.i + 1 < len(doc) and doc[t.i + 1].text == "-") for t in gap):
            out.update({t.i: t for t in gap})
    return sorted(out.values(), key=lambda t: t.i)


def _lemma(tok: Token) -> str:
    """The lemma of a noun, also of a plural the parser took for a name at the start of a sentence
    ("Humanitarians reached more than 4 million people", "Rebels attacked the town") or for a group named by
    its creed ("the Maoists", tagged a nationality)."""
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNPS" and (tok.is_sent_start or tok.ent_type_ == "NORP") and lemma == tok.lower_ and lemma.endswith("s"):
        return lemma[:-1]
    return lemma


def _object(tok: Token) -> bool:
    """Whether a noun is the direct object of a verb, or joined to one ("killed 14 UN peacekeepers and five
    Congolese soldiers"), or what a passive participle says was done to it ("four alleged insurgents captured
    in Quissanga district by the Defence and Security Forces")."""
    return tok.dep_ == "dobj" or (tok.dep_ == "conj" and tok.head.dep_ == "dobj") \
        or any(c.dep_ == "acl" and c.tag_ == "VBN" for c in tok.children)


def _describing(modifiers: list[Token]) -> bool:
    """A modifier the lexicon does not list but that still says what kind ("Western-backed
    governments"), not a number or a quantifier."""
    return any(c.pos_ in ("ADJ", "NOUN") and c.tag_ != "CD" for c in modifiers) and all(
        c.ent_type_ not in ("CARDINAL", "DATE", "ORDINAL") for c in modifiers)
