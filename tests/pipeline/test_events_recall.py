"""Events whose actor the trigger's own words leave unnamed, and event patterns for acts often missed.

The parley_events stage finds the actor of an event in a proposal's author ("a proposal by ...",
"proposals from ..."), before the hyphen of a mediator's participle ("a UN-brokered deal"), in whoever
holds the captives a release frees ("released from prisons in Israel"), and in the speaker who reports
a need ("a U.N. official says Eritrea needs urgent help"); a deal or plan without an author that
"calls for" something demands nothing. Each case is a sentence from a news page, with its address.
"""

from __future__ import annotations

import pytest

from parley.models import Event, Extraction


def names(ex: Extraction, ids: tuple[str, ...]) -> set[str]:
    """The names (lower-cased) of the actors with these ids."""
    return {a.name.lower() for i in ids if (a := ex.actor(i)) is not None}


def events_of(ex: Extraction, type_: str) -> list[Event]:
    return [e for e in ex.events if e.type == type_]


def coded(ex: Extraction) -> list[tuple[str, str, set[str], set[str]]]:
    """What was coded, for assertion messages."""
    return [(e.type, e.trigger, names(ex, e.actors), names(ex, e.targets)) for e in ex.events]


def has_event(ex: Extraction, type_: str, actor: str, target: str | None) -> bool:
    """Whether an event of this type has an actor (and a target) whose name contains the words."""
    for e in events_of(ex, type_):
        if not any(actor.lower() in n for n in names(ex, e.actors)):
            continue
        if target is None or any(target.lower() in n for n in names(ex, e.targets)):
            return True
    return False


