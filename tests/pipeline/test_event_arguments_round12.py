"""Events round 12: the actor and target of an event whose type is right.

- what an act is aimed "at" is no place: "fired a ballistic missile at Israel" targets Israel (a country the
  report names only there); "at" stays a place for any preposition that is not one of the act's target roles;
- who backs a proposal is its author: "rejected a ceasefire proposal backed by the United States" (and "a
  US-backed plan") targets the United States, while "a Saudi-backed government" and "a US-brokered truce"
  still name backers and brokers, no targets;
- wire style "Azerbaijan Sunday accused Armenia": the parser reads the subject as a compound of the day;
- who put forward what is answered is the target of the answer: "given his backing to a ceasefire announced
  by X", "proposals that were not accepted by Y" (made by the subject of "made");
- "placed sanctions on", "levied sanctions against": sanctions imposed;
- guessed counterparts (passages): "Baku and Yerevan have now both accused the other" is each side's act on
  the other, never on a third state; an appeal to a named non-party ("appealed to world leaders for help")
  gets no guessed party; a state is no counterpart of a body of its own country ("Sri Lanka's military ...
  was trying to capture more territory"), nor is a state that only sanctions the side.

Each case is a sentence from a news page, with its address; its expected type, actor and target were
written before parley was run. "fit" cases steered the changes, "aside" cases were only scored. Actor and
target are alternatives separated by "|", matched against the names and aliases of the event's parties;
types too.
"""

from __future__ import annotations

import pytest

from parley.extract import extract
from tests.pipeline.event_support import coded_parties, named, party_names

