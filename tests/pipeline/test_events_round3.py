"""Events whose actor the act's own words leave unnamed: agentless passives, "both" and talks held.

The parley_events stage gives an arrest without an agent to the state (the arrested person's, else
the state the article names most), an agentless passive the agent the parser hung on a noun or the
subject of the same verb just before, definite talks that "were held" to the pair named before them
(not their mediator), and a bare "both" or "both leaders" to the two sides named just before. Each
case is a sentence from a news page, with its address.
"""

from __future__ import annotations

from parley.models import Event, Extraction


def names(ex: Extraction, ids: tuple[str, ...]) -> set[str]:
    """The names (lower-cased) of the actors with these ids."""
    return {a.name.lower() for i in ids if (a := ex.actor(i)) is not None}


def of_type(ex: Extraction, type_: str) -> list[Event]:
    return [e for e in ex.events if e.type == type_]


def coded(ex: Extraction) -> list[tuple[str, str, set[str], set[str]]]:
    return [(e.type, e.trigger, names(ex, e.actors), names(ex, e.targets)) for e in ex.events]


def test_arrest_without_agent_is_the_states(run) -> None:
    # https://www.jpost.com/breaking-news/tanzania-arrests-opposition-leaders-foiling-post-election-protests-647782
    ex = run("NAIROBI - Tanzanian opposition presidential candidate Tundu Lissu has been arrested, his Chadema "
             "party said on Monday after police thwarted planned opposition protests against last week's election "
             "by detaining several officials of the main opposition party.")
    arrests = of_type(ex, "COERCE")
    assert any("tanzania" in names(ex, e.actors) and "tundu lissu" in names(ex, e.targets) for e in arrests), coded(ex)


def test_arrest_of_an_opposition_leader(run) -> None:
    # https://africanews.com/amp/2023/10/04/tunisia-opposition-leader-abir-moussi-arrested
    ex = run("Abir Moussi, leader of one of Tunisia's main opposition parties, the Parti Destourien Libre (PDL), "
             "was arrested on Tuesday, her party's lawyer has said.")
    arrests = of_type(ex, "COERCE")
    assert any("tunisia" in names(ex, e.actors) and "abir moussi" in names(ex, e.targets) for e in arrests), coded(ex)


def test_agent_hung_on_a_noun(run) -> None:
    # https://bignewsnetwork.com/news/278073207/dr-congo-rebels-have-abducted-hospital-patients-un
    ex = run("At least 130 sick and wounded men have been abducted from two hospitals in the Democratic Republic of "
             "Congo's (DR Congo) eastern city of Goma by M23 rebels, the UN Human Rights Office (OHCHR) reported "
             "on Monday.")
    assert any(any("m23" in n for n in names(ex, e.actors)) for e in ex.events if e.trigger.startswith("abducted")), \
        coded(ex)


def test_talks_held_before_are_no_event(run) -> None:
    # https://www.mymotherlode.com/news/africa/4013357/congo-and-rwanda-sign-preliminary-peace-agreement-in-washington.html
    ex = run("This is not the first time peace talks have been held. Talks hosted by Qatar in April fell apart.")
    assert not [e for e in of_type(ex, "CONSULT") if e.trigger == "held"], coded(ex)


def test_both_are_the_two_named_before(run) -> None:
    # https://www.spamchronicles.com/there-is-no-mediation-agreement-between-kosovo-and-serbia/
    ex = run("A crisis meeting with the EU did not bring a solution to the conflict between Serbia and Kosovo. "
             "\u201cToday there is no deal,\u201d EU foreign policy chief Josep Borrell said after hours of talks with "
             "Serbian President Aleksandar Vucic and Kosovan Prime Minister Albin Kurti in Brussels. \u201cBut let\u2019s "
             "not give up.\u201d Both agreed that negotiations should continue in the coming days.")
    agreed = of_type(ex, "AGREE")
    assert agreed, coded(ex)
    parties = names(ex, agreed[0].actors) | names(ex, agreed[0].targets)
    assert "albin kurti" in parties and "josep borrell" not in parties, coded(ex)


def test_both_leaders_are_the_two_named_before(run) -> None:
    # https://english.pravda.ru/news/world/46835-n
    ex = run("For his own part, Putin listened to Chirac's position on this issue with great interest. Both leaders "
             "agreed that the international community must pool its efforts for the sake of settling the regional "
             "situation.")
    agreed = of_type(ex, "AGREE")
    assert agreed, coded(ex)
    assert any("putin" in n for n in names(ex, agreed[0].actors) | names(ex, agreed[0].targets)), coded(ex)


def test_hoped_for_agreement_takes_no_earlier_actor(run) -> None:
    # https://www.arabianbusiness.com/politics-economics/russia-ukraine-ceasefire-zelenskyy-agrees-to-halt-fighting-for-30-days-in-us-brokered-deal
    ex = run("\u201cIt takes two to tango, as they say,\u201d Trump stated, adding he hoped the deal would be agreed in "
             "the next few days.")
    assert not of_type(ex, "AGREE"), coded(ex)


def test_released_without_agent_takes_no_unrelated_actor(run) -> None:
    # https://www.jpost.com/breaking-news/tanzania-arrests-opposition-leaders-foiling-post-election-protests-647782
    ex = run("Chadema chairman Freeman Mbowe, former lawmaker Godbless Lema and the former mayor of Ubungo "
             "municipality, Boniface Jacob, were all arrested early on Monday.")
    assert not [e for e in ex.events if "chadema" in names(ex, e.actors)], coded(ex)


def test_demonym_attacks_who_fends_it_off(run) -> None:
    # https://newsroomodisha.com/five-killed-in-russian-missile-attacks-on-ukraines-kharkiv/amp?bamp-skip-redirect=1
    ex = run("Ukraine has been fending off a full-scale Russian invasion for over two years.")
    invasions = of_type(ex, "ASSAULT")
    assert invasions and names(ex, invasions[0].actors) == {"russia"} \
        and "ukraine" in names(ex, invasions[0].targets), coded(ex)


def test_demonym_strike_on_a_city(run) -> None:
    # https://www.wionews.com/world/russian-missile-fire-in-kharkiv-residential-area-leaves-seven-dead-507923
    ex = run("A Russian missile strike in a residential area of Kharkiv, Ukraine's second-biggest city, on Wednesday "
             "left seven people dead and injured 16, the Ukrainian Emergencies Service said.")
    strikes = of_type(ex, "ASSAULT")
    assert strikes and "russia" in names(ex, strikes[0].actors) and "ukraine" not in names(ex, strikes[0].actors), \
        coded(ex)
