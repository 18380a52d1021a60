"""Who acts in an event when the words do not name a party: datelines, definite descriptions ("the
army", "the top diplomat", "the armed alliance"), bodies named by a plural noun ("rights groups",
"Syrian rebels"), a state's army named by a noun ("Myanmar's army") and "both sides"
(:mod:`parley.pipeline.event_references`, :mod:`parley.pipeline.event_descriptions`,
:mod:`parley.pipeline.event_bodies`).

Sentences come from news pages found with the project's search tool and from gold/dev articles
(sources beside each case).
"""

from __future__ import annotations

from parley.models import Event, Extraction
from parley.pipeline.collectives import Collectives

TNA = (
    "PUTRAJAYA, Malaysia, July 28 (TNA) – Thailand and Cambodia have agreed to implement a ceasefire from midnight "
    "tonight and return to bilateral mechanisms to resolve their border dispute, following talks hosted by "
    "Malaysia.\nThai Deputy Prime Minister and Acting Prime Minister Phumtham Wechayachai led the Thai delegation, "
    "while Cambodian Prime Minister Hun Manet headed the Cambodian side. The talks, which began at 3:00 PM local "
    "time and lasted over two and a half hours, were also attended by the U.S. and Chinese ambassadors to "
    "Malaysia, who served as co-mediators.\nSpeaking after the meeting, Phumtham stated the talks were "
    "successful, with both sides agreeing to cease hostilities on Monday effective midnight."
)  # https://tna.mcot.net/latest-news-1563617 (gold/dev)

BGNES = (
    "China said it had agreed an \"immediate ceasefire\" between Myanmar's army and an alliance of ethnic minority "
    "armed groups after fighting has raged in northern Shan state since October.\nMyanmar's military faces its "
    "biggest threat since it seized power in a coup in 2021 after three armed ethnic groups - known as the Three "
    "Brotherhood Alliance - launched a major offensive in northern Shan state in October.\nLast week, the armed "
    "alliance said it had captured a northern city known for its online fraud, another blow to the junta."
)  # https://bgnesnews.com/world/china-negotiates-ceasefire-in-myanmar (gold/dev)


def names(ex: Extraction, ids: tuple[str, ...] | list[str]) -> set[str]:
    """The names of the actors with these ids."""
    return {a.name for i in ids if (a := ex.actor(i)) is not None}


def events_of(ex: Extraction, type_: str, trigger: str) -> list[Event]:
    return [e for e in ex.events if e.type == type_ and e.trigger.startswith(trigger)]


def event_by(ex: Extraction, type_: str, trigger: str) -> Event:
    """The event of a type whose trigger starts with ``trigger``, failing the test when there is none."""
    found = events_of(ex, type_, trigger)
    assert found, f"no {type_} {trigger!r} event in {[(e.type, e.trigger, e.actors) for e in ex.events]}"
    return found[0]


# -- datelines ------------------------------------------------------------------------------------

def test_a_dateline_the_parser_took_for_the_subject_is_no_actor(run):
    ex = run(TNA)
    e = event_by(ex, "AGREE", "agreed")
    assert names(ex, e.actors) <= {"Thailand", "Cambodia"}
    assert names(ex, e.actors + e.targets) == {"Thailand", "Cambodia"}


def test_a_wire_dateline_is_no_actor(run):
    # https://www.indianmirror.com/blog/article.php?post=thai-cambodian-leaders-agree-to-ceasefire-after-five-days-of-battle
    ex = run("PUTRAJAYA, Malaysia, July 28 (Reuters) - The leaders of Cambodia and Thailand agreed to a ceasefire on "
             "Monday effective midnight, in a bid to bring an end to their deadliest conflict in more than a decade "
             "after five days of fierce fighting.")
    e = event_by(ex, "AGREE", "agreed")
    assert "Malaysia" not in names(ex, e.actors)
    assert {"Cambodia", "Thailand"} <= names(ex, e.actors + e.targets)


# -- bodies named by a plural noun ----------------------------------------------------------------

def test_rights_groups_accuse(run):
    # https://www.trtworld.com/article/13812579
    ex = run("Fighting has ravaged swathes of Myanmar since a coup in 2021, with the junta battling ethnic rebels and "
             "dozens of new \"People's Defence Forces\" across the country.\nRights groups accuse the military of "
             "extrajudicial killings, razing villages and using air strikes as collective punishment of its opponents.")
    e = event_by(ex, "ACCUSE", "accuse")
    assert names(ex, e.actors) == {"Rights groups"}
    assert any(a.name == "Rights groups" and a.type == "group" for a in ex.actors)


