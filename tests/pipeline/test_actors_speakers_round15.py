"""Round 15: a user's gazetteer for places taken, title-only posts of more bodies, and hard-wrapped lines.

- the pattern book reads the events stage's gazetteer, a user's places file included, when it tells a place
  named as what a verb took ("recapture Kafr Naboudeh"; event_patterns.load_patterns ``places_file``,
  event_verb_objects.object_words);
- a definite post one person holds (titles.yaml ``post``, ``post_of``) with no holder named is a person of the
  post's usual body the text names ("the High Commissioner" with UNHCR named, "the Special Envoy" with the UN
  named; ``post_of_named``; actor_titles.TitleReader._post_holder); a phrase naming its body in front ("the UN
  chief said", "the AU Commission Chair praised") stays the body's, and "chair" is a title word, no body;
- a single line break that wraps a sentence ("said Ould Cheikh\\nAhmed") is read as a space, so the sentence,
  its paragraph and its speaker's name are read whole; a headline or a blank line still ends a sentence
  (lines.wrapped_breaks, lines.UnwrappingTokenizer).

Each case is text copied from a news page, with its address. Cases marked "aside" were scored only at the
end of the round.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from parley.extract import extract
from parley.models import Extraction
from parley.pipeline.event_patterns import load_patterns
from parley.pipeline.event_verb_objects import PLACE_OBJECT, object_words
from parley.pipeline.lines import unwrapped, wrapped_breaks
from parley.settings import Settings
from tests.pipeline.event_support import coded, names

# The format of resources/places.yaml: towns the bundled gazetteer lacks.
USER_PLACES = """\
- name: Kafr Nabuda
  aliases: [Kafr Naboudeh, Kfar Nabuda, Kfar Nabudah]
  country: SYR
  lat: 35.4
  lon: 36.5
  kind: town
- name: Kibaya
  country: COD
  lat: -1.55
  lon: 29.05
  kind: town
