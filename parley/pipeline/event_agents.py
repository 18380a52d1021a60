"""Who acts in an event whose own words name no actor, and calls that are no one's demand.

- A proposal's author acts for the event it proposes: "a proposal by Putin to resume direct
  negotiations", "Armenia's offer to host talks", "an Armenian proposal to sign the treaty".
- The word before the hyphen of an attributive participle names who mediated: "a US-brokered
  moratorium", "Qatari-mediated talks" (a mediation of the main parties, unless named).
- Whoever holds captives frees them when the report names no one: "Three Palestinian prisoners
  held in Israel are due to be freed", "hostages held by Hamas will be released".
- A need reported by someone else is that speaker's appeal: "Amy Pope said that Haiti needed
  sustained humanitarian assistance" is a request by Pope.
- A verb the parser left without a subject beside another verb takes that verb's subject: "said the
  two sides had met in Kunming and after talks, agreed on a ceasefire".
- A phone call has two parties: "held talks by phone with Lavrov and Guterres" is two calls, one
  with each side named.
- A deal or plan without a named author that "calls for" or "guarantees" something demands or
  pledges nothing: "The plan calls for all hostilities to end", "a deal that guarantees the safe
  passage of food" state its terms.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from parley.pipeline.event_drafts import EventDraft
from parley.pipeline.event_passives import passive_pair
from parley.pipeline.event_roles import RELATIVE_TAGS, RoleReader
from parley.pipeline.event_subjects import held_between
from parley.pipeline.event_words import CLAUSE_DEPS, NOUN_POS, PAIR_PREPS, VERB_POS

# Nouns of documents and plans: their "calls for" and "demands" state terms, not a demand.
DOCUMENT_NOUNS = {"plan", "proposal", "proposals", "deal", "agreement", "accord", "treaty", "pact", "text", "draft",
                  "framework", "initiative", "roadmap", "document", "declaration", "memorandum", "protocol", "ceasefire",
                  "truce", "charter", "blueprint", "outline", "arrangement", "scheme", "offer", "package"}
# Verbs that hold people captive: who holds them frees them ("prisoners held in Israel").
HOLDING_VERBS = {"hold", "detain", "jail", "imprison", "keep", "capture", "abduct", "kidnap", "seize", "take",
                 "incarcerate", "intern"}
# Verbs whose agent took the people a later agentless release frees: "their convoy was ambushed by an armed
# group ... The women and children were later released" (UNHCR, Burkina Faso 2020).
CAPTURE_VERBS = HOLDING_VERBS | {"ambush", "round"}
# Verbs that report a release of captives as done by a third party or as news ("facilitated the release").
DONE_RELEASE_VERBS = {"facilitate", "secure", "oversee", "supervise", "complete", "conduct", "carry", "welcome",
                      "confirm", "announce", "witness", "hail", "praise", "mediate", "broker", "arrange", "assist"}
# Verbs that answer a proposal: their subject is not who proposed it ("rejected proposals from ...").
RESPONSE_VERBS = {"accept", "reject", "welcome", "consider", "study", "review", "receive", "dismiss", "refuse",
                  "decline", "rebuff", "spurn", "endorse", "back", "support", "approve", "embrace", "answer",
                  "discuss", "examine", "weigh", "follow"}
# Modes of an event a participle names with its actor before a hyphen ("US-brokered").
PREFIXED_MODES = {"mediate", "host"}
# Verbs of a need that is the speaker's appeal when someone else reports it.
NEED_VERBS = {"need", "require"}


def cue_agents(d: EventDraft, reader: RoleReader) -> list[str]:
    """The author of the proposal, offer or plan that governs a draft, named in the noun's own
    phrase: its possessor, "by" phrase, or a demonym ("an Armenian proposal")."""
    cue = d.modality.cue
    if cue is None or cue.pos_ not in NOUN_POS:
        return []
    actors: list[str] = []
    for c in cue.children:
        if c.dep_ == "poss":
            actors += reader.actors_in(reader.phrase_tokens(c), places_as_states=True)
        elif c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
            # "a proposal by Putin", "proposals from Afghan President Najibullah"
            actors += reader.actors_in((t for g in c.children for t in reader.phrase_tokens(g)), places_as_states=True)
    if not actors:
        actors = reader.actors_in((t for c in cue.children if c.dep_ in ("amod", "compound", "nmod") and c.i < cue.i
                                   for t in reader.phrase_tokens(c, CLAUSE_DEPS)), places_as_states=True)
    return actors


def sibling_subject(verb: Token) -> Token | None:
    """The verb before a subjectless verb under the same head, whose subject the parser did not
    share: "said the two sides had met in Kunming and after talks, agreed on a ceasefire" (the
    parser hangs "agreed" on "said" beside "met")."""
    if verb.pos_ not in VERB_POS or verb.dep_ not in ("ccomp", "conj") or verb.head.i == verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    siblings = [c for c in verb.head.children if c.i < verb.i and c.dep_ == verb.dep_ and c.pos_ in VERB_POS
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    # the two verbs are coordinated: the sibling carries the "and" that joins them
    if not siblings or not any(g.dep_ == "cc" and g.i < verb.i for g in siblings[-1].children):
        return None
    return siblings[-1]


def responds_to(d: EventDraft) -> bool:
    """Whether the noun cue governing a draft is the object of an answer to it ("rejected proposals
    from Najibullah for direct talks", "accepted a US proposal for a ceasefire"): the proposer, not who
    answers, acts in what is proposed."""
    cue = d.modality.cue
    return cue is not None and cue.pos_ in NOUN_POS and cue.dep_ in ("dobj", "nsubjpass") \
        and cue.head.lemma_.lower() in RESPONSE_VERBS


def prefix_agents(verb: Token, reader: RoleReader) -> list[str]:
    """The actors before the hyphen of an attributive participle: "a US-brokered moratorium"."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN":
        return []
    hyphen = verb.i > 0 and verb.doc[verb.i - 1].text in ("-", "–")
    if not hyphen:
        return []
    return reader.actors_in((t for c in verb.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod", "nsubj")
                             and c.i < verb.i for t in reader.phrase_tokens(c)), places_as_states=True)


def prefixed(d: EventDraft, reader: RoleReader) -> bool:
    """Whether a draft is a mediation named by an attributive participle with its mediator before
    the hyphen; if so, the mediator acts and the parties named by the noun, else the main parties
    of the conflict, are its targets."""
    if d.pattern.mode not in PREFIXED_MODES:
        return False
    actors = prefix_agents(d.trigger, reader)
    if not actors:
        return False
    noun = d.trigger.head
    parties = reader.actors_in((t for c in noun.children if c.dep_ == "prep" and c.lower_ in PAIR_PREPS
                                for g in c.children for t in reader.phrase_tokens(g)), places_as_states=True)
    d.actors = reader.with_states(actors)
    d.targets = [t for t in reader.with_states(parties or reader.main_parties(exclude=actors)) if t not in d.actors]
    return True


def holders(d: EventDraft, reader: RoleReader) -> list[str]:
    """Who acts in a passive act that names no agent: the holder of freed captives, else the
    actor of the same act reported just before, else, for an arrest, the state
    (:func:`passive_agents`), else the two sides of talks held (:func:`.event_subjects.held_between`),
    else the two sides of a joint act the sentence or the one before names (:mod:`.event_passives`)."""
    return captors(d, reader) or passive_agents(d, reader) or held_between(d, reader) or passive_pair(d, reader)


def passive_agents(d: EventDraft, reader: RoleReader) -> list[str]:
    """The actor of an agentless passive that the article names elsewhere: the subject or agent of
    the same verb in the sentence or the two before ("Israeli forces detained two men ... The
    others were detained at a checkpoint"), for a release also of the verb that took the captives
    ("was ambushed by an armed group ... The women and children were later released"); for an
    arrest, the state of the arrested, else the state the article names most ("its leader Riek
    Machar has been arrested")."""
    verb = d.trigger
    if verb.pos_ not in VERB_POS or not any(c.dep_ == "auxpass" for c in verb.children) \
            or any(c.dep_ == "agent" for c in verb.children) or verb.dep_ == "relcl" \
            or d.modality.status != "occurred":
        return []  # "the hostages who will be released", "the deal would be agreed": no act to attribute
    # "have been abducted from two hospitals in ... Goma by M23 rebels": the parser hung the agent on a noun
    # ("was signed in Doha following mediation by Qatar": the "by" of an event noun names that event's actor)
    misplaced = reader.actors_in((t for b in verb.subtree if b.lower_ == "by" and b.dep_ == "prep"
                                  and b.head.pos_ in NOUN_POS and b.head.lemma_.lower() not in reader.trigger_nouns
                                  for g in b.children for t in reader.phrase_tokens(g)),
                                 places_as_states=True)
    if misplaced:
        return misplaced
    sentences = [s for s in reader.sentences if s.end <= verb.sent.end][-3:]
    for tok in reversed([t for s in sentences for t in s if t.i != verb.i and t.i < verb.sent.end]):
        if tok.pos_ not in VERB_POS or (tok.lemma_.lower() != verb.lemma_.lower()
                                        and not (_release(d) and tok.lemma_.lower() in CAPTURE_VERBS)):
            continue
        found = _named_agents(tok, reader)
        found = [a for a in found if a not in d.targets]
        if found:
            return found
    if d.pattern.mode != "arrest" or not d.targets:
        return []
    states = [s for t in d.targets if (s := reader.table.state_of(t)) is not None]
    return states[:1] or [a for a in reader.main_parties(exclude=[], n=4)
                          if getattr(reader.table.get(a), "type", None) == "state"][:1]


def _release(d: EventDraft) -> bool:
    """Whether an event frees people: a release mode, or a RETREAT worded as a release ("were released")."""
    return d.pattern.mode == "release" or (d.pattern.type == "RETREAT" and d.trigger.lemma_.lower() in ("release", "free"))


def _named_agents(verb: Token, reader: RoleReader) -> list[str]:
    """The actors an active verb's subject or a passive verb's agent names, also a participle's
    ("16 people abducted by the Revolutionary Armed Forces of Colombia")."""
    if any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl")):
        return reader.actors_in((t for c in verb.children if c.dep_ == "agent" for g in c.children
                                 for t in reader.phrase_tokens(g)), places_as_states=True)
    return reader.subject_actors(verb)


def captors(d: EventDraft, reader: RoleReader) -> list[str]:
    """Who holds the captives a release without an actor frees: "Three Palestinian prisoners held
    in Israel are due to be freed" (Israel), "hostages held by Hamas" (Hamas), "prisoners will be
    released from prisons in Israel" (Israel)."""
    if d.pattern.mode != "release" or d.trigger.pos_ not in VERB_POS:
        return []
    found: list[str] = []
    for noun in _captives(d.trigger):
        found += held_by(noun, reader)
    for prep in d.trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            found += _held_in(prep, reader)  # "released from prisons in Israel", "from Israeli jails"
    return found


def held_by(noun: Token, reader: RoleReader) -> list[str]:
    """Who holds the captives a noun names: "hostages held by Hamas" (Hamas), "soldiers who were
    held by the Rapid Support Forces" (the RSF), "prisoners held in Israel" (Israel)."""
    found: list[str] = []
    for acl in noun.children:
        if acl.dep_ not in ("acl", "relcl") or acl.lemma_.lower() not in HOLDING_VERBS or acl.tag_ != "VBN":
            continue
        for prep in acl.children:
            if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ == "by"):
                found += reader.actors_in((t for g in prep.children for t in reader.phrase_tokens(g)),
                                          places_as_states=True)
            elif prep.dep_ == "prep" and prep.lower_ == "in":
                found += _held_in(prep, reader)
    return found


