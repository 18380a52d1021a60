"""The ``parley_figures`` stage: counts of people and things that humanitarian and conflict analysts track.

Steps, for each sentence:

1. Amounts are read where they are written ("2,899", "5.4 million", "1.2m", "two dozen", "Two hundred and
   seven", "200 000"); numbers inside a date, a time, money, a percentage, an ordinal, an age or a ratio
   ("one in every 20") are skipped.
2. The counted noun is found from the parse ("2,899 *civilians*", "hundreds of *people*"); a noun
   that makes the number a measurement ("60 km", "40 years") ends it.
3. The measure comes from the words of ``resources/figure_measures.yaml``, tried in this order:
   a participle or modifier of the counted noun ("3,235 others *injured*"), the verb the noun is
   subject or object of ("have been *killed*", "*killing* 46"), a noun that governs it ("the
   *evacuation* of 500 people"), a running total ("the death *toll* rose to 15,899"), the counted
   noun itself ("5.4 million *refugees*"). A number without a measure is no figure. Before the parse is
   trusted, two readings in word order, as the small parser often misattaches these: a number after
   "rose to"/"bringing ... to" is the total its subject or object names ("the death toll ... has risen to at
   least 132"), and a participle or infinitive right after a bare number is its verb ("three missing and 21
   arrested", "1.2 million to seek refuge"). A modifier that only says who is counted ("displaced Syrians")
   yields to what the clause says happened to them ("have gone back").
4. The qualifier is read from the words before the number ("at least", "nearly") or after it
   ("or more"); a total that "crossed" or "exceeded" a number is more than it.
5. The source is the actor named in "according to ...", the speaker of a quote holding the figure,
   or the subject of a reporting verb above it ("data from the U.N. refugee agency shows"), the nearest
   first, with a carrier noun looked through ("U.N. estimates" -> United Nations); a humanitarian body
   counting what it did itself ("WHO evacuated 97 people"); the UN body whose own release the document is.
6. Place, period and date: a location or state the clause puts it "in"; the sentence's date with
   relation ``since`` (period_start) and ``as_of`` or the reporting verb's date (as_of).
7. Figures of one sentence share their context: a later figure without a source, place or period
   takes the earlier one's, and "others" or "550 more" take the earlier subject and measure. A figure
   never borrows from another sentence: the text would have to say so, and a parse cannot tell.

Vague amounts ("hundreds", "tens of thousands") are dropped by default, as the project's gold
annotations leave them out; with ``keep_vague`` they are kept at their least value ("hundreds" =
200, qualifier ``at_least``) and flagged ``vague``. Fractions ("a third of the population") are
never read: they resolve to a count only through a population figure the text seldom gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from parley import lexicon
from parley.models import Figure, Qualifier
from parley.pipeline.extensions import ActorTable, DateMention
from parley.pipeline.numbers import Amount, is_number_start, read_amount, tens_of

VERSION = "parley.figures.v2"

SKIP_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}
CURRENCY = {"$", "€", "£", "us$", "usd", "eur", "gbp", "¥"}
PERCENT = {"%", "percent", "per", "pct"}
NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative", "appos", "npadvmod", "pobj", "conj", "ROOT"}
PLACE_PREPS = {"in", "across", "throughout", "inside", "within", "into"}
SOURCE_TYPES = ("organization", "person", "state", "group")
RELATIVES = {"who", "that", "which", "whom"}
REPORTING_SECTORS = {"IGO", "NGO"}  # humanitarian bodies, whose own operations they count and report
DASHES = {"-", "–", "—", "--"}
SCALE_WORDS = {"million", "thousand", "hundred", "billion", "dozen", "dozens", "score", "scores", "hundreds",
               "thousands", "millions"}


@dataclass(frozen=True)
class MeasureRule:
    """One entry of ``measures`` in figure_measures.yaml."""

    measure: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    with_: frozenset[str]
    counted: frozenset[str]
    not_counted: frozenset[str]
    sentence_wide: bool  # ``with`` words are looked for in the whole sentence, not the trigger's clause


@dataclass
class _Draft:
    """A figure while its sentence is read."""

    amount: Amount
    head: Token  # the counted noun, or the number's own root
    noun: Token | None
    measure: str | None
    trigger: Token | None
    qualifier: Qualifier
    subject: str | None
    start: int
    end: int
    rising: bool = False


def _no_date_part(tok: Token) -> bool:
    """A number the tagger put in a date that no date has: "Since 24 Feb 2022, 19391 children were deported"."""
    text = tok.text.replace(",", "")
    return text.isdigit() and ("," in tok.text or (len(text) >= 5 and not text.startswith("0")))


def _same_people(a: str | None, b: str | None) -> bool:
    """Whether two subjects may count the same people: one unknown, or one's words within the other's."""
    if not a or not b:
        return True
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa


def _words(values: Any) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values or ())


class FigureExtractor:
    """Finds humanitarian figures in a document (steps 1-7 of the module docstring)."""

    def __init__(self, measures_file: Path | None = None, keep_vague: bool = False) -> None:
        data = lexicon.mapping("figure_measures.yaml", measures_file)
        self.rules = [MeasureRule(
            measure=str(e["measure"]), verbs=_words(e.get("verbs")), nouns=_words(e.get("nouns")),
            with_=_words(e.get("with")), counted=_words(e.get("counted")), not_counted=_words(e.get("not_counted")),
            sentence_wide=e.get("scope") == "sentence",
        ) for e in data["measures"]]
        self.people = _words(data.get("people"))
        self.people_suffixes = tuple(_words(data.get("people_suffixes")))
        self.descriptive = _words(data.get("descriptive"))
        self.generic_sources = _words(data.get("generic_sources"))
        self.things = _words(data.get("things"))
        self.not_counts = _words(data.get("not_counts"))
        self.governs = _words(data.get("governs"))
        self.totals = _words(data.get("totals"))
        self.total_verbs = _words(data.get("total_verbs"))
        self.rising = _words(data.get("rising"))
        self.qualifiers: dict[str, Qualifier] = {str(k).lower(): v for k, v in (data.get("qualifiers") or {}).items()}
        self.after_qualifiers: dict[str, Qualifier] = {
            str(k).lower(): v for k, v in (data.get("after_qualifiers") or {}).items()}
        self.source_verbs = _words(data.get("source_verbs"))
        self.carriers = _words(data.get("source_carriers"))
        self.keep_vague = keep_vague
        # bodies whose own releases report figures (resources/figure_sources.yaml, shared with the store)
        self.reporting_bodies = sorted((str(n) for n in (lexicon.resource("figure_sources.yaml") or {}).get(
            "un", {}).get("names", [])), key=len, reverse=True)
        # names of countries: the actors stage types "Bangladesh" in "fled to Bangladesh" as a location
        self.countries = frozenset(str(n).lower() for c in lexicon.entries("countries.yaml", key="iso3")
                                   for n in [c.get("name"), *(c.get("aliases") or [])] if n)

    # -- step 1: amounts -----------------------------------------------------------------
    def _amounts(self, doc: Doc, sent: Span, skip: set[int]) -> list[Amount]:
        found: list[Amount] = []
        i = sent.start
        while i < sent.end:
            tok = doc[i]
            if i in skip or (tok.ent_type_ in SKIP_ENTS and not _no_date_part(tok)) \
                    or not (is_number_start(tok) or tok.lower_ in ("tens", "half")):
                i += 1
                continue
            amount = tens_of(doc, i) if tok.lower_ == "tens" else self._half(doc, i) if tok.lower_ == "half" \
                else read_amount(doc, i)
            if amount is None or amount.end > sent.end:
                i += 1
                continue
            ratio = self._ratio_end(doc, amount)
            if ratio:  # "more than one in every 20 inhabitants", "one in five children": a share, not a count
                i = ratio
                continue
            if not self._is_measurement(doc, amount):
                found.append(amount)
            i = amount.end
        return found

    @staticmethod
    def _ratio_end(doc: Doc, amount: Amount) -> int:
        """The end of "N in (every) M" or "N out of M" after an amount, or 0."""
        j = amount.end
        words = [t.lower_ for t in doc[j:j + 3]]
        if words[:1] == ["in"]:
            j += 2 if words[1:2] in (["every"], ["each"]) else 1
        elif words[:2] == ["out", "of"]:
            j += 2
        else:
            return 0
        if j < len(doc) and is_number_start(doc[j]):
            inner = read_amount(doc, j)
            return inner.end if inner is not None else 0
        return 0

    @staticmethod
    def _half(doc: Doc, i: int) -> Amount | None:
        """ "half a million" """
        if i + 2 < len(doc) and doc[i + 1].lower_ in ("a", "an"):
            inner = read_amount(doc, i + 1)
            if inner is not None and inner.value >= 100:
                return Amount(i, inner.end, inner.value / 2)
        return None

    def _is_measurement(self, doc: Doc, amount: Amount) -> bool:
        """Money, percentages, ages, times and years are no counts of people."""
        before = doc[amount.start - 1] if amount.start > 0 else None
        after = doc[amount.end] if amount.end < len(doc) else None
        if before is not None and (before.lower_ in CURRENCY or before.is_currency):
            return True
        if after is not None:
            if after.lower_ in PERCENT or after.is_currency or after.lower_ in CURRENCY:
                return True
            if after.text == "-" and amount.end + 1 < len(doc) and doc[amount.end + 1].lemma_.lower() in self.not_counts:
                return True  # "12-year-old", "60-km"
            if after.lemma_.lower() in self.not_counts or after.lower_ in self.not_counts:
                return True
        if any(t.ent_type_ in SKIP_ENTS and not _no_date_part(t) for t in doc[amount.start:amount.end]):
            return True
        if before is not None and before.text == "," and amount.start > 1 and doc[amount.start - 2].pos_ == "PROPN" \
                and (after is None or after.text in (",", ";", ".", ")") or after.lower_ == "and"):
            return True  # "Eli Sharabi, 52; Ohad Ben Ami, 56": ages after names
        if after is not None and after.text == "-" and amount.end + 1 < len(doc):
            after = doc[amount.end + 1]  # "the 50-truck convoy"
        if before is not None and before.lower_ in ("the", "these", "those") and (after is None or after.pos_ not in (
                "NOUN", "PROPN", "ADJ", "NUM")):
            return True  # "the four were freed" refers back to people counted elsewhere
        first = doc[amount.start]
        # a bare four-digit year ("in 2003"); "2,003" and "2003 people" are counts
        return (len(first.text) == 4 and first.text.isdigit() and 1900 <= int(first.text) <= 2100
                and amount.end - amount.start == 1 and (after is None or after.pos_ not in ("NOUN", "PROPN")))

    # -- steps 2-3: counted noun and measure ---------------------------------------------
    def _counted(self, doc: Doc, amount: Amount) -> tuple[Token, Token | None]:
        span = doc[amount.start:amount.end]
        root = span.root
        head = root.head
        after = amount.end
        if after + 1 < len(doc) and doc[after].text == "-" and doc[after + 1].pos_ == "NOUN":
            return doc[after + 1], doc[after + 1]  # "a 46-truck convoy"
        # "730,000 and 220,000 individuals fleeing": the later number counts the noun after it
        if root.dep_ == "conj" and head.like_num and head.dep_ == "nummod" and head.head.i > root.i:
            return head.head, head.head
        if root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and head.i >= amount.end \
                and head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON"):
            if head.pos_ == "ADJ" and head.lemma_.lower() not in self.people:
                return root, None  # "6,884 killed": the participle is the trigger, not a noun
            # "308 aid workers": the small parser hangs the number on the first word of the compound
            while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head
            return head, head
        for child in root.children:  # "hundreds of people", "2,719 of them": the verb governs the number
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                    return root, pobj
        if root.pos_ in ("NOUN", "PROPN") and root.lower_ not in SCALE_WORDS:
            return root, root
        # the parser left the number unattached ("Since 24 Feb 2022, 19391 Ukrainian children were deported"):
        # the noun right after it, through its modifiers, is what it counts
        if root.dep_ in ("mark", "dep", "advmod", "npadvmod", "punct"):
            run = []
            for t in doc[amount.end:amount.end + 4]:
                if t.pos_ not in ("ADJ", "NOUN", "PROPN"):
                    break
                run.append(t)
            nouns = [t for t in run if t.pos_ == "NOUN"]
            if nouns and self._countable(nouns[-1]):
                return nouns[-1], nouns[-1]
        return root, None

    def _lemma(self, tok: Token) -> str:
        return tok.lemma_.lower()

    def _match(self, tok: Token, noun: Token | None, as_noun: bool, region: list[Token], table: ActorTable | None
               ) -> str | None:
        lemma, low = self._lemma(tok), tok.lower_
        forms = {lemma, low}
        if low.endswith("ed") and tok.pos_ == "ADJ":  # the tagger leaves "repatriated" an adjective
            forms |= {low[:-1], low[:-2]}
        counted = self._lemma(noun) if noun is not None else None
        for rule in self.rules:
            words = rule.nouns if as_noun else rule.verbs
            if not forms & words:
                continue
            if rule.counted and (noun is None or (counted not in rule.counted and noun.lower_ not in rule.counted)):
                continue
            if rule.not_counted and counted in rule.not_counted:
                continue
            scope = list(tok.sent) if rule.sentence_wide else region
            if rule.with_ and not self._has_context(rule.with_, tok, scope, table):
                continue
            return rule.measure
        return None

    def _has_context(self, words: frozenset[str], tok: Token, region: list[Token], table: ActorTable | None) -> bool:
        for t in region:
            if t.i == tok.i and tok.pos_ != "NOUN":
                continue
            if t.lemma_.lower() in words or t.lower_ in words:
                return True
            if ("@state" in words or "@in_state" in words) and table is not None and t.dep_ in ("dobj", "pobj"):
                m = table.at(t)
                actor = table.get(m.actor_id) if m else None
                # a country, not a town: "36,000 people fled El Fasher" stay inside Sudan; and a country they went
                # to or left, not one the fighting was in ("fled the conflict in Sudan across the border")
                if actor is not None and (actor.type == "state" or actor.name.lower() in self.countries) and (
                        t.dep_ == "dobj" or t.head.lower_ in ("to", "into", "across", "for", "abroad")
                        or (t.head.lower_ == "in" and "@in_state" in words)):
                    return True
        return False

    @staticmethod
    def _region(tok: Token) -> list[Token]:
        """The trigger's own clause: its objects and modifiers, not the clauses hung on it."""
        out = [tok]
        for c in tok.children:
            if c.dep_ in ("advcl", "conj", "ccomp", "relcl", "cc", "punct", "nsubj", "nsubjpass", "parataxis"):
                continue
            out.extend(c.subtree)
        if (tok.pos_ == "NOUN" or tok.dep_ in ("amod", "acl")) and tok.head.i != tok.i:
            out.append(tok.head)  # "aid trucks entered", "250 taken hostage" parsed as a modifier of "hostage"
        return out

    def _measure(self, head: Token, noun: Token | None, table: ActorTable | None) -> tuple[str | None, Token | None,
                                                                                            bool]:
        """(measure, trigger, rising) for a counted head: step 3 of the module docstring."""
        verbs_ok = self._countable(noun)
        # a. participles and modifiers of the counted noun: "others injured", "people in need", "people with
        # bullet wounds"; a modifier with its own subject or number is said of something else ("32 thousand
        # injured and 3 million others"), a relative pronoun aside ("people who have crossed the border")
        later_conj = min((c.i for c in head.children if c.dep_ == "conj"), default=len(head.doc))
        described: tuple[str, Token] | None = None
        for c in head.children if verbs_ok else ():
            if c.dep_ in ("acl", "amod", "relcl") and c.i != head.i and not (head.i < later_conj < c.i) \
                    and not any((g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in RELATIVES) or g.like_num
                                for g in c.children):
                m = self._verb_measure(c, noun, table)
                # a modifier that says who is counted ("displaced Syrians", "1.8 million who were displaced",
                # "Gazans detained since October") yields to what the clause says happened to them ("have gone
                # back", "Israel would release ...")
                # but "28 people were killed and 43 children kidnapped": a participle on a conjunct is its verb
                if m and m in self.descriptive and not (c.dep_ == "acl" and head.dep_ == "conj"):
                    described = described or (m, c)
                elif m:
                    return m, c, False
            if c.dep_ == "prep" and c.lower_ in ("in", "with"):
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if pobj is not None:
                    m = self._match(pobj, noun, True, self._region(pobj), table)
                    if m:
                        return m, pobj, False
            if c.dep_ == "punct" and c.text in DASHES and c.i == head.i + 1:  # "1 million people – ... – displaced"
                close = next((t for t in head.doc[c.i + 1:c.i + 16] if t.text in DASHES), None)
                after = head.doc[close.i + 1] if close is not None and close.i + 1 < len(head.doc) else None
                if after is not None and after.tag_ in ("VBN", "JJ"):
                    m = self._verb_measure(after, noun, table)
                    if m:
                        return m, after, False
            if c.dep_ == "prep" and c.lower_ == "of":  # "100 prisoners of war released by a coalition"
                for g in (g for p in c.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "acl"):
                    m = self._verb_measure(g, noun, table)
                    if m:
                        return m, g, False
        # "brought 23 people with severe wounds", "left 18,500 people in need": the phrase right after the noun,
        # wherever the parser hung it
        after = head.doc[head.i + 1] if verbs_ok and noun is not None and head.i + 1 < len(head.doc) else None
        if after is not None and after.dep_ == "prep" and after.lower_ in ("in", "with") and after.head.i != head.i:
            pobj = next((p for p in after.children if p.dep_ == "pobj"), None)
            m = self._match(pobj, noun, True, self._region(pobj), table) if pobj is not None else None
            if m:
                return m, pobj, False
        # "1,002 injured" after "579 civilian deaths and": the participle hangs on the first conjunct
        if noun is None and head.dep_ == "conj":
            for c in head.head.children:
                if c.dep_ in ("acl", "amod") and c.i > head.i:
                    m = self._verb_measure(c, noun, table)
                    if m:
                        return m, c, False
        # "6,884 killed": the number modifies the participle
        if verbs_ok and head.dep_ in ("nummod", "npadvmod", "quantmod") and head.head.pos_ in ("VERB", "ADJ"):
            m = self._verb_measure(head.head, noun, table)
            if m:
                return m, head.head, False
        # b. the verb the noun is subject or object of; conjuncts share their first conjunct's verb
        h = head
        # conjoined counts share the first one's verb ("1,000 civilians and 500 soldiers were killed"), but a
        # number conjoined to an uncounted noun ("needing aid and 16 million") is no such count
        while h.dep_ == "conj" and (h.head.like_num or any(c.dep_ == "nummod" for c in h.head.children)):
            h = h.head
        # "a total of 419,200 refugees have returned": the total is what the verb is said of
        while h.dep_ == "pobj" and h.head.lower_ == "of" and self._lemma(h.head.head) in self.totals \
                and h.head.head.i < h.i and h.head.head.dep_ in NOUN_DEPS:
            h = h.head.head
        if verbs_ok and h.dep_ in NOUN_DEPS and h.head.i != h.i:
            v = h.head
            if v.dep_ in ("aux", "auxpass") and v.head.pos_ == "VERB":
                v = v.head  # "6.3 million people remained displaced", parsed with "remained" as auxiliary
            if h.dep_ == "pobj":
                prep = v
                v = prep.head
                if v.pos_ in ("NOUN", "PROPN") and prep.lower_ in ("of", "for"):
                    m = self._match(v, noun, True, self._region(v), table)  # "the evacuation of 500 people"
                    if m:
                        return m, v, False
                if prep.lower_ == "for" and v.pos_ == "VERB":  # "release 33 hostages for 2,000 prisoners"
                    m = self._verb_measure(v, noun, table)
                    if m:
                        return m, v, False
                if prep.lower_ in ("to", "at", "over", "past", "by") and v.pos_ in ("VERB", "AUX"):
                    total = self._total(v, noun, table)
                    if total[0]:
                        return total
            elif v.pos_ in ("VERB", "AUX", "ADJ"):
                m = self._verb_measure(v, noun, table)
                if m:
                    return m, v, False
                if self._lemma(v) in ("be", "include"):  # "Among those killed are 104 children"
                    m, trigger = self._among(v, h, noun, table)
                    if m:
                        return m, trigger, False
                if self._lemma(v) in self.total_verbs and h.dep_ in ("dobj", "attr"):
                    total = self._total(v, noun, table)
                    if total[0]:
                        return total
                # "an exchange involving 200 prisoners"; a counted thing with a measure of its own keeps it
                # ("a 46-truck convoy carrying more than 750 tonnes")
                if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN") and noun is not None \
                        and self._lemma(noun) not in self.things:
                    # "The displaced families, totalling about 16,200 people": the noun's own modifiers too
                    for w in [v.head, *(c for c in v.head.children if c.dep_ in ("amod", "compound") and c.i < v.head.i)]:
                        m = self._match(w, noun, w.pos_ == "NOUN", self._region(v.head), table)
                        if m:
                            return m, w, False
                    m = None
                    if m:
                        return m, v.head, False
        if described is not None:
            return described[0], described[1], False
        # c. the counted noun itself, then its modifiers ("civilian deaths", "aid trucks"); a noun that only
        # governs a count ("the release of") counts nothing itself ("four swaps")
        if noun is not None and self._lemma(noun) not in self.governs:
            m = self._match(noun, noun, True, self._region(noun) + list(noun.head.subtree)
                            if noun.head.pos_ in ("VERB", "AUX") else self._region(noun), table)
            if m:
                return m, noun, False
            # a modifier measures people or things only: "1,000 refugee children", not "two refugee camps"
            for c in noun.children if verbs_ok else ():
                if c.dep_ in ("compound", "amod") and c.i < noun.i:
                    m = self._match(c, noun, True, self._region(noun), table)
                    if m:
                        return m, c, False
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
            for t in c.subtree:
                if t.pos_ in ("VERB", "ADJ", "NOUN") and not t.like_num:
                    m = self._match(t, noun, t.pos_ == "NOUN", [t], table)
                    if m:
                        return m, t
        return None, None

    def _elided(self, doc: Doc, amount: Amount, noun: Token | None, table: ActorTable | None
                ) -> tuple[str | None, Token | None, bool]:
        """ "16 journalists were injured, three missing and 21 arrested": a participle right after the number; "more
        than 1.2 million to seek refuge in neighboring countries": an infinitive."""
        if noun is not None or amount.end >= len(doc):
            return None, None, False
        t = doc[amount.end]
        if t.lower_ == "to" and t.pos_ == "PART" and amount.end + 1 < len(doc) and doc[amount.end + 1].pos_ == "VERB":
            m = self._verb_measure(doc[amount.end + 1], None, table)
            return (m, doc[amount.end + 1], False) if m else (None, None, False)
        if t.tag_ not in ("VBN", "VBG", "JJ") or (t.dep_ == "amod" and t.head.i > t.i):
            return None, None, False
        m = self._match(t, None, False, self._region(t), table)
        return (m, t, False) if m else (None, None, False)

    def _running_total(self, doc: Doc, sent: Span, start: int, table: ActorTable | None
                       ) -> tuple[str | None, Token | None, bool]:
        """ "the death toll ... has risen to at least 132", "bringing the total death toll ... to 33,482".

        The small parser often hangs such a number on the wrong word, so the words are read in order: a total
        verb before "to"/"at" (or just before the number), then the last measure word of what it puts at the
        number: its object, or else its subject.
        """
        k = start - 1
        if k < sent.start:
            return None, None, False
        if doc[k].lower_ in ("to", "at", "past"):
            verb = next((doc[j] for j in range(k - 1, max(sent.start, k - 30) - 1, -1)
                         if self._lemma(doc[j]) in self.total_verbs and self._lemma(doc[j]) != "be"
                         and doc[j].pos_ in ("VERB", "AUX")), None)
        elif self._lemma(doc[k]) in self.rising | {"reach", "hit", "near"} and doc[k].pos_ == "VERB":
            verb = doc[k]
        else:
            return None, None, False
        if verb is None:
            return None, None, False
        # what rose is the verb's subject ("the death toll ... has risen"); a verb without one ("to reach 10.1
        # million people") puts nothing at the number
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            before = list(subject.subtree)
        elif doc[k].lower_ != "to" or verb.i + 1 < k:
            before = []
        else:  # the parser lost the subject of "has risen to": the nouns just before the verb
            before = [t for t in doc[max(sent.start, verb.i - 15):verb.i] if t.pos_ == "NOUN"]
        for window in (list(doc[verb.i + 1:k]), before):
            for t in reversed(window):
                if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and not t.like_num:
                    m = self._match(t, None, t.pos_ in ("NOUN", "PROPN"), [t], table)
                    if m:
                        return m, t, self._lemma(verb) in self.rising
        return None, None, False

    def _countable(self, noun: Token | None) -> bool:
        """Whether a verb said of this noun can make it a figure: people ("Palestinians"), things, or none."""
        if noun is None:
            return True
        lemma = self._lemma(noun)
        if lemma in self.people or lemma in self.things or noun.lower_ in self.people:
            return True
        # agent and member nouns the list misses: "humanitarians", "medics", "servicemen", "evacuees"
        if noun.pos_ == "NOUN" and lemma.endswith(self.people_suffixes):
            return True
        return noun.ent_type_ == "NORP" or (noun.tag_ in ("NNS", "NNPS") and noun.text[:1].isupper())

    def _verb_measure(self, v: Token, noun: Token | None, table: ActorTable | None, depth: int = 0) -> str | None:
        m = self._match(v, noun, False, self._region(v), table)
        if m:
            return m
        for c in v.children:
            # "were forced to flee", "remain missing", "left 30 dead", "died of their wounds"
            if c.dep_ in ("xcomp", "acomp", "oprd", "attr") or (c.dep_ == "prep" and c.lower_ == "as") \
                    or (c.dep_ == "prep" and c.lower_ == "in" and self._lemma(v) == "be"):
                target = c if c.dep_ != "prep" else next((p for p in c.children if p.dep_ in ("pobj", "amod", "acomp")),
                                                         None)
                if target is not None:
                    m = self._match(target, noun, target.pos_ == "NOUN", self._region(target), table)
                    if m:
                        return m
                    # "are due to be freed", "are expected to be released": down the chain of complements
                    if depth < 2 and target.pos_ in ("VERB", "ADJ", "AUX"):
                        m = self._verb_measure(target, noun, table, depth + 1)
                        if m:
                            return m
        return None

    def _total(self, verb: Token, noun: Token | None, table: ActorTable | None) -> tuple[str | None, Token | None,
                                                                                           bool]:
        """ "the death toll rose to 15,899", "raising the number of repatriated POWs to 3,035" """
        rising = self._lemma(verb) in self.rising
        if self._lemma(verb) not in self.total_verbs:
            return None, None, False
        for c in verb.children:
            if c.dep_ not in ("nsubj", "nsubjpass", "dobj") or self._lemma(c) not in self.totals:
                continue
            for mod in c.children:  # "death toll", "the number of injured people"
                if mod.dep_ in ("compound", "amod"):
                    m = self._match(mod, None, True, [mod], table) or self._match(mod, None, False, [mod], table)
                    if m:
                        return m, mod, rising
                if mod.dep_ == "prep" and mod.lower_ == "of":
                    pobj = next((p for p in mod.children if p.dep_ == "pobj"), None)
                    if pobj is not None:
                        m, trig, _ = self._measure(pobj, pobj, table)
                        if m:
                            return m, trig, rising
            if self._lemma(c) == "toll":
                return "killed", c, rising
        return None, None, False

    # -- step 4: qualifier ---------------------------------------------------------------
    def _qualifier(self, doc: Doc, amount: Amount, sent: Span) -> tuple[Qualifier, int]:
        for n in (3, 2, 1):
            start = amount.start - n
            if start < sent.start:
                continue
            words = " ".join(t.lower_ for t in doc[start:amount.start])
            if words in self.qualifiers:
                return self.qualifiers[words], start
        for n in (2, 1):
            end = amount.end + n
            if end <= sent.end:
                words = " ".join(t.lower_ for t in doc[amount.end:end])
                if words in self.after_qualifiers:
                    return self.after_qualifiers[words], amount.start
        return "exact", amount.start

    # -- subject -------------------------------------------------------------------------
    def _subject(self, noun: Token | None, trigger: Token | None) -> str | None:
        if noun is None or self._lemma(noun) in self.things or noun.lower_ in ("others", "more", "other"):
            return None
        if noun.pos_ == "PRON":
            return None
        words = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
                 and (trigger is None or c.i != trigger.i) and not c.like_num and c.lemma_.lower() not in self.qualifiers]
        start = min([noun.i] + [w.i for w in words])
        return noun.doc[start:noun.i + 1].text

    # -- step 5: source ------------------------------------------------------------------
    def _source(self, doc: Doc, sent: Span, draft: _Draft, table: ActorTable | None) -> tuple[str | None, Token | None]:
        anchor = draft.trigger or draft.head
        chain = [anchor, *anchor.ancestors]
        according = [t for t in sent if t.lower_ == "according"]
        # "according to X" sources the figure when it hangs on the figure's clause or one above it, the nearest
        # first: "Over 9,000 ... killed, according to ACLED, and the U.N. migration agency reports that ... 4.5
        # million" gives the second figure to the agency
        own = next((a for v in chain for a in according if a.head.i == v.i), None)
        reporter = next((v for v in chain if self._lemma(v) in self.source_verbs and v.pos_ == "VERB"
                         and any(c.dep_ == "nsubj" for c in v.children)), None)
        if own is not None and not (reporter is not None and chain.index(reporter) < chain.index(own.head)):
            name = self._according(own, table)
            if name:
                return name, None
        if own is None and reporter is None:
            # a closing "according to UN estimates" covers every figure before it in the sentence
            late = next((a for a in according if a.i > draft.end or a.head.i == sent.root.i), None)
            name = self._according(late, table) if late is not None else None
            if name:
                return name, None
        candidates = list(chain)
        root = sent.root
        candidates += [c for c in root.children if c.dep_ in ("parataxis", "advcl", "conj") and c not in candidates]
        for v in candidates:
            if draft.trigger is not None and v.i == draft.trigger.i:
                continue  # who killed or released is no source of the count
            # "..., UN refugee agency UNHCR estimates.": the tagger makes a last reporting word a noun
            last = v.dep_ == "ROOT" and v.i + 2 >= sent.end and v.tag_ in ("NNS", "VBZ")
            if self._lemma(v) not in self.source_verbs or (v.pos_ not in ("VERB", "AUX") and not last):
                continue
            # ", Deputy Head ... Kyrylo Tymoshenko said.": the name just before the verb is its speaker,
            # whatever the parser made the subject; "the International Organization for Migration (IOM) announced"
            j = v.i - 1
            if j > sent.start + 2 and doc[j].text == ")" and doc[j - 2].text == "(":
                j -= 1
            before = table.at(j) if table is not None and j >= sent.start else None
            named = table.get(before.actor_id) if before is not None and table is not None else None
            # ... unless it only places someone else ("A relief worker in Sebba said")
            if named is not None and named.type in SOURCE_TYPES and before is not None and before.end == j + 1 \
                    and not (doc[j].dep_ == "pobj" and doc[j].head.lower_ in PLACE_PREPS | {"at", "from", "near"}):
                return (self._source_name(doc[j], table) if self._lemma(doc[j]) in self.generic_sources
                        else named.name), v
            # the subject nearest the verb that is not itself a count ("365 more wounded ..., the ministry said")
            subj = next((c for c in sorted(v.children, key=lambda c: -c.i) if c.dep_ in ("nsubj", "nsubjpass")
                         and not c.like_num and not any(g.dep_ == "nummod" for g in c.children)), None)
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            if subj is not None and subj.dep_ == "nsubjpass" and agent is not None:
                subj = next((c for c in agent.children if c.dep_ == "pobj"), subj)
            if subj is None or subj.i == draft.head.i or (draft.noun is not None and subj.i == draft.noun.i):
                continue
            name = self._source_name(subj, table)
            if name:
                return name, v
        # a humanitarian body reports what it did itself: "WHO has facilitated the medical evacuation of five
        # patients", "WFP sent 45 trucks"; a state or armed group doing it ("Israel released 200") is no reporter
        doer = next((c for v in (anchor, *anchor.ancestors) if v.pos_ in ("VERB", "AUX") for c in v.children
                     if c.dep_ == "nsubj"), None)
        m = table.at(doer) if table is not None and doer is not None else None
        actor = table.get(m.actor_id) if m is not None and table is not None else None
        if actor is not None and actor.sector in REPORTING_SECTORS:
            return actor.name, None
        # a figure inside a quote is sourced by its speaker ("...," he said; the quotes stage resolved "he")
        span = (doc[draft.start].idx, doc[draft.end - 1].idx + len(doc[draft.end - 1]))
        for q in doc._.quotes or ():
            if q.speaker and q.span[0] <= span[0] and span[1] <= q.span[1] and table is not None:
                actor = table.get(q.speaker)
                if actor is not None:
                    return actor.name, None
        return None, None

    def _according(self, according: Token, table: ActorTable | None) -> str | None:
        """The source an "according to X" names."""
        to = next((c for c in according.children if c.lower_ == "to"), None)
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        return self._source_name(pobj, table) if pobj is not None else None

    def _source_name(self, tok: Token, table: ActorTable | None) -> str | None:
        doc = tok.doc
        # look through a carrier noun: "U.N. estimates", "data from the U.N. refugee agency", "figures published
        # by Grandi", "the statement released by the ICRC", "OCHA's tally"
        if self._lemma(tok) in self.carriers or tok.lower_ in self.carriers:
            for c in tok.children:
                preps = [c] if c.dep_ == "prep" and c.lower_ in ("from", "by", "of") else [
                    g for g in c.children if g.dep_ == "agent"] if c.dep_ == "acl" else []
                for prep in preps:
                    pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
                    if pobj is not None:
                        return self._source_name(pobj, table)
                if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
                    return self._source_name(c, table)
        if tok.pos_ == "PRON":
            m = table.at(tok) if table is not None else None
            actor = table.get(m.actor_id) if m and table is not None else None
            return actor.name if actor is not None else None
        at = table.at(tok) if table is not None else None
        # an organization's own acronym after its name is the surest name of it ("... Affairs in Sudan (OCHA)")
        for t in tok.subtree if table is not None else ():
            if t.i > tok.i and t.pos_ == "PROPN" and t.text.isupper() and doc[t.i - 1].text == "(" \
                    and t.i + 1 < len(doc) and doc[t.i + 1].text == ")":
                m = table.at(t) if table is not None else None
                acronym = table.get(m.actor_id) if m is not None and table is not None else None
                if acronym is not None and acronym.type == "organization":
                    return acronym.name
        # a described body is named by its apposition: "A local monitoring group, the Al Jazirah Conference,";
        # "... Humanitarian Affairs (OCHA)"
        if at is None and table is not None:
            for c in tok.children:
                if c.dep_ == "appos" and c.pos_ == "PROPN" and table.at(c) is not None:
                    return self._source_name(c, table)
        # the phrase up to its head and what it names: "the Hamas-run Gaza health ministry", not "in Gaza"; a
        # generic head keeps its "of" ("the Lebanese minister of health")
        generic = self._lemma(tok) in self.generic_sources
        cut = {t.i for c in tok.children if c.i > tok.i and c.dep_ in ("relcl", "acl", "prep", "punct", "appos", "amod")
               and not (generic and c.lower_ == "of") for t in c.subtree}
        phrase = [t for t in tok.subtree if t.i not in cut]
        covering_state = at is not None and table is not None and getattr(table.get(at.actor_id), "type", None) in (
            "state", "location")
        if generic and (at is None or covering_state) and phrase and tok.pos_ == "NOUN":
            # "Congolese authorities", "Lebanon's health ministry": the body as written, not the state it names
            named = [table.get(m.actor_id) for m in table.in_span(doc[phrase[0].i:phrase[-1].i + 1])] if table else []
            if named and all(a is not None and a.type in ("state", "location") for a in named):
                words = [t for t in phrase if t.dep_ not in ("det", "predet")]
                if len(words) <= 6:
                    return doc[words[0].i:words[-1].i + 1].text
        if table is not None and phrase:
            named = [table.get(m.actor_id) for m in table.in_span(doc[phrase[0].i:phrase[-1].i + 1])]
            # the name the head belongs to, though it runs on ("... for Refugees")
            covering = [table.get(at.actor_id) if at else None]
            # a place inside the phrase only locates the source ("the Geneva-based office")
            ranked = [a for a in covering if a is not None] + [
                a for a in named if a is not None and a.type in SOURCE_TYPES]
            if ranked:
                return ranked[0].name
        words = [t for t in phrase if t.dep_ not in ("det", "predet") and t.i <= tok.i and t.pos_ != "PRON"]
        if not words or len(words) > 6 or tok.pos_ not in ("NOUN", "PROPN"):
            return None
        return doc[words[0].i:tok.i + 1].text

    # -- step 6: place and dates ---------------------------------------------------------
    def _place(self, draft: _Draft, sent: Span, table: ActorTable | None, exclude: set[int]) -> str | None:
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
            if t.dep_ in ("compound", "poss") and t.head.lemma_.lower() not in self.totals | {"toll", "death"}:
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

    def _reporting_publisher(self, publisher: str | None) -> str | None:
        """The reporting body a document's publisher names ("UNHCR (via ReliefWeb)" -> "UNHCR"), or None."""
        words = re.findall(r"[\w.]+", publisher or "")
        for name in self.reporting_bodies:
            n = name.split()
            if any(words[k:k + len(n)] == n for k in range(len(words))):
                return name
        return None

    # -- the stage -----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        table: ActorTable | None = doc._.actors
        dates: list[DateMention] = list(doc._.dates or [])
        skip = {i for d in dates for i in range(d.start, d.end)}
        figures: list[Figure] = []
        sentence_of: list[int] = []
        for n, sent in enumerate(doc.sents):
            found = self._sentence(doc, sent, table, dates, skip)
            figures.extend(found)
            sentence_of.extend([n] * len(found))
        # a UN body's own release reports its own figures: "UNHCR (via ReliefWeb)" sources what no one else does
        publisher = self._reporting_publisher(getattr(doc._.meta, "source", None))
        if publisher:
            figures = [f if f.source else f.model_copy(update={"source": publisher}) for f in figures]
        # a figure repeated later (a quote restating it, a summary) is one figure, completed by the repeats; two
        # in one sentence ("released 35 Ukrainian soldiers ... released 35 Russian soldiers") or of other people
        # are two
        unique: list[tuple[Figure, int]] = []
        for f, n in zip(figures, sentence_of, strict=True):
            k = next((k for k, (g, m) in enumerate(unique) if (g.value, g.measure) == (f.value, f.measure)
                      and m != n and _same_people(g.subject, f.subject)), None)
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
        drafts: list[_Draft] = []
        for amount in self._amounts(doc, sent, skip):
            head, noun = self._counted(doc, amount)
            if noun is not None and (self._lemma(noun) in self.not_counts or noun.lower_ in self.not_counts):
                continue
            qualifier, start = self._qualifier(doc, amount, sent)
            measure, trigger, rising = self._running_total(doc, sent, start, table)
            if measure is None:
                measure, trigger, rising = self._elided(doc, amount, noun, table)
            if measure is None:
                measure, trigger, rising = self._measure(head, noun, table)
            if qualifier == "exact" and rising:
                qualifier = "more_than"
            if amount.vague and qualifier == "exact":
                qualifier = "at_least"
            end = max(amount.end, (noun.i + 1) if noun is not None else 0)
            if trigger is not None and end <= trigger.i < end + 6:
                end = trigger.i + 1
            drafts.append(_Draft(amount, head, noun, measure, trigger, qualifier,
                                 self._subject(noun, trigger), start, end, rising))
        self._share(doc, drafts)
        out: list[Figure] = []
        previous: Figure | None = None
        for d in drafts:
            if d.measure is None or (d.amount.vague and not self.keep_vague):
                continue
            source, source_verb = self._source(doc, sent, d, table)
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
    def _share(doc: Doc, drafts: list[_Draft]) -> None:
        """ "450 prisoners would be released this week and 550 more": the second takes the first's words."""
        for k in range(1, len(drafts)):
            d = drafts[k]
            # the last count with a measure: "including five children" counts nothing of its own
            prev = next((p for p in reversed(drafts[:k]) if p.measure is not None), drafts[k - 1])
            between = doc[prev.amount.end:d.amount.start]
            linked = len(between) <= 10 and any(t.lower_ in ("and", "while", "with", "or", ",", ";", "plus") for t in between)
            if not linked:
                continue
            bare = d.noun is None or d.noun.lower_ in ("others", "more", "other")
            # "and 550 more": no verb of its own; "although only 370 have been identified" has one
            tied = d.head.dep_ in ("conj", "appos") or d.head.head.i in {
                prev.head.i, prev.trigger.i if prev.trigger is not None else -1}
            if d.measure is None and bare and prev.measure is not None and tied:
                drafts[k] = d = replace(d, measure=prev.measure, trigger=prev.trigger)
            if d.subject is None and bare and prev.subject is not None:
                drafts[k] = replace(d, subject=prev.subject)


@Language.factory(
    "parley_figures",
    default_config={"measures_file": None, "keep_vague": False},
    requires=["token.dep", "token.lemma", "doc.ents", "doc._.actors", "doc._.dates"],
    assigns=["doc._.figures"],
)
def make_figures(nlp: Language, name: str, measures_file: str | None, keep_vague: bool) -> FigureExtractor:
    return FigureExtractor(Path(measures_file) if measures_file else None, keep_vague)
