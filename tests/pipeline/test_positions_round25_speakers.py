"""Who holds a stance said in reported or direct speech: a body named in apposition to the description that
says it ("Burma's main rebel group, the Karen National Union, says"), and the body a lower-case spokesman's
title names by its whole name ("Hamas spokesman Taher al-Nunu"), never by one word of it or by a medium
("AA spokesperson": the Anadolu Agency's acronym).

Sentences come from news pages found with the project's search tool (source URL in each case).
"""

from __future__ import annotations

from tests.pipeline.test_positions import reads_as

# https://burmese.voanews.com/amp/a-27-a-2004-01-26-3-1-93490239/1229239.html
KNU = ("Burma's main rebel group, the Karen National Union, says much work has to be done before a firm peace "
       "agreement can be reached with the military government.")


def test_positions_apposed_name_holds_what_the_description_says(run) -> None:
    ex = run(KNU)
    holders = {ex.actor(p.holder).name for p in ex.positions if ex.actor(p.holder)}
    assert holders == {"Karen National Union"}
    assert all(ex.actor(q.speaker).name == "Karen National Union" for q in ex.quotes if q.speaker)


def test_positions_lower_case_spokesman_title_names_the_body(run) -> None:
    # https://www.livemint.com/news/world/hamas-ready-to-hand-over-gaza-strip-agrees-to-donald-trump-s-20-point-plan-with-riders-read-full-statement/amp-11759555347240.html
    ex = run("\u201cPresident Trump's statements on the immediate cessation of Israeli bombings in the Gaza Strip are "
             "encouraging,\u201d Hamas spokesman Taher al-Nunu told AFP.")
    nunu = next(a for a in ex.actors if "Nunu" in a.name)
    assert nunu.role == "Hamas spokesman"


def test_positions_spokesman_title_is_no_medium_named_by_an_acronym(run) -> None:
    # https://greatbengaltoday.com/arakan-army-two-allies-offer-truce-with-tatmadaw
    ex = run("AA spokesperson Khaing Thu Kha said the groups had declared unilateral ceasefires several times with "
             "the aim of resolving disputes through dialogue.\n\n\u201cWe are offering a ceasefire with the Tatmadaw "
             "in order to start pragmatic peace-building efforts,\u201d Khaing Thu Kha said.")
    person = next(a for a in ex.actors if a.type == "person")
    assert not person.role
    assert reads_as(ex, "Khaing Thu Kha", "ceasefire with the Tatmadaw", "offer")
    assert not any(ex.actor(p.holder).sector == "MED" for p in ex.positions if ex.actor(p.holder))


def test_positions_description_of_a_group_alone_is_no_position(run) -> None:
    # https://burmese.voanews.com/amp/a-27-a-2004-09-22-10-1-93487519/1228787.html
    ex = run("The rebel group, based along Burma's border with Thailand, is believed to have about 1,000 guerrillas.")
    assert not ex.positions
