"""What a figure counts: its amount, qualifier, counted noun and subject (steps 1, 2 and 4 of figures.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from parley.models import Qualifier
from parley.pipeline.dates import MONTHS, WEEKDAYS
from parley.pipeline.numbers import Amount, is_number_start, range_bounds, read_amount, tens_of

SKIP_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}
CURRENCY = {"$", "€", "£", "us$", "usd", "eur", "gbp", "¥"}
PERCENT = {"%", "percent", "per", "pct"}
SHARE_BASES = {10, 100, 1000}  # "nine out of ten", "one out of 100": a share, not a part of a pool
CURRENCY_WORDS = {"dollar", "euro", "pound", "franc", "shekel", "rouble", "ruble", "hryvnia", "yuan", "yen", "rupee",
                  "dinar", "riyal", "rial", "lira", "cent", "birr", "naira", "shilling", "cedi", "rand", "taka"}
# verbs whose particle "up" comes before "to" and a total ("went up to 182"), where "up to" hedges nothing
PHRASAL_UP = {"go", "climb", "shoot", "jump", "move", "pile", "add", "end", "tot", "rack", "mount", "rise", "creep",
              "edge", "tick", "inch", "run"}
SCALE_WORDS = {"million", "thousand", "hundred", "billion", "dozen", "dozens", "score", "scores", "hundreds",
               "thousands", "millions"}


@dataclass
class FigureDraft:
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


# verbs whose particle "over" is no hedge: "hand over 33 hostages" (but "sent over 17 tonnes" is more than 17)
PHRASAL_OVER = {"hand", "turn", "pass", "sign", "give"}
FRACTIONS = {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
             "tenth", "tenths"}


def word_set(values: Any) -> frozenset[str]:
    """The lower-cased words of a list in figure_measures.yaml."""
    return frozenset(str(v).lower() for v in values or ())


def lemma_of(tok: Token) -> str:
    """A token's lower-cased lemma, the form the word lists are written in."""
    return tok.lemma_.lower()


def pool_with_own_clause(tok: Token) -> bool:
    """A pool a count is taken from that its own relative clause describes: "free six of the up to 700
    hostages it holds" frees six, not the pool."""
    return any(c.dep_ == "relcl" for c in tok.children)


def count_after_month(tok: Token) -> bool:
    """"since April 257 civilians were killed": a number past a month that no day or year can be counts the noun
    after it."""
    doc = tok.doc
    return tok.text.isdigit() and tok.i > 0 and doc[tok.i - 1].lower_ in MONTHS and 31 < int(tok.text) < 1000 \
        and tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ in ("NNS", "NNPS")


def _no_date_part(tok: Token) -> bool:
    """A number the tagger put in a date that no date has: "Since 24 Feb 2022, 19391 children were deported"; or in
    money that names no currency: "more than 4 million Ukrainian refugees" read as money beside "$1.1 billion"."""
    if tok.ent_type_ == "MONEY":
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        words = list(ent) if ent is not None else [tok]
        if ent is not None and ent.end < len(tok.doc):
            words.append(tok.doc[ent.end])
        return not any(t.is_currency or t.lower_ in CURRENCY or t.lemma_.lower() in CURRENCY_WORDS for t in words)
    text = tok.text.replace(",", "")
    if not text.isdigit():
        return False
    if "," in tok.text or (len(text) >= 5 and not text.startswith("0")):
        return True
    # "While on Monday 50 trucks filled with aid were collected": a weekday and a number are no date; the number
    # counts the noun after it
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ in WEEKDAYS and tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ in (
            "NNS", "NNPS", "JJ") and doc[tok.i + 1].lower_ not in MONTHS:
        return True
    if count_after_month(tok):
        return True
    # "brings the total ... since the truce began on January 19 to 18": a day range never runs back, so the number
    # after "to" is the total, not a day
    if tok.i > 2 and doc[tok.i - 1].lower_ == "to" and doc[tok.i - 2].text.isdigit() \
            and doc[tok.i - 3].lower_ in MONTHS and (int(text) <= int(doc[tok.i - 2].text) or int(text) > 31):
        return True
    # "the death toll is estimated at 40": a bare number the tagger alone calls a date, with no day, month or year
    # word beside it and no year's shape
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and len(ent) == 1 and not 1900 <= int(text) <= 2100 and not text.startswith("0")


