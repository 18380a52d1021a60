"""What happened to what a figure counts: its measure ("killed", "displaced"), read from the parse (step 3 of
``parley_figures``).

The measure comes from the words of ``resources/figure_measures.yaml``, tried in the order the stage's docstring
gives: a modifier of the counted noun, the verb the noun is subject or object of, a noun that governs it, a
running total, the counted noun itself; and, before the parse, the readings in word order of ``figure_totals.py``
("has risen to 132", "three missing and 21 arrested").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from parley import lexicon
from parley.pipeline.extensions import ActorTable
from parley.pipeline.figure_counts import CountReader, clause_of, lemma_of, region_of, word_set
from parley.pipeline.figure_totals import WordOrderReadings

NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative", "appos", "npadvmod", "pobj", "conj", "ROOT"}
RELATIVES = {"who", "that", "which", "whom"}
DASHES = {"-", "–", "—", "--"}


def _partitive(tok: Token) -> bool:
    """ "of whom", "among which": a relative clause said of a part of the count ("60 hostages, of whom around 35 are
    believed to be dead")."""
    return tok.lower_ in ("of", "among") and any(p.lower_ in ("whom", "which", "them") for p in tok.children)


@dataclass(frozen=True)
class MeasureRule:
    """One entry of ``measures`` in figure_measures.yaml."""

    measure: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    with_: frozenset[str]
    counted: frozenset[str]
    not_counted: frozenset[str]
    without: frozenset[str]  # the measure does not apply when one of these words stands in the trigger's clause
    scope: str  # where ``with`` words are looked for: "region" (the trigger's clause), "agent" (and its subject),
    # "clause" or "sentence"


class MeasureReader(WordOrderReadings):
    """Finds the measure of a counted noun from figure_measures.yaml and the parse."""

    def __init__(self, data: dict[str, Any], counts: CountReader) -> None:
        self.rules = [MeasureRule(
            measure=str(e["measure"]), verbs=word_set(e.get("verbs")), nouns=word_set(e.get("nouns")),
            with_=word_set(e.get("with")), counted=word_set(e.get("counted")),
            not_counted=word_set(e.get("not_counted")), without=word_set(e.get("without")),
            scope=str(e.get("scope") or "region"),
        ) for e in data["measures"]]
        self.counts = counts  # whether a noun is countable, and the things that are no people
        self.descriptive = word_set(data.get("descriptive"))
        self.weak = word_set(data.get("weak"))
        self._reading: set[int] = set()
        self.governs = word_set(data.get("governs"))
        self.remains = word_set(data.get("remains"))
        self.totals = word_set(data.get("totals"))
        self.total_verbs = word_set(data.get("total_verbs"))
        self.rising = word_set(data.get("rising"))
        # names of countries: the actors stage types "Bangladesh" in "fled to Bangladesh" as a location
        self.countries = frozenset(str(n).lower() for c in lexicon.entries("countries.yaml", key="iso3")
                                   for n in [c.get("name"), *(c.get("aliases") or [])] if n)

    _clause = staticmethod(clause_of)
    _region = staticmethod(region_of)

    def match(self, tok: Token, noun: Token | None, as_noun: bool, region: list[Token], table: ActorTable | None
              ) -> str | None:
        lemma, low = lemma_of(tok), tok.lower_
        forms = {lemma, low}
        if low.endswith("ed") and tok.pos_ == "ADJ":  # the tagger leaves "repatriated" an adjective
            forms |= {low[:-1], low[:-2]}
        counted = lemma_of(noun) if noun is not None else None
        for rule in self.rules:
            words = rule.nouns if as_noun else rule.verbs
            if not forms & words:
                continue
            if rule.counted and (noun is None or (counted not in rule.counted and noun.lower_ not in rule.counted)):
                continue
            if rule.not_counted and counted in rule.not_counted:
                continue
            scope = list(tok.sent) if rule.scope == "sentence" else self._clause(tok) if rule.scope == "clause" \
                else region + [t for c in tok.children if c.dep_ == "nsubj" for t in c.subtree] \
                if rule.scope == "agent" else region
            if rule.with_ and not self._has_context(rule.with_, tok, scope, table):
                continue
            # "80 trucks enter Gaza daily ..., according to the Israeli army": who reports a count says nothing
            # of what it counts
            own = [t for t in region if not any(a.lower_ == "according" for a in t.ancestors)]
            if rule.without and self._has_context(rule.without, tok, own, table):
                continue
            return rule.measure
        return None

    def own(self, noun: Token | None, table: ActorTable | None = None) -> str | None:
        """The measure a counted noun and its modifiers name by themselves, whatever their clause ("236 hostages" are
        held, "200 freed Houthis" released), or None."""
        if noun is None:
            return None
        for c in noun.children:
            # "200 freed Houthis"; "3 of 21 Palestinians killed in Israeli strikes"
            if c.dep_ in ("amod", "compound") and c.i < noun.i or c.dep_ == "acl" and c.i == noun.i + 1:
                m = self.match(c, noun, c.pos_ == "NOUN", [c], table)
                if m:
                    return m
            # "reached 2.1 million of some 12 million people in need"
            if c.dep_ == "prep" and c.lower_ == "in" and c.i == noun.i + 1:
                m = next((self.match(p, noun, True, [p], table) for p in c.children if p.dep_ == "pobj"), None)
                if m:
                    return m
        forms = {lemma_of(noun), noun.lower_}
        return next((r.measure for r in self.rules if forms & r.nouns and not (r.with_ or r.counted or r.scope != "region")
                     and not forms & r.not_counted), None)

    def _has_context(self, words: frozenset[str], tok: Token, region: list[Token], table: ActorTable | None) -> bool:
        for t in region:
            if t.i == tok.i and tok.pos_ != "NOUN":
                continue
            if t.lemma_.lower() in words or t.lower_ in words:
                return True
            # two-word entries: "to hospital" is where the wounded go; "from hospital" is where abductees were taken
            if t.i > 0 and f"{t.doc[t.i - 1].lower_} {t.lemma_.lower()}" in words:
                return True
            # "crossed ... into northern Thailand's Mae Hong Son province": a country's place is in that country
            place = t.head if t.dep_ == "poss" and t.head.dep_ in ("dobj", "pobj") else t
            if ("@state" in words or "@in_state" in words) and table is not None and place.dep_ in ("dobj", "pobj"):
                m = table.at(t)
                actor = table.get(m.actor_id) if m else None
                # a country, not a town: "36,000 people fled El Fasher" stay inside Sudan; and a country they went
                # to or left, not one the fighting was in ("fled the conflict in Sudan across the border")
                if actor is not None and (actor.type == "state" or actor.name.lower() in self.countries) and (
                        place.dep_ == "dobj" or place.head.lower_ in ("to", "into", "across", "for", "abroad")
                        or (place.head.lower_ == "in" and "@in_state" in words and place is t)):
                    return True
        return False

    def measure(self, head: Token, noun: Token | None, table: ActorTable | None) -> tuple[str | None, Token | None,
                                                                                           bool]:
        """(measure, trigger, rising) for a counted head: step 3 of the module docstring."""
        verbs_ok = self.counts.countable(noun)
        # the bodies of the counted ("the bodies of 1,200 soldiers killed", "563 soldiers' bodies"): what happened to
        # the bodies is the figure, before what happened to the people
        holder = head.head if head.dep_ == "poss" else head.head.head if (
            head.dep_ == "pobj" and head.head.lower_ == "of") else None
        if holder is not None and lemma_of(holder) in self.remains:
            m = self.match(holder, noun, True, self._region(holder), table)
            if m:
                return m, holder, False
        # a. participles and modifiers of the counted noun: "others injured", "people in need", "people with
        # bullet wounds"; a modifier with its own subject or number is said of something else ("32 thousand
        # injured and 3 million others"), a relative pronoun aside ("people who have crossed the border")
        later_conj = min((c.i for c in head.children if c.dep_ == "conj"), default=len(head.doc))
        described: tuple[str, Token] | None = None
        # "the release of 2,000 Palestinians and 20 Israeli captives held in Gaza": a conjunct the "of" of a noun
        # governs is said of that noun, whatever its participle
        first = head
        while first.dep_ == "conj":
            first = first.head
        governed = first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.pos_ == "NOUN"
        for c in head.children if verbs_ok else ():
            # "115 casualties including 60 deaths and 55 injured": a participle past another number is said of it
            if c.dep_ in ("acl", "amod", "relcl") and c.i != head.i and not (head.i < later_conj < c.i) \
                    and not any(t.like_num and t not in c.subtree for t in head.doc[head.i + 1:c.i]) \
                    and not any((g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in RELATIVES
                                 and not any(w.lower_ == "whose" for w in g.children)) or g.like_num
                                or _partitive(g) for g in c.children):
                m = self._verb_measure(c, noun, table)
                # a modifier that says who is counted ("displaced Syrians", "1.8 million who were displaced",
                # "Gazans detained since October") yields to what the clause says happened to them ("have gone
                # back", "Israel would release ...")
                # but "28 people were killed and 43 children kidnapped": a participle on a conjunct is its verb
                # and "12 million people displaced and 24 million facing ...": a participle right after a noun whose
                # conjunct is another count says what happened to the first
                paired = c.dep_ == "acl" and c.i == head.i + 1 and any(
                    g.dep_ == "conj" and g.like_num for g in head.children)
                # "eight dead bodies": what happens to bodies is their measure (step c), not that they are dead
                if m == "killed" and noun is not None and lemma_of(noun) in self.remains:
                    continue
                # "release 20 living and 28 deceased hostages": the dead handed back are bodies
                if m == "killed" and c.dep_ == "amod" and c.i < head.i:
                    verb = first.head if first.dep_ in ("dobj", "nsubjpass") else None
                    if verb is not None and verb.pos_ == "VERB" \
                            and self._verb_measure(verb, noun, table) == "bodies_returned":
                        return "bodies_returned", verb, False
                if m and m in self.descriptive and not (c.dep_ == "acl" and head.dep_ == "conj" and not governed) \
                        and not paired:
                    described = described or (m, c)
                elif m:
                    return m, c, False
            if c.dep_ == "prep" and c.lower_ in ("in", "with"):
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                # "in return for Shalit", "in exchange for 33 hostages" say nothing of the counted, the verb does
                if pobj is not None and not any(g.lower_ == "for" for g in pobj.children):
                    m = self.match(pobj, noun, True, self._region(pobj), table)
                    if m:
                        return m, pobj, False
            if c.dep_ == "punct" and c.text in DASHES and c.i == head.i + 1:  # "1 million people – ... – displaced"
                # a dash set off by spaces, not the hyphen of "two-thirds"; "– either uprooted ... or fleeing"
                close = next((t for t in head.doc[c.i + 1:c.i + 16] if t.text in DASHES and t.doc[t.i - 1].whitespace_),
                             None)
                after = head.doc[close.i + 1] if close is not None and close.i + 1 < len(head.doc) else None
                if after is not None and after.lower_ in ("either", "both", "all", "now", "still") \
                        and after.i + 1 < len(head.doc):
                    after = head.doc[after.i + 1]
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
            if pobj is not None and any(g.lower_ == "for" for g in pobj.children):
                pobj = None  # "in return for Shalit"
            # "repatriates 1,212 bodies in recent prisoner exchange": a phrase of the verb that has a measure of its
            # own says when, the verb says what happened
            if after.head.pos_ == "VERB" and self._verb_measure(after.head, noun, table):
                pobj = None
            m = self.match(pobj, noun, True, self._region(pobj), table) if pobj is not None else None
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
        # a counted thing that names its own measure keeps it, whatever verb its conjunct shares ("8 million people to
        # be internally displaced and an estimated 15,550 deaths"; "the release of 10 living hostages and 18 bodies")
        if noun is not None and head.dep_ == "conj" and lemma_of(noun) in self.counts.things \
                and lemma_of(noun) not in self.governs:
            m = self.match(noun, noun, True, self._region(noun), table)
            if m:
                return m, noun, False
        # b. the verb the noun is subject or object of; conjuncts share their first conjunct's verb
        h = head
        # conjoined counts share the first one's verb ("1,000 civilians and 500 soldiers were killed"), but a
        # number conjoined to an uncounted noun ("needing aid and 16 million") is no such count
        while h.dep_ == "conj" and (h.head.like_num or any(c.dep_ == "nummod" for c in h.head.children)):
            h = h.head
        # "claimed the lives of three civilians and two soldiers", parsed with the second count a conjunct of "lives":
        # it is counted as the first
        if h.dep_ == "conj" and h.head.pos_ == "NOUN" and not any(c.dep_ == "nummod" for c in h.head.children):
            first = next((p for c in h.head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                          if p.dep_ == "pobj" and p.i < h.i and any(g.dep_ == "nummod" for g in p.children)), None)
            if first is not None:
                h = first
        # "A third of the population, some 8 million people, need food aid": an apposition shares its noun's verb
        if h.dep_ == "appos" and h.head.pos_ in ("NOUN", "PROPN") and h.head.dep_ in NOUN_DEPS:
            h = h.head
        # "release 50 of 236 hostages", "Seventy-four out of ninety-one abductees has been released": a pool's count
        # takes the verb of its part
        if h.dep_ == "pobj" and h.head.lower_ == "of":
            part = h.head.head.head if h.head.head.lower_ == "out" else h.head.head
            if part.like_num and part.dep_ in NOUN_DEPS:
                h = part
        # "a total of 419,200 refugees have returned": the total is what the verb is said of
        while h.dep_ == "pobj" and h.head.lower_ == "of" and lemma_of(h.head.head) in self.totals \
                and h.head.head.i < h.i and h.head.head.dep_ in NOUN_DEPS:
            h = h.head.head
            # "The death toll of 45 includes 10 children": a total that names its measure
            named = self._named_total(h, table)
            if named is not None:
                return named, h, False
        if verbs_ok and h.dep_ in NOUN_DEPS and h.head.i != h.i:
            v = h.head
            if v.dep_ in ("aux", "auxpass") and v.head.pos_ == "VERB":
                v = v.head  # "6.3 million people remained displaced", parsed with "remained" as auxiliary
            if h.dep_ == "pobj":
                prep = v
                v = prep.head
                # "the release in December of 344 boys", "the release on Sunday of 39 prisoners": the "of" the parser
                # hung on a date belongs to the noun before the date
                if v.ent_type_ in ("DATE", "TIME") and v.dep_ == "pobj" and v.head.i > 0 \
                        and v.doc[v.head.i - 1].pos_ == "NOUN" and lemma_of(v.doc[v.head.i - 1]) in self.governs:
                    v = v.doc[v.head.i - 1]
                # "resulted in 28 deaths and injuries to 139 people": the noun right before "to", wherever the
                # parser hung the phrase
                near = prep.doc[prep.i - 1] if prep.i > 0 else prep
                if prep.lower_ in ("to", "among") and near.pos_ == "NOUN" and near.i != v.i:
                    m = self.match(near, noun, True, [near], table)
                    if m:
                        return m, near, False
                # "the evacuation of 500 people", "injuries to 139 people", "deaths among 300 children"
                if v.pos_ in ("NOUN", "PROPN") and prep.lower_ in ("of", "for", "to", "among"):
                    # "the return movement of some 500 Syrian refugees": the governing noun or its compound
                    for w in (v, *(c for c in v.children if c.dep_ == "compound" and c.i < v.i
                                   and lemma_of(c) in self.governs)):
                        m = self.match(w, noun, True, self._region(v), table)
                        if m:
                            return m, w, False
                # "over 2,900 civilians have been killed", parsed with "over" as a preposition of the verb: the
                # qualifier's noun is the verb's subject or object
                if prep.lower_ in self.counts.qualifiers and prep.i + 1 == h.left_edge.i and v.pos_ == "VERB":
                    m = self._verb_measure(v, noun, table)
                    if m:
                        return m, v, False
                # "WFP provided food assistance to 5.2 million people": those aid is given to are assisted
                if prep.lower_ == "to" and v.pos_ == "VERB" and self._verb_measure(v, noun, table) == "assisted":
                    return "assisted", v, False
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
                if lemma_of(v) in ("be", "include"):  # "Among those killed are 104 children"
                    m, trigger = self._among(v, h, noun, table)
                    if m:
                        return m, trigger, False
                # "the number of injured reached 159, 61 deaths and 12 people missing": a count that names its own
                # measure is no part of the total
                if lemma_of(v) in self.total_verbs and h.dep_ in ("dobj", "attr") and not (
                        noun is not None and lemma_of(noun) in self.counts.things and lemma_of(noun) not in self.governs
                        and self.match(noun, noun, True, [noun], table)):
                    total = self._total(v, noun, table)
                    if total[0]:
                        return total
                # "an exchange involving 200 prisoners"; a counted thing with a measure of its own keeps it
                # ("a 46-truck convoy carrying more than 750 tonnes")
                if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN") and noun is not None \
                        and lemma_of(noun) not in self.counts.things:
                    # "The displaced families, totalling about 16,200 people": the noun's own modifiers too
                    for w in [v.head, *(c for c in v.head.children if c.dep_ in ("amod", "compound") and c.i < v.head.i)]:
                        m = self.match(w, noun, w.pos_ == "NOUN", self._region(v.head), table)
                        if m:
                            return m, w, False
                    m = None
                    if m:
                        return m, v.head, False
        if described is not None:
            return described[0], described[1], False
        # c. the counted noun itself, then its modifiers ("civilian deaths", "aid trucks"); a noun that only
        # governs a count ("the release of") counts nothing itself ("four swaps")
        if noun is not None and lemma_of(noun) not in self.governs:
            m = self.match(noun, noun, True, self._region(noun) + list(noun.head.subtree)
                            if noun.head.pos_ in ("VERB", "AUX") else self._region(noun), table)
            if m:
                return m, noun, False
            # a modifier measures people or things only: "1,000 refugee children", not "two refugee camps"
            for c in noun.children if verbs_ok else ():
                if c.dep_ in ("compound", "amod") and c.i < noun.i:
                    m = self.match(c, noun, True, self._region(noun), table)
                    if m:
                        return m, c, False
        return None, None, False

    def _verb_measure(self, v: Token, noun: Token | None, table: ActorTable | None, depth: int = 0) -> str | None:
        m = self.match(v, noun, False, self._region(v), table)
        if m:
            return m
        for c in v.children:
            # "were forced to flee", "remain missing", "left 30 dead", "died of their wounds"
            # "had been admitted with shrapnel wounds"
            if c.dep_ in ("xcomp", "acomp", "oprd", "attr") or (c.dep_ == "prep" and c.lower_ in ("as", "with")) \
                    or (c.dep_ == "prep" and c.lower_ == "in" and lemma_of(v) in ("be", "live", "remain")):
                target = c if c.dep_ != "prep" else next((p for p in c.children if p.dep_ in ("pobj", "amod", "acomp")),
                                                         None)
                if target is not None:
                    m = self.match(target, noun, target.pos_ == "NOUN", self._region(target), table)
                    # "with" gives only wounds: "50 trucks arrived with 900 tons of food" are no tonnage
                    # "Seven were soldiers" says who they were, not what happened to them
                    if m and (c.lower_ != "with" or m == "injured") and not (c.dep_ == "attr" and m in self.weak):
                        return m
                    # "are due to be freed", "are expected to be released": down the chain of complements
                    if depth < 2 and target.pos_ in ("VERB", "ADJ", "AUX"):
                        m = self._verb_measure(target, noun, table, depth + 1)
                        if m:
                            return m
        return None
