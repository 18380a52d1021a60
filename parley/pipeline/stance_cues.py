"""The stance lexicon (``resources/stance_cues.yaml``): the words that state a position, as data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from parley import lexicon
from parley.models import Stance


@dataclass(frozen=True)
class StanceCues:
    """The stance lexicon (``resources/stance_cues.yaml``)."""

    verbs: dict[str, Stance]
    nouns: dict[str, Stance]
    adjectives: dict[str, Stance]
    negated_only: dict[str, Stance]
    negation: dict[str, Stance | None]
    process_verbs: frozenset[str]
    light_verbs: frozenset[str]
    carrier_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    light_nouns: frozenset[str]
    recipient_nouns: frozenset[str]
    group_nouns: frozenset[str]
    body_nouns: frozenset[str]
    failed_verbs: frozenset[str]


def load_cues() -> StanceCues:
    """The bundled stance cues."""
    data: dict[str, Any] = lexicon.mapping("stance_cues.yaml")
    return StanceCues(
        verbs=dict(data.get("verbs") or {}),
        nouns=dict(data.get("nouns") or {}),
        adjectives=dict(data.get("adjectives") or {}),
        negated_only=dict(data.get("negated_only") or {}),
        negation=dict(data.get("negation") or {}),
        process_verbs=frozenset(data.get("process_verbs") or ()),
        light_verbs=frozenset(data.get("light_verbs") or ()),
        carrier_verbs=frozenset(data.get("carrier_verbs") or ()),
        speech_verbs=frozenset(data.get("speech_verbs") or ()),
        light_nouns=frozenset(data.get("light_nouns") or ()),
        recipient_nouns=frozenset(data.get("recipient_nouns") or ()),
        group_nouns=frozenset(data.get("group_nouns") or ()),
        body_nouns=frozenset(data.get("body_nouns") or ()),
        failed_verbs=frozenset(data.get("failed_verbs") or ()),
    )
