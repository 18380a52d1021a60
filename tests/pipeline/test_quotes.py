"""The quotes stage: direct quotes, reported speech and their speakers, on real news sentences.

Sentences come from the seed article, the development articles and public news pages (Reuters,
AP, AFP, Anadolu, TASS, VOA, style guides), each cited by its outlet.
"""

from __future__ import annotations

import pytest

from parley.models import Extraction, Quote
from parley.pipeline.cues import load_cues
from parley.pipeline.quote_marks import find_quotes
from parley.pipeline.quotes import QuoteExtractor
from tests.conftest import actor_named


def _quote(ex: Extraction, fragment: str, direct: bool | None = None) -> Quote:
    found = [q for q in ex.quotes if fragment in q.text and (direct is None or q.direct == direct)]
    assert found, f"no quote with {fragment!r} in {[q.text for q in ex.quotes]}"
    return found[0]


def _speaker(ex: Extraction, q: Quote) -> str | None:
    actor = ex.actor(q.speaker)
    return actor.name if actor else None


# -- quote marks -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # Reuters: curly marks, a split quote and a colon
    ("“I hope it will. But it’s uphill. But I hope it will. It is very urgent,” he told Reuters as he "
     "arrived at the United Nations in Geneva.",
     ["I hope it will. But it’s uphill. But I hope it will. It is very urgent,"]),
    # TASS video log: guillemets, and a curly opening mark closed by a guillemet
    ("Russian President Vladimir Putin said that dialogue between himself and his US counterpart Donald "
     "Trump «can be constructive,» during an interview filmed in Moscow on Thursday.", ["can be constructive,"]),
    ("“Trump fulfils his promises given during his election campaign. I believe that the ball is in the "
     "American court,» Putin said.",
     ["Trump fulfils his promises given during his election campaign. I believe that the ball is in the "
      "American court,"]),
    # TRT World: straight and curly marks mixed in one paragraph
    ("Those \"great geopoliticians\" who suggest this are disregarding the interests of ordinary Ukrainians, "
     "he said. \"We always have to think of the people and remember that values are not just words.”",
     ["great geopoliticians", "We always have to think of the people and remember that values are not just words."]),
])
def test_quote_marks_find_each_quotation(text: str, expected: list[str]) -> None:
    assert [q.text(text) for q in find_quotes(text)] == expected


def test_quote_marks_inch_marks_and_apostrophes_are_not_quotes() -> None:
    # rpls.com forum: inch marks; Reuters: apostrophes
    text = ("They were connecting to a 12\" dia. pipe at the upper end and to a 6\" pipe at the lower end. "
            "But it’s uphill, and Shi'ite rebels won't attend.")
    assert find_quotes(text) == []


def test_quote_marks_paragraphs_continue_a_quote() -> None:
    # smobserved.com: a quote over two paragraphs, no closing mark at the first paragraph's end
    text = ("Putin: \"Russia becomes a part of the world economy. We are not going to hurt the system that we "
            "are part of.\n\n\"We had no choice but to invade Ukraine. We expect the predictability on the "
            "part of business.\"\n")
    (q,) = find_quotes(text)
    assert q.closed and len(q.parts) == 2
    assert q.text(text).startswith("Russia becomes") and q.text(text).endswith("part of business.")


def test_quote_marks_stray_mark_is_bounded_by_its_paragraph() -> None:
    # the seed article with the closing mark of its third paragraph lost
    text = ("\"Continuing the Istanbul process, in particular, can play a key role in ending this war. We are "
            "also intensely working on this, Kalın told Anadolu Agency (AA).\n"
            "Turkey is one of the most active countries working to ensure a permanent cease-fire.\n"
            "\"We urgently need the establishment of a humanitarian corridor,\" he said.\n")
    quotes = find_quotes(text)
    assert [q.closed for q in quotes] == [False, True]
    assert "Turkey is one of" not in quotes[0].text(text)
    assert quotes[1].text(text) == "We urgently need the establishment of a humanitarian corridor,"


# -- direct quotes and their speakers -------------------------------------------------------------

