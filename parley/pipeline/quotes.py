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
   speech verb is the clause subject's (``Hajiyev highlighted the role of Russia, "whose ..."``);
   these attributions are found by :mod:`parley.pipeline.quote_attribution`. A stretch with no
   cue of its own continues the speaker of the quote or report before it in
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

from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from parley.models import Quote
from parley.pipeline.actor_titles import TITLE_WORDS
from parley.pipeline.apostrophes import SOURCE_KEY, as_written
from parley.pipeline.cues import SpeechCues, load_cues
from parley.pipeline.quote_attribution import AttributionFinder
from parley.pipeline.quote_marks import QuotedStretch, find_quotes, paragraphs
from parley.pipeline.reported import Report, find_reports
from parley.pipeline.speakers import NOBODY, Speaker, SpeakerResolver

VERSION = "parley.quotes.v2"

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


class QuoteExtractor:
    """Finds quotes and reported speech in a document and attributes them (steps 1-4 above)."""

    def __init__(self, cues: SpeechCues, person_nouns: frozenset[str]) -> None:
        self.cues = cues
        self.person_nouns = person_nouns

    def __call__(self, doc: Doc) -> Doc:
        quotes = _Reader(self.cues, self.person_nouns, doc).run()
        source = doc.user_data.get(SOURCE_KEY)
        if source and source != doc.text:  # "the prisoners’ release": the words as the article writes them
            quotes = [q.model_copy(update={"text": as_written(q.text, q.span, doc.text, source)}) for q in quotes]
        doc._.quotes = quotes
        return doc


class _Reader(AttributionFinder):
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

    # -- step 4 ----------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        spans = [(q.start, q.end) for q in self.stretches]
        self.reports = [self._from_report(r) for r in find_reports(self.doc, self.cues, self.quoted, spans)]
        statements = self._direct() + self.reports
        self._embed_in_reports(statements)
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

    def _embed_in_reports(self, statements: list[_Statement]) -> None:
        """'He stated that Israel would agree to a ceasefire only if assured that "Hezbollah is not on
        our border"': a quote inside a report whose subject is part of what is reported (not a speaker
        of its own) is the reporting speaker's words."""
        for st in statements:
            if not st.direct or st.follows is not None or st.subject is None:
                continue
            if self.cues.is_verb(st.subject.head):
                continue  # 'Erdoğan told Putin that Turkey wanted "...", his office said': Erdoğan's words
            at = st.subject.idx
            outer = [r for r in self.reports if r.start <= st.start and st.end <= r.end and r.start <= at < r.end
                     and r.subject is not None and not r.start <= r.subject.idx < r.end]
            if outer:
                st.follows = min(outer, key=lambda r: r.end - r.start)

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
                elif (told := self._sentence_before(q)) is not None:
                    clause = told
                    st.cue, st.subject, st.anchor = told.cue, told.subject, told.anchor
                if clause is None:
                    st.anchor = self._token_at(q.start)
            out.append(st)
            by_paragraph.setdefault(self._paragraph_of(q.open_at), []).append(st)
            out.extend(self._paragraph_parts(q, st, by_paragraph))
        return out

    def _paragraph_parts(self, q: QuotedStretch, first: _Statement,
                         by_paragraph: dict[int, list[_Statement]]) -> list[_Statement]:
        """A quotation run over several paragraphs (an opening mark on each, one closing mark) is one
        quote per paragraph, each the speaker's of the first."""
        if len(q.parts) < 2:
            return []
        s, e = q.parts[0]
        first.start, first.end, first.text = s, e, self.text[s:e]
        rest = []
        for s, e in q.parts[1:]:
            st = _Statement(s, e, self.text[s:e], True, first.cue, medium=first.medium,
                            anchor=self._token_at(s), follows=first)
            rest.append(st)
            by_paragraph.setdefault(self._paragraph_of(s), []).append(st)
        return rest

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

@Language.factory(
    "parley_quotes",
    default_config={"cues_file": None},
    # token.pos is read too, but the attribute ruler that sets it does not declare it
    requires=["doc._.actors", "token.dep", "token.lemma"],
    assigns=["doc._.quotes"],
)
def make_quotes(nlp: Language, name: str, cues_file: str | None) -> QuoteExtractor:
    return QuoteExtractor(load_cues(Path(cues_file) if cues_file else None), TITLE_WORDS)
