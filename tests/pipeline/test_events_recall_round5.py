"""Events told in the words of many outlets and conflicts (Sudan, Yemen, DR Congo, Myanmar, Ukraine,
Armenia and Azerbaijan, Colombia, Ethiopia, Gaza, Libya, the Sahel, Syria): meetings, calls made and
talks scheduled ("the next round of peace talks ... will kick off", "is slated for next week"),
agreements signed and plans proposed ("proposed a new ceasefire plan"), appeals, accusations (also a
claim that another party struck: "claims the plane was shot down"), refusals, threats (a pledged or
conditional attack is a threat: "vowed to launch other attacks ... if"), welcomes, aid, withdrawals
("pulled out of an Afghan town"), sanctions ("freezing any U.S. assets"), arrests, deployments and
attacks ("responded with airstrikes"). Negatives: what must not be coded, or not as an act that
happened: a question put to a spokesman ("Asked whether ..."), a resolution's or a deal's terms ("as
called for under the deal"), an agreement denied or not approved, a refusal nobody is known to have
made. Each case is a sentence from a news page, with its address.
"""

from __future__ import annotations

import pytest

from tests.pipeline.event_support import assert_absent, assert_found

FOUND = [
    pytest.param(
        "On Saturday, UN Under-Secretary-General for Humanitarian Affairs Martin Griffiths urged both warring parties to adhere to Jeddah's Civilian Protection Declaration, stating that millions of Sudanese people are in critical need of urgent humanitarian aid.",
        'REQUEST', 'Martin Griffiths', None, 'demanded',
        id='https://www.albawaba.com/news/sudanese-army-resume-talks-rsf-jeddah-1526659#2'),
    pytest.param(
        'In October, the Sudanese armed forces and the RSF resumed their talks in Jeddah, but the hostilities in the country continue.',
        'CONSULT', 'Sudanese Armed Forces', 'Rapid Support Forces', 'occurred',
        id='https://en.sputniknews.africa/amp/20231108/sudan-military-rapid-support-forces-agree-on-steps-to-strengthen-mutual-trust-reports-1063399647.html'),
    pytest.param(
        'In detail, Saudi Arabia and the United States welcomed in a statement the start of preliminary talks between representatives of the Sudanese Armed Forces and the Rapid Support Forces in order to "draw a roadmap for the cessation of military operations."',
        'SUPPORT', 'Saudi Arabia', None, 'occurred',
        id='https://limnews.com/news/2023-05-06-preliminary-talks-in-jeddah-between-the-two-parties-to-the-conflict-in-sudan--saudi-arabia-and-america-welcome.HyshdL443.html'),
    pytest.param(
        'In detail, Saudi Arabia and the United States welcomed in a statement the start of preliminary talks between representatives of the Sudanese Armed Forces and the Rapid Support Forces in order to "draw a roadmap for the cessation of military operations."',
        'CONSULT', 'Sudanese Armed Forces', 'Rapid Support Forces', 'occurred',
        id='https://limnews.com/news/2023-05-06-preliminary-talks-in-jeddah-between-the-two-parties-to-the-conflict-in-sudan--saudi-arabia-and-america-welcome.HyshdL443.html'),
    pytest.param(
        'RSF leader, Gen Mohamed Hamdan Daglo, on Twitter welcomed the joint statement by Saudi Arabia and the United States, saying they appreciated the effort towards a ceasefire.',
        'SUPPORT', 'Gen Mohamed Hamdan Daglo', 'Saudi Arabia', 'occurred',
        id='https://ntv.co.ug/africa/news/sudan-s-army-paramilitary-rsf-in-saudi-arabia-for-direct-talks-4226048'),
    pytest.param(
        'Representatives of the Sudanese army and the Rapid Support Forces (RSF) paramilitary group began their first face-to-face talks in Saudi Arabia on Saturday, Anadolu reports.',
        'CONSULT', 'Sudanese Armed Forces', 'Rapid Support Forces', 'occurred',
        id='https://www.middleeastmonitor.com/20230506-sudans-warring-rivals-begin-direct-talks-in-saudi-arabia/'),
    pytest.param(
        'Yemeni Houthi forces on Wednesday accused the Saudi-led coalition operation in the country of violating a UN-backed ceasefire that began on Tuesday.',
        'ACCUSE', 'Houthi', 'Saudi-led coalition', 'occurred',
        id='http://www.trtworld.com/mea/houthi-forces-accuse-saudi-led-coalition-of-violating-truce-13147'),
    pytest.param(
        'The Saudi-led coalition has accused Houthi rebels of violating a two-day ceasefire that came into effect on Saturday in war-torn Yemen.',
        'ACCUSE', 'Saudi-led coalition', 'Houthis', 'occurred',
        id='https://www.alaturka.us/houthi-rebels-violate-yemen-truce-saudi-led-coalition/'),
    pytest.param(
        'The spokesman said Houthi rebels had fired a missile into southern Saudi Arabia on Saturday, but declined to give details about casualties or whether the missile had been intercepted.',
        'ASSAULT', 'Houthis', 'Saudi Arabia', 'occurred',
        id='https://www.alaturka.us/houthi-rebels-violate-yemen-truce-saudi-led-coalition/#2'),
    pytest.param(
        'The Huthis and their allies have pledged to abide by the ceasefire while Saudi Arabia has warned it will punish any attempt to exploit the truce.',
        'THREATEN', 'Saudi Arabia', None, 'occurred',
        id='https://newsofbahrain.com/world/554.html'),
    pytest.param(
        'Meanwhile, a Saudi defence ministry statement also accused the Houthis of violating the ceasefire by firing towards the Saudi border areas of Jizan and Najran.',
        'ACCUSE', 'Saudi Arabia', 'Houthis', 'occurred',
        id='https://www.aljazeera.com/news/2015/5/14/houthis-accused-of-violating-yemens-ceasefire'),
    pytest.param(
        "Yemen's Houthi militia has accused the Saudi-led coalition of launching five drone strikes on the Red Sea port city of Hodeidah.",
        'ACCUSE', 'Houthis', 'Saudi-led coalition', 'occurred',
        id='https://www.canindia.com/houthis-accuse-saudi-led-coalition-of-launching-drone-strikes-in-red-sea-port-city/'),
    pytest.param(
        'Qatar has hosted multiple rounds of direct talks between the DRC government and the rebels going back to April, but they have dealt largely with preconditions and confidence-building measures.',
        'CONSULT', 'Qatar', None, 'occurred',
        id='https://www.channelafrica.co.za/channelafrica/news/drc-m23-sign-framework-agreement-for-peace-deal-in-qatar'),
    pytest.param(
        'In March, Qatar mediated a surprise meeting between DRC President Felix Tshisekedi and Rwandan President Paul Kagame, resulting in a call for an immediate ceasefire.',
        'CONSULT', 'Qatar', None, 'occurred',
        id='https://trendbrio.com/dr-congo-m23-rebels-sign-peace-declaration-in-qatar'),
    pytest.param(
        'In June, the United States hosted further talks, where the foreign ministers of DRC and Rwanda signed a peace deal and met with U.S. President Donald Trump at the White House.',
        'CONSULT', 'United States', None, 'occurred',
        id='https://trendbrio.com/dr-congo-m23-rebels-sign-peace-declaration-in-qatar#2'),
    pytest.param(
        'The Democratic Republic of Congo (DRC) and the M23 rebel group have signed a declaration of principles in Doha, Qatar, aimed at ending fighting in eastern Congo.',
        'AGREE', 'Democratic Republic of the Congo', 'M23', 'occurred',
        id='https://trendbrio.com/dr-congo-m23-rebels-sign-peace-declaration-in-qatar#3'),
    pytest.param(
        'The United Nations has condemned the attack that targeted a village in the northwestern Sagaing region.',
        'ACCUSE', 'United Nations', None, 'occurred',
        id='https://business-standard.com/amp/world-news/myanmar-junta-launches-airstrike-on-own-village-over-100-feared-dead-123041200595_1.html'),
    pytest.param(
        "Myanmar's junta launched airstrikes on Wednesday in Sagaing Region and Kayah and Karen states, according to resistance groups.",
        'ASSAULT', 'Myanmar', None, 'occurred',
        id='https://www.irrawaddy.com/news/burma/myanmar-junta-airstrikes-hit-three-resistance-strongholds.html'),
    pytest.param(
        'The Myanmar military killed 19 people including 14 members of an insurgent militia in an air attack on a rebel position, the militia said, as the junta presses on with operations aimed at recovering territory it lost last year.',
        'ASSAULT', 'Tatmadaw', None, 'occurred',
        id='https://www.crphsupportgroup.no/post/myanmar-military-kills-19-in-air-attack-on-militia-office'),
    pytest.param(
        "In the second exchange of its type since Ukraine's surprise incursion into Russia began, Russia and Ukraine have exchanged 103 prisoners.",
        'RETREAT', 'Russia', 'Ukraine', 'occurred',
        id='https://www.oodaloop.com/briefs/2024/09/16/russia-and-ukraine-exchange-103-prisoners-each-in-deal-mediated-by-uae/'),
    pytest.param(
        'In a significant development amidst ongoing tensions, Russia and Ukraine have exchanged 150 prisoners from each side.',
        'RETREAT', 'Russia', 'Ukraine', 'occurred',
        id='https://news.videostory.com/world/20241231-russia-and-ukraine-swap-prisoners-in-uae-mediated-exchange'),
    pytest.param(
        'YEREVAN, April 13. /TASS/. Armenian Foreign Minister Ararat Mirzoyan and Foreign Minister of Azerbaijan Jeyhun Bayramov discussed a potential peace treaty during a phone call Wednesday, Mirzoyan announced in the Parliament Wednesday.',
        'CONSULT', 'Ararat Mirzoyan', 'Jeyhun Bayramov', 'occurred',
        id='https://tass.com/world/1437201/amp'),
    pytest.param(
        'The conversation came less than a week after Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Brussels for talks hosted by European Council President Charles Michel.',
        'CONSULT', 'Nikol Pashinyan', 'Ilham Aliyev', 'occurred',
        id='https://massispost.com/2022/04/armenian-azeri-fms-discuss-peace-talks/'),
    pytest.param(
        'Mirzoyan also demanded the withdrawal of Azerbaijani forces from Armenian border areas occupied during the September 13-14 hostilities and last year.',
        'REQUEST', 'Ararat Mirzoyan', None, 'demanded',
        id='https://mirrorspectator.com/2022/10/04/armenian-azerbaijani-fms-hold-fresh-talks/'),
    pytest.param(
        'Previously, the foreign ministers of Azerbaijan and Armenia held talks in Washington on May 1 through the mediation of US Secretary of State Antony Blinken.',
        'CONSULT', 'Azerbaijan', 'Armenia', 'occurred',
        id='https://news.az/news/washington-to-host-next-meeting-of-azerbaijani-armenian-fms'),
    pytest.param(
        'The Colombian government has said it was suspending a ceasefire it had announced with the National Liberation Army (ELN) armed group, which denied agreeing to any such truce.',
        'REJECT', 'Colombia', None, 'occurred',
        id='https://www.trtworld.com:443/article/12779147'),
    pytest.param(
        "Colombia's government and the National Liberation Army (ELN) rebel group resumed peace talks in Mexico City on Monday after a temporary halt caused by a misunderstanding over a mooted ceasefire.",
        'CONSULT', 'Colombia', 'ELN', 'occurred',
        id='https://warsintheworld.com/index.php/2023/02/14/colombia-colombia-and-national-liberation-army-eln-rebels-resume-peace-talks-in-mexico-after-ceasefire-confusion'),
    pytest.param(
        'BARRANQUILLA, Colombia - Colombian President Juan Manuel Santos has suspended the ongoing peace talks between his government and the Army of National Liberation (ELN) after a faction of the rebel group claimed responsibility for several attacks that left seven policemen dead in the northern coastal region of the country.',
        'REJECT', 'Juan Manuel Santos', None, 'occurred',
        id='https://inserbia.info/today/2018/01/colombia-santos-suspends-peace-talks-with-eln-after-attacks/'),
    pytest.param(
        'Ecuador hosted the fifth round of talks between the Colombian government and the left-wing rebels.',
        'CONSULT', 'Ecuador', None, 'occurred',
        id='https://www.dailysabah.com/americas/2018/01/11/cease-fire-with-colombias-eln-rebels-expires-talks-continue'),
    pytest.param(
        'Egypt and Qatar welcomed on Sunday an announcement by Hamas that it would release US-Israeli hostage Edan Alexander from Gaza, as part of direct talks with the United States towards a ceasefire.',
        'SUPPORT', 'Egypt', None, 'occurred',
        id='https://www.anews.com.tr/middle-east/2025/05/11/egypt-qatar-hail-release-of-us-israeli-hostage-as-encouraging-step'),
    pytest.param(
        "Israel confirmed on Friday that Hamas had released two Americans among more than 200 hostages abducted earlier this month as it kept up its unrelenting bombing of Gaza in response to the group's unprecedented attacks across the border.",
        'RETREAT', 'Hamas', None, 'occurred',
        id='https://www.newarab.com/news/gaza-war-qatari-mediation-hamas-frees-two-us-hostages'),
    pytest.param(
        "An Egyptian security delegation has traveled to Qatar to discuss efforts to secure the release of hostages, facilitate humanitarian aid into Gaza, and advance negotiations toward a second phase of a ceasefire, Egypt's state-affiliated Al Qahera News TV reported on Thursday.",
        'CONSULT', 'Egypt', 'Qatar', 'occurred',
        id='https://emerginggulf.com/world-politics/egyptian-delegation-heads-to-qatar-for-gaza-ceasefire-talks'),
    pytest.param(
        'Egypt, a key mediator in the ongoing Gaza conflict, proposed a new ceasefire plan earlier this week to restore calm following renewed Israeli military operations against Hamas.',
        'AGREE', 'Egypt', None, 'proposed',
        id='https://emerginggulf.com/world-politics/egyptian-delegation-heads-to-qatar-for-gaza-ceasefire-talks#2'),
    pytest.param(
        'DOHA, Nov 15 - Qatar on Tuesday urged Israel and Hamas to reach an agreement on releasing hostages seized in the October 7 attack, warning that the situation in Gaza was worsening every day.',
        'REQUEST', 'Qatar', 'Israel', 'demanded',
        id='https://www.malaymail.com/news/world/2023/11/15/qatar-urges-israel-and-hamas-to-make-hostage-deal/102078'),
    pytest.param(
        'Hamas on Monday said Israel had requested the release of 100 women and children in return for 200 Palestinian children and 75 women held in Israeli prisons.',
        'REQUEST', 'Israel', None, 'demanded',
        id='https://www.malaymail.com/news/world/2023/11/15/qatar-urges-israel-and-hamas-to-make-hostage-deal/102078#2'),
    pytest.param(
        'The Tripoli-based government led by Prime Minister Fayez Sarraj condemned the attack, saying it caused civilian casualties but without providing details.',
        'ACCUSE', 'Government of National Unity', None, 'occurred',
        id='https://www.newarab.com/news/haftars-lna-gives-government-forces-ultimatum-leave-tripoli#2'),
    pytest.param(
        'Russian Foreign Minister Sergey Lavrov on Saturday called on all sides in the conflict to refrain from using military force, including warplanes, and seek a peaceful resolution of their differences.',
        'REQUEST', 'Sergey Lavrov', None, 'demanded',
        id='http://midnightinfo.com/2019/04/07/worldwide-community-warns-haftar-against-tripoli-attack/'),
    pytest.param(
        'On Saturday, the head of the GNA accused Haftar of "betraying" him after the latter launched his military offensive on Tripoli.',
        'ACCUSE', 'GNA', 'Khalifa Haftar', 'occurred',
        id='http://midnightinfo.com/2019/04/07/worldwide-community-warns-haftar-against-tripoli-attack/#2'),
    pytest.param(
        "West African leaders lifted sanctions on Mali's military regime, accepting a March 2024 return to civilian rule and agreed to allow Burkina Faso two years for its transition back to democracy.",
        'CONCEDE', 'West African leaders', 'Mali', 'occurred',
        id='https://ictj.org/fr/node/35228'),
    pytest.param(
        'On Sunday, on the margins of the African Union Summit in Addis Ababa, leaders of ECOWAS rejected a joint request by Mali, Guinea and Burkina Faso to lift sanctions imposed on them and their suspension of membership both in Ecowas and the AU following the military takeover of governments in the three countries.',
        'REJECT', 'ECOWAS', None, 'occurred',
        id='https://nation.africa/africa/news/ecowas-maintains-sanctions-on-mali-guinea-burkina-faso--4130896'),
    pytest.param(
        'ERBIL, Kurdistan Region - Turkish President Recep Tayyip Erdogan on Tuesday welcomed the landmark deal between the new leadership in Damascus and the Kurdish-led Syrian Democratic Forces (SDF) as a win for "all our Syrian brothers."',
        'SUPPORT', 'Recep Tayyip Erdoğan', None, 'occurred',
        id='https://manage.rudaw.net/english/middleeast/turkey/11032025-amp'),
    pytest.param(
        "Syria's interim President Ahmed al-Sharaa and Syrian Democratic Forces (SDF) chief Mazloum Abdi signed a landmark agreement on Monday to integrate the SDF into Syria's state institutions.",
        'AGREE', 'Ahmed al-Sharaa', 'Mazloum Abdi', 'occurred',
        id='https://manage.rudaw.net/english/middleeast/turkey/11032025-amp#2'),
    pytest.param(
        'The committee is scheduled to meet with SDF Commander Mazloum Abdi in Hasakah on Wednesday to discuss implementation phases.',
        'CONSULT', 'Syrian Democratic Forces', 'Mazloum Abdi', 'pledged',
        id='https://kfuture.media/?p=5017'),
    pytest.param(
        'The UN representative on Monday also met with the Foreign Minister of Saudi Arabia, Ahmed Mohammed al-Jubeir, and underlined the importance of International Syria Support Group members in assisting with the re-implementation of the cessation of hostilities.',
        'CONSULT', 'United Nations', 'Ahmed Mohammed al-Jubeir', 'occurred',
        id='http://en.chinagate.cn/2016-05/03/content_38368060.htm'),
    pytest.param(
        '“We are extremely interested in finding ways in order to create the conditions for effective dialog, create the conditions for a ceasefire as soon as possible, create the conditions for a peaceful solution,” Guterres said at a meeting with Foreign Minister Sergei Lavrov.',
        'CONSULT', 'António Guterres', 'Sergey Lavrov', 'occurred',
        id='https://nationalpost.com/pmn/news-pmn/u-n-chief-tells-russia-that-ukraine-ceasefire-is-needed-as-soon-as-possible'),
    pytest.param(
        'Monday\'s unprecedented field development comes after days of the meeting between the caretaker Prime Minister Najib Mikati and the advisor to the US President for Energy Security, Amos Hochstein, on the sidelines of the Munich Security Conference, where they addressed "the situation in the south and efforts to reach a ceasefire."',
        'CONSULT', 'Najib Mikati', 'Amos Hochstein', 'occurred',
        id='https://www.lbcgroup.tv/news/press-highlights/755469/diplomatic-efforts-intensify-us-delegation-meets-lebanese-officials-on/en'),
    pytest.param(
        'The United States needs to immediately cease fire against the Houthis and enter into a political dialogue, Sergey Lavrov said in a telephone conversation with Marco Rubio.',
        'CONSULT', 'Sergey Lavrov', 'Marco Rubio', 'occurred',
        id='https://news-pravda.com/world/2025/03/16/1148377.html'),
    pytest.param(
        'Russia and Ukraine held two rounds of US-mediated peace talks in Abu Dhabi, capital of the United Arab Emirates, in January and earlier this month.',
        'CONSULT', 'Russia', 'Ukraine', 'occurred',
        id='https://en.mehrnews.com/news/241752/Next-round-of-Russia-Ukraine-talks-scheduled-for-next-week'),
    pytest.param(
        'KABUL - The next round of bilateral peace talks between US and Taliban representatives will kick off from 29th of June.',
        'CONSULT', 'United States', 'Taliban', 'pledged',
        id='https://nation.com.pk/24-Jun-2019/fresh-us-taliban-talks-on-29th'),
    pytest.param(
        'The American and Taliban representatives have held six rounds of talks regarding peace process in Qatari capital of Doha.',
        'CONSULT', 'United States', 'Taliban', 'occurred',
        id='https://nation.com.pk/24-Jun-2019/fresh-us-taliban-talks-on-29th#2'),
    pytest.param(
        'Kremlin spokesman Dmitry Peskov announced on Monday that a fresh round of U.S. mediated peace negotiations between Russia and Ukraine is slated for next week in Abu Dhabi, the capital of the United Arab Emirates, though the specific date is still being finalized.',
        'CONSULT', 'Russia', 'Ukraine', 'pledged',
        id='https://menafn.com/1110650368/New-Round-of-Russia-Ukraine-Peace-Talks-Planned-for-Next-Week'),
    pytest.param(
        'Another round of U.S.-brokered talks between envoys from Russia and Ukraine will take place next week in Geneva, days ahead of the fourth anniversary of the all-out Russian invasion of its neighbor, officials in Moscow and Kyiv said on Friday.',
        'CONSULT', 'Russia', 'Ukraine', 'pledged',
        id='https://www.startribune.com/a-new-round-of-us-brokered-talks-between-russia-and-ukraine-is-set-for-geneva-next-week/601581854'),
    pytest.param(
        'Russia and Ukraine will hold new peace talks Wednesday as a follow-up to two rounds in Istanbul that made little progress on ending their war, President Volodymyr Zelensky announced.',
        'CONSULT', 'Russia', 'Ukraine', 'pledged',
        id='https://www.themoscowtimes.com/2025/07/21/new-russia-ukraine-talks-set-for-wednesday-zelensky-says-a89897'),
    pytest.param(
        'Zelensky announced on Saturday that Ukraine had proposed a new round of peace talks with Moscow for the upcoming week, emphasizing that he was willing to meet with Russian President Vladimir Putin in person.',
        'CONSULT', 'Ukraine', 'Russia', 'proposed',
        id='https://www.themoscowtimes.com/2025/07/21/new-russia-ukraine-talks-set-for-wednesday-zelensky-says-a89897#2'),
    pytest.param(
        'The next round of peace talks between Russia and Ukraine will take place on Wednesday and Thursday, Volodymyr Zelensky has announced.',
        'CONSULT', 'Russia', 'Ukraine', 'pledged',
        id='https://www.irishexaminer.com/world/arid-41785961.html'),
    pytest.param(
        'On Saturday afternoon, top Russian envoy Kirill Dmitriev said he had held a “constructive meeting with the US peacemaking delegation” in Florida.',
        'CONSULT', 'Kirill Dmitriev', 'United States', 'occurred',
        id='https://www.irishexaminer.com/world/arid-41785961.html#2'),
    pytest.param(
        'The MPCI rebels signed a truce in October and began talks in neighboring Togo with government negotiators.',
        'AGREE', 'MPCI', None, 'occurred',
        id='https://www.latimes.com/archives/la-xpm-2002-dec-24-fg-ivory24-story.html'),
    pytest.param(
        'The MPCI rebels signed a truce in October and began talks in neighboring Togo with government negotiators.',
        'CONSULT', 'MPCI', None, 'occurred',
        id='https://www.latimes.com/archives/la-xpm-2002-dec-24-fg-ivory24-story.html'),
    pytest.param(
        'JEM was among many groups to boycott peace talks, which opened in October in Libya before quickly ending without specifying a date for resumption.',
        'REJECT', 'Justice and Equality Movement', None, 'occurred',
        id='https://www.reuters.com/article/us-sudan-darfur/darfur-rebels-threaten-to-attack-darfur-capital-idUSL2087862820071220'),
    pytest.param(
        "Chad's government has often accused Sudan of supporting an insurgency in its east as Khartoum says N'Djamena supports Darfur guerrillas.",
        'ACCUSE', 'Chad', 'Sudan', 'occurred',
        id='https://www.reuters.com/article/us-sudan-darfur/darfur-rebels-threaten-to-attack-darfur-capital-idUSL2087862820071220#2'),
    pytest.param(
        "The M23 rebels in the Democratic Republic of Congo on Friday warned that they would retaliate if attacked by a peacekeeping brigade that the United Nations has recently approved to deploy to the country's restive northeast to disarm insurgents.",
        'THREATEN', 'M23', None, 'occurred',
        id='http://www.globalpost.com/dispatch/news/afp/130412/dr-congo-rebels-warn-will-retaliate-if-attacked-un-troops-1'),
    pytest.param(
        "Days after the UN decision, M23's political leader Bertrand Bisimwa slammed the move as a declaration of war in the face of ongoing peace talks.",
        'ACCUSE', 'Bertrand Bisimwa', None, 'occurred',
        id='http://www.globalpost.com/dispatch/news/afp/130412/dr-congo-rebels-warn-will-retaliate-if-attacked-un-troops-1#2'),
    pytest.param(
        'President Trump phoned his Iranian counterpart during the UN summit in New York last week but Hassan Rouhani refused to take the call, a French diplomatic source said last night.',
        'CONSULT', 'Donald Trump', None, 'occurred',
        id='https://www.thetimes.co.uk/article/irans-president-would-not-take-donald-trumps-call-w0q6z208r'),
    pytest.param(
        'President Trump phoned his Iranian counterpart during the UN summit in New York last week but Hassan Rouhani refused to take the call, a French diplomatic source said last night.',
        'REJECT', 'Hassan Rouhani', None, 'occurred',
        id='https://www.thetimes.co.uk/article/irans-president-would-not-take-donald-trumps-call-w0q6z208r'),
    pytest.param(
        'The United States and Russia agreed on a plan for a cessation of hostilities in Syria that has begun on Feb. 27.',
        'AGREE', 'United States', 'Russia', 'occurred',
        id='http://en.chinagate.cn/2016-03/02/content_37911944.htm'),
    pytest.param(
        'The U.S., despite working to prolong the truce, called on Russia to first clarify a statement by made by the pro-regime Syrian army that the brokered ceasefire was over.',
        'REQUEST', 'United States', 'Russia', 'demanded',
        id='https://eng-archive.aawsat.com/asharq-al-awsat-english/news-middle-east/u-s-says-russia-must-clarify-syria-army-statement-truce'),
    pytest.param(
        'GENEVA, 10th June 2016 (WAM) – The United Nations World Food Programme (WFP) has delivered food for the first time since 2012 to the besieged town of Darayya, a suburb of Damascus, as part of a joint UN and Syrian Arab Red Crescent (SARC) convoy.',
        'AID', 'World Food Programme', None, 'occurred',
        id='https://www.emiratesnewsreleases.com/wfp-food-reaches-families-in-the-besieged-town-of-darayya/'),
    pytest.param(
        'In a press release by the WFP said on Monday it had managed to send a 12-truck convoy into the besieged areas of Al Qahira and Al Mudhafer districts carrying enough food for 3,000 families for one month.',
        'AID', 'World Food Programme', None, 'occurred',
        id='http://yemenpost.net/Detail123456789.aspx?ID=100&MainCat=3&SubID=8385'),
    pytest.param(
        'Moreover, WFP appealed for regular and safe passage of food to all civilians in need across Yemen.',
        'REQUEST', 'World Food Programme', None, 'demanded',
        id='http://yemenpost.net/Detail123456789.aspx?ID=100&MainCat=3&SubID=8385#2'),
    pytest.param(
        'The Houthi militant group imposed the siege around Taiz as a war tactic nine months.',
        'COERCE', 'Houthi', None, 'occurred',
        id='http://yemenpost.net/Detail123456789.aspx?ID=100&MainCat=3&SubID=8385#3'),
    pytest.param(
        'The US, UK and France have called for air drops of aid, given the previous reluctance of Damascus to allow relief into rebel-held areas.',
        'REQUEST', 'United States', None, 'demanded',
        id='https://maltatoday.com.mt/news/world/66272/food_aid_reaches_besieged_city_of_darayya_syria'),
    pytest.param(
        "YANGON (AFP) - - Myanmar security forces arrested 15 members of detained opposition leader Aung San Suu Kyi's party Tuesday as they tried to march to her home, a party spokesman said.",
        'COERCE', 'Myanmar', None, 'occurred',
        id='http://54freedom.blogspot.com/2008/05/15-aung-san-suu-kyi-supporters-arrested.html'),
    pytest.param(
        'Authorities in military-run Myanmar detained dozens of opposition party members on Sunday as they returned from ceremonies marking the death of the father of jailed pro-democracy leader Aung San Suu Kyi, witnesses said.',
        'COERCE', 'Myanmar', None, 'occurred',
        id='https://cultofthedeadfish.blogspot.com/2009/07/myanmar-detains-dozens-of-opposition.html'),
    pytest.param(
        'Turkish President Tayyip Erdogan expects to hold phone talks with Russian President Vladimir Putin to discuss the situation around Ukraine in the near future, Turkish presidential spokesman Ibrahim Kalin said on Sunday, TASS reported.',
        'CONSULT', 'Recep Tayyip Erdoğan', 'Vladimir Putin', 'occurred',
        id='https://news.am/eng/news/687753.html'),
    pytest.param(
        'Thus, in a conversation with Putin, Erdogan said that Turkey was ready to participate in the Istanbul meeting of Russia, Ukraine and the United Nations on the formation of a monitoring mechanism.',
        'CONSULT', 'Recep Tayyip Erdoğan', 'Vladimir Putin', 'occurred',
        id='https://babel.ua/en/news/79194-turkish-president-erdogan-spoke-by-phone-with-putin-and-offered-to-hold-a-meeting-of-russian-ukrainian-and-un-delegations'),
    pytest.param(
        "Turkish President Recep Tayyip Erdoğan held a phone call with his French counterpart Emmanuel Macron to discuss bilateral relations as well as global and regional developments, Türkiye's Communications Directorate said on Sunday.",
        'CONSULT', 'Recep Tayyip Erdoğan', 'Emmanuel Macron', 'occurred',
        id='https://www.anews.com.tr/turkey/2025/05/11/turkish-french-presidents-discuss-ukraine-war-bilateral-ties-in-phone-call'),
    pytest.param(
        'In a phone call, Turkish President Recep Tayyip Erdoğan Sunday told his Russian counterpart Vladimir Putin that he was glad to hear him supporting continuing the Russia-Ukraine peace talks from where they left off in Istanbul in 2022.',
        'CONSULT', 'Recep Tayyip Erdoğan', 'Vladimir Putin', 'occurred',
        id='https://www.anews.com.tr/turkey/2025/05/11/turkish-president-welcomes-putins-remarks-on-resuming-peace-talks-in-istanbul'),
    pytest.param(
        'During the conversation, Putin also briefed Erdogan on his Aug. 16 summit with U.S. President Donald Trump in Alaska, their first meeting since Trump took office in January.',
        'CONSULT', 'Vladimir Putin', 'Recep Tayyip Erdoğan', 'occurred',
        id='https://aggregoctt.github.io/putin-discusses-ukraine-war-with-erdogan-before-po-BTlaJaRQXZYf8LbyqLvezw'),
    pytest.param(
        'Erdogan proposed Turkey as a potential venue for a meeting between Putin and Zelensky in July.',
        'CONSULT', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'proposed',
        id='https://aggregoctt.github.io/putin-discusses-ukraine-war-with-erdogan-before-po-BTlaJaRQXZYf8LbyqLvezw#2'),
    pytest.param(
        'Turkish President Tayyip Erdogan offered in a phone call with Russian counterpart Vladimir Putin on Thursday to host him and Ukrainian leader Volodymyr Zelensky for talks, according to his office.',
        'CONSULT', 'Recep Tayyip Erdoğan', 'Vladimir Putin', 'proposed',
        id='https://bdnews24.com/world/2022/03/18/in-call-with-putin-erdogan-offers-to-host-him-and-zelensky-for-talks'),
    pytest.param(
        'In a separate phone call, Erdoğan also spoke with French President Emmanuel Macron.',
        'CONSULT', 'Recep Tayyip Erdoğan', 'Emmanuel Macron', 'occurred',
        id='https://www.hurriyetdailynews.com/erdogan-macron-discuss-ukraine-war-in-phone-call-209041'),
    pytest.param(
        'The Ethiopian government and Tigrayan forces have agreed on a permanent cessation of hostilities to end the war in the northern Tigrayan region.',
        'AGREE', 'Ethiopia', None, 'occurred',
        id='https://africanews.com/2022/11/02/truce-agreed-to-stop-ethiopias-war'),
    pytest.param(
        'Meeting in the Saudi port city of Jeddah, the Sudanese army and the Rapid Support Forces signed off on a seven-day ceasefire that is due to take effect on Monday at 9.45pm local time in Sudan, the US and Saudi Arabia said in a joint statement.',
        'AGREE', 'Sudanese Armed Forces', 'Rapid Support Forces', 'occurred',
        id='https://www.1news.co.nz/2023/05/21/sudan-temporary-ceasefire-agreed-say-us-and-saudi-mediators/'),
    pytest.param(
        'The African Union mediation team led by former Nigerian President Olusegun Obasanjo has successfully brokered a truce between the Ethiopian government and the Tigray People’s Liberation Front (TPLF) as both parties have agreed to a permanent ceasefire.',
        'CONSULT', 'African Union', 'Ethiopia', 'occurred',
        id='https://www.ripplesnigeria.com/ex-nigerian-president-obasanjo-led-au-peace-talks-brokers-truce-between-ethiopia-tigray-rebels/'),
    pytest.param(
        'The African Union mediation team led by former Nigerian President Olusegun Obasanjo has successfully brokered a truce between the Ethiopian government and the Tigray People’s Liberation Front (TPLF) as both parties have agreed to a permanent ceasefire.',
        'AGREE', 'Ethiopia', "Tigray People's Liberation Front", 'occurred',
        id='https://www.ripplesnigeria.com/ex-nigerian-president-obasanjo-led-au-peace-talks-brokers-truce-between-ethiopia-tigray-rebels/'),
    pytest.param(
        'Ethiopia‘s Prime Minister, Abiy Ahmed, who expressed gratitude to Obasanjo and other mediators on the conclusion of the peace talks, said in a statement that his government’s commitment to the implementation of the agreement was strong.',
        'SUPPORT', 'Abiy Ahmed', 'Olusegun Obasanjo', 'occurred',
        id='https://www.ripplesnigeria.com/ex-nigerian-president-obasanjo-led-au-peace-talks-brokers-truce-between-ethiopia-tigray-rebels/#2'),
    pytest.param(
        'British troops have pulled out of an Afghan town which has been a centre of Taleban insurgency in recent months.',
        'RETREAT', 'United Kingdom', None, 'occurred',
        id='https://www.newssniffer.co.uk/articles/6782/diff/3/4'),
    pytest.param(
        'Russian forces withdrew from a strategic Black Sea island Thursday, potentially easing the threat to the vital Ukrainian port city of Odesa, but kept up their push to encircle the last stronghold of resistance in the eastern province of Luhansk.',
        'RETREAT', 'Russian Armed Forces', None, 'occurred',
        id='https://hosted.ap.org/moneyradio1510/tags/troop-withdrawals'),
    pytest.param(
        'Turkey on Tuesday called on Greece to withdraw its armed forces from Aegean islands, warning that his country will challenge the status of the islands if it fails to demilitarize them.',
        'REQUEST', 'Turkey', 'Greece', 'demanded',
        id='https://hosted.ap.org/moneyradio1510/tags/troop-withdrawals#2'),
    pytest.param(
        'After being encircled by Ukrainian forces, Russia pulled troops out Saturday from an eastern Ukrainian city that it had been using as a front-line hub.',
        'RETREAT', 'Russia', None, 'occurred',
        id='https://hosted.ap.org/thecourier/tags/troop-withdrawals'),
    pytest.param(
        'Syrian troops on Thursday began withdrawing from Tall Kalakh, deploying on the outskirts of the western town that had been besieged following pro-democracy protests, a witness told Agence France Presse.',
        'RETREAT', 'Syria', None, 'occurred',
        id='https://cdn.naharnet.com/stories/en/6735-syrian-troops-pull-out-of-tall-kalakh-deploy-on-outskirts'),
    pytest.param(
        'The Treasury Department said it was freezing any U.S. assets and criminalizing transactions with Ali Yagoub Gibril, Central Darfur commander of the Rapid Support Forces, and an RSF major general involved in operational planning, Osman Mohamed Hamid Mohamed.',
        'SANCTION', 'Treasury Department', None, 'occurred',
        id='https://voaafrica.com/amp/us-slaps-sanctions-on-sudan-paramilitary-commanders-over-darfur-offensive/7613524.html'),
    pytest.param(
        'The United States has accused both sides of war crimes and charged that the RSF has carried out ethnic cleansing and crimes against humanity against the indigenous African-origin people of Darfur.',
        'ACCUSE', 'United States', 'Rapid Support Forces', 'occurred',
        id='https://voaafrica.com/amp/us-slaps-sanctions-on-sudan-paramilitary-commanders-over-darfur-offensive/7613524.html#2'),
    pytest.param(
        'The United States also imposed sanctions on Dagalo in September 2023, early on in the conflict.',
        'SANCTION', 'United States', 'Mohamed Hamdan Dagalo', 'occurred',
        id='https://www.millenniumpost.in/world/eu-sanctions-sudan-paramilitary-group-rsfs-second-in-command-636554'),
    pytest.param(
        'The United States has imposed sanctions against two commanders of Sudan’s paramilitary Rapid Support Forces (RSF), as rights groups and the United Nations warn that deadly violence in the North Darfur region is escalating.',
        'SANCTION', 'United States', None, 'occurred',
        id='https://webjosh.com/article/us-sanctions-two-rsf-commanders-as-fighting-escalates-in-sudan-s-darfur-1715797804-15131'),
    pytest.param(
        'The RSF, while not addressing the sanctions directly, said it welcomed international efforts for a ceasefire and accused the military of obstructing peace.',
        'SUPPORT', 'Rapid Support Forces', None, 'occurred',
        id='https://msd11.gn.apc.org/article/eu-sanctions-rsf-leader-after-atrocities-his-forces-darfur'),
    pytest.param(
        'The U.S. is sending 5,200 active-duty troops this week to “harden” the border with Mexico, officials announced Monday.',
        'MOBILIZE', 'United States', None, 'occurred',
        id='https://nbcpalmsprings.com/2018/10/29/us-sending-5200-troops-to-us-mexico-border/'),
]

