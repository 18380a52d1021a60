"""Holders of positions, round 10: whom "it", "he", "the ministry" and a reported "must" stand for.

A sentence's opening "it" is the body the sentence before made its subject ("Russia insists ... It also says"), and
an "it" beside a reported clause is the body that clause made its subject ("his government was seeking ..., it was
opening a corridor"); "X told Y he is committed" is X's; "the ministry" is the
ministry named before, as its state's ("The Foreign Ministry of Syria");
what one party says another "must" or "should" do is the speaker's demand (docs/annotation.md §5).

Passages come from news pages found with the project's search tool (source beside each case).
"""

from __future__ import annotations

import pytest

from tests.pipeline.holder_support import check

CASES = [
    # (text, [(holder names, issue word, "+" or "-")], holders that must not hold those issues)
    # unhcr.org/hk/en/news/stories/unhcr-concerned-about-syrians-stuck-border-reiterates-call-international-support
    pytest.param('GENEVA, May 24 (UNHCR) - The UN refugee agency on Friday called on countries around Syria to keep their borders open for refugees while stressing that "urgent and robust" international support for host countries and aid organizations was vital.',
                 [(['UNHCR', 'refugee'], 'border', '+')],
                 ['Syria', 'Switzerland'],
                 marks=pytest.mark.xfail(strict=False, reason="'The UN refugee agency' with no name: the actors stage makes no actor of it")),
    # unhcr.org/hk/en/news/stories/unhcr-concerned-about-syrians-stuck-border-reiterates-call-international-support
    pytest.param('The spokesperson reiterated a call on all parties to protect civilians and allow safe passage for those wishing to flee. She said UNHCR urged all countries, not just those bordering Syria, to keep their borders open to offer protection to Syrian refugees.',
                 [(['UNHCR', 'Refugee'], 'border', '+')],
                 ['Syria'],
                 marks=pytest.mark.xfail(strict=False, reason="the issue is cut at 'offer protection', not the borders")),
    # pragativadi.com/afghanistans-neighbours-must-accept-refugees-says-unhcr/
    ('Kabul: The United Nations High Commissioner for Refugees (UNHCR) said that Afghanistan’s neighbours must accept refugees as the security situation in the country remains precarious and tens of thousands of Afghans are trying to flee the Taliban.',
     [(['UNHCR', 'Refugee'], 'refugee', '+')],
     ['Afghanistan', 'Taliban']),
    # urdupoint.com/en/world/unhcr-iom-urge-belarus-poland-to-deescalate-1396483.html
    ('The United Nations Refugee Agency (UNHCR) and the International Organization for Migration (IOM) called on Belarus and Poland on Tuesday to take prompt measures to deescalate the situation with refugees at the border between the countries.',
     [(['UNHCR', 'Refugee', 'Migration', 'IOM'], 'measures', '+')],
     ['Belarus', 'Poland']),
    # see.news/armenia-azerbaijan-agree-to-truce-in-nagorno-karabakh
    ('Azerbaijan and Armenia agreed to a ceasefire in the Nagorno-Karabakh region, starting from today, Saturday at 12:00 P.M, according to Russian Foreign Minister Sergei Lavrov.',
     [(['Azerbaijan'], 'ceasefire', '+'), (['Armenia'], 'ceasefire', '+')],
     ['Russia', 'Lavrov']),
    # internationalmedianews.net/armenia-azerbaijan-reach-ceasefire-begin-substantive-negotiations
    ('Armenia and Azerbaijan agreed to a ceasefire from noon Saturday and to begin “substantive talks” over Nagorno-Karabakh, Russian Foreign Minister Sergei Lavrov said after marathon negotiations in Moscow.\nSpeaking after 11 hours of talks between the foreign ministers of arch-enemies Armenia and Azerbaijan, Lavrov said the warring sides agreed on a ceasefire from “12 hours 00 minutes on October 10 on humanitarian grounds.”',
     [(['Armenia'], 'ceasefire', '+'), (['Azerbaijan'], 'ceasefire', '+')],
     ['Russia', 'Lavrov']),
    # internationalmedianews.net/armenia-azerbaijan-reach-ceasefire-begin-substantive-negotiations
    ('Russia’s top diplomat also said that Armenia and Azerbaijan agreed to start seeking a lasting solution to the territorial dispute.',
     [(['Armenia', 'Azerbaijan'], 'solution', '+')],
     ['Russia']),
    # ezemuoka.blogspot.com/2023/05/sudan-war-rivals-agree-to-stable.html
    ("The two sides involved in the Sudan war have agreed to send representatives for negotiations, most likely in Saudi Arabia, the United Nations' special representative in the country, Volker Perthes, said.",
     [],
     ['Perthes', 'United Nations', 'Saudi']),
    # news.antiwar.com/2013/02/25/rebels-reject-syrian-govt-calls-for-negotiations
    ('Syrian Foreign Minister Walid al-Moualem said that the government was ready to negotiate without any precondition, and that they were even willing to negotiate with armed factions, and indeed anyone else willing to negotiate with them.',
     [(['Syria', 'Moualem'], 'negotiat', '+')],
     []),
    # bostonglobe.com/news/world/2013/01/03/rebels-central-african-republic-signal-they-are-prepared-enter-peace-talks
    ('President Francois Bozize has in recent days declared his willingness to negotiate, and peace talks are already being planned in nearby Gabon, though the government gave no official response to the rebels’ negotiation offer.',
     [(['Bozize', 'Central African'], 'negotiat', '+')],
     ['Gabon']),
    # bostonglobe.com/news/world/2013/01/03/rebels-central-african-republic-signal-they-are-prepared-enter-peace-talks
    pytest.param('In negotiations, the rebels would insist upon the departure of Bozize, another spokesman said.',
                 [(['@REB', 'rebel'], 'departure', '+')],
                 ['Bozize', 'Central African'],
                 marks=pytest.mark.xfail(strict=False, reason="'would insist upon' is no stance cue")),
    # naharnet.com/stories/en/98062
    ('The leader of Muslim rebels locked in a deadly stand-off with Philippine forces in a key southern city has agreed to discuss a ceasefire, a spokesman for Vice President Jejomar Binay said Saturday.',
     [],
     ['Binay', 'Philippines']),
    # naharnet.com/stories/en/98062
    pytest.param('The vice president had proposed for the truce to begin from midnight (1600 GMT) Saturday and is flying to Zamboanga later in the day to begin discussions, Salgado said.\nMisuari has set no conditions in exchange for agreeing to discuss a ceasefire, he added.',
                 [(['Misuari'], 'ceasefire', '+')],
                 ['Salgado'],
                 marks=pytest.mark.xfail(strict=False, reason="'has set no conditions in exchange for agreeing to discuss' is no stance cue")),
    # world.time.com/2013/12/23/south-sudan-rebel-leader-says-hes-ready-to-negotiate/
    ('Rebel leader Reik Machar told Reuters that he would start peace talks with Kiir after nine days of violence if his political allies were released.',
     [(['Machar'], 'talks', '+')],
     ['Kiir', 'South Sudan', 'Reuters']),
    # world.time.com/2013/12/23/south-sudan-rebel-leader-says-hes-ready-to-negotiate/
    ('Donald Booth, the U.S. special envoy to South Sudan, said that Kiir would start talks with Machar to end the fighting.',
     [(['Kiir', 'South Sudan'], 'talks', '+')],
     ['Booth', 'United States']),
    # afran.ir/en/modules/news/article.php?storyid=12280
    pytest.param('“I am ready to form a government of national unity with Seleka to run the country together because I am a democrat,” Reuters quoted Bozize as saying on Sunday in the capital Bangui.\nHe also voiced readiness to hold peace talks with the rebels in the Gabonese capital Libreville “without condition and without delay.”',
                 [(['Bozize', 'Central African'], 'talks', '+')],
                 ['Gabon', 'Seleka', 'Reuters'],
                 marks=pytest.mark.xfail(strict=False, reason="'Reuters quoted Bozize as saying': the actors stage makes no actor of Bozize")),
    # minaraju907.blogspot.com/2012/12/central-african-republic-rebels-say.html
    ('"At the moment there are divisions within Seleka on this point," said Nelson Ndjadder, a France-based official for CPSK - one of the three main rebels movements that make up the Seleka alliance.\n"Some want to keep fighting, but CPSK is ready to put down its weapons and talk," he added.',
     [(['CPSK', 'Ndjadder'], 'weapons', '+')],
     ['France', 'Central African']),
    # 21stcenturychronicle.com/ukraine-no-progress-on-ceasefire-after-kyiv-moscow-talks
    ('Russia insists that Ukraine abandons its stated plans to join the Nato military alliance, and becomes a neutral-status state. It also says Kyiv must accept Moscow’s jurisdiction over Crimea – the southern Ukrainian peninsula annexed by Russia in 2014 – and must recognise two self-proclaimed rebel-held regions of Luhansk and Donetsk as independent.',
     [(['Russia'], 'jurisdiction', '+')],
     ['Ukraine', 'NATO', 'Crimea']),
    # 21stcenturychronicle.com/ukraine-no-progress-on-ceasefire-after-kyiv-moscow-talks
    ('It had not been easy to listen to Mr Lavrov during the meeting, Mr Kuleba said, and his counterpart’s broad thrust had been that Russia would continue attacking until Ukraine met Moscow’s demands.\nBut Ukraine would not surrender, the foreign minister said, even though it was ready to seek balanced diplomatic solutions and continue meeting.',
     [(['Ukraine', 'Kuleba'], 'solutions', '+')],
     ['Russia', 'Lavrov']),
    # en.chinagate.cn/2015-01/28/content_34679259.htm
    ('Ukraine must maintain its neutral status so as to prevent further division of the war-torn country, Russian Foreign Minister Sergei Lavrov has said.',
     [(['Lavrov', 'Russia'], 'neutral', '+')],
     ['Ukraine']),
    # m-english.webdunia.com/article/deutsche-welle-news/russia-and-ukraine-agree-new-prisoner-exchange-after-talks-125060300007_1.html
    ('Vladimir Medinsky, the lead Russian negotiator, confirmed the agreement on the POW exchange, adding that Russia is planning to swap at least 1,000 soldiers.\nHe also said Russia had suggested a ceasefire of two to three days in certain areas.',
     [(['Russia', 'Medinsky'], 'ceasefire', '+')],
     ['Ukraine']),
    # m-english.webdunia.com/article/deutsche-welle-news/russia-and-ukraine-agree-new-prisoner-exchange-after-talks-125060300007_1.html
    ('Ukraine is pushing for a full and unconditional ceasefire. However, Russia rejected this proposal at the peace negotiations in Istanbul, according to Kyiv negotiator Sergiy Kyslytsya.',
     [(['Ukraine'], 'ceasefire', '+'), (['Russia'], 'proposal', '-')],
     ['Turkey']),
    # siasat.com/russia-ukraine-agree-to-swap-1000-pows-each-according-to-moscow-official-3221611/
    ('Ukraine requested a meeting between heads of state, and Russia will take it under consideration, he said, adding that Russia is ready to continue talks.',
     [(['Ukraine'], 'meeting', '+'), (['Russia'], 'talks', '+')],
     []),
    # siasat.com/russia-ukraine-agree-to-swap-1000-pows-each-according-to-moscow-official-3221611/
    ('Medinsky also said Moscow and Kyiv agreed to provide each other with detailed proposals for a ceasefire.',
     [(['Russia'], 'proposals', '+'), (['Ukraine'], 'proposals', '+')],
     []),
    # politico.eu/article/russia-ukraine-war-ceasefire-peace-talks/
    ('Kyiv is proposing that a meeting of the two countries’ leaders take place at the end of June, Umerov said.',
     [(['Ukraine', 'Umerov'], 'meeting', '+')],
     ['Russia']),
    # menafn.com/1109559453/Turkiye-Urges-Russia-Ukraine-To-Seize-The-Opportunity
    ('Parties of the conflict have two ways; one that leads to peace and the other to annihilation, Fidan said, pledging that Ankara would continue supporting the peace efforts.',
     [(['Turk', 'Fidan'], 'peace efforts', '+')],
     ['Russia', 'Ukraine']),
    # latestly.com/agency-news/us-envoy-says-afghan-govt-taliban-discussed-prisoners-swap-via-video-conference-1627742.html
    ("Khalilzad has long urged the Afghan rivals to proceed with the prisoners' swap as soon as possible, given the rapid spread of the COVID-19.",
     [(['Khalilzad', 'United States'], 'swap', '+')],
     ['Afghanistan', 'Taliban']),
    # latestly.com/agency-news/us-envoy-says-afghan-govt-taliban-discussed-prisoners-swap-via-video-conference-1627742.html
    ('"All sides conveyed their strong commitment to a reduction of violence, intra-Afghan negotiations, and a comprehensive and permanent ceasefire," Khalilzad wrote.',
     [],
     ['Khalilzad', 'United States', 'Qatar']),
    # rferl.org/amp/ukraine-germany-poroshenko-merkel-russia-putin-prisoner-exchange/28934094.html
    ('Ukrainian President Petro Poroshenko and German Chancellor Angela Merkel have agreed on the need to expedite an exchange of prisoners held on both sides of the conflict in eastern Ukraine, Merkel’s office says.',
     [(['Poroshenko', 'Ukraine'], 'exchange', '+'), (['Merkel', 'German'], 'exchange', '+')],
     ['Russia']),
    # rferl.org/amp/ukraine-germany-poroshenko-merkel-russia-putin-prisoner-exchange/28934094.html
    pytest.param('A spokesman for Merkel on December 22 said the comments came in a telephone conversation between the two leaders.\n"President Poroshenko stressed that he would do everything to ensure that the exchange took place as soon as possible," he added.',
                 [(['Poroshenko', 'Ukraine'], 'exchange', '+')],
                 ['Merkel', 'German'],
                 marks=pytest.mark.xfail(strict=False, reason="a quoted 'stressed that he would do everything to ensure' yields no stance")),
    # rferl.org/amp/ukraine-germany-poroshenko-merkel-russia-putin-prisoner-exchange/28934094.html
    ('The Ukrainian presidential press service said Poroshenko and Merkel supported the latest agreement reached in the framework of the Trilateral Contact Group (TCG) to establish a new cease-fire in eastern Ukraine.',
     [(['Poroshenko', 'Ukrain'], 'agreement', '+'), (['Merkel', 'German'], 'agreement', '+')],
     ['Russia']),
    # urdupoint.com/en/world/osce-chairman-calls-for-return-to-ceasefire-i-1040928.html
    ("Organization for Security and Co-operation in Europe's (OSCE) Chairperson-in-Office Edi Rama has called on the conflict parties in the disputed Nagorno-Karabakh region to immediately resume ceasefire following the deadly escalation and engage in dialogue without preconditions.",
     [(['Rama', 'OSCE', 'Organization for Security'], 'ceasefire', '+')],
     ['Albania', 'Armenia', 'Azerbaijan']),
    # palestine.dk/un-security-council-calls-for-resuming-ceasefire-talks/
    pytest.param('NEW YORK, August 21, 2014 (WAFA) – The U.N. Security Council on Wednesday expressed ‘grave concern’ over the resumption of “hostilities” in Gaza between Israel and Palestinians and called upon the parties to resume negotiations to urgently reach a ‘sustainable and lasting ceasefire,’ reported the Reuters news agency.',
                 [(['Security Council', 'United Nations'], 'negotiations', '+')],
                 ['Israel', 'Palestin', 'Reuters', 'WAFA'],
                 marks=pytest.mark.xfail(strict=False, reason="the dateline and credit leave the Security Council's call without a stance")),
    # menafocus.qa/unsc-calls-parties-to-resume-negotiations-for-sustainable-ceasefire-in-gaza/
    ('Also speaking to reporters outside the Security Council, Palestinian ambassador Riyad Mansour said “we are still willing and ready to resume the efforts in Cairo and it is the Israeli side that has taken this option and continued with these massive attacks against our people in the Gaza Strip.”',
     [(['Mansour', 'Palestin'], 'efforts', '+')],
     ['Egypt', 'Israel', 'Security Council']),
    # squidbusiness.fr/?p=528832
    pytest.param('BEIJING (Reuters) – The Shanghai Cooperation Organisation (SCO) has urged for the parties concerned in Israel and the Palestinian territories to immediately cease fire and stop violence, adding that it was deeply concerned about the increased tensions, Chinese state media said.\nThe Eurasian political and economic organisation called on all parties to exercise restraint, actively seek dialogue and prevent further deterioration of situation, particularly to protect civilians.',
                 [(['Shanghai', 'SCO'], 'restraint', '+')],
                 ['China', 'Israel', 'Palestin'],
                 marks=pytest.mark.xfail(strict=False, reason="'the organisation' is the body named last, here a news outlet taken for a group")),
    # squidbusiness.fr/?p=528832
    pytest.param('The SCO also supports efforts pushed by the United Nations to cool down the situation as soon as possible through peaceful means and the two-state solution.',
                 [(['Shanghai', 'SCO'], 'efforts', '+')],
                 ['United Nations'],
                 marks=pytest.mark.xfail(strict=False, reason="'supports efforts pushed by the United Nations' yields no stance")),
    # herald.ng/syria-collapse-peace-talks-will-bring-violence-deaths-says-ban-ki-moon
    pytest.param('Ban stated this in a statement in New York on Monday.\nHe reiterated his call on the co-chairs of the International Syria Support Group, the Russian Federation and the United States, to redouble their efforts to put the cessation of hostilities talks back on track.',
                 [(['Ban'], 'efforts', '+')],
                 ['Russia', 'United States'],
                 marks=pytest.mark.xfail(strict=False, reason="the issue of 'reiterated his call on the co-chairs ... to redouble their efforts' is cut at 'co'")),
    # urdupoint.com/en/world/unsc-concerned-by-hostilities-in-ethiopia-ur-1394055.html
    ('UNITED NATIONS (UrduPoint News / Sputnik - 06th November, 2021) The UN Security Council issued a statement on Friday in which it expressed concern about the escalation of fighting in northern Ethiopia and called on all sides to negotiate a lasting ceasefire.',
     [(['Security Council', 'United Nations'], 'ceasefire', '+')],
     ['Ethiopia', 'Sputnik']),
    # news.am/eng/news/651302.html
    ('The United States supports a two-state solution to the Palestinian-Israeli conflict and believes that Israel needs to support Palestinian economic opportunities, White House said in a statement on Monday following the talks between US and Israeli Presidents Joe Biden and Reuven Rivlin.',
     [(['United States', 'Biden'], 'two-state', '+')],
     ['Israel', 'Rivlin']),
    # news.am/eng/news/651302.html
    pytest.param('The leaders discussed recent developments in Gaza and the West Bank and the US President noted the importance of Israel taking steps to bring calm, stability, and support to broader economic opportunities for the Palestinian people.\nPresident Biden reaffirmed that a negotiated two-state solution remains the best path to lasting peace.',
                 [(['Biden', 'United States'], 'two-state', '+')],
                 ['Rivlin', 'Israel'],
                 marks=pytest.mark.xfail(strict=False, reason="'reaffirmed that a two-state solution remains the best path' is no stance cue")),
    # ruthfullyyours.com/page/5017
    ('Mr. Netanyahu, in a notably conciliatory remark, told Mr. Obama he is committed to a peace agreement between the Israelis and Palestinians that includes a two-state solution.',
     [(['Netanyahu', 'Israel'], 'peace agreement', '+')],
     ['Obama', 'United States']),
    # ibtimes.com/obama-presses-two-state-solution-us-israel-talks-267152
    ('WASHINGTON - U.S. President Barack Obama on Monday pressed a two-state solution to the Middle East conflict but failed to win a public commitment from Israeli Prime Minister Benjamin Netanyahu on Palestinian statehood.',
     [(['Obama', 'United States'], 'two-state', '+')],
     ['Netanyahu', 'Israel']),
    # ibtimes.com/obama-presses-two-state-solution-us-israel-talks-267152
    ("In their first White House talks, Obama also urged Netanyahu to freeze Jewish settlement building but sought to reassure Israelis wary about his overtures to Iran that he would not wait indefinitely for diplomatic progress toward curbing Tehran's nuclear ambitions.",
     [(['Obama', 'United States'], 'settlement', '+')],
     ['Netanyahu', 'Israel', 'Iran']),
    # ibtimes.com/obama-presses-two-state-solution-us-israel-talks-267152
    ('Netanyahu reiterated that he supported self-government for the Palestinians but made no mention of a state, a position underscoring a rare rift in U.S.-Israeli relations.',
     [(['Netanyahu', 'Israel'], 'self-government', '+')],
     ['United States', 'Palestin']),
    # newarab.com/news/trump-envoy-meets-palestinian-leader-mahmoud-abbas
    pytest.param("The statement added that President Abbas emphasised the two-state solution as the Palestinians' strategic choice.",
                 [(['Abbas', 'Palestin'], 'two-state', '+')],
                 ['United States'],
                 marks=pytest.mark.xfail(strict=False, reason="'emphasised the two-state solution as the strategic choice' is no stance cue")),
    # jta.org/2009/05/14/israel/abdullah-pushes-bibi-on-two-state-commitment
    ('King Abdullah II at Thursday’s meeting in Aqaba pushed Netanyahu to come out for a two-state solution, according to reports.',
     [(['Abdullah', 'Jordan'], 'two-state', '+')],
     ['Netanyahu', 'Israel']),
    # politico.com/story/2009/05/obama-presses-two-state-solution-023072
    ('President Obama called the U.S. a “stalwart ally” of Israel but urged the nation to stop settlement activity on the West Bank in remarks following a private Oval Office meeting on Thursday with Palestinian President Mahmoud Abbas.',
     [(['Obama', 'United States'], 'settlement', '+')],
     ['Abbas', 'Palestin']),
    # politico.com/story/2009/05/obama-presses-two-state-solution-023072
    pytest.param('Abbas told Obama through a translator that he is “fully committed to all of our obligations” on the road map Obama has outlined “from A to Z.”',
                 [(['Abbas', 'Palestin'], 'obligations', '+')],
                 ['Obama', 'United States'],
                 marks=pytest.mark.xfail(strict=False, reason="a quoted 'fully committed to all of our obligations' yields no stance")),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), CASES)
def test_holder(run, text, expected, forbidden):
    check(run(text), expected, forbidden)
