"""The quotes stage on a fourth round of unseen outlets: a speaker the parser hangs inside the
quote, a cue after a short title's point ('Brig. Gen.'), a pronoun whose person is named only in
the next sentence, and quotes in hard-wrapped text. Each text is a real news sentence or
paragraph, cited by its address.
"""

from __future__ import annotations

from parley.pipeline.quote_marks import find_quotes
from tests.pipeline.test_quotes_unseen import _quote, _speaker
from tests.pipeline.test_speakers import _extracted

# -- the speaker is outside the quote, never a noun of it ---------------------------------------

# https://jordantimes.com/news/world/ukraine-received-russian-bodies-in-exchange-of-war-dead-zelensky
BODIES = (
    "KYIV, Ukraine — Ukraine received the bodies of 20 Russian soldiers during exchanges of war dead with "
    "Moscow, Ukrainian president Volodymyr Zelensky said in remarks made public Saturday.\n"
    "\"It has already been confirmed during repatriations that the bodies of 20 people handed over to us as "
    "our deceased soldiers are Russian,\" Zelensky said in remarks released on Saturday.\n"
)

# https://actualnewsmagazine.com/english/western-sahara-the-un-envoy-for-the-region-meets-the-separatists
POLISARIO = (
    "Mr. de Mistura spoke in a Sahrawi refugee camp notably with the head of the delegation of negotiators "
    "of the independence movement Khatri Addouh and the representative of the Polisario at the UN Omar "
    "Sidi Mohamed.\n"
    "The Polisario “is committed to a just peace (and) undertakes to defend, by all means, the right of the "
    "Saharawi people to achieve their legitimate objectives for self-determination and independence”, "
    "declared Mr. Sidi Mohamed to the press after this interview.\n"
)


def test_subject_inside_the_quote_gives_way_to_the_name_after_it(nlp):
    ex = _extracted(nlp, BODIES)
    q = _quote(ex, "bodies of 20 people handed over", direct=True)
    speaker = _speaker(ex, q)
    assert speaker is not None and "Zelensky" in speaker.name


def test_inverted_speaker_after_the_cue_not_a_noun_of_the_quote(nlp):
    ex = _extracted(nlp, POLISARIO)
    q = _quote(ex, "is committed to a just peace", direct=True)
    speaker = _speaker(ex, q)
    assert speaker is not None and "Sidi Mohamed" in speaker.name
    assert q.speaker_text != "the right"


# -- a short title's point ends no sentence -----------------------------------------------------

# https://www.benarnews.org/english/news/philippine/basilan-ceasefire-11102022124507.html
ROJAS = (
    "“We are currently employing ceasefire mechanisms to pacify the situation,” Brig. Gen. Arturo Rojas "
    "said, adding that troops deployed to the area were instructed to “protect the integrity of the peace "
    "process.”\n"
)


def test_cue_after_a_title_abbreviation_attributes_the_quote(nlp):
    ex = _extracted(nlp, ROJAS)
    q = _quote(ex, "employing ceasefire mechanisms", direct=True)
    speaker = _speaker(ex, q)
    assert speaker is not None and "Rojas" in speaker.name


# -- a pronoun before any person: the person who speaks next --------------------------------------

# https://dailypost.ng/2025/04/24/ukraine-russia-gives-condition-for-peace/
PESKOV = (
    "Russia has set conditions for cessation of hostilities in Ukraine, with a demand for the withdrawal of "
    "Ukrainian troops from its territory.\n\n"
    "“If Ukraine withdrew its troops from these four regions—yes,” he told Le Point in response to a "
    "question on ending the war.\n\n"
    "Peskov stressed that the four areas are already documented in the Russian constitution as “an "
    "inseparable part” of the federation.\n"
)

# http://retiredanalyst.blogspot.com/2016/07/military-welcomes-unilateral-ceasefire.html
# (negative: a person named before the pronoun keeps it)
BATCHAR = (
    "Captain Rhyan Batchar, spokesperson of the 10th Infantry Division said all operating units of the "
    "Armed Forces of the Philippines in Davao Region have been ordered to stand down.\n\n"
    "“We have ordered our line units to stop all offensive operations against the NPA effective "
    "immediately,” he said.\n\n"
    "President Rodrigo Duterte said the rebels should stop the decades of ambuscades.\n"
)


def test_pronoun_with_no_person_before_is_the_next_speaker(nlp):
    ex = _extracted(nlp, PESKOV)
    q = _quote(ex, "If Ukraine withdrew its troops", direct=True)
    speaker = _speaker(ex, q)
    assert speaker is not None and "Peskov" in speaker.name


