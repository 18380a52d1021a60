"""Step 3 of the ``parley_events`` stage: a draft event's actors, targets, place and date.

The verb's subject and agent act and its objects and the pattern's prepositions name targets
(:class:`.event_roles.RoleReader`); a noun's event takes its parties from its phrase
(:mod:`.event_nominals`). Where the words leave a party unnamed, a governing cue's subject acts, a
purpose clause or a welcomed clause names the target, and the main parties of the conflict stand in
for talks without named parties, a mediator's or host's counterparts and a withdrawal from a deal.
An attack named in the phrase of an agentless passive ("killed ... in Russian military shelling") or
a gerund's "by" ("after shelling by Ukrainian forces") names who acts, a reporter's unnamed units
("Air defense systems shot down ...") are its own, and the announcer of a phase of talks with a
counterpart holds them ("announced the resumption of peace talks with the ELN"); who only reports a
deed ("residents said, ending a ceasefire") does not do it. Participants of a symmetric event are
split into the first side and the others; backers, sources and news media are no parties. Who
negotiated a deal between others brokered it ("an agreement negotiated by the United States and France").
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.event_addressees import asked_parties
from parley.pipeline.event_authors import author_of, maker_of_antecedent
from parley.pipeline.event_drafts import EventDraft
from parley.pipeline.event_nominals import AGENTLESS_TALKS, agentless_talks, noun_roles
from parley.pipeline.event_patterns import PatternBook
from parley.pipeline.event_places import TALKS_TOPIC_PREPS
from parley.pipeline.event_roles import RoleReader, clause_verbs
from parley.pipeline.event_sides import backer
from parley.pipeline.event_words import NOUN_POS, PAIR_PREPS, VERB_POS

# Verbs whose subject receives what a participle on their object describes ("received detainees released by ...").
# Determiners of talks the article has already spoken of ("The talks were held ...").
DEFINITE = {"the", "these", "those", "this", "that"}
RECEIVING_VERBS = {"receive", "welcome", "greet", "collect", "take"}
# Nouns of a phase of talks whose announcer is a party to them ("announced the resumption of peace talks").
TALKS_PHASES = {"resumption", "start", "launch", "opening", "beginning", "continuation", "round", "restart",
                "holding", "relaunch"}
# Nouns of a reporter's own armed bodies named without their party ("Air defence units", "our forces").
UNNAMED_FORCES = {"system", "unit", "force", "forces", "troop", "soldier", "battery", "crew", "defence", "defense"}
# Sectors of a reporter that has armed bodies of its own; "Troops killed 12 civilians, Human Rights Watch said"
# are no units of the rights group, nor of the witnesses who tell of them.
ARMED_SECTORS = {"MIL", "GOV", "REB", "COP"}
# Types of acts that answer what another party put forward ("gave his backing to a ceasefire announced by ...").
ANSWER_TYPES = {"SUPPORT", "REJECT", "AGREE", "CONCEDE"}
# Types of deeds, not words: a speaker does not do them by saying so.
MATERIAL_TYPES = {"ASSAULT", "COERCE", "RETREAT", "AID", "MOBILIZE", "SANCTION"}


def assign_roles(d: EventDraft, reader: RoleReader, book: PatternBook) -> None:
    """Step 3: fill a draft's actors, targets, place and date from the parse."""
    if d.trigger.pos_ in NOUN_POS:
        actors, targets, participants = noun_roles(d, reader, book)
    else:
        actors, targets, participants = _verb_roles(d, reader)
    if not actors and d.trigger.pos_ in VERB_POS:
        # "Both agreed that negotiations should continue": the two parties named just before
        actors = _both(d.trigger, reader)
        if d.pattern.symmetric and len(actors) >= 2:
            participants = list(actors)
    if not actors and d.modality.cue is not None:
        if _passive(d.trigger):
            # "Three Palestinian prisoners ... are due to be freed": the cue's subject is acted upon
            targets = targets + [a for a in reader.subject_actors(d.modality.cue) if a not in targets]
        else:
            actors = reader.subject_actors(d.modality.cue)
    if not actors and targets and d.trigger.pos_ in NOUN_POS and d.pattern.type == "CONSULT" and d.pattern.symmetric:
        # "The Colombian government has announced the resumption of peace talks with the ELN": talks
        # with a counterpart named are those of the verb's subject
        actors = [a for a in _governing_subject(d.trigger, reader) if a not in targets]
    if d.trigger.pos_ in VERB_POS and d.pattern.type == "CONSULT" and d.pattern.symmetric and actors and not targets:
        # "following an agreement negotiated by the United States and France" with "a ceasefire between
        # Israel and Hezbollah": who negotiated a deal between others brokered it
        brokered = _brokered_parties(d.trigger, reader, book, actors)
        if brokered:
            targets, participants = brokered, list(actors)
    if d.pattern.actor_is_object:
        actors, targets = targets, actors
    if d.trigger.pos_ in NOUN_POS and not actors and not participants and agentless_talks(d.trigger, d.pattern):
        # "peace talks ... were set to resume next week": the parties of the conflict talk
        participants = reader.main_parties(exclude=[])
    if d.trigger.pos_ in VERB_POS and not actors and len(participants) < 2 and _talks_held(d):
        # "The talks were held with "the mediation and assistance of the Chinese side" ... in Kunming":
        # the parties of the conflict talk; the mediator is none of them
        mediators = _mediators(d.trigger, reader, book)
        participants = [p for p in participants if p not in mediators]
        subject = next(c for c in d.trigger.children if c.dep_ == "nsubjpass")
        participants += [p for p in reader.sides_at(subject) if p not in mediators and p not in participants]
    if d.trigger.pos_ in NOUN_POS and actors and not targets and d.pattern.mode in ("mediate", "host"):
        # "through the mediation of the United Arab Emirates": a mediator stands between the parties
        targets = reader.main_parties(exclude=actors)
    # "ousted a Saudi-backed government": a backer of the target is not acted upon
    # ("The Al-Qaeda-linked Al-Shabab fighters": the article and hyphens of a backer's name name no one else)
    backers = set(reader.actors_in(t for t in d.sentence if backer(t))) \
        - set(reader.actors_in(t for t in d.sentence if not backer(t) and t.pos_ not in ("DET", "PUNCT")))
    if d.pattern.symmetric and not targets:
        # "talks between the Democratic Republic of the Congo and Rwanda-backed M23 rebels": no side
        pool = [a for a in participants or actors if a not in backers]
        if d.modality.cue is not None and d.trigger.pos_ in NOUN_POS:
            # "Ukraine proposed direct talks between the two presidents": the proposer's side first
            first = [a for a in reader.subject_actors(d.modality.cue) if a in pool]
            pool = first + [a for a in pool if a not in first]
        if len(pool) >= 2:
            actors, targets = reader.split_sides(pool)
            d.mutual = tuple(actors + targets) if targets else ()
    # "according to Cuban Foreign Minister Bruno Rodriguez": the source of the report is no party
    sources = set(reader.actors_in(t for t in d.sentence if _source_phrase(t))) \
        - set(reader.actors_in(t for t in d.sentence if not _source_phrase(t)))
    # news media report events; they are no party to them ("its forces", read as AFP's)
    sources |= {a for a in actors + targets if getattr(reader.table.get(a), "sector", None) == "MED"}
    actors = [a for a in actors if a not in sources]
    if d.pattern.mode not in ("mediate", "host"):
        # "Yemen's Iran-backed Huthi rebels threatened ...": nor does a backer of the actor act
        # (a "US-brokered" truce is the broker's act of mediation)
        actors = [a for a in actors if a not in backers]
    targets = [t for t in targets if t not in sources]
    targets = [t for t in targets if t not in actors and t not in backers]
    d.actors = reader.with_states(actors)
    d.targets = [t for t in reader.with_states(targets) if t not in d.actors]
    tokens = list(reader.phrase_tokens(d.trigger, {"relcl", "ccomp", "parataxis", "csubj"}))
    d.place, d.coordinates = reader.place(d.trigger, tokens, d.sentence, talks=d.pattern.type == "CONSULT",
                                           act=d.act_type)
    d.date = reader.date(d.trigger, tokens, d.sentence, d.modality.background)


