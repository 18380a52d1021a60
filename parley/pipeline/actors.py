"""The ``parley_actors`` stage: persons, organizations, states, groups and places, with every alias.

Steps, in order:

1. Dictionary matches (states by name, demonym or seat of government; curated actors) found
   with a phrase matcher; they win over the statistical NER where they overlap.
2. The remaining named entities (:mod:`parley.pipeline.actor_entities`), with their labels
   corrected by the dictionary, the gazetteer and the document itself: a one-word "person" that
   names a known place and no person of the document is a place ("Kyiv"); an "organization" or
   "GPE" that is a known town is a place ("Mariupol"); a one-word entity equal to the last name
   of a person of the document is that person ("Zelenskyy"); repairs from the words around a name
   and from near spellings in :mod:`parley.pipeline.actor_repairs` ("Basilan island").
3. Roles from titles before a name ("Presidential Spokesperson Ibrahim Kalın") and appositions
   ("Andrei Yarmak, the head of the staff of Ukraine's president"), with the country they imply.
4. Title phrases that refer back to a person ("the presidential spokesperson"), described
   persons ("a Ukrainian negotiator", "a government source told AFP") and demonym groups ("the
   Russian side") as mentions.
5. Speakers no name gives: the office of a person ("his office said"), groups that speak together
   ("Witnesses told AFP"), and "the military" of the one state whose demonym describes the fighting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from parley import lexicon
from parley.models import Actor
from parley.pipeline.actor_bodies import BodyReader
from parley.pipeline.actor_entities import EntityReader
from parley.pipeline.actor_groups import unlabelled_groups
from parley.pipeline.actor_places import LOCATIVE_PREPS, PlaceReader
from parley.pipeline.actor_repairs import group_modifier, place_by_context, same_last_name
from parley.pipeline.cues import load_cues
from parley.pipeline.dictionary import ActorDictionary, Entry, load_dictionary
from parley.pipeline.extensions import ActorTable, Mention, MentionKind
from parley.pipeline.gazetteer import Gazetteer, Place, fold, load_gazetteer

VERSION = "parley.actors.v1"

# Nouns that, modified by a demonym, stand for that state's side ("the Russian side").
GROUP_NOUNS = {
    "side", "delegation", "delegations", "officials", "government", "authorities",
    "authority", "forces", "troops", "army", "military", "leadership", "leaders", "negotiators",
    "diplomats", "team", "administration", "ministry", "parliament", "soldiers", "navy",
    "counterparts", "partners", "regime", "envoys", "mediators",
}
# Words that make a demonym a region's ("South American", "West African").
REGION_WORDS = {"south", "north", "east", "west", "central", "latin", "southern", "northern", "eastern", "western"}
PATRONYMICS = {"bin", "ibn", "bint", "ben", "ould", "walad"}
# Lower-case particles a name may begin with ("al-Shabab", "el-Sisi", "de Mistura", "von der Leyen").
NAME_PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "de", "di", "da", "van", "von"}
AGENT_DEPS = {"nsubj", "nsubjpass", "poss", "agent", "csubj"}


@dataclass
class _Cluster:
    """One actor while the document is read."""

    key: str
    type: str
    name: str = ""
    entry: Entry | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    place: Place | None = None
    forms: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int, MentionKind]] = field(default_factory=list)

    def add(self, span: Span, kind: MentionKind) -> None:
        self.mentions.append((span.start, span.end, kind))
        text = span.text.strip()
        if text and text not in self.forms:
            self.forms.append(text)


class ActorRecognizer:
    """Finds the actors of a document and every mention of them."""

    def __init__(self, nlp: Language, actors_file: Path | None = None, places_file: Path | None = None) -> None:
        self.dictionary: ActorDictionary = load_dictionary(actors_file)
        self.gazetteer: Gazetteer = load_gazetteer(places_file)
        self.titles: dict[str, dict[str, Any]] = lexicon.mapping("titles.yaml")
        self.title_heads = {t for t in self.titles if " " not in t}
        self.org_sectors = {w: sector for sector, words in lexicon.mapping("org_sectors.yaml").items()
                            for w in words}
        non_actors = lexicon.mapping("non_actors.yaml")
        self.non_actor_names = {fold(n) for n in non_actors.get("names") or ()}
        self.document_heads = set(non_actors.get("document_heads") or ())
        self.place_heads = set(non_actors.get("place_heads") or ())
        self.meeting_heads = set(non_actors.get("meeting_heads") or ())
        self.place_nouns = set(non_actors.get("place_nouns") or ())
        self.portfolio_words = set(non_actors.get("portfolio_words") or ())
        self.people_nouns = set(non_actors.get("people_nouns") or ())
        # the dictionary's person and body names, for names spelled a letter or two apart
        self.person_names = sorted({fold(e.name) for es in self.dictionary.persons.values() for e in es})
        self.body_names = sorted({k for k, h in self.dictionary.forms.items()
                                  if h.entry.type in ("organization", "group") and len(k) >= 12})
        cues = load_cues()
        self.speech_verbs = cues.verbs
        self.anonymous_nouns = cues.anonymous_nouns
        self.speaker_nouns = cues.speaker_nouns
        # plural nouns that never name a speaking group: "statements said", "talks"
        self.non_speaker_nouns = cues.nouns | cues.not_speech
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # "People's" and "People’s" are other tokens: match both apostrophes
        phrases = sorted(self.dictionary.phrases | {p.replace("'", "’") for p in self.dictionary.phrases if "'" in p})
        self.matcher.add("ACTOR", [nlp.make_doc(p) for p in phrases])

    # -- helpers -------------------------------------------------------------------------
    def _is_title(self, token: Token) -> bool:
        return token.lower_ in self.title_heads or token.lemma_.lower() in self.title_heads

    def _dictionary_spans(self, doc: Doc) -> list[Span]:
        spans = []
        defined = defined_acronyms(doc)
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            first = span[0].text
            if first.lower() == "the" and len(span) > 1:
                first = span[1].text
            hit = self.dictionary.lookup(span.text)
            if not first[:1].isupper() and not (first in NAME_PARTICLES and hit is not None
                                                and span.text in (hit.entry.name, *hit.entry.aliases)):
                continue  # "us", "the army"; but a name spelled with a lower-case particle ("al-Shabab") as written
            if hit is None or hit.reference == "demonym" and start > 0 and doc[start - 1].lower_ in REGION_WORDS \
                    and doc[start - 1].text[:1].isupper():
                continue  # "the South American country" is no American's
            if hit.reference == "demonym" and end < len(doc) and doc[end].tag_ == "NNPS" and doc[end].text.endswith("s") \
                    and (people := self.dictionary.lookup(doc[end].text[:-1])) is not None and people.reference == "demonym":
                continue  # "Greek Cypriots", "Bosnian Serbs": a people of two nations' names, not Greece's
            if start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ in NAME_PARTICLES:
                continue  # "al-Houthi said": a family name, not the movement named after it
            if hit.entry.sector == "MED" and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                    and doc[end].ent_iob_ == "I":
                continue  # "the National Defense Council": a news outlet's name begins a longer name
            if span.text in defined and fold(defined[span.text]) not in map(fold, (hit.entry.name, *hit.entry.aliases)):
                continue  # "the Arakan Army (AA)": this text's AA is not the news agency
            # Acronyms must match with their case: "US" is a state, "us" is a pronoun.
            forms = [hit.entry.name, *hit.entry.aliases]
            if span.text.isupper() and len(span.text) <= 6 and span.text not in forms and not any(
                    f.upper() == span.text for f in forms if not f.isupper()):
                if span.text.lower() != span.text and hit.reference == "name" and hit.entry.type != "state":
                    continue
            spans.append(span)
        states = [o for o in spans if (h := self.dictionary.lookup(o.text)) is not None and h.entry.type == "state"]
        # "South Sudan's army": the state named in full, not "Sudan's army" begun inside its name
        spans = filter_spans([s for s in spans if not any(o.start < s.start == o.end - 1 for o in states)])
        persons = [e for e in doc.ents if e.label_ == "PERSON"]
        kept = []
        for s in spans:
            inside = next((e for e in persons if e.start <= s.start and s.end <= e.end and len(e) > len(s)), None)
            if inside is not None and self.dictionary.lookup(inside.text) is None:
                continue  # "Jordan" inside "Michael Jordan"
            kept.append(s)
        return kept

    def _expand_person(self, doc: Doc, span: Span, taken: set[int]) -> Span:
        """Grow a PERSON entity over first names the model left out; drop a possessive."""
        start, end = span.start, span.end
        while start > 0:
            t = doc[start - 1]
            if t.i in taken or t.pos_ != "PROPN" or self._is_title(t) or not t.text[:1].isupper():
                break
            if self.dictionary.lookup(t.text) is not None:
                break
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON" and end not in taken:
            end = next(e.end for e in doc.ents if e.start == end)  # "Ahmed Tugod" + "Lissan": one name split in two
        while end > start + 1 and doc[end - 1].tag_ == "POS":
            end -= 1
        return doc[start:end]

    # -- main ----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        b = _Builder(self, doc)
        b.run()
        doc._.actors = b.table()
        return doc


class _Builder(BodyReader, EntityReader, PlaceReader):
    """Reads one document (steps 1-5 of the module docstring; step 2 in
    :mod:`parley.pipeline.actor_entities`, steps 3-5 in :mod:`parley.pipeline.actor_titles`)."""

    def __init__(self, rec: ActorRecognizer, doc: Doc) -> None:
        self.rec = rec
        self.doc = doc
        self.clusters: dict[str, _Cluster] = {}
        self.taken: set[int] = set()
        self.person_by_last: dict[str, str] = {}
        self.person_by_first: dict[str, str] = {}

    # clusters ---------------------------------------------------------------------------
    def _cluster(self, key: str, type_: str, **kw: Any) -> _Cluster:
        c = self.clusters.get(key)
        if c is None:
            c = _Cluster(key=key, type=type_, **kw)
            self.clusters[key] = c
        return c

    def _entry_cluster(self, entry: Entry) -> _Cluster:
        return self._cluster(f"dict:{entry.key}", entry.type, name=entry.name, entry=entry,
                             country=entry.country, sector=entry.sector, role=entry.role)

    def _location(self, span: Span, place: Place | None) -> None:
        name = place.name if place else span.text
        c = self._cluster(f"loc:{fold(name)}", "location", name=name, place=place,
                          country=place.country if place else None)
        c.add(span, "name")
        self.taken.update(range(span.start, span.end))

    def _person_key(self, name: str) -> str:
        """The key persons are linked by: the last name ("Al-Ansari" = "Ansari"), but the whole
        name where a patronymic makes the last word a father's name ("Khalid bin Salman")."""
        parts = fold(name).replace("-", " ").split()
        if any(p in PATRONYMICS for p in parts[:-1]):
            return " ".join(parts)
        return parts[-1] if parts else fold(name)

    # steps ------------------------------------------------------------------------------
    def run(self) -> None:
        doc, rec = self.doc, self.rec
        dict_spans = rec._dictionary_spans(doc)
        # Persons of the document first, so later one-word mentions can be linked by last name.
        person_ents = [rec._expand_person(doc, e, set()) for e in doc.ents if e.label_ == "PERSON"]
        firsts: dict[str, set[str]] = {}
        for s in dict_spans:
            hit = rec.dictionary.lookup(s.text)
            if hit is None or hit.entry.type != "person":
                continue
            key = f"dict:{hit.entry.key}"
            for name in (hit.entry.name, *hit.entry.aliases):
                self.person_by_last.setdefault(self._person_key(name), key)
            if len(hit.entry.name.split()) > 1:
                firsts.setdefault(fold(hit.entry.name.split()[0]), set()).add(key)
        for e in sorted(person_ents, key=len, reverse=True):
            if any(t.is_digit for t in e) or e[-1].pos_ != "PROPN" or fold(e.text) in rec.non_actor_names:
                continue
            if len(e) == 1 and self.rec.gazetteer.lookup(e.text) is not None or self._place_named_person(e):
                continue  # "Kyiv" tagged as a person: a place unless a full name says otherwise
            if (place_by_context(e, rec.place_nouns) or group_modifier(e) and self._person_key(e.text)
                    not in self.person_by_last) and rec.dictionary.lookup(e.text) is None:
                continue  # "Basilan island", "Tamil rebels"
            if len(e) == 1 and fold(e.text) in firsts and fold(e.text) not in self.person_by_last:
                continue  # the first name of a longer name, linked below
            last = self._person_key(e.text)
            near = None if last in self.person_by_last else same_last_name(last, list(self.person_by_last))
            key = self.person_by_last.setdefault(last, self.person_by_last[near] if near else f"person:{last}")
            given = next((t for t in e if t.is_alpha), None)  # not "Dr."
            if len(e) > 1 and given is not None and given.i < e.end - 1 and given.text[:1].isupper() \
                    and not rec._is_title(given):
                firsts.setdefault(fold(given.text), set()).add(key)
        # "Ban" after "Ban Ki-moon", "Legesse" after "Legesse Tulu": the first word of one person's
        # name, where the family name comes first or the given name is the one used
        self.person_by_first = {w: next(iter(keys)) for w, keys in firsts.items()
                                if len(keys) == 1 and w not in self.person_by_last and rec.dictionary.lookup(w) is None}

        for s in dict_spans:
            self._dictionary_mention(s)
        self._acronyms_defined()
        for ent in doc.ents:
            if any(i in self.taken for i in range(ent.start, ent.end)):
                self._partly_taken(ent)
            else:
                self._entity_mention(ent)
        self._unlabelled_persons()
        unlabelled_groups(self)  # "Agwelek militia under Johnson Olony"
        self._kind_named_bodies()
        self._roles()
        self._title_phrases()
        self._offices()
        self._speaking_groups()
        self._state_military()
        self._singular_modifiers()

    def _dictionary_mention(self, span: Span) -> None:
        hit = self.rec.dictionary.lookup(span.text)
        assert hit is not None
        entry = hit.entry
        if hit.reference == "metonym":
            place = self.rec.gazetteer.lookup(span.text)
            if self._is_agent(span):
                self._entry_cluster(entry).add(span, "metonym")
            self._location(span, place)
            return
        if hit.reference == "demonym":
            self._demonym_mention(span, entry)
            return
        self._entry_cluster(entry).add(span, "name")
        self.taken.update(range(span.start, span.end))

    def _demonym_mention(self, span: Span, entry: Entry) -> None:
        head = span.root.head
        doc = self.doc
        c = self._entry_cluster(entry)
        # "the Russian side", "Ukrainian officials", "Russian and Ukrainian delegations"
        if head.i > span.root.i and head.lower_ in GROUP_NOUNS and head.i - span.end <= 3:
            start = span.start
            if start > 0 and doc[start - 1].lower_ == "the":
                start -= 1
            phrase = doc[start:head.i + 1]
            if all(t.i == head.i or t.i < span.end or t.dep_ in ("amod", "cc", "conj", "compound") for t in phrase[span.end - start:]):
                c.add(phrase if head.i - span.end == 0 else span, "demonym")
                self.taken.update(range(span.start, span.end))
                return
        c.add(span, "demonym")
        self.taken.update(range(span.start, span.end))

    def _is_agent(self, span: Span) -> bool:
        root = span.root
        prev = self.doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.lower_ in LOCATIVE_PREPS:
            return False
        if root.dep_ in AGENT_DEPS:
            return True
        if root.dep_ == "conj" and root.head.dep_ in AGENT_DEPS:
            return True
        return root.dep_ == "pobj" and root.head.lower_ == "by"

    def _acronyms_defined(self) -> None:
        """'The Arakan Army's (AA) spokesperson': every later AA is the actor the text spelled out."""
        doc = self.doc
        for acr, (start, end) in defined_acronyms(doc, spans=True).items():
            c = next((c for c in self.clusters.values() if any(s <= start and end <= e for s, e, _ in c.mentions)), None)
            if c is None:
                continue
            for t in doc:
                if t.text == acr and t.i not in self.taken:
                    c.add(doc[t.i:t.i + 1], "alias")
                    self.taken.add(t.i)

    # output -----------------------------------------------------------------------------
    def table(self) -> ActorTable:
        doc = self.doc
        table = ActorTable()
        self._demote_locative_states()
        ordered = sorted((c for c in self.clusters.values() if c.mentions), key=lambda c: min(m[0] for m in c.mentions))
        for n, c in enumerate(ordered, 1):
            actor_id = f"a{n}"
            aliases = [f for f in c.forms if f != c.name]
            if c.entry is not None:
                aliases += [a for a in c.entry.aliases if a not in aliases and a != c.name]
            if c.type == "state" and c.entry and c.entry.capital and c.entry.capital not in aliases:
                aliases.append(c.entry.capital)
            coords = c.place.coordinates if c.place else None
            if c.type == "location" and c.place is None:
                coords = None
            table.actors[actor_id] = Actor(
                id=actor_id, name=c.name, aliases=tuple(aliases), type=c.type,  # type: ignore[arg-type]
                country=c.country, sector=c.sector if c.type != "location" else None,
                role=c.role, mentions=tuple((doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e, _ in sorted(c.mentions)),
                coordinates=coords,
            )
            for s, e, kind in sorted(c.mentions):
                span = doc[s:e]
                table.add_mention(Mention(actor_id, s, e, span.start_char, span.end_char, span.text, kind))
        table.mentions.sort(key=lambda m: (m.start, m.end))
        return table


@Language.factory(
    "parley_actors",
    default_config={"actors_file": None, "places_file": None},
    requires=["doc.ents", "token.dep", "token.tag", "token.lemma"],
    assigns=["doc._.actors"],
)
def make_actor_recognizer(nlp: Language, name: str, actors_file: str | None, places_file: str | None) -> ActorRecognizer:
    return ActorRecognizer(nlp, Path(actors_file) if actors_file else None, Path(places_file) if places_file else None)


def defined_acronyms(doc: Doc, spans: bool = False) -> dict[str, Any]:
    """Acronyms the text spells out in brackets ("the Arakan Army's (AA)"): each with the words it
    stands for, or with their token range when ``spans``."""
    out: dict[str, Any] = {}
    for t in doc:
        if not (t.text.isupper() and t.is_alpha and 2 <= len(t) <= 6 and 1 < t.i < len(doc) - 1
                and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")"):
            continue
        end = t.i - 1
        if doc[end - 1].tag_ == "POS":
            end -= 1
        start = end - len(t.text)
        if start < 0 or t.text in out:
            continue
        words = doc[start:end]
        if "".join(w.text[:1] for w in words) == t.text and all(w.text[:1].isupper() for w in words):
            out[t.text] = (start, end) if spans else words.text
    return out
