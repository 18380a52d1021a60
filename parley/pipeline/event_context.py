"""Step 4 of the ``parley_events`` stage: what an event takes from the reports just before it.

An act whose sentence has no date takes the date of the sentence before when that sentence names
one of its actors; an act with no place the place of an act of its party just before, or of the act a
definite noun of its own refers back to ("The attack was claimed by ..."), and what is said or agreed at
talks the place of those talks. What a reaction to "the decision" targets is read
by :mod:`.event_targets`.
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.event_drafts import EventDraft
from parley.pipeline.event_places import PLACE_NOUNS
from parley.pipeline.event_roles import RoleReader


def inherit_dates(drafts: list[EventDraft], reader: RoleReader) -> None:
    """An act whose sentence names no date took place on the date of the sentence before, when
    that sentence names one of its actors."""
    sents, index = reader.sentences, reader.sentence_index
    for d in drafts:
        if d.date is not None or d.modality.status != "occurred" or d.modality.background:
            continue
        if any(d.sentence.start <= m.start < d.sentence.end for m in reader.doc._.dates or []):
            continue  # "fighting ... since 2015": the sentence dates itself
        n = index.get(d.sentence.start, 0)
        if n == 0:
            continue
        prev = sents[n - 1]
        if not set(reader.actors_in(prev)) & set(d.actors):
            continue
        d.date = reader.date(prev.root, list(prev), prev, False)


# Types of acts done by saying something: an accusation or a demand reported "on Monday" was made then.
SAID_TYPES = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "AGREE"}


def inherit_report_dates(drafts: list[EventDraft], reader: RoleReader, speech_verbs: frozenset[str]) -> None:
    """An act done by saying something, with no date of its own, was done when the report says it
    was said: "Peskov has accused Ukraine of disregarding the moratorium, TASS reported on Monday"."""
    for d in drafts:
        if d.date is not None or d.type not in SAID_TYPES and d.pattern.type not in SAID_TYPES \
                or d.modality.status != "occurred" or d.modality.background:
            continue
        for m in reader.doc._.dates or []:
            if not m.value or m.relation != "on" or not d.sentence.start <= m.start < d.sentence.end:
                continue
            verb = reader.doc[m.start].head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            # the reporting clause hangs under the act, often misparsed ("agency TASS reported" as a relative clause)
            if verb.lemma_.lower() in speech_verbs and d.trigger.is_ancestor(verb) \
                    and verb.dep_ in ("parataxis", "ccomp", "advcl", "relcl"):
                d.date = m
                break


def inherit_places(drafts: list[EventDraft], reader: RoleReader) -> None:
    """An act that names no place happened where the report placed an act of the same party just
    before ("The RSF stormed the hospital" after "an RSF attack on El Fasher's South Hospital")."""
    index = reader.sentence_index
    for n, d in enumerate(drafts):
        if d.place is not None or d.modality.status != "occurred" or d.modality.background:
            continue
        here = index.get(d.sentence.start, 0)
        placed = [k for k in drafts[:n] if k.place is not None and 0 <= here - index.get(k.sentence.start, 0) <= 1
                  and set(k.actors) & set(d.actors) and not k.modality.background]
        if placed:
            d.place, d.coordinates = placed[-1].place, placed[-1].coordinates
        else:
            d.place, d.coordinates = _referred_place(d.trigger, reader) or (None, None)


# Determiners of a noun that refers back to an act reported before ("The attack was claimed by Al Shabaab").
BACK_DETS = {"the", "this", "that"}
# How many sentences back such a noun may refer.
BACK_SENTENCES = 2


def _referred_place(trigger: Token, reader: RoleReader) -> tuple[str, tuple[float, float] | None] | None:
    """The place of the act a definite event noun of the trigger refers back to: "... killed in suicide
    bomb attack on local government office in the Somali capital Mogadishu. The attack was claimed by
    Al Shabaab": the attack claimed is the one placed in Mogadishu."""
    nouns = [t for t in (trigger, *trigger.children) if t.lemma_.lower() in reader.trigger_nouns
             and t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in BACK_DETS for c in t.children)]
    if not nouns:
        return None
    n = reader.sentence_index.get(trigger.sent.start, 0)
    for prev in reversed(reader.sentences[max(0, n - BACK_SENTENCES):n]):
        for t in reversed(prev):
            if t.lemma_.lower() == nouns[0].lemma_.lower():
                place, coordinates = reader.place(t, list(t.subtree), prev)
                return (place, coordinates) if place else None
    return None


