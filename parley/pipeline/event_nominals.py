"""Actors and targets of an event named by a noun ("the mediation of the United Arab Emirates",
"Russia and Ukraine conducted a prisoner exchange"): from the noun's own phrase, else from the verb
that reports it."""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.event_agents import released_by_holder
from parley.pipeline.event_drafts import EventDraft
from parley.pipeline.event_mediators import MEDIATION_LEMMAS
from parley.pipeline.event_party_words import COUNTERPART_NOUNS
from parley.pipeline.event_patterns import Pattern, PatternBook
from parley.pipeline.event_roles import COMPLEMENT_VERB_DEPS, RoleReader, clause_verbs
from parley.pipeline.event_words import ARMED_TYPES, CLAUSE_DEPS, NOUN_POS, PAIR_PREPS, PLACE_PREPS, VERB_POS

# Verbs whose subject speaks of the event its object names without carrying it out ("reported the air
# strikes", "an approach that prioritizes negotiations").
NOT_LIGHT_VERBS = {"secure", "obtain", "win", "negotiate", "arrange", "broker", "mediate", "facilitate", "request",
                   "urge", "report", "confirm", "describe", "cite", "mention", "claim", "witness", "see", "hear", "document",
                   "record", "investigate", "probe", "blame", "attribute", "cover", "film", "show", "follow",
                   "discuss", "welcome", "condemn", "denounce", "praise", "criticize", "criticise", "monitor",
                   "track", "recall", "remember", "mark", "commemorate", "survive", "flee", "escape", "prioritize",
                   "prioritise", "favour", "favor", "prefer", "support", "back", "oppose", "want", "seek", "expect",
                   "await", "hope", "fear", "predict", "doubt", "question", "analyse", "analyze", "study", "review",
                   # "renewed peace talks to end more than five decades of war": what talks would end
                   "end", "halt", "resolve", "settle", "avert", "prevent",
                   # "the military overthrew the elected government ..., igniting mass protests": who causes
                   # protests or unrest does not stage them
                   "ignite", "spark", "trigger", "provoke", "prompt", "fuel", "stoke"}
# Nouns for talks between the parties of a conflict, even where no party is named.
AGENTLESS_TALKS = {"talk", "talks", "negotiation", "negotiations",
                   # "further consultations were expected to take place with Qatar's support"
                   "consultations", "discussions", "dialogue"}
# Prepositions that set a clause at a nominal event ("said during a meeting with residents").
SETTING_PREPS = {"during", "at", "in", "on"}
# Verbs that say talks happen or will ("were set to resume", "another round of talks ... is scheduled for May 12").
TALKS_HAPPEN = {"resume", "begin", "start", "open", "continue", "reconvene", "convene", "hold", "take", "end",
                "conclude", "restart", "kick", "fail", "collapse", "stall", "schedule", "slate",
                # "The talks have been intensified since ...", "the talks lasted two hours"
                "intensify", "accelerate", "progress", "advance", "proceed", "last", "drag"}
# Verbs of being or arriving somewhere whose "for" phrase names the event their subject takes part in
# ("were in Jeddah for talks", "arrived in Cairo for negotiations").
ATTENDING_VERBS = {"be", "arrive", "travel", "fly", "go", "come", "head", "gather", "assemble", "remain", "stay", "return"}
# Nouns for one sitting of talks ("two rounds of peace talks").
ROUNDS = {"round", "session", "phase"}
# Nouns for the length of talks ("after a day of lengthy and intense talks", "after hours of talks").
DURATIONS = {"minute", "hour", "day", "week", "month"}