def _verb_roles(d: EventDraft, reader: RoleReader) -> tuple[list[str], list[str], list[str]]:
    verb = d.trigger
    actors = reader.subject_actors(verb)
    if verb.dep_ == "advcl" and verb.head.lemma_.lower() in reader.speech_verbs and d.pattern.type in MATERIAL_TYPES \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        # "..., residents and both sides said yesterday, ending a months-long ceasefire": who reports a
        # deed does not do it
        actors = []
    clause = verb.head if verb.dep_ == "conj" else verb
    if not actors and d.pattern.type in ("ASSAULT", "COERCE") and _own_forces(clause, reader):
        # "Air defense systems shot down 17 Ukrainian drones ..., the Russian Defense Ministry said": a
        # reporter's unnamed units are its own
        actors = [a for a in reader.subject_actors(clause.head) if _armed_reporter(reader, a)]
    if not actors and verb.tag_ == "VBG":
        # "two civilians died ... after shelling by Ukrainian forces": the gerund's "by" names who acts
        actors = reader.actors_in((t for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                                   for g in c.children if g.dep_ == "pobj" for t in reader.phrase_tokens(g)),
                                  places_as_states=True)
    passive_subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not actors and passive_subj and d.pattern.type in ("ASSAULT", "COERCE"):
        # "a civilian was killed ... in Russian military shelling": the attack that killed names who acts
        subject = {t.i for c in passive_subj for t in c.subtree}
        actors = reader.actors_in((t for g in reader.phrase_tokens(verb) if g.i not in subject and g.dep_ == "pobj"
                                   and g.head.lower_ in ("in", "by", "during") and g.lemma_.lower() in reader.trigger_nouns
                                   for m in g.children if m.dep_ in ("amod", "compound", "poss", "nmod")
                                   or (m.dep_ == "prep" and m.lower_ == "by")
                                   for t in reader.phrase_tokens(m)), places_as_states=True)
    patients: list[str] = []
    if _passive(verb) and not passive_subj and not d.pattern.symmetric:
        # "Three Palestinian prisoners ... are due to be freed": the subject above a passive
        # infinitive is acted upon, and the act has no named actor
        patients, actors = actors, []
    # "hold talks on ending hostilities and lifting a Saudi-led blockade on Yemeni ports": what talks are
    # about names no party to them
    topics = TALKS_TOPIC_PREPS if d.pattern.type == "CONSULT" else frozenset()
    fighters = d.pattern.type in ("ASSAULT", "COERCE")  # "killed at least 14 insurgents": whom the attack hits
    targets = patients + [a for a in reader.targets(verb, d.pattern.targets, actors, d.pattern.symmetric, topics, fighters)
                          if a not in patients]
    if passive_subj:
        targets = reader.actors_in(t for h in passive_subj for t in reader.phrase_tokens(h)) + targets
    elif (noun := _described_noun(verb)) is not None and not d.pattern.symmetric:
        # "four alleged insurgents captured in Quissanga district by the Defence and Security Forces": the party
        # a passive participle describes is acted upon, as a passive subject is; a thing's maker is not
        # ("Iranian-made Shahed drones launched by Russia")
        patients = [a for a in reader.actors_in([noun, *noun.conjuncts]) if a not in actors]
        targets = patients + [a for a in targets if a not in patients]
    if not targets and d.pattern.type == "REQUEST":
        targets = asked_parties(verb, reader, actors)  # "called for Abiy to commit to ...": Abiy is asked
    if not targets:
        targets = _receivers(verb, reader)
    if not targets and d.pattern.type in ANSWER_TYPES:
        # "had given his backing to a ceasefire announced by South Sudan", "proposals that were not
        # accepted by the Turkish Cypriot leader": the author of what is answered
        targets = _authors(verb, d, reader, actors)
    # "closed its straits": a possessive that points back to the actor names no target
    targets = [t for t in targets if t not in actors]
    participants = list(actors)
    if d.pattern.symmetric and not actors:
        # "a deal struck between the Israeli government and Hamas"
        participants = targets
        actors, targets = [], []
    if reader.is_reciprocal(verb):
        # "accused each other": each side acts on the other
        actors, targets = reader.split_sides(actors) if len(actors) >= 2 else (actors, [])
        d.mutual = tuple(actors + targets) if targets else ()
        participants = list(actors)
    elif not targets and d.pattern.targets:
        targets = _implicit_targets(d, verb, reader, actors)
    elif not targets and d.pattern.addressed and d.pattern.type == "REQUEST":
        # "said the RSF must withdraw from Khartoum": the party that must act is the one asked
        targets = [a for a in reader.actors_in(t for c in verb.children if c.dep_ in ("ccomp", "parataxis")
                                               for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                                               for t in reader.phrase_tokens(s)) if a not in actors]
    elif not targets and actors and d.pattern.type == "REJECT" and d.pattern.mode == "withdraw":
        # "Russia pulled out from the agreement": the other parties to the deal are left
        targets = reader.main_parties(exclude=actors)
    return actors, targets, participants


