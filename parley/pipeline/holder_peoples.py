"""A people's word for the armed group of the report: "Karen guerillas", "the Karen statement".

Round 24. A fighter noun or a document noun qualified by a capitalised word that is no state ("Rebel ethnic
Karen guerillas rejected the latest peace overture", "The Karen statement Monday noted ...") stands for the one
named armed or political body of the report whose name holds that word ("the Karen National Union"). With
two such bodies ("Karen National Union", "Democratic Karen Buddhist Army"), or none, it names no one: precision
first.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.pipeline.extensions import ActorTable
from parley.pipeline.holder_states import STATE_AND_PRESS_SECTORS, named_rebels
from parley.pipeline.stance_cues import StanceCues


def people_group(tok: Token, table: ActorTable, nouns: frozenset[str] | set[str]) -> str | None:
    """The one named body whose name holds the people word qualifying ``tok`` (a fighter or document noun)."""
    if tok.lemma_.lower() not in nouns or tok.pos_ != "NOUN":
        return None
    if any(c.dep_ == "poss" for c in tok.children):
        return None  # "the KNU's statement": its owner says who
    words = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i and c.text[:1].isupper()
             and c.pos_ in ("PROPN", "ADJ") and c.i > tok.sent.start]
    for word in words:
        m = table.at(word)
        if m is not None and (a := table.get(m.actor_id)) is not None and a.type == "state":
            return None  # "Sudanese rebels", "the Turkish statement": the state's word, dealt with elsewhere
        named = {a.id for mm in table.mentions if mm.kind != "description"
                 and (a := table.get(mm.actor_id)) is not None and a.type in ("group", "organization")
                 and a.sector not in STATE_AND_PRESS_SECTORS and len(a.name.split()) > 1 and word.text in a.name.split()}
        if len(named) == 1:
            return named.pop()
    return None


def people_fighters(tok: Token, table: ActorTable, cues: StanceCues) -> tuple[bool, str | None]:
    """Round 33. Fighters named by a people's word, and a rebel side's envoys: "Tuareg-style rebels", "Tutsi-led
    rebels", "Baloch separatists", "rebel negotiators" stand for the one rebel group the report names, if there is
    exactly one; with none or several they name no one (precision first), not a person or state made of the people's
    word. (True, group or None) where the rule applies, (False, None) where it does not: a state's, a place's or a
    named group's fighters ("Sudanese rebels", "Darfur rebels", "M23 rebels") are read elsewhere."""
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NNS", "NNPS") or any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "from", "with")) for c in tok.children):
        return False, None
    words = [t for t in tok.doc[tok.left_edge.i:tok.i] if t.is_alpha]
    lemma = tok.lemma_.lower()
    # "rebel negotiators", "the rebel delegation": the rebel side's envoys to talks (``pair_titles``); not "key rebel
    # leaders", who may lead other groups (dev gold, voa-darfur).
    envoys = lemma in cues.pair_titles and lemma not in cues.title_nouns | {"secretary", "minister"} \
        and any(w.lemma_.lower() in cues.fighter_nouns for w in words)
    people = [w for w in words if (w.text[:1].isupper() and w.lemma_.lower() not in cues.fighter_nouns
                                   and w.i > tok.sent.start) or (w.i == tok.sent.start and w.pos_ == "PROPN")]
    if not envoys and not (lemma in cues.fighter_nouns and people):
        return False, None
    made: set[str] = set()  # actors the actors stage made of the people's word ("Tuareg", "Tutsi" of "Tutsi-led")
    described = False  # "Kurdish rebels" taken as a body of their own, by what they are
    for word in people:
        actor = table.get(m.actor_id) if (m := table.at(word)) is not None else None
        if actor is None:
            continue
        suffixed = word.i + 2 < len(word.doc) and word.doc[word.i + 1].text == "-" \
            and word.doc[word.i + 2].lower_ in cues.people_suffixes
        if actor.type == "state" or (actor.type == "location" and not suffixed):
            return False, None  # "Sudanese rebels", "Darfur rebels": a state's or a place's
        if m.kind == "description":
            described = True
        elif not _made_of_people_word(actor.id, table, tok.doc, cues.fighter_nouns):
            return False, None  # "Hamas fighters", "Seleka rebels": a group named by its name
        made.add(actor.id)
    rebels = [r for r in named_rebels(table) if r not in made]
    if len(rebels) == 1:
        return True, rebels[0]
    # With none or several named, a people's word made an actor names no one; a body described stays.
    return (bool(made) and not described and not envoys), None


def _made_of_people_word(actor_id: str, table: ActorTable, doc: Doc, fighter_nouns: frozenset[str]) -> bool:
    """An actor the actors stage made of a people's word before a fighter noun ("Tuareg" of "Tuareg rebels"): one word,
    with no alias or country from the dictionary, never named but right before such a noun."""
    actor = table.get(actor_id)
    if actor is None or actor.aliases or actor.country or len(actor.name.split()) > 1:
        return False
    return all(m.end < len(doc) and (doc[m.end].lemma_.lower() in fighter_nouns or doc[m.end].text == "-")
               for m in table.mentions if m.actor_id == actor_id)