def noun_roles(d: EventDraft, reader: RoleReader, book: PatternBook) -> tuple[list[str], list[str], list[str]]:
    """The actors, targets and participants of an event a noun names ("the mediation of the UAE",
    "talks between Riyadh and Sanaa", "Russia and Ukraine conducted a prisoner exchange")."""
    noun = d.trigger
    actors: list[str] = []
    targets: list[str] = []
    participants: list[str] = []
    freed: list[str] = []
    for c in noun.children:
        if c.dep_ == "poss" and d.pattern.mode == "release" and _released_people(c, noun):
            # "the Americans' release": the possessor is who is freed, not who frees them
            freed += reader.actors_in(reader.phrase_tokens(c))
            continue
        if c.dep_ == "poss":
            actors += reader.actors_in(reader.phrase_tokens(c))
        elif c.dep_ in ("prep", "agent") and (c.lower_ == "by" or (c.lower_ == "from" and d.pattern.type == "REQUEST")
                                              or (c.lower_ == "from" and _under_attack(noun, d.pattern))):
            # "demands from President Ivan Duque that it release all hostages": who demands; "came under
            # attack from Boko Haram": who attacks, and whoever came under it is attacked
            actors += reader.actors_in(t for g in c.children for t in reader.phrase_tokens(g))
            if c.lower_ == "from" and d.pattern.type != "REQUEST":
                targets += reader.subject_actors(noun.head.head)
        elif c.dep_ == "prep" and c.lower_ in PAIR_PREPS:
            # "a meeting between the two warring parties with the mediation of the Turkish government":
            # who mediates between them is none of them
            between = [t for g in c.children for t in reader.phrase_tokens(g) if not _under_mediation(t, g)]
            # "consultations between Riyadh and Sanaa": capitals stand for their states
            participants += reader.actors_in(between, places_as_states=True)
            sides = next((t for t in between if reader.is_sides(t)), None)
            if sides is not None:
                # "direct talks between the two presidents"
                participants += [a for a in reader.sides_at(sides) if a not in participants]
        elif c.dep_ == "prep" and c.lower_ == "of" and d.pattern.of_role == "actor":
            # "the mediation of the United Arab Emirates"
            actors += reader.actors_in(t for g in c.children for t in reader.phrase_tokens(g))
        elif c.dep_ == "prep" and (c.lower_ in d.pattern.targets or (c.lower_ == "of" and d.pattern.of_role == "target")):
            # "the Russian invasion of Ukraine"
            targets += reader.actors_in((t for g in c.children for t in reader.phrase_tokens(g)), places_as_states=True)
    if participants and all(reader.same_side(participants[0], a) for a in participants) and any(c.dep_ == "prep" and c.lower_ in PAIR_PREPS for c in noun.children):
        participants += [a for a in reader.actors_in(t for c in _stray_pair(noun, reader) for t in reader.phrase_tokens(c))
                         if a not in participants]
    measure = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if not participants and measure is not None and measure.pos_ in NOUN_POS:
        # "two days of talks in Doha, Qatar, between the Afghan government and Taliban delegations": the
        # parser may hang the pair on the measure
        participants += reader.actors_in((x for c in measure.children if c.dep_ == "prep" and c.lower_ in PAIR_PREPS
                                          for g in c.children for x in reader.phrase_tokens(g)), places_as_states=True)
    if not participants:
        # "the signing of the Agreement ... between the Government and the Front"; "a renewed push for truce
        # talks between Sudan's warring generals" asks the parties of the talks for them
        for t in reader.phrase_tokens(noun, CLAUSE_DEPS):
            if t.dep_ == "prep" and t.lower_ in PAIR_PREPS and t.head.i != noun.i:
                pair = reader.actors_in(x for g in t.children for x in reader.phrase_tokens(g))
                if d.pattern.type == "REQUEST":
                    targets += [a for a in pair if a not in targets]
                else:
                    participants += pair
    # "Turkish-hosted talks", "a Saudi-backed offensive": who hosted or backed is no party
    modifiers = reader.actors_in(t for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
                                 and not (c.pos_ in VERB_POS and c.tag_ == "VBN")
                                 for t in reader.phrase_tokens(c, CLAUSE_DEPS))
    light = _light_verb(noun)
    if not actors and not participants and d.pattern.type in ARMED_TYPES:
        # "The attack ... was blamed on the ELN", "an ambush which the army has blamed on ELN rebels":
        # whom an act is put down to carried it out, not who puts it down to them
        actors = _attributed_to(noun, light, reader, book)
    if not participants and light is not None:
        # "a deal struck between the Israeli government and Hamas", "clashes broke out ... between
        # the brigade and the apparatus": the verb of the noun names its parties
        participants += reader.actors_in((x for v in clause_verbs(light, COMPLEMENT_VERB_DEPS) for c in _between(v)
                                          for g in c.children for x in reader.phrase_tokens(g)),
                                         places_as_states=True)
    if not actors and not participants and light is not None and light.dep_ != "acl" \
            and not speaks_of(light, book):
        # "Russia and Ukraine conducted a prisoner exchange": the light verb's subject acts; where the
        # noun is that subject, where it took place names no party ("the talks in Malaysia come after ...")
        actors = reader.subject_actors(light)
        attackers = _demonym_actors(noun, reader) if d.pattern.type == "ASSAULT" and not d.pattern.symmetric else []
        if attackers and not set(attackers) & set(actors):
            # "Ukraine has been fending off a full-scale Russian invasion": the demonym attacks the subject
            return attackers, [a for a in actors + targets if a not in attackers], []
        if noun.dep_ in ("nsubj", "nsubjpass"):
            where = reader.actors_in(t for c in noun.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                                     for t in c.subtree)
            # "Protests against the M23 spread to South Kivu": whom the event is against does not act in it
            actors = [a for a in actors if a not in where and a not in targets]
        if d.pattern.symmetric:
            participants = list(actors)
    if not actors and not participants and d.pattern.type == "CONSULT" and d.pattern.symmetric \
            and noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.head.head.pos_ in NOUN_POS:
        # "Foreign Ministers of Azerbaijan and Armenia at a meeting in Washington agreed to speed up
        # negotiations" (Trend, 2022): who is said to be at a meeting takes part in it
        attendees = noun.head.head
        participants = reader.actors_in(t for c in attendees.children if c.i != noun.head.i
                                        for t in reader.phrase_tokens(c, CLAUSE_DEPS | {"appos"}))
        participants += [a for a in reader.actors_in([attendees]) if a not in participants]
    if not actors and not participants and d.pattern.mode == "release":
        # "facilitated the release of 125 soldiers ... held by the Rapid Support Forces": the holder frees them
        actors = released_by_holder(noun, reader)
    if not actors and not participants and targets and d.pattern.symmetric:
        # "Rafael said during a meeting with residents": who meets "with" someone at a meeting the
        # clause is set in is the clause's subject
        verb = _setting_verb(noun)
        if verb is not None:
            actors = [a for a in reader.subject_actors(verb) if a not in targets]
    if not actors and not participants and targets and d.pattern.symmetric:
        # "during the talks with his Russian counterpart, Sergey Lavrov": whose counterpart is met meets him
        actors = [a for a in _counterpart_owners(noun, reader) if a not in targets]
    if d.pattern.symmetric:
        participants = actors + modifiers + participants
        if participants and not actors:
            actors = participants
    elif actors:
        targets = modifiers + targets
    else:
        actors = modifiers
    return [a for a in actors if a not in freed], targets, [a for a in participants if a not in freed]


