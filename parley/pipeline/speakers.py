"""Who is speaking: maps the subject of a speech cue to an actor of ``doc._.actors``.

Names, title phrases ("the presidential spokesperson") and described persons ("a Ukrainian
negotiator") are mentions the actors stage already resolved; this module adds appositions
("A spokesman, Yahia Bolad, for the SLM"), authors of statements ("the statement posted to the
State Department's website") and pronouns. A pronoun resolves to the most recent compatible actor
that was a speaker or the subject of a main clause outside quotes, within a window of a few
paragraphs: the news convention of "he said" after a named speaker, which an embedded subject
("the spokesperson added that Zelenskyy praised ...") must not break.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from parley.pipeline.extensions import ActorTable, Mention

# Pronoun -> the actor types it can stand for.
_PERSON = frozenset({"person"})
_BODY = frozenset({"organization", "state", "group"})
PRONOUN_TYPES: dict[str, frozenset[str]] = {
    "he": _PERSON, "him": _PERSON, "his": _PERSON, "she": _PERSON, "her": _PERSON,
    "it": _BODY, "its": _BODY, "they": _BODY, "them": _BODY, "their": _BODY,
}
# Determiners of a definite description that refers back ("the official", "the Turkish leader").
DEFINITE = {"the", "this", "that"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# How far back (in tokens) a pronoun looks for its antecedent: about three short paragraphs.
WINDOW = 250
# Preference among the actors found inside a subject phrase: a named person speaks, an
# organization or state is the next best stand-in.
TYPE_RANK = {"person": 0, "organization": 1, "group": 1, "state": 2}


@dataclass(frozen=True)
class Speaker:
    """The actor a statement is attributed to and the words that say so."""

    actor_id: str | None
    text: str | None
    span: tuple[int, int] | None


NOBODY = Speaker(None, None, None)


class SpeakerResolver:
    """Resolves speech-cue subjects of one document, remembering who spoke last."""

    def __init__(self, doc: Doc, quoted: set[int], speech_nouns: frozenset[str],
                 person_nouns: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.person_nouns = person_nouns
        self.table: ActorTable = doc._.actors or ActorTable()
        self.quoted = quoted
        self.speech_nouns = speech_nouns
        # (token index, actor id) of main-clause subjects and speakers, in text order.
        self.history: list[tuple[int, str]] = []
        for t in doc:
            if t.dep_ in SUBJECT_DEPS and t.i not in quoted and self._main_clause(t.head) and t.pos_ != "PRON":
                found = self._actor_in(t)
                if found is not None:
                    self.history.append((t.i, found[0].actor_id))

    @staticmethod
    def _main_clause(verb: Token) -> bool:
        return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")

    def note(self, i: int, actor_id: str) -> None:
        """Remember that ``actor_id`` spoke at token ``i`` (the antecedent of a later "he said")."""
        bisect.insort(self.history, (i, actor_id))

    def resolve(self, subject: Token | None) -> Speaker:
        """The speaker named by the subject of a speech cue (None when it names no actor)."""
        if subject is None:
            return NOBODY
        span = (subject.idx, subject.idx + len(subject.text))
        if subject.pos_ == "PRON" or subject.lower_ in PRONOUN_TYPES:
            actor_id = self.antecedent(subject)
            return Speaker(actor_id, subject.text, span)
        phrase = self.doc[subject.left_edge.i:subject.i + 1]
        while len(phrase) > 1 and phrase[0].is_punct:
            phrase = phrase[1:]
        definite = self._definite(subject)
        if definite is not None:
            return Speaker(definite, phrase.text, (phrase.start_char, phrase.end_char))
        found = self._actor_in(subject)
        if found is not None:
            mention, _ = found
            return Speaker(mention.actor_id, mention.text, (mention.start_char, mention.end_char))
        return Speaker(None, phrase.text, (phrase.start_char, phrase.end_char))

    def _definite(self, head: Token) -> str | None:
        """'the Turkish leader', 'the official', 'the defense ministry': a definite description the
        actors stage left unresolved refers back to the last such actor (of the country it names)."""
        # the parser tags some lower-case nouns ("ministry") as proper nouns
        if not (head.pos_ == "NOUN" or head.is_lower) or self.table.at(head) is not None:
            return None
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
            return None
        country = None
        for t in self.doc[head.left_edge.i:head.i]:
            m = self.table.at(t)
            actor = self.table.get(m.actor_id) if m else None
            if actor is not None and actor.type == "state":
                country = actor.country
            elif actor is not None:
                return None  # "the head of the SLM": the organization named inside decides
        lemma = head.lemma_.lower()
        if lemma in self.person_nouns and not head.tag_.endswith("S"):
            def fits(actor_id: str) -> bool:
                actor = self.table.get(actor_id)
                return actor is not None and actor.type == "person" and (country is None or actor.country in (None, country))
        elif lemma in self.person_nouns:
            return None  # "the officials": a group the actors stage did not name
        else:
            def fits(actor_id: str) -> bool:
                actor = self.table.get(actor_id)
                return (actor is not None and actor.type == "organization" and lemma in actor.name.lower().split()
                        and (country is None or actor.country in (None, country)))
        seen = [(i, a) for i, a in self.history if i < head.i and head.i - i <= WINDOW]
        seen += [(m.start, m.actor_id) for m in self.table.mentions if m.start < head.i and head.i - m.start <= WINDOW
                 and lemma not in self.person_nouns]
        for _, actor_id in sorted(seen, reverse=True):
            if fits(actor_id):
                return actor_id
        return None

    def antecedent(self, pronoun: Token) -> str | None:
        """The actor a pronoun subject stands for, or None when no compatible actor is near."""
        types = PRONOUN_TYPES.get(pronoun.lower_)
        if types is None:
            return None
        pos = bisect.bisect_left(self.history, (pronoun.i, ""))
        for i, actor_id in reversed(self.history[:pos]):
            if pronoun.i - i > WINDOW:
                break
            actor = self.table.get(actor_id)
            if actor is not None and actor.type in types:
                return actor_id
        # No speaker or main subject fits: fall back to the nearest compatible mention.
        for m in reversed(self.table.mentions):
            if m.start >= pronoun.i or m.start in self.quoted:
                continue
            if pronoun.i - m.start > WINDOW:
                break
            actor = self.table.get(m.actor_id)
            if actor is not None and actor.type in types and m.kind != "pronoun":
                return m.actor_id
        return None

    def _actor_in(self, head: Token) -> tuple[Mention, Token] | None:
        """The actor mention a subject phrase stands for: itself, an apposition, or an author."""
        m = self._speaking_mention(head)
        if m is not None:
            return m, head
        best: tuple[int, int, Mention, Token] | None = None
        allow_clauses = head.lower_ in self.speech_nouns or head.lemma_.lower() in self.speech_nouns
        tokens = list(head.subtree)
        if allow_clauses:
            # "said the statement posted to the State Department's website": the parser may make
            # the statement the subject of what describes it, so its whole sentence is searched.
            tokens += [t for t in self.doc[head.i + 1:head.sent.end] if t not in tokens]
        for t in tokens:
            if t.i == head.i or t.i in self.quoted:
                continue
            if not allow_clauses and any(a.dep_ in ("relcl", "acl", "ccomp") and a.i != head.i
                                         for a in _path(t, head)):
                continue
            m = self._speaking_mention(t)
            if m is None:
                continue
            actor = self.table.get(m.actor_id)
            assert actor is not None
            # An apposition names the subject itself; other actors inside it are next best.
            rank = (0 if t.dep_ == "appos" or any(a.dep_ == "appos" for a in _path(t, head)) else 1,
                    TYPE_RANK.get(actor.type, 3))
            if best is None or (rank[0], rank[1]) < (best[0], best[1]):
                best = (rank[0], rank[1], m, t)
        return (best[2], best[3]) if best else None

    def _speaking_mention(self, token: Token) -> Mention | None:
        m = self.table.at(token)
        if m is None or m.kind == "pronoun":
            return None
        actor = self.table.get(m.actor_id)
        if actor is not None and actor.type == "location":
            # "according to Moscow": a capital speaks for its state.
            state = next((a for a in self.table.actors.values() if a.type == "state"
                          and (actor.name in a.aliases or m.text in a.aliases)), None)
            return Mention(state.id, m.start, m.end, m.start_char, m.end_char, m.text, "metonym") if state else None
        return m if actor is not None else None


def _path(token: Token, top: Token) -> list[Token]:
    """The tokens from ``token`` up to (not including) ``top``."""
    out = []
    t = token
    while t.i != top.i and t.head.i != t.i:
        out.append(t)
        t = t.head
    return out
