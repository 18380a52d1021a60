"""Positions round 31 (cues): cue words present whose structure was not read.

- "vowing to press on with its invasion", "vowed to continue fighting Indian rule": a vow of one's own course is a
  stance, as "pledged to" is ("vow to" in stance_cues.yaml); a vow of a hostile act or one set on a condition
  ("vowed to launch other attacks ... if crude oil production does not stop") is a threat, no offer.
- "urged his supporters to stop harassing and attacking minorities": an infinitive call to stop doing something opposes
  the deed (``cessation_verbs``, parley.pipeline.stance_cessations); a halt named as a thing, and "X must stop V-ing" or
  "demanded that X stop V-ing", stay demands.
- "with Hezbollah abstaining from direct talks": "abstain from" rejects.
- "would not disarm until after a political solution ... is agreed", "will never be ready to lay down arms until the
  liberation of ...": what a party will not disarm before is its demand (``stop_verbs``, parley.pipeline.stance_holdouts).
"""

from __future__ import annotations

from tests.pipeline.position_support import described, held_by, holds, on_issue

# dev gold (jordantimes.com, 2025-06)
RUSSIA = "Russia has rejected calls for an unconditional ceasefire, vowing to press on with its three-year invasion."

# https://scroll.in/latest/1063390/israel-rejects-hamas-ceasefire-proposal (AP)
NETANYAHU = ("Israeli Prime Minister Benjamin Netanyahu on Wednesday rejected a multi-stage truce and hostage release "
             "proposal by Palestinian militant group Hamas, vowing to continue his country's war on Gaza until Israel "
             "achieved \"absolute victory\", AP reported.")

# https://irishtimes.com/news/chechen-rebels-vow-to-fight-on-after-chief-killed-1.1174657
CHECHNYA = ("Chechen separatists vowed to press on with their fight for independence after guerrilla leader Aslan "
            "Maskhadov was killed in what the Kremlin saw as a coup for President Vladimir Putin's hardline policies in "
            "the region.")

# https://www.theage.com.au/articles/2004/01/07/1073437344483.html
KASHMIR = ("Kashmiri militant groups and Islamist hardliners have vowed to continue fighting Indian rule, expressing "
           "outrage at Pakistan's agreement with India to seek a solution in the divided region.")

# dev gold (south24.net, 2022-10): a threat, read as its condition
HOUTHIS = ("The Houthis vowed to launch other attacks targeting oil facilities if crude oil production does not stop, and "
           "if their demands to pay civilian and military salaries from these oil revenues are not met.")

# https://www.vocativ.com/375946/donald-trump-racist-supporters-60-minutes/index.html
TRUMP = ("After days of reports that his fans were attacking minorities, Donald Trump finally told his followers on "
         "Sunday night's \"60 Minutes\" to \"stop it.\"\n\n"
         "In a sit-down with CBS' '60 Minutes' on Sunday, Trump urged his supporters to stop harassing and attacking "
         "minorities in his name.")

# https://www.sbs.com.au/news/article/iraqs-pm-orders-end-to-shelling-civilian-areas/13nlu7mhd (AFP)
HRW = ("In late July, Human Rights Watch warned that government air strikes were \"wreaking an awful toll on ordinary "
       "residents\".\n\n"
       "It had also urged the government to stop resorting to \"barrel bombs\" -- crude devices stuffed with "
       "fertiliser, shrapnel or any improvised explosive mix -- that are much cheaper than conventional weapons but "
       "less accurate.")

# https://234470.3pybb.group/india/obama-un-ask-ltte-to-surrender-lanka-to-stop-shelling-5848
OBAMA = ("\"Indiscriminate shelling\" of Tamil civilians that has taken hundreds of innocent lives, must stop, Obama said "
         "in Washington on Wednesday. The Liberation Tigers of Tamil Eelam (LTTE) also must stop using civilians as "
         "human shields, he said.")

# dev gold (sudantimes.net, 2024-11)
HEZBOLLAH = "The deal was mediated by Berri, with Hezbollah abstaining from direct talks."

# https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/sudan-rebels-reject-calls-to-decommission-1.988503
DARFUR = ("But rebels said they would not disarm until after a political solution, including devolution of power and "
          "wealth-sharing, is agreed and implemented in Sudan's arid west.")

# http://news.bbc.co.uk/2/hi/africa/3246638.stm
IVORY_COAST = ("Ivory Coast President Laurent Gbagbo has urged rebels to lay down their weapons so peace and unity can "
               "return.\n\n"
               "The New Forces say they will not disarm until Mr Gbagbo respects an agreement over who should nominate "
               "the key ministers of security and the interior.")

