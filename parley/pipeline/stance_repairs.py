"""Where the parser hangs a stance noun's parts elsewhere, for :mod:`parley.pipeline.noun_stances`: an
infinitive torn from the noun's "of" phrase ("the commitment of A, B and C to attend the talks"), the phrase a
noun renames after a comma ("X, a key Russian demand,"), a cue noun repeated in a list ("the need for an
immediate ceasefire and the urgent need for humanitarian aid") and who set terms told in a clause on the noun ("the
condition that Vucic has set"), an "of" phrase that is the holder, not the issue ("the determination of the
Ukrainian people"), a call verb the tagger read as a noun ("The Secretary-General appeals to all
stakeholders to seize ..."), a need told as there being one ("Kiir said there was a need for unity": the sayer's) and
"a presidential call" (the one president the report names).
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.extensions import ActorTable
from parley.pipeline.holders import HolderResolver
from parley.pipeline.stance_cues import StanceCues


def torn_clause(noun: Token, holders: HolderResolver) -> Token | None:
    """The infinitive the parser tore from a cue noun's "of" phrase ("the commitment of A, B and C to
    attend the talks", read as "[B and C] to attend"), or None."""
    if noun.dep_ != "dobj" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    return next((c for c in noun.head.children if c.dep_ in ("ccomp", "xcomp") and c.i > noun.i and c.tag_ == "VB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 and any(a.dep_ == "nsubj" and a.i > noun.i and holders.is_actor_phrase(a) for a in c.children)),
                None)


def holder_as_issue(noun: Token, issue: object, holders: tuple[str, ...], resolver: HolderResolver) -> bool:
    """"the fierce determination of the Ukrainian people", "with the support of the government's commandos": the
    "of" phrase names whose stance it is; taken for the issue too, it says nothing of what the stance is on."""
    if not isinstance(issue, Token) or issue.dep_ != "pobj" or issue.head.lower_ != "of" or issue.head.head != noun:
        return False
    return bool(set(holders) & set(resolver.actors_of(issue)))


def apposed_to(noun: Token) -> Token | None:
    """", a key Russian demand,": the noun phrase before the comma that this one renames."""
    i = noun.left_edge.i - 1
    while i >= 0 and noun.doc[i].is_quote:
        i -= 1
    if i < 1 or noun.doc[i].text != ",":
        return None
    i -= 1
    while i >= 0 and noun.doc[i].is_quote:
        i -= 1
    before = noun.doc[i]
    return before if before.pos_ in ("NOUN", "PROPN") and before.sent == noun.sent else None


def repeated_from(noun: Token) -> Token | None:
    """"the need for X and the urgent need for Y": the parser hangs the second cue noun on X; the first noun, whose
    holder the second shares, or None."""
    obj = noun.head
    if noun.dep_ != "conj" or obj.dep_ != "pobj" or obj.head.dep_ != "prep":
        return None
    first = obj.head.head
    return first if first.lemma_.lower() == noun.lemma_.lower() and first.i < noun.i else None


def set_by(noun: Token, setting_verbs: frozenset[str], holders: HolderResolver) -> tuple[str, ...]:
    """"The creation of the association is the condition that Serbian President Aleksandar Vucic has set for Pristina":
    the subject of the clause that says who set (laid out, put) the terms, or none."""
    for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in setting_verbs
                   and not any(o.dep_ == "dobj" and o.pos_ != "PRON" for o in c.children)):
        found = holders.subject_actors(clause)
        if found:
            return found
    return ()


def misread_call(noun: Token, cues: StanceCues) -> tuple[Token, Token] | None:
    """"The Secretary-General appeals to all stakeholders to seize the opportunity": the tagger reads the call verb
    as a plural noun heading the clause, and its subject as compounds on it; the subject and the infinitive called
    for, or None."""
    if noun.dep_ not in ("ROOT", "ccomp") or noun.tag_ != "NNS" or not any(
            c.dep_ == "prep" and cues.verbs.get(f"{noun.lemma_.lower()} {c.lower_}") == "demand" for c in noun.children):
        return None
    subject = next((c for c in reversed(list(noun.lefts)) if c.dep_ == "compound"), None)
    called = next((c for c in noun.rights if c.dep_ == "acl" and c.pos_ == "VERB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return (subject, called) if subject is not None and called is not None else None


def described_before(title: Token, table: ActorTable) -> tuple[str, ...]:
    """"The Secretary-General" as compounds on a misread call: the actor named before with those words ("The
    Secretary-General welcomes ...") or holding that post ("UN Secretary-General António Guterres"), or none."""
    words = title.doc[title.left_edge.i:title.i + 1].text.lower()
    for m in reversed(table.mentions):
        actor = table.get(m.actor_id)
        text = title.doc[m.start:m.end].text.lower().removeprefix("the ")
        if m.end <= title.left_edge.i and actor is not None and (text == words or (actor.role or "").lower().endswith(words)):
            return (actor.id,)
    return ()


def sayer(noun: Token, cues: StanceCues, holders: HolderResolver) -> tuple[str, ...]:
    """"Kiir said there was a need for unity": a need told as there being one, in a reported clause, is the sayer's."""
    be = noun.head
    if noun.dep_ != "attr" or be.lemma_ != "be" or not any(c.dep_ == "expl" for c in be.children) \
            or noun.lemma_.lower() not in cues.necessity_adjectives:
        return ()
    while be.dep_ == "conj" and be.head != be:
        be = be.head
    return holders.subject_actors(be.head) if be.dep_ == "ccomp" and be.head.lemma_.lower() in cues.speech_verbs else ()


def president(noun: Token, holders: HolderResolver) -> tuple[str, ...]:
    """"dismissed a presidential call for dialogue": the one president the report names (by role) holds it."""
    if not any(c.dep_ == "amod" and c.lower_ == "presidential" for c in noun.children):
        return ()
    heads = [a.id for a in holders.table.of_type("person") if (a.role or "").lower().startswith("president")]
    return (heads[0],) if len(heads) == 1 else ()
