"""Who an event is aimed at: acts referred to before and counterparts in the document
(:mod:`parley.pipeline.event_targets`), what a threat is about, pronoun objects, "each side",
plural demonyms and the parties of described officials (:mod:`parley.pipeline.event_roles`,
:mod:`parley.pipeline.event_references`).

Sentences come from news pages found with the project's search tool and from gold/dev articles
(sources beside each case).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from parley.models import Event, Extraction
from parley.pipeline.event_references import PartyResolver
from tests.conftest import ROOT


def names(ex: Extraction, ids: tuple[str, ...]) -> set[str]:
    """The names of the actors with these ids."""
    return {a.name for i in ids if (a := ex.actor(i)) is not None}


def event_by(ex: Extraction, type_: str, trigger: str) -> Event:
    """The event of a type whose trigger starts with ``trigger``, failing the test when there is none."""
    found = [e for e in ex.events if e.type == type_ and e.trigger.startswith(trigger)]
    assert found, f"no {type_} {trigger!r} event in {[(e.type, e.trigger, e.targets) for e in ex.events]}"
    return found[0]


# -- a reaction to an act reported before --------------------------------------------------------

REFERRED = [
    # (text, type, trigger, the target, source)
    ("The deal, which ended Russia's blockade of Ukrainian ports, collapsed after Russia pulled out from the "
     "agreement on July 17. The Ukrainian government has referred to Russia's decision as \"blackmail.\"\n"
     "Kremlin spokesperson Dmitry Peskov claimed that the deal collapsed due to Russia's demands not being "
     "implemented.\nPutin has said that Moscow's demands focus on logistics, insurance, and the movement of money "
     "when paying for Russian products.\nGuterres has condemned the decision and stated that millions of people "
     "around the world at risk of hunger \"will pay the price.\"",
     "ACCUSE", "condemned", "Russia"),  # https://kyivindependent.com/turkish-mfa (gold/dev)
    ("Duque had arrest warrants issued for ELN negotiators and asked Cuba to extradite them, which Havana refused.",
     "REJECT", "refused", "Duque"),  # https://www.trtworld.com/article/13559709 (gold/dev)
    ("\"It is deeply distressing that M23 is snatching patients from hospital beds in coordinated raids and holding "
     "them incommunicado in undisclosed locations,\" Shamdasani said in a statement.\nShe denounced the raids as "
     "\"arbitrary and abusive\" and urged the group to immediately release the abductees.",
     "ACCUSE", "denounced", "M23"),
    # https://bignewsnetwork.com/news/278073207/dr-congo-rebels-have-abducted-hospital-patients-un (gold/dev)
]


@pytest.mark.parametrize(("text", "type_", "trigger", "target"), REFERRED)
def test_referred_targets_name_the_party_of_the_earlier_act(run, text, type_, trigger, target):
    ex = run(text)
    e = event_by(ex, type_, trigger)
    assert target in names(ex, e.targets)
    assert not e.inferred_targets


def test_referred_targets_keep_a_target_the_object_names(run):
    # the decision is named with its author: no earlier act is looked for
    # https://breitbart.com/politics/2019/10/07/mitt-romney-trumps-syria-withdrawal-a-betrayal-of-kurds/amp
    ex = run("The White House announced Sunday it will remove U.S troops from northern Syria ahead of a Turkish "
             "military advance to expel Kurdish forces from the region. Sen. Mitt Romney on Monday condemned "
             "President Donald Trump's decision to withdraw U.S. troops in northern Syria.")
    e = event_by(ex, "ACCUSE", "condemned")
    assert "Donald Trump" in names(ex, e.targets)
    assert "Turkey" not in names(ex, e.targets)
    assert not e.inferred_targets


# -- what a threat is about ----------------------------------------------------------------------

THREATS = [
    # (sentence, actor, target, source)
    ("Yemen's Houthi rebels have threatened to target Saudi Arabia's oil installations should the country allow a "
     "US-led coalition to use its airspace to counter the group's attacks, a Houthi spokesperson said in an "
     "interview with al-Masirah TV on March 25.",
     "Houthis", "Saudi Arabia"),
    # https://www.hellenicshippingnews.com/houthis-threaten-saudi-arabias-oil-installations-for-supporting-us-aggression/
    ("The armed wing of Hamas Ezzedine al-Qassam Brigades on Tuesday rejected the Egyptian proposal for a ceasefire "
     "in Gaza and threatened to \"intensify\" its conflict with Israel.",
     "Hamas", "Israel"),
    # https://dnd.com.pk/israel-accepts-egyptian-proposal-ceasefire-gaza-hamas-rejects/71892
]


@pytest.mark.parametrize(("text", "actor", "target"), THREATS)
def test_threat_targets_what_the_threatened_act_is_aimed_at(run, text, actor, target):
    ex = run(text)
    e = event_by(ex, "THREATEN", "threatened")
    assert actor in names(ex, e.actors)
    assert target in names(ex, e.targets)
    assert not e.inferred_targets


def test_threat_against_no_one_named_has_no_target(run):
    # a single party and no counterpart in the text: nothing to guess
    # https://www.news18.com/news/world/after-sending-shockwaves-in-oil-markets-yemens-iran-backed-rebels-threaten-new-attacks-on-saudi-arabia-2311245.html
    ex = run("Yemen's Iran-backed Huthi rebels on Monday threatened to carry out more strikes and urged "
             "foreigners to stay away.")
    assert all(not e.targets for e in ex.events if e.type == "THREATEN")


# -- plural demonyms -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "target"), [
    ("Peskov said that any extension to the moratorium, which, according to the Kremlin, expires on Wednesday, "
     "would \"depend on Vladimir Putin\", noting that Russia would review the situation and \"consult with the "
     "Americans\" before deciding whether or not to extend it. Moscow and Kyiv agreed to observe a US-brokered "
     "30-day moratorium on targeting each other's energy infrastructure last month.",
     "United States"),
    # https://novayagazeta.eu/articles/2025/04/14/kremlin-accuses-ukraine-of-effectively-disregarding-energy-strike-moratorium-en-news (gold/dev)
])
def test_plural_demonym_is_the_state(run, text, target):
    ex = run(text)
    e = event_by(ex, "CONSULT", "consult")
    assert target in names(ex, e.targets)
    assert not e.inferred_targets


# -- the counterpart in the document -------------------------------------------------------------


def test_counterpart_is_guessed_and_marked(run):
    # https://www.shine.cn/news/world/2505164726/ (gold/dev)
    ex = run("Delegations of Russia and Ukraine concluded their meeting in Turkey's Istanbul on Friday, agreeing "
             "to hold a new round of negotiations and have a large-scale prisoner exchange.\nAs a key outcome of "
             "the two-hour talks, Russia and Ukraine agreed to a prisoner exchange involving 1,000 people from "
             "each side.\nAccording to Russian diplomatic sources, Presidential Aide Vladimir Medinsky said the swap "
             "would take place soon. He also expressed overall satisfaction with the meeting and confirmed that "
             "Russia is ready to continue the dialogue.")
    e = event_by(ex, "CONSULT", "continue")
    assert names(ex, e.targets) == {"Ukraine"}
    assert e.inferred_targets
    assert "inferred_targets" in ex.to_contract()["events"][0]
    named = [e for e in ex.events if e.type == "AGREE"]
    assert named and not any(e.inferred_targets for e in named)


def test_reference_with_a_possessor_names_the_earlier_act(run):
    # https://www.africanews.com/2022/08/19/ethiopia-unveils-plan-to-end-war-calls-for-ceasefire-with-tigray-rebels/
    ex = run("The spokesperson for the Ethiopian Prime Minister's Office announced Wednesday, the 7-member peace "
             "committee had drawn up a \"proposal\" to start ceasefire talks with the rebels and end the war in the "
             "northern region.\nOn Wednesday, the spokesperson for the Ethiopian Prime Minister's Office insisted "
             "the government wanted talks with rebel leaders in the Tigray region to start.\nThe TPLF rebels "
             "dismissed the committee's call as an \"obfuscation\".")
    e = event_by(ex, "REJECT", "dismissed")
    assert names(ex, e.actors) == {"Tigray People's Liberation Front"}
    # a rebel group is not its country's side: the government is its counterpart
    assert names(ex, e.targets) == {"Ethiopia"}


# -- who a pronoun object is, who backs an actor ---------------------------------------------------


def test_object_pronoun_is_not_the_subject_of_its_clause(run):
    # https://vistanews24.online/web-stories/the-army-said-the-new-rsf-shelling-was-killed-in-el-fasher-in-sudan-sudan-war-news
    ex = run("Last week, the Sudanese government cut off diplomatic relations with the UAE, accusing it of "
             "providing weapons to the RSF.")
    e = event_by(ex, "ACCUSE", "accusing")
    assert "United Arab Emirates" in names(ex, e.targets)
    assert "Sudan" in names(ex, e.actors)


def test_backer_of_the_actor_does_not_act(run):
    # https://www.hellenicshippingnews.com/houthis-threaten-saudi-arabias-oil-installations-for-supporting-us-aggression/
    ex = run("The Yemeni group, which is backed by Riyadh's regional rival Iran, targeted Saudi Arabian oil tankers "
             "transiting through the Bab al-Mandeb. Yemen's Iran-backed Houthi rebels have threatened to target "
             "Saudi Arabia's oil installations.")
    e = event_by(ex, "THREATEN", "threatened")
    assert "Houthis" in names(ex, e.actors)
    assert "Iran" not in names(ex, e.actors)


@pytest.mark.parametrize(("text", "type_", "trigger", "party"), [
    ("TPLF spokesman Getachew Reda also blamed Olusegun Obasanjo, former Nigerian President and lead mediator of "
     "Ethiopia's peace deal, for interfering in the duty of the AU Team of Experts.",
     "ACCUSE", "blamed", "Tigray People's Liberation Front"),  # https://mereja.com/index/429227
    ("A senior Hamas official on Friday accused the United States of providing political cover for IDF strikes in "
     "the Gaza Strip, following airstrikes a day earlier that killed 13 people despite an ongoing ceasefire.",
     "ACCUSE", "accused", "Hamas"),  # https://www.ynetnews.com/article/r1tjja0n11e
])
def test_described_person_acts_for_their_party(run, text, type_, trigger, party):
    ex = run(text)
    e = event_by(ex, type_, trigger)
    assert party in names(ex, e.actors)


def test_hostile_counterpart_is_no_neutral_organization(run):
    # https://bignewsnetwork.com/news/278073207/dr-congo-rebels-have-abducted-hospital-patients-un (gold/dev)
    ex = run("DR Congo soldiers and their allies had been attacking Banyamulenge villages, the M23 said.\n"
             "UN human rights office spokesperson Ravina Shamdasani said the M23 had abducted patients.\n"
             "The UN report comes just days after the M23 threatened to \"hunt\" soldiers from the army.")
    for e in ex.events:
        if e.type == "THREATEN" and e.inferred_targets:
            assert not any(getattr(ex.actor(t), "sector", None) in ("IGO", "NGO") for t in e.targets)


def test_counterpart_joins_a_target_that_is_no_party(run):
    # the villages' people are no party to the conflict; the rebels the army fights are
    # https://bignewsnetwork.com/news/278073207/dr-congo-rebels-have-abducted-hospital-patients-un (gold/dev)
    ex = run("The militants seized Goma, the capital of North Kivu Province, late in January in their latest "
             "offensive against the country's government, launched at the beginning of the year.\n"
             "At least 130 sick and wounded men have been abducted from two hospitals in the Democratic Republic of "
             "Congo's (DR Congo) eastern city of Goma by M23 rebels, the UN Human Rights Office (OHCHR) reported on "
             "Monday.\nThe M23 has yet to respond to the allegations. Instead, its spokesman, Lawrence Kanyuka, "
             "claimed in an X post that DR Congo soldiers and their allies had been attacking Banyamulenge villages "
             "in South Kivu Province since Monday morning.")
    e = event_by(ex, "ASSAULT", "attacking")
    assert "M23" in names(ex, e.targets)
    assert e.inferred_targets


def test_plural_object_pronoun_is_the_party_named_before_it(nlp):
    # https://www.trtworld.com/article/13559709 (gold/dev)
    doc = nlp("Duque had arrest warrants issued for ELN negotiators and asked Cuba to extradite them, "
              "which Havana refused.")
    them = next(t for t in doc if t.lower_ == "them")
    resolver = PartyResolver(doc, frozenset())
    assert [doc._.actors.get(a).name for a in resolver.actors_in([them])] == ["ELN"]


def test_each_side_blamed_the_other(run):
    # https://www.localnewswave.com/article/1049552782926114816
    ex = run("Pakistani troops and Afghan forces exchanged fire late on Friday along the two countries' tense border "
             "but no casualties or damage were reported. Each side blamed the other for triggering the clash in "
             "violation of a fragile ceasefire in place for the past two months.")
    e = event_by(ex, "ACCUSE", "blamed")
    # each side accuses the other: both are actors and both are targets (the convention of gold/dev, round 14)
    assert names(ex, e.actors) == names(ex, e.targets) == {"Pakistan", "Afghanistan"}


STRIKE_ON_DOHA = (
    "Israel launched a military strike on Qatar's capital of Doha on Tuesday, saying it had targeted Hamas "
    "leadership.\nHamas said later in the day that its top leaders had survived, but seven were killed in the attack "
    "on its Doha headquarters, including five of its members, the son of its top negotiator, Khalil al-Hayya, and one "
    "of al-Hayya's aides, The Associated Press reported.\nSeveral residential buildings that housed members of the "
    "political bureau of Hamas were struck, a spokesperson for Qatar's foreign ministry said in a statement. Qatar, "
    "which has been a key mediator in ceasefire agreements, condemned the attack \"in the strongest possible terms,\" "
    "calling it a \"blatant violation of all international laws.\"\nThe attack was likewise condemned by the United "
    "Arab Emirates and Saudi Arabia.")  # https://www.ms.now/top-stories/latest/israel-qatar-missile-strike-hamas-rcna230084


def test_condemned_attack_targets_its_author_not_whom_it_hit(run):
    ex = run(STRIKE_ON_DOHA)
    condemned = [e for e in ex.events if e.type == "ACCUSE"]
    assert {frozenset(names(ex, e.actors)) for e in condemned} == {
        frozenset({"Qatar"}), frozenset({"United Arab Emirates", "Saudi Arabia"})}
    for e in condemned:
        assert names(ex, e.targets) == {"Israel"}
        assert not e.inferred_targets


def test_it_in_what_an_actor_says_of_its_act_is_the_actor(run):
    ex = run(STRIKE_ON_DOHA)
    e = event_by(ex, "ASSAULT", "targeted")
    assert names(ex, e.actors) == {"Israel"}
    assert "Hamas" in names(ex, e.targets)


def test_hostile_counterpart_is_no_mediator(run):
    # the mediators urged and welcomed the RSF; the army the RSF battles held talks with it
    # https://www.straitstimes.com/world/us-saudi-arabia-say-sudan-warring-sides-to-start-talks (gold/dev)
    ex = run("WASHINGTON - The United States and Saudi governments confirmed direct talks between the warring Sudanese "
             "army and the Rapid Support Forces would start in Jeddah on Saturday.\n\u201cThe Kingdom of Saudi Arabia "
             "and the US urge both parties to take in consideration the interests of the Sudanese nation and its "
             "people and actively engage in the talks toward a ceasefire and end to the conflict,\u201d a joint "
             "US-Saudi statement said, welcoming the start of \u201cpre-negotiation\u201d dialogue.\nDespite multiple "
             "ceasefire declarations, the army and the RSF have continued to battle each other for control of "
             "territory in the capital.")
    e = event_by(ex, "ASSAULT", "battle")
    assert "United States" not in names(ex, e.targets)
    assert "Saudi Arabia" not in names(ex, e.targets)


def test_dateline_and_commentators_are_no_counterpart(run):
    # https://arabnews.com/node/2329406/amp (gold/dev)
    ex = run("BANGKOK: A Myanmar military airstrike on a village killed ten civilians, locals and media reports said "
             "on Wednesday.\nBattling fierce opposition on the ground, experts say it is resorting to artillery "
             "strikes and air power.")
    for e in ex.events:
        assert "Thailand" not in names(ex, e.targets)


def test_withdrawal_is_conceded_to_the_adversary_not_the_dateline(run):
    # https://whtc.com/?p=271753
    ex = run("NAIROBI (Reuters) \u2013 Ethiopia's national armed forces are still in the process of clearing rebellious "
             "forces from the northern Tigray region from neighbouring Amhara and Afar, government spokeswoman Billene "
             "Seyoum said on Tuesday.\nBillene rejected a statement by the TPLF, the party that controls Tigray, that "
             "it had conducted a strategic withdrawal from the Amhara and Afar regions. She presented what had "
             "unfolded as a series of military victories by the national forces against the TPLF.\nThe TPLF said on "
             "Monday its forces had withdrawn from Amhara and Afar, presenting the move as a \"decisive opening for "
             "peace\" and writing to the United Nations setting out a series of demands.")
    e = event_by(ex, "RETREAT", "withdrawn")
    assert names(ex, e.actors) == {"Tigray People's Liberation Front"}
    assert names(ex, e.targets) == {"Ethiopia"}


GUESSES = """
import json, sys
from pathlib import Path
import parley
folder = Path(sys.argv[1])
guessed = []
for name in ("forcesnews-ukraine-russia-95-pow-swap", "jordantimes-ukraine-russian-bodies-swap-2025-06"):
    meta = json.loads((folder / f"{name}.meta.json").read_text())
    ex = parley.extract((folder / f"{name}.txt").read_text(encoding="utf-8"),
                        **{k: meta.get(k) for k in ("id", "url", "title", "source", "published", "language")})
    names = {a.id: a.name for a in ex.actors}
    guessed += [[e.trigger, [names[t] for t in e.targets]] for e in ex.events if e.inferred_targets]
print(json.dumps(guessed))
"""


def test_guessed_counterpart_does_not_depend_on_the_hash_seed():
    # two parties acted on equally often: the tie goes to the one named first, in every process
    runs = {subprocess.run([sys.executable, "-c", GUESSES, str(ROOT / "corpus")], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("0", "1", "2")}
    assert len(runs) == 1
    assert json.loads(runs.pop())  # the articles have guessed targets