# http://www.theage.com.au/articles/2003/06/04/1054700275739.html (Reuters)
HAMAS = ("The Palestinian militant group Hamas said yesterday it would not lay down its arms despite an appeal by "
         "Palestinian Prime Minister Mahmoud Abbas issued at a United States-led peace summit in Jordan.\n\n"
         "\"We will never be ready to lay down arms until the liberation of the last centimetre of the land of "
         "Palestine,\" a senior Hamas official, Abdel-Aziz al-Rantissi, told Reuters.")

# https://www.france24.com/en/20190318-nicaragua-suspends-government-peace-talks-over-repression (AFP): told, no term
NICARAGUA = ("Talks between the two sides began on February 27 but were suspended for three days last week until the "
             "government gave in to an opposition demand to release prisoners.")


def test_a_vow_in_a_participle_is_the_subjects_course(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(RUSSIA, published="2025-06-10")
    assert holds(ex, "Russia", "pressing on with the invasion", "support"), described(ex)
    assert holds(ex, "Russia", "unconditional ceasefire", "reject"), described(ex)


def test_a_vow_to_go_on_with_the_war(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(NETANYAHU, published="2024-02-08")
    assert holds(ex, "Netanyahu", "continue his country's war on Gaza", "support"), described(ex)
    assert holds(ex, "Netanyahu", "multi-stage truce and hostage release proposal", "reject"), described(ex)


def test_a_vow_to_press_on_with_a_fight_for_independence(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(CHECHNYA, published="2005-03-09")
    assert holds(ex, "separatists", "press on with their fight for independence", "support"), described(ex)


def test_a_finite_vow_of_armed_groups(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(KASHMIR, published="2004-01-07")
    assert holds(ex, "militant groups", "continue fighting Indian rule", "support"), described(ex)


def test_a_vow_of_attacks_on_a_condition_is_a_threat(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(HOUTHIS, published="2022-10-23")
    assert not any(on_issue("launch other attacks targeting oil facilities", p.issue) for p in ex.positions), described(ex)
    assert holds(ex, "Houthis", "crude oil production stop", "demand"), described(ex)


def test_a_call_to_stop_doing_opposes_the_deed(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(TRUMP, published="2016-11-14")
    assert holds(ex, "Trump", "harassing and attacking minorities", "oppose"), described(ex)
    assert not holds(ex, "Trump", "stop harassing and attacking minorities", "demand"), described(ex)


def test_a_call_to_stop_resorting_to_a_weapon(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(HRW, published="2014-09-13")
    assert holds(ex, "Human Rights Watch", "resorting to barrel bombs", "oppose"), described(ex)


def test_must_stop_in_a_statement_stays_a_demand(run) -> None:  # type: ignore[no-untyped-def]
    # Not an infinitive call: "X must stop V-ing" is read as rounds 4b and 10 read "demanded that X stop V-ing".
    ex = run(OBAMA, published="2009-05-14")
    assert holds(ex, "Obama", "stop using civilians as human shields", "demand"), described(ex)
    assert holds(ex, "Obama", "indiscriminate shelling of Tamil civilians stop", "demand"), described(ex)


def test_abstaining_from_talks_rejects_them(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(HEZBOLLAH, published="2024-11-27")
    assert holds(ex, "Hezbollah", "direct talks", "reject"), described(ex)


def test_no_disarmament_until_after_a_political_solution(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(DARFUR, published="2004-07-06")
    assert holds(ex, "rebels", "political solution", "demand"), described(ex)
    assert holds(ex, "rebels", "disarm", "reject"), described(ex)


def test_no_disarmament_until_the_terms_are_kept(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(IVORY_COAST, published="2003-11-28")
    assert holds(ex, "New Forces", "Gbagbo respects an agreement|respect the agreement", "demand"), described(ex)


def test_never_ready_to_lay_down_arms_until_a_goal(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(HAMAS, published="2003-06-05")
    assert holds(ex, "Rantissi|Hamas", "liberation of the last centimetre of the land of Palestine", "demand"), described(ex)


def test_a_suspension_told_until_a_past_event_states_no_term(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(NICARAGUA, published="2019-03-18")
    assert not held_by(ex, "opposition|Nicaragua"), described(ex)
    assert not any(p.stance == "demand" for p in ex.positions), described(ex)
