"""Event coverage of verbs, nouns and objects added in round 7 (resources/event_patterns.yaml).

Found: a bare resignation; protests dispersed; a strike called off; drones downed or destroyed;
troops put on alert; arms received from a named giver (the giver acts); a call reiterated;
monitors expelled; a party's initiative backed; control of a town gained; a statement that another
party must act; pressure on a party to act. Absent: a resignation not (yet) made, a
demonstration "called" by its organizers, control not wrested, and scheduled drills (no attack).
Each case is a sentence from a news page, with its address in a comment and in the test id.
"""

from __future__ import annotations

import pytest

from tests.pipeline.event_support import assert_absent, assert_found

FOUND = [
    # resign: a bare "resigned" needs no particle
    # https://themedialine.org/headlines/sudans-prime-minister-abdalla-hamdok-resigns-following-deadly-protests/
    pytest.param(
        "Sudan\u2019s Prime Minister Abdalla Hamdok resigned late on Sunday.",
        "RETREAT", "Hamdok", None, "occurred",
        id="https://themedialine.org/headlines/sudans-prime-minister-abdalla-hamdok-resigns-following-deadly-protests/"),
    # disperse protests: repression short of violence
    # https://english.khabarhub.com/2019/27/51417/
    pytest.param(
        "HONG KONG: Hong Kong police fired tear gas Sunday to disperse a rally called over concerns about police "
        "conduct in monthslong pro-democracy demonstrations.",
        "COERCE", "Hong Kong", None, "occurred",
        id="https://english.khabarhub.com/2019/27/51417/"),
    # call off a strike: a concession, not a call for a strike
    # http://portsandproducts.com/?p=973
    pytest.param(
        "The State Coordinator of Sea Workers (CETM) has accepted the government\u2019s offer and has called off the "
        "planned strike, hoping that this week agreements will be reached.",
        "CONCEDE", "CETM", None, "occurred",
        id="http://portsandproducts.com/?p=973"),
    # destroy targets: drones downed
    # https://www.sanasyria.org/en/?p=332917
    pytest.param(
        "Moscow, SANA- Russian Defense Ministry announced that the Russian air defenses downed five Ukrainian drones "
        "over several regions, southwest Russia.",
        "ASSAULT", "Russia", "Ukraine", "occurred",
        id="https://www.sanasyria.org/en/?p=332917"),
    # destroy targets: drones destroyed
    # https://pa-bdo.pages.dev/news/search?form=PTFTNR&q=parker+solar+probe+news&qft=interval%3D%224%22
    pytest.param(
        "Russia's Defence Ministry said on Sunday its air defence systems destroyed 42 Ukrainian drones over five "
        "Russian regions during the night.",
        "ASSAULT", "Russia", "Ukraine", "occurred",
        id="https://pa-bdo.pages.dev/news/search?form=PTFTNR&q=parker+solar+probe+news"),
    # put on alert: readiness raised
    # https://www.kurv.com/us-puts-8500-troops-on-heightened-alert-amid-russia-tension/
    pytest.param(
        "The Pentagon says that Defense Secretary Lloyd Austin has put up to 8,500 troops on heightened alert, so "
        "they will be prepared to deploy if needed to reassure NATO allies in the face of ongoing Russian aggression "
        "on the border of Ukraine.",
        "MOBILIZE", "Austin", None, "occurred",
        id="https://www.kurv.com/us-puts-8500-troops-on-heightened-alert-amid-russia-tension/"),
    # give backing: endorsement of a party's initiative
    # https://www.indeonline.com/story/news/2009/01/08/egypt-france-plan-is-backed/42832927007/
    pytest.param(
        "UNITED NATIONS (AP) \u2013 The U.S. threw its weight behind an Egyptian-French cease-fire initiative for Gaza "
        "on Wednesday as diplomats discussed possible U.N. Security Council action on the crisis.",
        "SUPPORT", "United States", "Egypt", "occurred",
        id="https://www.indeonline.com/story/news/2009/01/08/egypt-france-plan-is-backed/42832927007/"),
    # receive aid: the giver named by "from" acts, the receiver is the target
    # https://ukranews.com/en/news/928209-defense-ministry-confirms-arrival-of-iris-t-in-ukraine
    pytest.param(
        "Defense Minister Oleksii Reznikov confirmed that Ukraine received the second IRIS-T anti-aircraft missile "
        "complex from Germany.",
        "AID", "Germany", "Ukraine", "occurred",
        id="https://ukranews.com/en/news/928209-defense-ministry-confirms-arrival-of-iris-t-in-ukraine"),
    # https://www.kyivpost.com/amp/post/63519
    pytest.param(
        "President Volodymyr Zelensky said Kyiv received additional Patriot air defense systems from Germany on "
        "Sunday.",
        "AID", "Germany", "Ukraine", "occurred",
        id="https://www.kyivpost.com/amp/post/63519"),
    # renew a demand: a call or an appeal reiterated
    # https://arabnewsexpress.com/un-secretary-general-renews-call-for-immediate-humanitarian-ceasefire-in-gaza/
    pytest.param(
        "New York, UN Secretary-General Antonio Guterres reiterated call for an immediate and permanent humanitarian "
        "ceasefire in the Gaza Strip.",
        "REQUEST", "Guterres", None, "demanded",
        id="https://arabnewsexpress.com/un-secretary-general-renews-call-for-immediate-humanitarian-ceasefire-in-gaza/"),
    # https://dcdecides.com/un-chief-calls-for-ceasefire/
    pytest.param(
        "UNSG Antonio Guterres reiterated his appeal for an immediate humanitarian ceasefire, unconditional release "
        "of hostages, and delivery of relief at a level corresponding to the \u201cdramatic needs of the people in "
        "Gaza, where a humanitarian catastrophe is unfolding in front of our eyes\u201d.",
        "REQUEST", "Guterres", None, "demanded",
        id="https://dcdecides.com/un-chief-calls-for-ceasefire/"),
    # expel monitors: a sanction, not the deportation of individuals
    # http://edition.cnn.com/WORLD/9711/13/iraq.on/index.html
    pytest.param(
        "Iraq has decided to expel American arms monitors working in United Nations disarmament teams in Iraq and "
        "has asked them to leave the country immediately, the official Iraqi news agency INA said on Thursday.",
        "SANCTION", "Iraq", "United States", "occurred",
        id="http://edition.cnn.com/WORLD/9711/13/iraq.on/index.html"),
    # gain control: territory taken
    # http://edition.cnn.com/2011/WORLD/africa/08/07/libya.war/index.html
    pytest.param(
        "After rebels gained control of the town Saturday, one rebel fighter told CNN the \"next step\" was Tripoli.",
        "ASSAULT", "rebels", None, "occurred",
        id="http://edition.cnn.com/2011/WORLD/africa/08/07/libya.war/index.html"),
    # say that a party must: a demand addressed to another party
    # https://www.world-today-news.com/russia-is-required-to-withdraw-its-troops-from-the-border-with-ukraine/
    pytest.param(
        "US Secretary of State Anthony Blinken and British Foreign Minister Dominic Raab said that Russia must "
        "immediately stop building up its military presence on the border with Ukraine.",
        "REQUEST", "Blinken", "Russia", "demanded",
        id="https://www.world-today-news.com/russia-is-required-to-withdraw-its-troops-from-the-border-with-ukraine/"),
    # pressure: a request
    # https://harapandaily.com/2024/02/09/israel-to-pressure-hamas-to-withdraw-ceasefire-deal/
    pytest.param(
        "Israel is working towards pressuring Hamas to withdraw a ceasefire deal which Tel Aviv deemed as delusional.",
        "REQUEST", "Israel", "Hamas", "demanded",
        id="https://harapandaily.com/2024/02/09/israel-to-pressure-hamas-to-withdraw-ceasefire-deal/"),
]