SEED_DIRECT = [
    ("Continuing the Istanbul process", "tell", "Anadolu Agency"),
    ("We will continue to make great efforts", "say", None),
    ("But not only these two countries", "add", None),  # "the presidential spokesperson added"
    ("our primary goal,", "say", None),  # a partial quote inside reported speech
    ("But of course, the longer the war continues", "say", None),  # 'he said: "..."'
    ("Of course, our contacts with Russia continue", "say", None),  # 'Asked whether ..., Kalın said:'
    ("We will continue to be in contact with the Russian side", "add", None),
]


@pytest.mark.parametrize("fragment, cue, medium", SEED_DIRECT)
def test_quotes_seed_direct_quote_is_kalins(seed: Extraction, fragment: str, cue: str, medium: str | None) -> None:
    q = _quote(seed, fragment, direct=True)
    assert _speaker(seed, q) == actor_named(seed, "Kalın").name
    assert (q.cue, q.medium) == (cue, medium)


def test_quotes_seed_text_and_span_without_marks(seed: Extraction, seed_text: str) -> None:
    q = _quote(seed, "We urgently need", direct=True)
    assert q.text.endswith("continue,")  # the gold keeps the comma inside the marks
    assert seed_text[q.span[0]:q.span[1]] == q.text
    assert seed_text[q.speaker_span[0]:q.speaker_span[1]] == q.speaker_text == "he"


def test_quotes_scare_quotes_are_not_statements(seed: Extraction) -> None:
    # 'Ukrainian officials signaled readiness to negotiate a “neutral status,”': nobody says it
    assert not [q for q in seed.quotes if q.direct and "neutral status" in q.text]


@pytest.mark.parametrize("text, fragment, speaker", [
    # AP: an inverted cue whose subject is a statement; its author speaks
    ("Representatives from Congo and Rwanda have signed the text of a peace agreement between the two "
     "countries in Washington, according to a joint press release from the two nations and the U.S. State "
     "Department on Wednesday.\n“The Agreement includes provisions on respect for territorial integrity and a "
     "prohibition of hostilities,” said the statement posted to the State Department’s website.",
     "The Agreement includes provisions", "State Department"),  # the actors stage: the U.S.
    # VOA: a quote split around its attribution, the second half with no cue of its own
    ("Russia's defense ministry said each country exchanged 195 prisoners of war.\n\"On January 31, as a "
     "result of the negotiation process, 195 Russian servicemen who were in mortal danger in captivity were "
     "returned from territory controlled by the Kyiv regime,\" the defense ministry said in a statement. \"In "
     "return, exactly 195 prisoners from the armed forces of Ukraine were handed over.\"",
     "In return, exactly 195 prisoners", "Russian Ministry of Defense"),
    # Censor.NET: a definite description the actors stage leaves to the discourse
    ("President of Turkey Recep Tayyip Erdogan held a phone conversation with President Volodymyr Zelensky on "
     "Wednesday.\nErdogan expressed satisfaction with the agreement on the exchange of prisoners.\n"
     "\"Ankara's offer to mediate on the issue of creating a demilitarized zone around the ZNPP remains "
     "valid,\" the Turkish leader said.", "Ankara's offer to mediate", "Recep Tayyip Erdogan"),
    # VOA: a partial quote after a pronoun resolved to the organization that spoke before
    ("The United Nations on Thursday said peace talks aimed at ending the conflict in Yemen were set to "
     "resume next week in the region, and it urged all parties to participate \"in good faith.\"",
     "in good faith", "United Nations"),
    # Wikinews: a partial quote attributed with "according to"
    ("Israel will reportedly return 1,000 Palestinian prisoners in return for Shalit, who will return \"in "
     "the coming days\" according to Israeli Prime Minister Benjamin Netanyahu.",
     "in the coming days", "Benjamin Netanyahu"),
    # anews: a partial quote inside a report is the inner speaker's, not the outer source's
    ("Erdoğan told Putin in a phone call on Thursday that Turkey wanted \"to establish a lasting peace in the "
     "region as soon as possible by increasing the momentum gained in the Istanbul talks\", his office said.",
     "to establish a lasting peace", "Erdoğan"),
    # UrduPoint (APP): a quote paragraph with no cue continues the speaker before it
    ("\"We are ready to host a peace summit where Russia is also present,\" Erdogan told a press conference "
     "in Istanbul, alongside his Ukrainian counterpart, Volodymyr Zelensky.\n\"We are not hopeless,\" he "
     "said.\n\"We believe that there are some opportunities that Turkey can provide with its stance.\"",
     "We believe that there are some opportunities", "Erdogan"),
    # smobserved.com: a headline-style name and colon
    ("Russian President Vladimir Putin addressed the Interpreters Union.\nPutin: \"Russia becomes a part of "
     "the world economy. We are not going to hurt the system that we are part of.\"",
     "Russia becomes a part of the world economy", "Vladimir Putin"),
    # Reuters: a pronoun subject across paragraphs, after a question
    ("U.N. Syria envoy Staffan de Mistura said on Thursday he hoped the U.N. Security Council would agree a "
     "resolution to end fighting in eastern Ghouta.\nAsked what would happen if there were no deal, he said: "
     "“Then we will have to push for it to take place as soon as possible because there is no alternative "
     "but a ceasefire and humanitarian access.”", "Then we will have to push", "Staffan de Mistura"),
])
def test_quotes_direct_speaker(run, text: str, fragment: str, speaker: str) -> None:
    ex = run(text)
    q = _quote(ex, fragment, direct=True)
    expected = actor_named(ex, speaker)
    assert expected is not None and q.speaker == expected.id