def _authors(verb: Token, d: EventDraft, reader: RoleReader, actors: list[str]) -> list[str]:
    """The authors of the proposals, ceasefires or appeals a verb answers (:mod:`.event_authors`)."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in d.pattern.targets
              for g in c.children if g.dep_ == "pobj"]
    for noun in nouns:
        found = author_of(noun, reader, actors)
        if found:
            return found
    return maker_of_antecedent(verb, reader, actors)


def _implicit_targets(d: EventDraft, verb: Token, reader: RoleReader, actors: list[str]) -> list[str]:
    """Targets the verb's own roles leave unnamed: a purpose clause's object, a welcomed clause's
    subject, or, for a mediation, the main parties of the conflict."""
    # "closed its straits to prevent Russian vessels from crossing", "intervened ... to try to
    # restore ... and roll back the Houthi militia": the purpose names the target
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    # "pledged international support to bolster Lebanon's recovery"
    clauses += [c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ in ("acl", "relcl")]
    # "threatened to hunt soldiers from the army": what a threat or demand is about names its target
    # ("Saudi Arabia and Iran agreed to restore relations": the parties of a joint act are its own)
    # ("called on the international community to increase military support against al-Shabaab": an
    # appeal's addressee, named even where it is no party, is the one asked, never whom the content is against)
    if not (d.pattern.type == "REQUEST" and _addressed(verb, d)):
        clauses += [c for c in verb.children if c.dep_ == "xcomp"
                    and (not d.pattern.governs or (d.pattern.absorbs and not d.pattern.symmetric))]
    for c in clauses:
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            found = reader.actors_in(t for v in clause_verbs(c) for o in v.children if o.dep_ == "dobj"
                                     for t in reader.phrase_tokens(o))
            found = [a for a in found if a not in actors]
            if found:
                return found
    if not d.pattern.symmetric:
        # "welcomed the commitment of the government and the rebels to attend the talks"
        found = reader.actors_in(t for c in verb.children if c.dep_ == "ccomp"
                                 for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                                 for t in reader.phrase_tokens(s))
        found = [a for a in found if a not in actors]
        if found:
            return found
    if d.pattern.absorbs and not d.pattern.symmetric:
        # "warned that it would strike Israel": what the actor says it will do names the target
        found = reader.actors_in(t for c in verb.children if c.dep_ == "ccomp"
                                 if set(reader.subject_actors(c)) & set(actors)
                                 for v in clause_verbs(c) for o in v.children if o.dep_ == "dobj"
                                 for t in reader.phrase_tokens(o))
        found = [a for a in found if a not in actors]
        if found:
            return found
    if d.pattern.mode in ("mediate", "host"):
        # a mediator stands between the parties of the conflict: "helped broker the exchange"
        return reader.main_parties(exclude=actors)
    return []


def _addressed(verb: Token, d: EventDraft) -> bool:
    """Whether an appeal names whom it is made to, as object or in the pattern's prepositions ("urged
    all parties", "called on world leaders"), whether or not that is a party."""
    return any((c.dep_ in ("dobj", "dative") and c.pos_ in NOUN_POS | {"PRON"})
               or (c.dep_ == "prep" and c.lower_ in d.pattern.targets and c.lower_ not in ("for", "from")
                   and any(g.dep_ == "pobj" and g.pos_ in NOUN_POS | {"PRON"} for g in c.children))
               for c in verb.children)


