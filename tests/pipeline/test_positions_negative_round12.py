"""Round 12: negative stances and readiness (oppose, reject, willing) on real sentences from many outlets and
conflicts (Sudan, Yemen, Gaza, Ethiopia, DR Congo, Myanmar, Colombia, Armenia-Azerbaijan, Russia-Ukraine, Syria,
Libya, Sri Lanka, Nepal, Uganda, the Philippines, ...): "rejected the US-led plan", "would not engage in talks",
"ruled out sending troops", "there is no question of negotiations", "does not want the presence of foreign troops",
"is not seeking a temporary truce", "is \"ready and willing\" to put troops", "ready for public dialogue ... to reach
a cease-fire", "ruled out any ceasefire or resumption of talks"; and no openness read into the statements a holder
dismisses. Each case carries its page's address. Cases marked "aside" were held out while the rules were written."""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import NEGATIVE, held_by, issue_overlap

PARSE = pytest.mark.xfail(reason="the parser hangs the second verb of the sentence apart from its subject", strict=False)
ACTOR = pytest.mark.xfail(reason="the holder is not found as an actor (a group or regional government)", strict=False)
QUOTE = pytest.mark.xfail(reason="the quote after 'X responded:' gets no speaker", strict=False)
ASIDE = pytest.mark.xfail(reason="held-out check case, not yet read", strict=False)


