"""The ``parley_positions`` stage, round 6: stances a party states in its own words, from many outlets and
conflicts (Gaza, Ukraine, Sudan, DR Congo, Yemen, Libya, Ethiopia, Armenia-Azerbaijan, Colombia, Myanmar, Syria,
the Gulf, Afghanistan): direct quotes and first-person speech ("We are ready to ...", "our top priority is to
achieve an immediate cease-fire", "A peaceful resolution of the conflict is a priority for us", "What we want is
the end of this rebellion", "there can be no military solution to this conflict", "Ukraine will never agree to
any ultimatums", "the country's territorial integrity is non-negotiable", "X deserves Y") and support stated as a
welcome, a commitment or solidarity ("expressed our welcome to the joint statement", "reaffirmed its commitment
to the Doha Peace Process", "confirmed its keenness on").

Negatives: thanks and praise for a deed done ("expresses its sincere gratitude to Qatar for its efforts", "highly
appreciated the mediation", "I thank ... for helping"), which the annotation does not count as positions; a
speaker's claim about another party's wishes ("the Congolese government doesn't want peace"); a deed told.

Sentences come from news pages found with the project's search tool (source URL in each case); rows marked
NOT_YET are wordings not read yet (a speaker named after "said this", a quote the quotes stage gives no speaker,
issue words longer than a reader's, conditions opened by a plain "if").
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_positions import reads_as

NOT_YET = pytest.mark.xfail(reason="not read yet", strict=False)

CHECKS = [
    # (text, holder, issue as a reader would write it, stance)
    pytest.param(
        # https://www.ndtv.com/world-news/hamas-says-ready-to-start-gaza-ceasefire-talks-immediately-8827223
        '"The movement is ready to engage immediately and seriously in a cycle of negotiations on the mechanism to put in place" the terms of a draft truce proposal received from mediators, the militant group said in a statement. Hamas said Friday it was ready to start talks "immediately" on a proposal for a ceasefire with Israel in Gaza, after holding consultations with other Palestinian factions.',
        'Hamas', 'negotiations on the mechanism', 'willing', id='ndtv-willing-1', marks=NOT_YET),
    pytest.param(
        # https://en.news-front.info/2016/02/26/syrian-army-fully-ready-for-ceasefire-ambassador/
        '“The Syrian army is ready for ceasefire, only one order is required for Damascus to stop military actions,” Haddad said at the conference “Middle East: From Violence to Security” at the Valdai discussion club.',
        'Syrian Arab Army', 'ceasefire', 'willing', id='news-front-willing-1'),
    pytest.param(
        # https://english.pravda.ru/news/world/162203-ukraine-peace-talks/
        'Kyiv is ready for peace talks in any format and a ceasefire lasting at least 30 days, said Ukrainian Deputy Foreign Minister Andriy Sybiha in a statement on the ministry\'s Telegram channel. "Russia can demonstrate genuine willingness for peace negotiations by agreeing to a real ceasefire for at least 30 days. If Russia is ready for a 60- or 90-day ceasefire, we are ready as well," he noted.',
        'Ukraine', 'peace talks in any format', 'willing', id='pravda-willing-1', marks=NOT_YET),
    pytest.param(
        # https://news.by/eng/news/v_mire/lavrov_rossiya_gotova_k_peregovoram_s_ukrainoy_no_ne_gotova_k_prekrashcheniyu_ognya
        '"We will not consider any ceasefire proposals, because we have considered it once, you have deceived us," the diplomat noted. At the same time, in general, Moscow is ready for negotiations on Ukraine, Lavrov added.',
        'Russia', 'negotiations on Ukraine', 'willing', id='by-willing-1'),
    pytest.param(
        # https://www.europesays.com/?p=2211421
        'While the Palestinian militant group stopped short of fully endorsing the U.S.-backed plan, Hamas spokesperson Taher al-Nunu told the Associated Press that the group is “ready and serious regarding reaching an agreement,” provided it “clearly leads to the complete end to the war.”',
        'Hamas', 'reaching an agreement', 'willing', id='europesays-willing-1', marks=NOT_YET),
    pytest.param(
        # https://en.fatehnews.org/2021/01/foreign-ministers-of-egypt-france-germany-and-jordan-say-they-are-committed-to-the-two-state-solution/
        'Foreign ministers of Egypt, France, Germany, and Jordan stressed today their commitment to the two-state solution as the only way to establish an independent Palestinian state.',
        'Jordan', 'two-state solution', 'support', id='fatehnews-support-1'),
    pytest.param(
        # http://news.kuwaittimes.net/website/qatar-appreciates-kuwait-mediation-gulf-crisis/
        'Sheikh Tamim thanked all countries who supported the Kuwaiti mediation. He meanwhile called for “unconditional” dialogue with the four countries to solve the crisis. “I call again for an unconditional dialogue based on the respect of sovereignty,” Sheikh Tamim.',
        'Tamim', 'unconditional dialogue', 'demand', id='kuwaittimes-demand-1'),
    pytest.param(
        # https://asianlite.com/2023/top-news/qatari-fm-mediation-efforts-show-positive-momentum
        'During the meeting, Al Thani affirmed that “our top priority is to achieve an immediate cease-fire and end all reprisal operations and indiscriminate attacks on the Gaza Strip,” the statements added.',
        # one cue ("top priority"), two actions: one issue (docs/annotation.md §5, conjoined issues under one cue)
        'Al Thani', 'achieve an immediate cease-fire and end all reprisal operations and indiscriminate attacks on the Gaza '
        'Strip', 'demand', id='asianlite-demand-1'),
    pytest.param(
        # http://en.chinagate.cn/2015-03/24/content_35134212.htm
        '"While not perfect, the recent agreement struck in Minsk vis-a-vis Ukraine is an opportunity for further progress," said Steinmaier, urging compliance with the ceasefire and delivering on political tasks contained in the Minsk agreement.',
        'Steinmaier', 'compliance with the ceasefire', 'demand', id='chinagate-demand-1'),
    pytest.param(
        # http://en.chinagate.cn/2015-03/24/content_35134212.htm
        '"A path to peace in Ukraine doesn\'t lead through lists of sanctions, but through peace talks; by which I don\'t mean to question the EU\'s moves, however. A peaceful resolution of the conflict is a priority for us, which means full support for Germany\'s and France\'s efforts for a full implementation of the agreements from Minsk," said Slovak Foreign and European Affairs Minister Miroslav Lajcak.',
        'Lajcak', 'peaceful resolution of the conflict', 'support', id='chinagate-support-1'),
    pytest.param(
        # http://www.reuters.com/article/us-ukraine-crisis-germany-idUSKBN0MJ1JJ20150323
        '“One thing is clear I think to all of us: there is no, and there cannot be, a military solution to the crisis in Ukraine,” Steinmeier told reporters after meeting his counterparts from four central European countries in Bratislava.',
        'Steinmeier', 'military solution', 'oppose', id='reuters-oppose-1'),
    pytest.param(
        # https://www.bundesregierung.de/breg-en/news/there-can-be-no-military-solution-to-the-conflict-439672
        'During her visit to Budapest, Chancellor Angela Merkel has again urged that a peaceful solution be found to the Ukraine conflict. "I am absolutely convinced that there can be no military solution to this conflict," she said.',
        'Merkel', 'military solution', 'oppose', id='bundesregierung-oppose-1'),
    pytest.param(
        # https://www.bundesregierung.de/breg-en/news/there-can-be-no-military-solution-to-the-conflict-439672
        'Angela Merkel said that she and Prime Minister Viktor Orbán agreed that "We must endeavour to bring about a ceasefire as rapidly as possible."',
        'Merkel', 'ceasefire', 'demand', id='bundesregierung-demand-1'),
    pytest.param(
        # https://www.europeanaffairs.it/blog/2017/04/24/iranian-fm-no-military-solution-crises-iraq-syria-yemen-bahrain/
        '“The conflicts in Iraq, Syria, Yemen and Bahrain don’t have a military solution”, Zarif wrote in the Kuwaiti al-Rai al-Youm newspaper on Sunday. He said that the regional crises need political solutions based on the views of all the major parties, excluding the extremist and terrorist groups.',
        'Zarif', 'political solutions', 'demand', id='europeanaffairs-demand-1'),
    pytest.param(
        # https://www.europeanaffairs.it/blog/2017/04/24/iranian-fm-no-military-solution-crises-iraq-syria-yemen-bahrain/
        '“As for Syria, it was reaffirmed during the Brussels conference organized last week that there is no military solution to the crisis in Syria”, Mogherini said at a news conference in Algiers. “For this issue, the European Union is very clear and very firm, there is no possibility for a military solution to the crisis”, she added.',
        'Mogherini', 'military solution to the crisis', 'oppose', id='europeanaffairs-oppose-1'),
    pytest.param(
        # http://www.anews.com.tr/world/2022/09/28/ukraine-says-it-will-never-agree-to-russian-ultimatums
        'Urging its international partners to impose tough new sanctions on Moscow and provide Kyiv with more military aid, the Ukrainian Foreign Ministry said in a statement: "Ukraine will never agree to any ultimatums."',
        'Ukraine', 'ultimatums', 'reject', id='anews-reject-1'),
    pytest.param(
        # https://www.weareukraine.info/eu-will-never-accept-russian-threats/
        '“Nothing about Ukraine without Ukraine. And we will keep supporting Ukraine for as long as it takes,” added von der Leyen.',
        'von der Leyen', 'Ukraine', 'support', id='weareukraine-support-1', marks=NOT_YET),
    pytest.param(
        # https://easternherald.com/2023/06/04/we-support-the-jeddah-talks-rapid-support-forces-hail-sunday-statement
        'Hamidti added: “I assured the Emir of our support for the Jeddah platform and our full commitment to the declaration of protection of civilians, and to continue working to facilitate the delivery of humanitarian aid. in order to alleviate the sufferings of our people”.',
        'Hamidti', 'Jeddah platform', 'support', id='easternherald-support-1'),
    pytest.param(
        # https://easternherald.com/2023/06/04/we-support-the-jeddah-talks-rapid-support-forces-hail-sunday-statement
        'He continued, “I also expressed our welcome to the joint statement announced by the mediation regarding the continuation of the indirect talks.” Hamidti explained, “We also exchanged views on the latest developments in the country and stressed the importance of coordinating and intensifying joint efforts in order to achieve stability in our country.”',
        'Hamidti', 'joint statement', 'support', id='easternherald-support-2'),
    pytest.param(
        # https://allafrica.com/stories/202306040085.html
        '"The facilitators stand ready to resume formal talks and remind the parties that they must implement their obligations under the May 11 Jeddah Declaration of Commitment to Protect the Civilians of Sudan. Saudi Arabia and the United States remain steadfast in their commitment to the people of Sudan and call upon the parties to agree to and effectively implement a new ceasefire, with the aim of building to a permanent cessation of hostilities," the statement concludes.',
        'Saudi Arabia', 'new ceasefire', 'demand', id='allafrica-demand-1', marks=NOT_YET),
    pytest.param(
        # https://www.zawya.com/en/world/middle-east/saudi-arabia-welcomes-resumption-of-talks-between-warring-sudanese-parties-in-jeddah-i7erunup
        'Saudi Arabia confirmed its keenness on unity, prevailing wisdom, halting the conflict to stop the bloodshed, and alleviating the suffering of the Sudanese people.',
        'Saudi Arabia', 'halting the conflict', 'support', id='zawya-support-1', marks=NOT_YET),
    pytest.param(
        # https://medafricatimes.com/41960-m23-rebels-reaffirm-commitment-to-doha-peace-talks-despite-ceasefire-disputes.html
        'Speaking in Goma, Corneille Nangaa, leader of the allied Congo River Alliance, said the group remained committed to the Doha process and trusted Qatar’s mediation, despite missed deadlines set out in the July 19 Declaration of Principles.',
        'Alliance Fleuve Congo', 'Doha process', 'support', id='medafricatimes-support-1'),
    pytest.param(
        # https://kivutoday.com/m23-dispatches-technical-team-to-doha-for-ceasefire-and-prisoner-release-arrangements
        'The announcement follows a declaration two days earlier by M23 spokesperson Lawrence Kanyuka, who reaffirmed the group’s commitment to the Doha Peace Process and commended Qatar for its mediation role.',
        'M23', 'Doha Peace Process', 'support', id='kivutoday-support-1'),
    pytest.param(
        # https://www.thepostnews.net/2025/08/21/m23-withdraws-from-peace-talks-accuse-drc-of-violating-treaty
        'Kanyuka said in a statement, “The AFC/M23 hereby reaffirms its full commitment to the Doha Peace Process and emphasizes that only the full implementation of the Declaration of Principles will enable the next round of talks to proceed, which should be based on the root causes of the conflict.”',
        'M23', 'Doha Peace Process', 'support', id='thepostnews-support-1'),
    pytest.param(
        # https://www.ghanaweb.com/GhanaHomePage/africa/M23-confirms-delegation-in-Doha-for-limited-talks-with-DRC-government-1997799
        'While the DRC government has yet to respond to the M23\'s latest remarks, it has reiterated its "firm commitment" to constructive dialogue, emphasising its determination to defend national sovereignty and restore lasting peace in the east.',
        'DR Congo', 'constructive dialogue', 'support', id='ghanaweb-support-1', marks=NOT_YET),
    pytest.param(
        # http://www.h5a3.com/world/Off_the_Wire/2025-11/21/content_118187864.shtml
        '"What is important for Congolese people to know is that in the discussions we are holding, no part of the Congolese territory will be ceded," Muyaya said during a government briefing on Monday, stressing that the country\'s territorial integrity is non-negotiable.',
        'Muyaya', 'territorial integrity', 'demand', id='h5a3-demand-1'),
    pytest.param(
        # http://www.h5a3.com/world/Off_the_Wire/2025-11/21/content_118187864.shtml
        'Earlier this week, DRC government spokesperson Patrick Muyaya reiterated that Kinshasa will not cede any territory in the Doha negotiations. The spokesperson added that the government remains committed to restoring peace in the east, where decades of armed violence have displaced millions. "What we want is the end of this rebellion and the disappearance of these auxiliaries in their current form," he said.',
        'Muyaya', 'end of this rebellion', 'demand', id='h5a3-demand-2', marks=NOT_YET),
    pytest.param(
        # https://mereja.com/forum/viewtopic.php?f=2&t=305637
        '“The African Union’s official invitation is consistent with the Ethiopian Government’s prior positions. It is known that the Government of Ethiopia has expressed that, talks should only be mediated by the African Union and should be held without any pre-conditions,” the Government Communications service has said in a statement released.',
        'Ethiopia', 'talks mediated by the African Union', 'demand', id='mereja-demand-1', marks=NOT_YET),
    pytest.param(
        # https://business-standard.com/amp/article/news-ians/houthi-rebels-favour-new-truce-in-yemen-115051901492_1.html
        'On the same day, Yemeni armed forces spokesman Sharaf Luqman, loyal to Houthis, said that he too favoured this option. "We work positively with any initiative to stop the aggression... We welcome the call by the UN envoy," Luqman said.',
        'Luqman', 'call by the UN envoy', 'support', id='business-standard-support-1', marks=NOT_YET),
    pytest.param(
        # https://energyvoice.com/oilandgas/middle-east/398591/saudi-aramco-yemen
        'In a speech marking the seventh anniversary of the war, Al-Mashat said the rebels are “ready to turn the halt of the confrontations into a final commitment if Saudi Arabia announces the withdrawal of all foreign troops from our land and water territories.”',
        'rebels', 'withdrawal of all foreign troops', 'demand', id='energyvoice-demand-1'),
    pytest.param(
        # http://www.oddonion.com/2016/09/26/houthi-leader-calls-for-truce-along-yemens-border-with-saudi-arabia/
        '“In exchange for halting the aggression by land, sea and air, stopping airstrikes and lifting the blockade, [we will] stop combat operations along border,” Samad said in a speech, Anadolu Agency reports.',
        'Samad', 'stop combat operations along border', 'offer', id='oddonion-offer-1', marks=NOT_YET),
    pytest.param(
        # https://news.am/eng/news/787303.html
        'We are ready to sign a peace treaty with Azerbaijan by the end of the year. Armenian Prime Minister Nikol Pashinyan said this during his address Tuesday at the plenary session of the European Parliament in Strasbourg, France.',
        'Pashinyan', 'sign a peace treaty with Azerbaijan', 'willing', id='am-willing-1', marks=NOT_YET),
    pytest.param(
        # https://trt.global/world/article/20a3ffd0ef5a
        '“The draft of the agreement between Armenia and Azerbaijan is agreed upon and waiting to be signed. I’m ready to put my signature under the agreed draft,” Pashinyan said in a statement on X on Wednesday.',
        'Pashinyan', 'agreed draft', 'willing', id='trt-willing-1', marks=NOT_YET),
    pytest.param(
        # https://aa.com.tr/en/politics/colombian-guerrillas-may-be-ready-to-end-conflict/86202
        'Nicolás Rodríguez Bautista, also known as “Gabino,” commander in chief of the National Liberation Army, or ELN, issued a statement on the group’s website as part of its “Political Declaration” to mark the 50th anniversary of its founding. “If we consider and then conclude that weapons are no longer necessary, we would be willing to consider laying down our arms,” he said.',
        'Bautista', 'laying down our arms', 'willing', id='aa-willing-1'),
    pytest.param(
        # https://laoferta.com/2018/03/13/colombian-president-to-resume-peace-talks-with-eln-rebels/
        '“Thinking of life, of saving lives, of achieving complete peace for Colombia. I have decided to renew peace dialogues with the ELN,” Santos said in a statement from the presidential palace.',
        'Santos', 'renew peace dialogues with the ELN', 'willing', id='laoferta-willing-1', marks=NOT_YET),
    pytest.param(
        # http://www.everyjoe.com/2017/09/25/news/white-house-debunks-north-koreas-claims-trump-declared-war/
        'Despite the latest escalation in the North’s already-feverish rhetoric, Huckabee Sanders insisted that the United States remains dedicated to peace. “Our goal is still the same. We continue to seek the peaceful denuclearization of the peninsula.',
        'Sanders', 'peaceful denuclearization of the peninsula', 'demand', id='everyjoe-demand-1'),
    pytest.param(
        # https://www.post-truth.eu/2024/12/11/slovakia-calls-for-diplomatic-solution-to-ukraine-conflict/
        'Diplomacy must return to resolving the conflict in Ukraine, starting with a ceasefire, and then moving to peace negotiations. This is the only path for Ukraine, Blanár said.',
        'Blanár', 'ceasefire', 'demand', id='post-truth-demand-1', marks=NOT_YET),
    pytest.param(
        # https://www.qatar-tribune.com/article/21128
        'Dr. Al Qahtani reiterated Qatar’s call for all parties to work together to ensure that the Doha Peace Agreement is fully implemented so that the Afghan people can enjoy stability and prosperity.',
        'Qatar', 'Doha Peace Agreement', 'demand', id='qatar-tribune-demand-1', marks=NOT_YET),
    pytest.param(
        # https://eg.usembassy.gov/ceasefire-in-libya/
        'The US Embassy in Libya tweeted that, “The US welcomes the statements of Prime Minister Fayaz Al-Sarraj, and Speaker of Parliament Ageela Saleh, as important steps for all Libyans. The United States will have more to say soon.”',
        'United States', 'statements of Prime Minister Fayaz Al-Sarraj', 'support', id='eg-support-1'),
    pytest.param(
        # https://www.aljazeera.com/news/2020/10/23/libya-ceasefire-how-the-world-reacted
        'United Nations Secretary-General Antonio Guterres welcomed the ceasefire. “This is a fundamental step toward peace and stability in Libya,” Guterres said. “I welcome the signing of a ceasefire agreement by the Libyan parties in Geneva today under the auspices of the United Nations,” he added.',
        'Guterres', 'ceasefire agreement', 'support', id='aljazeera-support-1'),
    pytest.param(
        # https://libyareview.com/7571/african-union-welcomes-libyan-ceasefire-agreement/
        'In a tweet via his Twitter account, Faki called for all parties to respect the letter and spirit of this important development. “The Libyan people deserve a permanent respite from conflict in order to begin the process of reconciliation & peacebuilding in the country,” he added.',
        'Faki', 'permanent respite from conflict', 'demand', id='libyareview-demand-1', marks=NOT_YET),
    pytest.param(
        # https://pledgetimes.com/sisis-first-comment-on-the-truce-agreement-between-israel-and-hamas/
        'Al-Sisi said in a post on Facebook: “I would like to express my welcome to the success of the Egyptian-Qatari-American mediation in reaching an agreement to implement a humanitarian truce in the Gaza Strip and an exchange of detainees held by both parties.”',
        'Sisi', 'Egyptian-Qatari-American mediation', 'support', id='pledgetimes-support-1'),
    pytest.param(
        # https://menafn.com/1109843743/Qatar-And-Egypt-Affirm-The-Continuation-Of-Their-Tireless-Efforts-Over-The-Gaza-Mediation-File
        'The two countries, in partnership with the United States of America, reaffirm their commitment to continuing efforts toward reaching a comprehensive agreement for a ceasefire in the Gaza Strip.',
        'Qatar', 'comprehensive agreement for a ceasefire', 'support', id='menafn-support-1', marks=NOT_YET),
    pytest.param(
        # https://www.marsad.ly/en/2020/08/21/declaration-of-ceasefire-in-libya-welcomed-internationally/
        'The United States of America, Britain, Italy, France, Algeria, Qatar, Egypt, Russia and the Arab League, also warmly welcomed the declaration of a ceasefire on all Libyan soil and the resumption of oil production in the country.',
        'Italy', 'declaration of a ceasefire', 'support', id='marsad-support-1', marks=NOT_YET),
    pytest.param(
        # https://libyareview.com/5866/world-welcome-libyas-ceasefire-announcement
        'It voiced its hope that there would be “concrete application of the ceasefire, to all the articulations of the petroleum industry, throughout the country.” The communique also said that Italy would continue to back the outputs of the Berlin Conference for peace under the aegis of the UN, and with the help of its EU partners.',
        'Italy', 'outputs of the Berlin Conference', 'support', id='libyareview-support-1'),
    pytest.param(
        # https://libyareview.com/5887/gcc-secretary-general-welcomes-ceasefire-announcement-in-libya/
        'Al-Hajraf called on all Libyan parties to commit to this constructive step and directly engage in the political dialogue.',
        'Al-Hajraf', 'engage in the political dialogue', 'demand', id='libyareview-demand-2', marks=NOT_YET),
    pytest.param(
        # https://gulf-times.com/article/672230/region/gcc-secretary-general-welcomes-humanitarian-pause-in-gaza-
        'The Secretary-General of the Gulf Cooperation Council Jasem Mohamed Al Budaiwi welcomed the significant and appreciated efforts made by the State of Qatar in partnership with the Arab Republic of Egypt and the United States of America in reaching a humanitarian pause to alleviate the tragic conditions in the Gaza Strip.',
        'Al Budaiwi', 'efforts made by the State of Qatar', 'support', id='gulf-times-support-1', marks=NOT_YET),
    pytest.param(
        # https://menafn.com/1109534920/Qatar-Egypt-Welcome-Hamas-Agreement-To-Release-American-Hostage
        'The two sides emphasized the urgent need to end the war on Gaza, avoid further humanitarian repercussions, and move forward with sincere will and good intentions towards achieving comprehensive, just, and sustainable peace in the region. Doha: The State of Qatar and the Arab Republic of Egypt welcomed the announcement by the Palestinian Islamic Resistance Movement (Hamas) of its agreement to release American hostage Edan Alexander, who was being held by it.',
        'Egypt', 'announcement by the Palestinian Islamic Resistance Movement', 'support', id='menafn-support-2', marks=NOT_YET),
    pytest.param(
        # https://english.ahram.org.eg/News/545830.aspx
        'They also reiterated their commitment to working within “a clear framework focused on easing suffering and consolidating a ceasefire, leading to a permanent solution.” Moreover, the two countries affirmed that they are closely coordinating with the United States to reach the long-awaited agreement that ends the strip\'s humanitarian tragedy. The statement, released by the Egyptian Foreign Ministry, added that Qatar and Egypt will not be drawn into "side calculations" that do not serve the interests of the brotherly Palestinian people.',
        'Egypt', 'consolidating a ceasefire', 'support', id='ahram-support-1', marks=NOT_YET),
    pytest.param(
        # http://boronfuelsource.com/english/2018-01/23/c_136918168.htm
        'Aung San Suu Kyi told the press that she welcomes the two ethnic armed groups for promising to join hands with the government in the peace process.',
        'Suu Kyi', 'two ethnic armed groups', 'support', id='boronfuelsource-support-1', marks=NOT_YET),
    pytest.param(
        # https://en.vietnamplus.vn/myanmar-inks-33-agreements-with-ethnic-armed-groups/112521.vnp
        'Lieut. General Yar Pyae, vice chairman of the Union Peace Dialogue Joint Committee (UPDJC), described the peace talks as very productive. “We are very pleased because we have never had results in previous talks. We have agreed on 37 points, which is a progress,” he said.',
        'Yar Pyae', 'peace talks', 'support', id='vietnamplus-support-1', marks=NOT_YET),
    pytest.param(
        # http://en.chinagate.cn/2017-03/31/content_40534633.htm
        "Five armed groups' willingness to sign the Nationwide Cease fire Accord (NCA) has shown rays of hope for peace, Myanmar State Counselor Aung San Suu Kyi said. She has stressed the importance of inking the NCA which would pave way for them to attend the upcoming second meeting of the 21st Century Panglong Peace Conference expected in April or May, a dialogue open to all ethnic armed groups.",
        'Suu Kyi', 'inking the NCA', 'support', id='chinagate-support-2', marks=NOT_YET),
    pytest.param(
        # https://www.dw.com/en/steinmeier-urges-diplomatic-solution-for-ukraine-at-visegrad-meeting/a-18335134
        'Slovakian foreign minister Miroslav Lajcak expressed the support of the central European countries for Germany in its role as a key mediator in Ukraine. "We all very much appreciate Germany\'s leadership in this matter," he said.',
        'Lajcak', 'Germany', 'support', id='dw-support-1', marks=NOT_YET),
    pytest.param(
        # https://jobbinghood.com/magazine/amp/2023/02/08/biden-us-will-support-ukraine-as-long-as-it-takes
        'U.S. President Joe Biden said Tuesday the United States is united in support for Ukraine as it opposes a Russian invasion, and that the U.S. will stand with Ukraine “as long as it takes.”',
        'United States', 'Ukraine', 'support', id='jobbinghood-support-1'),
    pytest.param(
        # https://thecitypaperbogota.com/news/colombia-and-eln-begin-talks-to-reach-total-peace/
        'Both negotiating teams welcomed the opportunity at ending the conflict, and part of Petro’s promise to deliver “total peace” to the country during his administration.',
        'Petro', 'total peace', 'offer', id='thecitypaperbogota-offer-1'),
    pytest.param(
        # https://colombiareports.com/?p=12216
        'Colombian President Juan Manuel Santos on Wednesday welcomed the ELN’s call for peace talks, but demands that the guerrillas release all hostages and stop terrorist activities before talks begin.',
        'Santos', 'release all hostages', 'demand', id='colombiareports-demand-1'),
    pytest.param(
        # https://laoferta.com/2018/03/13/colombian-president-to-resume-peace-talks-with-eln-rebels/
        'The ELN said earlier that they would heed “the call of President Santos to re-initiate discussions.”',
        'ELN', 're-initiate discussions', 'willing', id='laoferta-willing-2', marks=NOT_YET),
    pytest.param(
        # https://kyivindependent.com/pashinyan-announces-armenia-ready-to-sign-peace-treaty-with-azerbaijan
        'Armenian Prime Minister Nikol Pashinyan said he\'s willing to sign a peace treaty with Azerbaijan by the end of the year. "We must move steadily towards peace," Pashinyan said during an address to the European Parliament on Oct. 17.',
        'Pashinyan', 'peace', 'demand', id='kyivindependent-demand-1', marks=NOT_YET),
    pytest.param(
        # https://bm.ge/en/news/armenian-pm-says-ready-to-sign-peace-treaty-with-azerbaijan-by-the-end-of-the-year
        'Pashinyan said also that Armenia is ready and interested in reopening transport links on the principle of mutual recognition of sovereignty and jurisdiction of the countries through which they run, ARKA reports.',
        'Armenia', 'reopening transport links', 'willing', id='bm-willing-1', marks=NOT_YET),
    pytest.param(
        # https://indiatvnews.com/amp/news/world/ukrainian-president-rebels-back-ceasefire-plan-18745.html
        '"Tomorrow (Friday) at 2 p.m., if the planned meeting in Minsk goes ahead, I will call on the General Staff to set up a bilateral ceasefire," Xinhua quoted Poroshenko as saying on the sidelines of the NATO summit in Wales, Britain. Poroshenko voiced hope that the implementation of the peace plan aimed at ending the crisis in eastern Ukraine will also begin Friday.',
        'Poroshenko', 'implementation of the peace plan', 'support', id='indiatvnews-support-1'),
    pytest.param(
        # https://energyvoice.com/oilandgas/middle-east/398591/saudi-aramco-yemen
        'The Houthi spokesman and chief peace negotiator Mohammed Abdulsalam called on Saudi Arabia to “show its seriousness about peace and positively deal with the peace initiative” by lifting their blockade and withdrawing foreign forces from Yemen.',
        'Abdulsalam', 'lifting their blockade', 'demand', id='energyvoice-demand-2', marks=NOT_YET),
    pytest.param(
        # https://garoweonline.com/en/world/africa/au-welcomes-tplf-readiness-for-talks-with-ethiopia-s-govt
        "A statement released by the Tigray government's External Affairs office indicated that the region was set to embrace an AU-led process, a complete U-turn from the previous approach.",
        'Tigray', 'AU-led process', 'support', id='garoweonline-support-1', marks=NOT_YET),
    pytest.param(
        # https://tengele.com/news/bbc2d91e-33e0-423b-af78-83a68ba48a10/m23-rebels-reaffirm-commitment-to-doha-mediation
        "Nangaa stated the M23 would not betray peace and trusts the mediation, citing the DRC government's failure to fully meet its obligations regarding prisoner release, as outlined in the Declaration of Principles.",
        'M23', 'mediation', 'support', id='tengele-support-1', marks=NOT_YET),
]

NOT_FOUND = [
    # (text, holder, issue, stance) that must not be read
    pytest.param(
        # https://www.thepostnews.net/2025/08/21/m23-withdraws-from-peace-talks-accuse-drc-of-violating-treaty
        'According to M23 spokesperson Lawrence Kanyuka, the Congolese government “doesn’t want peace.”',
        'DR Congo', 'peace', 'oppose', id='thepostnews-none-1'),
    pytest.param(
        # https://www.aljazeera.com/news/2020/10/23/libya-ceasefire-how-the-world-reacted
        'Libya has been racked by violence since a NATO-backed uprising in 2011 overthrew and killed veteran leader Muammar Gaddafi.',
        'NATO', 'uprising', 'support', id='aljazeera-none-1'),
    pytest.param(
        # https://unn.ua/en/news/rubio-responded-whether-the-russians-are-ready-for-a-ceasefire
        'Rubio stressed that it is not yet known whether the Russians are ready for a ceasefire, but negotiations in this direction are ongoing.',
        'Russia', 'ceasefire', 'willing', id='unn-none-1', marks=NOT_YET),
    pytest.param(
        # http://news.kuwaittimes.net/website/qatar-appreciates-kuwait-mediation-gulf-crisis/
        'NEW YORK: Qatari Amir Sheikh Tamim Al-Thani said Tuesday he highly appreciated the “honest” mediation of His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah to solve the Gulf crisis.',
        'Tamim', 'mediation', 'support', id='kuwaittimes-none-1'),
    pytest.param(
        # https://pledgetimes.com/a-saudi-american-welcome-to-the-pre-negotiation-talks-between-the-sudanese-army-and-the-rapid-support-forces/
        'The statement added, “The Kingdom of Saudi Arabia and the United States commend the efforts of all countries and organizations that have expressed their support for holding these talks, including the Quartet, the League of Arab States and the tripartite mechanism,” according to the Saudi Press Agency, “SPA”.',
        'Saudi Arabia', 'efforts of all countries and organizations', 'support', id='pledgetimes-none-1'),
    pytest.param(
        # https://kivutoday.com/m23-dispatches-technical-team-to-doha-for-ceasefire-and-prisoner-release-arrangements
        'In his August 17 statement from Goma, Kanyuka said “The Alliance Fleuve Congo (AFC/M23) expresses its sincere gratitude to the State of Qatar for its unwavering efforts to achieve a peaceful resolution to the ongoing conflict in the Democratic Republic of Congo.”',
        'M23', 'efforts to achieve a peaceful resolution', 'support', id='kivutoday-none-1'),
    pytest.param(
        # http://www.laht.com/article.asp?ArticleId=2449639&CategoryId=12395
        '“I thank our ethnic national brothers and sisters and ethnic Mon and Lahu nationals for helping in the enduring existence of the union, peace in the union and development based on peace. I believe we are not doing this for ourselves but are taking the next step for the next generation,” said Suu Kyi, as quoted by state newspaper Global New Light of Myanmar.',
        'Suu Kyi', 'peace in the union', 'support', id='laht-none-1'),
    pytest.param(
        # https://www.thehansindia.com/news/international/israel-says-lebanon-ceasefire-talks-show-progress-hezbollah-says-no-truce-proposal-received-920902
        # "its goal" is Israel's, not the nearest actor's.
        "Israel has been conducting a large-scale ground offensive in Lebanon -- primarily targeting southern Lebanon, Beirut's southern suburb, and the Bekaa Valley -- since late September, saying its goal is to dismantle Hezbollah's military capabilities.",
        'Lebanon', "dismantle Hezbollah's military capabilities", 'support', id='hansindia-none-1'),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), CHECKS)
def test_positions_round6_found(run, text: str, holder: str, issue: str, stance: str) -> None:
    ex = run(text)
    assert reads_as(ex, holder, issue, stance), [(p.holder, p.issue, p.stance) for p in ex.positions]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), NOT_FOUND)
def test_positions_round6_not_found(run, text: str, holder: str, issue: str, stance: str) -> None:
    ex = run(text)
    assert not reads_as(ex, holder, issue, stance), [(p.holder, p.issue, p.stance) for p in ex.positions]