FOUND = [
    # (sentence, type, an actor, a target or None); source address in the comment
    # a mediator before the hyphen of an attributive participle
    ("Ships laden with grain left Ukraine on Tuesday despite Russia's suspension of its participation in a "
     "UN-brokered deal that guarantees the safe wartime passage of essential food supplies destined for parts "
     "of the world in the starving.",
     "CONSULT", "United Nations", "Russia"),
    # https://somalymam.org/2022/11/02/turkey-says-russia-agrees-to-join-wartime-grain-deal/
    ("Russia last month halted its participation in a United Nations-brokered grain deal that enabled the "
     "shipment of Ukrainian produce through the Black Sea to parts of the world struggling with hunger.",
     "CONSULT", "United Nations", "Ukraine"),
    # https://1lurer.am/en/2023/08/05/В-Саудовской-Аравии-начались-переговоры-по-мирному-урегулированию-в-Украине/973746
    # an organizer before the hyphen of the summit it organized
    ("Saudi Arabia will host a Ukrainian-organized peace summit in early August seeking to find a way to start "
     "negotiations over Russia's war on the country, officials said Sunday.",
     "CONSULT", "Ukraine", None),
    # https://federalnewsnetwork.com/world-news/2023/07/official-tells-ap-that-saudi-arabia-will-host-a-ukrainian-organized-peace-summit-in-august/
    # the author of a proposal acts in what it proposes, not who rejects it
    ("Afghan rebels in Peshawar, Pakistan, rejected proposals from Afghan President Najibullah for direct "
     "talks backed up by an international conference.",
     "CONSULT", "Najibullah", None),
    # https://www.latimes.com/archives/la-xpm-1989-08-24-mn-1453-story.html
    # whoever holds the captives frees them
    ("In return, 1,000 Palestinian prisoners will be released from prisons in Israel.",
     "RETREAT", "Israel", None),
    # https://jpost.com/israel-news/article-837889
    # a need reported by someone else is the speaker's appeal
    ("A senior U.N. official says Eritrea needs urgent help from the international community to prevent a "
     "looming humanitarian disaster caused by war and years of drought.",
     "REQUEST", "official", None),
    # https://www.voanews.com/archive/un-official-eritrea-needs-emergency-food-aid-2002-10-11
    # an authored proposal speaks for its author
    ("The Egyptian proposal calls on Israel and the Palestinian groups to accept an immediate ceasefire for a "
     "limited period to allow for humanitarian aid to reach Gaza and give Egypt time to continue its efforts "
     "to help reach a lasting truce.",
     "REQUEST", "Egypt", "Israel"),
    # https://twocircles.net/2009jan08/israeli_delegation_arrives_egypt_gaza_talks.html
    # signing an agreement is agreeing
    ("Ukraine and Russia have signed two separate UN-backed deals with Turkey to allow the export of millions "
     "of tonnes of grain from Ukraine's Black Sea ports blockaded by Russia.",
     "AGREE", "Ukraine", "Turkey"),
    # https://kyivindependent.com/ukraine-russia-sign-separate-agreements-with-turkey-un-on-grain-passage-through-black-sea
    # a message delivered to a counterpart
    ("Baskin then delivered the message to the director of Netanyahu's office, Gil Shapir, in writing, it said.",
     "CONSULT", "Baskin", "Gil Shapir"),
    # http://gershonbaskin.org/news/haniyeh-sent-message-to-netanyahu-via-gershon-baskin/
    # a body formed together
    ("The Colombian government and FARC rebels said Wednesday they have set up a joint committee to mediate "
     "disputes and oversee implementation of the historic peace deal they concluded last month.",
     "COOPERATE", "Colombia", "FARC"),
    # https://www.urdupoint.com/en/world/colombia-launches-committee-to-oversee-peace-25958.html
    # designations and terrorism lists
    ("In his first term, Trump designated the Houthis as a foreign terrorist organization days before he left "
     "office in 2021.",
     "SANCTION", "Trump", "Houthis"),
    # https://israelnationalnews.com/news/404877
    ("Trump added the Houthis to the FTO list in an executive order shortly after returning to the White House, "
     "the Washington Free Beacon first reported.",
     "SANCTION", "Trump", "Houthis"),
    # https://freebeacon.com/latest-news/trump-state-dept-designates-iran-backed-houthis-as-foreign-terrorist-organization
    # suspension from a body
    ("The African Union (AU) has suspended Niger from all its activities following the military coup last month.",
     "SANCTION", "African Union", "Niger"),
    # https://zambianobserver.com/niger-suspended-by-african-union-after-coup/
    # humanitarian evacuations and corridors are aid
    ("The International Committee of the Red Cross (ICRC) said it evacuated 148 people from an elderly care home "
     "whose role had been expanded during the war to accommodate patients with physical disabilities or mental "
     "health problems.",
     "AID", "Red Cross", None),
    # https://www.nbcnews.com/news/world/syria-s-aleppo-almost-150-vulnerable-people-evacuated-old-city-n693506
    ("Syria and Russia will establish four additional humanitarian corridors into Aleppo, Russian state media "
     "reported Sunday, a day after both governments said residents had begun using the routes to flee the "
     "besieged city.",
     "AID", "Russia", None),
    # https://www.cnn.com/2016/07/31/middleeast/syria-aleppo-humanitarian-corridors/
    # arrest warrants
    ("The International Criminal Court (ICC) issued a warrant of arrest for Central African rebel leader "
     "Mahamat Nouradine Adam over alleged war crimes and crimes against humanity in 2013.",
     "COERCE", "International Criminal Court", "Adam"),
    # https://dailynewsbrief.com/2022/07/29/icc-issues-arrest-warrant-for-central-african-rebel-leader/
    ("Duque had arrest warrants issued for ELN negotiators and asked Cuba to extradite them, which Havana refused.",
     "COERCE", "Duque", "ELN"),
    # https://www.trtworld.com/article/13559709
    # a call received is a call between the two
    ("President Abdel Fattah El-Sisi received a phone call from US President Joe Biden this evening.",
     "CONSULT", "Sisi", "Biden"),
    # https://www.africa.com/egypt-president-el-sisi-speaks-with-united-states-president/
    # a message to a named counterpart
    ("On 16 November, the Council held a briefing, followed by consultations, on Yemen (S/PV.8404). UN Special "
     "Envoy for Yemen Martin Griffiths informed the Council that he intended to convene the parties shortly for "
     "consultations in Sweden.",
     "CONSULT", "Griffiths", "Council"),
    # https://www.securitycouncilreport.org/chronology/yemen.php
    # a call or conversation with a named counterpart
    ("Trump said that his phone conversation with Putin went very well, despite the lateness of the time.",
     "CONSULT", "Trump", "Putin"),
    # https://trump.news-pravda.com/world/2025/08/19/204546.html
    # phrasal verbs
    ("US turns down Russia invitation to Afghan peace conference.", "REJECT", "United States", "Russia"),
    # http://www.topix.com/world/afghanistan/2017/03/us-turns-down-russia-invitation-to-afghan-peace-conference
    ("The Russian air defense shot down dozens of Ukrainian drones over Russian regions, the ministry added in a "
     "statement, Sputnik news agency reported.",
     "ASSAULT", "Russia", "Ukraine"),
    # https://en.mehrnews.com/news/226133/Russia-shoots-down-56-Ukrainian-drones-in-different-regions
    ("France is pushing for a United Nations Security Council resolution on Gaza to help pressure Israel to end "
     "its military campaign.",
     "REQUEST", "France", None),
    # https://www.jpost.com/arab-israeli-conflict/france-pushing-for-unsc-resolution-on-gaza-668495
    # the act is reported even where its aim is not
    ("Having strong ties with both the Sudanese Armed Forces and the RSF, Cairo launched its separate mediation "
     "talks round, in hopes of reaching a peaceful resolution.",
     "CONSULT", "Egypt", None),
    # https://www.albawaba.com/news/sudanese-army-resume-talks-rsf-jeddah-1526659
    # a subjectless verb the parser hangs beside another takes that verb's subject
    ("Major General Zaw Min Tun, the spokesperson of Myanmar's ruling military council, said the two sides had "
     "met in Kunming and after talks, agreed on a temporary ceasefire agreement.",
     "AGREE", "Myanmar", None),
    # https://msd11.gn.apc.org/node/8874
    # expressed disapproval
    ("At the beginning of this month, Beijing escalated its rhetoric, expressing \"strong dissatisfaction\" after "
     "clashes spilled over into its territory, causing casualties on the Chinese side.",
     "ACCUSE", "China", None),
    # https://www.theworldmonitor.com/china-facilitates-ceasefire-between-myanmar-military-ethnic/
    # a conference is talks; the author of an accepted proposal hosts it
    ("Spain proposed Thursday holding an international peace conference to find a two-state solution to the "
     "Israel-Palestine conflict.",
     "CONSULT", "Spain", None),
    # https://usmuslims.com/service/amp/spain-proposes-intl-peace-conference-to-find-2-state-solution-between-israel-225442h.htm
    ("Spain's prime minister said Friday that the Council of the European Union has accepted Spain's proposal to "
     "host an international Israel-Palestine peace conference within the next six months.",
     "CONSULT", "Spain", None),
    # https://anews.com.tr/middle-east/2023/10/27/eu-accepts-spanish-proposal-to-host-israel-palestine-peace-conference/amp
    # a call by a party still is a call
    ("Though Qatar remains a fierce critic of Assad, it has now called for a negotiated end to the fighting.",
     "REQUEST", "Qatar", None),
    # https://www.wionews.com/world/syrian-conflict-assad-failed-to-engage-with-his-people-says-qatar-pm-782262
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "target"), FOUND)
def test_event_found(run, sentence: str, type_: str, actor: str, target: str | None) -> None:
    ex = run(sentence, published="2024-01-01")
    assert has_event(ex, type_, actor, target), coded(ex)


