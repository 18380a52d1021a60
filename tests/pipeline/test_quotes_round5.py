"""Speakers of wire reports: a state's or a place's lowercase body ("Lebanon's health ministry",
"Gaza's civil defence agency"), a body whose state is only described ("the West African nation's
defense ministry"), a dateline agency in brackets that is not the subject, "the statement" told
again after a clause that says where it ran, and a wire agency that only relays someone's words.
Each text is a real news sentence or paragraph, cited by its address.
"""

from __future__ import annotations

from tests.pipeline.test_quotes_unseen import _quote, _quotes, _speaker
from tests.pipeline.test_speakers import _extracted

# https://thefrontierpost.com/lebanon-says-five-killed-in-israeli-strike-east-of-beirut/
BEIRUT = (
    "BEIRUT (AFP): Lebanon’s health ministry said an Israeli strike Tuesday killed five people in the "
    "mountains east of Beirut, after a security official said a house sheltering displaced people was hit.\n"
)

# https://24newshd.tv/12-Dec-2024/gaza-rescuers-say-israeli-strikes-kill-33-hit-flour-trucks?version=amp
GAZA = (
    "Gaza's civil defence agency said Israeli air strikes on Thursday killed at least 33 people, including 12 "
    "guards securing aid trucks, while the military said it targeted militants planning to hijack the vehicles.\n"
)

# https://www.jpost.com/breaking-news/article-761445
NIGER = (
    "At least 29 Niger soldiers were killed in an attack by armed insurgents near the country's border with "
    "Mali, the West African nation's defense ministry said in statement late on Monday.\n\n"
    "\"The provisional toll of the attack is as follows, 29 soldiers fell in battle and two were wounded,\" the "
    "statement, read on Niger national television, said, adding that several dozen assailants were killed.\n\n"
    "The defense ministry did not say which group was responsible.\n\n"
    "The attack is one of the deadliest since soldiers seized power in a military coup in the country in July.\n\n"
    "Three days of national mourning has been declared, the statement said.\n"
)

# https://www.thehansindia.com/news/international/israel-says-lebanon-ceasefire-talks-show-progress-hezbollah-says-no-truce-proposal-received-920902
HEZBOLLAH = (
    "Hezbollah, meanwhile, said that no official ceasefire proposal has been conveyed to the group, Xinhua news "
    "agency reported.\n"
)

# https://www.straitstimes.com/asia/us-state-department-says-sudan-ceasefire-talks-reconvene (REUTERS)
STATE_DEPARTMENT = (
    "WASHINGTON - The United States, Saudi Arabia and the Intergovernmental Authority on Development, together "
    "with the African Union, have relaunched humanitarian and ceasefire talks between the Sudanese Armed Forces "
    "and the Rapid Support Forces, the U.S. State Department said on Sunday.\n"
)


def test_dateline_agency_in_brackets_is_not_the_subject(nlp):
    ex = _extracted(nlp, BEIRUT)
    speaker = _speaker(ex, _quote(ex, "killed five people", direct=False))
    assert speaker is not None and "health ministry" in speaker.name and speaker.country == "LBN"
    assert "AFP" not in speaker.aliases


def test_body_of_a_place_speaks_for_itself(nlp):
    ex = _extracted(nlp, GAZA)
    speaker = _speaker(ex, _quote(ex, "killed at least 33 people", direct=False))
    assert speaker is not None and "civil defence agency" in speaker.name and speaker.type == "organization"


def test_body_of_a_described_state_takes_the_state_first_named_in_its_sentence(nlp):
    ex = _extracted(nlp, NIGER)
    speaker = _speaker(ex, _quote(ex, "At least 29 Niger soldiers were killed", direct=False))
    assert speaker is not None and speaker.name == "defense ministry" and speaker.country == "NER"


def test_the_statement_is_its_first_authors_after_a_clause_saying_where_it_ran(nlp):
    ex = _extracted(nlp, NIGER)
    for fragment, direct in (("The provisional toll", True), ("several dozen assailants", False),
                             ("Three days of national mourning", False)):
        speaker = _speaker(ex, _quote(ex, fragment, direct=direct))
        assert speaker is not None and speaker.name == "defense ministry", fragment


def test_agency_relaying_a_statement_is_not_its_speaker(nlp):
    ex = _extracted(nlp, HEZBOLLAH)
    quotes = _quotes(ex, "no official ceasefire proposal", direct=False)
    assert len(quotes) == 1
    assert quotes[0].text == "no official ceasefire proposal has been conveyed to the group"
    assert _speaker(ex, quotes[0]).name == "Hezbollah"


def test_dateline_without_brackets_keeps_the_named_body(nlp):
    # negative: the State Department itself speaks; no described state is guessed for it
    ex = _extracted(nlp, STATE_DEPARTMENT)
    speaker = _speaker(ex, _quote(ex, "have relaunched humanitarian and ceasefire talks", direct=False))
    assert speaker is not None and "State Department" in speaker.name


