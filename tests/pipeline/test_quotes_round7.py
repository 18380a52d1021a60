"""Speakers of reported speech and quotes, round 7: a dateline closed by a dash is not the speaker,
"the statement said" with no document named before is the last speaker's, "it said" after a clause
it reports is not that clause's subject, a partial quote inside a report is the reporter's (unless a
speech verb of its own governs it), a government named by several states is the first-named one's,
a body's name cut short by the actors stage is kept whole among the speaker's aliases, and the press
of a people is a speaker of its own. Each text is a real news sentence or paragraph, cited by its
address.
"""

from __future__ import annotations

from parley.models import Actor
from tests.pipeline.test_quotes_unseen import _quote, _speaker
from tests.pipeline.test_speakers import _extracted


def _names(actor: Actor | None) -> set[str]:
    return {actor.name, *actor.aliases} if actor is not None else set()


# -- a dateline closed by a dash ---------------------------------------------------------------

# https://www.680news.com/2019/11/28/houthi-prisoners-land-in-yemen-after-release/ (AP)
SANAA = (
    "SANAA, Yemen — The International Committee of the Red Cross says over a hundred rebel prisoners released by "
    "the Saudi-led coalition have returned to Houthi-controlled territory in Yemen, a step toward a long-anticipated "
    "prisoner swap between the warring parties.\n"
)

# https://qa.philstar.com/headlines/2013/07/19/990041/update-7-killed-foiled-leftist-rebel-attack-agusan/amp
DAVAO = (
    "DAVAO CITY, Philippines (Xinhua) - At least seven people were killed during an attack launched by leftist "
    "rebels against a militia outpost in the southern Philippines early today, the military said.\n"
)


def test_dateline_place_before_a_dash_is_not_the_speaker(nlp):
    ex = _extracted(nlp, SANAA)
    speaker = _speaker(ex, _quote(ex, "over a hundred rebel prisoners", direct=False))
    assert speaker is not None and speaker.name == "International Committee of the Red Cross"


def test_agency_credit_of_a_dateline_is_not_the_speaker(nlp):
    ex = _extracted(nlp, DAVAO)
    assert all("Xinhua" not in _names(_speaker(ex, q)) for q in ex.quotes)


# -- "the statement said" with no document named before ------------------------------------------

# http://narrabyee-e.blogspot.com/2009/09/71-rebels-killed-including-three-of.html
HOUTHI_MOD = (
    "A total of 71 Al Houthi rebels were killed over the last two days including three leaders of the most wanted "
    "list of 55 whom the government announced at the beginning of the war on August 10, said the Ministry of "
    "Defense Sunday.\n\n"
    "The wanted leader Hassan Thaen was killed along with 11 of his aides in confrontations in Dammaj about 15 km "
    "south east of the city of Sa'ada, the statement said.\n"
)


def test_the_statement_with_no_document_before_is_the_last_speakers(nlp):
    ex = _extracted(nlp, HOUTHI_MOD)
    speaker = _speaker(ex, _quote(ex, "Hassan Thaen was killed", direct=False))
    assert speaker is not None and speaker.name == "Ministry of Defense"


# -- "it said" after the clause it reports -----------------------------------------------------

# https://store.hiiraan.com/news4/2022/Aug/187262/severe_drought_displaces_918_000_people_in_somalia_un.aspx
OCHA = (
    "Currently, more than 90 percent of Somalia experiences severe to extreme drought conditions. The forecast of a "
    "historic fifth poor rainy season will keep needs high well into 2023, the UN Office for the Coordination of "
    "Humanitarian Affairs (OCHA) said.\n"
    "Humanitarians reached more than 4 million people with life-saving assistance since January, out of the 7 "
    "million affected. They gave priority to the most vulnerable people in areas of highest need as catastrophic "
    "hunger looms, the office said in its latest situation report.\n"
    "The UN Humanitarian Air Service reached about 900,000 vulnerable people in hard-to-reach areas, it said.\n"
)


