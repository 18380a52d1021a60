"""Pronouns in event clauses: "he" and "she" to the nearest person named before ("himself" in what
someone says to the one who says it), "it" and "its" to
the nearest state or organization (or the speaker of the clause), "they" and "them" to the nearest
pair of parties joined by "and" (or the main parties after "the two sides"), and "we", "our" and "I"
inside a quotation to its speaker (from ``doc._.quotes`` when the quotes stage found it, otherwise
the subject of the speech verb beside the quotation).

:class:`PronounResolution` is a part of :class:`.event_references.PartyResolver`: it reads the
resolver's actor table, sentences and phrase helpers.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley.pipeline.event_phrases import QUOTE_CLOSE, inside_quote
from parley.pipeline.event_words import (
    CONJUNCT_STOP_DEPS,
    NOUN_POS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    SPEAKER_PRONOUNS,
    SUBJECT_DEPS,
    THING_PRONOUNS,
)

# Reflexive pronouns that may stand as subjects in speech ("he said that himself and Tatar agreed").
REFLEXIVE_PRONOUNS = {"himself", "herself"}
# Nouns for a body of people that the text may continue with "they" ("The Israeli military said that they
# had launched ...").
COLLECTIVE_BODIES = {"military", "army", "navy", "police", "government", "junta", "militia", "group", "movement",
                     "alliance", "coalition", "command", "force", "administration", "leadership", "authority"}


# Nouns for a war itself, which a following "it" may continue ("The conflict ... It has killed ...").
CONFLICT_NOUNS = {"conflict", "war", "fighting", "violence", "crisis", "insurgency", "rebellion", "hostilities",
                  "offensive", "campaign", "unrest", "fight"}


class PronounResolution:
    """The pronoun half of the party resolver."""

    def resolve_pronoun(self, token: Token) -> str | None:
        """The actor a pronoun refers to, or None (see the module docstring)."""
        if token.i not in self._pronoun_cache:
            self._pronoun_cache[token.i] = self._resolve(token)
        return self._pronoun_cache[token.i]

    def _resolve(self, token: Token) -> str | None:
        low = token.lower_
        if low in REFLEXIVE_PRONOUNS:
            # "he said that himself and Tatar agreed to have a meeting": the one who says it
            return self._reporter(token) or self._antecedent(token, {"person"}, prefer_subject=True)
        if low in PERSON_PRONOUNS:
            body = self._untitled_reporter(token)
            if body is not None:
                return body
            return self._antecedent(token, {"person"}, prefer_subject=True, skip=self._clause_subject(token))
        if low in THING_PRONOUNS:
            if self._continues_conflict(token):
                return None  # "The conflict has turned into a proxy war ... It has killed 150,000 people"
            return self._speaker_of_clause(token) or self._antecedent(
                token, {"state", "organization", "group"}, prefer_subject=True, skip=self._clause_subject(token))
        if low in SPEAKER_PRONOUNS and inside_quote(token):
            return self._quote_speaker(token)
        return None

    def plural_antecedent(self, token: Token) -> list[str]:
        """The parties "they", "them" or "their" refer to: the nearest pair of party actors joined
        by "and" before it, or the main parties after "the two sides", within two sentences."""
        if inside_quote(token):
            return []
        named = self._reporting_subject(token) or self._plural_subject_before(token) or self._plural_object_before(token)
        if named:
            # "The Houthis, aligned with Iran, ousted ... They have been fighting": a plural-named subject
            return named
        earliest = self._sentence_start(token, back=2)
        for t in reversed(self.doc[earliest:token.i]):
            if self.is_sides(t):
                return self.sides_at(t)
            if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
                continue
            group = [t, *t.conjuncts]
            ids: list[str] = []
            for g in group:
                # actor_at, not actors_in: a "their" inside the phrase must not be resolved again
                actor_id = next((a for x in self.conjunct_tokens(g) if (a := self.actor_at(x))), None)
                if actor_id and actor_id not in ids:
                    ids.append(actor_id)
            if len(ids) >= 2:
                return ids
        return self._body_subject_before(token)

    def _reporting_subject(self, token: Token) -> list[str]:
        """The party "they" stands for in what it says of itself: "Houthi rebels announced that they
        had launched an assault"."""
        clause = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return []
        speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        # "The Israeli military said ... that they had launched night attacks": a body named in the
        # singular is many people too
        # "the RSF said they were extending ... a previous truce": an armed group is many people
        if speaker is None or not (speaker.tag_ in ("NNS", "NNPS") or speaker.lower_.endswith("s")
                                   or (token.dep_ == "nsubj" and speaker.lemma_.lower() in COLLECTIVE_BODIES)
                                   or (token.dep_ == "nsubj" and self.actor_type(self.actor_at(speaker) or "") == "group")):
            return []
        for t in [speaker, *(c for c in speaker.children if c.dep_ == "compound")]:
            a = self.actor_at(t)
            if a is not None and self.actor_type(a) in ("group", "organization", "state"):
                return [a]
        return []

    def _plural_object_before(self, token: Token) -> list[str]:
        """The party "them" as an object refers to when its sentence names a plural of one party
        before it: "Israel detained two Hamas commanders and accused them of planning attacks"."""
        if token.dep_ not in ("dobj", "dative", "pobj"):
            return []
        for t in reversed(token.sent[:token.i - token.sent.start]):
            if t.tag_ not in ("NNS", "NNPS") or t.dep_ in SUBJECT_DEPS | {"nsubjpass"}:
                continue
            ids: list[str] = []
            for x in self.phrase_tokens(t, CONJUNCT_STOP_DEPS):
                a = self.actor_at(x) if x.lower_ not in PLURAL_PRONOUNS else None
                if a is not None and a not in ids:
                    ids.append(a)
            if len(ids) == 1 and self.actor_type(ids[0]) in ("state", "group"):
                return ids
        return []

    def _body_subject_before(self, token: Token) -> list[str]:
        """The body named by a plural noun ("gunmen", "bandits") that a subject "they" continues, as
        the subject of a clause before it in its sentence: "after the gunmen left the house, they killed
        six persons"."""
        if token.dep_ not in ("nsubj", "nsubjpass") or not self.bodies:
            return []
        for t in reversed(token.sent[:token.i - token.sent.start]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") and self.table.at(t) is None \
                    and not t.conjuncts:
                body = self.collectives.holder(t)
                return [body] if body is not None else []
        return []

    def _plural_subject_before(self, token: Token) -> list[str]:
        """The party a sentence-initial "they" continues: the plural-named subject ("the Houthis",
        "the Taliban") of the sentence before, when it is one party and not a pair."""
        if token.dep_ not in ("nsubj", "nsubjpass") or any(t.pos_ in NOUN_POS for t in token.sent[:token.i - token.sent.start]):
            return []
        start = self._sentence_start(token, back=1)
        prev = self.doc[start:token.sent.start]
        subjects = [t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        for subj in subjects[:1]:
            if subj.tag_ not in ("NNPS", "NNS") and not subj.text.endswith("s"):
                return []
            if any(c.dep_ == "conj" for c in subj.children):
                return []
            a = self.actor_at(subj)
            if a is not None and self.actor_type(a) in ("group", "organization"):
                return [a]
        return []

    def _reporter(self, token: Token) -> str | None:
        """The person who says the clause a word stands in: the subject of the nearest speech verb above
        it, resolved if it is itself a pronoun."""
        cur = token
        for _ in range(6):
            if cur.head.i == cur.i:
                return None
            cur = cur.head
            if cur.lemma_.lower() in self.speech_verbs:
                subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
                return self.actor_at(subj) if subj is not None and subj.i != token.i else None
        return None

    def _untitled_reporter(self, token: Token) -> str | None:
        """The body an unnamed office-holder who says "he" or "she" of himself speaks for: "The head of
        the Syrian government delegation ... said he had a useful meeting with ..." (Syria). None when
        the reporter is named, or is itself a known actor."""
        clause = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" \
                or clause.head.lemma_.lower() not in self.speech_verbs:
            return None
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or self.actor_at(subj) is not None:
            return None
        found = [a for t in self.phrase_tokens(subj) if t.i != subj.i and (a := self.actor_at(t)) is not None]
        found += [a for c in subj.children if c.dep_ == "appos" and (a := self.actor_at(c)) is not None]
        if not found or any(self.actor_type(a) == "person" for a in found):
            return None  # "The UN special envoy to Yemen, Martin Griffiths, said he met ...": named
        return found[0] if self.actor_type(found[0]) in ("state", "organization", "group") else None

    def _speaker_of_clause(self, token: Token) -> str | None:
        """The state, organization or group that "it" reports of itself: "Israel launched a strike
        on Qatar's capital, saying it had targeted Hamas leadership"."""
        clause = token.head
        if token.lower_ != "it" or token.dep_ != "nsubj" or clause.dep_ != "ccomp" \
                or clause.head.lemma_.lower() not in self.speech_verbs:
            return None
        cur = clause.head
        for _ in range(3):
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                a = self.actor_at(subj) if subj.i != token.i else None
                return a if a is not None and self.actor_type(a) in ("state", "organization", "group") else None
            if cur.dep_ not in ("advcl", "conj", "xcomp") or cur.head.i == cur.i:
                return None
            cur = cur.head
        return None

    def _clause_subject(self, token: Token) -> str | None:
        """The actor an object pronoun cannot stand for: the subject of its own clause ("the
        government cut off relations with the UAE, accusing it of ..." accuses the UAE, not itself)."""
        if token.dep_ not in ("dobj", "dative", "pobj") or token.lower_ in ("its", "his", "her"):
            return None
        cur = token.head.head if token.dep_ == "pobj" else token.head
        for _ in range(4):
            subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return self.actor_at(subj) if subj.i != token.i else None
            if cur.dep_ not in ("advcl", "xcomp", "conj") or cur.head.i == cur.i:
                return None
            cur = cur.head
        return None

    def _antecedent(self, token: Token, types: set[str], prefer_subject: bool = False,
                    skip: str | None = None) -> str | None:
        sent_start = token.sent.start
        earliest = self._sentence_start(token, back=2)
        candidates: list[tuple[int, str, bool]] = []
        for m in self.table.mentions:
            if m.start >= token.i or m.start < earliest or m.actor_id == skip:
                continue
            a = self.table.get(m.actor_id)
            if a is None or a.type not in types or a.sector == "MED":
                continue  # a news agency reports; "its forces" are not AFP's
            root = self.doc[m.start:m.end].root
            candidates.append((m.start, m.actor_id, root.dep_ in SUBJECT_DEPS or root.dep_ == "poss"))
        # pronouns resolved earlier count as mentions too: "he said ... he added"
        for i, actor_id in self._pronoun_cache.items():
            a = self.table.get(actor_id)
            if actor_id and actor_id != skip and a is not None and a.type in types and earliest <= i < token.i:
                candidates.append((i, actor_id, self.doc[i].dep_ in SUBJECT_DEPS))
        if not candidates:
            return None
        candidates.sort()
        if prefer_subject:
            subjects = [c for c in candidates if c[2] and c[0] >= sent_start] or [c for c in candidates if c[2]]
            if subjects:
                return subjects[-1][1]
        return candidates[-1][1]

    def _continues_conflict(self, token: Token) -> bool:
        """Whether a sentence's subject "it" goes on with the war the sentence before made its subject
        ("Yemen's conflict ... has in recent years turned into a regional proxy war ... It has killed
        more than 150,000 people"): the war, not a party, is what "it" names."""
        if token.dep_ != "nsubj" or any(t.dep_ in ("nsubj", "nsubjpass") for t in token.sent[:token.i - token.sent.start]):
            return False
        idx = self.sentence_index[token.sent.start]
        if idx == 0:
            return False
        before = self.sentences[idx - 1]
        subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and subject.lemma_.lower() in CONFLICT_NOUNS and self.table.at(subject) is None

    def _sentence_start(self, token: Token, back: int) -> int:
        idx = self.sentence_index[token.sent.start]
        return self.sentences[max(0, idx - back)].start

    def _quote_speaker(self, token: Token) -> str | None:
        found = quote_speaker_at(token)
        if found is not None:
            return found
        # The speech verb after the closing quote ("...," he said), else before the opening one.
        text = self.doc.text
        line_end = text.find("\n", token.idx)
        line_end = len(text) if line_end < 0 else line_end
        close = min((p for p in (text.find(q, token.idx, line_end) for q in QUOTE_CLOSE) if p >= 0), default=-1)
        spans: list[Span] = []
        if close >= 0:
            after = self.doc.char_span(close + 1, line_end, alignment_mode="expand")
            if after is not None:
                spans.append(after)
        line_start = text.rfind("\n", 0, token.idx) + 1
        before = self.doc.char_span(line_start, token.idx, alignment_mode="contract")
        if before is not None:
            spans.append(before)
        for span in spans:
            for t in span:
                if t.lemma_.lower() in self.speech_verbs and t.pos_ == "VERB":
                    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None and subj.i != token.i and subj.lower_ not in SPEAKER_PRONOUNS:
                        actor_id = self.actor_at(subj) or next(iter(self.actors_in(self.phrase_tokens(subj))), None)
                        if actor_id:
                            return actor_id
        return None


def quote_speaker_at(token: Token, direct_only: bool = False) -> str | None:
    """The speaker the quotes stage found for the quotation a token stands in, if any; with ``direct_only``
    only a direct quotation counts (what a party says in its own words, not a paraphrase)."""
    for q in token.doc._.quotes or []:
        if q.span[0] <= token.idx < q.span[1] and q.speaker and (q.direct or not direct_only):
            return q.speaker
    return None
