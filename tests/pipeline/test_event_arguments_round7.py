"""Event arguments, round 7: who acted on whom when the words name the parties indirectly.

- "accuse the military of extrajudicial killings, razing villages and ...": "the military" with what
  it is accused of still refers back, and the charges listed are no deed of the accuser.
- "Turkish Cypriot leader Ersin Tatar", "the Turkish Cypriot leader": a pair of nationality
  adjectives names a people, not two states; the description refers back to the person.
- "the government" after "Norwegian envoys": the state named only as its envoys' nationality is not
  the government meant; "The government and the rebels" are a pair of sides.
- "the National Defense Council": a news outlet's name ("The National") does not cut a longer name.
- "Myanmar aircraft carried out three strikes": a state's fighting means act for its armed forces;
  a country named only as where people flee is no counterpart to guess.
- "announced the unconditional release of 350 prisoners": who announces a release frees them.
- "with both sides agreeing" after "Thai Deputy Prime Minister and Acting Prime Minister Phumtham":
  two titles of one person are no pair of sides.
- "spoke to his Pakistani counterpart": the counterpart acts for the state named.

Each case is a passage from a news page or a dev article, with its address.
"""

from __future__ import annotations

from tests.pipeline.event_support import coded, has_event, names, of_type

# https://arabnews.com/node/2329406/amp (gold/dev)
SAGAING = (
    "Fighting has ravaged swathes of Myanmar since a coup in 2021, with the junta battling ethnic rebels and "
    "dozens of new \u201cPeople\u2019s Defense Forces\u201d across the country.\n"
    "Rights groups accuse the military of extrajudicial killings, razing villages and using air strikes as "
    "collective punishment of its opponents.")


def test_accused_military_is_the_target(run) -> None:
    ex = run(SAGAING)
    assert has_event(ex, "ACCUSE", "rights groups", "myanmar"), coded(ex)


def test_charges_listed_are_no_deed_of_the_accuser(run) -> None:
    ex = run(SAGAING)
    assert not [e for e in of_type(ex, "ASSAULT") if "rights groups" in names(ex, e.actors)], coded(ex)


# https://www.arabnews.com/node/2285781/world
def test_accused_of_coercing_is_no_coercion_by_the_accuser(run) -> None:
    ex = run("YANGON: At least 100 people have been killed in a Myanmar military airstrike, leaving relatives to "
             "recover the charred bodies of victims on Wednesday. Like much of Sagaing, Pa Zi Gyi village and "
             "surrounding areas are not under the control of the junta, which confirmed the attack late on Tuesday "
             "and accused NUG's armed wing, the People's Defense Forces, of coercing residents into supporting them.")
    assert not [e for e in of_type(ex, "COERCE") if names(ex, e.actors) & {"myanmar", "tatmadaw"}], coded(ex)


# https://cyprus-mail.com/2024/05/08/tatar-rejects-trilateral-with-un-and-christodoulides/
def test_turkish_cypriot_leader_is_no_two_states(run) -> None:
    ex = run("Turkish Cypriot leader Ersin Tatar said on Wednesday he rejected a UN proposal suggesting a trilateral "
             "meeting with UN secretary-general envoy Maria Angela Holguin and President Nikos Christodoulides.")
    rejections = of_type(ex, "REJECT")
    assert rejections and all("ersin tatar" in names(ex, e.actors) for e in rejections), coded(ex)
    assert not [e for e in rejections if names(ex, e.actors) & {"turkey", "cyprus"}], coded(ex)


# https://turkeynewsgazette.com/informal-meetings-in-an-expanded-format-will-continue-president-says-after-informal-dinner
# (gold/dev)
def test_the_turkish_cypriot_leader_refers_back_to_the_person(run) -> None:
    ex = run("Informal meetings in an expanded format will continue, as they did in the past with the participation of "
             "the three guarantor powers, Cyprus President, Nikos Christodoulides said in statements after the "
             "conclusion of the informal dinner at the UN headquarters in New York which the UN Secretary-General, "
             "Antonio Guterres hosted for Christodoulides and Turkish Cypriot leader Ersin Tatar.\n"
             "He also noted that the Secretary General made some proposals that were not accepted by the Turkish "
             "Cypriot leader.", published="2024-10-16")
    rejections = of_type(ex, "REJECT")
    assert rejections and all(names(ex, e.actors) == {"ersin tatar"} for e in rejections), coded(ex)


