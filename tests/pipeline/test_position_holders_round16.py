"""Positions round 16: holders (pronouns, role nouns, a spokesperson's "we") and issues (coordinated, with complements).

Real passages from outlets and conflicts the gold does not hold (Afghanistan's Taliban talks, Sri Lanka and the LTTE,
Nepal's and India's Maoists, Aceh, Papua, Iraq's Mahdi Army, Georgia and Abkhazia, Colombia's ELN, the Central African Republic, Israel and Syria), each with its URL
and publication date; a holder (part of its name or alias, "|" between alternatives) and the issue a reader expects
("|" between wordings, as ``alt_issues``), matched as the scorer matches (token F1 >= 0.5, same polarity).
Expectations were written before parley was run on them; the first value of each case says whether it was a "fit"
case (looked at while writing the rules) or an "aside" one (only measured at the end). ``xfail`` marks cases not
fixed, with why. The two Nepali Times passages on Mahara begin with the article's sentence that first names him
(added after the first run: a bare surname is no actor without it, which is not what these cases test).

Covered: a group named by its creed ("the Maoists", tagged a nationality) is a collective holder; "insist upon", "call
upon", "agree upon" read as their "on" forms; a purpose ("in order to create a conducive atmosphere") is no part of the
issue; two issues named together keep the reporter's words instead of the vocabulary's name for one of them ("a truce
with the government and freedom for political prisoners", not "ceasefire"); "both sides" are a subject and the "with"
partner of its verb when no pair is named together ("keen to have early talks to salvage a truce with Tamil Tiger
rebels after both sides agreed"); "it" after a reported clause the parser made the root's is that clause's subject;
"the two sides ... their commitment", sides not found, is nobody's (not the spokesman's body); "self-government" names
no body; "the militia of al-Sadr", "the government of Sudan" are al-Sadr's and Sudan's; a promise on terms ("promised to
dissolve the Mehdi Army if the United States withdraws its troops") demands the terms, and what an agreement is to
include is the term ("if a military agreement ... includes the withdrawal of U.S. troops"); a prefix the parser split
off ("non-resumption of hostilities") stays on its noun.
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import NEGATIVE, XFAIL, held_by, on_issue

STANCES = [
    # Issues that keep their of-, for- and on- complements.
    pytest.param(  # https://en.mehrnews.com/news/143054/US-not-Kabul-government-can-secure-release-of-Taliban-prisoners
        "fit", "2019-03-03", "While the Taliban group had previously demanded the release of its prisoners held by Afghanistan government as a precondition for peace and ceasefire in Afghanistan, the group's spokesman Zabihollah Mujahid told Mehr News Agency (MNA) that the Afghan government does not have authority over the release of the Taliban prisoners and the United States should act in that regard.",
        "Taliban", "release of its prisoners|release of prisoners", "positive", id="mehr-taliban-release"),
    pytest.param(  # https://www.geo.tv/latest/360166-taliban-put-3-month-ceasefire-on-the-table-in-exchange-of-prisoner-release
        "fit", "2021-07-15", "The Taliban have demanded the release of 7,000 prisoners as a condition for a three-month ceasefire, revealed a member of the Afghan government negotiator Thursday.",
        "Taliban", "release of 7,000 prisoners|release of prisoners", "positive", id="geo-taliban-7000"),
    pytest.param(  # https://www.geo.tv/latest/360166-taliban-put-3-month-ceasefire-on-the-table-in-exchange-of-prisoner-release
        "aside", "2021-07-15", "\"It is a big demand,\" Nader Nadery said, adding that the Taliban have also demanded the removal of the Taliban's leaders from a United Nations blacklist.",
        "Taliban", "removal of the Taliban's leaders from a United Nations blacklist|removal of leaders from blacklist", "positive", id="geo-taliban-blacklist"),
    pytest.param(  # http://www.chicagotribune.com/news/ct-xpm-2004-06-05-0406050160-story.html
        "fit", "2004-06-05", "Mexico on Friday formally offered the rebel group use of its territory for any peace talks.",
        "Mexico", "use of its territory for any peace talks|use of its territory", "positive", id="tribune-mexico-territory"),
    pytest.param(  # https://online91.thedailystar.net/2005/10/08/d51008130499.html
        "fit", "2005-10-08", "The Liberation Tigers of Tamil Eelam (LTTE) said they were prepared for urgent talks on the ceasefire, which has been in force since 2002 but came under severe strain after the foreign minister was assassinated in August.",
        "Tamil Eelam|LTTE", "urgent talks on the ceasefire|talks on the ceasefire", "positive", id="dailystar-ltte-prepared"),
    pytest.param(  # https://online91.thedailystar.net/2005/10/08/d51008130499.html
        "aside", "2005-10-08", "\"The LTTE is even prepared to start talks on the implementation of the ceasefire agreement in a location neutral and satisfactory to both the parties without waiting for the outcome of the presidential polls,\" the LTTE said.",
        "Tamil Eelam|LTTE", "talks on the implementation of the ceasefire agreement|implementation of the ceasefire agreement", "positive", id="dailystar-ltte-start-talks"),
    pytest.param(  # http://archive.nepalitimes.com/news.php?id=2112
        "fit", "2004-09-27", "\"If the government is able to answer all the questions, it will be able to prove that it is indeed in control,\" said spokesman of the Communist Party of Nepal (Maoist), Krishna Bahadur Mahara. Mahara insisted that the government should make a public commitment on a constituent assembly and give power to the people.",
        "Mahara", "public commitment on a constituent assembly|constituent assembly", "positive", id="nepalitimes-mahara-assembly"),
    pytest.param(  # https://thehimalayantimes.com/world/lanka-keen-on-early-talks-norway
        "fit", "2005-08-20", "President Kumaratunga had written to Norway's Prime Minister Kjell Magne Bondevik calling for talks with the LTTE to review the truce after Kadirgamar's assassination.",
        "Kumaratunga", "talks with the LTTE|talks", "positive", id="himalayan-kumaratunga-calling"),
    # Coordinated issues: one stance on each.
    pytest.param(  # http://www.chicagotribune.com/news/ct-xpm-2004-06-05-0406050160-story.html
        "fit", "2004-06-05", "A guerrilla commander on leave from prison told legislators Friday that insurgents want a truce with the government and freedom for political prisoners, declaring it could lead to peace talks.",
        "insurgent|commander", "truce with the government|truce", "positive", id="tribune-eln-truce"),
    pytest.param(  # http://www.chicagotribune.com/news/ct-xpm-2004-06-05-0406050160-story.html
        "fit", "2004-06-05", "A guerrilla commander on leave from prison told legislators Friday that insurgents want a truce with the government and freedom for political prisoners, declaring it could lead to peace talks.",
        "insurgent|commander", "freedom for political prisoners", "positive", id="tribune-eln-freedom"),
    pytest.param(  # https://www.asia-pacific-solidarity.net/news/2004-01-07/gam-willing-release-hostages-return-ceasefire.html
        "fit", "2004-01-07", "Jakarta - Separatist rebels in war-torn Aceh province said Wednesday they were willing to release 80 captives including a television cameraman in return for a two-day ceasefire.",
        "rebel", "release 80 captives|release of 80 captives|captives", "positive", id="apsn-aceh-captives"),
    pytest.param(  # https://www.asia-pacific-solidarity.net/news/2004-01-07/gam-willing-release-hostages-return-ceasefire.html
        "aside", "2004-01-07", "Jakarta - Separatist rebels in war-torn Aceh province said Wednesday they were willing to release 80 captives including a television cameraman in return for a two-day ceasefire.",
        "rebel", "two-day ceasefire|ceasefire", "positive", id="apsn-aceh-ceasefire",
        marks=XFAIL("what an offer is made 'in return for' ('a two-day ceasefire') is not read as the offerer's demand")),
    # Pronoun holders.
    pytest.param(  # https://online91.thedailystar.net/2006/06/12/d606121301142.html
        "fit", "2006-06-12", "The Tigers used the aborted talks as a platform to renew their call for \"self determination.\" They are demanding outright independence or power-sharing in a federal structure.",
        "Tiger", "outright independence|independence", "positive", id="dailystar-tigers-they"),
    pytest.param(  # http://archive.nepalitimes.com/news.php?id=2112
        "fit", "2004-09-27", "\"If the government is able to answer all the questions, it will be able to prove that it is indeed in control,\" said spokesman of the Communist Party of Nepal (Maoist), Krishna Bahadur Mahara. Mahara insisted that the government should make a public commitment on a constituent assembly and give power to the people. He is against a restoration of parliament.",
        "Mahara", "restoration of parliament", "negative", id="nepalitimes-mahara-he"),
    pytest.param(  # https://online91.thedailystar.net/2005/12/17/d51217130181.html
        "fit", "2005-12-17", "The Sri Lankan government has formally invited the Tamil Tigers to resume peace talks, saying it was \"amenable\" to a key guerrilla demand to hold negotiations abroad.",
        "Sri Lanka", "resume peace talks|peace talks", "positive", id="dailystar-srilanka-invited"),
    pytest.param(  # https://online91.thedailystar.net/2005/12/17/d51217130181.html
        "aside", "2005-12-17", "The Sri Lankan government has formally invited the Tamil Tigers to resume peace talks, saying it was \"amenable\" to a key guerrilla demand to hold negotiations abroad.",
        "Sri Lanka", "hold negotiations abroad|negotiations abroad", "positive", id="dailystar-srilanka-amenable",
        marks=XFAIL("'amenable to a key guerrilla demand to hold negotiations abroad' keeps the demand noun, not what it asks")),
    pytest.param(  # http://archive.nepalitimes.com/news.php?id=2112
        "fit", "2004-09-27", "The Maoists have said they will be ready to hold peace talks if the government gives clear answers to the six questions put forth by Maoist chief Prachanda.",
        "Maoist", "hold peace talks|peace talks", "positive", id="nepalitimes-maoists-ready"),
    # Role nouns and a spokesperson's "we".
    pytest.param(  # https://en.rasanews.ir/en/news/449395/ready-for-intra-afghan-talks-but-waiting-for-release-of-our-prisoners-taliban
        "fit", "2020-03-03", "\"We are fully ready for the intra-Afghan talks, but we are waiting for the release of our 5,000 prisoners,\" the Taliban spokesman said.",
        "Taliban", "intra-Afghan talks", "positive", id="rasa-taliban-we-ready"),
    pytest.param(  # https://www.jasarat.com/en/2020/07/09/145583/
        "fit", "2020-07-09", "DOHA: A spokesman for Afghan Taliban's political office has said all the prisoners should be released or else the intra-Afghan talks would not be started.",
        "Taliban", "prisoners|release of all prisoners|all the prisoners should be released", "positive", id="jasarat-taliban-spokesman"),
    pytest.param(  # https://www.thenationalnews.com/world/asia/taliban-to-resume-attacks-against-kabul-as-violence-deal-ends-1.987043
        "aside", "2020-03-03", "Mr Mujahid said on Monday the Taliban would not participate in intra-Afghan talks until roughly 5,000 of its prisoners are released.",
        "Taliban|Mujahid", "5,000 of its prisoners are released|release of prisoners|prisoners released", "positive", id="national-taliban-until"),
    pytest.param(  # http://www.bostonglobe.com/news/world/2013/01/03/rebels-central-african-republic-signal-they-are-prepared-enter-peace-talks/DGgzQY3ElteiAW6pqVENUL/story.html
        "fit", "2013-01-03", "In negotiations, the rebels would insist upon the departure of Bozize, another spokesman said.",
        "rebel", "departure of Bozize", "positive", id="globe-car-rebels-insist"),
    pytest.param(  # http://www.thehindu.com/news/national/maoists-renew-offer-of-ceasefire-talks/article145699.ece
        "fit", "2010-02-19", "The Home Ministry, however, insisted that if the rebels were serious about negotiations with the government, they should halt attacks for 72 hours.",
        "Home Ministry|India", "halt attacks for 72 hours|halt attacks", "positive", id="hindu-ministry-insisted"),
    pytest.param(  # http://www.thehindu.com/news/national/maoists-renew-offer-of-ceasefire-talks/article145699.ece
        "fit", "2010-02-19", "In a truce offer made recently, Kishenji had said the Maoists were willing to implement a ceasefire from February 25 to March 7 if the government halted its ongoing anti-Maoist offensive named Operation Green Hunt.",
        "Maoist|Kishenji", "implement a ceasefire|ceasefire", "positive", id="hindu-maoists-willing"),
    pytest.param(  # http://www.thehindu.com/news/national/maoists-renew-offer-of-ceasefire-talks/article145699.ece
        "aside", "2010-02-19", "A fresh statement issued on behalf of Kishenji Wednesday night said the rebels and the government should hold talks on how to implement a ceasefire.",
        "Kishenji", "talks on how to implement a ceasefire|hold talks", "positive", id="hindu-kishenji-statement",
        marks=XFAIL("a statement 'issued on behalf of' a leader is not read as his")),
    pytest.param(  # https://thehimalayantimes.com/world/lanka-keen-on-early-talks-norway
        "fit", "2005-08-20", "Sri Lanka's government is keen to have early talks to salvage a truce with Tamil Tiger rebels after both sides agreed to a review of the ceasefire, peacebroker Norway said today.",
        "Sri Lanka", "early talks", "positive", id="himalayan-srilanka-keen"),
    pytest.param(  # https://dnaindia.com/world/report-form-negotiating-team-for-talks-maoists-to-nepal-1029562/amp
        "fit", "2006-05-03", "Meanwhile, Deputy Prime Minister K P Sharma Oli has asked the Maoists to stop acts like extortion, intimidation and recruitment of youths into the Maoist militia in order to create a conducive atmosphere for dialogue.",
        "Oli", "stop acts like extortion|stop acts like extortion, intimidation and recruitment of youths", "positive", id="dna-oli-asked"),
    pytest.param(  # https://www.smh.com.au/articles/2004/09/25/1095961917214.html
        "aside", "2004-09-25", "Maoist chief Prachanda said his group would hold talks only if Nepal stopped asking for foreign military assistance, resisted pressure from the army to crush the rebels and was prepared to seek U.N. mediation.",
        "Prachanda", "seek U.N. mediation|U.N. mediation", "positive", id="smh-prachanda-only-if"),
    pytest.param(  # http://al-darb.blogspot.com/2009/10/israel-acknowledges-need-for-talks-with.html
        "fit", "2009-10-20", "His remarks followed a statement by Syrian President Bashar Assad who announced that Damascus would support conditional negotiations with Israel.",
        "Assad|Syria", "conditional negotiations with Israel|negotiations with Israel", "positive", id="aldarb-assad-support"),
    pytest.param(  # https://online91.thedailystar.net/2006/06/12/d606121301142.html
        "aside", "2006-06-12", "The international community, led by the United States, opposes independence for the Tamils arguing it could have a domino effect on neighbouring India.",
        "United States|international community", "independence for the Tamils|independence", "negative", id="dailystar-us-opposes"),
    pytest.param(  # https://online91.thedailystar.net/2005/12/17/d51217130181.html
        "aside", "2005-12-17", "But Rajapakse's outright rejection of the Tigers' demand for an ethnic homeland in the north and east has been followed by a series of attacks on the military by suspected rebels, and many ordinary Sri Lankans fear a return to civil war.",
        "Rajapakse", "ethnic homeland in the north and east|ethnic homeland", "negative", id="dailystar-rajapakse-rejection"),
    # Second batch: Iraq 2004-2008, Aceh and Papua.
    pytest.param(  # https://www.sunjournal.com/2004/08/19/deal-offers-hope-iraq/
        "fit", "2004-08-19", "BAGHDAD, Iraq - Rebel cleric Muqtada al-Sadr on Wednesday accepted peace terms offered by a delegation from Iraq's national conference and agreed to withdraw his militia from Najaf, Iraq, offering the best hope yet of an end to his two-week-old confrontation with U.S. forces in Shiite Islam's holiest city.",
        "Sadr", "withdraw his militia from Najaf|withdraw his militia", "positive", id="sunjournal-sadr-withdraw"),
    pytest.param(  # https://www.sunjournal.com/2004/08/19/deal-offers-hope-iraq/
        "aside", "2004-08-19", "An aide later said al-Sadr's acceptance was conditional on U.S. forces observing a cease-fire, and it wasn't immediately clear whether al-Sadr, who had refused to meet a delegation from the conference the previous day, was capitulating to mounting pressure or attempting to buy more time.",
        "Sadr", "U.S. forces observing a cease-fire|cease-fire", "positive", id="sunjournal-sadr-conditional"),
    pytest.param(  # https://www.rferl.org/a/1054526.html
        "fit", "2004-08-27", "The Iraqi government accepted the deal and said it will not arrest al-Sadr.",
        "Iraq", "deal", "positive", id="rferl-iraq-accepted"),
    pytest.param(  # https://www.foxnews.com/story/sadrs-militia-declares-cease-fire
        "fit", "2004-10-01", "The militia of Shiite cleric Muqtada al-Sadr has declared a unilateral cease-fire with U.S. forces in the Baghdad district of Sadr City and has offered to help police ensure safety in the area, a statement said Friday.",
        "militia|Sadr|Mahdi", "help police ensure safety in the area|ensure safety in the area", "positive", id="fox-militia-offered"),
    pytest.param(  # https://www.foxnews.com/story/sadrs-militia-declares-cease-fire
        "aside", "2004-10-01", "The militia of Shiite cleric Muqtada al-Sadr has declared a unilateral cease-fire with U.S. forces in the Baghdad district of Sadr City. The militia offered \"to actively contribute and positively cooperate with the honest parties in Iraqi police and the national forces\" in order to secure the \"safety of institutions, Iraqi state buildings and government buildings\" as well as water, power, fuel and refineries.",
        "militia|Sadr|Mahdi", "cooperate with the honest parties in Iraqi police|actively contribute and positively cooperate", "positive", id="fox-militia-cooperate",
        marks=XFAIL("the quoted offer after 'The militia offered' is not read; 'the militia' names no actor in the second sentence")),
    pytest.param(  # https://www.upi.com/Top_News/2008/08/29/Sadr-declares-another-cease-fire/51411220044753/
        "fit", "2008-08-29", "Sadr has promised to dissolve the Mehdi Army if a military agreement between the United States and Baghdad includes the withdrawal of U.S. troops from Iraq.",
        "Sadr", "withdrawal of U.S. troops from Iraq|withdrawal of U.S. troops", "positive", id="upi-sadr-promised",
        marks=XFAIL("a bare 'Sadr' is read as the acronym SADR (Western Sahara) in the actor dictionary; with his full name the "
                    "demand is found")),
    pytest.param(  # https://www.eleconomista.es/mercados-cotizaciones/noticias/359243/02/08/Sadr-tells-militia-to-maintain-Iraq-ceasefire.html
        "aside", "2008-02-08", "Shi'ite Sadr's spokesman Salah al-Ubaidi said the ceasefire, which expires later this month and has been vital to cutting violence in Iraq, should continue to be observed until militia members are told it is over or has been renewed.",
        "Sadr|Ubaidi", "ceasefire", "positive", id="eleconomista-ubaidi-ceasefire",
        marks=XFAIL("'the ceasefire, which ..., should continue to be observed' names the passive verb, not its subject")),
    pytest.param(  # https://www.radionz.co.nz/international/pacific-news/154560/indonesia's-aceh-province-likes-autonomous-bougainville-model
        "fit", "2005-04-19", "Free Aceh Movement spokesman Bakhtiar Abdullah said last week that they needed self-government, and won't accept the 'special autonomy' proposed by Jakarta.",
        "Free Aceh|Abdullah", "self-government", "positive", id="rnz-gam-self-government"),
    pytest.param(  # https://www.radionz.co.nz/international/pacific-news/154560/indonesia's-aceh-province-likes-autonomous-bougainville-model
        "aside", "2005-04-19", "Free Aceh Movement spokesman Bakhtiar Abdullah said last week that they needed self-government, and won't accept the 'special autonomy' proposed by Jakarta.",
        "Free Aceh|Abdullah", "special autonomy", "negative", id="rnz-gam-autonomy"),
    pytest.param(  # https://gofashionideas.com/world-news/separatists-in-indonesias-papua-reject-surrender-demand-referendum/
        "fit", "2018-12-11", "JAKARTA (Reuters) - Separatist rebels in Indonesia's Papua province who killed a group of workers building a bridge this month have rejected government calls to surrender and instead demanded a referendum to decide the future of the area.",
        "rebel", "referendum to decide the future of the area|referendum", "positive", id="papua-rebels-referendum"),
    pytest.param(  # https://gofashionideas.com/world-news/separatists-in-indonesias-papua-reject-surrender-demand-referendum/
        "aside", "2018-12-11", "JAKARTA (Reuters) - Separatist rebels in Indonesia's Papua province who killed a group of workers building a bridge this month have rejected government calls to surrender and instead demanded a referendum to decide the future of the area.",
        "rebel", "government calls to surrender|surrender", "negative", id="papua-rebels-surrender"),
    pytest.param(  # https://gofashionideas.com/world-news/separatists-in-indonesias-papua-reject-surrender-demand-referendum/
        "fit", "2018-12-11", "Standing behind the banned separatist Morning Star flag, Sambom demanded Widodo hold another referendum for native Papuans to decide whether they want to be integrated with Indonesia.",
        "Sambom", "another referendum for native Papuans|referendum", "positive", id="papua-sambom-referendum"),
    pytest.param(  # https://gofashionideas.com/world-news/separatists-in-indonesias-papua-reject-surrender-demand-referendum/
        "fit", "2018-12-11", "\u201cTPNPB will not surrender under any circumstances before the independence of the nation of Papua is realized from Indonesian occupation,\u201d Sambom said. He called for unrestricted access to Papua for foreign journalists and for the U.N. refugee agency and the international Red Cross to help take care of civilians caught up in the conflict.",
        "Sambom", "unrestricted access to Papua for foreign journalists|unrestricted access to Papua", "positive", id="papua-sambom-he-access"),
    pytest.param(  # https://jawawa.id/newsitem/hasan-wants-e-timor-style-referendum-in-aceh-1447893297
        "fit", "2000-12-01", "Indonesian President Abdurrahman Wahid has rejected a referendum on full independence, but instead offered Aceh a vote on whether to establish Islamic law in the territory - an idea Hasan dismisses.",
        "Wahid|Indonesia", "referendum on full independence", "negative", id="jawawa-wahid-rejected"),
    # Third batch: Georgia and Abkhazia.
    pytest.param(  # https://rferl.org/amp/1067223.html
        "fit", "2006-03-29", "Abkhaz President Sergei Bagapsh has said that he wants Georgia to sign a non-aggression pact as a prerequisite to a meeting with Saakashvili.",
        "Bagapsh", "non-aggression pact|sign a non-aggression pact", "positive", id="rferl-bagapsh-wants"),
    pytest.param(  # http://english.china.org.cn/international/world/2008-11/19/content_16793811.htm
        "aside", "2008-11-19", "Russia insisted that the governments of South Ossetia and Abkhazia must be fully represented at the discussions, but Georgia could not accept the idea that the two regions participate as national delegations.",
        "Georgia", "idea that the two regions participate as national delegations|two regions participate as national delegations", "negative", id="chinaorg-georgia-not-accept",
        marks=XFAIL("'the idea that the two regions participate' is cut to 'idea'")),
    pytest.param(  # https://jawawa.id/newsitem/hasan-wants-e-timor-style-referendum-in-aceh-1447893297
        "aside", "2000-12-01", "Hasan said Thursday that the rebels would accept nothing less than full independence for Aceh but that they had no plans to hold a unilateral referendum.",
        "rebel|Hasan", "full independence for Aceh|full independence", "positive", id="jawawa-rebels-nothing-less",
        marks=XFAIL("'would accept nothing less than full independence' is not read as a demand")),
]

# Both sides of "both sides agreed": one position each.
BOTH_SIDES = [
    pytest.param(  # https://thehimalayantimes.com/world/lanka-keen-on-early-talks-norway
        "fit", "2005-08-20", "Sri Lanka's government is keen to have early talks to salvage a truce with Tamil Tiger rebels after both sides agreed to a review of the ceasefire, peacebroker Norway said today.",
        ("Sri Lanka", "Tiger"), "review of the ceasefire", id="himalayan-both-sides-review"),
    pytest.param(  # https://www.globalsecurity.org/military/library/news/2004/02/mil-040210-unnews01.htm
        "fit", "2004-02-10", "Representatives from Georgia and Abkhazia held a second meeting on the issue of security guarantees today, according to a United Nations spokesman. The two sides reiterated their commitment to the non-resumption of hostilities and the settlement of all disputes by peaceful means, the spokesman said at a press briefing in New York.",
        ("Georgia", "Abkhazia"), "non-resumption of hostilities", id="unnews-two-sides-commitment",
        marks=XFAIL("'Representatives from Georgia and Abkhazia' makes both places, not sides; no pair is found (the "
                    "spokesman's United Nations no longer takes 'their' commitment)")),
    pytest.param(  # https://rferl.org/amp/1067223.html
        "fit", "2006-03-29", "Georgia and its separatist republic of Abkhazia have agreed to resume bilateral consultations within the framework of the UN-sponsored Geneva process.",
        ("Georgia", "Abkhazia"), "resume bilateral consultations|bilateral consultations", id="rferl-georgia-abkhazia-agreed",
        marks=XFAIL("'its separatist republic of Abkhazia' names no actor: Abkhazia is read as a place")),
    pytest.param(  # https://eurasia.ro/2009/11/12/russia-georgia-to-hold-new-talks-in-january
        "aside", "2009-11-12", "Russia and Georgia have agreed to hold a new round of talks on January 28 next year, aimed at reducing tensions following their five-day war in August 2008.",
        ("Russia", "Georgia"), "new round of talks|hold a new round of talks", id="eurasia-russia-georgia-agreed"),
]


@pytest.mark.parametrize(("split", "published", "text", "holder", "issue", "stance"), STANCES)
def test_position_holders_round16_stance(run, split, published, text, holder, issue, stance) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    assert any(on_issue(issue, p.issue) and (p.stance in NEGATIVE) == (stance == "negative")
               for p in held_by(ex, holder)), [(p.holder, p.stance, p.issue) for p in ex.positions]


@pytest.mark.parametrize(("split", "published", "text", "holders", "issue"), BOTH_SIDES)
def test_position_holders_round16_both_sides(run, split, published, text, holders, issue) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    for holder in holders:
        assert any(on_issue(issue, p.issue) and p.stance not in NEGATIVE for p in held_by(ex, holder)), (
            holder, [(p.holder, p.stance, p.issue) for p in ex.positions])
