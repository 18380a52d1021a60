"""The ``parley_figures`` stage: counts of people and things that humanitarian and conflict analysts track.

Steps, for each sentence:

1. Amounts are read where they are written ("2,899", "5.4 million", "1.2m", "two dozen", "Two hundred and
   seven", "200 000"); numbers inside a date, a time, money, a percentage, an ordinal, an age or a ratio
   ("one in every 20") are skipped.
2. The counted noun is found from the parse ("2,899 *civilians*", "hundreds of *people*"); a noun
   that makes the number a measurement ("60 km", "40 years") ends it. A part of a pool ("release 50 of 236
   hostages") counts the pool's noun and takes the clause's measure; the pool is counted only as what its own
   words name ("236 hostages" are held). "One of the ships" refers to one, it counts nothing.
3. The measure comes from the words of ``resources/figure_measures.yaml``, tried in this order:
   a participle or modifier of the counted noun ("3,235 others *injured*"), the verb the noun is
   subject or object of ("have been *killed*", "*killing* 46"), a noun that governs it ("the
   *evacuation* of 500 people"), a running total ("the death *toll* rose to 15,899"), the counted
   noun itself ("5.4 million *refugees*"). A number without a measure is no figure. Before the parse is
   trusted, readings in word order (``figure_totals.py``), as the small parser often misattaches these: a number after
   "rose to"/"bringing ... to" is the total its subject or object names ("the death toll ... has risen to at
   least 132"), and a participle or infinitive right after a bare number is its verb ("three missing and 21
   arrested", "1.2 million to seek refuge"). A modifier that only says who is counted ("displaced Syrians")
   yields to what the clause says happened to them ("have gone back"). A displacement that explicitly counts both
   sides of a border ("either uprooted within the country or fleeing overseas", "including 3 million who fled
   abroad") is ``displaced``, docs/annotation.md's combined total.
4. The qualifier is read from the words before the number ("at least", "nearly") or after it
   ("or more"); a total that "crossed" or "exceeded" a number is more than it.
5. The source is the actor named in "according to ...", the speaker of a quote holding the figure,
   or the subject of a reporting verb above it ("data from the U.N. refugee agency shows"), the nearest
   first, with a carrier noun looked through ("U.N. estimates" -> United Nations); an "it", "they" or "he", or a
   definite report naming no one ("The report said"), stands for who reported in the sentence before; a next
   sentence "This was announced by X" names X; a humanitarian body counting what it did itself ("WHO evacuated 97
   people"); the UN body whose own release the document is.
6. Place, period and date: a location or state the clause puts it "in"; the sentence's date with
   relation ``since`` (period_start) and ``as_of`` or the reporting verb's date (as_of).
7. Figures of one sentence share their context: a later figure without a source, place or period
   takes the earlier one's, and "others" or "550 more" take the earlier subject and measure; the parts of a
   count ("including 12 guards", "17 dead -- 11 soldiers and six civilians", "that include ten soldiers") are
   counted as it is unless a word or verb of their own says otherwise ("including 1,081 killed"). A figure
   never borrows from another sentence: the text would have to say so, and a parse cannot tell.

Vague amounts ("hundreds", "tens of thousands") are dropped by default, as the project's gold
annotations leave them out; with ``keep_vague`` they are kept at their least value ("hundreds" =
200, qualifier ``at_least``) and flagged ``vague``. Fractions ("a third of the population") are
never read: they resolve to a count only through a population figure the text seldom gives.
"""


from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from parley import lexicon
from parley.models import Figure
from parley.pipeline.extensions import ActorTable, DateMention
from parley.pipeline.figure_counts import CountReader, FigureDraft, count_after_month, lemma_of, word_set
from parley.pipeline.figure_measures import DASHES, MeasureReader
from parley.pipeline.figure_sources import PLACE_PREPS, SourceFinder
from parley.pipeline.figure_totals import combined_displacement

VERSION = "parley.figures.v2"
# measures of people who moved or stay away: a part of such a count keeps its own kind of move
MOVES = frozenset({"internally_displaced", "refugees", "displaced", "returned", "deported", "evacuated"})


