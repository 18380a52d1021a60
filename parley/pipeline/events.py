"""The ``parley_events`` stage: who did what to whom, where and when, coded with PLOVER.

Steps, per sentence:

1. Triggers: verbs and nominalizations of the pattern book (``resources/event_patterns.yaml``),
   the most specific pattern first ("hold talks" before "hold"), then the fallback verbs converted
   from PETRARCH2's CAMEO dictionary (``resources/event_verbs_petrarch.yaml``), which need a target.
2. Status and background from the words above each trigger (:mod:`.event_status`); events that
   are the content of another ("urged them to resume talks") or asked about are not coded apart.
3. Actors and targets from the parse (:mod:`.event_roles`): subject and agent act; objects and the
   pattern's prepositions name targets; a governing cue's subject acts for its complement
   ("Russia pledged to decrease ..."); participants of a symmetric event ("delegations met") are
   split into the first side and the others; "they" and "the two sides" name the parties; a
   purpose clause, a welcomed clause or, for a mediator or host, the main parties supply a target
   the verb leaves unnamed. Events with no actor are dropped; a phone call with several
   counterparts is one call each.
4. Place, coordinates and date from the sentence; an event whose sentence has no date takes the
   date of the sentence before when that sentence names one of its actors.
5. Mentions of one event in one document (same type, status and actors; compatible targets; the
   same content for an agreement or demand) are merged into its first report, as are reports of
   one type among the same parties in one sentence ("each side released ...").
Cues with a type of their own ("agreed", "denied the allegations") are coded as that type only
when they govern no event.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from parley.models import Event
from parley.pipeline.event_patterns import Pattern, PatternBook, load_patterns, verb_objects
from parley.pipeline.event_roles import CLAUSE_DEPS, LOCATIVE_PREPS, RoleReader
from parley.pipeline.event_status import Modality, modality
from parley.pipeline.extensions import DateMention
from parley.pipeline.gazetteer import Gazetteer, load_gazetteer

VERSION = "parley.events.v1"

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
# Relations that keep a noun inside the argument of the verb above it ("met for peace talks").
PHONE_WORDS = {"phone", "telephone", "videoconference", "video", "call"}
ARGUMENT_DEPS = {"pobj", "prep", "dobj", "conj", "compound", "nsubjpass", "attr", "appos"}


@dataclass
class _Draft:
    """An event while the document is read."""

    pattern: Pattern
    trigger: Token
    sentence: Span
    modality: Modality
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: str | None = None
    coordinates: tuple[float, float] | None = None
    date: DateMention | None = None
    type: str | None = None

    def event(self) -> Event:
        s = self.sentence
        text = s.text
        end = s.start_char + len(text.rstrip())
        type_ = self.type or self.pattern.type or ""
        mode = self.pattern.mode
        if self.modality.refused:
            type_, mode = "REJECT", (mode or type_.lower())
        return Event(
            type=type_,
            mode=mode,
            actors=tuple(self.actors), targets=tuple(self.targets),
            place=self.place, coordinates=self.coordinates,
            date=self.date.value if self.date else None,
            date_text=self.date.text if self.date else None,
            status=self.modality.status,  # type: ignore[arg-type]
            span=(s.start_char, end), trigger=_trigger_text(self.trigger, self.pattern),
            background=self.modality.background,
        )


def _trigger_text(token: Token, pattern: Pattern) -> str:
    """The trigger word with the object or particle that made it an event ("held talks")."""
    if pattern.objects and token.pos_ in VERB_POS:
        obj = next((o for o in verb_objects(token) if o.lemma_.lower() in pattern.objects or o.lower_ in pattern.objects), None)
        if obj is not None and obj.i > token.i and obj.i - token.i <= 4:
            return token.doc[token.i:obj.i + 1].text
    if pattern.preps and token.pos_ in VERB_POS:
        prt = next((c for c in token.children if c.lower_ in pattern.preps), None)
        if prt is not None and prt.i == token.i + 1:
            return token.doc[token.i:prt.i + 1].text
    return token.text


class EventCoder:
    """Codes the events of a document with the pattern book."""

    def __init__(self, events_file: Path | None = None, places_file: Path | None = None) -> None:
        self.book: PatternBook = load_patterns(events_file)
        self.gazetteer: Gazetteer = load_gazetteer(places_file)

    def __call__(self, doc: Doc) -> Doc:
        reader = RoleReader(doc, self.book.speech_verbs, self.gazetteer, self.book.sides, self.book.event_nouns,
                            frozenset(self.book.by_noun))
        drafts: list[_Draft] = []
        for sentence in doc.sents:
            drafts += self._sentence(sentence, reader)
        self._inherit_dates(drafts, reader)
        doc._.events = [d.event() for d in _merge(drafts)]
        return doc

    # -- step 1: triggers ----------------------------------------------------------------------
    def _triggers(self, sentence: Span) -> list[tuple[Token, Pattern]]:
        found = []
        for t in sentence:
            p = None
            if t.pos_ in VERB_POS:
                p = self.book.verb_event(t)
            elif t.pos_ in NOUN_POS:
                p = self.book.noun_event(t)
            if p is not None:
                found.append((t, p))
        return found

    def _sentence(self, sentence: Span, reader: RoleReader) -> list[_Draft]:
        triggers = self._triggers(sentence)
        trigger_ids = {t.i for t, _ in triggers}
        drafts: list[_Draft] = []
        governing: set[int] = set()
        for token, pattern in triggers:
            mod = modality(token, pattern, self.book, trigger_ids)
            if mod.cue is not None:
                governing.add(mod.cue.i)
            if mod.skipped or mod.absorbed:
                continue
            if token.pos_ in NOUN_POS and mod.cue is None and self._inside_event(token, trigger_ids) \
                    and not self._own_parties(token):
                continue
            if token.pos_ in NOUN_POS and self._about_event(token, pattern, trigger_ids):
                continue
            draft = _Draft(pattern, token, sentence, mod)
            self._roles(draft, reader)
            if draft.actors and (draft.targets or not pattern.needs_target):
                drafts += self._per_counterpart(draft, reader)
        drafts += self._cue_events(sentence, reader, trigger_ids, governing)
        return drafts

    def _inside_event(self, noun: Token, triggers: set[int]) -> bool:
        """A noun in the argument of another trigger is part of that event ("met for peace talks")."""
        cur = noun
        for _ in range(5):
            if cur.dep_ not in ARGUMENT_DEPS or cur.head.i == cur.i:
                return False
            cur = cur.head
            if cur.i in triggers:
                return True
        return False

    def _own_parties(self, noun: Token) -> bool:
        """A noun in an adjunct of another event that names its own parties is an event of its own
        ("As part of the prisoner exchange between Russia and Ukraine, the Russian side released ...")."""
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        return any(t.dep_ == "prep" and t.lower_ in ("between", "among") for t in noun.subtree)

    def _about_event(self, noun: Token, pattern: Pattern, triggers: set[int]) -> bool:
        """An agreement about another event is that event agreed ("the agreement on the exchange
        of prisoners" is the exchange)."""
        if pattern.type != "AGREE":
            return False
        return any(c.dep_ == "prep" and c.lower_ in ("on", "for", "over", "regarding", "about")
                   and any(g.i in triggers for g in c.subtree) for c in noun.children)

    def _per_counterpart(self, d: _Draft, reader: RoleReader) -> list[_Draft]:
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

    def _cue_events(self, sentence: Span, reader: RoleReader, triggers: set[int], governing: set[int]) -> list[_Draft]:
        """Cues with a type of their own that govern no event: "agreed", "denied the reports"."""
        drafts = []
        for t in sentence:
            if t.i in triggers or t.i in governing or t.pos_ not in VERB_POS:
                continue
            cue = self.book.cue(t)
            if cue is None or cue.type is None:
                continue
            mod = modality(t, cue, self.book, triggers)
            if mod.skipped or mod.absorbed:
                continue
            if cue.status == "denied" and mod.status == "denied":
                # a denial is itself a rejection that happened, unless it is negated
                neg = any(c.dep_ == "neg" for c in t.children)
                mod = replace(mod, status="denied" if neg else "occurred")
            draft = _Draft(cue, t, sentence, mod)
            self._roles(draft, reader)
            if draft.actors:
                drafts.append(draft)
        return drafts

    # -- step 3: roles -------------------------------------------------------------------------
    def _roles(self, d: _Draft, reader: RoleReader) -> None:
        if d.trigger.pos_ in NOUN_POS:
            actors, targets, participants = self._noun_roles(d, reader)
        else:
            actors, targets, participants = self._verb_roles(d, reader)
        if not actors and d.modality.cue is not None:
            actors = reader.subject_actors(d.modality.cue)
        if d.pattern.actor_is_object:
            actors, targets = targets, actors
        if d.pattern.symmetric and not targets:
            pool = participants or actors
            if len(pool) >= 2:
                actors, targets = reader.split_sides(pool)
        targets = [t for t in targets if t not in actors]
        d.actors = reader.with_states(actors)
        d.targets = [t for t in reader.with_states(targets) if t not in d.actors]
        tokens = list(reader.phrase_tokens(d.trigger, {"relcl", "ccomp", "parataxis", "csubj"}))
        d.place, d.coordinates = reader.place(d.trigger, tokens, d.sentence)
        d.date = reader.date(d.trigger, tokens, d.sentence, d.modality.background)

    def _verb_roles(self, d: _Draft, reader: RoleReader) -> tuple[list[str], list[str], list[str]]:
        verb = d.trigger
        actors = reader.subject_actors(verb)
        passive_subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        targets = reader.targets(verb, d.pattern.targets, actors)
        if passive_subj:
            targets = reader.actors_in(t for h in passive_subj for t in reader.phrase_tokens(h)) + targets
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
            participants = list(actors)
        elif not targets and d.pattern.targets:
            targets = self._implicit_targets(d, verb, reader, actors)
        return actors, targets, participants

    def _implicit_targets(self, d: _Draft, verb: Token, reader: RoleReader, actors: list[str]) -> list[str]:
        """Targets the verb's own roles leave unnamed: a purpose clause's object, a welcomed clause's
        subject, or, for a mediation, the main parties of the conflict."""
        # "closed its straits to prevent Russian vessels from crossing", "intervened ... to try to
        # restore ... and roll back the Houthi militia": the purpose names the target
        clauses = [c for c in verb.children if c.dep_ == "advcl"]
        # "pledged international support to bolster Lebanon's recovery"
        clauses += [c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ in ("acl", "relcl")]
        clauses += [c for c in verb.children if c.dep_ == "xcomp" and not d.pattern.governs]
        for c in clauses:
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                found = reader.actors_in(t for v in _clause_verbs(c) for o in v.children if o.dep_ == "dobj"
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
        if d.pattern.mode in ("mediate", "host"):
            # a mediator stands between the parties of the conflict: "helped broker the exchange"
            return reader.main_parties(exclude=actors)
        return []

    def _noun_roles(self, d: _Draft, reader: RoleReader) -> tuple[list[str], list[str], list[str]]:
        noun = d.trigger
        actors: list[str] = []
        targets: list[str] = []
        participants: list[str] = []
        for c in noun.children:
            if c.dep_ == "poss":
                actors += reader.actors_in(reader.phrase_tokens(c))
            elif c.dep_ in ("prep", "agent") and c.lower_ == "by":
                actors += reader.actors_in(t for g in c.children for t in reader.phrase_tokens(g))
            elif c.dep_ == "prep" and c.lower_ in ("between", "among"):
                participants += reader.actors_in(t for g in c.children for t in reader.phrase_tokens(g))
            elif c.dep_ == "prep" and c.lower_ == "of" and d.pattern.of_role == "actor":
                # "the mediation of the United Arab Emirates"
                actors += reader.actors_in(t for g in c.children for t in reader.phrase_tokens(g))
            elif c.dep_ == "prep" and (c.lower_ in d.pattern.targets or (c.lower_ == "of" and d.pattern.of_role == "target")):
                # "the Russian invasion of Ukraine"
                targets += reader.actors_in((t for g in c.children for t in reader.phrase_tokens(g)), places_as_states=True)
        if not participants:
            # "the signing of the Agreement ... between the Government and the Front"
            for t in reader.phrase_tokens(noun, CLAUSE_DEPS):
                if t.dep_ == "prep" and t.lower_ in ("between", "among") and t.head.i != noun.i:
                    participants += reader.actors_in(x for g in t.children for x in reader.phrase_tokens(g))
        modifiers = reader.actors_in(t for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
                                     for t in reader.phrase_tokens(c, CLAUSE_DEPS))
        if not actors and not participants and noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in VERB_POS:
            # "Russia and Ukraine conducted a prisoner exchange": the light verb's subject acts
            actors = reader.subject_actors(noun.head)
            if d.pattern.symmetric:
                participants = list(actors)
        if d.pattern.symmetric:
            participants = actors + modifiers + participants
            if participants and not actors:
                actors = participants
        elif actors:
            targets = modifiers + targets
        else:
            actors = modifiers
        return actors, targets, participants

    # -- step 4: dates -------------------------------------------------------------------------
    def _inherit_dates(self, drafts: list[_Draft], reader: RoleReader) -> None:
        sents = list(reader.doc.sents)
        index = {s.start: n for n, s in enumerate(sents)}
        for d in drafts:
            if d.date is not None or d.modality.status != "occurred" or d.modality.background:
                continue
            n = index.get(d.sentence.start, 0)
            if n == 0:
                continue
            prev = sents[n - 1]
            if not set(reader.actors_in(prev)) & set(d.actors):
                continue
            d.date = reader.date(prev.root, list(prev), prev, False)


def _by_phone(trigger: Token) -> bool:
    """Whether a meeting was held by phone ("held talks by phone", "discussed over the phone")."""
    holders = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(g.lemma_.lower() in PHONE_WORDS for h in holders for c in h.children
               if c.dep_ == "prep" and c.lower_ in ("by", "over", "on") for g in c.children)


def _clause_verbs(verb: Token) -> list[Token]:
    """A verb with the verbs of its complements and conjuncts ("try to restore ... and roll back")."""
    found: list[Token] = []
    todo = [verb]
    while todo and len(found) < 8:
        v = todo.pop()
        found.append(v)
        todo += [c for c in v.children if c.dep_ in ("xcomp", "conj") and c.pos_ in VERB_POS]
    return found


def _type(d: _Draft) -> str:
    return "REJECT" if d.modality.refused else (d.type or d.pattern.type or "")


def _content(d: _Draft) -> str | None:
    """What an agreement or a demand is about: "agreed to a prisoner exchange" and "agreeing to
    hold a new round of negotiations" are two agreements."""
    if not d.pattern.absorbs:
        return None
    for c in d.trigger.children:
        if c.dep_ in ("xcomp", "ccomp", "dobj"):
            return c.lemma_.lower()
        if c.dep_ == "prep" and c.lower_ not in LOCATIVE_PREPS:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj.lemma_.lower()
    return None


def _compatible(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """Step 5: later reports of an event already coded fill its gaps instead of repeating it.

    Only nearby reports merge (the same sentence, or the next two with the same mode) and only
    when their places and dates agree: the same parties meet again, elsewhere or later.
    """
    kept: list[_Draft] = []
    sentence_no = {s.start: n for n, s in enumerate(drafts[0].sentence.doc.sents)} if drafts else {}
    for d in drafts:
        # one sentence reporting one type among the same parties reports one event, seen from
        # either side ("the Russian side released 35 Ukrainian soldiers, and the Ukrainian side
        # released 35 Russian soldiers")
        same = next((k for k in kept if k.sentence.start == d.sentence.start and _type(k) == _type(d)
                     and k.modality.status == d.modality.status and len(set(k.actors) | set(k.targets)) >= 2
                     and set(d.actors) | set(d.targets) <= set(k.actors) | set(k.targets)), None)
        if same is not None:
            continue
        same = next((k for k in kept if k.type == d.type and k.pattern.type == d.pattern.type
                     and _content(k) == _content(d)
                     and (k.pattern.mode == d.pattern.mode or k.sentence.start == d.sentence.start)
                     and 0 <= sentence_no[d.sentence.start] - sentence_no[k.sentence.start] <= 2
                     and _compatible(k.place, d.place)
                     and _compatible(k.date.value if k.date else None, d.date.value if d.date else None)
                     and k.modality.status == d.modality.status and k.modality.background == d.modality.background
                     and set(k.actors) & set(d.actors)
                     and (not k.targets or not d.targets or set(k.targets) & set(d.targets))), None)
        if same is None:
            kept.append(d)
            continue
        same.targets += [t for t in d.targets if t not in same.targets and t not in same.actors]
        if same.place is None:
            same.place, same.coordinates = d.place, d.coordinates
        if same.date is None:
            same.date = d.date
    return kept


@Language.factory(
    "parley_events",
    default_config={"events_file": None, "places_file": None},
    requires=["doc._.actors", "doc._.dates", "token.dep", "token.lemma"],
    assigns=["doc._.events"],
)
def make_events(nlp: Language, name: str, events_file: str | None, places_file: str | None) -> EventCoder:
    return EventCoder(Path(events_file) if events_file else None, Path(places_file) if places_file else None)
