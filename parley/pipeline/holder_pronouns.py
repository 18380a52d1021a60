"""Who a pronoun or a speaker's "we" stands for, for :mod:`parley.pipeline.holders`.

"We" and "our" are the speaker of the quote they stand in (the quotes stage's speaker, else the
subject of the sentence's reporting verb), and a government official's "we" is their state; "he" is
the nearest person before ("X told Y he is committed": X); "it" and "its" the subject of the clause they
hang from or of the reported clause before, a sentence's opening "it" the body the sentence before made its
subject, else the nearest state or organization; a spokesman's "they" is the body his title names, and so is the
"we" of one whose title names a group by name ("Ahmed Hussein Adam, a JEM spokesman": the JEM, whatever his sector).
The body of a statement document is its author's words ("Statement attributable to the Special Envoy ...", then "I urge
all parties ..."; :mod:`parley.pipeline.holder_documents`), and a quote's "it" that stands for a text its authors'.
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc, Token

from parley.models import Actor
from parley.pipeline.actor_titles import SPOKESMAN_TITLES
from parley.pipeline.collectives import Collectives
from parley.pipeline.extensions import ActorTable
from parley.pipeline.holder_antecedents import ambiguous_people, quote_text_authors, text_authors
from parley.pipeline.holder_context import FIRST_PERSON, is_dateline, reporting_subject
from parley.pipeline.holder_documents import StatementAuthor, body_author, statement_author
from parley.pipeline.holder_states import STATE_AND_PRESS_SECTORS, ruling_state
from parley.pipeline.holder_voices import former_official, voiced_body
from parley.pipeline.stance_cues import StanceCues

# How far before a quote an outlet reports the words of the speaker quoted before it.
OUTLET_REACH = 300
PERSONAL = {"he", "his", "him", "she", "her", "hers"}
IMPERSONAL = {"it", "its", "they", "their", "them", "theirs"}
# How many words before a person's name their title may name the body they speak for.
TITLE_WINDOW = 5
# Titles of a person who speaks for a body: their "we" is the body's.
SPOKESMEN = SPOKESMAN_TITLES | {"representative"}
# Kinds of actor a subject "it" can stand for.
BODY_TYPES = ("state", "organization", "group")
# Adjectives after "it is" that say what a body is ready for: that "it" is a body, not a clause.
READY = {"ready", "willing", "prepared", "open", "committed", "determined", "keen", "eager", "unwilling"}


class PronounResolver:
    """The pronouns and speakers of one document; :class:`.holders.HolderResolver` adds the noun phrases."""

    def __init__(self, doc: Doc, cues: StanceCues) -> None:
        self.doc = doc
        self.cues = cues
        self.table: ActorTable = doc._.actors or ActorTable()
        self.quotes = list(doc._.quotes or [])
        self.collectives = Collectives(self.table)
        # (where, body, speaker) of each "we" a person says for a non-state body (holder_voices)
        self.voices: list[tuple[int, str, str]] = []
        self._voiced: dict[str, str | None] = {}  # the body each person's title names (holder_voices), once looked for
        self.pair_mediators: set[str] | None = None  # the document's mediators, none of "both sides" (side_outsiders)
        self.pair_framing: set[int] = set()  # the "both sides" words whose framing clause is being read (side_outsiders)

    def actor_of(self, tok: Token) -> str | None:
        """The actor a noun phrase names (:meth:`.holders.HolderResolver.actor_of`)."""
        raise NotImplementedError

    def actors_of(self, tok: Token) -> tuple[str, ...]:
        """The actors a noun phrase and its conjuncts name (:meth:`.holders.HolderResolver.actors_of`)."""
        raise NotImplementedError

    def subject_actors(self, verb: Token) -> tuple[str, ...]:
        """The actors of a verb's subject (:meth:`.holders.HolderResolver.subject_actors`)."""
        raise NotImplementedError

    def _authors(self, text: Token) -> tuple[str, ...]:
        """Who wrote a text noun (:meth:`.holders.HolderResolver._authors`)."""
        raise NotImplementedError

    def _pronoun(self, tok: Token) -> str | None:
        low = tok.lower_
        if low in FIRST_PERSON:
            speaker = self.speaker(tok)
            if speaker is None:
                return None
            if low in ("i", "my", "me", "mine"):
                return speaker
            body = self._body_of(speaker)
            found = self.table.get(body)
            if body != speaker and found is not None and found.type in ("organization", "group") \
                    and found.sector not in ("GOV", "MIL"):
                self.voices.append((tok.idx, body, speaker))  # the speaker holds the body's stance too (holder_copies)
            return body
        if low in PERSONAL:
            # "Batteli concluded his day by meeting with Ambassador Unmacht and reiterating his call": the
            # subject of the verb whose object the pronoun qualifies, not the person named last.
            if tok.dep_ == "poss" and tok.head.dep_ == "dobj":
                own = self.subject_actors(tok.head.head)
                if len(own) == 1 and (a := self.table.get(own[0])) is not None and a.type == "person":
                    return own[0]
                if not own and tok.head.head.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in (
                        tok.head.head.head if tok.head.head.dep_ == "conj" else tok.head.head).children):
                    return None  # a named subject the actors stage did not take, not whoever was named last
            if ambiguous_people(tok, self.table):
                return None  # "Putin and Erdogan met. He called for": either, so neither
            return self._fronted_owner(tok) or self._reporter(tok) or self._previous_subject(tok) \
                or self._nearest(tok, ("person",))
        if low in IMPERSONAL:
            authors = text_authors(tok, self.cues.document_nouns, self._authors, self.subject_actors)
            if authors is not None:
                return authors[0] if len(authors) == 1 else None  # "the statement said. It called for": its authors
            fronted = self._fronted_subject(tok)
            if fronted is not None:
                return fronted
            sibling = self._sibling_subject(tok)
            if sibling is not None:
                return sibling
            # "Ankara has offered ..., underlining its support": the clause's own subject first.
            for anc in tok.ancestors:
                # "RIYADH, March 16 (Reuters) - Yemen's Houthi group said it would": the dateline is no subject.
                subjects = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass") and c != tok]
                subj = next((c for c in subjects if not is_dateline(c)), subjects[0] if subjects else None)
                if subj is not None and subj.pos_ != "PRON":
                    # "Yemen's government told the UN it would agree": the government's state, not the UN.
                    if not any(c.tag_ == "PRP$" for c in subj.children):
                        # "the group said it was willing", "The rebels ... said that they were ready",
                        # "DR Congo's M23 rebel group said it was ready": the subject's own actor.
                        found = self.actor_of(subj)
                        actor = self.table.get(found) or self.collectives.pending.get(found or "")
                    else:
                        named = [t for t in (subj, *subj.children) if t.pos_ != "PRON"
                                 and (t is subj or t.dep_ in ("poss", "compound", "amod", "nmod"))]
                        m = next((m for t in named if (m := self.table.at(t)) is not None), None)
                        # "his government was seeking ..., it was opening a corridor": whom "his government" names.
                        personal = any(c.tag_ == "PRP$" and c.lower_ in PERSONAL for c in subj.children)
                        found = m.actor_id if m else self.actor_of(subj) if personal else None
                        actor = self.table.get(found) or self.collectives.pending.get(found or "")
                    if actor is not None and actor.type in BODY_TYPES:
                        return actor.id
                    body = self.affiliation(actor.id) if actor is not None and actor.type == "person" \
                        and low in ("they", "their", "them", "theirs") else None
                    if body is not None:
                        return body  # "Houthi spokesman Abdul-Salam said they need to reopen ports": his movement
                    if actor is None and subj.tag_ == "NNS" and any(c.lower_ in ("two", "both") for c in subj.children):
                        return None  # "The two sides reiterated their commitment", sides not found: not whoever was named last
                    break
            return self._previous_body(tok) or self._nearest(tok, BODY_TYPES,
                                                              skip_sectors=("MED",), singular=low in ("it", "its"))
        return None

    def _reporter(self, tok: Token) -> str | None:
        """"Netanyahu told Obama he is committed to ...": the subject "he" of a clause a named person reports is
        that person, not the one told."""
        clause = tok.head
        if tok.lower_ not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" \
                or clause.head.lemma_.lower() not in self.cues.speech_verbs:
            return None
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        actor = self._sole_actor(subj, ("person",))
        return actor.id if actor is not None else None

    def _fronted_owner(self, tok: Token) -> str | None:
        """"In addition to his call for an immediate cessation of drone strikes, Ambassador Massinga urged ...": a
        "his" in a phrase put before the clause's subject is that subject's, when it is one person."""
        if tok.dep_ != "poss":
            return None
        head = tok.head
        while head.dep_ in ("pobj", "prep") and head.head != head:
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i < tok.i or subj.pos_ == "PRON" or not any(
                c.dep_ == "prep" and c.i < subj.i and tok.i in range(c.left_edge.i, c.right_edge.i + 1) for c in head.children):
            return None
        own = self.subject_actors(head)
        return own[0] if len(own) == 1 and (a := self.table.get(own[0])) is not None and a.type == "person" else None

    def _fronted_subject(self, tok: Token) -> str | None:
        """"The Kremlin expects ..., its spokesman said": the spokesman's "its" is the body the report put first
        as the subject of what he said."""
        speaker, said = tok.head, tok.head.head
        if tok.lower_ != "its" or tok.dep_ != "poss" or speaker.dep_ != "nsubj" or speaker.lemma_.lower() not in SPOKESMEN \
                or said.lemma_.lower() not in self.cues.speech_verbs:
            return None
        clause = next((c for c in said.children if c.dep_ == "ccomp" and c.i < speaker.i), None)
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
        actor = self._sole_actor(subj, BODY_TYPES)
        return actor.id if actor is not None else None

    def _sibling_subject(self, tok: Token) -> str | None:
        """"said that his government was seeking ..., it was opening a corridor": a subject "it" of a reported
        clause is the body the clause reported just before it made its subject."""
        clause = tok.head
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        while clause.dep_ == "conj":
            clause = clause.head
            first = next((c for c in clause.children if c.dep_ == tok.dep_ and c.lower_ == "it"), None)
            if first is not None:
                return self._sibling_subject(first)  # "it was opening a corridor, and it will welcome back"
        if clause.dep_ != "ccomp":
            # "said ... that his government was seeking to ensure X, it was opening a corridor": the parser made the
            # second reported clause the root; the reported clause that ends just before the pronoun.
            siblings = [c for c in tok.sent if c.dep_ == "ccomp" and c.i < tok.i and all(
                t.is_punct or t.pos_ == "CCONJ" for t in tok.doc[c.right_edge.i + 1:tok.i])]
        else:
            siblings = [c for c in clause.head.children if c.dep_ == "ccomp" and c.i < clause.i]
        subj = next((c for c in siblings[-1].children if c.dep_ in ("nsubj", "nsubjpass")), None) if siblings else None
        actor = self._sole_actor(subj, BODY_TYPES)
        return actor.id if actor is not None else None

    def _previous_body(self, tok: Token) -> str | None:
        """"UNHCR said ... It was also working with governments": a sentence's opening "it" is the body the
        sentence before made its main subject, not the state named last; an "it" standing for a clause
        ("It is essential that ...") is nobody."""
        sent = tok.sent
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0 or any(
                t.pos_ not in ("CCONJ", "ADV", "PUNCT", "SPACE") for t in tok.doc[sent.start:tok.i]):
            return None
        head = tok.head
        if head.lemma_ == "be" and any(c.dep_ in ("ccomp", "csubj", "acomp", "attr") for c in head.children):
            if not any(c.dep_ == "acomp" and c.lemma_.lower() in READY for c in head.children):
                return None
        before = self.doc[sent.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ == "it":
            # "This coalition of AFC/M23 wants ... It also seeks ... Furthermore, it desires": the same body throughout.
            return self._previous_body(subj)
        actor = self._sole_actor(subj, BODY_TYPES)
        return actor.id if actor is not None and actor.sector != "MED" else None

    def _sole_actor(self, subj: Token | None, types: tuple[str, ...]) -> Actor | None:
        """The one actor a subject other than a pronoun names, when it is of one of ``types``."""
        actors = self.actors_of(subj) if subj is not None and subj.pos_ != "PRON" else ()
        actor = self.table.get(actors[0]) if len(actors) == 1 else None
        return actor if actor is not None and actor.type in types else None

    def _previous_subject(self, tok: Token) -> str | None:
        """A sentence's "he" before any person named in it is the person the sentence before made its subject,
        not one named after ("Guterres said during a press conference in Cairo with Egyptian Foreign Minister
        Sameh Shoukry. He called on Hamas to release the hostages": Guterres)."""
        sent = tok.sent
        if tok.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0:
            return None
        if any(m.start >= sent.start and m.end <= tok.i and (a := self.table.get(m.actor_id)) is not None
               and a.type == "person" for m in self.table.mentions):
            return None
        before = self.doc[sent.start - 1].sent
        subjects = {m.actor_id for m in self.table.mentions if before.start <= m.start and m.end <= before.end
                    and (a := self.table.get(m.actor_id)) is not None and a.type == "person"
                    and (root := self.doc[m.start:m.end].root).dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT"}
        return subjects.pop() if len(subjects) == 1 else None

    def affiliation(self, person: str) -> str | None:
        """The body a person speaks for: an official's state, else the nearest body of their sector named."""
        actor = self.table.get(person)
        if actor is None:
            return None
        named = self._role_body(actor)
        if named is not None:
            return named
        if actor.sector in ("GOV", "MIL"):
            return self.table.state_of(person)
        bodies = [a for a in self.table.of_type("group", "organization") if a.sector == actor.sector
                  and actor.sector not in (None, "MED") and (a.country == actor.country or not actor.country)]
        if len(bodies) == 1:
            return bodies[0].id
        # "Houthi spokesman, Mohammed Abdul-Salam": the body named in the title before the name.
        first = next((m for m in self.table.mentions if m.actor_id == person), None)
        if first is None:
            return None
        before = [m for m in self.table.mentions if first.start - TITLE_WINDOW <= m.start < first.start]
        titled = [a for m in before if (a := self.table.get(m.actor_id)) is not None
                  and a.type in ("group", "organization", "state") and a.sector != "MED"]
        return titled[-1].id if titled else None

    def _group_of(self, country: str | None) -> str | None:
        """The one armed group of a country the document names, if there is exactly one."""
        groups = [a for a in self.table.of_type("group") if a.country == country and a.sector in ("REB", "MIL", None)]
        return groups[0].id if country and len(groups) == 1 else None

    def _nearest(self, tok: Token, types: tuple[str, ...], skip_sectors: tuple[str, ...] = (),
                 singular: bool = False) -> str | None:
        best = None
        for m in self.table.mentions:
            if m.end > tok.i:
                break
            if singular and tok.doc[m.end - 1].tag_ == "NNS":
                continue  # "it" is no body named by a plural noun ("yielded the north to the rebels ... it is open")
            actor = self.table.get(m.actor_id)
            if actor is not None and actor.type in types and actor.sector not in skip_sectors:
                best = actor.id
        return best

    def _ruler(self, tok: Token, poss: Token) -> str | None:
        """"his government": the state of the person "his" stands for; with no person found ("The prime minister
        said ... his government was seeking"), the state named last or the one whose government the report
        names, never a body such as the AU whose envoys were named in between."""
        person = self._pronoun(poss)
        if person is not None:
            # "Lena Moss said her government would not accept": her state, or she herself when the report names
            # none, never a rebel group named before.
            return self.table.state_of(person) or person
        return self._nearest(tok, ("state",)) or ruling_state(tok, self.table)

    def _own_body(self, tok: Token, person: str | None) -> str | None:
        """"his group", "his movement": the body of the person's own sector named last ("Abdulmalik al-Houthi
        reaffirmed his group's commitment": the Houthis, not Yemen named in between); a state only for a
        government's word ("his country"); else the person himself."""
        actor = self.table.get(person)
        sector = actor.sector if actor is not None and actor.type == "person" else None
        if sector in ("GOV", "MIL") or tok.lemma_.lower() not in self.cues.group_bodies:
            return self._nearest(tok, ("organization", "group", "state"), skip_sectors=("MED",)) or person
        if sector is None:
            return self._nearest(tok, ("organization", "group"), skip_sectors=("MED",)) or person
        bodies = [a.id for m in self.table.mentions if m.end <= tok.i and (a := self.table.get(m.actor_id)) is not None
                  and a.type in ("organization", "group") and a.sector == sector]
        return bodies[-1] if bodies else person

    def _outlet(self, actor_id: str) -> bool:
        actor = self.table.get(actor_id)
        return actor is not None and actor.sector == "MED" and actor.type == "organization"

    def _body_of(self, speaker: str) -> str:
        """A government official's "we" is their state, a spokesman's the body he speaks for ("'We are always
        ready for a direct dialogue,' Kanyuka said", the M23's political spokesman), and so is the "we" of anyone whose
        title beside their name names a body that is no state (:mod:`.holder_voices`: "the ELN's chief negotiator,
        Pablo Beltran"); a former head of state's is not his state's. Anyone else's is their own."""
        actor = self.table.get(speaker)
        if actor is None or actor.type != "person":
            return speaker
        spokesman = bool(SPOKESMEN & set((actor.role or "").lower().split()))
        if speaker not in self._voiced:
            self._voiced[speaker] = voiced_body(self, speaker)
        voiced = self._voiced[speaker]
        if spokesman and (body := voiced or self._role_body(actor)) is not None:
            return body  # "Ahmed Hussein Adam, a JEM spokesman": the JEM's "we", whatever his sector
        official = actor.sector in ("GOV", "MIL") and not former_official(self, actor)
        if official and (state := self.table.state_of(speaker)) is not None:
            return state
        body = voiced or (self._role_body(actor) if not official else None)
        if body is not None:
            return body  # "Former Kenyan President Uhuru Kenyatta, the East African Community facilitator"
        if spokesman:
            return self.affiliation(speaker) or speaker
        return speaker

    def _role_body(self, actor: Actor | None) -> str | None:
        """The armed group or organization a person's title names by name ("JEM spokesman", "Hamas political
        bureau member"), when it names one and no state."""
        if actor is None or actor.type != "person" or not actor.role:
            return None
        role = f" {' '.join(actor.role.lower().split())} "
        bodies = [a.id for a in self.table.of_type("group", "organization") if a.sector not in STATE_AND_PRESS_SECTORS
                  and any(f" {n.lower()} " in role for n in (a.name, *a.aliases) if n)]
        return bodies[0] if len(bodies) == 1 else None

    def speaker(self, tok: Token, quoted_only: bool = False) -> str | None:
        """Who says the words at ``tok``: the quotes stage's speaker, else (unless ``quoted_only``) the
        subject of the sentence's reporting verb."""
        for q in self.quotes:
            if q.speaker and q.span[0] <= tok.idx < q.span[1]:
                if (authors := quote_text_authors(self.doc, q.speaker_span, self.cues.document_nouns, self._authors,
                                                  self.subject_actors)) is not None:
                    return authors  # '"...," it said', "it" the statement named before: its authors
                if self._outlet(q.speaker):
                    # "..., Ghoga told a news conference, reports Reuters. 'Because of this we refuse ...'": the
                    # outlet reports the words; they are the last speaker's before it.
                    prior = next((b.speaker for b in reversed(self.quotes) if b.speaker
                                  and q.span[0] - OUTLET_REACH <= b.span[1] <= q.span[0]
                                  and not self._outlet(b.speaker)), None)
                    if prior:
                        return prior
                return q.speaker
        if quoted_only:
            # a statement's own words, not those it reports ("The Secretary-General said that ...")
            return None if any(t.pos_ == "VERB" and t.lemma_.lower() in self.cues.speech_verbs and any(
                c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON for c in t.children) for t in tok.sent) else self._author(tok)
        return reporting_subject(tok, self.cues, self.actor_of, self.subject_actors) or self._author(tok)

    def _author(self, tok: Token) -> str | None:
        """The author of a statement document, for its body's words no quote gives to anyone (:mod:`.holder_documents`)."""
        return body_author(tok, self.statement, self.quotes, FIRST_PERSON)

    @cached_property
    def statement(self) -> StatementAuthor | None:
        """The author of the document, if it is a statement (:mod:`.holder_documents`)."""
        meta = self.doc._.meta
        return statement_author(self.doc, self.table, meta.title if meta is not None else None)
