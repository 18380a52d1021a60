"""Acts told by constructions of their own: solidarity ("we stand with"), gratitude extended to a party,
censure verbs ("lamented"), staying away from talks, a challenge to validity, a scrapped warrant and
"stressed the need to ...". Negatives: optimism or satisfaction about a thing praises no party, and
stressing the significance of an act requests nothing. Each case is a sentence from a news page, with
its address.
"""

from __future__ import annotations

import pytest

from tests.pipeline.event_support import coded, has_event, of_type

FOUND = [
    # (sentence, type, an actor, a target or None, status)
    pytest.param(
        "British Foreign Secretary David Cameron told Netanyahu: \"I wanted to come here in person, we stand "
        "with the people of Israel.\"",
        "SUPPORT", "Cameron", "Israel", "occurred",
        id="https://en.globes.co.il/en/article-Qatar-13-hostages-to-be-released-initially-1001463295"),
    pytest.param(
        "\"As Foreign Minister, this is my first time in Ukraine. Why? Together with my colleagues from other EU "
        "countries, I want to show on Europe Day that we stand with Ukraine,\" German Foreign Minister Johann "
        "Wadephul said.",
        "SUPPORT", "Germany", "Ukraine", "occurred",
        id="https://menafn.com/1109527911/Germanys-FM-On-Europe-Day-Its-Important-To-Be-In-Ukraine"),
    pytest.param(
        "Thailand also extended its gratitude to the Chinese government for its expressed concern and goodwill.",
        "SUPPORT", "Thailand", "China", "occurred",
        id="https://tna.mcot.net/latest-news-1563617"),
    pytest.param(
        "Egyptian President Abdel Fattah El-Sisi expressed his profound gratitude to Qatar's Emir, Sheikh Tamim "
        "bin Hamad Al Thani, for the significant collaborative efforts that contributed to the successful "
        "establishment of a humanitarian truce in the Gaza Strip.",
        "SUPPORT", "Egypt", "Qatar", "occurred",
        id="https://see.news/president-sisi-extends-thanks-to-qatars-emir-for-joint-efforts-in-gaza-humanitarian-truce"),
    pytest.param(
        "Armenian Foreign Minister Ararat Mirzoyan has since repeatedly lamented the lack of a positive reaction "
        "from Baku to an Armenian proposal to finalize and sign the treaty within a month.",
        "ACCUSE", "Armenia", None, "occurred",
        id="https://azatutyun.am/amp/33029885.html"),
    pytest.param(
        "The deal was mediated by Berri, with Hezbollah abstaining from direct talks.",
        "REJECT", "Hezbollah", None, "occurred",
        id="https://thesudantimes.com/international/israel-hezbollah-ceasefire-brings-fragile-hope-to-lebanon/"),
    pytest.param(
        "The proposed signing comes just days after Colombia's top prosecutor scrapped an arrest warrant for ELN "
        "guerrilla leader Antonio Garcia, who is leading talks with the government.",
        "CONCEDE", "Colombia", "Antonio Garcia", "occurred",
        id="https://www.macaubusiness.com/colombian-ceasefire-signing-delayed-by-a-day/"),
    pytest.param(
        "Hamas confirmed that it handed over the hostages in implementation of President Donald Trump's plan and "
        "stressed to the mediators the need to compel Israel to fulfill its obligations.",
        "REQUEST", "Hamas", None, "demanded",
        id="https://www.iraqnewsgazette.com/hamas-hands-over-all-living-israeli-prisoners-as-part-of-ceasefire-agreement"),
    pytest.param(
        "Kyiv has not fully denied Moscow's version of events, confirming that another prisoner swap was scheduled "
        "to take place but was called off. Kyiv also questioned the validity of whether Ukrainian POWs were aboard "
        "the downed jet.",
        "REJECT", "Ukraine", None, "occurred",
        id="https://listeningexpress.com/englishreading/voacorr/2024/01/voacorr-2024-01-31-Ukraine,-Russia-Swap-More-Prisoners-of-War.html"),
]


@pytest.mark.parametrize(("text", "type_", "actor", "target", "status"), FOUND)
def test_act_is_found(run, text: str, type_: str, actor: str, target: str | None, status: str) -> None:
    ex = run(text, published="2024-01-01")
    assert has_event(ex, type_, actor, target, status), coded(ex)


@pytest.mark.parametrize("text", [
    pytest.param(
        "Trump expressed optimism about the proposal, telling reporters at the White House that he would speak "
        "with Russian President Vladimir Putin.",
        id="https://www.arabianbusiness.com/politics-economics/russia-ukraine-ceasefire-zelenskyy-agrees-to-halt-fighting-for-30-days-in-us-brokered-deal"),
    pytest.param(
        "He also expressed overall satisfaction with the meeting and confirmed that Russia is ready to continue "
        "the dialogue.",
        id="https://www.shine.cn/news/world/2505164726/"),
])
def test_optimism_about_a_thing_praises_no_party(run, text: str) -> None:
    ex = run(text, published="2025-03-12")
    assert not of_type(ex, "SUPPORT"), coded(ex)


def test_significance_stressed_is_no_request(run) -> None:
    # a negative of "stressed the need": stressing the significance of an act asks nothing of anyone
    # https://thenewsmen.co.in/world/qatari-foreign-minister-highlights-good-progress-in-israelhamas-mediation/122052
    ex = run("The minister underscored the significance of facilitating the inflow of humanitarian aid and "
             "assistance into Gaza, expressing optimism about a prompt agreement.")
    assert not of_type(ex, "REQUEST"), coded(ex)
    assert not of_type(ex, "SUPPORT"), coded(ex)


def test_speaking_with_a_leader_is_talks(run) -> None:
    # https://www.arabianbusiness.com/politics-economics/russia-ukraine-ceasefire-zelenskyy-agrees-to-halt-fighting-for-30-days-in-us-brokered-deal
    ex = run("Trump expressed optimism about the proposal, telling reporters at the White House that he would speak "
             "with Russian President Vladimir Putin, who would \u201chopefully\u201d agree to the plan.",
             published="2025-03-12")
    assert has_event(ex, "CONSULT", "Trump", "Putin", "pledged"), coded(ex)


@pytest.mark.parametrize("text", [
    pytest.param(
        "The official was not authorized to speak publicly about sensitive operations and spoke to The Associated "
        "Press on condition of anonymity.",
        id="https://classicalmusicmp3freedownload.com/ja/index.php?title=Ukraine-Russia_Crisis:_What_To_Know_As_NATO_Eyes_Russia_Move"),
    pytest.param(
        "\u201cThis morning I am informed that the rebel forces are still continuing attacking our forces,\u201d Makuei "
        "said, speaking to reporters as he arrived back from the talks in Ethiopia that hammered out the crucial deal.",
        id="https://arabnews.com/news/515221"),
])
def test_speaking_to_the_press_is_no_talks(run, text: str) -> None:
    ex = run(text, published="2014-01-25")
    assert not [e for e in of_type(ex, "CONSULT") if e.trigger.startswith(("spoke", "speak"))], coded(ex)


def test_a_refused_act_did_not_happen(run) -> None:
    # http://www.aljazeera.com/news/africa/2013/01/20131181230775428.html
    ex = run("The rebels' refusal to halt their advance came as dozens of troops from neighbouring Republic of Congo "
             "arrived at sunset on New Year's Eve in Bangui as part of an effort to step up the presence of a "
             "multinational regional military force.", published="2013-01-01")
    assert not [e for e in of_type(ex, "RETREAT") if e.status == "occurred"], coded(ex)
