"""Words of an event type that, where they stand, report no act of the parties they name.

"talks ... have yielded no significant breakthroughs" and "Israel's war on Hamas has killed more than
50,000" say what an act did (its own noun reports it); "Ukraine ... needs further military support"
is the reporter's account, voiced by no one; "met ... to discuss a possible prisoner exchange" names
the meeting's topic; "in exchange for 90 Palestinian prisoners" is what comes back in a release;
"prisoners held by Israel" says who holds them; "a Greek ship heading to Israel" travels without
visiting anyone; "will cooperate so as to agree the agenda" says what cooperation is for. The ``parley_events`` stage codes none of them.
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.event_agents import NEED_VERBS
from parley.pipeline.event_patterns import Pattern, PatternBook
from parley.pipeline.event_phrases import inside_quote
from parley.pipeline.event_status import ROUND_WORDS
from parley.pipeline.event_words import NOUN_POS, VERB_POS

# Verbs of talking about something: under a meeting verb they name its topic.
DISCUSSION_VERBS = {"discuss"}
# Nouns of the idiom "in exchange for", "in return for": no exchange of their own.
RETURN_IDIOM_NOUNS = {"exchange", "return", "swap"}
# Verbs of keeping captives: as a participle on the captives they say who holds them.
HOLDING_VERBS = {"hold", "keep"}
# Types of acts whose purpose is only striven for ("cooperate so as to agree", "held talks to reach
# a truce"); an order's purpose ("issued directives to implement the ceasefire") is carried out.
STRIVING_TYPES = {"COOPERATE", "CONSULT"}
# Subjects that speak for themselves: "we need", "I need".
SPEAKER_SUBJECTS = {"we", "i"}


def no_act(token: Token, pattern: Pattern, book: PatternBook, triggers: dict[int, Pattern]) -> bool:
    """Whether a trigger reports no act of the parties it names (see the module docstring)."""
    if token.pos_ in NOUN_POS:
        return _in_return(token)
    if token.pos_ not in VERB_POS:
        return False
    return _act_as_subject(token, book) or _meeting_topic(token, triggers) or _holding_described(token, pattern) \
        or _vehicle_moving(token, pattern) or (pattern.type == "REQUEST" and _narrated_need(token, book)) \
        or _purpose_of_other(token, pattern, triggers)


def _purpose_of_other(verb: Token, pattern: Pattern, triggers: dict[int, Pattern]) -> bool:
    """Whether a verb is the purpose of cooperation or talks ("the sides will cooperate so as to agree
    the agenda"): what they strive for has not happened; a purpose of the same type ("arrived in
    Jeddah to resume peace talks") tells that act's counterpart and stays."""
    head = triggers.get(verb.head.i)
    return verb.dep_ == "advcl" and head is not None and head.type in STRIVING_TYPES and head.type != pattern.type \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _act_as_subject(verb: Token, book: PatternBook) -> bool:
    """Whether a verb's subject is itself an act ("Two recent rounds of direct peace talks between
    Russian and Ukrainian delegations have yielded no breakthroughs"): the parties named inside the
    subject do not do what the verb says."""
    for s in (c for c in verb.children if c.dep_ == "nsubj"):
        heads = [s] + [g for p in s.children if p.dep_ == "prep" and p.lower_ == "of" and s.lemma_.lower() in ROUND_WORDS
                       for g in p.children if g.dep_ == "pobj"]
        if any(book.noun_event(h) is not None for h in heads if h.pos_ in NOUN_POS):
            return True
    return False


def _meeting_topic(verb: Token, triggers: dict[int, Pattern]) -> bool:
    """Whether "discuss" says what a meeting reported by the verb above it is about ("met ... in
    Ankara to discuss a possible prisoner exchange with Russia", "held a phone call ..., discussing
    the grain deal with Ukraine")."""
    head = triggers.get(verb.head.i)
    return verb.lemma_.lower() in DISCUSSION_VERBS and verb.dep_ in ("advcl", "xcomp", "acl") \
        and head is not None and head.type == "CONSULT"


def _narrated_need(verb: Token, book: PatternBook) -> bool:
    """Whether a need is the reporter's account, not anyone's appeal: "Ukraine is short-handed on
    the front line and needs further military support from its Western partners" is said by no
    one; "we need", a quoted need or one under a speech verb ("Zelensky said Ukraine needs ...")
    is voiced."""
    if verb.lemma_.lower() not in NEED_VERBS or inside_quote(verb):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SPEAKER_SUBJECTS for c in verb.children):
        return False
    heads = [verb, *verb.ancestors]
    return not any(h.lemma_.lower() in book.speech_verbs or book.cue(h) is not None for h in heads[1:]) \
        and not any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in book.speech_verbs
                    for h in heads for c in h.children)


def _in_return(noun: Token) -> bool:
    """Whether a noun of exchange is the idiom "in exchange for" / "in return for": the release it
    hangs on is the event, and what comes back is part of it."""
    return noun.lower_ in RETURN_IDIOM_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)


def _holding_described(verb: Token, pattern: Pattern) -> bool:
    """Whether "held" describes captives by who holds them ("1,700 Gazans held by Israel since the
    conflict began"): the holding is their state, not a detention reported."""
    return pattern.mode == "detain" and verb.lemma_.lower() in HOLDING_VERBS and verb.dep_ in ("acl", "relcl")


def _vehicle_moving(verb: Token, pattern: Pattern) -> bool:
    """Whether a journey verb is a participle on a noun that names no party ("a Greek ship heading to
    Israel"): something travels, and no one pays a visit."""
    return pattern.type == "CONSULT" and (pattern.mode == "visit" or pattern.fallback) and verb.dep_ == "acl" \
        and verb.head.pos_ in NOUN_POS and verb.doc._.actors.at(verb.head) is None
