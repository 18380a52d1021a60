"""How a position's issue is worded: the reporter's own words or the vocabulary's name, and which wordings say
the same (:mod:`parley.pipeline.positions`)."""

from __future__ import annotations

import re

from parley.pipeline.issues import FUNCTION_WORDS, stem

# The longest issue kept in the reporter's words; a longer phrase is named by the vocabulary.
MAX_REPORTED_WORDS = 6
# The longest issue kept whole in the reporter's words, the vocabulary's name aside (round 29).
MAX_KEPT_WORDS = 10
# Two issues named together keep the reporter's words up to this length.
MAX_JOINT_ISSUE_WORDS = 10
# Prepositions after which a long phrase only adds where, when, who or how ("to": "full and unhindered humanitarian
# access to civilians inside and outside Eastern Ghouta, in collective shelters ..." is the access, not "humanitarian aid").
TRAILING_PREPOSITIONS = {"in", "on", "at", "for", "from", "with", "by", "between", "during", "after", "before", "to",
                         "since", "within", "along", "across", "under", "among", "amid", "until"}


def content_words(text: str) -> set[str]:
    """Content words, crudely stemmed: "ending the war" and "end the war" have the same ones."""
    words = (w[:-3] if w.endswith("ing") and len(w) > 5 else w for w in re.findall(r"\w+", text.lower()))
    return {stem(w) for w in words if w not in FUNCTION_WORDS}


def one_within(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and (a <= b or b <= a)


def reported_wording(name: str, written: str, named: bool = True) -> str:
    """The issue in the reporter's words ("a truce proposal", not "ceasefire") when they are short enough
    to be a name; a longer phrase gives way to the vocabulary's name (``named``: ``name`` is one), unless the name
    has words the reporter's do not."""
    words = [w for w in written.split() if w.lower() not in ("a", "an", "the")]
    if written and len(words) <= MAX_REPORTED_WORDS:
        return written
    # "comprehensive ceasefire in Yemen for two weeks": the phrase before its first trailing preposition,
    # when it says more than the vocabulary's bare name.
    head = next((k for k, w in enumerate(words) if k > 0 and w.lower() in TRAILING_PREPOSITIONS), len(words))
    core = " ".join(words[:head])
    at = core.lower().find(name.lower())
    # Only modifiers before the name ("comprehensive ceasefire"), not a head of its own ("text of a peace agreement").
    if 2 <= head <= MAX_REPORTED_WORDS and at >= 0 and "of" not in core[:at].lower().split():
        return core
    lead = next((k for k, w in enumerate(words[:head]) if content_words(w) & content_words(name)), None)
    if 2 <= head <= MAX_REPORTED_WORDS and lead is not None and content_words(name) <= content_words(core) \
            and "of" not in (w.lower() for w in words[:lead]):
        # "withdrawal of Ukrainian troops from its territory": the phrase before its trailing preposition holds all
        # the name's words ("withdrawal of troops") and the reporter's own.
        return core
    if 2 <= head <= MAX_REPORTED_WORDS and not content_words(name) <= content_words(written):
        # "Rwanda's withdrawal of support for the M23 rebel group" is no "withdrawal of troops": a name with words
        # the text does not have gives way to the phrase before its trailing preposition.
        return core
    if len(words) <= MAX_JOINT_ISSUE_WORDS and "and" in (w.lower() for w in words[1:-1]) \
            and not content_words(name) & content_words(written):
        # "a truce with the government and freedom for political prisoners": the vocabulary's name ("ceasefire"), with
        # none of the reporter's words, would drop one of two issues named together and the words of the other.
        return written
    if named and not content_words(name) <= content_words(written):
        # "referendum on self-determination for the disputed territory" is not "elections": a name with words the
        # text does not have gives way to the reporter's words (the name stays in ``canonical``): whole while a reader
        # can take them in, else up to the preposition after the head's own phrase ("referendum on self-determination"),
        # without an owner named before them ("Putin's weaponry withdrawal proposal": the proposal).
        if head == 1:
            head = next((k for k, w in enumerate(words) if k > 1 and w.lower() in TRAILING_PREPOSITIONS), len(words))
        end = len(words) if len(words) <= MAX_KEPT_WORDS else head
        if end <= MAX_KEPT_WORDS:
            owner = max((k for k, w in enumerate(words[:end - 1]) if w.lower().endswith(("'s", "’s"))), default=-1)
            return " ".join(words[owner + 1:end])
    return name