def _own_forces(verb: Token, reader: RoleReader) -> bool:
    """Whether a deed reported by a speech verb has an unnamed armed body as subject ("Air defense
    systems shot down ..., the ministry said", "our forces repelled ...")."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in reader.speech_verbs:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in UNNAMED_FORCES \
        and not reader.actors_in(reader.phrase_tokens(subject))


def _armed_reporter(reader: RoleReader, actor_id: str) -> bool:
    """Whether a reporter may have armed bodies of its own: a state, or a body of an armed sector (an
    organization of no known sector, such as a ministry, too)."""
    a = reader.table.get(actor_id)
    return a is not None and (a.type == "state" or a.sector in ARMED_SECTORS
                              or (a.type == "organization" and a.sector is None))


def _governing_subject(noun: Token, reader: RoleReader) -> list[str]:
    """The actors of the subject of the verb whose object a noun is, through nouns it is "of" ("announced
    the resumption of peace talks with the ELN")."""
    cur = noun
    while cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in TALKS_PHASES:
        cur = cur.head.head
    # "described the talks with the Americans as productive": who speaks of talks need not be in them
    if cur.i == noun.i or cur.dep_ != "dobj" or cur.head.pos_ not in VERB_POS:
        return []
    return reader.subject_actors(cur.head)


def _talks_held(d: EventDraft) -> bool:
    """Whether a passive verb of talks names the talks the article spoke of as its subject and no one
    who held them ("The talks were held in Kunming"; "peace talks have been held" before names no
    talks in particular)."""
    verb = d.trigger
    return d.pattern.type == "CONSULT" and d.pattern.symmetric and _passive(verb) \
        and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in AGENTLESS_TALKS
                and any(g.dep_ == "det" and g.lower_ in DEFINITE for g in c.children) for c in verb.children)


