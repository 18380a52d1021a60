"""Which party a word of an event names: read from the actor table, the parse and the text around it.

Actor ids come from ``doc._.actors``. A capital the actors stage read as an agent stands for its
state ("Ankara has been mediating"). Pronouns are resolved here, for events only: "he" and "she" to
the nearest person named before, "it" and "its" to the nearest state or organization, "they" and
"them" to the nearest pair of parties joined by "and" (or the main parties after "the two sides"),
and "we", "our" and "I" inside a quotation to its speaker (from ``doc._.quotes`` when the quotes
stage found it, otherwise the subject of the speech verb beside the quotation); "the group" to the
armed group named before. Other definite descriptions ("the army", "the top diplomat", "the armed
alliance") are read by :mod:`.event_descriptions`, bodies named by a noun ("rights groups", "Myanmar's
army") by :mod:`.event_bodies`, and a dateline (:mod:`.event_datelines`) names no party.
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
from parley.pipeline.event_phrases import QUOTE_CLOSE, inside_quote
from parley.pipeline.event_venues import venues
from parley.pipeline.extensions import ActorTable
from parley.pipeline.gazetteer import Gazetteer

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
PARTY_TYPES = {"person", "organization", "state", "group"}
PERSON_PRONOUNS = {"he", "she", "him", "his", "her", "hers"}
THING_PRONOUNS = {"it", "its"}
SPEAKER_PRONOUNS = {"we", "our", "us", "ours", "i", "my", "me"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
# Relations below a word that start a new clause: its actors are not the word's.
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "parataxis", "acl", "csubj", "mark"}
# Relations that end one conjunct's own phrase: clauses, further conjuncts and prepositional phrases.
CONJUNCT_STOP_DEPS = CLAUSE_DEPS | {"conj", "cc", "prep"}
SUBJECT_DEPS = {"nsubj", "csubj", "expl"}
# Definite nouns that refer back to the armed group named before ("the group", "the militia").
GROUP_NOUNS = {"group", "militia", "movement", "insurgency", "faction"}
# Prepositions of an object's phrase that say where, never whom ("on" may name a target: "sanctions on Iran").
PLACE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout"}
# Prepositions that name the parties of an act together ("talks between Russia and Ukraine").
PAIR_PREPS = {"between", "among"}
# How many of the most named parties a pair must share one with to be "the two sides".
SIDES_MAIN = 3


class PartyResolver:
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
        counts: dict[str, int] = {}
        venue = venues(self.doc, self.table)  # "will meet this week in Barbados": no party
        for m in self.table.mentions:
            a = self.table.get(m.actor_id)
            if a is None or m.actor_id in exclude or self._dateline(m.start, m.end):
                continue
            if a.type in ("state", "group") or (a.type == "location" and self.stateless_country(a.id)
                                                and a.id not in venue):
                counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
        excluded_states = {self.table.state_of(e) for e in exclude}
        ranked = sorted(counts, key=lambda k: -counts[k])
        if ranked and ranked[0] not in self._mediators:
            # "China negotiates ceasefire in Myanmar": a report built around its mediator is no
            # report of the sides' own acts, and names them too seldom to rank them
            ranked = [k for k in ranked if k not in self._mediators]
        return [k for k in ranked if k not in excluded_states][:n]

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

    # -- pronouns --------------------------------------------------------------------------------
    def resolve_pronoun(self, token: Token) -> str | None:
        """The actor a pronoun refers to, or None (see the module docstring)."""
        if token.i not in self._pronoun_cache:
            self._pronoun_cache[token.i] = self._resolve(token)
        return self._pronoun_cache[token.i]

    def _resolve(self, token: Token) -> str | None:
        low = token.lower_
        if low in PERSON_PRONOUNS:
            return self._antecedent(token, {"person"}, prefer_subject=True, skip=self._clause_subject(token))
        if low in THING_PRONOUNS:
            return self._speaker_of_clause(token) or self._antecedent(
                token, {"state", "organization", "group"}, prefer_subject=True, skip=self._clause_subject(token))
        if low in SPEAKER_PRONOUNS and inside_quote(token):
            return self._quote_speaker(token)
        return None

    def plural_antecedent(self, token: Token) -> list[str]:
        """The parties "they", "them" or "their" refer to: the nearest pair of party actors joined
        by "and" before it, or the main parties after "the two sides", within two sentences."""
        if inside_quote(token):
            return []
        named = self._reporting_subject(token) or self._plural_subject_before(token) or self._plural_object_before(token)
        if named:
            # "The Houthis, aligned with Iran, ousted ... They have been fighting": a plural-named subject
            return named
        earliest = self._sentence_start(token, back=2)
        for t in reversed(self.doc[earliest:token.i]):
            if self.is_sides(t):
                return self.sides_at(t)
            if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
                continue
            group = [t, *t.conjuncts]
            ids: list[str] = []
            for g in group:
                # actor_at, not actors_in: a "their" inside the phrase must not be resolved again
                actor_id = next((a for x in self.phrase_tokens(g, CONJUNCT_STOP_DEPS)
                                 if x.lower_ not in PLURAL_PRONOUNS and (a := self.actor_at(x))), None)
                if actor_id and actor_id not in ids:
                    ids.append(actor_id)
            if len(ids) >= 2:
                return ids
        return []

    def _reporting_subject(self, token: Token) -> list[str]:
        """The party "they" stands for in what it says of itself: "Houthi rebels announced that they
        had launched an assault"."""
        clause = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return []
        speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if speaker is None or not (speaker.tag_ in ("NNS", "NNPS") or speaker.lower_.endswith("s")):
            return []
        for t in [speaker, *(c for c in speaker.children if c.dep_ == "compound")]:
            a = self.actor_at(t)
            if a is not None and self.actor_type(a) in ("group", "organization", "state"):
                return [a]
        return []

    def _plural_object_before(self, token: Token) -> list[str]:
        """The party "them" as an object refers to when its sentence names a plural of one party
        before it: "Israel detained two Hamas commanders and accused them of planning attacks"."""
        if token.dep_ not in ("dobj", "dative", "pobj"):
            return []
        for t in reversed(token.sent[:token.i - token.sent.start]):
            if t.tag_ not in ("NNS", "NNPS") or t.dep_ in SUBJECT_DEPS | {"nsubjpass"}:
                continue
            ids: list[str] = []
            for x in self.phrase_tokens(t, CONJUNCT_STOP_DEPS):
                a = self.actor_at(x) if x.lower_ not in PLURAL_PRONOUNS else None
                if a is not None and a not in ids:
                    ids.append(a)
            if len(ids) == 1 and self.actor_type(ids[0]) in ("state", "group"):
                return ids
        return []

    def _plural_subject_before(self, token: Token) -> list[str]:
        """The party a sentence-initial "they" continues: the plural-named subject ("the Houthis",
        "the Taliban") of the sentence before, when it is one party and not a pair."""
        if token.dep_ not in ("nsubj", "nsubjpass") or any(t.pos_ in NOUN_POS for t in token.sent[:token.i - token.sent.start]):
            return []
        start = self._sentence_start(token, back=1)
        prev = self.doc[start:token.sent.start]
        subjects = [t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        for subj in subjects[:1]:
            if subj.tag_ not in ("NNPS", "NNS") and not subj.text.endswith("s"):
                return []
            if any(c.dep_ == "conj" for c in subj.children):
                return []
            a = self.actor_at(subj)
            if a is not None and self.actor_type(a) in ("group", "organization"):
                return [a]
        return []

    def _speaker_of_clause(self, token: Token) -> str | None:
        """The state, organization or group that "it" reports of itself: "Israel launched a strike
        on Qatar's capital, saying it had targeted Hamas leadership"."""
        clause = token.head
        if token.lower_ != "it" or token.dep_ != "nsubj" or clause.dep_ != "ccomp" \
                or clause.head.lemma_.lower() not in self.speech_verbs:
            return None
        cur = clause.head
        for _ in range(3):
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                a = self.actor_at(subj) if subj.i != token.i else None
                return a if a is not None and self.actor_type(a) in ("state", "organization", "group") else None
            if cur.dep_ not in ("advcl", "conj", "xcomp") or cur.head.i == cur.i:
                return None
            cur = cur.head
        return None

    def _clause_subject(self, token: Token) -> str | None:
        """The actor an object pronoun cannot stand for: the subject of its own clause ("the
        government cut off relations with the UAE, accusing it of ..." accuses the UAE, not itself)."""
        if token.dep_ not in ("dobj", "dative", "pobj") or token.lower_ in ("its", "his", "her"):
            return None
        cur = token.head.head if token.dep_ == "pobj" else token.head
        for _ in range(4):
            subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return self.actor_at(subj) if subj.i != token.i else None
            if cur.dep_ not in ("advcl", "xcomp", "conj") or cur.head.i == cur.i:
                return None
            cur = cur.head
        return None

    def _antecedent(self, token: Token, types: set[str], prefer_subject: bool = False,
                    skip: str | None = None) -> str | None:
        sent_start = token.sent.start
        earliest = self._sentence_start(token, back=2)
        candidates: list[tuple[int, str, bool]] = []
        for m in self.table.mentions:
            if m.start >= token.i or m.start < earliest or m.actor_id == skip:
                continue
            a = self.table.get(m.actor_id)
            if a is None or a.type not in types or a.sector == "MED":
                continue  # a news agency reports; "its forces" are not AFP's
            root = self.doc[m.start:m.end].root
            candidates.append((m.start, m.actor_id, root.dep_ in SUBJECT_DEPS or root.dep_ == "poss"))
        # pronouns resolved earlier count as mentions too: "he said ... he added"
        for i, actor_id in self._pronoun_cache.items():
            a = self.table.get(actor_id)
            if actor_id and actor_id != skip and a is not None and a.type in types and earliest <= i < token.i:
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
        idx = next((n for n, s in enumerate(self.sentences) if s.start <= token.i < s.end), 0)
        return self.sentences[max(0, idx - back)].start

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
