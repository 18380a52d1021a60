"""The quotes stage on outlets and conflicts the rules were not written from: quotations over several
paragraphs, speakers named in apposition, after a dateline or in the sentence before, calls on
someone to act, and bodies the actors stage leaves unnamed. Each text is a real news sentence or
paragraph, cited by its address.
"""

from __future__ import annotations

import pytest

from parley.models import Actor, Extraction, Quote
from parley.pipeline.quote_marks import find_quotes
from tests.pipeline.test_speakers import _extracted


def _quotes(ex: Extraction, fragment: str, direct: bool) -> list[Quote]:
    return [q for q in ex.quotes if fragment in q.text and q.direct == direct]


def _quote(ex: Extraction, fragment: str, direct: bool) -> Quote:
    found = _quotes(ex, fragment, direct)
    assert found, f"no {'direct' if direct else 'reported'} quote with {fragment!r} in {[q.text for q in ex.quotes]}"
    return found[0]


def _speaker(ex: Extraction, q: Quote) -> Actor | None:
    return ex.actor(q.speaker)


# -- a quotation over several paragraphs is one quote per paragraph -----------------------------

# https://www.forcesnews.com/ukraine/prisoner-exchange-praised-step-toward-freedom-ukrainian-president
POW_SWAP = (
    "President Volodymyr Zelensky praised those responsible for negotiating the exchange.\n"
    "The president said: \"Ninety-five of our people are back at home. Soldiers who defended Mariupol and "
    "Azovstal, Donetsk region, Luhansk region, Kharkiv region.\n"
    "\"Thanks to the search and release team.\n"
    "\"We are doing everything to extract all our people who are being held by Russia.\n"
    "\"Thanks to the soldiers who replenish the exchange fund and to all partners who help.\"\n"
    "Footage showed both Ukrainian and Russian soldiers being reunited with their families.\n"
)


def test_quotation_over_paragraphs_is_one_quote_per_paragraph(nlp) -> None:
    (stretch,) = find_quotes(POW_SWAP)
    assert len(stretch.parts) == 4  # one quotation for the marks
    ex = _extracted(nlp, POW_SWAP)
    direct = [q for q in ex.quotes if q.direct]
    assert [q.text for q in direct] == [
        "Ninety-five of our people are back at home. Soldiers who defended Mariupol and Azovstal, Donetsk "
        "region, Luhansk region, Kharkiv region.",
        "Thanks to the search and release team.",
        "We are doing everything to extract all our people who are being held by Russia.",
        "Thanks to the soldiers who replenish the exchange fund and to all partners who help.",
    ]
    assert all(_speaker(ex, q).name.startswith("Volodymyr Zelensk") for q in direct)
    assert all(POW_SWAP[q.span[0]:q.span[1]] == q.text for q in direct)


SIBIGA = (
    "Ukrainian Foreign Minister Andrii Sibiga explained what the thirty-day ceasefire, which Ukraine agreed to "
    "during negotiations in Saudi Arabia, means.\n"
    "Sibiga noted that Ukraine agreed to a thirty-day pause in hostilities as it could be the first step towards "
    "ending Russia's war against Ukraine. At the same Time, he emphasized that it is not about freezing the "
    "conflict.\n"
    "The head of the Foreign Ministry stated that the joint statement with the USA indicates Ukraine's readiness "
    "for a fair conclusion of the war.\n"
    "'The joint statement speaks of a temporary ceasefire for a limited period of 30 days, and only with "
    "Russia's agreement. The American side will negotiate with the Russians regarding their readiness to end the "
    "war. A temporary ceasefire does not mean a frozen conflict. It attempts to start a path towards a fair "
    "conclusion of the war. It also shows who is truly interested in peace,'\n"
    "— he explained.\n"
)


def test_paragraph_in_single_marks_attributed_by_a_dash_line(nlp) -> None:
    # https://cloud.112.ua/en/pripinenna-vognu-sibig-poasniv-so-oznacae-30-denne-peremira-57050
    ex = _extracted(nlp, SIBIGA)
    q = _quote(ex, "The joint statement speaks of a temporary ceasefire", direct=True)
    assert q.text.endswith("who is truly interested in peace,") and q.cue == "explain"
    assert _speaker(ex, q).name == "Andrii Sibiga"


