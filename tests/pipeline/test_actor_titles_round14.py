"""Round 14: the head of a body named only by the post ("The Secretary-General welcomes ...").

- a definite title that speaks and refers to no named person is a person of the body the phrase names,
  or, for a post with a usual body (titles.yaml ``post_of``: the Secretary-General of the United
  Nations), of that body when the text names it or no other international body
  (actor_titles.TitleReader._post_holder);
- a title phrase refers back to a person by the role's own title, not the post that role serves: "the
  Secretary-General" is not the "Spokesman for the Secretary-General" (actor_titles._role_head).

Each case is text copied from a news page, with its address. Cases marked "aside" were scored only at
the end of the round.
"""

from __future__ import annotations

from parley.extract import extract


def _actor(x, actor_id):
    return next(a for a in x.actors if a.id == actor_id)


def test_unnamed_secretary_general_welcomes_and_urges() -> None:
    # https://ungeneva.org/es/news-media/statements-and-speeches/2016/02/statement-attributable-spokesman-secretary-general (fit)
    text = (
        "Statement attributable to the Spokesman for the Secretary-General\non cessation of hostilities agreement in Syria\n\n"
        "The Secretary-General welcomes the agreement announced today by U.S. Secretary of State John Kerry and Russian "
        "Foreign Minister Sergey Lavrov, as co-chairs of the International Syria Support Group (ISSG) Ceasefire Taskforce "
        "formed in Munich, on the terms of a nationwide cessation of hostilities in Syria scheduled to come into effect on "
        "27 February 2016.\n\n"
        "The Secretary-General strongly urges the parties to abide by the terms of the agreement."
    )
    x = extract(text, published="2016-02-22")
    sg = [a for a in x.actors if a.type == "person" and "Secretary-General" in a.name]
    assert len(sg) == 1 and sg[0].sector == "IGO"
    types = {e.type for e in x.events if sg[0].id in e.actors}
    assert {"SUPPORT", "REQUEST"} <= types
    assert any(q.speaker == sg[0].id for q in x.quotes)


def test_named_secretary_general_keeps_the_title() -> None:
    # https://reliefweb.int/report/ethiopia/secretary-general-welcomes-signing-peace-agreement-between-ethiopia-government-tigray-peoples-liberation-front (fit)
    text = (
        "The following statement was issued today by the Spokesman for UN Secretary-General António Guterres:\n\n"
        "The Secretary-General welcomes the signing of the Agreement for Lasting Peace through a Permanent Cessation of "
        "Hostilities between the Government of the Federal Democratic Republic of Ethiopia and the Tigray People’s "
        "Liberation Front. The Secretary-General urges all Ethiopians and the international community to support the "
        "bold step taken today by the Federal Government of Ethiopia and the Tigrayan leadership."
    )
    x = extract(text, published="2022-11-02")
    persons = [a for a in x.actors if a.type == "person"]
    assert [a.name for a in persons] == ["António Guterres"]
    assert any(e.type == "SUPPORT" and persons[0].id in e.actors for e in x.events)


def test_secretary_general_of_another_body() -> None:
    # http://www.leagueofarabstates.net/en/secretarygeneral/Pages/SGNewsDetails.aspx?RID=2271 (fit)
    text = (
        "Mr. Ahmed Aboul Gheit, the Secretary-General of the League of Arab States, took part in an online international "
        "meeting organised by the African Union on the situation in Sudan this afternoon.\n\n"
        "The Secretary-General announced that the League of Arab States will send a high-level delegation to Sudan as "
        "soon as possible to help reconcile the parties and contribute to efforts to stabilise the ceasefire and "
        "restore the peaceful path."
    )
    x = extract(text, published="2023-04-20")
    assert not any(a.type == "person" and a.name.startswith("Secretary") for a in x.actors)
    gheit = next(a for a in x.actors if "Gheit" in a.name)
    assert any(q.speaker == gheit.id and "delegation" in q.text for q in x.quotes)