ABSENT = [
    # a resignation not made
    # https://pledgetimes.com/sri-lanka-prime-minister-resigns-after-weeks-of-protests-over-economic-crisis/
    pytest.param(
        "He called for calm and does not appear to be resigning for the time being.",
        "RETREAT:occurred",
        id="https://pledgetimes.com/sri-lanka-prime-minister-resigns-after-weeks-of-protests-over-economic-crisis/"),
    # organizers who "called" a demonstration concede nothing, and the police dispersed no one here
    # https://english.khabarhub.com/2019/27/51417/
    pytest.param(
        "Organizers called the demonstration at a waterfront park but police said the rally was unauthorized and "
        "engaged in a standoff with the protesters after ordering them to leave.",
        "CONCEDE",
        id="https://english.khabarhub.com/2019/27/51417/#no-CONCEDE"),
    # control not yet wrested
    # https://archive.almanar.com.lb/english/article.php?id=21936
    pytest.param(
        "Rebel forces said they had re-entered Brega but had not yet managed to wrest control of the town from "
        "Muammar Gaddafi\u2019s troops, who have held it since April.",
        "ASSAULT:occurred",
        id="https://archive.almanar.com.lb/english/article.php?id=21936"),
    # scheduled drills are no attack, and an alert word is no protest
    # https://www.devdiscourse.com/article/law-order/2291446-russia-and-china-to-hold-joint-naval-drills-this-week
    pytest.param(
        "Russia and China will hold joint naval drills between December 21-27, the Interfax news agency reported on "
        "Monday.",
        "ASSAULT",
        id="https://www.devdiscourse.com/article/law-order/2291446-russia-and-china-to-hold-joint-naval-drills-this-week"),
]


@pytest.mark.parametrize(("text", "type_", "actor", "target", "status"), FOUND)
def test_act_is_found(run, text: str, type_: str, actor: str, target: str | None, status: str) -> None:
    assert_found(run(text, published="2024-01-01"), type_, actor, target, status)


@pytest.mark.parametrize(("text", "absent"), ABSENT)
def test_words_that_report_no_such_act(run, text: str, absent: str) -> None:
    assert_absent(run(text, published="2024-01-01"), absent)
