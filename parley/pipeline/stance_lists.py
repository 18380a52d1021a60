"""Demands set out as a list after a colon.

In one sentence: "We have made a set of demands, and we stand firm on them: first and foremost, the immediate lifting
of all criminal sanctions": what follows the colon of a sentence that names its demands or conditions is demanded.

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
            found = self._after_colon(sent)
        return found

    def _after_colon(self, sent: Span) -> list[FoundStance]:
        """"We have made a set of demands, and we stand firm on them: first and foremost, the immediate lifting of all
        criminal sanctions": the noun phrases after a colon in the sentence that names its demands are demanded."""
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is None:
            return []
        cue = next((t for t in sent[:colon.i - sent.start] if t.pos_ == "NOUN" and (
            self.cues.nouns.get(t.lemma_.lower()) == "demand" or t.lemma_.lower() in self.cues.condition_nouns)), None)
        rest = sent[colon.i + 1 - sent.start:]
        # in a quote, up to its end: "...: the immediate lifting of all criminal sanctions," Maduro said
        end = next((t.i for t in rest if t.is_quote), sent.end)
        after = [t for t in rest if t.i < end and not (t.is_punct or t.is_space)]
        if cue is None or not after or len(after) > MAX_ITEM_TOKENS:
            return []
        verb = next((a for a in cue.ancestors if a.pos_ in ("VERB", "AUX")), None)
        holders = self.holders.subject_actors(verb) if verb is not None else ()
        items = [t for t in after if t.pos_ == "NOUN" and (t.head.i < colon.i or t.head == t or t.head.i >= end)
                 and not self.holders.is_actor_phrase(t)]
        found = []
        for item in (i for t in items for i in (t, *t.conjuncts) if i.i > colon.i):
            # the item's own words, without the items conjoined to it
            cut = min((c.left_edge.i for c in item.children if c.i > item.i and c.dep_ in ("conj", "cc")), default=end)
            words = [w for w in item.subtree if colon.i < w.i < min(end, cut)]
            while words and words[-1].is_punct:
                words.pop()
            if words and holders:
                found.append(FoundStance(holders, "demand", sent.doc[words[0].i:words[-1].i + 1], False))
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