def released_by_holder(noun: Token, reader: RoleReader) -> list[str]:
    """Who frees the captives a release noun names without its actor, where a verb reports the release
    done: the holder ("facilitated the release of 125 soldiers ... held by the Rapid Support Forces"
    is the RSF's release; "insisted that the release of its members detained by the government be
    implemented" reports none)."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lemma_.lower() not in DONE_RELEASE_VERBS:
        return []
    found: list[str] = []
    for _ in range(2):  # "the release of 125 soldiers of the Sudanese Armed Forces held by the RSF"
        nouns = [c for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
                 for g in of.children if g.dep_ == "pobj" for c in [g, *g.conjuncts]]
        found += [a for c in nouns for a in held_by(c, reader) if a not in found]
        if found or not nouns:
            return found
        noun = nouns[0]
    return found


def _held_in(prep: Token, reader: RoleReader) -> list[str]:
    """The states whose country or custody a place phrase names: "in Israel", "in Israeli
    prisons", "from prisons in Israel"."""
    found: list[str] = []
    for g in (c for c in prep.children if c.dep_ == "pobj"):
        state = _country_state(g, reader)
        if state is not None:
            found.append(state)
            continue
        # "Israeli prisons": the demonym names the state that holds them
        found += reader.actors_in((m for m in g.children if m.dep_ in ("amod", "compound")), places_as_states=True)
        for inner in (c for c in g.children if c.dep_ == "prep" and c.lower_ == "in"):
            found += [s for h in inner.children if (s := _country_state(h, reader)) is not None]
    return found


