"""The stance lexicon (``resources/stance_cues.yaml``): the words that state a position, as data."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property
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
    judgements: dict[str, Stance]
    response_manners: dict[str, Stance]
    judging_verbs: frozenset[str]
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
    directive_keys: frozenset[str]
    own_force_nouns: frozenset[str]
    self_issue_verbs: frozenset[str]
    reversal_verbs: frozenset[str]
    condition_nouns: frozenset[str]
    deontic_modals: frozenset[str]
    group_bodies: frozenset[str]
    speaker_need_verbs: frozenset[str]
    until_verbs: frozenset[str]
    threat_verbs: frozenset[str]
    resolve_verbs: frozenset[str]
    stop_verbs: frozenset[str]
    time_nouns: frozenset[str]
    condition_adjectives: frozenset[str]
    document_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    moment_nouns: frozenset[str]
    alternative_nouns: frozenset[str]
    opportunity_nouns: frozenset[str]
    opportunity_verbs: frozenset[str]
    withheld_nouns: frozenset[str]
    position_nouns: frozenset[str]
    means_nouns: frozenset[str]
    force_words: frozenset[str]
    schedule_verbs: frozenset[str]
    deed_keys: frozenset[str]
    dated_deed_keys: frozenset[str]
    report_nouns: frozenset[str]
    rumour_nouns: frozenset[str]
    travel_verbs: frozenset[str]
    talk_purposes: frozenset[str]
    attendance_verbs: frozenset[str]
    meeting_nouns: frozenset[str]
    gathering_nouns: frozenset[str]
    meeting_topics: frozenset[str]
    plan_verbs: frozenset[str]
    itinerary_verbs: frozenset[str]
    due_words: frozenset[str]
    meeting_verbs: frozenset[str]
    setting_verbs: frozenset[str]
    outcome_modals: frozenset[str]
    prompting_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    content_nouns: frozenset[str]
    manner_nouns: frozenset[str]
    recognition_verbs: frozenset[str]
    status_adjectives: frozenset[str]
    bound_nouns: frozenset[str]
    clause_nouns: frozenset[str]
    call_nouns: frozenset[str]
    feelings: dict[str, Stance]
    exhortation_words: frozenset[str]
    truce_verbs: dict[str, Stance]
    truce_nouns: frozenset[str]
    attendance_nouns: frozenset[str]
    formed_body_words: frozenset[str]
    assurance_verbs: frozenset[str]
    stateless_bodies: frozenset[str]
    question_nouns: frozenset[str]
    own_word_keys: frozenset[str]
    verdict_nouns: frozenset[str]
    occasion_adjectives: frozenset[str]
    priority_nouns: frozenset[str]
    priority_adjectives: frozenset[str]
    provision_verbs: frozenset[str]
    door_nouns: frozenset[str]
    deal_nouns: frozenset[str]
    deal_verbs: frozenset[str]
    effort_verbs: frozenset[str]
    effort_objects: frozenset[str]
    effort_nouns: frozenset[str]
    light_effort_verbs: frozenset[str]
    effort_adverbs: frozenset[str]
    guard_verbs: frozenset[str]
    haste_nouns: frozenset[str]
    right_nouns: frozenset[str]
    instrument_nouns: frozenset[str]
    harm_verbs: frozenset[str]
    harmed_goods: frozenset[str]
    worsening_verbs: frozenset[str]
    copular_verbs: frozenset[str]
    indifference_verbs: frozenset[str]
    purpose_participles: frozenset[str]
    basis_participles: frozenset[str]
    opinion_nouns: frozenset[str]
    charge_nouns: frozenset[str]
    people_nouns: frozenset[str]
    breach_verbs: frozenset[str]
    keeping_verbs: frozenset[str]
    commentator_nouns: frozenset[str]
    deal_only_keys: frozenset[str]
    aim_only_keys: frozenset[str]
    aim_nouns: frozenset[str]
    quality_nouns: frozenset[str]
    office_nouns: frozenset[str]
    reply_nouns: frozenset[str]
    settling_verbs: frozenset[str]
    halting_pledges: frozenset[str]
    ultimatum_verbs: frozenset[str]
    title_nouns: frozenset[str]
    voice_titles: frozenset[str]
    military_nouns: frozenset[str]
    pair_nouns: frozenset[str]
    pair_titles: frozenset[str]
    joining_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    praising_verbs: frozenset[str]
    service_nouns: frozenset[str]
    recognizing_verbs: frozenset[str]
    formation_verbs: frozenset[str]
    formed_bodies: frozenset[str]
    principle_nouns: frozenset[str]
    delegating_verbs: frozenset[str]
    imperative_exclusions: frozenset[str]
    resumption_verbs: frozenset[str]
    dependence_verbs: frozenset[str]
    adverse_nouns: frozenset[str]
    seizure_verbs: frozenset[str]
    terrain_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    void_nouns: frozenset[str]
    stirring_verbs: frozenset[str]
    needy_nouns: frozenset[str]
    listing_verbs: frozenset[str]
    goal_nouns: frozenset[str]
    mattering_verbs: frozenset[str]
    sanction_nouns: frozenset[str]
    effort_phrases: frozenset[str]
    talk_planning_verbs: frozenset[str]
    probing_verbs: frozenset[str]
    chance_nouns: frozenset[str]
    agenda_verbs: frozenset[str]
    consent_nouns: frozenset[str]
    cessation_verbs: frozenset[str]
    consensus_nouns: frozenset[str]
    position_verdicts: dict[str, Stance]
    limit_nouns: frozenset[str]
    intermediary_nouns: frozenset[str]
    aid_verbs: frozenset[str]
    making_verbs: frozenset[str]
    circumstance_nouns: frozenset[str]
    craft_nouns: frozenset[str]
    people_suffixes: frozenset[str]
    joint_words: frozenset[str]
    joint_subjects: frozenset[str]

    # Unions read on every token, built once.
    @cached_property
    def process_nouns(self) -> frozenset[str]:
        """A peace process one may set terms on: talks, meetings, deals, peace."""
        return self.meeting_nouns | self.gathering_nouns | self.agreement_nouns | {"peace"}

    @cached_property
    def side_nouns(self) -> frozenset[str]:
        """Nouns that may name the two sides together ("both sides", "the two delegations", "both presidents")."""
        return self.group_nouns | self.body_nouns | self.pair_nouns | self.pair_titles

    @cached_property
    def named_body_nouns(self) -> frozenset[str]:
        """Body nouns that refer back to a body named before ("the group", "the mission")."""
        return self.body_nouns | self.stateless_bodies

    @cached_property
    def needed_adjectives(self) -> frozenset[str]:
        """What is necessary or comes first ("what is important is X", "the priority is X")."""
        return self.necessity_adjectives | self.priority_adjectives

    @cached_property
    def people_in_need(self) -> frozenset[str]:
        """People that aid goes to ("displaced refugees", "1.1 million people")."""
        return self.needy_nouns | self.people_nouns

    @cached_property
    def framing_verbs(self) -> frozenset[str]:
        """Verbs by which one says or asks what others do ("said the two sides agreed", "urged both sides to")."""
        return self.speech_verbs | {k.split()[0] for k, v in self.verbs.items() if v == "demand"}

    @cached_property
    def people_words(self) -> frozenset[str]:
        """Nouns a people's word may describe as a body ("Karen guerillas", "the Karen statement")."""
        return self.fighter_nouns | self.document_nouns

    @cached_property
    def title_bodies(self) -> frozenset[str]:
        """Body nouns a title may name that are no state's ("the group's chief negotiator", "the bloc's envoy")."""
        return self.group_bodies | self.stateless_bodies


def load_cues(extra: Path | None = None) -> StanceCues:
    """The bundled stance cues with a user's file merged over them (its sections add to the bundled ones)."""
    data: dict[str, Any] = lexicon.mapping("stance_cues.yaml", extra)
    for section in ("verbs", "nouns", "adjectives", "negated_only", "verdict_adjectives", "judgements", "response_manners",
                    "feelings", "truce_verbs", "position_verdicts"):
        wrong = {k: v for k, v in (data.get(section) or {}).items() if v not in STANCES}
        if wrong:
            where = extra or "resources/stance_cues.yaml"
            raise ConfigError(f"{where}: {section}: {wrong} is not a stance (one of {', '.join(sorted(STANCES))})")
    # Each field reads the section of its own name; the dict-typed ones map a word to a stance, the rest are word sets.
    sections: dict[str, Any] = {
        f.name: (dict if str(f.type).startswith("dict") else frozenset)(data.get(f.name) or ())
        for f in fields(StanceCues)
    }
    return StanceCues(**sections)