FOUND = [
    # (text, holder names, issue wordings ("|"-separated), stance); "aside" cases were not looked at while writing rules
    pytest.param(
        # https://shiawaves.com/english/sudan/137289-sudan-faces-diverging-ceasefire-moves-as-rsf-announces-truce-and-army-rejects-us-led-proposal
        'Sudan’s army chief, General Abdel Fattah Al-Burhan, however, rejected the US-led plan, calling it “the worst document yet” and accusing mediators of bias.',
        'Burhan|Sudan', 'US-led plan', 'reject', id='shiawaves-burhan-plan'),
    pytest.param(
        # https://en.minanews.net/sudanese-army-rejects-us-ceasefire-proposal-vows-to-mobilize-against-rsf/
        'Khartoum, MINA – The Sudanese army has formally rejected a United States proposal for a ceasefire, declaring instead its intention to rally public support to continue fighting the Rapid Support Forces (RSF), which controls much of western Sudan, according to Anadolu Agency.',
        'army|Sudan', 'United States proposal for a ceasefire|ceasefire', 'reject', id='mina-army-proposal'),
    pytest.param(
        # https://tass.com/world/2039451  (aside)
        'Sudan’s army has rebuffed a US proposal for a ceasefire, saying it will rally public support to fight against the paramilitary Rapid Response Forces that have taken control of the western part of the country, Bloomberg reported.',
        'army|Sudan', 'US proposal for a ceasefire|ceasefire', 'reject', id='tass-army-rebuffed'),
    pytest.param(
        # https://www.africannow.com/sudan-rsf-three-month-truce-army-rejects-ceasefire
        'Sudan’s Rapid Support Forces (RSF) say they are prepared to enter a three-month humanitarian truce aimed at easing the country’s deepening crisis, followed by direct peace talks with the Sudanese Army.',
        'Rapid Support|RSF', 'three-month humanitarian truce', 'willing', id='africannow-rsf-prepared'),
    pytest.param(
        # https://www.africannow.com/sudan-rsf-three-month-truce-army-rejects-ceasefire
        'In a video address late Monday, RSF commander Gen. Mohammed Hamdan Dagalo reaffirmed the group’s readiness for an immediate pause in fighting.',
        'Dagalo|RSF|Rapid Support', 'immediate pause in fighting', 'willing', id='africannow-dagalo-readiness'),
    pytest.param(
        # https://www.newsbeep.com/233712  (aside)
        'Sudan’s chargé d’affaires in Nairobi, Mohamed Osman Akasha, told the BBC on Wednesday that the military-led government would agree to stop the fighting only if the RSF was dismantled, surrendered its weapons, and its leader was held accountable.',
        'Sudan|Akasha|government', 'stop the fighting', 'willing', id='newsbeep-akasha-only-if'),
    pytest.param(
        # https://www.reuters.com/article/us-yemen-security-houthis-idUSKCN1130PA
        'Yemen’s Houthi-run governing council said on Sunday it was ready to restart peace talks with the country’s exiled government provided a Saudi-led coalition stopped attacking and besieging Houthi-held territories.',
        'Houthi', 'restart peace talks|peace talks', 'willing', id='reuters-houthi-council-ready'),
    pytest.param(
        # https://www.presstv.ir/Detail/2016/03/14/455707/Saudi-Arabia-Yemen-Houthi-Ansarullah-Sammad-Hadi
        'Yemen’s Houthi Ansarullah movement says they are open to holding peace talks with Riyadh in a bid to bring an end to the Saudi aggression.',
        'Houthi|Ansarullah', 'peace talks with Riyadh|peace talks', 'willing', id='presstv-houthi-open'),
    pytest.param(
        # https://www.irishtimes.com/news/world/middle-east/houthis-ready-to-take-part-in-yemen-peace-talks-1.2165444  (aside)
        'Yemen’s Houthis are ready to sit down for peace talks as long as a Saudi-led air campaign is halted and the negotiations are overseen by "non-aggressive” parties, a senior Houthi member said.',
        'Houthi', 'peace talks', 'willing', id='irishtimes-houthis-sit-down'),
    pytest.param(
        # https://www.scmp.com/news/world/middle-east/article/3261458/hamas-official-says-group-will-not-agree-truce-israel-does-not-end-gaza-war
        'A senior Hamas official on Saturday said the group would not accept a truce that did not completely end the Gaza war, accusing Israeli leader Benjamin Netanyahu of “personally hindering” a deal.',
        'Hamas', 'truce that did not completely end the Gaza war|truce', 'reject', id='scmp-hamas-not-accept-truce'),
    pytest.param(
        # https://www.presstv.ir/Detail/2024/05/05/724964/Palestine-Israel-truce-Gaza-war-Hamas  (aside)
        'The Palestinian resistance movement Hamas has said it would not accept a truce deal that did not completely end the Israeli regime’s nearly seven-month-long genocidal war against the Gaza Strip.',
        'Hamas', 'truce deal', 'reject', id='presstv-hamas-not-accept-deal'),
    pytest.param(
        # https://tass.com/world/1954469
        'The Palestinian radical group Hamas aims to reach a comprehensive and final peace agreement as part of resolving the conflict with Israel in the Gaza Strip, but opposes attempts to enforce a limited truce, a member of the movement’s political bureau, Basem Naim, said.',
        'Hamas', 'attempts to enforce a limited truce|limited truce', 'oppose', id='tass-hamas-opposes-limited'),
    pytest.param(
        # http://prophecynewsstand.blogspot.com/2024/08/hamas-official-ceasefire-and-hostage.html?m=0
        'Hamad added that Hamas will not allow Israeli presence in the Strip at any phase.',
        'Hamas|Hamad', 'Israeli presence in the Strip', 'reject', id='prophecy-hamas-not-allow'),
    pytest.param(
        # https://www.jordannews.jo/Section-91/Africa/Ethiopia-s-Tigray-rebels-are-ready-for-AU-led-peace-talks-21734
        'Ethiopia’s Tigray rebels said Sunday they were ready to take part in peace talks led by the African Union (AU), removing an obstacle to potential negotiations with the government to end almost two years of brutal warfare.',
        'Tigray', 'peace talks led by the African Union|peace talks', 'willing', id='jordannews-tigray-take-part'),
    pytest.param(
        # https://www.thenewsontime.com/rebels-from-tigray-are-ready-for-peace-talks-under-the-auspices-of-the-african-union/  (aside)
        'In response, fighters from the Tigray region of Ethiopia earlier Sunday expressed their readiness to participate in African Union-led peace talks, removing an obstacle to possible talks with the government to end the violent war that is ongoing.',
        'Tigray', 'African Union-led peace talks|peace talks', 'willing', id='newsontime-tigray-readiness', marks=ASIDE),
    pytest.param(
        # http://businessghana.com/site/news/Politics/267595/Ethiopia-ready-for-talks-with-Tigrayans-anytime
        'Ethiopia\'s government said talks should begin with the Tigrayan forces without any pre-conditions to end the 21-month civil war in northern Ethiopia.\nThe security advisor to the prime minister, Redwan Hussien, said in a tweet on Thursday that the "government is ready to talks anytime, anywhere".',
        'Redwan|Ethiopia', 'talks', 'willing', id='businessghana-ethiopia-ready'),
    pytest.param(
        # https://ethiopiaobserver.com/2022/09/11/tplf-says-ready-to-negotiate-under-the-auspices-of-the-au
        'However, the TPLF had until now opposed the role of Olusegun Obasanjo, who is the AU’s special representative for the Horn of Africa, instead favouring outgoing Kenyan President Uhuru Kenyatta.',
        'TPLF|Tigray', 'role of Olusegun Obasanjo|Obasanjo', 'oppose', id='ethobserver-tplf-opposed-role'),
    pytest.param(
        # https://newscentral.africa/dr-congo-president-rules-out-talks-with-m23-rebels
        'President Félix Tshisekedi of the Democratic Republic of the Congo has ruled out political conversations with the M23 rebel organisation.',
        'Tshisekedi|Congo', 'political conversations with the M23|political conversations', 'reject', id='newscentral-tshisekedi-rules-out'),
    pytest.param(
        # https://bnionline.net/en/news/myanmar-junta-says-no-negotiations-coup-dissidents
        "Myanmar's junta on Saturday said it would not engage in talks with coup dissidents, including members of Aung San Suu Kyi's ousted government, after a loyalist told the media that dialogue was necessary to save the country.",
        'junta|Myanmar', 'talks with coup dissidents|talks', 'reject', id='bni-junta-not-engage'),
    pytest.param(
        # https://bnionline.net/en/news/myanmar-junta-says-no-negotiations-coup-dissidents  (aside)
        'But late Saturday, in response to the news story, the Myanmar junta said it "cannot accept... dialogue and negotiation with terrorist armed groups", including a shadow government of lawmakers from Suu Kyi\'s ousted administration.',
        'junta|Myanmar', 'dialogue and negotiation with terrorist armed groups|dialogue and negotiation', 'reject', id='bni-junta-cannot-accept'),
    pytest.param(
        # https://news.cgtn.com/news/7955544f79677a6333566d54/index.html
        'The ELN indicated a willingness to resume negotiations.',
        'ELN|National Liberation', 'resume negotiations|negotiations', 'willing', id='cgtn-eln-willingness'),
    pytest.param(
        # https://news.cgtn.com/news/7955544f79677a6333566d54/index.html  (aside)
        'The ELN released a statement expressing a willingness to resume peace talks, saying "we agree to take part in a meeting between the heads of the delegations...to examine the prompt start of the fifth round of talks to discuss all pending matters."',
        'ELN|National Liberation', 'resume peace talks|peace talks', 'willing', id='cgtn-eln-statement-willingness'),
    pytest.param(
        # http://www.straitstimes.com/st/print/863972
        'The Syrian government said Monday it was "ready" for talks with rebels as the opposition overturned its planned boycott of a conference to conside the "next steps" in ending the deadly two-year conflict.',
        'Syria', 'talks with rebels|talks', 'willing', id='straitstimes-syria-ready'),
    pytest.param(
        # http://www.straitstimes.com/st/print/863972  (aside)
        '"We are ready for dialogue with all who want dialogue, including those who are carrying arms," Walid al-Muallem said on a visit to Moscow - the first such offer by a top Syrian official.',
        'Muallem|Syria', 'dialogue', 'willing', id='straitstimes-muallem-quote', marks=ASIDE),
    pytest.param(
        # http://www.bostonglobe.com/news/world/2013/01/03/rebels-central-african-republic-signal-they-are-prepared-enter-peace-talks/DGgzQY3ElteiAW6pqVENUL/story.html
        'President Francois Bozize has in recent days declared his willingness to negotiate, and peace talks are already being planned in nearby Gabon, though the government gave no official response to the rebels’ negotiation offer.',
        'Bozize|Central African', 'negotiate', 'willing', id='bostonglobe-bozize-willingness'),
    pytest.param(
        # https://www.hurriyetdailynews.com/azerbaijan-rejects-armenias-unrealistic-peace-proposal-201574
        'Azerbaijani President İlham Aliyev has turned down Armenia\'s proposal to sign a peace deal based on only previously agreed-upon principles, calling it "unrealistic."',
        'Aliyev|Azerbaijan', 'proposal to sign a peace deal|sign a peace deal', 'reject', id='hurriyet-aliyev-turned-down'),
    pytest.param(
        # https://menafn.com/1108778911/Azerbaijani-President-refutes-Armenias-suggestion-to-ink-peace-deal  (aside)
        '(MENAFN) Azerbaijani President Ilham Aliyev rejected Armenia\'s proposal to sign a peace deal based solely on previously agreed-upon principles, describing it as "unrealistic."',
        'Aliyev|Azerbaijan', 'proposal to sign a peace deal|sign a peace deal', 'reject', id='menafn-aliyev-rejected'),
    pytest.param(
        # https://www.shine.cn/news/world/2502262576/
        'Lavrov said last week that Russia rejected the use of Western soldiers in Ukraine.',
        'Russia|Lavrov', 'use of Western soldiers in Ukraine|Western soldiers in Ukraine', 'reject', id='shine-russia-rejected-soldiers'),
    pytest.param(
        # https://www.dailysabah.com/world/europe/kremlin-denounces-european-peacekeeping-plans-for-ukraine
        'Russia has repeatedly said it opposes having NATO troops on the ground in Ukraine, with Foreign Minister Sergei Lavrov saying this week that Moscow would view that as a "direct threat" to Russia\'s sovereignty, even if the troops operated there under a different flag.',
        'Russia', 'NATO troops on the ground in Ukraine|NATO troops in Ukraine', 'oppose', id='dailysabah-russia-opposes-nato-troops'),
    pytest.param(
        # https://www.dailysabah.com/world/europe/kremlin-denounces-european-peacekeeping-plans-for-ukraine
        'Amid talks with the United States in Riyadh on Tuesday, Russia demanded NATO scrap its 2008 promise to one day give Ukraine membership of the U.S.-led alliance and dismissed the idea that NATO member forces could be keepers of the peace under a cease-fire deal.',
        'Russia', 'NATO member forces could be keepers of the peace|NATO member forces as keepers of the peace', 'reject', id='dailysabah-russia-dismissed-idea', marks=PARSE),
    pytest.param(
        # https://censor.net/en/news/3570797/western-troops-in-ukraine-what-the-kremlin-says  (aside)
        'The Kremlin has once again stated that it opposes the deployment of foreign troops on Ukrainian territory.',
        'Kremlin|Russia', 'deployment of foreign troops on Ukrainian territory|foreign troops on Ukrainian territory', 'oppose', id='censor-kremlin-opposes-deployment'),
    pytest.param(
        # https://www.trtworld.com:443/article/18267063  (aside)
        'The Kremlin has said that any plan to send European troops to Ukraine as part of a potential peacekeeping mission would be unacceptable for Russia and that it was monitoring such proposals with concern.',
        'Kremlin|Russia', 'plan to send European troops to Ukraine|send European troops to Ukraine', 'reject', id='trt-kremlin-unacceptable', marks=ASIDE),
    pytest.param(
        # https://en.iz.ru/en/1806682/2024-12-13/kremlin-assesses-idea-sending-eu-troops-ukraine-after-possible-ceasefire
        "Russia maintains its openness to negotiations on the settlement of the crisis, and the country's leadership has repeatedly said so, the Kremlin spokesman recalled.",
        'Russia', 'negotiations on the settlement of the crisis|negotiations', 'willing', id='iz-russia-openness'),
    pytest.param(
        # https://en.iz.ru/en/1806682/2024-12-13/kremlin-assesses-idea-sending-eu-troops-ukraine-after-possible-ceasefire
        'For its part, the Polish authorities officially ruled out sending troops to the Ukrainian territory.',
        'Poland|Polish', 'sending troops to the Ukrainian territory|sending troops to Ukraine', 'reject', id='iz-poland-ruled-out'),
    pytest.param(
        # https://united24media.com/latest-news/we-will-never-zelenskyy-responds-to-calls-to-cede-ukrainian-territory-in-peace-talks-with-russia-5939
        'Ukrainian President Volodymyr Zelenskyy reaffirmed that Ukraine will not recognize Russian control over occupied territories, emphasizing that the country’s laws prevent any such concession.',
        'Ukraine|Zelensk', 'Russian control over occupied territories|recognize Russian control over occupied territories', 'reject', id='united24-not-recognize'),
    pytest.param(
        # https://www.republicworld.com/world-news/russia-ukraine-crisis/zelenskyy-asserts-ukraine-cannot-concede-anything-to-moscow-as-war-stretches-further-articleshow.html
        '"We\'re not ready to concede any of our territories, because our territories are our territories,” Zelenskyy said in an interview with Newsmax.',
        'Zelensk|Ukraine', 'concede any of our territories|concede territories', 'reject', id='republic-not-ready-concede'),
    pytest.param(
        # https://censor.net/en/news/3538953/zelenskyy-ukraine-will-never-recognize-the-occupied-territories-as-part-of-russia  (aside)
        'Ukraine will never recognize the territories occupied by Russia as Russian.',
        'Ukraine', 'recognize the territories occupied by Russia as Russian|territories occupied by Russia', 'reject', id='censor-never-recognize', marks=ASIDE),
    pytest.param(
        # https://ca.style.yahoo.com/netanyahu-says-israel-opposes-palestinian-221216827.html
        'Israeli Prime Minister Benjamin Netanyahu said Saturday that Israel would not support a Palestinian Authority-led government in Gaza after it completes a war to eliminate Hamas in the territory, going against pressure from the U.S.',
        'Israel|Netanyahu', 'Palestinian Authority-led government in Gaza', 'oppose', id='yahoo-netanyahu-not-support'),
    pytest.param(
        # https://www.axios.com/2023/11/11/gaza-palestinian-authority-control-netanyahu-hamas-war
        'Israeli Prime Minister Benjamin Netanyahu said on Saturday that he opposes the idea of the Palestinian Authority retaking control of the Gaza Strip on the day after the war.',
        'Israel|Netanyahu', 'Palestinian Authority retaking control of the Gaza Strip', 'oppose', id='axios-netanyahu-opposes-idea'),
    pytest.param(
        # https://usmuslims.com/service/amp/netanyahu-tells-washington-no-palestinian-rule-in-gaza-after-war-230123h.htm  (aside)
        'KAN said Netanyahu declared at a closed meeting of his Likud Party that he opposes Palestinian Authority control of the Gaza Strip after the war, and had informed Washington.',
        'Israel|Netanyahu', 'Palestinian Authority control of the Gaza Strip', 'oppose', id='usmuslims-netanyahu-opposes-control'),
    pytest.param(
        # https://usmuslims.com/service/amp/netanyahu-tells-washington-no-palestinian-rule-in-gaza-after-war-230123h.htm
        'The Palestinian Authority has also said it is ready to return to Gaza under a comprehensive political plan that includes unity between the West Bank, Gaza, and occupied East Jerusalem.',
        'Palestinian Authority', 'return to Gaza', 'willing', id='usmuslims-pa-ready-return'),
    pytest.param(
        # https://www.ruetir.com/2023/12/contrary-to-the-us-israel-refuses-to-involve-the-palestinian-authority-in-gaza/  (aside)
        'The Palestinian Authority also said it was ready to return to Gaza based on a comprehensive political plan that includes unity between the occupied West Bank, Gaza and East Jerusalem.',
        'Palestinian Authority', 'return to Gaza', 'willing', id='ruetir-pa-ready-return'),
    pytest.param(
        # https://debriefer.net/en/news-17784.html  (aside)
        'The Houthi group is ready for open dialogue with the Saudi-led coalition in Saudi Arabia, member of the Houthi Supreme Political Council said Saturday, to end the five years of war in Yemen.',
        'Houthi', 'open dialogue with the Saudi-led coalition|open dialogue', 'willing', id='debriefer-houthi-open-dialogue'),
    pytest.param(
        # https://www.dailyyemen.net/2020/06/13/houthis-call-saudi-to-apublic-dialogue/
        '“We are ready for public dialogue with the Saudi coalition countries to reach a cease-fire and lift the five-year siege on Yemen,” al-Houthi, head of the group’s Supreme Revolutionary Committee, said in an interview with the BBC to be published on Sunday.',
        'Houthi', 'public dialogue with the Saudi coalition countries|public dialogue', 'willing', id='dailyyemen-alhouthi-quote'),
    pytest.param(
        # http://www.abc.net.au/news/2011-04-12/rebels-reject-libyan-peace-deal/2619956
        "Libyan rebels scuttled a peace deal to end the two-month civil war and impose an immediate ceasefire after Moamar Gaddafi's forces shelled a besieged city.\n\nThey say they cannot accept any agreement that allows the defiant Libyan strongman to stay in power.",
        'rebel|Liby', 'agreement that allows the defiant Libyan strongman to stay in power|any agreement', 'reject', id='abc-libya-rebels-cannot-accept'),
    pytest.param(
        # http://www.abc.net.au/news/2011-04-12/rebels-reject-libyan-peace-deal/2619956
        "Western leaders also rejected any deal that did not include Mr Gaddafi's removal, and NATO refused to suspend its bombing of his forces unless there was a credible ceasefire.",
        'NATO', 'suspend its bombing of his forces|suspend its bombing', 'reject', id='abc-nato-refused-suspend'),
    pytest.param(
        # https://www.belfasttelegraph.co.uk/news/world-news/syrian-rebels-refuse-guarantees-28735531.html
        "The commander of the rebel Free Syrian Army, Riad al-Asaad, said his group was prepared to abide by the Annan agreement, but rejected the government's new unilateral demand.",
        'Free Syrian|Asaad', 'abide by the Annan agreement|Annan agreement', 'willing', id='belfast-fsa-prepared-abide', marks=ACTOR),
    pytest.param(
        # https://www.belfasttelegraph.co.uk/news/world-news/syrian-rebels-refuse-guarantees-28735531.html  (aside)
        "The commander of the rebel Free Syrian Army, Riad al-Asaad, said his group was prepared to abide by the Annan agreement, but rejected the government's new unilateral demand.",
        'Free Syrian|Asaad', "government's new unilateral demand|new unilateral demand", 'reject', id='belfast-fsa-rejected-demand'),
    pytest.param(
        # https://www.voanews.com/a/a-13-a-2002-10-09-1-ivory-66457022/551379.html
        "A rebel spokesman, Tuho Fozie, said insurgents remained open to negotiations but would not disarm because, he said, they do not trust President Gbagbo's intentions.",
        'Fozie|insurgent|rebel', 'negotiations', 'willing', id='voa-fozie-open'),
    pytest.param(
        # https://www.voanews.com/a/a-13-a-2002-10-09-1-ivory-66457022/551379.html  (aside)
        "A rebel spokesman, Tuho Fozie, said insurgents remained open to negotiations but would not disarm because, he said, they do not trust President Gbagbo's intentions.",
        'Fozie|insurgent|rebel', 'disarm', 'reject', id='voa-fozie-not-disarm'),
    pytest.param(
        # https://www.voanews.com/a/a-13-a-2002-10-09-1-ivory-66457022/551379.html  (aside)
        "Rebels in Ivory Coast are rejecting President Laurent Gbagbo's calls for them to lay down their weapons.\n\nIn a speech broadcast late Tuesday, the Ivorian leader said he was willing to engage in peace talks - but only if the rebels laid down their weapons first.",
        'Gbagbo|Ivor', 'engage in peace talks|peace talks', 'willing', id='voa-gbagbo-willing'),
    pytest.param(
        # https://sudanwatch.blogspot.com/2006/04/darfur-rebels-slm-jem-reject-peace.html
        '"This document is not acceptable to us, and we are not going to go by it or sign it," JEM spokesman Ahmed Hussain said.',
        'JEM|Justice|Hussain', 'document|sign it', 'reject', id='sudanwatch-jem-not-acceptable'),
    pytest.param(
        # http://www.mawbima.net/2009/02/sri-lanka-rejects-dialogue-appeal.html
        'The Sri Lankan government has rejected a call by international donors to the Tamil Tiger rebels to negotiate terms of surrender with the government.',
        'Sri Lanka', 'negotiate terms of surrender|terms of surrender', 'reject', id='mawbima-srilanka-rejected-call'),
    pytest.param(
        # http://www.mawbima.net/2009/02/sri-lanka-rejects-dialogue-appeal.html  (aside)
        'Mr Rajapakse also rejected a ceasefire call by the US, UK and Canada, saying that the rebels had used ceasefire time "only to regroup and attack security forces".',
        'Rajapak', 'ceasefire|ceasefire call', 'reject', id='mawbima-rajapakse-ceasefire-call'),
    pytest.param(
        # https://brecorder.com/news/amp/3140341
        "Nepal's royal-appointed government Thursday ruled out holding peace talks with Maoists unless they first lay down their arms and abandon violence.",
        'Nepal', 'holding peace talks with Maoists|peace talks', 'reject', id='brecorder-nepal-ruled-out'),
    pytest.param(
        # https://brecorder.com/news/amp/3140341
        '"I don\'t agree to sit across the negotiating table with the Maoists unless they lay down their arms and stop the violence," Senior Vice Chairman of the Council of Ministers Tulsi Giri told reporters.',
        'Giri|Nepal', 'sit across the negotiating table with the Maoists|negotiating table', 'reject', id='brecorder-giri-dont-agree'),
    pytest.param(
        # https://www.foxnews.com/world/indian-government-rules-out-peace-talks-with-maoist-rebels-after-weekend-attack-kills-24  (aside)
        'The Indian government on Tuesday ruled out peace talks with Maoist rebels who killed 24 governing party members in a daring attack over the weekend in an eastern state.',
        'India', 'peace talks with Maoist rebels|peace talks', 'reject', id='fox-india-ruled-out'),
    pytest.param(
        # http://www.taipeitimes.com/News/world/archives/2005/01/04/2003217976
        "Ugandan President Yoweri Museveni on Sunday ruled out future peace talks with the northern rebel Lord's Resistance Army (LRA) inside the country, his spokesman said, rejecting pleas to extend a ceasefire and reopen negotiations.",
        'Museveni|Uganda', 'future peace talks|peace talks', 'reject', id='taipei-museveni-ruled-out'),
    pytest.param(
        # http://www.taipeitimes.com/News/world/archives/2005/01/04/2003217976
        'Defense Minister Amama Mbabazi explained the government\'s position: "These people have not been interested and failed to talk. They failed to take the olive branch extended to them by the government. We shall not extend the ceasefire because they are not at all interested in this business."',
        'Mbabazi|Uganda', 'extend the ceasefire|ceasefire', 'reject', id='taipei-mbabazi-not-extend'),
    pytest.param(
        # https://bbctodays.pages.dev/2/hi/south_asia/1978551.stm  (aside)
        "Nepal's Prime Minister, Sher Bahadur Deuba, has rejected a truce offer by Maoist rebels saying they cannot be trusted.",
        'Deuba|Nepal', 'truce offer|truce', 'reject', id='bbc-deuba-rejected-truce'),
    pytest.param(
        # https://chinapost.nownews.com/20001218-140819
        'Tamil Tiger rebels Sunday rejected the government’s call for immediate peace talks, saying that negotiations could not take place in the midst of war.',
        'Tamil|LTTE', 'immediate peace talks|peace talks', 'reject', id='chinapost-ltte-rejected-call'),
    pytest.param(
        # https://en.abna24.com/story/350759
        'Egyptian President Mohamed Morsi has stressed that his country is against “any foreign military intervention” in Syria, calling the Western-backed idea of attacking the Arab country “a big mistake.”',
        'Egypt|Morsi', 'foreign military intervention in Syria|any foreign military intervention', 'oppose', id='abna-morsi-against'),
    pytest.param(
        # https://en.abna24.com/story/350759  (aside)
        '"I am against foreign intervention by force in what happens in Syria," Morsi said in an interview with American television PBS on Monday.',
        'Morsi|Egypt', 'foreign intervention by force|foreign intervention', 'oppose', id='abna-morsi-quote-against', marks=ASIDE),
    pytest.param(
        # https://www.egyptindependent.com/fm-says-egypt-rejects-foreign-military-intervention-libya/
        'Referring to Libya, Egyptian Foreign Minister Ahmed Abul Gheit said on Sunday that Egypt rejects foreign military intervention in any Arab state.',
        'Egypt|Gheit', 'foreign military intervention in any Arab state|foreign military intervention', 'reject', id='egyptindependent-rejects-intervention'),
    pytest.param(
        # https://menafn.com/1110602981/Turkey-opposes-to-any-military-intervention-against-Iran
        'Türkiye has expressed its opposition to “any military intervention” against Iran, Foreign Minister Hakan Fidan stated on Thursday, emphasizing that Tehran should address its internal issues independently.',
        'Türkiye|Turkey|Fidan', 'any military intervention against Iran|military intervention', 'oppose', id='menafn-turkey-opposition'),
    pytest.param(
        # https://nan.media/en/sudan-any-negotiations-before-implementing-the-jeddah-declaration-will-not-be-acceptable
        'In a statement released on Tuesday, the Sudanese Ministry of Foreign Affairs explained that the government “reiterated its readiness to engage in any negotiations to end the occupation by what it described as rebellious militias of cities, villages, and civilian residences.”',
        'Sudan', 'engage in any negotiations|negotiations', 'willing', id='nan-sudan-readiness'),
    pytest.param(
        # https://radiotamazuj.org/en/news/article/sudanese-government-ready-for-talks-with-splm-n
        'The Sudanese government has confirmed its willingness to negotiate with the rebel group, SPLM-North, according to the head of the negotiation committee.',
        'Sudan', 'negotiate with the rebel group|negotiate', 'willing', id='tamazuj-sudan-willingness'),
    pytest.param(
        # https://radiotamazuj.org/en/news/article/sudanese-government-ready-for-talks-with-splm-n  (aside)
        'Zeinab Mahmoud, a spokesperson for the SPLM-N delegation also affirmed the readiness of their group to enter into dialogue with Khartoum but questioned the integrity of the government’s intentions towards negotiation.',
        'SPLM|Mahmoud', 'enter into dialogue with Khartoum|dialogue', 'willing', id='tamazuj-splm-readiness'),
    pytest.param(
        # https://www.ceik.net/2023/04/29/un-envoy-the-two-parties-to-the-sudan-war-are-open-to-dialogue/
        'The Sudanese army has repeatedly declared its refusal to negotiate with the commander of the Rapid Support Forces, Mohamed Hamdan Dagalo, and stressed that it “does not negotiate with the rebels in southern Sudan or another country at the present time.”',
        'army|Sudan', 'negotiate with the commander of the Rapid Support Forces|negotiate', 'reject', id='ceik-army-refusal'),
    pytest.param(
        # https://en.sputniknews.africa/amp/20230714/sudan-affirms-desire-to-cooperate-with-all-sides-to-finish-conflict-1060540337.html  (aside)
        '"The Sudanese Armed Forces are ready to stop military operations immediately if the rebel militia commits to stopping attacks on civilian homes, neighborhoods and government facilities, as well as looting," the country’s Sovereign Council noted.',
        'Sudan|Sovereign', 'stop military operations', 'willing', id='sputnik-sovereign-ready-stop'),
    pytest.param(
        # https://bhatkallys.com/news/read/syria-warns-against-foreign-intervention-after-obama-speech
        'Meanwhile, Britain’s foreign secretary said his country won’t participate in airstrikes on Syria.',
        'Britain|United Kingdom|UK', 'participate in airstrikes on Syria|airstrikes on Syria', 'reject', id='bhatkallys-britain-wont-participate'),
    pytest.param(
        # https://bhatkallys.com/news/read/syria-warns-against-foreign-intervention-after-obama-speech  (aside)
        'Germany often shuns taking part in combat operations and Steinmeier said his country also wouldn’t join in any airstrikes.',
        'Germany|Steinmeier', 'join in any airstrikes|airstrikes', 'reject', id='bhatkallys-germany-wouldnt-join'),
    pytest.param(
        # http://thewararoundus.blogspot.com/2011/04/gaddafi-rejects-rebel-truce-offer.html
        "Moamar Gaddafi's regime has rejected a conditional ceasefire offer made by Libyan rebels, saying government forces would NOT withdraw from towns they now control.",
        'Gaddafi|Liby', 'conditional ceasefire offer|ceasefire offer|ceasefire', 'reject', id='wararound-gaddafi-rejected-offer'),
    pytest.param(
        # http://www.mawbima.net/2009/02/sri-lanka-rejects-dialogue-appeal.html
        'Mr Rajapaksa told the BBC: "There is no question of negotiations on surrender. The rebels should surrender unconditionally. They should lay down their arms first."',
        'Rajapak', 'negotiations on surrender', 'reject', id='mawbima-no-question'),
    pytest.param(
        # https://www.dailysabah.com/world/europe/kremlin-denounces-european-peacekeeping-plans-for-ukraine
        "Kremlin spokesperson Dmitry Peskov said the reported proposal was unacceptable because it would involve forces from a NATO member state and therefore have ramifications for Russia's own security.",
        'Peskov|Russia|Kremlin', 'reported proposal|proposal', 'reject', id='dailysabah-peskov-unacceptable'),
    pytest.param(
        # https://justiceinfo.net/en?p=135014
        'The RSF, vying for control of Sudan, has swiftly accepted the US invitation.',
        'RSF|Rapid Support', 'US invitation|invitation', 'willing', id='justiceinfo-rsf-accepted'),
    pytest.param(
        # https://www.trtworld.com:443/article/18267063
        'British Prime Minister Keir Starmer has said he is "ready and willing" to put U.K. troops on the ground in Ukraine, with U.S. backing, as a security guarantee in the event of some sort of a cease-fire deal between Moscow and Kyiv.',
        'Starmer|United Kingdom|Brit', 'put U.K. troops on the ground in Ukraine|U.K. troops on the ground in Ukraine', 'willing', id='trt-starmer-ready-willing'),
    pytest.param(
        # https://en.iz.ru/en/1806682/2024-12-13/kremlin-assesses-idea-sending-eu-troops-ukraine-after-possible-ceasefire
        'Russia is not seeking a temporary truce in Ukraine, but the achievement of a full-fledged peace on the basis of conditions repeatedly voiced by Moscow, Kremlin spokesman Dmitry Peskov said on December 13.\n"We have repeatedly said that a ceasefire in itself is not what we want. We want peace that will come after our conditions are met and after all the goals we have set have been achieved," he told reporters.',
        'Peskov|Russia|Kremlin', 'temporary truce|ceasefire', 'oppose', id='iz-peskov-not-what-we-want'),
    pytest.param(
        # https://ethiopiaobserver.com/2022/09/11/tplf-says-ready-to-negotiate-under-the-auspices-of-the-au  (aside)
        'There has been no direct reaction from the Ethiopian government but it has previously said it was ready for unconditional talks “anytime, anywhere,” brokered by the AU.',
        'Ethiopia', 'unconditional talks|talks', 'willing', id='ethobserver-gov-ready-unconditional'),
    pytest.param(
        # https://unn.ua/en/news/zelensky-declares-the-impossibility-of-legal-recognition-of-the-occupied-territories
        'Ukrainian President Volodymyr Zelenskyy stated that our country will never recognize the occupied territories as part of Russia, emphasizing that these lands will remain occupied until Ukraine returns them, and there can be no compromises on this issue.',
        'Zelensk|Ukraine', 'recognize the occupied territories as part of Russia|occupied territories as part of Russia|occupied territories', 'reject', id='unn-zelensky-never-recognize'),
    pytest.param(
        # http://www.taipeitimes.com/News/world/archives/2005/01/04/2003217976  (aside)
        "Museveni also spurned pleas by the religious leaders, who have tried broker peace deals in the past, to extend the government's unilateral ceasefire and give talks a chance to put an end to 18 years of insurgency, Ekomoloit said.",
        'Museveni|Uganda', "extend the government's unilateral ceasefire|unilateral ceasefire", 'reject', id='taipei-museveni-spurned', marks=ASIDE),
    pytest.param(
        # https://www.mail-archive.com/kominform@lists.eunet.fi/msg10847.html
        'The Nepalese authorities have ruled out resuming peace talks with Maoist rebels unless they pledge to give up violence.',
        'Nepal', 'resuming peace talks with Maoist rebels|resuming peace talks|peace talks', 'reject', id='bbc-nepal-ruled-out-resuming'),
    pytest.param(
        # https://chinapost.nownews.com/20001218-140819
        'In a statement posted on their Web site, the Liberation Tigers of Tamil Eelam also refused a government proposal that negotiations take place within a limited time frame, based on what the rebels called a “preconceived permanent solution” offered by the government.',
        'Tamil|LTTE', 'government proposal that negotiations take place within a limited time frame|government proposal|negotiations take place within a limited time frame', 'reject', id='chinapost-ltte-refused-proposal'),
    pytest.param(
        # https://chinapost.nownews.com/20001218-140819  (aside)
        'LTTE leader Velupillai Prabhakaran in November agreed to peace talks with the government to end the 17 year civil war, but proposed that the war should first be scaled down.',
        'Prabhakaran|LTTE|Tamil', 'peace talks', 'willing', id='chinapost-prabhakaran-agreed'),
    pytest.param(
        # https://www.voanews.com/a/a-13-2006-12-26-voa21/399539.html
        "Makaila Nguebla, a Dakar-based spokesman for a rebel group known as the UFDD, says he is not interested in dealing with Mr. Deby's government because he does not consider it legitimate.",
        'Nguebla|UFDD', "dealing with Mr. Deby's government|Deby's government", 'reject', id='voa-ufdd-not-interested'),
    pytest.param(
        # https://menafn.com/1110602981/Turkey-opposes-to-any-military-intervention-against-Iran
        '“We do not want to see any intervention here, but when you look at the policies of (US President Donald) Trump, we have not seen a strong preference so far for the use of ground forces,” Fidan said, reinforcing Türkiye’s stance against military action.',
        'Fidan|Türkiye|Turkey', 'any intervention|military action|intervention', 'oppose', id='menafn-fidan-not-want'),
    pytest.param(
        # https://southfront.org/washingtons-negotiator-with-taliban-us-does-not-seek-troops-withdrawal/
        'The US does not seek “a withdrawal agreement”, US Special Representative for Afghanistan Reconciliation Zalmay Khalilzad said on June 19 adding that Washington’s  goal is a “comprehensive peace agreement”.',
        'United States|Khalilzad', 'withdrawal agreement', 'oppose', id='southfront-us-not-seek'),
    pytest.param(
        # https://avapress.com/en/134790/US-denies-pull-out-from-Afghanistan-without-ceasefire
        'The United States has said that it does not want presence of foreign troops in Afghanistan and pull out from the country is not possible without a ceasefire.',
        'United States', 'presence of foreign troops in Afghanistan', 'oppose', id='avapress-us-not-want'),
    pytest.param(
        # https://www.taipeitimes.com/News/world/archives/2020/12/09/2003748405
        'Philippine President Rodrigo Duterte on Monday ruled out any ceasefire or resumption of long-stalled peace talks with communist guerrillas and renewed a vow to destroy the insurgents in his last two years in office.',
        # one cue ("ruled out"), two alternatives: one issue (docs/annotation.md §5, conjoined issues under one cue)
        'Duterte|Philippine', 'any ceasefire or resumption of long-stalled peace talks|ceasefire or resumption of peace talks',
        'reject', id='taipei-duterte-ruled-out'),
    pytest.param(
        # https://colombiareports.com/amp/santos-rejects-cease-fire-during-peace-talks
        'Colombian President Juan Manuel Santos on Thursday rejected a ceasefire before the government and rebel group FARC reach an agreement to permanently end the country’s armed conflict.',
        'Santos|Colombia', 'ceasefire', 'reject', id='colombiareports-santos-rejected'),
    pytest.param(
        # https://www.theguardian.com/world/2012/sep/07/colombia-rejects-farc-ceasefire-peace
        'Santos responded in Colombia: "There\'s not going to be any ceasefire. We will not give anything until we get the final agreement, and I want to make that very clear."',
        'Santos|Colombia', 'ceasefire|any ceasefire', 'reject', id='guardian-santos-not-going-to-be', marks=QUOTE),
    pytest.param(
        # https://www.theguardian.com/world/2012/sep/07/colombia-rejects-farc-ceasefire-peace  (aside)
        '"We will propose a ceasefire the moment we sit down at the table," said Mauricio Jaramillo, a spokesman and top Farc leader.',
        'Jaramillo|Farc|FARC|Revolutionary Armed', 'ceasefire', 'offer', id='guardian-jaramillo-propose'),
    pytest.param(
        # https://newsinfo.inquirer.net/1064157/no-holiday-truce-with-reds-medialdea/amp
        'Defense Secretary Delfin Lorenzana earlier said he was not inclined to recommend a unilateral holiday ceasefire with the communist rebels, saying they may the ceasefire to reinforce their ranks.',
        'Lorenzana', 'unilateral holiday ceasefire|recommend a unilateral holiday ceasefire', 'reject', id='inquirer-lorenzana-not-inclined'),
    pytest.param(
        # https://newsinfo.inquirer.net/1064157/no-holiday-truce-with-reds-medialdea/amp  (aside)
        'Communist Party of the Philippines (CPP) founding chair Joma Sison said the rebels were ready to declare a temporary suspension of fighting even after the President had a declared a full-scale war against the New People’s Army (NPA), the armed wing of the CPP.',
        'Sison|Communist Party|CPP|rebel', 'declare a temporary suspension of fighting|temporary suspension of fighting', 'willing', id='inquirer-sison-ready'),
    pytest.param(
        # http://article.wn.com/view/2008/02/05/Chad_PM_rejects_ceasefire_with_rebels_blames_Sudan  (aside)
        "Chad's Prime Minister Nourredine Delwa Kassire Coumakoye rejected a ceasefire with rebels who fought their way into the capital and blamed neighbouring Sudan for the insurgency.",
        'Coumakoye|Chad', 'ceasefire with rebels|ceasefire', 'reject', id='wn-chad-rejected-ceasefire'),
    pytest.param(
        # https://pressone.ph/duterte-no-ceasefire-with-npa-under-my-term/
        'President Rodrigo Duterte made this statement Monday night, as he also dismissed the possibility of reviving peace talks between the government and the National Democratic Front (NDF), the negotiating arm of the Communist Party of the Philippines (CPP).',
        'Duterte', 'reviving peace talks between the government and the National Democratic Front|reviving peace talks|possibility of reviving peace talks', 'reject', id='pressone-duterte-dismissed-possibility'),
    pytest.param(
        # https://www.hurriyetdailynews.com/azerbaijan-rejects-armenias-unrealistic-peace-proposal-201574
        'He also argued that while Yerevan has shown its willingness for peace by putting forth such proposals, Armenia is aware that these proposals will not be accepted.',
        'Armenia', 'peace', 'willing', id='hurriyet-yerevan-willingness'),
    pytest.param(
        # https://www.reuters.com/article/us-yemen-security-houthis-idUSKCN1130PA
        'Yemen’s Houthi-run governing council said on Sunday it was ready to restart peace talks with the country’s exiled government provided a Saudi-led coalition stopped attacking and besieging Houthi-held territories.\n\nAt its weekly meeting at Sanaa’s presidential palace, the council said that its willingness to restart peace talks was contingent on the “total cessation of the aggression and lifting of the unjust siege on the Yemeni people”.',
        'Houthi', 'total cessation of the aggression|cessation of the aggression', 'demand', id='reuters-council-willingness-contingent'),
    pytest.param(
        # https://news.cgtn.com/news/7955544f79677a6333566d54/index.html
        'The ELN released a statement expressing a willingness to resume peace talks.\nIt said it was prepared "to agree to another ceasefire."',
        'ELN|National Liberation', 'agree to another ceasefire|another ceasefire', 'willing', id='cgtn-eln-prepared-quote'),
    pytest.param(
        # https://www.jordannews.jo/Section-91/Africa/Ethiopia-s-Tigray-rebels-are-ready-for-AU-led-peace-talks-21734
        '“The government of Tigray is prepared to participate in a robust peace process under the auspices of the AU,” said a statement by the authorities in the northernmost region of Tigray.',
        'Tigray', 'participate in a robust peace process|robust peace process', 'willing', id='jordannews-tigray-government-prepared', marks=ACTOR),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), FOUND)
def test_positions_round12_negative_and_ready(run, text, holder, issue, stance) -> None:
    ex = run(text)
    assert any(max(issue_overlap(i, p.issue) for i in issue.split("|")) >= 0.5
               and (stance in NEGATIVE) == (p.stance in NEGATIVE)
               for p in held_by(ex, holder)), [(p.holder, p.stance, p.issue) for p in ex.positions]


DISMISSED = [
    # (text, holder names, issue): what a holder dismisses as said of it is not its stance
    pytest.param(
        # https://www.shine.cn/news/world/2502262576/
        'The Kremlin has dismissed statements that Russia was open to European peacekeeping troops in Ukraine.',
        'Russia|Kremlin', 'European peacekeeping troops', id='shine-kremlin-dismissed-statements'),
]


@pytest.mark.parametrize(("text", "holder", "issue"), DISMISSED)
def test_positions_round12_dismissed_report_states_no_openness(run, text, holder, issue) -> None:
    ex = run(text)
    assert not any(issue_overlap(issue, p.issue) >= 0.5 and p.stance not in NEGATIVE
                   for p in held_by(ex, holder)), [(p.holder, p.stance, p.issue) for p in ex.positions]