def _attributed_to(noun: Token, light: Token | None, reader: RoleReader, book: PatternBook) -> list[str]:
    """The actors an attribution verb puts an act named by a noun down to (:func:`attribution_phrases`).
    An apposition names the party a description stands for ("Colombia's second largest rebel group,
    the ELN")."""
    found: list[str] = []
    for obj in attribution_phrases(noun, book, light):
        named = reader.actors_in(t for c in obj.children if c.dep_ == "appos" for t in reader.phrase_tokens(c))
        found += [a for a in named or reader.actors_in(reader.phrase_tokens(obj)) if a not in found]
    return found


def attribution_phrases(noun: Token, book: PatternBook, light: Token | None = None) -> list[Token]:
    """The objects of "on" or "to" of a verb that puts an act named by a noun down to a party (``attributions``
    in resources/event_patterns.yaml): the verb of the noun as its object ("The attack ... was blamed on
    the National Liberation Army (ELN)", "blamed the attack on"), as a participle ("An attack attributed
    to ... the ELN") or as a relative clause whose pronoun is its object ("an ambush which the army has
    blamed on National Liberation Army (ELN) rebels"; BBC and Colombia Reports, Colombia)."""
    verbs = [c for c in noun.children if (c.dep_ == "acl" and c.tag_ == "VBN") or (c.dep_ == "relcl" and any(
        w.dep_ in ("dobj", "nsubjpass") and w.tag_ in ("WDT", "WP") for w in c.children))]
    light = light if light is not None else _light_verb(noun)
    if light is not None and noun.dep_ in ("dobj", "nsubjpass"):
        verbs.append(light)
    return [g for v in verbs if v.lemma_.lower() in book.attribution_verbs for c in v.children
            if c.dep_ == "prep" and c.lower_ in ("on", "to") for g in c.children if g.dep_ == "pobj"]