def test_quotes_medium_told_reporters(run) -> None:
    # Reuters
    ex = run("French President Emmanuel Macron said on Saturday that the international community would be "
             "watching.\n“We will all be extremely vigilant to ensure that these commitments are met and that the "
             "ceasefire is stable and sustainable,” he told reporters after a four-way Syria summit.")
    q = _quote(ex, "We will all be extremely vigilant", direct=True)
    assert (_speaker(ex, q), q.cue, q.medium) == ("Emmanuel Macron", "tell", "reporters")


def test_quotes_unknown_speaker_stays_none(run) -> None:
    # style guide example: nobody of the text is named
    ex = run("“In the same way it’s like when someone gives you amazing advice that you just don’t take,” he mused.")
    assert all(q.speaker is None for q in ex.quotes)


# -- reported speech ------------------------------------------------------------------------------

@pytest.mark.parametrize("fragment, speaker, cue", [
    ("The continuation of the Istanbul peace process can play", "Kalın", "say"),  # '..., X said late Saturday'
    ("during his visit to Kyiv, he held extensive discussions", "Kalın", "emphasize"),  # 'He emphasized that'
    ("Zelenskyy praised Turkey's support", "Kalın", "add"),  # 'The spokesperson added that'
    ("Ukraine wants to see countries, including Turkey, as guarantors", "negotiator", "say"),  # described speaker
])
def test_quotes_seed_reported_speech(seed: Extraction, fragment: str, speaker: str, cue: str) -> None:
    q = _quote(seed, fragment, direct=False)
    assert speaker.lower() in (_speaker(seed, q) or "").lower()
    assert q.cue == cue


