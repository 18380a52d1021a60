"""Stances a speaker states by a feeling about a thing, or by an exhortation in their own words.

- A feeling about a thing done or proposed: "the Secretary-General is encouraged by the joint statement",
  "we are pleased with the outcome", "I am glad that the talks will resume", "was disappointed by the
  decision": the one who feels so supports (or opposes) it (``feelings``). A feeling about a person
  ("pleased with Trump") names no issue, and one that prompts a deed ("encouraged by the US to negotiate")
  is another's call.
- "Let the current government respect the agreements", in X's statement: X demands it; "let us" and
  "let me" speak of the speaker's own course (``exhortation_words``).

The words are in ``resources/stance_cues.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.issue_phrases import infinitival
from parley.pipeline.stance_grammar import DocumentReader, FoundStance, is_negated

# What a feeling is about: "encouraged by", "pleased with", "happy about", "satisfied at".
FEELING_PREPOSITIONS = {"by", "with", "about", "at", "over"}
# "let us", "let me", "let's": the speaker's own course, no demand on another.
OWN_COURSE = {"us", "me", "'s", "\u2019s", "we"}


class FeelingReader(DocumentReader):
    """Reads the stances stated by feelings and exhortations in one document."""

    def found_at(self, tok: Token) -> list[FoundStance]:
        if tok.lower_ in self.cues.feelings and tok.pos_ in ("ADJ", "VERB"):
            return self._feeling(tok, self.cues.feelings[tok.lower_])
        if tok.lemma_.lower() in self.cues.exhortation_words and tok.tag_ == "VB" and (
                tok.i == tok.sent.start or self.doc[tok.i - 1].is_quote):
            return self._exhortation(tok)  # at the head of the sentence or of the quote
        return []

    def _feeling(self, word: Token, stance: str) -> list[FoundStance]:
        """"is encouraged by the joint statement", "we are pleased that the talks will resume"."""
        be = word.head if word.dep_ in ("acomp", "conj") else word
        said_so = be.lemma_ == "be" or any(c.lemma_ == "be" and c.dep_ in ("auxpass", "aux") for c in word.children)
        if word.dep_ not in ("acomp", "ROOT", "ccomp", "conj") or not said_so:
            return []
        if any(c.dep_ == "xcomp" or (c.dep_ == "advcl" and infinitival(c)) for c in word.children):
            return []  # "was encouraged by the US to negotiate": another's call; "pleased to announce": no issue
        about = next((o for p in (*word.children, *(be.children if be is not word else ()))
                      if p.dep_ in ("prep", "agent") and p.lower_ in FEELING_PREPOSITIONS and p.i > word.i
                      for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
        if about is None:
            about = next((c for c in word.children if c.dep_ == "ccomp" and c.i > word.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if about is None or self.holders.is_actor_phrase(about) or about.pos_ == "PRON":
            return []
        holders = self.holders.subject_actors(be if be is not word else word)
        if not holders:
            return []
        return [FoundStance(holders, stance, about, is_negated(word) or is_negated(be))]  # type: ignore[arg-type]

    def _exhortation(self, let: Token) -> list[FoundStance]:
        """"Let the current government, or the next one, respect the two agreements," X said: X demands it."""
        if any(c.dep_ == "nsubj" for c in let.children):
            return []  # "they let the convoy pass": a deed told, not an exhortation
        deed = next((c for c in let.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB" and c.tag_ == "VB"), None)
        if deed is None:
            return []
        doer = next((c for c in (*let.children, *deed.children) if c.dep_ in ("dobj", "nsubj") and c.i < deed.i), None)
        if doer is None or doer.lower_ in OWN_COURSE:
            return []
        speaker = self.holders.speaker(let, quoted_only=True)
        if speaker is None:
            return []
        return [FoundStance((speaker,), "demand", deed, is_negated(deed))]