def _under_mediation(token: Token, top: Token) -> bool:
    """Whether a word of a phrase names a mediator in it ("the two warring parties with the mediation of
    the Turkish government"): a mediation noun stands between it and the phrase's head."""
    cur = token
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.lemma_.lower() in MEDIATION_LEMMAS and cur.pos_ in NOUN_POS:
            return True
        cur = cur.head
    return False


def _counterpart_owners(noun: Token, reader: RoleReader) -> list[str]:
    """The actors whose counterpart a talks noun is held "with" ("talks with his Russian counterpart"):
    the possessor of the counterpart."""
    owners = (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
              if g.dep_ == "pobj" and g.lemma_.lower() in COUNTERPART_NOUNS for p in g.children if p.dep_ == "poss")
    return [a for p in owners if (a := reader.actor_at(p)) is not None]


def _released_people(possessor: Token, noun: Token) -> bool:
    """Whether the possessor of a release names the people freed ("the Americans' release", "the
    hostages' release"), not a party that frees them ("Russia's release of 90 prisoners"): a plural
    demonym or plural common noun, with no "of" phrase naming the freed."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return possessor.tag_ == "NNS" or (possessor.tag_ == "NNPS" and possessor.ent_type_ == "NORP"
                                       and possessor.lower_.endswith(("ans", "ians", "is", "ese")))


def _stray_pair(noun: Token, reader: RoleReader) -> list[Token]:
    """The second party of "between A and B" where the parser hung it on the noun or on its verb: "talks
    between the government of the DRC and the M23 movement", "a meeting between Congo's president Felix
    Tshisekedi, and his Rwandan counterpart Paul Kagame" (not another event: "talks and a ceasefire")."""
    holders = [noun] + ([noun.head] if noun.dep_ == "dobj" and noun.head.pos_ in VERB_POS else [])
    return [c for h in holders for c in h.children if c.dep_ == "conj" and c.i > noun.i and c.pos_ in NOUN_POS
            and c.lemma_.lower() not in reader.trigger_nouns]


def _demonym_actors(noun: Token, reader: RoleReader) -> list[str]:
    """The actors an adjective before an act names ("a full-scale Russian invasion")."""
    return reader.actors_in((c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < noun.i),
                            places_as_states=True)


def speaks_of(verb: Token, book: PatternBook) -> bool:
    """Whether a verb speaks about an event rather than carrying it out ("reported the air strikes",
    "an approach that prioritizes negotiations"): its subject is no party to the event."""
    return verb.lemma_.lower() in book.speech_verbs | NOT_LIGHT_VERBS or book.cue(verb) is not None