# https://english.pravda.ru/news/world/80801-tamil/
PRAVDA_ENVOYS = ("Sri Lanka said Tuesday that Norwegian envoys will meet with government and Tamil rebel leaders this "
                 "week to try to revive the country's peace process.")


def test_the_government_is_not_the_envoys_state(run) -> None:
    ex = run(PRAVDA_ENVOYS + " The effort by the Norwegian envoys to restart the talks comes days after the Tigers "
             "accused the government of killing a senior rebel leader in an effort to drag the insurgents into a major "
             "war, reports the AP.")
    assert has_event(ex, "ACCUSE", "tigers", "sri lanka"), coded(ex)
    assert not [e for e in of_type(ex, "ACCUSE") if "norway" in names(ex, e.targets)], coded(ex)


def test_the_two_sides_are_the_government_and_the_rebels(run) -> None:
    ex = run(PRAVDA_ENVOYS + " The government and the rebels held peace talks in Geneva in February for the first "
             "time in three years but a second round of negotiations scheduled for April was canceled after the two "
             "sides blamed each other for rising violence.")
    accusations = of_type(ex, "ACCUSE")
    assert accusations and not [e for e in accusations if "norway" in names(ex, e.actors)], coded(ex)
    assert has_event(ex, "CONSULT", "sri lanka", "rebels"), coded(ex)


# https://south24.org/news/newse.php?nid=3010 (gold/dev)
def test_national_defense_council_keeps_its_whole_name(run) -> None:
    ex = run("In a statement, the UN Security Council described the attack as \"terrorist,\" just days after the "
             "National Defense Council's decision to designate the Houthis as a \"terrorist organization.\"")
    assert has_event(ex, "SANCTION", "national defense council", "houthis"), coded(ex)


# http://outlookafghanistan.net/international_detail.php?post_id=28966 (gold/dev)
KAREN = (
    "MAE SAKOEP- A series of airstrikes by Myanmar\u2019s military along the country\u2019s border raised concerns "
    "Monday that more villagers might flee to neighboring Thailand in large numbers, adding a new dimension to an "
    "already volatile crisis.\n"
    "The strikes in areas populated predominantly by ethnic Karen people represent another escalation in the "
    "increasingly violent crackdown by Myanmar\u2019s junta on protests of its Feb. 1 coup. On Saturday, more than "
    "100 people were killed in and around demonstrations throughout the country \u2014 the bloodiest single day "
    "since the takeover.\n"
    "Myanmar aircraft carried out three strikes overnight Sunday, according to Dave Eubank, a member of the Free "
    "Burma Rangers, a humanitarian relief agency that delivers medical and other assistance to villagers. The "
    "strikes severely injured one child but caused no apparent fatalities, he said. Strikes over the weekend sent "
    "about 2,500 people into northern Thailand\u2019s Mae Hong Son province, according to the agency.")


def test_a_states_aircraft_act_for_its_military(run) -> None:
    ex = run(KAREN, published="2021-03-29")
    strikes = [e for e in of_type(ex, "ASSAULT") if e.trigger.startswith("carried out")]
    assert strikes and "myanmar\u2019s military" in names(ex, strikes[0].actors), coded(ex)


def test_a_country_named_as_a_refuge_is_no_counterpart(run) -> None:
    ex = run(KAREN, published="2021-03-29")
    assert not [e for e in ex.events if "thailand" in names(ex, e.targets)], coded(ex)


