"""Step 4 of the ``parley_events`` stage: what an event takes from the reports just before it.

An act whose sentence has no date takes the date of the sentence before when that sentence names
one of its actors, or the date of the same kind of act of the same parties told in the sentence before
or after; an act done by saying something takes the day its author was last reported speaking; a deed
dated only by the day of the report takes the earlier day the report gives it a few sentences on. An act
with no place takes the place of an act of its party just before, or of the act a definite noun of its
own refers back to ("The attack was claimed by ..."), and what is said or agreed at talks the place of
those talks. What a reaction to "the decision" targets is read
by :mod:`.event_targets`.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from parley.pipeline.event_drafts import EventDraft, coded_type
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


# A time of day ("at 3:35 PM", "5 p.m.", "at 21:00"): the act took place on a day the report has named.
CLOCK_TIME = re.compile(r"\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:[ap]\.m\.|[AaPp][Mm]\b)|\b(?:[01]?\d|2[0-3]):[0-5]\d\b")


def inherit_clock_dates(drafts: list[EventDraft], reader: RoleReader) -> None:
    """An act told with a time of day and no date took place on the last day the report named just
    before: "a press conference held on May 10. According to him, Pakistan's DGMO contacted his Indian
    counterpart at 3:35 PM"."""
    index = reader.sentence_index
    for d in drafts:
        if d.date is not None or d.modality.status != "occurred" or d.modality.background \
                or not CLOCK_TIME.search(d.sentence.text):
            continue
        here = index.get(d.sentence.start, 0)
        days = [m for m in reader.doc._.dates or [] if m.start < d.sentence.start and m.value and len(m.value) == 10
                and m.relation == "on" and here - index.get(reader.doc[m.start].sent.start, 0) <= 1]
        if days:
            d.date = days[-1]


def inherit_neighbour_dates(drafts: list[EventDraft], reader: RoleReader) -> None:
    """An act with no date is dated by the sentence before or after when that sentence tells the same
    kind of act, of the same parties or of parties unnamed, with a date: "Colombia's government and the
    ELN have agreed to a six-month ceasefire ... A deal ... was signed on Friday"."""
    index = reader.sentence_index
    for d in drafts:
        if d.date is not None or d.modality.status != "occurred" or d.modality.background:
            continue
        here = index.get(d.sentence.start, 0)
        neighbours = [k for n in (here - 1, here + 1) for k in drafts if index.get(k.sentence.start, 0) == n]
        for k in neighbours:
            if k.date is not None and k.date.value \
                    and coded_type(k) == coded_type(d) and k.modality.status == "occurred" \
                    and not k.modality.background and k.date.relation == "on" \
                    and (set(k.actors) & set(d.actors) or not k.actors or not d.actors):
                d.date = k.date
                break


# Types of acts done by saying something: an accusation or a demand reported "on Monday" was made then.
SAID_TYPES = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "AGREE"}
# Statuses of such an act that say it was done in the saying: a demand made ("demanded") is a request that occurred.
SAYING_STATUSES = {"occurred", "demanded"}


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


def inherit_speech_dates(drafts: list[EventDraft], reader: RoleReader, speech_verbs: frozenset[str]) -> None:
    """An act done by saying something, with no date of its own, was done when its author was last
    reported speaking: "Saar said Monday that ... Israel also demands that ..., Saar said"; "the UN
    Human Rights Office reported on Monday ... She denounced the raids"."""
    speeches = [(m, verb) for m in reader.doc._.dates or [] if m.value and m.relation == "on"
                and (verb := _speech_verb(reader.doc[m.start], speech_verbs)) is not None]
    if not speeches:
        return
    index = reader.sentence_index
    # the actors of each sentence that reports a speech, read once
    speakers = {verb.sent.start: set(reader.actors_in(reader.sentences[index.get(verb.sent.start, 0)]))
                for _, verb in speeches}
    for d in drafts:
        if d.date is not None or d.type not in SAID_TYPES and d.pattern.type not in SAID_TYPES \
                or d.modality.status not in SAYING_STATUSES or d.modality.background or not d.actors \
                or not _has_subject(d.trigger):
            continue  # "the ceasefire agreed in Doha" names an accord; it is no act of saying
        here = index.get(d.sentence.start, 0)
        for m, verb in reversed(speeches):
            if verb.i > d.trigger.i:
                continue
            if index.get(verb.sent.start, 0) > here or not speakers[verb.sent.start] & set(d.actors):
                continue
            d.date = m
            break


# How many sentences on the report may date again a deed it first dated by the day of the report.
ACT_DATE_REACH = 3


def prefer_act_dates(drafts: list[EventDraft], reader: RoleReader, speech_verbs: frozenset[str]) -> None:
    """A deed dated only by the day it was reported took place on the earlier day the report gives the
    same deed of the same party a few sentences on: "A Myanmar military airstrike on a village killed ten
    civilians, locals and media reports said on Wednesday. ... A military jet dropped three bombs on
    Nyaung Kone village ... on Tuesday afternoon"."""
    index = reader.sentence_index
    for d in drafts:
        m = d.date
        if m is None or not m.value or len(m.value) != 10 or coded_type(d) in SAID_TYPES:
            continue
        verb = _speech_verb(reader.doc[m.start], speech_verbs)
        if verb is None or not verb.is_ancestor(d.trigger):
            continue
        here = index.get(d.sentence.start, 0)
        for k in drafts:
            own = k.date
            if own is None or not own.value or len(own.value) != 10 or not own.value < m.value \
                    or not 0 < index.get(k.sentence.start, 0) - here <= ACT_DATE_REACH \
                    or coded_type(k) != coded_type(d) or not set(k.actors) & set(d.actors) \
                    or _speech_verb(reader.doc[own.start], speech_verbs) is not None:
                continue
            d.date = own
            break


def _has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own or shares that of the verb it is coordinated with."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.head.i != verb.i and _has_subject(verb.head)


def _speech_verb(token: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The verb of saying a date hangs on ("said on Monday", "reported Monday"), if it is one."""
    verb = token.head.head if token.head.dep_ == "prep" else token.head  # "said on Monday", "said Monday"
    return verb if verb.lemma_.lower() in speech_verbs and verb.pos_ == "VERB" else None


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