def test_single_marks_inside_a_sentence_are_not_quotes() -> None:
    # https://english.alarabiya.net/News/middle-east/2023/04/19/Sudan-s-army-agrees-to-24-hour-ceasefire-starting-6-pm-local-time-Statement
    # and https://cloud.112.ua/en/pripinenna-vognu-sibig-poasniv-so-oznacae-30-denne-peremira-57050 (its title)
    text = ("Sudan’s army agreed to apply a 24-hour ceasefire starting from 6 pm local time on Wednesday, an army "
            "statement said.\nCeasefire: Sibiga explained what '30-day ceasefire' means.\n'Shame.'\n")
    assert find_quotes(text) == []


def test_quotation_closed_in_its_paragraph_is_not_split(nlp) -> None:
    # https://en.minanews.net/iran-denies-trumps-claim-of-ceasefire-agreement-with-israel/ : two quotes
    # in one paragraph, each closed, stay two quotes; nothing runs into the next paragraph
    text = ("“As of now, there is absolutely NO ‘agreement’ regarding a ceasefire or cessation of military "
            "operations,” Araghchi wrote. “However, if the Israeli regime stops its unlawful aggression against "
            "the Iranian people by 4 a.m. Tehran time, we will not proceed with any further military attacks "
            "after that.”\nAraghchi emphasized that any final decision would be made at a later time.\n")
    ex = _extracted(nlp, text)
    direct = [q for q in ex.quotes if q.direct]
    assert len(direct) == 2 and all("\n" not in q.text for q in direct)


# -- speakers -------------------------------------------------------------------------------------

def test_speaker_named_in_apposition_at_the_end_of_the_subject(nlp) -> None:
    # https://happyghana.com/south-sudan-arrests-vice-president-as-new-civil-war-fears-mount : the parser
    # hangs the name on "South Sudan"; the person named before the verb speaks, not Machar named earlier
    text = ("Machar was placed under house arrest on Wednesday, his party said.\n"
            "The head of the U.N mission in South Sudan, Nicholas Haysom, said following reports of the "
            "detention of Machar, all parties should “exercise restraint and uphold the Revitalized Peace "
            "Agreement.”\n")
    ex = _extracted(nlp, text)
    q = _quote(ex, "exercise restraint", direct=True)
    assert _speaker(ex, q).name == "Nicholas Haysom"


def test_dateline_is_not_the_speaker(nlp) -> None:
    # https://www.iraqnewsgazette.com/hamas-hands-over-all-living-israeli-prisoners-as-part-of-ceasefire-agreement
    text = ("Gaza: The Islamic Resistance Movement (Hamas) announced that it handed over all living Israeli "
            "prisoners on Monday, via the Red Cross, as part of the ceasefire agreement in Gaza.\n")
    ex = _extracted(nlp, text)
    q = _quote(ex, "handed over all living Israeli prisoners", direct=False)
    assert _speaker(ex, q).name == "Hamas"
    assert q.speaker_text != "Gaza"


def test_dateline_then_a_long_opening_phrase(nlp) -> None:
    # https://mail.sahilonline.org/india-and-pakistan-announce-ceasefire-next-round-of-talks-scheduled-for-may-12
    text = ("New Delhi: In a significant development amid rising tensions between India and Pakistan, the "
            "Indian Ministry of External Affairs has announced that both countries have agreed to a ceasefire, "
            "halting all military actions across land, air, and sea.\n")
    ex = _extracted(nlp, text)
    q = _quote(ex, "both countries have agreed to a ceasefire", direct=False)
    speaker = _speaker(ex, q)
    assert speaker is not None and speaker.type == "organization"
    assert "Ministry of External Affairs" in speaker.name  # not India, not New Delhi


def test_quote_after_a_sentence_of_its_speaker(nlp) -> None:
    # https://www.spamchronicles.com/there-is-no-mediation-agreement-between-kosovo-and-serbia/
    text = ("In his statement, Borrell appealed to the accountability of both major politicians. In view of "
            "the Russian war against Ukraine, he spoke of a “critical phase for Europe”. “This is not the time "
            "for rising tensions. It is time to seek solutions and clarify long-standing open questions.”\n")
    ex = _extracted(nlp, text)
    q = _quote(ex, "This is not the time", direct=True)
    assert _speaker(ex, q).name.endswith("Borrell")


