"""References back for the speaker resolver (:mod:`parley.pipeline.speakers`, steps 3, 4 and 7).

Definite descriptions of persons ("the official", "the Turkish leader", "the Foreign Ministry
spokesman") refer back to the speaker introduced with the same noun, to the last person who spoke,
or to the last person of a compatible country; definite descriptions of bodies ("the group", "the
ministry") to the last actor whose name holds the noun, or else to the last speaker or subject of
the types the noun stands for; pronouns to the most recent compatible actor that was a speaker or
the subject of a main clause outside quotes.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from parley.pipeline.cues import SUBJECT_DEPS, SpeechCues
from parley.pipeline.extensions import ActorTable, Mention
from parley.pipeline.speaker_names import hyphen_modifier

# Pronoun -> the actor types it can stand for.
_PERSON = frozenset({"person"})
_BODY = frozenset({"organization", "state", "group"})
PRONOUN_TYPES: dict[str, frozenset[str]] = {
    "he": _PERSON, "him": _PERSON, "his": _PERSON, "she": _PERSON, "her": _PERSON,
    "it": _BODY, "its": _BODY, "they": _BODY, "them": _BODY, "their": _BODY,
}
# Types a name given a person's title may have been mistaken for ("Coordinator ..., Dossou Patrice
# Ahouansou, said" typed as an organization); a pronoun "he" may still stand for it.
TITLED_TYPES = frozenset({"organization", "group"})
# How far back (in tokens) a pronoun looks for its antecedent: about three short paragraphs.
WINDOW = 250


class SpeakerReferences:
    """Mixin of the speaker resolver: what a definite description or a pronoun refers back to."""

    doc: Doc
    cues: SpeechCues
    table: ActorTable
    quoted: set[int]
    person_nouns: frozenset[str]
    # (token index, actor id) of main-clause subjects and speakers, in text order.
    history: list[tuple[int, str]]
    # (token index, actor id, head noun) of resolved speakers.
    speakers: list[tuple[int, str, str]]

    def _phrase_country(self, head: Token) -> tuple[str | None, bool]:
        """The state a description names ("the Turkish leader") and whether it names another actor."""
        country, other = None, False
        for t in self.doc[head.left_edge.i:head.i]:
            m = self.table.at(t)
            actor = self.table.get(m.actor_id) if m else None
            if actor is not None and actor.type == "state":
                country = actor.country
            elif actor is not None and not hyphen_modifier(self, t):  # type: ignore[arg-type]
                other = True  # not "the Rome-based agency": where it sits, not another actor
        return country, other

    def _person_back(self, head: Token) -> str | None:
        """'the official', 'the Turkish leader', 'the Foreign Ministry spokesman' (step 3)."""
        lemma = head.lemma_.lower()
        country, other = self._phrase_country(head)
        # "According to the rebel spokesman" after "The SAF spokesman described ...": not the army's
        sectors = {sec for c in head.lefts if c.dep_ in ("amod", "compound")
                   for sec in self.cues.modifier_sectors.get(c.lower_, ())}

        def fits(actor_id: str) -> bool:
            actor = self.table.get(actor_id)
            return actor is not None and (country is None or actor.country in (None, country)) \
                and (not sectors or actor.sector is None or actor.sector in sectors)

        # the speaker introduced with the same noun ("a senior U.S. administration official said")
        for i, actor_id, noun in reversed(self.speakers):
            if i < head.i and head.i - i <= WINDOW and noun == lemma and fits(actor_id):
                return actor_id
        introduced = self._introduced_as(head)
        if introduced is not None and fits(introduced):
            return introduced
        if lemma in self.cues.anonymous_nouns or head.lower_ in self.cues.anonymous_nouns:
            return None  # "the source said": never the person last named
        if lemma in self.cues.speaker_nouns and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children):
            # "Guterres will serve a second term, his spokesman said. Stephane Dujarric, the chief
            # spokesman for the secretary-general, said ...": the spokesman named next, never the
            # person whose spokesman he is
            return self._introduced_later(head)
        if lemma in self.cues.speaker_nouns:
            # "the Kremlin spokesman said" after the spokesman was named: the last person who spoke
            found = self._last_person(head, country, speakers_only=True)
            if found is not None:
                return found
        if other:
            # "The UN official said" right after a person of the UN spoke: that person; else "the
            # head of the SLM": the organization named inside decides
            return self._member_back(head)
        return self._last_person(head, country) or self._next_speaker(head)

    def _member_back(self, head: Token) -> str | None:
        """'Stephane Dujarric, spokesman for the United Nations Secretary-General, has said ... The
        UN official said': a definite title naming a body refers back to the last person who spoke,
        when the body was named where that person was introduced (the same or the sentence before)."""
        if head.tag_.endswith("S"):
            return None
        bodies = [a for t in self.doc[head.left_edge.i:head.i] if (m := self.table.at(t)) is not None
                  and (a := self.table.get(m.actor_id)) is not None and a.type != "state"]
        person = self._last_person(head, None, speakers_only=True)
        if not bodies or person is None:
            return None
        first = min((m for m in self.table.mentions if m.actor_id == person), key=lambda m: m.start, default=None)
        if first is None or first.start >= head.i:
            return None
        sent = self.doc[first.start].sent
        lo = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        context = self.doc[lo:sent.end].text.lower()
        names = {n.lower() for a in bodies for n in (a.name, *a.aliases) if len(n) > 1}
        if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", context) for n in names):
            return person
        return None

    def _introduced_as(self, head: Token) -> str | None:
        """'The UN envoy to Libya, Abdullah Batele, held a series of meetings ... The UN envoy noted
        that ...': a definite title is the person last named in apposition to the same title, before
        any body its modifiers name."""
        lemma = head.lemma_.lower()
        for m in reversed(self.table.mentions):
            if m.start >= head.i or head.i - m.start > WINDOW:
                continue
            actor = self.table.get(m.actor_id)
            if actor is None or actor.type != "person" or m.start in self.quoted:
                continue
            if head.dep_ == "appos" and m.start <= head.head.i < m.end:
                continue  # "... meet with Brahim Ghali, the movement's representative to the UN told AFP": another
            if _named_with_title(self.doc, m.start, m.end, lemma):
                return actor.id
        return None

    def _introduced_later(self, head: Token) -> str | None:
        """The person named with the same title in the next two sentences ("his spokesman said ...
        Stephane Dujarric, the chief spokesman for the secretary-general, said")."""
        lemma = head.lemma_.lower()
        end = head.sent.end
        for _ in range(2):
            if end < len(self.doc):
                end = self.doc[end].sent.end
        for m in self.table.mentions:
            actor = self.table.get(m.actor_id)
            if m.start <= head.i or m.start >= end or m.start in self.quoted or actor is None or actor.type != "person":
                continue
            if _named_with_title(self.doc, m.start, m.end, lemma):
                return actor.id
        return None

    def _next_speaker(self, head: Token) -> str | None:
        """'..., the regional governor said on Sunday. "Overnight, ...," Serhiy Lysak wrote': a title
        that opens a report with no person before it is the person who speaks in the next sentence."""
        if any(a.type == "person" and any(m.start < head.i for m in self.table.mentions if m.actor_id == a.id)
               for a in self.table.actors.values()):
            return None
        nxt = head.sent.end
        if nxt >= len(self.doc):
            return None
        for t in self.doc[nxt:self.doc[nxt].sent.end]:
            m = self.table.at(t)
            actor = self.table.get(m.actor_id) if m is not None else None
            if actor is not None and actor.type == "person" and t.i not in self.quoted \
                    and _in_subject(t) and self.cues.is_verb(_clause_verb(t), direct=True):
                return actor.id
        return None

    def _last_person(self, head: Token, country: str | None, speakers_only: bool = False) -> str | None:
        seen = [(i, a) for i, a, _ in self.speakers] if speakers_only else self.history
        # a speaker introduced by a person's title is a person, whatever type the name was given
        titled = {a for _, a, noun in self.speakers if noun in self.person_nouns}
        for i, actor_id in sorted(seen, reverse=True):
            if i >= head.i or head.i - i > WINDOW:
                continue
            actor = self.table.get(actor_id)
            if actor is not None and (actor.type == "person" or (actor_id in titled and actor.type in TITLED_TYPES)) \
                    and (country is None or actor.country in (None, country)):
                return actor_id
        return None

    def _body_back(self, head: Token, definite: bool) -> str | None:
        """'the group', 'said the militia', 'the defense ministry' (step 4). An actor whose name holds
        the noun comes first; a noun of ``body_nouns`` then falls back on the last speaker or
        subject of the types it stands for."""
        if self.table.at(head) is not None:
            return None
        lemma, word = head.lemma_.lower(), head.lower_
        # "the paramilitary group", "the rebel movement", "the rights group": a modifier the actor's
        # names share, or the sector it names, decides
        modifiers = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i}
        sectors = {sec for w in modifiers for sec in self.cues.modifier_sectors.get(w, ())}
        titled = self._titled_body(head, modifiers)
        if titled is not None:
            return titled
        country, other = self._phrase_country(head)
        if other:
            return None

        def named(actor_id: str) -> bool:
            actor = self.table.get(actor_id)
            if actor is None or actor.type not in _BODY or (country and actor.country not in (None, country)):
                return False
            words = {w.lower().strip("'’") for n in (actor.name, *actor.aliases) for w in n.split()}
            if sectors and actor.sector not in sectors and not modifiers & words:
                return False  # "the rights group said": not "the Islamic State group"
            return lemma in words or word in words

        recent = [(i, a) for i, a in self.history if i < head.i and head.i - i <= WINDOW]
        recent += [(m.start, m.actor_id) for m in self.table.mentions
                   if m.start < head.i and head.i - m.start <= WINDOW and m.start not in self.quoted]
        for _, actor_id in sorted(recent, reverse=True):
            if named(actor_id):
                return actor_id
        types = self.cues.body_nouns.get(lemma) or self.cues.body_nouns.get(word)
        if not types or not definite:
            return None
        required = self.cues.body_sectors.get(lemma) or self.cues.body_sectors.get(word) or frozenset()
        candidates: list[str] = []
        # speakers and main subjects first: "the group" is the one the story is about, not the
        # last organization in passing
        unquoted = [(m.start, m.actor_id) for m in self.table.mentions if m.start not in self.quoted]
        # last, what the quote itself names: '"... does not commit the M23," the rebel movement's spokesman said'
        quoted = [(m.start, m.actor_id) for m in self.table.mentions if m.start in self.quoted]
        for pool in (self.history, unquoted, quoted):
            for i, actor_id in sorted(pool, reverse=True):
                if i >= head.i or head.i - i > WINDOW or actor_id in candidates:
                    continue
                actor = self.table.get(actor_id)
                if actor is None or actor.type not in types or (country and actor.country not in (None, country)):
                    continue
                if required and actor.sector not in required:
                    continue  # "the military said": not the news agency named last
                if actor.sector == "MED" and not required:
                    continue  # "the group insisted", after "Reuters has reported": not the reporter
                candidates.append(actor_id)
        if modifiers:
            actors = [a for a in (self.table.get(i) for i in candidates) if a is not None]
            # "the ethnic armed group said": a group before the army that fights it
            actors.sort(key=lambda a: a.type != lemma)
            for actor in actors:
                if (modifiers - set(self.cues.modifier_sectors)) & {w.lower() for n in (actor.name, *actor.aliases) for w in n.split()}:
                    return actor.id
            for actor in actors:
                if actor.sector in sectors:
                    return actor.id
            if sectors:
                return None  # "the rebel group" when no rebel group is named: not the last organization
        if not candidates and required:
            # "Israel killed three commanders ..., the military said" before "the Israeli military" is
            # named: the one actor of the document of that sector
            later = [a.id for a in self.table.actors.values() if a.type in types and a.sector in required
                     and (country is None or a.country in (None, country))]
            return later[0] if len(later) == 1 else None
        return candidates[0] if candidates else None

    def _titled_body(self, head: Token, modifiers: set[str]) -> str | None:
        """'The United Nations' food agency said' before WFP is named: the one actor of the document
        one of whose names ends with the description's modifier and noun ("UN food agency")."""
        if not modifiers or head.tag_ == "NNS":
            return None
        ends = {f"{w} {head.lower_}" for w in modifiers - set(self.cues.modifier_sectors)}
        found = {a.id for a in self.table.actors.values() if a.type in _BODY
                 and any(" ".join(n.lower().split()[-2:]) in ends for n in (a.name, *a.aliases))}
        return next(iter(found)) if len(found) == 1 else None

    def antecedent(self, pronoun: Token) -> str | None:
        """The actor a pronoun subject stands for, or None when no compatible actor is near."""
        types = PRONOUN_TYPES.get(pronoun.lower_)
        if types is None:
            return None
        pos = bisect.bisect_left(self.history, (pronoun.i, ""))
        reported = _reported_clause(pronoun)
        spoke = {i for i, _, _ in self.speakers}
        # "UNHCR Principal Situation Coordinator in Chad, Dossou Patrice Ahouansou, said ... '...' he
        # said": a speaker introduced by a person's title is a person, whatever type the name was given
        titled = {i for i, _, noun in self.speakers if noun in self.person_nouns} if types == _PERSON else set()
        held: str | None = None
        for i, actor_id in reversed(self.history[:pos]):
            if pronoun.i - i > WINDOW:
                break
            actor = self.table.get(actor_id)
            if actor is None or (actor.type not in types and not (i in titled and actor.type in TITLED_TYPES)):
                continue
            if held is None and reported is not None and i in reported:
                # "The UN Humanitarian Air Service reached about 900,000 people, it said": the subject
                # of what is reported is not who reports it, when someone of its kind spoke before
                held = actor_id
                continue
            if held is not None and i not in spoke:
                return held
            return actor_id
        if held is not None:
            return held
        # No speaker or main subject fits: fall back to the nearest compatible mention, or to a
        # subject of its sentence ("as the M23 spokesman Vianney Kazarama issued a message to the
        # president, Joseph Kabila. 'We will go to Kinshasa,' he announced": the spokesman).
        nearest: Mention | None = None
        for m in reversed(self.table.mentions):
            if m.start >= pronoun.i or m.start in self.quoted:
                continue
            if pronoun.i - m.start > WINDOW:
                break
            actor = self.table.get(m.actor_id)
            if actor is None or actor.type not in types or m.kind == "pronoun":
                continue
            if nearest is None:
                nearest = m
            if self.doc[m.start].sent.start != self.doc[nearest.start].sent.start:
                break
            if _in_subject(self.doc[m.start:m.end].root):
                return m.actor_id
        if nearest is not None:
            return nearest.actor_id
        # '"If Ukraine withdrew its troops ...," he told Le Point. Peskov stressed that ...': a person
        # pronoun with no one before it is the person who speaks in the next sentence
        return self._next_speaker(pronoun) if types == _PERSON else None


