"""Threats a party makes by announcing its own attack, or by warning against an act: "Yemen's Houthi movement said on Saturday it
would target all ships heading to Israel" threatens force (PLOVER THREATEN); the attack has not
happened. A bare future in the reporter's words ("the army will attack") is no threat anyone made, so
the future act must be the content of the party's own statement: the clause a speech verb reports,
whose subject stands for the speaker ("it", "they", "we", "its forces"). An armed party's warning
against an act ("The Israeli army ... warned against further attempts to harm Israeli civilians",
"warned all international shipping companies against dealing with Israeli ports") deters it with force;
an agency's warning against a danger does not."""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.event_roles import STATE_SECTORS, RoleReader

# Pronouns by which a reported clause names its own speaker.
SPEAKER_PRONOUNS = {"it", "they", "we", "he", "she", "i"}
SPEAKER_POSSESSIVES = {"its", "their", "our", "his", "her", "my"}
# Sectors of the parties whose warning is backed by force (states' organs and armed groups).
ARMED_SECTORS = STATE_SECTORS | {"REB"}


def self_announced(trigger: Token, speech_verbs: frozenset[str] | set[str]) -> bool:
    """Whether the trigger's clause is what its subject's speaker says it will do ("said it would target")."""
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in speech_verbs:
        return False
    if not any(c.dep_ == "nsubj" for c in clause.head.children):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in SPEAKER_PRONOUNS:
        return True
    return any(c.dep_ == "poss" and c.lower_ in SPEAKER_POSSESSIVES for c in subject.children)


def deterrent(verb: Token, actors: list[str], reader: RoleReader) -> bool:
    """Whether a warning "against" an act is made by an armed party: a state, its government or forces,
    or an armed group ("warned against further attempts to harm ...")."""
    if not any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
        return False
    for a in actors:
        actor = reader.table.get(a)
        if actor is not None and (actor.type in ("state", "group") or actor.sector in ARMED_SECTORS):
            return True
    return False
