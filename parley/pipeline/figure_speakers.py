"""Who speaks for a figure when the parse does not say it plainly (step 5 of figures, with ``figure_sources``): a
closing speaker after the last comma or cut off by the sentence splitter, a name set off by commas, an "it" or "they"
and a definite noun ("the authority", "the group") for whoever reported before, and a next sentence that says who
reported this one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from parley.pipeline.event_descriptions import _ends_in
from parley.pipeline.extensions import ActorTable
from parley.pipeline.figure_counts import lemma_of

SOURCE_TYPES = ("organization", "person", "state", "group")


class SpeakerRules:
    """The speaker rules :class:`parley.pipeline.figure_sources.SourceFinder` builds on."""

    source_verbs: set[str]
    carriers: set[str]
    definite_bodies: set[str]

    if TYPE_CHECKING:
        def _source_name(self, tok: Token, table: ActorTable | None, back: bool = True) -> str | None: ...

        def _according(self, according: Token, table: ActorTable | None, back: bool = True) -> str | None: ...

    def _announced_next(self, doc: Doc, sent: Span, table: ActorTable | None) -> str | None:
        """ "Six other patients ... were injured. This was reported on Wednesday by the press service of the Ministry of
        Health": a next sentence that says who announced what this one says."""
        if sent.end >= len(doc):
            return None
        nxt = doc[sent.end].sent
        # "... on Friday, Maj. Arvin Encinas, Western Mindanao Command (WESTMINCOM) spokesman, said.": a closing speaker
        # the sentence splitter cut off (at a title's dot) is a "sentence" of a subject and a bare reporting verb
        root = nxt.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        end = sent.end
        while end > sent.start + 2 and doc[end - 1].is_space:
            end -= 1
        last = doc[end - 1]
        cut_off = last.text == "," or last.text == "." and len(doc[end - 2]) <= 4 and doc[end - 2].text.istitle()
        if cut_off and subj is not None and subj.i < root.i and lemma_of(root) in self.source_verbs \
                and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "conj") for c in root.children) and self._closes(root):
            return self._source_name(subj, table, back=False)
        # "Humanitarians reached more than 4 million people ... They gave priority to ..., the office said in its latest
        # situation report.": a next sentence that goes on with the same people ("they", "it") and closes with its
        # reporter reports this one too
        said = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i), None)
        if said is not None and subj is not None and subj.i > said.i and lemma_of(root) in self.source_verbs \
                and nxt[0].lower_ in ("they", "it") and nxt[0].head.i == said.i and self._closes(root) \
                and nxt[0].dep_ == "nsubj":
            return self._source_name(subj, table, back=False)
        # the subject: "This was reported by ...", "The figures were confirmed by ...", "That is according to ..."
        first = next((t for t in nxt if t.dep_ in ("nsubj", "nsubjpass")), None)
        if first is None or not (first.lower_ in ("this", "that") or lemma_of(first) in self.carriers and any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "this", "those") for c in first.children)
                and not any(c.dep_ == "prep" for c in first.children)) or first.left_edge.i > nxt.start + 1:
            return None
        verb = first.head
        if first.dep_ == "nsubj" and lemma_of(verb) == "be":
            # "That's according to the local health department"
            according = next((c for c in verb.children if c.lower_ == "according"), None)
            return self._according(according, table, back=False) if according is not None else None
        if first.dep_ != "nsubjpass" or lemma_of(verb) not in self.source_verbs:
            return None
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        return self._source_name(pobj, table, back=False) if pobj is not None else None

    @staticmethod
    def _trailing_subject(doc: Doc, sent: Span, verb: Token) -> str | None:
        """The noun phrase between the last comma and a closing reporting verb (", locals and media reports said")."""
        comma = next((t.i for t in reversed(doc[sent.start:verb.i]) if t.text == ","), None)
        words = doc[comma + 1:verb.i] if comma is not None else None
        if words is None or not 1 <= len(words) <= 6 or not all(
                t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "CCONJ") for t in words) or words[-1].pos_ not in ("NOUN", "PROPN"):
            return None
        start = next(t.i for t in words if t.pos_ != "DET")
        return doc[start:verb.i].text

    @staticmethod
    def _closes(verb: Token) -> bool:
        """Whether a verb closes its sentence, but for a date ("..., X said.", "..., X reported on Tuesday.")."""
        rest = list(verb.doc[verb.i + 1:verb.sent.end])
        # (", citing the Interior Ministry", ", adding that ...": what follows a closing participle)
        cut = next((k for k, t in enumerate(rest[:-1]) if t.text == "," and rest[k + 1].tag_ == "VBG"), len(rest))
        rest = rest[:cut]
        # (its own phrases of time, place and channel: "on Tuesday", "in its latest situation report", "told AFP")
        own = {t.i for c in verb.children if c.i > verb.i and (c.dep_ in ("prep", "npadvmod", "advmod", "dative") or
                                                              c.dep_ == "dobj" and lemma_of(verb) == "tell")
               for t in c.subtree}
        return all(t.is_punct or t.is_space or t.ent_type_ in ("DATE", "TIME") or t.i in own for t in rest)

    @staticmethod
    def _serves_in(tok: Token, verb: Token, table: ActorTable | None) -> bool:
        """Whether a name just before a reporting verb only says where its named subject serves ("Major General
        Chowdhury Hasan Sarwardi of Bangladesh Army's Nine Infantry Division told reporters")."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or table is None or tok.i == subj.i or tok not in subj.subtree:
            return False
        prep = next((h for h in tok.ancestors if h.dep_ == "prep" and h in subj.subtree), None)
        if prep is None:
            return False
        named = [table.get(m.actor_id) for m in table.in_span(tok.doc[subj.left_edge.i:prep.i])]
        return any(a is not None and a.type == "person" for a in named)

    @staticmethod
    def _names_subject(tok: Token, verb: Token) -> bool:
        """Whether a name just before a reporting verb may be its speaker: not one inside a clause of the subject
        ("The U.S.-led coalition fighting the Islamic State in Iraq and Syria (ISIS) acknowledged")."""
        for h in tok.ancestors:
            if h.i == verb.i:
                return True
            if h.pos_ in ("VERB", "AUX") and h.dep_ in ("acl", "relcl"):
                return False
        return True

    def _closing_subject(self, doc: Doc, sent: Span, verb: Token, subj: Token | None, table: ActorTable | None
                         ) -> str | None:
        """ "..., south of Deh Chopan, Afghanistan, military officials in Kabul reported.": when the parser takes a
        subject from before the last comma, the noun phrase between that comma and a closing reporting verb is it;
        "MANILA, Philippines (AP) Authorities in the Philippines say": a subject inside a wire dateline is the words
        after it."""
        close = next((t.i for t in doc[sent.start:min(sent.end, sent.start + 8)] if t.text == ")"), None)
        if subj is not None and close is not None and doc[sent.start].text.isupper() and len(doc[sent.start]) > 1 \
                and subj.i < close and close + 1 < verb.i:
            return self._phrase_name(doc, list(doc[close + 1:verb.i]), table)
        # the verb must close the sentence ("..., X said.", "..., X said on Monday.", "..., X told Radio Free Asia on
        # Thursday.")
        rest = list(doc[verb.i + 1:sent.end])
        if rest and not (rest[0].lower_ == "on" or rest[0].ent_type_ in ("DATE", "TIME")) and not all(
                t.is_punct or t.is_space or t.ent_type_ in ("DATE", "TIME") or t.lower_ == "on"
                or (t.pos_ == "PROPN" and lemma_of(verb) == "tell") for t in rest):
            return None
        comma = next((t.i for t in reversed(doc[sent.start:verb.i]) if t.text == ","), None)
        # (a verb the parser left without a subject: "..., including an entire family, residents and officials told")
        if comma is None or subj is not None and subj.i > comma or comma + 1 >= verb.i:
            return None
        # ", Khaled Zayed, head of the Egyptian Red Crescent in al-Arish -- where ... -- told AFP": the words after the
        # last comma describe the subject named before them, who is the speaker
        if subj is not None and any(t.dep_ == "appos" and t.head.i == subj.i for t in doc[comma + 1:verb.i]):
            return None
        return self._phrase_name(doc, list(doc[comma + 1:verb.i]), table)

    @staticmethod
    def _phrase_name(doc: Doc, words: list[Token], table: ActorTable | None) -> str | None:
        """The name a short noun phrase gives a speaker: an actor named in it, or its words up to a preposition."""
        cut = next((k for k, t in enumerate(words) if t.pos_ == "ADP"), len(words))  # "... officials in Kabul"
        # ... but a name runs on through its qualifier ("the Syrian Observatory for Human Rights")
        if 0 < cut < len(words) - 1 and words[cut].lower_ in ("for", "of") and words[cut - 1].pos_ == "PROPN" \
                and all(t.text[:1].isupper() or t.lower_ in ("the", "and", "&") for t in words[cut + 1:]):
            cut = len(words)
        head = words[:cut]
        if not 1 <= len(head) <= 8 or not all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "CCONJ", "ADP") for t in head) \
                or head[-1].pos_ not in ("NOUN", "PROPN") or any(t.like_num for t in head):
            return None
        mentions = table.in_span(doc[head[0].i:head[-1].i + 1]) if table else []
        # a state or place that only modifies the head ("the Syrian Observatory") is not the speaker
        named = [table.get(m.actor_id) for m in mentions if table is not None and not (
            getattr(table.get(m.actor_id), "type", None) in ("state", "location") and m.end <= head[-1].i
            and head[-1].pos_ == "PROPN")]
        named = [a for a in named if a is not None and a.type in SOURCE_TYPES]
        if named:
            return named[-1].name
        words = [t for t in head if t.pos_ != "DET"]
        return doc[words[0].i:words[-1].i + 1].text if words else None

    def _antecedent(self, pron: Token, table: ActorTable | None) -> str | None:
        """ "The ministry explained, in its daily report, ... It said that ... reached 12,200": an "it" or "they"
        that reports stands for who reported in the sentence before: its "according to" or a reporting verb's
        subject."""
        doc = pron.doc
        sent = pron.sent
        if sent.start == 0:
            return None
        prev = doc[sent.start - 1].sent
        according = next((a for a in prev if a.lower_ == "according"), None)
        if according is not None and (name := self._according(according, table, back=False)):
            return name
        person = pron.lower_ in ("he", "she")
        for v in prev:
            if v.pos_ == "VERB" and lemma_of(v) in self.source_verbs:
                subj = next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                             and not c.like_num and not any(g.dep_ == "nummod" for g in c.children)), None)
                if subj is None:
                    continue
                m = table.at(subj) if table is not None else None
                named = table.get(m.actor_id) if m is not None and table is not None else None
                # "he" or "she" stands for a person named, "it" or "they" for anyone
                if person and not (subj.pos_ == "PROPN" or named is not None and named.type in ("person", "organization")
                                   ) or person and named is not None and named.type in ("state", "location"):
                    return None  # (the tagger may take a surname for a common noun, the actors stage for a body)
                return self._source_name(subj, table, back=False)
        return None

    def _body_named_before(self, tok: Token, table: ActorTable | None) -> str | None:
        """"According to the authority" after "UNHCR documented ...", "the same center had reported" after "...,
        Emergency Medical Center spokesperson": a definite singular noun for a body that names no one stands for the
        organization or group named before it (within three sentences), the one whose name ends in the noun first."""
        if table is None or tok.tag_ != "NN" or lemma_of(tok) not in self.definite_bodies or table.at(tok) is not None:
            return None
        left = [c for c in tok.children if c.i < tok.i]
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in left) or any(
                c.dep_ not in ("det", "amod") or c.pos_ == "PROPN" for c in left):
            return None
        doc = tok.doc
        sent = tok.sent
        for _ in range(3):
            if sent.start == 0:
                break
            sent = doc[sent.start - 1].sent
        before = [table.get(m.actor_id) for m in sorted(table.mentions, key=lambda m: -m.start)
                  if sent.start <= m.start and m.end <= tok.sent.start]  # (not a party the same sentence names)
        bodies = [a for a in before if a is not None and a.type in ("organization", "group")]
        named = next((a for a in bodies if _ends_in(a, tok.lower_)), None)
        if named is not None:
            return named.name
        # a name the actors stage left unlisted: the capitalised words ending in the noun ("Emergency Medical Center")
        last = next((t for t in reversed(doc[sent.start:tok.left_edge.i]) if t.pos_ == "PROPN" and t.lower_ == tok.lower_
                     and t.text[0].isupper()), None)
        if last is not None:
            start = last.i
            while start > sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[0].isupper():
                start -= 1
            if start < last.i:
                return doc[start:last.i + 1].text
        # "The Observatory said that ... 16 people were killed ... The group said six children ...": who reported in
        # the sentence before
        if (reporter := self._antecedent(tok, table)) is not None:
            return reporter
        return bodies[0].name if bodies else None