@pytest.mark.parametrize("text, fragment, speaker, cue, medium", [
    # VOA: "told VOA" and a pronoun in the next sentence
    ("A spokesman, Yahia Bolad, for the Sudan Liberation Movement (SLM), one of the key rebel groups, told VOA "
     "his group is not taking part in the talks because it feels it is pointless to talk politics while "
     "violence persists. He says the SLM will start the political process when it sees U.N. troops on the "
     "ground.", "the SLM will start the political process", "Yahia Bolad", "say", None),
    ("A spokesman, Yahia Bolad, for the Sudan Liberation Movement (SLM), one of the key rebel groups, told VOA "
     "his group is not taking part in the talks because it feels it is pointless to talk politics while "
     "violence persists.", "his group is not taking part in the talks", "Yahia Bolad", "tell", "VOA"),
    # AP: "told The Associated Press ... that"
    ("Corneille Nangaa, leader of the Congo River Alliance, a coalition of rebel groups, told The Associated "
     "Press in April that international sanctions would not stop the fighting.",
     "international sanctions would not stop the fighting", "Corneille Nangaa", "tell", "The Associated Press"),
    # IFP News: "according to" a definite description and "in his words"
    ("Yerevan has handed over to Baku the completely agreed draft of a peace treaty and is waiting for Baku’s "
     "response, Armenian Foreign Minister Ararat Mirzoyan has stated.\nAccording to the top Armenian diplomat, "
     "Armenia and Azerbaijan have all the chances to sign a peace treaty soon.\nHowever, in his words, this "
     "agreement will not be able to resolve all the problems with Baku.",
     "this agreement will not be able to resolve", "Ararat Mirzoyan", "say", None),
    ("Yerevan has handed over to Baku the completely agreed draft of a peace treaty and is waiting for Baku’s "
     "response, Armenian Foreign Minister Ararat Mirzoyan has stated.\nAccording to the top Armenian diplomat, "
     "Armenia and Azerbaijan have all the chances to sign a peace treaty soon.",
     "Armenia and Azerbaijan have all the chances", "Ararat Mirzoyan", "according to", None),
    # Medcom: a cue clause in the middle of the sentence
    ("\"I have worked in refugee emergencies for almost 40 years,\" Filippo Grandi said in a statement.\n"
     "Unless there is an immediate end to the conflict, he added, millions more are likely to be forced to "
     "flee Ukraine.", "millions more are likely to be forced", "Filippo Grandi", "add", None),
])
def test_quotes_reported_speech(run, text: str, fragment: str, speaker: str, cue: str, medium: str | None) -> None:
    ex = run(text)
    q = _quote(ex, fragment, direct=False)
    assert (_speaker(ex, q), q.cue, q.medium) == (speaker, cue, medium)
    assert not q.text.startswith(("that ", ",")) and not q.text.endswith((".", ","))


@pytest.mark.parametrize("text, fragment, end, speaker, cue", [
    # Novaya Gazeta Europe: a participle that reports more is a statement of its own
    ("Kremlin spokesperson Dmitry Peskov has accused Ukraine of “effectively disregarding” a 30-day moratorium on "
     "strikes against energy infrastructure, state news agency TASS reported on Monday.\nPeskov said that any "
     "extension to the moratorium, which, according to the Kremlin, expires on Wednesday, would “depend on Vladimir "
     "Putin”, noting that Russia would review the situation and “consult with the Americans” before deciding "
     "whether or not to extend it.", "any extension to the moratorium", "depend on Vladimir Putin", "Dmitry Peskov",
     "say"),
    ("Kremlin spokesperson Dmitry Peskov has accused Ukraine of “effectively disregarding” a 30-day moratorium on "
     "strikes against energy infrastructure, state news agency TASS reported on Monday.\nPeskov said that any "
     "extension to the moratorium, which, according to the Kremlin, expires on Wednesday, would “depend on Vladimir "
     "Putin”, noting that Russia would review the situation and “consult with the Americans” before deciding "
     "whether or not to extend it.", "Russia would review the situation", "whether or not to extend it",
     "Dmitry Peskov", "note"),
    # Inquirer (Reuters): another speaker's clause after "while" is not Yermak's
    ("The Ukrainian president’s chief of staff, Andriy Yermak, said 116 Ukrainians had been returned, while Russian "
     "news agencies cited Moscow’s defense ministry saying 63 Russian POWs had been freed.",
     "116 Ukrainians had been returned", "116 Ukrainians had been returned", "Andriy Yermak", "say"),
    # Business Recorder (AFP): a cue the parser took for the content's dependant, before dashes
    ("The junta said in a statement the ceasefire had “the aim of speeding up relief and reconstruction efforts, "
     "and maintaining peace and stability”.\nBut it warned its opponents — a complex array of pro-democracy and "
     "ethnic minority armed groups — it would still respond to attacks, acts of sabotage or “gathering, "
     "organising, and expanding territory that would undermine peace”.",
     "it would still respond to attacks", "would undermine peace", None, "warn"),
    # almayadeen / allAfrica: a that-clause hung on the cue's own phrase ("said in his remarks that")
    ("Lt. Col. Adam Saleh Abakar, the spokesman for the RSF said in his remarks that the \"small group\" of Abdel "
     "Wahid's rebel forces in the high mountains of Jebel Marra will become accessible after they secured the "
     "areas of Fanga, Deribat and Golo in East Jebel Marra.", "will become accessible", "in East Jebel Marra",
     "Adam Saleh Abakar", "say"),
])
def test_quotes_reported_content_ends_where_its_speaker_stops(run, text: str, fragment: str, end: str,
                                                               speaker: str | None, cue: str) -> None:
    ex = run(text)
    q = _quote(ex, fragment, direct=False)
    assert q.text.endswith(end) and q.cue == cue
    if speaker is not None:
        assert _speaker(ex, q) == speaker