def _country_state(token: Token, reader: RoleReader) -> str | None:
    """The state of the country a token names as a place ("held in Israel"), or None."""
    m = reader.table.at(token)
    a = reader.table.get(m.actor_id) if m else None
    if a is None:
        return None
    if a.type == "state":
        return a.id
    place = reader.gazetteer.lookup(a.name) if reader.gazetteer and a.type == "location" else None
    if place is None or place.kind != "country" or not a.country:
        return None
    return next((s.id for s in reader.table.of_type("state") if s.country == a.country), a.id)


def _captives(verb: Token) -> Iterator[Token]:
    """The nouns naming whom a passive release frees, through a group that counts them and their
    conjuncts ("A first group of 13 women and children held by Hamas were freed")."""
    for noun in _patients(verb):
        yield noun
        for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for g in (c for c in of.children if c.dep_ == "pobj"):
                yield g
                yield from g.conjuncts


def _patients(verb: Token) -> Iterator[Token]:
    """The nouns a passive verb acts upon: its passive subject, or the subject of the verb it
    complements ("prisoners ... are due to be freed")."""
    cur = verb
    for _ in range(4):
        subjects = [c for c in cur.children if c.dep_ in ("nsubjpass", "nsubj")]
        if subjects:
            for s in subjects:
                yield cur.head if s.tag_ in RELATIVE_TAGS and cur.dep_ == "relcl" else s
            return
        if cur.dep_ not in ("xcomp", "ccomp", "acomp", "conj") or cur.head.i == cur.i:
            return
        cur = cur.head