def test_an_armed_group_named_by_its_kind_acts(run):
    # https://reliefweb.int/report/burkina-faso/unhcr-condemns-killing-25-internally-displaced-people-burkina-faso-enar
    # (gold/dev)
    ex = run("Survivors of the attack said that 25 people – all men – were killed, and one seriously injured when their "
             "convoy carrying 46 people was ambushed by an armed group near the town of Pissila, in the country’s "
             "Sanmatenga province in the Centre-Nord region.")
    e = event_by(ex, "ASSAULT", "ambushed")
    assert names(ex, e.actors) == {"armed group"}
    assert ex.actor(e.actors[0]).sector == "REB"


def test_a_demonym_says_where_rebels_are_not_who_acts(run):
    # http://news.trust.org/item/20130722090830-mvs1f
    ex = run("BEIRUT, July 22 (Reuters) - Syrian rebels seized the northern town of Khan al-Assal on Monday, activists "
             "said, one of the last towns in the western part of Aleppo province that was held by President Bashar "
             "al-Assad's forces.")
    e = event_by(ex, "ASSAULT", "seized")
    actors = [ex.actor(a) for a in e.actors]
    assert "Syria" not in names(ex, e.actors)
    assert any(a is not None and a.type == "group" and "Syrian rebels" in (a.name, *a.aliases) for a in actors)


def test_a_party_named_with_other_bodies_is_the_only_actor(run):
    # https://bignewsnetwork.com/news/278073207/dr-congo-rebels-have-abducted-hospital-patients-un (gold/dev)
    ex = run("About 7,000 people have been killed since January in escalating clashes in the resource-rich country's "
             "east, where the M23 and other armed groups have been fighting authorities for power and minerals such "
             "as gold and diamonds for decades.")
    assert not any("armed groups" in a.name for a in ex.actors)


def test_a_body_that_only_reports_acts_in_no_event(run):
    # https://www.trtworld.com/article/13812579: "outlets" only report
    ex = run("BBC Burmese and other local media also reported the air strikes, with some outlets saying nine people "
             "had been killed.")
    assert not any("outlets" in names(ex, e.actors + e.targets) for e in ex.events)


def test_ministers_of_several_states_are_those_states(run):
    # https://jcpa.org/saudi-arabia-absent-arab-initiative-discussion/
    ex = run("The foreign ministers of the Palestinian Authority, Egypt, and Jordan met on Saturday, August 19, 2017, in "
             "Cairo for a preparatory meeting before the visit of an American diplomatic delegation for the upcoming "
             "peace talks scheduled to take place in the coming days.")
    e = event_by(ex, "CONSULT", "met")
    assert names(ex, e.actors + e.targets) == {"Palestinian Authority", "Egypt", "Jordan"}
    assert not any("ministers" in a.name for a in ex.actors)


def test_a_country_a_body_is_in_is_no_actor(run):
    # http://namibiadailynews.info/rockets-fired-from-lebanon-at-israel-one-intercepted-israeli-army/
    ex = run("JERUSALEM, March 2 — Hezbollah militants in Lebanon fired six rockets toward Israel early on Monday, the "
             "Israeli military said, marking the first attack by the Iran-aligned group since the start of a joint "
             "U.S.-Israeli operation against Iran.")
    e = event_by(ex, "ASSAULT", "fired")
    assert names(ex, e.actors) == {"Hezbollah"}


def test_a_body_in_one_country_has_its_country(nlp):
    # https://cdn.saudigazette.com.sa/article/656228/World/Europe/Riot-police-deployed-in-Belgrade-as-tensions-rise-over-Novi-Sad-disaster-
    doc = nlp("The protesters in Belgrade on Sunday gathered in support of Dijana Hrka, the mother of Stefan Hrka, one "
              "of the Novi Sad awning collapse victims.")
    bodies = Collectives(doc._.actors)
    actor_id = bodies.holder(next(t for t in doc if t.lower_ == "protesters"))
    assert actor_id is not None and bodies.pending[actor_id].country == "SRB"
    # several countries: no one country ("ministers of the Palestinian Authority, Egypt, and Jordan")
    doc = nlp("The foreign ministers of the Palestinian Authority, Egypt, and Jordan met on Saturday in Cairo.")
    bodies = Collectives(doc._.actors)
    actor_id = bodies.holder(next(t for t in doc if t.lower_ == "ministers"))
    assert actor_id is not None and bodies.pending[actor_id].country is None


