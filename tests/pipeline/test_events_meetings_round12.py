"""Events round 12: meetings, talks, calls, visits (PLOVER CONSULT) and agreements (PLOVER AGREE).

- two parties named together as who met, talked, phoned or agreed ("the foreign ministers of Armenia and
  Azerbaijan met", "Aliyev and Pashinyan agreed", "Russia and Ukraine agreed to a prisoner exchange")
  consult or agree with each other: one acts and the other is its target;
- a host of talks between others is no party to them: "Qatar hosted a meeting between Congo's president
  Felix Tshisekedi, and his Rwandan counterpart Paul Kagame" is the two presidents' meeting (where the
  parser hangs the second party on the noun or its verb, it is still the second party), and the host is
  never guessed as their counterpart;
- a title ends before the next person joined to it ("Congo's president Felix Tshisekedi and his Rwandan
  counterpart": Tshisekedi does not act for Rwanda);
- where or what talks are about names no counterpart ("talks ... on the sidelines of Munich ...");
- "met with UN Special Envoy to Syria Staffan de Mistura": the envoy met, even where the parser hangs
  the name on the posting;
- consultations, discussions and dialogue named without their parties are the sides' ("further
  consultations were expected to take place"), and so are talks that intensify or last;
- receiving or hosting a named person, an ambassador or an envoy is a visit ("President Kagame received
  US Special Envoy to the Great Lakes Region").

Each case is a sentence (or a passage of consecutive sentences) from a news page, with its address.
Actor and target are alternatives separated by "|", matched against the names and aliases of the
event's parties; for symmetric acts (meetings, agreements) either party may be the actor. Cases marked
"aside" were kept out of development and only scored at the end; those that still fail, and the fit
cases left unfixed, are expected failures with their reason.
"""

from __future__ import annotations

import pytest

from parley.extract import extract
from parley.models import Extraction
from tests.pipeline.event_support import coded_parties, named, party_names


def _found(ex: Extraction, type_: str, actor: str, target: str, status: str | None, either: bool) -> bool:
    for e in ex.events:
        if e.type != type_ or (status is not None and e.status != status):
            continue
        actors, targets = party_names(ex, e.actors), party_names(ex, e.targets)
        if named(actor, actors) and named(target, targets):
            return True
        if either and named(target, actors) and named(actor, targets):
            return True
    return False


def _aside(*values: object, id: str, marks: pytest.MarkDecorator | tuple = ()) -> pytest.param:  # noqa: A002
    """A case kept aside while the rules were written: scored only at the end."""
    return pytest.param(*values, id=id, marks=marks)


def _unfixed(*values: object, id: str, reason: str) -> pytest.param:  # noqa: A002 - pytest's own keyword
    return pytest.param(*values, id=id, marks=pytest.mark.xfail(strict=False, reason=reason))