"""


@pytest.fixture(scope="module")
def places_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("places") / "places.yaml"
    path.write_text(USER_PLACES, encoding="utf-8")
    return path


# --- 1. a user's places file -------------------------------------------------------------------------------

def test_pattern_book_tells_a_place_only_the_users_file_names(nlp, places_file: Path) -> None:
    # https://www.rantburg.com/comments.php?D=2019-05-23&ID=541605&HC=1 (fit)
    text = ("Hay’at Tahrir al-Sham and their Ottoman Turkish-backed rebel allies have already managed to recapture "
            "Kafr Naboudeh from the Syrian Arab Army on Wednesday.")
    doc = nlp(text)  # the bundled gazetteer: the actors stage takes "Kafr Naboudeh" for a person
    town = next(t for t in doc if t.text == "Naboudeh")
    verb = next(t for t in doc if t.text == "recapture")
    own = load_patterns(None, None, places_file)
    bundled = load_patterns(None)
    assert PLACE_OBJECT in object_words(town, own.places)
    assert PLACE_OBJECT not in object_words(town, bundled.places)
    taken = own.verb_event(verb)
    assert taken is not None and (taken.type, taken.mode) == ("ASSAULT", "occupy")


def test_event_place_from_the_users_places_file(places_file: Path) -> None:
    # https://www.therwandan.com/m23-captures-rubaya-a-key-coltan-mining-city-in-eastern-dr-congo/ (fit)
    text = ("A local civil society leader in Masisi, Voltaire Sadiki, informed the BBC that M23 had also taken the "
            "town of Kibaya and was interacting with the local populace, urging those with weapons to surrender "
            "them to facilitate ongoing mining operations.")
    x = extract(text, settings=Settings(places_file=places_file), published="2024-05-01")
    taken = [e for e in x.events if e.type == "ASSAULT" and "m23" in names(x, e.actors)]
    assert taken and taken[0].place == "Kibaya" and taken[0].coordinates == (-1.55, 29.05), coded(x)


# --- 2. title-only posts ---------------------------------------------------------------------------------------

def _party(x: Extraction, actor_id: str | None) -> bool:
    """Whether an actor is an international body or a person of one (sector IGO)."""
    actor = x.actor(actor_id) if actor_id else None
    return actor is not None and actor.sector == "IGO"


def _quoted_by_body(x: Extraction, words: str) -> bool:
    return any(words in q.text and _party(x, q.speaker) for q in x.quotes)


def _acted_by_body(x: Extraction, type_: str) -> bool:
    return any(e.type == type_ and any(_party(x, a) for a in e.actors) for e in x.events)


def test_un_chief_said(run) -> None:
    # https://sundiatapost.com/ban-welcomes-agreement-on-nationwide-cessation-of-hostilities-in-syria/ (fit)
    x = run("The UN chief said the agreement further contributed to creating an environment conducive for the "
            "resumption of political negotiations.", published="2016-02-22")
    assert _quoted_by_body(x, "environment conducive"), x.quotes


def test_un_envoy_called_on_the_parties(run) -> None:
    # https://www.gulf-times.com/story/503821/UN-envoy-launches-new-bid-to-prop-up-Yemen-peace-talks (fit)
    x = run("The UN envoy has called on the parties involved in the peace consultations to take decisive decisions "
            "to authenticate their intentions for resolving the Yemeni crisis.", published="2016-07-17")
    assert _acted_by_body(x, "REQUEST"), coded(x)


@pytest.mark.xfail(strict=False, reason="'encouraged X to V' is neither a speech cue nor a request verb yet")
def test_high_commissioner_with_unhcr_named(run) -> None:
    # https://www.cnbcafrica.com/apo/2019/10/15/unhcr-high-commissioner-starts-two-day-visit-to-south-africa/ (fit)
    x = run("“I told them that UNHCR will continue to develop its dialogue with them, and that I will also discuss "
            "their concerns with the authorities during my visit in the country”.\n\n"
            "The High Commissioner encouraged the refugees to continue to express their concerns in a peaceful "
            "manner.", published="2019-10-15")
    assert any(a.type == "person" and a.sector == "IGO" for a in x.actors)
    assert _acted_by_body(x, "REQUEST") or _quoted_by_body(x, "express their concerns"), coded(x)


def test_un_high_commissioner_for_refugees(run) -> None:
    # https://unhcr.org/ir/?p=4165 (fit)
    x = run("Throughout his visit, the UN High Commissioner for Refugees appreciated the generosity of the Islamic "
            "Republic of Iran for the hospitality and kindness it has shown refugees for nearly 40 years.",
            published="2016-06-20")
    assert _acted_by_body(x, "SUPPORT"), coded(x)


def test_eu_foreign_policy_chief_says(run) -> None:
    # https://voa.pangea-cms.com/preview/en-US/a/eu-foreign-policy-chief-urges-serbia-kosovo-to-resolve-ties/4651158.html (fit)
    x = run("The European Union's foreign policy chief says the bloc expects Serbia and Kosovo to \"swiftly deliver\" "
            "on their commitment to the talks on normalizing relations, which is the key for the two nations to "
            "advance toward membership in the bloc.", published="2018-11-08")
    assert _quoted_by_body(x, "the bloc expects"), x.quotes


def test_eu_top_diplomat_called_on(run) -> None:
    # https://www.seattletimes.com/business/eu-renews-efforts-to-resume-kosovo-serbia-talks/ (fit)
    x = run("The European Union’s top diplomat on Thursday called on Serbia and Kosovo to resume dialogue, saying "
            "it’s the only way to normalize their ties and achieve a final agreement.", published="2020-01-30")
    asks = [e for e in x.events if e.type == "REQUEST" and any(_party(x, a) for a in e.actors)]
    assert asks and {"serbia", "kosovo"} <= names(x, asks[0].targets), coded(x)


# http://www.app.com.pk/un-envoy-welcomes-the-start-of-ceasefire-in-yemen/ (as stored: the page wraps its lines)
APP_ENVOY = (
    "UNITED NATIONS , Apr 11 (APP): The United Nations Special\n"
    "Envoy for Yemen has welcomed the start of the ceasefire that began at midnight, 10 April, urging all parties "
    "to work to ensure that the terms are fully respected and create a conducive environment for the peace talks "
    "scheduled to resume next week.\n\n"
    "“Both sides have committed to adhere to the Terms and Conditions for the cessation of hostilities which I "
    "presented,” the Special Envoy said."
)


def test_special_envoy_said_with_the_un_named(run) -> None:
    # (fit)
    x = run(APP_ENVOY, published="2016-04-11")
    assert _quoted_by_body(x, "Both sides have committed"), [(q.speaker, q.text[:30]) for q in x.quotes]


@pytest.mark.xfail(strict=False, reason="'The United Nations Special\\nEnvoy' wraps once in a text of long lines: "
                                        "no width shows it, and the break is read as a headline's")
def test_special_envoy_welcomed_across_a_lone_wrap(run) -> None:
    # (fit)
    x = run(APP_ENVOY, published="2016-04-11")
    assert _acted_by_body(x, "SUPPORT") and "yemen" not in {n for e in x.events for n in names(x, e.actors)}, coded(x)


def test_special_envoy_held_sessions(run) -> None:
    # http://en.chinagate.cn/2015-12/19/content_37352979.htm (fit)
    x = run("The UN special envoy for Yemen on Friday urged all parties involved to respect a newly reached "
            "ceasefire deal.\n\n"
            "According to a statement issued Friday by his office, the Special Envoy held several sessions with the "
            "participants on the fourth day of the peace talks in Switzerland.", published="2015-12-19")
    assert _quoted_by_body(x, "held several sessions"), [(q.speaker, q.text[:30]) for q in x.quotes]


def test_un_envoy_added(run) -> None:
    # https://www.justearthnews.com/people-details/HC/4116/in-saudi-arabia-un-envoy-seeks-to-further-initiatives-to-end-violence-in-yemen.html (aside)
    x = run("The UN envoy added that these steps include a renewed ceasefire, confidence-building measures to "
            "alleviate the humanitarian suffering and the return to the negotiation table towards a comprehensive "
            "peace agreement.", published="2017-10-26")
    assert _quoted_by_body(x, "these steps include"), x.quotes


def test_au_commission_chair_praised(run) -> None:
    # https://ranksafrica.com/?p=26119 (aside)
    x = run("The AU Commission Chair specifically praised the roles played by both international and African "
            "stakeholders in facilitating the crucial breakthrough:", published="2025-12-05")
    assert _acted_by_body(x, "SUPPORT"), coded(x)
    assert not any(a.name == "Chair" for a in x.actors)


@pytest.mark.xfail(strict=False, reason="an envoy's body must be named in the text; here only the US is")
def test_special_envoy_appeal_is_not_kerrys(run) -> None:
    # http://en.chinagate.cn/2016-05/03/content_38368060.htm (aside)
    x = run("In a statement issued after his meeting with U.S. Secretary of State John Kerry in Geneva to discuss "
            "ongoing efforts to reaffirm and re-implement the cessation of hostilities throughout Syria, the special "
            "envoy re-emphasized his appeal to the United States and Russia to renew their efforts to protect and "
            "restore the cessation of hostilities nationwide.", published="2016-05-03")
    asks = [e for e in x.events if e.type == "REQUEST"]
    assert asks and "john kerry" not in names(x, asks[0].actors), coded(x)


def test_un_chief_said_he_remains_engaged(run) -> None:
    # https://english.news.cn/20250320/38019a29a47049799673b53822efa49c/c.html (aside)
    x = run("Underscoring his consistent support for the freedom of navigation in the Black Sea, the UN chief said he "
            "remains closely engaged in the continued implementation of the Memorandum of Understanding with Russia "
            "on global food security.", published="2025-03-20")
    assert _quoted_by_body(x, "closely engaged"), x.quotes


# --- 3. hard-wrapped lines -------------------------------------------------------------------------------------

WRAPPED = [
    # https://www.seattletimes.com/business/eu-renews-efforts-to-resume-kosovo-serbia-talks/ (fit)
    ("“My duty, my task my endeavor my objective, is to accompany, facilitate the negotiations between Serbia and "
     "Kosovo,” Borrell said after meeting with Kosovar President Hashim Thaci.", "Borrell"),
    # https://rferl.org/amp/eu-top-envoy-says-no-clash-with-u-s-over-kosovo-talks/30410474.html (fit)
    ("“There is no difference between the United States and the European Union in our approach to Kosovo,” said "
     "Borrell, who was on his first trip to the Balkan region.", "Borrell"),
    # https://www.justearthnews.com/people-details/HC/4116/in-saudi-arabia-un-envoy-seeks-to-further-initiatives-to-end-violence-in-yemen.html (fit)
    ("“We are currently exploring significant steps that each side can take to restore confidence and move towards "
     "a viable negotiated settlement,” said Ould Cheikh Ahmed at the end of the visit during which he met with "
     "Yemeni President Abd-Rabbu Mansour Hadi and Foreign Minister Abdel-Malek Al-Mikhlafi.", "Ould Cheikh Ahmed"),
    # https://www.anews.com.tr/europe/2025/04/14/eu-foreign-ministers-gather-to-discuss-ukraine-gaza (fit)
    ("\"I think we have to put the maximum pressure on Russia to really end this war, because it takes two to want "
     "peace. It only takes one to want war,\" EU foreign policy chief Kaja Kallas said during her doorstep remarks.",
     "Kallas"),
    ("French foreign minister Jean Noel-Barrot said Russia had \"no intention\" to agree to a ceasefire.",
     "Noel-Barrot"),
    # https://www.middleeastmonitor.com/20250414-eu-foreign-ministers-gather-to-discuss-ukraine-gaza/ (fit)
    ("Polish Foreign Minister Radoslaw Sikorski said that he was “appalled” by the recent Russian attack in "
     "Ukraine’s Suma region.", "Sikorski"),
    # https://www.ynetnews.com/article/HJUnjw11Yd (fit)
    ("\"The priority is the immediate cessation of all violence and the implementation of a ceasefire,\" Borrell "
     "said after a video conference of EU foreign ministers, adding the statement is backed by all the bloc’s member "
     "states except Hungary.", "Borrell"),
    # https://turkeynewstoday.com/eu-foreign-minister-meeting-to-focus-on-ukraine-gaza-wars-dw-08-29-2024 (aside)
    ("“Some Patriot systems were announced and not delivered yet,” Kuleba told reporters as he arrived.", "Kuleba"),
    # https://presstv.ir/Detail/2016/02/05/448756/UNSC-Syria-de-Mistura-High-Negotiations-Committee (aside)
    ("Specifying the reason for the suspension, De Mistura said on Wednesday, \"I have concluded frankly that... "
     "there is more work to be done, not only by us but by the stakeholders.\"", "Mistura"),
    # https://www.omanobserver.om/un-envoy-moves-to-revive-yemen-talks/ (aside)
    ("UN envoy Martin Griffiths told the Security Council he will be travelling to Sanaa and Riyadh to secure “a firm "
     "commitment from the parties to convene for continued consultations.”", "Griffiths"),
    # https://www.dailynewsegypt.com/2023/11/14/eu-foreign-ministers-call-for-immediate-ceasefire-in-gaza/ (aside)
    ("Schallenberg emphasized that the ceasefire is a matter of urgency and that Israel, like any other country, has "
     "to respect international humanitarian law and avoid civilian casualties.", "Schallenberg"),
]
# Cases the wrap at one width leaves to a lone break between a speech verb and a capitalised word.
LONE_BREAKS = {(4, 50)}


@pytest.mark.parametrize("width", [50, 72])
@pytest.mark.parametrize("case", range(len(WRAPPED)))
def test_speaker_of_a_hard_wrapped_sentence(run, case: int, width: int) -> None:
    if (case, width) in LONE_BREAKS:
        pytest.xfail("'... Noel-Barrot said\\nRussia had': one break after a speech verb, before a name")
    sentence, speaker = WRAPPED[case]
    text = textwrap.fill(sentence, width=width)
    assert "\n" in text
    x = run(text, published="2024-01-01")
    spoken = [x.actor(q.speaker).name for q in x.quotes if q.speaker and x.actor(q.speaker)]
    assert any(speaker.lower() in n.lower() for n in spoken), (text, spoken)


def test_a_real_wrap_after_a_comma(run) -> None:
    # http://www.app.com.pk/un-envoy-welcomes-the-start-of-ceasefire-in-yemen/ (fit; wrapped as the page stores it)
    text = ("In a statement, the UN Secretary General’s Special Envoy,\n"
            "Ismail Ould Cheikh Ahmed, highlighted that the terms and conditions for the cessation of hostilities "
            "include commitments for the unhindered access for humanitarian supplies and personnel to all parts of "
            "Yemen.")
    x = run(text, published="2016-04-11")
    persons = [a for a in x.actors if a.type == "person"]
    assert [a.name for a in persons] == ["Ismail Ould Cheikh Ahmed"] and persons[0].sector == "IGO"
    assert not any("\n" in a.name for a in x.actors)


def test_headlines_and_blank_lines_still_end_a_sentence() -> None:
    # https://www.rt.com/newsline/479605-eu-serbia-kosovo-dialogue/ (headline, deck and first paragraph)
    text = ("EU foreign policy chief calls on Serbia & Kosovo to resume dialogue\n"
            "30 Jan, 2020 15:36\n"
            "The European Union’s top diplomat on Thursday called on Serbia and Kosovo to resume dialogue, saying it’s "
            "the only way to achieve a final agreement.\n\n"
            "EU foreign policy chief Josep Borrell was on a two-day trip to Kosovo before traveling Friday to Serbia.")
    assert wrapped_breaks(text) == set()
    assert unwrapped(text) == text


def test_wrapped_paragraph_reads_as_one_line() -> None:
    # https://www.ynetnews.com/article/HJUnjw11Yd, wrapped at 60 after a one-line headline
    body = textwrap.fill(WRAPPED[6][0], width=60)
    text = "EU top diplomat urges Israel-Palestinian ceasefire\n\n" + body
    flat = unwrapped(text)
    assert len(flat) == len(text)
    assert flat.count("\n") == 2 and flat.endswith(WRAPPED[6][0])