def _reported_clause(pronoun: Token) -> set[int] | None:
    """Token indices of the clause that the cue of a pronoun subject reports, when the cue follows it
    ("The service reached 900,000 people, it said"); None for a cue that opens its sentence."""
    cue = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or cue.i == pronoun.i:
        return None
    found = {t.i for c in cue.children if c.dep_ == "ccomp" and c.i < pronoun.i for t in c.subtree}
    if cue.dep_ in ("parataxis", "ccomp") and cue.head.i < pronoun.i:
        found |= {t.i for t in cue.head.subtree} - {t.i for t in cue.subtree}
    return {i for i in found if i < pronoun.i} or None


def _named_with_title(doc: Doc, start: int, end: int, lemma: str) -> bool:
    """Whether the name at ``start:end`` carries the title ``lemma``: in apposition or compound with it
    ("Stephane Dujarric, the chief spokesman"), or after it ("spokesman Stephane Dujarric")."""
    root = doc[start:end].root
    return (root.dep_ in ("appos", "compound") and _titled(root.head, lemma)) \
        or any(c.dep_ == "appos" and c.lemma_.lower() == lemma for c in root.children) \
        or _title_before(doc, start, lemma)


def _title_before(doc: Doc, start: int, lemma: str, reach: int = 12) -> bool:
    """'Spokesman of the Government delegation for peace talks Mohamed Al-Hassan Al-Ta'yeshi has
    praised ...' (SUNA): the title word heads the words printed right before the name, whatever the
    parser made of them; a verb, a clause mark or another name ends the title."""
    for t in reversed(doc[max(0, start - reach):start]):
        if t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "PROPN"):
            return True
        if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in ("-", "'") or t.ent_type_ == "PERSON" \
                and not _body_at(t):
            return False
    return False


def _body_at(token: Token) -> bool:
    """Whether a word the model took for a person's name is a body's ("the representative of the
    Polisario at the UN Omar Sidi Mohamed")."""
    table = token.doc._.actors
    m = table.at(token) if table is not None else None
    actor = table.get(m.actor_id) if m is not None else None
    return actor is not None and actor.type in ("organization", "group", "state")


def _titled(token: Token, lemma: str) -> bool:
    """Whether ``token`` is the title noun ``lemma`` or ends its phrase ('The UN envoy to Libya,
    Abdullah Batele': the name hangs on 'Libya')."""
    for _ in range(4):
        if token.lemma_.lower() == lemma:
            return True
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _name_top(token: Token) -> Token:
    """The word a name hangs from: up through its compounds, flat parts and appositions."""
    while token.dep_ in ("compound", "appos", "flat") and token.head.i != token.i:
        token = token.head
    return token


def _clause_verb(token: Token) -> Token:
    """The verb whose subject a name stands in."""
    return _name_top(token).head


def _in_subject(token: Token) -> bool:
    """Whether a name stands in a clause's subject: itself, or a name or apposition of it."""
    return _name_top(token).dep_ in SUBJECT_DEPS
