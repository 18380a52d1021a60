"""The parties of a joint act reported in an agentless passive: "a peace deal was signed", "an
agreement has been reached to free 887 prisoners from both sides", "One hundred and one Ukrainian
prisoners were released ... in a swap that also saw 101 Russian POWs returned".

A deal signed, a ceasefire agreed or talks held are the act of two parties; where the passive names
no one, the two sides the sentence names are its parties, else the pair the sentence just before
names. A release of captives is the act of both sides when the sentence speaks of a swap, the
captives' own party being its target. The words must report one act: a relative clause ("a peace
deal which was signed between ..."), an act told as background ("since a cease-fire deal was
reached in 1994", "planned when a ceasefire was signed in 1991") or several deals ("Multiple truces
have been reached") name deals, not a signing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley.pipeline.event_drafts import EventDraft
from parley.pipeline.event_roles import RoleReader
from parley.pipeline.event_words import NOUN_POS, VERB_POS

# Nouns of the joint acts a passive reports without its parties ("a deal was signed", "talks were held").
JOINT_NOUNS = {"agreement", "deal", "accord", "treaty", "pact", "ceasefire", "cease-fire", "truce", "armistice",
               "talks", "talk", "negotiation", "negotiations", "discussion", "discussions", "meeting", "swap", "exchange",
               "memorandum", "declaration", "understanding", "protocol"}
# Nouns of captives whose release in a swap is the act of both sides.
CAPTIVE_NOUNS = {"prisoner", "prisoners", "pow", "pows", "detainee", "detainees", "captive", "captives",
                 "hostage", "hostages", "soldier", "soldiers", "body", "bodies", "civilian", "civilians"}
# Nouns of talks, plural for one act ("talks were held"); other plurals count several acts ("Multiple
# truces have been reached since the fighting erupted").
TALK_PLURALS = {"talks", "negotiations", "discussions", "consultations"}
# Nouns that make a release part of an exchange between two sides.
SWAP_NOUNS = {"swap", "exchange"}
# Heads of clauses that tell an act as background or as what a deal says, not as news.
BACKGROUND_MARKS = {"since", "before", "until", "when", "once"}


def passive_pair(d: EventDraft, reader: RoleReader) -> list[str]:
    """The first side of a joint act an agentless passive reports (:mod:`.event_passives`); the other
    side becomes the target unless the draft has one (the captives' party). [] when there are not
    two sides."""
    verb = d.trigger
    if verb.pos_ not in VERB_POS or d.modality.background or d.modality.status != "occurred" \
            or not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children) \
            or verb.dep_ in ("relcl", "acl", "amod") or _told_as_background(verb):
        return []
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "expl")), None)
    if subject is None:
        return []
    word = subject.lemma_.lower()
    if d.pattern.symmetric:
        if (word not in JOINT_NOUNS and word != "it") or (subject.tag_ == "NNS" and subject.lower_ not in TALK_PLURALS):
            return []
    elif not (d.pattern.type == "RETREAT" and word in CAPTIVE_NOUNS and _swap_in(verb.sent)):
        return []
    sides = _sides(verb.sent, reader, speakers=_commenting(verb, reader)) \
        or _sides(_previous(verb.sent, reader), reader, last=True)
    if len(sides) < 2:
        return []
    held = [s for s in sides if any(reader.same_side(s, t) for t in d.targets)]
    if d.targets and held:
        return [s for s in sides if s not in held][:1]
    d.targets = [sides[1]]
    return [sides[0]]


def _commenting(verb: Token, reader: RoleReader) -> frozenset[int]:
    """The words of who speaks about an act in a clause set before the speech: "After the peace deal was
    concluded, Jean-Pierre Lacroix, UN Under-Secretary-General for Peace Operations, tweeted" names no party
    of the deal; states and armed groups that speak may be its parties ("Azerbaijan and Armenia on Monday
    announced the start of a prisoner exchange, more than a month after a peace deal was signed"), and "said
    the deal was signed", whose clause is what is said, is left to the parties it names."""
    if verb.dep_ != "advcl" or verb.head.lemma_.lower() not in reader.speech_verbs:
        return frozenset()
    words = [t for c in verb.head.children if c.dep_ == "nsubj" for t in c.subtree]
    if any(reader.actor_type(a) in ("state", "group") for a in reader.actors_in(words, places_as_states=True)):
        return frozenset()
    return frozenset(t.i for t in words)


def _told_as_background(verb: Token) -> bool:
    """Whether a verb stands in a clause that dates something else ("the worst fighting since a
    cease-fire deal was reached in 1994")."""
    cur = verb
    while cur.dep_ in ("conj", "advcl", "ccomp", "xcomp", "pcomp", "pobj", "prep") and cur.head.i != cur.i:
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in BACKGROUND_MARKS for c in cur.children):
            return True
        if cur.dep_ == "pcomp" and cur.head.lower_ in BACKGROUND_MARKS:
            return True
        cur = cur.head
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in BACKGROUND_MARKS for c in cur.children)


