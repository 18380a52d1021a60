"""Events round 14, parties: mutual acts list each side as actor and target; a guessed counterpart
comes from the act's own clause first and is never a foe for aid or support.

- "X and Y met", "the two sides have agreed", "exchanged prisoners", "blamed each other": each side is
  an actor and a target (the convention of gold/dev); a party guessed later stays a target only.
- A counterpart the act's clause names "with", "against" or "between" (with the actor's side) is
  taken before the document-level guess; a clause of its own ("saying it has intensified its military
  offensive against rebels") is another subject's dealings.
- Aid or support is never guessed to be aimed at a party the actor's side fights.

Each case is a sentence copied from a news page, with its address; its expected outcome was written
before parley was run. The sentences come from conflicts outside gold/dev (Afghanistan, Syria,
Colombia, Nepal, Burundi, Ivory Coast, Sudan/Darfur, Yemen's south, South Sudan).
"""

from __future__ import annotations

import pytest

from tests.pipeline.event_support import coded, names, of_type


def _mutual(ex, type_: str, sides: set[str]) -> bool:
    """Whether an event of this type has both sides (names containing the words) as actors and targets."""
    for e in of_type(ex, type_):
        acting, acted = names(ex, e.actors), names(ex, e.targets)
        if all(any(s in n for n in acting) and any(s in n for n in acted) for s in sides):
            return True
    return False


MUTUAL = [
    # https://jpost.com/international/afghan-govt-and-taliban-negotiators-meet-in-doha-to-discuss-peace-670518
    pytest.param("Afghan government and Taliban negotiators met in Qatar's capital Doha this week to discuss the peace "
                 "process, the first known meeting in weeks after negotiations largely stalled earlier this year.",
                 "CONSULT", {"afghanistan", "taliban"}, id="afg-met"),
    # https://english.alaraby.co.uk/english/news/2016/5/18/syrian-regime-and-rebels-swap-prisoners-near-aleppo
    pytest.param("Syrian rebels and government forces exchanged prisoners and dead fighters late Tuesday near the "
                 "divided city of Aleppo, the scene of some of the country's fiercest fighting in recent months.",
                 "RETREAT", {"rebels", "syria"}, id="syr-swap"),
    # https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/news/colombian-rebels-government-talk-before-deadline-1.410670
    pytest.param("Colombian FARC guerrillas and government negotiators met in a rebel enclave yesterday to try to "
                 "hammer out a timetable for agreeing a cease-fire before Sunday as troops massed nearby.",
                 "CONSULT", {"colombia", "farc"}, id="col-met"),
    # http://en.people.cn/200301/30/eng20030130_110981.shtml
    pytest.param("Rebels and the Nepalese government agreed Wednesday to a cease-fire and peace talks to end nearly "
                 "seven years of violence that has killed more than 7,000 people.",
                 "AGREE", {"rebels", "nepal"}, id="npl-agreed"),
    # https://www.france24.com/en/20080526-burundis-government-rebels-sign-ceasefire-deal-burundi
    pytest.param("Burundi's government and last active rebel group on Monday signed an unconditional ceasefire "
                 "agreement, raising hopes of a definitive end to the small central African nation's 15-year civil war.",
                 "AGREE", {"burundi", "rebel group"}, id="bdi-signed"),
    # https://www.voanews.com/a/a-13-a-2002-10-17-6-ivory-67409357/383363.html
    pytest.param("The government of Ivory Coast and rebel leaders have signed an agreement to put aside their weapons "
                 "and negotiate an end to the country's four-week-old rebellion.",
                 "AGREE", {"ivory coast", "rebel leaders"}, id="civ-signed"),
    # https://bbctodays.pages.dev/2/hi/africa/3087434.stm
    pytest.param("The Sudanese government says it has freed 54 prisoners suspected of being members of the rebel Sudan "
                 "Liberation Movement (SLM) as part of a new ceasefire agreement. The two sides have agreed the truce in "
                 "an effort to bring peace to Sudan's western Darfur region, where a sporadic conflict has raged since "
                 "February.", "AGREE", {"sudan liberation movement", "sudan"}, id="sdn-two-sides"),
]


@pytest.mark.parametrize(("text", "type_", "sides"), MUTUAL)
def test_mutual_acts_list_each_side_as_actor_and_target(run, text: str, type_: str, sides: set[str]) -> None:
    ex = run(text)
    assert _mutual(ex, type_, sides), coded(ex)


