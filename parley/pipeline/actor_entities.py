"""Named entities for the actors stage (step 2 of :mod:`parley.pipeline.actors`).

The statistical NER's persons, organizations and places, with their labels corrected by the dictionary, the
gazetteer and the document itself: a one-word "person" that names a known place and no person of the document
is a place ("Kyiv"); an "organization" or "GPE" that is a known town is a place ("Mariupol"); a one-word
entity equal to the last name of a person of the document is that person ("Zelenskyy"); an "organization"
after a title ("spokesman Oleh Nikolenko") is a person; a state's own body keeps its state ("Armenia's Foreign
Ministry"); a "place" no gazetteer knows next to a body's kind noun ("oil company Ecopetrol", "Colombia's
Vanguardia newspaper"), or named as a body before, is that body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span

from parley.pipeline.actor_groups import acronym_span, bracketed_acronym, group_kind, group_name, hyphen_tail
from parley.pipeline.actor_repairs import (
    document_title,
    extend_name,
    group_modifier,
    kind_noun,
    known_spelling,
    meeting_host,
    no_body,
    person_before_of,
    place_by_context,
    same_last_name,
)
from parley.pipeline.event_words import PLACE_PREPS
from parley.pipeline.gazetteer import Place, fold

if TYPE_CHECKING:
    from parley.pipeline.actors import ActorRecognizer, _Cluster
    from parley.pipeline.dictionary import Entry

# Forms of address that only ever stand before a person's name ("Mr Restrepo" tagged as a place).
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."}
# Endings that make a place's name an adjective of its people ("Tigray" -> "Tigrayan", "Amhara" -> "Amharan").
DEMONYM_ENDINGS = ("ian", "an", "n", "ese", "i")
class EntityReader:
    """Mixin of the actor builder: reads the named entities the dictionary did not take."""

    doc: Doc
    rec: ActorRecognizer
    clusters: dict[str, _Cluster]
    taken: set[int]
    person_by_last: dict[str, str]
    person_by_first: dict[str, str]

    def _cluster(self, key: str, type_: str, **kw: Any) -> _Cluster:
        raise NotImplementedError

    def _entry_cluster(self, entry: Entry) -> _Cluster:
        raise NotImplementedError

    def _location(self, span: Span, place: Place | None) -> None:
        raise NotImplementedError

    def _person_key(self, name: str) -> str:
        raise NotImplementedError

    def _place_adjective(self, ent: Span) -> bool:
        """Whether a one-word name the model takes for a body is the adjective of a known place's people,
        modifying a noun ("Tigrayan forces", "a Tigrayan military spokesperson"), and no actor's name."""
        rec, word = self.rec, ent.text
        if len(ent) != 1 or ent.root.dep_ not in ("amod", "compound", "nmod") or rec.dictionary.lookup(word) is not None \
                or rec.gazetteer.lookup(word) is not None:
            return False
        return any(word.lower().endswith(e) and len(word) - len(e) >= 4
                   and rec.gazetteer.lookup(word[:-len(e)]) is not None for e in DEMONYM_ENDINGS)

    def _place_named_person(self, ent: Span) -> bool:
        """Whether a name the model took for a person is a place the text only names as one: a place
        the gazetteer knows, or any name after "in"/"at"/"near" ("in the Red and Arabian Seas"), that
        no title, honorific or speech verb makes a person and the dictionary knows as no person."""
        doc, rec = self.doc, self.rec
        hit = rec.dictionary.lookup(ent.text)
        if hit is not None and hit.entry.type == "person" or fold(ent.text) in rec.non_actor_names:
            return False
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and (rec._is_title(before) or before.lower_ in HONORIFICS):
            return False
        root = ent.root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in rec.speech_verbs or root.dep_ == "poss":
            return False
        if any(t.dep_ == "appos" and rec._is_title(t) for t in root.children):
            return False  # "Ahmed Hassan, the spokesman"
        if any(t.dep_ == "appos" and t.lower_ in rec.place_nouns for t in root.children):
            return True  # "El Obeid, the capital of North Kordofan state"
        if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS and root.head.i < ent.start \
                and all(t.is_lower for t in doc[root.head.i + 1:ent.start]):
            return True  # but not "spokesman in Geneva Ahmad Fawzi confirmed"
        return len(ent) > 1 and rec.gazetteer.lookup(ent.text) is not None and root.dep_ not in ("nsubj", "nsubjpass")

    def _entity_mention(self, ent: Span) -> None:
        rec, label = self.rec, ent.label_
        if label in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "LANGUAGE", "NORP", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"):
            return
        text = ent.text.strip()
        if not any(ch.isupper() for ch in text) or text.isdigit() or fold(text.rstrip(".")) in rec.non_actor_names:
            return
        if label == "PERSON":
            ent = rec._expand_person(self.doc, ent, self.taken)
            text = ent.text
            if self._joined_name(ent):
                return
        while len(ent) > 1 and ent[-1].tag_ == "POS":
            ent = ent[:-1]
        text = ent.text
        if label == "ORG" and self._place_adjective(ent):
            return  # "a Tigrayan military spokesperson": the people of a region, no body of its own
        if label in ("PERSON", "ORG") and len(ent) > 1 and ent[0].lower_ in rec.place_heads:
            self._location(ent, rec.gazetteer.lookup(ent[1:].text) or rec.gazetteer.lookup(text))
            return
        last = self._person_key(text)
        place = rec.gazetteer.lookup(text)
        linked = self.person_by_last.get(last)
        if linked is None and label in ("PERSON", "ORG") and rec.dictionary.lookup(text) is None \
                and place_by_context(ent, rec.place_nouns):
            self._location(ent, place)  # "southern Basilan island", "the village of Natugo"
            return
        if linked is None and label == "PERSON" and group_modifier(ent) and rec.dictionary.lookup(text) is None:
            return  # "Tamil rebels"
        if linked is None and len(ent) == 1 and label == "ORG":
            near = same_last_name(last, list(self.person_by_last))
            linked = self.person_by_last[near] if near else None  # "Battelly" after "Batele"
        if linked is None and len(ent) == 1:
            linked = self.person_by_first.get(fold(text))
        if label != "PERSON" and len(ent) > 1 and ent[0].lower_ in HONORIFICS:
            self._person_mention(ent, linked)  # "Mr Restrepo said": never a place or a body
            return
        one_word = len(text.split()) == 1  # "al-Houthi" after "Mohammed Ali al-Houthi": one name in three tokens
        if label == "PERSON" and self._place_named_person(ent):
            self._location(ent, place)  # "in nearby Khan Yunis", "El Obeid, the capital of North Kordofan"
            return
        if label == "PERSON" or (one_word and linked and not (place and place.population > 10**7)):
            if place is not None and linked is None and not (len(ent) > 1 and label == "PERSON"):
                self._location(ent, place)
                return
            if len(ent) == 1 and linked is None and place is not None:
                self._location(ent, place)
                return
            self._person_mention(ent, linked)
            return
        if place is not None and (label in ("GPE", "LOC", "FAC") or (label == "ORG" and self._looks_like_place(ent))):
            if place.kind == "country":
                entry = rec.dictionary.state(place.country)
                if entry is not None:
                    self._entry_cluster(entry).add(ent, "name")
                    self.taken.update(range(ent.start, ent.end))
                    return
            self._location(ent, place)
            return
        if label in ("GPE", "LOC", "FAC") and place is None and (kind_noun(ent, rec.org_sectors) is not None or any(
                c.type == "organization" and fold(text) in map(fold, c.forms) for c in self.clusters.values())):
            self._organization(ent)  # "state-owned oil company Ecopetrol", "Colombia's Vanguardia newspaper"
            return  # and later "a declaration of force majeure by Ecopetrol"
        if label in ("GPE", "LOC", "FAC"):
            self._location(ent, None)
            return
        if label == "ORG" and self._person_in_disguise(ent):
            self._person_mention(ent, linked)
            return
        titled = self._titled_name(ent) if label == "ORG" else None
        if titled is not None:
            # "Major-General Tar Bhone Kyaw" tagged as one organization: a title and a name
            self._person_mention(titled, self.person_by_last.get(self._person_key(titled.text)))
            return
        if label == "ORG":
            self._organization(ent)

    def _partly_taken(self, ent: Span) -> None:
        """An entity a dictionary name was found in: the body after a taken state ("Armenian Foreign
        Ministry"), or the person before "of" and a taken state ("Kgalema Motlanthe of South Africa")."""
        doc, rec = self.doc, self.rec
        if ent.label_ != "ORG":
            return
        if ent[0].lower_ == "the":
            ent = ent[1:]  # "the Egyptian Red Crescent"
        while len(ent) > 1 and ent[-1].tag_ == "POS":
            ent = ent[:-1]  # "the State Department’s"
        free = [i for i in range(ent.start, ent.end) if i not in self.taken]
        if not free or not any(doc[i].is_alpha for i in free):
            return
        if free == list(range(free[0], ent.end)) and free[0] > ent.start:
            tail = doc[free[0]:ent.end]
            if tail[0].text == "," and 2 <= len(tail) - 1 <= 3 and all(
                    t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in rec.org_sectors for t in tail[1:]):
                # "the leader of the Lugansk People's Republic, Igor Plotnytsky, confirmed": body and name in one entity
                name = tail[1:]
                self._person_mention(name, self.person_by_last.get(self._person_key(name.text)))
                return
            # an IGO's one-word office, but not "the UN Office of the High Commissioner for Human Rights", whose own
            # name goes on
            body = next((c for c in self.clusters.values() if c.type == "organization" and c.sector == "IGO"
                         and any(s < free[0] <= e for s, e, _ in c.mentions)), None) \
                if len(tail) == 1 and (ent.end >= len(doc) or doc[ent.end].lower_ != "of") else None
            if body is not None:  # "the German OSCE Chairmanship wants": the OSCE's office speaks for the OSCE
                body.add(doc[free[0] - 1:ent.end], "description")
                return self.taken.update(free)
            self._organization(tail)
            return
        name = person_before_of(doc[ent.start:free[-1] + 1]) if free[0] == ent.start else None
        if name is not None and not any(t.lower_ in rec.org_sectors for t in name) and rec.dictionary.lookup(name.text) is None:
            self._person_mention(name, self.person_by_last.get(self._person_key(name.text)))

    def _unlabelled_persons(self) -> None:
        """Names the model did not tag: a proper noun equal to a last name of the document's persons."""
        for t in self.doc:
            if t.i in self.taken or t.pos_ != "PROPN" or not t.text[:1].isupper():
                continue
            linked = self.person_by_last.get(fold(t.text)) or self.person_by_first.get(fold(t.text))
            if linked is None:
                continue
            if t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ == "PROPN" and self.doc[t.i + 1].i not in self.taken:
                continue  # a longer name goes on: let its own last word decide
            span = self.rec._expand_person(self.doc, self.doc[t.i:t.i + 1], self.taken)
            self._person_mention(span, linked)

    def _state_before(self, start: int) -> tuple[str, Span] | None:
        """The state named just before a token ("U.S." / "Armenian" / "Armenia's"), with its span."""
        doc = self.doc
        i = start - 1
        if i >= 0 and doc[i].tag_ == "POS":
            i -= 1
        if i < 0:
            return None
        for c in self.clusters.values():
            if c.type != "state":
                continue
            for s, e, _ in c.mentions:
                if s <= i < e and e - 1 == i and c.country:
                    return c.country, doc[s:start]
        return None

    def _person_in_disguise(self, ent: Span) -> bool:
        """A name the model tagged as an organization that the text shows is a person: a title
        just before it ("spokesman Oleh Nikolenko") or a title apposition after it."""
        doc, rec = self.doc, self.rec
        if not 1 <= len(ent) <= 3 or any(not t.text[:1].isupper() or t.pos_ != "PROPN" for t in ent):
            return False
        if any(t.lower_ in rec.org_sectors or t.lower_ in rec.document_heads for t in ent):
            return False
        if rec.dictionary.lookup(ent.text) is not None:
            return False
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and rec._is_title(before):
            return True
        if before is not None and before.text == "," and self._title_phrase_before(before.i):
            return True  # "the head of the Kyiv regional police, Andriy Nebytov, said"
        if ent.end + 2 < len(doc) and doc[ent.end].text == ",":
            nxt = [t for t in doc[ent.end + 1:ent.end + 5] if t.dep_ == "appos"]
            return any(rec._is_title(t) for t in nxt)
        return False

    def _title_phrase_before(self, comma: int) -> bool:
        """Whether a title phrase ends at the comma: "the head of the regional police," whose head
        noun is a title and which opens its clause or follows another comma."""
        doc = self.doc
        start = comma - 1
        while start > doc[comma].sent.start and doc[start - 1].text not in (",", ";", ":") and comma - start < 10:
            start -= 1
        phrase = doc[start:comma]
        if not phrase:
            return False
        if phrase[0].lower_ not in ("the", "a", "an"):
            # "Cyprus President, Nikos Christodoulides said": a title after a state's name, bare
            return 2 <= len(phrase) <= 3 and self.rec._is_title(phrase[-1]) and all(
                t.text[:1].isupper() for t in phrase) and self._state_before(phrase[-1].i) is not None
        heads = [t for t in phrase if t.head.i < phrase.start or t.head.i >= phrase.end or t.head.i == t.i]
        return len(heads) == 1 and heads[0].pos_ == "NOUN" and self.rec._is_title(heads[0])

    def _titled_name(self, ent: Span) -> Span | None:
        """The name after the titles that open an entity ("Major-General Tar Bhone Kyaw"), when
        the rest is two to four capitalized proper nouns that name no body."""
        rec = self.rec
        k = 0
        while k < len(ent) and (rec._is_title(ent[k]) or ent[k].text == "-" or (
                k + 2 < len(ent) and ent[k + 1].text == "-" and rec._is_title(ent[k + 2]))):
            k += 1
        rest = ent[k:]
        if k == 0 or not 2 <= len(rest) <= 4 or any(
                not t.text[:1].isupper() or t.pos_ != "PROPN" or t.lower_ in rec.org_sectors for t in rest):
            return None
        return rest if rec.dictionary.lookup(rest.text) is None else None

    def _looks_like_place(self, ent: Span) -> bool:
        return not any(t.lower_ in self.rec.org_sectors for t in ent) and len(ent) <= 3

    def _near_body(self, ent: Span) -> _Cluster | None:
        """The body of the document or the dictionary a name misspells by a letter or two."""
        if self.rec.dictionary.lookup(ent.text) is not None:
            return None
        named = {fold(c.name): c for c in self.clusters.values() if c.type in ("organization", "group") and c.name}
        near = known_spelling(ent.text, list(named))
        if near is not None and near != fold(ent.text):
            return named[near]
        known = known_spelling(ent.text, self.rec.body_names)
        hit = self.rec.dictionary.lookup(known) if known else None
        return self._entry_cluster(hit.entry) if hit else None

    def _generic_body(self, ent: Span) -> bool:
        """A body named by its kind alone ("The Agency said"): an alias of the body of that kind named before."""
        word = ent[0].lower_
        c = next((c for c in self.clusters.values() if c.type == "organization" and c.name and any(
            fold(f).split()[-1:] == [word] for f in c.forms) and any(s < ent.start for s, _, _ in c.mentions)), None)
        if c is None:
            return False
        c.add(ent, "alias")
        self.taken.update(range(ent.start, ent.end))
        return True

    def _body_at(self, i: int) -> _Cluster | None:
        """The organization or group a mention of the document covers token ``i`` with."""
        return next((c for c in self.clusters.values() if c.type in ("organization", "group")
                     and any(s <= i < e for s, e, _ in c.mentions)), None)

    def _person_mention(self, ent: Span, linked: str | None) -> None:
        hit = self.rec.dictionary.lookup(ent.text)
        if hit is None and linked is None:
            known = known_spelling(ent.text, self.rec.person_names)  # "Martin Griffith"
            hit = self.rec.dictionary.lookup(known) if known else None
        if hit is not None and hit.entry.type == "person":
            c = self._entry_cluster(hit.entry)
        elif linked is not None and linked in self.clusters:
            c = self.clusters[linked]
        else:
            key = linked or f"person:{self._person_key(ent.text)}"
            c = self._cluster(key, "person", name=ent.text)
        if c.entry is None and len(ent.text.split()) > len(c.name.split()):
            c.name = ent.text
        if len(ent) > 1:
            # a full name taken for a body ("Cyprus President, Nikos Christodoulides"): its last name is this person's
            self.person_by_last.setdefault(self._person_key(ent.text), c.key)
        c.add(ent, "name")
        self.taken.update(range(ent.start, ent.end))

    def _organization(self, ent: Span) -> None:
        doc, rec = self.doc, self.rec
        ent = acronym_span(doc, extend_name(doc, ent, self.taken))
        if hyphen_tail(ent):
            body = self._body_at(ent.start - 1)  # "Sudan People's Liberation Army" + "-In Opposition"
            if body is not None:
                body.add(ent, "alias")
                self.taken.update(range(ent.start, ent.end))
            return
        if ent[0].lower_ == "the":
            ent = ent[1:]
            if not len(ent):
                return
        if fold(ent.text) in rec.non_actor_names or ent[-1].lower_ in rec.document_heads or document_title(ent, rec.document_heads):
            return
        if len(ent) == 1 and ent[0].tag_ == "JJ":
            return  # an adjective the model took for a name ("the Tigrayan leadership")
        if no_body(ent, rec._is_title, rec.portfolio_words):
            return  # "Defense Minister", "the Commander-General of"
        if (host := meeting_host(ent, rec.meeting_heads, self.clusters.values())) is not None:
            host.add(ent, "alias")  # the body that meets
            return self.taken.update(range(ent.start, ent.end))
        near = self._near_body(ent)
        if near is not None:
            near.add(ent, "name")  # "More Islamic Liberation Front"
            self.taken.update(range(ent.start, ent.end))
            return
        if len(ent) == 1 and ent[0].lower_ in rec.org_sectors and self._generic_body(ent):
            return  # else a body of its own: "the Council held a briefing"
        name = group_name(ent)
        country = None
        # "the U.S. State Department", "Armenia's Foreign Ministry": a state's own body.
        prefix = self._state_before(ent.start)
        if prefix is not None and any(t.lower_ in self.rec.org_sectors for t in ent):
            country, prefix_span = prefix
            name = doc[prefix_span.start:ent.end].text.replace("’s ", "'s ")
            if name.lower().startswith("the "):
                name = name[4:]
        elif ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("in", "of") and ent[0].lower_ in self.rec.org_sectors:
            # "the spokesperson for the Ministry of Foreign Affairs in Qatar": that state's ministry
            state = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ == "GPE"), None)
            hit = self.rec.dictionary.lookup(state.text) if state is not None else None
            country = hit.entry.country if hit is not None and hit.entry.type == "state" else None
        key = f"org:{fold(name)}"
        acr = bracketed_acronym(ent, name)
        # "The UN Office of the High Commissioner for Human Rights (OHCHR)": the dictionary's body
        existing = self._body_at(acr.start) if acr is not None else None
        # ... or the same state's body named before with its demonym ("Qatari Ministry of Foreign Affairs")
        existing = existing or next((c for c in self.clusters.values() if c.type == "organization" and (
            fold(name) in map(fold, c.forms) or (name.isupper() and name == "".join(
                w[0] for w in c.name.split() if w[:1].isupper())) or (country is not None and c.country == country and any(
                    fold(f).endswith(" " + fold(name)) for f in c.forms)))), None)
        c = existing or self._cluster(key, "organization", name=name, country=country)
        if c.sector is None or c.entry is None and len(name) < len(ent.text):
            c.sector, c.type = group_kind(ent, name, self.rec.org_sectors, c.type)
        c.add(ent, "name")
        self.taken.update(range(ent.start, ent.end))
        if acr is not None and acr.start not in self.taken:
            c.add(acr, "alias")  # "Anadolu Agency (AA)": the bracketed acronym is an alias
            self.taken.add(acr.start)
