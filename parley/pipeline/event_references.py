"""Which party a word of an event names: read from the actor table, the parse and the text around it.

Actor ids come from ``doc._.actors``. A capital the actors stage read as an agent stands for its
state ("Ankara has been mediating"), and "the group" the armed group named before. Pronouns are
resolved by :mod:`.event_pronouns`, other definite descriptions ("the army", "the top diplomat",
"the armed alliance") by :mod:`.event_descriptions`, bodies named by a noun ("rights groups",
"Myanmar's army") by :mod:`.event_bodies`, and a dateline (:mod:`.event_datelines`) names no party.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from parley.pipeline.collectives import Collectives
from parley.pipeline.dictionary import load_dictionary
from parley.pipeline.event_bodies import armed_forces, body_heads
from parley.pipeline.event_datelines import dateline_end
from parley.pipeline.event_descriptions import description_antecedent, is_description
from parley.pipeline.event_mediators import mediators
from parley.pipeline.event_pronouns import PronounResolution
from parley.pipeline.event_venues import venues
from parley.pipeline.event_words import (
    CLAUSE_DEPS,
    CONJUNCT_STOP_DEPS,
    GROUP_NOUNS,
    NOUN_POS,
    PARTY_TYPES,
    PERSON_PRONOUNS,
    PLACE_PREPS,
    PLURAL_PRONOUNS,
    SPEAKER_PRONOUNS,
    THING_PRONOUNS,
)
from parley.pipeline.extensions import ActorTable
from parley.pipeline.gazetteer import Gazetteer

# How many of the most named parties a pair must share one with to be "the two sides".
SIDES_MAIN = 3


class PartyResolver(PronounResolution):
    """Resolves the words of one document to the party actors they name or refer to."""

    def __init__(self, doc: Doc, speech_verbs: frozenset[str], gazetteer: Gazetteer | None = None,
                 sides: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.sides = sides
        self.table: ActorTable = doc._.actors or ActorTable()
        self.speech_verbs = speech_verbs
        self.gazetteer = gazetteer
        self._pronoun_cache: dict[int, str | None] = {}
        self._datelines: dict[int, int] = {}
        self.sentences: list[Span] = list(doc.sents)  # the document's sentences, in order
        self.sentence_index = {s.start: n for n, s in enumerate(self.sentences)}  # sentence start -> number
        self.collectives = Collectives(self.table)
        self.bodies = True  # whether a body named by a plural noun may be a party (not as a target)
        self.forces = armed_forces(self)  # token index -> provisional actor of a state's armed forces
        self._mediators: set[str] | None = None
        self._ranked: list[str] | None = None  # the parties by mentions, read once (main_parties)

    # -- actors of a phrase ----------------------------------------------------------------------
    def phrase_tokens(self, head: Token, stop: frozenset[str] | set[str] = frozenset(CLAUSE_DEPS)) -> Iterator[Token]:
        """The tokens of ``head``'s phrase, without the clauses hanging on it."""
        yield head
        for child in head.children:
            if child.dep_ in stop:
                continue
            yield from self.phrase_tokens(child, stop)

    def actors_in(self, tokens: Iterable[Token], places_as_states: bool = False, countries_only: bool = False) -> list[str]:
        """The party actors the tokens mention, in text order, pronouns resolved; with
        ``places_as_states`` a place stands for its state when the document names that state
        ("handed over to Baku", "seized the city of Goma"); with ``countries_only`` only a country
        does ("Representatives from Congo", not "the Istanbul peace process")."""
        found: list[str] = []
        tokens = sorted(tokens, key=lambda t: t.i)
        bodies, where = body_heads(self, tokens)
        for t in tokens:
            if t.i in where:
                continue  # "Syrian rebels", "South Sudan's opposition parties": where the body is, not who
            if t.i in bodies:
                if bodies[t.i] not in found:
                    found.append(bodies[t.i])
                continue
            if t.lower_ in PLURAL_PRONOUNS and self.table.at(t) is None:
                found += [a for a in self.plural_antecedent(t) if a not in found]
                continue
            actor_id = self.actor_at(t)
            # a place where something happens ("in Washington") is not a party to it, but a country
            # an act is "on" is ("an attack on Israel", "called on Syria")
            if actor_id is None and places_as_states and not (t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS) \
                    and not (t.dep_ == "compound" and t.head.pos_ == "NOUN"):
                # "a Gaza ceasefire", "the Istanbul talks": a place that qualifies a thing is no party
                m = self.table.at(t)
                a = self.table.get(m.actor_id) if m else None
                if a is not None and a.type == "location" and a.country and (not countries_only or self._is_country(a.name)):
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
        """The party actor a token names or refers to, or None."""
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

    # -- "the two sides" ------------------------------------------------------------------------
    def is_sides(self, token: Token) -> bool:
        """Whether a word refers to the parties of the conflict ("the two sides", "both parties",
        "each side")."""
        if token.lemma_.lower() not in self.sides:
            return False
        if not token.tag_.endswith("S"):
            # "Each side blamed the other"
            return any(c.lower_ == "each" for c in token.children)
        return any(c.lower_ in ("both", "two", "warring", "the", "all") for c in token.children)

    def sides_at(self, token: Token) -> list[str]:
        """The parties "the two sides" at ``token`` stands for: the nearest pair named together
        before it within two sentences ("talks between Russia and Ukraine ... the two sides"), else
        the main parties of the document (a mediator named alone does not count). A pair with
        neither of the document's main parties is no pair of sides: "attended by the U.S. and Chinese
        ambassadors ... both sides agreeing" are the mediators."""
        earliest = self._sentence_start(token, back=2)
        main = set(self.main_parties(exclude=[], n=SIDES_MAIN))
        for t in reversed(self.doc[earliest:token.i]):
            if t.dep_ == "conj" or t.pos_ not in NOUN_POS or not any(c.dep_ == "conj" for c in t.children):
                continue
            ids: list[str] = []
            for g in [t, *t.conjuncts]:
                actor_id = next((a for x in self.phrase_tokens(g, CONJUNCT_STOP_DEPS)
                                 if x.lower_ not in PLURAL_PRONOUNS and (a := self.actor_at(x))), None)
                if actor_id and self.table.state_of(actor_id) not in {self.table.state_of(i) or i for i in ids}:
                    ids.append(self.table.state_of(actor_id) or actor_id)
            if len(ids) >= 2 and (not main or main & set(ids)):
                return ids
        return self.main_parties(exclude=[])

    def main_parties(self, exclude: list[str], n: int = 2) -> list[str]:
        """The ``n`` states or groups the document mentions most, other than ``exclude`` and, unless
        one of them is named most, its mediators (:mod:`.event_mediators`); a country the document
        names only as a place counts as its state."""
        if self._mediators is None:
            self._mediators = set()  # reading the mediators may ask for the main parties
            self._mediators = mediators(self)
        if self._ranked is None:
            self._ranked = self._rank_parties()
        excluded_states = {self.table.state_of(e) for e in exclude}
        ranked = [k for k in self._ranked if k not in exclude]
        if ranked and ranked[0] not in self._mediators:
            # "China negotiates ceasefire in Myanmar": a report built around its mediator is no
            # report of the sides' own acts, and names them too seldom to rank them
            ranked = [k for k in ranked if k not in self._mediators]
        return [k for k in ranked if k not in excluded_states][:n]

    def _rank_parties(self) -> list[str]:
        """The states and groups of the document, most mentioned first; a country the document
        names only as a place counts as its state, unless it only says where something happens."""
        counts: dict[str, int] = {}
        venue = venues(self.doc, self.table)  # "will meet this week in Barbados": no party
        for m in self.table.mentions:
            a = self.table.get(m.actor_id)
            if a is None or self._dateline(m.start, m.end):
                continue
            if a.type in ("state", "group") or (a.type == "location" and self.stateless_country(a.id)
                                                and a.id not in venue):
                counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
        return sorted(counts, key=lambda k: -counts[k])

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
