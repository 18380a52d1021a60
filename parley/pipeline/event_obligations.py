"""Acts a party is said to owe: the request of whoever says so, never the act itself.

"'Invading forces from Amhara and Eritrea must withdraw from Tigray and return to the pre-war
territory,' it said" (TPLF statement, 2021) reports no withdrawal: what a party must or should do is
asked of it (PLOVER REQUEST, coded by whoever says so; coders give no other type the status
demanded). A quotation's speaker asks the party that must act; with no speaker known, or where the
speaker owes the act itself ("we must defend our country"), the act stays as read; a meeting one must
attend is scheduled, not asked for.
"""

from __future__ import annotations

from dataclasses import replace

from parley.pipeline.event_drafts import EventDraft, coded_type
from parley.pipeline.event_patterns import Pattern
from parley.pipeline.event_pronouns import quote_speaker_at
from parley.pipeline.event_roles import RoleReader

# Types of deeds a party can be told it owes ("must withdraw", "must stop its attacks"); a meeting one
# must attend is scheduled, not asked for ("On Sunday, he must meet with Polisario leader Brahim Ghali").
DEED_TYPES = {"RETREAT", "ASSAULT", "COERCE", "CONCEDE", "AID", "MOBILIZE", "SANCTION"}
# The pattern of a request read off an obligation ("X must withdraw", said by a speaker).
OBLIGATION = Pattern("obligation said", type="REQUEST", status="demanded")


def owed_acts(drafts: list[EventDraft], reader: RoleReader) -> list[EventDraft]:
    """The drafts with each act a party is said to owe read as the speaker's request of that party."""
    kept: list[EventDraft] = []
    for d in drafts:
        speaker = quote_speaker_at(d.trigger) if coded_type(d) in DEED_TYPES and d.modality.status == "demanded" else None
        actors = reader.with_states([speaker]) if speaker is not None else []
        if not actors or not d.actors or set(actors) & set(d.actors):
            kept.append(d)  # "we must defend our country", "he must meet with Polisario leader Brahim Ghali"
            continue
        kept.append(replace(d, pattern=OBLIGATION, type=None, actors=actors, targets=list(d.actors)))
    return kept