def test_quotes_as_reported_by_names_the_source(run) -> None:
    # Poravalits: "as reported by" a broadcaster
    ex = run("The new agreement supersedes the previous conflict-resolution framework involving Russia, France, and "
             "the United States, as reported by BBC Russian Service.")
    q = _quote(ex, "The new agreement supersedes", direct=False)
    assert q.cue == "report" and "Service" in (q.speaker_text or "")


@pytest.mark.parametrize("text, inner, speaker", [
    # https://middleeastmonitor.com/20250327-sudans-rsf-insists-that-it-is-strategically-repositioning-not-losing-fight-against-army/
    ("The Rapid Support Forces (RSF) paramilitary group denied today that it is losing its war against the Sudanese "
     "Army, Reuters has reported.", "it is losing its war", "Rapid Support Forces"),
    # https://www.timesofisrael.com/israel-hamas-near-deal-to-release-some-70-women-and-children-held-hostage-report/
    ("A high-ranking Israeli official said that a deal with Hamas that would see the terror group release dozens of "
     "women and children it is holding in the Gaza Strip is nearing completion and could be announced within days, "
     "The Washington Post reported Monday.", "a deal with Hamas", None),
])
def test_quotes_outlet_reporting_a_statement_is_not_a_second_statement(run, text: str, inner: str,
                                                                       speaker: str | None) -> None:
    ex = run(text)
    reported = [q for q in ex.quotes if not q.direct]
    assert len(reported) == 1, [q.text for q in reported]
    assert inner in reported[0].text and reported[0].cue != "report"
    if speaker is not None:
        assert _speaker(ex, reported[0]) == speaker


def test_quotes_title_before_the_name_and_dateline(run) -> None:
    # https://thecheapinvestor.com/2023/06/04/russian-missile-attack-on (Reuters): the governor is named
    # only in the next sentence, and the content starts after the agency's dateline
    ex = run("(Reuters) -A 2-year-old girl was killed and 22 people injured, including five children, when a Russian "
             "missile struck near the central Ukrainian city of Dnipro, the regional governor said on Sunday.\n"
             "\u201cOvernight, the body of a girl who had just turned two was pulled from under the rubble of a "
             "house,\u201d Serhiy Lysak wrote on the Telegram messaging channel.\n")
    q = _quote(ex, "2-year-old girl was killed", direct=False)
    assert q.text.startswith("A 2-year-old girl")
    assert _speaker(ex, q) == "Serhiy Lysak"


def test_quotes_data_source_is_not_a_speaker(seed: Extraction) -> None:
    # "according to U.N. estimates" sources a figure; it is not a statement
    assert not [q for q in seed.quotes if "2,899 civilians" in q.text]


# -- configuration --------------------------------------------------------------------------------

def test_quotes_user_cues_file_adds_a_verb(nlp, tmp_path) -> None:
    cues_file = tmp_path / "cues.yaml"
    cues_file.write_text("verbs: [muse]\n", encoding="utf-8")
    doc = nlp("“In the same way it’s like when someone gives you amazing advice that you just don’t take,” "
              "he mused.")
    QuoteExtractor(load_cues(cues_file), frozenset())(doc)
    assert [q.cue for q in doc._.quotes] == ["muse"]


def test_quotes_pipeline_declares_what_it_reads(nlp) -> None:
    assert not nlp.analyze_pipes()["problems"].get("parley_quotes")


def test_quotes_unnamed_resident_is_not_the_city(run) -> None:
    # https://english.almayadeen.net/news/politics/sudans-armed-forces-deny-rsf-control-over-central-darfur-sta
    ex = run("\"Members of the Rapid Support Forces (RSF) told me I had 24 hours to leave the area,\" Fawzy Radwan, a "
             "Khartoum resident told AFP, after taking care of his family's house.")
    q = _quote(ex, "told me I had 24 hours", direct=True)
    assert _speaker(ex, q) not in ("Sudan", "Khartoum") and "Radwan" in (q.speaker_text or "")
