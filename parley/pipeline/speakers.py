"""Who is speaking: maps the subject of a speech cue to an actor of ``doc._.actors``.

Names, title phrases ("the presidential spokesperson") and described persons ("a Ukrainian
negotiator") are mentions the actors stage already resolved. This module adds, in this order:

1. a demonym standing for a person ("insisted the Qatari", "the Turkish minister"): a person of that state
   spoke before (not "according to the Colombian government": the state's);
2. documents ("the statement read", "a statement saying", "the army statement said"; "a statement ... that
   said" through its relative pronoun): their author, named by a possessive, a modifier, "from X", the verb
   that issued them, or the statement before;
3. a person, else a body, named in apposition ("Its Director-General, Amy Pope, said"; "Burma's main rebel
   group, the Karen National Union, says") before what the title refers back to; then definite descriptions of
   persons ("the official", "the Foreign Ministry spokesman"): the speaker introduced with the same noun ("a
   senior official of the U.S. State Department said"), or for a spokesman the last person who spoke, or the
   last person of a compatible country;
4. definite descriptions of bodies ("the group", "said the militia", "the ministry", "the rights group", "the
   watchdog"): the last actor whose name holds the noun, or else the last speaker or subject of the types the
   noun stands for; a plural one in a joint statement is the first-named (:mod:`.speaker_joint`); "the army"
   or "the ministry" with none of its kind named before is a body of its own;
5. actors inside the subject phrase: appositions ("A spokesman, Yahia Bolad, for the SLM") first, then
   organizations and states ("a senior official of the U.S. State Department");
6. possessors ("the rebel movement's spokesman") and names not linked ("Prince Khalid" after "Prince Khalid
   bin Salman"); Before the actors inside, a person named at the end of the subject ("The head of the U.N
   mission in South Sudan, Nicholas Haysom, said") and speakers the actors stage left unnamed ("the Indian
   Ministry of External Affairs", "Ukraine's air force", "Parry's family"), which become actors of their own
   (:mod:`parley.pipeline.speaker_names`);
7. pronouns: the most recent compatible actor that was a speaker or the subject of a main clause outside
   quotes, within a window of a few paragraphs: the news convention of "he said" after a named speaker, which
   an embedded subject ("the spokesperson added that Zelenskyy praised ...") must not break.  The references
   back of steps 3, 4 and 7 are read by :mod:`parley.pipeline.speaker_references`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from parley.pipeline.cues import SUBJECT_DEPS, SpeechCues, path_to, subject_of
from parley.pipeline.extensions import ActorTable, Mention
from parley.pipeline.speaker_descriptions import described_elsewhere
from parley.pipeline.speaker_joint import joint_body, joint_party
from parley.pipeline.speaker_names import (
    closing_apposition,
    completed_name,
    demonym_word,
    described_body,
    described_press,
    governed_state,
    hyphen_modifier,
    leading_apposition,
    surname_place,
    unlinked_name,
    unnamed_speaker,
)
from parley.pipeline.speaker_references import PRONOUN_TYPES, WINDOW, SpeakerReferences
from parley.pipeline.speaker_unknown import titled_noun

# Determiners of a definite description that refers back ("the official", "the Turkish leader").
DEFINITE = {"the", "this", "that"}
# Preference among the actors found inside a subject phrase: a named person speaks, an
# organization or state is the next best stand-in.
TYPE_RANK = {"person": 0, "organization": 1, "group": 1, "state": 2}
# Prepositions that name a document's author: "a statement from the ministry", "a letter by X".
AUTHOR_PREPS = {"from", "by", "of"}
# Possessive pronouns of a body: "its spokesman", "their delegation" speak for the body referred to.
BODY_POSSESSIVES = {"its", "their"}
# Tags of relative pronouns ("who", "which", "that"), which stand for the noun their clause describes.
RELATIVE_TAGS = {"WP", "WDT"}


@dataclass(frozen=True)
class Speaker:
    """The actor a statement is attributed to and the words that say so."""

    actor_id: str | None
    text: str | None
    span: tuple[int, int] | None


NOBODY = Speaker(None, None, None)


class SpeakerResolver(SpeakerReferences):
    """Resolves speech-cue subjects of one document, remembering who spoke last."""

    def __init__(self, doc: Doc, quoted: set[int], cues: SpeechCues, person_nouns: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.cues = cues
        self.person_nouns = person_nouns | cues.speaker_nouns
        self.table: ActorTable = doc._.actors or ActorTable()
        self.quoted = quoted
        # (token index, actor id) of main-clause subjects and speakers, in text order.
        self.history: list[tuple[int, str]] = []
        # (token index, actor id, head noun) of resolved speakers: "a senior official ... said"
        # introduces the official whom "the official said" refers back to.
        self.speakers: list[tuple[int, str, str]] = []
        for t in doc:
            if t.dep_ in SUBJECT_DEPS and t.i not in quoted and self._prominent(t) and t.pos_ != "PRON":
                found = self._actor_in(t)
                if found is not None:
                    self.history.append((t.i, found[0].actor_id))

    @staticmethod
    def _prominent(subject: Token) -> bool:
        """A subject the discourse goes on about: of a main clause, or opening its sentence (the
        parser may hang a sentence's first clause on a later one)."""
        verb = subject.head
        if verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
            return True
        return subject.left_edge.i == subject.sent.start

    def note(self, subject: Token, actor_id: str) -> None:
        """Remember that ``actor_id`` spoke through ``subject`` (the antecedent of a later "he said")."""
        # what the subject phrase merely names ("The Britain-based monitoring group said") gives way
        # to the speaker it was resolved to
        self.history = [(i, a) for i, a in self.history if i != subject.i]
        if not (subject.tag_ in RELATIVE_TAGS and subject.head.dep_ == "relcl"):
            # "Peskov called 'Ukraine-style' the statement by ..., Davyd Arakhamia, who said Kyiv might
            # return ... '...,' he noted": a speaker named in a relative clause is a side remark;
            # the pronoun after it is still the main speaker
            bisect.insort(self.history, (subject.i, actor_id))
        if subject.pos_ != "PRON":
            bisect.insort(self.speakers, (subject.i, actor_id, titled_noun(self, subject)))

    def resolve(self, subject: Token | None) -> Speaker:
        """The speaker named by the subject of a speech cue (None when it names no actor)."""
        if subject is None:
            return NOBODY
        if subject.tag_ in RELATIVE_TAGS and subject.head.dep_ == "relcl" and subject.head.head.i < subject.i:
            subject = subject.head.head  # "a statement from the group ... that said": the statement
        span = (subject.idx, subject.idx + len(subject.text))
        if subject.pos_ == "PRON" or subject.lower_ in PRONOUN_TYPES:
            return Speaker(self.antecedent(subject), subject.text, span)
        phrase = self.doc[subject.left_edge.i:subject.i + 1]
        while len(phrase) > 1 and phrase[0].is_punct:
            phrase = phrase[1:]
        actor_id, mention = self._noun_phrase(subject, depth=0)
        if actor_id is None:  # a joint statement's first party; "a local coordination body" named later
            actor_id = joint_party(self, subject) or (described_elsewhere(self, subject) if mention is None else None)
        if mention is not None:
            completed_name(self, mention)
            return Speaker(mention.actor_id, mention.text, (mention.start_char, mention.end_char))
        return Speaker(actor_id, phrase.text, (phrase.start_char, phrase.end_char))

    # -- noun phrases (steps 1-6) ---------------------------------------------------------------
    def _noun_phrase(self, head: Token, depth: int) -> tuple[str | None, Mention | None]:
        """The actor a noun phrase stands for, and the mention that names it when one does."""
        if depth > 2:
            return None, None
        if head.pos_ == "PRON" or head.lower_ in PRONOUN_TYPES:
            return self.antecedent(head), None
        lemma = head.lemma_.lower()
        titled = self._titled_apposition(head)
        if titled is not None:
            return titled[0].actor_id, titled[0]
        m = self.table.at(head)
        if m is not None and m.kind == "description" and getattr(self.table.get(m.actor_id), "type", None) == "group":
            return m.actor_id, m  # "Witnesses told AFP", "local media reported": a group of speakers
        if m is not None and m.kind == "name" and getattr(self.table.get(m.actor_id), "type", None) == "organization":
            return m.actor_id, m  # "the Associated Press reported": a medium named is a speaker
        if lemma in self.cues.media_nouns or head.lower_ in self.cues.media_nouns:
            named = self._named_apposition(head, types=("organization",)) or next(
                (m for c in self.doc[max(head.left_edge.i - 1, head.sent.start):head.i] if (c.dep_ in ("compound", "nmod", "poss")
                 or c.i < head.left_edge.i and not c.is_punct) and (m := self.speaking_mention(c))
                 and getattr(self.table.get(m.actor_id), "type", None) == "organization"), None)
            if named is not None:
                return named.actor_id, named  # "the newspaper Haaretz reported", "AFP (...) reporters confirmed"
            press = described_press(self, head)
            if press is not None:
                return press.actor_id, press  # "according to the Transnistrian press": that press
            return None, None  # "reporters said": the press, not the state
        m = self.speaking_mention(head)
        if m is not None and m.kind == "demonym" and head.text[:1].isupper() and lemma in self.cues.body_heads:
            m = unnamed_speaker(self, head) or m  # "the Indian Ministry of External Affairs": not India
        if m is not None:
            if m.kind == "demonym" and self._definite(head) and head.pos_ in ("NOUN", "PROPN") \
                    and demonym_word(self, head):
                state = self.table.get(m.actor_id)
                person = self._last_person(head, state.country if state else None)
                if person is not None:
                    return person, None
            return m.actor_id, m
        if lemma in self.cues.nouns and lemma not in self.person_nouns:
            return self._author(head, depth), None
        named = self._named_apposition(head) or closing_apposition(self, head) or leading_apposition(self, head) \
            or (self._named_apposition(head, types=("group", "organization")) if head.pos_ == "NOUN" else None)
        if named is not None:
            return named.actor_id, named  # "Its Director-General, Amy Pope, said"
        governed = governed_state(self, head)
        if governed is not None:
            return governed, None
        definite = self._definite(head)
        if definite and (lemma in self.person_nouns or head.lower_ in self.person_nouns) and not head.tag_.endswith("S"):
            found = self._person_back(head)
            if found is not None:
                return found, None
        elif definite and (head.pos_ == "NOUN" or head.is_lower):
            # "the Ukrainian ministries said in a joint statement": the first-named of them
            found = (joint_body(self, head) if head.tag_ == "NNS" else None) or self._body_back(head, definite)
            if found is not None:
                return found, None
            own = described_body(self, head)
            if own is not None:
                return own.actor_id, own  # "The army said", with no army named before
        unnamed = unnamed_speaker(self, head)
        if unnamed is not None:
            return unnamed.actor_id, unnamed
        inside = self._actor_in(head)
        if inside is not None:
            return inside[0].actor_id, inside[0]
        joint = joint_body(self, head) if definite else None
        if joint is not None:
            return joint, None
        own = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in BODY_POSSESSIVES), None)
        if own is not None and lemma not in self.cues.proxy_nouns:
            return self.antecedent(own), None  # "its delegation said", "their spokesman said": the body's
        poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if poss is not None and lemma not in self.cues.proxy_nouns:
            return self._noun_phrase(poss, depth + 1)
        return unlinked_name(self, head), None

    def _named_apposition(self, head: Token, types: tuple[str, ...] = ("person",)) -> Mention | None:
        """The actor an apposition of the subject names: "Its Director-General, Amy Pope,"."""
        for c in head.children:
            if c.dep_ not in ("appos", "compound") or c.i < head.i:
                continue
            for t in c.subtree:
                m = self.speaking_mention(t)
                actor = self.table.get(m.actor_id) if m else None
                if actor is not None and actor.type in types and t.i not in self.quoted:
                    return m
        return None

    def _definite(self, head: Token) -> bool:
        """'the official', 'the rebel movement's spokesman': a phrase that refers back."""
        for c in head.children:
            if c.dep_ == "det" and c.lower_ in DEFINITE:
                return True
            if c.dep_ == "poss" and (c.pos_ == "PRON" or self._definite(c)):
                return True
        return False

    def _author(self, noun: Token, depth: int) -> str | None:
        """The author of a statement (step 2): 'Hamas's statement', 'a US State Department
        statement', 'a statement from (or, saying, issued by) the ministry', 'the ministry issued a statement saying',
        'X said in a statement', or for 'the statement' alone the author of the one before."""
        for c in (*noun.children, *(a for p in noun.children if p.dep_ == "acl" and p.lemma_ in ("issue", "release", "publish") and noun.dep_ == "nsubj" for a in p.children)):
            if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < noun.i:
                found, _ = self._noun_phrase(c, depth + 1) if c.dep_ == "poss" else self._modifier(c)
                if found is not None:
                    return found
            if c.dep_ in ("prep", "agent") and c.lower_ in AUTHOR_PREPS:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    found, _ = self._noun_phrase(obj, depth + 1)
                    if found is not None:
                        return found
        verb: Token | None = noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "in":
            verb = noun.head.head  # "said in a statement", "In a statement, the army accused ..."
            if verb.pos_ in ("NOUN", "PROPN"):
                # "The Saudi Foreign Ministry in a statement ... welcomed"
                return self._noun_phrase(verb, depth + 1)[0]
        elif noun.dep_ not in ("dobj", "attr"):
            verb = None
        if verb is not None and verb.pos_ in ("VERB", "AUX") and verb.i != noun.i:
            subject = subject_of(verb)
            if subject is not None and subject.i != noun.i:
                found, _ = self._noun_phrase(subject, depth + 1)
                if found is not None:
                    return found
        if depth <= 2 and self._definite(noun):
            # "the statement, read on Niger national television, said": the one issued before,
            # whose author is known, and not an actor in the clause that describes where it ran.
            # Each step goes back in the text, so a chain of "the statement" ends.
            before = self._previous_document(noun)
            author = self._author(before, depth) if before is not None else None
            if author is not None:
                return author
            if before is None:
                # "..., said the Ministry of Defense Sunday. ..., the statement said": with no
                # document named before, the statement is the last speaker's
                last = self._last_speaker(noun)
                if last is not None:
                    return last
        inside = self._actor_in(noun)
        if inside is not None:
            return inside[0].actor_id
        return None

    def _modifier(self, token: Token) -> tuple[str | None, Mention | None]:
        """'the army statement', 'a Kremlin statement': a modifier that names or refers to an actor;
        of a hyphened pair the first actor named ("a joint US-Saudi statement")."""
        m = self.speaking_mention(token)
        if m is not None:
            for c in token.lefts:
                first = self.speaking_mention(c)
                if first is not None and c.i + 2 == token.i and self.doc[c.i + 1].text == "-":
                    return first.actor_id, first
            return m.actor_id, m
        if token.lemma_.lower() not in self.cues.body_nouns:
            return None, None  # "a joint press release": not the press agency's
        return self._body_back(token, definite=True), None

    def _last_speaker(self, noun: Token) -> str | None:
        """The actor that spoke last before ``noun``, within the window of a reference back."""
        pos = bisect.bisect_left(self.speakers, (noun.i, "", ""))
        if pos and noun.i - self.speakers[pos - 1][0] <= WINDOW:
            return self.speakers[pos - 1][1]
        return None

    def _previous_document(self, noun: Token) -> Token | None:
        """The document a definite one refers back to: the last of the same kind ("Hamas issued a
        statement amid reports of progress ... the statement read"), else the last of any kind."""
        before = [t for t in reversed(self.doc[max(0, noun.i - WINDOW):noun.i])
                  if t.i not in self.quoted and t.pos_ == "NOUN" and t.lemma_.lower() in self.cues.nouns]
        return next((t for t in before if t.lemma_ == noun.lemma_), before[0] if before else None)

    # -- actors inside a phrase (step 5) -------------------------------------------------------
    def _actor_in(self, head: Token) -> tuple[Mention, Token] | None:
        """The actor mention a subject phrase stands for: itself, an apposition, or an author."""
        m = self.speaking_mention(head)
        if m is not None:
            return m, head
        best: tuple[int, int, Mention, Token] | None = None
        lemma = head.lemma_.lower()
        # documents are described by clauses that name their author ("the statement posted to the
        # State Department's website"); persons by clauses that name their hearers ("the source who
        # spoke to AFP")
        allow_clauses = (lemma in self.cues.nouns or head.lower_ in self.cues.nouns) and lemma not in self.person_nouns
        proxy = lemma in self.cues.proxy_nouns or head.lower_ in self.cues.proxy_nouns
        spokes = lemma in self.cues.speaker_nouns or head.lower_ in self.cues.speaker_nouns
        tokens = list(head.subtree)
        if allow_clauses:
            # "said the statement posted to the State Department's website": the parser may make
            # the statement the subject of what describes it, so the rest of its sentence is searched.
            tokens += [t for t in self.doc[head.i + 1:head.sent.end] if t not in tokens]
        for t in tokens:
            if t.i == head.i or t.i in self.quoted:
                continue
            path = path_to(t, head)
            if not allow_clauses and any(a.dep_ in ("relcl", "acl", "ccomp") and a.i != head.i for a in path):
                continue
            if proxy and any(a.dep_ == "poss" for a in path):
                continue  # "Parry's family": not the possessor who speaks
            m = self.speaking_mention(t)
            if m is None:
                continue
            actor = self.table.get(m.actor_id)
            assert actor is not None
            if spokes and actor.type == "person" and any(a.dep_ == "poss" for a in path):
                continue  # "Putin's spokesman" is not Putin
            if actor.type in ("state", "location") and hyphen_modifier(self, t):
                continue  # "The Britain-based monitor ... said": where it sits, not who speaks
            if actor.type in ("state", "location") and head.pos_ == "PROPN" and any(a.dep_ == "appos" for a in path):
                continue  # '"...," Fawzy Radwan, a Khartoum resident told AFP': a name the model missed, not the city
            if actor.type in ("state", "location") and any(
                    "REB" in self.cues.modifier_sectors.get(w, ()) for w in (lemma, head.lower_.removesuffix("s"))):
                continue  # "Rebels in the Democratic Republic of Congo said": not the state they fight
            # An apposition names the subject itself; other actors inside it are next best.
            rank = (0 if t.dep_ == "appos" or any(a.dep_ == "appos" for a in path_to(t, head)) else 1,
                    TYPE_RANK.get(actor.type, 3))
            if best is None or (rank[0], rank[1]) < (best[0], best[1]):
                best = (rank[0], rank[1], m, t)
        return (best[2], best[3]) if best else None

    def _titled_apposition(self, head: Token) -> tuple[Mention, Token] | None:
        """'said Justice and Equality Movement (JEM) chief negotiator Ahmed Tugod Lissan': a body
        followed by one of its titles and a person's name; the person speaks, not the body."""
        own = self.speaking_mention(head)
        if own is not None and getattr(self.table.get(own.actor_id), "type", None) == "person":
            return None  # "Taher Al-Nono, a Hamas official and Haniyeh adviser": the person named first
        for title in head.children:
            if title.dep_ != "appos" or title.i < head.i or title.lemma_.lower() not in self.person_nouns:
                continue
            for t in title.children:
                m = self.speaking_mention(t) if t.dep_ == "appos" and t.i > title.i else None
                if m is not None and getattr(self.table.get(m.actor_id), "type", None) == "person":
                    return m, t
        return None

    def speaking_mention(self, token: Token) -> Mention | None:
        """The mention of an actor that can speak at a token: not a pronoun, and for a place the state
        it is the seat of ("according to Moscow")."""
        m = self.table.at(token)
        if m is None or m.kind == "pronoun":
            return None
        actor = self.table.get(m.actor_id)
        if actor is not None and actor.type == "location":
            # "according to Moscow": a capital speaks for its state.
            state = next((a for a in self.table.actors.values() if a.type == "state"
                          and (actor.name in a.aliases or m.text in a.aliases)), None)
            if state is not None:
                return Mention(state.id, m.start, m.end, m.start_char, m.end_char, m.text, "metonym")
            return surname_place(self, m)  # '"...," said Touadera': a last name taken for a place
        return m if actor is not None else None