# https://www.aljazeera.com/news/2019/09/houthis-announce-release-350-prisoners-almasirah-tv-190930083854096.html
def test_announced_release_is_a_release(run) -> None:
    ex = run("Houthi rebels have announced the unconditional release of 350 prisoners including three Saudi Arabians "
             "days after the Yemeni group claimed to have captured thousands of Saudi troops following an ambush inside "
             "Saudi Arabia, according to Houthi-run Al Masirah TV.")
    assert has_event(ex, "RETREAT", "houthi", None), coded(ex)


# https://tna.mcot.net/latest-news-1563617 (gold/dev)
def test_two_titles_of_one_person_are_no_pair_of_sides(run) -> None:
    ex = run("PUTRAJAYA, Malaysia, July 28 (TNA) \u2013 Thailand and Cambodia have agreed to implement a ceasefire from "
             "midnight tonight and return to bilateral mechanisms to resolve their border dispute, following talks "
             "hosted by Malaysia.\n"
             "Thai Deputy Prime Minister and Acting Prime Minister Phumtham Wechayachai led the Thai delegation, while "
             "Cambodian Prime Minister Hun Manet headed the Cambodian side.\n"
             "Speaking after the meeting, Phumtham stated the talks were successful, with both sides agreeing to cease "
             "hostilities on Monday effective midnight.", published="2025-07-28")
    agreeing = [e for e in of_type(ex, "AGREE") if e.trigger == "agreeing"]
    assert agreeing, coded(ex)
    assert names(ex, agreeing[0].actors) | names(ex, agreeing[0].targets) <= {"thailand", "cambodia"}, coded(ex)


# https://hook.online/geopolitics/operation-sindoor/who-are-dgmos-and-what-is-their-role-in-india-pakistan-ceasefire-1747045993182
def test_a_counterpart_acts_for_the_state_named(run) -> None:
    ex = run("India's DGMO is Lieutenant General Rajiv Ghai. His Pakistani counterpart is Major General Kashif Abdullah. "
             "After the ceasefire got off to a rocky start, Lieutenant General Ghai spoke to his Pakistani counterpart "
             "the following day and warned that India would respond fiercely to any further violations.")
    assert has_event(ex, "CONSULT", "rajiv ghai", "pakistan"), coded(ex)


# https://tass.com/world/1373745
def test_counterparts_of_two_states_stay_targets(run) -> None:
    ex = run("Russian Defense Minister Sergei Shoigu has held telephone conversations with his Armenian and "
             "Azerbaijani counterparts.")
    calls = of_type(ex, "CONSULT")
    assert calls and {"armenia", "azerbaijan"} <= names(ex, calls[0].targets), coded(ex)
    assert "sergei shoigu" in names(ex, calls[0].actors), coded(ex)


# https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/norway-to-resume-role-in-sri-lankan-talks-1.977318
def test_accused_of_making_concessions_is_no_concession(run) -> None:
    ex = run("Ms Kumaratunga had accused former Sri Lankan prime minister Mr Ranil Wickremesinghe of endangering "
             "national security by making too many concessions to the rebels.")
    assert has_event(ex, "ACCUSE", "kumaratunga", "wickremesinghe"), coded(ex)
    assert not [e for e in of_type(ex, "CONCEDE") if any("kumaratunga" in n for n in names(ex, e.actors))], coded(ex)


# https://radiotamazuj.org/en/news/article/sudan-warring-sides-to-start-talks (gold/dev)
RSF_TRUCE = ("Burhan had given his backing to a seven-day ceasefire announced by South Sudan on Wednesday, but early on "
             "Friday the RSF said they were extending by three days a previous truce brokered under US-Saudi mediation.")


def test_they_after_an_armed_group_said_is_the_group(run) -> None:
    ex = run(RSF_TRUCE)
    extending = [e for e in ex.events if e.trigger == "extending"]
    assert extending and names(ex, extending[0].actors) == {"rapid support forces"}, coded(ex)


def test_brokers_of_a_truce_are_no_target_of_its_extension(run) -> None:
    ex = run(RSF_TRUCE)
    extending = [e for e in ex.events if e.trigger == "extending"]
    assert extending and not names(ex, extending[0].targets) & {"united states", "saudi arabia"}, coded(ex)
