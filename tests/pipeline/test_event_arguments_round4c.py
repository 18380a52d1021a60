"""Event arguments: a country named only as the venue of talks is no party to them, and
"Representatives of both sides" are both sides.

"The two parties will meet this week in Barbados", "to resume on the Caribbean island of Barbados",
"The Barbados talks": a country every mention of which says where something happens is not one of
"the two parties" nor a target of the talks. A subject whose head consists of "both sides" acts
for them, beside the body it names. Each case is a passage from a news page, with its address.
"""

from __future__ import annotations

from parley.models import Extraction

NNN = "http://namnewsnetwork.org/?p=31762"
NNN_TEXT = (
    "CARACAS, July 8 (NNN-AGENCIES) \u2014 Dialogue between Venezuela\u2019s opposition and President Nicolas "
    "Maduro\u2019s government will resume in Barbados, opposition leader Juan Guaido said, after previous "
    "negotiations in Norway petered out. \u201cIn response to the mediation of the Kingdom of Norway (the "
    "opposition) will attend a meeting with representatives of the regime in Barbados, to establish a "
    "negotiation on the end of the dictatorship,\u201d Guaido said in a statement, without giving a date for talks "
    "to resume. In a tweet, Maduro\u2019s Communications Minister Jorge Rodriguez implicitly corroborated Guaido\u2019s "
    "announcement by reproducing a Norwegian Foreign Ministry statement. \u201cThe two parties will meet this week "
    "in Barbados to move forward in the search for a negotiated and constitutional solution,\u201d the statement "
    "said. The Barbados talks will be the third round since May.")
AP = "https://apnews.com/7498be4a82104595874ce6ef06c32c84"
AP_TEXT = (
    "CARACAS, Venezuela (AP) \u2014 Norway\u2019s Foreign Ministry says negotiations aimed at resolving Venezuela\u2019s "
    "political deadlock are to resume on the Caribbean island of Barbados in the coming week. The Scandinavian "
    "nation is acting as a mediator in the talks and it said Sunday that representatives of Venezuela\u2019s "
    "government and opposition have agreed to meet in Barbados to seek a \u201cconstitutional\u201d solution to the "
    "country\u2019s political crisis.")
KION = "https://kion546.com/ap-national/2023/10/16/venezuela-and-opposition-to-resume-talks-in-barbados-mediator-norway-says/"
KION_TEXT = (
    "MEXICO CITY (AP) \u2014 Venezuela\u2019s government and opposition will resume their dialogue mediated by Norway "
    "with talks scheduled for Tuesday in Barbados. Norway\u2019s embassy in Mexico announced the resumption of talks "
    "Monday in a brief statement posted to the platform X.")
BENAR = "https://www.benarnews.org/english/news/philippine/basilan-ceasefire-11102022124507.html"
BENAR_TEXT = (
    "The Philippine military and Moro Islamic Liberation Front, a former rebel group that signed a peace deal with "
    "Manila in 2014, agreed to a truce ending two days of deadly fighting on southern Basilan island, officials "
    "said Thursday.\n\n"
    "Representatives of both sides who sit on a bilateral body, the Coordinating Committee on the Cessation of "
    "Hostilities, had met \u201cto halt the tension triggered by miscommunication,\u201d the chief of the military\u2019s "
    "Western Mindanao Command (WestMinCom) said on Thursday.")


def names(ex: Extraction, ids: tuple[str, ...] | list[str]) -> set[str]:
    """The names (lower-cased) of the actors with these ids."""
    return {a.name.lower() for i in ids if (a := ex.actor(i)) is not None}


def parties(ex: Extraction) -> set[str]:
    """Every actor and target of the document's events."""
    return {n for e in ex.events for n in names(ex, e.actors) | names(ex, e.targets)}


def coded(ex: Extraction) -> list[tuple[str, str, set[str], set[str]]]:
    return [(e.type, e.trigger, names(ex, e.actors), names(ex, e.targets)) for e in ex.events]


def test_venue_of_the_two_parties_is_no_party(run) -> None:
    # NNN: "The two parties will meet this week in Barbados": Barbados is where, not who
    ex = run(NNN_TEXT)
    assert [e for e in ex.events if e.type == "CONSULT"], coded(ex)
    assert "barbados" not in parties(ex), coded(ex)


def test_venue_still_is_the_place(run) -> None:
    # negative, NNN: the venue stays the place of the meeting
    ex = run(NNN_TEXT)
    assert any(e.place and "barbados" in e.place.lower() for e in ex.events if e.type == "CONSULT"), coded(ex)


def test_island_of_venue_is_no_target(run) -> None:
    # AP: "to resume on the Caribbean island of Barbados ... have agreed to meet in Barbados"
    ex = run(AP_TEXT)
    assert ex.events and "barbados" not in parties(ex), coded(ex)
    assert "venezuela" in parties(ex), coded(ex)


def test_talks_scheduled_in_venue(run) -> None:
    # KION: "talks scheduled for Tuesday in Barbados": the mediator's and sides' talks, not Barbados'
    ex = run(KION_TEXT)
    assert ex.events and "barbados" not in parties(ex), coded(ex)


def test_representatives_of_both_sides_are_both_sides(run) -> None:
    # BENAR: "Representatives of both sides who sit on a bilateral body ... had met"
    ex = run(BENAR_TEXT)
    met = [e for e in ex.events if e.type == "CONSULT" and e.trigger == "met"]
    assert met, coded(ex)
    both = names(ex, met[0].actors) | names(ex, met[0].targets)
    assert {"philippines", "moro islamic liberation front"} <= both, coded(ex)


