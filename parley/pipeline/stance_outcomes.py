"""Outcomes announced: "Rueda insisted in a statement that a ceasefire would be signed with the ELN".

A speaker who says that an agreement will be signed, reached or concluded supports it; said that it
will not be, the speaker rejects it. The agreement is the subject of a passive sealing verb with a
modal ("would be signed", "can be reached") in the "that" clause of a reporting verb or a statement,
or in the speaker's quote. The words are data (``agreement_nouns``, ``sealing_verbs``, ``speech_verbs``,
``document_nouns``, ``outcome_modals`` in ``resources/stance_cues.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.holders import HolderResolver
from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_grammar import FoundStance, is_negated


class OutcomeReader:
    """Reads the agreements a speaker says will be sealed."""

    def __init__(self, cues: StanceCues, holders: HolderResolver) -> None:
        self.cues = cues
        self.holders = holders

    def found_at(self, verb: Token) -> list[FoundStance]:
        """"a ceasefire would be signed with the ELN", said or stated: the speaker supports the ceasefire."""
        if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.lemma_.lower() not in self.cues.sealing_verbs:
            return []
        if not any(c.dep_ == "aux" and c.lower_ in self.cues.outcome_modals for c in verb.children):
            return []
        deal = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if deal is None or deal.lemma_.lower() not in self.cues.agreement_nouns or not self._reported(verb):
            return []
        speaker = self.holders.speaker(verb)
        if speaker is None:
            return []
        # "no agreement would be signed until ...": the speaker rejects it.
        negated = is_negated(verb) or any(c.dep_ == "det" and c.lower_ == "no" for c in deal.children)
        return [FoundStance((self.holders.state_for(speaker),), "support", deal, negated)]

    def _reported(self, verb: Token) -> bool:
        """The clause is what someone says: a "that" clause of a reporting verb or a statement, or a quote."""
        head = verb.head
        if verb.dep_ == "ccomp" and head.lemma_.lower() in self.cues.speech_verbs:
            return True
        if verb.dep_ == "acl" and head.lemma_.lower() in self.cues.document_nouns \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            return True
        return self.holders.speaker(verb, quoted_only=True) is not None
