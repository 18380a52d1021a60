"""What happened to what a figure counts: its measure ("killed", "displaced"), read from the parse (step 3 of
``parley_figures``).

The measure comes from the words of ``resources/figure_measures.yaml``, tried in the order the stage's docstring
gives: a modifier of the counted noun, the verb the noun is subject or object of, a noun that governs it, a
running total, the counted noun itself; and, before the parse, the readings in word order of ``figure_totals.py``
("has risen to 132", "three missing and 21 arrested").
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.extensions import ActorTable
from parley.pipeline.figure_counts import lemma_of, pool_with_own_clause
from parley.pipeline.figure_rules import MeasureRules
from parley.pipeline.figure_totals import WordOrderReadings

NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative", "appos", "npadvmod", "pobj", "conj", "ROOT"}
RELATIVES = {"who", "that", "which", "whom"}
DASHES = {"-", "–", "—", "--"}


def _partitive(tok: Token) -> bool:
    """ "of whom", "among which": a relative clause said of a part of the count ("60 hostages, of whom around 35 are
    believed to be dead")."""
    return tok.lower_ in ("of", "among") and any(p.lower_ in ("whom", "which", "them") for p in tok.children)


class MeasureReader(WordOrderReadings, MeasureRules):
    """Finds the measure of a counted noun from figure_measures.yaml and the parse."""

    def measure(self, head: Token, noun: Token | None, table: ActorTable | None) -> tuple[str | None, Token | None,
                                                                                           bool]:
        """(measure, trigger, rising) for a counted head: step 3 of the module docstring."""
        verbs_ok = self.counts.countable(noun)
        if self._capacity(head):
            return None, None, False
        # the bodies of the counted ("the bodies of 1,200 soldiers killed", "563 soldiers' bodies"): what happened to
        # the bodies is the figure, before what happened to the people
        holder = head.head if head.dep_ == "poss" else head.head.head if (
            head.dep_ == "pobj" and head.head.lower_ == "of") else None
        # ("remains" has the lemma "remain")
        if holder is not None and (lemma_of(holder) in self.remains or holder.lower_ in self.remains):
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
                    g.dep_ == "conj" and g.like_num for g in head.children) or (
                    # "with 374,171 people injured and 18,498 people reported missing": the verb the parser gave
                    # both counts as subjects belongs to the nearer one
                    c.dep_ == "acl" and c.i == head.i + 1 and head.dep_ in ("nsubj", "nsubjpass") and any(
                        o.dep_ in ("nsubj", "nsubjpass") and head.i < o.i < head.head.i
                        and any(g.dep_ == "nummod" for g in o.children) for o in head.head.children)) or (
                    # "left two soldiers dead ... and four others injured": "others" name no one by themselves,
                    # the participle after them is what happened to them
                    c.dep_ == "acl" and c.i == head.i + 1 and head.lower_ == "others")
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
                # "reached 30,000 people with food trucks": the goods people are reached with count no one
                if pobj is not None and not any(g.lower_ == "for" for g in pobj.children) \
                        and not self._goods_of_people(pobj, noun):
                    m = self.match(pobj, noun, True, self._region(pobj), table)
                    # "killed three students in their captivity": where they were says who they were; the verb
                    # says what happened to them
                    if m and m in self.descriptive and c.lower_ == "in":
                        described = described or (m, pobj)
                    elif m:
                        return m, pobj, False
            if c.dep_ == "punct" and c.text in DASHES and c.i == head.i + 1:  # "1 million people – ... – displaced"
                # a dash set off by spaces, not the hyphen of "two-thirds"; "– either uprooted ... or fleeing"
                close = next((t for t in head.doc[c.i + 1:c.i + 16] if t.text in DASHES and t.doc[t.i - 1].whitespace_),
                             None)
                after = head.doc[close.i + 1] if close is not None and close.i + 1 < len(head.doc) else None
                if after is not None and after.lower_ in ("either", "both", "all", "now", "still") \
                        and after.i + 1 < len(head.doc):
                    after = head.doc[after.i + 1]
                # "4,552 people — soldiers and civilians — have been returned home": past the auxiliaries
                while after is not None and after.pos_ == "AUX" and after.i + 1 < len(head.doc) \
                        and lemma_of(after) in ("have", "be"):
                    after = head.doc[after.i + 1]
                if after is not None and after.tag_ in ("VBN", "JJ"):
                    m = self._verb_measure(after, noun, table)
                    if m:
                        return m, after, False
            # "100 prisoners of war released by a coalition"; "nine of the kidnapped students, who were subsequently
            # rescued": a clause on the pool of a part is said of the part
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in (g for p in c.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "acl" or (
                        g.dep_ == "relcl" and head.like_num and any(w.lower_ in RELATIVES for w in g.children))):
                    m = self._verb_measure(g, noun, table)
                    # a relative clause on the pool only says who they are when a noun governs the part ("the
                    # return of 95 of its soldiers who have been freed")
                    if m and g.dep_ == "relcl":
                        described = described or (m, g)
                    elif m:
                        return m, g, False
        # "brought 23 people with severe wounds", "left 18,500 people in need": the phrase right after the noun,
        # wherever the parser hung it
        after = head.doc[head.i + 1] if verbs_ok and noun is not None and head.i + 1 < len(head.doc) else None
        if after is not None and after.dep_ == "prep" and after.lower_ in ("in", "with") and after.head.i != head.i:
            pobj = next((p for p in after.children if p.dep_ == "pobj"), None)
            if pobj is not None and (any(g.lower_ == "for" for g in pobj.children) or self._goods_of_people(pobj, noun)):
                pobj = None  # "in return for Shalit", "people with food trucks"
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
            # "14 wounded were released" (Al Jazeera): a participle that is the subject of a verb says who they were;
            # the verb says what happened to them
            said = head.head.head if head.head.dep_ in ("nsubj", "nsubjpass") else None
            m = self._verb_measure(said, noun, table) if said is not None and said.pos_ == "VERB" else None
            if m:
                return m, said, False
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
        # "with 99 healthcare workers still among the detainees": a count among people named by what happened to them
        for c in noun.children if noun is not None and verbs_ok else ():
            p = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "among" else None
            if p is not None and p.pos_ == "NOUN" and not any(g.like_num for g in p.subtree):
                m = self.match(p, noun, True, [p], table)
                if m:
                    return m, p, False
        # b. the verb the noun is subject or object of; conjuncts share their first conjunct's verb
        h = head
        # conjoined counts share the first one's verb ("1,000 civilians and 500 soldiers were killed"), but a
        # number conjoined to an uncounted noun ("needing aid and 16 million") is no such count
        # and "released a soldier and two police officers": one person named with "a" is a count of one
        while h.dep_ == "conj" and (h.head.like_num or any(c.dep_ == "nummod" for c in h.head.children) or (
                any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in h.head.children)
                and h.head.pos_ == "NOUN" and lemma_of(h.head) in self.counts.people)):
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
        # "include 13 Israeli citizens ..., in addition to 10 Thai citizens": an added count shares the clause's count
        if h.dep_ == "pobj" and h.head.lower_ == "to" and h.head.head.lower_ == "addition" \
                and h.head.head.dep_ == "pobj":
            twin = next((c for c in h.head.head.head.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
                         and any(g.dep_ == "nummod" for g in c.children)), None)
            h = twin if twin is not None else h
        # "release 50 of 236 hostages", "Seventy-four out of ninety-one abductees has been released": a pool's count
        # takes the verb of its part
        if h.dep_ == "pobj" and h.head.lower_ == "of":
            part = h.head.head.head if h.head.head.lower_ == "out" else h.head.head
            # but not a pool its own clause describes
            if part.like_num and part.dep_ in NOUN_DEPS and not pool_with_own_clause(h):
                h = part
        # "a total of 419,200 refugees have returned": the total is what the verb is said of
        while h.dep_ == "pobj" and h.head.lower_ == "of" and lemma_of(h.head.head) in self.totals \
                and h.head.head.i < h.i and h.head.head.dep_ in NOUN_DEPS:
            h = h.head.head
            # "The death toll of 45 includes 10 children": a total that names its measure
            named = self._named_total(h, table)
            if named is not None:
                return named, h, False
        # "terrorists held more than 1,200 people hostage": the subject of a noun the verb predicates of it
        if verbs_ok and h.dep_ == "nsubj" and h.head.pos_ == "NOUN" and h.head.i > h.i \
                and h.head.dep_ in ("dobj", "oprd", "ccomp", "xcomp") and h.head.head.pos_ == "VERB":
            m = self._verb_measure(h.head.head, noun, table)
            if m:
                return m, h.head.head, False
        if verbs_ok and h.dep_ in NOUN_DEPS and h.head.i != h.i:
            v = h.head
            if v.dep_ in ("aux", "auxpass") and v.head.pos_ == "VERB":
                v = v.head  # "6.3 million people remained displaced", parsed with "remained" as auxiliary
            # "250,000 refugees, as well as 60,000 returned Chadian migrants": a verb right after another number is
            # that number's, whatever the parser says
            before = v.doc[v.i - 1] if v.i > 0 else v
            if h.i < before.i and before.like_num and before not in h.subtree and v.pos_ == "VERB":
                v = h
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
                # ("grants amnesty to 1,600 prisoners", with "amnesty" tagged a verb: a word that only governs counts)
                if prep.lower_ in ("to", "among") and (near.pos_ == "NOUN" or near.lower_ in self.governs) \
                        and near.i != v.i:
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
                # "has handed over to Armenia ten servicemen", parsed as one phrase: the count after the place is
                # the verb's object
                if prep.lower_ == "to" and v.pos_ == "VERB" and any(
                        c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and any(
                            n.dep_ == "nummod" and n.i > c.i for n in h.children) for c in h.children):
                    m = self._verb_measure(v, noun, table)
                    if m:
                        return m, v, False
                if prep.lower_ == "for" and v.pos_ == "VERB":  # "release 33 hostages for 2,000 prisoners"
                    m = self._verb_measure(v, noun, table)
                    if m:
                        return m, v, False
                    # "secured the handover of the bodies of four hostages, for 620 Palestinians": the other half of a
                    # swap the verb's object names
                    swap = next((t for o in v.children if o.dep_ == "dobj" for t in o.subtree
                                 if lemma_of(t) in self.swaps), None)
                    if swap is not None:
                        return "released", swap, False
                if prep.lower_ in ("to", "at", "over", "past", "by") and v.pos_ in ("VERB", "AUX"):
                    total = self._total(v, noun, table)
                    if total[0]:
                        return total
            elif v.pos_ in ("VERB", "AUX", "ADJ"):
                m = self._verb_measure(v, noun, table)
                # "have fled the conflict ... and crossed into Burundi": a flight that goes on over a border is abroad
                # but "displaced inside Sudan or fled to neighbouring countries" names both: the combined count
                if m == "internally_displaced":
                    abroad = next((m2 for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
                        g.dep_ in ("nsubj", "nsubjpass", "nummod") or g.like_num for g in c.children)
                        for m2 in [self._verb_measure(c, noun, table)] if m2 == "refugees"), None)
                    inside = any(c.dep_ == "cc" and c.lower_ == "or" for c in v.children) or any(
                        c.dep_ == "prep" and c.lower_ in ("inside", "within") for c in v.children)
                    m = ("displaced" if inside else abroad) if abroad else m
                if m in ("killed", "injured") and self._with_other_harm(v, m, noun, table):
                    m = "casualties"  # "4,313 civilians were injured or killed": one count of both
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
            # "102 families of Chadian returnees": a group counts the people its "of" names
            if lemma_of(noun) in self.groups:
                for p in (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                          if p.dep_ == "pobj"):
                    m = self.own(p, table)
                    if m:
                        return m, p, False
        return None, None, False
