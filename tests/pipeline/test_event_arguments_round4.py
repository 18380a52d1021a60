"""Event arguments: definite descriptions of armed forces, and acts of both main parties together.

"The army" and "the military" refer back to a state's armed forces named before, not to a rebel
force whose name merely ends in "Forces" ("People's Defense Forces"); a description joined to
another party ("the army and the RSF have continued to battle each other") still names its party,
so a reciprocal act gets both sides. An act of the two main parties together ("Both nations have
issued directives to implement the ceasefire") is each one's on the other, with no target guessed;
allies acting together ("The United States and British military launched strikes") are not split.
Each case is a sentence from a news page, with its address.
"""

from __future__ import annotations

from tests.pipeline.event_support import coded, names, of_type


def test_army_joined_to_its_enemy_battles_each_other(run) -> None:
    # https://www.straitstimes.com/world/us-saudi-arabia-say-sudan-warring-sides-to-start-talks
    ex = run("The United States and Saudi governments confirmed direct talks between the warring Sudanese army and "
             "the Rapid Support Forces would start in Jeddah on Saturday. Despite multiple ceasefire declarations, "
             "the army and the RSF have continued to battle each other for control of territory in the capital.")
    battles = [e for e in of_type(ex, "ASSAULT") if e.trigger.startswith("battle")]
    assert battles, coded(ex)
    parties = names(ex, battles[0].actors) | names(ex, battles[0].targets)
    assert "sudanese armed forces" in parties and "rapid support forces" in parties, coded(ex)
    assert "rapid support forces" in names(ex, battles[0].targets) or \
        "sudanese armed forces" in names(ex, battles[0].targets), coded(ex)
    assert not battles[0].inferred_targets, coded(ex)


def test_the_military_is_not_the_rebel_defense_forces(run) -> None:
    # https://arabnews.com/node/2329406/amp
    ex = run("BANGKOK: A Myanmar military airstrike on a village killed ten civilians, locals and media reports said "
             "on Wednesday. Fighting has ravaged swathes of Myanmar since a coup in 2021, with the junta battling "
             "ethnic rebels and dozens of new \u201cPeople\u2019s Defense Forces\u201d across the country. The military "
             "carried out more than 300 air strikes in the last year, the United Nations said in March.")
    strikes = of_type(ex, "ASSAULT")
    assert strikes, coded(ex)
    assert not any("defense forces" in n for e in strikes for n in names(ex, e.actors)), coded(ex)


def test_rebels_fight_against_the_military_not_themselves(run) -> None:
    # https://www.business-standard.com/world-news/myanmar-junta-launches-airstrike-on-own-village-over-100-feared-dead-123041200595_1.html
    ex = run("An airstrike carried out by Myanmar's military on Tuesday is believed to have killed around 100 people, "
             "including children, according to independent media reports. The anti-coup militias in Myanmar, known "
             "as the People's Defence Forces, or PDFs, are waging an armed rebellion against the military in "
             "various parts of the country.")
    for e in ex.events:
        assert not names(ex, e.actors) & names(ex, e.targets), coded(ex)
        if "defence forces" in " ".join(names(ex, e.actors)):
            assert not any("defence forces" in n for n in names(ex, e.targets)), coded(ex)


SAHIL = ("New Delhi: In a significant development amid rising tensions between India and Pakistan, the Indian "
         "Ministry of External Affairs has announced that both countries have agreed to a ceasefire, halting all "
         "military actions across land, air, and sea.\nForeign Secretary Vikram Misri confirmed the development "
         "during a press conference held on May 10. According to him, Pakistan's Director General of Military "
         "Operations (DGMO) contacted his Indian counterpart at 3:35 PM, after which both sides agreed to cease all "
         "firing and military activities from 5:00 PM IST. Both nations have issued directives to their respective "
         "forces to implement the ceasefire effectively.")


def test_both_main_parties_act_on_each_other(run) -> None:
    # https://mail.sahilonline.org/india-and-pakistan-announce-ceasefire-next-round-of-talks-scheduled-for-may-12
    ex = run(SAHIL)
    implement = [e for e in ex.events if e.trigger.startswith("implement")]
    assert implement, coded(ex)
    assert names(ex, implement[0].actors) | names(ex, implement[0].targets) == {"india", "pakistan"}, coded(ex)
    assert not implement[0].inferred_targets, coded(ex)


def test_allies_striking_together_are_not_each_others_target(run) -> None:
    # https://www.nbcdfw.com/news/national-international/u-s-and-britain-launch-strikes-against-targets-in-houthi-controlled-yemen/3432185/
    ex = run("The strikes came after U.S. Central Command said earlier Thursday that the Iranian-backed Houthis had "
             "fired anti-ship ballistic missiles from Houthi-controlled areas in Yemen into international shipping "
             "lanes in the Gulf of Aden. The United States and British military launched strikes against targets in "
             "Houthi-controlled Yemen, two U.S. officials said Thursday.")
    for e in of_type(ex, "ASSAULT"):
        assert not ({"united states", "united kingdom"} <= names(ex, e.actors) | names(ex, e.targets)
                    and names(ex, e.targets) & {"united states", "united kingdom"}), coded(ex)
