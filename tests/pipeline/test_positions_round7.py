"""The ``parley_positions`` stage, round 7: support stated as a welcome, a commitment or praise by holders the
earlier rounds lost (Sudan, Yemen, Gaza, DR Congo, Colombia, Armenia-Azerbaijan, Ukraine, India-Pakistan,
Ethiopia, Libya, Kosovo-Serbia, Moldova), and the holders and issues of those stances.

Holders: a list the parser hung on its first name as an apposition ("The USA, the United Arab Emirates, Egypt,
and the Gulf Cooperation Council welcomed"), a list first taken for a dateline ("Germany, Italy, the Netherlands,
Sweden and Switzerland - welcome"), the nearer of two subjects ("Sanna : Yemen's rebel Ansar Allah movement ...
welcomes"), a title before a name ("The Chairperson of the African Union Commission Mahmoud Ali Youssouf"), a
bracketed acronym before a description ("Forces for Freedom and Change (FFC), a coalition of ..."), "Both agreed",
"a joint US-Saudi statement said, welcoming", the one who says something "will not be allowed".

Issues: what an announcement or a decision carries ("welcomed the announcement by the Coalition ... of a
comprehensive ceasefire", "the ELN's decision to embark on a unilateral ceasefire"), "this" and "it" for the text
named before ("China supports and welcomes this", "hailing it as a breakthrough"), a second stance on a bare "the
ceasefire" in the same sentence ("welcomed the signing of the Jeddah agreement and affirmed its full commitment to
the ceasefire"), a long phrase cut before its trailing place and time ("comprehensive ceasefire").

Negatives: "have yet to accept" (not a refusal either), a mediator that "agreed a ceasefire between" two others,
events and background told by the reporter.

Sentences come from news pages found with the project's search tool (source URL in each case) and from gold/dev.
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_positions import reads_as

FOUND = [
    # (text, holder, issue as a reader would write it, stance)
    pytest.param(
        # https://dabangasudan.org/en/all-news/article/humanitarian-truce-welcomed-in-sudan-and-abroad
        "In an official statement, the Rapid Support Forces (RSF) welcomed the signing of the Jeddah agreement and affirmed its full commitment to the ceasefire, and to work to facilitate the delivery of humanitarian aid and open passages for civilians.",
        "Rapid Support Forces", "ceasefire", "support", id="dabanga-commitment-after-welcome"),
    pytest.param(
        # https://dabangasudan.org/en/all-news/article/humanitarian-truce-welcomed-in-sudan-and-abroad
        "In an official statement, the Rapid Support Forces (RSF) welcomed the signing of the Jeddah agreement and affirmed its full commitment to the ceasefire, and to work to facilitate the delivery of humanitarian aid and open passages for civilians.",
        "Rapid Support Forces", "Jeddah agreement", "support", id="dabanga-welcome"),
    pytest.param(
        # https://dabangasudan.org/en/all-news/article/humanitarian-truce-welcomed-in-sudan-and-abroad
        "The USA, the United Arab Emirates, Egypt, and the Gulf Cooperation Council welcomed the agreement.",
        "United Arab Emirates", "agreement", "support", id="dabanga-list-apposed-uae"),
    pytest.param(
        # https://dabangasudan.org/en/all-news/article/humanitarian-truce-welcomed-in-sudan-and-abroad
        "The USA, the United Arab Emirates, Egypt, and the Gulf Cooperation Council welcomed the agreement.",
        "Gulf Cooperation Council", "agreement", "support", id="dabanga-list-apposed-gcc"),
    pytest.param(
        # https://www.government.nl/documents/media-articles/2017/10/03/support-group-welcomes-ceasefire-between-government-of-colombia-and-eln
        "Germany, Italy, the Netherlands, Sweden and Switzerland - welcome the bilateral temporary ceasefire between the Government of Colombia and the National Liberation Army (ELN) that will enter into force today.",
        "Germany", "bilateral temporary ceasefire", "support", id="government-nl-list-not-dateline"),
    pytest.param(
        # https://somaliland.com/news/featured-news/uae-south-africa-others-welcome-permanent-peace-agreement-in-ethiopias-tigray-region
        "Also, South African Government welcomes the successful negotiation and signing of the Cessation of Hostilities Agreement between the Government of Ethiopia and the Tigray People’s Liberation Front (TPLF).",
        "South Africa", "Cessation of Hostilities Agreement", "support", id="somaliland-negotiation-and-signing-of"),
    pytest.param(
        # https://www.independent.co.ug/au-welcomes-latest-development-between-drc-m23/
        "The AU remains fully committed to working with all stakeholders to support the successful implementation of the declaration and to contribute to sustainable peace, security, and development in the DRC and the region, the statement added.",
        "African Union", "implementation of the declaration", "support", id="independent-work-with-to"),
    pytest.param(
        # https://timesofoman.com/article/115107-yemens-houthis-welcome-two-month-truce-proposed-by-un
        "Sanna : Yemen's rebel Ansar Allah movement, also known as the Houthis, welcomes the two-month truce proposed by the United Nations to the sides to the Yemeni conflict, the movement's chief negotiator at talks with the government, Mohammed Abdulsalam, said on Friday.",
        "Houthis", "two-month truce", "support", id="timesofoman-two-subjects"),
    pytest.param(
        # https://bdnews24.com/world/africa/2g7nn4b9vf
        "Sudan's Forces for Freedom and Change (FFC), a coalition of political parties supporting democratic rule, late on Saturday welcomed a ceasefire agreement between the county's warring parties.",
        "FFC", "ceasefire agreement", "support", id="bdnews24-bracketed-acronym"),
    pytest.param(
        # https://apanews.net/au-welcomes-drc-rwanda-peace-accord/
        "The Chairperson of the African Union Commission Mahmoud Ali Youssouf, has welcomed the signing of the peace agreement between the Democratic Republic of the Congo (DRC) and Rwanda.",
        "Youssouf", "peace agreement", "support", id="apanews-title-of-name"),
    pytest.param(
        # https://english.ajel.sa/un-welcomes-ceasefire-decision-of-coalition-to-restore-legitimacy-in-yemen/
        "Secretary General António Guterres of the United Nations welcomed the announcement by the Coalition to Restore Legitimacy in Yemen of a comprehensive ceasefire in Yemen for two weeks, effective on Thursday 9, April, 2020.",
        "Guterres", "comprehensive ceasefire in Yemen", "support", id="ajel-announcement-of"),
    pytest.param(
        # https://www.telesurtv.net/english/news/Santos-Welcomes-ELN-Ceasefire-Gesture-to-Respect-Voters-20180227-0024.html
        "Colombian President Juan Manuel Santos has welcomed the National Liberation Army's (ELN) decision to embark on a unilateral three-day ceasefire to respect the legislative elections process, which will take place on March 11th.",
        "Santos", "unilateral three-day ceasefire", "support", id="telesur-decision-to"),
    pytest.param(
        # https://www.firstpost.com/india/india-welcomes-afghanistans-unilateral-ceasefire-with-militant-groups-expects-reciprocation-from-terror-groups-4529631.html
        "\"We welcome the decision of President Ghani to announce ceasefire and its extension. We hope this gesture would be reciprocated by armed groups and their supporters with complete cessation of terrorist violence,\" Kumar said, responding to a question on Ghani's announcement.",
        "Kumar", "announce ceasefire and its extension", "support", id="firstpost-decision-of-to"),
    pytest.param(
        # https://tribune.com.pk/story/2545508/china-welcomes-ceasefire-between-pakistan-india
        "\"China has noted the reports. The ceasefire between India and Pakistan serves the fundamental and long-term interests of both countries, contributes to regional peace and stability, and reflects the common aspirations of the international community. China supports and welcomes this,\" Lin said during a regular briefing on Monday.",
        "China", "ceasefire between India and Pakistan", "support", id="tribune-welcomes-this"),
    pytest.param(
        # https://jah4news.com/international/israel-and-hamas-agree-to-ceasefire-and-hostage-release-deal
        "US President Joe Biden announced the agreement, hailing it as a breakthrough after months of relentless conflict.",
        "Biden", "agreement", "support", id="jah4news-hailing-it"),
    pytest.param(
        # http://en.chinagate.cn/2015-02/13/content_34811536.htm
        "The Council of Europe welcomed the announcement of a ceasefire agreement in eastern Ukraine on Thursday with a degree of caution, underlining that there remains much still to do.",
        "Council of Europe", "ceasefire agreement in eastern Ukraine", "support", id="chinagate-announcement-on-thursday"),
    pytest.param(
        # https://www.027dlc.biz/2021/05/the-european-union-commends-egyptian.html
        "The European Union on Friday welcomed a ceasefire in the Gaza Strip and pledged to step up efforts for a long-term political solution to resolve the crisis.",
        "European Union", "long-term political solution", "offer", id="027dlc-step-up-efforts"),
    pytest.param(
        # https://arabpressreleases.asia/gcc-secretary-general-welcomes-ceasefire-pact-between-sudanese-sides/
        "Secretary-General of the Gulf Cooperation Council Jassem Al-Budaiwi on Sunday welcomed the ceasefire pact between the Sudanese Armed Forces and the Rapid Support Forces.",
        "Al-Budaiwi", "ceasefire pact", "support", id="arabpressreleases-welcome"),
    pytest.param(
        # https://english.wafa.ps/page.aspx?id=pgoh1qa96729512649apgoh1q
        "President Mahmoud Abbas also reiterated his commitment to achieving intra-Palestinian reconciliation as a supreme national interest that must be achieved by all means.",
        "Abbas", "intra-Palestinian reconciliation", "support", id="wafa-reiterated-commitment"),
    pytest.param(
        # https://yemenonline.info/public/index.php/politics/6447
        "According to the state-run Saba news agency, \"Al-Alimi affirmed his support for the humanitarian truce sponsored by the UN in all its provisions, including the requirement to lift the Houthi militia's siege on the city of Taiz.\"",
        "Al-Alimi", "humanitarian truce", "support", id="yemenonline-affirmed-support"),
    pytest.param(
        # https://tengele.com/news/0e438cea-bb57-476e-a7a7-1bfdbae7f366/armenian-pm-hails-peace-deal-with-azerbaijan
        "Armenian Prime Minister Nikol Pashinyan hailed a historic peace deal with Azerbaijan, signed in a US-brokered agreement aimed at ending a decades-long conflict.",
        "Pashinyan", "peace deal with Azerbaijan", "support", id="tengele-hailed"),
    pytest.param(
        # https://www.kuna.net.kw/ArticleDetails.aspx?Language=en&id=3230997
        "The remarks came during a phone call between Algerian Foreign Minister Ahmad Attaf and Pakistan's Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar, during which they discussed latest developments, said Algerian foreign ministry in a statement.\nAttaf welcomed the ceasefire and praised the diplomatic efforts that helped secure the agreement, emphasizing Algeria's support for dialogue over confrontation, as well as hoped that the truce would be solidified in the upcoming days.",
        "Attaf", "ceasefire", "support", id="kuna-welcomed"),
    pytest.param(
        # gold/dev spamchronicles-kosovo-serbia-borrell-talks-2022-08
        "A crisis meeting with the EU did not bring a solution to the conflict between Serbia and Kosovo. “Today there is no deal,” EU foreign policy chief Josep Borrell said after hours of talks with Serbian President Aleksandar Vucic and Kosovan Prime Minister Albin Kurti in Brussels. “But let’s not give up.”\nBoth agreed that negotiations should continue in the coming days. There’s still time until September 1st.",
        "Kosovo", "negotiations", "willing", id="dev-both-agreed"),  # Kurti's state stands for him
    pytest.param(
        # gold/dev asiannews-armenia-azerbaijan-treaty-text-2025-03
        "However, the timeline for signing the deal is uncertain as Azerbaijan has said a prerequisite for its signature is a change to Armenia's constitution, which it says makes implicit claims to its territory.",
        "Azerbaijan", "change to Armenia's constitution", "demand", id="dev-prerequisite-is"),
    pytest.param(
        # gold/dev azatutyun-armenia-azerbaijan-blinken-talks-2024-07
        "In the run-up to the Washington talks, Bayramov reiterated that the signing of the Armenian-Azerbaijani peace treaty is conditional of Armenia changing its constitution which Baku says contains territorial claims to Azerbaijan.",
        "Bayramov", "Armenia changing its constitution", "demand", id="dev-conditional-of"),
    pytest.param(
        # gold/dev ipn-transnistria-5plus2-resume-june
        "Earlier, Deputy Prime Minister for Reintegration and Moldovan Chief Negotiator Gheorghe Balan Gheorghe Balan expressed the constitutional authorities’ readiness to immediately take part in the Transnistrian conflict settlement talks in the 5+2 format, saying that no conditions should be imposed yet.",
        "Balan", "conditions imposed", "oppose", id="dev-no-conditions-should"),
    pytest.param(
        # gold/dev annafrica-ethiopia-abiy-au-envoys-2020-11
        "The Ethiopian government has already said the AU envoys – former presidents Joaquim Chissano of Mozambique, Ellen Johnson Sirleaf of Liberia and Kgalema Motlanthe of South Africa – will not be allowed to travel to Tigray.",
        "Ethiopia", "travel to Tigray", "reject", id="dev-not-allowed"),
    pytest.param(
        # gold/dev straitstimes-sudan-jeddah-talks-2023-05
        "“The Kingdom of Saudi Arabia and the US urge both parties to take in consideration the interests of the Sudanese nation and its people and actively engage in the talks toward a ceasefire and end to the conflict,” a joint US-Saudi statement said, welcoming the start of “pre-negotiation” dialogue.",
        "United States", "pre-negotiation dialogue", "support", id="dev-joint-statement-welcoming"),
    pytest.param(
        # gold/dev independent-m23-doha-delegation-2025-08
        "The DRC government has yet to respond to the M23’s latest remarks but has reiterated its “firm commitment” to constructive dialogue while underscoring its determination to defend national sovereignty and restore lasting peace in the east.",
        "Democratic Republic of the Congo", "defend national sovereignty", "willing", id="dev-determination"),
    pytest.param(
        # gold/dev south24-yemen-grundberg-muscat-houthis-2022-10: the thing that must stop keeps its name
        "The Houthis vowed to launch other attacks targeting oil facilities if crude oil production does not stop, and if their demands to pay civilian and military salaries from these oil revenues are not met.",
        "Houthis", "stop crude oil production", "demand", id="dev-condition-keeps-its-subject"),
    pytest.param(
        # gold/dev anews-kalin-zelensky-kyiv: the parser hangs "Ankara" on the auxiliary; the capital stands for Turkey
        "There were no immediate details about the content of Kalın's meetings in Kyiv, but Ankara has been mediating between Ukraine and Russia in efforts to end the war.",
        "Turkey", "mediating between Ukraine and Russia", "offer", id="dev-subject-on-auxiliary"),
    pytest.param(
        # gold/dev hansindia-israel-lebanon-ceasefire-progress-2024-11: "saying its goal is": the sayer's goal
        "Israel has been conducting a large-scale ground offensive in Lebanon -- primarily targeting southern Lebanon, Beirut's southern suburb, and the Bekaa Valley -- since late September, saying its goal is to dismantle Hezbollah's military capabilities.",
        "Israel", "dismantle Hezbollah's military capabilities", "demand", id="dev-saying-its-goal"),
    pytest.param(
        # https://hodhodyemennews.net/en_US/2024/03/25/hamas-welcomes-un-security-councils-ceasefire-resolution-in-gaza/
        "In a statement received by the Palestinian Information Center, Hamas stressed “the necessity of reaching a permanent ceasefire that leads to the withdrawal of all Zionist forces from the Gaza Strip and the return of the displaced to the homes from which they left.”",
        "Hamas", "permanent ceasefire", "demand", id="hodhod-necessity"),
]

NOT_FOUND = [
    pytest.param(
        # https://theiranproject.com/blog/2015/07/09/yemen-ceasefire-announcement-within-24-hours-houthi-run-agency/
        "The Houthis have yet to accept a U.N. Security Council Resolution passed in April which recognizes Hadi as the legitimate president and calls on them to quit seized land.",
        "Houthis", "Security Council Resolution", "willing", id="theiranproject-yet-to-accept"),
    pytest.param(
        # https://theiranproject.com/blog/2015/07/09/yemen-ceasefire-announcement-within-24-hours-houthi-run-agency/
        "The Houthis have yet to accept a U.N. Security Council Resolution passed in April which recognizes Hadi as the legitimate president and calls on them to quit seized land.",
        "Houthis", "Security Council Resolution", "reject", id="theiranproject-yet-to-is-no-refusal"),
    pytest.param(
        # gold/dev bgnes-myanmar-kunming-ceasefire-2024-01: the mediator that "agreed a ceasefire between" two others
        "China said it had agreed an \"immediate ceasefire\" between Myanmar's army and an alliance of ethnic minority armed groups after fighting has raged in northern Shan state since October.",
        "China", "immediate ceasefire", "willing", id="dev-broker-agreed-between"),
    pytest.param(
        # https://angelawhite.live/science-and-tech/sudan-armistice-the-american-ambassador-calls-for-its-respect-and-the-forces-for-freedom-and-change-welcome-it/
        "The United States of America and Saudi Arabia said, in a joint statement, that the Sudanese army and the Rapid Support Forces signed a 7-day ceasefire agreement late on Saturday.",
        "United States", "ceasefire agreement", "support", id="angelawhite-reported-signing"),
    pytest.param(
        # https://dabangasudan.org/en/all-news/article/humanitarian-truce-welcomed-in-sudan-and-abroad
        "The agreement on a seven-day short-term ceasefire and humanitarian arrangements, signed in Jeddah in Saudi Arabia on Saturday, which becomes effective at 21:45 (Khartoum time GMT+2) this evening, has been welcomed by government, political, and civil society organisations within Sudan and abroad.",
        "Saudi Arabia", "short-term ceasefire", "support", id="dabanga-place-of-signing"),
    pytest.param(
        # https://apanews.net/au-welcomes-drc-rwanda-peace-accord/
        "Rwanda, the primary backer of the M23 armed group, supported its offensive in eastern DRC with three to four thousand ground troops.",
        "Rwanda", "offensive in eastern DRC", "support", id="apanews-military-support-is-a-deed"),
    pytest.param(
        # http://newscentral.africa/au-hails-drc-rwanda-peace-deal-as-significant-milestone/
        "Rwanda has consistently denied providing military support to the M23 but has demanded the dismantling of another armed group, the Democratic Forces for the Liberation of Rwanda (FDLR), which was formed by ethnic Hutus involved in the 1994 Rwandan genocide’s massacres of Tutsis.",
        "Rwanda", "M23", "support", id="newscentral-denied-support"),
    pytest.param(
        # https://bnnbreaking.com/world/china/myanmars-military-junta-and-ethnic-minority-armies-reach-ceasefire-brokered-by-china/
        "The armed alliance, composed of the Ta’ang National Liberation Army (TNLA), the Myanmar National Democratic Alliance Army (MNDAA), and the Arakan Army (AA), had seized several towns and key trade points along the border with China.",
        "Arakan Army", "several towns", "support", id="bnnbreaking-seizure-is-an-event"),
    pytest.param(
        # https://www.gulf-times.com/article/672220/qatar/breakthrough-in-qatar-mediation-humanitarian-pause-in-gaza-release-of-hostages-agreed
        "Israel's justice ministry published a list of 300 names of Palestinian prisoners who could be freed.",
        "Israel", "list of 300 names of Palestinian prisoners", "offer", id="gulf-times-published-list"),
    pytest.param(
        # gold/dev frontierpost-afp-lebanon-baalshmay-strike-2024-10: "in support of" a purpose told, not a side taken
        "The escalation came after nearly a year of cross-border exchanges of fire, launched by Hezbollah in support of its Palestinian ally Hamas following their October 7, 2023 attack on Israel that triggered the Gaza war.",
        "Hamas", "Palestinian ally", "support", id="dev-in-support-of-a-purpose"),
    pytest.param(
        # https://www.ibtimes.sg/european-union-welcomes-libya-ceasefire-50531
        "Serraj's UN-backed government had been engaged in a deadly armed conflict against the eastern-based army, which is allied with the eastern-based House of Representatives, for more than a year over control of the capital Tripoli, before his government recently took over all western Libya.",
        "United Nations", "government", "support", id="ibtimes-un-backed"),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), FOUND)
def test_positions_round7_found(run, text: str, holder: str, issue: str, stance: str) -> None:
    ex = run(text)
    assert reads_as(ex, holder, issue, stance), [(p.holder, p.issue, p.stance) for p in ex.positions]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), NOT_FOUND)
def test_positions_round7_not_found(run, text: str, holder: str, issue: str, stance: str) -> None:
    ex = run(text)
    assert not reads_as(ex, holder, issue, stance), [(p.holder, p.issue, p.stance) for p in ex.positions]


def test_positions_round7_one_per_listed_name(run) -> None:
    # https://dabangasudan.org/en/all-news/article/humanitarian-truce-welcomed-in-sudan-and-abroad: each of the
    # four names of the list welcomes the agreement.
    ex = run("The USA, the United Arab Emirates, Egypt, and the Gulf Cooperation Council welcomed the agreement.")
    names = {ex.actor(p.holder).name for p in ex.positions if p.stance == "support" and p.issue == "agreement"}
    assert names == {"United States", "United Arab Emirates", "Egypt", "Gulf Cooperation Council"}


def test_positions_round7_long_issue_keeps_its_modifiers(run) -> None:
    # https://english.ajel.sa/un-welcomes-ceasefire-decision-of-coalition-to-restore-legitimacy-in-yemen/: a long
    # phrase loses its trailing place and time, not its own words.
    ex = run("Secretary General António Guterres of the United Nations welcomed the announcement by the Coalition to "
             "Restore Legitimacy in Yemen of a comprehensive ceasefire in Yemen for two weeks, effective on Thursday 9, "
             "April, 2020.")
    assert [(p.issue, p.stance) for p in ex.positions] == [("comprehensive ceasefire", "support")]
