"""Where and when an event happened: places and dates read from the parse, for :mod:`.event_roles`."""

from __future__ import annotations

from spacy.tokens import Span, Token

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


class PlaceReader(PartyResolver):
    """Reads the place and the date of an event."""

    trigger_nouns: frozenset[str]  # nouns that report an event by themselves ("a strike")

    def place(self, trigger: Token, tokens: list[Token], sentence: Span,
              talks: bool = False) -> tuple[str | None, tuple[float, float] | None]:
        """Where the event happened: a place governed by a locative preposition of the trigger,
        else a place in the trigger's phrase, else a place of the sentence; for ``talks``, not a
        place of what they are about."""
        # "held discussions on evacuation ... especially in Mariupol": the place of the topic is not the event's
        topic = TALKS_TOPIC_PREPS if talks else TOPIC_PREPS_WITHOUT_ON
        tokens = [t for t in tokens if not _under_topic(t, trigger, topic)]
        # "in retaliation for a strike in south Lebanon": the place of another event is not this one's
        locative = [p for p in tokens if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS
                    and (p.head.i == trigger.i or p.head.lemma_.lower() not in self.trigger_nouns)]
        for prep in locative:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                hit = self.place_at(obj, states_too=True)
                if hit:
                    return hit
        for t in tokens:
            # a place the event is about ("the cities of Kyiv"), not one acted upon ("isolate Moscow")
            if t.dep_ in ("pobj", "compound", "appos", "conj") and not _party_phrase(t):
                hit = self.place_at(t)
                if hit:
                    return hit
        for t in sentence:
            if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS and encloses(t, trigger):
                hit = self.place_at(t)
                if hit:
                    return hit
        return None, None

    def place_at(self, token: Token, states_too: bool = False) -> tuple[str, tuple[float, float] | None] | None:
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
