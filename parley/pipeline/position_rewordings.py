"""One position per holder, side and issue: a fuller rewording of an issue the holder holds replaces the other, and a
state and its officials holding one stance are one position."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parley.models import Position
from parley.pipeline.issue_wording import content_words, one_within

if TYPE_CHECKING:
    from parley.pipeline.extensions import ActorTable

# Two issues of one side whose words overlap this much (bag-of-words F1) name the same thing.
SAME_ISSUE_OVERLAP = 0.5


def rewords(a: Position, b: Position) -> bool:
    """The same side of a stance on one issue, one wording holding all the words of the other."""
    return (a.stance in ("oppose", "reject")) == (b.stance in ("oppose", "reject")) \
        and one_within(content_words(a.issue), content_words(b.issue))


def distinct(positions: list[Position]) -> list[Position]:
    """One position per holder, side and issue, where one wording holds all the words of the other ("a
    Gaza ceasefire and prisoner swap proposal", later "a proposal ... for a Gaza ceasefire"): the first."""
    kept: list[Position] = []
    for position in positions:
        same = next((i for i, k in enumerate(kept) if k.holder == position.holder and rewords(k, position)), None)
        if same is None:
            kept.append(position)
        elif len(content_words(position.issue)) > len(content_words(kept[same].issue)):
            kept[same] = position  # the fuller wording: "ending the war through negotiation and dialogue"
    return kept


def one_per_side(positions: list[Position], table: ActorTable) -> list[Position]:
    """A state and its government and military officials are one side: a later stance of the same side with the same
    polarity on an issue that shares half its words with one already held ("Russia wants a neutral Ukraine", later
    "Lavrov said Moscow insists on Ukraine's neutral status") repeats it and is dropped."""
    kept: list[Position] = []
    held: list[tuple[str, str, bool, list[str]]] = []  # (holder, side, negative, issue words) of each kept position
    for position in positions:
        side = state_side(position.holder, table)
        negative = position.stance in ("oppose", "reject")
        words = _words(position.issue)
        if not any(h != position.holder and s == side and n == negative and _overlap(words, w) >= SAME_ISSUE_OVERLAP
                   for h, s, n, w in held):
            kept.append(position)
            held.append((position.holder, side, negative, words))
    return kept


def state_side(actor_id: str, table: ActorTable) -> str:
    """The state a government official or body stands for ("The Azerbaijani Foreign Ministry reaffirmed that
    Armenia must amend its constitution": the ministry's and Azerbaijan's demand are one), else the actor."""
    actor = table.get(actor_id)
    if actor is not None and actor.type in ("person", "organization") and actor.sector in ("GOV", "MIL"):
        return table.state_of(actor_id) or actor_id
    return actor_id


def _words(issue: str) -> list[str]:
    return re.findall(r"\w+", issue.lower())


def _overlap(a: list[str], b: list[str]) -> float:
    """Bag-of-words F1 of two issues."""
    if not a or not b:
        return 0.0
    hit = sum(min(a.count(w), b.count(w)) for w in set(b))
    return 2 * hit / (len(a) + len(b))
