"""The ``parley_events`` stage on news it was not written from: what it must not code, and whom it
must name.

Each case is a passage from a news page found with the project's search tool (address beside it),
from outlets and conflicts the pattern book was not built on: EU and US sanctions on Belarus and
Iran, the Serbia-Kosovo dialogue, the 2025 Istanbul talks, the Thai-Cambodian border truce, the
Doha talks on eastern Congo and prisoner releases in Yemen.
"""

from __future__ import annotations

import pytest

from parley.models import Extraction


def names(ex: Extraction, ids: tuple[str, ...]) -> set[str]:
    """The names of the actors with these ids."""
    return {a.name for i in ids if (a := ex.actor(i)) is not None}


NOT_CODED = [
    # (passage, published, a type that must not be coded, why)
    pytest.param(
        "The European Union on Monday slapped sanctions on 28 officials accused of human rights violations in "
        "Belarus and links to the ongoing crackdown against opponents of authoritarian President Alexander "
        "Lukashenko, AP News reports.",
        "2021-08-02", "ACCUSE",
        id="participle-describes-officials"),  # opensourceinvestigations.com/news/eu-slaps-sanctions-on-28-accused-of-rights-abuses-and-links-to-the-ongoing-crackdown-in-belarus
    pytest.param(
        "Kosovo's Prime Minister Albin Kurti and Serbia's President Aleksandar Vucic separately met with the "
        "leaders of Germany, France, Italy on Thursday. These meetings, aimed at rekindling the dialogue for "
        "normalizing relations, concluded without an agreement between the parties.",
        "2023-10-27", "AGREE",
        id="without-an-agreement"),  # euronews.al/en/eu-set-to-deliberate-on-kosovo-serbia-relations/
    pytest.param(
        "Kosovo's Prime Minister Albin Kurti and Serbia's President Aleksandar Vucic separately met with the "
        "leaders of Germany, France, Italy on Thursday. These meetings, aimed at rekindling the dialogue for "
        "normalizing relations, concluded without an agreement between the parties.",
        "2023-10-27", "SUPPORT",
        id="concluded-without-is-no-signing"),  # euronews.al/en/eu-set-to-deliberate-on-kosovo-serbia-relations/
    pytest.param(
        "The leaders of Serbia and Kosovo have been invited to meet with top European Union officials to try "
        "to breathe life into talks aimed at normalizing their relations.",
        "2023-10-25", "SUPPORT",
        id="aim-of-talks"),  # trtworld.com/article/15542737
    pytest.param(
        "Russia and Ukraine agreed to a new prisoner exchange after their delegates met for a second round of "
        "renewed peace talks in Istanbul on Monday, but there was no sign the warring sides were any closer to "
        "reaching a ceasefire deal than they were when direct negotiations were restarted a month ago.",
        "2025-06-03", "SUPPORT",
        id="closer-to-reaching"),  # arabobserver.com/?p=7174852
]


@pytest.mark.parametrize(("text", "published", "event_type"), NOT_CODED)
def test_events_not_coded_on_unseen_news(run, text, published, event_type):
    ex = run(text, published=published)
    assert not [e for e in ex.events if e.type == event_type], [(e.type, e.trigger) for e in ex.events]


def test_events_place_of_talks_is_no_party(run):
    # inquirer.net (plus.inquirer.net/?p=305598), 2025-07-27
    ex = run("The talks in Malaysia come after Malaysian Prime Minister Anwar Ibrahim proposed a ceasefire on "
             "Friday.", published="2025-07-27")
    assert not [e for e in ex.events if e.type == "CONSULT" and "Malaysia" in names(ex, e.actors)]


CODED = [
    # (passage, published, type, an actor, a target, an actor that must not be named)
    pytest.param(
        "An official of Yemen's Houthi movement said on Saturday the group had received 13 detainees released "
        "by Saudi Arabia in exchange for a Saudi detainee freed earlier, ahead of a wider prisoners exchange "
        "agreed by the warring sides.",
        "2023-04-08", "RETREAT", "Saudi Arabia", "Houthis", None,
        id="receiver-is-target"),  # khaleejtimes.com/world/mena/houthi-official-says-saudi-arabia-freed-13-detainees-ahead-of-wider-yemen-prisoner-swap
    pytest.param(
        "The M23 rebel group in the eastern DRC has withdrawn from peace talks with the government. The rebel "
        "group accused the Congolese army of breaching a previous ceasefire agreement.",
        "2025-08-21", "ACCUSE", "M23", "Democratic Republic of the Congo", None,
        id="the-rebel-group-accused"),  # thepostnews.net/2025/08/21/m23-withdraws-from-peace-talks-accuse-drc-of-violating-treaty
    pytest.param(
        "The M23 rebel group in the eastern DRC has withdrawn from peace talks with the government.",
        "2025-08-21", "RETREAT", "M23", None, "Democratic Republic of the Congo",
        id="place-of-subject-is-no-actor"),  # thepostnews.net/2025/08/21/m23-withdraws-from-peace-talks-accuse-drc-of-violating-treaty
    pytest.param(
        "Zelenskyy did not take part in the talks but was speaking during a visit to Lithuania, where he called "
        "for stronger sanctions on Russia if it did not agree to a ceasefire.",
        "2025-06-02", "REQUEST", "Volodymyr Zelenskyy", "Russia", None,
        id="conditional-call-was-made"),  # rustavi2.ge/en/news/315941
]


@pytest.mark.parametrize(("text", "published", "event_type", "actor", "target", "not_actor"), CODED)
def test_events_parties_on_unseen_news(run, text, published, event_type, actor, target, not_actor):
    ex = run(text, published=published)
    found = [e for e in ex.events if e.type == event_type and actor in names(ex, e.actors)]
    assert found, [(e.type, e.trigger, names(ex, e.actors)) for e in ex.events]
    if target is not None:
        assert any(target in names(ex, e.targets) for e in found), [names(ex, e.targets) for e in found]
    if not_actor is not None:
        assert all(not_actor not in names(ex, e.actors) for e in found)