CASES = [
    pytest.param(
        'The Tamil Tigers have accused the Sri Lankan government of shelling civilians and wreaking carnage during its military offensive in the north.',
        "http://www.radionz.co.nz/news/world/6454/sri-lankan-military-'shelling-civilians'-says-tigers",
        'ACCUSE', 'Tamil Tigers|Tigers|LTTE', 'Sri Lanka',
        id='fit-tigers'),
    pytest.param(
        "Rebel leaders in Ivory Coast Friday rejected President Laurent Gbagbo's call to lay down their arms, and accused him of hoarding arms.",
        'https://www.voanews.com/a/a-13-a-2003-11-28-11-ivorian-67588522/389338.html',
        'REJECT', 'rebel|Rebel', 'Gbagbo',
        id='fit-gbagbo_reject'),
    pytest.param(
        'On Thursday evening, President Gbagbo appeared on national television calling on the rebels, now known as the New Forces, to lay down their weapons.',
        'https://www.voanews.com/a/a-13-a-2003-11-28-11-ivorian-67588522/389338.html',
        'REQUEST', 'Gbagbo', 'New Forces|rebel',
        id='aside-gbagbo_call', marks=pytest.mark.xfail(strict=False, reason='aside case, still failing')),
    pytest.param(
        'Syrian Foreign Minister Walid al-Moallem on Saturday called on rebels fighting against President Bashar al-Assad’s forces to lay down their arms, Syrian state TV reported.',
        'https://www.albawaba.me/news/walid-moallem-464902',
        'REQUEST', 'Moallem', 'rebel',
        id='fit-moallem', marks=pytest.mark.xfail(strict=False, reason="a bare 'rebels' is no actor of its own")),
    pytest.param(
        'Omar al-Bashir, who declared that no international court can touch even an "eyelash" on him, called for Darfur rebels to lay down their arms on Wednesday.',
        'https://islamweb.net/en/article/150288/sudan-urges-rebels-to-lay-down-arms',
        'REQUEST', 'Bashir', 'rebel',
        id='fit-bashir'),
    pytest.param(
        'Annan arrived in Damascus on Monday for talks with Syrian President Bashar al-Assad and other senior officials.',
        'https://www.news24.com/World/News/Annan-asks-all-Syrians-to-lay-down-arms-20120528',
        'CONSULT', 'Annan', 'Assad|Syria',
        id='aside-annan_talks'),
    pytest.param(
        'Lavrov spoke after talks with visiting British Foreign Secretary William Hague in Moscow.',
        'https://www.news24.com/World/News/Annan-asks-all-Syrians-to-lay-down-arms-20120528',
        'CONSULT', 'Lavrov', 'Hague|United Kingdom',
        id='fit-lavrov_hague'),
    pytest.param(
        'Syria has strongly denied allegations that its forces carried out the killings, but the UN Security Council after an emergency session on Sunday condemned government forces for shelling residential areas.',
        'https://www.news24.com/World/News/Annan-asks-all-Syrians-to-lay-down-arms-20120528',
        'ACCUSE', 'Security Council', 'Syria|government',
        id='fit-unsc_condemn', marks=pytest.mark.xfail(strict=False, reason="'condemned X for doing' is not coded as ACCUSE")),
    pytest.param(
        "The U.S. Treasury Department announced sanctions on James Koang Chuol, who defected from South Sudan's army, the Sudan People's Liberation Army (SPLA), to join the rebel forces, and Santino Deng Wol, an SPLA major general.",
        'https://pachodo.org/news-from-various-sources/9357-u-s-sanctions-military-officers-on-both-sides-of-south-sudan-conflict',
        'SANCTION', 'Treasury|United States', 'Koang|Deng Wol',
        id='aside-treasury_ssudan'),
    pytest.param(
        'Treasury placed sanctions on Gervais Ndirakobuca and Joseph Mathias Niyonzima, both of whom are linked with the Burundian government; and Leonard Ngendakumana and Alexis Sinduhije, who were linked with the opposition.',
        'https://panafricannews.blogspot.com/2015/12/u_22.html?m=0',
        'SANCTION', 'Treasury', 'Ndirakobuca|Niyonzima|Ngendakumana|Sinduhije',
        id='fit-treasury_burundi'),
    pytest.param(
        'Qatar has served as a mediator in indirect negotiations between Israel and Hamas, alongside Egypt and the United States, for the past 13 months.',
        'https://ynetnews.com/article/byhxcqt111x',
        'CONSULT', 'Qatar', 'Israel|Hamas',
        id='fit-qatar_mediator', marks=pytest.mark.xfail(strict=False, reason="'served as a mediator in negotiations between' codes no mediation")),
    pytest.param(
        'Israel welcomed Qatar’s decision to expel Hamas leaders, a long-sought goal by both Jerusalem and Washington.',
        'https://ynetnews.com/article/byhxcqt111x',
        'SUPPORT', 'Israel', 'Qatar',
        id='aside-israel_welcomed'),
    pytest.param(
        'Hamas had accused Israel of failing to keep its side of the bargain and Israel was threatening to resume its lethal onslaught on the Gaza Strip.',
        'https://mediate.com/news/qatar-is-the-go-to-mediator-in-the-mideast-war-its-unprecedented-tel-aviv-trip-saved-a-shaky-truce/',
        'ACCUSE', 'Hamas', 'Israel',
        id='fit-hamas_accused'),
    pytest.param(
        "Armenia on Wednesday accused Azerbaijan of renewing attacks on the border, a day after the arch foes' worst clashes since their 2020 war over the disputed region of Nagorno-Karabakh.",
        'https://globalcourant.blogspot.com/2022/09/armenia-says-azerbaijan-has-renewed.html',
        'ACCUSE', 'Armenia', 'Azerbaijan',
        id='fit-armenia_renewing'),
    pytest.param(
        'Late Tuesday, the Azerbaijani defense ministry said Armenian forces "violated the ceasefire... and shelled Azerbaijani positions near Kelbajar and Lachin from mortars and artillery."',
        'https://globalcourant.blogspot.com/2022/09/armenia-says-azerbaijan-has-renewed.html',
        'ASSAULT', 'Armenia', 'Azerbaijan',
        id='aside-az_positions'),
    pytest.param(
        'The Armenian defence ministry accused Azerbaijan of shelling a settlement inside Armenia, while ethnic Armenian forces in Nagorno-Karabakh alleged that Azeri forces had launched a new offensive five minutes after the truce took hold.',
        'https://vovworld.vn/en-US/news/armenia-azerbaijan-accuse-each-other-of-violating-ceasefire-910604.vov',
        'ACCUSE', 'Armenia', 'Azerbaijan',
        id='fit-arm_settlement'),
    pytest.param(
        'Azerbaijan Sunday accused Armenia of violating a ceasefire by attacking its second-largest city of Ganja which resulted in heavy civilian casualties.',
        'https://www.aninews.in/news/world/others/azerbaijan-accuses-armenia-of-violating-ceasefire-shelling-ganja-city-which-caused-civilian-casualties20201011180418/',
        'ACCUSE', 'Azerbaijan', 'Armenia',
        id='fit-az_ganja'),
    pytest.param(
        "Armenia's defense ministry said Azerbaijani artillery had fired on military positions in various parts of the front line after the ceasefire agreement had begun.",
        'https://conflictandwarreport.com/united-states-and-canada/u-s-mediated-ceasefire-in-nagorno-karabakh-erodes-in-minutes',
        'ASSAULT', 'Azerbaijan', 'Armenia',
        id='aside-arm_fired_positions'),
    pytest.param(
        'However, within minutes of the ceasefire coming into effect, Azerbaijan accused Armenian forces of shelling the town of Terter and nearby villages in “gross violation” of the agreement.',
        'https://conflictandwarreport.com/united-states-and-canada/u-s-mediated-ceasefire-in-nagorno-karabakh-erodes-in-minutes',
        'ACCUSE', 'Azerbaijan', 'Armenia',
        id='fit-az_terter'),
    pytest.param(
        'The announcement followed discussions between U.S. Deputy Secretary of State Stephen Biegun, Armenian Foreign Minister Zohrab Mnatsakanyan and his Azerbaijani counterpart Jeyhun Bayramov.',
        'https://conflictandwarreport.com/united-states-and-canada/u-s-mediated-ceasefire-in-nagorno-karabakh-erodes-in-minutes',
        'CONSULT', 'Biegun|Mnatsakanyan', 'Bayramov|Mnatsakanyan',
        id='fit-biegun', marks=pytest.mark.xfail(strict=False, reason="the title 'U.S. Deputy Secretary of State' gives the person no state")),
    pytest.param(
        "The announcement came after top Russian diplomat Sergey Lavrov held telephonic conversations with Armenia and Azerbaijan's Foreign Ministers, respectively, and insisted the need to strictly follow the ceasefire deal reached last week in Russia's capital Moscow.",
        'https://www.thehawk.in/posts/armenia-accuses-azerbaijan-of-violating-new-humanitarian-truce',
        'CONSULT', 'Lavrov', 'Armenia|Azerbaijan',
        id='aside-lavrov_phone'),
    pytest.param(
        'The ceasefire along the line of control was violated Sunday morning after a period of four months, when the Pakistan army fired at Indian positions in Poonch district of Jammu and Kashmir.',
        'https://archive.cobrapost.com/national/pak-army-fires-at-indian-posts-at-jammu-kashmir-offers-sweets-at-wagah-border/8015',
        'ASSAULT', 'Pakistan', 'India',
        id='fit-pak_indian_positions'),
    pytest.param(
        'Pakistan violated the ceasefire once again on Thursday by firing at the Indian posts on LoC in Poonch sector, the same area where two Indian soldiers were brutally killed on Tuesday.',
        'https://www.dailymail.co.uk/indiahome/article-2260362/Pakistan-breaches-ceasefire-soldiers-open-Indian-LoC-posts.html',
        'ASSAULT', 'Pakistan', 'India',
        id='fit-pak_indian_posts'),
    pytest.param(
        'India blames Pakistan, which hailed Wani as a martyr, for stoking violent protests that have left 58 people dead in the Valley.',
        'https://archive.cobrapost.com/national/pak-army-fires-at-indian-posts-at-jammu-kashmir-offers-sweets-at-wagah-border/8015',
        'ACCUSE', 'India', 'Pakistan',
        id='aside-india_blames'),
    pytest.param(
        'Islamabad accuses Afghanistan of allowing militants hiding across the border to launch attacks on Pakistani military targets.',
        'https://www.firstpost.com/world/afghanistan-attack-on-pakistan-border-posts-leaves-6-militants-dead-five-soldiers-injured-4494383.html',
        'ACCUSE', 'Pakistan|Islamabad', 'Afghanistan',
        id='fit-islamabad_accuses'),
    pytest.param(
        'The Sudanese army has rejected a US proposal for a ceasefire and announced a mobilization of the populace to fight the Rapid Support Forces (RSF) paramilitary group, which has seized control of the western part of the country, Bloomberg reported.',
        'https://russia-islworld.ru/en/novosti//media-sudan-rejects-us-ceasefire-proposal-2025-11-05-52653',
        'REJECT', 'Sudan', 'United States',
        id='fit-sudan_us_proposal'),
    pytest.param(
        'Sudan’s army has rebuffed a US proposal for a ceasefire, saying it will rally public support to fight against the paramilitary Rapid Response Forces that have taken control of the western part of the country, Bloomberg reported.',
        'https://tass.com/world/2039451',
        'REJECT', 'Sudan', 'United States',
        id='aside-tass_rebuffed'),
    pytest.param(
        'The Rapid Support Forces militia in Sudan has rejected the ceasefire proposal presented by the Vice President of the Transitional Sovereignty Council which would include preparation for a national dialogue leading to another transitional phase.',
        'https://www.middleeastmonitor.com/20230817-sudan-rsf-rejects-ceasefire-proposal/',
        'REJECT', 'Rapid Support Forces', 'Sovereignty Council|Vice President|Sudan',
        id='fit-rsf_rejected'),
    pytest.param(
        "The US, Saudi Arabia, Egypt, and the United Arab Emirates have been attempting to mediate between Sudan's army and the paramilitary Rapid Support Forces (RSF), which have been fighting for more than two years.",
        'https://civitas.global/story/US_Envoy_Massad_Boulos_Addresses_Sudan_Peace_Proposal_Bias_Claims',
        'CONSULT', 'United States|Saudi Arabia|Egypt|United Arab Emirates', 'Sudan|Rapid Support Forces',
        id='fit-quad_mediate'),
    pytest.param(
        "Sudan's government has accused the UAE of providing military support to the RSF since the conflict's initiation.",
        'https://topgab.com/eu/sudans-ruler-rejects-ceasefire-proposal-amid-ongoing-conflict.html',
        'ACCUSE', 'Sudan', 'United Arab Emirates|UAE',
        id='aside-sudan_uae'),
    pytest.param(
        'Sudan’s Sovereign Council Chairman and army chief, General Abdel Fattah al-Burhan, has rejected a ceasefire proposal backed by the United States aimed at ending the ongoing conflict between the Sudanese Armed Forces (SAF) and the paramilitary Rapid Support Forces (RSF).',
        'https://hornafricanews.com/?p=8917',
        'REJECT', 'Burhan', 'United States',
        id='fit-burhan_backed'),
    pytest.param(
        "Representatives of the Seleka rebel coalition say they reached the agreement Thursday, during talks with the CAR government and opposition leaders in Gabon's capital, Libreville.",
        'https://voa.pangea-cms.com/preview/en-US/a/car-rebels-central-african-republic-cease-fire/1581554.html',
        'AGREE|CONSULT', 'Seleka', 'Central African|CAR',
        id='fit-seleka_talks', marks=pytest.mark.xfail(strict=False, reason="'Representatives of the Seleka' is read as an actor of its own")),
    pytest.param(
        'Colombian President Juan Manuel Santos on Sunday said his government would strive to negotiate a second ceasefire agreement with the National Liberation Army (ELN) guerrilla group.',
        'http://en.chinagate.cn/2018-01/25/content_50299877.htm',
        'CONSULT|AGREE', 'Santos|Colombia', 'National Liberation Army|ELN',
        id='aside-santos_eln'),
    pytest.param(
        'After sinking two ships, the Houthis fired a ballistic missile at Israel, sending millions of Israelis scrambling into bunkers.',
        'https://hook.online/geopolitics/world/houthis-target-tel-aviv-after-sinking-two-ships-in-the-red-sea-1752147540489',
        'ASSAULT', 'Houthi', 'Israel',
        id='fit-houthi_missile'),
    pytest.param(
        'The Houthi attacks on ships are the first since late 2024, and came after Israel bombed Houthi assets in Yemen this week.',
        'https://hook.online/geopolitics/world/houthis-target-tel-aviv-after-sinking-two-ships-in-the-red-sea-1752147540489',
        'ASSAULT', 'Israel', 'Houthi',
        id='fit-israel_houthi_assets'),
    pytest.param(
        'The United States Mission in Yemen accused the Houthis of kidnapping many surviving crew members from the Eternity-C and called for their immediate and unconditional safe release.',
        'https://hook.online/geopolitics/world/houthis-target-tel-aviv-after-sinking-two-ships-in-the-red-sea-1752147540489',
        'ACCUSE', 'United States', 'Houthi',
        id='aside-us_mission_accused'),
    pytest.param(
        'The U.S. military has conducted retaliatory airstrikes against the Houthis to disrupt their operational capabilities.',
        'https://sofx.com/suspected-houthi-missile-attack-targets-ship-in-the-gulf-of-aden',
        'ASSAULT', 'United States|U.S. military', 'Houthi',
        id='fit-us_airstrikes'),
    pytest.param(
        'Kyiv has targeted Russia’s oil depots and refineries in long-range drone attacks in what it calls retaliatory strikes for Moscow’s nightly barrages of Ukrainian cities and its energy grid.',
        'https://www.nzherald.co.nz/world/ukrainian-drones-hit-russian-oil-refinery-hours-before-trump-putin-summit/TQUZPEFSGJBJBO5XHNWJX6PLII/',
        'ASSAULT', 'Kyiv|Ukraine', 'Russia',
        id='fit-kyiv_depots'),
    pytest.param(
        'The Ukrainian military said Friday it hit a large oil refinery in the central Russian city of Syzran, some 800km behind the front line.',
        'https://www.nzherald.co.nz/world/ukrainian-drones-hit-russian-oil-refinery-hours-before-trump-putin-summit/TQUZPEFSGJBJBO5XHNWJX6PLII/',
        'ASSAULT', 'Ukrain', 'Russia',
        id='aside-syzran', marks=pytest.mark.xfail(strict=False, reason='aside case, still failing')),
    pytest.param(
        'The attack came one day after Russian drones killed nine people in a strike on a residential block in the eastern Ukrainian city of Sumy.',
        'https://eu-newstoday.com/?p=1744',
        'ASSAULT', 'Russia', 'Ukraine',
        id='fit-sumy'),
    pytest.param(
        'U.S. Defense Secretary Lloyd Austin, who is on a visit to Kyiv on Monday, has announced a new package of assistance to Ukraine worth $400 million.',
        'https://ru.interfax.com.ua/news/general/1022024.html',
        'AID', 'Austin|United States', 'Ukraine',
        id='fit-austin_package'),
    pytest.param(
        'The United States on Friday announced a new $400 million military aid package for Kyiv as Russia launched a surprise ground offensive in northeast Ukraine.',
        'https://english.bharatexpress.com/?p=153195',
        'AID', 'United States', 'Kyiv|Ukraine',
        id='aside-us_package_kyiv'),
    pytest.param(
        'The meeting comes after President Rodrigo Duterte rejected the plea of communist rebels to release some 130 political prisoners, saying he wanted the communists to agree to a joint ceasefire deal first.',
        'https://newsinfo.inquirer.net/853850/ph-govt-reds-ceasefire-committees-set-to-meet-before-year-ends/amp',
        'REJECT', 'Duterte', 'rebel|communist',
        id='fit-duterte_plea', marks=pytest.mark.xfail(strict=False, reason="'the plea of communist rebels' does not name the rebels as its makers")),
    pytest.param(
        'Azerbaijan`s Defense Ministry said the situation on the contact line between Azerbaijan and Armenia has remained tense as Armenian Armed Forces shattered the ceasefire a total of 132 times on Wednesday and that the Armenian military had used 60mm mortar launcher and large caliber machine guns to shell Azerbaijani positions.',
        'https://vovworld.vn/en-US/news/azerbaijan-accuses-armenia-of-violating-ceasefire-428193.vov',
        'ASSAULT', 'Armenia', 'Azerbaijan',
        id='aside-az_mod_shell'),
    pytest.param(
        "The United States on Tuesday gave a cautious welcome to the unilateral ceasefire announced by the Ethiopian government in the war-hit Tigray region, as rebel fighters seized more territory.",
        "http://data.cimple.eu/news-article/c4d8bc1dd54910ae6c1a388a243379f016de239f351251b86f66141d",
        "SUPPORT", "United States", "Ethiopia",
        id="aside-us_welcome_ethiopia", marks=pytest.mark.xfail(strict=False, reason="aside case, still failing")),
    pytest.param(
        "UN Secretary-General Antonio Guterres on Saturday welcomed the announcement by the Central African Republic’s president of a nationwide ceasefire in a long-running conflict with rebels, and urged all parties to respect it.",
        "https://africanpeace.org/un-urges-respect-for-ceasefire-called-by-c-africa-president",
        "SUPPORT", "Guterres|United Nations", "Central African",
        id="aside-guterres_car"),
    pytest.param(
        "The Syrian army has committed to the UN-proposed truce, but says it reserves the right to respond to rebel attacks.",
        "http://www.euronews.com/2012/10/25/un-welcomes-syrian-ceasefire-rebels-have-doubts",
        "AGREE", "Syria", "United Nations",
        id="aside-syria_un_truce", marks=pytest.mark.xfail(strict=False, reason="aside case, still failing")),
]


