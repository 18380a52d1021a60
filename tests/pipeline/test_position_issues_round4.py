"""Issue phrases of positions, round 4: nouns that only carry the issue after them, and phrases left
empty once their relative clause is cut.

Sentences come from gold/dev articles and news pages found with the project's search tool (source
beside each case).
"""

from __future__ import annotations

from tests.pipeline.test_position_issues import issues_of


def test_position_issues_contribution_to_passes_on_its_object(run) -> None:
    # gold/dev censor-erdogan-zelensky-call-2022-09
    # (censor.net/en/news/3370223/erdogan_held_telephone_conversation_with_zelensky_...)
    ex = run("He emphasized that Turkey is ready to make a significant contribution to ending the war through "
             "peace negotiations.", published="2022-09-28")
    issues = issues_of(ex, "Turkey")
    assert issues and issues[0].startswith("ending the war"), [(p.holder, p.issue) for p in ex.positions]


def test_position_issues_seize_the_opportunity_to_is_what_the_opportunity_is_for(run) -> None:
    # dailynewsegypt.com/2010/01/28/barak-calls-on-palestinians-to-seize-chance-for-talks
    ex = run("Israeli Defense Minister Ehud Barak called on Palestinians on Wednesday to seize the opportunity to "
             "resume peace talks, as both sides failed to agree on the conditions for negotiations.",
             published="2010-01-28")
    issues = issues_of(ex, "Ehud Barak")
    assert issues and "peace talks" in issues[0], [(p.holder, p.issue) for p in ex.positions]
    assert not any("opportunity" in p.issue for p in ex.positions)


def test_position_issues_point_where_they_left_off_is_no_part_of_the_issue(run) -> None:
    # khaddam.net/articles/the-united-nations-has-handed-syria-and-israel-detailed-proposals-to-renew-negotiations/
    ex = run("It is worth noting that Syrian Vice President Abdel Halim Khaddam confirmed this week that Syria has "
             "informed Israel, via Turkey, of its readiness to resume talks. Khaddam clarified that Syria is prepared "
             "to renew negotiations with Israel from the point where they left off.", published="2003-01-01")
    issues = [p.issue for p in ex.positions]
    assert "renew negotiations with Israel" in issues, issues
    assert not any("point" in i for i in issues), issues


def test_position_issues_effort_keeps_its_words(run) -> None:
    # A negative case: "a renewed effort to achieve peace" is not passed on to its object; its words stay.
    # news.un.org/en/story/2002/03/28862
    ex = run("Increasingly concerned about the intensifying cycle of violence in the Middle East, United Nations "
             "Secretary-General Kofi Annan today urged all sides to show utmost restraint and called for a renewed "
             "effort to achieve peace.", published="2002-03-08")
    assert "renewed effort to achieve peace" in [p.issue for p in ex.positions], [p.issue for p in ex.positions]


def test_position_issues_way_forward_states_no_issue_of_its_own(run) -> None:
    # A negative case: "the only way forward is to return to negotiations" has no "way to" to pass on.
    # aninews.in/news/world/us/un-chief-calls-for-immediate-end-to-palestinian-israeli-fighting20210516224253/
    ex = run("\"The only way forward is to return to negotiations with the goal of a two-state solution, with two "
             "states living side-by-side in peace,\" Guterres said.", published="2021-05-16")
    assert not any(p.issue.startswith("way") for p in ex.positions)
