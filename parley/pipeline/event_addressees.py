"""Whom an appeal asks when its verb names no object: the subject of a "for ... to" infinitive, or
the counterpart of the talks it asks for.

"Blinken also called for Abiy to commit to steps outlined by the UN Security Council" and "the
leaders ... called for the Myanmar military to stop killing protesters" ask Abiy and the military:
the party that is to act in a "for X to do" clause is the one asked (PLOVER REQUEST, CAMEO 10). The
parser reads the clause either as a mark "for" on the infinitive, whose subject is X, or as a
preposition "for X" beside the infinitive; "called for the release of ..." (no infinitive) and
"called for a ceasefire to be respected" (no party) name no one asked. "The RSF has called for direct
talks with the army" asks the army to talk, and "renewed their calls for an immediate ceasefire between
Israel and the Palestinian Hamas movement" asks both parties the ceasefire is to be between.
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.event_roles import RoleReader
from parley.pipeline.event_status import is_infinitive

# Relations of an infinitive clause on the appeal verb.
CLAUSE_DEPS = ("advcl", "ccomp", "xcomp", "acl")
# Nouns of an appeal that a verb stresses, repeats or makes ("stressed the need for ... to", "renewed his
# call for ... to").
ASKING_NOUNS = {"need", "necessity", "call", "demand", "appeal", "plea", "request"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Nouns of an act whose "of" phrase names who carries it out ("the withdrawal of Rwandan troops").
WITHDRAWAL_NOUNS = {"withdrawal", "pullout", "pull-out", "retreat", "departure", "disarmament", "demobilization",
                    "demobilisation", "disengagement", "redeployment"}
# Nouns of talks whose counterpart ("talks with the army") is asked to hold them.
TALKS_NOUNS = {"talk", "talks", "dialogue", "negotiation", "negotiations", "meeting", "contact", "contacts"}


def _that_clause(clause: Token) -> bool:
    """Whether a clause on a noun says what is demanded: "that" as its mark, or a bare verb after "that"
    (the parser may read "demands that Israel withdraw" as a relative clause; "the demands that Israel
    rejected" is one)."""
    that = [m for m in clause.children if m.lower_ == "that" and m.i < clause.i]
    return any(m.dep_ == "mark" for m in that) or (bool(that) and clause.tag_ == "VB")


def asked_parties(verb: Token, reader: RoleReader, actors: list[str]) -> list[str]:
    """The parties the "for X to do" clause of an appeal verb, or of the need or call it stresses or
    repeats ("stressed the need for the RSF militia to leave civilian locations"), names as the ones to act."""
    found: list[str] = []
    for head in [verb] + [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in ASKING_NOUNS]:
        found += [a for a in _for_clause(head, reader) if a not in actors and a not in found]
    found = found or [a for a in _talks_counterparts(verb, reader) if a not in actors]
    found = found or [a for a in _withdrawing_parties(verb, reader) if a not in actors]
    return found or [a for a in _parties_between(verb, reader) if a not in actors]


def _asked_contents(verb: Token) -> list[Token]:
    """What an appeal verb asks for: its object, the object of its "for" or "on", and what the call it
    repeats is "for" ("renewed their calls for an immediate ceasefire", where the parser may hang the
    "for" on the verb)."""
    contents = [c for c in verb.children if c.dep_ == "dobj"]
    contents += [g for h in [verb, *(c for c in contents if c.lemma_.lower() in ASKING_NOUNS)]
                 for p in h.children if p.dep_ == "prep" and p.lower_ in ("for", "on")
                 for g in p.children if g.dep_ == "pobj"]
    return contents


def _parties_between(verb: Token, reader: RoleReader) -> list[str]:
    """The parties between whom the act asked for is to happen: "renewed their calls for an immediate
    ceasefire between Israel and the Palestinian Hamas movement" asks both to stop fighting; "called for
    a ceasefire" alone names no one asked."""
    heads = [g for n in _asked_contents(verb) for p in n.children if p.dep_ == "prep" and p.lower_ == "between"
             for g in p.children if g.dep_ == "pobj"]
    return reader.actors_in((t for h in heads for t in reader.phrase_tokens(h)), places_as_states=True)


def _talks_counterparts(verb: Token, reader: RoleReader) -> list[str]:
    """Whom talks asked for are to be held with: "demanded direct talks with the DR Congo government",
    "has called for direct talks with the army" ask that party to talk."""
    contents = [c for c in verb.children if c.dep_ == "dobj"]
    contents += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "on") for g in p.children if g.dep_ == "pobj"]
    heads = [g for n in contents if n.lemma_.lower() in TALKS_NOUNS for p in n.children
             if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
    return reader.actors_in((t for h in heads for t in reader.phrase_tokens(h)), places_as_states=True)


def _withdrawing_parties(verb: Token, reader: RoleReader) -> list[str]:
    """Whose forces a withdrawal asked for takes away: "called for the “immediate withdrawal” of Rwandan
    troops from the Democratic Republic of Congo" (108scoop, 2025) asks Rwanda to pull them out (whoever a
    release is "of" is freed, not asked)."""
    heads = [g for n in _asked_contents(verb) if n.lemma_.lower() in WITHDRAWAL_NOUNS for p in n.children
             if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return reader.actors_in(t for h in heads for t in reader.phrase_tokens(h))


def _for_clause(verb: Token, reader: RoleReader) -> list[str]:
    """The actors of the subject of a "for X to do" clause on a verb or noun (either parse), or of a
    "that" clause on a noun ("repeated demands that Israel withdraw from Gaza")."""
    heads: list[Token] = []
    for c in verb.children:
        if c.dep_ in CLAUSE_DEPS and is_infinitive(c) and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            heads += [s for s in c.children if s.dep_ in SUBJECT_DEPS]
        elif verb.pos_ == "NOUN" and c.dep_ in ("acl", "ccomp") and _that_clause(c):
            heads += [s for s in c.children if s.dep_ in SUBJECT_DEPS]
    if not heads:
        # "reiterating his call for Libyan leaders to join the dialogue process": the parser may hang the
        # infinitive of a call on the verb that repeats it
        owners = [verb] + ([verb.head] if verb.pos_ == "NOUN" and verb.dep_ == "dobj" else [])
        clauses = [c for o in owners for c in o.children if c.dep_ in CLAUSE_DEPS and is_infinitive(c)
                   and not any(s.dep_ in SUBJECT_DEPS for s in c.children)]
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ == "for":
                heads += [g for g in p.children if g.dep_ == "pobj" and any(c.i > g.i for c in clauses)]
    return reader.actors_in((t for h in heads for t in reader.phrase_tokens(h)), places_as_states=True)


def names_addressee(verb: Token, preps: tuple[str, ...]) -> bool:
    """Whether an appeal names whom it is made to, party or not, after one of the pattern's
    prepositions other than "for": "appealed to world leaders for help" (an object may be what is
    asked: "set conditions")."""
    return any(c.dep_ == "prep" and c.lower_ in preps and c.lower_ not in ("for", "from", "with")
               and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
               for c in verb.children)
