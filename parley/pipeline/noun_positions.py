"""Stances told by nouns of a position taken rather than by cue nouns of their own.

- "the two sides reached a consensus regarding extending the ceasefire", "consensus between both sides on X": each
  party supports X (``consensus_nouns``); "safeguarding the region from escalation" in what they agree on opposes
  the escalation (``guard_verbs``).
- "submitted a positive response to the mediators' latest proposal", "its positive position on the proposal": the
  response or position says the holder's stance on its object (``position_verdicts``: positive, negative).
- "submitted a counter-proposal to the mediators", "gave its proposals to the mediators": an offer handed to the
  go-betweens with no content named offers itself (the offer noun is the issue).
- "Handing over the weapons is a million red lines", in X's words: X rejects it; "the red lines that we have always
  defended, in particular the sovereignty of Sudan": what one defends behind a red line, one demands
  (``limit_nouns``, ``guard_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from parley.models import Stance
from parley.pipeline.holders import HolderResolver
from parley.pipeline.noun_stances import NounStanceReader
from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_grammar import FoundStance, is_negated

# What a consensus is about: "consensus on", "over", "regarding", "around", "about", "concerning".
TOPIC_PREPOSITIONS = {"on", "over", "regarding", "around", "about", "concerning", "upon"}
# "with regard to X", "in respect of X": the topic behind a noun.
TOPIC_NOUNS = {"regard", "respect", "relation"}
# "have yet to reach a consensus", "failed to reach": no consensus reached.
UNREACHED = {"yet", "fail", "unable"}
# Where a red line's content is named after it: "in particular X", "including X", "such as X", "namely X".
NAMING_WORDS = {"particular", "including", "namely", "especially", "notably", "like"}


class NounPositionReader:
    """Reads the stances told by consensus, judged responses, handed offers and red lines in one document."""

    def __init__(self, doc: Doc, cues: StanceCues, holders: HolderResolver, nouns: NounStanceReader) -> None:
        self.doc = doc
        self.cues = cues
        self.holders = holders
        self.nouns = nouns

    def found_at(self, tok: Token) -> list[FoundStance]:
        if tok.pos_ != "NOUN":
            return []
        lemma = tok.lemma_.lower()
        if lemma in self.cues.consensus_nouns:
            return self._consensus(tok)
        if lemma in self.cues.position_nouns | self.cues.reply_nouns:
            return self._judged(tok)
        return []

    def limit(self, noun: Token) -> list[FoundStance] | None:
        """A red line: what is called one is rejected by the speaker; what one defends behind it is demanded. None
        when the red line is neither (then it is read as a cue noun: "Serbia's red lines are ...")."""
        guarded = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in self.cues.guard_verbs), None)
        if guarded is not None:
            content = self._named_after(noun)
            subj = next((c for c in guarded.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            holders = self.holders.actors_of(subj) if subj is not None else ()
            if not holders:
                owner = next((c for c in noun.children if c.dep_ == "poss"), None)
                holders = self.holders.actors_of(owner) if owner is not None else ()
            if content is None or not holders:
                return []
            return [FoundStance(holders, "demand", content, is_negated(guarded))]
        if noun.dep_ != "attr" or noun.head.lemma_.lower() not in self.cues.copular_verbs:
            return None
        subj = next((c for c in noun.head.children if c.dep_ in ("nsubj", "csubj") and c.i < noun.i), None)
        if subj is None or self.holders.is_actor_phrase(subj) or any(c.dep_ == "poss" for c in noun.children):
            return None  # "Serbia's red lines are ...": read as a cue noun with its owner
        speaker = self.holders.speaker(noun)
        if speaker is None:
            return None
        return [FoundStance((speaker,), "reject", self.doc[subj.left_edge.i:subj.right_edge.i + 1],
                            is_negated(noun.head))]

    def handed(self, noun: Token, stance: Stance) -> list[FoundStance]:
        """"submitted a counter-proposal to the mediators": an offer handed to the go-betweens (``intermediary_nouns``),
        with no content named, offers itself; the holder is who hands it (or whose it is). Proposals given to the other
        side ("gave four proposals to the Serbian delegation") are told as done, and say no more."""
        if stance != "offer" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in self.cues.carrier_verbs:
            return []
        verb = noun.head
        recipient = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in self.cues.intermediary_nouns for o in c.children)
            for c in (*verb.children, *noun.children))
        if not recipient or self.nouns.issue(noun) is not None:
            return []
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        holders = (self.holders.actors_of(owner) if owner is not None else ()) or self.holders.subject_actors(verb)
        if not holders:
            return []
        start = noun.i - 2 if _hyphened(noun) else min(
            (c.i for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i), default=noun.i)
        return [FoundStance(holders, "offer", self.doc[start:noun.i + 1], is_negated(verb))]

    def _consensus(self, noun: Token) -> list[FoundStance]:
        """"reached a consensus regarding extending the ceasefire", "consensus between both sides on X"."""
        topic = self._topic(noun)
        if topic is None or self.holders.is_actor_phrase(topic) or any(
                c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return []
        between = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("between", "among", "of")
                        for o in p.children if o.dep_ == "pobj"), None)
        holders = self.holders.actors_of(between) if between is not None else ()
        verb = noun.head
        if noun.dep_ == "dobj" and verb.pos_ == "VERB":
            if _unreached(verb) or is_negated(verb):
                return []
            holders = holders or self.holders.subject_actors(verb)
        if not holders:
            return []
        out: list[FoundStance] = []
        kept: list[Token] = []
        for item in (topic, *topic.conjuncts):
            guarded = self._guarded_from(item)
            if guarded is not None:
                out.append(FoundStance(holders, "oppose", guarded, False))  # "safeguarding the region from escalation"
            else:
                kept.append(item)
        if kept:
            first = kept[0]
            issue: Token | Span = first if len(kept) == len((topic, *topic.conjuncts)) else self.doc[
                first.left_edge.i:first.right_edge.i + 1]
            out.insert(0, FoundStance(holders, "support", issue, False))
        return out

    def _topic(self, noun: Token) -> Token | None:
        """What a consensus is on: its "on/over/regarding" object, or "with regard to X"."""
        places = [*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ())]
        for prep in (c for c in places if c.dep_ == "prep" and c.i > noun.i):
            obj = next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is None:
                continue
            if prep.lower_ in TOPIC_PREPOSITIONS:
                return obj
            if prep.lower_ in ("with", "in") and obj.lower_ in TOPIC_NOUNS:
                return next((o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("to", "of")
                             for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
        return None

    def _guarded_from(self, item: Token) -> Token | None:
        """"safeguarding the region from escalation": what is kept away."""
        if item.lemma_.lower() not in self.cues.guard_verbs:
            return None
        return next((o for p in item.children if p.dep_ == "prep" and p.lower_ == "from"
                     for o in p.children if o.dep_ in ("pobj", "pcomp")), None)

    def _judged(self, noun: Token) -> list[FoundStance]:
        """"a positive response to the proposal", "its negative position on the plan": support or oppose its object."""
        verdict = next((self.cues.position_verdicts[c.lower_] for c in noun.children
                        if c.dep_ == "amod" and c.lower_ in self.cues.position_verdicts), None)
        if verdict is None:
            return []
        return self.nouns.read(noun, verdict)

    def _named_after(self, noun: Token) -> Span | Token | None:
        """The content named after a red line: "..., in particular the sovereignty of Sudan", "including X"."""
        for tok in self.doc[noun.right_edge.i + 1:noun.sent.end]:
            if tok.lower_ in NAMING_WORDS:
                head = next((t for t in self.doc[tok.i + 1:noun.sent.end] if t.pos_ in ("NOUN", "PROPN")
                             and t.dep_ not in ("compound", "amod", "poss", "nmod")), None)
                if head is None:
                    return None
                start = next((t.i for t in self.doc[tok.i + 1:head.i + 1] if not t.is_punct and t.dep_ != "det"), head.i)
                return self.doc[start:head.right_edge.i + 1]
        return next((c for c in noun.children if c.dep_ == "appos"), None)


def _hyphened(noun: Token) -> bool:
    """"counter - proposal", as the tokenizer splits it."""
    return noun.i >= 2 and noun.nbor(-1).text == "-" and noun.nbor(-2).lower_ == "counter"


def _unreached(verb: Token) -> bool:
    """"have yet to reach a consensus", "failed to reach", "were unable to reach": none reached."""
    if any(c.lower_ in UNREACHED for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ in ("xcomp", "acomp") and (head.lemma_.lower() in UNREACHED or any(
        c.lower_ in UNREACHED for c in head.children))