CASES = [
    # --- CONSULT: meetings of two parties named together --------------------------------------
    pytest.param(
        "Representatives of Colombia’s government and guerrilla group ELN met in Cuba to negotiate a ceasefire "
        "ahead of a possible end to decades of armed conflict.",
        "https://colombiareports.com/colombias-government-and-eln-rebels-begin-ceasefire-talks/amp",
        "CONSULT", "Colombia", "ELN|National Liberation", "occurred", True, id="colombia-eln-met"),
    pytest.param(
        "Officials said the foreign ministers of Armenia and Azerbaijan met for the first time since the "
        "Nagorno-Karabakh war.",
        "https://english.almayadeen.net/news/politics/armenia-azerbaijan-fms-hold-first-bilateral-talks",
        "CONSULT", "Armenia", "Azerbaijan", "occurred", True, id="armenia-azerbaijan-fms-met"),
    pytest.param(
        "Aliyev and Pashinyan met in Brussels in April and May, and their next meeting is scheduled for July "
        "or August, according to European Council President Charles Michel.",
        "https://english.almayadeen.net/news/politics/armenia-azerbaijan-fms-hold-first-bilateral-talks",
        "CONSULT", "Aliyev", "Pashinyan", "occurred", True, id="aliyev-pashinyan-met"),
    pytest.param(
        "Earlier on February 17, German Chancellor Olaf Scholz hosted talks between Armenian Prime Minister "
        "Nikol Pashinyan and Azerbaijani President Ilham Aliyev on the sidelines of Munich international "
        "security conference.",
        "http://eu-east.com/world-news/armenia-azerbaijani-fms-meet-in-berlin-for-peace-discussions",
        "CONSULT", "Pashinyan", "Aliyev", None, True, id="scholz-hosted-talks-between"),
    pytest.param(
        "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Ceyhun Bayramov held peace "
        "talk in Germany on February 28.",
        "http://eu-east.com/world-news/armenia-azerbaijani-fms-meet-in-berlin-for-peace-discussions",
        "CONSULT", "Mirzoyan", "Bayramov", "occurred", True, id="mirzoyan-bayramov-held-talk"),
    _aside(
        "The Azerbaijani and Armenian foreign ministers met in the U.S. capital Washington D.C. under the "
        "auspices of their U.S. counterpart on a possible peace treaty, amid increasing political discussions "
        "between the two countries, an official statement said on Tuesday.",
        "https://anews.com.tr/world/2022/11/08/top-azerbaijani-armenian-diplomats-discuss-peace-treaty-in-washington-dc/amp",
        "CONSULT", "Azerbaijan", "Armenia", "occurred", True, id="aside-azerbaijani-armenian-fms-met"),
    pytest.param(
        "The conversation came less than a week after Armenian Prime Minister Nikol Pashinyan and Azerbaijani "
        "President Ilham Aliyev met in Brussels for talks hosted by European Council President Charles Michel.",
        "https://massispost.com/2022/04/armenian-azeri-fms-discuss-peace-talks/",
        "CONSULT", "Pashinyan", "Aliyev", "occurred", True, id="pashinyan-aliyev-met-brussels"),
    _unfixed(
        "The President of the sisterly Arab Republic of Egypt, Abdel Fattah El-Sisi, met in Cairo on Monday "
        "with HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim "
        "Al-Thani.",
        "https://menafn.com/1109943346/PM-Egyptian-President-Discuss-Mutual-Ties-Gaza-Ceasefire-Efforts",
        "CONSULT", "Sisi", "Thani", "occurred", True, id="sisi-met-in-cairo-with",
        reason="the parser reads the honorific 'HE' as a pronoun and hangs the name apart"),
    _aside(
        "Colombo, Feb 21 (PTI) Sri Lanka's President Ranil Wickremesinghe has called for an immediate ceasefire "
        "in Gaza to ensure a peaceful solution to the raging conflict as he met here with the visiting Iranian "
        "Foreign Minister Hossein Amir-Abdollahian.",
        "https://www.latestly.com/agency-news/world-news-sri-lankan-president-calls-for-immediate-end-to-gaza-conflict-during-a-meeting-with-iranian-foreign-minister-5774684.html",
        "CONSULT", "Wickremesinghe|Sri Lanka", "Abdollahian|Iran", "occurred", True, id="aside-wickremesinghe-met-here"),
    pytest.param(
        "Syrian Foreign Minister Walid el-Moallem met here on Tuesday with UN Special Envoy to Syria Staffan "
        "de Mistura and his accompanying delegation.",
        "https://mail.arabstoday.net/en/amp/255/syrian-fm-meets-un-envoy",
        "CONSULT", "Moallem", "Mistura", "occurred", True, id="moallem-met-here-with"),
    pytest.param(
        "Ukraine and Russian delegations met for the first time in Turkey's Istanbul when they decided to swap "
        "1,000 prisoners",
        "https://www.connectedtoindia.com/russia-ukraine-decide-to-swap-prisoners-during-istanbul-meeting",
        "CONSULT", "Ukraine", "Russia", "occurred", True, id="ukraine-russian-delegations-met"),
    _aside(
        "Russian and Ukrainian officials met for less than two hours in Turkiye for their first direct talks in "
        "more than three years, aimed at ending the war.",
        "https://www.aljazeera.com/news/2025/5/16/russia-ukraine-talks-end-in-less-than-two-hours-with-no-ceasefire-deal",
        "CONSULT", "Russia", "Ukraine", "occurred", True, id="aside-russian-ukrainian-officials-met"),
    _unfixed(
        "Oman has for years hosted talks between the Iranian-backed Houthis and Saudi Arabia.",
        "https://english.ahram.org.eg/NewsContent/2/8/495409/World/Region/Saudis-free--Houthis-as-Omani-officials-in-Sanaa-Y.aspx",
        "CONSULT", "Houthi", "Saudi", None, True, id="oman-hosted-talks-between",
        reason="the parser reads 'has' as the verb and 'hosted' as an adjective of 'talks'"),
    # --- CONSULT: phone calls --------------------------------------------------------------------
    pytest.param(
        "US President Joe Biden and his Egyptian counterpart Abdel Fattah al-Sisi spoke over the phone on "
        "Wednesday and discussed the situation in Gaza and a four-day humanitarian pause deal between Israel "
        "and Hamas.",
        "https://anews.com.tr/diplomacy/2023/11/23/us-egyptian-presidents-discuss-situation-in-gaza-humanitarian-pause-deal",
        "CONSULT", "Biden", "Sisi", "occurred", True, id="biden-sisi-spoke-over-phone"),
    _aside(
        "US Secretary of State Antony Blinken spoke by phone with Israeli war Minister Yoav Gallant and called "
        "for an urgent ceasefire in the Gaza Strip, State Department Spokesman Matthew Miller said.",
        "https://www.islamtimes.org/en/news/1153231/blinken-calls-for-ceasefire-in-talks-with-israel-war-min",
        "CONSULT", "Blinken", "Gallant", "occurred", True, id="aside-blinken-spoke-by-phone-with"),
    pytest.param(
        "Egyptian President Abdel Fattah el-Sisi on Monday evening held a telephone conversation with Israeli "
        "Prime Minister Yair Lapid, a day after the North African country successfully brokered a cease-fire "
        "between Israel and Palestinian militants.",
        "https://newsaf.cgtn.com/news/2022-08-10/Egypt-s-el-Sisi-holds-telephone-conversation-with-Israeli-PM-1cmJPry8LkI/index.html",
        "CONSULT", "Sisi", "Lapid", "occurred", True, id="sisi-telephone-conversation-lapid"),
    pytest.param(
        "In a rare phone call, the foreign ministers of Armenia and Azerbaijan discussed on Monday plans to sign "
        "a peace treaty between their countries and demarcate their border.",
        "https://massispost.com/2022/04/armenian-azeri-fms-discuss-peace-talks/",
        "CONSULT", "Armenia", "Azerbaijan", "occurred", True, id="fms-of-armenia-azerbaijan-discussed"),
    # --- CONSULT: delegations travelling to talks -------------------------------------------------
    _aside(
        "A high-profile delegation representing the Sudanese Armed Forces arrived in Jeddah on Saturday to "
        "resume peace talks with Rapid Support Forces (RSF), as both parties have been tearing through the "
        "country in a power struggle.",
        "https://www.albawaba.com/news/sudanese-army-resume-talks-rsf-jeddah-1526659",
        "CONSULT", "Sudanese Armed Forces|Sudan", "Rapid Support|RSF", None, True, id="aside-saf-arrived-to-resume-talks"),
    pytest.param(
        "Delegations representing both the Sudanese army and the paramilitary Rapid Support Forces (RSF) "
        "arrived Saturday in Saudi Arabia to hold their first face-to-face negotiations.",
        "https://ntv.co.ug/africa/news/sudan-s-army-paramilitary-rsf-in-saudi-arabia-for-direct-talks-4226048",
        "CONSULT", "Sudan", "Rapid Support|RSF", None, True, id="delegations-of-army-and-rsf-arrived"),
    pytest.param(
        "Representatives of the Sudanese army have returned to Jeddah, Saudi Arabia, to resume negotiations "
        "with the Rapid Support Forces (RSF) paramilitary group.",
        "https://english.almayadeen.net/news/politics/sudanese-army-and-rsf-resume-truce-negotiations",
        "CONSULT", "Sudan", "Rapid Support|RSF", None, True, id="army-returned-to-resume-negotiations"),
    _aside(
        "Omani officials, meanwhile, landed in Sanaa for talks with Houthi officials in the latest efforts to "
        "renew a ceasefire deal that expired in October, said Mohammed Abdul-Salam, the chief negotiator of the "
        "Houthi rebels.",
        "https://unb.com.bd/category/world/yemen-saudis-free-13-houthis-as-omani-officials-visit-sanaa/113447",
        "CONSULT", "Oman", "Houthi", "occurred", False, id="aside-omani-officials-landed-for-talks"),
    pytest.param(
        "A Saudi delegation yesterday concluded peace talks in Sana‘a with the Houthi movement whose officials "
        "cited progress and said further discussions were needed to iron out remaining differences.",
        "https://www.asianews.it/index.php?l=en&idn=1&art=58187&mag=visualizzaperlastampa",
        "CONSULT", "Saudi", "Houthi", "occurred", True, id="saudi-delegation-concluded-talks-with"),
    _unfixed(
        "On Saturday, Hamas's delegation arrived in Cairo on Saturday to negotiate through Egyptian mediators a "
        "ceasefire in the Gaza Strip and the release of the captives.",
        "https://sputnikglobe.com/20240506/hamas-chief-informs-mediators-of-acceptance-of-gaza-ceasefire-proposal-1118293882.html",
        "CONSULT", "Hamas", "Egypt", None, False, id="hamas-delegation-arrived-in-cairo",
        reason="'negotiate through Egyptian mediators' names no counterpart"),
    _aside(
        "Saudi and Omani envoys are planning to visit Yemen's capital Sanaa next week to negotiate a permanent "
        "ceasefire deal with Iran-aligned Houthi officials and end an eight-year-old conflict there, two people "
        "involved in the talks said.",
        "https://www.khaleejtimes.com/world/mena/houthi-official-says-saudi-arabia-freed-13-detainees-ahead-of-wider-yemen-prisoner-swap",
        "CONSULT", "Saudi|Oman", "Houthi", None, False, id="aside-envoys-planning-to-negotiate-with"),
    # --- AGREE: two parties that agreed or signed --------------------------------------------------
    pytest.param(
        "Delegations of Russia and Ukraine concluded their meeting in Turkey's Istanbul on Friday, agreeing to "
        "hold a new round of negotiations and have a large-scale prisoner exchange.",
        "https://www.shine.cn/news/world/2505164726/",
        "AGREE", "Russia", "Ukraine", None, True, id="delegations-concluded-agreeing"),
    pytest.param(
        "As a key outcome of the two-hour talks, Russia and Ukraine agreed to a prisoner exchange involving "
        "1,000 people from each side.",
        "https://www.shine.cn/news/world/2505164726/",
        "AGREE", "Russia", "Ukraine", "occurred", True, id="russia-ukraine-agreed-to-exchange"),
    _aside(
        "The Colombian Government and the National Liberation Army (ELN) guerrilla group agreed on a six-month "
        "nationwide ceasefire in Havana today, starting on August 3.",
        "https://comparemela.com/ampnews/pablo-beltr/8",
        "AGREE", "Colombia", "ELN|National Liberation", "occurred", True, id="aside-colombia-eln-agreed-on"),
    pytest.param(
        "Colombia's government and the National Liberation Army [ELN] guerrilla group have agreed to a "
        "six-month ceasefire in Havana as they work towards a peace pact to end decades of conflict.",
        "https://www.trtworld.com/article/13559709",
        "AGREE", "Colombia", "ELN|National Liberation", "occurred", True, id="colombia-eln-agreed-to"),
    pytest.param(
        "The Government of Colombia and the National Liberation Army (ELN) Friday signed in Havana a 180-day "
        "national , bilateral and temporary ceasefire effective from August 3, it was reported.",
        "https://comparemela.com/ampnews/pablo-beltr/8",
        "AGREE", "Colombia", "ELN|National Liberation", "occurred", True, id="colombia-eln-signed-ceasefire"),
    _aside(
        "The Democratic Republic of the Congo and Rwanda signed a US-brokered peace agreement in Washington on "
        "Friday.",
        "https://syrializm.net/congo-and-rwanda-sign-peace-agreement-under-us-sponsorship/",
        "AGREE", "Congo", "Rwanda", "occurred", True, id="aside-drc-rwanda-signed"),
    pytest.param(
        "The Democratic Republic of Congo and the Rwanda-backed M23 movement signed a new peace framework on "
        "Saturday in Doha, marking a step toward ending the conflict that has devastated eastern Congo.",
        "https://tmc24news.com/dr-congo-and-rwanda-backed-m23-movement-sign-new-peace-framework-in-doha",
        "AGREE", "Congo", "M23", "occurred", True, id="drc-m23-signed-framework"),
    pytest.param(
        "The mediator of the African Union, Olusegun Obasanjo, announced this Wednesday that the Government of "
        "Ethiopia and the Popular Front for the Liberation of Tigray (TPLF) have signed an agreement for the "
        "cessation of hostilities in the framework of the conflict that is devastating the region of Tigray "
        "(north) since November 2020.",
        "https://pledgetimes.com/the-government-of-ethiopia-and-the-rebels-sign-a-ceasefire-in-tigray/",
        "AGREE", "Ethiopia", "TPLF|Tigray", "occurred", True, id="ethiopia-tplf-signed"),
    _aside(
        "The Ethiopian government and Tigrayan forces have signed an agreement to lay out a roadmap for "
        "implementation of a peace deal that both sides reached in South Africa this month.",
        "https://hidayattv.uk/ethiopias-rival-forces-sign-deal-to-start-implementing-truce/",
        "AGREE", "Ethiopia", "Tigray", "occurred", True, id="aside-ethiopia-tigrayan-forces-signed"),
    pytest.param(
        "The Philippine government and the separatist Moro Islamic Liberation Front (MILF) have agreed "
        "Wednesday to negotiate a final peace agreement that is expected to end 40-year Muslim rebellion in "
        "Mindanao, southern Philippines.",
        "https://solidarityislam.blogspot.com/2009/12/philippine-govt-milf-to-form-peace-pact.html",
        "AGREE", "Philippine", "MILF|Moro", "occurred", True, id="philippines-milf-agreed-to-negotiate"),
    pytest.param(
        "The Philippines government and representatives of the rebel group Moro Islamic Liberation Front (MILF) "
        "have agreed on a plan to implement a stalled peace agreement following a two-day meeting in Malaysia – "
        "the first such meeting since Philippine President Rodrigo Duterte took office in June.",
        "https://www.benarnews.org/english/news/malaysian/bangsamoro-peace-08152016163750.html",
        "AGREE", "Philippine", "MILF|Moro", "occurred", True, id="philippines-milf-agreed-on-plan"),
    _aside(
        "On 25 April, the foreign ministers of the DRC and Rwanda signed a declaration of respect for "
        "sovereignty mediated by Washington and agreed to draft a peace agreement by 2 May.",
        "https://afrinz.ru/en/2025/05/rwanda-and-drc-to-sign-peace-agreement-in-june/",
        "AGREE", "Congo|DRC", "Rwanda", "occurred", True, id="aside-fms-of-drc-rwanda-signed"),
    pytest.param(
        "Rwanda and the Democratic Republic of the Congo (DRC) will sign a peace agreement in mid-June in "
        "Washington, Rwandan Foreign Minister Olivier Nduhungirehe told AFP.",
        "https://afrinz.ru/en/2025/05/rwanda-and-drc-to-sign-peace-agreement-in-june/",
        "AGREE", "Rwanda", "Congo|DRC", "pledged", True, id="rwanda-drc-will-sign"),
    pytest.param(
        "Azerbaijani Foreign Minister Jeyhun Bayramov and his Armenian counterpart Ararat Mirzoyan \"agreed to "
        "expedite their negotiations and to organize another meeting in coming weeks,\" adding their "
        "appreciation for the U.S. in hosting the meeting, the statement said.",
        "https://anews.com.tr/world/2022/11/08/top-azerbaijani-armenian-diplomats-discuss-peace-treaty-in-washington-dc/amp",
        "AGREE", "Bayramov", "Mirzoyan", "occurred", True, id="bayramov-mirzoyan-agreed"),
    _aside(
        "Aliyev and Pashinyan agreed to instruct their foreign ministers to start official negotiations on the "
        "comprehensive treaty and to set up before the end of this month a joint commission on the border "
        "demarcation.",
        "https://massispost.com/2022/04/armenian-azeri-fms-discuss-peace-talks/",
        "AGREE", "Aliyev", "Pashinyan", "occurred", True, id="aside-aliyev-pashinyan-agreed"),
    # --- AGREE: accepting another party's proposal --------------------------------------------------
    pytest.param(
        "Hamas said on Monday that it had accepted a Gaza ceasefire proposal from Egypt and Qatar.",
        "https://www.khaleejtimes.com/ta/world/mena/hamas-accepts-ceasefire-proposal-of-egypt-qatar",
        "AGREE", "Hamas", "Egypt|Qatar", "occurred", False, id="hamas-accepted-proposal-from"),
    _aside(
        "The Hamas militant group says it has accepted an Egyptian-Qatari ceasefire proposal to halt its "
        "seven-month war with Israel, per the AP .",
        "https://www.newser.com/story/349972/hamas-we-will-accept-ceasefire-deal.html",
        "AGREE", "Hamas", "Egypt|Qatar", "occurred", False, id="aside-hamas-accepted-egyptian-qatari-proposal"),
    # --- round two of the check set: hosts, receptions, visits and summits -------------------------
    pytest.param(
        "Qatar hosted talks between the government of the Democratic Republic of the Congo (DRC) and the March 23 "
        "(M23) movement last week, Agence France-Presse reported, citing a source close to the negotiations.",
        "https://tass.com/world/1939347",
        "CONSULT", "Congo", "M23|March 23", None, True, id="qatar-hosted-talks-drc-m23"),
    pytest.param(
        "\"Last week, the Qataris organized a secret meeting between the delegations of the DR Congo’s government "
        "and the M23 movement in Doha, which was their first direct meeting in a long time,\" the source told the "
        "news agency.",
        "https://tass.com/world/1939347",
        "CONSULT", "Congo", "M23|March 23", None, True, id="qataris-organized-meeting-between"),
    _aside(
        "Qatar convened a meeting last month between Congo's President Felix Tshisekedi and his Rwandan "
        "counterpart Paul Kagame.",
        "https://eastleighvoice.co.ke/democratic-republic-of-congo/136733/congo-government,-m23-rebel-delegations-in-doha-for-talks,-sources-say",
        "CONSULT", "Tshisekedi|Congo", "Kagame|Rwanda", None, True, id="aside-qatar-convened-meeting-between",
        marks=pytest.mark.xfail(strict=False, reason="aside case, still missed: the parties of a convened meeting")),
    pytest.param(
        "Qatar hosted a meeting between Congo's president Felix Tshisekedi, and his Rwandan counterpart Paul Kagame "
        "last month.",
        "https://energynews.oedigital.com/mineral-resources/2025/04/10/sources-congo-government-and-m23-rebel-delegations-are-in-doha-to-hold-talks",
        "CONSULT", "Tshisekedi|Congo", "Kagame|Rwanda", None, True, id="qatar-hosted-meeting-between"),
    pytest.param(
        "In mid March, Congolese President Felix Tshisekedi and his Rwandan counterpart Paul Kagame held a "
        "surprise meeting in Doha.",
        "https://www.africanews.com/2025/04/02/congo-m23-rebels-to-hold-direct-dialogue-in-qatar/",
        "CONSULT", "Tshisekedi|Congo", "Kagame|Rwanda", "occurred", True, id="tshisekedi-kagame-held-meeting"),
    _aside(
        "Congolese officials and negotiators for the M23 rebels have arrived in Doha for talks to hammer out a "
        "ceasefire and end months of fighting that have raised fears of a wider regional conflict, four sources "
        "told Reuters on Thursday.",
        "https://eastleighvoice.co.ke/democratic-republic-of-congo/136733/congo-government,-m23-rebel-delegations-in-doha-for-talks,-sources-say",
        "CONSULT", "Congo", "M23", None, True, id="aside-officials-and-negotiators-arrived-for-talks"),
    pytest.param(
        "Rwandan President Paul Kagame on Thursday received the Special Envoy of the UN Secretary General on Great "
        "Lakes, Huang Xia and his delegation currently on tour who is visiting the region to review regional "
        "political and security developments in the sub-region.",
        "https://www.journalducameroun.com/en/rwandan-leader-receives-un-special-envoy-for-great-lakes/",
        "CONSULT", "Huang Xia|United Nations", "Kagame|Rwanda", "occurred", True, id="kagame-received-un-envoy"),
    pytest.param(
        "President Kagame, yesterday, received US Special Envoy to the Great Lakes Region at Village Urugwiro in "
        "Kigali.",
        "http://newtimes.co.rw/article/121794/News/kagame-meets-with-us-special-envoy-to-the-great-lakes/amp",
        "CONSULT", "United States", "Kagame|Rwanda", "occurred", True, id="kagame-received-us-envoy"),
    _aside(
        "President Paul Kagame on Sunday held what the Office of the Rwanda President described as \"a positive "
        "meeting\" with Ambassador Adonia Ayebare, President Yoweri Museveni's Special Envoy, who traveled to "
        "Kigali with a message regarding the two countries' relationship.",
        "https://allafrica.com/stories/201912300501.html",
        "CONSULT", "Kagame|Rwanda", "Ayebare|Uganda|Museveni", "occurred", True, id="aside-kagame-held-positive-meeting"),
    pytest.param(
        "President of Ukraine Volodymyr Zelenskyy met with the President of Turkey Recep Tayyip Erdogan in Ankara "
        "today.",
        "https://ukrainefrontlines.com/news/ukraine/zelenskyy-met-with-erdogan-in-ankara",
        "CONSULT", "Zelensk|Ukraine", "Erdogan|Turkey", "occurred", True, id="zelenskyy-met-with-erdogan"),
    pytest.param(
        "Erdogan met with Zelensky at the presidential complex in Ankara.",
        "https://ukrainefrontlines.com/news/ukraine/zelenskyy-met-with-erdogan-in-ankara",
        "CONSULT", "Erdogan|Turkey", "Zelensk|Ukraine", "occurred", True, id="erdogan-met-with-zelensky"),
    _aside(
        "Russian President Vladimir Putin held a phone call with Turkish President Recep Tayyip Erdogan on Aug. 20 "
        "to discuss the war in Ukraine, the Kremlin reported.",
        "https://aggregoctt.github.io/putin-discusses-ukraine-war-with-erdogan-before-po-BTlaJaRQXZYf8LbyqLvezw",
        "CONSULT", "Putin|Russia", "Erdogan|Turkey", "occurred", True, id="aside-putin-held-phone-call"),
    pytest.param(
        "Ukrainian President Volodymyr Zelenskyy and his Turkish counterpart Recep Tayyip Erdoğan have held a "
        "telephone conversation during which Erdoğan said that his country is ready to host a summit between the "
        "Russian and Ukrainian leaders.",
        "https://www.pravda.com.ua/eng/news/2025/08/12/7525855/",
        "CONSULT", "Zelensk|Ukraine", "Erdoğan|Erdogan|Turkey|Türkiye", "occurred", True, id="zelenskyy-erdogan-telephone"),
    _unfixed(
        "Turkey has maintained direct ties with both Kyiv and Moscow since the start of the full-scale invasion in "
        "2022 and previously hosted negotiations between the two sides in Istanbul.",
        "https://aggregoctt.github.io/putin-discusses-ukraine-war-with-erdogan-before-po-BTlaJaRQXZYf8LbyqLvezw",
        "CONSULT", "Ukraine", "Russia", None, True, id="turkey-hosted-negotiations-two-sides",
        reason="'the two sides' stand for Kyiv and Moscow, named only as cities"),
    _aside(
        "The U.S. Secretary of State Antony Blinken during a visit to Kigali said that he held discussions with "
        "President Paul Kagame and other top officials on regional peace and security, human rights, good "
        "governance, and Paul Rusesabagina.",
        "https://rwandadispatch.com/kagame-us-top-diplomat-discuss-regional-relations/",
        "CONSULT", "Blinken|United States", "Kagame|Rwanda", "occurred", True, id="aside-blinken-held-discussions"),
    pytest.param(
        "Blinken who met President Kagame earlier in the day said that Kagame and Congolese President Felix "
        "Tshisekedi had agreed to engage in direct talks to address the fighting in eastern Congo.",
        "https://rwandadispatch.com/kagame-us-top-diplomat-discuss-regional-relations/",
        "AGREE", "Kagame|Rwanda", "Tshisekedi|Congo", "occurred", True, id="kagame-tshisekedi-agreed"),
    pytest.param(
        "The presidents of Rwanda and Uganda in August signed an agreement in Angola to ease months of tensions "
        "after the two leaders exchanged accusations of spying, political assassinations and meddling.",
        "https://allafrica.com/stories/201912300501.html",
        "AGREE", "Rwanda", "Uganda", "occurred", True, id="presidents-of-rwanda-uganda-signed"),
    _aside(
        "The presidents of Congo and neighboring Rwanda have met in Qatar for their first direct talks since "
        "Rwanda-backed M23 rebels seized two major cities in mineral-rich eastern Congo earlier this year",
        "https://unitynews.ainewsglitch.techmarketers.xyz/presidents-of-congo-and-rwanda-meet-in-qatar-to-discuss-insurgency-in-eastern-congo",
        "CONSULT", "Congo", "Rwanda", "occurred", True, id="aside-presidents-of-congo-rwanda-met"),
]