def need_speaker(d: EventDraft, reader: RoleReader, speech_verbs: frozenset[str]) -> list[str] | None:
    """The speaker who reports someone else's need ("Pope said that Haiti needed assistance"): the
    request is the speaker's; None when the need is not reported that way."""
    verb = d.trigger
    if verb.lemma_.lower() not in NEED_VERBS or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in speech_verbs:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("we", "i") for c in verb.children):
        return None  # "we need ...": the speaker's own need
    speakers = reader.subject_actors(verb.head)
    if not speakers or set(speakers) & set(d.actors):
        return None
    return speakers


def document_call(cue: Token, reader: RoleReader) -> bool:
    """Whether the subject of a call or pledge is a deal or plan that names no author ("the plan,
    which calls for ...", "a deal that guarantees ..."): its terms, no demand or pledge. An authored
    one speaks for its author ("The Egyptian proposal calls on Israel ... to accept a ceasefire")."""
    for c in cue.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        head = cue.head if c.tag_ in RELATIVE_TAGS and cue.dep_ == "relcl" else c
        if head.lemma_.lower() in DOCUMENT_NOUNS or head.lower_ in DOCUMENT_NOUNS:
            return not reader.actors_in(t for m in head.children if m.dep_ in ("poss", "amod", "compound", "nmod")
                                        or (m.dep_ == "prep" and m.lower_ in ("by", "from"))
                                        for t in reader.phrase_tokens(m))
    return False


# Words by which a meeting is held at a distance ("by phone", "over a videoconference").
PHONE_WORDS = {"phone", "telephone", "videoconference", "video", "call"}


def per_counterpart(d: EventDraft, reader: RoleReader) -> list[EventDraft]:
    """A phone call has two parties: "held talks by phone with Lavrov and Guterres" is two calls."""
    if len(d.targets) < 2 or not (d.pattern.mode == "phone" or _by_phone(d.trigger)):
        return [d]
    groups: list[list[str]] = []
    for t in d.targets:
        side = next((g for g in groups if reader.same_side(g[0], t)), None)
        if side is None:
            groups.append([t])
        else:
            side.append(t)
    return [replace(d, targets=g) for g in groups] if len(groups) > 1 else [d]


def _by_phone(trigger: Token) -> bool:
    """Whether a meeting was held by phone ("held talks by phone", "discussed over the phone")."""
    heads = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(g.lemma_.lower() in PHONE_WORDS for h in heads for c in h.children
               if c.dep_ == "prep" and c.lower_ in ("by", "over", "on") for g in c.children)
