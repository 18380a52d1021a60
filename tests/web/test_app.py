"""The JSON API: each view's rows, each linked to the sentence it was read from (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest


def _sentence(client, source):
    doc = client.get(f"/api/documents/{source['doc_id']}", params={"version": source["version"]}).json()
    start, end = source["span"]
    return doc["text"][start:end]


def test_timeline_gives_the_merged_meeting_and_its_sentences(client):
    [meeting] = client.get("/api/timeline", params={"actor": "Kalın"}).json()
    assert (meeting["type"], meeting["day"], meeting["place"], meeting["n_sources"]) == (
        "CONSULT", "2022-04-30", "Kyiv", 2)
    assert {s["outlet"] for s in meeting["sources"]} == {"Anadolu Agency", "Malay Mail"}
    for source in meeting["sources"]:
        assert _sentence(client, source) == source["text"]
        assert " met " in source["text"]


@pytest.mark.parametrize("params, found", [
    ({"dyad": "Zelensky,Kalin"}, 1),
    ({"type": "CONSULT", "place": "Kyiv"}, 1),
    ({"type": ["ASSAULT", "CONSULT"]}, 1),
    ({"type": "ASSAULT"}, 0),
    ({"from": "2022-05-02"}, 0),
])
def test_timeline_filters(client, params, found):
    assert len(client.get("/api/timeline", params=params).json()) == found


def test_a_dyad_needs_two_actors(client):
    response = client.get("/api/timeline", params={"dyad": "Kalin"})
    assert response.status_code == 422 and "two actors" in response.text


def test_network_links_the_spokesperson_to_the_president(client):
    net = client.get("/api/network").json()
    names = {n["id"]: n["name"] for n in net["nodes"]}
    [edge] = net["edges"]
    assert (names[edge["source"]], names[edge["target"]]) == ("Ibrahim Kalın", "Volodymyr Zelenskyy")
    assert edge["types"] == {"CONSULT": 1} and edge["events"] == 1
    assert client.get("/api/network", params={"type": "ASSAULT"}).json() == {"nodes": [], "edges": []}


def test_map_places_the_meeting_in_kyiv(client):
    [kyiv] = client.get("/api/map").json()
    assert kyiv["place"] == "Kyiv" and kyiv["events"] == 1 and kyiv["types"] == {"CONSULT": 1}
    assert (round(kyiv["lat"], 2), round(kyiv["lon"], 2)) == (50.45, 30.52)
    assert client.get("/api/map", params={"actor": "Sergei Lavrov"}).json() == []


def test_figures_put_un_and_national_sources_side_by_side(client):
    assert client.get("/api/measures").json() == [{"measure": "killed", "figures": 2}]
    [point] = client.get("/api/figures", params={"measure": "killed"}).json()
    assert point["values"] == {"un": 2899, "national": 2900}
    assert _sentence(client, point["sources"]["un"]).startswith("At least 2,899 civilians")


def test_quotes_carry_every_outlet(client):
    [quote] = client.get("/api/quotes", params={"speaker": "Kalin"}).json()
    assert quote["text"].startswith("We urgently need the establishment of a humanitarian corridor")
    assert {s["outlet"] for s in quote["sources"]} == {"Anadolu Agency", "Malay Mail"}


def test_positions_matrix(client):
    matrix = client.get("/api/positions").json()
    # one demand naming two issues ("a humanitarian corridor and the evacuation of civilians"): a column for each
    assert matrix["holders"] == ["Ibrahim Kalın"] and matrix["issues"] == ["humanitarian corridor", "evacuation"]
    assert [(c["issue"], c["stance"], c["count"]) for c in matrix["cells"]] == [
        ("humanitarian corridor", "demand", 1), ("evacuation", "demand", 1)]


def test_search_finds_the_corridor(client):
    hits = client.get("/api/search", params={"q": "humanitarian corridor"}).json()
    assert hits and {h["kind"] for h in hits} <= {"document", "quote"}
    for hit in hits:
        found = _sentence(client, hit["source"]).lower()
        assert "corridor" in found if hit["kind"] == "quote" else found in ("humanitarian", "corridor")


def test_unknown_document_is_a_404(client):
    assert client.get("/api/documents/no-such-article").status_code == 404


def test_the_page_and_its_scripts_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/api/stats").json()["documents"] == 2