def _refers_back(doc: Doc, f: Figure) -> bool:
    """Whether a figure is written as a definite count ("the 13 prisoners"), naming people counted before."""
    span = doc.char_span(f.span[0], f.span[1], alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in ("the", "these", "those")


def _same_people(a: str | None, b: str | None) -> bool:
    """Whether two subjects may count the same people: one unknown, or one's words within the other's."""
    if not a or not b:
        return True
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa


class FigureExtractor:
    """Finds humanitarian figures in a document (steps 1-7 of the module docstring)."""

    def __init__(self, measures_file: Path | None = None, keep_vague: bool = False) -> None:
        data = lexicon.mapping("figure_measures.yaml", measures_file)
        self.counts = CountReader(data)  # steps 1, 2 and 4 (parley/pipeline/figure_counts.py)
        self.measures = MeasureReader(data, self.counts)  # step 3 (figure_measures.py)
        self.sources = SourceFinder(data)  # step 5 (figure_sources.py)
        self.keep_vague = keep_vague
        self.goods = word_set(data.get("goods"))
        # heads whose compound or possessor may name a figure's place: "the Gaza death toll"
        self.place_heads = self.measures.totals | {"toll", "death"}

    # -- step 6: place and dates ---------------------------------------------------------
    def _place(self, draft: FigureDraft, sent: Span, table: ActorTable | None, exclude: set[int]) -> str | None:
        if table is None:
            return None
        region: list[Token] = []
        for anchor in (draft.trigger, draft.noun, draft.head):
            if anchor is not None:
                region += list(anchor.subtree)
        region += list(sent)
        for t in region:
            if t.i in exclude or t.dep_ not in ("pobj", "dobj", "compound", "poss"):
                continue
            if t.dep_ == "pobj" and t.head.lower_ not in PLACE_PREPS:
                continue
            if t.dep_ in ("compound", "poss") and t.head.lemma_.lower() not in self.place_heads:
                continue
            m = table.at(t)
            actor = table.get(m.actor_id) if m else None
            if actor is not None and actor.type in ("location", "state"):
                return actor.name
        return None

    @staticmethod
    def _dates(sent: Span, dates: list[DateMention], source_verb: Token | None) -> tuple[str | None, str | None]:
        inside = [d for d in dates if sent.start <= d.start and d.end <= sent.end]
        period = next((d.value for d in inside if d.relation == "since"), None)
        as_of = next((d.value for d in inside if d.relation == "as_of"), None)
        if as_of is None and source_verb is not None:
            doc = sent.doc
            for d in inside:
                root = doc[d.start:d.end].root
                if root.head.i == source_verb.i or (root.head.head.i == source_verb.i and root.head.dep_ == "prep"):
                    as_of = d.value
                    break
        return period, as_of


    # -- the stage -----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        table: ActorTable | None = doc._.actors
        dates: list[DateMention] = list(doc._.dates or [])
        skip = {i for d in dates for i in range(d.start, d.end) if not count_after_month(doc[i])}
        figures: list[Figure] = []
        sentence_of: list[int] = []
        for n, sent in enumerate(doc.sents):
            found = self._sentence(doc, sent, table, dates, skip)
            figures.extend(found)
            sentence_of.extend([n] * len(found))
        # a UN body's own release reports its own figures: "UNHCR (via ReliefWeb)" sources what no one else does
        publisher = self.sources.reporting_publisher(getattr(doc._.meta, "source", None))
        if publisher:
            figures = [f if f.source else f.model_copy(update={"source": publisher}) for f in figures]
        # a figure repeated later (a quote restating it, a summary) is one figure, completed by the repeats; two
        # in one sentence ("released 35 Ukrainian soldiers ... released 35 Russian soldiers") or of other people
        # are two
        unique: list[tuple[Figure, int]] = []
        for f, n in zip(figures, sentence_of, strict=True):
            k = next((k for k, (g, m) in enumerate(unique) if (g.value, g.measure) == (f.value, f.measure)
                      and m != n and _same_people(g.subject, f.subject)), None)
            if k is None and _refers_back(doc, f):  # "The 13 prisoners are part of that agreement"
                k = next((k for k, (g, m) in enumerate(unique) if g.value == f.value and m != n), None)
            if k is None:
                unique.append((f, n))
                continue
            first = unique[k][0]
            missing = {key: getattr(f, key) for key in ("source", "place", "period_start", "as_of", "subject")
                       if getattr(first, key) is None and getattr(f, key) is not None}
            if missing:
                unique[k] = (first.model_copy(update=missing), unique[k][1])
        doc._.figures = [f for f, _ in unique]
        return doc

    def _sentence(self, doc: Doc, sent: Span, table: ActorTable | None, dates: list[DateMention],
                  skip: set[int]) -> list[Figure]:
        drafts: list[FigureDraft] = []
        not_counts = self.counts.not_counts
        amounts = self.counts.amounts(doc, sent, skip)
        # "release 50 of 236 hostages": the part takes what the clause says, the pool is what its noun is (held)
        pools = {p.start for a in amounts if (p := self.counts.pool_after(doc, a)) is not None}
        for amount in amounts:
            head, noun = self.counts.counted(doc, amount)
            if noun is not None and (lemma_of(noun) in not_counts or noun.lower_ in not_counts):
                continue
            qualifier, start = self.counts.qualifier(doc, amount, sent)
            if amount.start in pools and noun is not None:
                measure = self.measures.own(noun, table)
                if measure is not None:
                    drafts.append(FigureDraft(amount, head, noun, measure, noun, qualifier,
                                              self.counts.subject(noun, None), start, max(amount.end, noun.i + 1)))
                continue
            measure, trigger, rising = self.measures.running_total(doc, sent, start, table)
            if measure is None:
                measure, trigger, rising = self.measures.elided(doc, amount, noun, table, start)
            if measure is None:
                measure, trigger, rising = self.measures.measure(head, noun, table)
            if qualifier == "exact" and rising:
                qualifier = "more_than"
            if amount.vague and qualifier == "exact":
                qualifier = "at_least"
            end = max(amount.end, (noun.i + 1) if noun is not None else 0)
            if trigger is not None and end <= trigger.i < end + 6:
                end = trigger.i + 1
            drafts.append(FigureDraft(amount, head, noun, measure, trigger, qualifier,
                                 self.counts.subject(noun, trigger), start, end, rising))
        self._ranges(doc, drafts)
        parts = self._subsets(doc, drafts, table)
        self._share(doc, drafts, parts)
        combined_displacement(doc, drafts, parts)
        out: list[Figure] = []
        previous: Figure | None = None
        for d in drafts:
            if d.measure is None or (d.amount.vague and not self.keep_vague):
                continue
            source, source_verb = self.sources.source(doc, sent, d, table)
            exclude = set()
            if source_verb is not None:
                for c in source_verb.children:
                    if c.dep_ in ("nsubj", "nsubjpass"):
                        exclude |= {t.i for t in c.subtree}
            period, as_of = self._dates(sent, dates, source_verb)
            span = doc[d.start:d.end]
            fig = Figure(
                value=d.amount.value, qualifier=d.qualifier, measure=d.measure, subject=d.subject,
                place=self._place(d, sent, table, exclude), period_start=period, as_of=as_of, source=source,
                span=(span.start_char, span.end_char), text=span.text, vague=d.amount.vague,
            )
            if previous is not None:  # coordinated figures share their context
                fig = fig.model_copy(update={k: getattr(previous, k) for k in ("source", "place", "period_start", "as_of")
                                             if getattr(fig, k) is None and getattr(previous, k) is not None})
            out.append(fig)
            previous = fig
        return out

    @staticmethod
    def _ranges(doc: Doc, drafts: list[FigureDraft]) -> None:
        """ "20,000 to 30,000 people", "between 200 and 300 people": the bounds of one count, at least the first and
        up to the second, both with the measure of the count."""
        for k in range(1, len(drafts)):
            low, high = drafts[k - 1], drafts[k]
            between = [t.lower_ for t in doc[low.amount.end:high.amount.start]]
            before = doc[low.start - 1].lower_ if low.start > 0 else ""
            one_word = low.amount.start == high.amount.start  # "150–200"
            if not (one_word or between in (["to"], ["-"], ["–"]) or (between == ["and"] and before == "between")) \
                    or before == "from" or low.amount.value >= high.amount.value:  # "rose from 558 to 569"
                continue
            measure, trigger = high.measure or low.measure, high.trigger or low.trigger
            drafts[k - 1] = replace(low, measure=measure, trigger=trigger, subject=low.subject or high.subject,
                                    qualifier="at_least" if low.qualifier == "exact" else low.qualifier)
            drafts[k] = replace(high, measure=measure, trigger=trigger,
                                qualifier="up_to" if high.qualifier == "exact" or one_word else high.qualifier)

    def _subsets(self, doc: Doc, drafts: list[FigureDraft], table: ActorTable | None = None) -> set[int]:
        """ "killed at least 33 people, including 12 guards", "64 civilians, among them at least six children, had been
        admitted with wounds": a part named after a count is counted as the count is, unless its noun names a
        measure of its own ("8 million displaced, including 2 million refugees")."""
        parts: set[int] = set()
        for k in range(1, len(drafts)):
            d = drafts[k]
            words = [t.lower_ for t in doc[max(0, d.start - 2):d.start]]
            # "including 42 women and 24 children": the parts listed after the first ("; 81,000 refugees; and ...")
            gap = doc[drafts[k - 1].end:d.start]
            listed = k - 1 in parts and (0 < len(gap) <= 2 and all(t.lower_ in ("and", ",", ";") for t in gap)
                                         or d.head.dep_ == "conj" and d.head.head.i == drafts[k - 1].head.i) \
                and not (d.trigger is not None and d.noun is not None and d.trigger.i == d.noun.i + 2
                         and lemma_of(doc[d.noun.i + 1]) == "be" and d.trigger.tag_ == "VBN")
            # (", and twenty-two civilians were wounded": a count with a verb of its own is no listed part)
            # "eight women — six of them Thai nationals": a part named by "N of them" after the count
            of_them = [t.lower_ for t in doc[d.amount.end:d.amount.end + 2]] in (["of", "them"], ["of", "whom"])
            # "left 17 dead -- 11 soldiers and six civilians": the parts after a dash
            dashed = 0 < len(gap) <= 2 and any(t.text in DASHES for t in gap) \
                and drafts[k - 1].measure is not None
            if not (listed or of_them or dashed or words[-1:] in (["including"], ["include"], ["includes"])
                    or words in (["among", "them"], ["among", "whom"], ["of", "whom"], ["of", "which"],
                                 ["among", "which"])):  # "displaced nearly 2.8 million people, of which almost
                # 650,000 have fled to neighboring countries" (Reuters)
                continue
            parts.add(k)
            # the whole is the nearest larger count that is no part itself ("including 325,000 returnees; ... 188,000
            # people affected by floods": the second is a part of the total, not of the first)
            total = next((p for j, p in reversed(list(enumerate(drafts[:k]))) if j not in parts
                          and p.measure is not None and p.amount.value > d.amount.value), None)
            whole = total or next((p for p in reversed(drafts[:k]) if p.measure is not None
                                   and p.amount.value > d.amount.value), None)
            # "reached 22.9 million people ..., including ... 81,000 refugees; ... and 31,000 new IDPs": a part of a
            # population in need or reached by aid that its noun names as a move is that move, whatever verb it shares
            if d.noun is not None and total is not None and total.measure in self.measures.populations:
                # the noun itself ("81,000 refugees") or a modifier before it ("120,000 internally displaced people")
                own: str | None = None
                for w in (d.noun, *(c for c in d.noun.children if c.dep_ in ("amod", "compound") and c.i < d.noun.i)):
                    own = self.measures.match(w, d.noun, True, list(d.noun.subtree), table)
                    if own in MOVES:
                        break
                if own in MOVES:
                    drafts[k] = replace(d, measure=own, trigger=w)
                    continue
            # a part with its own word keeps it: "2,788 civilian casualties, including 1,081 killed"
            # or "more than 300,000 residents who had to evacuate their homes": a clause on its own noun
            # ("three children, who were fleeing their village" only says who they are)
            own_word = d.trigger is not None and d.measure not in self.measures.weak and (d.noun is not None and (
                d.trigger.i == d.noun.i or d.trigger.i > d.noun.i and d.trigger in d.noun.subtree
                and d.measure not in self.measures.descriptive) or d.noun is None and d.trigger.i == d.amount.end)
            # "killed at least 17 people, including seven prisoners": a noun that names who they were yields to what
            # happened to the whole; a move keeps its own kind ("8 million displaced, including 2 million refugees")
            # "reached 22.9 million people ..., including 81,000 refugees": a move within a population in need or
            # reached by aid is still that move
            if own_word and whole is not None and d.noun is not None and d.trigger.i == d.noun.i \
                    and d.measure in self.measures.descriptive and whole.measure not in MOVES \
                    and not (d.measure in MOVES and whole.measure in self.measures.populations):
                own_word = False
            # "60 hostages, of whom around 35 are believed to be dead": a verb of the part's own, not the whole's
            own_verb = d.trigger is not None and d.trigger.i > d.amount.end and (
                whole is None or whole.trigger is None or whole.trigger.i != d.trigger.i) and (
                d.noun is None or d.trigger not in d.noun.subtree)
            # "seven fuel trucks – four loaded with cooking gas and three with diesel – entered": a bare part of counted
            # things is those things, whatever its verb
            counted = next((p.noun for p in reversed(drafts[:k]) if p.noun is not None and p.amount.value > d.amount.value),
                           None)
            of_things = d.noun is None and counted is not None and lemma_of(counted) in self.goods
            if whole is None or (d.measure is not None and not of_things and (of_them or own_word or own_verb)):
                continue
            drafts[k] = replace(d, measure=whole.measure, trigger=whole.trigger,
                                subject=d.subject or (whole.subject if of_them else None))
        return parts

    def _share(self, doc: Doc, drafts: list[FigureDraft], parts: set[int]) -> None:
        """ "450 prisoners would be released this week and 550 more": the second takes the first's words; "killing
        nearly 560 victims, including 95 women and 50 children, and injuring 1,835": a later count takes the words of
        the whole, not of its parts."""
        for k in range(1, len(drafts)):
            d = drafts[k]
            # the last count with a measure: "including five children" counts nothing of its own
            prev = next((p for p in reversed(drafts[:k]) if p.measure is not None), drafts[k - 1])
            if k not in parts:
                prev = next((drafts[j] for j in range(k - 1, -1, -1) if j not in parts and drafts[j].measure is not None),
                            prev)
            between = doc[prev.amount.end:d.amount.start]
            linked = len(between) <= 10 and any(t.lower_ in ("and", "while", "with", "or", ",", ";", "plus") for t in between)
            if not linked:
                continue
            # "197 trucks of aid and five of fuel": a number with only an "of" phrase of stuff counts the noun before
            elided = d.noun is not None and d.head.like_num and d.noun.dep_ == "pobj" \
                and not self.counts.countable(d.noun) and prev.noun is not None \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in prev.noun.children)
            bare = elided or d.noun is None or d.noun.lower_ in ("others", "more", "other")
            # "and 550 more": no verb of its own; "although only 370 have been identified" has one
            tied = d.head.dep_ in ("conj", "appos") or d.head.head.i in {
                prev.head.i, prev.trigger.i if prev.trigger is not None else -1} \
                or (elided and d.head.head.i == prev.head.head.i)
            if d.measure is None and bare and prev.measure is not None and tied:
                drafts[k] = d = replace(d, measure=prev.measure, trigger=prev.trigger,
                                        subject=prev.subject if elided else d.subject)
            if d.subject is None and bare and prev.subject is not None:
                drafts[k] = replace(d, subject=prev.subject)
        # "7 children, 2 women killed in Yemen": a participle after the last of a list of counts is said of them all
        for k in range(len(drafts) - 2, -1, -1):
            d, nxt = drafts[k], drafts[k + 1]
            if d.measure is None and nxt.measure is not None and nxt.trigger is not None \
                    and nxt.head.dep_ in ("appos", "conj") and nxt.head.head.i == d.head.i \
                    and nxt.trigger.head.i == nxt.head.i and nxt.trigger.i > nxt.head.i:
                drafts[k] = replace(d, measure=nxt.measure, trigger=nxt.trigger)


@Language.factory(
    "parley_figures",
    default_config={"measures_file": None, "keep_vague": False},
    requires=["token.dep", "token.lemma", "doc.ents", "doc._.actors", "doc._.dates"],
    assigns=["doc._.figures"],
)
def make_figures(nlp: Language, name: str, measures_file: str | None, keep_vague: bool) -> FigureExtractor:
    return FigureExtractor(Path(measures_file) if measures_file else None, keep_vague)
