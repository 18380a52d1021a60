"""Which party a word of an event names: read from the actor table, the parse and the text around it.

Actor ids come from ``doc._.actors``. A capital the actors stage read as an agent stands for its
state ("Ankara has been mediating"), and "the group" the armed group named before. Pronouns are
resolved by :mod:`.event_pronouns`, other definite descriptions ("the army", "the top diplomat",
"the armed alliance") by :mod:`.event_descriptions`, bodies named by a noun ("rights groups",
"Myanmar's army") by :mod:`.event_bodies`, and a dateline (:mod:`.event_datelines`) names no party.
A government named by its seat ("the government in Kinshasa") is its state; a region's fighters ("the
Tigray forces") are the one armed group named after the region, and fighters a definite description
qualifies ("the junta troops") are the party it refers to. Who is on whose side, and who "the two
sides" are, is read by :mod:`.event_sides`: a backer ("Rwanda-backed") is no side, and a rebel group
is no side of its country's state.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from parley.pipeline.collectives import Collectives
from parley.pipeline.dictionary import load_dictionary
from parley.pipeline.event_bodies import armed_forces, body_heads
from parley.pipeline.event_datelines import dateline_end
from parley.pipeline.event_descriptions import (
    community_demonym,
    description_antecedent,
    is_description,
    load_references,
    state_forces,
)
from parley.pipeline.event_party_words import counterpart_owner, former_home, home_of_named
from parley.pipeline.event_pronouns import PronounResolution
from parley.pipeline.event_sides import SideResolution, backer
from parley.pipeline.event_venues import venues
from parley.pipeline.event_words import (
    CLAUSE_DEPS,
    CONJUNCT_STOP_DEPS,
    GROUP_NOUNS,
    PARTY_TYPES,
    PERSON_PRONOUNS,
    PLACE_PREPS,
    PLURAL_PRONOUNS,
    SPEAKER_PRONOUNS,
    THING_PRONOUNS,
)
from parley.pipeline.extensions import ActorTable
from parley.pipeline.gazetteer import Gazetteer

# Plural nouns of fighters that a region's name may qualify ("the Tigray forces").
FIGHTER_NOUNS = {"force", "forces", "fighter", "troop", "soldier", "rebel", "militant", "insurgent", "guerrilla"}
# Participles by which a place is said to be someone's ("positions held by the LNA").
HOLDING_VERBS = {"hold", "control", "occupy", "run", "use", "man", "operate", "garrison", "seize", "capture"}
# Nouns for a government named by the place where it sits ("the government in Kinshasa").
SEAT_NOUNS = {"government", "authority", "authorities", "regime", "administration", "leadership", "junta"}


# Prepositions of place that, among the prepositions an act names its target with, say what it is aimed at.
AIMING_PREPS = {"at"}


class PartyResolver(PronounResolution, SideResolution):
    """Resolves the words of one document to the party actors they name or refer to."""

    def __init__(self, doc: Doc, speech_verbs: frozenset[str], gazetteer: Gazetteer | None = None,
                 sides: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.sides = sides
        self.table: ActorTable = doc._.actors or ActorTable()
        self.speech_verbs = speech_verbs
        self.gazetteer = gazetteer
        self._pronoun_cache: dict[int, str | None] = {}
        self._actor_cache: dict[tuple[int | bool, ...], str | None] = {}  # actor_at, per token and state
        self._actors_cache: dict[tuple, list[str]] = {}  # actors_in, per tokens, options and state
        self._datelines: dict[int, int] = {}
        self.sentences: list[Span] = list(doc.sents)  # the document's sentences, in order
        self.sentence_index = {s.start: n for n, s in enumerate(self.sentences)}  # sentence start -> number
        self.collectives = Collectives(self.table)
        self.bodies = True  # whether a body named by a plural noun may be a party (not as a target)
        self.fighters = False  # whether fighters named by a plural noun may be the target (of an attack)
        self.forces = armed_forces(self)  # token index -> provisional actor of a state's armed forces
        self._mediators: set[str] | None = None
        self._ranked: list[str] | None = None  # the parties by mentions, read once (main_parties)
        self._counts: dict[str, int] = {}  # mentions of each party (main_parties)
        self._venues: set[str] | None = None

    # -- actors of a phrase ----------------------------------------------------------------------
    def phrase_tokens(self, head: Token, stop: frozenset[str] | set[str] = frozenset(CLAUSE_DEPS)) -> Iterator[Token]:
        """The tokens of ``head``'s phrase, without the clauses hanging on it."""
        yield head
        for child in head.children:
            if child.dep_ in stop:
                continue
            yield from self.phrase_tokens(child, stop)

    def actors_in(self, tokens: Iterable[Token], places_as_states: bool = False, countries_only: bool = False,
                  aimed: bool = False) -> list[str]:
        """The party actors the tokens mention, in text order, pronouns resolved; with
        ``places_as_states`` a place stands for its state when the document names that state
        ("handed over to Baku", "seized the city of Goma"); with ``countries_only`` only a country
        does ("Representatives from Congo", not "the Istanbul peace process"); with ``aimed`` the
        tokens are what an act is aimed "at" ("fired a ballistic missile at Israel"), no place."""
        tokens = sorted(tokens, key=lambda t: t.i)
        key = (tuple(t.i for t in tokens), places_as_states, countries_only, aimed, *self._state())
        if key not in self._actors_cache:
            self._actors_cache[key] = self._actors_in(tokens, places_as_states, countries_only, aimed)
        return list(self._actors_cache[key])

    def _state(self) -> tuple[bool | int, ...]:
        """What the parties of a word depend on besides the word: the role being read, the actors and
        mentions known, the collectives pending, and whether the sides were read yet."""
        return (self.bodies, self.fighters, len(self.table.actors), len(self.table.mentions),
                len(self.collectives.pending), self._mediators is None, self._ranked is None)

    def _actors_in(self, tokens: list[Token], places_as_states: bool, countries_only: bool, aimed: bool) -> list[str]:
        found: list[str] = []
        bodies, where = body_heads(self, tokens)
        for t in tokens:
            if t.i in where or community_demonym(self, t) or home_of_named(self, t) or counterpart_owner(self, t) \
                    or former_home(self, t):
                # "Syrian rebels", "South Sudan's opposition parties": where the body is, not who;
                # "Turkish Cypriot leader": a people, not two states; "former Nigerian President": no longer
                continue
            if t.i in bodies:
                if bodies[t.i] not in found:
                    found.append(bodies[t.i])
                continue
            if t.lower_ in PLURAL_PRONOUNS and self.table.at(t) is None:
                found += [a for a in self.plural_antecedent(t) if a not in found]
                continue
            actor_id = state_forces(self, t) or self.actor_at(t)
            seat = _seat(t)
            # a place where something happens ("in Washington") is not a party to it, but a country
            # an act is "on" is ("an attack on Israel", "called on Syria"), and so is the government
            # that sits in a capital ("accused the government in Kinshasa")
            if actor_id is None and (places_as_states or seat) \
                    and (seat or not (t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS)
                         or (aimed and t.head.lower_ in AIMING_PREPS)) \
                    and not (t.dep_ == "compound" and t.head.pos_ == "NOUN"):
                # "a Gaza ceasefire", "the Istanbul talks": a place that qualifies a thing is no party
                m = self.table.at(t)
                a = self.table.get(m.actor_id) if m else None
                if a is not None and a.type == "location" and a.country \
                        and (not countries_only or seat or self._is_country(a.name)):
                    actor_id = next((s.id for s in self.table.of_type("state") if s.country == a.country), None)
                    if actor_id is None and self._is_country(a.name):
                        # "Representatives from Congo": a country named only as a place still acts
                        actor_id = a.id
            if actor_id and actor_id not in found:
                found.append(actor_id)
        return found

    def stateless_country(self, actor_id: str) -> bool:
        """Whether an actor is a country the document names only as a place, with no state actor."""
        a = self.table.get(actor_id)
        return (a is not None and bool(a.country) and self._is_country(a.name)
                and not any(s.country == a.country for s in self.table.of_type("state")))

    def _is_country(self, name: str) -> bool:
        place = self.gazetteer.lookup(name) if self.gazetteer else None
        return place is not None and place.kind == "country"

    def actor_at(self, token: Token) -> str | None:
        """The party actor a token names or refers to, or None; kept per token while nothing it depends on
        changes (the table, the pending collectives, the role being read, the sides read so far)."""
        key = (token.i, *self._state())
        if key not in self._actor_cache:
            self._actor_cache[key] = self._actor_at(token)
        return self._actor_cache[key]

    def _actor_at(self, token: Token) -> str | None:
        if token.i < self.dateline_end(token):
            return None  # "PUTRAJAYA, Malaysia, July 28 (TNA) –": where the report was filed
        m = self.table.at(token)
        if m is not None and m.start < self.dateline_end(token):
            return None  # "BANGKOK - Small groups of students": a name read across the dateline
        if m is not None:
            a = self.table.get(m.actor_id)
            if a is not None and a.type == "location":
                # "Ankara has been mediating": a capital named as an agent is its government
                return self._metonym_at(token)
            return m.actor_id if a is not None and a.type in PARTY_TYPES else None
        if token.pos_ == "PRON" or token.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | SPEAKER_PRONOUNS:
            return self.resolve_pronoun(token)
        if token.tag_ == "NNPS" and token.lower_.endswith("s"):
            return self._people_of(token)
        if token.tag_ == "NNS" and token.lemma_.lower() in FIGHTER_NOUNS:
            group = self._regional_group(token) or self._described_force(token)
            if group is not None:
                return group
        if token.lemma_.lower() in GROUP_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children) \
                and not any(c.dep_ in ("prep", "poss") or (c.dep_ == "compound" and c.pos_ == "PROPN")
                            for c in token.children):
            # "urged the group to release the abductees", "the paramilitary group said", "the rebel
            # group accused ...": the armed group named before ("the Wagner group" is named itself)
            if token.i not in self._pronoun_cache:
                self._pronoun_cache[token.i] = self._antecedent(token, {"group"})
            return self._pronoun_cache[token.i]
        if is_description(token):
            # "the army said", "the top diplomat held contacts": the party named before
            if token.i not in self._pronoun_cache:
                self._pronoun_cache[token.i] = description_antecedent(self, token)
            return self._pronoun_cache[token.i]
        return None

    def _regional_group(self, token: Token) -> str | None:
        """The armed group a region's fighters stand for when the document names one after the region
        ("the Tigray forces", "Tigrayan fighters" and the Tigray People's Liberation Front); None when
        no group or more than one is named so."""
        words = {w for c in token.children if c.dep_ in ("compound", "amod") and c.text[:1].isupper()
                 and (self.table.at(c) is None or self.actor_type(self.table.at(c).actor_id) == "location")
                 for w in _stems(c.text.lower())}
        if not words:
            return None
        found = {a.id for a in self.table.of_type("group", "organization") if a.type == "group" or a.sector in ("REB", "OPP")
                 if any(n.lower().split()[0] in words for n in (a.name, *a.aliases) if n.split())}
        return found.pop() if len(found) == 1 else None

    def _described_force(self, token: Token) -> str | None:
        """The party whose fighters a definite description qualifies: "attacked the junta troops", "the
        army soldiers" are the junta's, the army's named before."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        noun = next((c for c in token.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")
                     and load_references().kinds.get(c.lemma_.lower()) in ("military", "state")), None)
        if noun is None or self.table.at(noun) is not None:
            return None
        if noun.i not in self._pronoun_cache:
            self._pronoun_cache[noun.i] = description_antecedent(self, noun)
        return self._pronoun_cache[noun.i]

    def _people_of(self, token: Token) -> str | None:
        """The state a plural demonym stands for when the document names it ("consult with the
        Americans", "the Russians rejected it")."""
        hit = load_dictionary().lookup(token.text[:-1])
        if hit is None or hit.reference != "demonym" or hit.entry.type != "state":
            return None
        return next((a.id for a in self.table.of_type("state") if a.country == hit.entry.country), None)

    def _metonym_at(self, token: Token) -> str | None:
        """The state a capital stands for where the actors stage read it as an agent, or None."""
        for m in self.table.mentions:
            if m.kind == "metonym" and m.start <= token.i < m.end:
                a = self.table.get(m.actor_id)
                if a is not None and a.type in PARTY_TYPES:
                    return m.actor_id
        return None

    def actor_type(self, actor_id: str) -> str | None:
        """The type of an actor of the table, or None for an unknown id."""
        actor = self.table.get(actor_id) or self.collectives.pending.get(actor_id)
        return actor.type if actor is not None else None

    def conjunct_tokens(self, conjunct: Token) -> Iterator[Token]:
        """The words of one conjunct of a pair that may name its party: not a plural pronoun, which
        would be resolved again, nor a backer ("the Democratic Republic of the Congo and Rwanda-backed
        M23 rebels" pairs Congo with the M23)."""
        return (x for x in self.phrase_tokens(conjunct, CONJUNCT_STOP_DEPS)
                if x.lower_ not in PLURAL_PRONOUNS and not backer(x))

    def holders_of(self, head: Token) -> list[str]:
        """Who holds the places an act is aimed at: "struck positions held by Haftar's LNA", "shelled
        areas controlled by the rebels" strike the LNA, the rebels."""
        return self.actors_in((t for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
                               and c.lemma_.lower() in HOLDING_VERBS
                               for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
                               for t in self.phrase_tokens(g, CONJUNCT_STOP_DEPS - {"conj", "cc"})),
                              places_as_states=True)

    def _person_at(self, token: Token) -> bool:
        """Whether a word names a person."""
        m = self.table.at(token)
        return m is not None and self.actor_type(m.actor_id) == "person"

    def venues(self) -> set[str]:
        """The places the document names only as where something happens (:func:`.event_venues.venues`)."""
        if self._venues is None:
            self._venues = venues(self.doc, self.table)
        return self._venues

    def dateline_end(self, token: Token) -> int:
        """Where the dateline opening the line of ``token`` ends, or -1 (:func:`.event_datelines.dateline_end`)."""
        return dateline_end(self.doc, token, self._datelines)

    def _dateline(self, start: int, end: int) -> bool:
        """Whether a mention opens the report as its dateline ("BANGKOK:", "DAKAR, Senegal (AP) —"),
        which says where the report was filed, not who takes part."""
        if start > 3 or any(t.is_alpha and not t.is_upper for t in self.doc[:start]):
            return False
        after = self.doc[end:end + 4]
        return any(t.text in (":", "-", "—", "–", "(") for t in after[:1]) \
            or any(t.text in ("(", "—", "–") for t in after)


def _stems(word: str) -> set[str]:
    """A region's name and the names its adjective may come from ("tigrayan" -> "tigray")."""
    out = {word}
    for suffix in ("ian", "an", "i", "n"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.add(word[:-len(suffix)])
    return out


def _seat(token: Token) -> bool:
    """Whether a place names where a government sits: "the government in Kinshasa", "the authorities
    in Kyiv", "the regime in Damascus"."""
    return token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.lemma_.lower() in SEAT_NOUNS
