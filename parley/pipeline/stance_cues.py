"""The stance lexicon (``resources/stance_cues.yaml``): the words that state a position, as data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parley import lexicon
from parley.errors import ConfigError
from parley.models import Stance

STANCES = {"support", "oppose", "demand", "offer", "willing", "reject"}


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
    symmetric_verbs: frozenset[str]
    object_holder_verbs: frozenset[str]
    exchange_verbs: frozenset[str]
    empty_actions: frozenset[str]
    agreement_nouns: frozenset[str]
    sealing_verbs: frozenset[str]
    content_verbs: frozenset[str]
    necessity_adjectives: frozenset[str]
    ellipsis_words: frozenset[str]
    vague_nouns: frozenset[str]
    verdict_adjectives: dict[str, Stance]
    actor_issue_cues: frozenset[str]
    pledge_verbs: frozenset[str]
    purpose_verbs: frozenset[str]
    purpose_nouns: frozenset[str]
    side_verbs: frozenset[str]
    condition_verbs: frozenset[str]
    condition_words: frozenset[str]
    denial_verbs: frozenset[str]
    active_only: frozenset[str]
    fighter_nouns: frozenset[str]
    addressed_only: frozenset[str]
    deontic_modals: frozenset[str]
    group_bodies: frozenset[str]
    speaker_need_verbs: frozenset[str]


def load_cues(extra: Path | None = None) -> StanceCues:
    """The bundled stance cues with a user's file merged over them (its sections add to the bundled ones)."""
    data: dict[str, Any] = lexicon.mapping("stance_cues.yaml", extra)
    for section in ("verbs", "nouns", "adjectives", "negated_only", "verdict_adjectives"):
        wrong = {k: v for k, v in (data.get(section) or {}).items() if v not in STANCES}
        if wrong:
            where = extra or "resources/stance_cues.yaml"
            raise ConfigError(f"{where}: {section}: {wrong} is not a stance (one of {', '.join(sorted(STANCES))})")
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
        symmetric_verbs=frozenset(data.get("symmetric_verbs") or ()),
        object_holder_verbs=frozenset(data.get("object_holder_verbs") or ()),
        exchange_verbs=frozenset(data.get("exchange_verbs") or ()),
        empty_actions=frozenset(data.get("empty_actions") or ()),
        agreement_nouns=frozenset(data.get("agreement_nouns") or ()),
        sealing_verbs=frozenset(data.get("sealing_verbs") or ()),
        content_verbs=frozenset(data.get("content_verbs") or ()),
        necessity_adjectives=frozenset(data.get("necessity_adjectives") or ()),
        ellipsis_words=frozenset(data.get("ellipsis_words") or ()),
        vague_nouns=frozenset(data.get("vague_nouns") or ()),
        verdict_adjectives=dict(data.get("verdict_adjectives") or {}),
        actor_issue_cues=frozenset(data.get("actor_issue_cues") or ()),
        pledge_verbs=frozenset(data.get("pledge_verbs") or ()),
        purpose_verbs=frozenset(data.get("purpose_verbs") or ()),
        purpose_nouns=frozenset(data.get("purpose_nouns") or ()),
        side_verbs=frozenset(data.get("side_verbs") or ()),
        condition_verbs=frozenset(data.get("condition_verbs") or ()),
        condition_words=frozenset(data.get("condition_words") or ()),
        denial_verbs=frozenset(data.get("denial_verbs") or ()),
        active_only=frozenset(data.get("active_only") or ()),
        fighter_nouns=frozenset(data.get("fighter_nouns") or ()),
        addressed_only=frozenset(data.get("addressed_only") or ()),
        deontic_modals=frozenset(data.get("deontic_modals") or ()),
        group_bodies=frozenset(data.get("group_bodies") or ()),
        speaker_need_verbs=frozenset(data.get("speaker_need_verbs") or ()),
    )
