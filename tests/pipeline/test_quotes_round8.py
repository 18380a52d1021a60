"""Speakers of reported speech, round 8: an anonymous source placed by what follows it ("a source in
the Hamas movement", "a source close to X", "a source related to Y") is a speaker of its own, not the
body or person it is placed by; a title printed right before a name ("Spokesman of the Government
delegation ... Mohamed Al-Hassan Al-Ta'yeshi") is the person a later "The Spokesman said" refers
to; a leader's government ("Maduro's government") is the state named beside the leader when the
actors stage gave the leader no country; a source's request for anonymity is no position. Groups
that speak unnamed (residents, witnesses, medics, activists) and datelines with no dash stay as they
were. Each text is a real news sentence or paragraph, cited by its address.
"""

from __future__ import annotations

from parley.models import Actor
from tests.pipeline.test_quotes_unseen import _quote, _speaker
from tests.pipeline.test_speakers import _extracted


def _names(actor: Actor | None) -> set[str]:
    return {actor.name, *actor.aliases} if actor is not None else set()


# -- an anonymous source placed by what follows it -----------------------------------------------

# http://africa.chinadaily.com.cn/world/2014-08/25/content_18482466.htm (Xinhua)
HAMAS_SOURCE = (
    "GAZA - An important breakthrough has emerged in indirect Palestinian-Israeli negotiations on a durable "
    "ceasefire in the Gaza Strip, a source in Islamic Hamas movement said on Monday.\n"
)
ABBAS_SOURCE = (
    "Meanwhile, a source in the office of Palestinian President Mahmoud Abbas told Xinhua that the coming hours "
    "will witness a permanent ceasefire agreement between the Palestinians and the Israelis under Egyptian "
    "auspices.\n"
)

# https://www.benarnews.org/english/news/philippine/basilan-ceasefire-11102022124507.html (gold/dev)
MILF_SOURCE = (
    "Military officials could only account for three deaths and an undetermined number of wounded among More "
    "Islamic Liberation Front members. A source related to a MILF combatant had told BenarNews on Wednesday that "
    "as many as 10 fighters on their side were killed. The source requested anonymity because he was not "
    "authorized to speak with reporters.\n"
)

# https://www.dailysabah.com/world/mid-east/un-reports-arrival-of-1st-trucks-carrying-gaza-aid-after-cease-fire (gold/dev)
EGYPTIAN_SOURCE = (
    "The U.N. did not give details on where the shipments entered Gaza, but an Egyptian source speaking on "
    "condition of "
    "anonymity said that \"197 trucks of aid and five of fuel entered through the crossing of Kerem Shalom between "
    "Israel and Gaza and that of al-Oga\" and Nitzana between Egypt and Israel.\n"
)


def test_a_source_in_a_movement_is_not_the_movement(nlp):
    ex = _extracted(nlp, HAMAS_SOURCE)
    speaker = _speaker(ex, _quote(ex, "An important breakthrough", direct=False))
    assert speaker is not None and speaker.type == "person" and "source" in speaker.name
    assert speaker.name != "Hamas"


def test_a_source_in_a_leaders_office_is_not_the_leader(nlp):
    ex = _extracted(nlp, ABBAS_SOURCE)
    speaker = _speaker(ex, _quote(ex, "the coming hours will witness", direct=False))
    assert speaker is not None and "source" in speaker.name
    assert "Abbas" not in _names(speaker) and "Xinhua" not in _names(speaker)


def test_a_source_related_to_a_combatant_speaks_as_such(nlp):
    ex = _extracted(nlp, MILF_SOURCE)
    speaker = _speaker(ex, _quote(ex, "as many as 10 fighters", direct=False))
    assert speaker is not None and speaker.name == "source related to a MILF combatant"


def test_speaking_on_condition_of_anonymity_is_not_part_of_the_sources_name(nlp):
    ex = _extracted(nlp, EGYPTIAN_SOURCE)
    speaker = _speaker(ex, _quote(ex, "197 trucks of aid", direct=True))
    assert speaker is not None and speaker.name == "Egyptian source"


def test_a_sources_request_for_anonymity_is_no_position(run):
    ex = run(MILF_SOURCE)
    assert not any("anonymity" in p.issue for p in ex.positions)


# -- a title printed right before a name ---------------------------------------------------------

# https://allafrica.com/stories/202001030084.html (Sudan News Agency)
TAYESHI = (
    "Juba — Member of the Sovereign Council and Spokesman of the Government delegation for peace talks Mohamed "
    "Al-Hassan Al-Ta'yeshi has highly praised extension of cessation of hostilities at the Tw Areas by the "
    "People's Movement -North Sector- Al-Hilu faction\n\n"
    "The Spokesman of the Government delegation said in a press statement that declaration of cessation of "
    "hostilities at this time was important step and discloses political will and strong unprecedented desire for "
    "achieving com prehensive and durable peace, describing the declaration of cessation of hostilities as good "
    "news for the Sudanese people on occasion of the independence Day.\n"
)


