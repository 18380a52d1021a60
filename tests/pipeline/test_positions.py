"""The ``parley_positions`` stage: holder, issue and stance of negotiating positions.

Sentences come from the seed (Anadolu Agency, 2022), gold/dev articles, and news pages found with
the project's search tool (sources beside each case).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from parley.errors import ConfigError
from parley.models import Extraction
from parley.pipeline import _stage_config
from parley.pipeline.issues import load_vocabulary
from parley.pipeline.stance_cues import load_cues
from parley.settings import Settings


def stances(ex: Extraction) -> set[tuple[str, str, str]]:
    """(holder name, issue, stance) of every position, the issue named by the vocabulary."""
    return {(a.name if (a := ex.actor(p.holder)) else p.holder, p.canonical or p.issue, p.stance) for p in ex.positions}


PATTERNS = [
    # (text, holder, issue, stance, source)
    ("During the talks, Ukrainian officials signaled readiness to negotiate a “neutral status,” a key "
     "Russian demand, but demanded security guarantees for their country.",
     "Ukraine", "security guarantees", "demand"),  # seed: "X demanded security guarantees"
    ("During the talks, Ukrainian officials signaled readiness to negotiate a “neutral status,” a key "
     "Russian demand, but demanded security guarantees for their country.",
     "Ukraine", "neutral status", "willing"),  # seed: readiness to negotiate
    ("During the talks, Ukrainian officials signaled readiness to negotiate a “neutral status,” a key "
     "Russian demand, but demanded security guarantees for their country.",
     "Russia", "neutral status", "demand"),  # seed: an apposition names another actor's demand
    ("Ukraine wants to see countries, including Turkey, as guarantors in a deal with Russia, a Ukrainian "
     "negotiator said after the talks.",
     "Ukraine", "countries including Turkey", "demand"),  # seed: "wants to see X as guarantors"
    ("While Ankara has opposed international sanctions designed to isolate Moscow, it also closed its "
     "straits to prevent some Russian vessels from crossing through them.",
     "Turkey", "sanctions", "oppose"),  # seed
    ("Since the beginning of the conflict, Ankara has offered to mediate between the two sides and host "
     "peace talks, underlining its support for Ukraine’s territorial integrity and sovereignty.",
     "Turkey", "territorial integrity and sovereignty", "support"),  # seed: "its" is the clause's subject
    ("Since the beginning of the conflict, Ankara has offered to mediate between the two sides and host "
     "peace talks, underlining its support for Ukraine’s territorial integrity and sovereignty.",
     "Turkey", "mediate between the two sides and host peace talks", "offer"),  # seed: an action as written
    ("Hamas has rejected Israel's proposal for a two-month ceasefire, dealing a blow to negotiations "
     "seeking the release of the remaining hostages in Gaza.",
     "Hamas", "ceasefire", "reject"),  # i24news.tv, 2024-01-23
    ("Hamas has rejected Israel's proposal for a two-month ceasefire, dealing a blow to negotiations "
     "seeking the release of the remaining hostages in Gaza.",
     "Israel", "ceasefire", "offer"),  # i24news.tv: a proposal's possessive is who offers
    ("After talks with top US diplomats in Saudi Arabia on Tuesday, Ukraine said it was ready to accept "
     "a 30-day ceasefire and the US said it was putting the proposal to Moscow.",
     "Ukraine", "ceasefire", "willing"),  # timeslive.co.za (Reuters), 2025-03-13
    ("The government of Afghanistan has demanded a complete ceasefire as a way forward for peace talks "
     "in response to a report 10-day truce offer for the Taliban.",
     "Afghanistan", "ceasefire", "demand"),  # upnewsinfo.com (Al Jazeera), 2020-01-18
    ("Russian President Vladimir Putin said Moscow is open to more exchanges and that Kyiv has also "
     "indicated it was open to more.",
     "Russia", "more exchanges", "willing"),  # gold/dev voa-pow-swap-2024-01
    ("The United Nations and African Union, which are sponsoring the conference, want the groups to "
     "reach a common platform for the peace talks.",
     "African Union", "common platform for the peace talks", "demand"),  # gold/dev voa-darfur: conjoined holders
    ("Delegations of Russia and Ukraine concluded their meeting in Turkey's Istanbul on Friday, agreeing "
     "to hold a new round of negotiations and have a large-scale prisoner exchange.",
     # one cue, two actions: one issue (docs/annotation.md §5, conjoined issues under one cue)
     "Ukraine", "new round of negotiations and large-scale prisoner exchange", "willing"),  # gold/dev shine-istanbul-talks-2025-05
    ("The Istanbul talks follow a proposal by Putin on Sunday to resume direct negotiations with Ukraine.",
     "Vladimir Putin", "direct negotiations with Ukraine", "offer"),  # gold/dev shine: "a proposal by X to V"
]


@pytest.mark.parametrize("text, holder, issue, stance", PATTERNS)
def test_positions_pattern_gives_holder_issue_and_stance(run, text, holder, issue, stance) -> None:
    assert (holder, issue, stance) in stances(run(text, published="2024-01-01"))


NEGATED = [
    # (text, holder, issue, stance, source)
    ("Hamas spokesman Fawzi Barhoum said the group would not accept a truce without a fully-fledged "
     "deal to end hostilities, according to AFP.",
     "Hamas", "ceasefire", "reject"),  # soundthetrumpet.ca (AFP), 2014: "the group" is the speaker's body
    ("A spokesman, Yahia Bolad, for the Sudan Liberation Movement (SLM), one of the key rebel groups, told "
     "VOA his group is not taking part in the talks because it feels it is pointless to talk politics "
     "while violence persists.",
     "Sudan Liberation Movement", "talks", "reject"),  # gold/dev voa-darfur: "not taking part"
]


@pytest.mark.parametrize("text, holder, issue, stance", NEGATED)
def test_positions_negation_turns_the_stance(run, text, holder, issue, stance) -> None:
    ex = run(text, published="2024-01-01")
    found = [p for p in ex.positions if ex.actor(p.holder) and ex.actor(p.holder).name == holder]
    assert [(p.canonical, p.stance) for p in found] == [(issue, stance)]


def test_positions_negated_acceptance_is_flagged(run) -> None:
    ex = run("Hamas spokesman Fawzi Barhoum said the group would not accept a truce without a fully-fledged "
             "deal to end hostilities, according to AFP.")
    (position,) = ex.positions
    assert position.negated and position.issue_text == "truce"


def test_positions_seed_quoted_goal_is_the_speakers_government(seed) -> None:
    # "ending the war ... is our primary goal," he said: Kalın speaks for Turkey.
    assert ("Turkey", "ending the war through negotiation and dialogue", "support") in stances(seed)


def test_positions_seed_quoted_need_is_a_demand_of_the_speakers_government(seed) -> None:
    # "We urgently need the establishment of a humanitarian corridor and the evacuation of civilians ..."
    assert ("Turkey", "humanitarian corridor and evacuation", "demand") in stances(seed)


def test_positions_quoted_we_is_the_spokespersons_government(run) -> None:
    text = ("Russian foreign ministry spokesperson Maria Zakharova says Russia is ready to talk to the US about "
            "a peace initiative discussed between the US and Ukraine and contacts could take place on Thursday.\n"
            "“We are ready to discuss the initiatives set out there in future contacts with the US. Such "
            "contacts are already possible [on Thursday],” Zakharova said.")  # timeslive.co.za (Reuters), 2025
    ex = run(text)
    # The quoted readiness is the one reported before, held by Russia (not by Zakharova herself).
    assert {(ex.actor(p.holder).name, p.stance) for p in ex.positions} == {("Russia", "willing")}


def test_positions_seed_span_is_the_sentence(seed, seed_text) -> None:
    p = next(p for p in seed.positions if p.canonical == "sanctions")
    assert seed_text[p.span[0]:p.span[1]].startswith("While Ankara has opposed international sanctions")
    assert seed_text[p.span[0]:p.span[1]].endswith("crossing through them.")


def test_positions_seed_praise_of_support_for_an_actor_is_no_position(seed) -> None:
    # "Zelenskyy praised Turkey's support for Ukraine": support for an actor names no issue.
    assert not [p for p in seed.positions if p.issue in ("Ukraine", "Turkey")]


@pytest.mark.parametrize("a, b", [
    ("the neutral status of Ukraine", "Ukraine's neutrality"),
    ("a 30-day ceasefire", "a truce"),
    ("the exchange of prisoners", "a prisoner swap"),
    ("the release of all hostages", "a hostage deal"),
    ("a viable Palestinian state", "the two-state solution"),
    ("a negotiated settlement", "a political solution to the conflict"),
    ("the return of displaced persons", "the safe return of refugees"),
    ("an independent investigation", "an international inquiry"),
])
def test_positions_issue_variants_are_one_issue(nlp, a, b) -> None:
    vocabulary = load_vocabulary()
    assert vocabulary.name(list(nlp.make_doc(a))) == vocabulary.name(list(nlp.make_doc(b))) is not None


def test_positions_unknown_issue_stays_its_own_phrase(run) -> None:
    ex = run("Both sides also committed to a ministerial-level meeting next week. Representatives from "
             "Congo and Rwanda signed the text.")
    assert not ex.positions  # "both sides" refers back only: nothing named before
    ex = run("Representatives from Congo and Rwanda have signed the text of a peace agreement between the two "
             "countries in Washington.\nCongo has accused Rwanda of backing M23 rebels in the east of the country.\n"
             "Both sides also committed to a ministerial-level meeting next week.")
    # gold/dev ap-congo-rwanda: signing the text of an agreement supports it
    assert {p.issue for p in ex.positions} == {"peace agreement", "ministerial-level meeting"}


def test_positions_user_issues_file_extends_the_vocabulary(nlp, tmp_path: Path) -> None:
    own = tmp_path / "issues.yaml"
    own.write_text("- name: Zaporizhzhia nuclear plant\n  variants: [ZNPP, nuclear power plant]\n", encoding="utf-8")
    vocabulary = load_vocabulary(own)
    assert vocabulary.name(list(nlp.make_doc("the ZNPP"))) == "Zaporizhzhia nuclear plant"
    assert vocabulary.name(list(nlp.make_doc("neutrality"))) == "neutral status"


def has(ex: Extraction, holder: str, words: str, stance: str) -> bool:
    """A position of this holder and stance whose issue contains these words."""
    return any(h == holder and words.lower() in i.lower() and s == stance for h, i, s in stances(ex))


AGREEMENTS = [
    # (text, holder, issue words, stance): agreements, commitments, welcomes, calls and rejections in
    # reports of ceasefire, hostage, prisoner and peace talks (source after each case).
    ("The Sudanese Army and the Rapid Support Forces (RSF) agreed on a one-day ceasefire to be effective as of "
     "Saturday (tomorrow) at 6:00 a.m. Khartoum time to halt all military operations, Saudi Arabia’s Ministry of "
     "Foreign Affairs said in a statement.",
     "Rapid Support Forces", "ceasefire", "willing"),  # kuwaittimes.com/riyadh-washington-declare-24-hour-ceasefire-in-sudan-satur/
    ("Sudan’s army and the rival paramilitary Rapid Support Forces (RSF) have agreed to a seven-day ceasefire "
     "after talks in the Saudi city of Jeddah.",
     "Rapid Support Forces", "ceasefire", "willing"),  # en.etemaaddaily.com/world/international/sudans-army-...:132151
    ("Blinken urged both sides to uphold the truce to deliver humanitarian aid for the millions of Sudanese "
     "suffering after more than five weeks of fighting between the generals’ forces.",
     "Antony Blinken", "ceasefire", "demand"),  # en.etemaaddaily.com (same article)
    ("Meeting in the Saudi port city of Jeddah, the Sudanese army and the Rapid Support Forces signed off on a "
     "seven-day ceasefire that is due to take effect on Monday 9:45 p.m. local time in Sudan, the U.S. and Saudi "
     "Arabia said in a joint statement.",
     "Rapid Support Forces", "ceasefire", "support"),  # daytondailynews.com (AP), 2023-05-20
    ("US Secretary of State Anthony Blinken has voiced support for the ceasefire proposal, urging Hamas to "
     "respond positively for the benefit of the people of Gaza.",
     "Antony Blinken", "ceasefire", "support"),  # voice7news.tv/world/news/4107
    ("Hamas has said it has informed Qatari and Egyptian mediators that it has accepted the proposal for the "
     "implementation of a new Gaza ceasefire.",
     "Hamas", "ceasefire", "willing"),  # connectedtoindia.com/hamas-accepts-new-gaza-ceasefire-proposal-...
    ("Palestinian President Mahmoud Abbas has welcomed the efforts by Egypt and Qatar to mediate a ceasefire "
     "agreement for the Gaza Strip.",
     "Mahmoud Abbas", "ceasefire", "support"),  # connectedtoindia.com (same article)
    ("Hamas on Friday said that it had responded ‘positively’ to a US-mediated ceasefire proposal for Gaza and "
     "expressed readiness to begin negotiations to implement the plan.",
     "Hamas", "negotiations", "willing"),  # indiatoday.in, 2025-07-05
    ("The Houthi group announced Wednesday evening its readiness to engage in a comprehensive prisoner exchange "
     "deal with the Yemeni government.",
     "Houthis", "prisoner exchange", "willing"),  # anews.com.tr/middle-east/2025/01/09/houthis-express-willingness-...
    ("In November last year, the International Committee of the Red Cross called for new prisoner release "
     "operations in Yemen.",
     "International Committee of the Red Cross", "release", "demand"),  # anews.com.tr (same article)
    ("In July, the Yemeni government and the Houthi group concluded consultations in Muscat, agreeing to exchange "
     "prisoner lists and resume negotiations two months later.",
     "Houthis", "exchange", "willing"),  # anews.com.tr (same article)
    ("The U.N.'s special envoy for Yemen, Martin Griffiths, urged the gathering in Amman to prioritize “the "
     "immediate and unconditional release of all sick, wounded, elderly and children detainees as well as all "
     "arbitrarily detained civilians, including women.”",
     "Martin Griffiths", "release", "demand"),  # dtnpf.com (AP), 2021-01-24
    ("Yemen’s Houthis yesterday offered the internationally recognised Yemeni government a prisoner swap "
     "involving 2,000 detainees after the group unilaterally freed hundreds of prisoners last month, Reuters "
     "reported.",
     "Houthis", "prisoner exchange", "offer"),  # middleeastmonitor.com/20191011-yemens-houthis-offer-...
    ("The Houthis last month offered to stop launching missiles and drones at Saudi Arabia if its coalition "
     "ended air strikes on Yemen.",
     "Houthis", "stop launching missiles", "offer"),  # middleeastmonitor.com (same article)
    ("The government of the Democratic Republic of Congo (DRC) signed a declaration of principles with the March "
     "23 Movement (M23) rebel group here on Saturday to end the conflict in the country's eastern region.",
     "M23", "declaration of principles", "support"),  # chinaview.cn (Xinhua), 2025-07-19: "with" partner
    ("Congo and M23 rebels on Saturday signed a declaration of principles in Qatar to end decadeslong fighting in "
     "eastern Congo that commits them to a permanent ceasefire and a comprehensive peace agreement to be signed "
     "in one month.",
     "Democratic Republic of the Congo", "ceasefire", "willing"),  # trt.global (AP), 2025-07: "commits them to"
    ("Rwanda, whose forces have long been involved in regional dynamics, hailed the agreement as “a significant "
     "step towards the peaceful resolution of the conflict” in eastern Congo.",
     "Rwanda", "agreement", "support"),  # dailymailafrica.com/un-and-rwanda-hail-kinshasa-afc-m23-declaration-...
    ("MONUSCO also reaffirmed its readiness to assist in ceasing hostilities and establishing a credible "
     "verification mechanism to monitor compliance.",
     "MONUSCO", "assist", "willing"),  # dailymailafrica.com (same article)
    ("The United Nations Stabilization Mission in the Democratic Republic of Congo (MONUSCO) and the Rwandan "
     "government have welcomed the recent signing of a Declaration of Principles between the Congolese "
     "government and the Congo River Alliance/March 23 Movement (AFC/M23).",
     "Democratic Republic of the Congo", "Declaration of Principles", "support"),  # dailymailafrica.com: the parties of a signing
    ("The TPLF welcomed AU's peace process on Sunday, after renewed fighting intensified last month in northern "
     "Ethiopia, breaking a five-month truce.",
     "Tigray People's Liberation Front", "peace process", "support"),  # trt.global/world/article/12784825
    ("TPLF leader Debretsion Gebremichael has sent a letter to United Nations Secretary-General Antonio Guterres "
     "with an offer for a conditional truce with the Ethiopian government, Agence France-Presse (AFP) reported "
     "on Friday.",
     "Debretsion Gebremichael", "ceasefire", "offer"),  # sputniknews.com/20220909/tplf-offers-truce-...
    ("According to the news agency, the TPLF demanded \"unhindered humanitarian access\" and the return of "
     "essential services in the Tigray region, including electricity, telecommunications, and banking services.",
     "Tigray People's Liberation Front", "humanitarian aid", "demand"),  # sputniknews.com (same article)
    ("The TPLF had previously expressed major concerns over the AU’s mediation and demanded the government "
     "restore major services such as banking and communication to Tigray before any talks can hold.",
     "Tigray People's Liberation Front", "restore major services", "demand"),  # techiai.com (Reuters), 2022
    ("The Tigray People’s Liberation Front (TPLF) said last month it was ready for a ceasefire and would accept "
     "an AU-led peace process after previously challenging the AU’s proposal.",
     "Tigray People's Liberation Front", "peace process", "willing"),  # securykid.com (Reuters), 2022-10
    ("Zelenskyy instead renewed calls for a more substantial 30-day pause in hostilities, as the U.S. had "
     "initially proposed.",
     "Volodymyr Zelenskyy", "ceasefire", "demand"),  # startribune.com (AP), 2025-05
    ("Ukrainian leader Volodymyr Zelenskyy firmly declined a Russian suggestion for a short, three-day pause in "
     "combat, instead advocating for a 30-day suspension of violence.",
     "Volodymyr Zelenskyy", "ceasefire", "reject"),  # menafn.com/1109504592, 2025-05-04
    ("Ukrainian leader Volodymyr Zelenskyy firmly declined a Russian suggestion for a short, three-day pause in "
     "combat, instead advocating for a 30-day suspension of violence.",
     "Russia", "ceasefire", "offer"),  # menafn.com (same article): a Russian suggestion is Russia's offer
    ("Meanwhile, Russia’s Deputy Foreign Minister, Alexander Grushko, said that the country is seeking "
     "“ironclad” guarantees in any peace deal with Ukraine.",
     "Russia", "guarantees", "demand"),  # firstpost.com, 2025-03
    ("The Government of Colombia and the National Liberation Army (ELN) Friday signed in Havana a 180-day "
     "national, bilateral and temporary ceasefire effective from August 3, it was reported.",
     "ELN", "ceasefire", "support"),  # en.mercopress.com/tags/eln
    ("In June, Armenian Prime Minister Nikol Pashinyan acknowledged that a peace treaty with Azerbaijan was close "
     "to completion but insisted that Armenia would not agree to Azerbaijan’s demand for a constitutional change.",
     "Armenia", "constitutional change", "reject"),  # caliber.az/en/post/pm-pashinyan-armenia-azerbaijan-...
    ("In June, Armenian Prime Minister Nikol Pashinyan acknowledged that a peace treaty with Azerbaijan was close "
     "to completion but insisted that Armenia would not agree to Azerbaijan’s demand for a constitutional change.",
     "Azerbaijan", "constitutional change", "demand"),  # caliber.az (same article)
    ("The Palestinian resistance movement Hamas is calling for the withdrawal of Israeli troops from the Gaza "
     "Strip before any agreement is reached on a new deal for the release of further hostages.",
     "Hamas", "withdrawal of troops", "demand"),  # anews.com.tr/middle-east/2024/01/25/hamas-demands-withdrawal-...
    ("Hamas, on the other hand, has rejected a proposal by Israel for the Hamas leadership to leave the Gaza "
     "Strip as part of a negotiated solution.",
     "Israel", "leave the Gaza Strip", "offer"),  # anews.com.tr (same article): "a proposal for X to V"
    ("On Saturday, Hamas said it submitted its response to Egypt and Qatar on the proposed cease-fire in Gaza "
     "with Israel and reiterated its demands for a permanent cease-fire, the withdrawal of the Israeli army from "
     "the Gaza Strip, the return of the displaced and allowing more humanitarian aid into the enclave.",
     "Hamas", "ceasefire", "demand"),  # anews.com.tr/middle-east/2024/04/16/hamas-says-no-deal-...
    ("The United Nations Security Council condemned strongly ongoing advances by the March 23 Movement (M23) "
     "rebels in the eastern Democratic Republic of the Congo (DRC), demanding them withdraw immediately and "
     "urging all parties to abide by the ceasefire.",
     "UN Security Council", "ceasefire", "demand"),  # sakshipost.com (IANS), 2025-01-28
    ("Qatar has expressed its willingness to play a key role in mediating the Ukraine conflict, with the Ministry "
     "of Foreign Affairs spokesperson Majed Mohammed Al-Ansari affirming that the country is ready to facilitate "
     "negotiations between all parties involved.",
     "Qatar", "mediating the Ukraine conflict", "willing"),  # menafn.com/1109449885, 2025-04-20: "play a key role in"
    ("The US on Sunday condemned \"in the strongest terms\" attacks by Rwandan and M23 fighters in the eastern "
     "Democratic Republic of Congo, calling urgently for a ceasefire.",
     "United States", "ceasefire", "demand"),  # tag24.com, 2025-01-26
    ("Kigali, which denies supporting M23 despite overwhelming evidence, has called for a ceasefire.",
     "Rwanda", "supporting M23", "reject"),  # easternherald.com, 2025-07-20 (relative clause shortened)
]


@pytest.mark.parametrize("text, holder, words, stance", AGREEMENTS)
def test_positions_agreements_calls_and_commitments_state_stances(run, text, holder, words, stance) -> None:
    ex = run(text, published="2024-01-01")
    assert has(ex, holder, words, stance), stances(ex)


def test_positions_parties_of_a_signed_deal_support_it_and_its_provisions(run) -> None:
    # gold/dev ap-congo-rwanda: the provisions of a signed agreement are its parties' positions.
    ex = run("Representatives from Congo and Rwanda have signed the text of a peace agreement between the two "
             "countries in Washington.\nCongo has accused Rwanda of backing M23 rebels in the east of the country.\n"
             "The agreement signed included a commitment to respecting territorial integrity and the conditional "
             "integration of non-state armed groups.")
    for party in ("Democratic Republic of the Congo", "Rwanda"):
        assert has(ex, party, "territorial integrity", "support")
        assert has(ex, party, "conditional integration of non-state armed groups", "support")


def test_positions_deal_struck_between_two_sides_is_both_sides_stance(run) -> None:
    ex = run("Gilad Shalit, the captive Israel Defense Forces soldier, is to be released as part of a prisoner "
             "exchange deal struck between the Israeli government and Hamas.")  # gold/dev wikinews-shalit
    assert has(ex, "Israel", "prisoner exchange", "support") and has(ex, "Hamas", "prisoner exchange", "support")


def test_positions_release_in_return_for_is_an_offer(run) -> None:
    ex = run("Israel will reportedly return 1,000 Palestinian prisoners in return for Shalit, who will return "
             "\"in the coming days\" according to Israeli Prime Minister Benjamin Netanyahu.")  # gold/dev wikinews-shalit
    assert has(ex, "Israel", "1,000 Palestinian prisoners", "offer")


def test_positions_ellipsis_takes_the_issue_named_before(run) -> None:
    ex = run("Russian President Vladimir Putin said Moscow is open to more exchanges and that Kyiv has also "
             "indicated it was open to more.")  # gold/dev voa-pow-swap-2024-01
    assert has(ex, "Ukraine", "more exchanges", "willing")


def test_positions_necessity_in_a_statement_is_the_speakers_demand(run) -> None:
    ex = run("“It is necessary to establish a humanitarian corridor for the civilians of Mariupol,” Turkish "
             "Foreign Minister Mevlut Cavusoglu said.")  # pattern of the seed's Kalın quotes (Anadolu Agency)
    assert has(ex, "Mevlüt Çavuşoğlu", "humanitarian corridor", "demand") or has(
        ex, "Turkey", "humanitarian corridor", "demand"), stances(ex)


NO_STANCE = [
    # (text, holder who states nothing here): precision cases
    ("Palestinian President Mahmoud Abbas expressed hope for Israel’s commitment to “ceasefire and complete "
     "withdrawal from the Strip”.", "Israel"),  # connectedtoindia.com: Abbas's hope, not Israel's commitment
    ("However, Ukrainian President Volodymyr Zelensky subsequently denied that the starting date had been set for "
     "18 March.", "Volodymyr Zelenskyy"),  # gold/dev novayagazeta: a fact denied is no stance
    ("A Hamas official declined to comment on the proposal.", "Hamas"),  # "declined to comment" names no issue
]


@pytest.mark.parametrize("text, holder", NO_STANCE)
def test_positions_no_stance_is_invented(run, text, holder) -> None:
    ex = run(text, published="2024-01-01")
    assert not [s for s in stances(ex) if s[0] == holder]


def test_positions_user_stances_file_adds_cues(tmp_path: Path) -> None:
    own = tmp_path / "stances.yaml"
    own.write_text("verbs:\n  lobby for: demand\nnouns:\n  ultimatum: demand\n", encoding="utf-8")
    cues = load_cues(own)
    assert cues.verbs["lobby for"] == "demand" and cues.nouns["ultimatum"] == "demand"
    assert cues.verbs["reject"] == "reject"  # the bundled cues stay


def test_positions_user_stances_file_with_unknown_stance_is_refused(tmp_path: Path) -> None:
    own = tmp_path / "stances.yaml"
    own.write_text("verbs:\n  lobby for: want\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="lobby for"):
        load_cues(own)


def test_positions_stances_file_setting_reaches_the_stage(tmp_path: Path) -> None:
    own = tmp_path / "stances.yaml"
    own.write_text("verbs:\n  lobby for: demand\n", encoding="utf-8")
    config = _stage_config("parley_positions", Settings(stances_file=own))
    assert config["stances_file"] == str(own)


def reads_as(ex: Extraction, holder: str, issue: str, stance: str) -> bool:
    """A position the scorer would credit: the holder's name (a person's last name), issue words
    overlapping (token F1 >= 0.5) and a stance of the same polarity."""
    def words(s: str) -> list[str]:
        return re.sub(r"[^\w\s]", " ", s.lower().replace("u.n.", "un").replace("u.s.", "us")).split()

    def overlap(a: str, b: str) -> float:
        wa, wb = words(a), words(b)
        hit = sum(min(wa.count(w), wb.count(w)) for w in set(wb))
        return 2 * hit / (len(wa) + len(wb)) if wa and wb else 0.0

    negative = {"oppose", "reject"}
    for p in ex.positions:
        actor = ex.actor(p.holder)
        names = {n.lower() for n in ((actor.name, *actor.aliases) if actor else ())}
        # As the scorer: persons also match on their last name.
        if actor is not None and actor.type == "person":
            names |= {n.split()[-1] for n in names if n.split()}
        wanted = {holder.lower(), holder.lower().split()[-1]} if actor and actor.type == "person" else {holder.lower()}
        if wanted & names and overlap(issue, p.issue) >= 0.5 and (stance in negative) == (p.stance in negative):
            return True
    return False


# Not read yet: a coordination or a reference the parser or the actors stage gets wrong, or a condition
# ("must disarm before it would consider talks") no cue covers.
NOT_YET = pytest.mark.xfail(reason="not read yet", strict=False)

OUTLETS = [
    # (text, holder, issue as a reader would write it, stance): reports of other outlets and conflicts
    # (Libya, Sudan, Yemen, Syria, Sri Lanka, Pakistan, Nepal, Colombia, Armenia-Azerbaijan, Niger,
    # Afghanistan, Israel-Iran), found with the project's search tool; the reporter's words are kept.
    ('The Libyan government adamantly rejected a ceasefire proposal from rebel groups in the eastern part of the war-torn country.',
     'Libya', 'ceasefire proposal', 'reject'),  # ibtimes.com 2011
    ('The rebels called for changes to the deal hours before an African Union deadline – and after the Sudanese government indicated it would accept the proposal.',
     'Sudan', 'proposal', 'willing'),  # nysun.com 2006
    ('Sudan has indicated it might accept a U.N. force in Darfur to aid African Union troops if a peace treaty is signed, and the head of Sudan’s delegation, Magzoub El-Khalif, said yesterday the government is willing to accept a draft resolution circulated last week.',
     'Sudan', 'U.N. force in Darfur', 'willing'),  # nysun.com 2006
    ('The Sudanese government had said it was ready to sign the agreement.',
     'Sudan', 'sign the agreement', 'willing'),  # nysun.com 2006
    ('BENGHAZI, April 30 – Libyan rebels today rejected Muammar Gaddafi’s offer for a ceasefire and negotiations if NATO stopped its attacks, saying the time for compromise had passed.',
     'Muammar Gaddafi', 'ceasefire and negotiations', 'offer'),  # themalaysianinsider.com 2011
    ('In a speech broadcast on Libyan state television, Gaddafi offered to order a ceasefire and start negotiations provided that provided NATO stop its strikes against his forces but he refused to give up power, as rebels and Western powers demand.',
     'Gaddafi', 'order a ceasefire and start negotiations', 'offer'),  # themalaysianinsider.com 2011
    ('In a speech broadcast on Libyan state television, Gaddafi offered to order a ceasefire and start negotiations provided that provided NATO stop its strikes against his forces but he refused to give up power, as rebels and Western powers demand.',
     'Gaddafi', 'give up power', 'reject'),  # themalaysianinsider.com 2011
    ("Moamar Gaddafi's regime has rejected a conditional ceasefire offer made by Libyan rebels, saying government forces would NOT withdraw from towns they now control.",
     'Moamar Gaddafi', 'conditional ceasefire offer', 'reject'),  # thewararoundus.blogspot.com 2011
    ('Colombo – The Sri Lankan government has rejected an offer by Tamil rebels for a ceasefire in the northern part of the country where fighting continues as troops push forward to recapture rebel-held areas, a local newspaper said Monday.',
     'Sri Lanka', 'ceasefire', 'reject'),  # topnews.in 2008
    pytest.param("Sri Lanka's government said Thursday that the Tamil Tiger rebels must disarm before it would consider any future peace talks, a day after authorities decided to formally withdraw from a Norway-brokered cease-fire with the insurgents.",
                 'Sri Lanka', 'Tamil Tiger rebels must disarm', 'demand', marks=NOT_YET),  # jpost.com 2008
    ('ISLAMABAD - Pakistani Prime Minister Syed Yousuf Raza Gilani Friday ruled out any dialogue with militants working on foreign agenda, local media reported.',
     'Syed Yousuf Raza Gilani', 'dialogue with militants', 'reject'),  # chinadaily.com.cn 2011
    ("Nepal's royal-appointed government Thursday ruled out holding peace talks with Maoists unless they first lay down their arms and abandon violence.",
     'Nepal', 'peace talks with Maoists', 'reject'),  # brecorder.com 2005
    ('KHAR, Oct 18: As Security forces claimed killing 13 more militants in Bajaur, Tehrik-i-Taliban Pakistan said their offer for talks was still valid, but they would not lay down arms.',
     'Tehrik-i-Taliban Pakistan', 'talks', 'offer'),  # dawn.com 2008
    ('KHAR, Oct 18: As Security forces claimed killing 13 more militants in Bajaur, Tehrik-i-Taliban Pakistan said their offer for talks was still valid, but they would not lay down arms.',
     'Tehrik-i-Taliban Pakistan', 'lay down arms', 'reject'),  # dawn.com 2008
    ('Maulvi Omar said Taliban were willing to hold talks with the federal government because tribal areas were directly under its control, adding that they would also negotiate in Swat.',
     'Taliban', 'talks with the federal government', 'willing'),  # dawn.com 2008
    pytest.param('Pakistan Tuesday said that it will hold peace talks with only those Taliban insurgents who will first lay down their arms.',
                 'Pakistan', 'peace talks with Taliban insurgents', 'offer', marks=NOT_YET),  # eurasiareview.com 2011
    pytest.param('The government will only hold peace talks with Taliban insurgents if they lay down their arms first, Interior Minister Rehman Malik said on Tuesday, after both sides signalled willingness to consider negotiations.',
                 'Rehman Malik', 'peace talks with Taliban insurgents', 'offer', marks=NOT_YET),  # pakistantoday.com.pk 2011
    ('Federal Interior Minister Rehman Malik has ruled out any talks with Taliban.',
     'Rehman Malik', 'talks with Taliban', 'reject'),  # dunyanews.tv
    ('UN Secretary-General Ban Ki-Moon has welcomed a US-Russia agreement over a truce deal in Syria and urged all sides to stick to the peace deal to reportedly take effect on February 27.',
     'Ban Ki-Moon', 'US-Russia agreement over a truce deal in Syria', 'support'),  # presstv.ir 2016
    pytest.param("Meanwhile, Russian Foreign Ministry's official spokesman Alexander Lukashevich said in a statement on Thursday that Russia has welcomed the Syrian government's consent to observe a ceasefire under the proposal of UN and the Arab League special envoy Lakhdar Brahimi.",
                 'Russia', "Syrian government's consent to observe a ceasefire", 'support', marks=NOT_YET),  # vovworld.vn 2012
    ("Meanwhile, Russian Foreign Ministry's official spokesman Alexander Lukashevich said in a statement on Thursday that Russia has welcomed the Syrian government's consent to observe a ceasefire under the proposal of UN and the Arab League special envoy Lakhdar Brahimi.",
     'Syria', 'observe a ceasefire', 'willing'),  # vovworld.vn 2012
    ('The US also welcomes the ceasefire and calls on all sides to respect it.',
     'United States', 'ceasefire', 'support'),  # vovworld.vn 2012
    pytest.param("Yemen's rebel Ansar Allah movement, also known as the Houthis, welcomes the two-month truce proposed by the United Nations to the sides to the Yemeni conflict, the movement's chief negotiator at talks with the government, Mohammed Abdulsalam, said on Friday.",
                 'Houthis', 'two-month truce', 'support'),  # timesofoman.com 2022
    pytest.param("Yemen's rebel Ansar Allah movement, also known as the Houthis, welcomes the two-month truce proposed by the United Nations to the sides to the Yemeni conflict, the movement's chief negotiator at talks with the government, Mohammed Abdulsalam, said on Friday.",
                 'United Nations', 'two-month truce', 'offer'),  # timesofoman.com 2022
    pytest.param('Yemen’s Shia Houthi group has agreed to a Saudi-proposed humanitarian cease-fire in Yemen and called for resuming the political dialogue under the auspices of the United Nations.',
                 'Houthi', 'humanitarian cease-fire', 'willing', marks=NOT_YET),  # middleeastmonitor.com 2015
    pytest.param('Yemen’s Shia Houthi group has agreed to a Saudi-proposed humanitarian cease-fire in Yemen and called for resuming the political dialogue under the auspices of the United Nations.',
                 'Houthi', 'resuming the political dialogue', 'demand', marks=NOT_YET),  # middleeastmonitor.com 2015
    ('Yemen\'s government told the United Nations on Wednesday it would agree to a truce to end more than three months of fighting provided key "guarantees" were met, a spokesman said.',
     'Yemen', 'truce', 'willing'),  # america.aljazeera.com 2015
    pytest.param('Dubai: Yemen’s government dismissed as a “manoeuvre” on Thursday Al Houthis’ acceptance of a UN-sponsored peace plan and demanded that the Iran-backed group hand back territory it has seized since last year.',
                 'Yemen', 'hand back territory', 'demand', marks=NOT_YET),  # gulfnews.com 2015
    pytest.param('Dubai: Yemen’s government dismissed as a “manoeuvre” on Thursday Al Houthis’ acceptance of a UN-sponsored peace plan and demanded that the Iran-backed group hand back territory it has seized since last year.',
                 'Houthis', 'UN-sponsored peace plan', 'willing', marks=NOT_YET),  # gulfnews.com 2015
    pytest.param('Al Houthis, who control much of Yemen along with the party of ex-president Ali Abdullah Saleh, said on Wednesday they had officially informed UN Secretary-General Ban Ki-moon of their readiness to join talks to end more than six months of fighting in which about 5,000 people have died.',
                 'Houthis', 'join talks', 'willing', marks=NOT_YET),  # gulfnews.com 2015
    ('The European Union on Tuesday condemned "in the strongest terms" an Iranian ballistic missile attack on Israel and called for an immediate ceasefire across the Middle East.',
     'European Union', 'Iranian ballistic missile attack on Israel', 'oppose'),  # devdiscourse.com 2024
    ('The European Union on Tuesday condemned "in the strongest terms" an Iranian ballistic missile attack on Israel and called for an immediate ceasefire across the Middle East.',
     'European Union', 'immediate ceasefire', 'demand'),  # devdiscourse.com 2024
    ('UN Secretary-General Antonio Guterres has denounced the Iranian missile attack on Israel, following criticism from West Jerusalem for his earlier failure to do so.',
     'Antonio Guterres', 'Iranian missile attack on Israel', 'oppose'),  # menafn.com 2024
    ('UN Secretary-General António Guterres said he “strongly condemns” Iran’s attack on Israel, which represents “a serious escalation,” and called for “an immediate cessation of hostilities,” in a statement issued this afternoon.',
     'António Guterres', 'immediate cessation of hostilities', 'demand'),  # technicalgibberish.com 2024
    ('The United States government condemned the terrorist attacks against Israel and “stands firmly” with the government and people of Israel.',
     'United States', 'terrorist attacks against Israel', 'oppose'),  # laprensalatina.com 2023
    ('The United States government condemned the terrorist attacks against Israel and “stands firmly” with the government and people of Israel.',
     'United States', 'government and people of Israel', 'support'),  # laprensalatina.com 2023
    ("Meanwhile, German Chancellor Olaf Scholz came out in support of Israel, saying the drone strikes by Iran were 'unjustifiable' and 'high irresponsible'.",
     'Olaf Scholz', 'Israel', 'support'),  # indiandefensenews.in 2024
    ('ECOWAS voted on Thursday to deploy standby military troops to restore constitutional order in Niger, whose President Mohamed Bazoum was toppled last month.',
     'ECOWAS', 'restore constitutional order in Niger', 'support'),  # theafricareport.com 2023
    pytest.param('In 1998, a force from the ECOWAS Monitoring Group, led by Nigeria, intervened in the civil war in Sierra Leone to oust a military council and rebel allies from the capital, Freetown, and to restore President Ahmad Tejan Kabbah, who had been ousted in a coup the previous year.',
                 'ECOWAS', 'restore President Ahmad Tejan Kabbah', 'support', marks=NOT_YET),  # waradana.com 2023
    ("Saudi Arabia and an Arab coalition have been bombing the Iran-allied Houthis and their allies in Yemen's army in an effort to back armed opponents of the Houthis and restore Hadi.",
     'Saudi Arabia', 'restore Hadi', 'support'),  # thehimalayantimes.com 2015
    ("Colombian President Juan Manuel Santos reiterated Thursday his government's commitment to the peace agreement signed with the former FARC guerrillas, APA reports quoting AA.",
     'Colombia', 'peace agreement', 'support'),  # apa.az 2017
    ('The Colombian government and the Revolutionary Armed Forces of Colombia, or FARC, have pledged to continue working together on the peace process, the two sides said in an official statement Friday.',
     'Revolutionary Armed Forces of Colombia', 'peace process', 'offer'),  # cubasi.cu 2016
    ('"We are interested in signing a peace treaty and will work towards its realization," Alen Simonyan, Speaker of the Armenian Parliament said this in his statement to his local media.',
     'Alen Simonyan', 'peace treaty', 'support'),  # menafn.com 2024
    ('"Unlike Armenia, Azerbaijan supports conducting negotiations on a text of a peace agreement as soon as possible," Spokesman for the Azerbaijani Foreign Ministry Ayxan Hajizada said.',
     'Azerbaijan', 'negotiations on a text of a peace agreement', 'support'),  # today.az 2023
    ('The President of Azerbaijan Republic ,Ilkham Aliye, has called on his arch foe Armenia to sign a peace treaty with Baku.',
     'Ilkham Aliye', 'sign a peace treaty', 'demand'),  # ifpnews.com
    ('Reacting to the decision, Nigerian President Bola Tinubu said the possibility of military intervention cannot be ruled out, even though he had earlier called on the West African bloc to hold dialogue with the landlocked country’s junta.',
     'Bola Tinubu', 'hold dialogue with the junta', 'demand'),  # theafricareport.com 2023
    ('Putin demanded complete withdrawal of Ukrainian military forces from territories under their control as a prerequisite for ending combat operations.',
     'Putin', 'withdrawal of Ukrainian military forces', 'demand'),  # bulgariamail.com 2025
    ('Hezb-i-Islami leader Gulbuddin Hekmatyar wrote on the party-linked Daily Shahadat on Monday reiterating his and the Taliban’s longstanding demand that foreign forces leave Afghanistan.',
     'Gulbuddin Hekmatyar', 'foreign forces leave Afghanistan', 'demand'),  # usmuslims.com (AA)
    ('The Taliban demanded from Khalilzad the withdrawal of all foreign troops from Afghanistan, but that there was no agreement on that, the statement added.',
     'Taliban', 'withdrawal of all foreign troops', 'demand'),  # dailyqudrat.pk 2019
    ('Russia, which intervened in Syria’s long-running conflict four years ago to back al-Assad, said on Friday that an agreement had been reached on “a unilateral ceasefire by Syrian government forces in the Idlib de-escalation zone, from 6 am on August 31”.',
     'Russia', 'al-Assad', 'support'),  # khabarhub.com 2019
    ("Alexander Zakharchenko, the head of the Donetsk People's Republic, has also pledged to implement the cease-fire, the Associated Press reported.",
     'Alexander Zakharchenko', 'cease-fire', 'offer'),  # themoscowtimes.com 2016
    ('Sisi also welcomed the planned "exchange of hostages for prisoners" held in Israeli jails, his office said.',
     'Sisi', 'exchange of hostages for prisoners', 'support'),  # 92newshd.tv (AFP) 2023
    ('China welcomed a truce deal between Israel and Hamas, after they reached an agreement on a four-day humanitarian pause.',
     'China', 'truce deal', 'support'),  # 92newshd.tv (AFP) 2023
    ('Indian Prime Minister Narendra Modi said New Delhi welcomes the agreement on the first phase of President Trump\'s peace plan and hopes the release of hostages and enhanced humanitarian assistance to the people of Gaza "will bring respite to them and pave the way for lasting peace".',
     'India', "agreement on the first phase of President Trump's peace plan", 'support'),  # chinadaily 2025
    pytest.param('Transitional National Council leader Mustafa Abdul Jalil said earlier on Friday that the opposition was ready for a truce provided Muammar Gaddafi’s forces end their attacks on opposition-held cities.',
                 'Mustafa Abdul Jalil', 'truce', 'willing', marks=NOT_YET),  # hyderabadcircle.com 2011
    pytest.param('The comments came after Tamil rebel political wing leader, B Nadesan was quoted in the pro-rebel Tamilnet website saying, "there is no hesitation on our side to reiterate our position that we have always wanted a ceasefire."',
                 'B Nadesan', 'ceasefire', 'demand', marks=NOT_YET),  # topnews.in 2008
    ('The UN Security Council has welcomed the ceasefire initiative and called on "all regional and international actors to use their influence on the parties concerned to facilitate the implementation of the ceasefire and cessation of violence."',
     'UN Security Council', 'ceasefire initiative', 'support'),  # en.youth.cn (Xinhua) 2012
    ('The Syrian army and the armed rebels on Thursday voiced commitment to the internationally-backed ceasefire during the Muslim holiday of Eid al-Adha, or the Feast of Sacrifice.',
     'Syrian army', 'internationally-backed ceasefire', 'support'),  # en.youth.cn (Xinhua) 2012
    ('Secretary of State Rice called on China and Russia to join America in pushing Sudan to accept U.N. forces.',
     'Rice', 'accept U.N. forces', 'demand'),  # nysun.com 2006
    ('Houthi leader Zeifullah al-Shami said late on Wednesday that those conditions are "unacceptable" because they don\'t address the country\'s humanitarian crisis.',
     'Zeifullah al-Shami', 'conditions', 'reject'),  # america.aljazeera.com 2015
    pytest.param('South Sudan\'s government on Friday "approved" a cessation of hostilities, protection of civilians and humanitarian access deal brokered by the East African regional bloc IGAD.',
                 'South Sudan', 'cessation of hostilities', 'support', marks=NOT_YET),  # radiotamazuj.org
    ('The Sudan Liberation Movement (SLM) and the Justice and Equality Movement (JEM) rejected to discuss the issue of garrisoning, a precursor to disarmament, on Wednesday morning as the talks broke up late Tuesday.',
     'Justice and Equality Movement', 'garrisoning', 'reject'),  # china.org.cn (Xinhua) 2004
    pytest.param('The M23 Rebels group in Eastern democratic republic of Congo have said that they will not disarm or demobilise as long as there is no direct political dialogue with the government in Kinshasa.',
                 'M23', 'disarm', 'reject'),  # rockcityfmradio.com
    pytest.param('The U.S. ambassador to the United Nations, Samantha Power, backed Kobler’s suggestion, saying military pressure on the FDLR should not be suspended during the demobilization process.',
                 'Samantha Power', "Kobler's suggestion", 'support', marks=NOT_YET),  # rockcityfmradio.com
    ('The Sudanese government refused here on Friday to accept six conditions set by two rebel groups in the country’s western Darfur region, saying “political talks” should be held without preconditions.',
     'Sudan', 'six conditions', 'reject'),  # sudantribune.com (Xinhua) 2004
    ('“We are not going to accept the cantonment of our forces, even if it means the collapse of the talks,” said Abdelhafiz Mustapha Musa, a delegate from the Sudan Liberation Movement at the Abuja peace conference.',
     'Abdelhafiz Mustapha Musa', 'cantonment of our forces', 'reject'),  # arabnews.com 2004
    pytest.param('YANGON (AFP) — Myanmar’s embattled junta on Thursday invited armed groups opposed to its rule to stop fighting and start talks to bring peace, after three-and-a-half years of conflict.',
                 'Myanmar', 'stop fighting and start talks', 'offer', marks=NOT_YET),  # tribune.net.ph (AFP) 2024
    ('Junta chief Senior General Min Aung Hlaing on April 22 invited Myanmar’s ethnic armed groups to engage in dialogue as the military regime endeavours to restart the country’s moribund peace process in the wake of its February 2021 coup.',
     'Min Aung Hlaing', 'dialogue', 'offer'),  # dmediag.com 2022
    ('Ukraine, Russia and Russian-backed separatists on Sept. 5 agreed on a ceasefire effective from 6 p.m. Kyiv time, said Heidi Tagliavini, OSCE representative in the trilateral negotiation group.',
     'Ukraine', 'ceasefire', 'willing'),  # kyivpost.com 2014
    ('The Assad government and armed Syrian opposition have signed a ceasefire agreement and agreed to begin a new round of negotiations to find a political solution to the country’s civil war, Russia’s president, Vladimir Putin, has said.',
     'Assad', 'ceasefire agreement', 'support'),  # emphirestatesblog (Guardian) 2016
    ('Kiev and the separatist rebels signed a road map aimed at imposing peace in Ukraine, providing in particular the establishment of a ceasefire regime starting on Sunday, February 15, and the creation of some extended buffer-areas, the Russian, Ukrainian, French and German leaders announced on Thursday.',
     'Ukraine', 'road map', 'support'),  # nineoclock.ro (AFP) 2015
    pytest.param('Kiev and the separatist rebels signed a road map aimed at imposing peace in Ukraine, providing in particular the establishment of a ceasefire regime starting on Sunday, February 15, and the creation of some extended buffer-areas, the Russian, Ukrainian, French and German leaders announced on Thursday.',
                 'Ukraine', 'imposing peace in Ukraine', 'support', marks=NOT_YET),  # nineoclock.ro (AFP) 2015
]


@pytest.mark.parametrize("text, holder, issue, stance", OUTLETS)
def test_positions_outlet_sentence_gives_holder_issue_in_reporters_words_and_stance(run, text, holder, issue, stance) -> None:
    assert reads_as(run(text, published="2024-01-01"), holder, issue, stance)


# Stances read from reported and quoted statements, conditions, invitations and relative clauses, in
# reports of other conflicts than the development articles (source after each case).
STATEMENTS = [
    # (text, holder, issue, stance)
    ("Azerbaijan will not sign a peace treaty with Armenia unless the latter changes its constitution, "
     "Azerbaijani President Ilham Aliyev said on Thursday.",
     "Azerbaijan", "changes its constitution", "demand"),  # en.aravot.am/2024/06/07/348736: "unless" sets a condition
    ('Zelenskyy said in an address to the nation that Ukraine was ready to hold talks, but only if Russia "stops '
     'shelling our cities, stops destroying our infrastructure, stops killing our children and civilians."',
     "Volodymyr Zelenskyy", "stops shelling our cities", "demand"),  # gymjumprope.com/archives/1742 (AP): "only if"
    ("Putin last week said Moscow would hold talks with Ukraine but ruled out speaking directly with Zelensky.",
     "Russia", "speaking directly with Zelensky", "reject"),  # kyivpost.com/post/46649: "ruled out" + a gerund
    ("Ukrainian President Volodymyr Zelensky on Monday ruled out the idea of ceding any territory to Russia, a key "
     "term of a US-drafted peace proposal to end the war.",
     "Volodymyr Zelenskyy", "ceding any territory to Russia", "reject"),  # news.antiwar.com/2025/12/09
    ("American secretary of state Antony Blinken last week invited the Sudanese army and the RSF for negotiations "
     "in Geneva, Switzerland, set to begin on August 14.",
     "Antony Blinken", "negotiations in Geneva", "offer"),  # justiceinfo.net/en?p=134748: an invitation is an offer
    ("The same day, Daglo welcomed the invitation and announced the RSF's intent to participate. The army, headed "
     "by General Abdel Fattah al-Burhan, did not react.",
     "Rapid Support Forces", "participate", "willing"),  # justiceinfo.net/en?p=134748: "intent to"
    ("The Geneva talks, which the RSF has agreed to attend, would be the first major attempt in months to mediate "
     "between the two warring sides to end the 15-month-old war.",
     "Rapid Support Forces", "Geneva talks", "willing"),  # suara.my (Reuters): the relative clause's noun
    ("Israel's latest offer involved a 45-day ceasefire and the release of 10 hostages.",
     "Israel", "45-day ceasefire and the release of 10 hostages", "offer"),  # uzalendonews.co.ke: what the offer contains
    ("In a video statement, senior Hamas official Khalil al-Hayya accused Israeli Prime Minister Benjamin Netanyahu "
     "of using partial deals to advance a political agenda. “We will not accept partial deals that serve "
     "Netanyahu’s political agenda,” said al-Hayya. “We are ready to immediately negotiate a deal to swap all "
     "hostages for an agreed number of Palestinian prisoners.”",
     "Khalil al-Hayya", "swap all hostages", "willing"),  # uzalendonews.co.ke: "a deal to V" is about V
    ("In a video statement, senior Hamas official Khalil al-Hayya accused Israeli Prime Minister Benjamin Netanyahu "
     "of using partial deals to advance a political agenda. “We will not accept partial deals that serve "
     "Netanyahu’s political agenda,” said al-Hayya.",
     "Khalil al-Hayya", "partial deals", "reject"),  # uzalendonews.co.ke: a quoted refusal
    ("U.S. Secretary of State John Kerry has told his Russian counterpart Sergei Lavrov that Russia must pull back "
     "its troops from the Ukrainian border to deescalate the tension following Crimea’s takeover by Moscow.",
     "John Kerry", "pull back its troops from the Ukrainian border", "demand"),  # eurasia.ro 2014: "told X that Y must"
    ("KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy said Wednesday that Russian troops must withdraw "
     "from Ukrainian territory before negotiations can begin, rejecting earlier Russian demands that Ukraine first "
     "surrender.",
     "Zelenskyy", "withdraw from Ukrainian territory", "demand"),  # gymjumprope.com/archives/1742 (AP): "said X must"
    ("Hamas has rejected a ceasefire proposal by Israel, according to the Wall Street Journal.",
     "Hamas", "ceasefire proposal", "reject"),  # jewishnews.co.uk: "a proposal by X" is X's, the rest the issue
]


@pytest.mark.parametrize("text, holder, issue, stance", STATEMENTS)
def test_positions_statement_gives_holder_issue_and_stance(run, text, holder, issue, stance) -> None:
    ex = run(text, published="2024-01-01")
    assert reads_as(ex, holder, issue, stance), stances(ex)


ASKED_OR_DENIED = [
    # (text, holder who states nothing here): what is asked of someone, denied, supposed or claimed
    ("US Secretary of State John Kerry has urged Hamas to accept Egypt’s ceasefire proposal to halt fighting with "
     "Israel in the Gaza Strip.", "Hamas"),  # yourmiddleeast.com/2014/07/15: asked of Hamas, not Hamas's stance
    ("M23 welcomed Angola's initiative but asked Tshisekedi to publicly express his commitment to directly "
     "negotiating with the group.", "Félix Tshisekedi"),  # trtworld.com (Reuters): asked of him
    ("Pashinian denied afterwards that he wants to scrap the current constitution at the behest of Baku.",
     "Nikol Pashinyan"),  # en.aravot.am/2024/06/07/348736: a wish denied
    ("Foreign Minister Ararat Mirzoyan insisted earlier this week that the issue has not been on the agenda of "
     "ongoing Armenian-Azerbaijani negotiations on the peace accord.", "Ararat Mirzoyan"),  # en.aravot.am: a claim
]


@pytest.mark.parametrize("text, holder", ASKED_OR_DENIED)
def test_positions_what_is_asked_denied_or_claimed_is_no_stance(run, text, holder) -> None:
    ex = run(text, published="2024-01-01")
    assert not [s for s in stances(ex) if s[0] == holder], stances(ex)


def test_positions_supposition_is_no_demand(run) -> None:
    # yalibnan.com/2018/11/19: "if they really want peace" supposes, it demands nothing
    ex = run('“We are willing to freeze and stop military operations on all fronts to reach a just and honorable '
             'peace if they really want peace for the Yemeni people,” al-Houthi, head of Yemen’s Houthi Supreme '
             'Revolutionary Committee, said in a statement.', published="2024-01-01")
    assert reads_as(ex, "al-Houthi", "freeze and stop military operations", "willing"), stances(ex)
    assert not [s for s in stances(ex) if "Yemeni people" in s[1]], stances(ex)


def test_positions_the_same_issue_reworded_is_one_position(run) -> None:
    # news.rthk.hk (AFP), 2025: "ready to meet Zelensky" and "no meeting" are separate; one holder's
    # "the plan" after the plan it accepted is not a second position.
    ex = run("Mediators are awaiting Israel’s response after Hamas accepted a Gaza ceasefire and prisoner swap "
             "proposal, Qatar said on Tuesday. Hamas said on Monday that it had accepted a proposal by Egyptian and "
             "Qatari mediators for a Gaza ceasefire.", published="2025-08-19")
    hamas = [s for s in stances(ex) if s[0] == "Hamas"]
    assert len(hamas) == 1, stances(ex)
