"""Positions round 14: stances of support and willingness told in the reporter's narration.

Each case is a real sentence with its URL, a holder (a part of its name or alias), the issue a reader expects and its
stance; a prediction matches as the scorer matches it (same holder, issue words overlapping with token F1 >= 0.5, the
same polarity). Expectations were written before parley was run on the sentences. ASIDE cases were never looked at
while writing the rules. ``xfail`` marks cases tried and not fixed, with why.

Covered: "support to a peaceful solution" (a recipient noun whose "to" names a thing, not a party), "the ceasefire
reached between Armenia and Azerbaijan" (a participle naming the parties stays in the issue), "all efforts aimed at
stopping the crisis" (``purpose_participles``), "The Emir of Qatar called for" (``title_nouns``), "International envoy
to Syria Lakhdar Brahimi welcomed" (the name the parser hangs on the post's "to"), "called for X, and an end to Y" (a
second object conjoined to the verb), "the State of Qatar's firm position in support of X" and no issue for a deed
praised ("praised the pivotal role played by the new US administration").
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import NEGATIVE, held_by, issue_overlap

FIT = [
    pytest.param(  # https://en.fatehnews.org/2021/01/foreign-ministers-of-egypt-france-germany-and-jordan-say-they-are-committed-to-the-two-state-solution/
        'Foreign ministers of Egypt, France, Germany, and Jordan stressed today their commitment to the two-state solution as the only way to establish an independent Palestinian state.',
        'Egypt', 'two-state solution', 'support'),
    pytest.param(  # https://en.fatehnews.org/2021/01/foreign-ministers-of-egypt-france-germany-and-jordan-say-they-are-committed-to-the-two-state-solution/
        'Foreign ministers of Egypt, France, Germany, and Jordan stressed today their commitment to the two-state solution as the only way to establish an independent Palestinian state.',
        'France', 'two-state solution', 'support'),
    pytest.param(  # https://menafn.com/1109861485/Palestinian-Foreign-Ministry-Welcomes-New-York-Declaration-On-Two-State-Solution
        "Palestinian Ministry of Foreign Affairs and Expatriates on Wednesday welcomed New York's Declaration on resolving the Palestinian issue and implementing the two-state solution, adopted by the Saudi-French co-presidency of the international conference.",
        'Palestin', "New York's Declaration on resolving the Palestinian issue and implementing the two-state solution", 'support', marks=pytest.mark.xfail(strict=False, reason="the declaration's name is cut before 'on resolving ...'")),
    pytest.param(  # https://menafn.com/1109563885/Egypts-President-Stresses-Necessity-Of-Gaza-Ceasefire-Commends-Mediation-Efforts-With-Qatar
        'Cairo: Egyptian President Abdel Fattah El-Sisi stressed the need to work toward an immediate ceasefire in the Gaza Strip and deliver humanitarian aid, commending the joint mediation efforts of Egypt, Qatar, and the United States, and noted his commitment to continuing this coordination in the coming period.',
        'Sisi', 'immediate ceasefire in the Gaza Strip', 'demand'),
    pytest.param(  # https://menafn.com/1109563885/Egypts-President-Stresses-Necessity-Of-Gaza-Ceasefire-Commends-Mediation-Efforts-With-Qatar
        'Cairo: Egyptian President Abdel Fattah El-Sisi stressed the need to work toward an immediate ceasefire in the Gaza Strip and deliver humanitarian aid, commending the joint mediation efforts of Egypt, Qatar, and the United States, and noted his commitment to continuing this coordination in the coming period.',
        'Sisi', 'joint mediation efforts of Egypt, Qatar, and the United States', 'support'),
    pytest.param(  # https://menafn.com/1109563885/Egypts-President-Stresses-Necessity-Of-Gaza-Ceasefire-Commends-Mediation-Efforts-With-Qatar
        "Regarding the situation in Libya, the Egyptian President reiterated Egypt's commitment to a Libyan-Libyan solution.",
        'Egypt', 'Libyan-Libyan solution', 'support'),
    pytest.param(  # https://www.pressreader.com/hong-kong/china-daily/20210220/281758452001274
        'After a virtual meeting with the United Kingdom, Germany, and France, also known as E3, the United States said on Thursday it was ready to attend talks with Iran and other major countries to discuss the Iran nuclear issue.',
        'United States', 'talks with Iran and other major countries', 'willing'),
    pytest.param(  # http://english.china.org.cn/english/international/83574.htm
        'The United States said Monday that it is ready to take part in a new round of six-nation talks on the nuclear issue of the Korean Peninsula.',
        'United States', 'new round of six-nation talks on the nuclear issue of the Korean Peninsula', 'willing'),
    pytest.param(  # https://www.ena.et/en/?p=34147
        'Addis Ababa March 10/2022/ENA/ Algeria supports the efforts of the Government of Ethiopia to solve its challenges through dialogue, Ambassador Salah Francis Elhamdi said.',
        'Algeria', 'efforts of the Government of Ethiopia to solve its challenges through dialogue', 'support'),
    pytest.param(  # https://www.ena.et/en/?p=34147
        'Ambassador Elhamdi stressed the need for peaceful solutions to all problems and welcomed the initiative for an all-inclusive dialogue.',
        'Elhamdi', 'peaceful solutions to all problems', 'demand'),
    pytest.param(  # https://www.ena.et/en/?p=34147
        'Ambassador Elhamdi stressed the need for peaceful solutions to all problems and welcomed the initiative for an all-inclusive dialogue.',
        'Elhamdi', 'initiative for an all-inclusive dialogue', 'support'),
    pytest.param(  # https://www.hindustantimes.com/world-news/pak-afghanistan-to-create-mechanism-to-handle-border-issues/story-6RciN22FUCnrO2IvDnkbeN.html
        'Pakistan and Afghanistan agreed on Friday to set up a high-level mechanism to coordinate on security issues and border-related matters, days after violent clashes between security personnel caused casualties on both sides.',
        'Pakistan', 'high-level mechanism to coordinate on security issues and border-related matters', 'willing', marks=pytest.mark.xfail(strict=False, reason="the issue is cut before the infinitive 'to coordinate on ...'")),
    pytest.param(  # https://www.hindustantimes.com/world-news/pak-afghanistan-to-create-mechanism-to-handle-border-issues/story-6RciN22FUCnrO2IvDnkbeN.html
        'Pakistan and Afghanistan agreed on Friday to set up a high-level mechanism to coordinate on security issues and border-related matters, days after violent clashes between security personnel caused casualties on both sides.',
        'Afghanistan', 'high-level mechanism to coordinate on security issues and border-related matters', 'willing', marks=pytest.mark.xfail(strict=False, reason="the issue is cut before the infinitive 'to coordinate on ...'")),
    pytest.param(  # https://reliefweb.int/report/occupied-palestinian-territory/abbas-signals-readiness-resume-talks-israel
        'Palestinian President Mahmoud Abbas has signalled a readiness to resume peace talks with Israel if the United States were to set out specific goals for negotiations, official Palestinian news agency Wafa said on Saturday.',
        'Abbas', 'resume peace talks with Israel', 'willing'),
    pytest.param(  # https://parstoday.ir/en/news/iran-i129258-iran_welcomes_armenia_azerbaijan_ceasefire_agreement
        'Iran has welcomed the recent agreement between republics of Armenia and Azerbaijan to cease fire in the Karabakh region and offered to help establish lasting peace.',
        'Iran', 'agreement between republics of Armenia and Azerbaijan to cease fire in the Karabakh region', 'support'),
    pytest.param(  # https://parstoday.ir/en/news/iran-i129258-iran_welcomes_armenia_azerbaijan_ceasefire_agreement
        'Iran has welcomed the recent agreement between republics of Armenia and Azerbaijan to cease fire in the Karabakh region and offered to help establish lasting peace.',
        'Iran', 'help establish lasting peace', 'offer', marks=pytest.mark.xfail(strict=False, reason='the second conjoined cue verb after an object keeps no issue of its own')),
    pytest.param(  # http://www.today.az/news/politics/200784.html
        'Council of Europe Secretary-General Marija Buric has welcomed the Russia-brokered agreement signed by Azerbaijan and Armenia on the complete ceasefire and cessation of all military operations in and around Nagorno-Karabakh.',
        'Buric', 'Russia-brokered agreement signed by Azerbaijan and Armenia on the complete ceasefire', 'support', marks=pytest.mark.xfail(strict=False, reason="who signed or brokered a deal is not kept in its name (earlier rounds' tests expect the bare deal)")),
    pytest.param(  # https://www.taghribnews.ir/en/news/607713/iran-hails-ceasefire-agreement-between-azerbaijan-armenia
        'Iranian Foreign Ministry has welcomed a recent ceasefire agreement between Armenia and Azerbaijan that is hoped to prevent further hostilities in the region.',
        'Iran', 'ceasefire agreement between Armenia and Azerbaijan', 'support', marks=pytest.mark.xfail(strict=False, reason="'between X and Y' after a modified agreement noun is dropped by design (round 9)")),
    pytest.param(  # https://parstoday.ir/en/news/iran-i129258-iran_welcomes_armenia_azerbaijan_ceasefire_agreement
        'The Foreign Ministry said Iran was ready to assist the Russian peacekeepers take their positions along contact lines based on the ceasefire deal.',
        'Iran', 'assist the Russian peacekeepers take their positions along contact lines', 'willing'),
    pytest.param(  # http://english.pnn.ps/2021/05/22/palestines-un-observer-no-need-for-a-unsc-statement-that-doesnt-support-our-people/
        'In the meantime, the members of the UN Security Council welcomed today the announcement of the ceasefire in Gaza beginning May 21 and recognized the important role Egypt, other regional countries, the UN, the Middle East Quartet, and other international partners played in this regard.',
        'Security Council', 'ceasefire in Gaza', 'support'),
    pytest.param(  # https://www.jpost.com/international/syrian-minister-says-ready-to-talk-with-opposition
        'Syria is prepared to talk to armed opposition groups, the minister for national reconciliation said on Monday, the first time the government has offered to hold direct negotiations with rebel forces it long dismissed as terrorists.',
        'Syria', 'talk to armed opposition groups', 'willing'),
    pytest.param(  # https://www.shine.cn/news/nation/2012020924/
        'Stressing that China attaches great importance to the Palestinian issue, Xi said his country always upholds international justice and morality, and supports the just cause of the Palestinian people to restore the legitimate rights of their nation as well as efforts conducive to the peaceful settlement of the Palestinian issue.',
        'China', 'just cause of the Palestinian people to restore the legitimate rights of their nation', 'support', marks=pytest.mark.xfail(strict=False, reason="'his country' is resolved to Palestine, not Xi's China (pronoun resolution)")),
    pytest.param(  # https://palestinechronicle.com/on-international-day-of-solidarity-un-secretary-general-urges-commitment-to-palestinian-people
        'Commemorating the International Day of Solidarity with the Palestinian People, UN Secretary-General António Guterres said he remains committed to ending the Israeli occupation in line with relevant UN resolutions.',
        'Guterres', 'ending the Israeli occupation', 'support'),
    pytest.param(  # https://www.ena.et/en/?p=34147
        'As pointed out by the foreign minister, Algeria is ready to share its experiences and expertise because the country had passed through internal and external crises years before.',
        'Algeria', 'share its experiences and expertise', 'willing'),
    pytest.param(  # https://allafrica.com/stories/202103260884.html
        'Tunis/Tunisia — Tunisia reaffirmed its unwavering support to a peaceful solution of the Libyan conflict, reiterating its willingness to "provide all forms of support to the brotherly Libyan people in their endeavour for peace, stability, reconstruction and the establishment of the foundations of the rule of law."',
        'Tunisia', 'peaceful solution of the Libyan conflict', 'support'),
    pytest.param(  # https://allafrica.com/stories/202103260884.html
        'Tunis/Tunisia — Tunisia reaffirmed its unwavering support to a peaceful solution of the Libyan conflict, reiterating its willingness to "provide all forms of support to the brotherly Libyan people in their endeavour for peace, stability, reconstruction and the establishment of the foundations of the rule of law."',
        'Tunisia', 'provide all forms of support to the brotherly Libyan people', 'willing'),
    pytest.param(  # https://allafrica.com/stories/202103260884.html
        'Besides, Kubis commended the progress of the Libyan political settlement, citing in particular the vote of confidence granted by the Parliament to the government of national unity and the choice of the members of the executive power, and this in compliance with the roadmap of the preparatory phase for the comprehensive solution, adopted during the meeting for the Inter-Libyan Political Dialogue held in Tunis in November 2020.',
        'Kubis', 'progress of the Libyan political settlement', 'support', marks=pytest.mark.xfail(strict=False, reason='a bare surname without a title is no actor in a lone sentence')),
    pytest.param(  # https://spotlightnepal.com/2025/04/20/iran-us-continue-talks-nuclear-deal
        "The United States and Iran say they have agreed to hold another round of talks on Tehran's nuclear program next week.",
        'United States', "another round of talks on Tehran's nuclear program", 'willing', marks=pytest.mark.xfail(strict=False, reason="an issue of more than MAX_REPORTED_WORDS (6) words gives way to the vocabulary's name; raising it broke 16 tests")),
    pytest.param(  # https://spotlightnepal.com/2025/04/20/iran-us-continue-talks-nuclear-deal
        "The United States and Iran say they have agreed to hold another round of talks on Tehran's nuclear program next week.",
        'Iran', "another round of talks on Tehran's nuclear program", 'willing', marks=pytest.mark.xfail(strict=False, reason="an issue of more than MAX_REPORTED_WORDS (6) words gives way to the vocabulary's name; raising it broke 16 tests")),
    pytest.param(  # https://hngn.com/articles/154535/20151127/north-korea-high-level-talks-date-finalized-south-korean-vice.htm
        'Representatives from North and South Korea met Thursday and agreed to hold a high level peace talks next month.',
        'North Korea', 'high level peace talks', 'willing', marks=pytest.mark.xfail(strict=False, reason="'North and South Korea' yields South Korea only (actor recognition)")),
    pytest.param(  # https://hngn.com/articles/154535/20151127/north-korea-high-level-talks-date-finalized-south-korean-vice.htm
        'Representatives from North and South Korea met Thursday and agreed to hold a high level peace talks next month.',
        'South Korea', 'high level peace talks', 'willing'),
    pytest.param(  # https://hngn.com/articles/154535/20151127/north-korea-high-level-talks-date-finalized-south-korean-vice.htm
        'Korean leader Kim Jong Un and South Korean President Park Geun-hye agreed on Aug. 25 to hold high-level talks under a landmark peace deal that ended a military standoff in the Korean peninsula.',
        'Kim Jong', 'high-level talks', 'willing'),
    pytest.param(  # https://hngn.com/articles/154535/20151127/north-korea-high-level-talks-date-finalized-south-korean-vice.htm
        'Korean leader Kim Jong Un and South Korean President Park Geun-hye agreed on Aug. 25 to hold high-level talks under a landmark peace deal that ended a military standoff in the Korean peninsula.',
        'Park', 'high-level talks', 'willing'),
    pytest.param(  # http://americantaskforce.org/daily_news_article/2012/01/06/1325826000_0
        'The Quartet on Sept. 23 called for the two sides to resume talks with the aim of reaching a peace deal by the end of 2012.',
        'Quartet', 'resume talks', 'demand', marks=pytest.mark.xfail(strict=False, reason="'the Quartet' is no actor in a lone sentence")),
    pytest.param(  # https://parstoday.ir/en/news/iran-i129258-iran_welcomes_armenia_azerbaijan_ceasefire_agreement
        'Iran, which shares borders with both Armenia and Azerbaijan, has previously offered to mediate between the two countries.',
        'Iran', 'mediate between the two countries', 'offer'),
    pytest.param(  # https://muslimnetwork.tv/un-welcomes-azerbaijan-armenia-cease-fire-hopes-it-will-hold
        'The UN has welcomed the cease-fire reached between Azerbaijan and Armenia following the latest border flare-up between the two counties concerning Nagorno-Karabakh.',
        'United Nations', 'cease-fire reached between Azerbaijan and Armenia', 'support', marks=pytest.mark.xfail(strict=False, reason="the tokenizer splits 'cease-fire', so the participle is not on the agreement noun")),
    pytest.param(  # https://muslimnetwork.tv/un-welcomes-azerbaijan-armenia-cease-fire-hopes-it-will-hold
        'Jenca urged both parties to return to talks and take steps toward the signing of a lasting peace treaty.',
        'Jenca', 'return to talks', 'demand', marks=pytest.mark.xfail(strict=False, reason='a bare surname without a title is no actor in a lone sentence')),
    pytest.param(  # https://www.dailyexcelsior.com/indo-pak-border-dgs-agree-to-enhance-communication-for-tranquil-frontiers/
        'India and Pakistan today agreed to jointly resolve sensitive issues like ceasefire violations and cross-border infiltration through timely exchange of information, including via email and over the telephone.',
        'India', 'jointly resolve sensitive issues like ceasefire violations and cross-border infiltration', 'willing', marks=pytest.mark.xfail(strict=False, reason="the issue keeps 'through timely exchange of information' and drops 'like ceasefire violations'")),
    pytest.param(  # https://www.dailyexcelsior.com/indo-pak-border-dgs-agree-to-enhance-communication-for-tranquil-frontiers/
        'India and Pakistan today agreed to jointly resolve sensitive issues like ceasefire violations and cross-border infiltration through timely exchange of information, including via email and over the telephone.',
        'Pakistan', 'jointly resolve sensitive issues like ceasefire violations and cross-border infiltration', 'willing', marks=pytest.mark.xfail(strict=False, reason="the issue keeps 'through timely exchange of information' and drops 'like ceasefire violations'")),
    pytest.param(  # https://gulf-times.com/article/688321/qatar/worldwide-praise-for-call-by-qatar-egypt-and-us-for-gaza-ceasefire
        'In this context, GCC Secretary-General Jassim al-Budaiwi welcomed the statement, supporting efforts to end the crisis in Gaza and alleviate the suffering of the Palestinian people.',
        'Budaiwi', 'efforts to end the crisis in Gaza', 'support', marks=pytest.mark.xfail(strict=False, reason="the light noun 'efforts' passes to its infinitive, 'in Gaza' is cut")),
    pytest.param(  # https://gulf-times.com/article/688321/qatar/worldwide-praise-for-call-by-qatar-egypt-and-us-for-gaza-ceasefire
        "Meanwhile, Kuwait's Ministry of Foreign Affairs praised the joint statement's emphasis on the need to end the ongoing suffering of the Palestinian people in Gaza.",
        'Kuwait', 'end the ongoing suffering of the Palestinian people in Gaza', 'support', marks=pytest.mark.xfail(strict=False, reason="the issue stops at 'the ongoing' (MAX_ISSUE_TOKENS)")),
    pytest.param(  # https://gulf-times.com/article/688321/qatar/worldwide-praise-for-call-by-qatar-egypt-and-us-for-gaza-ceasefire
        "The ministry reiterated Kuwait's support for all efforts aimed at reaching agreements that would halt the aggression on Gaza.",
        'Kuwait', 'efforts aimed at reaching agreements that would halt the aggression on Gaza', 'support'),
    pytest.param(  # https://menafn.com/1108020179/Qatar-Welcomes-UNSC-Resolution-Calling-For-Immediate-Ceasefire-In-Gaza-During-Ramadan
        "The Ministry of Foreign Affairs reiterated the State of Qatar's firm position in support of the legitimate rights of the brotherly Palestinian people, foremost of which is their right to establish their independent state on the 1967 borders, with East Jerusalem as its capital.",
        'Qatar', 'legitimate rights of the brotherly Palestinian people', 'support'),
    pytest.param(  # http://tangwai.com/approotmain/resource/main/Resource_Display.asp?frid1=137252
        'Secretary of State John Kerry described the agreement as a first step toward a possible peaceful settlement with Iran.',
        'Kerry', 'agreement', 'support', marks=pytest.mark.xfail(strict=False, reason="'a first step' is no judgement cue: 'a dangerous step' would turn it")),
    pytest.param(  # http://tangwai.com/approotmain/resource/main/Resource_Display.asp?frid1=137252
        'Prime Minister Benjamin Netanyahu condemned the deal.',
        'Netanyahu', 'deal', 'oppose'),
    pytest.param(  # https://elrisala.com/qatar-confirms-the-continuation-of-mediation-efforts-with-egypt-and-the-united-states-to-reach-a-ceasefire-in-gaza
        'The Emir of Qatar called for an immediate ceasefire in Gaza and Lebanon, and an end to the provocations of settlers supported by the occupation army in the occupied West Bank.',
        'Qatar', 'immediate ceasefire in Gaza and Lebanon', 'demand'),
    pytest.param(  # https://elrisala.com/qatar-confirms-the-continuation-of-mediation-efforts-with-egypt-and-the-united-states-to-reach-a-ceasefire-in-gaza
        'The Emir of Qatar called for an immediate ceasefire in Gaza and Lebanon, and an end to the provocations of settlers supported by the occupation army in the occupied West Bank.',
        'Qatar', 'end to the provocations of settlers', 'demand'),
    pytest.param(  # https://menafn.com/1108937266/Al-Sisi-Qatari-Prime-Minister-Discuss-Efforts-For-Gaza-Ceasefire-Humanitarian-Aid
        "According to Mohamed El-Shennawy, the official spokesperson for the Egyptian Presidency, the Qatari Prime Minister reiterated Qatar's commitment to deepening cooperation and coordination with Egypt.",
        'Qatar', 'deepening cooperation and coordination with Egypt', 'support'),
]

ASIDE = [
    pytest.param(  # http://www.politicit.com/eu-agrees-israel-palestinians-statement/
        'The European Union restated its commitment to a two-state solution and said it would closely monitor developments on the ground which undermine that outcome',
        'European Union', 'two-state solution', 'support'),
    pytest.param(  # https://www.nationpress.com/international/russia-open-to-new-talks-with-ukraine
        'Moscow, July 14 (NationPress) Russia has expressed its readiness to engage in another round of negotiations with Ukraine; however, it appears that Kyiv is not in a rush, according to Kremlin Spokesman Dmitry Peskov on Monday.',
        'Russia', 'another round of negotiations with Ukraine', 'willing', marks=pytest.mark.xfail(strict=False, reason="the dateline outlet 'NationPress' is taken for the subject (actor recognition, not positions)")),
    pytest.param(  # https://ifpnews.com/iran-says-dialogue-only-way-to-resolve-regional-crises/
        'Iran’s Foreign Ministry spokesman says the country has always stressed the importance of dialogue and political negotiations as the only solution to regional problems and issues.',
        'Iran', 'dialogue and political negotiations', 'support'),
    pytest.param(  # https://archive.pakistantoday.com.pk/2011/01/28/pakistan-afghanistan-forming-commission-to-tackle-militancy
        'ISLAMABAD – Pakistan and Afghanistan on Thursday agreed to set up a joint commission of diplomats and military officials to tackle militancy and support the ongoing peace and reconciliation process in the war-torn state.',
        'Pakistan', 'joint commission of diplomats and military officials to tackle militancy', 'willing'),
    pytest.param(  # https://archive.pakistantoday.com.pk/2011/01/28/pakistan-afghanistan-forming-commission-to-tackle-militancy
        'ISLAMABAD – Pakistan and Afghanistan on Thursday agreed to set up a joint commission of diplomats and military officials to tackle militancy and support the ongoing peace and reconciliation process in the war-torn state.',
        'Afghanistan', 'joint commission of diplomats and military officials to tackle militancy', 'willing'),
    pytest.param(  # https://www.arrse.co.uk/community/threads/press-release-foreign-secretary-welcomes-resumption-of-talks-between-israelis-and-pa.202203/
        'Foreign Secretary William Hague has welcomed the resumption of direct talks between Israel and the Palestinians, and the agreement to begin formal negotiations on resolving the Israeli-Palestinian conflict.',
        'Hague', 'resumption of direct talks between Israel and the Palestinians', 'support'),
    pytest.param(  # https://www.arrse.co.uk/community/threads/press-release-foreign-secretary-welcomes-resumption-of-talks-between-israelis-and-pa.202203/
        'Foreign Secretary William Hague has welcomed the resumption of direct talks between Israel and the Palestinians, and the agreement to begin formal negotiations on resolving the Israeli-Palestinian conflict.',
        'Hague', 'agreement to begin formal negotiations on resolving the Israeli-Palestinian conflict', 'support', marks=pytest.mark.xfail(strict=False, reason='the parser hangs the second object under the first; only the first is read')),
    pytest.param(  # https://nationalmalldesign.org/2022/09/15/un-celebrates-ceasefire-between-armenia-and-azerbaijan-and-asks-them-to-negotiate-world/
        'The UN on Thursday celebrated the ceasefire reached between Armenia and Azerbaijan and called on the parties to immediately return to the negotiating table to move towards signing a lasting peace agreement.',
        'United Nations', 'ceasefire reached between Armenia and Azerbaijan', 'support', marks=pytest.mark.xfail(strict=False, reason="'celebrate' is no cue: 'celebrated the anniversary' would state nothing")),
    pytest.param(  # https://nationalmalldesign.org/2022/09/15/un-celebrates-ceasefire-between-armenia-and-azerbaijan-and-asks-them-to-negotiate-world/
        'The UN on Thursday celebrated the ceasefire reached between Armenia and Azerbaijan and called on the parties to immediately return to the negotiating table to move towards signing a lasting peace agreement.',
        'United Nations', 'return to the negotiating table', 'demand'),
    pytest.param(  # http://english.pnn.ps/2021/05/22/palestines-un-observer-no-need-for-a-unsc-statement-that-doesnt-support-our-people/
        'The members of the Security Council stressed the immediate need for humanitarian assistance to the Palestinian civilian population, particularly in Gaza, and supported the Secretary General’s call for the international community to work with the United Nations on developing an integrated, robust package of support for a swift, sustainable reconstruction and recovery.',
        'Security Council', 'humanitarian assistance to the Palestinian civilian population', 'demand'),
    pytest.param(  # https://dnd.com.pk/syria-expresses-willingness-for-dialogue-with-all-who-want-dialogue/5188
        'MOSCOW: Syrian Foreign Minister Walid al-Muallem said on Monday that Syria is ready to negotiate with all parties, including armed groups, who want dialogue to end the conflict, in the clearest offer yet of negotiations with rebels fighting to overthrow the regime of President Bashar al-Assad.',
        'Syria', 'negotiate with all parties, including armed groups', 'willing', marks=pytest.mark.xfail(strict=False, reason="'the clearest offer yet of negotiations' is read instead of 'ready to negotiate'")),
    pytest.param(  # https://www.latimes.com/world/la-xpm-2013-feb-25-la-fg-wn-syria-ready-to-talk-to-rebels-20130225-story.html
        'The Syrian government is prepared to engage in talks with opposition representatives, including armed rebels, Syrian Foreign Minister Walid Moallem said Monday in Moscow.',
        'Syria', 'talks with opposition representatives', 'willing'),
    pytest.param(  # https://www.libyanexpress.com/tunis-reaffirms-its-support-for-libyas-ongoing-political-progress/
        'Tunisia also reiterated its unwavering support to holding legislative and national elections in Libya as planned for later this year in December to ensure that Libya finally moves from a transitional stage to a fully functioning democratic state.',
        'Tunisia', 'holding legislative and national elections in Libya', 'support'),
    pytest.param(  # https://hngn.com/articles/154535/20151127/north-korea-high-level-talks-date-finalized-south-korean-vice.htm
        "Thursday's meeting was held a week after South Korea accepted the North's offer to hold preparatory talks for the high-level dialogue, as HNGN previously reported.",
        'South Korea', 'preparatory talks for the high-level dialogue', 'willing'),
    pytest.param(  # https://menafn.com/1109861485/Palestinian-Foreign-Ministry-Welcomes-New-York-Declaration-On-Two-State-Solution
        'Palestinian Authority official Hussein Al-Sheikh also welcomed the declaration, affirming support for the message sent by Palestinian President Mahmoud Abbas to French President Emmanuel Macron and Saudi Crown Prince and Prime Minister Mohammad bin Salman.',
        'Sheikh', 'message sent by Palestinian President Mahmoud Abbas', 'support', marks=pytest.mark.xfail(strict=False, reason="the participle 'sent by' after 'message' is cut")),
    pytest.param(  # https://caliber.az/en/post/un-chief-hails-azerbaijan-armenia-peace-agreements-as-global-positive-step
        'United Nations Secretary-General Antonio Guterres has welcomed the peace agreements reached between Azerbaijan and Armenia in Washington, describing them as a “positive development for the entire world.”',
        'Guterres', 'peace agreements reached between Azerbaijan and Armenia', 'support'),
    pytest.param(  # https://www.middleeastmonitor.com/20231214-palestine-fm-biden-must-act-to-restore-peace/
        'The Palestinian Ministry of Foreign Affairs has welcomed the statements of US President Joe Biden regarding the two-state solution, demanding that they be translated into binding actions that end the cycle of wars and violence and achieve peace.',
        'Palestin', 'statements of US President Joe Biden regarding the two-state solution', 'support'),
    pytest.param(  # https://gulf-times.com/article/688321/qatar/worldwide-praise-for-call-by-qatar-egypt-and-us-for-gaza-ceasefire
        'Al-Budaiwi affirmed that the GCC countries support all efforts aimed at stopping the crisis and saving the Palestinian people, emphasising that collective efforts and unified positions are the best way to end the crisis, positively impacting regional and international peace and stability.',
        'Gulf Cooperation Council', 'efforts aimed at stopping the crisis and saving the Palestinian people', 'support'),
    pytest.param(  # https://menafn.com/1108020179/Qatar-Welcomes-UNSC-Resolution-Calling-For-Immediate-Ceasefire-In-Gaza-During-Ramadan
        "Doha: The State of Qatar welcomed the UN Security Council's resolution calling for an immediate ceasefire in Gaza during the blessed month of Ramadan, expressing hope that it represents a step towards a permanent cessation of hostilities in the Strip, particularly given the dire humanitarian situation affecting civilians, including children and women.",
        'Qatar', "UN Security Council's resolution calling for an immediate ceasefire in Gaza", 'support'),
    pytest.param(  # http://www.muslimpress.com/Section-world-news-16/74865-brahimi-hails-us-russia-agreement-on-syria-as-hopeful-news
        'International envoy to Syria Lakhdar Brahimi welcomed the agreement between the US and Russia over a political solution for the Syrian crisis, but warned that it was “only a first step. ”',
        'Brahimi', 'agreement between the US and Russia over a political solution for the Syrian crisis', 'support'),
    pytest.param(  # https://thegrayarea.org/?p=40912
        'Iranian Foreign Minister Mohammad Javad Zarif also called the deal “a first step.”',
        'Zarif', 'deal', 'support', marks=pytest.mark.xfail(strict=False, reason="'a first step' is no judgement cue: 'a dangerous step' would turn it")),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), FIT + ASIDE)
def test_narrated_support_round14(run, text, holder, issue, stance) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published="2024-01-01")
    assert any(issue_overlap(issue, p.issue) >= 0.5 and (stance in NEGATIVE) == (p.stance in NEGATIVE)
               for p in held_by(ex, holder)), [(p.holder, p.stance, p.issue) for p in ex.positions]


NONE = [
    pytest.param(
        # https://menafn.com/1109104668/Egypt-Thanks-Qatar-For-Its-Role-In-Success-Of-Gaza-Ceasefire-Deal
        "Egypt has expressed its gratitude to Qatar for its continuous and fruitful co-ordination to ensure reaching a "
        "ceasefire agreement in the Gaza Strip and praised the pivotal role played by the new US administration under "
        "President-elect Donald in ending the crisis, in addition to that of current US President Joe Biden.",
        "Egypt", "pivotal role", id="menafn-praised-role-played"),
    pytest.param(
        # http://english.pnn.ps/2021/05/22/palestines-un-observer-no-need-for-a-unsc-statement-that-doesnt-support-our-people/
        "In the meantime, the members of the UN Security Council welcomed today the announcement of the ceasefire in Gaza "
        "beginning May 21 and recognized the important role Egypt, other regional countries, the UN, the Middle East "
        "Quartet, and other international partners played in this regard.",
        "Security Council", "important role", id="pnn-recognized-role-played"),
]


@pytest.mark.parametrize(("text", "holder", "issue"), NONE)
def test_deed_praised_names_no_issue(run, text, holder, issue) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published="2024-01-01")
    held = held_by(ex, holder)
    assert not any(issue_overlap(issue, p.issue) >= 0.5 for p in held), [(p.holder, p.stance, p.issue) for p in held]
