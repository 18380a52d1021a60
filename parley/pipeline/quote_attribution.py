"""Attributions of quoted stretches for the ``parley_quotes`` stage (step 2 of :mod:`parley.pipeline.quotes`).

Each quoted stretch is attributed from the words around it, nearest first: the speech verb that
governs it, a cue after it in the same sentence, a cue before it (or any verb before a colon), a
name and a colon, a paragraph ending in a colon before it, or the cue of the next quote of the
same sentence. A statement with no cue may still be the words of the subject of the clause it
stands in, or of the person who speaks of something in the sentence before it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from parley.pipeline.cues import (
    SUBJECT_DEPS,
    SpeechCues,
    inverted_subject,
    medium_of,
    object_after,
    subject_of,
)
from parley.pipeline.quote_marks import QuotedStretch

SENTENCE_END = {".", "?", "!"}
DASHES = {"—", "–", "--"}
# How many words (after) or tokens (before) a cue may stand from the quote it attributes.
AFTER_WINDOW = 14
BEFORE_WINDOW = 12


@dataclass(frozen=True)
class Attribution:
    """Who a quoted stretch is attributed to: the cue, its subject, the medium, and where the speaker is named."""

    cue: str | None
    subject: Token | None
    medium: str | None
    anchor: int


class AttributionFinder:
    """Mixin of the quote reader: finds the attribution of a quoted stretch."""

    cues: SpeechCues
    person_nouns: frozenset[str]
    doc: Doc
    text: str
    paras: list[tuple[int, int]]
    para_starts: list[int]
    stretches: list[QuotedStretch]
    starts: list[int]
    quoted: set[int]

    def _token_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def _paragraph_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    def _clause_of(self, q: QuotedStretch) -> Attribution | None:
        """'Hajiyev highlighted the role of Russia, "whose active mediation ensured ..."': a statement
        set in a clause with no speech verb is its subject's, when that subject can speak."""
        doc = self.doc
        first = self._token_at(q.start)
        lo = self.paras[self._paragraph_of(q.open_at)][0]
        head = doc[first]
        while first <= head.head.i <= self._token_at(q.end - 1) and head.head.i != head.i:
            head = head.head
        verb = head.head
        for _ in range(8):
            if verb.i in self.quoted or verb.idx < lo or verb.i >= first:
                return None
            if verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("ROOT", "conj"):
                break
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        subject = subject_of(verb)
        if subject is None or not self._can_speak(subject):
            return None
        return Attribution(verb.lemma_.lower(), subject, None, subject.i)

    def _sentence_before(self, q: QuotedStretch) -> Attribution | None:
        """'... he spoke of a "critical phase for Europe". "This is not the time ..."': a quoted
        sentence with no cue of its own, after a sentence of the same paragraph, is the words of
        that sentence's subject when it is a person, or a pronoun, that speaks of something."""
        doc = self.doc
        lo = self.paras[self._paragraph_of(q.open_at)][0]
        before = self.text[lo:q.open_at].rstrip()
        if not before or before[-1] not in ".!?”\"":
            return None
        i = self._token_at(q.open_at) - 1
        while i >= 0 and (doc[i].is_punct or doc[i].is_space):
            i -= 1
        if i < 0 or doc[i].idx < lo:
            return None
        root = doc[i].sent.root
        if root.i in self.quoted or root.pos_ not in ("VERB", "AUX"):
            return None
        subject = subject_of(root)
        if subject is None or subject.i in self.quoted:
            return None
        table = self.doc._.actors
        mention = table.at(subject) if table is not None else None
        actor = table.get(mention.actor_id) if table is not None and mention is not None else None
        person = subject.lower_ in ("he", "she") or (actor is not None and actor.type == "person")
        if not person or not (self.cues.is_verb(root, direct=True) or root.lemma_.lower() in self.cues.lead_in_verbs):
            return None
        return Attribution(root.lemma_.lower(), subject, None, subject.i)

    def _can_speak_for(self, cue: Token) -> bool:
        subject = subject_of(cue)
        return subject is None or self._can_speak(subject)

    def _can_speak(self, subject: Token) -> bool:
        """Whether a subject may be a speaker: a pronoun, a name, an actor, or a noun for people,
        bodies and statements (not "the ceasefire announced Wednesday")."""
        if subject.pos_ in ("PRON", "PROPN"):
            return True
        table = self.doc._.actors
        if table is not None and any(table.at(t) is not None for t in subject.subtree):
            return True
        lemma = subject.lemma_.lower()
        return (lemma in self.person_nouns or lemma in self.cues.speaker_nouns or lemma in self.cues.nouns
                or lemma in self.cues.body_nouns)

    def _attribution(self, cue: Token) -> Attribution:
        subject = self._unquoted_subject(cue)
        head = cue.head
        if cue.dep_ == "conj" and head.dep_ == "ccomp" and not self.cues.is_verb(head) \
                and self.cues.is_verb(head.head) and not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
            # 'Rubio announced that Washington would present the offer and declared that "..."': the
            # parser joins the second speech verb to the reported clause; it is the first one's
            subject = subject_of(head.head)
        anchor = subject.i if subject is not None else cue.i
        return Attribution(cue.lemma_.lower(), subject, medium_of(cue, self.cues, self.quoted), anchor)

    def _unquoted_subject(self, cue: Token) -> Token | None:
        """The subject of a cue outside the quotes: '"... that the bodies of 20 people ... are
        Russian," Zelensky said', '"...", declared Mr. Sidi Mohamed': the parser may hang a noun of
        the quote on the cue as its subject; the speaker is the one outside, before or after it."""
        subject = subject_of(cue)
        if subject is None or subject.i not in self.quoted:
            return subject
        outside = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i not in self.quoted), None)
        if outside is not None:
            return outside
        after = inverted_subject(cue)
        return after if after is not None and after.i not in self.quoted else None

    def _embedding(self, q: QuotedStretch) -> Attribution | None:
        """A partial quote inside reported speech: 'Erdoğan told Putin that Turkey wanted "...", his
        office said' quotes Erdoğan. The nearest speech verb before the quote that governs it."""
        doc = self.doc
        first, last = self._token_at(q.start), self._token_at(q.end - 1)
        lo = self.paras[self._paragraph_of(q.open_at)][0]
        best: Token | None = None
        for t in doc[first:last + 1]:
            if first <= t.head.i <= last:
                continue
            found = self._governing_cue(t, first, lo)
            if found is not None and (best is None or found.i > best.i):
                best = found
        return self._attribution(best) if best is not None else None

    def _governing_cue(self, inner: Token, first: int, lo: int) -> Token | None:
        """The speech verb before a quote that governs it, climbing from a word of the quote. A participle
        ("Maintaining that ...", "..., stressing that "..."") leaves the quote to the outermost speech
        verb above it, whose subject the participle shares; a participle describing a noun ("the
        ceasefire announced Wednesday") is no cue at all."""
        below, a = inner, inner.head
        participle: Token | None = None
        outer: Token | None = None
        for _ in range(8):
            if a.i in self.quoted or a.idx < lo:
                break
            if a.i > first and participle is not None and self.cues.is_verb(a, direct=True):
                participle = None  # 'Maintaining that ... "our primary goal," he said:': the verb after cues it
            # 'said that Ukraine proposed talks, and that Russia "took note"': a coordinated clause
            # is not its first conjunct's content
            sibling = below.dep_ == "conj"
            if a.i < first and self.cues.is_verb(a, direct=True) and not (a.dep_ == "acl" and a.tag_ == "VBN") \
                    and not sibling and self._can_speak_for(a):
                if a.tag_ == "VBG":
                    participle = participle or a
                elif participle is None:
                    return a
                else:
                    outer = a
            if a.head.i == a.i:
                break
            below, a = a, a.head
        # 'Trump expressed optimism, telling reporters that ... "hopefully" ...': with no speech verb
        # above it, the participle itself is the cue, and shares its head's subject
        return outer or participle

    def _after(self, k: int, q: QuotedStretch) -> Attribution | None:
        """A cue after the quote in the same sentence: '"...," Kalın told AA', '"..." according to X'."""
        if q.close_at is None:
            return None
        doc = self.doc
        hi = self._sentence_end(q)
        i = self._token_at(q.close_at) + 1
        if i + 1 < len(doc) and doc[i].text in DASHES:
            # '"..." — U.N. Secretary-General Ban Ki-moon, demanding ...': a byline of the quote
            name = next((t for t in doc[i + 1:min(len(doc), i + 8)] if t.pos_ == "PROPN" and (
                t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "PROPN")), None)
            if name is not None:
                return Attribution(None, name, None, name.i)
        words = 0
        while i < len(doc) and words < AFTER_WINDOW and doc[i].idx < hi:
            t = doc[i]
            if not (t.is_punct or t.is_space):
                words += 1
            if t.i in self.quoted or (t.text in SENTENCE_END and not self._title_point(t)):
                return None
            phrase = self.cues.phrase_at(doc, i)
            if phrase is not None:
                lemma, end, poss = phrase
                subject = poss or object_after(doc, end)
                return Attribution(lemma, subject, None, subject.i if subject is not None else i)
            if self.cues.is_verb(t, direct=True) and not _passive(t):
                # not 'the "temporary" ceasefire has been agreed, Restrepo said': what is agreed does not speak
                if self.text[q.end - 1:q.end] in SENTENCE_END and self._introduces_more(t):
                    return None  # '"...now." He added: "..."': the cue belongs to what follows
                return self._attribution(t)
            i += 1
        # '"..." from 14-18 July, Major-General Tar Bhone Kyaw of the Ta'ang National Liberation Army
        # (TNLA), one of the alliance members, told AFP.': a long subject puts the cue out of reach;
        # the first speech verb of the sentence whose subject stands between it and the quote is still
        # the quote's
        close = self._token_at(q.close_at)
        for t in doc[close + 1:doc[close].sent.end]:
            if t.i in self.quoted or t.text in SENTENCE_END or t.idx >= hi:
                break
            if self.cues.is_verb(t, direct=True):
                subject = subject_of(t)
                return self._attribution(t) if subject is not None and close < subject.i < t.i else None
        return self._dash_line_after(q)

    def _sentence_end(self, q: QuotedStretch) -> int:
        """Where the sentence of a closed quote may end: its paragraph's end, or the next line's when
        a quote ending in a comma closes a hard-wrapped line ('... our sovereignty,”' / 'Guaido said
        on Twitter.')."""
        n = self._paragraph_of(q.close_at)
        hi = self.paras[n][1]
        if (q.close_at is not None and not self.text[q.close_at + 1:hi].strip() and n + 1 < len(self.paras)
                and self.text[:q.end].rstrip().endswith(",") and self.paras[n + 1][0] == hi + 1):
            return self.paras[n + 1][1]
        return hi

    def _title_point(self, t: Token) -> bool:
        """The point of a short title ('Brig. Gen. Arturo Rojas said'), which ends no sentence."""
        prev = self.doc[t.i - 1] if t.i > 0 else None
        return (t.text == "." and prev is not None and not prev.whitespace_
                and prev.lower_ in self.cues.title_abbreviations)

    def _dash_line_after(self, q: QuotedStretch) -> Attribution | None:
        """'... a frozen conflict,' / '— he explained.': a short line opening with a dash after a quote
        that ends its paragraph is the quote's attribution."""
        n = self._paragraph_of(q.open_at)
        if q.close_at is None or self.text[q.close_at + 1:self.paras[n][1]].strip() or n + 1 >= len(self.paras):
            return None
        lo, hi = self.paras[n + 1]
        line = self.text[lo:hi].strip()
        if line[:1] not in DASHES or len(line.split()) > 8:
            return None
        i = self._token_at(lo)
        while i < len(self.doc) and self.doc[i].idx < hi:
            if self.cues.is_verb(self.doc[i], direct=True):
                return self._attribution(self.doc[i])
            i += 1
        return None

    def _after_next(self, k: int, q: QuotedStretch) -> Attribution | None:
        """'"We have not yet signed substantial agreements" but rather "procedural agreements," he
        said': a quote joined to the next one in the same sentence shares its cue."""
        if q.close_at is None or k + 1 >= len(self.stretches):
            return None
        nxt = self.stretches[k + 1]
        between = self.text[q.close_at + 1:nxt.open_at]
        if len(between) > 40 or "\n" in between or any(c in between for c in SENTENCE_END):
            return None
        return self._after(k + 1, nxt)

    def _introduces_more(self, cue: Token) -> bool:
        doc = self.doc
        for t in doc[cue.i + 1:min(len(doc), cue.i + 4)]:
            if t.text == ":":
                return True
        return any(c.dep_ == "ccomp" and c.i > cue.i and c.i not in self.quoted for c in cue.children)

    def _before(self, k: int, q: QuotedStretch, lo: int | None = None, end: int | None = None) -> Attribution | None:
        """A cue before the quote: 'Kalın said: "..."', 'urged all parties to participate "in good faith"'."""
        doc = self.doc
        floor = lo if lo is not None else self.paras[self._paragraph_of(q.open_at)][0]
        prev_close = self.stretches[k - 1].close_at if k > 0 else None
        if lo is None and prev_close is not None and prev_close >= floor:
            floor = prev_close  # not across the quote before
        i = (end if end is not None else self._token_at(q.open_at)) - 1
        colon = self._colon_verb(i, floor)
        if colon is not None:
            return self._attribution(colon)
        steps = 0
        while i >= 0 and doc[i].idx >= floor and steps < BEFORE_WINDOW:
            t = doc[i]
            if t.i in self.quoted or (t.text in SENTENCE_END and steps > 0):
                return None
            if self.cues.is_verb(t, direct=True):
                return self._attribution(t)
            if t.lower_ == "according":
                phrase = self.cues.phrase_at(doc, i)
                if phrase is not None:
                    subject = object_after(doc, phrase[1])
                    return Attribution(phrase[0], subject, None, subject.i if subject is not None else i)
            if not t.is_space:
                steps += 1
            i -= 1
        return None

    def _colon_verb(self, i: int, floor: int) -> Token | None:
        """'He continued: "..."', 'a tactic he mocked: "..."': a colon after a verb with a subject
        introduces what that subject says, whatever the verb."""
        doc = self.doc
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 1 or doc[i].text != ":" or doc[i].idx < floor:
            return None
        j = i - 1
        while j >= 0 and doc[j].pos_ in ("ADV", "PART") and doc[j].idx >= floor:
            j -= 1  # "he said simply:"
        verb = doc[j] if j >= 0 else None
        if verb is None or verb.pos_ != "VERB" or verb.i in self.quoted or subject_of(verb) is None:
            return None
        return verb

    def _headline(self, q: QuotedStretch) -> Attribution | None:
        """'Kalın: "..."': a name and a colon before a quote that opens its paragraph."""
        lo = self.paras[self._paragraph_of(q.open_at)][0]
        head = self.text[lo:q.open_at].strip()
        if not head.endswith(":") or len(head.split()) > 6:
            return None
        span = self.doc.char_span(lo, lo + self.text[lo:q.open_at].rindex(":"), alignment_mode="contract")
        if span is None or not len(span) or not all(t.pos_ == "PROPN" or t.is_punct or t.pos_ == "DET"
                                                     or t.text[:1].isupper() for t in span):
            return None
        return Attribution(None, span[-1], None, span[-1].i)

    def _colon_before(self, q: QuotedStretch) -> Attribution | None:
        """'... Kalın said:' ending the paragraph before a quote paragraph."""
        n = self._paragraph_of(q.open_at)
        lo = self.paras[n][0]
        if n == 0 or self.text[lo:q.open_at].strip():
            return None
        plo, phi = self.paras[n - 1]
        if not self.text[plo:phi].rstrip().endswith(":"):
            return None
        return self._before(-1, q, lo=plo, end=self._token_at(phi - 1) + 1)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