# -- a full name the model took for a body, after a state's bare title ---------------------------

# https://turkeynewsgazette.com/informal-meetings-in-an-expanded-format-will-continue-president-says-after-informal-dinner
CYPRUS = (
    "Informal meetings in an expanded format will continue, as they did in the past with the participation of "
    "the three guarantor powers, Cyprus President, Nikos Christodoulides said in statements after the conclusion "
    "of the informal dinner at the UN headquarters in New York which the UN Secretary-General, Antonio Guterres "
    "hosted for Christodoulides and Turkish Cypriot leader Ersin Tatar.\n"
    "Christodoulides said that an open discussion took place, that was constructive on some points, noting that "
    "he did not hear anything new from Tatar.\n"
)


def test_name_after_a_states_bare_title_is_a_person_and_keeps_his_last_name(nlp):
    ex = _extracted(nlp, CYPRUS)
    first = _speaker(ex, _quote(ex, "Informal meetings in an expanded format", direct=False))
    assert first is not None and first.name == "Nikos Christodoulides" and first.type == "person"
    later = _speaker(ex, _quote(ex, "an open discussion took place", direct=False))
    assert later is not None and later.id == first.id
    assert not [a for a in ex.actors if a.name == "Christodoulides"]


# -- names set after titles, and titles after bodies ---------------------------------------------

# https://www.voanews.com/a/a-13-a-2004-06-27-9-1-66349717/545595.html
IVORY_COAST = (
    "A spokesman for Mr. Gbagbo, Seri Bahy, said the talks will proceed even if the rebels do not show up.\n\n"
    "\"The question as to whether the president and the G7 will meet, that is a fact,\" he said.\n"
)

# https://defencetalk.com/six-darfur-rebel-factions-to-boycott-libya-peace-talks-13695
DARFUR_BOYCOTT = (
    "“We are not going to Libya because we feel the government does not have the necessary legitimacy to "
    "negotiate” after southern ex-rebels withdrew from the unity government, spokesman for the six groups "
    "Issam al-Haj told journalists.\n"
)

# https://mg.co.za/article/2007-10-26-two-main-darfur-rebel-groups-to-boycott-talks/
JEM = (
    "”We decided not to go,” said Justice and Equality Movement (JEM) chief negotiator Ahmed Tugod Lissan.\n"
    "He said the decision was made on Friday with the Sudan Liberation Army Unity (SLA-Unity) faction after long "
    "consultations ahead of the talks scheduled to begin in Libya on Saturday.\n"
)

# http://usa.chinadaily.com.cn/world/2014-12/04/content_19023362.htm
LUGANSK = (
    "The self-styled leader of the self-proclaimed Lugansk People's Republic, Igor Plotnytsky, confirmed that an "
    "agreement was achieved.\n"
)

# https://newarab.com/news/syria-rebels-vow-continue-fighting-if-talks-fail
ASTANA = (
    "Syrian rebels have vowed to continue fighting if talks with the regime in the Kazakh capital Astana fail, "
    "a rebel spokesman said on Monday.\n"
)


def test_name_after_an_indefinite_title_and_a_comma_is_the_speaker(nlp):
    ex = _extracted(nlp, IVORY_COAST)
    for fragment, direct in (("the talks will proceed", False), ("The question as to whether", True)):
        assert _speaker(ex, _quote(ex, fragment, direct=direct)).name == "Seri Bahy", fragment
    assert not [a for a in ex.actors if "Seri Bahy" in a.name and a.name != "Seri Bahy"]


def test_of_two_parsed_subjects_the_one_before_the_verb_speaks(nlp):
    ex = _extracted(nlp, DARFUR_BOYCOTT)
    speaker = _speaker(ex, _quote(ex, "We are not going to Libya", direct=True))
    assert speaker is not None and speaker.name == "Issam al-Haj"


def test_title_and_name_after_a_body_give_the_person(nlp):
    ex = _extracted(nlp, JEM)
    speaker = _speaker(ex, _quote(ex, "We decided not to go", direct=True))
    assert speaker is not None and speaker.name == "Ahmed Tugod Lissan" and speaker.type == "person"
    assert _speaker(ex, _quote(ex, "the decision was made on Friday", direct=False)).id == speaker.id


def test_name_the_model_ran_into_a_body_after_its_comma(nlp):
    ex = _extracted(nlp, LUGANSK)
    speaker = _speaker(ex, _quote(ex, "an agreement was achieved", direct=False))
    assert speaker is not None and speaker.name == "Igor Plotnytsky" and speaker.type == "person"


def test_vow_reported_by_a_spokesman_is_one_statement_of_a_rebel(nlp):
    ex = _extracted(nlp, ASTANA)
    assert [q.text for q in ex.quotes if not q.direct] == [
        "Syrian rebels have vowed to continue fighting if talks with the regime in the Kazakh capital Astana fail"]
    speaker = _speaker(ex, ex.quotes[0])
    assert speaker is not None and speaker.sector == "REB"
