"""Actors the text only names as places or as descriptions (the last step of
:mod:`parley.pipeline.actors`, before the table is written).

- A state only named where something is ("DAKAR, Senegal", "the talks in Tanzania", "the Cuban
  capital") or where a person is from ("Joaquim Chissano of Mozambique") is a place.
- A state only named by the adjective of a people that describes persons or things, not a body of
  the state ("the United Nations agency for Palestinian refugees", "the Palestinian people"), is no
  actor: the gold lists such states at most as optional. "The Russian side", "Israeli strikes", "the Egyptian minister" keep theirs.
- A demonym inside a longer name ("the National Iraqi News Agency") belongs to that name.
- A state or a body only named in the dateline that opens a line ("BANGKOK: A Myanmar military
  airstrike", "SANAA, Yemen — The International Committee", "MAE SAKOEP- A series of airstrikes") is
  where the report was filed; a news agency credited there ("(TNA)") stays.
- A state only named as the place of an office ("The UN envoy for Western Sahara") is a place.
- A body the model found that neither the dictionary nor a sector word knows, only named after "in"
  or "at" ("the gendarme school in Faladié", "in the Cano Limon fields"), is a place name taken for
  a body: no actor.
- A seat of government only named as where something happens ("at the White House", "a press
  conference in Port Sudan") is a place; one that acts ("the Kremlin said") stays the body.

A state or a seat that acts anywhere ("At the talks in Istanbul, Russia refused") is kept. The
nouns of persons and things are data (``resources/non_actors.yaml``, ``people_nouns``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from parley.pipeline.actor_repairs import place_modifier
from parley.pipeline.event_datelines import dateline_end

if TYPE_CHECKING:
    from parley.pipeline.actors import ActorRecognizer, _Cluster

LOCATIVE_PREPS = {"in", "to", "from", "at", "near", "around", "into", "outside", "inside", "across", "toward", "towards", "via", "through", "on"}
# Prepositions after which a seat of government is where something happens ("at the White House").
SEAT_PREPS = {"in", "at", "near", "outside", "inside", "from", "to", "into", "around"}
# Dependencies by which a demonym only qualifies the word it hangs on ("Palestinian refugees"); not
# "Qatari-brokered", where the state acts.
QUALIFIER_DEPS = {"amod", "compound", "nmod"}


class PlaceReader:
    """Mixin of the actor builder: states and seats only named as places or descriptions."""

    doc: Doc
    rec: ActorRecognizer
    clusters: dict[str, _Cluster]

    def _is_agent(self, span: Span) -> bool:
        raise NotImplementedError

    def _demote_locative_states(self) -> None:
        """States and seats of government that never act and are only named as places or in
        descriptions become places (see the module docstring)."""
        doc = self.doc
        persons = {i for c in self.clusters.values() if c.type == "person" for s, e, _ in c.mentions for i in range(s, e)}
        datelines: dict[int, int] = {}
        for c in self.clusters.values():
            if c.mentions and c.type in ("state", "organization") and c.sector != "MED" and all(
                    e <= dateline_end(doc, doc[s], datelines) for s, e, _ in c.mentions):
                self._as_place(c)  # "BANGKOK: A Myanmar military airstrike", "MAE SAKOEP- A series of airstrikes"
                continue
            if not c.mentions or any(self._is_agent(doc[s:e]) for s, e, _ in c.mentions):
                continue
            if c.type == "organization" and c.entry is None and c.sector is None and all(
                    self._seat_as_place(doc[s:e]) and not doc[s:e].text.isupper() for s, e, _ in c.mentions):
                c.mentions = []  # "the gendarme school in Faladié": a name the model took for a body
                continue
            if c.type == "organization" and self._seat(c):
                if all(self._seat_as_place(doc[s:e]) for s, e, _ in c.mentions):
                    c.type = "location"
                    c.place = self.rec.gazetteer.lookup(c.name)
                    c.sector = None
                continue
            if c.type != "state":
                continue
            if all(kind == "name" and self._locative(doc[s:e]) or kind in ("name", "demonym")
                   and place_modifier(doc[s:e], self.rec.place_nouns, persons)
                   or kind == "demonym" and self._descriptive_demonym(doc[s:e]) for s, e, kind in c.mentions):
                c.type = "location"
                c.place = self.rec.gazetteer.lookup(c.name)
                c.sector = None

    def _as_place(self, c: _Cluster) -> None:
        c.type = "location"
        c.place = self.rec.gazetteer.lookup(c.name)
        c.sector = None

    @staticmethod
    def _seat(c: _Cluster) -> bool:
        """Whether the cluster is a seat of government of the dictionary ("Kremlin", "Port Sudan")."""
        e = c.entry
        return e is not None and e.country is not None and e.key.startswith(f"{e.country}:")

    def _seat_as_place(self, span: Span) -> bool:
        doc = self.doc
        i = span.start
        if i > 0 and doc[i - 1].lower_ == "the":
            i -= 1
        return i > 0 and doc[i - 1].lower_ in SEAT_PREPS and span.root.dep_ == "pobj"

    def _descriptive_demonym(self, span: Span) -> bool:
        """A demonym that describes persons or things, not a body of its state ("Palestinian
        refugees"), or that is a word of a longer name ("the
        National Iraqi News Agency")."""
        doc, root = self.doc, span.root
        ent = next((e for e in doc.ents if e.start <= span.start and span.end <= e.end), None)
        if ent is not None and ent.label_ == "ORG" and span.start > ent.start and doc[ent.start].lower_ != "the":
            return True
        if root.dep_ not in QUALIFIER_DEPS or root.head.i < span.end:
            return False
        head = root.head
        return head.lemma_.lower() in self.rec.people_nouns or head.lower_ in self.rec.people_nouns \
            or head.ent_type_ == "NORP"

    def _locative(self, span: Span) -> bool:
        doc = self.doc
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is None:
            return False
        if prev.lower_ in LOCATIVE_PREPS and span.root.dep_ == "pobj":
            return True
        if prev.lower_ == "for" and span.root.dep_ == "pobj" and self.rec._is_title(prev.head):
            return True  # "The UN envoy for Western Sahara": the place of an office
        # "DAKAR, Senegal", "in Goma, Congo": a country after a place and a comma
        return prev.text == "," and span.start > 1 and any(
            c.type == "location" and any(e == span.start - 1 for _, e, _ in c.mentions) for c in self.clusters.values())
