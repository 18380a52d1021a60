"""Who reported a figure: "according to ...", a reporting verb's subject, a quote's speaker (step 5 of figures)."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from parley import lexicon
from parley.pipeline.cues import DATELINE_DASHES
from parley.pipeline.extensions import ActorTable
from parley.pipeline.figure_counts import FigureDraft, lemma_of, word_set
from parley.pipeline.figure_speakers import SOURCE_TYPES, SpeakerRules

PLACE_PREPS = {"in", "across", "throughout", "inside", "within", "into"}
# Prepositions after which a name only places someone else ("A relief worker in Sebba said").
PLACING_PREPS = PLACE_PREPS | {"at", "from", "near"}
SUBORDINATORS = {"after", "before", "when", "while", "since", "because", "although", "though", "until", "if", "once"}
# verbs that only record what happened: their subject reports a toll it names as object ("confirmed the deaths of 41")
RECORDING_VERBS = {"confirm", "report", "record", "document", "verify", "count", "register", "announce", "tally",
                   "put", "estimate"}  # "... that put the death toll at 45,000"
REPORTING_SECTORS = {"IGO", "NGO"}  # humanitarian bodies, whose own operations they count and report
DATELINE_MARKS = (DATELINE_DASHES - {"-"}) | {":"}  # "Jerusalem (ICRC) –", "BANGKOK:"


class SourceFinder(SpeakerRules):
    """Names the source of a figure, the nearest first (step 5 of the ``parley_figures`` docstring)."""

    def __init__(self, data: dict[str, Any]) -> None:
        own = lexicon.resource("figure_sources.yaml") or {}
        self.source_verbs = word_set(data.get("source_verbs")) | word_set(own.get("reporting_verbs"))
        self.carriers = word_set(data.get("source_carriers"))
        self.unnamed = word_set(own.get("unnamed_reports"))
        self.generic_sources = word_set(data.get("generic_sources"))
        self.definite_bodies = word_set(own.get("definite_bodies"))
        self.governs = word_set(data.get("governs"))
        self.things = word_set(data.get("things"))
        # bodies whose own releases report figures (resources/figure_sources.yaml, shared with the store)
        self.reporting_bodies = sorted((str(n) for n in own.get("un", {}).get("names", [])), key=len, reverse=True)

    # -- step 5: source ------------------------------------------------------------------
    def source(self, doc: Doc, sent: Span, draft: FigureDraft, table: ActorTable | None
               ) -> tuple[str | None, Token | None]:
        anchor = draft.trigger or draft.head
        chain = [anchor, *anchor.ancestors]
        according = [t for t in sent if t.lower_ == "according"]
        # "according to X" sources the figure when it hangs on the figure's clause or one above it, the nearest
        # first: "Over 9,000 ... killed, according to ACLED, and the U.N. migration agency reports that ... 4.5
        # million" gives the second figure to the agency
        own = next((a for v in chain for a in according if a.head.i == v.i), None)
        reporter = next((v for v in chain if lemma_of(v) in self.source_verbs and v.pos_ == "VERB"
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
        # a clause the root only dates or explains ("..., a day after Hezbollah confirmed the death of ...") reports
        # nothing of the figure
        candidates += [c for c in root.children if c.dep_ in ("parataxis", "advcl", "conj") and c not in candidates
                       and not (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in SUBORDINATORS
                                                          for g in c.children))]
        # "... were killed in April, the health, defence and interior ministries revealed": a closing reporting verb
        # the parser joined to the figure's clause
        candidates += [c for v in chain for c in v.children if c.dep_ == "conj" and c.i > draft.end
                       and lemma_of(c) in self.source_verbs and c not in candidates]
        # "..., the number of injured people has grown to 15, 1TV broadcaster reported on Tuesday": a closing
        # reporting verb the parser hung on the noun before it as a modifier
        candidates += [t for t in doc[draft.end:sent.end] if t.dep_ == "acl" and t.head.i == t.i - 1
                       and lemma_of(t) in self.source_verbs and t.tag_ in ("VBD", "VBN") and t not in candidates
                       and not any(c.dep_ in ("agent", "dobj", "ccomp") for c in t.children)
                       and lemma_of(t.head) not in self.carriers and t.head.pos_ in ("NOUN", "PROPN")
                       and doc[t.head.left_edge.i - 1].text == "," and self._closes(t)]
        weak: tuple[str, Token] | None = None
        for v in candidates:
            if draft.trigger is not None and v.i == draft.trigger.i:
                continue  # who killed or released is no source of the count
            if draft.trigger is not None and draft.trigger.head.i == v.i and draft.trigger.dep_ == "dobj" \
                    and (draft.noun is None or draft.trigger.i != draft.noun.i) and lemma_of(draft.trigger) not in self.governs \
                    and lemma_of(v) not in RECORDING_VERBS and lemma_of(draft.trigger) not in self.carriers:
                continue  # "The clashes claimed the lives of 45 people"; but "OCHA counted the killing of 85 people",
                # "The Israel Defense Forces have confirmed the deaths of 41 hostages", "X gave a toll of 150 deaths"
            # "..., UN refugee agency UNHCR estimates.": the tagger makes a last reporting word a noun
            last = v.dep_ == "ROOT" and v.i + 2 >= sent.end - doc[sent.end - 1].is_space and v.tag_ in ("NNS", "VBZ", "NN")
            if lemma_of(v) not in self.source_verbs or (v.pos_ not in ("VERB", "AUX") and not last):
                continue
            # ", Deputy Head ... Kyrylo Tymoshenko said.": the name just before the verb is its speaker,
            # whatever the parser made the subject; "the International Organization for Migration (IOM) announced"
            j = v.i - 1
            while j > sent.start and doc[j].pos_ == "ADV" and doc[j].dep_ == "advmod":
                j -= 1  # ", Anne O'Mahony, meanwhile gave a toll of 150 deaths"
            if j > sent.start + 2 and doc[j].text == ")" and doc[j - 2].text == "(":
                j -= 1
                if not self._names_subject(doc[j], v):
                    j = -1  # an acronym inside a clause of the subject names no speaker
            elif j > sent.start + 2 and doc[j].text == "," and table is not None:
                # "The Israeli defense body in charge of ..., COGAT, said": a name set off by commas just before the
                # verb names its subject, however the parser attached it
                m = table.at(j - 1)
                named = table.get(m.actor_id) if m is not None else None
                if m is not None and named is not None and named.type in ("organization", "person", "group") \
                        and m.end == j and m.start > sent.start and doc[m.start - 1].text == ",":
                    j -= 1
            before = table.at(j) if table is not None and j >= sent.start else None
            named = table.get(before.actor_id) if before is not None and table is not None else None
            # ... unless it only places someone else ("A relief worker in Sebba said")
            if named is not None and named.type in SOURCE_TYPES and before is not None and before.end == j + 1 \
                    and not (doc[j].dep_ == "pobj" and doc[j].head.lower_ in PLACING_PREPS) \
                    and not self._serves_in(doc[j], v, table):
                return (self._source_name(doc[j], table) if lemma_of(doc[j]) in self.generic_sources
                        else named.name), v
            # the subject nearest the verb that is not itself a count ("365 more wounded ..., the ministry said")
            subj = next((c for c in sorted(v.children, key=lambda c: -c.i) if c.dep_ in ("nsubj", "nsubjpass")
                         and not c.like_num and not any(g.dep_ == "nummod" for g in c.children)), None)
            if subj is not None and v.dep_ == "relcl" and subj.tag_ in ("WDT", "WP"):
                subj = v.head  # "a report issued by X that put the death toll at 45,000": what "that" stands for
            if subj is None and v.tag_ == "VBG" and v.dep_ in ("advcl", "xcomp"):
                # "relatives ... issued a statement, asserting that at least 400 were killed": the participle
                # reports for the subject of the clause it hangs on
                subj = next((c for c in v.head.children if c.dep_ == "nsubj" and not c.like_num), None)
            if subj is None and v.dep_ == "acl" and v in candidates[len(chain):]:
                subj = v.head  # (the closing reporter the parser hung on the noun before it, above)
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            # "More than 70,000 wounded have been registered by the ministry": the agent of a passive reporting
            # verb reports it, also when the passive subject is the count itself; not an aside ("..., X stressed, as
            # reported by the news agency Unian")
            finite = any(c.dep_ == "auxpass" for c in v.children) and not any(c.dep_ == "mark" for c in v.children)
            if agent is not None and ((subj is None and finite) or (subj is not None and subj.dep_ == "nsubjpass")):
                subj = next((c for c in agent.children if c.dep_ == "pobj"), subj)
            if subj is not None and subj.i + 1 < sent.end and doc[subj.i + 1].text in (":", "\u2014", "--") \
                    and subj.i <= sent.start + 1:
                # "BANGKOK: A ... airstrike killed ten civilians, locals and media reports said": a dateline is no
                # speaker; the words after the last comma before the verb are
                subj = None
                tail = self._trailing_subject(doc, sent, v)
                if tail:
                    return tail, v
            if (tail := self._closing_subject(doc, sent, v, subj, table)):
                return tail, v
            if subj is None or subj.i == draft.head.i or (draft.noun is not None and subj.i == draft.noun.i):
                continue
            if lemma_of(subj) in ("toll", "number", "total"):
                continue  # "the death toll ... is estimated at 40": what is counted reports nothing
            name = self._source_name(subj, table)
            if name and lemma_of(subj) in self.carriers and weak is None and table is not None \
                    and not table.in_span(doc[subj.left_edge.i:subj.right_edge.i + 1]):
                weak = (name, v)  # "Official figures reveal that ..., the ... ministries revealed": who, if named
                continue
            if name:
                return name, v
        if weak is not None:
            return weak
        # a humanitarian body reports what it did itself: "WHO has facilitated the medical evacuation of five
        # patients", "WFP sent 45 trucks"; a state or armed group doing it ("Israel released 200") is no reporter
        doer = next((c for v in (anchor, *anchor.ancestors) if v.pos_ in ("VERB", "AUX") for c in v.children
                     if c.dep_ == "nsubj"), None)
        m = table.at(doer) if table is not None and doer is not None else None
        # "Jerusalem (ICRC) – The International Committee of the Red Cross (ICRC) today safely transferred ...": a
        # subject the parser took from a dateline stands for the first body named after it
        dash = next((t.i for t in doc[sent.start:min(sent.end, sent.start + 8)] if t.text in DATELINE_MARKS), None)
        if doer is not None and dash is not None and doer.i < dash and table is not None:
            m = next((x for x in table.in_span(doc[dash + 1:doer.head.i])), None)
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
        return self._announced_next(doc, sent, table), None

    def _according(self, according: Token, table: ActorTable | None, back: bool = True) -> str | None:
        """The source an "according to X" names."""
        to = next((c for c in according.children if c.lower_ == "to"), None)
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        return self._source_name(pobj, table, back) if pobj is not None else None

    def _unnamed_report(self, tok: Token) -> bool:
        """"Previous estimates had put the death toll at around 20,000": a report of no one named is no source."""
        left = tok.doc[tok.left_edge.i:tok.i]
        return any(t.lower_ in self.unnamed for t in left) and not any(t.pos_ in ("NOUN", "PROPN") for t in left)

    def _source_name(self, tok: Token, table: ActorTable | None, back: bool = True) -> str | None:
        doc = tok.doc
        # look through a carrier noun: "U.N. estimates", "data from the U.N. refugee agency", "figures published
        # by Grandi", "the statement released by the ICRC", "OCHA's tally"
        if lemma_of(tok) in self.carriers or tok.lower_ in self.carriers:
            for c in tok.children:
                preps = [c] if c.dep_ == "prep" and c.lower_ in ("from", "by", "of") else [
                    g for g in c.children if g.dep_ == "agent"] if c.dep_ == "acl" else []
                for prep in preps:
                    pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
                    # "its daily statistical report of casualties and injuries": what a report is of is no author
                    if pobj is not None and not (prep.lower_ == "of" and lemma_of(pobj) in self.things):
                        return self._source_name(pobj, table, back)
                if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
                    return self._source_name(c, table, back)
                # "according to its daily report": the body the possessive stands for, or no one named here
                if c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in ("its", "their"):
                    return self._source_name(c, table, back)
            # "The report said one Karen guerrilla died", "the statement, read on national television, said": a
            # definite report that names no one is the one the sentence before gave
            if back and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) and not (
                    table is not None and table.in_span(doc[tok.left_edge.i:tok.i + 1])):
                return self._antecedent(tok, table)
            if self._unnamed_report(tok):
                return None
        if tok.pos_ == "PRON":
            m = table.at(tok) if table is not None else None
            actor = table.get(m.actor_id) if m and table is not None else None
            if actor is None and back and tok.lower_ in ("it", "they", "he", "she") and tok.dep_ == "nsubj":
                return self._antecedent(tok, table)
            if self._unnamed_report(tok):
                return None
            return actor.name if actor is not None else None
        if (body := self._body_named_before(tok, table)) is not None:
            return body
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
        # ... and a title by the person it is: "the Head of the Office of the President, Kyrylo Budanov"
        if table is not None:
            for c in tok.children:
                m = table.at(c) if c.dep_ == "appos" and c.pos_ == "PROPN" else None
                if m is not None and (at is None or getattr(table.get(m.actor_id), "type", None) == "person"
                                      and getattr(table.get(at.actor_id), "type", None) != "person"):
                    return self._source_name(c, table)
        # the phrase up to its head and what it names: "the Hamas-run Gaza health ministry", not "in Gaza"; a
        # generic head keeps its "of" ("the Lebanese minister of health")
        generic = lemma_of(tok) in self.generic_sources
        cut = {t.i for c in tok.children if c.i > tok.i and c.dep_ in ("relcl", "acl", "prep", "punct", "appos", "amod")
               and not (generic and c.lower_ == "of") for t in c.subtree}
        phrase = [t for t in tok.subtree if t.i not in cut]
        covering_state = at is not None and table is not None and getattr(table.get(at.actor_id), "type", None) in (
            "state", "location")
        if generic and (at is None or covering_state) and phrase and tok.pos_ in ("NOUN", "PROPN"):
            # "Congolese authorities", "Lebanon's health ministry": the body as written, not the state it names
            named = [table.get(m.actor_id) for m in table.in_span(doc[phrase[0].i:phrase[-1].i + 1])] if table else []
            if named and all(a is not None and a.type in ("state", "location") for a in named):
                words = [t for t in phrase if t.dep_ not in ("det", "predet")]
                if len(words) <= 6:
                    return doc[words[0].i:words[-1].i + 1].text
        if table is not None and phrase:
            # "Houthi-controlled health authorities": who controls the body is not its name
            named = [table.get(m.actor_id) for m in table.in_span(doc[phrase[0].i:phrase[-1].i + 1])
                     if not (m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].tag_ == "VBN")]
            # the name the head belongs to, though it runs on ("... for Refugees")
            covering = [table.get(at.actor_id) if at else None]
            # a place inside the phrase only locates the source ("the Geneva-based office")
            ranked = [a for a in covering if a is not None] + [
                a for a in named if a is not None and a.type in SOURCE_TYPES]
            # ... but a description named by its bare generic head says more as written ("a medical source")
            bare = generic and ranked and ranked[0].name.lower() == tok.lower_ and phrase[0].i < tok.i
            if ranked and not bare:
                return ranked[0].name
        words = [t for t in phrase if t.dep_ not in ("det", "predet") and t.i <= tok.i and t.pos_ != "PRON"]
        if not words or len(words) > 6 or tok.pos_ not in ("NOUN", "PROPN"):
            return None
        return doc[words[0].i:tok.i + 1].text


    def reporting_publisher(self, publisher: str | None) -> str | None:
        """The reporting body a document's publisher names ("UNHCR (via ReliefWeb)" -> "UNHCR"), or None."""
        words = re.findall(r"[\w.]+", publisher or "")
        for name in self.reporting_bodies:
            n = name.split()
            if any(words[k:k + len(n)] == n for k in range(len(words))):
                return name
        return None
