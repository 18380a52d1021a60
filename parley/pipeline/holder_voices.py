"""Whose voice a speaker is: the non-state body a title beside a person's name makes them speak for.

docs/annotation.md section 5: a spokesman's, a delegation head's, a negotiator's or an envoy's "we" inside a quote is
the body they speak for ("'We are willing to implement a cease-fire,' Beltran added", after "the ELN's chief
negotiator, Pablo Beltran": the ELN), and the person is an optional copy; "I" and a sentence that makes the person its
subject stay the person's. The body is read from the title that stands beside one of the person's names, before it
("ICRC chief spokesperson Christian Cardon", "SPLA-IO's deputy spokesman Lam Paul Gabriel", "The acting head of
UNMISS, Raisedon Zenenga") or after it, set off by a comma ("Salim al-Muslat, spokesman for the High Negotiations
Committee", "Ahmed Kasim, the group's chief negotiator"). Only an armed group, a party, an international body, an
agency or another body that is no state's government counts: a state and its officials already stand for each other.

A former head of state or government ("Former Kenyan President Uhuru Kenyatta, the East African Community
facilitator") no longer speaks for his state: his "we" is the body he now serves, else his own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from parley import lexicon
from parley.models import Actor
from parley.pipeline.actor_titles import TITLE_WORDS
from parley.pipeline.extensions import ActorTable
from parley.pipeline.holder_states import STATE_AND_PRESS_SECTORS

if TYPE_CHECKING:
    from parley.pipeline.holder_pronouns import PronounResolver

# How many words a title beside a name may take ("Sudan People Liberation Movement in Opposition (SPLM-IO) Deputy
# Chief Negotiator Dhieu Mathok").
TITLE_REACH = 16
# Words that join a title to the body it serves ("head of the SLM delegation", "spokesman for the HNC").
TITLE_LINKS = {"of", "for", "from", "at", "in", "to", "with"}
# A role held in the past: "former president", "ex-president", or years that closed before the report
# ("President of Kenya (2013-2022)" in a 2025 story).
FORMER_ROLE = re.compile(r"\bformer\b|\bex-", re.I)
YEARS = re.compile(r"\(\s*(\d{4})\s*[-–]\s*(\d{4})\s*\)")
# Words before a name that make its title a past one ("Former Nigerian President Olusegun Obasanjo").
FORMER = {"former", "ex", "ex-"}
_TITLES = lexicon.mapping("titles.yaml")
# Titles of those who witness, report or comment rather than speak for a body (titles.yaml sectors CVL and MED).
VOICELESS = frozenset({k for k, v in _TITLES.items() if (v or {}).get("sector") in ("CVL", "MED")} | {"expert", "source"})
# Titles of a state's own office, by which a person speaks for the state (titles.yaml sector GOV).
GOVERNMENT_TITLES = frozenset(k for k, v in _TITLES.items() if (v or {}).get("sector") == "GOV" and " " not in k)


def voiced_body(resolver: PronounResolver, person: str) -> str | None:
    """The non-state body whose title stands beside one of the person's names, or None."""
    actor = resolver.table.get(person)
    if actor is None or actor.type != "person":
        return None
    for m in resolver.table.mentions:
        if m.actor_id != person or m.kind != "name":
            continue
        before = _body_before(resolver, m.start, person)
        bodies = [before] if before is not None else _bodies_after(resolver, m.end, person)
        if bodies:
            return _most_specific(resolver, bodies)
    return None


def _most_specific(resolver: PronounResolver, bodies: list[str]) -> str:
    """Of the bodies a title names, the one that is part of another ("the Special Representative of the UN
    Secretary-General and Head of UNMISS": the UN Mission in South Sudan, not the UN), else the first."""
    def names(actor_id: str) -> list[str]:
        actor = resolver.table.get(actor_id)
        return [n.lower() for n in ((actor.name, *actor.aliases) if actor else ()) if n]
    for body in bodies:
        if any(other != body and any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", own) for n in names(other)
                                     for own in names(body)) for other in bodies):
            return body
    return bodies[0]


def former_official(resolver: PronounResolver, actor: Actor) -> bool:
    """Whether a person held their state's office only in the past: "former" before a name of theirs, or a role
    whose state office is past and that holds no state office still ("President of Kenya (2013-2022); peace
    facilitator" in a later story)."""
    doc = resolver.doc
    if any(m.actor_id == actor.id and m.kind == "name" and any(t.lower_ in FORMER for t in doc[max(0, m.start - 4):m.start])
           for m in resolver.table.mentions):
        return True
    meta = doc._.meta if doc.has_extension("meta") else None
    year = str(getattr(meta, "published", None) or "")[:4]
    parts = [p.strip() for p in (actor.role or "").split(";") if p.strip()]
    offices = [p for p in parts if GOVERNMENT_TITLES & set(re.findall(r"[a-z]+", p.lower()))]
    return bool(offices) and all(FORMER_ROLE.search(p) or ((y := YEARS.search(p)) and year.isdigit() and int(y.group(2)) < int(year))
                                 for p in offices)


