"""Speakers of wire reports from more outlets: an unnamed spokesman "quoted as telling" a paper, a
subject cut off from its verb by a question put to it, a family name the model took for a body,
"its delegation said", a second cue joined by "and", a dateline with a date before the agency, and
an alliance described by its members' state. Each text is a real news sentence or paragraph, cited
by its address.
"""

from __future__ import annotations

from tests.pipeline.test_quotes_unseen import _quote, _quotes, _speaker
from tests.pipeline.test_speakers import _extracted

# https://occasionalwitness.com/Articles/20020123.htm (Reuters)
NUBA = (
    "\"Members of the army at the Nuba mountains have complied completely with the orders of a ceasefire issued "
    "to them,\" an army spokesman was quoted as telling al-Rai al-Aam newspaper on Wednesday.\n\n"
    "A rebel spokesman, asked if the ceasefire was being observed, said it had gone into effect at the scheduled "
    "time.\n\n"
    "\"We sent a message from our chairman to all the army units for the ceasefire to start yesterday (Tuesday) at "
    "noon,\" spokesman Samson Kwaje of the Sudan People's Liberation Army (SPLA) said in Nairobi.\n"
)

# https://en.ypagency.net/24984
YPA = (
    "SANAA, June 14 (YPA) – Head of the Supreme Revolutionary Committee, Mohammed Ali al-Houthi, on Wednesday "
    "denied reports talking about an agreement on a truce with Saudi-led coalition countries.\n\n"
    "“What is said about a truce is not true, and the battles are going on daily,” al-Houthi said.\n\n"
    "“Britons told us a week ago that Emiratis and Saudis have confirmed that they will not enter the battle of "
    "Hodeidah unless they agree and help them,” said al-Houthi in his Twitter account on Wednesday.\n"
)

# https://dailysabah.com/world/americas/colombia-wont-unilaterally-end-peace-discussions-with-eln-government/amp
ELN_DELEGATION = (
    "The government of Colombia will not unilaterally end peace talks with the National Liberation Army (ELN) "
    "rebels, its delegation said Thursday.\n\n"
    "The ELN has said it would not attack the military but warned it would defend itself as needed.\n"
)

# https://wearebreakingnews.com/colombia-and-the-eln-announce-the-resumption-of-peace-talks.html (AP)
RUEDA = (
    "Rueda, as a spokesman for Colombia, assured that the ELN has shown “elements of deep trust” such as the "
    "release of some hostages since August. He also assured that there is “evidence” -without showing it- of the "
    "decrease in their violent actions in various territories where they operate.\n\n"
    "There is still no bilateral ceasefire agreement with the ELN, Rueda detailed and explained that the process is "
    "in a “confidence-building” phase and if it comes to pass, it would be agreed after the negotiating table is "
    "installed.\n"
)

# https://sudantribune.com/article5127 (Reuters)
SHOGAR = (
    "KHARTOUM, Aug 2 (Reuters) – A ceasefire between Khartoum and rebels in western Sudan, who accuse each other of "
    "violating the truce, was extended on Monday, a Darfur rebel said.\n"
    "The truce, signed on April 8, was automatically renewed because neither the rebels nor the government had "
    "raised objections, said Adam Ali Shogar, a senior official in the rebel Sudan Liberation Movement.\n"
    "“We are committing to the renewal of the ceasefire in spite of the government’s continued violations,” he told "
    "Reuters by telephone from N’Djamena.\n"
)

# https://www.lbcgroup.tv/news/world-news/783873/myanmar-alliance-says-agreed-4-day-ceasefire-with-military-in-shan-sta/en (AFP)
ALLIANCE = (
    "An alliance of Myanmar ethnic minority armed groups said Sunday it had agreed on a four-day ceasefire with the "
    "junta in northern Shan state following weeks of clashes in which its fighters seized territory from the "
    "military along a highway to China.\n\n"
    "\"We... showed cooperation with China by agreeing on a four-day ceasefire in Northern Shan\" from 14-18 July, "
    "Major-General Tar Bhone Kyaw of the Ta'ang National Liberation Army (TNLA), one of the alliance members, told "
    "AFP.\n"
)

# http://www.reuters.com/article/us-ukraine-crisis-rebels-ceasefire-idUSKBN0GZ1Y120140904
DONETSK = (
    "DONETSK Ukraine (Reuters) - Pro-Russian separatists need “proper guarantees” that Ukraine will honor any "
    "ceasefire agreement, a rebel leader told Reuters on Thursday, underscoring the lack of trust between the two "
    "sides after six months of conflict.\n"
)


def test_unnamed_spokesman_quoted_as_telling_a_paper_speaks(nlp):
    ex = _extracted(nlp, NUBA)
    speaker = _speaker(ex, _quote(ex, "Members of the army at the Nuba", direct=True))
    assert speaker is not None and "spokesman" in speaker.name and speaker.type == "person"
    assert "al-Rai" not in speaker.name  # the paper is the medium
    kwaje = _speaker(ex, _quote(ex, "We sent a message", direct=True))
    assert kwaje is not None and kwaje.name == "Samson Kwaje"


def test_subject_set_off_by_a_question_put_to_it_speaks(nlp):
    ex = _extracted(nlp, NUBA)
    quote = _quote(ex, "it had gone into effect", direct=False)
    speaker = _speaker(ex, quote)
    assert speaker is not None and speaker.sector == "REB" and speaker.name != "Samson Kwaje"
    assert "asked" not in quote.text


