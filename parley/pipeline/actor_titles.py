"""Roles and title phrases for the actors stage (steps 3 and 4 of :mod:`parley.pipeline.actors`).

Titles before a name ("Presidential Spokesperson Ibrahim Kalın") and appositions ("Andrei Yarmak,
the head of the staff of Ukraine's president") give a person's role and country; definite title
phrases ("the presidential spokesperson") then refer back to the person whose role they name, and
indefinite ones with a state or body ("a Ukrainian negotiator") describe a person of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from parley.pipeline.gazetteer import fold

if TYPE_CHECKING:
    from parley.pipeline.actors import ActorRecognizer, _Cluster


class TitleReader:
    """Mixin of the actor builder: reads titles, appositions and title phrases."""

    doc: Doc
    rec: ActorRecognizer
    clusters: dict[str, _Cluster]
    taken: set[int]

    def _cluster(self, key: str, type_: str, **kw: Any) -> _Cluster:
        raise NotImplementedError

    def _roles(self) -> None:
        doc = self.doc
        for c in self.clusters.values():
            if c.type != "person":
                continue
            for start, end, kind in list(c.mentions):
                if kind != "name":
                    continue
                role, country = self._title_before(start)
                if role is None:
                    role, country = self._apposition(doc[start:end])
                if role and not c.role:
                    c.role = role
                if country and not c.country:
                    c.country = country
                if role and not c.sector:
                    head = role.lower().split()[-1]
                    c.sector = (self.rec.titles.get(head) or {}).get("sector")

    def _country_of(self, token: Token) -> str | None:
        hit = self.rec.dictionary.lookup(token.text)
        if hit and hit.entry.type == "state":
            return hit.entry.country
        if hit and hit.entry.country:
            return hit.entry.country
        return None

    def _title_before(self, start: int) -> tuple[str | None, str | None]:
        """"Ukrainian President" before "Volodymyr Zelenskyy": role and country."""
        doc = self.doc
        i = start - 1
        words: list[Token] = []
        country = None
        while i >= 0:
            t = doc[i]
            if t.is_punct or t.pos_ in ("DET", "VERB", "AUX", "ADP", "CCONJ", "PRON") or not t.text[:1].isupper():
                if t.tag_ == "POS" and i > 0:  # "Ukraine's President"
                    country = country or self._country_of(doc[i - 1])
                break
            cc = self._country_of(t)
            if cc and not self.rec._is_title(t):
                country = country or cc
                break
            words.insert(0, t)
            i -= 1
        if not words or not any(self.rec._is_title(t) for t in words):
            return None, country
        while words and not self.rec._is_title(words[-1]):
            words.pop()
        return (" ".join(t.text for t in words) or None), country

    def _apposition(self, span: Span) -> tuple[str | None, str | None]:
        """", the head of the staff of Ukraine's president,": the parser may hang the apposition on
        an earlier conjunct ("Zelenskyy and Yarmak, the head ..."), so it is taken by position."""
        doc = self.doc
        if span.end >= len(doc) or doc[span.end].text != ",":
            return None, None
        for t in doc[span.end + 1:min(span.end + 5, len(doc))]:
            if t.dep_ == "appos" and self.rec._is_title(t):
                words = []
                for w in t.subtree:
                    if w.i > t.i and (w.is_punct or w.dep_ in ("relcl", "acl", "advcl")
                                      or (w.dep_ == "prep" and w.lower_ != "of")):
                        break
                    if w.i >= t.i or w.dep_ != "det":
                        words.append(w)
                if not words:
                    return None, None
                self.taken.update(range(span.end + 1, words[-1].i + 1))
                country = next((self._country_of(w) for w in words if self._country_of(w)), None)
                return doc[words[0].i:words[-1].i + 1].text, country
        return None, None

    # title phrases ----------------------------------------------------------------------
    def _title_phrases(self) -> None:
        doc = self.doc
        for t in doc:
            if t.i in self.taken or not self.rec._is_title(t) or t.pos_ not in ("NOUN", "PROPN"):
                continue
            if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper():
                continue  # part of a name ("President Zelenskyy")
            left = [c for c in t.lefts]
            det = next((c for c in left if c.dep_ == "det"), None)
            start = min(c.i for c in left) if left else t.i
            phrase = doc[start:t.i + 1]
            subject = t.dep_ in ("nsubj", "nsubjpass")
            if det is not None and det.lower_ == "the" and not t.tag_.endswith("S"):
                self._definite_title(phrase, t)
            elif subject and (det is not None and det.lower_ in ("a", "an") or (det is None and t.tag_ == "NNS")):
                # "a U.N. spokesperson said", "a senior official of the U.S. State Department said",
                # "Turkish diplomatic sources said": a described speaker of a state or body
                self._described_person(doc[start:self._post_modifier_end(t)], t)

    def _post_modifier_end(self, head: Token) -> int:
        """End of "spokesperson for the Ministry of Foreign Affairs": the head and its of/for/from phrase."""
        end = head.i + 1
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "from", "at", "with") and child.i == end:
                end = max(w.i for w in child.subtree) + 1
                break
        return end

    def _definite_title(self, phrase: Span, head: Token) -> None:
        best: _Cluster | None = None
        best_pos = -1
        lemma = head.lemma_.lower()
        for c in self.clusters.values():
            if c.type != "person" or not c.role:
                continue
            role_words = {w.lower().rstrip("s") for w in c.role.replace("-", " ").split()}
            if lemma not in role_words and head.lower_ not in role_words:
                continue
            before = [m for m in c.mentions if m[0] < phrase.start]
            if before and before[-1][0] > best_pos:
                best, best_pos = c, before[-1][0]
        if best is not None:
            best.add(phrase, "title")
            self.taken.update(range(phrase.start, phrase.end))

    def _described_person(self, phrase: Span, head: Token) -> None:
        country = None
        org: _Cluster | None = None
        for t in phrase:
            m = next((c for c in self.clusters.values() for s, e, _ in c.mentions if s <= t.i < e), None)
            if m is not None and m.type == "state":
                country = m.country
            elif m is not None and m.type in ("organization", "group"):
                org = m
        if country is None and org is None:
            return
        qualifier = next((c for c in self.clusters.values() if c.type == "state" and c.country == country), None)
        if phrase.end > head.i + 1:  # a post-modifier: keep the words as written, less the article
            name = phrase[1:].text if phrase[0].dep_ == "det" else phrase.text
        else:
            words = [w.text for w in phrase if w.dep_ != "det" and w.pos_ != "ADJ" or self._country_of(w)]
            name = " ".join(words)
        if head.tag_ == "NNS":
            # "U.N. officials said", "Turkish diplomatic sources said": the body itself speaks
            body = qualifier if country else org
            bodies = {c.key for t in phrase for c in self.clusters.values() for s, e, _ in c.mentions if s <= t.i < e}
            if body is not None and len(bodies) == 1 and not any(t.dep_ == "cc" for t in phrase):
                body.add(phrase, "description")
                self.taken.update(range(phrase.start, phrase.end))
            return
        c = self._cluster(f"desc:{fold(name)}", "person", name=name)
        c.country = country or (org.country if org else None)
        c.sector = (self.rec.titles.get(head.lemma_.lower()) or {}).get("sector") or (org.sector if org else None)
        c.role = head.lemma_.lower()
        c.add(phrase, "description")
        self.taken.update(range(phrase.start, phrase.end))

