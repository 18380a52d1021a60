"""The stance readers: which cue a word is, and the stances stated by constructions rather than cue words.

Cue verbs and cue nouns have readers of their own (:mod:`parley.pipeline.verb_stances`,
:mod:`parley.pipeline.noun_stances`). Read here: prisoner exchanges ("will return N prisoners in return for ..."),
pledges ("said it would observe a ceasefire"), purposes ("intervened to restore the president", "in an effort to
restore Hadi"; "will attend the talks", "talks between X and Y are scheduled for May 12", "a delegation arrived in
Cairo to discuss a ceasefire"), verdicts in a statement ("those conditions are unacceptable", "is not up for
negotiation"), "it is necessary to ..." and predicate adjectives ("is ready to discuss"). Constructions around
ordinary words are read in :mod:`parley.pipeline.stance_constructions`, conditions in
:mod:`parley.pipeline.stance_conditions`, what a speaker says must happen and the terms a party sets in
:mod:`parley.pipeline.stance_obligations`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from parley.models import Stance
from parley.pipeline.agreements import AgreementReader
from parley.pipeline.holders import HolderResolver
from parley.pipeline.issue_phrases import infinitival
from parley.pipeline.noun_positions import NounPositionReader
from parley.pipeline.noun_stances import NounStanceReader
from parley.pipeline.stance_commitments import CommitmentReader
from parley.pipeline.stance_conditions import ConditionReader, in_question, in_supposition
from parley.pipeline.stance_constructions import ConstructionReader
from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_deeds import DeedReader
from parley.pipeline.stance_feelings import FeelingReader
from parley.pipeline.stance_grammar import (
    CallGrammar,
    FoundStance,
    about_charge,
    claimed_by_others,
    is_background,
    is_negated,
)
from parley.pipeline.stance_judgements import relative_verdict
from parley.pipeline.stance_obligations import ObligationReader
from parley.pipeline.stance_outcomes import OutcomeReader
from parley.pipeline.stance_plans import SUPPOSITIONS, PlanCues
from parley.pipeline.stance_repairs import described_before, misread_call
from parley.pipeline.stance_sayings import SayingReader
from parley.pipeline.verb_stances import VerbStanceReader


class StanceReader(PlanCues):
    """Reads the stances stated at each word of one document."""

    def __init__(self, doc: Doc, cues: StanceCues, holders: HolderResolver, agreements: AgreementReader) -> None:
        self.doc = doc
        self.cues = cues
        self.holders = holders
        self.grammar = CallGrammar(doc, cues, holders)
        self.nouns = NounStanceReader(doc, cues, holders, agreements, self.grammar)
        self.verbs = VerbStanceReader(doc, cues, holders, self.grammar, self.nouns)
        self.constructions = ConstructionReader(doc, cues, holders)
        self.outcomes = OutcomeReader(cues, holders)
        self.conditions = ConditionReader(doc, cues, holders)
        self.feelings = FeelingReader(doc, cues, holders)
        self.commitments = CommitmentReader(doc, cues, holders)
        self.sayings = SayingReader(doc, cues, holders)
        self.obligations = ObligationReader(doc, cues, holders, self.grammar)
        self.deeds = DeedReader(doc, cues, holders, self.verbs)
        self.positions = NounPositionReader(doc, cues, holders, self.nouns)

    def found_at(self, tok: Token) -> list[FoundStance]:
        """The stances stated at a word: by a cue word, or by a construction around it. A question
        ("Will Russia accept a ceasefire?") states none."""
        if _is_question(tok.sent) or in_question(tok):
            return []
        if self._dismissed_report(tok) or self._commentary(tok) or claimed_by_others(tok, self.cues, self.holders):
            return []
        supposition = in_supposition(tok)
        if supposition is not None:
            # "If Ukraine renounces its aim to join NATO, Russia would ...": no stance of Ukraine's; the
            # condition itself may be the stance of the one who sets it.
            if supposition != tok:
                return []
            return self.obligations.terms(tok) + self.obligations.condition(tok) + self.conditions.found_at(tok)
        return self._cue_at(tok) + self.constructions.found_at(tok) + self.outcomes.found_at(tok) \
            + self.conditions.found_at(tok) + self.feelings.found_at(tok) + self.commitments.found_at(tok) \
            + self.sayings.found_at(tok) + self.deeds.found_at(tok) + self.positions.found_at(tok)

    def _dismissed_report(self, tok: Token) -> bool:
        """The word is in the content of a report its holder is said to deny: "the Kremlin has dismissed
        statements that Russia was open to European troops" states no openness of Russia's."""
        clause = tok
        while clause.dep_ not in ("acl", "ccomp", "advcl", "relcl", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        noun = clause.head
        # "dismissed statements that Russia was open to", "rejected a report he has given the green light for"
        content = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
            or (clause.dep_ == "relcl" and noun.lemma_.lower() in self.cues.report_nouns)
        if clause.dep_ not in ("acl", "relcl") or noun.pos_ != "NOUN" or noun.dep_ != "dobj" or not content:
            return False
        verb = noun.head
        return verb.lemma_.lower() in self.cues.denial_verbs or self.cues.verbs.get(verb.lemma_.lower()) in ("reject", "oppose")

    def _commentary(self, tok: Token) -> bool:
        """The word is in what commentators say of a party ("Analysts say Moscow wants to freeze the conflict", "critics
        say the government wants to delay the elections", ``commentator_nouns``): a reading of its aims, not its stance."""
        clause = tok
        while clause.dep_ in ("xcomp", "conj", "ccomp", "advcl", "aux", "neg", "acomp", "dobj", "prep", "pobj") \
                and clause.head.i != clause.i:
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.cues.speech_verbs:
                subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
                # "Defense analyst Pavel Felgenhauer, a columnist with ...": the speaker's title or apposition
                return subj is not None and any(t.lemma_.lower() in self.cues.commentator_nouns for t in subj.subtree
                                                if t == subj or t.dep_ in ("compound", "appos") and t.head == subj)
            clause = clause.head
        return False

    def _said_bare(self, adj: Token) -> bool:
        """A headline's cue adjective said without its subject: "Putin says open to talks", "Hamas says
        ready for a truce": the speaker is the one open to them."""
        return adj.dep_ in ("advmod", "acomp", "ccomp", "oprd", "dobj") and adj.i > adj.head.i \
            and adj.head.lemma_.lower() in self.cues.speech_verbs and adj.head.pos_ == "VERB" \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in adj.children)

    def _cue_at(self, tok: Token) -> list[FoundStance]:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and tok.dep_ == "acomp" and tok.lower_ in self.cues.adjectives \
                and tok.lemma_.lower() not in self.cues.verbs:
            return self._adjective_cue(tok, self.cues.adjectives[tok.lower_])  # "would be prepared to cease fire"
        if tok.pos_ in ("VERB", "AUX"):
            return (self.verbs.read(tok) or self._exchange_cue(tok) or self._pledge_cue(tok) or self._attendance_cue(tok)
                    or self._planned_talks(tok) or self._purpose_cue(tok) or self.obligations.condition(tok) or self.obligations.ought(tok)) + self.obligations.terms(tok) \
                + self._scheduled_cue(tok)
        if tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "non":
            lemma = f"non-{lemma}"  # "non - negotiable", as the tokenizer splits it
        if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "red" for c in tok.children):
            lemma = f"red {lemma}"  # "Serbia's red lines are ...": a "red line" key, not a line
        if tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "counter":
            lemma = f"counter-{lemma}"  # "counter - proposal", as the tokenizer splits it
        if tok.pos_ == "NOUN" and lemma in self.cues.limit_nouns and (found := self.positions.limit(tok)) is not None:
            return found  # "X is a red line", in Y's words; "the red lines that we have defended, in particular X"
        if tok.lower_ == "up" and (goal := next((o for p in tok.children if p.lower_ == "for" for o in p.children), None)):
            lemma = f"up for {goal.lemma_.lower()}"  # "is not up for negotiation" (verdict_adjectives)
        if lemma in self.cues.verdict_adjectives and tok.dep_ in ("acomp", "prep") and tok.head.lemma_ == "be":
            return self._verdict_cue(tok, self.cues.verdict_adjectives[lemma])
        if lemma in self.cues.necessity_adjectives and tok.dep_ in ("acomp", "attr") and tok.pos_ in ("ADJ", "VERB"):
            return self._necessity_cue(tok)
        call = misread_call(tok, self.cues) if tok.pos_ == "NOUN" else None
        if call is not None:  # "The Secretary-General appeals to all stakeholders to ...", tagged as a noun
            holders = self.holders.actors_of(call[0]) or described_before(call[0], self.holders.table)
            return [FoundStance(holders, "demand", call[1], False)] if holders else []
        if tok.pos_ == "NOUN" and lemma in self.cues.consent_nouns and any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children) and any(
                c.dep_ == "acl" and infinitival(c) for c in tok.children):
            # "the RSF affirms its agreement to enter into the humanitarian truce", "I welcome the agreement by the
            # parties to renew the truce": consent, of each party
            return self.nouns.read(tok, "willing")
        if tok.pos_ == "NOUN" and lemma in self.cues.nouns:
            if _broken(tok, self.cues):
                return []  # "accused the government of breaking its promise to release prisoners": told as broken or kept
            return self.nouns.read(tok, self.cues.nouns[lemma]) or self.positions.handed(tok, self.cues.nouns[lemma])
        if lemma in self.cues.adjectives and self._said_bare(tok):
            return self._adjective_cue(tok, self.cues.adjectives[lemma])  # "Putin says open to talks"
        if tok.pos_ == "ADJ" and lemma in self.cues.adjectives and tok.dep_ == "conj" and (
                tok.head.lemma_ == "be" or tok.head.dep_ == "acomp"):
            return self._adjective_cue(tok, self.cues.adjectives[lemma])  # "was amenable and ready to discuss"
        if tok.pos_ in ("ADJ", "ADP") and lemma in self.cues.adjectives and tok.dep_ in ("acomp", "oprd", "prep"):
            if tok.pos_ == "ADP" and tok.head.lemma_ != "be":
                return []
            return self._adjective_cue(tok, self.cues.adjectives[lemma])
        return []

    def _exchange_cue(self, verb: Token) -> list[FoundStance]:
        """"Israel will return 1,000 prisoners in return for Shalit": an offer, unless it is already done."""
        if verb.lemma_.lower() not in self.cues.exchange_verbs or verb.tag_ == "VBD":
            return []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ in ("return", "exchange") and any(
                    c.dep_ == "prep" and c.lower_ == "for" for c in obj.children):
                holders = self.holders.subject_actors(verb)
                end = prep.left_edge.i  # the action without its price
                issue = self.doc[verb.i:end] if end > verb.i + 1 else verb
                return [FoundStance(holders, "offer", issue, is_negated(verb))] if holders else []
        return []

    def _purpose_cue(self, verb: Token) -> list[FoundStance]:
        """"intervened ... to restore the president", "voted to deploy troops to restore constitutional
        order", "bombing ... in an effort to restore Hadi": the subject seeks the purpose."""
        lemma = verb.lemma_.lower()
        # "an Israeli delegation arrived in Cairo to discuss a possible ceasefire": a delegation's journey to
        # talk is its side's readiness to talk; a journey for any other purpose ("arrived to secure the town")
        # or a visitor's ("he went to discuss the war") says nothing.
        travel = lemma in self.cues.travel_verbs
        if self.deeds.formed_body(verb) is not None:
            return []  # "formed a truce committee to maintain a ceasefire": one stance, on the committee for it
        if lemma in self.cues.purpose_verbs or travel:
            places = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            if travel:
                # "delegations arrived in Sanaa, Houthi-run media said on Sunday, to negotiate ...": the
                # parser hangs the purpose on the attribution in between.
                places += [c for c in verb.children if c.dep_ in ("advcl", "parataxis")
                           and c.lemma_.lower() in self.cues.speech_verbs]
        else:
            # "in an effort to V" hangs from any verb; the effort noun carries the purpose.
            places = [n for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                      for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in self.cues.purpose_nouns
                      # "in an effort to V" is the subject's; "in diplomatic efforts to V" anyone's.
                      and n.tag_ == "NN" and [c.lower_ for c in n.children if c.i < n.i] in (["an"], ["a"])]
        purposes = [c for place in places for c in place.children
                    if c.dep_ in ("advcl", "acl", "xcomp") and c.tag_ == "VB" and infinitival(c)
                    and not (place is verb and c.dep_ == "xcomp" and c.lemma_.lower() in self.cues.purpose_verbs)]
        if not purposes or is_negated(verb):
            return []
        subj, v = None, verb
        for _ in range(4):  # "the delegation is due to arrive": the subject of the verb it hangs from
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None or v.dep_ not in ("xcomp", "acomp", "conj") or v.head == v:
                break
            v = v.head
        if travel and (subj is None or subj.lemma_.lower() not in self.cues.group_nouns):
            return []  # "he went to discuss the war" is a visit; "the delegation arrived to negotiate" speaks for a side
        if (any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl") and not any(
                c.dep_ == "agent" for c in verb.children):
            return []  # "the centre was established to oversee exports": what was set up, not who seeks it
        holders = self.holders.subject_actors(verb)
        if not holders:
            return []
        out: list[FoundStance] = []
        for purpose in purposes:
            for action in (purpose, *(c for c in purpose.conjuncts if c.pos_ == "VERB")):
                if action.lemma_.lower() in self.cues.verbs:
                    continue  # "to back al-Assad" is a cue of its own
                if travel:
                    # "arrived to take part in the talks" is a journey to talk too: the talks.
                    meeting = self._meeting(action) if action.lemma_.lower() not in self.cues.travel_verbs else None
                    if meeting is not None:
                        out.append(FoundStance(holders, "willing", meeting, False))
                    elif action.lemma_.lower() in self.cues.talk_purposes:
                        out.append(FoundStance(holders, "willing", action, False, alone=True))
                    continue
                out.append(FoundStance(holders, "support", action, False))
        return out

    def _verdict_cue(self, adj: Token, stance: Stance) -> list[FoundStance]:
        """"those conditions are unacceptable", said by X: X's stance on the subject."""
        if (said := relative_verdict(adj, stance, self.holders, self.cues.speech_verbs)) is not None:
            return said
        # "Giving up the weapons crosses red lines and is not up for consideration": a conjoined verb's subject
        subj = next((c for h in (adj.head, adj.head.head) if h == adj.head or adj.head.dep_ == "conj"
                     for c in h.children if c.dep_ in ("nsubj", "csubj")), None)
        speaker = self.holders.speaker(adj)
        if subj is None or speaker is None or self.holders.is_actor_phrase(subj):
            return []
        near = (adj.head, adj, *(c for c in (*adj.head.children, *adj.children) if c.dep_ == "advmod"))  # "as long as"
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "as", "while", "until")
                                         and not (m.lower_ == "while" and c.i < adj.i) for m in c.children)
               for t in near for c in t.children):  # but "While it was possible to V, X was not negotiable" grants
            return []  # "peace will be impossible as long as the reference remains": a term set, not peace refused
        # "those conditions": the words as written; "was “not negotiable”": the negation may hang on the adjective.
        negated = is_negated(adj.head) or any(c.dep_ == "neg" for c in adj.children)
        return [FoundStance((speaker,), stance, self.doc[subj.left_edge.i:subj.right_edge.i + 1], negated)]

    def _necessity_cue(self, adj: Token) -> list[FoundStance]:
        """"It is necessary to establish a ceasefire", said by X: X demands it."""
        head = adj.head
        if head.lemma_ == "be" and adj.lower_ not in ("urgent", "important"):
            # "Saudi Arabia said a ceasefire was essential", "humanitarian access is vital": the thing said to be needed.
            thing = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            if thing is not None and not self.holders.is_actor_phrase(thing) and not any(
                    c.dep_ == "ccomp" for c in adj.children):
                # said by the speaker; "have agreed that national elections are necessary" is read at "agreed"
                agreed = head.dep_ == "ccomp" and head.head.lemma_.lower() in self.cues.verbs
                speaker = None if agreed else self.holders.speaker(adj)
                return [FoundStance((speaker,), "demand", thing, is_negated(adj))] if speaker is not None else []
        if head.lemma_ != "be" or not any(c.dep_ == "expl" or (c.dep_ == "nsubj" and c.lower_ == "it") for c in head.children):
            return []
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in self.cues.verbs:
            return []  # "The two sides agreed that it was necessary to maintain peace": read at "agreed", theirs
        clause = next((c for c in (*adj.children, *head.children) if c.dep_ in ("xcomp", "ccomp")
                       and infinitival(c)), None)
        speaker = self.holders.speaker(adj)
        if clause is None or speaker is None:
            return []
        return [FoundStance((speaker,), "demand", clause, is_negated(adj))]

    def _adjective_cue(self, adj: Token, stance: Stance) -> list[FoundStance]:
        if adj.head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SUPPOSITIONS for c in adj.head.children):
            return []  # "will not enter into talks unless it was prepared to lay down arms": a condition
        if is_background(adj.head):
            return []  # "Putin, who would hopefully be ready to ...": a hope about someone else
        holders = self.holders.subject_actors(adj.head)
        issue = next((c for c in adj.children if c.dep_ == "xcomp"), None)
        if issue is not None and about_charge(issue, self.cues):
            return []  # "is reluctant to accept blame for the collapse": a charge, no issue
        if issue is None and adj.dep_ in ("acomp", "conj") and not any(c.dep_ == "prep" for c in adj.children):
            # 'he is "ready and willing" to put troops on the ground': the parser hangs the infinitive on the copula
            copula = adj.head if adj.dep_ == "acomp" else adj.head.head
            issue = next((c for c in copula.children if c.dep_ == "xcomp" and c.i > adj.i and infinitival(c)), None)
        ahead = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ == "for" and issue is not None and c.i < issue.i), None)
        named = next((c for c in ahead.children if c.dep_ == "pobj"), None) if ahead is not None else None
        if named is not None and not self.holders.is_actor_phrase(named):
            issue = named  # "ready for public dialogue with the coalition to reach a cease-fire": the infinitive is its aim
        if issue is None:
            preps = list(adj.children)
            if adj.dep_ == "acomp":
                # 'it was "ready" for talks': the parser may hang the phrase on the copula, after the adjective
                preps += [c for c in adj.head.children if c.i > adj.i]
            prep = next((c for c in preps if c.dep_ == "prep" and c.lower_ in ("to", "for", "with", "in", "about", "on")), None)
            obj = adj if adj.pos_ == "ADP" else prep
            issue = next((c for c in obj.children if c.dep_ in ("pobj", "pcomp")), None) if obj else None
        if not holders or issue is None:
            return []
        return [FoundStance(holders, stance, issue, is_negated(adj.head) or is_negated(adj))]


def _is_question(sent: Span) -> bool:
    """The sentence asks rather than states: it ends with a question mark (before any closing quote)."""
    last = next((t for t in reversed(sent) if not (t.is_quote or t.is_space or t.text in (")", "]"))), None)
    return last is not None and last.text == "?"


def _broken(noun: Token, cues: StanceCues) -> bool:
    """The stance noun is what one is said to break ("breaking its promise", "reneged on its pledge", ``breach_verbs``)
    or to have kept ("Hamas fulfilled its promise to release three hostages", ``keeping_verbs``), and plural "needs" are a
    plight ("the needs of children in Tigray"): none is a stance held."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.lemma_.lower() == "need" and noun.tag_ == "NNS":
        return True
    return noun.dep_ in ("dobj", "pobj") and (verb.lemma_.lower() in cues.breach_verbs or (
        verb.lemma_.lower() in cues.keeping_verbs and verb.tag_ in ("VBD", "VBN")))
