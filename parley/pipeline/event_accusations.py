"""Accusations a noun names ("denied accusations by the paramilitary Rapid Support Forces (RSF) that
it carried out an airstrike"): the accusation was made whatever its target says of it, and it is aimed
at the party its content clause says acted.

- A denial of an accusation denies what it alleges, not that it was made: the accusation keeps its
  status, and the denial is a rejection of its own (``deny`` stays a cue event).
- The accusation noun is no barrier for the status of what it alleges: "denied accusations ... that it
  carried out an airstrike" still denies the airstrike.
- The party the content clause names as acting is the accused: "accusations by the RSF that it (the
  army) carried out an airstrike" accuses the army.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from parley.pipeline.event_drafts import EventDraft
from parley.pipeline.event_patterns import Pattern
from parley.pipeline.event_roles import RoleReader
from parley.pipeline.event_status import Modality
from parley.pipeline.event_verb_objects import clause_subjects
from parley.pipeline.event_words import NOUN_POS, VERB_POS

ACCUSING = "ACCUSE"
# The mode of a breach of a truce: coded where it is reported as done ("had violated the new
# ceasefire"), not where it is only named ("cautioning against any move to violate the ceasefire").
VIOLATION = "ceasefire violation"
FINITE_TAGS = {"VBD", "VBZ", "VBP", "VBN"}
# Pronouns by which a verb that names what its object is refers to an act ("calling it a violation").
ACT_PRONOUNS = {"it", "this", "that"}
# Relations through which a noun's clause says what it alleges ("accusations that it carried out ...").
CONTENT_DEPS = {"acl", "ccomp", "relcl"}


def accusation_noun(token: Token, pattern: Pattern) -> bool:
    """Whether the trigger is a noun of accusation ("accusations", "allegations")."""
    return token.pos_ in NOUN_POS and pattern.type == ACCUSING


def unreported_violation(token: Token, pattern: Pattern) -> bool:
    """Whether a breach of a truce is only named, as an infinitive or gerund ("any move to violate")."""
    return pattern.mode == VIOLATION and token.tag_ not in FINITE_TAGS


def made(mod: Modality) -> Modality:
    """The status of an accusation under a denial: it was made ("denied accusations by the RSF")."""
    if mod.cue_pattern is not None and mod.cue_pattern.status == "denied":
        return replace(mod, status="occurred", cue=None, cue_pattern=None)
    return mod


def accused(drafts: list[EventDraft]) -> None:
    """Aim accusation nouns that name no target at the parties their content clause says acted."""
    for d in drafts:
        if d.targets or not accusation_noun(d.trigger, d.pattern):
            continue
        clauses = [c for c in d.trigger.children if c.dep_ in CONTENT_DEPS]
        inside = {t.i for c in clauses for t in (c, *c.conjuncts)}
        for other in drafts:
            if other is d or other.trigger.i not in inside:
                continue
            d.targets += [a for a in other.actors if a not in d.actors and a not in d.targets]


def blamed_subjects(d: EventDraft, reader: RoleReader) -> None:
    """The target of what a reported clause says of its subject: "said Hamas was responsible for the
    attack" accuses Hamas (the speaker itself, "said it was responsible", is no target); "said the
    Egyptian proposal was not acceptable" rejects Egypt's offer; "calling it a violation" names an act,
    not a party."""
    if not d.pattern.predicates or d.trigger.pos_ not in VERB_POS:
        return
    if any(c.dep_ == "dobj" and c.lower_ in ACT_PRONOUNS for c in d.trigger.children):
        # "condemned the attack, calling it a blatant violation": "it" is the act, whose author is found
        # from the act it refers to, not the party the pronoun might name
        d.targets = []
        return
    if d.targets:
        return
    subjects = [t for s in clause_subjects(d.trigger) for t in reader.phrase_tokens(s)]
    d.targets = [a for a in reader.actors_in(subjects, places_as_states=True) if a not in d.actors]
