"""Where and when an event happened: places and dates read from the parse, for :mod:`.event_roles`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley import lexicon
from parley.pipeline.event_references import PartyResolver
from parley.pipeline.event_words import PAIR_PREPS
from parley.pipeline.extensions import DateMention, Mention

LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "on", "across", "throughout"}
# Prepositions that introduce what an event is about; "on" is left out because it is also locative
# ("clashes on the border") and counts only for talks.
TOPIC_PREPS_WITHOUT_ON = {"about", "regarding", "concerning", "over"}
# Prepositions that introduce what talks are about ("held discussions on evacuation").
TALKS_TOPIC_PREPS = TOPIC_PREPS_WITHOUT_ON | {"on"}
# Prepositions whose object is a party to the event, never where it happened.
PARTY_PREPS = PAIR_PREPS | {"with", "against", "by"}
_RULES = lexicon.resource("event_places.yaml")
# Per type, the prepositions whose object is where an act of that type went or came from ("withdraw from").
DIRECTIONS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _RULES["directions"].items()}
# Verbs that govern an act and name where it went by their object ("forced to leave El-Fasher due to attacks").
MOTION_VERBS = frozenset(_RULES["motion_verbs"])
MOTION_PREPS = frozenset(_RULES["motion_preps"])
# Verbs of a relative clause that says where an act happened ("the attack, which occurred in ...").
HAPPEN_VERBS = frozenset(_RULES["happen_verbs"])
# Settlement nouns that stand for the place named in apposition or after "of" ("the city of El-Fasher").
PLACE_NOUNS = frozenset(_RULES["place_nouns"])


class PlaceReader(PartyResolver):
    """Reads the place and the date of an event."""

    trigger_nouns: frozenset[str]  # nouns that report an event by themselves ("a strike")

    def place(self, trigger: Token, tokens: list[Token], sentence: Span,
              talks: bool = False, act: str | None = None) -> tuple[str | None, tuple[float, float] | None]:
        """Where the event happened: a place governed by a locative preposition of the trigger (or, for
        an ``act`` type that moves, a preposition of direction: "withdraw from"), else one a relative
        clause of its noun says it happened in, else a place in the trigger's phrase, else a place of
        its clause or of a participle clause telling what it did (not one describing another clause's
        subject), else the place a motion verb governing it names; for ``talks``, not a place of what
        they are about."""
        # "held discussions on evacuation ... especially in Mariupol": the place of the topic is not the event's
        topic = TALKS_TOPIC_PREPS if talks else TOPIC_PREPS_WITHOUT_ON
        tokens = [t for t in tokens if not _under_topic(t, trigger, topic)]
        # "in retaliation for a strike in south Lebanon": the place of another event is not this one's
        preps = LOCATIVE_PREPS | DIRECTIONS.get(act or "", frozenset())
        locative = [p for p in tokens if p.dep_ == "prep" and p.lower_ in preps
                    and (p.head.i == trigger.i or p.head.lemma_.lower() not in self.trigger_nouns)]
        for prep in locative:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                # "security assistance to Ukraine": a state an act goes to receives it; a city is where it went
                hit = self.place_at(obj, states_too=prep.lower_ != "to", named_after=True)
                if hit:
                    return hit
        # "the suicide attack, which took place today ... in Mogadishu": where the act is said to happen
        for clause in (c for t in tokens for c in t.children if c.dep_ == "relcl" and _happening(c)):
            for prep in (c for c in self.phrase_tokens(clause) if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    hit = self.place_at(obj, states_too=True, named_after=True)
                    if hit:
                        return hit
        for t in tokens:
            # a place the event is about ("the cities of Kyiv"), not one acted upon ("isolate Moscow")
            if t.dep_ in ("pobj", "compound", "appos", "conj") and not _party_phrase(t):
                hit = self.place_at(t)
                if hit:
                    return hit
        for t in sentence:
            if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS and (encloses(t, trigger) or _result(t, trigger)) \
                    and not _describes_other_subject(t, trigger):
                hit = self.place_at(t)
                if hit:
                    return hit
        return self._motion_place(trigger) or (None, None)

    def _motion_place(self, trigger: Token) -> tuple[str, tuple[float, float] | None] | None:
        """The place a motion verb governing the act names: "forced to leave the city of El-Fasher due to
        attacks", "fled Al Fasher ... amid attacks", "Trucks carrying humanitarian aid entered Gaza"."""
        cur = trigger
        while cur.head.i != cur.i and cur.dep_ not in ("ccomp", "parataxis", "relcl", "conj"):
            cur = cur.head
            if cur.pos_ != "VERB" or cur.lemma_.lower() not in MOTION_VERBS:
                continue
            # what is left or entered, else where from or to ("fled Al Fasher ... to Tawila": Al Fasher)
            objs = [c for c in cur.children if c.dep_ == "dobj"] or [
                g for c in cur.children if c.dep_ == "prep" and c.lower_ in MOTION_PREPS
                for g in c.children if g.dep_ == "pobj"]
            for obj in objs:
                hit = self.place_at(obj, named_after=True)
                if hit:
                    return hit
        return None

    def place_at(self, token: Token, states_too: bool = False,
                 named_after: bool = False) -> tuple[str, tuple[float, float] | None] | None:
        """The place a word names (with ``states_too``, a country named as a state), or that a settlement noun
        stands for in apposition ("the Somali capital Mogadishu") or, with ``named_after``, after "of" ("the
        city of El-Fasher"): only for the object of the act's own preposition or of a motion verb, since such
        a noun elsewhere in the act's phrase is often not where it happened."""
        m: Mention | None = self.table.at(token)
        if m is None:
            if token.lemma_.lower() not in PLACE_NOUNS:
                return None
            # "the capital, Kabul", "the city of El-Fasher"; but "the capital of North Darfur" is not North
            # Darfur, nor is "the port of Ukraine" the country
            hit = next((h for c in token.children if c.dep_ == "appos"
                        and (h := self.place_at(c, states_too)) is not None), None)
            if hit is None and named_after and token.lemma_.lower() != "capital":
                hit = next((h for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj" and (h := self.place_at(g)) is not None), None)
            return hit
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
        # "ISTANBUL, May 1 — Kalin met yesterday with Zelensky": the dateline says when the report was filed
        dates.sort(key=lambda d: d.start < self.dateline_end(self.doc[d.start]))
        own = {t.i for t in tokens}
        inside = [d for d in dates if any(i in own for i in range(d.start, d.end))]
        # a date of another clause ("a bombing that killed 22 people in 2019") is that clause's
        enclosing = [d for d in dates if encloses(self.doc[d.start], trigger)]
        return (inside or enclosing or [None])[0]


def _under_topic(token: Token, trigger: Token, preps: set[str]) -> bool:
    """Whether a word stands in what an event is about ("talks on the situation in Gaza")."""
    cur = token
    while cur.i != trigger.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ in preps:
            return True
        cur = cur.head
    return False


def _party_phrase(token: Token) -> bool:
    """Whether a word stands in a phrase that names parties, not a place ("between Riyadh and Sanaa")."""
    cur = token
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_ == "pobj" and cur.head.lower_ in PARTY_PREPS


def _result(token: Token, trigger: Token) -> bool:
    """Whether a word stands in a participle clause telling what the trigger's clause did: "Israeli
    airstrikes continued ..., killing seven in Beirut"."""
    head = _clause_head(token)
    return head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.i in (trigger.i, trigger.head.i)


def _happening(verb: Token) -> bool:
    """Whether a verb says that something happened ("occurred", "took place")."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "place" for c in verb.children)
    return lemma in HAPPEN_VERBS


def _describes_other_subject(token: Token, trigger: Token) -> bool:
    """Whether a word stands in the phrase of another clause's subject: "a local activist in southern
    Idlib, said the rebels withdrew from Khan Sheikhoun" (where the speaker is, not where the act was)."""
    cur = token
    while cur.head.i != cur.i and cur.dep_ not in OWN_CLAUSE_DEPS:
        if cur.dep_ in ("nsubj", "nsubjpass") and cur.i != trigger.i and not cur.is_ancestor(trigger):
            return True
        cur = cur.head
    return False


# Relations that open a clause of its own: a place or date inside one belongs to its events only.
OWN_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "parataxis", "csubj", "conj"}


def _clause_head(token: Token) -> Token:
    cur = token
    while cur.dep_ not in OWN_CLAUSE_DEPS and cur.head.i != cur.i:
        cur = cur.head
    return cur


def encloses(token: Token, trigger: Token) -> bool:
    """Whether ``token`` stands in the clause of ``trigger`` or in a clause around it."""
    head = _clause_head(token)
    return head.i == trigger.i or head.is_ancestor(trigger) or head.i == _clause_head(trigger).i