def _voiceless(resolver: PronounResolver, units: list[tuple[int, int]]) -> bool:
    """Whether a title is one of those who speak of a party rather than for it: "an analyst at the International Crisis
    Group", "a correspondent for Al Jazeera", "a doctor at the hospital"."""
    words = {w for u in units if u[1] - u[0] == 1 for t in (resolver.doc[u[0]],) for w in (t.lower_, t.lemma_.lower())}
    return bool(words & (VOICELESS | resolver.cues.commentator_nouns))


def _is_title(tok: Token, resolver: PronounResolver) -> bool:
    """A title's head word (titles.yaml) or a word by which a title makes one a body's voice (``voice_titles``)."""
    low = tok.lower_
    return low in TITLE_WORDS or tok.lemma_.lower() in TITLE_WORDS or low in resolver.cues.voice_titles \
        or tok.lemma_.lower() in resolver.cues.voice_titles


def _body_at(resolver: PronounResolver, tok: Token, person: str) -> str | None:
    """The non-state body a word of a title names: its own mention, or a body noun that refers back ("the group's")."""
    m = resolver.table.at(tok)
    if m is not None:
        actor = resolver.table.get(m.actor_id)
    elif tok.pos_ == "NOUN" and tok.lemma_.lower() in resolver.cues.title_bodies:
        # "the group's chief negotiator": the armed group named last ("the bloc's": the organization), no state's body
        kinds = ("group",) if tok.lemma_.lower() in resolver.cues.group_bodies else ("organization",)
        found = resolver._nearest(tok, kinds, skip_sectors=tuple(STATE_AND_PRESS_SECTORS)) \
            or resolver._nearest(tok, ("organization", "group"), skip_sectors=tuple(STATE_AND_PRESS_SECTORS))
        actor = resolver.table.get(found) if found else None
    else:
        return None
    if actor is None or actor.id == person or actor.type not in ("organization", "group") or actor.sector in STATE_AND_PRESS_SECTORS:
        return None
    return actor.id


def _other_person(resolver: PronounResolver, tok: Token, person: str) -> bool:
    """Whether a word names a person other than the one titled: the title is not this person's."""
    m = resolver.table.at(tok)
    actor = resolver.table.get(m.actor_id) if m is not None else None
    return actor is not None and actor.id != person and actor.type == "person"


def _breaks(tok: Token) -> bool:
    """A word no title holds: a verb, a pronoun, a conjunction, punctuation other than brackets and dashes."""
    return tok.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ") or (tok.pos_ == "ADP" and tok.lower_ not in TITLE_LINKS) \
        or (tok.is_punct and tok.text not in ("(", ")", "-", "–") and tok.tag_ != "POS")


def _units(resolver: PronounResolver, first: int, last: int, step: int) -> list[tuple[int, int]]:
    """The words from ``first`` towards ``last`` (by ``step``), an actor's mention taken whole, as (start, end) spans
    in reading order, up to the first word no title holds."""
    doc, table = resolver.doc, resolver.table
    out: list[tuple[int, int]] = []
    i = first
    while (i >= last if step < 0 else i < last):
        m = table.at(i)
        if m is not None:
            out.append((m.start, m.end))
            i = m.start - 1 if step < 0 else m.end
            continue
        if _breaks(doc[i]) and not (step > 0 and _joins_titles(resolver, doc[i])):
            break
        out.append((i, i + 1))
        i += step
    return out


def _joins_titles(resolver: PronounResolver, tok: Token) -> bool:
    """"... of the UN Secretary-General and Head of UNMISS": an "and" that goes on to another title of the same person."""
    nxt = next((t for t in tok.doc[tok.i + 1:tok.i + 3] if t.pos_ != "DET"), None)
    return tok.lower_ == "and" and nxt is not None and resolver.table.at(nxt) is None and _is_title(nxt, resolver)


def _unit_title(resolver: PronounResolver, unit: tuple[int, int]) -> bool:
    """Whether a span of a title's words is one title word, no actor's name."""
    return unit[1] - unit[0] == 1 and resolver.table.at(unit[0]) is None and _is_title(resolver.doc[unit[0]], resolver)