def test_it_said_is_the_last_speaker_not_the_subject_of_what_it_reports(nlp):
    ex = _extracted(nlp, OCHA)
    speaker = _speaker(ex, _quote(ex, "reached about 900,000 vulnerable people", direct=False))
    assert speaker is not None and "OCHA" in _names(speaker) | {speaker.name}
    assert "Humanitarian Air Service" not in speaker.name


# -- a partial quote inside a report -----------------------------------------------------------

# https://www.thehansindia.com/news/international/israel-says-lebanon-ceasefire-talks-show-progress-hezbollah-says-no-truce-proposal-received-920902
SAAR = (
    "\"I think there is some progress,\" Saar said in a press briefing, adding that Israel is \"working with the "
    "Americans on the issue.\"\n"
    "He stated that Israel would agree to a ceasefire only if assured that \"Hezbollah is not on our border\" and "
    "pulls its forces north of the Litani River. Israel also demands that \"Hezbollah will not rearm with new "
    "weapons systems,\" Saar said.\n"
)

# https://www.anews.com.tr/world/2022/04/30/erdogan-aide-meets-zelensky-in-kyiv-as-a-part-of-efforts-to-end-russia-ukraine-war
ERDOGAN = (
    "Erdoğan is now trying to pave the way for an Istanbul summit between Russian President Vladimir Putin and "
    "Zelensky.\n"
    "Erdoğan told Putin in a phone call on Thursday that Turkey wanted \"to establish a lasting peace in the region "
    "as soon as possible by increasing the momentum gained in the Istanbul talks\", his office said.\n"
)


def test_partial_quote_inside_a_report_is_the_reporters(nlp):
    ex = _extracted(nlp, SAAR)
    speaker = _speaker(ex, _quote(ex, "Hezbollah is not on our border", direct=True))
    assert speaker is not None and "Saar" in speaker.name and speaker.type == "person"


def test_quote_governed_by_a_speech_verb_inside_a_report_keeps_that_speaker(nlp):
    ex = _extracted(nlp, ERDOGAN)
    speaker = _speaker(ex, _quote(ex, "to establish a lasting peace", direct=True))
    assert speaker is not None and "Erdoğan" in speaker.name and "office" not in speaker.name


# -- governments named by several states -------------------------------------------------------

# https://radiotamazuj.org/en/news/article/sudan-warring-sides-to-start-talks
JEDDAH = (
    "The US and Saudi governments confirmed talks between the warring Sudanese army and the Rapid Support Forces "
    "would start in Jeddah on Saturday.\n"
)


def test_joint_governments_speak_through_the_first_named_state(nlp):
    ex = _extracted(nlp, JEDDAH)
    speaker = _speaker(ex, _quote(ex, "would start in Jeddah", direct=False))
    assert speaker is not None and speaker.name == "United States"


# -- a body's name cut short -------------------------------------------------------------------

# https://www.forcesnews.com/ukraine/prisoner-exchange-praised-step-toward-freedom-ukrainian-president
RUSSIAN_MOD = (
    "The Russian MOD confirmed the return of its PoWs and stated all freed prisoners would receive necessary "
    "psychological and medical care as well as the opportunity to contact their relatives.\n"
    "\"During the return of the Russian servicemen from captivity, humanitarian mediation efforts were provided by "
    "the United Arab Emirates,\" said the Russian MOD.\n"
)

# https://poravalits.ru/en/article/2026-10
BBC_RUSSIAN = (
    "This development follows the November 2020 ceasefire mediated by Russian President Vladimir Putin after "
    "Armenian troops suffered setbacks in Nagorno-Karabakh. The new agreement supersedes the previous "
    "conflict-resolution framework involving Russia, France, and the United States, as reported by BBC Russian "
    "Service.\n"
)

# https://en.mehrnews.com/news/222646/Syria-slams-Israeli-s-strike-on-civilian-building-in-Damascus
SYRIA_MOD = (
    "Earlier, the Defense Ministry of Syria said Israel delivered a missile strike from the occupied Golan Heights, "
    "targeting a residential and commercial building in the densely-populated Mezzeh neighborhood in Damascus.\n"
)

# https://www.sandiegouniontribune.com/sdut-syrian-rebels-attack-defense-ministers-village-2014jul11-story.html (AP)
SOHR = (
    "The Britain-based Syrian Observatory for Human Rights said rebels then stormed into the village, killing the "
    "soldiers and pro-government gunmen and gaining control of several areas.\n"
)