ABSENT = [
    pytest.param(
        "On Saturday, UN Under-Secretary-General for Humanitarian Affairs Martin Griffiths urged both warring parties to adhere to Jeddah's Civilian Protection Declaration, stating that millions of Sudanese people are in critical need of urgent humanitarian aid.",
        'AGREE',
        id='https://www.albawaba.com/news/sudanese-army-resume-talks-rsf-jeddah-1526659#2#no-AGREE'),
    pytest.param(
        'Yemeni Houthi forces on Wednesday accused the Saudi-led coalition operation in the country of violating a UN-backed ceasefire that began on Tuesday.',
        'AGREE',
        id='http://www.trtworld.com/mea/houthi-forces-accuse-saudi-led-coalition-of-violating-truce-13147#no-AGREE'),
    pytest.param(
        'The Saudi-led coalition has accused Houthi rebels of violating a two-day ceasefire that came into effect on Saturday in war-torn Yemen.',
        'AGREE',
        id='https://www.alaturka.us/houthi-rebels-violate-yemen-truce-saudi-led-coalition/#no-AGREE'),
    pytest.param(
        'Meanwhile, a Saudi defence ministry statement also accused the Houthis of violating the ceasefire by firing towards the Saudi border areas of Jizan and Najran.',
        'AGREE',
        id='https://www.aljazeera.com/news/2015/5/14/houthis-accused-of-violating-yemens-ceasefire#no-AGREE'),
    pytest.param(
        'The exchange was made possible thanks to the mediation of the United Arab Emirates, as it turned out.',
        'AGREE',
        id='https://pledgetimes.com/ukraine-russia-war-continues-but-there-is-a-sign-of-hope/#no-AGREE'),
    pytest.param(
        'The exchange was made possible thanks to the mediation of the United Arab Emirates, as it turned out.',
        'REQUEST',
        id='https://pledgetimes.com/ukraine-russia-war-continues-but-there-is-a-sign-of-hope/#no-REQUEST'),
    pytest.param(
        'YEREVAN, April 13. /TASS/. Armenian Foreign Minister Ararat Mirzoyan and Foreign Minister of Azerbaijan Jeyhun Bayramov discussed a potential peace treaty during a phone call Wednesday, Mirzoyan announced in the Parliament Wednesday.',
        'AGREE',
        id='https://tass.com/world/1437201/amp#no-AGREE'),
    pytest.param(
        'The Colombian government has said it was suspending a ceasefire it had announced with the National Liberation Army (ELN) armed group, which denied agreeing to any such truce.',
        'AGREE:occurred',
        id='https://www.trtworld.com:443/article/12779147#no-AGREE:occurred'),
    pytest.param(
        'I welcome the public commitment by the Ethiopian Federal Government and the TPLF to enter into #AU-led peace talks to end the crisis in northern #Ethiopia.',
        'AGREE',
        id='https://respublicae.eu/@davidmcallister/109121552741399874#no-AGREE'),
    pytest.param(
        'I welcome the public commitment by the Ethiopian Federal Government and the TPLF to enter into #AU-led peace talks to end the crisis in northern #Ethiopia.',
        'REQUEST',
        id='https://respublicae.eu/@davidmcallister/109121552741399874#no-REQUEST'),
    pytest.param(
        'DOHA, Nov 15 - Qatar on Tuesday urged Israel and Hamas to reach an agreement on releasing hostages seized in the October 7 attack, warning that the situation in Gaza was worsening every day.',
        'AGREE',
        id='https://www.malaymail.com/news/world/2023/11/15/qatar-urges-israel-and-hamas-to-make-hostage-deal/102078#no-AGREE'),
    pytest.param(
        'TRIPOLI: Libyan army commander Khalifa Haftar on Thursday ordered his forces to march on Tripoli, the capital of the UN-backed government, sparking fears of a major showdown with rival militias.',
        'REQUEST',
        id='http://www.arabnews.com/node/1477536/middle-east#no-REQUEST'),
    pytest.param(
        'TRIPOLI: Libyan army commander Khalifa Haftar on Thursday ordered his forces to march on Tripoli, the capital of the UN-backed government, sparking fears of a major showdown with rival militias.',
        'AGREE',
        id='http://www.arabnews.com/node/1477536/middle-east#no-AGREE'),
    pytest.param(
        'The communique was issued after a day of talks in the Ghanaian capital Accra, three months after the bloc slapped sanctions on Mali.',
        'AGREE',
        id='https://www.graphic.com.gh/news/general-news/ecowas-maintains-sanctions-on-mali-demands-immediate-release-of-prez-kabore.html#no-AGREE'),
    pytest.param(
        'The communique was issued after a day of talks in the Ghanaian capital Accra, three months after the bloc slapped sanctions on Mali.',
        'REQUEST',
        id='https://www.graphic.com.gh/news/general-news/ecowas-maintains-sanctions-on-mali-demands-immediate-release-of-prez-kabore.html#no-REQUEST'),
    pytest.param(
        'Asked whether the US draft Security Council resolution calling for a “temporary ceasefire” as opposed to a “humanitarian pause” represents a shift in Washington’s stance, US State Department spokesman Matthew Miller indicates that it doesn’t.',
        'REQUEST',
        id='https://www.timesofisrael.com/liveblog_entry/us-calling-for-a-ceasefire-that-hamas-hasnt-agreed-to-wont-do-anything/#no-REQUEST'),
    pytest.param(
        'Asked whether the US draft Security Council resolution calling for a “temporary ceasefire” as opposed to a “humanitarian pause” represents a shift in Washington’s stance, US State Department spokesman Matthew Miller indicates that it doesn’t.',
        'AGREE',
        id='https://www.timesofisrael.com/liveblog_entry/us-calling-for-a-ceasefire-that-hamas-hasnt-agreed-to-wont-do-anything/#no-AGREE'),
    pytest.param(
        '“Just calling for a temporary ceasefire that Hamas has not agreed to is not going to do anything to get the hostages out, which is why we can continue to pursue diplomacy with Israel and with the governments of Egypt and Qatar to try and achieve a temporary ceasefire that would secure the release of the hostages.”',
        'AGREE:occurred',
        id='https://www.timesofisrael.com/liveblog_entry/us-calling-for-a-ceasefire-that-hamas-hasnt-agreed-to-wont-do-anything/#2#no-AGREE:occurred'),
    pytest.param(
        '"We [the United States] are not aware of any groups that have outright refused," Kirby told reporters in Washington when asked if any groups refused to abide by the ceasefire.',
        'REJECT:occurred',
        id='https://sputniknews.com/20160912/us-state-dept-unaware-ceasefire-1045238474.html#no-REJECT:occurred'),
    pytest.param(
        '"We [the United States] are not aware of any groups that have outright refused," Kirby told reporters in Washington when asked if any groups refused to abide by the ceasefire.',
        'REQUEST',
        id='https://sputniknews.com/20160912/us-state-dept-unaware-ceasefire-1045238474.html#no-REQUEST'),
    pytest.param(
        '"We [the United States] are not aware of any groups that have outright refused," Kirby told reporters in Washington when asked if any groups refused to abide by the ceasefire.',
        'AGREE',
        id='https://sputniknews.com/20160912/us-state-dept-unaware-ceasefire-1045238474.html#no-AGREE'),
    pytest.param(
        'There had been a measure of reduced violence since the truce was agreed but not seven consecutive days of calm as called for under the deal, Kirby added.',
        'REQUEST',
        id='https://eng-archive.aawsat.com/asharq-al-awsat-english/news-middle-east/u-s-says-russia-must-clarify-syria-army-statement-truce#2#no-REQUEST'),
    pytest.param(
        'On Thursday, Taher al-Nounou, the media advisor to the head of the Political Bureau of Hamas, denied reaching a ceasefire agreement with Israel.',
        'AGREE:occurred',
        id='https://waradana.com/english/article/165969-conflicting-statements-what-is-the-truth-behind-the-ceasefire-in-gaza#no-AGREE:occurred'),
    pytest.param(
        'He reported that Israel has not approved any ceasefire in its military campaign against Hamas, but will continue to allow short pauses for humanitarian aid to enter.',
        'AGREE:occurred',
        id='https://waradana.com/english/article/165969-conflicting-statements-what-is-the-truth-behind-the-ceasefire-in-gaza#2#no-AGREE:occurred'),
    pytest.param(
        'Hamas denies that it has accepted any 24-hour humanitarian ceasefire, contrary to claims by a Palestinian Authority spokesperson.',
        'AGREE:occurred',
        id='https://www.timesofisrael.com/liveblog_entry/hamas-says-it-hasnt-accepted-ceasefire/#no-AGREE:occurred'),
    pytest.param(
        'Erdogan proposed Turkey as a potential venue for a meeting between Putin and Zelensky in July.',
        'AGREE',
        id='https://aggregoctt.github.io/putin-discusses-ukraine-war-with-erdogan-before-po-BTlaJaRQXZYf8LbyqLvezw#2#no-AGREE'),
    pytest.param(
        'Turkey on Tuesday called on Greece to withdraw its armed forces from Aegean islands, warning that his country will challenge the status of the islands if it fails to demilitarize them.',
        'RETREAT',
        id='https://hosted.ap.org/moneyradio1510/tags/troop-withdrawals#2#no-RETREAT'),
    # -- to commit a crime is no pledge; claiming a victory accuses no one
    pytest.param(
        'The atrocities, war crimes and crimes against humanity committed by Russian state forces bear clear markers of genocide.',
        'AGREE',
        id='https://femmes-ukrainiennes.ch/project/wfuwos-main-representative-addresses-unog-on-russian-state-forces-violent-actions-in-ukraine/#no-AGREE'),
    pytest.param(
        'Human Rights Watch (HRW) said Feb. 15 that militias allied with Iraqi forces are committing abuses that are "possibly war crimes."',
        'AGREE',
        id='http://classic.countervortex.org/taxonomy/term/126?page=57#no-AGREE'),
    pytest.param(
        'The Justice and Equality Movement (JEM) claimed victory in clashes with the army in the past week, taking 29 prisoners.',
        'ACCUSE',
        id='https://www.reuters.com/article/us-sudan-darfur/darfur-rebels-threaten-to-attack-darfur-capital-idUSL2087862820071220#no-ACCUSE'),
    pytest.param(
        'Darfur\u2019s JEM rebels claimed that 34 of the soldiers were from the Central Reserve Force.',
        'ACCUSE',
        id='https://dabangasudan.org/en/all-news/article/red-cross-confirms-darfur-rebels-release-35-soldiers#no-ACCUSE'),
]


@pytest.mark.parametrize(("text", "type_", "actor", "target", "status"), FOUND)
def test_act_is_found(run, text: str, type_: str, actor: str, target: str | None, status: str) -> None:
    assert_found(run(text, published="2024-01-01"), type_, actor, target, status)


@pytest.mark.parametrize(("text", "absent"), ABSENT)
def test_words_that_report_no_such_act(run, text: str, absent: str) -> None:
    assert_absent(run(text, published="2024-01-01"), absent)
