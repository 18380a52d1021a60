"""Events round 14, precision: words that look like event verbs but name no act.

- "According to National Iraqi News Agency, ..." is a preposition naming a source, not the verb "accord"
  (of a welcome or a grant): no aid and no consultation is coded from it, while the sentence's own event
  (the exchange) still is; the verb itself still codes ("accorded a warm welcome").

Each case is a sentence from a news page, with its address; its expected outcome was written before
parley was run.
"""

from __future__ import annotations

from parley.extract import extract
from tests.pipeline.event_support import coded

IRAQ_NEWS = "https://www.iraqnewsgazette.com/hamas-hands-over-all-living-israeli-prisoners-as-part-of-ceasefire-agreement"


def test_according_to_names_a_source_not_an_act():
    # IRAQ_NEWS (2025)
    ex = extract("According to National Iraqi News Agency, earlier this morning, the exchange of Palestinian "
                 "prisoners for hostages began in the Gaza Strip.")
    assert not [e for e in ex.events if e.trigger.lower().startswith("accord")], coded(ex)
    assert any(e.type == "RETREAT" and "exchange" in e.trigger for e in ex.events), coded(ex)
