"""Commitments to talks and truces: "will extend the truce", "would not extend the ceasefire", "plans to declare
a ceasefire", "confirmed their attendance at peace talks".

- A party that pledges or plans to declare, announce or extend a truce of its own offers or supports it
  (``truce_verbs``, ``truce_nouns``); "would not extend the ceasefire" rejects it. Done ("Petro announced the
  six-month ceasefire", "declared a unilateral ceasefire") it is a deed, an event. A truce between two others
  ("announced a ceasefire between Israel and Iran") is a broker's news, and a truce declared over or void
  ("declared the truce over") is none.
- "confirmed their attendance at the peace talks", "announced its presence at the talks"
  (``attendance_nouns`` carried by ``carrier_verbs``): the holder is willing to hold the talks.

The words are data in ``resources/stance_cues.yaml``; the readers run with the other construction readers
(:mod:`parley.pipeline.stance_readers`).
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.models import Stance
from parley.pipeline.stance_grammar import DocumentReader, FoundStance, is_background, is_negated

FUTURE_WORDS = {"will", "would", "'ll", "shall"}
# "declared the truce over", "declared the ceasefire void": what is declared is the truce's end.
ENDING_DEPS = ("oprd", "ccomp", "xcomp", "acomp")


class CommitmentReader(DocumentReader):
    """Reads the truces a party pledges to declare or extend and the talks it confirms it attends."""

    def found_at(self, tok: Token) -> list[FoundStance]:
        if tok.pos_ == "VERB":
            return self._truce(tok)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.attendance_nouns:
            return self._attendance(tok)
        return []

    def _truce(self, verb: Token) -> list[FoundStance]:
        """"the army will extend the truce", "Hamas would not extend the ceasefire": support, reject."""
        stance: Stance | None = self.cues.truce_verbs.get(verb.lemma_.lower())
        if stance is None or verb.dep_ in ("acl", "relcl", "amod") or is_background(verb):
            return []
        if any(c.dep_ in ENDING_DEPS for c in verb.children) or any(c.dep_ == "auxpass" for c in verb.children):
            return []
        truce = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.cues.truce_nouns), None)
        if truce is None or any(c.dep_ == "prep" and c.lower_ == "between" for c in truce.children):
            return []  # "Trump announced a ceasefire between Israel and Iran": a broker's news
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
            return []
        if not self._pledged(verb):
            return []  # "Petro announced the six-month ceasefire", "declared the bilateral ceasefire": a deed, an event
        holders = self.holders.subject_actors(verb)
        return [FoundStance(holders, stance, truce, is_negated(verb))] if holders else []

    def _pledged(self, verb: Token) -> bool:
        """Said as a pledge or a plan: "will extend", "would not extend", "plans to declare", "vowed to extend"."""
        if verb.tag_ != "VB":
            return False
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_WORDS for c in verb.children):
            return True
        return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.cues.plan_verbs | self.cues.resolve_verbs

    def _attendance(self, noun: Token) -> list[FoundStance]:
        """"Syrian government and rebel delegations have confirmed their attendance at peace talks": willing."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in self.cues.carrier_verbs or is_negated(verb):
            return []
        talks = next((o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("at", "in")
                      for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in self.cues.meeting_nouns), None)
        if talks is None:
            return []
        holders = self.holders.subject_actors(verb)
        return [FoundStance(holders, "willing", talks, False)] if holders else []
