"""Issues conjoined under one stance cue are one position (docs/annotation.md §5, "Conjoined issues under one cue").

The items of a coordinated object are found as before: a list of noun phrases ("agreed to an immediate ceasefire, the
withdrawal of military personnel, and the resolution of disputes", :func:`listed_items`), alternatives ("ruled out any
ceasefire or resumption of peace talks"), actions each with an object of their own ("should exercise restraint and
uphold the peace agreement", :func:`conjoined_actions_of`), and objects the readers find one by one ("called for rapid
access to Gaza and for the release of hostages", the terms after "including", the provisions a text lists), which
:func:`coordinated` groups when nothing but commas, conjunctions and prepositions stands between them. Each item is
named as any issue is (trimmed on its own), and :func:`joined` makes one position per holder and stance whose issue is
the items' names in the text's order, with the text's conjunction.

Items stay apart when they have different cues (a conjoined cue verb is a cue of its own: "agreed to X and pledged Y";
"called on Hamas to release all hostages and urged Israel to allow aid"), different stances or different holders.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from parley.models import Position
from parley.pipeline.action_lists import (
    bare_actions_after,
    infinitives_after,
    own_phrase,
    phrase_end,
)
from parley.pipeline.issue_references import comma_action
from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_grammar import FoundStance

# A list of this many noun phrases or more is a list of items, each named on its own.
MIN_LIST_ITEMS = 3
# The most words between two items of one list: ", and for", "; as well as".
MAX_GAP_TOKENS = 4
# What may stand between two items of one list besides punctuation: conjunctions, and "as well as".
LINKING_WORDS = {"and", "or", "as", "well", "plus", "also"}
# What an action carries as its own object ("abide by the Roadmap Agreement": the parser's "agent").
OWN_OBJECT_DEPS = ("dobj", "prep", "xcomp", "agent")


def as_well_as(cc: Token) -> bool:
    """"as well as": the last "as" of the three, with the other two hung on it."""
    return cc.lower_ == "as" and {c.lower_ for c in cc.children if c.i < cc.i} == {"as", "well"}


def listed_items(issue: Token | Span) -> list[Span]:
    """The items of a list of MIN_LIST_ITEMS or more noun phrases of two words or more ("an immediate
    ceasefire, the withdrawal of military personnel, and the resolution of disputes"), or of two alternatives, each
    without the others; [] for a shorter one ("territorial integrity and sovereignty" is named whole)."""
    if not isinstance(issue, Token) or issue.pos_ not in ("NOUN", "PROPN"):
        return []
    nouns = [issue, *(c for c in issue.conjuncts if c.i > issue.i and c.pos_ in ("NOUN", "PROPN"))]
    # "agreed to an immediate ceasefire, the withdrawal of ..., and the resolution of ...": the parser may
    # hang the rest of the list on the verb, right after a comma.
    verb = issue.head.head if issue.dep_ == "pobj" else issue.head
    if len(nouns) == 1 and issue.dep_ in ("pobj", "dobj") and verb.pos_ in ("VERB", "AUX"):
        after = issue.right_edge.i + 1
        # "must ensure the cessation of aggression, the withdrawal of the occupation, and ...": or on the clause above.
        hosts = (verb, verb.head) if verb.dep_ == "ccomp" else (verb,)
        rest = next((c for h in hosts for c in h.children if c.dep_ in ("npadvmod", "dobj", "appos", "dep", "attr", "conj")
                     and c.pos_ == "NOUN" and c.left_edge.i == after + 1 and issue.doc[after].text == ","), None)
        if rest is not None:
            nouns += [rest, *(c for c in rest.conjuncts if c.i > rest.i and c.pos_ in ("NOUN", "PROPN"))]
        elif (acts := infinitives_after(verb, phrase_end(issue), MIN_LIST_ITEMS)):
            # "demanded the release of our detained members, to revoke the designation of our group and to end travel
            # restrictions": a noun phrase, then actions.
            return [own_phrase(issue), *(own_phrase(a, skip_to=True) for a in acts)]
    # "ruled out any ceasefire or resumption of peace talks", "demanded the dismissal of cases against students, as
    # well as the release of all protesters": two alternatives or additions, each named on its own ("a ceasefire or
    # truce" is named whole).
    either = len(nouns) == 2 and any(c.dep_ == "cc" and (c.lower_ == "or" or as_well_as(c)) for c in issue.children)
    if len(nouns) < MIN_LIST_ITEMS and not either:
        return []
    items = [own_phrase(noun) for noun in nouns]
    # "food, medicine, clean water, sanitation": a list of single words is named whole.
    if either and all(len([t for t in item if t.pos_ not in ("DET", "PUNCT")]) < 2 for item in items):
        return []
    # "a ceasefire, security guarantees and territorial integrity of Ukraine": one single word among named issues.
    if not either and sum(len([t for t in item if t.pos_ not in ("DET", "PUNCT")]) < 2 for item in items) > 1:
        return []
    return items


def conjoined_actions_of(issue: Token | Span, cues: StanceCues) -> list[Token]:
    """The conjoined actions of an issue ("mediate between the two sides and host peace talks", "exercise restraint and
    uphold the peace agreement", "lay down arms, and come back home"), each to be named on its own; [] when the first
    shares the next one's object ("freeze and stop military operations") or one points back to another's ("release the
    abductees and return them"): the phrase is named whole. An action that shares the next one's object goes with it
    ("uphold and enforce its policy"). A conjoined cue verb in a tense of its own ("... and urged Israel to allow aid")
    is a cue of its own, not an item, and a saying is a clause of its own ("Armenia must change its constitution ...,
    stated Bayramov")."""
    if not isinstance(issue, Token) or issue.pos_ != "VERB":
        return []
    actions = [issue, *_actions_after(issue, cues), *bare_actions_after(issue)]
    if len(actions) < 2 or not _has_object(issue):
        return []
    # "protect the rights of all Afghans, uphold and enforce its policy": "uphold" goes with "enforce".
    actions = [a for k, a in enumerate(actions) if _has_object(a) or k == len(actions) - 1]
    if len(actions) < 2 or any(c.dep_ == "dobj" and c.tag_ == "PRP" for a in actions[1:] for c in a.children):
        return []  # "release the abductees and return them to the hospital": one action about the same people
    return actions


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in OWN_OBJECT_DEPS for c in verb.children)


def _actions_after(verb: Token, cues: StanceCues) -> list[Token]:
    """The verbs conjoined to ``verb`` or hung on it after a comma, in order, through those of their own; not a cue
    in a tense of its own or a saying (a clause of its own), nor what hangs on one."""
    out: list[Token] = []
    for c in verb.children:
        if c.i < verb.i or not ((c.dep_ == "conj" and c.pos_ == "VERB") or comma_action(c)):
            continue
        lemma = c.lemma_.lower()
        if (lemma in cues.verbs and c.tag_ != "VB") or lemma in cues.speech_verbs:
            continue
        # "listen to the voice of wisdom, lay down arms, and come back home": a list written with commas goes on through
        # the next item's conjuncts; without a comma ("engage in the talks toward a ceasefire and end to the conflict")
        # what is conjoined to an item is part of it.
        listed = comma_action(c) or c.doc[c.left_edge.i - 1].text == ","
        out += [c, *(_actions_after(c, cues) if listed else [])]
    return out


def _extent(issue: Token | Span) -> tuple[int, int]:
    """Where an item's own words start and end (a token's phrase up to the first item conjoined to it), without
    punctuation at its end."""
    words = issue if isinstance(issue, Span) else own_phrase(issue)
    start, end = words.start, words.end
    while end > start + 1 and issue.doc[end - 1].is_punct:
        end -= 1
    return start, end


def _linked(between: Sequence[Token]) -> bool:
    """Only punctuation, conjunctions, prepositions and determiners between two items, and at least one comma or
    conjunction."""
    if len(between) > MAX_GAP_TOKENS or not any(t.is_punct or t.lower_ in LINKING_WORDS for t in between):
        return False
    return all(t.is_punct or t.lower_ in LINKING_WORDS or t.pos_ in ("ADP", "DET") or (t.lower_ == "to" and t.pos_ == "PART")
               for t in between)


def _next_to(a: Token | Span, b: Token | Span) -> bool:
    """One item's words end where the other's start, but for what links two items of a list."""
    (a_start, a_end), (b_start, b_end) = _extent(a), _extent(b)
    doc = a.doc
    return (a_end <= b_start and _linked(doc[a_end:b_start])) or (b_end <= a_start and _linked(doc[b_end:a_start]))


def coordinated(found: list[FoundStance]) -> list[list[FoundStance]]:
    """The stances found in a sentence, in groups: stances of the same holders and stance whose issues are items of
    one coordinated object ("called for rapid access to Gaza and for the release of hostages") are one group, in the
    text's order. An item found twice is one, and so is a word conjoined to an item, which is named with it ("will not
    disarm or demobilise")."""
    groups: list[list[FoundStance]] = []
    for f in found:
        same = [g for g in groups if g[0].holders == f.holders and g[0].stance == f.stance and g[0].negated == f.negated]
        if any(k.issue == f.issue or _named_with(f.issue, k.issue) for g in same for k in g):
            continue
        group = next((g for g in same if any(_next_to(k.issue, f.issue) or _named_with(k.issue, f.issue) for k in g)),
                     None)
        if group is None:
            groups.append([f])
            continue
        group[:] = [k for k in group if not _named_with(k.issue, f.issue)]
        group.append(f)
        group.sort(key=lambda k: _extent(k.issue)[0])
    return groups


def _named_with(item: Token | Span, other: Token | Span) -> bool:
    """A word conjoined after another item's head, which the other's name takes in."""
    return isinstance(item, Token) and isinstance(other, Token) and item in other.conjuncts and other.i < item.i


def conjunction(items: Sequence[Token | Span]) -> str:
    """The conjunction the text joins its items with: "or" for alternatives, else "and"."""
    doc = items[0].doc
    start, end = _extent(items[0])[0], _extent(items[-1])[0]
    words = {t.lower_ for t in doc[start:end] if t.pos_ == "CCONJ"}
    return "or" if "or" in words and "and" not in words else "and"


def _join(words: list[str], conj: str) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {conj} {words[-1]}"


def joined(parts: list[list[Position]], conj: str = "and", wordings: Sequence[str | None] = ()) -> list[Position]:
    """The positions of a list's items (one list per item) as one position per holder and stance, whose issue is the
    items' issues in order ("respect for territorial integrity, prohibition of hostilities and disarmament"); an action
    is written with its verb (``wordings``: "exercise restraint and uphold the peace agreement")."""
    groups: dict[tuple[str, str], list[tuple[Position, str]]] = {}
    for k, part in enumerate(parts):
        wording = wordings[k] if k < len(wordings) else None
        for p in part:
            same = groups.setdefault((p.holder, p.stance), [])
            words = wording or p.issue
            if not any(w.lower() == words.lower() for _, w in same):
                same.append((p, words))
    out: list[Position] = []
    for items in groups.values():
        first = items[0][0]
        if len(items) == 1:
            out.append(first)
            continue
        issue = _join([w for _, w in items], conj)
        out.append(Position(holder=first.holder, stance=first.stance, span=first.span, negated=first.negated, issue=issue,
                            issue_text=issue, canonical=" and ".join(names := tuple(dict.fromkeys(
                                p.canonical or p.issue for p, _ in items))), items=names))
    return out