NOT_FOUND = [
    # (sentence, type, an actor it must not have, or None for no event of the type at all)
    # a plan or agreement without an author states its terms: no demand
    ("The plan calls for all hostilities to end immediately.", "REQUEST", None),
    # https://www.channelnewsasia.com/world/trump-peace-proposal-gaza-israel-hamas-war-5376886
    ("The agreement calls for a two-month initial halt in fighting and would require Hezbollah to end its armed "
     "presence in a broad swath of southern Lebanon, while Israeli troops would return to their side of the border.",
     "REQUEST", None),
    # https://kyma.com/news/2024/11/26/the-israel-hezbollah-war-by-the-numbers/
    # a deal that guarantees passage pledges nothing for its mediator
    ("Ships laden with grain left Ukraine on Tuesday despite Russia's suspension of its participation in a "
     "UN-brokered deal that guarantees the safe wartime passage of essential food supplies destined for parts "
     "of the world in the starving.",
     "AGREE", "United Nations"),
    # https://somalymam.org/2022/11/02/turkey-says-russia-agrees-to-join-wartime-grain-deal/
    # the speaker of a need is its claimant only when someone else's need is reported
    ("A senior U.N. official says Eritrea needs urgent help from the international community to prevent a "
     "looming humanitarian disaster caused by war and years of drought.",
     "REQUEST", "Eritrea"),
    # https://www.voanews.com/archive/un-official-eritrea-needs-emergency-food-aid-2002-10-11
    # a place that is no country holds no one: no release by Gaza
    ("A spokeswoman for Israeli Prime Minister Benjamin Netanyahu's office said that Israel expects the "
     "remaining 48 hostages who were abducted from Israel following the October 7, 2023, attack, 20 of whom "
     "are alive, held in Gaza to be freed early Monday.",
     "RETREAT", "Gaza"),
    # https://www.wionews.com/world/-beginning-of-a-new-path-hostage-prisoner-swap-between-israel-hamas-to-take-place-monday-all-details-inside-1760292971752
    # the aim of an act is not itself reported
    ("Having strong ties with both the Sudanese Armed Forces and the RSF, Cairo launched its separate mediation "
     "talks round, in hopes of reaching a peaceful resolution.",
     "AGREE", None),
    # https://www.albawaba.com/news/sudanese-army-resume-talks-rsf-jeddah-1526659
    # to seek to do something is to try it, not to ask for it
    ("\"The Russian army has thrown virtually all its forces and means in order to storm the settlements around. "
     "They seek to break through the defenses of our troops and are trying to encircle the grouping of our troops, "
     "which is carrying out the defense of Lysychansk and Severodonetsk,\" Ukraine's deputy defense minister, "
     "Hanna Maliar said.",
     "REQUEST", None),
    # https://en.24tv.ua/severodonetsk-russia-has-gathered-almost-all-of-its-forces_n2041756
    # who secures a release does not free the captives
    ("After nearly a year and a half in captivity, Qatar on Friday secured the release of 26 hostages, including "
     "members of its ruling family, in what became possibly the region's most complex and sensitive hostage "
     "negotiation deal in recent years.",
     "RETREAT", "Qatar"),
    # https://www.arabstoday.net/en/amp/39/members-of-qatari-ruling-family-among-hostages-freed-after-being-held-since-095050
    # whom a protest is against does not protest
    ("Protests against the M23 spread to South Kivu province on Wednesday as thousands of residents took to the "
     "streets in Bukavu to vent their fury after the fall of Goma to the rebels on Tuesday.",
     "PROTEST", "M23"),
    # https://congonewsagency.info/2012/11/22/protests-against-m23-rebels-government-and-un-spread/
    # a suspension from a body is no de-escalation
    ("The African Union (AU) has suspended Niger from all its activities following the military coup last month.",
     "RETREAT", None),
    # https://zambianobserver.com/niger-suspended-by-african-union-after-coup/
    # a call for something is no phone call
    ("In the statement, Guterres renewed his call for an immediate ceasefire and to allow humanitarian aid to "
     "enter Gaza on a reliable and frequent basis.",
     "CONSULT", None),
    # https://arabnewsexpress.com/un-secretary-general-renews-call-for-immediate-humanitarian-ceasefire-in-gaza/
    # a verb beside another is not its conjunct unless an "and" joins them
    ("Corneille Nangaa, leader of the Congo River Alliance, a coalition of rebel groups, told The Associated Press "
     "in April that international sanctions and Congo's proposed minerals deal with the United States in search of "
     "peace would not stop the fighting.",
     "REJECT", None),
    # https://www.mymotherlode.com/news/africa/4013357/congo-and-rwanda-sign-preliminary-peace-agreement-in-washington.html
    # freed soldiers sent home are no troops deployed
    ("The Russian Ministry of Defense said, \"The planes of the Russian Aerospace Forces will send the released "
     "Russian soldiers to Moscow for treatment and rehabilitation.\"",
     "MOBILIZE", None),
    # https://iha.news/prisoner-exchange-between-russia-and-ukraine/ (gold/dev)
    # a signing made conditional has not happened
    ("In the run-up to the Washington talks, Bayramov reiterated that the signing of the Armenian-Azerbaijani peace "
     "treaty is conditional of Armenia changing its constitution which Baku says contains territorial claims to "
     "Azerbaijan.",
     "AGREE", None),
    # https://azatutyun.am/amp/33029885.html (gold/dev)
    # a press conference is no talks
    ("Lavrov made the remarks at a joint press conference with his Iranian counterpart Abbas Araqchi in Moscow "
     "on Friday.",
     "CONSULT", None),
    # https://en.irna.ir/news/85807103/Lavrov-says-Moscow-supports-Tehran-Washington-talks
    # who accepts a proposal does not host what it proposes
    ("Spain's prime minister said Friday that the Council of the European Union has accepted Spain's proposal to "
     "host an international Israel-Palestine peace conference within the next six months.",
     "CONSULT", "Council of the European Union"),
    # https://anews.com.tr/middle-east/2023/10/27/eu-accepts-spanish-proposal-to-host-israel-palestine-peace-conference/amp
    # the rejecter does not act in the talks proposed to it
    ("Afghan rebels in Peshawar, Pakistan, rejected proposals from Afghan President Najibullah for direct "
     "talks backed up by an international conference.",
     "CONSULT", "Pakistan"),
    # https://www.latimes.com/archives/la-xpm-1989-08-24-mn-1453-story.html
]


