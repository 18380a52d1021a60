"""Stances in what is to come, for :mod:`parley.pipeline.stance_readers`: talks scheduled, pledges, attendance."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.pipeline.holders import HolderResolver
from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_grammar import CallGrammar, FoundStance, is_negated

FUTURE_WORDS = {"will", "would", "'ll", "shall"}
# Sectors of those who announce talks between others: international and non-governmental mediators, outlets.
MEDIATING_SECTORS = {"IGO", "NGO", "MED"}
# "the next round may be held", "will take place": talks to come (not "could", "might": a guess).
HOLDING_MODALS = {"will", "would", "'ll", "shall", "may"}
# "if they are ready to", "unless it was prepared to": a supposition, not a stance.
SUPPOSITIONS = {"if", "unless", "whether"}


class PlanCues:
    """Mixin of the stance reader: talks scheduled or to be attended, and pledges."""

    doc: Doc
    cues: StanceCues
    holders: HolderResolver
    grammar: CallGrammar

    def _scheduled_cue(self, verb: Token) -> list[FoundStance]:
        """"another round of talks between the two sides is scheduled for May 12": talks set between parties are a
        commitment of each to the talks (``schedule_verbs``); so are talks a party says will be held ("the next
        round of talks between Moldova and Transnistria may be held in late May, PMR President Krasnoselsky said",
        ``holding_verbs``). Talks others announce (their mediators: "the US and Saudi governments confirmed talks
        between ... would start") are news, no stance of the parties; and so, when only said to be held, are talks
        the reporter announces."""
        if is_negated(verb) or any(c.dep_ == "mark" and c.lower_ in SUPPOSITIONS for c in verb.children):
            return []
        scheduled = verb.lemma_.lower() in self.cues.schedule_verbs and verb.tag_ == "VBN"
        held = (verb.tag_ == "VB" or any(c.dep_ == "auxpass" for c in verb.children)) \
            and any(c.dep_ == "aux" and c.lower_ in HOLDING_MODALS for c in verb.children) \
            and any(k in self.cues.holding_verbs for k, _ in self.grammar.phrasal_keys(verb))
        if not (scheduled or held):
            return []
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        talks = next((t for t in (subj.subtree if subj is not None else ()) if t.lemma_.lower() in self.cues.meeting_nouns
                      and t.pos_ == "NOUN"), None)
        between = next((p for p in talks.subtree if p.dep_ == "prep" and p.lower_ == "between"), None) if talks else None
        obj = next((c for c in between.children if c.dep_ == "pobj"), None) if between is not None else None
        parties = self.holders.actors_of(obj) if obj is not None else ()
        if talks is None or between is None or len(parties) < 2:
            return []
        sides = {self.holders.state_for(a) for a in parties}
        announcers = [x for a in self._announcers(verb) if (x := self.holders.table.get(self.holders.state_for(a)))]
        # A person whose side the text does not tell may speak for one; a mediator ("the UN envoy said") for none.
        own = [a for a in announcers if (a.id in sides or (
            a.type == "person" and a.sector not in MEDIATING_SECTORS))]
        if not own and (announcers or held):
            return []
        # "another round of talks", without whom they are between.
        return [FoundStance(parties, "willing", self.doc[talks.left_edge.i:between.i], False)]

    def _announcers(self, clause: Token) -> tuple[str, ...]:
        """Who says the clause: the subject of the verb it is the object of ("X confirmed talks ... would start")."""
        if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
            return ()
        return self.holders.subject_actors(clause.head)

    def _pledge_cue(self, verb: Token) -> list[FoundStance]:
        """"said it would observe a ceasefire", "will respect the truce", "will stop targeting the Houthis"
        (``halting_pledges``, never negated: "will not stop until X" demands X): a pledge, an offer."""
        halting = verb.lemma_.lower() in self.cues.halting_pledges and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in verb.children)
        if (verb.lemma_.lower() not in self.cues.pledge_verbs and not halting) or verb.tag_ != "VB" \
                or (halting and (is_negated(verb) or any(c.dep_ == "advcl" for c in verb.children))):
            return []
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE_WORDS for c in verb.children):
            return []
        if any(c.dep_ == "mark" and c.lower_ in SUPPOSITIONS for c in verb.children):
            return []  # "whether the rebels would observe it" asks, it does not pledge
        holders = self.holders.subject_actors(verb)
        return [FoundStance(holders, "offer", verb, is_negated(verb))] if holders else []

    def _planned_talks(self, verb: Token) -> list[FoundStance]:
        """"The Pakistani government is planning a fresh round of talks with Taleban negotiators": talks a party plans
        now are its will to hold them (``talk_planning_verbs``); talks planned once ("had planned talks", "planned
        talks last year") are told, and a plan denied or supposed states none."""
        if verb.lemma_.lower() not in self.cues.talk_planning_verbs or verb.tag_ not in ("VBG", "VBZ", "VBP", "VB") \
                or verb.dep_ in ("acl", "relcl", "amod", "advcl", "pcomp") or is_negated(verb):
            return []
        if any(c.dep_ == "aux" and c.lower_ in ("was", "were", "had", "did") for c in verb.children) \
                or any(c.dep_ == "mark" and c.lower_ in SUPPOSITIONS for c in verb.children):
            return []
        talks = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.cues.meeting_nouns
                      and c.pos_ == "NOUN"), None)
        holders = self.holders.subject_actors(verb) if talks is not None else ()
        return [FoundStance(holders, "willing", talks, False)] if holders else []

    def _attendance_cue(self, verb: Token) -> list[FoundStance]:
        """"will attend the talks", "would take part in the negotiations", "plans to send a delegation to
        the peace summit", "will arrive in Geneva for the latest round of talks": to be at the talks is
        readiness for them (``attendance_verbs``, ``travel_verbs``, ``meeting_nouns``, ``gathering_nouns``). Having attended is an event,
        not a stance."""
        if verb.tag_ != "VB":
            return []
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_WORDS for c in verb.children)
        planned = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.cues.plan_verbs
        if not (future or planned or self._due(verb)) or any(c.dep_ == "mark" and c.lower_ in SUPPOSITIONS for c in verb.children):
            return []
        # "Iran would not sit for talks with the U.S.": a refusal to be at the talks (only as a pledge, not a plan).
        negated = is_negated(verb)
        if negated and not future:
            return []
        issue = self._meeting(verb)
        if issue is None and not negated:
            return self._due_meeting(verb)
        holders = self.holders.subject_actors(verb) if issue is not None else ()
        return [FoundStance(holders, "willing", issue, negated)] if holders else []

    def _due(self, verb: Token) -> bool:
        """Talks set down as to come, not by "will": "are due to meet", "are to open a new round of talks", "are set
        to meet", "are going to attend" (``due_words``); "were due to meet" is what was to be, "are expected to meet" a forecast."""
        head = verb.head
        if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        if head.lower_ in self.cues.due_words and head.dep_ == "acomp":
            head = head.head  # "are due to"
        elif head.lower_ in self.cues.due_words and head.tag_ == "VBN":
            head = next((c for c in head.children if c.dep_ == "auxpass"), head)  # "are set to"
        elif head.lemma_ == "go" and head.tag_ == "VBG":
            head = next((c for c in head.children if c.dep_ == "aux" and c.lemma_ == "be"), head)  # "are going to"
        return head.lemma_ == "be" and head.tag_ in ("VBP", "VBZ")

    def _due_meeting(self, verb: Token) -> list[FoundStance]:
        """"Syrian rebels are due to meet their country's government on Monday", "the two sides are set to meet in
        Astana": a meeting of parties set to come; each side to it is willing (``meeting_verbs``)."""
        if verb.lemma_.lower() not in self.cues.meeting_verbs or not self._due(verb):
            return []
        holders = self.holders.subject_actors(verb)
        others = [a for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with")
                  for o in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"])
                  for a in self.holders.actors_of(o)]
        parties = tuple(dict.fromkeys([*holders, *others]))
        # One side alone meeting someone ("the envoy is due to meet Assad") is a visit, not talks between parties.
        # "Syrian rebels are due to meet their war-torn country's government": the other side by its body noun.
        body = any(c.dep_ == "dobj" and c.lemma_.lower() in self.cues.group_nouns for c in verb.children)
        if len(parties) < 2 and not body and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ("side", "party")
                                        for t in (verb, verb.head, verb.head.head) for c in t.children):
            return []
        return [FoundStance(parties, "willing", verb, False)] if parties else []

    def _meeting(self, verb: Token) -> Token | None:
        """The talks an attendance verb is about: "take part in X", "participate in X", "send a delegation
        to X", "arrive for X": the object of the preposition; "attend X", "join X": the object."""
        key, part = next(((k, p) for k, p in self.grammar.phrasal_keys(verb) if k in self.cues.attendance_verbs),
                         ("", None))
        if not key and verb.lemma_.lower() not in self.cues.travel_verbs:
            return None
        places = [verb, part] if part is not None else [verb]
        objects = [o for place in places for c in place.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "at", "for")
                   for o in c.children if o.dep_ == "pobj"]
        objects += [c for c in verb.children if c.dep_ == "dobj"] if key else []
        # "take part in the second part of the 8th round of the talks": through its "of" phrases.
        objects = [x for o in objects for x in (o, *(x for x in o.subtree if x.dep_ == "pobj" and x.head.lower_ == "of"))]
        # "a summit of South Asian countries" is not peace talks; "the peace summit" is, and so is "a meeting with
        # representatives of the regime": a meeting with the other side's delegates (not a visitor's "meeting with X").
        return next((o for o in objects if o.lemma_.lower() in self.cues.meeting_nouns or (
            o.lemma_.lower() in self.cues.gathering_nouns and any(
                (c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.cues.meeting_topics)
                or (c.dep_ == "prep" and c.lower_ == "with" and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in self.cues.group_nouns for p in c.children)) for c in o.children))), None)