def test_body_the_actors_stage_left_unnamed_speaks(nlp) -> None:
    # https://thecheapinvestor.com/2023/06/04/russian-missile-attack-on (Reuters): "Ukraine's air force"
    # is the air force, not Ukraine: the dictionary's Armed Forces of Ukraine, whose aliases include it
    # (armed forces as institutions are organizations, docs/annotation.md §1)
    text = ("Following the attack in Dnipro, Russia launched a new wave of overnight air strikes on the country. "
            "Ukraine’s air force said on Sunday it destroyed more than half of the air targets.\n")
    ex = _extracted(nlp, text)
    q = _quote(ex, "destroyed more than half of the air targets", direct=False)
    speaker = _speaker(ex, q)
    assert speaker is not None and speaker.type == "organization" and speaker.sector == "MIL"
    assert speaker.name == "Armed Forces of Ukraine" and "Ukraine’s air force" in speaker.aliases


def test_news_agency_the_actors_stage_left_unnamed_speaks(nlp) -> None:
    # https://www.iraqnewsgazette.com/hamas-hands-over-all-living-israeli-prisoners-as-part-of-ceasefire-agreement
    text = ("According to National Iraqi News Agency, earlier this morning, the exchange of Palestinian "
            "prisoners for hostages began in the Gaza Strip.\n")
    ex = _extracted(nlp, text)
    q = _quote(ex, "the exchange of Palestinian prisoners", direct=False)
    assert _speaker(ex, q).name == "National Iraqi News Agency"


def test_person_named_after_a_title_speaks(nlp) -> None:
    # https://happyghana.com/south-sudan-arrests-vice-president-as-new-civil-war-fears-mount
    text = ("Machar was “in confinement by the government” and his life was “at risk,” opposition "
            "spokesperson Pal Mai Deng said in a video address to the media Wednesday night.\n")
    ex = _extracted(nlp, text)
    q = _quote(ex, "in confinement by the government", direct=False)
    speaker = _speaker(ex, q)
    assert speaker is not None and speaker.name == "Pal Mai Deng" and speaker.type == "person"


def test_lowercase_body_refers_back_and_makes_no_actor(nlp) -> None:
    # https://benborges.xyz/2025/04/21/belarus-welcomes-easter-truce-hopes.html : "the ministry" is the
    # Belarusian Foreign Ministry named before, no new actor
    text = ("Belarus has welcomed an Easter truce between Ukraine and Russia, the Belarusian Foreign Ministry "
            "said in a statement on April 20.\n"
            "The ministry said it hopes for a diplomatic settlement to end Russia’s war against Ukraine.\n")
    ex = _extracted(nlp, text)
    q = _quote(ex, "hopes for a diplomatic settlement", direct=False)
    assert "Foreign Ministry" in _speaker(ex, q).name
    assert not any(a.name.lower() == "ministry" for a in ex.actors)


def test_unnamed_body_is_one_actor_however_often_it_speaks(nlp) -> None:
    # https://thecheapinvestor.com/2023/06/04/russian-missile-attack-on (Reuters): "the air force" refers
    # back to the body "Ukraine's air force" names (the dictionary's Armed Forces of Ukraine, whose
    # aliases include it): one actor has the air force among its names
    text = ("Ukraine’s air force said on Sunday it destroyed more than half of the air targets.\n"
            "Four of the six cruise missiles and three of the five Iranian-made Shahed drones launched by Russia "
            "were downed, the air force said on Telegram.\n")
    ex = _extracted(nlp, text)
    first = _quote(ex, "destroyed more than half", direct=False)
    second = _quote(ex, "Four of the six cruise missiles", direct=False)
    assert first.speaker is not None and first.speaker == second.speaker
    assert sum(1 for a in ex.actors if any("air force" in n.lower() for n in (a.name, *a.aliases))) == 1


def test_body_of_a_state_speaks_as_itself(nlp) -> None:
    # https://happyghana.com/south-sudan-arrests-vice-president-as-new-civil-war-fears-mount
    text = ("South Sudan’s main opposition party said its leader Riek Machar has been arrested as the U.N. "
            "called on all parties to uphold the 2018 agreement that ended the country’s civil war.\n")
    ex = _extracted(nlp, text)
    speaker = _speaker(ex, _quote(ex, "its leader Riek Machar has been arrested", direct=False))
    assert speaker is not None and speaker.name == "South Sudan’s main opposition party"
    assert speaker.type == "organization"


