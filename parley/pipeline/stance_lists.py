"""Demands set out as a list after a colon.

"M23/AFC outlined eight confidence-building measures it says are necessary to move the process forward:"
followed by one item a line ("Repealing the parliamentary law that prohibits negotiations with M23/AFC;",
"Lifting arrest warrants and prosecutions against its leaders;"): each item without a subject of its own is a
demand of the subject of the sentence that announced the list, when that sentence speaks of demands, terms
or what is necessary (cue nouns of demand, ``condition_nouns``, ``necessity_adjectives``).
"""

from __future__ import annotations

from spacy.tokens import Span

from parley.pipeline.holders import HolderResolver
from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_grammar import FoundStance

# The longest item of such a list, in words: a longer line is a sentence of its own.
MAX_ITEM_TOKENS = 30
# What an item may be headed by: an action ("Repealing ...") or a noun phrase ("Lifting arrest warrants").
ITEM_TAGS = {"VBG", "NN", "NNS"}


class ListedDemands:
    """Follows the sentences of one document: a list announced by a demand, then its items."""

    def __init__(self, cues: StanceCues, holders: HolderResolver) -> None:
        self.cues = cues
        self.holders = holders
        self.pending: tuple[str, ...] = ()

    def read(self, sent: Span) -> list[FoundStance]:
        """The demands an item line states, and whether the sentence announces a list."""
        found: list[FoundStance] = []
        if self.pending and self._item(sent):
            words = [t for t in sent if not t.is_space]
            while words and words[-1].is_punct:
                words.pop()
            found = [FoundStance(self.pending, "demand", sent.doc[words[0].i:words[-1].i + 1], False)] if words else []
        else:
            self.pending = self._announced(sent)
        return found

    def _item(self, sent: Span) -> bool:
        root = sent.root
        return root.tag_ in ITEM_TAGS and len(sent) <= MAX_ITEM_TOKENS and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in root.children)

    def _announced(self, sent: Span) -> tuple[str, ...]:
        last = next((t for t in reversed(sent) if not t.is_space), None)
        if last is None or last.text != ":":
            return ()
        asks = any(self.cues.nouns.get(t.lemma_.lower()) == "demand" or t.lemma_.lower() in self.cues.condition_nouns
                   or t.lemma_.lower() in self.cues.necessity_adjectives for t in sent)
        return self.holders.subject_actors(sent.root) if asks else ()
