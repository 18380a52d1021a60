"""Parties that hold a subject's stance beside it without being conjoined to it.

"Ethiopia, along with Somalia, agreed to begin technical talks", "Turkey together with the United Nations proposed",
"Armenia accepted the proposal, as did Azerbaijan", "Pakistan joined the United States, Russia and China in a call on
the insurgents to agree to a ceasefire": the partner holds the stance too (docs/annotation.md section 5: independent parties that hold the same stance get one position
each).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from parley.pipeline.extensions import ActorTable, Mention

# "along with X", "together with X", "alongside X": the words before "with", or the preposition itself.
WITH_WORDS = {"along", "together"}
ALONGSIDE = {"alongside"}
# "as did X", "as has X", "as was X": an elided clause repeating the verb for another subject.
ELIDED = {"do", "have", "be"}


def _with_partners(head: Token) -> list[Token]:
    """The "with" partner hung on ``head`` ("along with X", "together with X", "alongside X")."""
    found: list[Token] = []
    for p in head.children:
        if p.dep_ != "prep":
            continue
        if p.lower_ in ALONGSIDE:
            found += [o for o in p.children if o.dep_ == "pobj"]
        elif p.lower_ in WITH_WORDS:
            found += [o for w in p.children if w.dep_ == "prep" and w.lower_ == "with" for o in w.children if o.dep_ == "pobj"]
        elif p.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ in WITH_WORDS for c in p.children):
            found += [o for o in p.children if o.dep_ == "pobj"]
    return found


def companions(subj: Token, verb: Token, joining_verbs: frozenset[str]) -> list[Token]:
    """The noun phrases that share ``subj``'s stance on ``verb`` (see the module docstring)."""
    found = _with_partners(subj) + [t for t in _with_partners(verb) if t.i < verb.i]
    for c in verb.children:
        # "Armenia accepted the proposal, as did Azerbaijan"
        if c.dep_ == "advcl" and c.lemma_.lower() in ELIDED and c.i > verb.i \
                and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children) \
                and not any(k.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr") for k in c.children):
            found += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if verb.lemma_.lower() in joining_verbs:
        # "Pakistan joined the US, Russia and China in a call on the insurgents to ...", "..., urging the Taliban to"
        found += [o for o in verb.children if o.dep_ == "dobj"]
    return found


def joined_in(word: Token, joining_verbs: frozenset[str]) -> Token | None:
    """"joined Qatar in calling for a ceasefire", "joined X in a call on Y to": the joining verb a stance verb or
    noun hangs from by "in"."""
    if word.dep_ in ("pcomp", "pobj") and word.head.lower_ == "in" and word.head.head.lemma_.lower() in joining_verbs:
        return word.head.head
    return None


def acting_mention(tok: Token, table: ActorTable) -> Mention | None:
    """The mention at a word; a capital that acts is its state's, not the place the text also names
    ("travelled to Rabat ... Rabat, which controls nearly 80% of this territory, is proposing")."""
    m = table.at(tok)
    actor = table.get(m.actor_id) if m is not None else None
    if m is None or actor is None or actor.type != "location":
        return m
    return next((o for o in table.mentions if o.start == m.start and o.kind == "metonym"), m)


def previous_subject(tok: Token) -> Token | None:
    """"The two South Sudan leaders on Saturday agreed to stop recruitment ... They agreed to a resolution": a "they"
    opening a sentence as its subject, the subject of the sentence before."""
    if tok.dep_ != "nsubj" or tok.head != tok.sent.root or tok.sent.start == 0:
        return None
    root = tok.doc[tok.sent.start - 1].sent.root
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)


def owned_only(subj: Token, table: ActorTable) -> bool:
    """"Putin and Obama say their opinions do not coincide ... but they've agreed to": a thing of theirs is no actor
    for "they" to refer to, though its "their" names one."""
    return subj.pos_ == "NOUN" and table.at(subj) is None and any(c.tag_ == "PRP$" for c in subj.children)


def headline_pair(tok: Token, apposed: Token, table: ActorTable,
                  actor_of: Callable[[Token], str | None] | None = None) -> bool:
    """"India, Pakistan agree to follow-up peace talks": two states with a comma between them, no place and its
    country; with ``actor_of``, the second also ends the subject right before its verb."""
    first, second = table.at(tok), table.at(apposed)
    if first is None or second is None:
        return False
    if actor_of is not None:
        if tok.dep_ not in ("nsubj", "nsubjpass") or apposed.right_edge.i + 1 != tok.head.i or apposed.left_edge.i != apposed.i:
            return False
        ids = (actor_of(tok), actor_of(apposed))
    else:
        ids = (first.actor_id, second.actor_id)
    return None not in ids and ids[0] != ids[1] and all(getattr(table.get(a or ""), "type", None) == "state" for a in ids)