def test_ministry_abbreviation_after_a_demonym_is_the_ministry(nlp):
    ex = _extracted(nlp, RUSSIAN_MOD)
    reported = _speaker(ex, _quote(ex, "all freed prisoners would receive", direct=False))
    direct = _speaker(ex, _quote(ex, "humanitarian mediation efforts were provided", direct=True))
    assert "Russian MOD" in _names(reported)
    assert "Russian MOD" in _names(direct) and direct is not None and direct.type == "organization"


def test_medium_name_cut_by_the_actors_stage_is_kept_whole(nlp):
    ex = _extracted(nlp, BBC_RUSSIAN)
    speaker = _speaker(ex, _quote(ex, "supersedes the previous", direct=False))
    assert "BBC Russian Service" in _names(speaker)


def test_ministry_of_a_state_keeps_the_state_in_its_name(nlp):
    ex = _extracted(nlp, SYRIA_MOD)
    speaker = _speaker(ex, _quote(ex, "Israel delivered a missile strike", direct=False))
    assert "Defense Ministry of Syria" in _names(speaker)


def test_body_named_after_a_demonym_keeps_the_demonym(nlp):
    ex = _extracted(nlp, SOHR)
    speaker = _speaker(ex, _quote(ex, "stormed into the village", direct=False))
    assert "Syrian Observatory for Human Rights" in _names(speaker)


# -- the press of a people ---------------------------------------------------------------------

# https://ipn.md/en/talks-in-52-can-be-resumed-at-the-start-7965_1027170.html
TRANSNISTRIA = (
    "According to the Transnistrian press, the new round of talks is to take place in Berlin after a hiatus of over "
    "a year and a half. Until then the sides will cooperate so as to agree the agenda.\n"
)

# https://sputniknews.com/politics/201701101049452105-lavrov-cavusoglu-syria/
SPUTNIK = (
    "Russian Foreign Minister Sergei Lavrov and his Turkish counterpart Mevlut Cavusoglu discussed in phone talks "
    "on Tuesday the implementation of the nationwide ceasefire regime in war-torn Syria, the Russian Foreign "
    "Ministry said.\n"
)


def test_press_of_a_people_is_a_speaker_of_its_own(nlp):
    ex = _extracted(nlp, TRANSNISTRIA)
    speaker = _speaker(ex, _quote(ex, "new round of talks is to take place in Berlin", direct=False))
    assert speaker is not None and speaker.name == "Transnistrian press" and speaker.type == "group"


def test_named_ministry_after_a_demonym_is_unchanged(nlp):
    ex = _extracted(nlp, SPUTNIK)
    speaker = _speaker(ex, _quote(ex, "discussed in phone talks", direct=False))
    assert speaker is not None and "Foreign Ministry" in speaker.name and speaker.type == "organization"


# -- negatives: no statement -------------------------------------------------------------------

# https://www.sandiegouniontribune.com/sdut-syrian-rebels-attack-defense-ministers-village-2014jul11-story.html (AP)
BACKGROUND = (
    "The Syrian conflict began in March 2011 as a largely peaceful uprising against Assad and eventually turned "
    "into a civil war following a brutal government crackdown on protesters.\n"
)


def test_background_sentence_is_no_statement(nlp):
    ex = _extracted(nlp, BACKGROUND)
    assert not ex.quotes



# -- a medium that reports quoting its source ----------------------------------------------------

# https://odishabytes.com/at-least-30-killed-many-abducted-as-gunmen-torch-market-houses-in-nigerian-village
KASUWAN = (
    "New Delhi: At least 30 villagers were killed and several others abducted when heavily armed gunmen attacked a "
    "remote community in northern Nigeria, Associated Press reported quoting local police.\n"
)


def test_medium_reporting_quoting_a_source_is_not_the_speaker(nlp):
    ex = _extracted(nlp, KASUWAN)
    q = _quote(ex, "At least 30 villagers were killed", direct=False)
    assert q.speaker_text == "local police"
    assert "Associated Press" not in _names(_speaker(ex, q))