def test_pronoun_after_a_named_person_stays_with_them(nlp):
    ex = _extracted(nlp, BATCHAR)
    q = _quote(ex, "ordered our line units", direct=True)
    speaker = _speaker(ex, q)
    assert speaker is not None and "Batchar" in speaker.name


# -- hard-wrapped text: a quote's sentence runs on over lines -------------------------------------

# http://namnewsnetwork.org/?p=31762
GUAIDO = (
    "“We have the legitimate right to build the international capacities and\n"
    "alliances necessary to protect and defend our people and our sovereignty,”\n"
    "Guaido said on Twitter.\n"
    "Guaido is recognized by the United States and more than 50 other countries\n"
)
NORWAY = (
    "“The two parties will meet this week in Barbados to move forward in the\n"
    "search for a negotiated and constitutional solution,” the statement said.\n"
)


def test_wrapped_quote_is_one_stretch():
    (q,) = find_quotes(NORWAY)
    assert q.text(NORWAY).startswith("The two parties") and q.text(NORWAY).endswith("constitutional solution,")
    assert q.close_at is not None


def test_wrapped_quote_takes_the_cue_on_the_next_line(nlp):
    ex = _extracted(nlp, GUAIDO)
    q = _quote(ex, "legitimate right", direct=True)
    assert "our sovereignty" in q.text
    speaker = _speaker(ex, q)
    assert speaker is not None and "Guaido" in speaker.name


def test_capitalized_line_after_an_unclosed_quote_is_no_wrap():
    # https://www.forcesnews.com/ukraine/prisoner-exchange-praised-step-toward-freedom-ukrainian-president
    text = ("The president said: \"Ninety-five of our people are back at home. Soldiers who defended Mariupol\n"
            "Footage showed both Ukrainian and Russian soldiers being reunited with their families.\n")
    (q,) = find_quotes(text)
    assert "Footage" not in q.text(text)


# -- reported speech: a cue clause closing a paragraph, a clause the parser splits in two ---------

# https://afrinz.ru/en/2025/10/over-33000-people-flee-sudans-el-fasher-in-two-days/
EL_FASHER = (
    "More than 33,000 residents were forced to leave the Sudanese city of El-Fasher between 27 and 28 "
    "October due to attacks by the rebel Rapid Support Forces (RSF), the International Organization for "
    "Migration (IOM) has reported.\n"
    "Most of those displaced fled to rural areas surrounding El-Fasher, while others reached the towns of "
    "Tawila, Mellit and Kebkabiya to the west of the city.\n"
)


def test_cue_clause_ending_a_paragraph_reports_what_comes_before(nlp):
    ex = _extracted(nlp, EL_FASHER)
    q = _quote(ex, "More than 33,000 residents were forced", direct=False)
    speaker = _speaker(ex, q)
    assert speaker is not None and "Migration" in speaker.name
    assert "Most of those displaced" not in q.text


def test_reported_clause_split_by_the_parser_runs_to_its_predicate(nlp):
    ex = _extracted(nlp, ROJAS)
    q = _quote(ex, "troops deployed to the area", direct=False)
    assert "were instructed" in q.text


def test_reported_clause_keeps_its_own_end(nlp):
    # negative: the clause of the first cue does not swallow the next sentence
    ex = _extracted(nlp, BODIES)
    q = _quote(ex, "received the bodies of 20 Russian soldiers", direct=False)
    assert "It has already been confirmed" not in q.text


# -- a definite title: the person introduced with it ----------------------------------------------

# https://nan.media/en/the-un-envoy-abdullah-patel-meets-with-ambassadors-from-5-countries-to-discuss-developments-in-libya/
LIBYA = (
    "The UN envoy to Libya, Abdullah Batele, held a series of meetings on Tuesday, where he met with the "
    "ambassadors of Egypt, Tunisia, the Netherlands, Germany, and France to discuss developments in the "
    "political situation in Libya.\n\n"
    "The UN envoy noted that he exchanged views with the French ambassador on the political, economic and "
    "security situation in Libya, while renewing their commitment to all axes of the peace process, "
    "including the security track.\n"
)


def test_definite_title_is_the_person_introduced_with_it(nlp):
    ex = _extracted(nlp, LIBYA)
    q = _quote(ex, "exchanged views with the French ambassador", direct=False)
    speaker = _speaker(ex, q)
    assert speaker is not None and speaker.name == "Abdullah Batele"


def test_title_never_introduced_is_not_an_earlier_person(nlp):
    # negative: a person named in another apposition (Khatri Addouh) does not take the quote
    ex = _extracted(nlp, POLISARIO)
    q = _quote(ex, "is committed to a just peace", direct=True)
    assert _speaker(ex, q).name != "Khatri Addouh"
