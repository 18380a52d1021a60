"""Positions round 16, precision: cue words that state no stance of their subject, and stances that stay.

Real sentences from outlets and stories the gold does not hold (some conflicts, such as South Sudan, Darfur, Syria or
Colombia, are in the gold through other stories), each with its URL and, where the page gives it, its publication date; a holder (part of its name or alias, "|" between alternatives, "" for anyone) and the issue a reader
expects ("|" between wordings, as ``alt_issues``), matched as the scorer matches (token F1 >= 0.5, same polarity).
Expectations were written before parley was run; the first value of each case says whether it was a "fit" case (looked
at while writing the rules) or an "aside" one (only measured at the end); two "fit" cases were added after reading parley's
output on their article (said in their comment). ``xfail`` marks cases not fixed, with why.

Covered: a denial of a fact ("denied the attack", "rejected the claims by the rebels", "deny responsibility for the
violence") is no refusal; "hope" as a noun without its holder ("played down hopes of a cease-fire"), a hope about what
another party will do ("expressed hope that Kiir will sign the agreement") is no stance of that party; the aim of a text,
a meeting or talks ("the accord aims to address tensions") is no party's stance; plural "needs" are a plight, not a
demand; a signing told as background ("a peace deal signed with FARC in November last year", "the 2015 agreement was
signed by three parties"), a pledge in a relative clause ("the $100 million it pledged in May"), a promise broken or kept
("accused the army of failing to honour its commitments"); "accepted that a ceasefire had broken down" acknowledges a
fact, "accepted over two million Syrians" and "accepted the resignation of his prime minister" are deeds; what others are
urged to support is not yet their support; "unwilling"/"reluctant to accept X" is no readiness; "the talks should resume
next week" is an expectation; what analysts say a party wants is their reading; congratulations on an election and praise
of courage name no issue. Calls, wishes, hopes of one's own, acceptances of a call, commitments and support voiced stay.
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import NEGATIVE, XFAIL, held_by, on_issue

# Stances a reader codes: positive (support, offer, willing, demand) or negative (oppose, reject).
STANCES = [
    pytest.param(  # https://obeta.ttef.in/world/vladimir-putin-says-russia-wants-end-to-war-in-ukraine/cid/1905402 (merged late: an aim denied and the one said instead)
        "fit", "2022-12-23", "Putin made the comments a day after U.S. President Joe Biden hosted Ukrainian President Volodymyr Zelenskiy in the "
        "White House and promised him continued and unwavering U.S. support.\n\"Our goal is not to spin the flywheel of "
        "military conflict, but, on the contrary, to end this war,\" Putin said.",
        "Putin|Russia", "end this war", "positive", id="ttef-goal-not-but"),
    pytest.param(  # http://www.foxnews.com/world/2012/11/10/congo-m23-rebels-say-government-army-has-attacked-them-ending-ceasefire.html
        "fit", "2012-11-10", "The M23 have been calling for direct negotiations with the Congolese government but President Joseph Kabila's government has so far refused to meet with the rebels.",
        "M23", "direct negotiations", "positive", id="fox-m23-calling"),
    pytest.param(  # http://www.foxnews.com/world/2012/11/10/congo-m23-rebels-say-government-army-has-attacked-them-ending-ceasefire.html
        "aside", "2012-11-10", "The M23 have been calling for direct negotiations with the Congolese government but President Joseph Kabila's government has so far refused to meet with the rebels.",
        "Congo|Kabila", "meet with the rebels|meet", "negative", id="fox-kabila-refused"),
    pytest.param(  # https://business-standard.com/article/news-ians/accusations-of-ceasefire-violation-in-south-sudan-114051200605_1.html
        "fit", "2014-05-12", "South Sudanese President Salva Kiir and Machar signed the new peace pact Friday in Addis Ababa, in which they recommitted themselves to ending hostilities in the north-eastern African country and allowing humanitarian access to affected communities.",
        "Machar", "peace pact|new peace pact", "positive", id="bs-kiir-machar-signed-friday"),
    pytest.param(  # https://eurasia.ro/?p=57940
        "aside", None, "“What is important is to unify the forces, starting with the presidential guard and the military stationed in Juba,” said rebel negotiator Taban Deng.",
        "Taban Deng", "unify the forces", "positive", id="eurasia-deng-unify", marks=XFAIL("a pseudo-cleft in a quote ('What is important is to unify the forces') is not read as a demand")),
    pytest.param(  # https://govexec.com/defense/2016/05/can-syrian-peace-talks-be-revived/128356/
        "fit", None, "Still, Staffan de Mistura, the UN special envoy for Syria, hopes to restart talks between the two sides by the end of this month.",
        "Mistura", "restart talks|talks between the two sides", "positive", id="govexec-de-mistura-hopes"),
    pytest.param(  # https://trendsandcoffee.com/israel-and-hamas-indicate-no-deal-is-imminent
        "fit", None, "Hamas, on the other hand, has indicated a willingness to engage in discussions but has not expressed optimism about an imminent deal.",
        "Hamas", "engage in discussions|discussions", "positive", id="trends-hamas-willingness"),
    pytest.param(  # https://trendsandcoffee.com/israel-and-hamas-indicate-no-deal-is-imminent
        "aside", None, "Israeli officials have underscored the complexity of the situation, emphasizing the need for concrete guarantees from Hamas to ensure the safety and security of Israeli citizens.",
        "Israel", "concrete guarantees|guarantees from Hamas", "positive", id="trends-israel-need", marks=XFAIL("the issue keeps the purpose clause ('concrete guarantees from Hamas to ensure the safety ...'), under half the words in common")),
    pytest.param(  # https://www.seattletimes.com/nation-world/nation/colombian-rebels-claim-responsibility-for-deadly-car-bombing/
        "fit", "2019-01-21", "Duque has demanded Cuba arrest 10 rebel negotiators living on the communist island amid fading attempts to revive talks started in 2017.",
        "Duque", "arrest 10 rebel negotiators|arrest rebel negotiators", "positive", id="seattle-duque-demanded"),
    pytest.param(  # https://worldbulletin.dunyabulteni.net/latin-america/eln-claims-responsibility-for-colombia-bomb-attack-h185507.html
        "fit", None, "Despite the attack, the ELN said it was committed to finding a peace deal.",
        "ELN|National Liberation Army", "peace deal|finding a peace deal", "positive", id="wb-eln-committed"),
    pytest.param(  # https://global.chinadaily.com.cn/world/2009-02/18/content_7489617.htm
        "fit", "2009-02-18", "The Justice and Equality Movement (JEM) also wants a prisoner swap.",
        "Justice and Equality", "prisoner swap", "positive", id="chinadaily-jem-wants"),
    pytest.param(  # https://blogs.voanews.com/breaking-news/?p=87290
        "fit", None, "C.A.R. President Francois Bozize has resisted the group's calls for him to step down but has said he is willing to form a coalition government.",
        "Bozize", "coalition government|form a coalition government", "positive", id="voa-bozize-willing"),
    pytest.param(  # http://www.france24.com/en/20121224-central-africa-republic-rebels-talks-ceasefire
        "fit", "2012-12-24", "The Seleka rebel coalition on Friday accepted a call by regional leaders who met in the Chadian capital N'Djamena for peace talks in Libreville, where the Economic Community of Central African States (ECCAS) is based.",
        "Seleka", "peace talks|peace talks in Libreville", "positive", id="f24-seleka-accepted-call", marks=XFAIL("the parser hangs 'for peace talks' on the relative clause 'who met', not on the call")),
    pytest.param(  # https://www.theguardian.com/world/2017/jan/02/syrian-rebels-freeze-peace-talks-after-assad-abuses-ceasefire
        "aside", "2017-01-02", "On Saturday the UN security council gave its blessing to the ceasefire deal, which is slated to be followed by peace talks in the Kazakh capital, Astana.",
        "Security Council", "ceasefire deal", "positive", id="guardian-unsc-blessing"),
    pytest.param(  # https://radiotamazuj.org/en/news/article/international-community-calls-on-kiir-to-sign-peace-deal
        "fit", None, "United Nations Secretary General Ban Ki Moon expressed “his strong hope that President Kiir will sign the agreement by the end of the 15-day deadline,” read a statement from his spokesperson.",
        "Ban Ki", "sign the agreement|agreement", "positive", id="tamazuj-ban-hope"),
    pytest.param(  # https://radiotamazuj.org/en/news/article/international-community-calls-on-kiir-to-sign-peace-deal
        "aside", None, "“The US calls upon the government of South Sudan and President Kiir to sign the agreement before IGAD's deadline without reservation or condition,” she said.",
        "United States", "sign the agreement|agreement", "positive", id="tamazuj-us-calls-upon"),
    pytest.param(  # https://www.world-today-news.com/uae-backs-drc-rwanda-peace-deal-a-step-towards-stability
        "fit", None, "The United Arab Emirates (UAE), Saudi Arabia, and Egypt have voiced strong support for the recent peace agreement signed by the Democratic republic of the congo (DRC) and Rwanda, heralding it as a meaningful step towards bolstering peace, security, and stability across the African continent.",
        "Egypt", "peace agreement|recent peace agreement", "positive", id="wtn-egypt-support"),
    pytest.param(  # http://francegenocidetutsi.org/fgtshow.php?num=31311 (AFP)
        "aside", "1992-07-12", "The chief rebel delegate, Pasteur Bizimungu, demanded that the government allow thousands of mainly Tutsi refugees to return home safely and absorb RPF fighters into the army.",
        "Bizimungu", "refugees to return home safely|return home safely|allow refugees to return home", "positive", id="afp-bizimungu-demanded"),
    pytest.param(  # http://news.antiwar.com/2013/02/25/rebels-reject-syrian-govt-calls-for-negotiations
        "fit", "2013-02-25", "Syrian Foreign Minister Walid al-Moualem said that the government was ready to negotiate without any precondition, and that they were even willing to negotiate with armed factions, and indeed anyone else willing to negotiate with them.",
        "Syria|Moualem", "negotiate|negotiate without any precondition", "positive", id="antiwar-moualem-ready"),
    pytest.param(  # https://minaraju907.blogspot.com/2012/12/central-african-republic-rebels-say.html (Reuters)
        "aside", None, "“Some want to keep fighting, but CPSK is ready to put down its weapons and talk,” he added.",
        "CPSK", "put down its weapons|put down its weapons and talk", "positive", id="reuters-cpsk-ready"),
    pytest.param(  # http://in.reuters.com/article/sudan-talks-end-idINL6N0TT1ER20141209
        "fit", "2014-12-09", "The rebel Sudan People's Liberation Movement-North Sector (SPLM-N) also wanted to link the talks with political developments in Khartoum.",
        "SPLM-N|Sudan People's Liberation Movement", "link the talks|link the talks with political developments", "positive", id="reuters-splmn-wanted", marks=XFAIL("the group's name is split by the entity tagger (the holder is named 'Sector'), the stance itself is read")),
    pytest.param(  # https://www.voanews.com/a/a-13-a-2003-08-12-16-hamas-66324017/543803.html
        "aside", "2003-08-12", "The spokesman said Israel is calling for Palestinian Prime Minister Mahmoud Abbas to arrest members of militant Palestinian groups, disarm them, and break up their organizations.",
        "Israel", "arrest members of militant Palestinian groups|arrest members", "positive", id="voa-israel-calling"),
    pytest.param(  # https://www.taiwannews.com.tw/en/news/3058778 (AP)
        "fit", None, "The presidents of Ukraine, Russia and the rebels have voiced their commitment to the truce.",
        "Ukraine", "truce", "positive", id="ap-presidents-commitment"),
    pytest.param(  # https://www.businesslive.co.za/bd/world/americas/2019-01-21-colombias-eln-rebels-say-fatal-car-bomb-was-legitimate-act-of-war/ (Reuters)
        "fit", "2019-01-21", "The ELN, which was formed by radical Catholic priests in 1964, urged Duque to send a team of peace negotiators back to Havana to restart the talks that stalled when he took office in August.",
        "ELN|National Liberation Army", "send a team of peace negotiators|restart the talks", "positive", id="businesslive-eln-urged"),
    pytest.param(  # https://www.vaildaily.com/news/eta-claims-car-bombing-but-says-cease-fire-stands/ (AP)
        "aside", "2007-01-09", "Gara said ETA wants to promote the peace process but reserves the right respond if what it calls government aggression against the pro-independence movement continues.",
        "ETA", "peace process|promote the peace process", "positive", id="ap-eta-wants"),
    pytest.param(  # http://articles.latimes.com/1985-12-27/news/mn-25413_1_holiday-truce
        "fit", "1985-12-27", "The Farabundo Marti National Liberation Front had said that it would agree to the truce if the government would.",
        "Farabundo|FMLN", "truce", "positive", id="lat-fmln-would-agree"),
    pytest.param(  # http://articles.latimes.com/1985-12-27/news/mn-25413_1_holiday-truce
        "aside", "1985-12-27", "Military commanders in the provinces of Morazan, Chalatenango and Cuscatlan, areas of normally heavy fighting, said they were not informed by the high command of a truce agreed to by President Jose Napoleon Duarte on Christmas Eve.",
        "Duarte|El Salvador", "truce", "positive", id="lat-truce-agreed-by-duarte"),
    pytest.param(  # https://www.foxnews.com/story/sudanese-government-agrees-to-immediate-cease-fire-rebel-leaders-skip-peace-talks
        "fit", "2007-10-27", "Immediately after the talks were announced, Adulwahid Elnur, the founder of the Sudan Liberation Army rebels, said he would boycott until the U.N. and African Union have deployed a joint force of 26,000 peacekeepers due in January.",
        "Elnur|Sudan Liberation", "joint force of 26,000 peacekeepers|joint force", "positive", id="fox-elnur-boycott-until"),
    pytest.param(  # https://minaraju907.blogspot.com/2012/12/central-african-republic-rebels-say.html (Reuters)
        "aside", None, "The rebels have advanced to within 75 km (45 miles) of the mineral-rich country's capital Bangui and their leaders are now considering a proposal from Bozize to hold negotiations and form a unity government.",
        "Bozize", "negotiations|hold negotiations", "positive", id="reuters-proposal-from-bozize", marks=XFAIL("a cue noun's 'from' phrase ('a proposal from Bozize') is not read as its holder")),
    pytest.param(  # https://archive.almanar.com.lb/english/article.php?id=132482 (AFP)
        "fit", None, "South Sudan's government and rebels traded accusations Sunday that each had breached a ceasefire deal by attacking the other, but insisted they were committed to ending weeks of brutal conflict.",
        "South Sudan", "ending weeks of brutal conflict|ending conflict", "positive", id="almanar-committed-to-ending"),
    pytest.param(  # https://www.latimes.com/archives/la-xpm-1994-04-24-mn-49900-story.html (Reuters)
        "fit", "1994-04-24", "On Friday, the United States called on the warring sides to agree to an immediate cease-fire and said it was prepared to help efforts to arrange a political settlement of their dispute.",
        "United States", "immediate cease-fire", "positive", id="lat-us-called-on-sides"),
    pytest.param(  # http://www.brockpress.com/2016/02/syrian-peace-talks-fail-amidst-refugee-crisis/
        "aside", None, "EU Enlargement Commissioner Johannes Hahn has been urging Turkey to cease the blockade, and allow refugees through the country.",
        "Hahn", "cease the blockade", "positive", id="brock-hahn-urging"),
    pytest.param(  # https://english.almanar.com.lb/28664 (AFP)
        "aside", None, "“We have been mobilizing, stockpiling, readying ourselves for this great opportunity to deliver this very urgent aid but we need that peace to be reinstated,” UN humanitarian office (OCHA) spokesman Jens Laerke told reporters.",
        "Laerke|OCHA|Coordination of Humanitarian|United Nations", "peace to be reinstated|peace", "positive", id="almanar-laerke-need-peace"),
]

# No stance of the holder on the issue: denials of facts, hopes and aims of no one, needs counted, deeds told.
NONE = [
    pytest.param(  # http://www.trtworld.com/asia/afghan-taliban-rejects-peace-talks-with-kabul-govt-61802 (repeating a stance is no demand to repeat it)
        "fit", None, "The Taliban on Saturday refused to hold direct peace talks with the Afghan government, dealing a blow to "
        "international efforts to revive long-stalled negotiations aimed at ending the deadly 14-year insurgency.\n"
        "\"We want to repeat our stance once again that until the occupation of foreign troops ends, until Taliban names "
        "are removed from international blacklists and until our detainees are released, talks will yield no results,\" "
        "the group said in a statement.",
        "Taliban", "repeat our stance|repeat", id="trt-repeat-our-stance"),
    pytest.param(  # https://www.reuters.com/article/us-sudan-idUSL2738186820071029
        "aside", "2007-10-29", "The absence of three main rebel factions undermined any hope a peace deal would emerge from the gathering.",
        "", "peace deal", id="reuters-any-hope"),
    pytest.param(  # https://govexec.com/defense/2016/05/can-syrian-peace-talks-be-revived/128356/
        "fit", None, "The aim of the talks is to restore a cease-fire and deliver humanitarian aid to besieged towns.",
        "", "cease-fire|restore a cease-fire", id="govexec-aim-of-talks"),
    pytest.param(  # https://www.scotsman.com/news/syrian-deal-unlikely-us-and-russian-officials-meet-talks-1467689
        "aside", None, "The talks between Kerry and Lavrov aim to produce a nationwide cease-fire in Syria after more than five years of warfare and as many as 500,000 deaths.",
        "", "nationwide cease-fire|produce a nationwide cease-fire", id="scotsman-talks-aim"),
    pytest.param(  # https://www.world-today-news.com/uae-backs-drc-rwanda-peace-deal-a-step-towards-stability
        "fit", None, "The accord, finalized in Washington, D.C., aims to address long-standing tensions and foster cooperation between the two nations.",
        "", "long-standing tensions|address long-standing tensions|cooperation", id="wtn-accord-aims"),
    pytest.param(  # https://business-standard.com/article/news-ians/accusations-of-ceasefire-violation-in-south-sudan-114051200605_1.html
        "fit", "2014-05-12", "The ceasefire agreement was signed to put an end to the ongoing South Sudan conflict.",
        "", "end to the ongoing South Sudan conflict|ceasefire agreement", id="bs-signed-to-end"),
    pytest.param(  # https://www.cbsnews.com/news/talks-in-sierra-leone/
        "aside", None, "Oluyemi Adeniji, the U.N. secretary-general's special representative to Sierra Leone, said “major strides” toward peace had been made since a cease-fire was signed in Abuja, Nigeria, in November.",
        "", "cease-fire", id="cbs-since-signed"),
    pytest.param(  # http://allafrica.com/stories/201710170841.html
        "fit", "2017-10-17", "The agreement was initially signed on 11 July 2011 between the Sudanese government and the Liberation and Justice Movement (LJM) of Tijani El Sese.",
        "Sudan|Liberation and Justice", "agreement", id="allafrica-signed-2011"),
    pytest.param(  # http://allafrica.com/stories/201710170841.html
        "aside", "2017-10-17", "The faction of the Justice and Equality Movement (JEM) led by Dabajo broke away from the mainstream JEM in 2012, and signed the DDPD in April 2013.",
        "Justice and Equality|JEM", "DDPD", id="allafrica-jem-signed-2013"),
    pytest.param(  # https://apnews.com/9247d54a39d14f63850350250a6a683c
        "fit", "2019-08-14", "The 2015 agreement was signed by three parties — the government, a coalition of groups called the Coordination of Movements of Azawad that includes ethnic Arabs and Tuaregs who seek autonomy in northern Mali, and a pro-government militia known as the Platform.",
        "Mali|Coordination|Platform", "2015 agreement|agreement", id="ap-mali-2015-agreement"),
    pytest.param(  # https://colombiareports.com/state-failing-comply-colombias-peace-deal-un/amp
        "fit", None, "Colombia’s state has failed to comply with a peace deal signed with FARC guerrillas in November last year, the United Nations said in its harshest condemnation yet.",
        "Colombia|FARC|Revolutionary Armed", "peace deal", id="colombiareports-signed-last-year"),
    pytest.param(  # https://worldbulletin.dunyabulteni.net/latin-america/eln-claims-responsibility-for-colombia-bomb-attack-h185507.html
        "fit", None, "The ELN is the last active guerrilla group in Colombia after the larger Revolutionary Armed Forces of Colombia (FARC) signed a peace deal last year with the state.",
        "FARC|Revolutionary Armed", "peace deal", id="wb-farc-signed-last-year"),
    pytest.param(  # https://nyamile.com/news/absence-of-political-will-trust-deficit-and-lack-of-funding-hampering-peace-implementation-envoys
        "fit", "2019-10-30", "The statement further urged the government of President Salva Kiir Mayardit to disburse the remaining balance of the $100 million it pledged in May to the NPTC [National Pre-Transitional Committee] for implementation of the security arrangement.",
        "South Sudan|Kiir", "$100 million|100 million", id="nyamile-pledged-in-may"),
    pytest.param(  # https://www.foxnews.com/story/sudanese-government-agrees-to-immediate-cease-fire-rebel-leaders-skip-peace-talks
        "aside", "2007-10-27", "Sudan's announcement, which the government had previously pledged to make, came as negotiators moved to lower expectations for the talks, which are geared at ending over four years of fighting that have killed more than 200,000 people in Sudan's western region of Darfur.",
        "Sudan", "announcement", id="fox-previously-pledged"),
    pytest.param(  # https://www.business-standard.com/amp/article/pti-stories/un-aid-chiefs-see-glimmers-of-hope-in-syria-116031200063_1.html
        "fit", "2016-03-12", "“We are able to reach more people now in besieged areas: but we are yet to reach one in every five besieged Syrians who urgently need help and protection”.",
        "", "help and protection", id="bs-syrians-who-need"),
    pytest.param(  # http://www.theledger.com/news/20140122/violence-rampant-in-syria-as-peace-conference-begins
        "fit", "2014-01-22", "An estimated 9 million people now need United Nations aid to survive.",
        "", "aid|United Nations aid", id="ledger-9-million-need"),
    pytest.param(  # https://pachodo.org/news-from-various-sources/8393-south-sudan-peace-talks-resume-un-warns-of-crisis (AP)
        "fit", None, "Nearly 5 million people need humanitarian assistance, and 3.7 million of them are at high risk of food insecurity, John Ging, the director of U.N. humanitarian operations, told reporters in New York.",
        "", "humanitarian assistance", id="ap-ging-5-million-need", marks=XFAIL("the dev gold codes a counted group's need of aid, in a body's words, as that body's demand ('16,200 people are in urgent need of food ...'); kept so")),
    pytest.param(  # http://america.aljazeera.com/articles/2013/11/5/un-estimates-40-percentofsyriansneedaid.html
        "aside", "2013-11-05", "Valerie Amos, the U.N. humanitarian chief, told the 15-member Security Council on Monday that 9.3 million people now need outside help to survive, up from 6.8 million in September.",
        "", "outside help", id="aje-amos-9-million-need"),
    pytest.param(  # https://indiatvnews.com/ap/world-news-un-aid-chief-yemen-talks-not-an-easy-or-rapid-process-489369
        "aside", None, "It predicts nearly 132 million people in 42 countries will need assistance.",
        "", "assistance", id="ap-132-million-need"),
    pytest.param(  # https://www.jerusalemonline.com/us-russia-lower-expectations-ahead-of-syria-talks-24217/
        "fit", None, "“I certainly don’t want to overplay or underplay our expectations from Lausanne,” said State Department Deputy Spokesman Mark Toner.",
        "", "expectations|overplay or underplay our expectations", id="jol-toner-dont-want"),
    pytest.param(  # https://darularqamenglish.blogspot.com/2013/01/car-rebels-arrive-in-gabon-ahead-of.html (Al Jazeera)
        "fit", None, "Commenting on the delayed flight carrying the government delegation, Abdoulaye Issene, president of the CPJP, a rebel group that signed a peace agreement with the government, said passengers were told it was cancelled due to a “technical problem” and would fly to Gabon early on Tuesday.",
        "CPJP|Issene", "peace agreement", id="aj-cpjp-that-signed"),
    pytest.param(  # http://www.panapress.com/Darfur-rebels-pressured-to-disarm-amid-fresh-violence--12-847370-31-lang2-index.html
        "aside", "2012-10-16", "The Joint Commission set up under the peace accord expressed regret, in a communique Tuesday, that the Liberation and Justice Movement (LJM), one of the main rebel groups that signed the accord, has failed to voluntarily disarm, resulting in a stalemate.",
        "Liberation and Justice|LJM", "accord|peace accord", id="pana-ljm-that-signed"),
    pytest.param(  # https://7dnews.com/news/au-calls-for-international-support-to-keep-south-sudan-s-deal-unbroken
        "fit", "2019-02-11", "The African Union Commission has called on the international community to increase their support to keep the fragile peace deal between South Sudanese forces intact.",
        "international community", "peace deal|fragile peace deal", id="7d-community-their-support"),
    pytest.param(  # https://blogs.voanews.com/breaking-news/?p=87290
        "aside", None, "Congolese Foreign Minister Basile Ikouebe said at the opening of the talks that the presence of all three sides signaled a willingness of the country's political actors to reach a solution.",
        "Ikouebe|Congo", "solution|reach a solution", id="voa-ikouebe-signaled-willingness"),
    pytest.param(  # https://www.newsone.tv/world/hama-based-rebel-group-withdraws-syria-ceasefire-statement (Reuters)
        "fit", None, "The Syrian conflict pits Assad’s government, backed by Russia and Iran, against an array of mostly Sunni rebel groups, including some supported by Turkey, Gulf monarchies, and the United States.",
        "Russia|Iran", "Assad’s government|Assad", id="reuters-backed-by-russia"),
    pytest.param(  # https://www.newsone.tv/world/hama-based-rebel-group-withdraws-syria-ceasefire-statement (Reuters)
        "aside", None, "The Syrian conflict pits Assad’s government, backed by Russia and Iran, against an array of mostly Sunni rebel groups, including some supported by Turkey, Gulf monarchies, and the United States.",
        "Turkey|United States", "rebel groups|Sunni rebel groups", id="reuters-supported-by-turkey"),
    pytest.param(  # https://www.foxnews.com/story/sudanese-government-agrees-to-immediate-cease-fire-rebel-leaders-skip-peace-talks
        "fit", "2007-10-27", "With no major rebel players, however, hopes faded for Sirte to see a quick peace agreement and mediators played down the conference's goals, insisting that focus would now be to “create conditions” for effective peace talks to take place.",
        "", "quick peace agreement", id="fox-hopes-faded"),
    pytest.param(  # https://blogs.voanews.com/breaking-news/?p=87290
        "aside", None, "The Seleka coalition is made up of fighters from three main rebel groups in the north that say the government did not uphold peace accords signed in 2007 and 2008.",
        "", "peace accords", id="voa-accords-signed-2007"),
    pytest.param(  # https://www.theeastafrican.co.ke/news/South-Sudan-rebels-accuse-government-of-breaking-ceasefire-/-/2558/2853040/-/11oyx3s/-/index.html
        "fit", "2015-08-31", "South Sudan's rebel chief on Monday accused the government of breaking a ceasefire, jeopardising a peace agreement aimed to end the country's 20-month civil war.",
        "", "end the country's 20-month civil war|civil war", id="tea-agreement-aimed-to-end"),
    pytest.param(  # https://rferl.org/amp/un-says-more-than-9-million-syrians-need-humanitarian-aid/25158069.html
        "fit", None, "Amos’s spokeswoman Amanda Pitt quoted her as saying the number of those in need has risen to 9.3 million, up from 6.8 million in September.",
        "", "need|those in need", id="rferl-those-in-need"),
    pytest.param(  # https://pachodo.org/news-from-various-sources/8393-south-sudan-peace-talks-resume-un-warns-of-crisis (AP)
        "aside", None, "The peace talks resumed as the United Nations sounded an alarm about desperately needed aid that continues to be delayed on the ground.",
        "", "aid|needed aid", id="ap-desperately-needed-aid"),
    pytest.param(  # https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-10-29-voa49-66800047/373886.html
        "fit", "2007-10-29", "\"The government as you know is making propaganda in front of international community and it says yes we declare ceasefire, they are saying this but really on the ground there are a lot of things going on here because they want to make more pressure for SLA-Wahid to go to Libya to negotiate and we are not going there at all,\" he said.",
        "Sudan", "more pressure|make more pressure", id="voa-they-want-pressure"),
    pytest.param(  # https://www.cbsnews.com/news/talks-in-sierra-leone/
        "fit", None, "Attorney-General and Minister of Justice Solomon Berewa, who led the government delegation, welcomed the rebels to Freetown and said they could return any time they wished.",
        "Berewa|Sierra Leone", "rebels", id="cbs-welcomed-rebels-to"),
    pytest.param(  # https://apnews.com/9247d54a39d14f63850350250a6a683c
        "fit", "2019-08-14", "U.N. experts say signatories to a 2015 peace agreement in Mali failed to accelerate its implementation as promised amid growing rivalries and popular resentment against the deal as well as increasing attacks by militants in Mali and neighboring countries.",
        "", "implementation|accelerate its implementation", id="ap-as-promised"),
    pytest.param(  # https://apnews.com/9247d54a39d14f63850350250a6a683c
        "aside", "2019-08-14", "The report said the parties have not kept the commitment they made after President Ibrahim Boubacar Keita’s re-election last August to implement the agreement, apart from signing two pieces of enabling legislation and making a start at integrating former combatants into the army after a six-month delay.",
        "", "implement the agreement", id="ap-commitment-they-made"),
    pytest.param(  # https://global.chinadaily.com.cn/world/2009-02/18/content_7489617.htm (Reuters)
        "fit", "2009-02-18", "“I want to clarify that this agreement is open to all the other factions,” Qatari Prime Minister Sheikh Hamad bin Jassim al-Thani told reporters in Doha, where the talks are being held.",
        "Qatar|Hamad", "clarify|factions", id="chinadaily-want-to-clarify"),
    pytest.param(  # http://francegenocidetutsi.org/fgtshow.php?num=31311 (AFP)
        "fit", "1992-07-12", "Delegates said the agenda for the peace negotiations to begin next week would include the RPF demands, as well as the formation of a new broad-based government, the transition to democratic rule, and human rights.",
        "", "broad-based government|RPF demands", id="afp-agenda-would-include"),
    pytest.param(  # https://www.newarab.com/analysis/syrian-rebel-groups-reject-ceasefire-regime
        "fit", "2016-09-13", "They said the terms of the ceasefire agreement favour Bashar al-Assad's regime.",
        "", "Assad|Bashar al-Assad's regime", id="newarab-terms-favour"),
    pytest.param(  # https://www.world-today-news.com/uae-backs-drc-rwanda-peace-deal-a-step-towards-stability
        "fit", None, "His excellency Sheikh Shakhbout bin Nahyan Al Nahyan, the UAE’s minister of State, commended the efforts of former U.S. President Donald Trump and Qatar’s Prince Sheikh Tamim bin Hamad Al Thani in facilitating this crucial agreement.",
        "United Arab Emirates|UAE|Shakhbout", "Trump|efforts", id="wtn-commended-efforts"),
    pytest.param(  # https://www.scotsman.com/news/syrian-deal-unlikely-us-and-russian-officials-meet-talks-1467689
        "fit", None, "A deal hinges on an unlikely US-Russian military partnership that would come into force if Moscow can pressure its ally, Syrian President Bashar Assad’s government, to halt offensive operations.",
        "Syria|Assad", "halt offensive operations", id="scotsman-pressure-ally-to-halt"),
    pytest.param(  # https://www.scotsman.com/news/syrian-deal-unlikely-us-and-russian-officials-meet-talks-1467689
        "fit", None, "Washington, meanwhile, would have to persuade the anti-Assad rebels it supports to end any coordination with al-Qaida and other extremist groups.",
        "United States|Washington", "rebels|anti-Assad rebels", id="scotsman-rebels-it-supports"),
    pytest.param(  # https://minaraju907.blogspot.com/2012/12/central-african-republic-rebels-say.html (Reuters)
        "aside", None, "Seleka unites three main former rebel groups - CPJP, UFDR and CPSK - who have accused Bozize of reneging on a 2007 peace deal under which ex-fighters were meant to be paid for laying down their arms.",
        "Bozize", "peace deal|2007 peace deal", id="reuters-reneging-on-2007-deal"),
    pytest.param(  # https://sudantribune.com/article63621
        "fit", "2018-05-23", "However, a peace deal signed in August 2015 between the rival factions led to the establishment of a transitional unity government in April, but it could not hold after renewed fighting broke out in July 2016.",
        "", "peace deal", id="st-deal-signed-august-2015"),
    pytest.param(  # https://theupdatedesk.com/?p=12399
        "aside", None, "Analysts believe that the ceasefire, if it holds, could pave the way for further negotiations and a potential political settlement to the long-running Syrian civil war.",
        "", "further negotiations|political settlement", id="updatedesk-could-pave-way"),
    pytest.param(  # https://newarab.com/english/news/2018/12/15/yemenis-fear-collapse-of-un-backed-hodeida-ceasefire-accord (AFP)
        "fit", "2018-12-15", "Under the terms of the accord, an “immediate” ceasefire is supposed to be implemented in Hodeida and fighters are due to withdraw in the next few days.",
        "", "ceasefire|immediate ceasefire", id="newarab-under-the-terms"),
    pytest.param(  # https://newarab.com/english/news/2018/12/15/yemenis-fear-collapse-of-un-backed-hodeida-ceasefire-accord (AFP)
        "aside", "2018-12-15", "Thursday's ceasefire accord has been seen as the most significant step towards ending Yemen's devastating conflict, but analysts warned its success depends on sustained international pressure.",
        "", "ceasefire accord", id="newarab-accord-seen-as-step"),
    pytest.param(  # https://www.lankabusinessonline.com/sri-lankas-military-accuses-tiger-rebels-of-breaching-truce/ (AFP)
        "fit", "2006-11-01", "Sri Lanka’s military Wednesday accused Tamil Tiger rebels of carrying out artillery and mortar attacks against government lines in the east of the island, despite a pledge to stick to a truce.",
        "", "stick to a truce|truce", id="afp-despite-a-pledge"),
    pytest.param(  # https://therepublicaninterest.com/tag/walikale
        "fit", None, "The rebels accused the army of failing to honour its commitments.",
        "", "commitments|honour its commitments", id="tri-failing-to-honour"),
    pytest.param(  # http://www.brockpress.com/2016/02/syrian-peace-talks-fail-amidst-refugee-crisis/
        "fit", None, "Turkey has accepted over two million Syrians since the war began five years ago, and it remains to be seen whether they are ready to accept another huge wave.",
        "Turkey", "Syrians|wave", id="brock-accepted-two-million"),
    pytest.param(  # https://www.sabinews.com/syrias-peace-talks-end-quagmire/ (Reuters)
        "fit", None, "The opposition says it has called a “pause” to negotiations, although it is reluctant to accept blame for the collapse by walking out altogether.",
        "", "blame|accept blame|walking out", id="sabi-reluctant-to-accept-blame"),
    pytest.param(  # https://www.reuters.com/article/us-sudan-idUSL2738186820071029 (found while reading parley's output on the article)
        "fit", "2007-10-29", "Sudan Liberation Army (SLA) commander Jar el-Neby confirmed there had been an attack but offered no details.",
        "", "details", id="reuters-offered-no-details"),
    pytest.param(  # https://www.newarab.com/news/syria-no-un-aid-first-day-ceasefire (AFP)
        "fit", "2016-09-13", "According to de Mistura, if the truce holds, aid deliveries “should be taking place very, very soon”.",
        "", "aid deliveries", id="newarab-should-be-taking-place-soon"),
    pytest.param(  # https://cdn.naharnet.com/stories/en/216689-u-s-expects-more-syria-aid-deliveries-question-mark-over-truce (AFP)
        "fit", None, "U.S. Secretary of State John Kerry said he expected more aid deliveries to reach civilians in Syria on Monday but it remained to be seen if a ceasefire would hold.",
        "Kerry|United States", "aid deliveries|ceasefire", id="naharnet-kerry-expected"),
    pytest.param(  # http://www.voanews.com/content/analysts-say-putin-wants-frozen-conflict-in-easter-ukraine/1958757.html
        "fit", None, "Defense analyst Pavel Felgenhauer, a columnist with Moscow's Novaya Gazeta newspaper, says Russian President Vladimir Putin is stepping up military pressure because Moscow cannot accept a collapse of the rebel movement in Ukraine's eastern Donbas region.",
        "Russia|Putin", "collapse of the rebel movement|rebel movement", id="voa-analyst-says-moscow-cannot-accept"),
    pytest.param(  # https://www.salon.com/2024/11/07/he-turned-out-to-be-a-brave-man-putin-congratulates-on-win/
        "fit", "2024-11-07", "Russian President Vladimir Putin publicly congratulated Donald Trump on his election win in a speech on Thursday.",
        "Putin|Russia", "election win", id="salon-putin-congratulated-election-win"),
    pytest.param(  # https://www.salon.com/2024/11/07/he-turned-out-to-be-a-brave-man-putin-congratulates-on-win/
        "fit", "2024-11-07", "The long-time Russian leader praised Trump’s courage and celebrated a chance to seize victory in Ukraine under the president-elect’s watch.",
        "", "courage|Trump’s courage", id="salon-praised-courage"),
    pytest.param(  # https://www.profilenewsusa.com/en/who-congratulated-president-assad/
        "aside", None, "Tehran congratulated Assad on his decisive victory in those elections.",
        "Iran|Tehran", "victory|decisive victory", id="profile-tehran-congratulated-victory"),
    pytest.param(  # https://rubryka.com/en/2024/11/06/zelenskyj-makron-ta-inshi-ofitsijni-osoby-pryvitaly-majbutnogo-prezydenta-ssha-z-peremogoyu
        "aside", "2024-11-06", "On November 6, President Volodymyr Zelensky and other world leaders congratulated Donald Trump, the candidate for the US Presidency, on his victory in the November 5 presidential election.",
        "Zelens", "victory|presidential election", id="rubryka-zelensky-congratulated-victory"),
    pytest.param(  # https://www.dw.com/en/abbas-accepts-hamdallahs-resignation-as-palestinian-prime-minister/a-16900557
        "fit", "2013-06-23", "On Sunday, Abbas formally accepted the resignation of his newly installed prime minister, Rami Hamdallah - after he had served just over two weeks on the job.",
        "Abbas", "resignation", id="dw-abbas-accepted-resignation"),
    pytest.param(  # https://www.shine.cn/news/world/2402275951/ (Xinhua)
        "aside", "2024-02-27", "Palestinian President Mahmoud Abbas on Monday accepted the resignation of Prime Minister Mohammad Shtayyeh's government, according to the Palestinian News Agency Wafa.",
        "Abbas|Palestin", "resignation", id="xinhua-abbas-accepted-resignation"),
    pytest.param(  # https://theadvocate.org.au/news/59-million-children-will-need-our-help/ (AAP)
        "fit", None, "“I have just returned from South Sudan where more than 3.2 million people are in need of humanitarian assistance. The rainy season is coming and we need to ready supplies and reinforce essential services,” Mr Chaiban said.",
        "", "humanitarian assistance", id="aap-3-million-in-need-of", marks=XFAIL("the dev gold codes a counted group's need of aid, in a body's words, as that body's demand ('16,200 people are in urgent need of food ...'); kept so")),
    pytest.param(  # https://www.internationalenvironmenttimes.com/article/891688178-unicef-sounds-alarm-on-global-humanitarian-needs-for-children-in-2026 (MENAFN)
        "aside", "2026-02-11", "\"The humanitarian situation facing children today is among the most severe we have ever seen,\" Russell said, adding, \"more than 200 million children across over 130 countries need humanitarian assistance in 2026.\"",
        "", "humanitarian assistance", id="menafn-200-million-need"),
    pytest.param(  # https://human-wrongs-watch.net/2016/02/08/appeal-for-children/ (UNICEF)
        "fit", None, "As the needs of children continue to grow, UNICEF’s work has to keep pace.",
        "", "children|needs of children", id="hww-needs-of-children"),
    pytest.param(  # https://www.unicef.org.au/blog/news-and-insights/january-2016/2016-predicted-to-be-worst-year-for-children
        "aside", "2016-01-26", "UNICEF said its 2016 funding needs had doubled from three years ago with the twin drivers of conflict and extreme weather forcing a growing number of children from their homes and exposing millions more to severe food shortages, violence, disease, abuse, as well as threats to their education.",
        "", "funding|2016 funding needs", id="unicef-funding-needs-doubled"),
]

# No positive stance (support, offer, willing, demand) of the holder on the issue: what others urge or hope of it,
# a fact acknowledged, pressure fought off.
NO_POSITIVE = [
    pytest.param(  # https://obeta.ttef.in/world/vladimir-putin-says-russia-wants-end-to-war-in-ukraine/cid/1905402
        "fit", "2022-12-23", "Putin made the comments a day after U.S. President Joe Biden hosted Ukrainian President Volodymyr Zelenskiy in the "
        "White House and promised him continued and unwavering U.S. support.\n\"Our goal is not to spin the flywheel of "
        "military conflict, but, on the contrary, to end this war,\" Putin said.",
        "Putin|Russia", "spin the flywheel of military conflict", id="ttef-goal-denied"),
    pytest.param(  # https://www.scotsman.com/news/syrian-deal-unlikely-us-and-russian-officials-meet-talks-1467689
        "fit", None, "Senior US officials have played down hopes of an imminent cease-fire agreement for Syria as US Secretary of State John Kerry opened a fourth set of negotiations with his Russian counterpart in the last two weeks.",
        "United States|Kerry", "cease-fire agreement|imminent cease-fire agreement", id="scotsman-played-down-hopes"),
    pytest.param(  # https://worldbulletin.dunyabulteni.net/latin-america/eln-claims-responsibility-for-colombia-bomb-attack-h185507.html
        "aside", None, "“If the ELN believes that through acts of terrorism like this one in Bogotá’s Macarena district, it is going to pressure the government into agreeing to a bilateral ceasefire it is sorely mistaken,” said Juan Camilo Restrepo, chief government negotiator on peace talks with the ELN.",
        "Colombia|Restrepo", "bilateral ceasefire", id="wb-pressure-into-agreeing"),
    pytest.param(  # http://goacarrent.com/shelling-reported-in-sri-lankan-war-zone-1.393826 (AP)
        "fit", "2009-04-29", "The dispute came as Sri Lanka fought off intense international pressure to accept a temporary truce to allow tens of thousands of trapped civilians to escape the fighting.",
        "Sri Lanka", "temporary truce|accept a temporary truce", id="ap-pressure-to-accept"),
    pytest.param(  # http://francegenocidetutsi.org/fgtshow.php?num=31311 (AFP)
        "fit", "1992-07-12", "But the government and the RPF finally accepted that a ceasefire signed in Nsere, Zaire, in March had broken down because both sides had breached it.",
        "RPF|Rwandan Patriotic|Rwanda", "ceasefire|ceasefire signed in Nsere", id="afp-accepted-that"),
    pytest.param(  # https://radiotamazuj.org/en/news/article/international-community-calls-on-kiir-to-sign-peace-deal
        "fit", None, "World leaders called on South Sudan’s President Salva Kiir to sign the IGAD Plus peace deal which was agreed to by rebel leader Riek Machar and Former Detainees leader Pagan Amum.",
        "Kiir", "peace deal|IGAD Plus peace deal", id="tamazuj-leaders-called-on-kiir"),
    pytest.param(  # https://sudantribune.com/article2438 (Reuters)
        "aside", "2004-01-30", "A Geneva-based peace group said on Friday three rebel groups in western Sudan, where fighting is provoking a humanitarian crisis, had agreed to talks and it hoped the government would also take part.",
        "Sudan", "talks|take part", id="st-hoped-government-would", marks=XFAIL("the attendance reader takes what 'it hoped the government would' do for the government's readiness")),
    pytest.param(  # https://www.france24.com/en/20160211-syria-aleppo-50000-displaced-turkey-munich-meeting (AFP)
        "fit", "2016-02-11", "Tens of thousands of displaced Syrians have massed at Turkey’s southern border since the latest onslaught began earlier this week, prompting international human rights groups to urge Ankara to accept those stranded on the Syrian side of the closed border.",
        "Turkey", "those stranded|stranded", id="f24-urge-ankara-to-accept"),
    pytest.param(  # https://www.irishtimes.com/opinion/editorial/and-yet-again-the-flow-of-migrants-from-syria-resumes-1.2525836
        "fit", None, "Ceasefire hopes were dampened by Syria’s foreign minister who said it would be impossible to stop the fighting while rebels were able to pass freely across the Turkish and Jordanian borders.",
        "Syria", "ceasefire", id="irish-ceasefire-hopes-dampened"),
    pytest.param(  # https://radiotamazuj.org/en/news/article/international-community-calls-on-kiir-to-sign-peace-deal (found while reading parley's output)
        "fit", None, "United Nations Secretary General Ban Ki Moon expressed “his strong hope that President Kiir will sign the agreement by the end of the 15-day deadline,” read a statement from his spokesperson.",
        "Kiir", "agreement|sign the agreement", id="tamazuj-hope-kiir-will-sign"),
    pytest.param(  # https://www.r1news.com.br/russian-negotiators-optimism-clash-with-moscows-rhetoric/ (The New York Times)
        "aside", None, "She described the negotiations as, most likely, a feint rather than a signal that Russia was ready to wind down the war.",
        "Russia", "wind down the war", id="nyt-analyst-feint-not-signal", marks=XFAIL("what a signal would show, denied by 'rather than', is read as Russia's readiness")),
    pytest.param(  # https://themoscowtimes.com/archive/putin-holds-the-key-to-peace-in-eastern-ukraine (Reuters)
        "aside", None, "“They can only agree on a cease-fire, the agreement can be partially implemented and they can move down the path of slowly freezing the conflict,” said Volodymr Fesenko of the Penta think tank in Kiev.",
        "Putin|Poroshenko|Russia|Ukraine", "cease-fire", id="tmt-analyst-they-can-only-agree"),
]

# No negative stance of the holder on the issue: a fact denied, claims rejected.
NO_NEGATIVE = [
    pytest.param(  # http://www.foxnews.com/world/2012/11/10/congo-m23-rebels-say-government-army-has-attacked-them-ending-ceasefire.html
        "fit", "2012-11-10", "The Congolese army denied the attack.",
        "Congo", "attack", id="fox-army-denied-attack"),
    pytest.param(  # https://www.reuters.com/article/us-sudan-idUSL2738186820071029
        "aside", "2007-10-29", "A Sudanese army spokesman, however, denied the reports.",
        "Sudan", "reports", id="reuters-denied-reports"),
    pytest.param(  # https://buffalonews.com/2004/10/28/charges-of-new-deaths-in-sudan-impact-talks/
        "fit", "2004-10-28", "A Sudanese army official denied the rebel report.",
        "Sudan", "rebel report|report", id="buffalo-denied-report"),
    pytest.param(  # http://afran.ir/en/modules/news/article.php?storyid=13761
        "fit", None, "South Sudan’s army spokesman Philip Aguer, however, rejected the claims by the rebels, saying the government troops “have not moved anywhere.”",
        "South Sudan|Aguer", "claims|claims by the rebels", id="afran-rejected-claims"),
    pytest.param(  # http://lrrp.blogspot.com/2006/06/three-killed-in-clash-between-ltte-and.html (The Hindu)
        "aside", "2006-06-14", "Hundreds of government soldiers and dozens of Tamil Tigers have been killed since April, but both sides deny responsibility for the violence.",
        "", "responsibility|responsibility for the violence", id="hindu-deny-responsibility"),
    pytest.param(  # http://goacarrent.com/shelling-reported-in-sri-lankan-war-zone-1.393826 (AP)
        "fit", "2009-04-29", "Military spokesman Brig. Udaya Nanayakkara denied the accusation.",
        "", "accusation", id="ap-denied-accusation"),
    pytest.param(  # https://www.dunya.com/gundem/kurdish-group-claims-responsibilty-for-istanbul-suicide-attack-haberi-130241
        "fit", None, "The PKK had denied any role in the suicide bombing Monday, when it extended a unilateral so-called “cease-fire” until next year's parliamentary elections in hopes of opening a dialogue with Turkish leaders.",
        "PKK|Kurdistan", "role in the suicide bombing|role", id="dunya-pkk-denied-role"),
    pytest.param(  # http://oldtmt.vedomosti.ru/sitemap/free/1995/4/article/truce-fails-to-halt-chechnya-fighting/339799.html (The Moscow Times)
        "fit", None, "After talks between Chechen and Russian commanders in the village of Noviye Atagi on Friday, Pyotr Kosov, an aide to the president of Ingushetia, said the Chechen side had not yet agreed to the cease-fire, Interfax reported.",
        "Chechen|Chechnya", "cease-fire", id="tmt-not-yet-agreed"),
    pytest.param(  # https://jewishpress.com/news/breaking-news/syria-ceasefire-faltering-as-assad-regime-reneges-on-deal-at-aleppo/2016/09/16
        "fit", "2016-09-16", "Government forces in Syria are not allowing a United Nations convoy to deliver humanitarian aid starving families in eastern Aleppo, and their unwillingness to withdraw are jeopardizing the ceasefire, according to UN officials.",
        "Syria", "United Nations convoy|convoy|humanitarian aid", id="jp-not-allowing-convoy"),
]


@pytest.mark.parametrize(("split", "published", "text", "holder", "issue", "stance"), STANCES)
def test_positions_precision_round16_kept(run, split, published, text, holder, issue, stance) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    assert any(on_issue(issue, p.issue) and (p.stance in NEGATIVE) == (stance == "negative")
               for p in held_by(ex, holder)), [(p.holder, p.stance, p.issue) for p in ex.positions]


def _about(issue: str, text: str) -> bool:
    return on_issue(issue, text) or any(w in text.lower() for w in issue.lower().split("|"))


@pytest.mark.parametrize(("split", "published", "text", "holder", "issue"), NONE)
def test_positions_precision_round16_none(run, split, published, text, holder, issue) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    held = [p for p in held_by(ex, holder) if _about(issue, p.issue)]
    assert not held, [(p.holder, p.stance, p.issue) for p in held]


@pytest.mark.parametrize(("split", "published", "text", "holder", "issue"), NO_POSITIVE)
def test_positions_precision_round16_no_positive(run, split, published, text, holder, issue) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    held = [p for p in held_by(ex, holder) if p.stance not in NEGATIVE and _about(issue, p.issue)]
    assert not held, [(p.holder, p.stance, p.issue) for p in held]


@pytest.mark.parametrize(("split", "published", "text", "holder", "issue"), NO_NEGATIVE)
def test_positions_precision_round16_no_negative(run, split, published, text, holder, issue) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    held = [p for p in held_by(ex, holder) if p.stance in NEGATIVE and _about(issue, p.issue)]
    assert not held, [(p.holder, p.stance, p.issue) for p in held]
