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


DESCRIBING = [
    # (passage, published, a type that must not be coded): words that say who or what someone or
    # something is, or what happens each time, report no event
    pytest.param(
        "A senior US State Department official said the discussions in Jeddah would not include negotiations over "
        "the volatile issues around integration of the armed forces and chain of command that led to the start of "
        "fighting on April 15 between General Abdel-Fattah Burhan, who controls the Sudanese military, and "
        "Lieutenant General Mohammed Hamdan Dagalo, who leads the paramilitary Rapid Support Forces.",
        "2023-05-06", "MOBILIZE",
        id="who-controls-the-military"),  # straitstimes.com/world/us-saudi-arabia-say-sudan-warring-sides-to-start-talks
    pytest.param(
        "\"There's no hope for peace between Israel and the Palestinians, between Israel and the Arab states, if we "
        "don't eradicate this murderous movement that threatens the future of all of us,\" Netanyahu responded.",
        "2023-11-24", "THREATEN",
        id="movement-that-threatens"),  # globes.co.il (gold/dev/globes-qatar-truce-13-hostages-2023-11)
    pytest.param(
        "India and Pakistan have agreed to a ceasefire, putting a stop to ongoing tensions along the border. The "
        "agreement was confirmed today by India’s Foreign Secretary Vikram Misri during a short press briefing. "
        "A ceasefire is an official agreement between two or more warring parties to stop fighting, either "
        "temporarily or permanently.",
        "2025-05-10", "ASSAULT",
        id="definition-of-a-ceasefire"),  # abcnewz.site/ceasefire-meaning-what-is-ceasefire
    pytest.param(
        "Yemen’s war is seen as one of several proxy battles between Iran and Saudi Arabia.",
        "2023-04-09", "ASSAULT",
        id="war-is-seen-as"),  # dawn.com/news/1746765/saudi-omani-envoys-arrive-in-sanaa-for-peace-talks-with-houthi-leaders
    pytest.param(
        "\"Every time Ukraine rescues its people from Russian captivity, we move closer to the day when freedom "
        "will be restored to all those in Russian captivity,\" he said.",
        "2024-01-31", "AID",
        id="every-time-ukraine-rescues"),  # forcesnews.com/ukraine/prisoner-exchange-praised-step-toward-freedom-ukrainian-president
    pytest.param(
        "According to the official, Hamas has agreed to the terms of the deal, but Israel has not and is continuing "
        "to negotiate the details. “The general outline of the deal is understood,” the Israeli official said in an "
        "interview with the Washington Post on Monday, requesting that his identity remain anonymous.",
        "2023-11-15", "REQUEST",
        id="source-requesting-anonymity"),  # thejc.com/news/israel/qatar-negotiating-israel-hamas-deal-to-release-50-hostages-report-says-hcg11029
]


@pytest.mark.parametrize(("text", "published", "event_type"), DESCRIBING)
def test_descriptions_are_no_events(run, text, published, event_type):
    ex = run(text, published=published)
    assert not [e for e in ex.events if e.type == event_type], [(e.type, e.trigger) for e in ex.events]


def test_definition_leaves_the_reported_agreement(run):
    # abcnewz.site/ceasefire-meaning-what-is-ceasefire: the agreement is reported once, the definition not at all
    ex = run("India and Pakistan have agreed to a ceasefire, putting a stop to ongoing tensions along the border. The "
             "agreement was confirmed today by India’s Foreign Secretary Vikram Misri during a short press briefing. "
             "A ceasefire is an official agreement between two or more warring parties to stop fighting, either "
             "temporarily or permanently.", published="2025-05-10")
    agreed = [e for e in ex.events if e.type == "AGREE"]
    assert len(agreed) == 1, [(e.type, e.trigger) for e in agreed]
    assert {"India", "Pakistan"} <= names(ex, agreed[0].actors) | names(ex, agreed[0].targets)


def test_ongoing_chairing_is_still_an_event(run):
    # shine.cn (gold/dev/shine-istanbul-talks-2025-05): "who chairs the talks" reports the talks he chairs
    ex = run("Turkish Foreign Minister Hakan Fidan, who chairs the talks, said on the social media platform X that the "
             "two sides \"reached a principled agreement to meet again.\"", published="2025-05-16")
    assert [e for e in ex.events if e.type == "CONSULT" and "Hakan Fidan" in names(ex, e.actors)], \
        [(e.type, e.trigger) for e in ex.events]


RESTATED = [
    # (passage, published, type, trigger word, how many such events): a later mention of an act
    # already reported is the same event
    pytest.param(
        "Hamas, the militant group that occupies Gaza, announced on Sunday that it has accepted a ceasefire proposal "
        "from mediators trying to end over a year of fighting with Israel. A senior Hamas official also told the Al "
        "Jazeera news channel that the group has accepted the ceasefire proposal from the mediators.",
        "2024-05-06", "AGREE", "accepted", 1,
        id="accepted-the-proposal-again"),  # thefreetribune.com/hamas-accepts-ceasefire-deal-but-doesnt-specify-terms
    pytest.param(
        "India and Pakistan have agreed to a ceasefire, putting a stop to ongoing tensions along the border. "
        "According to Misri, the Director General of Military Operations (DGMO) of Pakistan called the Indian DGMO "
        "at 3:35 PM IST. During the call, both sides agreed to stop all firing and military actions—on land, in the "
        "air, and at sea—starting from 5 PM IST today.",
        "2025-05-10", "AGREE", "agreed", 1,
        id="agreed-to-stop-firing-again"),  # abcnewz.site/ceasefire-meaning-what-is-ceasefire
    pytest.param(
        "Hamas accepts ceasefire deal but doesn't specify terms\n\nHamas, the militant group that occupies Gaza, "
        "announced on Sunday that it has accepted a ceasefire proposal from mediators trying to end over a year of "
        "fighting with Israel.",
        "2024-05-06", "AGREE", "accept", 1,
        id="headline-repeats-the-body"),  # thefreetribune.com/hamas-accepts-ceasefire-deal-but-doesnt-specify-terms
]


@pytest.mark.parametrize(("text", "published", "event_type", "word", "count"), RESTATED)
def test_restated_events_are_one(run, text, published, event_type, word, count):
    ex = run(text, published=published)
    found = [e for e in ex.events if e.type == event_type and word in e.trigger.lower()]
    assert len(found) == count, [(e.type, e.trigger, e.span) for e in ex.events]
    # the body's report is kept, not the headline's
    assert all(e.span[0] > 0 or "\n" not in text for e in found)


def test_agreements_on_two_things_stay_two(run):
    # shine.cn/news/world/2505164726/: new talks and a prisoner exchange are two agreements
    ex = run("Delegations of Russia and Ukraine concluded their meeting in Turkey's Istanbul on Friday, agreeing to "
             "hold a new round of negotiations and have a large-scale prisoner exchange.\nAs a key outcome of the "
             "two-hour talks, Russia and Ukraine agreed to a prisoner exchange involving 1,000 people from each side.",
             published="2025-05-16")
    assert len([e for e in ex.events if e.type == "AGREE"]) == 2, [(e.type, e.trigger) for e in ex.events]
