"""Alternative holders of one stance (docs/annotation.md section 5): a spokesperson and the body they speak for.

"OHCHR spokesperson Ravina Shamdasani called for the immediate release of the abductees": the stance is the
spokesperson's and the OHCHR's. The gold codes the one the sentence makes the subject of the stance and an optional
copy for the other, so a position held by a spokesperson or representative of an international organization, an armed
group or another non-state body gets a copy held by that body; one of another sector but no state ("Andrej Mahecic,
spokesperson for UNHCR") speaks for the body named in the title after the name. A head's or an envoy's stance ("EU
foreign policy chief Josep Borrell", "UN chief Guterres") is not copied: the gold codes the body's copy in some
sentences and not in others, and copying cost dev precision. A state and its officials already stand for each other
in the scorer, so government and military people get none. The other way round, a "we" a person says for a non-state
body ("'We are willing to implement a cease-fire,' Beltran added", the ELN's negotiator: :mod:`.holder_voices`) is
the body's stance with a copy held by the speaker.
"""

from __future__ import annotations

import re

from parley.models import Position
from parley.pipeline.holder_pronouns import TITLE_WINDOW
from parley.pipeline.holders import HolderResolver
from parley.pipeline.position_rewordings import rewords

# Sectors of the people whose stance, as spokespeople, is also their body's.
SPEAKING_SECTORS = {"IGO", "REB", "NGO", "OPP", "PTY"}
# Titles of one who speaks for a body rather than heads it ("UNHCR representative in Syria"; an EU "High
# Representative" or a "Special Representative" of the Secretary-General is a head or an envoy).
SPEAKER_TITLE = re.compile(r"\bspokes(?:man|woman|person)\b|(?<!high )(?<!special )\brepresentative\b")
# Kinds of body a person speaks for.
BODY_TYPES = {"organization", "group"}


def with_bodies(positions: list[Position], holders: HolderResolver) -> list[Position]:
    """The positions, each one of a person who speaks for a non-state body followed by a copy held by that body,
    unless the body already holds that stance on that issue."""
    out: list[Position] = []
    for position in positions:
        out.append(position)
        for speaker in _voices(position, holders):
            # "'We are willing to implement a cease-fire,' Beltran added": the ELN's, and its negotiator's copy
            if not any(p.holder == speaker and rewords(p, position) for p in (*positions, *out)):
                out.append(position.model_copy(update={"holder": speaker}))
        body = _body(position.holder, holders)
        if body is None:
            continue
        if any(p.holder == body and rewords(p, position) for p in positions):
            continue
        out.append(position.model_copy(update={"holder": body}))
    return out


def _voices(position: Position, holders: HolderResolver) -> list[str]:
    """The people whose "we" in the position's sentence made the body that holds it the holder."""
    start, end = position.span
    return list(dict.fromkeys(speaker for at, body, speaker in holders.voices
                              if body == position.holder and start <= at < end))


def _body(holder: str, holders: HolderResolver) -> str | None:
    """The non-state body a person speaks for, or None."""
    actor = holders.table.get(holder)
    if actor is None or actor.type != "person" or not SPEAKER_TITLE.search(" ".join((actor.role or "").lower().split())):
        return None
    if actor.sector in SPEAKING_SECTORS:
        body = holders.affiliation(holder)
    elif not actor.country:
        body = _titled_after(holder, holders)  # "Andrej Mahecic, spokesperson for UNHCR": no state to stand for
    else:
        return None
    found = holders.table.get(body)
    if found is None or found.id == holder or found.type not in BODY_TYPES or found.sector in ("GOV", "MIL", "MED"):
        return None
    return found.id


def _titled_after(person: str, holders: HolderResolver) -> str | None:
    """The body named in the title after a person's first mention ("Andrej Mahecic, spokesperson for UNHCR")."""
    mentions = holders.table.mentions
    first = next((m for m in mentions if m.actor_id == person), None)
    if first is None:
        return None
    # "A government spokesman said the Maoists should return": a body after the verb is what is said, no title.
    after = [a for m in mentions if first.end < m.start <= first.end + TITLE_WINDOW
             and not any(t.pos_ in ("VERB", "AUX") for t in holders.doc[first.end:m.start])
             and (a := holders.table.get(m.actor_id)) is not None and a.type in BODY_TYPES]
    return after[0].id if after else None
