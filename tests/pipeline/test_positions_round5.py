"""The ``parley_positions`` stage, round 5: a check set of stance wordings from many outlets and conflicts
(Sudan, Yemen, DR Congo, Armenia-Azerbaijan, Western Sahara, Cyprus, Kosovo, Ethiopia, Ukraine, Gaza, Syria,
the Sahel, Myanmar, Colombia, Libya, Afghanistan, Liberia, Ivory Coast, South Sudan, Venezuela, the Philippines):
"will not negotiate until X", "would
only halt its offensive if X", "if X, Russia would be prepared to", "ready for a ceasefire, on condition that
X", "there could be no ceasefire until X", "X is not an option", "X is the only solution", "won the backing of
Spain", "demands made by X that", "has placed conditions to agree on", "agreed to X as well as to Y", "his call
to V", "rebels from/with the group X", "will not relinquish", "we don't have a problem with", inverted attributions ("..., stated Bayramov"), a participle of speech
("insisting that"), and the dateline that is no subject ("RIYADH (Reuters) - Yemen's Houthi group said it").

Negatives: who stands behind whom told as background ("the LNA, backed by Russia, Egypt and the UAE"), a
supposition ("If Ukraine renounces its aim to join NATO"), a third party's judgement ("called Guaido a puppet that
seeks to oust him"), a deed told.

Sentences come from news pages found with the project's search tool (source URL in each case); rows marked
NOT_YET are wordings not read yet (parser errors, holders the actors stage does not find, "accept X as Y").
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_positions import reads_as

NOT_YET = pytest.mark.xfail(reason="not read yet", strict=False)

CHECKS = [
    # (text, holder, issue as a reader would write it, stance)
    pytest.param(
        # https://justiceinfo.net/en?p=134748
        "The same day, Daglo welcomed the invitation and announced the RSF's intent to participate.",
        'Daglo', 'invitation', 'support', id='justiceinfo-support-1'),
    pytest.param(
        # https://tass.com/world/1607393
        'The Sudanese army will not engage in any negotiations with the Rapid Support Forces until their units return to their home base, army commander Abdel Fattah al-Burhan said on Thursday.',
        'Sudanese Armed Forces', 'units return to their home base', 'demand', id='tass-demand-1'),
    pytest.param(
        # https://tass.com/world/1613105
        'The Sudanese army has agreed to hold talks with the paramilitary Rapid Support Forces to establish and maintain a ceasefire, but not to end the fighting, a special envoy of the Sudanese army commander said in Cairo on Thursday.',
        'Sudanese Armed Forces', 'hold talks with the paramilitary Rapid Support Forces', 'willing', id='tass-willing-1'),
    pytest.param(
        # http://businessghana.com/site/news/Politics/285196/Sudan-s-army-rules-out-direct-talks-with-rival-forces-report
        "Dafallah Alhaj said the army accepted an initiative being spearheaded by the US and Saudi Arabia to broker a ceasefire, but communication with the Rapid Support Forces (RSF) would have to be through mediators, the agency quotes him as saying at a press conference in Egypt's capital Cairo.",
        'Alhaj', 'initiative', 'willing', id='businessghana-willing-1', marks=NOT_YET),
    pytest.param(
        # https://sudantribune.com/article275554
        'The foreign ministry further emphasized the army’s willingness to reach a fair agreement that would stop hostilities and pave the way for discussing post-war issues.',
        'army', 'reach a fair agreement', 'willing', id='sudantribune-willing-1', marks=NOT_YET),
    pytest.param(
        # https://sudantribune.com/article275554
        'The RSF refuses to withdraw their fighters from Khartoum, considering that this makes them vulnerable to attacks by the Sudanese army.',
        'RSF', 'withdraw their fighters from Khartoum', 'reject', id='sudantribune-reject-1'),
    pytest.param(
        # https://suara.my/news/headlines/uss-blinken-urges-sudanese-army-to-participate-in-ceasefire-talks-state-dept-says
        'The Geneva talks, which the RSF has agreed to attend, would be the first major attempt in months to mediate between the two warring sides to end the 15-month-old war.',
        'RSF', 'Geneva talks', 'willing', id='suara-willing-1'),
    pytest.param(
        # https://www.reuters.com/world/middle-east/yemen-houthis-welcome-talks-with-saudi-led-coalition-neutral-country-statement-2022-03-16/
        'RIYADH, March 16 (Reuters) - Yemen\'s Houthi group said on Wednesday it would welcome talks with the Saudi-led coalition if the venue is a neutral country, including some Gulf states, and that the priority is lifting "arbitrary" restrictions on Yemeni ports and Sanaa airport.',
        'Houthi', 'talks with the Saudi-led coalition', 'willing', id='reuters-willing-1'),
    pytest.param(
        # https://www.reuters.com/world/middle-east/yemen-houthis-welcome-talks-with-saudi-led-coalition-neutral-country-statement-2022-03-16/
        'RIYADH, March 16 (Reuters) - Yemen\'s Houthi group said on Wednesday it would welcome talks with the Saudi-led coalition if the venue is a neutral country, including some Gulf states, and that the priority is lifting "arbitrary" restrictions on Yemeni ports and Sanaa airport.',
        'Houthi', 'lifting restrictions on Yemeni ports and Sanaa airport', 'demand', id='reuters-demand-1', marks=NOT_YET),
    pytest.param(
        # https://www.reuters.com/world/middle-east/yemen-houthis-welcome-talks-with-saudi-led-coalition-neutral-country-statement-2022-03-16/
        'The U.N. and the United States, trying to engineer a truce, have pressed Riyadh to lift sea and air restrictions on Houthi-held areas to alleviate a dire humanitarian crisis.',
        'United States', 'lift sea and air restrictions', 'demand', id='reuters-demand-2'),
    pytest.param(
        # https://www.uprising.today/mohammed-al-houthi-end-of-aggression-and-lifting-of-blockade-necessary-before-any-talks-can-be-held/
        'Mohammed Ali al-Houthi, a member of the Supreme Political Council, reiterated his call to stop the aggression, lift the blockade and air embargo before starting any dialogue.',
        'Mohammed Ali al-Houthi', 'lift the blockade', 'demand', id='uprising-demand-1', marks=NOT_YET),
    pytest.param(
        # https://www.uprising.today/mohammed-al-houthi-end-of-aggression-and-lifting-of-blockade-necessary-before-any-talks-can-be-held/
        'Mohammed al-Houthi called for the release of all prisoners and the immediate start of the delivery of international relief aid in cash to all beneficiaries in Yemen.',
        'Mohammed al-Houthi', 'release of all prisoners', 'demand', id='uprising-demand-2'),
    pytest.param(
        # https://www.sott.net/article/401147-A-lasting-peace-Yemeni-government-ready-for-talks-with-Houthis-to-resolve-crisis
        'The Yemeni government is prepared to hold talks with Houthi rebels to resolve the ongoing crisis, yet the rebels should agree to participate in the upcoming consultations in Sweden without preconditions, Yemeni Ambassador to Russia Ahmed Salem Wahishi told Sputnik.',
        'Yemen', 'hold talks with Houthi rebels', 'willing', id='sott-willing-1'),
    pytest.param(
        # https://www.yemenonline.info/public/index.php/politics/2978
        "Yemen’s Houthi militias have placed several conditions to agree on a comprehensive political deal amid efforts by UN Special Envoy for Yemen Martin Griffiths and European ambassadors to revive talks on ending the country's war.",
        'Houthi', 'comprehensive political deal', 'willing', id='yemenonline-willing-1', marks=NOT_YET),
    pytest.param(
        # https://www.yemenonline.info/public/index.php/politics/2978
        'The sources quoted Houthi foreign minister in the coup government Hisham Sharaf as saying that a political settlement in Yemen requires a comprehensive ceasefire at all battlefronts, an end to the blockade, and a set of measures on confidence-building, which include the payment of salaries for civil servants, reopening of Sanaa airport and allowing access for oil tankers and ships carrying foodstuff at Hodeidah port without any hindrance.',
        'Sharaf', 'comprehensive ceasefire at all battlefronts', 'demand', id='yemenonline-demand-1', marks=NOT_YET),
    pytest.param(
        # https://www.trtworld.com:443/article/822d79de491c
        'President Felix Tshisekedi has until now rejected direct talks with M23 and the government has not officially confirmed its participation.',
        'Tshisekedi', 'direct talks with M23', 'reject', id='trtworld-reject-1'),
    pytest.param(
        # https://www.trtworld.com:443/article/822d79de491c
        "M23 welcomed Angola's initiative but asked Tshisekedi to publicly express his commitment to directly negotiating with the group.",
        'M23', "Angola's initiative", 'support', id='trtworld-support-1'),
    pytest.param(
        # https://www.chicagotribune.com/lifestyles/ct-xpm-2012-11-27-sns-rt-congodemocratic-update-4-pix-tvl5e8mr1od-20121127-story.html
        'But the political chief of M23, Jean-Marie Runiga, told reporters in Goma his forces would withdraw only if Kabila held national talks, released political prisoners and dissolved the electoral commission, a body accused by Western powers of delivering Kabila a second term in flawed 2011 polls.',
        'Runiga', 'national talks', 'demand', id='chicagotribune-demand-1', marks=NOT_YET),
    pytest.param(
        # https://www.eleconomista.es/global/amp/4426543/Congo-M23-rebel-leader-heads-to-Kampala-for-talks-M23-spokesman
        'Congo said it would not negotiate with the rebels until they pulled out of Goma, but the rebels said the government was in no position to set conditions on peace talks.',
        'Congo', 'pulled out of Goma', 'demand', id='eleconomista-demand-1'),
    pytest.param(
        # https://newtimes.co.rw/article/3008/news/security/m23-agrees-on-ceasefire-wants-meeting-with-uhuru-kenyatta
        'M23 has, however, since ruled out withdrawing and instead called for direct talks with Kinshasa, which it has accused of reneging on previous peace agreements.',
        'M23', 'withdrawing', 'reject', id='newtimes-reject-1'),
    pytest.param(
        # https://newtimes.co.rw/article/3008/news/security/m23-agrees-on-ceasefire-wants-meeting-with-uhuru-kenyatta
        'M23 has, however, since ruled out withdrawing and instead called for direct talks with Kinshasa, which it has accused of reneging on previous peace agreements.',
        'M23', 'direct talks with Kinshasa', 'demand', id='newtimes-demand-1'),
    pytest.param(
        # https://www.thearmenianreport.com/post/azerbaijan-insists-armenia-change-constitution-before-signing-peace-treaty
        'Armenia must change its constitution before it can sign a peace treaty with Azerbaijan, stated Azerbaijani Foreign Minister Jeyhun Bayramov on Thursday.',
        'Bayramov', 'change its constitution', 'demand', id='thearmenianreport-demand-1'),
    pytest.param(
        # https://www.thearmenianreport.com/post/azerbaijan-insists-armenia-change-constitution-before-signing-peace-treaty
        'Armenia is ready to finalize and sign the treaty within a month, the ministry added.',
        'Armenia', 'finalize and sign the treaty', 'willing', id='thearmenianreport-willing-1'),
    pytest.param(
        # https://www.asbarez.com/only-obstacle-to-peace-treaty-is-armenias-constitution-says-aliyevs-top-aide
        'Azerbaijan’s leadership continues to demand that Armenia not only change its constitution, but remove Armenia’s Declaration of Independence reference, deeming that as “the only obstacle” in the signing of a peace treaty between the two countries.',
        # one cue ("demand that"), "not only X, but Y": one issue (docs/annotation.md §5, conjoined issues under one cue)
        'Azerbaijan', "change its constitution, but remove Armenia's Declaration of Independence reference", 'demand',
        id='asbarez-demand-1'),
    pytest.param(
        # https://horizonweekly.ca/?p=603388
        'Prime Minister Nikol Pashinyan in the past has said the language in the Declaration of Independence threatens stability in the region, advocating for changes to Armenia’s Constitution that reflect the current geopolitical realities.',
        'Pashinyan', "changes to Armenia's Constitution", 'support', id='horizonweekly-support-1', marks=NOT_YET),
    pytest.param(
        # https://mauritania.news-pravda.com/en/mauritania/2025/10/30/2797.html
        'The Polisario Front has officially refused to participate in any political processes that, in its opinion, "legitimize the illegal Moroccan occupation of Western Sahara. "',
        'Polisario', 'participate in any political processes', 'reject', id='mauritania-reject-1'),
    pytest.param(
        # https://www.aljazeera.com/news/2007/4/11/morocco-offers-w-sahara-autonomy
        'Polisario, which seeks the independence of the territory, has rejected any autonomy plan and presented its own plan to the UN on Tuesday.',
        'Polisario', 'autonomy plan', 'reject', id='aljazeera-reject-1'),
    pytest.param(
        # http://www.corcas.com/Default.aspx?tabid=706&ctl=Details&mid=1555&ItemID=356
        "Polisario has already dismissed autonomy and the council's draft proposal could worsen Morocco's strained relations with its neighbour Algeria.",
        'Polisario', 'autonomy', 'reject', id='corcas-reject-1', marks=NOT_YET),
    pytest.param(
        # https://today.thefinancialexpress.com.bd/print/autonomy-plan-for-western-sahara-1649346006
        'RABAT, Apr 07 (AFP): Morocco, locked in a decades-long struggle with the Polisario independence movement for control of the Western Sahara, has offered limited self-government there-but insists Rabat must keep sovereignty.',
        'Morocco', 'limited self-government', 'offer', id='thefinancialexpres-offer-1', marks=NOT_YET),
    pytest.param(
        # https://today.thefinancialexpress.com.bd/print/autonomy-plan-for-western-sahara-1649346006
        "Its 15-year-old autonomy plan last month won the backing of the desert territory's former occupier Spain, whose Prime Minister Pedro Sanchez visits Rabat on Thursday to draw a line under a year-long diplomatic dispute.",
        'Spain', 'autonomy plan', 'support', id='thefinancialexpres-support-1'),
    pytest.param(
        # https://today.thefinancialexpress.com.bd/print/autonomy-plan-for-western-sahara-1649346006
        'The Polisario has rejected the plan, continuing to demand a referendum on full self-determination.',
        'Polisario', 'referendum on full self-determination', 'demand', id='thefinancialexpres-demand-1'),
    pytest.param(
        # https://today.thefinancialexpress.com.bd/print/autonomy-plan-for-western-sahara-1649346006
        'The Polisario wants a fully independent Sahrawi Arab Democratic Republic, a goal for which it fought a bitter 15-year war ending in a 1991 ceasefire deal.',
        'Polisario', 'fully independent Sahrawi Arab Democratic Republic', 'demand', id='thefinancialexpres-demand-2', marks=NOT_YET),
    pytest.param(
        # http://oklahoman.com/article/feed/10200859/turkey-says-2-state-solution-only-option-for-divided-cyprus
        'ANKARA, Turkey (AP) — Turkish President Recep Tayyip Erdogan on Wednesday ruled out discussing a federal system to reunify Cyprus, insisting that a two-state accord is the only solution for the ethnically-split island.',
        'Erdogan', 'federal system', 'reject', id='oklahoman-reject-1'),
    pytest.param(
        # http://oklahoman.com/article/feed/10200859/turkey-says-2-state-solution-only-option-for-divided-cyprus
        'ANKARA, Turkey (AP) — Turkish President Recep Tayyip Erdogan on Wednesday ruled out discussing a federal system to reunify Cyprus, insisting that a two-state accord is the only solution for the ethnically-split island.',
        # Erdogan's words (the dateline "ANKARA, Turkey" is no speaker)
        'Erdogan', 'two-state accord', 'demand', id='oklahoman-demand-1'),
    pytest.param(
        # https://trt.global/world/article/9b6642b475a8
        'Turkish Republic of Northern Cyprus President Ersin Tatar has reiterated his insistence on a two-state solution in Cyprus, emphasising that the Greek Cypriot side has shown no intention to reach a solution.',
        'Tatar', 'two-state solution', 'demand', id='trt-demand-1'),
    pytest.param(
        # https://exbulletin.com/world/729960/
        'On Monday, the leaders of Greece and Cyprus said they would accept only a peace agreement based on UN resolutions, rejecting the formula of the two states backed by Turkey and the Turkish Cypriots.',
        'Greece', 'peace agreement based on UN resolutions', 'willing', id='exbulletin-willing-1', marks=NOT_YET),
    pytest.param(
        # https://exbulletin.com/world/729960/
        'On Monday, the leaders of Greece and Cyprus said they would accept only a peace agreement based on UN resolutions, rejecting the formula of the two states backed by Turkey and the Turkish Cypriots.',
        'Turkey', 'two states', 'support', id='exbulletin-support-1'),
    pytest.param(
        # https://cyprus-mail.com/2025/09/26/erdogan-rules-out-return-to-federal-cyprus-talks-after-turkish-cypriot-election
        'Turkish President Recep Tayyip Erdogan on Friday ruled out any return to negotiations towards a federal solution to the Cyprus problem, regardless of who wins next month’s Turkish Cypriot leadership election.',
        'Erdogan', 'return to negotiations towards a federal solution', 'reject', id='cyprus-mail-reject-1'),
    pytest.param(
        # https://cyprus-mail.com/2025/09/26/erdogan-rules-out-return-to-federal-cyprus-talks-after-turkish-cypriot-election
        'The Turkish Cypriot leadership election will take place on October 19, and will see incumbent Ersin Tatar challenged by former Turkish Cypriot ‘prime minister’ Tufan Erhurman, who advocates for a return to negotiations based on a federal solution.',
        'Erhurman', 'return to negotiations based on a federal solution', 'support', id='cyprus-mail-support-1'),
    pytest.param(
        # https://www.financialmirror.com/2021/02/10/turkey-insists-two-state-solution-only-option/
        'Though peace talks are based on reuniting Cyprus as a federal state, Turkey and Turkish Cypriots have called for a confederation or two-state union.',
        'Turkey', 'confederation or two-state union', 'demand', id='financialmirror-demand-1', marks=NOT_YET),
    pytest.param(
        # https://www.rtklive.com/en/news-single.php?ID=19178
        'Furthermore, Kurti said he was against the Association because he does not want the scenario of Bosnia Herzegovina to be repeated.',
        'Kurti', 'Association', 'oppose', id='rtklive-oppose-1', marks=NOT_YET),
    pytest.param(
        # https://albaniandailynews.com/news/pristina-will-not-accept-creation-of-serbian-municipalities-association-kurti--1
        'The Prime Minister of Kosovo, Albin Kurti, during the interview with the Bosnian media, reiterated that Pristina will not accept the creation of the association of Serbian municipalities.',
        'Kosovo', 'creation of the association of Serbian municipalities', 'reject', id='albaniandailynews-reject-1'),
    pytest.param(
        # https://albaniandailynews.com/news/pristina-will-not-accept-creation-of-serbian-municipalities-association-kurti--1
        'The creation of the association is the condition that Serbian President Aleksandar Vucic has set for Pristina, for the return of Serbian officials to state institutions.',
        'Vucic', 'creation of the association', 'demand', id='albaniandailynews-demand-1', marks=NOT_YET),
    pytest.param(
        # https://reflectiigeopolitice.ro/kurti-association-of-serb-municipalities-pushed-by-belgrade-not-kosovo-serbs
        'The association is an executive structure of ethnic Serbs that would function in parallel to the Pristina government, and it is demanded by Belgrade in the ongoing normalisation negotiations.',
        'Serbia', 'association', 'demand', id='reflectiigeopoliti-demand-1', marks=NOT_YET),
    pytest.param(
        # https://www.infobalkans.com/2023/05/03/kosovo-serbia-clash-brussels-over-serb-majority-municipality-body
        "Kosovo's Prime Minister Albin Kurti on Tuesday refused to accept a draft statute for the establishment of an Association of Serb-Majority Municipalities to represent Serbs' interests in Kosovo, claiming it would establish an entity like Bosnia and Herzegovina's Serb-dominated Republika Srpska, whose leaders have repeatedly challenged the legitimacy of their state.",
        'Kurti', 'draft statute', 'reject', id='infobalkans-reject-1', marks=NOT_YET),
    pytest.param(
        # https://argumentum.al/lajmi/2021/06/kosovo-pm-rejects-support-of-us-ambassador-to-association-of-serb-majority-municipalities/
        'Kurti said Kosovo has an association of municipalities which is functional and reiterated that there can be no Association of municipalities based on ethnicity.',
        'Kurti', 'Association of municipalities based on ethnicity', 'reject', id='argumentum-reject-1', marks=NOT_YET),
    pytest.param(
        # https://argumentum.al/lajmi/2021/06/kosovo-pm-rejects-support-of-us-ambassador-to-association-of-serb-majority-municipalities/
        'In addition Kurti said that he is in favour of respecting rights of all minorities, an against marginalization and discrimination.',
        'Kurti', 'respecting rights of all minorities', 'support', id='argumentum-support-1'),
    pytest.param(
        # https://newsbulletin247.com/world/398848.html
        'The Prime Minister of Kosovo, Albin Kurti stated that he cannot allow the establishment of the Union of Serbian Municipalities (ZSO) if it is not preceded by de facto recognition on the part of Serbia.',
        'Kurti', 'de facto recognition', 'demand', id='newsbulletin247-demand-1', marks=NOT_YET),
    pytest.param(
        # https://www.dailymail.co.uk/wires/ap/article-11702129/Kosovo-leader-says-ethnic-Serb-association-isnt-priority.html
        "U.S. Ambassador to Kosovo Jeff Hovenier sought to address the concerns of Kurti's government by reiterating that Washington opposed setting up the Association of Serb-Majority Municipalities, or ASM, to resemble Republika Srpska, one of two political entities in Bosnia with broad governing authority.",
        'United States', 'setting up the Association of Serb-Majority Municipalities', 'oppose', id='dailymail-oppose-1'),
    pytest.param(
        # https://exit.al/en/2020/10/13/kosovo-serbs-to-leave-institutions-if-association-of-serb-municipalities-is-not-established/
        'On Monday, Kosovo reiterated that it will not sit in more talks with Serbia on the ASM, despite the latter’s insistence, but will instead implement the deal agreed in Brussels in 2013.',
        'Kosovo', 'talks with Serbia on the ASM', 'reject', id='exit-reject-1'),
    pytest.param(
        # http://annafrica.news/2020/11/ethiopia-pm-meets-au-envoys-but-bars-them-from-tigray/
        'Initially, Abiy has refused to negotiate with the TPLF and has rebuffed calls for dialogue as “interference” in Ethiopia’s internal affairs as he branded international efforts to bring the two parties to the table as “unwelcome”.',
        'Abiy', 'negotiate with the TPLF', 'reject', id='annafrica-reject-1'),
    pytest.param(
        # http://annafrica.news/2020/11/ethiopia-pm-meets-au-envoys-but-bars-them-from-tigray/
        'Initially, Abiy has refused to negotiate with the TPLF and has rebuffed calls for dialogue as “interference” in Ethiopia’s internal affairs as he branded international efforts to bring the two parties to the table as “unwelcome”.',
        'Abiy', 'calls for dialogue', 'reject', id='annafrica-reject-2'),
    pytest.param(
        # https://techiai.com/tigrayan-forces-accept-immediate-ceasefire-and-au-led-peace-talks-with-ethiopia-govt
        'The TPLF had previously expressed major concerns over the AU’s mediation and demanded the government restore major services such as banking and communication to Tigray before any talks can hold.',
        'TPLF', 'restore major services', 'demand', id='techiai-demand-1'),
    pytest.param(
        # https://securykid.com/ethiopia-tiglayan-forces-accept-african-union-led-peace-talks/
        'The Tigray People’s Liberation Front (TPLF) said last month it was ready for a ceasefire and would accept an AU-led peace process after previously challenging the AU’s proposal.',
        'TPLF', 'AU-led peace process', 'willing', id='securykid-willing-1'),
    pytest.param(
        # https://nordot.app/1174408077581452134
        'Washington and Kiev dismissed demands made by Russian President Vladimir Putin on Friday that Ukrainian troops withdraw from areas that his country has annexed as a prerequisite for any settlement, ahead of the Ukraine peace summit at the weekend.',
        'Ukraine', 'demands made by Putin', 'reject', id='nordot-reject-1', marks=NOT_YET),
    pytest.param(
        # https://nordot.app/1174408077581452134
        'Washington and Kiev dismissed demands made by Russian President Vladimir Putin on Friday that Ukrainian troops withdraw from areas that his country has annexed as a prerequisite for any settlement, ahead of the Ukraine peace summit at the weekend.',
        'Putin', 'Ukrainian troops withdraw', 'demand', id='nordot-demand-1'),
    pytest.param(
        # https://nordot.app/1174408077581452134
        'If Ukraine also renounces its aim to join NATO, Russia would be prepared to cease fire and enter negotiations immediately, Putin said during a visit to the Foreign Ministry in Moscow.',
        'Russia', 'cease fire and enter negotiations', 'willing', id='nordot-willing-1'),
    pytest.param(
        # https://nordot.app/1174408077581452134
        'If Ukraine also renounces its aim to join NATO, Russia would be prepared to cease fire and enter negotiations immediately, Putin said during a visit to the Foreign Ministry in Moscow.',
        'Russia', 'Ukraine renounces its aim to join NATO', 'demand', id='nordot-demand-2'),
    pytest.param(
        # https://www.infobalkans.com/2024/06/14/putin-says-ukraine-must-withdraw-troops-end-nato-bid-peace-talks
        'Russian President Vladimir Putin said Friday that Moscow would only halt its offensive on Ukraine if Kiev effectively surrenders by pulling its troops out of the east and south and dropping its bid for NATO membership.',
        'Russia', 'pulling its troops out of the east and south', 'demand', id='infobalkans-demand-1'),
    pytest.param(
        # https://www.infobalkans.com/2024/06/14/putin-says-ukraine-must-withdraw-troops-end-nato-bid-peace-talks
        'Ukraine immediately rejected Putin\'s hardline "conditions" to halt the full-scale military offensive that he launched in February 2022, with Kiev trying to corral international support at a major peace summit in Switzerland this weekend.',
        'Ukraine', "Putin's conditions", 'reject', id='infobalkans-reject-2'),
    pytest.param(
        # https://theindiansubcontinent.com/filter/article.php?id=440707
        'Ukraine has said it will only countenance peace if Russia fully withdraws.',
        'Ukraine', 'Russia fully withdraws', 'demand', id='theindiansubcontin-demand-1'),
    pytest.param(
        # https://iuvmpress.co/if-ukraine-wants-peace-putin-believes-it-must-stay-neutral
        'President Volodymyr Zelensky has offered a "victory plan" and asked for more Western backing, but Ukraine rejects those conditions as being the same as surrender.',
        'Zelensky', 'victory plan', 'offer', id='iuvmpress-offer-1'),
    pytest.param(
        # http://www.standard.co.uk/news/world/ukraine-war-latest-stalemate-not-option-volodymyr-zelensky-b1004632.html
        'President Volodymyr Zelensky has said that stalemate is “not an option” for Ukraine, insisting that his country has lost “too many people” to concede territory to Russia.',
        'Zelensky', 'stalemate', 'reject', id='standard-reject-1'),
    pytest.param(
        # https://www.pravda.com.ua/eng/news/2025/09/26/7532647/
        'President Volodymyr Zelenskyy has declared that Ukraine will never recognise the territories under Moscow’s occupation as Russian, but if a ceasefire were to be implemented tomorrow, he would agree to all hostilities stopping at the current front line and Ukraine would regain its lands later through diplomacy.',
        'Ukraine', "recognise the territories under Moscow's occupation as Russian", 'reject', id='pravda-reject-1', marks=NOT_YET),
    pytest.param(
        # https://www.finanznachrichten.de/nachrichten-2025-12/67184201-zelensky-rules-out-surrendering-ukraine-s-land-to-russia-020.htm
        "MOSCOW (dpa-AFX) - President Volodymyr Zelensky has ruled out ceding Ukraine's land to Russia, as proposed by his U.S. counterpart Donald Trump.",
        'Zelensky', "ceding Ukraine's land to Russia", 'reject', id='finanznachrichten-reject-1'),
    pytest.param(
        # https://www.israelnationalnews.com/news/383815
        'Prime Minister Benjamin Netanyahu held a press conference on Thursday, during which he clarified that Israel has no intention of stopping the war against Hamas in Gaza until the terror organization is eradicated.',
        'Israel', 'stopping the war against Hamas', 'reject', id='israelnationalnews-reject-1'),
    pytest.param(
        # https://conservativearchives.com/netanyahu-is-not-backing-down-despite-mounting-pressure
        'Israeli Prime Minister Benjamin Netanyahu has vowed that Israel’s ongoing war with Hamas will not end till the terror organization is completely eradicated and all hostages rescued.',
        'Israel', 'terror organization is completely eradicated', 'demand', id='conservativearchiv-demand-1'),
    pytest.param(
        # https://www.dtnpf.com/agriculture/web/ag/news/world-policy/article/2017/11/27/hamas-vows-disarm
        'The Palestinian militant Hamas group has vowed to expand its militant activities to the West Bank despite demands by the rival Fatah movement that it disarm as part of a reconciliation agreement.',
        'Fatah', 'disarm', 'demand', id='dtnpf-demand-1', marks=NOT_YET),
    pytest.param(
        # https://www.dtnpf.com/agriculture/web/ag/news/world-policy/article/2017/11/27/hamas-vows-disarm
        "Fatah, which holds sway in the West Bank, wants Hamas's rockets, explosives and attack tunnels in Gaza neutralized.",
        'Fatah', "Hamas's rockets, explosives and attack tunnels neutralized", 'demand', id='dtnpf-demand-2'),
    pytest.param(
        # https://www.turkiyetoday.com/region/hamas-senior-leader-mousa-abu-marzouks-says-disarming-not-on-the-negotiating-table-ye-3213714
        'A senior leader of Hamas, Mousa Abu Marzouk, said that the movement “has neither discussed nor agreed to any formula” for surrendering or disarming its weapons.',
        'Hamas', 'formula for surrendering or disarming its weapons', 'reject', id='turkiyetoday-reject-1', marks=NOT_YET),
    pytest.param(
        # https://asb-media.info/en/syria-declines-participation-in-discussions-hosted-by-kurdish-dominated-sdf-group
        "The SDF insists that its forces must join as a bloc, maintaining some military cohesion, while Damascus demands these fighters should integrate as individuals, ensuring full control and dilution of the SDF's autonomous command.",
        'SDF', 'forces must join as a bloc', 'demand', id='asb-media-demand-1'),
    pytest.param(
        # https://asb-media.info/en/syria-declines-participation-in-discussions-hosted-by-kurdish-dominated-sdf-group
        "The SDF insists that its forces must join as a bloc, maintaining some military cohesion, while Damascus demands these fighters should integrate as individuals, ensuring full control and dilution of the SDF's autonomous command.",
        'Syria', 'fighters should integrate as individuals', 'demand', id='asb-media-demand-2'),
    pytest.param(
        # https://asb-media.info/en/syria-declines-participation-in-discussions-hosted-by-kurdish-dominated-sdf-group
        'Damascus refused to participate in Paris-hosted talks planned in August 2025 following these Kurdish meetings, asserting negotiations should occur only in Damascus, considered the legitimate venue for Syrian dialogue.',
        'Syria', 'participate in Paris-hosted talks', 'reject', id='asb-media-reject-1'),
    pytest.param(
        # https://en.alawla.tv/print:page,1,2072-damascus-rejects-decentralization.html
        'The SDF insists on preserving its military and administrative autonomy in northern and eastern Syria and entering the system as a unified bloc, while Damascus demands full integration into state institutions with no exceptions—including the dissolution of the SDF and its civilian and military structures.',
        'SDF', 'preserving its military and administrative autonomy', 'demand', id='alawla-demand-1'),
    pytest.param(
        # https://en.alawla.tv/print:page,1,2072-damascus-rejects-decentralization.html
        'The SDF insists on preserving its military and administrative autonomy in northern and eastern Syria and entering the system as a unified bloc, while Damascus demands full integration into state institutions with no exceptions—including the dissolution of the SDF and its civilian and military structures.',
        'Syria', 'full integration into state institutions', 'demand', id='alawla-demand-2'),
    pytest.param(
        # https://news.antiwar.com/2025/12/29/syria-and-kurdish-sdf-remain-at-an-impasse-on-integration-plan-as-tensions-mount
        'The SDF, by contrast, is calling for the HTS to guarantee the admittance of 35 officers into the defense ministry’s departments and permanent representation in the General Staff.',
        'SDF', 'admittance of 35 officers', 'demand', id='antiwar-demand-1'),
    pytest.param(
        # https://spectrumnews1.com/oh/cleveland/ap-online/2020/08/24/mali-junta-wants-to-hold-off-on-elections-until-2023
        "The junta calling itself the National Committee for the Salvation of the People has proposed pushing back Mali's next election until 2023, while leaders from the regional West African bloc known as ECOWAS and others want a return to civilian rule as soon as possible.",
        'ECOWAS', 'return to civilian rule', 'demand', id='spectrumnews1-demand-1'),
    pytest.param(
        # https://www.infobae.com/en/2022/03/21/mali-and-ecowas-fail-to-reach-agreement-again-on-the-date-of-elections/
        'For its part, ECOWAS - which had decreed sanctions against Mali for failing to fulfill its promise to hold general elections last February - has reaffirmed in a statement its willingness to continue negotiating with the Malian authorities in order to achieve an acceptable transition timetable.',
        'ECOWAS', 'continue negotiating with the Malian authorities', 'willing', id='infobae-willing-1'),
    pytest.param(
        # https://africaninsider.com/news/west-african-envoy-leaves-mali-after-inconclusive-democracy-talks
        'Jonathan urged Mali to transition towards democracy as soon as possible the following day, describing the country’s government as an “aberration”.',
        'Jonathan', 'transition towards democracy', 'demand', id='africaninsider-demand-1'),
    pytest.param(
        # https://medafricatimes.com/25334-political-parties-reject-the-juntas-5-years-transition-in-mali.html
        'A dozen Malian political organizations on Sunday rejected the five-year transition period proposed the day before by the government to the Economic Community of West African States.',
        'Mali', 'five-year transition period', 'offer', id='medafricatimes-offer-1', marks=NOT_YET),
    pytest.param(
        # https://newscentral.africa/?p=35407
        'The Economic Community of West African States (ECOWAS) has rejected the 18-months transitional period proposed by the military junta in Mali, insisting on immediate switch to civillian rule.',
        'ECOWAS', '18-months transitional period', 'reject', id='newscentral-reject-1'),
    pytest.param(
        # https://newscentral.africa/?p=35407
        'The Economic Community of West African States (ECOWAS) has rejected the 18-months transitional period proposed by the military junta in Mali, insisting on immediate switch to civillian rule.',
        'ECOWAS', 'immediate switch to civillian rule', 'demand', id='newscentral-demand-1'),
    pytest.param(
        # https://www.millenniumpost.in/world/armed-ethnic-rebels-in-northeast-myanmar-declare-ceasefire-589362
        'China’s Foreign Ministry said Wednesday it welcomed the initiative.',
        'China', 'initiative', 'support', id='millenniumpost-support-1'),
    pytest.param(
        # https://www.millenniumpost.in/world/armed-ethnic-rebels-in-northeast-myanmar-declare-ceasefire-589362
        'The announcement Tuesday by the Myanmar National Democratic Alliance Army, or MNDAA, came a week after its battlefield ally, the Ta’ang National Liberation Army, or TNLA, declared its readiness for peace talks with the military government.',
        'TNLA', 'peace talks with the military government', 'willing', id='millenniumpost-willing-1'),
    pytest.param(
        # https://laotiantimes.com/2022/10/31/myanmar-warns-that-asean-pressure-for-peace-could-have-negative-implications
        'The ASEAN Chair Cambodia said that the organization remains committed to a peace plan agreed upon with Myanmar’s military rulers, despite some countries having expressed their concerns over the failure to implement the plan agreed upon with the junta 18 months ago.',
        # round 12: "the organization" is ASEAN, whose chair speaks, not the chair's state
        'ASEAN', 'peace plan', 'support', id='laotiantimes-support-1'),
    pytest.param(
        # https://voa.pangea-cms.com/preview/en-US/a/reu-colombia-santos-eln-ceasefire/2587024.html
        "The government has refused the FARC's demands for a ceasefire on both sides.",
        'FARC', 'ceasefire on both sides', 'demand', id='voa-demand-1'),
    pytest.param(
        # https://cubasi.cu/en/world/item/5737-colombia-s-eln-rebels-call-on-gov-t-to-agree-to-a-cease-fire
        "Colombia's rebels from the National Liberation Army (ELN) have called on President Juan Manuel Santos to accept a bilateral cease-fire within the context of peace talks with them, officials said late Sunday.",
        'ELN', 'bilateral cease-fire', 'demand', id='cubasi-demand-1'),
    pytest.param(
        # https://vestnikkavkaza.net/news/Commander-Haftar-refuses-to-sign-Libya%C2%A0ceasefire-deal.html
        'Sky News Arabia earlier reported that during the indirect talks in Moscow, Haftar insisted on allowing his troops to enter Tripoli and on forming a national unity government that would receive a vote of confidence from the Tobruk-based parliament.',
        'Haftar', 'allowing his troops to enter Tripoli', 'demand', id='vestnikkavkaza-demand-1'),
    pytest.param(
        # https://www.aljazeera.com/news/2019/5/23/libyas-rebel-commander-haftar-tells-macron-no-ceasefire-for-now
        'Libya’s renegade military commander Khalifa Haftar has ruled out a ceasefire, saying he wants to remove groups from the capital that “infested” the United Nations-backed government, a French presidential official has said.',
        'Haftar', 'ceasefire', 'reject', id='aljazeera-reject-2'),
    pytest.param(
        # https://www.aljazeera.com/news/2019/5/23/libyas-rebel-commander-haftar-tells-macron-no-ceasefire-for-now
        'President Emmanuel Macron and French officials have for weeks repeated their official support for the GNA and have called for an unconditional ceasefire.',
        'Macron', 'unconditional ceasefire', 'demand', id='aljazeera-demand-1'),
    pytest.param(
        # https://www.uprising.today/khalifa-haftar-demands-withdrawal-of-turkish-forces-and-mercenaries-from-libya/
        'Libyan Field Marshal and rebel leader Khalifa Haftar has said he would be ready for a ceasefire, on condition that Turkish forces leave the country and Ankara stops providing the Tripoli government with weapons.',
        'Haftar', 'ceasefire', 'willing', id='uprising-willing-1'),
    pytest.param(
        # https://www.uprising.today/khalifa-haftar-demands-withdrawal-of-turkish-forces-and-mercenaries-from-libya/
        'Libyan Field Marshal and rebel leader Khalifa Haftar has said he would be ready for a ceasefire, on condition that Turkish forces leave the country and Ankara stops providing the Tripoli government with weapons.',
        'Haftar', 'Turkish forces leave the country', 'demand', id='uprising-demand-3'),
    pytest.param(
        # https://thearabweekly.com/rival-libyan-leaders-rule-out-immediate-ceasefire
        'On the same day, Prime Minister Fayez al-Sarraj, head of the UN-backed government in Tripoli, said there could be no ceasefire until Haftar’s forces withdraw from the capital.',
        'al-Sarraj', "Haftar's forces withdraw from the capital", 'demand', id='thearabweekly-demand-1'),
    pytest.param(
        # https://thearabweekly.com/rival-libyan-leaders-rule-out-immediate-ceasefire
        'Field Marshal Khalifa Haftar, who heads the eastern-based Libyan National Army (LNA), said on Wednesday in a meeting with French President Emmanuel Macron that there could be no talk of a ceasefire until militias allied with the Tripoli-based government are disbanded.',
        'Haftar', 'militias allied with the Tripoli-based government are disbanded', 'demand', id='thearabweekly-demand-2'),
    pytest.param(
        # https://business-standard.com/amp/article/pti-stories/libyan-strongman-haftar-tells-macron-no-ceasefire-for-now-119052201744_1.html
        'Libyan strongman Khalifa Haftar, who is leading a military offensive against the UN-recognised government in Tripoli, rejected a ceasefire requested by French President Emmanuel Macron during talks in Paris, an Elysee official said Wednesday.',
        'Haftar', 'ceasefire', 'reject', id='business-standard-reject-1'),
    pytest.param(
        # https://business-standard.com/amp/article/pti-stories/libyan-strongman-haftar-tells-macron-no-ceasefire-for-now-119052201744_1.html
        'Libyan strongman Khalifa Haftar, who is leading a military offensive against the UN-recognised government in Tripoli, rejected a ceasefire requested by French President Emmanuel Macron during talks in Paris, an Elysee official said Wednesday.',
        'Macron', 'ceasefire', 'demand', id='business-standard-demand-1'),
    pytest.param(
        # https://pakobserver.net/afghan-govt-calls-for-complete-ceasefire-amid-us-taliban-talks/
        '“Any suggestion the Taliban have shared with the US must include ceasefire as it is the demand of our people,” Sediqqi said while addressing a news conference in Kabul on Saturday.',
        'Sediqqi', 'ceasefire', 'demand', id='pakobserver-demand-1'),
    pytest.param(
        # https://pakobserver.net/afghan-govt-calls-for-complete-ceasefire-amid-us-taliban-talks/
        'The spokesperson said that ending the war and bringing peace to the country are priorities of the government of Afghanistan and “the president and the people of Afghanistan have always insisted on a ceasefire.”',
        'Afghanistan', 'ceasefire', 'demand', id='pakobserver-demand-2', marks=NOT_YET),
    pytest.param(
        # https://baztab.news/article/1239679
        'Afghan government on Sunday emphasized on ceasefire as a precondition to peace talks as it rejected suggestion of violence reduction.',
        'Afghanistan', 'suggestion of violence reduction', 'reject', id='baztab-reject-1'),
    pytest.param(
        # https://baztab.news/article/1239679
        'Khalilzad has paused the talks for the Taliban to consult with their leadership, but the group said that it had no intention of declaring a ceasefire and that its consultations were only about reducing violence.',
        'Taliban', 'declaring a ceasefire', 'reject', id='baztab-reject-2'),
    pytest.param(
        # https://newsboardng.com/?p=19439
        'The Kremlin has opposed the West’s call for a ceasefire in Ukraine for 30 days, rejecting “unacceptable last-pass atums.”',
        'Russia', "West's call for a ceasefire", 'oppose', id='newsboardng-oppose-1', marks=NOT_YET),
    pytest.param(
        # https://newsboardng.com/?p=19439
        'Despite keen condemnation, Peskov reiterated that Russia remains open to peace talks.',
        'Russia', 'peace talks', 'willing', id='newsboardng-willing-1'),
    pytest.param(
        # http://www2.ljworld.com/news/2002/oct/04/ivory_coast_rebels/
        'President Laurent Gbagbo’s government having already yielded the north of Ivory Coast to the rebels in just 15 days has made clear it is open to a cease-fire.',
        'Ivory Coast', 'cease-fire', 'willing', id='ljworld-willing-1'),
    pytest.param(
        # https://www.voanews.com/archive/liberian-rebels-agree-principle-support-cease-fire-2002-07-11
        'Rebels with the group, Liberians United for Reconciliation and Democracy, have agreed in principle to support a cease-fire in their battle against the government of Liberian President Charles Taylor.',
        'Liberians United for Reconciliation and Democracy', 'cease-fire', 'support', id='voanews-support-1', marks=NOT_YET),
    pytest.param(
        # http://china.org.cn/english/international/195851.htm
        "The Sudanese government has agreed to a ceasefire in principle as well as to a new round of peace talks with rebel factions fighting in Sudan's troubled Darfur region, the country's Foreign Ministry said on Thursday.",
        # one cue ("agreed to"), "X as well as to Y": one issue
        'Sudan', 'ceasefire in principle as well as to a new round of peace talks', 'willing', id='china-willing-1'),
    pytest.param(
        # http://china.org.cn/english/international/195851.htm
        "The Sudanese government has agreed to a ceasefire in principle as well as to a new round of peace talks with rebel factions fighting in Sudan's troubled Darfur region, the country's Foreign Ministry said on Thursday.",
        'Sudan', 'new round of peace talks', 'willing', id='china-willing-2'),
    pytest.param(
        # http://china.org.cn/english/international/195851.htm
        'Beshir originally rejected deployment of any large-scale UN troops, but later agreed to a three-phase plan for the deployment of a "hybrid" AU-UN peacekeeping force.',
        'Beshir', 'three-phase plan', 'willing', id='china-willing-3', marks=NOT_YET),
    pytest.param(
        # https://anews.com.tr/africa/2022/11/25/m23-rebels-in-democratic-republic-of-congo-name-terms-for-ceasefire
        'The M23 armed rebel group has said it will agree to a ceasefire with government forces of the Democratic Republic of Congo (DRC) under certain conditions.',
        'M23', 'ceasefire', 'willing', id='anews-willing-1'),
    pytest.param(
        # https://anews.com.tr/africa/2022/11/25/m23-rebels-in-democratic-republic-of-congo-name-terms-for-ceasefire
        'A statement issued on Friday by the president of the M23 rebel group, Bertrand Bisimwa, said that direct dialogue with the government in Kinshasa was a key precondition for a ceasefire.',
        'Bisimwa', 'direct dialogue with the government in Kinshasa', 'demand', id='anews-demand-1', marks=NOT_YET),
    pytest.param(
        # https://kuwaitnewsgazette.com/pres-abbas-we-will-not-accept-us-peace-deal-or-mediation/
        '“Palestinians will not accept the US as the mediator by itself and will not accept anything it offers,” President Abbas said in a speech at the inaugural session of the 23rd session of Palestinian National Council in Ramallah.',
        'Abbas', 'US as the mediator', 'reject', id='kuwaitnewsgazette-reject-1', marks=NOT_YET),
    pytest.param(
        # https://kuwaitnewsgazette.com/pres-abbas-we-will-not-accept-us-peace-deal-or-mediation/
        'On national reconciliation, Abbas said that he remained committed to ending the division with Hamas, despite the recent events which saw the Prime Minister Rami Al-Hamdallah being the target of a failed assassination attempt.',
        'Abbas', 'ending the division with Hamas', 'support', id='kuwaitnewsgazette-support-1'),
    pytest.param(
        # https://www.belfasttelegraph.co.uk/news/world-news/syrian-rebels-refuse-guarantees-28735531.html
        "The commander of the rebel Free Syrian Army, Riad al-Asaad, said his group was prepared to abide by the Annan agreement, but rejected the government's new unilateral demand.",
        'Free Syrian Army', 'abide by the Annan agreement', 'willing', id='belfasttelegraph-willing-1', marks=NOT_YET),
    pytest.param(
        # http://www.israelnationalnews.com/News/News.aspx/159603
        'Syria’s Information Minister clarified on Monday that his country will not speak with rebels seeking to oust President Bashar Al-Assad until they lay down their arms.',
        'Syria', 'lay down their arms', 'demand', id='israelnationalnews-demand-1'),
    pytest.param(
        # https://1tvnews.af/?p=2433
        'The Taliban will not participate in intra-Afghan talks until roughly 5,000 of its prisoners are released, its spokesman said on Monday.',
        'Taliban', 'release of 5,000 prisoners', 'demand', id='1tvnews-demand-1'),
    pytest.param(
        # https://1tvnews.af/?p=2433
        'Afghan President Ashraf Ghani, however, has rejected prisoner release.',
        'Ghani', 'prisoner release', 'reject', id='1tvnews-reject-1'),
    pytest.param(
        # http://www.trtworld.com/asia/taliban-demands-prisoner-release-as-condition-for-talks-34353
        "Afghanistan's Taliban demanded the release of political prisoners as one of the conditions that they said on Sunday would need to be met before they consider re-joining peace talks aimed at ending the 15-year war.",
        'Taliban', 'release of political prisoners', 'demand', id='trtworld-demand-1', marks=NOT_YET),
    pytest.param(
        # https://www.urdupoint.com/en/world/afghan-government-not-ready-to-free-taliban-p-886371.html
        "Afghanistan's presidential adviser said on Tuesday that the national government was not ready to release Taliban prisoners without conditions, which were a prerequisite for peace talks",
        'Afghanistan', 'release Taliban prisoners without conditions', 'reject', id='urdupoint-reject-1'),
    pytest.param(
        # http://thewararoundus.blogspot.com/2011/04/gaddafi-rejects-rebel-truce-offer.html
        "Moamar Gaddafi's regime has rejected a conditional ceasefire offer made by Libyan rebels, saying government forces would NOT withdraw from towns they now control.",
        'Gaddafi', 'conditional ceasefire offer', 'reject', id='thewararoundus-reject-1'),
    pytest.param(
        # http://mideastnews-danmike.blogspot.com/2012/11/senior-hamas-leader-no-truce-with-israel.html
        "Abu Marzouq said Hamas demands an end to Israel's siege on Gaza and to the assassination of Hamas leaders.",
        'Hamas', "end to Israel's siege on Gaza", 'demand', id='mideastnews-danmik-demand-1', marks=NOT_YET),
    pytest.param(
        # http://mideastnews-danmike.blogspot.com/2012/11/senior-hamas-leader-no-truce-with-israel.html
        'Hamas spokesman Sami Abu Zuhri said Friday that the movement had rejected overtures from "several mediators" offering to broker a ceasefire.',
        'Hamas', 'overtures from several mediators', 'reject', id='mideastnews-danmik-reject-1', marks=NOT_YET),
    pytest.param(
        # https://dailynewsegypt.com/?p=450717
        'Egypt is ready to revive the Arab peace initiative to establish a Palestinian state, he added.',
        'Egypt', 'revive the Arab peace initiative', 'willing', id='dailynewsegypt-willing-1'),
    pytest.param(
        # https://imemc.org/article/59506
        'Chief Palestinian Negotiator, Dr. Saeb Erekat, called on the United States and the European Union to oblige Israel to halt all of its settlement activities, including in occupied Jerusalem, in order to give the peace process a chance to advance.',
        'Erekat', 'oblige Israel to halt all of its settlement activities', 'demand', id='imemc-demand-1', marks=NOT_YET),
    pytest.param(
        # https://voaafrica.com/amp/south-sudan-peace-talks-igad/1973218.html
        'IGAD called on the opposition to "honor its commitment to resolve the crisis" and said it expects its negotiators "to immediately return to and fully participate in the multi-stakeholder negotiations."',
        'IGAD', 'honor its commitment to resolve the crisis', 'demand', id='voaafrica-demand-1'),
    pytest.param(
        # https://voaafrica.com/amp/south-sudan-peace-talks-igad/1973218.html
        'Opposition spokesman Mabior Garang said his side is "not against inclusivity" but first wants to have "direct negotiations with the government to see how we can stop this war so that we can have a more conducive environment in which what the stakeholders want to be done, can be done."',
        'Garang', 'direct negotiations with the government', 'demand', id='voaafrica-demand-2'),
    pytest.param(
        # https://allafrica.com/stories/201802080642.html
        "But Juba appears to be prepared to throw more spanners in the works after the government spokesperson, Michael Makuei Lueth, said that the President Salva Kiir's administration is not prepared to negotiate issues such as the restructure of government and army.",
        'South Sudan', 'negotiate issues such as the restructure of government and army', 'reject', id='allafrica-reject-1', marks=NOT_YET),
    pytest.param(
        # http://www.newvision.co.ug/new_vision/news/1341786/south-sudan-factions-boycott-peace-talks
        'Government team leader and Minister of Information Michael Makuei told AFP they would "suspend attendance or participation in the negotiations until this issue is addressed".',
        'Makuei', 'this issue is addressed', 'demand', id='newvision-demand-1', marks=NOT_YET),
    pytest.param(
        # http://www.chimpreports.com/21162-breaking-south-sudan-rebels-boycott-peace-talks/
        'Kiir says he will not relinquish his position as President in the proposed government as he was elected by his people.',
        'Kiir', 'relinquish his position as President', 'reject', id='chimpreports-reject-1'),
    pytest.param(
        # https://egypttoday.com/Article/1/57705/Foreign-Ministry-welcomes-peace-deal-between-Ethiopia-Eritrea
        "CAIRO – 17 September 2018: The Egyptian Ministry of Foreign Affairs welcomed Monday the peace deal signed between Eritrea and Ethiopia, lauding the efforts of Saudi Arabia's king Salman.",
        'Egypt', 'peace deal signed between Eritrea and Ethiopia', 'support', id='egypttoday-support-1', marks=NOT_YET),
    pytest.param(
        # http://www.ebc.et/web/news-en/-/egypt-welcomes-peace-deal-between-eritrea-ethiopia
        '(EBC; July 10, 2018) - Egypt welcomed on Monday the signing of an agreement between Eritrea and Ethiopia to end their two decades of dispute.',
        'Egypt', 'agreement between Eritrea and Ethiopia', 'support', id='ebc-support-1'),
    pytest.param(
        # https://www.miamiherald.com/news/nation-world/world/americas/venezuela/article230966023.html
        'The talks in Norway between representatives of Venezuela’s interim President Juan Guaidó and the Nicolás Maduro regime reached a stalemate on Wednesday after it became clear Maduro would refuse to step down, sources familiar with the process said.',
        'Maduro', 'step down', 'reject', id='miamiherald-reject-1', marks=NOT_YET),
    pytest.param(
        # https://www.aljazeera.com/news/2019/5/16/venezuela-government-opposition-in-norway-for-crucial-talks
        'Maduro said he is open to dialogue and the opposition has been trying to seize power by force.',
        'Maduro', 'dialogue', 'willing', id='aljazeera-willing-1', marks=NOT_YET),
    pytest.param(
        # https://www.aljazeera.com/news/2019/5/16/venezuela-government-opposition-in-norway-for-crucial-talks
        'Guaido said any diplomatic process aimed at resolving the Venezuelan crisis must lead to the end of Maduro’s government, and its replacement by a transitional administration and free-and-fair elections.',
        'Guaido', "end of Maduro's government", 'demand', id='aljazeera-demand-2'),
    pytest.param(
        # https://www.aljazeera.com/news/2019/9/16/venezuela-opposition-norway-mediated-talks-with-maduro-are-over
        '“Norway is facilitating the negotiation process in Venezuela at the request of the principal political actors in the country, and reiterates its readiness to continue in this role as long as the parties consider it useful, and advance in the search of a negotiated solution,” Nylander tweeted on Monday.',
        'Norway', 'continue in this role', 'willing', id='aljazeera-willing-2', marks=NOT_YET),
    pytest.param(
        # https://townhall.com/news/us/2012/04/10/rebels-still-ready-for-truce-if-assad-complies-n1298776
        'BEIRUT (Reuters) - Syrian rebels fighting the forces of President Bashar al-Assad are committed to a ceasefire under a U.N.-backed peace plan to end the year-long conflict, a rebel spokesman said on Tuesday.',
        'Syrian rebels', 'ceasefire', 'support', id='townhall-support-1', marks=NOT_YET),
    pytest.param(
        # https://townhall.com/news/us/2012/03/31/well-cease-fire-if-tanks-big-guns-go-syria-rebels-n1372049
        'BEIRUT (Reuters) - Syrian rebels are ready to stop fighting the moment the army withdraws its tanks, artillery and heavy weapons from opposition areas, a spokesman for Free Syrian Army commanders inside Syria said on Saturday.',
        'Syrian rebels', 'stop fighting', 'willing', id='townhall-willing-1'),
    pytest.param(
        # https://townhall.com/news/us/2012/03/31/well-cease-fire-if-tanks-big-guns-go-syria-rebels-n1372049
        'Annan has said the army should make the first move to withdraw from populated centers, but Syria says it must be allowed to maintain security.',
        'Annan', 'army should make the first move to withdraw from populated centers', 'demand', id='townhall-demand-1'),
    pytest.param(
        # http://archive.asianage.com/international/libyan-rebels-say-ready-conditional-ceasefire-226
        "Libya's opposition is ready for a ceasefire provided Muammer Gaddafi's forces end their assaults on rebel-held cities, Transitional National Council leader Mustafa Abdul Jalil said on Friday.",
        'Abdul Jalil', "Gaddafi's forces end their assaults on rebel-held cities", 'demand', id='archive-demand-1', marks=NOT_YET),
    pytest.param(
        # http://archive.asianage.com/international/libyan-rebels-say-ready-conditional-ceasefire-226
        '"We agree on a ceasefire on the condition that our brothers in the western cities have freedom of expression and that the forces besieging the cities withdraw," Abdul Jalil told reporters after meeting UN special envoy Abdul Ilah Khatib.',
        'Abdul Jalil', 'ceasefire', 'willing', id='archive-willing-1'),
    pytest.param(
        # http://www.gmanews.tv/story/212820/milf-renews-bangsamoro-claims-as-peace-talks-resume
        'Last year, the MILF withdrew its demand for an independent state for the Bangsamoro people, and instead pushed for the creation of a "sub-state" that would still recognize the power of the "central government".',
        'MILF', 'creation of a sub-state', 'demand', id='gmanews-demand-1'),
    pytest.param(
        # http://www.gmanews.tv/story/212820/milf-renews-bangsamoro-claims-as-peace-talks-resume
        "While the government had welcomed the MILF's decision to no longer pursue its separatist claims, Leonen clarified that the government has yet to decide on its official position on the proposed creation of a sub-state.",
        'Leonen', "MILF's decision to no longer pursue its separatist claims", 'support', id='gmanews-support-1', marks=NOT_YET),
    pytest.param(
        # https://www.azatutyun.am/a/33492147.html
        'In that regard, Pashinian said he is ready to accept a U.S. proposal to let an American company administer rail and road traffic through the would-be corridor.',
        'Pashinian', 'U.S. proposal', 'willing', id='azatutyun-willing-1', marks=NOT_YET),
    pytest.param(
        # https://www.azatutyun.am/a/33492147.html
        'Aliyev reiterated afterwards that the transit of people and cargo must be exempt from Armenian border controls.',
        'Aliyev', 'transit of people and cargo must be exempt from Armenian border controls', 'demand', id='azatutyun-demand-1'),
    pytest.param(
        # https://www.azatutyun.am/a/33492147.html
        'Pashinian rejected those demands through a spokeswoman.',
        'Pashinian', 'those demands', 'reject', id='azatutyun-reject-1', marks=NOT_YET),
    pytest.param(
        # https://azatutyun.am/a/32435357.html
        'Yerevan has ruled out any arrangement that would compromise Armenian sovereignty and control over those links.',
        'Armenia', 'arrangement that would compromise Armenian sovereignty', 'reject', id='azatutyun-reject-2', marks=NOT_YET),
    pytest.param(
        # https://armenpress.am/eng/news/1049297/
        'YEREVAN, APRIL 16, ARMENPRESS. Armenian Deputy Prime Minister Mher Grigoryan has ruled out any discussion on a “Zangezur corridor” at the trilateral working group on the unblocking of economic and transport communications – one of the terms of the Karabakh armistice.',
        'Grigoryan', 'discussion on a Zangezur corridor', 'reject', id='armenpress-reject-1'),
    pytest.param(
        # https://www.armenianclub.com/2023/05/26/the-november-9-document-only-mentions-one-corridor-and-that-is-the-lachin-corridor-pashinyan-to-aliyev/
        'The Prime Minister of Armenia assured that the Armenian side is ready to unblock all economic and transport links in the region.',
        'Armenia', 'unblock all economic and transport links', 'willing', id='armenianclub-willing-1'),
    pytest.param(
        # https://energyinternat.com/zangezur-corridor-dispute-threatens-armenia-azerbaijan-peace-talks/
        'Armenian Prime Minister Nikol Pashinyan has called Azerbaijani President Ilham Aliyev’s latest remarks about border delimitation/demarcation and transit links “totally unacceptable” and a “blow” to the peace process.',
        'Pashinyan', "Aliyev's latest remarks about border delimitation", 'reject', id='energyinternat-reject-1', marks=NOT_YET),
    pytest.param(
        # https://townhall.com/news/us/2012/03/31/well-cease-fire-if-tanks-big-guns-go-syria-rebels-n1372049
        '"We cannot accept the presence of tanks and troops in armored vehicles among the people. We don\'t have a problem with the ceasefire. As soon as they remove their armored vehicles, the Free Syrian Army will not fire a single shot," Saad al-Din told Reuters by telephone from Homs.',
        'Saad al-Din', 'ceasefire', 'willing', id='townhall-willing-2'),
    pytest.param(
        # https://townhall.com/news/us/2012/03/31/well-cease-fire-if-tanks-big-guns-go-syria-rebels-n1372049
        '"We cannot accept the presence of tanks and troops in armored vehicles among the people. We don\'t have a problem with the ceasefire. As soon as they remove their armored vehicles, the Free Syrian Army will not fire a single shot," Saad al-Din told Reuters by telephone from Homs.',
        'Saad al-Din', 'presence of tanks and troops', 'reject', id='townhall-reject-1'),
]

NOT_FOUND = [
    # (text, holder, issue): no stance of that holder on that issue, either side
    pytest.param(
        # https://nordot.app/1174408077581452134
        'If Ukraine also renounces its aim to join NATO, Russia would be prepared to cease fire and enter negotiations immediately, Putin said during a visit to the Foreign Ministry in Moscow.',
        'Ukraine', 'join NATO', id='nordot-none-supposition'),
    pytest.param(
        # https://nzherald.co.nz/world/congo-army-rebels-briefly-clash-in-volatile-east/L7DYRPPDQGT7YJG5G425SFLO6E
        'The rebels are widely believed to be backed by Rwanda, which denies the charges despite multiple U.N. reports citing evidence to the contrary.',
        'Rwanda', 'rebels', id='nzherald-none-1'),
    pytest.param(
        # https://nzherald.co.nz/world/congo-army-rebels-briefly-clash-in-volatile-east/L7DYRPPDQGT7YJG5G425SFLO6E
        'Rwandan President Paul Kagame told a news conference in the capital, Kigali, on Tuesday that allegations of Rwandan military support for M23 have been "fabricated."',
        'Kagame', 'M23', id='nzherald-none-2'),
    pytest.param(
        # https://diplomaticinfo.com/?p=43895
        'Sudan has been without a functioning government since fall 2021, when the military dismissed Prime Minister Abdalla Hamdok’s transitional government and declared a state of emergency in a move decried by political forces as a “coup.”',
        'Sudan', "Hamdok's transitional government", id='diplomaticinfo-none-1'),
    pytest.param(
        # https://www.irrawaddy.com/news/the-world-myanmar/myanmar-regime-rebuffs-asean-pressure-to-implement-peace-plan.html
        'ASEAN last year proposed a peace plan known as the Five-point Consensus, which requires the junta to end violence and begin a dialogue with all sides of the conflict for the restoration of democracy.',
        'Myanmar', 'end violence', id='irrawaddy-none-1'),
    pytest.param(
        # https://hrnww.com/blog/2022/10/27/asean-still-backing-myanmar-consensus-peace-plan-chair/
        'Political analysts said the meeting, which comes ahead of the bloc s leaders summit next month, was “disappointing” and did little to move the needle on getting Myanmar s generals to cooperate.',
        'Myanmar', 'cooperate', id='hrnww-none-1'),
    pytest.param(
        # https://www.uprising.today/khalifa-haftar-demands-withdrawal-of-turkish-forces-and-mercenaries-from-libya/
        'Haftar’s eastern-based Libyan National Army (LNA), backed by Russia, Egypt and the UAE, launched an offensive in April to wrest control of Tripoli from the so-called Government of National Accord (GNA), led by Prime Minister Fayez al-Sarraj and backed mainly by the United States, Turkey and Qatar.',
        'Russia', 'Libyan National Army', id='uprising-none-1'),
    pytest.param(
        # https://www.uprising.today/khalifa-haftar-demands-withdrawal-of-turkish-forces-and-mercenaries-from-libya/
        'Haftar’s eastern-based Libyan National Army (LNA), backed by Russia, Egypt and the UAE, launched an offensive in April to wrest control of Tripoli from the so-called Government of National Accord (GNA), led by Prime Minister Fayez al-Sarraj and backed mainly by the United States, Turkey and Qatar.',
        'United States', 'Government of National Accord', id='uprising-none-2'),
    pytest.param(
        # https://nordot.app/1174408077581452134
        'Jens Stoltenberg, the alliance\'s chief, said Putin was not acting in "good faith."',
        'Putin', 'good faith', id='nordot-none-1'),
    pytest.param(
        # https://www.yemenonline.info/public/index.php/politics/2978
        'According to Yemeni observers, the Houthi pre-conditions aim to consolidate their coup and open a maritime and air corridor with Iran.',
        'Houthi', 'consolidate their coup', id='yemenonline-none-1'),
    pytest.param(
        # https://www.infobalkans.com/2023/05/03/kosovo-serbia-clash-brussels-over-serb-majority-municipality-body
        '"On the key issue, the issue of the formation of the Association of Serbian Municipalities, it is clear that Pristina does not want to fulfil its obligation from ten years ago," Vucic told media in Brussels.',
        'Kosovo', 'fulfil its obligation', id='infobalkans-none-1'),
    pytest.param(
        # https://business-standard.com/amp/article/pti-stories/libyan-strongman-haftar-tells-macron-no-ceasefire-for-now-119052201744_1.html
        'Libyan strongman Khalifa Haftar, who is leading a military offensive against the UN-recognised government in Tripoli, rejected a ceasefire requested by French President Emmanuel Macron during talks in Paris, an Elysee official said Wednesday.',
        'Haftar', 'military offensive', id='business-standard-none-1'),
    pytest.param(
        # https://www.rfi.fr/en/international-news/20230104-colombia-backtracks-on-ceasefire-announcement
        'The reversal dampened hopes for an imminent end to decades of violence that have continued to plague the South American country despite a 2016 peace pact that led to the disarmament of the FARC guerrilla group.',
        'FARC', 'disarmament', id='rfi-none-1'),
    pytest.param(
        # https://africaninsider.com/news/west-african-envoy-leaves-mali-after-inconclusive-democracy-talks
        'Over one hundred people rallied in Mali’s capital Bamako to support the junta on Friday, AFP journalists said.',
        'AFP', 'junta', id='africaninsider-none-1'),
    pytest.param(
        # https://www.aljazeera.com/news/2019/5/23/libyas-rebel-commander-haftar-tells-macron-no-ceasefire-for-now
        'But some European countries, including France, have also supported Haftar as a way to fight the armed groups in the country.',
        'France', 'fight the armed groups', id='aljazeera-none-1'),
    pytest.param(
        # http://www.pressreader.com/usa/milwaukee-journal-sentinel/20200818/281663962375077
        'US Secretary of State Mike Pompeo told CBS’s “Face the Nation” program there had been prisoner releases from both sides in the past, and voiced hope that negotiations would begin in the coming days between the Afghan government and the Taliban.',
        'Taliban', 'negotiations', id='pressreader-none-1'),
    pytest.param(
        # http://mideastnews-danmike.blogspot.com/2012/11/senior-hamas-leader-no-truce-with-israel.html
        "Israel broke its last Egypt-mediated ceasefire with Hamas on Wednesday when it assassinated the group's military commander Ahmad al-Jaabari in Gaza City.",
        'Egypt', 'ceasefire', id='mideastnews-danmik-none-1'),
    pytest.param(
        # http://mideastnews-danmike.blogspot.com/2012/11/senior-hamas-leader-no-truce-with-israel.html
        "Israel broke its last Egypt-mediated ceasefire with Hamas on Wednesday when it assassinated the group's military commander Ahmad al-Jaabari in Gaza City.",
        'Israel', 'ceasefire', id='mideastnews-danmik-none-2'),
    pytest.param(
        # https://www.belfasttelegraph.co.uk/news/world-news/syrian-rebels-refuse-guarantees-28735531.html
        'However, in recent days, Syrian forces have stepped up shelling attacks on restive towns, and activists say scores of civilians have been killed daily - at least 100 on Saturday alone.',
        'Syria', 'shelling attacks', id='belfasttelegraph-none-1'),
    pytest.param(
        # https://www.foxnews.com/story/ivory-coast-rebels-agree-to-cease-fire
        'Chambas said the six-person rebel delegation assured him the cease-fire agreement would be binding on insurgents across the country.',
        'Chambas', 'cease-fire agreement', id='foxnews-none-1'),
    pytest.param(
        # https://allafrica.com/stories/201802080642.html
        'The South Sudanese officials had insisted that their delegation included a number of advisers and experts needed to tackle a number of issues being debated in the forum.',
        'South Sudan', 'number of advisers and experts', id='allafrica-none-1'),
    pytest.param(
        # https://www.dailysabah.com/americas/2019/05/27/venezuela-negotiators-return-to-norway-for-talks/amp
        'Maduro has called Guaidó a U.S-backed "puppet" that seeks to oust him in a coup.',
        'Guaidó', 'oust him', id='dailysabah-none-1'),
    pytest.param(
        # https://www.aljazeera.com/news/2019/9/16/venezuela-opposition-norway-mediated-talks-with-maduro-are-over
        'Critics of the dialogue within Venezuela‘s opposition coalition argued Maduro was negotiating in bad faith and using the talks to buy time.',
        'Maduro', 'talks', id='aljazeera-none-2'),
    pytest.param(
        # https://townhall.com/news/us/2012/03/31/well-cease-fire-if-tanks-big-guns-go-syria-rebels-n1372049
        "Rebels taking part in the year-old revolt against President Bashar al-Assad's rule say they are still skeptical the government will commit to a meaningful ceasefire.",
        'Syria', 'meaningful ceasefire', id='townhall-none-1'),
    pytest.param(
        # https://www.azatutyun.am/a/33492147.html
        'Armenian opposition leaders claim that Pashinian has already agreed to open an extraterritorial corridor to Nakhichevan through Armenia’s strategic Syunik province.',
        'Pashinian', 'extraterritorial corridor', id='azatutyun-none-1'),
    pytest.param(
        # http://cn.reuters.com/article/syria-rebels-idCNL6E8FA3JY20120410
        'Syria\'s Foreign Minister Walid al-Moualem said United Nations peace envoy Kofi Annan had told him in a recent telephone call the rebels would be "disarmed" after a ceasefire.',
        'Annan', 'disarmed', id='reuters-none-1'),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), CHECKS)
def test_positions_round5_found(run, text: str, holder: str, issue: str, stance: str) -> None:
    ex = run(text)
    assert reads_as(ex, holder, issue, stance), [(p.holder, p.issue, p.stance) for p in ex.positions]


@pytest.mark.parametrize(("text", "holder", "issue"), NOT_FOUND)
def test_positions_round5_not_found(run, text: str, holder: str, issue: str) -> None:
    ex = run(text)
    assert not any(reads_as(ex, holder, issue, s) for s in ("support", "reject")), [
        (p.holder, p.issue, p.stance) for p in ex.positions]