def _body_before(resolver: PronounResolver, start: int, person: str) -> str | None:
    """"ICRC chief spokesperson Christian Cardon", "the ELN's chief negotiator, Pablo Beltran": the body in the title
    just before the name, with a title word between the body and the name ("The acting head of UNMISS, Raisedon
    Zenenga": or before the body, joined to it by "of")."""
    doc = resolver.doc
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    units = _units(resolver, i, max(doc[start].sent.start, start - TITLE_REACH), -1)
    if _voiceless(resolver, units):
        return None
    for k, unit in enumerate(units):
        if any(_other_person(resolver, doc[t], person) for t in range(*unit)):
            return None
        body = _body_at(resolver, doc[unit[0]], person)
        if body is None:
            continue
        if any(_unit_title(resolver, u) for u in units[:k]):
            return body  # the title between the body and the name
        rest = [u for u in units[k + 1:] if doc[u[0]].pos_ != "DET"]
        if rest and doc[rest[0][0]].lower_ in TITLE_LINKS and any(_unit_title(resolver, u) for u in rest[1:3]):
            return body  # "head of UNMISS"
        return None
    return None


def _bodies_after(resolver: PronounResolver, end: int, person: str) -> list[str]:
    """"Salim al-Muslat, spokesman for the High Negotiations Committee", "Ahmed Hussein Adam, a JEM spokesman": the
    bodies in the title set off by a comma after the name."""
    doc = resolver.doc
    if end >= len(doc) or doc[end].text != ",":
        return []
    units = _units(resolver, end + 1, min(end + 1 + TITLE_REACH, doc[end].sent.end), 1)
    if not any(_unit_title(resolver, u) for u in units) or _voiceless(resolver, units):
        return []
    bodies: list[str] = []
    for unit in units:
        if any(_other_person(resolver, doc[t], person) for t in range(*unit)):
            break
        body = _body_at(resolver, doc[unit[0]], person)
        if body is not None and body not in bodies:
            bodies.append(body)
    return bodies


def titled_person(tok: Token, table: ActorTable) -> str | None:
    """"The Chairperson of the African Union Commission Mahmoud Ali Youssouf": a title whose "of" phrase ends
    in the name of a person (the parser's reading of a title before a name) stands for that person, and so does one
    whose "for" phrase names the post's field before the name ("UN Undersecretary-General for Humanitarian Affairs
    Martin Griffiths", not "the spokesman for President Kiir") or whose words end in a name set off by commas ("The
    head of the UN mission in South Sudan, Nicholas Haysom, urged", the name hung on the mission): the person is the
    holder, not the body the title serves."""
    if tok.lemma_.lower() not in TITLE_WORDS or table.at(tok) is not None:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            m = table.at(obj)
            actor = table.get(m.actor_id) if m is not None else None
            if actor is not None and actor.type == "person" and (prep.lower_ == "of" or (
                    obj.left_edge.i < m.start and obj.left_edge.lemma_.lower() not in TITLE_WORDS
                    and obj.left_edge.lower_ not in TITLE_WORDS)):
                return actor.id
    # "The Chairperson of the African Union (AU) Commission Moussa Faki Mahamat": the name the parser sets in
    # apposition to the title, past the body it serves
    for c in tok.children:
        actor = table.get(m.actor_id) if c.dep_ == "appos" and c.i > tok.i and (m := table.at(c)) else None
        if actor is not None and actor.type == "person" and m.kind == "name":
            return actor.id
    return _closing_name(tok, table)


def _closing_name(tok: Token, table: ActorTable) -> str | None:
    """The person named in apposition at the very end of a title's words, set off by commas, with no verb between."""
    doc = tok.doc
    for t in tok.subtree:
        if t.dep_ != "appos" or t.i <= tok.i or t.left_edge.i == 0 or doc[t.left_edge.i - 1].text != ",":
            continue
        m = table.at(t)
        actor = table.get(m.actor_id) if m is not None and m.kind == "name" else None
        if actor is None or actor.type != "person" or any(w.pos_ in ("VERB", "AUX") for w in doc[tok.i:t.i]):
            continue
        if all(w.is_punct for w in doc[t.right_edge.i + 1:tok.right_edge.i + 1]):
            return actor.id
    return None


def shared_title(title: Token, table: ActorTable) -> bool:
    """"Former Nigerian president and AU envoy Olusegun Obasanjo has called on": a bare title (no article, no
    possessive) conjoined with a titled name describes that person and names no state or body of its own."""
    if title.pos_ != "NOUN" or title.lemma_.lower() not in TITLE_WORDS or table.at(title) is not None \
            or any(c.dep_ in ("det", "poss") for c in title.children):
        return False
    for k in title.conjuncts:
        m = table.at(k)
        actor = table.get(m.actor_id) if m is not None else None
        if actor is not None and actor.type == "person" and m.kind == "name" and k.i > title.i \
                and any(c.dep_ == "compound" and c.lemma_.lower() in TITLE_WORDS for c in k.children):
            return True
    return False
