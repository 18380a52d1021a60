"""Positions round 15, precision: deeds told, reports denied and suppositions are no stances; stances are kept.

Real sentences from outlets and conflicts the gold does not hold, each with its URL and publication date; a holder (part
of its name or alias, "|" between alternatives) and the issue a reader expects ("|" between wordings, as ``alt_issues``),
matched as the scorer matches (token F1 >= 0.5, same polarity). Expectations were written before parley was run; the
first value of each case says whether it was a "fit" case (looked at while writing the rules) or an "aside" one (only
measured at the end). ``xfail`` marks cases not fixed, with why.

Covered: a signing dated a week or more before publication is told as background, an event, no stance ("signed a peace
deal on Aug. 17" in a November story, ``dated_deed_keys``), while the day's signing is one; a denial or rejection of reports
or rumours states no stance on what they say ("denied the reports of ceasefire with Israel", "rejected a report he has given
the green light for a 21-day ceasefire", ``report_nouns``); "denied agreeing to any ceasefire" is no readiness; what
efforts failed to get a party to agree to is no stance of that party; calls ("urged", "called for") stay demands.
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import NEGATIVE, XFAIL, held_by, on_issue

# Stances a reader codes: positive (support, offer, willing, demand) or negative (oppose, reject).
STANCES = [
    pytest.param(  # https://allafrica.com/stories/201809130003.html
        "fit", "2018-09-13", "After a series of false starts, South Sudan's President Salva Kiir and former deputy-turned-rebel leader Riek Machar signed a peace agreement on Wednesday, on the sidelines of a regional summit in Ethiopia.",
        "Riek Machar", "peace agreement", "positive", id="dw-kiir-machar-sign"),
    pytest.param(  # https://mindofthegeek.com/central-african-republic-ceasefire-a-critical-step-says-un-chief/
        "fit", "2021-10-16", "“The Secretary-General calls on all other parties to respect this ceasefire immediately and to redouble their efforts to advance the implementation of the 2019 Political Agreement for Peace and Reconciliation,” the statement said.",
        # one cue ("calls on"), two actions: one issue (docs/annotation.md §5, conjoined issues under one cue)
        "Secretary-General", "respect this ceasefire and redouble their efforts to advance the implementation of the 2019 "
        "Political Agreement", "positive", id="car-sg-calls"),
    pytest.param(  # https://mindofthegeek.com/central-african-republic-ceasefire-a-critical-step-says-un-chief/
        "aside", "2021-10-16", "President Faustin Archange Touadéra announced the agreement with the armed groups on Friday, saying he hoped it would lead to dialogue and greater protection of civilians, media reported.",
        "Touadéra", "dialogue", "positive", id="car-announced", marks=XFAIL("the hope's issue keeps the whole clause ('lead to dialogue and greater protection of civilians')")),
    pytest.param(  # https://warsintheworld.com/index.php/2014/08/25/mozambico-rebel-movement-renamo-sign-ceasefire-with-government-ending-2-years-of-conflict
        "fit", "2014-08-25", "Mozambique’s government and former rebel movement Renamo have signed a ceasefire ending two years of armed conflict, Renamo said on Sunday.",
        "Renamo", "ceasefire", "positive", id="renamo-signed-ceasefire"),
    pytest.param(  # http://139.162.250.215/rome-central-africa-govt-inks-peace-deal-rebel-groups
        "fit", "2017-06-20", "Central African Republic’s government on Monday signed an “immediate ceasefire” deal with rebel groups during a meeting in Rome aimed at ending violence in the strife-torn country.",
        "Central African Republic", "ceasefire|immediate ceasefire deal", "positive", id="car-rome-signed"),
    pytest.param(  # https://radiotamazuj.org/en/news/article/ban-ki-moon-disappointed-at-failure-of-sudan-ceasefire-talks
        "fit", "2016-08-17", "According to a press release from the UN Headquarters, Ban urges the warring parties “to resume negotiations, abide by the Roadmap Agreement, and refrain from any attempt to escalate the conflict in Darfur and the Two Areas.",
        # one cue ("urges"), three actions: one issue
        "Ban", "resume negotiations, abide by the Roadmap Agreement, and refrain from any attempt to escalate the conflict",
        "positive", id="tamazuj-ban-urges"),
    pytest.param(  # http://en.chinagate.cn/2016-08/18/content_39117911.htm
        "fit", "2016-08-18", "UN Secretary-General Ban Ki-moon on Wednesday urged all the parties in Sudan to resume negotiations after they failed to reach an agreement on cessation of hostilities.",
        "Ban Ki-moon", "resume negotiations", "positive", id="xinhua-ban-urged"),
    pytest.param(  # http://en.chinagate.cn/2016-08/18/content_39117911.htm
        "aside", "2016-08-18", "Last year, the African Union proposed a roadmap agreement for Sudanese rivals, which spells out a process for reaching agreement on ceasefire, endorses a national dialogue between major stakeholders and also includes provisions for humanitarian assistance.",
        "African Union", "roadmap agreement", "positive", id="xinhua-au-proposed"),
    pytest.param(  # http://en.chinagate.cn/2015-02/07/content_34759455.htm
        "fit", "2015-02-07", "The UN Security Council on Friday urged all parties in Mali to resume \"without delay\" the Algiers peace talks so as to reach a comprehensive and inclusive peace agreement that addresses the root causes of the crisis in the country.",
        "Security Council", "Algiers peace talks", "positive", id="xinhua-unsc-mali"),
    pytest.param(  # http://en.chinagate.cn/2015-02/07/content_34759455.htm
        "aside", "2015-02-07", "\"The Security Council underscores that only a comprehensive and inclusive peace agreement can bring lasting security to Mali,\" said the statement.",
        "Security Council", "peace agreement", "positive", id="xinhua-unsc-underscores", marks=XFAIL("'only X can bring Y' in a body's statement is not read as support for X")),
    pytest.param(  # http://en.chinagate.cn/2018-05/10/content_51201709.htm
        "fit", "2018-05-10", "JUBA, May 9 (Xinhua) -- Britain on Wednesday urged warring parties in South Sudan to reach compromise in the next round of talks and uphold the signed December Agreement on Cessation of Hostilities (ACOH) last year.",
        # one cue ("urged"), two actions: one issue
        "United Kingdom", "reach compromise in the next round of talks and uphold the signed December Agreement on Cessation "
        "of Hostilities", "positive", id="xinhua-britain-urged"),
    pytest.param(  # http://en.chinagate.cn/2015-02/04/content_34727724.htm
        "fit", "2015-02-04", "Under the mediation of the Inter-Governmental Authority on Development (IGAD), South Sudanese President Salva Kiir and his opposition, former vice president Riek Machar, signed a ceasefire agreement in Addis Ababa, Ethiopia, Monday.",
        "Salva Kiir", "ceasefire agreement", "positive", id="xinhua-kiir-machar-monday"),
    pytest.param(  # http://en.chinagate.cn/2015-02/04/content_34727724.htm
        "aside", "2015-02-04", "According to the spokesman, Ban \"urges them to prepare for the next round of talks with the intent to expeditiously end the conflict,\" and \"underscores the urgent need for them to agree on a comprehensive and inclusive peace agreement\" in a manner consistent with international standards.",
        "Ban", "peace agreement", "positive", id="xinhua-ban-need"),
    pytest.param(  # http://english.almanar.com.lb/899659
        "fit", "2019-12-30", "The US and the Afghan government in Kabul have long called for a ceasefire with the Taliban, including during the year of negotiations between Washington and the Taliban that were abruptly called off by Trump in September.",
        "United States", "ceasefire|ceasefire with the Taliban", "positive", id="almanar-us-called"),
    pytest.param(  # http://www.taipeitimes.com/News/front/archives/2019/12/31/2003728461
        "aside", "2019-12-31", "The Taliban have long viewed Ghani as a US stooge and have refused to negotiate with his government.",
        "Taliban", "negotiate", "negative", id="taipei-refused", marks=XFAIL("the issue keeps its object ('negotiate with his government'), under half the words in common")),
    pytest.param(  # https://nigeriannewsdirect.com/netanyahu-denies-report-of-imminent-ceasefire/?amp=1
        "aside", "2024-09-26", "A joint demand for a ceasefire lasting 21 days was earlier issued by a handful of countries, including the U.S., Germany, France, Saudi Arabia, the United Arab Emirates, and Qatar.",
        "France", "ceasefire", "positive", id="ngr-joint-demand", marks=XFAIL("a passive noun cue ('a joint demand ... was issued by a handful of countries, including ...') finds no holders")),
    pytest.param(  # https://newsukraine.rbc.ua/news/war-in-israel-hamas-militants-agree-to-modified-1710298037.html
        "fit", "2024-03-13", "A Hamas representative stated on Tuesday that the group has accepted a modified version of the American proposal for a ceasefire in Gaza, reports Alarabiya News.",
        "Hamas", "proposal for a ceasefire", "positive", id="rbc-hamas-accepted", marks=XFAIL("'the group' in a 'that' clause is not resolved to Hamas")),
    pytest.param(  # https://newsukraine.rbc.ua/news/war-in-israel-hamas-militants-agree-to-modified-1710298037.html
        "aside", "2024-03-13", "The country's Prime Minister, Benjamin Netanyahu, stated that the operation aims to completely destroy Hamas and free the hostages.",
        "Netanyahu", "free the hostages", "positive", id="rbc-operation-aims", marks=XFAIL("an aim stated of a military operation is not read as its commander's stance")),
    pytest.param(  # https://eurasiamagazine.com/ukraine-agrees-30-day-ceasefire-after-saudi-talks-with-us
        "fit", "2025-03-12", "In response to Ukraine's agreement to the ceasefire, the United States has committed to immediately lifting the pause on intelligence sharing and resuming security assistance to Ukraine.",
        "United States", "lifting the pause on intelligence sharing", "positive", id="eurasia-us-committed"),
    pytest.param(  # https://eurasiamagazine.com/ukraine-agrees-30-day-ceasefire-after-saudi-talks-with-us
        "aside", "2025-03-12", "Ukrainian President Volodymyr Zelensky welcomed the proposal, highlighting Ukraine's readiness for peace.",
        "Zelensky", "proposal", "positive", id="eurasia-zelensky-welcomed"),
    pytest.param(  # https://www.palestinechronicle.com/israels-ceasefire-offer-what-we-know-so-far/
        "fit", "2023-12-20", "For its part, the Jerusalem Post newspaper reported that Israel informed Qatar that it was ready for a one-week truce, in exchange for the release of 40 captives held by Hamas.",
        "Israel", "one-week truce", "positive", id="pc-israel-ready"),
    pytest.param(  # https://www.palestinechronicle.com/israels-ceasefire-offer-what-we-know-so-far/
        "fit", "2023-12-20", "The offer was reportedly rejected by the Palestinian Resistance Movement Hamas, which refused to start negotiations without a ceasefire.",
        "Hamas", "negotiations without a ceasefire", "negative", id="pc-hamas-refused"),
    pytest.param(  # http://syriaishere.com/en/article/7922/u-n-aid-chief-seeks-cease-fires-at-syria-talks.html
        "aside", "2014-01-23", "The U.N. humanitarian chief \"Valerie Amos\" said today that the United Nations hopes that political talks between the warring sides in Syria will clinch local cease-fires to allow vital food and medicines to reach millions of civilians.",
        "United Nations", "local cease-fires", "positive", id="syria-amos-hopes", marks=XFAIL("the hope's issue keeps the whole clause, not its object")),
    pytest.param(  # https://townhall.com/news/world/2012/12/06/former-darfur-rebels-say-sudan-attacked-them-breaching-peace-deal-n1304525
        "fit", "2012-12-06", "The Sudanese Revolutionary Front includes the Justice and Equality Movement (JEM), considered to be Darfur's most militarily potent rebel group, and two other powerful insurgent factions, all of whom have refused to sign the Doha agreement.",
        "Justice and Equality Movement", "Doha agreement", "negative", id="townhall-refused-to-sign", marks=XFAIL("'all of whom have refused to sign' after a list is not resolved to the groups listed")),
    pytest.param(  # https://eurafrica.info/2020/10/01/holdout-darfur-rebels-attack-sudan-army/
        "fit", "2020-09-28", "The army said it remained “committed” to the August 31 ceasefire, and made no mention of any casualties.",
        "army", "August 31 ceasefire|ceasefire", "positive", id="eurafrica-army-committed"),
    pytest.param(  # https://eurafrica.info/2020/10/01/holdout-darfur-rebels-attack-sudan-army/
        "fit", "2020-09-28", "Sudanese authorities and rebel commanders from the Sudan Revolutionary Front (SRF) coalition initialled the peace agreement in August, and are due to sign a “final” deal in early October.",
        "Sudan Revolutionary Front", "final deal|deal", "positive", id="eurafrica-initialled", marks=XFAIL("'Sudanese authorities and rebel commanders from the SRF': the commanders are not taken for the SRF")),
    pytest.param(  # https://eurafrica.info/2020/10/01/holdout-darfur-rebels-attack-sudan-army/
        "aside", "2020-09-28", "Rebel leader Abdelwahid Nour has lived abroad for several years, including in Paris, but he retains support on the ground and has refused to be included in the latest peace efforts, which follow the fall of longtime dictator Omar al-Bashir last year.",
        "Nour", "peace efforts|latest peace efforts", "negative", id="eurafrica-nour-refused", marks=XFAIL("'has refused to be included in' (a passive infinitive) is not read as a refusal")),
]

# No stance of the holder on the issue: signings dated long before, reports denied, failures, calls made to others.
NONE = [
    pytest.param(  # https://allafrica.com/stories/201809130003.html
        "fit", "2018-09-13", "An earlier peace deal signed in 2015 broke down after a year, when clashes broke out between rebels and government forces and Machar was once again forced to flee the capital Juba.",
        "Riek Machar", "peace deal", id="dw-earlier-deal-2015"),
    pytest.param(  # https://www.defenceweb.co.za/joint/diplomacy-a-peace/kiir-machar-sign-peace-agreement/
        "aside", "2018-09-13", "A previous peace deal signed in 2015 fell apart a year later after clashes between government forces and rebels, forcing Machar to leave Juba.",
        "Riek Machar", "peace deal", id="defenceweb-previous-deal"),
    pytest.param(  # http://newsafricanow.com/2017/12/south-sudans-warring-factions-sign-ceasefire-agreement/
        "aside", "2017-12-22", "However, the 2015 peace agreement signed in Addis Ababa end the conflict did not hold after renewed outbreak of violence in July 2016 forced Machar to flee the South Sudan capital, Juba into exile.",
        "Riek Machar", "peace agreement", id="newsafrica-2015-agreement"),
    pytest.param(  # http://en.chinagate.cn/2016-08/18/content_39117911.htm
        "fit", "2016-08-18", "UN Secretary-General Ban Ki-moon on Wednesday urged all the parties in Sudan to resume negotiations after they failed to reach an agreement on cessation of hostilities.",
        "Sudan", "cessation of hostilities", id="xinhua-ban-urged"),
    pytest.param(  # http://en.chinagate.cn/2015-02/07/content_34759455.htm
        "fit", "2015-02-07", "The UN Security Council on Friday urged all parties in Mali to resume \"without delay\" the Algiers peace talks so as to reach a comprehensive and inclusive peace agreement that addresses the root causes of the crisis in the country.",
        "Mali", "peace agreement", id="xinhua-unsc-mali"),
    pytest.param(  # http://en.chinagate.cn/2018-05/10/content_51201709.htm
        "fit", "2018-05-10", "JUBA, May 9 (Xinhua) -- Britain on Wednesday urged warring parties in South Sudan to reach compromise in the next round of talks and uphold the signed December Agreement on Cessation of Hostilities (ACOH) last year.",
        "South Sudan", "Agreement on Cessation of Hostilities", id="xinhua-britain-urged"),
    pytest.param(  # http://china.org.cn/international/world/2008-03/11/content_12242024.htm
        "fit", "2008-03-11", "Israeli Prime Minister Ehud Olmert on Monday denied a ceasefire agreement with Hamas, as reported in media, even though both Qassam fire from Hamas and strikes from Israeli army have subsided recently.",
        "Ehud Olmert", "ceasefire", id="xinhua-olmert-denied"),
    pytest.param(  # http://china.org.cn/international/world/2008-03/11/content_12242024.htm
        "fit", "2008-03-11", "Meanwhile, Hamas also denied the reports of ceasefire with Israel.",
        "Hamas", "ceasefire", id="xinhua-hamas-denied-reports"),
    pytest.param(  # https://newsukraine.rbc.ua/news/war-in-israel-hamas-militants-agree-to-modified-1710298037.html
        "fit", "2024-03-13", "The White House proposal urged Hamas militants in Gaza to release women, elderly people, wounded hostages, and agree to a temporary cessation of hostilities in the war with Israel to ensure a more lasting ceasefire.",
        "Hamas", "cessation of hostilities", id="rbc-proposal-urged"),
    pytest.param(  # https://eurasiamagazine.com/ukraine-agrees-30-day-ceasefire-after-saudi-talks-with-us
        "fit", "2025-03-12", "The Kremlin has yet to issue an official statement regarding the ceasefire proposal.",
        "Kremlin", "ceasefire proposal", id="eurasia-kremlin-yet"),
    pytest.param(  # http://www.voanews.com/a/un-syria-aid-access-hinges-cease-fire-talks/3500469.html
        "fit", "2016-08-26", "All efforts so far have failed to get Syrian government and opposition forces to agree to a 48-hour humanitarian pause to allow aid convoys into the area.",
        "Syria", "humanitarian pause", id="voa-failed-to-get"),
    pytest.param(  # http://www.voanews.com/a/un-syria-aid-access-hinges-cease-fire-talks/3500469.html
        "aside", "2016-08-26", "The United Nations had hoped to reach an estimated 1.2 million Syrians trapped in 18 besieged areas this month.",
        "United Nations", "reach", id="voa-hoped"),
    pytest.param(  # https://af.reuters.com/article/topNews/idAFKCN0T61CK20151117
        "fit", "2015-11-17", "Under pressure from its neighbours and from the possibility of sanctions, rebel leader Machar signed a peace deal on Aug. 17 and Kiir followed suit 10 days later, although both sides were quick to accuse each other of further attacks.",
        "Machar", "peace deal", id="reuters-machar-aug17"),
    pytest.param(  # https://punchng.com/seven-ex-rebels-killed-in-sudan-clashes/
        "fit", "2021-07-03", "Seven fighters from former rebel groups that signed a peace deal with the Sudanese government last year have died in clashes in Darfur, state media reported Saturday.",
        "Sudan", "peace deal", id="punch-last-year"),
    pytest.param(  # https://punchng.com/seven-ex-rebels-killed-in-sudan-clashes/
        "aside", "2021-07-03", "Both groups signed a peace deal last October with the transitional government installed after the overthrow of longtime dictator Omar al-Bashir in 2019.",
        "Sudan", "peace deal", id="punch-last-october"),
    pytest.param(  # https://townhall.com/news/world/2012/12/06/former-darfur-rebels-say-sudan-attacked-them-breaching-peace-deal-n1304525
        "aside", "2012-12-06", "KHARTOUM (Reuters) - Former Darfur rebels who signed a peace deal with Sudan's government accused Khartoum on Thursday of attacking their forces and spreading false reports about the assault.",
        "Sudan", "peace deal", id="townhall-who-signed", marks=XFAIL("a signing told as background in an undated relative clause ('rebels who signed a peace deal') still reads as support")),
]

# No positive stance (support, offer, willing, demand) of the holder on the issue: denials of agreeing, reports rejected.
NO_POSITIVE = [
    pytest.param(  # http://english.almanar.com.lb/899659
        "fit", "2019-12-30", "The Taliban Monday denied agreeing to any ceasefire in Afghanistan after rumors swirled of a potential deal that would see a reduction in fighting after more than 18 years of war.",
        "Taliban", "ceasefire", id="almanar-taliban-denied"),
    pytest.param(  # http://www.taipeitimes.com/News/front/archives/2019/12/31/2003728461
        "fit", "2019-12-31", "The Taliban yesterday denied that it had agreed to any ceasefire in Afghanistan after reports that a potential deal would see a reduction in fighting after more than 18 years of war.",
        "Taliban", "ceasefire", id="taipei-taliban-denied-that"),
    pytest.param(  # https://www.kuna.net.kw/ArticlePrintPage.aspx?id=1725717&language=en
        "aside", "2007-04-18", "The Islamic Jihad Movement denied Wednesday agreeing to a ceasefire in Gaza as was reported in the Israeli Ha'aretz daily today.",
        "Islamic Jihad", "ceasefire", id="kuna-jihad-denied"),
    pytest.param(  # https://www.kuna.net.kw/ArticlePrintPage.aspx?id=1725717&language=en
        "fit", "2007-04-18", "Azzam told Palestinian radio this morning that Israel has not offered anything in return for such a deal.",
        "Israel", "deal", id="kuna-not-offered"),
    pytest.param(  # https://nigeriannewsdirect.com/netanyahu-denies-report-of-imminent-ceasefire/?amp=1
        "fit", "2024-09-26", "Israeli Prime Minister Benjamin Netanyahu has rejected a report he has given the green light for a 21-day ceasefire between Israel and Hezbollah in Lebanon.",
        "Netanyahu", "ceasefire", id="ngr-netanyahu-rejected-report"),
]

# No negative stance of the holder on the issue: rumours rejected are not the issue rejected.
NO_NEGATIVE = [
    pytest.param(  # https://nginx.main.middle-east-eye.uk3.amazee.io/node/6416
        "fit", "2014-08-25", "Hamas spokesperson Moussa Abu Marzouk has rejected rumours of a one-month ceasefire deal, according to Israeli media sources.",
        "Abu Marzouk", "ceasefire", id="mee-rumours"),
]


@pytest.mark.parametrize(("split", "published", "text", "holder", "issue", "stance"), STANCES)
def test_positions_precision_round15_kept(run, split, published, text, holder, issue, stance) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    assert any(on_issue(issue, p.issue) and (p.stance in NEGATIVE) == (stance == "negative")
               for p in held_by(ex, holder)), [(p.holder, p.stance, p.issue) for p in ex.positions]


@pytest.mark.parametrize(("split", "published", "text", "holder", "issue"), NONE)
def test_positions_precision_round15_none(run, split, published, text, holder, issue) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    held = [p for p in held_by(ex, holder) if on_issue(issue, p.issue) or any(w in p.issue.lower() for w in issue.lower().split())]
    assert not held, [(p.holder, p.stance, p.issue) for p in held]


@pytest.mark.parametrize(("split", "published", "text", "holder", "issue"), NO_POSITIVE)
def test_positions_precision_round15_no_positive(run, split, published, text, holder, issue) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    held = [p for p in held_by(ex, holder) if p.stance not in NEGATIVE
            and (on_issue(issue, p.issue) or any(w in p.issue.lower() for w in issue.lower().split()))]
    assert not held, [(p.holder, p.stance, p.issue) for p in held]


@pytest.mark.parametrize(("split", "published", "text", "holder", "issue"), NO_NEGATIVE)
def test_positions_precision_round15_no_negative(run, split, published, text, holder, issue) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    held = [p for p in held_by(ex, holder) if p.stance in NEGATIVE
            and (on_issue(issue, p.issue) or any(w in p.issue.lower() for w in issue.lower().split()))]
    assert not held, [(p.holder, p.stance, p.issue) for p in held]