def test_army_of_a_state_speaks_as_itself(nlp) -> None:
    # https://english.alarabiya.net/News/middle-east/2023/05/21/Sudan-s-army-confirms-seven-day-ceasefire-deal-says-commitment-to-agreement
    text = ("Sudan’s army confirmed on Sunday a seven-day ceasefire deal with the paramilitary Rapid Support "
            "Forces (RSF), saying it would be limited to arrangements for a truce to protect civilians and "
            "hospitals and did not address political issues.\n")
    ex = _extracted(nlp, text)
    speaker = _speaker(ex, _quote(ex, "it would be limited to arrangements for a truce", direct=False))
    assert speaker is not None and speaker.type == "organization" and speaker.name != "Sudan"


def test_family_of_a_person_speaks_not_the_person(nlp) -> None:
    # https://newsinfo.inquirer.net/1725490/ukraine-russia-swap-prisoners-bodies-of-british-volunteers-returned/amp
    text = ("The bodies of British volunteers Chris Parry and Andrew Bagshaw were returned.\n"
            "Bagshaw and Parry were killed during an attempted humanitarian evacuation in eastern Ukraine in "
            "January, Parry’s family has previously said.\n")
    ex = _extracted(nlp, text)
    speaker = _speaker(ex, _quote(ex, "Bagshaw and Parry were killed", direct=False))
    assert speaker is not None and speaker.name == "Parry’s family" and speaker.type == "group"


def test_unnamed_body_is_the_body_of_that_state_named_later(nlp) -> None:
    # https://newsinfo.inquirer.net/1725490/ukraine-russia-swap-prisoners-bodies-of-british-volunteers-returned/amp
    # : "Moscow's defense ministry" and "Russia's Defence Ministry" are one actor
    text = ("The Ukrainian president’s chief of staff, Andriy Yermak, said 116 Ukrainians had been returned, while "
            "Russian news agencies cited Moscow’s defense ministry saying 63 Russian POWs had been freed.\n"
            "Russia’s Defence Ministry said the released Russian servicemen included “sensitive category” "
            "persons, whose exchange was made possible through the mediation of the United Arab Emirates (UAE), "
            "according to agencies.\n")
    ex = _extracted(nlp, text)
    freed = _speaker(ex, _quote(ex, "63 Russian POWs had been freed", direct=False))
    assert freed is not None and freed.type == "organization" and freed.name != "Russia"
    assert sum(1 for a in ex.actors if "ministry" in a.name.lower()) == 1


# -- calls on someone to act ----------------------------------------------------------------------

@pytest.mark.parametrize("text, fragment, speaker, cue", [
    # https://happyghana.com/south-sudan-arrests-vice-president-as-new-civil-war-fears-mount
    ("The U.N. called on all parties to uphold the 2018 agreement that ended the country’s civil war.\n",
     "all parties to uphold the 2018 agreement that ended the country’s civil war", "United Nations", "call on"),
    # https://thesudantimes.com/international/israel-hezbollah-ceasefire-brings-fragile-hope-to-lebanon/ :
    # a parenthesis before "to"
    ("Lebanese Parliament Speaker Nabih Berri called on citizens, including those abroad, to reclaim their "
     "lands, saying, “Your land will be stronger with your presence.”\n",
     "citizens, including those abroad, to reclaim their lands", "Nabih Berri", "call on"),
    # https://news.az/news/un-chief-guterres-urges-maximum-restraint-in-gaza-spokesman
    ("United Nations Secretary-General Antonio Guterres on Monday urged all sides to exercise maximum "
     "restraint after Palestinians in Gaza fired scores of rockets into southern Israel.\n",
     "all sides to exercise maximum restraint", "António Guterres", "urge"),
])
def test_call_on_someone_to_act_is_reported_speech(nlp, text: str, fragment: str, speaker: str, cue: str) -> None:
    ex = _extracted(nlp, text)
    q = _quote(ex, fragment, direct=False)
    assert q.text.startswith(fragment.split()[0]) and q.cue == cue
    actor = _speaker(ex, q)
    assert actor is not None and speaker.split()[-1] in actor.name