@pytest.mark.parametrize(("text", "url", "types", "actor", "target"), CASES)
def test_actor_and_target(text: str, url: str, types: str, actor: str, target: str) -> None:
    ex = extract(text)
    assert any(e.type in types.split("|") and named(actor, party_names(ex, e.actors)) and named(target, party_names(ex, e.targets))
               for e in ex.events), coded_parties(ex)



GLOBALCOURANT = "https://globalcourant.blogspot.com/2022/09/armenia-says-azerbaijan-has-renewed.html"
GLOBALCOURANT_TEXT = (
    "Armenia on Wednesday accused Azerbaijan of renewing attacks on the border, a day after the arch foes' worst "
    "clashes since their 2020 war over the disputed region of Nagorno-Karabakh.\n"
    "Russia had announced on Tuesday that it had negotiated a ceasefire following clashes that killed at least 100 "
    "troops on both sides.\n"
    "But Baku and Yerevan have now both accused the other of violating the truce.\n"
    "Tuesday's escalation came as Yerevan's closest ally Moscow — which deployed thousands of peacekeepers in the "
    "region after the 2020 war — is distracted by its six-month-old invasion of Ukraine.\n"
    "Armenia appealed to world leaders for help and the European Union, United States, France, Russia, Iran and "
    "Turkey all expressed concern over the escalation and called for an end to fighting.\n"
)
HINDUSTAN = "http://www.hindustantimes.com/world/sri-lanka-shelling-civilian-areas-tiger-rebels/story-AXl4QXQdIl21UIMrWDqqBO.html"
HINDUSTAN_TEXT = (
    "Security forces fired multi-barrel rockets and mortars at the narrow strip of coastline still in the hands of "
    "the Liberation Tigers of Tamil Eelam (LTTE), Tamilnet said.\n"
    "Sri Lanka's military, however, denied it used heavy weapons but confirmed that it was trying to capture more "
    "territory and free the civilians its says are being held by the Tigers as human shields.\n"
)