# Types of what happens at talks: the meeting itself and what its parties agree there.
AT_TALKS = {"CONSULT", "AGREE"}
# Prepositions that place talks ("talks in Tanzania", "the meeting at the UN headquarters").
VENUE_PREPS = {"in", "at"}


def inherit_venues(drafts: list[EventDraft], reader: RoleReader, talk_nouns: frozenset[str]) -> None:
    """Talks or an agreement with no place of their own happened where the report placed the talks
    of the same parties: "Delegations concluded their meeting in Istanbul ... Fidan, who chairs the
    talks", "The meeting in the resort city of Arusha". The nearest placed talks before the act
    count, else the first "talks in X" after it (an act placed later may be another meeting); a
    report that places no talks is placed by its dateline ("PUTRAJAYA, Malaysia, July 28 (TNA) –
    Thailand and Cambodia have agreed")."""
    venues = [(k.trigger.i, k.place, k.coordinates, set(k.actors) | set(k.targets), False) for k in drafts
              if k.place is not None and k.act_type == "CONSULT" and not k.modality.background]
    venues += [(t.i, *hit, set(), True) for t in reader.doc if t.lemma_.lower() in talk_nouns and t.pos_ == "NOUN"
               and (hit := _venue_of(t, reader)) is not None]
    venues.sort(key=lambda v: v[0])
    dateline = _dateline_place(reader)
    for d in drafts:
        if d.place is not None or d.act_type not in AT_TALKS or d.modality.status != "occurred" \
                or d.modality.background:
            continue
        parties = set(d.actors) | set(d.targets)
        shared = [v for v in venues if not v[3] or not parties or v[3] & parties]
        before = [v for v in shared if v[0] < d.trigger.i]
        venue = before[-1] if before else next((v for v in shared if v[4]), None)
        if venue is not None:
            d.place, d.coordinates = venue[1], venue[2]
        elif dateline is not None:
            d.place, d.coordinates = dateline
    for d in drafts:
        if d.place is not None and d.act_type in AT_TALKS:
            city = _venue_city(d.place, reader)
            if city is not None:
                d.place, d.coordinates = city


# Kinds of gazetteer place a country stands above.
CITY_KINDS = {"city", "town"}


def _venue_city(place: str, reader: RoleReader) -> tuple[str, tuple[float, float] | None] | None:
    """The one city of a country the report names as a venue, for talks placed in the country:
    "talks in Saudi Arabia" in a report that also says "in Jeddah" were held in Jeddah."""
    gazetteer = reader.gazetteer
    country = gazetteer.lookup(place) if gazetteer else None
    if country is None or country.kind != "country" or not country.country:
        return None
    cities = set()
    for actor_id in reader.venues():
        a = reader.table.get(actor_id)
        hit = gazetteer.lookup(a.name) if a is not None else None
        if hit is not None and hit.kind in CITY_KINDS and hit.country == country.country:
            cities.add((a.name, hit.coordinates))
    return cities.pop() if len(cities) == 1 else None


def _venue_of(noun: Token, reader: RoleReader) -> tuple[str, tuple[float, float] | None] | None:
    """The place a talks noun is held at: "talks in Tanzania", "the meeting in the resort city of Arusha"."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in VENUE_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            named = [obj]
            if obj.lemma_.lower() in PLACE_NOUNS:
                named += [c for c in obj.children if c.dep_ == "appos"]
                named += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"]
            for t in named:
                hit = reader.place_at(t, states_too=True)
                if hit is not None:
                    return hit
    return None


def _dateline_place(reader: RoleReader) -> tuple[str, tuple[float, float] | None] | None:
    """The place of the dateline that opens the report, if any."""
    doc = reader.doc
    if not len(doc):
        return None
    end = reader.dateline_end(doc[0])
    for t in doc[:max(end, 0)]:
        hit = reader.place_at(t, states_too=True)
        if hit is not None:
            return hit
        place = reader.gazetteer.lookup(t.text.title()) if t.is_upper and reader.gazetteer else None
        if place is not None:  # "PUTRAJAYA, Malaysia": an upper-case name the actor finder passed over
            return place.name, place.coordinates
    return None
