"""The ``parley_positions`` stage on deeds and facts that state no position: praise or recognition of a service done
("recognized the good-faith mediation efforts rendered by the co-chairing countries"), talks a party was unable to
agree on, a prisoner exchange done, and talks a reporter expects; and true stances beside them that must stay (an
effort praised with its aim, "we are ready to continue contacts").

Sentences come from news pages found with the project's search tool (source URL in each case).
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_positions import reads_as, stances

NO_POSITION = [
    pytest.param(
        # http://www.panarmenian.net/eng/news/263167/ (holder named for a sentence on its own)
        "The Armenian and Azerbaijani foreign ministers recognized the strong engagement and good-faith mediation "
        "efforts rendered by the co-chairing countries, as well as the activities of the Personal Representative of "
        "the OSCE Chairperson-in-Office.",
        id="panarmenian-2018-recognized-mediation-efforts"),
    pytest.param(
        # https://www.spotlightnepal.com/2025/05/17/russia-and-ukraine-agree-prisoner-swap-no-ceasefire-deal/
        "Russia and Ukraine were unable to agree on a ceasefire deal. Both sides are also expected to continue "
        "discussions.",
        id="spotlightnepal-2025-unable-to-agree"),
    pytest.param(
        # http://m.syxj.com.cn/a/202602/07/WS69869b87a310d6866eb38037.html
        "Following the talks, Russia and Ukraine conducted their first large-scale prisoner exchange in nearly five "
        "months, with each side returning 157 detainees.",
        id="syxj-2026-prisoner-exchange-done"),
    pytest.param(
        # https://jpost.com/breaking-news/article-775243
        "Egypt's President Abdel Fattah Al Sisi thanked Qatar's Emir Sheikh Tamim bin Hamad al-Thani on Sunday for his "
        "work in mediating a truce for Gaza and the exchange of prisoners between Hamas and Israel.",
        id="jpost-2023-thanked-for-mediating"),
]

FOUND = [
    pytest.param(
        # https://www.hurriyetdailynews.com/turkiye-commends-egypt-qatar-us-ceasefire-efforts-199357
        "T\u00fcrkiye's Foreign Ministry said: \"We commend the mediation efforts of Egypt, Qatar, and the United States "
        "of America to achieve a lasting cease-fire in Gaza.\"",
        "Turkish Foreign Ministry", "lasting cease-fire", "support",
        id="hurriyet-2024-commend-efforts-with-aim"),
    pytest.param(
        # https://www.spotlightnepal.com/2025/05/17/russia-and-ukraine-agree-prisoner-swap-no-ceasefire-deal/
        "Vladimir Medinsky, the head of Russia's delegation, said, \"We are satisfied with the outcome and are ready "
        "to continue contacts.\"",
        "Russia", "contacts", "willing",
        id="spotlightnepal-2025-ready-to-continue"),
]


@pytest.mark.parametrize("text", NO_POSITION)
def test_positions_round26_deeds_states_no_position(run, text) -> None:
    ex = run(text, published="2025-05-20")
    assert not ex.positions, stances(ex)


@pytest.mark.parametrize("text, holder, issue, stance", FOUND)
def test_positions_round26_deeds_keeps_true_stances(run, text, holder, issue, stance) -> None:
    ex = run(text, published="2025-05-20")
    assert reads_as(ex, holder, issue, stance), stances(ex)
