"""Calls to stop doing something, which oppose the deed: "urged his supporters to stop harassing and attacking
minorities", "had also urged the government to stop resorting to barrel bombs" (an infinitive of ``cessation_verbs``
with a gerund). The deed asked to end is what the holder opposes, as "urged Israel not to attack Rafah" opposes the
attack. A halt named as a thing ("demanded that Saudi Arabia stop crude oil production", "called for a halt to strikes
on energy infrastructure") stays a demand for the halt, as the gold codes it, and so does a "that" clause ("the rebels
have demanded that government forces stop arresting members of the Gula tribe", rounds 4b and 10).
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_grammar import FoundStance


def ceased(found: FoundStance, cues: StanceCues) -> FoundStance:
    """The stance turned to opposing the deed when a demand asks to stop doing it, else the stance as found."""
    verb = found.issue
    if found.stance != "demand" or found.negated or not isinstance(verb, Token) or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in cues.cessation_verbs or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return found  # "demanded that government forces stop arresting members of the Gula tribe": a that-clause, as found
    deed = next((c for c in verb.children if c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG"), None)
    if deed is None or any(c.dep_ == "dobj" and c.i < deed.i for c in verb.children):
        return found  # "stop the fighting", "stop Russia attacking": a halt named, or someone stopped
    return FoundStance(found.holders, "oppose", deed, False, found.actor_issue, alone=found.alone)
