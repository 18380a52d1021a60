"""The ``parley_events`` stage: who did what to whom, where and when, coded with PLOVER.

Steps, per sentence:

1. Triggers: verbs and nominalizations of the pattern book (``resources/event_patterns.yaml``),
   the most specific pattern first ("hold talks" before "hold"), then the fallback verbs converted
   from PETRARCH2's CAMEO dictionary (``resources/event_verbs_petrarch.yaml``), which need a target.
   Words that only look like an act are passed over: an attributive participle ("recently
   suspended talks"), a verb naming what talks are about ("discussions on ... opening a corridor"),
   "demonstrates a commitment", a warning that names no one and no act of the warner, an attempt
   ("forces are seeking to capture the town"), a press conference, the call of a plan or deal
   without an author ("The plan calls for all hostilities to end"), and what an act did or a
   reporter's account (:mod:`.event_nonacts`: "talks ... have yielded no breakthroughs").
2. Status and background from the words above each trigger (:mod:`.event_status`); events that
   are the content of another ("urged them to resume talks"), asked about or failed are not coded,
   nor are words that describe rather than report (:mod:`.event_generic`: "Burhan, who controls
   the military", "A ceasefire is an agreement between ...", "a public clash", "who requested
   anonymity"). A noun inside another event's words is part of that event ("met for peace talks"),
   but one of an act between named parties that another party welcomes or condemns is an event of its
   own (:mod:`.event_nested`: "welcomes the signing of the Agreement ... between Ethiopia and the TPLF").
3. Actors and targets from the parse (:mod:`.event_arguments`; the parse is read by
   :mod:`.event_roles`, nouns' events by :mod:`.event_nominals`, pronouns by
   :mod:`.event_references`): subject and agent act; objects and the pattern's prepositions name
   targets; a governing cue's subject acts for its complement ("Russia pledged to decrease ..."),
   unless the complement is passive ("are due to be freed"); participants of a symmetric event
   ("delegations met") are split into the first side and the others; "they", "the two sides" and
   "the group" name the parties; a purpose clause, a welcomed clause or, for a mediator, a host,
   talks without named parties or a withdrawal from a deal, the main parties supply what the verb
   leaves unnamed. Backers ("a Saudi-backed government"), sources ("according to ...") and news
   agencies are no parties. Where the words name no actor, a proposal's author ("a proposal by
   Putin to resume negotiations"), a mediator before a hyphen ("a UN-brokered deal"), the holder of
   freed captives ("prisoners held in Israel are due to be freed") or the subject the parser left on
   a neighbouring verb acts (:mod:`.event_agents`); a need reported by another is the speaker's
   request; a meeting that dates another act and a joint act a party confirms are that act's subject's
   (:mod:`.event_adjuncts`); an answer to a proposal that names no target is aimed at the proposer ("agreed to a
   truce proposed by the Quad", :func:`.event_authors.proposers`). Events with no actor are dropped; a phone call with several counterparts is one call each.
4. Place, coordinates and date from the sentence; from the reports just before
   (:mod:`.event_context`), an event whose sentence has no date takes the date of the sentence
   before when that sentence names one of its actors, and an event with no place the place of an
   act of its party just before; a reaction to "the decision" or "the raids" targets the party of
   the act reported before (:mod:`.event_targets`). After step 5, a dyadic act that names no party
   as its target is aimed at the actor's counterpart in the document, marked ``inferred_targets``.
5. Mentions of one event in one document (same type, status and actors; compatible targets; the
   same content for an agreement or demand) are merged into its first report, as are reports of
   one type among the same parties in one sentence ("each side released ...") and bare later
   mentions of an agreement or meeting (:mod:`.event_merge`). Conditional acts and acts merely
   negated are not reported. An act a party is said to owe ("... must withdraw," it said) is the
   speaker's request of that party (:mod:`.event_obligations`), and no act without a speaker.
Cues with a type of their own ("agreed", "denied the allegations") are coded as that type only
when they govern no event, save a denial of an act ("denied firing any rockets"); a claim that another
party struck accuses it ("claims the plane was shot down").
An accusation a noun names is made whatever is said of it, and accuses the party its clause says acted
(:mod:`.event_accusations`: "denied accusations by the RSF that it carried out an airstrike"), as does a
speaker's quoted account of another party's attack or quoted naming of it ("'Russia proves it is a terrorist
state,' Zelenskiy wrote"); a party's
own announced attack and an armed party's warning against an act are threats (:mod:`.event_threats`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from parley.pipeline.cues import load_cues
from parley.pipeline.event_accusations import (
    accusation_noun,
    accused,
    blamed_subjects,
    claimed_acts,
    denial_targets,
    denials,
    made,
    named_criminal,
    said_acts,
    unreported_violation,
)
from parley.pipeline.event_adjuncts import (
    adjunct_agents,
    adjunct_verb,
    meeting_adjunct,
    paired_adjunct,
)
from parley.pipeline.event_agents import (
    PREFIXED_MODES,
    cue_agents,
    document_call,
    holders,
    need_speaker,
    per_counterpart,
    prefix_agents,
    prefixed,
    released_by_holder,
    responds_to,
    sibling_subject,
)
from parley.pipeline.event_arguments import assign_roles
from parley.pipeline.event_authors import proposers
from parley.pipeline.event_context import (
    inherit_clock_dates,
    inherit_dates,
    inherit_neighbour_dates,
    inherit_places,
    inherit_report_dates,
    inherit_speech_dates,
    inherit_venues,
    prefer_act_dates,
)
from parley.pipeline.event_drafts import THREATENING_TYPES, EventDraft
from parley.pipeline.event_generic import characterizes
from parley.pipeline.event_gerunds import retag_nominal_gerunds
from parley.pipeline.event_mediators import mediated_parties
from parley.pipeline.event_merge import merge_mentions, reported
from parley.pipeline.event_nested import about_event, inside_event, own_parties, reacted_to, topic_of_talks
from parley.pipeline.event_nonacts import (
    alone_discussing,
    describes_only,
    mere_warning,
    no_act,
    purpose_clause,
)
from parley.pipeline.event_obligations import owed_acts
from parley.pipeline.event_patterns import Pattern, PatternBook, load_patterns
from parley.pipeline.event_roles import RoleReader, own_subject
from parley.pipeline.event_status import SPEECH_ACT_TYPES, Modality, attempt, foretold_need, modality
from parley.pipeline.event_subjects import aid_reporters, gerund_agents, reporting_conjunct
from parley.pipeline.event_targets import counterpart_targets, referred_targets
from parley.pipeline.event_terms import accord_terms
from parley.pipeline.event_threats import self_announced
from parley.pipeline.event_words import NOUN_POS, VERB_POS
from parley.pipeline.gazetteer import Gazetteer, load_gazetteer

VERSION = "parley.events.v1"

# Verbs that threaten only when they name whom they warn or what the warner will do.
WARNING_VERBS = {"warn", "caution"}
# Words that make a meeting noun a briefing of the press, not talks ("a news conference").
PRESS_WORDS = {"press", "news", "media"}


class EventCoder:
    """Codes the events of a document with the pattern book."""

    def __init__(self, events_file: Path | None = None, places_file: Path | None = None,
                 events_fallback: Path | None = None) -> None:
        self.book: PatternBook = load_patterns(events_file, events_fallback, places_file)
        self.gazetteer: Gazetteer = load_gazetteer(places_file)
        self.speech_verbs = load_cues().verbs  # the verbs that report speech ("TASS reported on Monday")
        # the words that make naming a party an accusation ("called Kyiv a terrorist regime")
        self.charges = frozenset().union(*(p.predicates for p in self.book.patterns if p.type == "ACCUSE"))
        self.talk_nouns = frozenset(n for n, ps in self.book.by_noun.items() if any(p.type == "CONSULT" for p in ps))

    def __call__(self, doc: Doc) -> Doc:
        retag_nominal_gerunds(doc, frozenset(self.book.by_noun))  # "killed by Russian shelling"
        reader = RoleReader(doc, self.book.speech_verbs, self.gazetteer, self.book.sides, self.book.event_nouns,
                            frozenset(self.book.by_noun))
        drafts: list[EventDraft] = []
        for sentence in doc.sents:
            drafts += self._sentence(sentence, reader)
        drafts = owed_acts(drafts, reader)  # "'... must withdraw from Tigray,' it said": the speaker's request
        drafts += said_acts(drafts, reader, self.speech_verbs)  # "'The RSF attacked ...,' Minawi said"
        drafts += named_criminal(doc, drafts, reader, self.charges)  # "'Russia proves it is a terrorist state'"
        mediated_parties(drafts)  # "The talks were held with the mediation of the Chinese side": the talks' parties
        inherit_dates(drafts, reader)
        inherit_report_dates(drafts, reader, self.speech_verbs)
        inherit_speech_dates(drafts, reader, self.speech_verbs)
        inherit_neighbour_dates(drafts, reader)
        inherit_clock_dates(drafts, reader)
        prefer_act_dates(drafts, reader, self.speech_verbs)
        inherit_places(drafts, reader)
        inherit_venues(drafts, reader, self.talk_nouns)
        guessed = referred_targets(drafts, reader, self.book)
        kept = merge_mentions(drafts)
        inferred = guessed | counterpart_targets(kept, drafts, reader)
        doc._.events = [d.event().model_copy(update={"inferred_targets": id(d) in inferred})
                        for d in kept if reported(d)]
        reader.collectives.register({a for e in doc._.events for a in (*e.actors, *e.targets)})
        return doc

    # -- step 1: triggers ----------------------------------------------------------------------
    def _triggers(self, sentence: Span) -> list[tuple[Token, Pattern]]:
        found = []
        for t in sentence:
            p = None
            if t.pos_ in VERB_POS:
                p = self._prefixed_pattern(t) or self.book.verb_event(t)
            elif t.pos_ in NOUN_POS:
                p = self.book.noun_event(t)
            if p is not None:
                found.append((t, p))
        return found

    def _sentence(self, sentence: Span, reader: RoleReader) -> list[EventDraft]:
        triggers = self._triggers(sentence)
        trigger_ids = {t.i for t, _ in triggers}
        trigger_patterns = {t.i: p for t, p in triggers}
        # what an accusation noun alleges takes its status from above it ("denied accusations that ...")
        barriers = {t.i for t, p in triggers if not accusation_noun(t, p)}
        drafts: list[EventDraft] = []
        governing: set[int] = set()
        governed: dict[int, list[Token]] = {}
        for token, pattern in triggers:
            mod = modality(token, pattern, self.book, barriers if token.i in barriers else trigger_ids)
            if accusation_noun(token, pattern):
                mod = made(mod)  # "denied accusations by the RSF": the accusation was made, the denial is coded
            if mod.cue is not None and (meeting_adjunct(token, pattern) or paired_adjunct(token, pattern)) \
                    and mod.cue == adjunct_verb(token):
                # "In a meeting with the Dutch Ambassador, ... called on ...": the meeting dates the call
                # and is no content of it
                mod = Modality()
            if mod.cue is not None:
                governing.add(mod.cue.i)
                governed.setdefault(mod.cue.i, []).append(token)
            if mod.skipped or mod.absorbed or characterizes(token, pattern):
                continue  # characterizes: "Burhan, who controls the military", "A ceasefire is an agreement"
            if token.pos_ in NOUN_POS and mod.cue is None and inside_event(token, trigger_ids) \
                    and not own_parties(token, pattern, self.book) and not reacted_to(token, trigger_patterns, reader) \
                    and not (pattern.mode == "release" and released_by_holder(token, reader)):
                continue  # "facilitated the release of soldiers held by the RSF": the holder's release stays
            if token.pos_ == "PROPN" and token.doc._.actors.at(token) is not None:
                continue  # "the International Conference of the Great Lakes Region": a name, no meeting
            if token.pos_ in NOUN_POS and about_event(token, pattern, trigger_ids):
                continue
            if token.pos_ in NOUN_POS and any(c.lower_ in PRESS_WORDS for c in token.children
                                              if c.dep_ in ("compound", "amod", "nmod")):
                continue  # "told a news conference", "Putin's annual press conference": no talks
            if token.pos_ in VERB_POS and topic_of_talks(token, trigger_patterns):
                continue  # "held discussions on evacuation and opening a humanitarian corridor"
            if token.pos_ in VERB_POS and token.dep_ == "amod" and token.tag_ == "VBN" \
                    and not (pattern.mode in PREFIXED_MODES and prefix_agents(token, reader)):
                continue  # "recently suspended peace talks", "the signed agreement": a description
            if token.pos_ in VERB_POS and token.dep_ in ("acl", "relcl") and token.head.i in barriers \
                    and token.head.pos_ in NOUN_POS and not any(c.dep_ == "agent" for c in token.children) \
                    and not own_subject(token):
                # "a prisoner exchange deal struck between Israel and Hamas": the deal is the event
                # ("a deal brokered by China" has an act of its own, and so has "a two-day visit to Sana'a,
                # during which he held talks with the leaders of the Houthi militia")
                continue
            if pattern.type in THREATENING_TYPES and mod.status == "pledged" and mod.cue is None \
                    and self_announced(token, self.book.speech_verbs):
                mod = replace(mod, announced=True)  # "said it would target all ships": a threat made
            if pattern.promised and mod.status != "pledged":
                continue  # "responded to the attack with airstrikes": the airstrikes are the act
            if unreported_violation(token, pattern):
                continue  # "cautioning against any move to violate the ceasefire": no breach reported
            if no_act(token, pattern, self.book, trigger_patterns):
                continue  # "talks ... have yielded no breakthroughs", "a Greek ship heading to Israel"
            if describes_only(token, pattern):
                continue  # "sanctions on 28 officials accused of human rights violations": who they are
            if token.lemma_.lower() in WARNING_VERBS and pattern.type == "THREATEN":
                warning = EventDraft(pattern, token, sentence, mod)
                assign_roles(warning, reader, self.book)
                if mere_warning(warning, reader):
                    continue  # "..., the IOM warned on Tuesday": a warning of a danger, no threat
            if pattern.type == "REJECT" and pattern.governs and mod.status == "denied":
                continue  # "had not ruled out talks", "did not reject the plan": no rejection
            if token.pos_ in VERB_POS and (attempt(token) or (token.dep_ == "xcomp" and attempt(token.head)
                                                              and pattern.type not in SPEECH_ACT_TYPES)):
                # "forces are seeking to capture the town": an attempt, no request and no capture; but "we
                # want to demand from the U.N. to save our civilians" makes the demand it wants to make
                continue
            if pattern.type == "REQUEST" and token.pos_ in VERB_POS and foretold_need(token):
                continue  # "Hamas will need to release all of the hostages": a deal's term, no appeal
            if pattern.type == "REQUEST" and pattern.governs and document_call(token, reader):
                continue  # "the plan, which called for the release of ...": the plan's terms
            if pattern.type == "PROTEST" and token.pos_ in VERB_POS and not pattern.objects \
                    and any(c.dep_ == "dobj" for c in token.children):
                continue  # "demonstrates a commitment": to show, not to protest
            draft = EventDraft(pattern, token, sentence, mod)
            assign_roles(draft, reader, self.book)
            self._unnamed_actors(draft, reader)
            blamed_subjects(draft, reader)  # "said Hamas was responsible for the attack"
            draft.targets = draft.targets or proposers(draft, reader)  # "agreed to a truce proposed by the Quad"
            if draft.actors and (draft.targets or not (pattern.needs_target or alone_discussing(draft))
                                 or set(draft.actors) & set(aid_reporters(draft, reader, self.book.speech_verbs))):
                # aid an aid body reports has no addressee to name ("Trucks carrying aid entered Gaza")
                drafts += per_counterpart(draft, reader)
        drafts += claimed_acts(drafts, reader, self.book)
        accused(drafts)
        # "denied any involvement in the fighting": a denial of an act it names by a noun and no party is
        # still a rejection that happened (what it denies is not coded, so the denial is); a denied
        # clause ("denied claims that it had refused to negotiate") is the denial's content
        kept = {d.modality.cue.i for d in drafts if d.modality.cue is not None}
        denied = denials(drafts, self._denial)  # "denied firing any rockets": a rejection beside the denied act
        governing = {i for i in governing if (i in kept or not self._denial(sentence.doc[i])
                     or any(t.pos_ not in NOUN_POS for t in governed[i])) and i not in denied}
        drafts += denial_targets(self._cue_events(sentence, reader, trigger_ids, governing), drafts)
        # in the order of the words: "denied that ..., and accused Moscow of lying" reports the denial first
        return sorted(drafts, key=lambda d: d.trigger.i)

    def _denial(self, token: Token) -> bool:
        """Whether a word is a cue of denial with a type of its own ("denied", "refuted")."""
        cue = self.book.cue(token)
        return cue is not None and cue.status == "denied" and cue.type is not None

    def _discarded(self, verb: Token) -> bool:
        """Whether a discard entry of the pattern book rules the verb out ("press on", "fly to")."""
        return any(p.discard and p.matches_verb(verb, self.book.places) for p in self.book.by_verb.get(verb.lemma_.lower(), []))

    def _prefixed_pattern(self, verb: Token) -> Pattern | None:
        """The host pattern of an attributive participle on the noun it names: "Turkish-hosted talks"
        (the parse gives the participle no object of its own)."""
        if verb.dep_ != "amod" or verb.tag_ != "VBN":
            return None
        return next((p for p in self.book.by_verb.get(verb.lemma_.lower(), []) if p.type and p.mode in PREFIXED_MODES
                     and p.objects and verb.head.lemma_.lower() in p.objects and not p.governs), None)

    def _unnamed_actors(self, d: EventDraft, reader: RoleReader) -> None:
        """Actors the event's own words leave unnamed (:mod:`.event_agents`): a mediator before a
        hyphen, a proposal's author, the holder of freed captives, the subject of a neighbouring verb,
        the speaker of a reported need."""
        if prefixed(d, reader):
            return
        authors = cue_agents(d, reader)
        if authors and (not d.actors or responds_to(d)):
            # "a proposal by Putin to resume direct negotiations"; "rejected proposals from Najibullah
            # for direct talks": the proposer, not who answers, acts in what is proposed
            d.actors = reader.with_states(authors)
        elif not d.actors:
            sibling = sibling_subject(d.trigger) or reporting_conjunct(d.trigger)
            d.actors = reader.with_states(holders(d, reader) or (reader.subject_actors(sibling) if sibling else []))
            d.actors = d.actors or adjunct_agents(d, reader)  # "said after a meeting with ...", "confirmed an exchange with ..."
            # "culminated in the US suspending ...", "Trucks carrying aid entered Gaza, the United Nations said"
            d.actors = d.actors or reader.with_states(gerund_agents(d.trigger, reader)
                                                      or aid_reporters(d, reader, self.book.speech_verbs))
            if sibling is not None and d.pattern.symmetric and len(d.actors) >= 2 and not d.targets:
                d.actors, d.targets = reader.split_sides(d.actors)
        if authors and d.pattern.symmetric and not d.targets and d.trigger.pos_ in VERB_POS:
            # "a proposal by Putin to resume direct negotiations with Ukraine": the counterpart
            d.targets = reader.targets(d.trigger, d.pattern.targets, d.actors, True)
        d.targets = [t for t in d.targets if t not in d.actors]
        speakers = need_speaker(d, reader, self.book.speech_verbs)
        if speakers:
            # "Blinken said Israel needs to allow more aid": the speaker asks the party in need
            needy = [a for a in d.actors if a not in speakers]
            d.actors = reader.with_states(speakers)
            d.targets = d.targets or [a for a in needy if a not in d.actors]

    def _cue_events(self, sentence: Span, reader: RoleReader, triggers: set[int], governing: set[int]) -> list[EventDraft]:
        """Cues with a type of their own that govern no event: "agreed", "denied the reports"."""
        drafts = []
        for t in sentence:
            if t.i in triggers or t.i in governing or t.pos_ not in VERB_POS:
                continue
            cue = self.book.cue(t)
            if cue is None or cue.type is None or self._discarded(t):
                continue  # _discarded: "vowing to press on with military action" urges no one
            if purpose_clause(t) or characterizes(t, cue):
                continue  # "working together ... to guarantee a transitional phase" reports no pledge
            mod = modality(t, cue, self.book, triggers)
            if mod.skipped or mod.absorbed:
                continue
            if cue.type == "REJECT" and cue.status is None and mod.status == "denied":
                continue  # "had not ruled out talks": no rejection
            if cue.type in ("REQUEST", "AGREE") and (document_call(t, reader) or accord_terms(t)):
                continue  # "the agreement calls for ...", "an agreement under which they committed to ...": its terms
            if cue.status == "denied" and mod.status == "denied":
                # a denial is itself a rejection that happened, unless it is negated
                neg = any(c.dep_ == "neg" for c in t.children)
                mod = replace(mod, status="denied" if neg else "occurred")
            draft = EventDraft(cue, t, sentence, mod)
            assign_roles(draft, reader, self.book)
            if draft.actors and (draft.targets or not cue.needs_target) \
                    and not (t.lemma_.lower() in WARNING_VERBS and mere_warning(draft, reader)):
                drafts.append(draft)
        return drafts


@Language.factory(
    "parley_events",
    default_config={"events_file": None, "places_file": None, "events_fallback": None},
    requires=["doc._.actors", "doc._.dates", "token.dep", "token.lemma"],
    assigns=["doc._.events"],
)
def make_events(nlp: Language, name: str, events_file: str | None, places_file: str | None,
                events_fallback: str | None = None) -> EventCoder:
    return EventCoder(Path(events_file) if events_file else None, Path(places_file) if places_file else None,
                      Path(events_fallback) if events_fallback else None)