def test_both_accused_the_other_is_no_act_on_a_third_state() -> None:
    ex = extract(GLOBALCOURANT_TEXT)
    accusations = [e for e in ex.events if e.type == "ACCUSE" and "both accused" in GLOBALCOURANT_TEXT[e.span[0]:e.span[1]]]
    assert accusations, coded_parties(ex)
    for e in accusations:
        assert not named("Ukraine", party_names(ex, e.targets)), coded_parties(ex)
    assert any(named("Azerbaijan", party_names(ex, e.actors)) and named("Armenia", party_names(ex, e.targets))
               for e in accusations), coded_parties(ex)


def test_appeal_to_named_non_party_guesses_no_party() -> None:
    ex = extract(GLOBALCOURANT_TEXT)
    appeals = [e for e in ex.events if e.type == "REQUEST" and e.trigger.startswith("appeal")]
    assert appeals and not any(e.targets for e in appeals), coded_parties(ex)


def test_state_is_no_counterpart_of_its_own_military() -> None:
    ex = extract(HINDUSTAN_TEXT)
    own = [e for e in ex.events if named("Sri Lanka's military", party_names(ex, e.actors))]
    assert own, coded_parties(ex)
    assert not any(named("Sri Lanka", [[n[0]] for n in party_names(ex, e.targets)]) for e in own), coded_parties(ex)