def test_posts_and_new_cues_report_speech(nlp) -> None:
    # https://ru24.pro/english/380081182 (Khaama Press): "a statement indicating that", "emphasized in a
    # social media post that", "wrote on his X account", and a call by participle ("urging Hamas to")
    text = ("Hamas issued a statement indicating that it views the proposal positively, provided Israel commits "
            "to it.\n"
            "Guterres wrote on his X account on Friday, “We have witnessed excessive suffering and destruction in "
            "Gaza.”\n"
            "U.S. Secretary of State Antony Blinken emphasized in a social media post that the ceasefire agreement "
            "offers an opportunity to end the war in Gaza, return hostages home, and alleviate Palestinian "
            "suffering, urging Hamas to accept the agreement.\n")
    ex = _extracted(nlp, text)
    q = _quote(ex, "it views the proposal positively", direct=False)
    assert _speaker(ex, q).name == "Hamas" and q.cue == "indicate"
    assert _speaker(ex, _quote(ex, "We have witnessed excessive suffering", direct=True)).name.endswith("Guterres")
    emphasized = _quote(ex, "the ceasefire agreement offers an opportunity", direct=False)
    assert emphasized.text.endswith("alleviate Palestinian suffering")
    urged = _quote(ex, "Hamas to accept the agreement", direct=False)
    assert urged.cue == "urge" and _speaker(ex, urged).name == "Antony Blinken"


def test_call_through_a_participle_shares_the_subject(nlp) -> None:
    # https://happyghana.com/south-sudan-arrests-vice-president-as-new-civil-war-fears-mount : the parser
    # hangs "to vacate" on the relative clause; the call is still the warning's
    text = ("South Sudan's government said the White Army attacked a military base.\n"
            "The government responded with airstrikes, warning any civilian in the area where the army group "
            "is based to vacate or “face consequences.”\n")
    ex = _extracted(nlp, text)
    q = _quote(ex, "any civilian in the area", direct=False)
    assert q.text.endswith("face consequences") and q.cue == "warn"


def test_warning_of_consequences_is_no_call_to_act(nlp) -> None:
    # https://kingoftandoorphilly.com/news/biden-says-ready-to-talk-to-putin-but-only-if-he-wants-to-end-the-war/
    # : "warned it of consequences" has no "to" clause; "planned to talk" is Macron's report, not a call
    text = ("Before Russia invaded Ukraine in February earlier this year, Biden and Secretary of State Antony "
            "Blinken, both warned it of consequences if it attacked. Meanwhile, Macron told reporters that he "
            "planned to talk to Putin over the security of the Russian-occupied Zaporizhzhia plant in Ukraine.\n")
    ex = _extracted(nlp, text)
    assert not _quotes(ex, "consequences", direct=False)
    assert [q.cue for q in ex.quotes] == ["tell"]


# -- content spans ---------------------------------------------------------------------------------

def test_report_stops_before_another_statement_in_a_time_clause(nlp) -> None:
    # https://happyghana.com/south-sudan-arrests-vice-president-as-new-civil-war-fears-mount
    text = ("South Sudan’s main opposition party said its leader Riek Machar has been arrested as the U.N. "
            "called on all parties to uphold the 2018 agreement that ended the country’s civil war.\n")
    ex = _extracted(nlp, text)
    q = _quote(ex, "its leader Riek Machar has been arrested", direct=False)
    assert q.text == "its leader Riek Machar has been arrested"


def test_report_opening_the_sentence_runs_up_to_its_speaker(nlp) -> None:
    # https://thecheapinvestor.com/2023/06/04/russian-missile-attack-on (Reuters)
    text = ("(Reuters) -A 2-year-old girl was killed and 22 people injured, including five children, when a "
            "Russian missile struck near the central Ukrainian city of Dnipro, the regional governor said on "
            "Sunday.\n")
    ex = _extracted(nlp, text)
    q = _quote(ex, "A 2-year-old girl was killed", direct=False)
    assert q.text.endswith("the central Ukrainian city of Dnipro")


def test_expressed_concern_that_reports_the_clause(nlp) -> None:
    # https://bgnesnews.com/world/china-negotiates-ceasefire-in-myanmar
    text = ("Last week, Beijing also expressed \"strong displeasure\" that fighting in Myanmar had led to Chinese "
            "casualties.\n")
    ex = _extracted(nlp, text)
    q = _quote(ex, "fighting in Myanmar had led to Chinese casualties", direct=False)
    assert _speaker(ex, q).name == "China" and q.cue == "express"


def test_expressed_satisfaction_with_no_clause_reports_nothing(nlp) -> None:
    # docs/annotation.md: "expressed satisfaction with X" has no content clause (censor.net, 2022-09)
    text = "Erdogan expressed satisfaction with the progress of the grain deal talks.\n"
    ex = _extracted(nlp, text)
    assert not [q for q in ex.quotes if not q.direct]
