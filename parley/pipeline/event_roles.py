"""Who acts and who is acted upon in an event, where and when: read from the parse and the actor table.

Actor ids come from ``doc._.actors``. Pronouns are resolved here, for events only: "he" and
"she" to the nearest person named before, "it" and "its" to the nearest state or organization,
"they" and "them" to the nearest pair of parties joined by "and" (or the main parties after "the
two sides"), and "we", "our" and "I" inside a quotation to its speaker (from ``doc._.quotes`` when the quotes
stage found it, otherwise the subject of the speech verb beside the quotation). A government
official or body acts for their state, so the state is added beside them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from parley.pipeline.event_patterns import verb_objects
from parley.pipeline.extensions import ActorTable, DateMention, Mention
from parley.pipeline.gazetteer import Gazetteer

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
PARTY_TYPES = {"person", "organization", "state", "group"}
STATE_SECTORS = {"GOV", "MIL", "COP"}
PERSON_PRONOUNS = {"he", "she", "him", "his", "her", "hers"}
THING_PRONOUNS = {"it", "its"}
SPEAKER_PRONOUNS = {"we", "our", "us", "ours", "i", "my", "me"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
# Relations below a word that start a new clause: its actors are not the word's.
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "parataxis", "acl", "csubj", "mark"}
SUBJECT_DEPS = {"nsubj", "csubj", "expl"}
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "on", "across", "throughout"}
# Prepositions of an object's phrase that say where, never whom ("on" may name a target: "sanctions on Iran").
PLACE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout"}
QUOTE_OPEN = {'"', "“", "«", "„"}
QUOTE_CLOSE = {'"', "”", "»", "“"}


class _NoActor:
    type = None


_NONE = _NoActor()


class RoleReader:
    """Reads actors, targets, places and dates for the events of one document."""

    def __init__(self, doc: Doc, speech_verbs: frozenset[str], gazetteer: Gazetteer | None = None,
                 sides: frozenset[str] = frozenset(), event_nouns: frozenset[str] = frozenset(),
                 trigger_nouns: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.event_nouns = event_nouns  # nouns that name an event, as trigger or as a light verb's object
        self.trigger_nouns = trigger_nouns  # nouns that report an event by themselves ("a strike")
        self.sides = sides
        self.table: ActorTable = doc._.actors or ActorTable()
        self.speech_verbs = speech_verbs
        self.gazetteer = gazetteer
        self._pronoun_cache: dict[int, str | None] = {}

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
        for t in sorted(tokens, key=lambda t: t.i):
            if t.lower_ in PLURAL_PRONOUNS and self.table.at(t) is None:
                found += [a for a in self.plural_antecedent(t) if a not in found]
                continue
            actor_id = self.actor_at(t)
            # a place where something happens ("in Washington") is not a party to it, but a country
            # an act is "on" is ("an attack on Israel", "called on Syria")
            if actor_id is None and places_as_states and not (t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS):
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

    def _stateless_country(self, actor_id: str) -> bool:
        a = self.table.get(actor_id)
        return (a is not None and bool(a.country) and self._is_country(a.name)
                and not any(s.country == a.country for s in self.table.of_type("state")))

    def _is_country(self, name: str) -> bool:
        place = self.gazetteer.lookup(name) if self.gazetteer else None
        return place is not None and place.kind == "country"

    def actor_at(self, token: Token) -> str | None:
        """The party actor a token names or refers to, or None."""
        m = self.table.at(token)
        if m is not None:
            a = self.table.get(m.actor_id)
            return m.actor_id if a is not None and a.type in PARTY_TYPES else None
        if token.pos_ == "PRON" or token.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | SPEAKER_PRONOUNS:
            return self.resolve_pronoun(token)
        return None

    def with_states(self, actor_ids: list[str]) -> list[str]:
        """Each actor followed by the state a government official or body acts for."""
        out: list[str] = []
        for actor_id in actor_ids:
            if actor_id not in out:
                out.append(actor_id)
            a = self.table.get(actor_id)
            if a is not None and a.type != "state" and a.sector in STATE_SECTORS:
                state = self.table.state_of(actor_id)
                if state and state not in out:
                    out.append(state)
        return out

    def object_tokens(self, head: Token) -> Iterator[Token]:
        """The tokens of an object's phrase with its participles but without where it happened
        ("concluded their meeting in Turkey's Istanbul" names no target)."""
        yield head
        for child in head.children:
            if child.dep_ in ("relcl", "advcl", "ccomp", "parataxis"):
                continue
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                continue
            yield from self.object_tokens(child)

    def is_reciprocal(self, verb: Token) -> bool:
        """Whether a verb's object is "each other" or "one another"."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return any(o.lower_ in ("other", "another") and any(d.lower_ in ("each", "one") for d in o.children)
                   or (o.lower_ == "each" and o.nbor(1).lower_ == "other" if o.i + 1 < len(o.doc) else False)
                   for o in objects)

    def same_side(self, a: str, b: str) -> bool:
        """Whether two actors stand for one party: a state and its officials, or an organization
        and the person named with it ("U.N. Secretary General António Guterres")."""
        if a == b:
            return True
        sa, sb = self.table.state_of(a), self.table.state_of(b)
        if sa is not None and sa == sb:
            return True
        # an organization named just before a person, as their title ("U.N. Secretary General António Guterres")
        org, person = (a, b) if (self.table.get(a) or _NONE).type == "organization" else (b, a)
        if (self.table.get(org) or _NONE).type != "organization" or (self.table.get(person) or _NONE).type != "person":
            return False
        return any(0 <= y.start - x.end <= 3 and not {",", "and"} & {t.lower_ for t in self.doc[x.end:y.start]}
                   for x in self.table.mentions if x.actor_id == org
                   for y in self.table.mentions if y.actor_id == person)

    def split_sides(self, pool: list[str]) -> tuple[list[str], list[str]]:
        """The participants of a symmetric event as the first side and the others: "Armenian Foreign
        Minister Mirzoyan and Foreign Minister of Azerbaijan Bayramov" is Armenia and its minister
        meeting Azerbaijan and its minister."""
        first = [a for a in pool if self.same_side(pool[0], a)]
        if len(first) == len(pool):
            first = pool[:1]
        return first, [a for a in pool if a not in first]

    # -- "the two sides" ------------------------------------------------------------------------
    def is_sides(self, token: Token) -> bool:
        """Whether a word refers to the parties of the conflict ("the two sides", "both parties")."""
        if token.lemma_.lower() not in self.sides or not token.tag_.endswith("S"):
            return False
        return any(c.lower_ in ("both", "two", "warring", "the", "all") for c in token.children)

    def sides_other_than(self, actors: list[str]) -> list[str]:
        """The main parties a phrase like "the two sides" names, other than the event's actors
        ("Congo and Rwanda signed an agreement between the two countries" names no one else)."""
        acting = set(actors) | {self.table.state_of(a) for a in actors}
        parties = self.main_parties(exclude=[])
        if acting & set(parties):
            return [p for p in parties if p not in acting]
        return self.main_parties(exclude=actors)

    def main_parties(self, exclude: list[str], n: int = 2) -> list[str]:
        """The ``n`` states or groups the document mentions most, other than ``exclude``; a country
        the document names only as a place counts as its state."""
        counts: dict[str, int] = {}
        for m in self.table.mentions:
            a = self.table.get(m.actor_id)
            if a is None or m.actor_id in exclude:
                continue
            if a.type in ("state", "group") or (a.type == "location" and self._stateless_country(a.id)):
                counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
        excluded_states = {self.table.state_of(e) for e in exclude}
        ranked = sorted(counts, key=lambda k: -counts[k])
        return [k for k in ranked if k not in excluded_states][:n]

    # -- pronouns --------------------------------------------------------------------------------
    def resolve_pronoun(self, token: Token) -> str | None:
        """The actor a pronoun refers to, or None (see the module docstring)."""
        if token.i not in self._pronoun_cache:
            self._pronoun_cache[token.i] = self._resolve(token)
        return self._pronoun_cache[token.i]

    def _resolve(self, token: Token) -> str | None:
        low = token.lower_
        if low in PERSON_PRONOUNS:
            return self._antecedent(token, {"person"}, prefer_subject=True)
        if low in THING_PRONOUNS:
            return self._antecedent(token, {"state", "organization", "group"}, prefer_subject=True)
        if low in SPEAKER_PRONOUNS and self._inside_quote(token):
            return self._quote_speaker(token)
        return None

    def plural_antecedent(self, token: Token) -> list[str]:
        """The parties "they", "them" or "their" refer to: the nearest pair of party actors joined
        by "and" before it, or the main parties after "the two sides", within two sentences."""
        if self._inside_quote(token):
            return []
        earliest = self._sentence_start(token, back=2)
        for t in reversed(self.doc[earliest:token.i]):
            if self.is_sides(t):
                return self.main_parties(exclude=[])
            if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
                continue
            group = [t, *t.conjuncts]
            ids: list[str] = []
            for g in group:
                # actor_at, not actors_in: a "their" inside the phrase must not be resolved again
                actor_id = next((a for x in self.phrase_tokens(g, CLAUSE_DEPS | {"conj", "cc", "prep"})
                                 if x.lower_ not in PLURAL_PRONOUNS and (a := self.actor_at(x))), None)
                if actor_id and actor_id not in ids:
                    ids.append(actor_id)
            if len(ids) >= 2:
                return ids
        return []

    def _antecedent(self, token: Token, types: set[str], prefer_subject: bool = False) -> str | None:
        sent_start = token.sent.start
        earliest = self._sentence_start(token, back=2)
        candidates: list[tuple[int, str, bool]] = []
        for m in self.table.mentions:
            if m.start >= token.i or m.start < earliest:
                continue
            a = self.table.get(m.actor_id)
            if a is None or a.type not in types:
                continue
            root = self.doc[m.start:m.end].root
            candidates.append((m.start, m.actor_id, root.dep_ in SUBJECT_DEPS or root.dep_ == "poss"))
        # pronouns resolved earlier count as mentions too: "he said ... he added"
        for i, actor_id in self._pronoun_cache.items():
            a = self.table.get(actor_id)
            if actor_id and a is not None and a.type in types and earliest <= i < token.i:
                candidates.append((i, actor_id, self.doc[i].dep_ in SUBJECT_DEPS))
        if not candidates:
            return None
        candidates.sort()
        if prefer_subject:
            subjects = [c for c in candidates if c[2] and c[0] >= sent_start] or [c for c in candidates if c[2]]
            if subjects:
                return subjects[-1][1]
        return candidates[-1][1]

    def _sentence_start(self, token: Token, back: int) -> int:
        sents = list(self.doc.sents)
        idx = next((n for n, s in enumerate(sents) if s.start <= token.i < s.end), 0)
        return sents[max(0, idx - back)].start

    def _inside_quote(self, token: Token) -> bool:
        text = self.doc.text
        line_start = text.rfind("\n", 0, token.idx) + 1
        before = text[line_start:token.idx]
        opens = sum(before.count(q) for q in QUOTE_OPEN - {'"'}) - sum(before.count(q) for q in QUOTE_CLOSE - {'"', "“"})
        return before.count('"') % 2 == 1 or opens > 0

    def _quote_speaker(self, token: Token) -> str | None:
        for q in self.doc._.quotes or []:
            if q.span[0] <= token.idx < q.span[1] and q.speaker:
                return q.speaker
        # The speech verb after the closing quote ("...," he said), else before the opening one.
        text = self.doc.text
        line_end = text.find("\n", token.idx)
        line_end = len(text) if line_end < 0 else line_end
        close = min((p for p in (text.find(q, token.idx, line_end) for q in QUOTE_CLOSE) if p >= 0), default=-1)
        spans: list[Span] = []
        if close >= 0:
            after = self.doc.char_span(close + 1, line_end, alignment_mode="expand")
            if after is not None:
                spans.append(after)
        line_start = text.rfind("\n", 0, token.idx) + 1
        before = self.doc.char_span(line_start, token.idx, alignment_mode="contract")
        if before is not None:
            spans.append(before)
        for span in spans:
            for t in span:
                if t.lemma_.lower() in self.speech_verbs and t.pos_ == "VERB":
                    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None and subj.i != token.i and subj.lower_ not in SPEAKER_PRONOUNS:
                        actor_id = self.actor_at(subj) or next(iter(self.actors_in(self.phrase_tokens(subj))), None)
                        if actor_id:
                            return actor_id
        return None

    # -- subjects and objects ----------------------------------------------------------------------
    def subject_actors(self, verb: Token) -> list[str]:
        """The actors of a verb's subject, climbing conjunctions, complements and noun cues."""
        cur = verb
        for _ in range(5):
            subj = [c for c in cur.children if c.dep_ in ("nsubj", "csubj")]
            agent = [g for c in cur.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            heads = agent or subj
            if heads:
                # "Representatives from Congo and Rwanda": a country named as a place acts through them
                return self.actors_in((t for h in heads for t in self.phrase_tokens(h)),
                                        places_as_states=True, countries_only=True)
            if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in NOUN_POS:
                # "commends South Africa for hosting the talks": the noun before "for" acts
                named = self.actors_in(self.phrase_tokens(cur.head.head, CLAUSE_DEPS | {"prep"}))
                if named:
                    return named
            if cur.dep_ == "pcomp" and cur.head.lower_ == "for" and cur.head.head.pos_ in VERB_POS:
                # "commends the African Union ... and South Africa for hosting": the praised act
                praised = [o for c in cur.head.head.children if c.dep_ == "dobj"
                           for o in [c, *c.conjuncts] if o.i < cur.head.i]
                if praised:
                    named = self.actors_in(self.phrase_tokens(max(praised, key=lambda o: o.i), CLAUSE_DEPS | {"prep", "conj"}))
                    if named:
                        return named
            if cur.dep_ in ("conj", "xcomp", "dobj", "acomp", "pobj", "prep", "acl", "advcl", "pcomp") and cur.head.i != cur.i:
                cur = cur.head
                continue
            return []
        return []

    def targets(self, verb: Token, roles: tuple[str, ...], actors: list[str]) -> list[str]:
        """The targets the verb's roles name: its objects and the objects of the pattern's prepositions."""
        heads: list[Token] = []
        found: list[str] = []
        holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        # "left for meetings with Arnor", "held talks with Russia": the light verb's noun takes the prepositions
        holders += [o for o in verb_objects(verb) if o.pos_ in NOUN_POS and o.dep_ == "pobj" and o.i not in {h.i for h in holders}]
        for holder in holders:
            for c in holder.children:
                if c.dep_ in roles and c.dep_ in ("dobj", "dative") and holder.i == verb.i:
                    # the object's participle says whom it concerns: "activities focusing on the Ukrainian cities"
                    # where an event noun took place names no target ("concluded their meeting in Istanbul")
                    where = c.lemma_.lower() in self.event_nouns
                    tokens = list(self.object_tokens(c) if where else
                                  self.phrase_tokens(c, {"relcl", "advcl", "ccomp", "parataxis"}))
                    if where:
                        # "welcomes the signing of the Agreement ... between the Government and the Front":
                        # the parties of the welcomed event
                        tokens += [x for t in verb.subtree if t.dep_ == "prep" and t.lower_ in ("between", "among")
                                   for x in t.subtree]
                    found += [a for a in self.actors_in(tokens, places_as_states=True) if a not in found]
                    if any(self.is_sides(t) for t in tokens):
                        found += [a for a in self.sides_other_than(actors) if a not in found]
                elif c.dep_ in ("prep", "agent") and c.lower_ in roles and c.lower_ != "by":
                    heads += [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
        found += [a for a in self.actors_in((t for h in heads for t in self.phrase_tokens(h)), places_as_states=True)
                  if a not in found]
        if any(self.is_sides(t) for h in heads for t in self.phrase_tokens(h)):
            found += [a for a in self.sides_other_than(actors) if a not in found]
        return found

    # -- places and dates ------------------------------------------------------------------------
    def place(self, trigger: Token, tokens: list[Token], sentence: Span) -> tuple[str | None, tuple[float, float] | None]:
        """Where the event happened: a place governed by a locative preposition of the trigger,
        else a place in the trigger's phrase, else a place of the sentence."""
        # "in retaliation for a strike in south Lebanon": the place of another event is not this one's
        locative = [p for p in tokens if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS
                    and (p.head.i == trigger.i or p.head.lemma_.lower() not in self.trigger_nouns)]
        for prep in locative:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                hit = self._place_at(obj, states_too=True)
                if hit:
                    return hit
        for t in tokens:
            # a place the event is about ("the cities of Kyiv"), not one acted upon ("isolate Moscow")
            if t.dep_ in ("pobj", "compound", "appos", "conj"):
                hit = self._place_at(t)
                if hit:
                    return hit
        for t in sentence:
            if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS and _encloses(t, trigger):
                hit = self._place_at(t)
                if hit:
                    return hit
        return None, None

    def _place_at(self, token: Token, states_too: bool = False) -> tuple[str, tuple[float, float] | None] | None:
        m: Mention | None = self.table.at(token)
        if m is None:
            return None
        a = self.table.get(m.actor_id)
        if a is None:
            return None
        if a.type == "location":
            return a.name, a.coordinates
        if states_too and a.type == "state" and m.kind == "name":
            place = self.gazetteer.lookup(a.name) if self.gazetteer else None
            return a.name, (place.coordinates if place else a.coordinates)
        return None

    def date(self, trigger: Token, tokens: list[Token], sentence: Span, background: bool) -> DateMention | None:
        """The date of the event: a date in the trigger's phrase, else one of its sentence;
        a "since" date belongs to background events only."""
        dates = [d for d in self.doc._.dates or [] if sentence.start <= d.start < sentence.end and d.value]
        if not background:
            dates = [d for d in dates if d.relation != "since"]
        own = {t.i for t in tokens}
        inside = [d for d in dates if any(i in own for i in range(d.start, d.end))]
        # a date of another clause ("a bombing that killed 22 people in 2019") is that clause's
        enclosing = [d for d in dates if _encloses(self.doc[d.start], trigger)]
        return (inside or enclosing or [None])[0]


# Relations that open a clause of its own: a place or date inside one belongs to its events only.
OWN_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "parataxis", "csubj", "conj"}


def _clause_head(token: Token) -> Token:
    cur = token
    while cur.dep_ not in OWN_CLAUSE_DEPS and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _encloses(token: Token, trigger: Token) -> bool:
    """Whether ``token`` stands in the clause of ``trigger`` or in a clause around it."""
    head = _clause_head(token)
    return head.i == trigger.i or head.is_ancestor(trigger) or head.i == _clause_head(trigger).i
