"""Issue phrases of positions: the wording a report uses for an issue named in the vocabulary.

Sentences come from gold/dev articles and news pages found with the project's search tool (source
beside each case).
"""

from __future__ import annotations

from parley.models import Extraction


def issues_of(ex: Extraction, holder: str) -> list[str]:
    """The issues of the positions this holder (by exact name) takes."""
    return [p.issue for p in ex.positions if (a := ex.actor(p.holder)) and a.name == holder]


def test_position_issues_cease_hostilities_is_the_ceasefire_named_before(run) -> None:
    # gold/dev tna-thailand-cambodia-ceasefire-2025-07 (tna.mcot.net/latest-news-1563617): "agreeing to cease
    # hostilities" repeats the ceasefire agreed in the lead; one position per side, not two.
    ex = run("Thailand and Cambodia have agreed to implement a ceasefire from midnight tonight, following talks "
             "hosted by Malaysia. Speaking after the meeting, Phumtham stated the talks were successful, with both "
             "sides agreeing to cease hostilities on Monday effective midnight.", published="2025-07-28")
    for side in ("Thailand", "Cambodia"):
        assert issues_of(ex, side) == ["ceasefire"], [(p.holder, p.issue) for p in ex.positions]


def test_position_issues_cease_all_firing_is_a_ceasefire(run) -> None:
    # mail.sahilonline.org/india-and-pakistan-announce-ceasefire-next-round-of-talks-scheduled-for-may-12
    ex = run("India and Pakistan agreed to a ceasefire on Saturday. According to him, Pakistan's Director General of "
             "Military Operations (DGMO) contacted his Indian counterpart at 3:35 PM, after which both sides agreed "
             "to cease all firing and military activities from 5:00 PM IST.", published="2025-05-10")
    for side in ("India", "Pakistan"):
        assert len(issues_of(ex, side)) == 1, [(p.holder, p.issue) for p in ex.positions]


def test_position_issues_cease_alone_names_no_ceasefire(run) -> None:
    # A negative case: "cease to exist" is no ceasefire, and states no stance.
    # jpost.com/breaking-news/article-760780 (Reuters, 2023-09-28)
    ex = run("The self-declared republic will cease to exist from that day, the decree said.", published="2023-09-28")
    assert not any(p.canonical == "ceasefire" for p in ex.positions)


def test_position_issues_an_agreement_to_meet_again_is_the_new_round_agreed(run) -> None:
    # gold/dev shine-istanbul-talks-2025-05 (shine.cn/news/world/2505164726/): "a principled agreement to meet
    # again" is about meeting again, the new round of negotiations named before: one position per side.
    ex = run("Delegations of Russia and Ukraine concluded their meeting in Turkey's Istanbul on Friday, agreeing to "
             "hold a new round of negotiations. Turkish Foreign Minister Hakan Fidan, who chairs the talks, said on "
             "the social media platform X that the two sides \"reached a principled agreement to meet again.\"",
             published="2025-05-16")
    for side in ("Russia", "Ukraine"):
        assert issues_of(ex, side) == ["new round of negotiations"], [(p.holder, p.issue) for p in ex.positions]


def test_position_issues_an_agreement_keeps_what_it_is_for(run) -> None:
    # The same sentence alone: the issue is written with what the agreement is for, "again" included.
    ex = run("Turkish Foreign Minister Hakan Fidan, who chairs the talks between Russia and Ukraine, said on the "
             "social media platform X that the two sides \"reached a principled agreement to meet again.\"",
             published="2025-05-16")  # shine.cn/news/world/2505164726/
    assert {p.canonical for p in ex.positions} == {"new round of negotiations"}, [(p.holder, p.issue) for p in ex.positions]
    assert all(p.issue.endswith("meet again") for p in ex.positions)


def test_position_issues_another_round_of_talks_is_a_new_round(run) -> None:
    # spotlightnepal.com/2025/04/20/iran-us-continue-talks-nuclear-deal: "another round of talks" is named
    # like "a new round of negotiations"; both sides hold it.
    ex = run("The United States and Iran say they have agreed to hold another round of talks on Tehran's nuclear "
             "program next week.", published="2025-04-20")
    assert {p.canonical for p in ex.positions} == {"new round of negotiations"}, [(p.holder, p.issue) for p in ex.positions]
    assert {ex.actor(p.holder).name for p in ex.positions} == {"United States", "Iran"}