def test_family_name_the_model_took_for_a_body_is_the_person(nlp):
    ex = _extracted(nlp, YPA)
    for fragment in ("What is said about a truce", "Britons told us"):
        speaker = _speaker(ex, _quote(ex, fragment, direct=True))
        assert speaker is not None and speaker.name == "Mohammed Ali al-Houthi", fragment
    assert not [a for a in ex.actors if a.name == "al-Houthi"]


def test_its_delegation_speaks_for_the_body_it_refers_to(nlp):
    ex = _extracted(nlp, ELN_DELEGATION)
    speaker = _speaker(ex, _quote(ex, "will not unilaterally end peace talks", direct=False))
    assert speaker is not None and speaker.name == "Colombia"
    # negative: the rebels named inside the statement do not speak it
    assert _speaker(ex, _quote(ex, "would not attack the military", direct=False)).name == "ELN"


def test_assured_and_a_second_cue_joined_by_and_are_reports(nlp):
    ex = _extracted(nlp, RUEDA)
    for fragment in ("the ELN has shown", "there is “evidence”", "There is still no bilateral ceasefire",
                     "the process is in a"):
        assert _speaker(ex, _quote(ex, fragment, direct=False)).name == "Rueda", fragment
    detailed = _quote(ex, "There is still no bilateral ceasefire", direct=False)
    assert detailed.text == "There is still no bilateral ceasefire agreement with the ELN"
    assert detailed.cue == "detail"


def test_dateline_with_a_date_before_the_agency_is_cut_from_the_report(nlp):
    ex = _extracted(nlp, SHOGAR)
    (first,) = _quotes(ex, "was extended on Monday", direct=False)
    assert first.text.startswith("A ceasefire between Khartoum")
    for fragment, direct in (("was automatically renewed", False), ("We are committing", True)):
        speaker = _speaker(ex, _quote(ex, fragment, direct=direct))
        assert speaker is not None and speaker.name == "Adam Ali Shogar", fragment


def test_alliance_described_by_its_members_state_speaks_not_the_state(nlp):
    ex = _extracted(nlp, ALLIANCE)
    speaker = _speaker(ex, _quote(ex, "it had agreed on a four-day ceasefire", direct=False))
    assert speaker is not None and speaker.type == "group" and speaker.name.startswith("alliance of")
    assert speaker.country == "MMR"
    kyaw = _speaker(ex, _quote(ex, "showed cooperation with China", direct=True))
    assert kyaw is not None and kyaw.name == "Tar Bhone Kyaw"


def test_rebel_leader_who_told_the_agency_speaks_not_the_agency(nlp):
    # negative: Reuters, in the dateline and as the hearer, is no speaker
    ex = _extracted(nlp, DONETSK)
    quote = _quote(ex, "Pro-Russian separatists need", direct=False)
    speaker = _speaker(ex, quote)
    assert speaker is not None and speaker.type == "person" and "Reuters" not in speaker.name
    assert not quote.text.startswith("DONETSK")


# -- a medium that relays a statement, and a joint statement of two states -----------------------

# http://www.reuters.com/article/us-mideast-crisis-syria-moualem-idUSKCN0SQ1S920151101
MOUALEM = (
    "BEIRUT (Reuters) - Syria’s Foreign Minister Walid al-Moualem said on Sunday he recognized the importance of a "
    "statement from world powers after talks in Vienna seeking an end to the country’s war, state television said.\n\n"
    "During a meeting with United Nations envoy Staffan de Mistura, Moualem also reiterated Damascus’s position that "
    "the fight against “terrorism” must take priority for a political solution to be reached.\n"
)

# https://www.pulse.ng/news/world/ethiopia-eritrea-sign-statement-that-war-has-come-to-an-end-id8595045.html (AFP)
NEIGHBOURS = (
    "Ethiopia and Eritrea are no longer at war, the neighbours said in a joint statement Monday, a day after their "
    "leaders held a historic meeting in Asmara.\n\n"
    "\"Both countries will work to promote close cooperation in political, economic, social, cultural and security "
    "areas,\" Yemane added.\n"
)


def test_statement_relayed_by_state_television_is_the_ministers(nlp):
    ex = _extracted(nlp, MOUALEM)
    (quote,) = _quotes(ex, "he recognized the importance", direct=False)
    assert _speaker(ex, quote).name == "Walid al-Moualem"
    assert "state television" not in quote.text and "Foreign Minister" not in quote.text
    # negative: the television is no speaker of anything here
    assert not [q for q in ex.quotes if q.speaker_text == "state television"]


def test_joint_statement_of_the_neighbours_is_the_first_named_states(nlp):
    ex = _extracted(nlp, NEIGHBOURS)
    speaker = _speaker(ex, _quote(ex, "are no longer at war", direct=False))
    assert speaker is not None and speaker.name == "Ethiopia"


# https://english.alarabiya.net/News/world/2022/05/18/Russia-says-there-is-no-movement-in-peace-talks-with-Ukraine
INTERFAX = (
    "On Tuesday Interfax news agency cited Russian Deputy Foreign Minister Andrey Rudenko as saying that Russia and "
    "Ukraine were not holding talks “in any form”, and that Kyiv had “practically withdrawn from the negotiation "
    "process.”\n"
)


def test_agency_that_cites_someone_as_saying_is_not_the_speaker(nlp):
    ex = _extracted(nlp, INTERFAX)
    for fragment, direct in (("were not holding talks", False), ("practically withdrawn", True)):
        speaker = _speaker(ex, _quote(ex, fragment, direct=direct))
        assert speaker is not None and speaker.name == "Andrey Rudenko", fragment
    # negative: the agency speaks none of it
    assert not [q for q in ex.quotes if _speaker(ex, q) is not None and "Interfax" in _speaker(ex, q).name]