def _swap_in(sentence: Span) -> bool:
    """Whether a sentence speaks of a swap or an exchange."""
    return any(t.pos_ in NOUN_POS and t.lemma_.lower() in SWAP_NOUNS for t in sentence)


def _previous(sentence: Span, reader: RoleReader) -> Span | None:
    n = reader.sentence_index.get(sentence.start, 0)
    return reader.sentences[n - 1] if n > 0 else None


def _sides(sentence: Span | None, reader: RoleReader, last: bool = False, speakers: frozenset[int] = frozenset()) -> list[str]:
    """The parties a sentence names, one per side (a state and its officials are one), without
    mediators, backers and sources, nor the words at ``speakers``: the first two, or with ``last`` the
    last two; [] unless two."""
    if sentence is None:
        return []
    mediators = reader.mediator_ids()
    groups: list[list[str]] = []
    for a in reader.actors_in((t for t in sentence if not _aside(t) and t.i not in speakers), places_as_states=True):
        if a in mediators or getattr(reader.table.get(a), "sector", None) == "MED" \
                or reader.actor_type(a) not in ("state", "group", "organization", "person"):
            continue
        if not any(_one_side(reader, g[0], a) for g in groups):
            groups.append([a])
    if len(groups) < 2:
        return []
    picked = groups[-2:] if last else groups[:2]
    return [_state(reader, g[0]) or g[0] for g in picked]


def _one_side(reader: RoleReader, a: str, b: str) -> bool:
    """Whether two actors stand for one party: a state and its officials or its bodies ("the Azerbaijani
    Committee for Prisoners of War" beside Azerbaijan)."""
    state = _state(reader, a)
    if reader.same_side(a, b) or (state is not None and state == _state(reader, b)):
        return True
    x, y = reader.table.get(a), reader.table.get(b)
    return x is not None and y is not None and bool(x.country) and x.country == y.country \
        and "group" not in (x.type, y.type)


def _state(reader: RoleReader, actor_id: str) -> str | None:
    """The state a state, or a government or military body or official, stands for; None for others
    (an armed group of the country is a party of its own)."""
    actor = reader.table.get(actor_id)
    if actor is None or (actor.type != "state" and getattr(actor, "sector", None) not in ("GOV", "MIL")):
        return None
    return reader.table.state_of(actor_id)


def _aside(token: Token) -> bool:
    """Whether a word stands where no party of the act is named: an "according to" phrase, a
    backer before a hyphen ("Saudi-backed"), a mediation or a report's source."""
    for a in token.ancestors:
        if a.lower_ == "to" and a.head.lower_ == "according":
            return True
        if a.pos_ in NOUN_POS and a.lemma_.lower() in ("mediation", "auspices", "participation", "presence"):
            return True
    return token.dep_ == "npadvmod" and token.head.lower_ in ("backed", "led", "brokered", "mediated", "allied")