# -- definite descriptions ------------------------------------------------------------------------

def test_the_minister_is_the_minister_named_before(run):
    # https://www.freepressjournal.in/world/2019/09/24/eam-s-jaishankar-holds-11-bilateral-meetings-with-foreign-counterparts-in-new-york
    ex = run("New York: The External Affairs Minister S. Jaishankar has held 11 bilateral meetings with his foreign "
             "counterparts, including Iran, Bulgaria, Turkey, Netherlands, Uzbekistan, Tajikistan, UAE and others, the "
             "MEA has said.\nThe Minister also met US special envoy on Afghan peace reconciliation, Zalmay Khalilzad, "
             "for the first time after peace talks broke down earlier this month between the United States and "
             "Taliban.")
    e = event_by(ex, "CONSULT", "met")
    assert any("Jaishankar" in n for n in names(ex, e.actors))


def test_the_armed_alliance_is_the_alliance_named_before(run):
    ex = run(BGNES)
    e = event_by(ex, "ASSAULT", "captured")
    assert names(ex, e.actors) == {"Three Brotherhood Alliance"}


def test_the_army_refers_back_to_the_army_named_before(run):
    # https://english.aawsat.com/node/5212770
    text = ("Sudan's army said on Tuesday it had repelled a Rapid Support Forces attack on a strategic city in "
            "southern Kordofan, a day after the RSF declared a unilateral three-month ceasefire.\nThe army, which is "
            "battling to stop the RSF from gaining more territory in the Kordofan region, said it destroyed several "
            "RSF vehicles, captured others and killed a number of field commanders along with \"hundreds of "
            "mercenaries\".")
    ex = run(text)
    second = text.index("\nThe army")
    later = [e for e in ex.events if e.type == "ASSAULT" and e.span[0] > second]
    assert later
    for e in later:
        assert names(ex, e.actors) == {"Sudanese Armed Forces"}


def test_the_two_presidents_are_not_an_aide(run):
    # https://www.shine.cn/news/world/2505164726/ (gold/dev): a "Presidential Aide" is no president
    ex = run("According to Russian diplomatic sources, Presidential Aide Vladimir Medinsky said the swap would take "
             "place soon.\nHe also said that Ukraine proposed direct talks between the two presidents, and that Russia "
             "\"took note\" of the request.")
    for e in ex.events:
        if e.trigger.startswith("talks"):
            assert "Vladimir Medinsky" not in names(ex, e.targets)


# -- a state's army named by a noun ---------------------------------------------------------------

def test_a_states_army_is_an_actor_of_its_own(run):
    ex = run(BGNES)
    army = [a for a in ex.actors if a.name == "Myanmar's army"]
    assert army and army[0].type == "organization" and army[0].sector == "MIL"
    assert "Myanmar's military" in army[0].aliases
    agreed = event_by(ex, "AGREE", "agreed")
    assert "Myanmar's army" in names(ex, agreed.targets)
    # "another blow to the junta": the army named before
    assert "Myanmar's army" in names(ex, event_by(ex, "ASSAULT", "captured").targets)


def test_an_army_that_qualifies_a_thing_is_no_actor(run):
    # https://arabnews.com/node/2329406/amp
    ex = run("BANGKOK: A Myanmar military airstrike on a village killed ten civilians, locals and media reports said "
             "on Wednesday.")
    assert not any(a.type == "organization" and "military" in a.name for a in ex.actors)
    assert "Bangkok" not in {a.name for e in ex.events for a in (ex.actor(i) for i in e.actors) if a is not None}


# -- "both sides" ---------------------------------------------------------------------------------

def test_both_sides_are_not_the_mediators_named_last(run):
    ex = run(TNA)
    for e in events_of(ex, "AGREE", "agreeing"):
        assert "United States" not in names(ex, e.actors)
        assert names(ex, e.actors) <= {"Thailand", "Cambodia", "Phumtham Wechayachai", "Hun Manet"}


def test_a_name_read_across_the_dateline_is_no_actor(run):
    # https://www.voanews.com/east-asia-pacific/protests-accusations-against-myanmar-junta-ahead-coup-anniversary
    ex = run("BANGKOK - Small groups of students protested Myanmar's military junta on Saturday in Mandalay and a "
             "human rights group accused the armed forces of crimes against humanity ahead of the six-month "
             "anniversary of the army's takeover.")
    acting = {n for e in ex.events for n in names(ex, e.actors)}
    assert not any(n.startswith(("-", "BANGKOK", "Bangkok")) for n in acting)