def test_position_issues_an_exchange_already_done_names_no_issue(run) -> None:
    # gold/dev dawn-yemen-saudi-omani-envoys-sanaa-2023-04 (dawn.com/news/1746765): the detainees "released by Saudi Arabia"
    # were released; it is an event, and the agent is no part of an issue.
    ex = run("A Houthi official said on Saturday the group had received 13 detainees released by Saudi Arabia in "
             "exchange for a Saudi detainee freed earlier, ahead of a wider prisoner exchange agreed upon by the "
             "warring sides.", published="2023-04-09")
    assert not any("released by" in p.issue for p in ex.positions), [(p.holder, p.issue) for p in ex.positions]


def test_position_issues_who_proposed_it_is_no_part_of_the_issue(run) -> None:
    # ibtimes.com/libya-government-flatly-rejects-rebel-ceasefire-offer-278281: the proposal is the issue;
    # "from rebel groups" says whose it is.
    ex = run("The Libyan government adamantly rejected a ceasefire proposal from rebel groups in the eastern part of "
             "the war-torn country.", published="2011-04-01")
    assert [(p.issue, p.stance) for p in ex.positions] == [("ceasefire proposal", "reject")]


def test_position_issues_the_moment_something_happens_is_when_not_what(run) -> None:
    # chicagotribune.com (Reuters, Beirut, 2012-03-31): the rebels are ready to stop fighting; "the moment the
    # army withdraws its tanks" is when.
    ex = run("BEIRUT, March 31 (Reuters) - Syrian rebels are ready to stop fighting the moment the army withdraws its "
             "tanks, artillery and heavy weapons from opposition areas, a spokesman for Free Syrian Army commanders "
             "inside Syria said on Saturday.", published="2012-03-31")
    assert any(p.issue == "stop fighting" and p.stance == "willing" for p in ex.positions), \
        [(p.holder, p.issue) for p in ex.positions]



MOSCOW_TIMES = (
    "For the first time since 2019, Ukraine and Russia agreed to sign a joint statement along with France and "
    "Germany about the ongoing conflict between Ukrainian forces and separatists in the east of the country. The "
    "joint statement committed both sides to \"an unconditional respect for the ceasefire\" and also said that they "
    "would meet again in two weeks' time in Berlin."
)  # themoscowtimes.com/2024/11/15/russia-ukraine-agree-to-keep-ceasefire-new-talks-next-month (AFP)


def test_position_issues_who_else_signs_is_no_part_of_the_issue(run) -> None:
    # "along with France and Germany" says who else signs, not what.
    ex = run(MOSCOW_TIMES, published="2022-01-27")
    signed = {(ex.actor(p.holder).name, p.issue) for p in ex.positions if "statement" in p.issue}
    assert signed == {("Ukraine", "joint statement"), ("Russia", "joint statement")}, signed


def test_position_issues_both_sides_are_the_signers_not_those_signing_along(run) -> None:
    # France and Germany are named together last; "both sides" are Ukraine and Russia, named more.
    ex = run(MOSCOW_TIMES, published="2022-01-27")
    bound = {ex.actor(p.holder).name for p in ex.positions if "respect for the ceasefire" in p.issue}
    assert bound == {"Ukraine", "Russia"}, [(p.holder, p.issue) for p in ex.positions]


def test_position_issues_as_part_of_a_deal_is_no_part_of_the_issue(run) -> None:
    # abc30.com/israel-hamas-war-updates-israel-wont-agree-to-end-as-part-of-deal-... (ABC News, 2024-05-04)
    ex = run("An Israeli official has told ABC News that Israel will not agree to end the war as part of any "
             "potential deal.", published="2024-05-04")
    assert [(ex.actor(p.holder).name, p.issue, p.stance) for p in ex.positions] == [("Israel", "end the war", "reject")]


def test_position_issues_by_what_means_is_no_part_of_the_issue(run) -> None:
    # gold/dev anews-kalin-zelensky-kyiv (anews.com.tr/world/2022/04/30/erdogan-aide-meets-zelensky-in-kyiv-...):
    # the issue is the lasting peace; "by increasing the momentum" is how.
    ex = run("Erdoğan told Putin in a phone call on Thursday that Turkey wanted \"to establish a lasting peace in the "
             "region as soon as possible by increasing the momentum gained in the negotiations\".",
             published="2022-03-31")
    issues = [p.issue for p in ex.positions if (a := ex.actor(p.holder)) and a.name == "Turkey"]
    assert issues and all("lasting peace" in i and "momentum" not in i for i in issues), issues