def test_the_spokesman_is_the_person_printed_after_that_title(nlp):
    ex = _extracted(nlp, TAYESHI)
    speaker = _speaker(ex, _quote(ex, "declaration of cessation of hostilities at this time", direct=False))
    assert speaker is not None and speaker.name == "Mohamed Al-Hassan Al-Ta'yeshi"


def test_the_spokesman_is_not_the_leader_last_named(nlp):
    ex = _extracted(nlp, TAYESHI)
    speaker = _speaker(ex, _quote(ex, "declaration of cessation of hostilities at this time", direct=False))
    assert "Al-Hilu" not in _names(speaker)


# -- a leader's government -----------------------------------------------------------------------

# http://namnewsnetwork.org/?p=31762 (gold/dev)
MADURO = (
    "CARACAS, July 8 (NNN-AGENCIES) — Dialogue between Venezuela’s opposition and President Nicolas Maduro’s "
    "government will resume in Barbados, opposition leader Juan Guaido said, after previous\n"
    "negotiations in Norway petered out.\n\n"
    "Maduro’s government suggested talks would resume this week.\n"
)


def test_a_leaders_government_is_the_state_named_beside_the_leader(nlp):
    ex = _extracted(nlp, MADURO)
    speaker = _speaker(ex, _quote(ex, "talks would resume this week", direct=False))
    assert speaker is not None and speaker.name == "Venezuela"


def test_the_leader_of_a_government_does_not_speak_for_the_opposition(nlp):
    ex = _extracted(nlp, MADURO)
    speaker = _speaker(ex, _quote(ex, "Dialogue between Venezuela", direct=False))
    assert speaker is not None and speaker.name == "Juan Guaido"


# -- groups that speak unnamed, and datelines with no dash ---------------------------------------

# https://www.aljazeera.com/news/asia-pacific/2007/09/2008525143133771420.html
MONASTERIES = (
    "Earlier on Friday, the 11th day of protests, witnesses said government troops had surrounded or occupied "
    "several Buddhist monasteries.\n"
)
# http://nasir-khan.blogspot.com/2011/04/protesters-shot-dead-in-southern-yemen.html (Al Jazeera)
TAIZ = (
    "Yemeni security forces have shot dead at least 15 anti-government demonstrators and wounded 30 in the city of "
    "Taiz, south of the capital Sanaa, medics said.\n"
)
# http://uk.reuters.com/article/syria-crisis-christians-idUKL5N0IC30E20131022
SADAD = (
    "BEIRUT Oct 22 Islamist rebels battled Syrian government forces on Tuesday to retain control of a historic "
    "Christian town which the insurgents has stormed a day earlier, residents said.\n"
)
# https://www.urdupoint.com/en/world/venezuelan-authorities-receiving-norways-del-988625.html
NORWAY_DELEGATION = (
    "BUENOS AIRES (UrduPoint News / Sputnik - 30th July, 2020) Venezuelan Communications Minister Jorge Rodriguez "
    "is meeting with a delegation from Norway, a country that previously mediated negotiations between the "
    "authorities and the opposition, Venezuelan President Nicolas Maduro said.\n"
)


def test_witnesses_speak_as_a_group(nlp):
    ex = _extracted(nlp, MONASTERIES)
    speaker = _speaker(ex, _quote(ex, "government troops had surrounded", direct=False))
    assert speaker is not None and speaker.type == "group" and speaker.name.lower() == "witnesses"


def test_medics_speak_as_a_group(nlp):
    ex = _extracted(nlp, TAIZ)
    speaker = _speaker(ex, _quote(ex, "Yemeni security forces have shot", direct=False))
    assert speaker is not None and speaker.name.lower() == "medics"


def test_residents_after_a_dateline_with_no_dash(nlp):
    ex = _extracted(nlp, SADAD)
    speaker = _speaker(ex, _quote(ex, "Islamist rebels battled", direct=False))
    assert speaker is not None and speaker.name.lower() == "residents"


def test_agency_credit_with_no_dash_is_not_the_speaker(nlp):
    ex = _extracted(nlp, NORWAY_DELEGATION)
    speaker = _speaker(ex, _quote(ex, "Jorge Rodriguez is meeting", direct=False))
    assert speaker is not None and speaker.name == "Nicolas Maduro"
    assert all(not {"Sputnik", "UrduPoint News"} & _names(_speaker(ex, q)) for q in ex.quotes)