class CountReader:
    """Reads the amounts of a sentence and what each counts, from the word lists of figure_measures.yaml."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.people = word_set(data.get("people"))
        self.people_suffixes = tuple(word_set(data.get("people_suffixes")))
        self.things = word_set(data.get("things"))
        self.not_counts = word_set(data.get("not_counts"))
        self.qualifiers: dict[str, Qualifier] = {
            str(k).lower(): v for k, v in (data.get("qualifiers") or {}).items()}
        self.longest_qualifier = max((len(k.split()) for k in self.qualifiers), default=1)
        self.after_qualifiers: dict[str, Qualifier] = {
            str(k).lower(): v for k, v in (data.get("after_qualifiers") or {}).items()}

    # -- step 1: amounts -----------------------------------------------------------------
    def amounts(self, doc: Doc, sent: Span, skip: set[int]) -> list[Amount]:
        found: list[Amount] = []
        i = sent.start
        while i < sent.end:
            tok = doc[i]
            bounds = range_bounds(tok) if i not in skip and tok.ent_type_ not in SKIP_ENTS else None
            if bounds is not None:  # "150–200 people": two amounts in one word, read as a range by the stage
                pair = [Amount(i, i + 1, bounds[0]), Amount(i, i + 1, bounds[1])]
                if not self._is_measurement(doc, pair[0]):
                    found += pair
                i += 1
                continue
            if i in skip or (tok.ent_type_ in SKIP_ENTS and not _no_date_part(tok)) \
                    or not (is_number_start(tok) or tok.lower_ in ("tens", "half")):
                i += 1
                continue
            amount = tens_of(doc, i) if tok.lower_ == "tens" else self._half(doc, i) if tok.lower_ == "half" \
                else read_amount(doc, i)
            if amount is None or amount.end > sent.end:
                i += 1
                continue
            # "one of the ships", "one of them": a reference to one of some, no count
            if amount.value == 1 and amount.end + 1 < len(doc) and doc[amount.end].lower_ == "of" \
                    and not is_number_start(doc[amount.end + 1]):
                i = amount.end
                continue
            ratio = self._ratio_end(doc, amount)
            if ratio:  # "more than one in every 20 inhabitants", "one in five children": a share, not a count
                i = ratio
                continue
            # "two-thirds of the population", "three quarters": a fraction, never read (module docstring of figures)
            after = doc[amount.end + (amount.end < len(doc) and doc[amount.end].text == "-"):amount.end + 2]
            if any(t.lower_ in FRACTIONS for t in after[:1]):
                i = amount.end
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
            j += 3 if words[2:3] in (["every"], ["each"]) else 2
        else:
            return 0
        if j < len(doc) and is_number_start(doc[j]):
            inner = read_amount(doc, j)
            # "has returned 2,500 in 50 exchanges": a share is of a larger number; "Seventy-four out of ninety-one
            # abductees" is a part of a pool (``pool_after``), "nine out of ten" a share
            pool = words[0] == "out" and words[2:3] not in (["every"], ["each"]) and inner is not None \
                and inner.value not in SHARE_BASES
            if inner is None or inner.value <= amount.value or pool:
                return 0
            return inner.end
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
        if after is not None and after.tag_ == "VBN" and after.dep_ == "amod":
            after = after.head  # "The 116 freed prisoners included ...": a participle before the counted noun
        # "the four were freed" refers back to people counted elsewhere; "out of the 7 million affected" names them by
        # the participle that counts them
        named = after is not None and after.tag_ == "VBN" and after.dep_ in ("acl", "amod") \
            and after.head.i in range(amount.start, amount.end)
        if before is not None and before.lower_ in ("the", "these", "those") and not named and (
                after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")):
            return True
        first = doc[amount.start]
        # a bare four-digit year ("in 2003"); "2,003" and "2003 people" are counts
        return (len(first.text) == 4 and first.text.isdigit() and 1900 <= int(first.text) <= 2100
                and amount.end - amount.start == 1 and (after is None or after.pos_ not in ("NOUN", "PROPN")))


    # -- step 2: counted noun ------------------------------------------------------------
    def counted(self, doc: Doc, amount: Amount) -> tuple[Token, Token | None]:
        span = doc[amount.start:amount.end]
        root = span.root
        head = root.head
        after = amount.end
        if after + 1 < len(doc) and doc[after].text == "-" and doc[after + 1].pos_ == "NOUN":
            return doc[after + 1], doc[after + 1]  # "a 46-truck convoy"
        # "Most of the refugees (135,000) are hosted in Liberia": a count in brackets counts the noun before it
        if root.dep_ == "appos" and amount.start > 0 and doc[amount.start - 1].text == "(" \
                and head.i == amount.start - 2 and head.pos_ == "NOUN":
            return head, head
        pool = self.pool_after(doc, amount)
        if pool is not None:  # "release 50 of 236 hostages": the part counts the pool's noun
            whole = self.counted(doc, pool)
            if whole[1] is not None:
                return whole
        # "Today 230 Ukrainian defenders have returned": a number the parser hung on a date word counts the noun
        # after it
        if head.i < root.i and (any(d.start <= head.i < d.end for d in doc._.dates or ()) or count_after_month(root)):
            return self._noun_after(doc, amount) or (root, None)
        # "At least 130 sick and wounded men": the number hangs on the first adjective of its noun
        if head.pos_ == "ADJ" and head.dep_ == "amod" and head.i == amount.end and head.head.pos_ == "NOUN" \
                and head.head.i > head.i:
            return head.head, head.head
        # "730,000 and 220,000 individuals fleeing": the later number counts the noun after it
        if root.dep_ == "conj" and head.like_num and head.dep_ == "nummod" and head.head.i > root.i:
            return head.head, head.head
        # 'saw "more than 100,000" people flee': a quote closed between the number and its noun
        if after < len(doc) and doc[after].is_quote and root.pos_ == "NUM":
            quoted = self._noun_after(doc, Amount(amount.start, after + 1, amount.value))
            if quoted is not None:
                return quoted
        # "another 50 thousand fled violence", parsed as "50 thousand violence": a past-tense verb right after the
        # number is its own verb, and the noun after that verb is no count
        if after < len(doc) and doc[after].tag_ == "VBD" and head.i > after:
            return root, None
        if root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and head.i >= amount.end \
                and head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON") and head.ent_type_ not in ("DATE", "TIME"):
            if head.pos_ == "ADJ" and head.lemma_.lower() not in self.people:
                return root, None  # "6,884 killed": the participle is the trigger, not a noun
            # "308 aid workers": the small parser hangs the number on the first word of the compound; "eight World
            # Food Program (WFP) trucks": on the name that modifies the noun
            while (head.dep_ == "compound" or head.dep_ == "nmod" and head.pos_ == "PROPN") \
                    and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head
            return head, head
        for child in root.children:  # "hundreds of people", "2,719 of them": the verb governs the number
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                    return root, pobj
        # ("Another twenty died": a number word the tagger calls a noun counts no noun of its own)
        if root.pos_ in ("NOUN", "PROPN") and root.lower_ not in SCALE_WORDS and not root.like_num:
            return root, root
        # the parser left the number unattached ("Since 24 Feb 2022, 19391 Ukrainian children were deported"):
        # the noun right after it, through its modifiers, is what it counts
        if root.dep_ in ("mark", "dep", "advmod", "npadvmod", "punct"):
            return self._noun_after(doc, amount) or (root, None)
        return root, None

    def _noun_after(self, doc: Doc, amount: Amount) -> tuple[Token, Token] | None:
        """The countable noun right after an amount, through its modifiers ("19391 Ukrainian children")."""
        run = []
        for t in doc[amount.end:amount.end + 4]:
            if t.pos_ not in ("ADJ", "NOUN", "PROPN"):
                break
            run.append(t)
        nouns = [t for t in run if t.pos_ == "NOUN"]
        if nouns and self.countable(nouns[-1]):
            return nouns[-1], nouns[-1]
        return None

    @staticmethod
    def pool_after(doc: Doc, amount: Amount) -> Amount | None:
        """The whole a part is taken from: "50 of 236 hostages", "39 of the 50 prisoners", or None."""
        j = amount.end
        if j + 2 < len(doc) and doc[j].lower_ == "out" and doc[j + 1].lower_ == "of":
            j += 1  # "Seventy-four out of ninety-one abductees"
        if j + 1 >= len(doc) or doc[j].lower_ != "of":
            return None
        j += 2 if doc[j + 1].lower_ in ("the", "its", "their", "some") else 1
        if j >= len(doc) or not is_number_start(doc[j]) or doc[j].lower_ in ("a", "an"):
            return None
        return read_amount(doc, j)


    def countable(self, noun: Token | None) -> bool:
        """Whether a verb said of this noun can make it a figure: people ("Palestinians"), things, or none."""
        if noun is None:
            return True
        # "31 soldiers and three army auxiliaries were killed": a conjunct of people counts people
        if noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ == "nummod" for c in noun.head.children) and self.countable(noun.head):
            return True
        lemma = lemma_of(noun)
        if lemma in self.people or lemma in self.things or noun.lower_ in self.people:
            return True
        # agent and member nouns the list misses: "humanitarians", "medics", "servicemen", "evacuees"
        if noun.pos_ == "NOUN" and lemma.endswith(self.people_suffixes):
            return True
        # "Twenty-six Thais": a people's plural the tagger leaves a singular proper noun, no place or body named
        demonym = noun.tag_ == "NNP" and noun.text.endswith("s") and noun.ent_type_ not in ("GPE", "LOC", "ORG", "FAC")
        return noun.ent_type_ == "NORP" or (noun.tag_ in ("NNS", "NNPS") or demonym) and noun.text[:1].isupper()


    # -- step 4: qualifier ---------------------------------------------------------------
    def qualifier(self, doc: Doc, amount: Amount, sent: Span) -> tuple[Qualifier, int]:
        # "(Reuters) -At least five": the parser may start the sentence after a word the dash was glued to
        first = sent.start - 1 if sent.start > 0 and len(doc[sent.start - 1]) > 1 \
            and doc[sent.start - 1].text[0] in "-\u2013\u2014" else sent.start
        for n in range(self.longest_qualifier, 0, -1):
            start = amount.start - n
            if start < first:
                continue
            # "(Reuters) -At least five": a dash the tokenizer left on the first word
            words = " ".join(t.lower_ for t in doc[start:amount.start]).lstrip("-\u2013\u2014")
            # "went up to 182": the verb's particle, no hedge
            if words == "up to" and start > sent.start and doc[start - 1].lemma_.lower() in PHRASAL_UP:
                continue
            # "Ukraine handed over 34 bodies": a verb's particle, no hedge
            # "should hand over 33 hostages", parsed as a quantifier the tagger still calls a particle
            if doc[start].dep_ == "prt" or (doc[start].tag_ == "RP" and start > sent.start
                                            and doc[start - 1].lemma_.lower() in PHRASAL_OVER):
                continue
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
    def subject(self, noun: Token | None, trigger: Token | None) -> str | None:
        """Who is counted: the counted noun with its modifiers, or the people a counted thing is "among" ("three deaths
        ... among MILF members"); None for a bare count."""
        if noun is not None and lemma_of(noun) in self.things:
            among = next((p for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "among" for p in t.children
                          if p.dep_ == "pobj" and not any(c.like_num for c in p.children)), None)
            return self.subject(among, None) if among is not None and self.countable(among) else None
        if noun is None or noun.lower_ in ("others", "more", "other"):
            return None
        if noun.pos_ == "PRON":
            return None
        # "An estimated 200 people": a word before the number hedges it, it names no one
        first_number = min((c.i for c in noun.children if c.dep_ == "nummod"), default=-1)
        words = [c for c in noun.children if c.dep_ in ("compound", "amod") and first_number < c.i < noun.i
                 and (trigger is None or c.i != trigger.i) and not c.like_num and c.lemma_.lower() not in self.qualifiers]
        start = min([noun.i] + [w.i for w in words])
        return noun.doc[start:noun.i + 1].text