def _both(verb: Token, reader: RoleReader) -> list[str]:
    """The two parties a bare "both" (or "both leaders" that names no pair) stands for: the last two
    sides named in the nearest sentence before that names two ("... talks with Serbian President
    Aleksandar Vucic and Kosovan Prime Minister Albin Kurti. Both agreed that ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    bare = subject is not None and subject.lower_ == "both" and not any(True for _ in subject.children)
    if subject is None or not (bare or reader.is_sides(subject)):
        return []  # "the two sides", "both leaders" where no pair is named together: the two named last
    sent = verb.sent
    for _ in range(3):
        if sent.start == 0:
            return []
        sent = verb.doc[sent.start - 1].sent
        sides: list[list[str]] = []
        for a in reader.actors_in(sent):
            side = next((g for g in sides if reader.same_side(g[0], a)), None)
            if side is None:
                sides.append([a])
            elif a not in side:
                side.append(a)
        if len(sides) >= 2:
            return [a for g in sides[-2:] for a in g]
    return []


def _mediators(verb: Token, reader: RoleReader, book: PatternBook) -> list[str]:
    """The actors a verb's adjunct names as mediators or hosts ("with the mediation of the Chinese side")."""
    found: list[str] = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            p = book.noun_event(noun)
            if p is None or p.mode not in ("mediate", "host"):
                continue
            # the mediator is named in the noun's own phrase: "the mediation and assistance of the Chinese side"
            found += reader.actors_in((t for n in (noun, *noun.conjuncts) for c in n.children
                                       if c.dep_ in ("poss", "amod", "compound", "nmod")
                                       or (c.dep_ == "prep" and c.lower_ in ("of", "by"))
                                       for t in reader.phrase_tokens(c)), places_as_states=True)
    return found


def _brokered_parties(verb: Token, reader: RoleReader, book: PatternBook, actors: list[str]) -> list[str]:
    """The parties of the deal a verb of talks says others negotiated ("an agreement negotiated by the
    United States and France"): the pair the sentence names with "between", when the negotiators are
    none of it; else none."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return []
    deals = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ in ("acl", "relcl"):
        deals.append(verb.head)
    if not any((p := book.noun_event(n)) is not None and p.type == "AGREE" for n in deals):
        return []
    pair = reader.actors_in((x for t in verb.sent if t.dep_ == "prep" and t.lower_ in PAIR_PREPS
                             for x in t.subtree), places_as_states=True)
    sides = {reader.side_state(a) or a for a in actors}
    if len(pair) < 2 or any(a in actors or (reader.side_state(a) or a) in sides for a in pair):
        return []
    return pair


def _receivers(verb: Token, reader: RoleReader) -> list[str]:
    """Who received what the verb's participle describes: "the group had received 13 detainees
    released by Saudi Arabia", "Israel will receive the first thirteen hostages to be released by
    Hamas" release them to the group, to Israel."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in RECEIVING_VERBS:
        return []
    return reader.subject_actors(noun.head)


def _described_noun(verb: Token) -> Token | None:
    """The common noun a passive participle describes ("insurgents captured by the army", "soldiers held captive
    by the RSF"), or None; a name it follows is described by the way ("Ukraine, backed by its allies, ...")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ != "NOUN":
        return None
    return verb.head


def _source_phrase(token: Token) -> bool:
    """Whether a word stands in an "according to" phrase."""
    return any(a.lower_ == "to" and a.head.lower_ == "according" for a in token.ancestors)


def _passive(verb: Token) -> bool:
    """Whether a verb is passive without an agent ("are due to be freed")."""
    return verb.pos_ in VERB_POS and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)