def test_body_named_with_both_sides_still_acts(run) -> None:
    # negative, BENAR: the bilateral body named beside them is not dropped
    ex = run(BENAR_TEXT)
    met = [e for e in ex.events if e.type == "CONSULT" and e.trigger == "met"]
    assert met and "coordinating committee on the cessation of hostilities" in names(ex, met[0].actors), coded(ex)


# An envoy acts for the body that sent them, not for the country they are posted to.
ALMASDAR = "https://mail.almasdaronline.info/articles/171520"
SOUTH24 = "https://south24.org/news/newse.php?nid=3010"
MEHR = "https://en.mehrnews.com/news/185012/UN-envoy-top-Yemeni-negotiator-disscuss-ceasefire-in-Muscat"
NAN = "https://nan.media/en/the-un-envoy-abdullah-patel-meets-with-ambassadors-from-5-countries-to-discuss-developments-in-libya/"


def consults(ex: Extraction, trigger: str) -> list:
    return [e for e in ex.events if e.type == "CONSULT" and e.trigger == trigger]


def test_envoy_to_a_country_acts_for_the_un(run) -> None:
    # ALMASDAR: "The UN special envoy to Yemen, Martin Griffiths, said he met with the Houthis' spokesman"
    ex = run("The UN special envoy to Yemen, Martin Griffiths, said he met with the Houthis' spokesman and head of "
             "its negotiating delegation, Mohammed Abdul Salam, on Monday in the Omani capital Muscat.")
    met = consults(ex, "met")
    assert met and {"martin griffiths", "united nations"} <= names(ex, met[0].actors), coded(ex)
    assert "yemen" not in names(ex, met[0].actors), coded(ex)


def test_envoy_title_before_the_name(run) -> None:
    # SOUTH24: "the UN Envoy to Yemen Hans Grundberg concluded a visit": the UN, not Yemen, beside him
    ex = run("Yesterday, the UN Envoy to Yemen Hans Grundberg concluded a visit to the Omani capital city, Muscat, "
             "during which he met with Houthi and Omani officials.")
    visit = [e for e in ex.events if e.type == "CONSULT"]
    assert visit and {"hans grundberg", "united nations"} <= names(ex, visit[0].actors), coded(ex)
    assert "yemen" not in names(ex, visit[0].actors), coded(ex)


def test_envoy_for_a_country_is_not_that_country(run) -> None:
    # MEHR: "The United Nations Special Envoy for Yemen Hans Grandberg met and held talks with ..."
    ex = run("The United Nations Special Envoy for Yemen Hans Grandberg met and held talks with Mohammad Abdul "
             "Salam, chairman of the negotiating team of the Houthi-led government in the Omani capital.")
    talks = [e for e in ex.events if e.type == "CONSULT"]
    assert talks and all("yemen" not in names(ex, e.actors) for e in talks), coded(ex)


def test_envoy_named_beside_his_title(run) -> None:
    # NAN: "The UN envoy to Libya, Abdullah Batele, held a series of meetings ..., where he met with the
    # ambassadors of Egypt, ...": the envoy acts with the UN
    ex = run("The UN envoy to Libya, Abdullah Batele, held a series of meetings on Tuesday, where he met with the "
             "ambassadors of Egypt, Tunisia, the Netherlands, Germany, and France to discuss developments in the "
             "political situation in Libya.")
    met = consults(ex, "met")
    assert met and {"abdullah batele", "united nations"} <= names(ex, met[0].actors), coded(ex)


def test_ambassadors_of_a_country_still_are_its_own(run) -> None:
    # negative, NAN: "the ambassadors of Egypt, Tunisia, ...": "of" names whom they act for
    ex = run("The UN envoy to Libya, Abdullah Batele, held a series of meetings on Tuesday, where he met with the "
             "ambassadors of Egypt, Tunisia, the Netherlands, Germany, and France to discuss developments in the "
             "political situation in Libya.")
    met = consults(ex, "met")
    assert met and {"egypt", "tunisia", "france"} <= names(ex, met[0].targets), coded(ex)


# A person described by a title set after their name acts for the party the title names.
AFRICAPRESS = "https://www.africa-press.net/rwanda/policy/m23-rebels-insist-on-direct-talks-with-kinshasa"
TRT = "https://www.trtworld.com/article/12711147"


def test_quoted_demand_is_the_spokesman_and_his_group(run) -> None:
    # AFRICAPRESS: "We demand direct talks ..." Lawrence Kanyuka, the political spokesman for M23, told the media
    ex = run("\u201cM23 has seen the document on social media. There was nobody at the summit from M23, so it doesn\u2019t "
             "really concern us. Normally when there is a cease-fire it is between the two warring sides. We demand "
             "direct talks with the DR Congo government\u201d Lawrence Kanyuka, the political spokesman for M23, told "
             "the media.")
    demand = [e for e in ex.events if e.type == "REQUEST"]
    assert demand and {"lawrence kanyuka", "m23"} <= names(ex, demand[0].actors), coded(ex)
    assert "m23" not in names(ex, demand[0].targets), coded(ex)


def test_title_after_the_name_names_the_party(run) -> None:
    # TRT: "Mohammed Ali al Houthi, head of the Houthi rebels' Higher Revolutionary Committee, met in Sanaa
    # with the UN envoy": he meets for the Houthis; the UN envoy is the counterpart, not his party
    ex = run("On Saturday, Mohammed Ali al Houthi, head of the Houthi rebels' Higher Revolutionary Committee, met in "
             "Sanaa with the UN envoy, an AFP photographer said.")
    met = consults(ex, "met")
    assert met and "houthis" in names(ex, met[0].actors), coded(ex)
    assert "united nations" not in names(ex, met[0].actors), coded(ex)
