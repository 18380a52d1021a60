"""Stances of obligation and terms: what a speaker says must or should happen ("'Russia must withdraw its
troops,' he said"; "'We must reach a ceasefire,' he said", the speaker's side's own demand; "there must be an
immediate ceasefire"), what a party waits to see before it acts ("will start the political process when it
sees U.N. troops"), and the terms a subject sets on its own action ("will not sign unless Armenia changes its
constitution") or a speaker sets on a process ("peace talks would be possible only after Moscow withdraws its
forces"). Read for :mod:`parley.pipeline.stance_readers`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from parley.models import Stance
from parley.pipeline.holders import HolderResolver
from parley.pipeline.issue_phrases import infinitival
from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_grammar import (
    CallGrammar,
    DocumentReader,
    FoundStance,
    is_background,
    is_negated,
    is_passive,
    required_content,
)

FIRST_PERSON_WORDS = {"we", "i", "us"}
# Passive subjects that name nothing: "all of this must be discussed", "everything should be done".
VAGUE_SUBJECTS = {"all", "this", "that", "these", "those", "everything", "anything", "something"}


class ObligationReader(DocumentReader):
    """Obligations, waiting conditions and terms stated in one document."""

    def __init__(self, doc: Doc, cues: StanceCues, holders: HolderResolver, grammar: CallGrammar) -> None:
        super().__init__(doc, cues, holders)
        self.grammar = grammar

    def condition(self, verb: Token) -> list[FoundStance]:
        """"the SLM will start the political process when it sees U.N. troops on the ground": what the
        subject waits to see, it demands."""
        if verb.lemma_.lower() not in self.cues.condition_verbs or verb.dep_ != "advcl":
            return []
        if not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once", "if", "until", "unless") for c in verb.children):
            return []
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        main = verb.head
        # The same party on both sides of the condition: "X will ... when it sees".
        holders = self.holders.subject_actors(main)
        if obj is None or not holders or set(self.holders.subject_actors(verb)) - set(holders):
            return []
        return [FoundStance(holders, "demand", self.doc[obj.left_edge.i:obj.right_edge.i + 1], False)]

    def ought(self, verb: Token) -> list[FoundStance]:
        """"Blinken told Aliyev that the conflict should be settled without delay", "'Russia must withdraw
        its troops,' he said": what a speaker says must or should happen, the speaker demands."""
        # "rebels would have to comply with the conditions": "have to" is a modal of its own; "had had to
        # flee" tells what happened.
        # "Mahara said the government had to release Maoist prisoners": reported, the past keeps the obligation.
        backshifted = verb.tag_ == "VBD" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.cues.speech_verbs \
            and not any(c.dep_ == "aux" for c in verb.children)
        obliged = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB" and infinitival(c)), None) \
            if verb.lemma_ == "have" and (verb.tag_ in ("VB", "VBP", "VBZ") or backshifted) else None
        if verb.lower_ in self.cues.deontic_modals and verb.dep_ == "ccomp":
            # "Somalia maintained the agreement ought to be dropped": the parser makes "ought" the clause's head.
            obliged = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if obliged is None and not any(c.dep_ == "aux" and c.lower_ in self.cues.deontic_modals for c in verb.children):
            return []
        if obliged is not None and any(c.lower_ == "yet" for c in verb.children):
            return []  # "the government has yet to decide on its position": not done yet, asked of no one
        held = self._position_held(verb)
        if held:
            # "Turkey reiterated its position that the ceasefire must hold": what the position says must be.
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
            if subj is None or verb.lemma_.lower() in self.cues.verbs:
                return []
            # "that there should be no preconditions": what there should be none of is opposed
            existing = next((c for c in verb.children if c.dep_ == "attr"), None) if subj.dep_ == "expl" else None
            none = existing is not None and any(d.dep_ == "det" and d.lower_ == "no" for d in existing.children)
            stance: Stance = "oppose" if is_negated(verb) or none else "demand"
            return [FoundStance(held, stance, existing or required_content(verb, self.cues) or obliged or verb, False)]
        if (verb.lemma_.lower() in self.cues.verbs and not self._unheld_cue(verb)) or verb.dep_ in ("advcl", "relcl", "acl"):
            return []  # a cue of its own ("Russia must accept"); a side clause ("if talks should fail")
        if verb.lemma_.lower() in self.cues.itinerary_verbs and not any(
                c.dep_ == "dobj" and not self.holders.is_actor_phrase(c) for c in verb.children):
            return []  # "On Sunday, he must meet with Polisario leader Brahim Ghali": a plan, not a demand
        if any(c.dep_ == "aux" and c.lower_ == "should" for c in verb.children) and _timed(verb):
            return []  # "the envoy said the talks should resume next week": an expectation, a schedule
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subj is not None and subj.lower_ in FIRST_PERSON_WORDS:
            return self._own_duty(verb, obliged)
        if subj is None:
            return []
        if subj.dep_ == "nsubjpass" and (subj.pos_ == "PRON" or subj.lower_ in VAGUE_SUBJECTS):
            return []  # "All of this can and should be discussed during negotiations": what "this" is, it does not say
        # "Armenia must change its constitution ..., stated Bayramov": the attribution after the clause.
        inverted = next((c for c in verb.children if c.dep_ in ("conj", "parataxis") and c.i > verb.i
                         and c.lemma_.lower() in self.cues.speech_verbs and self.doc[c.i - 1].text == ","
                         and not any(k.dep_ == "nsubj" for k in c.children)), None)
        reported = (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.cues.speech_verbs) or inverted is not None
        speaker = self.holders.speaker(verb, quoted_only=not reported)
        if speaker is None and inverted is not None:
            said = next((c for c in inverted.children if c.dep_ in ("dobj", "attr", "npadvmod")), None)
            speaker = self.holders.actor_of(said) if said is not None else None
        if speaker is None:
            return []
        # "no conditions should be imposed": a subject denied by "no" negates the demand too.
        denied = any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)
        stance: Stance = "oppose" if is_negated(verb) or denied else "demand"
        # "there must be an immediate ceasefire": what there must be.
        existing = next((c for c in verb.children if c.dep_ == "attr"), None) if subj.dep_ == "expl" else None
        if existing is None and subj.dep_ == "nsubjpass" and verb.lemma_.lower() in self.cues.verbs and subj.i < verb.i:
            # "the sovereignty of the Turkish Cypriots must be recognised": what is to be done, with what to;
            # "this proposal must be rejected": the proposal, opposed.
            against = self.cues.verbs[verb.lemma_.lower()] in ("reject", "oppose")
            existing = subj if against else self.doc[subj.left_edge.i:verb.i + 1]
            stance = ("demand" if stance == "oppose" else "oppose") if against else stance
        # the whole clause of a modal head, "the agreement ought to be dropped", but "Ukraine ought to withdraw its troops"
        modal_head = verb.lower_ in self.cues.deontic_modals and not self.holders.is_actor_phrase(subj)
        return [FoundStance((speaker,), stance, required_content(verb, self.cues) or (verb if modal_head else obliged)
                            or existing or verb, False)]

    def _unheld_cue(self, verb: Token) -> bool:
        """A cue verb whose clause names no holder of its own, so the one who says it must happen demands it: a
        passive without its agent ("the sovereignty of the Turkish Cypriots must be recognised") or a subject that
        is no actor ("Armenians must accept modern Armenia within its current borders")."""
        if is_passive(verb):
            return True
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.pos_ in ("NOUN", "PROPN") and not self.holders.is_actor_phrase(subj) \
            and not self.holders.actors_of(subj)

    def _position_held(self, verb: Token) -> tuple[str, ...]:
        """The holders of the position noun whose "that" clause ``verb`` heads ("its position that ..."), or none."""
        noun = verb.head
        if verb.dep_ != "acl" or noun.lemma_.lower() not in self.cues.position_nouns or not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            return ()
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None:
            return self.holders.actors_of(owner)
        # "The CPP upholds the position of the NDF that there should be no preconditions": the NDF's, and the CPP's
        # who upholds it
        of = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"), None)
        owners = self.holders.actors_of(of) if of is not None else ()
        if noun.dep_ != "dobj":
            return owners
        if owners and self.cues.verbs.get(noun.head.lemma_.lower()) != "support":
            return owners
        return tuple(dict.fromkeys((*owners, *self.holders.subject_actors(noun.head))))

    def _own_duty(self, verb: Token, obliged: Token | None) -> list[FoundStance]:
        """"'We must reach a ceasefire,' he said", "we have to end this war": what a speaker's side says it must
        bring about is its own demand; "we must defend ourselves" (no object but a pronoun) is resolve."""
        action = obliged or verb
        if action.lemma_.lower() in self.cues.verbs or is_background(verb) or is_negated(verb):
            return []  # "we must not take any rash actions": restraint, no issue
        obj = next((c for c in action.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or self.holders.is_actor_phrase(obj):
            return []
        if self.holders.speaker(verb, quoted_only=True) is None:
            return []  # a first person outside a quote: the writer's
        holders = self.holders.subject_actors(verb)
        return [FoundStance(holders, "demand", action, False)] if holders else []

    def terms(self, verb: Token) -> list[FoundStance]:
        """"Azerbaijan will not sign a treaty unless Armenia changes its constitution", "will talk only if
        they lay down their arms": the condition the subject sets on its own action is its demand."""
        if verb.dep_ != "advcl" or self.grammar.called_for(verb):
            return []
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        opening = [t.lower_ for t in self.doc[verb.left_edge.i:(subj.left_edge.i if subj is not None else verb.i)]]
        if " ".join(opening) not in self.cues.condition_words:
            return []
        holders = self.holders.subject_actors(verb.head) or process_speaker(verb.head, verb, self.cues, self.holders) \
            or self._quoted_only(verb, opening)
        if not holders:
            return []
        thing = self._thing_asked(verb, subj)
        if thing is not None:
            return [FoundStance(holders, "demand", thing, False, wording=_plain(thing))]
        # "unless it opens direct talks": the condition's action with its object, without its subject.
        issue = self.doc[(subj.right_edge.i + 1) if subj is not None else verb.i:verb.right_edge.i + 1]
        return [FoundStance(holders, "demand", issue, False)] if len(issue) else []

    def _thing_asked(self, verb: Token, subj: Token | None) -> Span | None:
        """"unless there are fundamental changes made to the document": what is to be there; "unless its demands were
        met in full", "unless the fighting stops": a thing (no actor) and what is to happen to it, subject kept; None
        for an actor's action ("unless Armenia changes its constitution")."""
        if subj is None or is_negated(verb):
            return None
        if subj.dep_ == "expl":
            there = next((c for c in verb.children if c.dep_ in ("attr", "nsubj") and c.pos_ in ("NOUN", "PROPN")), None)
            return self.doc[there.left_edge.i:there.right_edge.i + 1] if there is not None else None
        if subj.pos_ not in ("NOUN", "PROPN") or self.holders.is_actor_phrase(subj) \
                or subj.lower_ in VAGUE_SUBJECTS or verb.pos_ not in ("VERB", "AUX"):
            return None
        return self.doc[subj.left_edge.i:verb.right_edge.i + 1]

    def _quoted_only(self, verb: Token, opening: list[str]) -> tuple[str, ...]:
        """""Only if those main rebel groups return to the negotiating table can Darfur achieve ... stability," Liu said":
        terms said with "only" in a speaker's quote, on a course no actor takes, are the speaker's demand ("unless
        there is an end to the conflict, millions more will flee" is a warning)."""
        main = verb.head
        subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if not opening or opening[0] != "only" or verb.i > main.i or (subj is not None and subj.pos_ == "PRON") \
                or is_negated(main):
            return ()
        speaker = self.holders.speaker(verb, quoted_only=True)
        return (speaker,) if speaker is not None else ()


def process_speaker(main: Token, clause: Token, cues: StanceCues, holders: HolderResolver) -> tuple[str, ...]:
    """Who sets terms on a process (talks, a deal, peace) in ``main`` ("peace talks would be possible only after ...",
    "dialogue could only take place if ..."): the speaker of the statement, or none."""
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in cues.process_nouns or holders.is_actor_phrase(subj) \
            or main.dep_ not in ("ccomp", "ROOT") or is_negated(main):
        return ()  # "unless there is an end to the conflict, millions more will flee": a warning, no terms
    if main.dep_ == "ROOT":
        speaker = holders.speaker(clause)
        return (speaker,) if speaker is not None else ()
    # "said after meeting African leaders that ...": the parser may hang the clause lower than the verb.
    said = next((a for a in main.ancestors if a.lemma_.lower() in cues.speech_verbs), None)
    return holders.subject_actors(said) if said is not None else ()


# "should resume soon": words that give the time a thing is expected.
SOON_WORDS = {"soon", "shortly", "tomorrow", "today", "tonight"}


def _timed(verb: Token) -> bool:
    """The verb is set at a time ("should resume next week", "should arrive on Tuesday", "soon"): what "should" happen
    then is expected, not asked ("should withdraw by Friday" sets a deadline, and stays a demand)."""
    for c in verb.children:
        if (c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in ("DATE", "TIME")) or (
                c.dep_ == "advmod" and c.lower_ in SOON_WORDS):
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "in") and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")
                                                            for o in c.children):
            return True
    return False


def _plain(words: Span) -> str:
    """A condition's words without determiners, auxiliaries and punctuation ("its demands met in full")."""
    return " ".join(t.text for t in words if t.dep_ not in ("det", "aux", "auxpass", "mark") and not t.is_punct)
