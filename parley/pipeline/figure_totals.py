"""Readings of a figure's measure in word order, before the parse is trusted (step 3 of ``parley_figures``): running
totals ("the death toll ... has risen to at least 132", "bringing the total death toll ... to 33,482", "the death
toll of 45", a total that names nothing taking its clause's measure: "have crossed into Ghana ..., bringing the total
there to 7,200"), the other side of a copula ("Among those killed are 104 children"), and a verb the parser left
beside a bare number ("three missing and 21 arrested", "1.2 million to seek
refuge", "Shelling kills at least 15", "Over 100,000 flee Sudan clashes"); and the ``displaced`` of docs/annotation.md,
a displacement that explicitly combines both sides of a border."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from parley.pipeline.extensions import ActorTable
from parley.pipeline.figure_counts import FigureDraft, lemma_of
from parley.pipeline.numbers import Amount

# words before a "to" of their own, which puts no total at the number after it
IDIOM_TO = {"addition", "compared", "due", "according", "prior", "close", "next", "contrary", "thanks", "owing",
            "similar", "equal", "relative"}


# "displaced both inside and outside the country", "uprooted at home and abroad": a displacement said of both sides of
# the border
BOTH_SIDES = re.compile(r"\b(inside|within|internally|at home|in the country|in their own country)\b[^.;:]{0,50}?\b(and|or)\b"
                        r"[^.;:]{0,40}?\b(outside|abroad|overseas|beyond|externally|across|as refugees|neighbou?ring)\b", re.I)
# words that make a displacement internal by themselves ("internally displaced", "IDPs", "within Sudan")
INTERNAL = {"internally", "internal", "idp", "idps", "within", "inside"}


def combined_displacement(doc: Doc, drafts: list[FigureDraft], parts: set[int]) -> None:
    """docs/annotation.md's ``displaced``: a count of people forced from their homes that explicitly combines those
    still in the country and those who left it ("displaced more than 12 million people, including 3 million who fled
    abroad", "uprooted 14 million people inside and outside Ukraine"). A count its own words make internal
    ("internally displaced", "IDPs") stays ``internally_displaced``."""
    for k, d in enumerate(drafts):
        if d.measure != "internally_displaced":
            continue
        tail = doc[d.amount.end:min(d.amount.end + 25, doc[d.amount.start].sent.end)]
        # up to the next count or clause break: "8 million displaced inside Sudan and 2 million abroad" are two
        later = {o.amount.start for o in drafts[k + 1:] if o.measure is not None}
        clause = tail[:next((i for i, t in enumerate(tail) if t.text in (";", ":") or t.i in later), len(tail))]
        both = BOTH_SIDES.search(clause.text) is not None
        near = {t.i for t in doc[d.start:d.end]}
        if d.trigger is not None:
            near |= {t.i for t in d.trigger.children} | {d.trigger.i}
        if not both and any(doc[i].lower_ in INTERNAL for i in near):
            continue
        # a part that left the country: "including 2.4 million refugees", "3 million of whom fled abroad"
        refugees = any(j in parts and drafts[j].measure == "refugees" and drafts[j].amount.value < d.amount.value
                       and not any(drafts[m].measure == "internally_displaced" and m not in parts
                                   for m in range(k + 1, j))
                       for j in range(k + 1, len(drafts)))
        if refugees or both:
            drafts[k] = replace(d, measure="displaced")


class WordOrderReadings:
    """The word-order readings of :class:`~parley.pipeline.figure_measures.MeasureReader`, which inherits them."""

    _reading: set[int]  # tokens whose measure a total is reading (set by the reader's __init__)
    rules: list[Any]  # the reader's MeasureRules
    counts: Any  # the reader's CountReader

    def elided(self, doc: Doc, amount: Amount, noun: Token | None, table: ActorTable | None, start: int | None = None
               ) -> tuple[str | None, Token | None, bool]:
        """ "16 journalists were injured, three missing and 21 arrested": a participle right after the number; "more
        than 1.2 million to seek refuge in neighboring countries": an infinitive; "Shelling kills at least 15": a
        headline verb the tagger took for a plural noun, right before the number."""
        verb = doc[start - 1] if start is not None and start > doc[amount.start].sent.start else None
        # "Houthi shell fire wounds at least 2 children", "..., Injures 727": the noun it counts hangs on the verb
        if verb is not None and verb.pos_ == "NOUN" and verb.tag_ == "NNS" and verb.lower_.endswith("s") \
                and (noun is None or noun.head.i == verb.i):
            m = self.match(verb, None, False, [verb], table)
            if m:
                return m, verb, False
        # "The strikes killed at least five people and 16 others were in hospitals": a verb right before the count,
        # left without its object by a parser that made the count the subject of the next clause
        if verb is not None and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP", "VBG") and noun is not None \
                and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > noun.i \
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            m = self.match(verb, noun, False, [verb], table)
            if m:
                return m, verb, False
        # "..., and twenty-two civilians were wounded, including ...": a passive right after a counted noun the parser
        # joined to another count is its verb
        if noun is not None and noun.dep_ == "conj" and noun.i + 2 < len(doc) and lemma_of(doc[noun.i + 1]) == "be" \
                and doc[noun.i + 2].tag_ == "VBN":
            m = self.match(doc[noun.i + 2], noun, False, [doc[noun.i + 2]], table)
            if m:
                return m, doc[noun.i + 2], False
        # "Over 100,000 flee Sudan clashes into Chad": a headline verb the tagger took for the singular noun counted
        word = doc[amount.end] if amount.end < len(doc) else None
        if word is not None and noun is not None and noun.i >= word.i and word.tag_ == "NN" and amount.value > 1 \
                and not any(lemma_of(word) in r.nouns for r in self.rules) \
                and not (word.dep_ == "compound" and self.counts.countable(word.head)):
            m = self.match(word, None, False, list(doc[word.i:word.sent.end]), table)
            if m:
                return m, word, False
        if noun is not None or amount.end >= len(doc):
            return None, None, False
        root = doc[amount.start:amount.end].root
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
                and lemma_of(root.head.head) not in self.totals:  # but "a total of 400 to be released"
            return None, None, False  # "the release of more than 700 detained Houthis": the noun governs the count
        t = doc[amount.end]
        # "a total of 400 to be released this week": the infinitive's participle
        to_be = amount.end + 2 < len(doc) and doc[amount.end + 1].lower_ == "be" and doc[amount.end + 2].tag_ == "VBN"
        if t.lower_ == "to" and t.pos_ == "PART" and amount.end + 1 < len(doc) and (
                doc[amount.end + 1].pos_ == "VERB" or to_be):
            v = doc[amount.end + 2] if to_be else doc[amount.end + 1]
            m = self._verb_measure(v, None, table)
            return (m, v, False) if m else (None, None, False)
        # "and around 120 are still under treatment in different hospitals": the words after the copula
        if lemma_of(t) in ("be", "remain") and t.pos_ in ("AUX", "VERB"):
            m = self.match(t, None, False, list(doc[t.i:min(t.i + 6, t.sent.end)]), table)
            return (m, t, False) if m else (None, None, False)
        if t.tag_ not in ("VBN", "VBG", "JJ", "VBD") or (t.dep_ == "amod" and t.head.i > t.i and t.tag_ != "VBD"):
            return None, None, False
        # "14 wounded were released": a participle that is the subject of a verb of its own says who they were
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "VERB" and self._verb_measure(t.head, None, table):
            return None, None, False
        m = self.match(t, None, False, self._region(t), table)
        return (m, t, False) if m else (None, None, False)

    def running_total(self, doc: Doc, sent: Span, start: int, table: ActorTable | None
                      ) -> tuple[str | None, Token | None, bool]:
        """ "the death toll ... has risen to at least 132", "bringing the total death toll ... to 33,482".

        The small parser often hangs such a number on the wrong word, so the words are read in order: a total
        verb before "to"/"at" (or just before the number), then the last measure word of what it puts at the
        number: its object, or else its subject.
        """
        k = start - 1
        if k > sent.start and doc[k].lower_ == "between":  # "is believed to be between 115 and 120"
            k -= 1
        if k < sent.start:
            return None, None, False
        # "in addition to 77,816 injuries", "compared to 4,385": a "to" no total verb governs
        if doc[k].lower_ == "to" and k > sent.start and doc[k - 1].lower_ in IDIOM_TO:
            return None, None, False
        if doc[k].lower_ in ("to", "at", "past"):
            verb = next((doc[j] for j in range(k - 1, max(sent.start, k - 30) - 1, -1)
                         if lemma_of(doc[j]) in self.total_verbs and lemma_of(doc[j]) != "be"
                         and doc[j].pos_ in ("VERB", "AUX")), None)
        elif lemma_of(doc[k]) in self.rising | {"reach", "hit", "near"} and doc[k].pos_ == "VERB":
            verb = doc[k]
        elif lemma_of(doc[k]) == "be":  # "The number of refugees who have fled to Chad could be as high as 200,000"
            # "the death toll among civilians is estimated at 40": the participle carries the subject
            verb = doc[k].head if doc[k].dep_ in ("aux", "auxpass") else doc[k]
            return self._total(verb, None, table)
        else:
            return None, None, False
        if verb is None:
            return None, None, False
        # "taking the overall death toll of the war to 45,541", but "took the wounded to 3 hospitals" is no total
        if lemma_of(verb) == "take" and not any(lemma_of(t) in self.totals for t in doc[verb.i + 1:k]):
            return None, None, False
        # what rose is the verb's subject ("the death toll ... has risen"); a verb without one ("to reach 10.1
        # million people") puts nothing at the number
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # "The toll from Saturday's bombing ..., which officials blamed on Boko Haram, climbed to 45": a parser lost in
        # a long subject makes another noun the verb's; the total that opens the sentence is what rose
        # "... insisted the official toll from the typhoon ... remained at 2,360": a verb left without a subject has
        # the total the parser made an object of the verb before
        total = next((t for t in doc[sent.start:verb.i] if lemma_of(t) in self.totals and t.pos_ == "NOUN"
                      and (t.dep_ in ("ROOT", "nsubj", "nsubjpass") or t.dep_ == "dobj" and subject is None)), None)
        if total is not None and (subject is None or lemma_of(subject) not in self.totals) \
                and not any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in doc[total.i:verb.i]):
            subject = None
            before = list(doc[total.i:verb.i])
        elif subject is not None:
            before = list(subject.subtree)
        elif doc[k].lower_ != "to" or verb.i + 1 < k:
            before = []
        else:  # the parser lost the subject of "has risen to": the nouns just before the verb
            # ("The number of people left dead after the cyclone ... rose to more than 3,100")
            before = [t for t in doc[max(sent.start, verb.i - 15):verb.i] if t.pos_ in ("NOUN", "ADJ")]
        # "bringing to 1,539 the total number evacuated so far" (AFP): the total the verb puts at the number follows it
        after = next((list(c.subtree) for c in verb.children if c.dep_ == "dobj" and c.i > start
                      and lemma_of(c) in self.totals), [])
        for window in (list(doc[verb.i + 1:k]), after, before):
            for t in reversed(window):
                if t.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ") or t.like_num:
                    continue
                # "the number of repatriated POWs": the modifier says what happened to them, the noun only who they are
                mods = [c for c in t.children if c.dep_ in ("amod", "acl") and c.i in {w.i for w in window}]
                for w in (*mods, t):
                    # "the number of Sudanese refugees fleeing to eastern Chad": a verb with where it goes
                    region = list(w.subtree) if w.pos_ == "VERB" else [w]
                    # "the number of vessels to leave Ukraine": a verb said of a noun is said of what that noun counts
                    of = next((n for n in reversed(window) if n.i < w.i and n.pos_ == "NOUN"), None) \
                        if w.pos_ == "VERB" else None
                    m = self.match(w, of, w.pos_ in ("NOUN", "PROPN"), region, table)
                    if m:
                        return m, w, lemma_of(verb) in self.rising
        # "Some 2,000 Ivorians have crossed into Ghana ..., bringing the total there to 7,200": a total that names
        # nothing is a total of what its clause says happened
        if verb.dep_ == "advcl" and any(lemma_of(t) in self.totals for t in doc[verb.i + 1:k]):
            clause = verb.head
            counted = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                            and any(g.like_num for g in c.subtree)), None)
            m = self._verb_measure(clause, counted, table) if counted is not None else None
            if m:
                return m, clause, False
        return None, None, False

    def _among(self, verb: Token, counted: Token, noun: Token | None, table: ActorTable | None
               ) -> tuple[str | None, Token | None]:
        """ "Among those killed are 104 children", "the dead include five children": the other side of the copula."""
        for c in verb.children:
            if c.i == counted.i or c.dep_ not in ("nsubj", "nsubjpass", "prep", "attr"):
                continue
            # "The three men were among about 250 people taken": a subset of a count is no count of its own
            if counted.i < verb.i and any(t.like_num for t in c.subtree):
                continue
            # "the prisoners released overnight included 445 men": what happened to them before who they are
            for t in sorted(c.subtree, key=lambda t: t.pos_ == "NOUN"):
                if t.pos_ in ("VERB", "ADJ", "NOUN") and not t.like_num:
                    # "Among those freed were two Thai workers", with "freed" tagged a noun
                    m = self.match(t, noun, t.pos_ == "NOUN", [t], table) or (
                        self.match(t, noun, False, [t], table) if t.pos_ == "NOUN" and t.lower_.endswith("ed") else None)
                    if m and m not in self.weak:  # "Seven were soldiers" says who, not what happened
                        return m, t
        return None, None

    def _named_total(self, total: Token, table: ActorTable | None) -> str | None:
        """The measure a total's own words name ("death toll", "number of injured"), or None."""
        for mod in total.children:
            if mod.dep_ in ("compound", "amod") and mod.i < total.i:
                m = self.match(mod, None, True, [mod], table) or self.match(mod, None, False, [mod], table)
                if m:
                    return m
        return "killed" if lemma_of(total) == "toll" else None

    def _total(self, verb: Token, noun: Token | None, table: ActorTable | None) -> tuple[str | None, Token | None,
                                                                                           bool]:
        """ "the death toll rose to 15,899", "raising the number of repatriated POWs to 3,035" """
        rising = lemma_of(verb) in self.rising
        if lemma_of(verb) not in self.total_verbs:
            return None, None, False
        # "the final death toll is believed to be between 115 and 120": the subject of the verb "to be" completes
        kids = list(verb.children) + ([c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                                      if verb.dep_ == "xcomp" else [])
        for c in kids:
            if c.dep_ not in ("nsubj", "nsubjpass", "dobj") or lemma_of(c) not in self.totals:
                continue
            for mod in c.children:  # "death toll", "the number of injured people"
                if mod.dep_ in ("compound", "amod"):
                    m = self.match(mod, None, True, [mod], table) or self.match(mod, None, False, [mod], table)
                    if m:
                        return m, mod, rising
                if mod.dep_ == "prep" and mod.lower_ == "of":
                    pobj = next((p for p in mod.children if p.dep_ == "pobj"), None)
                    # "This brings to 1,200 the number of prisoners released": the counted noun of the total is read
                    # once, not again through the total it stands in
                    if pobj is not None and pobj.i not in self._reading:
                        self._reading.add(pobj.i)
                        try:
                            m, trig, _ = self.measure(pobj, pobj, table)
                        finally:
                            self._reading.discard(pobj.i)
                        if m:
                            return m, trig, rising
            if lemma_of(c) == "toll":
                return "killed", c, rising
        return None, None, False