def _under_attack(noun: Token, pattern: Pattern) -> bool:
    """Whether an attack noun says what came or was under it ("the base came under attack from the RSF")."""
    return pattern.type == "ASSAULT" and noun.dep_ == "pobj" and noun.head.lower_ == "under" \
        and noun.head.head.pos_ in VERB_POS


def agentless_talks(noun: Token, pattern: Pattern) -> bool:
    """Whether a noun reports talks without naming who talks ("peace talks were set to resume")."""
    if not (pattern.type == "CONSULT" and pattern.symmetric
            and (noun.lemma_.lower() in AGENTLESS_TALKS or noun.lower_ in AGENTLESS_TALKS)):
        return False
    if any(c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children) for c in noun.children):
        return False  # "Talks hosted by Qatar": the host's event
    # the verb says the talks happen ("were set to resume", "were held", "took place")
    return any(v.lemma_.lower() in TALKS_HAPPEN for verb in _talks_verbs(noun)
               for v in clause_verbs(verb, COMPLEMENT_VERB_DEPS))


def _talks_verbs(noun: Token) -> list[Token]:
    """The verbs that say of talks named without their parties whether they happen: the verb of
    the talks as subject, or of a round of them ("Two rounds of peace talks in Istanbul have
    failed", "negotiations, the next round of which are set to take place in Mexico")."""
    subject = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ROUNDS:
        subject = noun.head.head
    verbs = [subject.head] if subject.dep_ in ("nsubj", "nsubjpass") else []
    # "negotiations, the next round of which are set to": the parser may hang the relative clause
    # elsewhere, so the round is found by its words right after the noun
    after = noun.doc[noun.i + 1:min(noun.i + 7, noun.sent.end)]
    which = next((t for t in after if t.lower_ == "which"), None)
    if which is not None and which.head.lower_ == "of" and which.head.head.lemma_.lower() in ROUNDS:
        rounds = which.head.head
        between = noun.doc[noun.i + 1:rounds.left_edge.i]
        if rounds.dep_ in ("nsubj", "nsubjpass") and all(t.is_punct for t in between):
            verbs.append(rounds.head)
    return verbs


def _light_verb(noun: Token) -> Token | None:
    """The verb that reports a nominal event: its object or subject ("conducted a prisoner exchange",
    "clashes broke out"), through a measure noun ("held a third day of talks", "conducted a prisoner
    of war exchange"), or the participle describing it ("a deal struck between ...")."""
    cur = noun
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ in NOUN_POS:
        cur = cur.head.head
    if cur.dep_ in ("dobj", "nsubjpass", "nsubj") and cur.head.pos_ in VERB_POS:
        return cur.head
    if cur.dep_ == "pobj" and cur.head.lower_ == "for" and cur.head.head.lemma_.lower() in ATTENDING_VERBS:
        # "Envoys from Sudan's warring military factions ... were in Jeddah for talks on Saturday"
        return cur.head.head
    acl = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None)
    return acl


def _setting_verb(noun: Token) -> Token | None:
    """The verb of the clause a nominal event is the setting of ("said during a meeting with
    residents", "spoke at talks with the rebels"), or None."""
    if noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS and noun.head.head.pos_ in VERB_POS:
        return noun.head.head
    return None


def _between(verb: Token) -> list[Token]:
    """The "between" and "among" phrases of a verb, also where the parser hangs them on the noun of
    another of its phrases ("clashes broke out in the south of the capital between the brigade and
    the apparatus")."""
    found: list[Token] = []
    stack = [c for c in verb.children if c.dep_ == "prep"]
    while stack:
        prep = stack.pop()
        if prep.lower_ in PAIR_PREPS:
            found.append(prep)
            continue
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            stack += [c for c in obj.children if c.dep_ == "prep"]
    return found
