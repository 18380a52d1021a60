"""Aid given, which is no position: "Qatar pledged $50 million to cushion the effects of the war" (money and what it
is for), "UNHCR has announced further support for the increasing masses of displaced refugees" (people helped).

A sum of money pledged, given or offered, and what it is to pay for, is aid, an event (read for offers, support and
readiness: "the UN appealed for $2.57 billion" stays a demand). What people are said to be "in need of" stays the
speaker's demand, as the dev gold has it ("displaced families are in urgent need of food, medicine ...", the body
said). Round 33: people in need, or people counted, as what one supports, offers or aims at ("the aim is to reach an
impressive 1.1 million people", "its goal of assisting nearly 1 million people", "to support every displaced
person") are those the aid is for, no issue of the process; a people named by its nation ("the Palestinian people")
is a side one takes, and demands for aid ("scale up humanitarian assistance to all civilians in need") stay demands.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley.pipeline.figure_counts import SCALE_WORDS
from parley.pipeline.stance_cues import StanceCues

MONEY_WORDS = {"million", "billion", "dollar", "dollars", "euro", "euros", "pound", "pounds"}
# "the increasing masses of displaced refugees", "a growing number of displaced people": the people counted.
CROWD_WORDS = SCALE_WORDS | {"mass", "masses", "number", "numbers", "influx", "wave", "waves", "flood"}
PERSON_WORDS = {"person", "persons", "people", "individual", "individuals"}
QUANTIFIERS = {"every", "each", "all", "many", "most", "some"}


def aid_given(issue: Token | Span, cues: StanceCues | None = None) -> bool:
    """The issue is a sum of money, or the purpose of a sum pledged ("pledged $50 million to cushion ..."), or (with
    ``cues``) the people helped ("support for displaced refugees", "to reach 1.1 million people")."""
    word = issue.root if isinstance(issue, Span) else issue
    if _money(word):
        return True
    if cues is not None and people_aided(word, cues):
        return True
    return word.pos_ == "VERB" and word.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "dobj" and _money(c) for c in word.head.children)


def people_aided(word: Token, cues: StanceCues) -> bool:
    """"(support for) the increasing masses of displaced refugees", "(to) reach an impressive 1.1 million people",
    "assisting nearly 1 million people": people helped, by a verb of aid (``aid_verbs``) or by aid named by a noun
    (``recipient_nouns``: "support for", "assistance to"); not those welcomed back ("will welcome back Ethiopian
    refugees", dev gold: their return)."""
    if word.pos_ == "VERB":
        obj = next((c for c in word.children if c.dep_ == "dobj"), None)
        return word.lemma_.lower() in cues.aid_verbs and obj is not None and _people(obj, cues)
    prep = word.head if word.dep_ == "pobj" else None
    return word.pos_ == "NOUN" and prep is not None and prep.lower_ in ("for", "to") \
        and prep.head.lemma_.lower() in cues.recipient_nouns and _people(word, cues)


def _people(noun: Token, cues: StanceCues) -> bool:
    """People in need (``needy_nouns``, ``people_nouns``), or people counted or taken one by one; not a people named by
    its nation or state ("the Palestinian people", "the people of Israel")."""
    if noun.lemma_.lower() in CROWD_WORDS or noun.lower_ in CROWD_WORDS:
        counted = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"), None)
        return counted is not None and _people(counted, cues)
    lemma = noun.lemma_.lower()
    if lemma in cues.people_in_need or noun.lower_ in cues.people_in_need:
        return True
    if lemma not in PERSON_WORDS and noun.lower_ not in PERSON_WORDS:
        return False
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nummod", "det", "quantmod", "nmod")]
    if any(c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN" for c in mods) or any(
            p.dep_ == "prep" and p.lower_ == "of" for p in noun.children):
        return False  # "the Syrian people", "the people of Gaza": a people, a side one may take
    return any(c.like_num or c.lower_ in QUANTIFIERS or c.lemma_.lower() in cues.people_in_need or c.lower_ in SCALE_WORDS
               for m in mods for c in m.subtree)


def _money(tok: Token) -> bool:
    return tok.ent_type_ == "MONEY" or (tok.lower_ in MONEY_WORDS and any(c.like_num or c.tag_ == "$" or c.ent_type_ == "MONEY"
                                                                         for c in tok.subtree))
