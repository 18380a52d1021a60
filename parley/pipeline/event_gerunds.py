"""Gerunds the parser reads as verbs where they are nouns: "killed by Russian shelling", "heavy
Israeli bombing". An adjective modifies no verb, so an "-ing" word with an adjective or a determiner
of its own, in a noun's place, is the noun of its act, and the events stage reads it as one: its
adjective then names who acts ("Russian" shelling), as it does for "the Russian shelling" parsed right.
"""

from __future__ import annotations

from spacy.tokens import Doc

# Relations of a word in a noun's place: object of a preposition, subject, object.
NOUN_PLACES = {"pobj", "pcomp", "nsubj", "nsubjpass", "dobj"}
# Modifiers only a noun takes.
NOUN_MODIFIERS = {"amod", "det", "poss"}


def retag_nominal_gerunds(doc: Doc, event_nouns: frozenset[str]) -> None:
    """Tag as nouns the gerunds of ``event_nouns`` ("shelling", "bombing") that stand in a noun's
    place with an adjective, determiner or possessor of their own."""
    for t in doc:
        if t.tag_ == "VBG" and t.lower_ in event_nouns and t.dep_ in NOUN_PLACES \
                and any(c.dep_ in NOUN_MODIFIERS for c in t.children) \
                and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in t.children):
            t.pos_ = "NOUN"
            t.tag_ = "NN"
            t.lemma_ = t.lower_
