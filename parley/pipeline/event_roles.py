"""Who acts and who is acted upon in an event: read from the parse and the actor table.

Which party a word names, pronouns and "the two sides" included, is resolved by
:class:`.event_references.PartyResolver`; where and when by :class:`.event_places.PlaceReader`. A government official or body acts for their state, so the
state is added beside them; a person described by a party ("A Hamas official", "TPLF spokesman
Getachew Reda") acts for that party, which is added beside them.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from parley.pipeline.dates import WEEKDAYS
from parley.pipeline.event_descriptions import community_demonym
from parley.pipeline.event_mediators import MEDIATION_LEMMAS
from parley.pipeline.event_phrases import (
    RAISING_VERBS,
    acting_for,
    circumstance,
    described_by,
    inside_clause,
    members_of,
    participle_agents,
    posted_to,
    posting,
    posting_after,
)
from parley.pipeline.event_places import PlaceReader
from parley.pipeline.event_verb_objects import verb_objects
from parley.pipeline.event_words import (
    CLAUSE_DEPS,
    NOUN_POS,
    PAIR_PREPS,
    PLACE_PREPS,
    VERB_POS,
    WHEN_PREPS,
)
from parley.pipeline.gazetteer import Gazetteer

STATE_SECTORS = {"GOV", "MIL", "COP"}
RELATIVE_TAGS = {"WP", "WDT", "WP$"}
# Nouns of a place that a phrase may add in apposition ("in Caracas, the Venezuelan capital").
PLACE_NOUNS = {"capital", "city", "town", "village", "region", "province", "district", "port", "island", "enclave"}
# Relations from a clause's verb to the verbs that carry its content ("are due to resume").
COMPLEMENT_VERB_DEPS = frozenset({"xcomp", "conj", "acomp"})



class RoleReader(PlaceReader):
    """Reads actors, targets, places and dates for the events of one document."""

    def __init__(self, doc: Doc, speech_verbs: frozenset[str], gazetteer: Gazetteer | None = None,
                 sides: frozenset[str] = frozenset(), event_nouns: frozenset[str] = frozenset(),
                 trigger_nouns: frozenset[str] = frozenset()) -> None:
        super().__init__(doc, speech_verbs, gazetteer, sides)
        self.event_nouns = event_nouns  # nouns that name an event, as trigger or as a light verb's object
        self.trigger_nouns = trigger_nouns  # nouns that report an event by themselves ("a strike")
        self._affiliations: dict[str, list[str]] = {}

    # -- parties of an event ---------------------------------------------------------------------
    def with_states(self, actor_ids: list[str]) -> list[str]:
        """Each actor followed by the state a government official or body acts for, and a person by
        the party their description names ("A Hamas official", "TPLF spokesman Getachew Reda")."""
        out: list[str] = []
        for actor_id in actor_ids:
            if actor_id not in out:
                out.append(actor_id)
            a = self.table.get(actor_id) or self.collectives.pending.get(actor_id)
            if a is not None and a.type != "state" and a.sector in STATE_SECTORS:
                # a provisional army ("Myanmar's army") is not in the table yet: its state by its country
                state = self.table.state_of(actor_id) or next(
                    (s.id for s in self.table.of_type("state") if a.country and s.country == a.country), None)
                if state and state not in out:
                    out.append(state)
            if a is not None and a.type == "person":
                out += [p for p in self.affiliations(actor_id) if p not in out]
        return out

    def affiliations(self, person: str) -> list[str]:
        """The parties named in a person's description or just before their name, as a title: "A
        Hamas official", "Houthi spokesman Mohammed Abdulsalam", "U.N. Secretary General Guterres"."""
        if person in self._affiliations:
            return self._affiliations[person]
        found: list[str] = self._affiliations.setdefault(person, [])
        for m in self.table.mentions:
            if m.actor_id != person:
                continue
            for o in self.table.mentions:
                a = self.table.get(o.actor_id)
                if o.actor_id == person or a is None or a.type not in ("group", "organization", "state") \
                        or a.sector == "MED" or o.actor_id in found or posted_to(self.doc[o.end - 1]) \
                        or community_demonym(self, self.doc[o.start]):
                    continue  # "Turkish Cypriot leader Ersin Tatar" leads a people, not two states
                inside = m.start <= o.start and o.end <= m.end and (o.start, o.end) != (m.start, m.end)
                between = self.doc[o.end:m.start] if 0 <= m.start - o.end <= 3 else None
                # "the UN Envoy to Yemen Hans Grundberg": a title may say where its holder is posted
                title = between is not None and all((t.pos_ in NOUN_POS | {"ADJ"} and t.is_alpha) or posting(t)
                                                    for t in between)
                if inside or title or described_by(self.doc[m.end - 1], o):
                    found.append(o.actor_id)
        return found

    def object_tokens(self, head: Token, topics: frozenset[str] | set[str] = frozenset()) -> Iterator[Token]:
        """The tokens of an object's phrase with its participles but without where or when it happened
        ("concluded their meeting in Turkey's Istanbul" names no target) or, with ``topics``, what
        it is about ("held talks on lifting the blockade on Yemeni ports")."""
        yield head
        for child in head.children:
            if child.dep_ in ("relcl", "advcl", "ccomp", "parataxis"):
                continue
            if child.dep_ == "prep" and (child.lower_ in PLACE_PREPS or child.lower_ in topics
                                         or (child.lower_ in WHEN_PREPS and head.pos_ in VERB_POS)):
                continue  # ("personnel held by the Houthis during a visit to Oman": when, not whom)
            if child.dep_ == "acl" and child.lemma_.lower() in MEDIATION_LEMMAS:
                continue  # "extending a previous truce brokered under US-Saudi mediation": the brokers are no target
            if child.dep_ == "appos" and child.lemma_.lower() in PLACE_NOUNS:
                continue  # "resumed peace talks ... in Caracas, the Venezuelan capital": where, not with whom
            yield from self.object_tokens(child, topics)

    def is_reciprocal(self, verb: Token) -> bool:
        """Whether a verb's object is "each other" or "one another" (or is theirs: "at each other's
        installations"), or "the other" after "each"."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        # "fired missiles and drones at each other's military installations"
        objects += [p for o in objects for p in o.children if p.dep_ == "poss"]
        # "Each side blamed the other"
        each = any(s.dep_ == "nsubj" and (s.lower_ == "each" or any(d.lower_ in ("each", "both") for d in s.children))
                   for s in verb.children)
        # "Baku and Yerevan have now both accused the other"
        each = each or any(c.lower_ == "both" and c.dep_ in ("advmod", "preconj", "det", "dep") for c in verb.children)
        return any(o.lower_ in ("other", "another") and any(d.lower_ in ("each", "one") for d in o.children)
                   or (o.lower_ == "each" and o.nbor(1).lower_ == "other" if o.i + 1 < len(o.doc) else False)
                   or (each and o.lower_ == "other" and any(d.lower_ == "the" for d in o.children))
                   for o in objects)

    def split_sides(self, pool: list[str]) -> tuple[list[str], list[str]]:
        """The participants of a symmetric event as the first side and the others: "Armenian Foreign
        Minister Mirzoyan and Foreign Minister of Azerbaijan Bayramov" is Armenia and its minister
        meeting Azerbaijan and its minister."""
        first = [a for a in pool if self.same_side(pool[0], a)]
        if len(first) == len(pool) and self._one_party(pool):
            # "Russian President Vladimir Putin ... would agree": one party, no counterpart named
            return pool, []
        if len(first) == len(pool):
            first = pool[:1]
        return first, [a for a in pool if a not in first]

    def _one_party(self, pool: list[str]) -> bool:
        """Whether the actors are a state and persons or bodies of it, with no second state."""
        states = set()
        for a in pool:
            actor = self.table.get(a)
            if actor is None or (actor.type != "state" and actor.sector not in STATE_SECTORS):
                return False  # a rebel group of the same country is another party
            states.add(self.table.state_of(a))
        return len(states) == 1 and None not in states

    def sides_other_than(self, actors: list[str], near: Token | None = None, among: bool = False) -> list[str]:
        """The main parties a phrase like "the two sides" names, other than the event's actors
        ("Congo and Rwanda signed an agreement between the two countries" names no one else)."""
        acting = set(actors) | {self.table.state_of(a) for a in actors}
        parties = self.sides_at(near) if near is not None else self.main_parties(exclude=[])
        if acting & set(parties):
            others = [p for p in parties if p not in acting]
            if others or among:
                return others
            # "Saudi Arabia and the US urge both parties": not the pair that speaks
            return self.main_parties(exclude=actors)
        return parties if near is not None and len(parties) >= 2 else self.main_parties(exclude=actors)

    # -- subjects and objects ----------------------------------------------------------------------
    def subject_actors(self, verb: Token) -> list[str]:
        """The actors of a verb's subject, climbing conjunctions, complements and noun cues."""
        cur = verb
        raised = False  # whether ``cur`` was reached from its infinitive complement
        # whether ``cur`` was reached from a participle set off by a comma ("warned U.S. leaders to expect
        # a response, accusing them of ..."): the main subject acts, not the object that controls the infinitive
        aside = False
        for _ in range(5):
            # "but Ankara has been mediating": the parser may hang the subject on the auxiliary
            holders = [cur] + [c for c in cur.children if c.dep_ in ("aux", "auxpass")]
            # "Guterres is scheduled to visit the JCC", "the envoy was asked to mediate": the passive
            # subject of the verb above an infinitive does what the infinitive says
            subj = [c for h in holders for c in h.children if c.dep_ in ("nsubj", "csubj") or (raised and c.dep_ == "nsubjpass")]
            agent = [g for c in cur.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if not subj and not agent:
                # "Azerbaijan Sunday accused Armenia": the parser may read the subject as a compound of the day
                subj = [g for c in cur.children if c.dep_ == "npadvmod" and c.lower_ in WEEKDAYS
                        for g in c.children if g.dep_ == "compound" and g.i < c.i and g.pos_ == "PROPN"]
            heads = self._past_dateline(agent or subj)
            if heads and cur.dep_ == "relcl" and all(h.tag_ in RELATIVE_TAGS for h in heads):
                # "Hakan Fidan, who chairs the talks": the relative pronoun is the noun it describes
                heads = [cur.head]
            if heads:
                tokens = [t for h in heads for t in self.phrase_tokens(h)]
                # "Representatives from Congo and Rwanda": a country named as a place acts through them;
                # "the M23 rebel group in the eastern DRC": not where the named party is
                where = {t.i for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                         for t in c.subtree}
                # "The UN envoy for Western Sahara, Staffan de Mistura": where the envoy is posted does not act
                # ("United Nations special envoy to Yemen Martin Griffiths": the parser may hang the envoy's
                # own name on the posting)
                found = self.actors_in((t for t in tokens if t.i not in where and (not posted_to(t) or self._person_at(t))),
                                       places_as_states=True, countries_only=True) \
                    or self.actors_in(tokens, places_as_states=True, countries_only=True) \
                    or self.actors_in((t for h in heads for g in acting_for(h) for t in self.phrase_tokens(g)),
                                      places_as_states=True, countries_only=True) \
                    or self.actors_in((t for h in heads for g in participle_agents(h) for t in self.phrase_tokens(g)),
                                      places_as_states=True, countries_only=True)
                sides = next((t for t in tokens if self.is_sides(t)), None)
                if sides is not None and sides in heads and found and not set(found) & set(self.sides_at(sides)):
                    # "Both governments agreed to end any state support for non-state armed groups": the
                    # subject is the pair, whatever its phrase names besides
                    found = []
                if sides is not None and (not found or members_of(sides, heads)):
                    # "both sides have accused each other": the parties of the conflict; "Representatives
                    # of both sides who sit on a bilateral body, the Coordinating Committee ..., had met"
                    found += [a for a in self.sides_at(sides) if a not in found]
                return found
            if cur.dep_ == "acl" and cur.head.pos_ in NOUN_POS and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
                # "regretted Russia's decision to withdraw from the Black Sea Grain Initiative", "welcomed
                # Washington's move to lift sanctions": the noun's owner acts, not who reacts to it
                named = self.actors_in((t for c in cur.head.children if c.dep_ == "poss" for t in self.phrase_tokens(c)),
                                       places_as_states=True)
                if named:
                    return named
            if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in NOUN_POS:
                # "commends South Africa for hosting the talks": the noun before "for" acts
                named = self.actors_in(self.phrase_tokens(cur.head.head, CLAUSE_DEPS | {"prep"}))
                if named:
                    return named
            if cur.dep_ == "pcomp" and cur.head.lower_ in ("for", "of") and cur.head.head.pos_ in VERB_POS:
                # "commends the African Union ... and South Africa for hosting": the praised act; "accused
                # the Tigrayan forces of preparing to attack": the accused's act
                praised = [o for c in cur.head.head.children if c.dep_ == "dobj"
                           for o in [c, *c.conjuncts] if o.i < cur.head.i]
                if praised:
                    named = self.actors_in(self.phrase_tokens(max(praised, key=lambda o: o.i), CLAUSE_DEPS | {"prep", "conj"}))
                    if named:
                        return named
            if cur.dep_ == "xcomp" and cur.head.i != cur.i and not aside:
                # "asked Cuba to extradite them": the object of the verb above does the act
                controller = [o for o in cur.head.children if o.dep_ == "dobj" and o.i < cur.i]
                named = self.actors_in((t for o in controller for t in self.phrase_tokens(o)), places_as_states=True,
                                       countries_only=True)
                if named:
                    return named
            if cur.dep_ == "advcl" and any(c.dep_ == "nsubjpass" for h in holders for c in h.children):
                # "while 25 were killed or wounded from the LNA, said a GNA spokesperson": a clause of
                # its own, whose subject was acted upon, is not the act of the verb it hangs on
                return []
            if cur.dep_ in ("conj", "xcomp", "dobj", "acomp", "pobj", "prep", "acl", "advcl", "pcomp") and cur.head.i != cur.i:
                # only the infinitive itself: "the cabinet was set to meet to approve the deal" does not
                # approve it
                raised = cur is verb and cur.dep_ == "xcomp" and cur.head.lemma_.lower() in RAISING_VERBS
                aside = aside or (cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur.i > 0 and cur.doc[cur.i - 1].lower_ == ",")
                cur = cur.head
                continue
            return []
        return []

    def _past_dateline(self, heads: list[Token]) -> list[Token]:
        """The subject the parser hung on a dateline it took for the subject: "PUTRAJAYA, Malaysia,
        July 28 (TNA) – Thailand and Cambodia have agreed" is agreed by Thailand and Cambodia."""
        out: list[Token] = []
        for h in heads:
            end = self.dateline_end(h)
            if h.i >= end:
                out.append(h)
                continue
            out += [t for t in h.subtree if t.i >= end and t.head.i < end and t.pos_ in NOUN_POS | {"PRON"}]
        return out

    def targets(self, verb: Token, roles: tuple[str, ...], actors: list[str], among: bool = False,
                topics: frozenset[str] | set[str] = frozenset(), fighters: bool = False) -> list[str]:
        """The targets the verb's roles name: its objects and the objects of the pattern's prepositions;
        ``among`` for a symmetric event, whose "the two sides" may be its own actors; ``topics``, the
        prepositions of what the event is about, whose objects are no targets. A body named by a plural
        noun ("other armed groups") is no target: the parties it is fought or met among are named; with
        ``fighters`` (an attack) fighters named by a noun are ("killed at least 14 insurgents")."""
        self.bodies, self.fighters = False, fighters
        try:
            return self._targets(verb, roles, actors, among, topics)
        finally:
            self.bodies, self.fighters = True, False

    def _targets(self, verb: Token, roles: tuple[str, ...], actors: list[str], among: bool,
                 topics: frozenset[str] | set[str]) -> list[str]:
        heads: list[Token] = []
        found: list[str] = []
        postings: list[Token] = []
        holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.dep_ in roles]
        # "left for meetings with Arnor", "held talks with Russia": the light verb's noun takes the prepositions
        holders += [o for o in verb_objects(verb) if o.pos_ in NOUN_POS and o.dep_ == "pobj" and o.i not in {h.i for h in holders}]
        for holder in holders:
            for c in holder.children:
                if c.dep_ in roles and c.dep_ in ("dobj", "dative") and holder.i == verb.i:
                    # the object's participle says whom it concerns: "activities focusing on the Ukrainian cities"
                    # where an event noun took place names no target ("concluded their meeting in Istanbul")
                    where = c.lemma_.lower() in self.event_nouns
                    tokens = list(self.object_tokens(c, topics) if where else
                                  self.phrase_tokens(c, {"relcl", "advcl", "ccomp", "parataxis"}))
                    if where:
                        # "welcomes the signing of the Agreement ... between the Government and the Front":
                        # the parties of the welcomed event
                        # ("held discussions on the resumption of talks to end the war between the army and
                        # the RSF": a pair named in a clause of the object is that clause's)
                        tokens += [x for t in verb.subtree if t.dep_ == "prep" and t.lower_ in PAIR_PREPS
                                   and not inside_clause(t, c) for x in t.subtree]
                    found += [a for a in self.holders_of(c) or self.actors_in(tokens, places_as_states=True)
                              if a not in found]
                    sides = next((t for t in tokens if self.is_sides(t)), None)
                    if sides is not None:
                        found += [a for a in self.sides_other_than(actors, sides, among) if a not in found]
                elif c.dep_ == "prep" and posting_after(c):
                    postings.append(c)
                elif c.dep_ in ("prep", "agent") and c.lower_ in roles and c.lower_ != "by" and c.lower_ not in topics:
                    # "accused the Tigray forces of expanding the conflict areas to include the Wag region": with
                    # an object named, a clause after the preposition says what it did, not to whom
                    heads += [g for g in c.children if (g.dep_ == "pobj" or (g.dep_ == "pcomp" and not objects))
                              and not circumstance(c, g)]
        # "met with UN Special Envoy to Syria Staffan de Mistura": the parser may hang the envoy's own name
        # on the posting; the person is met, not the place
        heads += [g for c in postings if c.doc[c.i - 1].i in {h.i for h in heads}
                  for g in c.children if g.dep_ == "pobj" and self._person_at(g)]
        for h in heads:
            # "held talks with the rebel group in Mexico, Cuba and Venezuela": where the counterpart
            # was met names no counterpart, unless the place is all the phrase names ("officials in Kyiv")
            phrase = list(self.phrase_tokens(h))
            where = {t.i for c in phrase if c.dep_ == "prep" and c.lower_ in PLACE_PREPS | {"including"}
                     for t in c.subtree}
            # ("representatives of the regime in Barbados": a country named only as a venue is none)
            # "fired a ballistic missile at Israel": what an act is aimed at is no place
            aimed = h.dep_ == "pobj" and h.head.lower_ in roles
            named = self.holders_of(h) or self.actors_in((t for t in phrase if t.i not in where), places_as_states=True,
                                                         aimed=aimed) \
                or [a for a in self.actors_in(phrase, places_as_states=True) if a not in self.venues()]
            found += [a for a in named if a not in found]
        sides = next((t for h in heads for t in self.phrase_tokens(h) if self.is_sides(t)), None)
        if sides is not None:
            found += [a for a in self.sides_other_than(actors, sides, among) if a not in found]
        return found


def clause_verbs(verb: Token, deps: frozenset[str] = frozenset({"xcomp", "conj"})) -> list[Token]:
    """A verb with the verbs of its complements and conjuncts ("try to restore ... and roll back");
    with ``acomp`` in ``deps`` through predicate adjectives too ("are due to resume")."""
    found: list[Token] = []
    todo = [verb]
    while todo and len(found) < 8:
        v = todo.pop()
        found.append(v)
        todo += [c for c in v.children if c.dep_ in deps and (c.pos_ in VERB_POS or c.dep_ == "acomp")]
    return found


def own_subject(verb: Token) -> bool:
    """Whether a clause on a noun names a subject of its own, not the noun it describes ("during which
    he held talks", not "a deal that was struck between ...")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in RELATIVE_TAGS for c in verb.children)