# https://www.trtworld.com/article/12738172
YEMEN_SOUTH = (
    "Coalition spokesman Col Turki al Maliki said on Monday delegates from the separatists\u2019 Southern "
    "Transitional Council and the Yemeni government are meeting in the Saudi capital of Riyadh to push the "
    "implementation of a November 2019 deal that ended earlier fighting.\n\n"
    "The Yemeni government rejected the secessionists\u2019 advances as a \u201ccoup\u201d and on Monday called for "
    "the release of local journalist Abdullah Badhan, who was arrested in a sweep of civilians who opposed the "
    "Emirati presence on the archipelago, according to the Information Ministry."
)


def test_delegates_meeting_are_each_others_counterpart_and_the_rejection_is_of_the_other(run) -> None:
    ex = run(YEMEN_SOUTH)
    assert _mutual(ex, "CONSULT", {"southern transitional council", "yemen"}), coded(ex)
    rejections = of_type(ex, "REJECT")
    assert any("yemen" in names(ex, e.actors) and "southern transitional council" in names(ex, e.targets)
               for e in rejections), coded(ex)


def test_a_guessed_party_stays_a_target_of_a_mutual_act(run) -> None:
    # https://www.localnewswave.com/article/1049552782926114816 (also in test_event_targets, whose one-way
    # split was the convention before this round)
    ex = run("Pakistani troops and Afghan forces exchanged fire late on Friday along the two countries' tense border "
             "but no casualties or damage were reported. Each side blamed the other for triggering the clash in "
             "violation of a fragile ceasefire in place for the past two months.")
    blamed = next(e for e in of_type(ex, "ACCUSE") if e.trigger == "blamed")
    assert names(ex, blamed.actors) == names(ex, blamed.targets) == {"pakistan", "afghanistan"}, coded(ex)


def test_the_counterpart_the_clause_names_with_comes_first(run) -> None:
    # https://sudantribune.com/article1324
    ex = run("Ahmed Gido, spokesman for the Sudan Liberation Movement/Army (SLM/A), said this was the group\u2019s first "
             "major release of prisoners since signing a ceasefire in September with the Sudanese government in "
             "Abeche, a town in neighbouring Chad.")
    release = next(e for e in of_type(ex, "RETREAT"))
    assert names(ex, release.targets) == {"sudan"}, coded(ex)  # not Chad, the town's country


def test_a_clause_of_its_own_names_another_subjects_dealings(run) -> None:
    # https://www.aljazeera.com/news/2014/11/6/moscow-says-kiev-crudely-violated-ceasefire (as ukr3 of
    # test_event_passives_round10)
    ex = run("Russia has accused the Kiev government of violating the ceasefire in eastern Ukraine, saying it has "
             "intensified its military offensive against rebels.", published="2014-11-06")
    assert any("ukraine" in names(ex, e.targets) for e in of_type(ex, "ACCUSE")), coded(ex)


def test_aid_to_residents_is_not_aimed_at_the_side_fought(run) -> None:
    # https://oekraine.org/russia-provides-humanitarian-aid-to-kyiv-even-as-shelling-in-ukrainian-capital-continues/
    ex = run("As Russia continues to bombard Kyiv on the 19th day of the war, it on Sunday delivered 40 tonnes of "
             "humanitarian aid, including food and drinking water, to residents of Borodyansky district in Kyiv region.")
    assert not [e for e in of_type(ex, "AID") if "ukraine" in names(ex, e.targets)], coded(ex)


@pytest.mark.xfail(reason="'rebels' with no name is no actor here, so 'fighting with rebels' gives no counterpart "
                          "(actor recognition, not the guess)", strict=False)
def test_agreed_to_a_ceasefire_after_fighting_with_rebels(run) -> None:
    # https://reliefweb.int/report/south-sudan-republic/ssudan-rebel-leader-wont-say-if-will-commit-truce
    ex = run("East African leaders announced Friday that South Sudan's government has agreed to an immediate ceasefire "
             "after nearly two weeks of heavy fighting with rebels.")
    assert any("rebels" in names(ex, e.targets) for e in of_type(ex, "AGREE")), coded(ex)


@pytest.mark.xfail(reason="a state named only as the venue of talks ('in Addis Ababa, Ethiopia') is still guessed; "
                          "a venue test by preposition alone also dropped 'violating the ceasefire in eastern Ukraine'",
                   strict=False)
def test_a_foreign_venue_is_no_counterpart(run) -> None:
    # http://oakvillesun.sheridanc.on.ca/2014/01/23/south-sudan-signs-ceasefire-with-rebels
    ex = run("The government of South Sudan and representatives of rebel forces in the country signed a ceasefire "
             "agreement January 23rd in Addis Ababa, Ethiopia. The agreement stipulates fighting will end within 24 "
             "hours.")
    assert not [e for e in ex.events if "ethiopia" in names(ex, e.targets)], coded(ex)
