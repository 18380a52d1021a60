"""The ``parley_quotes`` stage: every direct quote and reported statement, and who made it.

Steps, in order:

1. Quoted stretches are found on the characters (:mod:`parley.pipeline.quote_marks`).
2. Each stretch gets its attribution from the words around it, nearest first: the speech verb
   that governs it (a partial quote inside reported speech; a participle such as ``, stressing
   that "..."`` shares the subject of the verb that reports it), a cue after it in the same
   sentence (``"...," Kalın told AA``, ``"..." according to X``; past a long subject, the first
   speech verb whose subject follows the quote), a cue before it (``Kalın said:
   "..."``, any verb before a colon: ``He continued: "..."``), a name and a colon (``Kalın:
   "..."``), a paragraph ending in a colon before it, or the cue of the next quote of the same
   sentence (``"..." but rather "...," he said``). A statement set in a clause with no
   speech verb is the clause subject's (``Hajiyev highlighted the role of Russia, "whose ..."``).
   A stretch with no cue of its own continues the speaker of the quote or report before it in
   the same paragraph (a quote split around its attribution; ``X claimed that ... "..."``) or,
   when it opens its paragraph, of the last statement of the paragraph before. Short stretches
   with no cue are scare quotes, not statements.
3. Reported speech comes from speech verbs with a clausal complement, "according to X" and
   "in his words" (:mod:`parley.pipeline.reported`); a report that is mostly a direct quote is
   left to step 2.
4. Speakers are resolved in text order (:mod:`parley.pipeline.speakers`), so that "he said"
   finds the last named speaker.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from parley import lexicon
from parley.models import Quote
from parley.pipeline.cues import SUBJECT_DEPS, SpeechCues, load_cues, medium_of, object_after, subject_of
from parley.pipeline.quote_marks import QuotedStretch, find_quotes, paragraphs
from parley.pipeline.reported import Report, find_reports
from parley.pipeline.speakers import NOBODY, Speaker, SpeakerResolver

VERSION = "parley.quotes.v2"

SENTENCE_END = {".", "?", "!"}
DASHES = {"—", "–", "--"}
# How many words (after) or tokens (before) a cue may stand from the quote it attributes.
AFTER_WINDOW = 14
BEFORE_WINDOW = 12
# A stretch with no cue shorter than this (in words), or with no verb, is a scare quote.
MIN_STATEMENT_WORDS = 5


@dataclass
class _Statement:
    """A quote or report while speakers are resolved."""

    start: int
    end: int
    text: str
    direct: bool
    cue: str | None = None
    subject: Token | None = None
    medium: str | None = None
    anchor: int = 0  # token index where the speaker is named, for the order of the discourse
    follows: _Statement | None = None
    speaker: Speaker = field(default=NOBODY)


@dataclass(frozen=True)
class _Attribution:
    cue: str | None
    subject: Token | None
    medium: str | None
    anchor: int


class QuoteExtractor:
    """Finds quotes and reported speech in a document and attributes them (steps 1-4 above)."""

    def __init__(self, cues: SpeechCues, person_nouns: frozenset[str]) -> None:
        self.cues = cues
        self.person_nouns = person_nouns

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = _Reader(self.cues, self.person_nouns, doc).run()
        return doc


class _Reader:
    """Reads one document."""

    def __init__(self, cues: SpeechCues, person_nouns: frozenset[str], doc: Doc) -> None:
        self.cues = cues
        self.person_nouns = person_nouns
        self.doc = doc
        self.text = doc.text
        self.paras = paragraphs(self.text)
        self.para_starts = [s for s, _ in self.paras]
        self.stretches = find_quotes(self.text)
        self.starts = [t.idx for t in doc]
        self.reports: list[_Statement] = []
        self.quoted: set[int] = set()
        for q in self.stretches:
            last = q.close_at if q.close_at is not None else q.end - 1
            self.quoted.update(range(self._token_at(q.open_at), self._token_at(last) + 1))

    def _token_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def _paragraph_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    # -- step 4 ----------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        spans = [(q.start, q.end) for q in self.stretches]
        self.reports = [self._from_report(r) for r in find_reports(self.doc, self.cues, self.quoted, spans)]
        statements = self._direct() + self.reports
        resolver = SpeakerResolver(self.doc, self.quoted, self.cues, self.person_nouns)
        for st in sorted((s for s in statements if s.follows is None), key=lambda s: (s.anchor, s.start)):
            st.speaker = resolver.resolve(st.subject)
            if st.speaker.actor_id is not None and st.subject is not None:
                resolver.note(st.subject, st.speaker.actor_id)
        for st in sorted(statements, key=lambda s: s.start):
            if st.follows is not None:
                st.speaker = st.follows.speaker
        return [
            Quote(speaker=s.speaker.actor_id, speaker_text=s.speaker.text, speaker_span=s.speaker.span,
                  text=s.text, span=(s.start, s.end), direct=s.direct, cue=s.cue, medium=s.medium)
            for s in sorted(statements, key=lambda s: (s.start, not s.direct))
        ]

    # -- step 3 ----------------------------------------------------------------------------
    def _from_report(self, r: Report) -> _Statement:
        return _Statement(r.start, r.end, r.text or self.text[r.start:r.end], False, r.cue, r.subject, r.medium,
                          anchor=r.subject.i if r.subject is not None else r.cue_token)

    # -- step 2 ----------------------------------------------------------------------------
    def _direct(self) -> list[_Statement]:
        out: list[_Statement] = []
        by_paragraph: dict[int, list[_Statement]] = {}
        for k, q in enumerate(self.stretches):
            a = (self._embedding(q) or self._after(k, q) or self._before(k, q) or self._headline(q)
                 or self._colon_before(q) or self._after_next(k, q))
            st = _Statement(q.start, q.end, q.text(self.text), True)
            if a is not None:
                st.cue, st.subject, st.medium, st.anchor = a.cue, a.subject, a.medium, a.anchor
            else:
                if not self._statement_like(q):
                    continue  # a scare quote or a title: nobody says it
                clause = self._clause_of(q)
                prev = self._previous_statement(q, by_paragraph) if clause is None else None
                if clause is not None:
                    st.cue, st.subject, st.anchor = clause.cue, clause.subject, clause.anchor
                elif prev is not None:
                    st.follows, st.cue = prev, prev.cue
                elif not q.closed:
                    continue  # a stray mark: recovered text nobody is said to have spoken
                if clause is None:
                    st.anchor = self._token_at(q.start)
            out.append(st)
            by_paragraph.setdefault(self._paragraph_of(q.open_at), []).append(st)
        return out

    def _clause_of(self, q: QuotedStretch) -> _Attribution | None:
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
        return _Attribution(verb.lemma_.lower(), subject, None, subject.i)

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

    def _previous_statement(self, q: QuotedStretch, by_paragraph: dict[int, list[_Statement]]) -> _Statement | None:
        n = self._paragraph_of(q.open_at)
        same = by_paragraph.get(n)
        if same:
            return same[-1]  # "...," he said. "..."
        lo = self.paras[n][0]
        told = [r for r in self.reports if lo <= r.start and r.end <= q.open_at]
        if told:
            # 'Peskov claimed that the deal collapsed ... "Therefore, its deal has been terminated."'
            return max(told, key=lambda r: r.end)
        if self.text[lo:q.open_at].strip() or n == 0:
            return None
        # A quote paragraph with no cue continues the speaker of the paragraph before.
        return self._last_statement_in(n - 1, by_paragraph)

    def _last_statement_in(self, n: int, by_paragraph: dict[int, list[_Statement]]) -> _Statement | None:
        lo, hi = self.paras[n]
        found = by_paragraph.get(n, []) + [r for r in self.reports if lo <= r.start < hi]
        return max(found, key=lambda s: s.end) if found else None

    def _statement_like(self, q: QuotedStretch) -> bool:
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            return False
        words = [t for t in span if t.is_alpha]
        return len(words) >= MIN_STATEMENT_WORDS and any(t.pos_ in ("VERB", "AUX") for t in span)

    def _attribution(self, cue: Token) -> _Attribution:
        subject = subject_of(cue)
        head = cue.head
        if cue.dep_ == "conj" and head.dep_ == "ccomp" and not self.cues.is_verb(head) \
                and self.cues.is_verb(head.head) and not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
            # 'Rubio announced that Washington would present the offer and declared that "..."': the
            # parser joins the second speech verb to the reported clause; it is the first one's
            subject = subject_of(head.head)
        anchor = subject.i if subject is not None else cue.i
        return _Attribution(cue.lemma_.lower(), subject, medium_of(cue, self.cues, self.quoted), anchor)

    def _embedding(self, q: QuotedStretch) -> _Attribution | None:
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

    def _after(self, k: int, q: QuotedStretch) -> _Attribution | None:
        """A cue after the quote in the same sentence: '"...," Kalın told AA', '"..." according to X'."""
        if q.close_at is None:
            return None
        doc = self.doc
        hi = self.paras[self._paragraph_of(q.close_at)][1]
        i = self._token_at(q.close_at) + 1
        if i + 1 < len(doc) and doc[i].text in DASHES:
            # '"..." — U.N. Secretary-General Ban Ki-moon, demanding ...': a byline of the quote
            name = next((t for t in doc[i + 1:min(len(doc), i + 8)] if t.pos_ == "PROPN" and (
                t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "PROPN")), None)
            if name is not None:
                return _Attribution(None, name, None, name.i)
        words = 0
        while i < len(doc) and words < AFTER_WINDOW and doc[i].idx < hi:
            t = doc[i]
            if not (t.is_punct or t.is_space):
                words += 1
            if t.i in self.quoted or t.text in SENTENCE_END:
                return None
            phrase = self.cues.phrase_at(doc, i)
            if phrase is not None:
                lemma, end, poss = phrase
                subject = poss or object_after(doc, end)
                return _Attribution(lemma, subject, None, subject.i if subject is not None else i)
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
        return None

    def _after_next(self, k: int, q: QuotedStretch) -> _Attribution | None:
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

    def _before(self, k: int, q: QuotedStretch, lo: int | None = None, end: int | None = None) -> _Attribution | None:
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
                    return _Attribution(phrase[0], subject, None, subject.i if subject is not None else i)
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

    def _headline(self, q: QuotedStretch) -> _Attribution | None:
        """'Kalın: "..."': a name and a colon before a quote that opens its paragraph."""
        lo = self.paras[self._paragraph_of(q.open_at)][0]
        head = self.text[lo:q.open_at].strip()
        if not head.endswith(":") or len(head.split()) > 6:
            return None
        span = self.doc.char_span(lo, lo + self.text[lo:q.open_at].rindex(":"), alignment_mode="contract")
        if span is None or not len(span) or not all(t.pos_ == "PROPN" or t.is_punct or t.pos_ == "DET"
                                                     or t.text[:1].isupper() for t in span):
            return None
        return _Attribution(None, span[-1], None, span[-1].i)

    def _colon_before(self, q: QuotedStretch) -> _Attribution | None:
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


@Language.factory(
    "parley_quotes",
    default_config={"cues_file": None},
    # token.pos is read too, but the attribute ruler that sets it does not declare it
    requires=["doc._.actors", "token.dep", "token.lemma"],
    assigns=["doc._.quotes"],
)
def make_quotes(nlp: Language, name: str, cues_file: str | None) -> QuoteExtractor:
    titles = lexicon.mapping("titles.yaml")
    person_nouns = frozenset(t for t in titles if " " not in t)
    return QuoteExtractor(load_cues(Path(cues_file) if cues_file else None), person_nouns)
