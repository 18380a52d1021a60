"""Event nouns in the adjuncts of another act, whose party the sentence names elsewhere.

- A mediation named in an adjunct is the mediator's own act beside the one mediated: "an agreement
  reached ... under EU mediation", "a truce brokered under US-Saudi mediation", "grateful to the UAE for
  their mediation", "a ceasefire brokered under Egyptian auspices" (not "the facilitation of the peace
  talks", which names what was mediated).
- A meeting with a counterpart that dates another act was held by that act's subject: "said after a
  meeting with Transnistrian Chief Negotiator Vitaly Ignatiev", "In a meeting with Dutch Ambassador
  Joost Clarenbeek, ... called on ...", also where the adjunct measures the talks ("was back in Qatar
  after a day of lengthy and intense talks in Cairo with Egyptian mediators", "after hours of talks with").
- Talks that name no party of their own and date the act of a pair were held by that pair: "Sudan's army
  and the paramilitary Rapid Support Forces (RSF) have agreed to a seven-day ceasefire deal after talks in
  Saudi Arabia".
- A joint act with a counterpart that a party confirms or announces is that party's: "Zelenskyy
  confirmed a large-scale prisoner exchange with Russia".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from parley.pipeline.event_nominals import DURATIONS, ROUNDS
from parley.pipeline.event_patterns import Pattern
from parley.pipeline.event_verb_objects import PARTY_ENTITIES
from parley.pipeline.event_words import NOUN_POS, VERB_POS

if TYPE_CHECKING:
    from parley.pipeline.event_drafts import EventDraft
    from parley.pipeline.event_roles import RoleReader

# Prepositions of an adjunct that names how or after what an event came about ("through the mediation of
# the UAE", "after mediation by Egypt", "due to the mediation of Qatar").
MEANS_PREPS = {"after", "following", "through", "via", "thanks", "due", "to"}
# Prepositions of an adjunct that names under whose mediation something came about ("under EU mediation",
# "with the mediation of the Chinese side", "thanked the UAE for their mediation").
MEDIATOR_PREPS = MEANS_PREPS | {"under", "with", "for"}
# Prepositions of an adjunct meeting that dates or places another act ("in a meeting with", "after talks with").
MEETING_ADJUNCT_PREPS = {"in", "at", "after", "during", "following", "before", "on"}
# Verbs by which a party reports a joint act it took part in ("confirmed a prisoner exchange with Russia").
CONFIRMING_VERBS = {"confirm", "announce", "complete", "conclude"}


def meeting_adjunct(noun: Token, pattern: Pattern) -> bool:
    """Whether a meeting noun with a counterpart ("with X") and no party of its own dates or places the
    act of the verb it hangs on: "In a meeting with Dutch Ambassador Joost Clarenbeek, the two sides
    called on ...", "said after a meeting with Transnistrian Chief Negotiator Vitaly Ignatiev"."""
    if not (pattern.type == "CONSULT" and pattern.symmetric and noun.pos_ in NOUN_POS) or adjunct_verb(noun) is None:
        return False
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in PARTY_ENTITIES for c in noun.children):
        return False  # "after his meeting with", "in a Qatari-hosted meeting": the noun names its own party
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def paired_adjunct(noun: Token, pattern: Pattern) -> bool:
    """Whether talks that name no party of their own date the act of a verb whose subject may be the
    pair that held them: "Sudan's army and the paramilitary Rapid Support Forces (RSF) have agreed to a
    seven-day ceasefire deal after talks in Saudi Arabia", "Ukraine and Russia have made no progress
    towards agreeing a ceasefire ... at tense talks in Turkey" (not a call, which needs a counterpart named:
    "told reporters on a regular conference call")."""
    if not (pattern.type == "CONSULT" and pattern.symmetric and not pattern.needs_target and noun.pos_ in NOUN_POS) \
            or adjunct_verb(noun) is None:
        return False
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in PARTY_ENTITIES for c in noun.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among", "by") for c in noun.children)


def adjunct_verb(noun: Token) -> Token | None:
    """The verb an adjunct meeting noun dates or places ("said after a meeting with ..."), also through
    a noun that measures the talks ("after a day of lengthy and intense talks in Cairo with Egyptian
    mediators", "after two rounds of talks with ..."), or None."""
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _measures_talks(noun.head.head):
        holder = noun.head.head
    prep = holder.head
    if holder.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in MEETING_ADJUNCT_PREPS \
            or prep.head.pos_ not in VERB_POS:
        return None
    return prep.head


def _measures_talks(noun: Token) -> bool:
    """Whether a noun measures the talks of its "of" phrase: their length ("a day", "hours", "days") or
    sittings ("two rounds")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in DURATIONS | ROUNDS


def confirmed_with(noun: Token, pattern: Pattern) -> bool:
    """Whether a noun of a joint act ("talks", "exchange") with a counterpart ("with X") is what its
    subject's verb confirms or announces: "Zelenskyy confirmed a large-scale prisoner exchange with Russia"."""
    return pattern.symmetric and noun.pos_ in NOUN_POS and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in CONFIRMING_VERBS \
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def names_mediator(noun: Token) -> bool:
    """Whether a mediation noun names its mediator: a possessive, a name or demonym before it ("EU
    mediation", "US-Saudi mediation") or a party in an "of"/"by" phrase ("the mediation of the Chinese
    side"; not "the facilitation of the peace talks", which names what was mediated)."""
    def party(t: Token) -> bool:
        return t.pos_ == "PROPN" or t.ent_type_ in PARTY_ENTITIES

    return any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and party(c))
               or (c.dep_ == "prep" and c.lower_ in ("by", "of")
                   and any(party(o) or any(party(m) for m in o.children if m.dep_ in ("compound", "amod"))
                           for o in c.children if o.dep_ == "pobj"))
               for c in noun.children)


def adjunct_agents(d: EventDraft, reader: RoleReader) -> list[str]:
    """The actors of a meeting that dates another act (the subject of that act's verb: "said after a
    meeting with Transnistrian Chief Negotiator Vitaly Ignatiev") or of a joint act a party confirms
    ("Zelenskyy confirmed a large-scale prisoner exchange with Russia"); the draft's targets lose them."""
    verb: Token | None
    if paired_adjunct(d.trigger, d.pattern) and (verb := adjunct_verb(d.trigger)) is not None:
        # the pair in the subject talked with each other
        pair = reader.with_states(reader.subject_actors(verb))
        actors, targets = reader.split_sides(pair) if len(pair) >= 2 else ([], [])
        if not targets:
            return []
        d.targets = targets
        return actors
    if meeting_adjunct(d.trigger, d.pattern):
        verb = adjunct_verb(d.trigger)
    elif confirmed_with(d.trigger, d.pattern):
        verb = d.trigger.head
    else:
        return []
    if verb is None:
        return []
    actors = reader.with_states(reader.subject_actors(verb))
    d.targets = [t for t in d.targets if t not in actors]
    return actors
