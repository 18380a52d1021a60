"""One position per holder, side and issue: a fuller rewording of an issue the holder holds replaces the other."""

from __future__ import annotations

from parley.models import Position
from parley.pipeline.issue_wording import content_words, one_within


def _distinct(positions: list[Position]) -> list[Position]:
    """One position per holder, side and issue, where one wording holds all the words of the other ("a
    Gaza ceasefire and prisoner swap proposal", later "a proposal ... for a Gaza ceasefire"): the first."""
    kept: list[Position] = []
    for position in positions:
        words = content_words(position.issue)
        negative = position.stance in ("oppose", "reject")
        same = next((i for i, k in enumerate(kept) if k.holder == position.holder
                     and (k.stance in ("oppose", "reject")) == negative
                     and one_within(words, content_words(k.issue))), None)
        if same is None:
            kept.append(position)
        elif len(words) > len(content_words(kept[same].issue)):
            kept[same] = position  # the fuller wording: "ending the war through negotiation and dialogue"
    return kept
