"""Speakers whose name the model did not know, and the titles they were introduced with.

``parley.pipeline.speaker_names`` makes persons of them:

- a person's title followed by a name the parser hung on it ("AA spokesperson Khaing Thukha wrote");
- two to four capitalized words, none of a body's name, as the subject of a cue ("Arnu Ngutulu Lodi
  wrote in a press statement", where the model saw no person).

``parley.pipeline.speakers`` remembers the title a speaker was introduced with ("Al-Sawarmi Khalid,
spokesperson of Sudan Armed Forces (SAF) said"), so that "he said" and "the spokesperson" refer back to
that speaker even where the model typed the name as a body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from parley.pipeline.speakers import SpeakerResolver

# Entity labels of names that are no person, whatever title follows them.
NOT_PERSONS = {"GPE", "LOC", "ORG", "NORP", "FAC"}


def name_after_title(r: SpeakerResolver, head: Token) -> Span | None:
    """'AA spokesperson Khaing Thukha wrote': a person's title followed, without a comma, by a name
    the model did not know, which the parser hung on the title as its apposition."""
    if head.lemma_.lower() not in r.person_nouns and head.lower_ not in r.person_nouns:
        return None
    name = next((c for c in head.children if c.dep_ in ("appos", "compound") and c.i > head.i), None)
    if name is None or name.left_edge.i != head.i + 1:
        return None
    words = r.doc[head.i + 1:name.right_edge.i + 1]
    if len(words) < 2 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ in NOT_PERSONS
                             or r.table.at(t) is not None or t.i in r.quoted for t in words):
        return None
    return words


def bare_person_name(r: SpeakerResolver, words: Span) -> bool:
    """'Arnu Ngutulu Lodi wrote in a press statement': two to four capitalized words the model did
    not know, no acronym, entity of a place or body, or word of a body's name, speak as a person."""
    before = words.doc[words.start - 1] if words.start else None
    if before is not None and before.pos_ in ("PROPN", "NOUN", "ADJ", "NUM"):
        return False  # "US Special Representative for Afghanistan Reconciliation Zalmay Khalilzad": a title runs on
    return 2 <= len(words) <= 4 and words.root.dep_ in ("nsubj", "pobj") and all(
        t.text[:1].isupper() and not t.is_upper and t.ent_type_ not in NOT_PERSONS and r.table.at(t) is None
        and t.lower_ not in r.cues.organization_words and t.lower_ not in r.person_nouns
        and t.lemma_.lower() not in r.person_nouns and t.i not in r.quoted for t in words)


def titled_noun(r: SpeakerResolver, subject: Token) -> str:
    """The noun a speaker was introduced with: its own, or the title set off after its name
    ("Al-Sawarmi Khalid, spokesperson of Sudan Armed Forces (SAF) said"), which a later "he said" or
    "the spokesperson" refers back to, even where the model typed the name as a body."""
    title = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i
                  and c.lemma_.lower() in r.person_nouns), None)
    return (title if title is not None and subject.pos_ == "PROPN" else subject).lemma_.lower()