@pytest.mark.parametrize(("text", "url", "type_", "actor", "target", "status", "either"), CASES)
def test_meeting_or_agreement_found(text: str, url: str, type_: str, actor: str, target: str,
                                    status: str | None, either: bool) -> None:
    ex = extract(text, url=url)
    assert _found(ex, type_, actor, target, status, either), coded_parties(ex)


# Passages of consecutive sentences from one page: who met or agreed is named a sentence before ("the two
# leaders met", "the two sides reached ...") or the host stands apart from the parties it hosts.
PASSAGES = [
    _unfixed(
        "Omani officials, meanwhile, landed in Sanaa for talks with Houthi officials in the latest efforts to renew "
        "a ceasefire deal that expired in October, said Mohammed Abdul-Salam, the chief negotiator of the Houthi "
        "rebels. Oman has for years hosted talks between the Iranian-backed Houthis and Saudi Arabia. The talks "
        "have been intensified since the warring sides failed to renew a U.N.-brokered cease-fire in October.",
        "https://english.ahram.org.eg/NewsContent/2/8/495409/World/Region/Saudis-free--Houthis-as-Omani-officials-in-Sanaa-Y.aspx",
        "CONSULT", "Houthi", "Saudi", None, True, id="passage-oman-talks-intensified",
        reason="the parser reads 'has' as the verb, so Oman is not seen as the host"),
    pytest.param(
        "Qatar hosted a meeting between Congo's president Felix Tshisekedi, and his Rwandan counterpart Paul Kagame "
        "last month. The two leaders met for the first time since M23 began its offensive in January.",
        "https://energynews.oedigital.com/mineral-resources/2025/04/10/sources-congo-government-and-m23-rebel-delegations-are-in-doha-to-hold-talks",
        "CONSULT", "Tshisekedi|Congo", "Kagame|Rwanda", "occurred", True, id="passage-two-leaders-met"),
    pytest.param(
        "Delegations of Russia and Ukraine concluded their meeting in Turkey's Istanbul on Friday, agreeing to hold "
        "a new round of negotiations and have a large-scale prisoner exchange. Turkish Foreign Minister Hakan Fidan, "
        "who chairs the talks, said on the social media platform X that the two sides \"reached a principled "
        "agreement to meet again.\"",
        "https://www.shine.cn/news/world/2505164726/",
        "CONSULT", "Fidan|Turkey", "Russia|Ukraine", "occurred", False, id="passage-fidan-chairs-talks"),
    _aside(
        "The conversation came less than a week after Armenian Prime Minister Nikol Pashinyan and Azerbaijani "
        "President Ilham Aliyev met in Brussels for talks hosted by European Council President Charles Michel. "
        "Aliyev and Pashinyan agreed to instruct their foreign ministers to start official negotiations on the "
        "comprehensive treaty and to set up before the end of this month a joint commission on the border "
        "demarcation.",
        "https://massispost.com/2022/04/armenian-azeri-fms-discuss-peace-talks/",
        "CONSULT", "Michel|European Council", "Pashinyan|Aliyev|Armenia|Azerbaijan", "occurred", False,
        id="aside-passage-talks-hosted-by-michel"),
    pytest.param(
        "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Ceyhun Bayramov held peace talk "
        "in Germany on February 28. The meeting was mediated by German Foreign Minister Annalena Baerbock who "
        "hosted her counterparts in Villa Borsig.",
        "http://eu-east.com/world-news/armenia-azerbaijani-fms-meet-in-berlin-for-peace-discussions",
        "CONSULT", "Baerbock|Germany", "Mirzoyan|Bayramov|Armenia|Azerbaijan", "occurred", False,
        id="passage-meeting-mediated-by-baerbock"),
    _aside(
        "Sana'a (AsiaNews) – The glimmer of hope for peace in Yemen remains alive following the Chinese-mediated "
        "diplomatic rapprochement between Saudi Arabia and Iran. More efforts are underway. The first round of "
        "Saudi-Houthi talks in Sana'a ended today on a positive note with the parties pledging to meet again soon.",
        "https://www.asianews.it/index.php?l=en&idn=1&art=58187&mag=visualizzaperlastampa",
        "CONSULT", "Saudi", "Houthi", None, True, id="aside-passage-saudi-houthi-talks"),
    _unfixed(
        "Qatar hosted talks between the government of the Democratic Republic of the Congo (DRC) and the March 23 "
        "(M23) movement last week, Agence France-Presse reported, citing a source close to the negotiations. He "
        "added that further consultations were expected to take place with Qatar’s support.",
        "https://tass.com/world/1939347",
        "CONSULT", "Congo", "M23|March 23", "pledged", True, id="passage-further-consultations",
        reason="'were expected to take place' is coded proposed, not pledged"),
]


@pytest.mark.parametrize(("text", "url", "type_", "actor", "target", "status", "either"), PASSAGES)
def test_meeting_in_passage(text: str, url: str, type_: str, actor: str, target: str,
                            status: str | None, either: bool) -> None:
    ex = extract(text, url=url)
    assert _found(ex, type_, actor, target, status, either), coded_parties(ex)
