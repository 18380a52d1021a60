"""Stances stated as judgements, not by a cue word of their own.

- "called the referendums illegal", "branded as unacceptable the demand for ...", "described the
  ceasefire as a positive step": a judgement of the subject's on the object (``judgements``).
- "the agreement was an important step towards peace", "the referendums are illegal", in X's
  statement: X's judgement of the subject (``judgements``).
- "responded favorably to the Hamas statement": the manner of a response (``response_manners``).
- "the deal represents a real opportunity", "the accord constitutes a breakthrough": as "is" (``copular_verbs``).
- "a ceasefire announced a day earlier doesn't really concern us", "the ceasefire does not concern the group", in X's
  statement: X rejects it (``indifference_verbs``).
- "\"referendums\" in the occupied territories complicate efforts to activate the diplomatic process", "the expansion of
  settlements imperils the viability of a two-state solution", in X's statement: X opposes what harms the peace
  (``harm_verbs`` on ``harmed_goods``); "imposition of sanctions only makes the situation worse", "only aggravates
  the crisis", in X's statement: X opposes it (``worsening_verbs``, or "make ... worse", with "only").

- "its claim of full independence, which Indonesia has said is unacceptable": the one who said it judges the
  phrase the relative clause hangs from (``relative_verdict``), not the speaker of the whole sentence.

The words are in ``resources/stance_cues.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from parley.models import Stance
from parley.pipeline.stance_grammar import DocumentReader, FoundStance, is_negated

if TYPE_CHECKING:
    from parley.pipeline.holders import HolderResolver

RESPONSE_VERBS = {"respond", "react", "reply"}
RELATIVES = {"which", "that"}


def relative_verdict(adj: Token, stance: Stance, holders: HolderResolver,
                     speech_verbs: set[str]) -> list[FoundStance] | None:
    """"X's claim of full independence, which Indonesia has said is unacceptable": Indonesia's verdict on the
    claim; None where the verdict is not said in such a relative clause."""
    verb = adj.head
    said = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in RELATIVES or verb.dep_ != "ccomp" or said.dep_ != "relcl" \
            or said.lemma_.lower() not in speech_verbs:
        return None
    found = holders.subject_actors(said)
    thing = said.head
    end = min(subj.i, *(t.i for t in said.subtree))
    while end > thing.i and (adj.doc[end - 1].is_punct or adj.doc[end - 1].lower_ in RELATIVES):
        end -= 1
    issue = Span(adj.doc, thing.left_edge.i, end)
    return [FoundStance(found, stance, issue, is_negated(verb))] if found and len(issue) else []


class JudgementReader(DocumentReader):
    """Reads the stances that judgements state in one document."""

    def judged(self, verb: Token) -> list[FoundStance]:
        """"called the referendums illegal", "described the ceasefire as a positive step": the subject's
        judgement of the object; "branded as unacceptable the demand for X": of the judged noun."""
        if verb.lemma_.lower() not in self.cues.judging_verbs or is_negated(verb):
            return []
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        complements = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and c.pos_ in ("ADJ", "NOUN")]
        # "describing sea access as essential for ...": the parser may hang "as" on the object.
        # "described the ceasefire agreement jointly announced by Pakistan and India as an important progress": on its participle.
        holders_of_as = (verb, obj, *(c for c in obj.children if c.dep_ == "acl")) if obj is not None else (verb,)
        for prep in (c for t in holders_of_as for c in t.children if c.dep_ == "prep" and c.lower_ == "as"):
            complements += [o for o in prep.children if o.dep_ in ("pobj", "amod", "acomp") and o.pos_ in ("ADJ", "NOUN")]
        for complement in complements:
            if self._judgement(complement):
                verdict, judged = complement, obj
            else:
                verdict = next((c for c in complement.children if c.dep_ in ("amod", "compound") and self._judgement(c)), None)
                if verdict is None:
                    continue
                # "branded as unacceptable the demand for X": the noun the verdict qualifies is judged.
                judged = obj if obj is not None else complement
            referring = isinstance(judged, Token) and judged.lower_ in ("it", "this")  # "hailing it as a breakthrough"
            named = next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < verb.i), None) \
                if referring and verb.dep_ == "advcl" and verb.tag_ == "VBG" else None
            if named is not None:
                judged, referring = named, False  # "dismissed the response, calling it unacceptable": the response
            if judged is None or not len(judged) or (not referring and self.holders.is_actor_phrase(
                    judged if isinstance(judged, Token) else judged.root)):
                return []
            if judged is complement and judged.lemma_.lower() in self.cues.nouns:
                # "branded as unacceptable the demand for the withdrawal of troops": the withdrawal.
                prep = next((c for c in judged.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "on")), None)
                judged = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
                if judged is None:
                    return []
            if isinstance(judged, Token) and self.cues.nouns.get(judged.lemma_.lower()) == "offer":
                judged = self.doc[judged.left_edge.i:judged.right_edge.i + 1]  # "the proposal" on the table
            elif isinstance(judged, Token) and verdict.head.lower_ == "as" and verdict.head.head == judged:
                judged = self.doc[judged.left_edge.i:verdict.head.i]  # "describing sea access as essential": without the verdict
            holders = self.holders.subject_actors(verb)
            stance = self._judgement(verdict)
            return [FoundStance(holders, stance, judged, False)] if holders and stance else []
        return []

    def predicated(self, be: Token) -> list[FoundStance]:
        """"the agreement was an important step towards ending the war", "the referendums are illegal", in
        X's statement: X's judgement of the subject."""
        if be.lemma_.lower() not in self.cues.copular_verbs:
            return []
        subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or self.holders.is_actor_phrase(subj):
            return []
        if any(t.lemma_.lower() in self.cues.priority_nouns for t in (subj, *subj.conjuncts)):
            return []  # "my vision and goal is the two-state solution": the stance noun says what is held, read there
        stance = None
        # "the deal represents a real opportunity": what a verb other than "be" says the thing is, is its object.
        said = ("attr", "acomp") if be.lemma_ == "be" else ("attr", "acomp", "dobj", "oprd")
        for word in (c for c in be.children if c.dep_ in said and c.i > be.i):
            stance = self._judgement(word) if word.lemma_.lower() not in self.cues.verdict_adjectives else None
            if stance is None and word.pos_ == "NOUN" and word.lemma_.lower() not in self.cues.adverse_nouns:
                # "an important step", "a positive development": the noun's modifier judges ("a significant
                # obstacle" is no praise, ``adverse_nouns``).
                stance = next((j for c in word.children if c.dep_ == "amod" and (j := self._judgement(c))), None)
            if stance is not None:
                break
        speaker = self.holders.speaker(be) if stance is not None else None
        if stance is None or speaker is None:
            return []
        return [FoundStance((speaker,), stance, self.doc[subj.left_edge.i:subj.right_edge.i + 1], is_negated(be))]

    def unconcerned(self, verb: Token) -> list[FoundStance]:
        """"a ceasefire announced a day earlier doesn't really concern us", "the ceasefire does not concern the
        group": what the speaker's side says does not concern it, it rejects."""
        if verb.lemma_.lower() not in self.cues.indifference_verbs or not is_negated(verb):
            return []
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subj is None or obj is None or self.holders.is_actor_phrase(subj):
            return []
        if subj.pos_ == "PRON":
            # "so it doesn't really concern us": what "it" stands for is not read here.
            return []
        # "does not concern us", "does not concern the group": the one who says so speaks for whom it concerns.
        speaker = self.holders.speaker(verb)
        holders = (speaker,) if speaker is not None else ()
        return [FoundStance(holders, "reject", subj, False)] if holders else []

    def harmful(self, verb: Token) -> list[FoundStance]:
        """"referendums in the occupied territories complicate efforts to activate the diplomatic process", said by X:
        X opposes what it says harms a peace, a process or a deal."""
        if self._worsening(verb):
            return self._worsens(verb)
        if verb.lemma_.lower() not in self.cues.harm_verbs or is_negated(verb) or verb.dep_ in ("relcl", "acl", "advcl"):
            return []
        # "violates international law and further imperils ...": the subject of the first of two verbs.
        subj = next((c for v in (verb, verb.head if verb.dep_ == "conj" else verb) for c in v.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subj is None or obj is None or subj.pos_ not in ("NOUN", "PROPN") or self.holders.is_actor_phrase(subj):
            return []
        goods = self.cues.harmed_goods | self.cues.agreement_nouns | self.cues.meeting_nouns
        if not any(t.lemma_.lower() in goods for t in obj.subtree):
            return []
        speaker = self.holders.speaker(verb)
        return [FoundStance((speaker,), "oppose", self.doc[subj.left_edge.i:subj.right_edge.i + 1], False)] \
            if speaker is not None else []

    def _worsening(self, verb: Token) -> bool:
        """"only aggravates the situation", "only makes things worse": a verdict that it does harm and no good."""
        if is_negated(verb) or not any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children):
            return False
        return verb.lemma_.lower() in self.cues.worsening_verbs or (verb.lemma_.lower() == "make" and any(
            c.lower_ == "worse" for c in verb.subtree if c.head == verb or c.head.head == verb))

    def _worsens(self, verb: Token) -> list[FoundStance]:
        """"imposition of sanctions does not help solve problems but only makes the situation worse", said by X: X
        opposes the subject, followed up through conjoined and complement verbs."""
        subj, at = None, verb
        while subj is None:
            subj = next((c for c in at.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if at.dep_ not in ("conj", "xcomp") or at.head == at:
                break
            at = at.head
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or self.holders.is_actor_phrase(subj):
            return []
        speaker = self.holders.speaker(verb)
        return [FoundStance((speaker,), "oppose", self.doc[subj.left_edge.i:subj.right_edge.i + 1], False)] \
            if speaker is not None else []

    def _judgement(self, word: Token) -> Stance | None:
        """The stance a judging word states ("illegal", "positive"), if any."""
        lemma = word.lemma_.lower()
        return self.cues.judgements.get(lemma) or self.cues.verdict_adjectives.get(lemma)

    def responded(self, verb: Token) -> list[FoundStance]:
        """"responded favorably to the Hamas statement", "reacted negatively to the plan": the manner is the
        stance (``response_manners``)."""
        if verb.lemma_.lower() not in RESPONSE_VERBS or is_negated(verb):
            return []
        stance = next((self.cues.response_manners[c.lower_] for c in verb.children
                       if c.dep_ == "advmod" and c.lower_ in self.cues.response_manners), None)
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        issue = next((o for o in to.children if o.dep_ == "pobj"), None) if to is not None else None
        if stance is None or issue is None or self.holders.is_actor_phrase(issue):
            return []
        holders = self.holders.subject_actors(verb)
        return [FoundStance(holders, stance, issue, False)] if holders else []
