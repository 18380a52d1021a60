"""The rules of ``resources/figure_measures.yaml`` and how a word meets them: which measure a trigger word gives
the counted noun, in the context its rule asks for (step 3 of ``parley_figures``; the reading of the parse that finds
the trigger is :mod:`parley.pipeline.figure_measures`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from parley import lexicon
from parley.pipeline.extensions import ActorTable
from parley.pipeline.figure_counts import CountReader, lemma_of, pool_with_own_clause, word_set


def clause_of(tok: Token) -> list[Token]:
    """The words of the clause a noun stands in: its heads up to the first verb that is not "include" or "involve",
    and the subjects and objects of those verbs ("a prisoner exchange ..., including 1,400 Houthi prisoners";
    "Israel's release included ... 250 prisoners"), not a clause it is only joined to ("The swap comes after a
    plane crashed with 65 POWs on board")."""
    out = [tok]
    # a pool its own clause describes is not in its part's clause
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num and pool_with_own_clause(tok):
        return out
    for h in tok.ancestors:
        out.append(h)
        if h.pos_ in ("VERB", "AUX"):
            out += [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            if lemma_of(h) not in ("include", "involve"):
                break
    return out


def region_of(tok: Token) -> list[Token]:
    """The trigger's own clause: its objects and modifiers, not the clauses hung on it."""
    out = [tok]
    # "hand over 33 hostages, including eight dead bodies": the parts of a count say nothing of the whole
    # and "reached 2.1 million of some 12 million people in need": a pool's words are the pool's
    parts = {t.i for p in tok.subtree if p.dep_ == "prep" and (p.lower_ in ("including", "excluding") or (
             p.lower_ == "of" and p.head.like_num and p.head.i != tok.i)) for t in p.subtree}
    for c in tok.children:
        if c.dep_ in ("advcl", "conj", "ccomp", "relcl", "cc", "punct", "nsubj", "nsubjpass", "parataxis"):
            continue
        out.extend(t for t in c.subtree if t.i not in parts)
    if (tok.pos_ == "NOUN" or tok.dep_ in ("amod", "acl")) and tok.head.i != tok.i:
        out.append(tok.head)  # "aid trucks entered", "250 taken hostage" parsed as a modifier of "hostage"
    return out


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


class MeasureRules:
    """The measure rules and word lists of figure_measures.yaml, and the match of a word against them."""

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
        self.populations = word_set(data.get("populations"))
        self._reading: set[int] = set()
        self.governs = word_set(data.get("governs"))
        self.capacity = word_set(data.get("capacity"))
        self.swaps = word_set(data.get("swaps"))
        self.groups = word_set(data.get("groups"))
        self.goods = word_set(data.get("goods"))
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
        # the tagger leaves "repatriated" an adjective, and "freed" in "those freed" a noun
        if low.endswith("ed") and (tok.pos_ == "ADJ" or (tok.pos_ == "NOUN" and not as_noun)):
            forms |= {low[:-1], low[:-2]}
        counted = lemma_of(noun) if noun is not None else None
        for rule in self.rules:
            words = rule.nouns if as_noun else rule.verbs
            if not forms & words:
                continue
            if rule.counted and (noun is None or (
                    counted not in rule.counted and noun.lower_ not in rule.counted
                    and not self._described(noun, rule.counted))):
                continue
            if rule.not_counted and counted in rule.not_counted:
                continue
            scope = list(tok.sent) if rule.scope == "sentence" else self._clause(tok) if rule.scope == "clause" \
                else region + [t for c in self._agents(tok) for t in c.subtree] if rule.scope == "agent" else region
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
            # "Russia-backed" is no "back": after a hyphen a word stands only as written
            hyphened = t.i > 0 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_
            if (t.lemma_.lower() in words and not hyphened) or t.lower_ in words:
                return True
            # two-word entries: "to hospital" is where the wounded go; "from hospital" is where abductees were taken
            if t.i > 0 and f"{t.doc[t.i - 1].lower_} {t.lemma_.lower()}" in words:
                return True
            # "crossed ... into northern Thailand's Mae Hong Son province": a country's place is in that country
            place = t.head if t.dep_ == "poss" and t.head.dep_ in ("dobj", "pobj") else t
            # "neighboring countries, including Chad, where approximately 60,000 people have sought safety": "where"
            # stands for the place its clause describes, as "in" it
            if t.lower_ == "where" and t.head.dep_ == "relcl" and "@in_state" in words and table is not None:
                m = table.at(t.head.head)
                actor = table.get(m.actor_id) if m else None
                if actor is not None and (actor.type == "state" or actor.name.lower() in self.countries):
                    return True
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

    @staticmethod
    def _described(noun: Token, words: frozenset[str]) -> bool:
        """Whether a participle or modifier of the counted noun says it is one of ``words``: before it ("the kidnapped
        students", "62 kidnap victims") or right after it ("30 people abducted by bandits", "21 women held by the
        militants", "17 villagers who had been kidnapped")."""
        for c in noun.children:
            if c.dep_ in ("amod", "compound") and c.i < noun.i and c.lower_ in words:
                return True
            if c.dep_ in ("acl", "relcl") and c.i > noun.i and (c.lower_ in words or lemma_of(c) in words):
                return True
        return False

    @staticmethod
    def _agents(tok: Token) -> list[Token]:
        """The subject of a trigger verb, or of the verb it completes ("the rebel group is believed to be holding")."""
        own = [c for c in tok.children if c.dep_ == "nsubj"]
        if own or tok.dep_ != "xcomp":
            return own
        return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]

    def _capacity(self, head: Token) -> bool:
        """ "a site which can accommodate 10,000 people", "able to host 5,000": a capacity, no one counted."""
        h = head.head if head.dep_ == "nummod" else head
        v = h.head
        if h.dep_ != "dobj" or lemma_of(v) not in self.capacity:
            return False
        return any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in v.children) \
            or (v.dep_ == "xcomp" and lemma_of(v.head) == "able")

    def _goods_of_people(self, pobj: Token, noun: Token | None) -> bool:
        """Whether a phrase on counted people names goods or vehicles ("30,000 people with food trucks"), which say
        how they were reached, not what they are."""
        return noun is not None and lemma_of(pobj) in self.goods and lemma_of(noun) not in self.goods

    def _with_other_harm(self, v: Token, m: str, noun: Token | None, table: ActorTable | None) -> bool:
        """Whether a verb of the killed or the injured is joined by a verb of the other that counts no one of its own
        ("were injured or killed", "have been killed or wounded"): the count combines both (docs/annotation.md)."""
        other = "injured" if m == "killed" else "killed"
        return any(c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ") and all(  # "killed or injured", next to each other
            t.dep_ in ("cc", "advmod", "aux", "auxpass") for t in v.doc[v.i + 1:c.i]) and not any(
            g.dep_ in ("nsubj", "nsubjpass", "nummod", "dobj") or g.like_num for g in c.children)
            and self._verb_measure(c, noun, table) == other for c in v.children)

    def _verb_measure(self, v: Token, noun: Token | None, table: ActorTable | None, depth: int = 0) -> str | None:
        m = self.match(v, noun, False, self._region(v), table)
        # "assisted 4,030 stranded migrants to return home": the move they were helped to make is the figure
        if m == "assisted" and depth < 2:
            moved = next((m2 for c in v.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                          for m2 in [self._verb_measure(c, noun, table, depth + 1)] if m2 in ("returned", "evacuated")),
                         None)
            m = moved or m
        if m:
            return m
        # "four more hostages were added to Israel's list of fatalities", "added to the death toll": what is added to
        # a list or a total is counted as it
        if lemma_of(v) == "add":
            for p in (p for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                      if p.dep_ == "pobj"):
                of = next((g for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                           if g.dep_ == "pobj"), None)
                for w in (of, p) if lemma_of(p) in self.totals | {"list", "tally", "roll"} else ():
                    m = self.match(w, noun, True, [w], table) if w is not None else None
                    if m:
                        return m
        for c in v.children:
            # "were forced to flee", "remain missing", "left 30 dead", "died of their wounds"
            # "had been admitted with shrapnel wounds"
            # ("As a key body in protecting prisoners, the headquarters has organized ...": an "as" before the verb
            # says what its subject is)
            if c.dep_ in ("xcomp", "acomp", "oprd", "attr") or (c.dep_ == "prep" and c.lower_ in ("as", "with")
                                                                   and not (c.lower_ == "as" and c.i < v.i)) \
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