@pytest.mark.parametrize(("sentence", "type_", "actor"), NOT_FOUND)
def test_event_not_found(run, sentence: str, type_: str, actor: str | None) -> None:
    ex = run(sentence, published="2024-01-01")
    if actor is None:
        assert not events_of(ex, type_), coded(ex)
    else:
        assert not any(any(actor.lower() in n for n in names(ex, e.actors)) for e in events_of(ex, type_)), coded(ex)


def test_held_captives_freed_by_holder(run) -> None:
    # https://www.mid-day.com/news/world-news/article/israel-to-extend-truce-by-one-day-for-every-extra-10-people-freed-23321689
    ex = run("A first group of 13 women and children held by Hamas were freed Friday afternoon, according to "
             "Majed al-Ansari, the spokesman of the Qatari foreign ministry.", published="2023-11-25")
    assert has_event(ex, "RETREAT", "Hamas", None), coded(ex)


def test_telling_a_news_agency_is_no_contact(run) -> None:
    # https://webjosh.com/article/myanmar-junta-armed-alliance-confirm-china-mediated-ceasefire-1705077568-10759
    ex = run("\"With the help of China's facilitation, there was a meeting in (the southern Chinese city) Kunming. "
             "We have reached a ceasefire agreement,\" junta spokesperson Zaw Min Tun told AFP.", published="2024-01-12")
    assert not any("agence france-presse" in names(ex, e.targets) or e.trigger == "told" for e in ex.events), coded(ex)
