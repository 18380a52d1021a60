"""Positions round 15: stances on articles from outlets and conflicts the gold does not hold.

Each case is a real sentence with its URL, a holder (a part of its name or alias, "|" between alternatives), the issue a
reader expects and its stance; a prediction matches as the scorer matches it (same holder, issue words overlapping with
token F1 >= 0.5, the same polarity). Expectations were written before parley was run on the sentences. ASIDE cases (every
third) were never looked at while writing the rules. ``xfail`` marks cases tried and not fixed, with why.

Covered: demands laid out ("laid out four demands including the withdrawal of RSF", ``carrier_verbs``), "Serbia's red lines
are Kosovo's UN membership" (a "red line" noun), "We are negotiating for a two-state solution" and "challenged his
counterpart to agree to" (cue verbs), "the condition that Vucic has set" (whoever set it), "King Mohammed VI of Morocco"
(a title before a name the actors stage did not take), "In addition to his call for X, Massinga urged" (a fronted "his"),
"would be conditioned on Rwanda's withdrawal of support" (no vocabulary name with words the text lacks), "would accept only a
peace agreement based on UN resolutions" (``basis_participles``, no leading "only"); and no stance in an indirect question
("on whether they were going to agree on the terms"), in an "as long as" supposition about another party, or in a view
offered (``opinion_nouns``).
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import NEGATIVE, held_by, issue_overlap

FIT = [
    pytest.param(  # http://allafrica.com/stories/201702200214.html
        'Sudan government renewed its full commitment to declaration of cease-fire, calling on the armed opposition to respond urgently, to dialogue and peace calls and to join negotiations and dialogue to maintain peace, stability, national accord and the comprehensive development.',
        'Sudan', 'declaration of cease-fire', 'support'),
    pytest.param(  # http://allafrica.com/stories/201702200214.html
        'Sudan government renewed its full commitment to declaration of cease-fire, calling on the armed opposition to respond urgently, to dialogue and peace calls and to join negotiations and dialogue to maintain peace, stability, national accord and the comprehensive development.',
        'Sudan', 'join negotiations and dialogue', 'demand', marks=pytest.mark.xfail(strict=False, reason="the third of three conjoined infinitives after 'calling on X to respond urgently, to dialogue ...' keeps no issue")),
    pytest.param(  # https://gulfnews.com/uae/government/uae-welcomes-ceasefire-agreement-in-sudan-1.1684686105032
        'Abu Dhabi: The UAE has welcomed the signing of a ceasefire agreement for a period of seven days by representatives of the Sudanese Armed Forces and the Rapid Support Forces in the Republic of Sudan, and expressed its hope that this would be a step towards a comprehensive and sustainable agreement.',
        'UAE|Emirates', 'comprehensive and sustainable agreement', 'support'),
    pytest.param(  # http://panafricannews.blogspot.com/2024/03/sudan-cautiously-backs-un-call-for.html
        'Sudan’s Foreign Ministry expressed qualified support for the UN Secretary-General’s call for a ceasefire during Ramadan, outlining specific requirements to ensure its effectiveness.',
        'Sudan', 'ceasefire during Ramadan', 'support'),
    pytest.param(  # http://panafricannews.blogspot.com/2024/03/sudan-cautiously-backs-un-call-for.html
        'To ensure a genuine ceasefire, Sudan laid out four demands including the withdrawal of RSF from civilian areas, including homes, public facilities, and occupied civilian infrastructure.',
        'Sudan', 'withdrawal of RSF from civilian areas', 'demand'),
    pytest.param(  # http://panafricannews.blogspot.com/2024/03/sudan-cautiously-backs-un-call-for.html
        'UN Secretary-General António Guterres urged warring parties in Sudan to cease hostilities on Thursday during a Security Council meeting.',
        'Guterres', 'cease hostilities', 'demand'),
    pytest.param(  # https://dabangasudan.org/en/all-news/article/humanitarian-truce-welcomed-in-sudan-and-abroad
        'In an official statement, the Rapid Support Forces (RSF) welcomed the signing of the Jeddah agreement and affirmed its full commitment to the ceasefire, and to work to facilitate the delivery of humanitarian aid and open passages for civilians.',
        'Rapid Support|RSF', 'Jeddah agreement', 'support'),
    pytest.param(  # https://dabangasudan.org/en/all-news/article/humanitarian-truce-welcomed-in-sudan-and-abroad
        'In an official statement, the Rapid Support Forces (RSF) welcomed the signing of the Jeddah agreement and affirmed its full commitment to the ceasefire, and to work to facilitate the delivery of humanitarian aid and open passages for civilians.',
        'Rapid Support|RSF', 'ceasefire', 'support'),
    pytest.param(  # https://dabangasudan.org/en/all-news/article/humanitarian-truce-welcomed-in-sudan-and-abroad
        'The Sudanese Ministry of Foreign Affairs welcomed the agreement, and affirmed the commitment of the government of Sudan to the provisions of the agreement, and expressed its hope that the agreement would achieve the goals for which it was signed, and alleviate the suffering of the heroic Sudanese people as a result of the war.',
        'Sudan', 'provisions of the agreement', 'support'),
    pytest.param(  # https://dabangasudan.org/en/all-news/article/humanitarian-truce-welcomed-in-sudan-and-abroad
        'The Saudi Arabian Foreign Minister, Prince Faisal bin Abdul Rahman, states that “Sudanese blood is precious,” stressing his country’s keenness on stability and security of Sudan.',
        'Saudi|Faisal', 'stability and security of Sudan', 'willing', marks=pytest.mark.xfail(strict=False, reason="'his country' is resolved to Sudan, named last, not the Saudi minister's state (pronoun resolution)")),
    pytest.param(  # https://dabangasudan.org/en/all-news/article/humanitarian-truce-welcomed-in-sudan-and-abroad
        '“It is time to silence the guns and allow unimpeded humanitarian access,” US Secretary of State Anthony Blinken said in a post on Twitter. “I appeal to both sides to uphold this agreement, and the eyes of the world are watching,” he added.',
        'Blinken', 'uphold this agreement', 'demand'),
    pytest.param(  # https://www.egypttoday.com/Article/1/124531/Egypt-welcomes-Sudan-s-signing-of-ceasefire-agreement-in-Jeddah
        "CAIRO - 21 May 2023: Egypt welcomed on Sunday the Sudanese warring factions' signing of a seven-day ceasefire agreement in Jeddah.",
        'Egypt', 'seven-day ceasefire agreement', 'support', marks=pytest.mark.xfail(strict=False, reason="'signing' is a light noun here: the agreement is named by the vocabulary ('ceasefire'), not as written")),
    pytest.param(  # https://arabnews.com/node/2154291
        'US envoy to Yemen Tim Lenderking also condemned the Houthi attack on the country’s third-largest city.',
        'Lenderking|United States', 'Houthi attack', 'oppose', marks=pytest.mark.xfail(strict=False, reason="the issue keeps 'on the country's third-largest city' (too long for the scorer's token F1)")),
    pytest.param(  # https://arabnews.com/node/2154291
        'US envoy to Yemen Tim Lenderking also condemned the Houthi attack on the country’s third-largest city. “We urge the parties to work with the UN, urgently de-escalate and choose peace,” he added.',
        'Lenderking|United States', 'urgently de-escalate', 'demand', marks=pytest.mark.xfail(strict=False, reason="only the first of three conjoined infinitives after 'urge' ('work with the UN') is read")),
    pytest.param(  # https://www.reuters.com/article/us-yemen-security-un/u-n-wants-investigation-into-attack-on-yemen-envoys-convoy-idUSKBN18L18I
        'The Saudi-led coalition that has been fighting since March 2015 to end Houthi rule and restore President Abd-Rabbu Mansour Hadi to power have demanded that the port of Hodeidah be handed over to international control to spare it an attack.',
        'coalition|Saudi', 'port of Hodeidah be handed over to international control', 'demand'),
    pytest.param(  # https://voz.us/en/world/240815/15492/u-s-denounces-houthi-attack-on-office-in-sana.html
        'Spokesman Vedant Patel has stressed that Washington "continues to support a negotiated peace in Yemen under U.N. auspices" but warned that "there can be no sustainable solution to Yemen’s conflict as long as the Houthis insist on attacking international ships and threatening their neighbors and the Yemeni people."',
        'Washington|United States|Patel', 'negotiated peace in Yemen', 'support'),
    pytest.param(  # https://exit.al/en/kosovo-and-serbia-representatives-clash-over-dialogue
        'Serbian President Aleksandar Vucic told Euronews Serbia that there will be no dialogue with Kosovo as long as Prime Minister Albin Kurti remains in power in Prishtina.',
        'Vucic|Serbia', 'dialogue with Kosovo', 'reject'),
    pytest.param(  # https://exit.al/en/kosovo-and-serbia-representatives-clash-over-dialogue
        'On the other hand, Kurti told Voice of America (VOA) that he is always willing to travel to Brussels in order to meet with Vucic and is hoping to do so by the end of August.',
        'Kurti|Kosovo', 'travel to Brussels in order to meet with Vucic', 'willing'),
    pytest.param(  # https://europeanwesternbalkans.com/2023/10/27/kosovo-and-serbia-fail-to-agree-on-a-new-european-proposal-for-association-of-municipalities/
        'Kurti said that he offered Vučić to sign the documents, which he refused, while Vučić stressed that signatures are not an issue and reiterated that Serbia’s red lines are Kosovo’s UN membership and independence.',
        'Kurti|Kosovo', 'sign the documents', 'offer'),
    pytest.param(  # https://europeanwesternbalkans.com/2023/10/27/kosovo-and-serbia-fail-to-agree-on-a-new-european-proposal-for-association-of-municipalities/
        'Kurti said that he offered Vučić to sign the documents, which he refused, while Vučić stressed that signatures are not an issue and reiterated that Serbia’s red lines are Kosovo’s UN membership and independence.',
        'Vučić|Vucic|Serbia', 'Kosovo’s UN membership', 'oppose'),
    pytest.param(  # https://www.rtklive.com/en/news-single.php?ID=19178
        '“We have made it clear. We cannot deal with old ideas, but we call on the Serbian side to review our proposals,” Kurti stated.',
        'Kurti|Kosovo', 'review our proposals', 'demand'),
    pytest.param(  # https://www.rtklive.com/en/news-single.php?ID=19178
        'Kosovo Prime Minister, Albin Kurti, said the Association of Serb-majority Municipalities cannot be established, because "it is against the state of Kosovo and does not suit Serbs either."',
        'Kurti|Kosovo', 'Association of Serb-majority Municipalities', 'oppose', marks=pytest.mark.xfail(strict=False, reason="'X cannot be established' in a statement is no cue")),
    pytest.param(  # https://albaniandailynews.com/news/pristina-will-not-accept-creation-of-serbian-municipalities-association-kurti--1
        'The creation of the association is the condition that Serbian President Aleksandar Vucic has set for Pristina, for the return of Serbian officials to state institutions.',
        'Vucic|Serbia', 'creation of the association', 'demand'),
    pytest.param(  # https://albaniandailynews.com/news/pristina-will-not-accept-creation-of-serbian-municipalities-association-kurti--1
        'Prime Minister Kurti also focused on the "Franco-German" proposal, which according to him is a good basis for reaching an agreement next spring.',
        'Kurti|Kosovo', 'Franco-German proposal', 'support', marks=pytest.mark.xfail(strict=False, reason="a judgement ('a good basis') in a relative clause with 'according to him' is not read")),
    pytest.param(  # https://gooderl.shop/2024/09/30/myanmar-junta-offers-talks-to-armed-groups
        'YANGON: Myanmar’s embattled junta on Thursday invited armed groups opposed to its rule to stop fighting and start talks to bring peace, after three-and-a-half years of conflict.',
        'Myanmar|junta|Tatmadaw', 'start talks to bring peace', 'offer', marks=pytest.mark.xfail(strict=False, reason="'start' is dropped from 'start talks to bring peace', leaving 'talks'")),
    pytest.param(  # https://gooderl.shop/2024/09/30/myanmar-junta-offers-talks-to-armed-groups
        'Padoh Saw Taw Nee, a spokesman for the Karen National Union, which has been battling the military for decades for more autonomy along the border with Thailand, said talks were only possible if the military agreed to “common political objectives.”',
        'Karen|Taw Nee', 'common political objectives', 'demand', marks=pytest.mark.xfail(strict=False, reason="'talks were only possible if X agreed to Y': a condition on a possibility is not read")),
    pytest.param(  # http://www.financialmirror.com/news-details.php?nid=37605
        'Christodoulides disagreed, saying that “we have also the minutes” and challenged his counterpart to agree to work on a bizonal bicommunal federal solution.',
        'Christodoulides|Cyprus', 'bizonal bicommunal federal solution', 'demand', marks=pytest.mark.xfail(strict=False, reason="'Christodoulides' alone is not an actor, and 'his counterpart to agree' is parsed as a relative clause")),
    pytest.param(  # http://www.financialmirror.com/news-details.php?nid=37605
        'Cavusoglu did not shake hands but argued that Ankara supported all previous peace efforts, including the Annan Plan, and at Crans-Montana.',
        'Ankara|Turkey|Türkiye|Cavusoglu', 'all previous peace efforts', 'support'),
    pytest.param(  # https://bmglobalnews.com/2021/04/30/cyprus-turkey-talks-go-nowhere-in-geneva
        '“Nobody should expect us to be patched onto a unitary, single state. We are negotiating for a two-state solution,” Tatar said, according to the Reuters news agency.',
        'Tatar', 'two-state solution', 'demand'),
    pytest.param(  # https://ahvalnews.com/northern-cyprus/un-chief-guterres-declines-northern-cyprus-two-state-proposal
        'U.N. Secretary General Antonio Guterres has declined a two-state model proposed by the Turkish Republic of Northern Cyprus (TRNC) President Ersin Tatar during the Geneva-based Cyprus negotiations over the divided Mediterranean island’s future, Kıbrıs Postası reported on Wednesday.',
        'Guterres', 'two-state model', 'reject'),
    pytest.param(  # https://exbulletin.com/politics/1017829/
        'Tatar said earlier in the week that he had rejected Guterres’ proposal to appoint a special representative to work on a four-point package based on the settlement framework that was presented by the UN secretary-general during the talks.',
        'Tatar', 'Guterres’ proposal to appoint a special representative', 'reject', marks=pytest.mark.xfail(strict=False, reason="'Tatar' alone is typed an organization, so 'he' is resolved to Guterres (actor typing)")),
    pytest.param(  # https://exbulletin.com/politics/1017829/
        'Anastasiades said he offered Guterres a substantive dialogue, instead of another such summit looking for common ground.',
        'Anastasiades|Cyprus', 'substantive dialogue', 'offer', marks=pytest.mark.xfail(strict=False, reason="'Anastasiades' alone is typed a group, so 'he' finds no person (actor typing)")),
    pytest.param(  # https://exbulletin.com/world/729960/
        'On Monday, the leaders of Greece and Cyprus said they would accept only a peace agreement based on UN resolutions, rejecting the formula of the two states backed by Turkey and the Turkish Cypriots.',
        'Greece', 'formula of the two states', 'reject'),
    pytest.param(  # https://exbulletin.com/world/729960/
        'On Monday, the leaders of Greece and Cyprus said they would accept only a peace agreement based on UN resolutions, rejecting the formula of the two states backed by Turkey and the Turkish Cypriots.',
        'Cyprus', 'peace agreement based on UN resolutions', 'willing'),
    pytest.param(  # https://api.dailytimes.ae/?p=26810
        'The Congolese government has often said its signing of the deal would be conditioned on Rwanda’s withdrawal of support for the M23 rebel group.',
        'Congo', 'Rwanda’s withdrawal of support for the M23 rebel group', 'demand'),
    pytest.param(  # https://eagleeyereport.com/dr-congo-and-rwanda-reach-historic-peace-agreement-in-washington
        'While Congolese negotiators initially pushed for an immediate withdrawal of these troops, Rwanda refused to commit to this demand.',
        'Congo', 'immediate withdrawal of these troops', 'demand'),
    pytest.param(  # https://eagleeyereport.com/dr-congo-and-rwanda-reach-historic-peace-agreement-in-washington
        'In the lead-up to the signing, Rwandan officials expressed frustration over leaks related to the agreement and emphasized the importance of confidentiality in negotiations.',
        'Rwanda', 'confidentiality in negotiations', 'support'),
    pytest.param(  # https://syrializm.net/congo-and-rwanda-sign-peace-agreement-under-us-sponsorship/
        'Rwandan Foreign Minister Olivier Nduhungirehe also expressed his country’s readiness to fulfill its shared commitments to the agreement, considering that the support of Washington and its partners has led to a turning point.',
        'Rwanda|Nduhungirehe', 'fulfill its shared commitments to the agreement', 'willing'),
    pytest.param(  # https://www.trtworld.com/article/1e639158921f
        'The US is "deeply committed" to supporting a mutually acceptable solution in the Western Sahara, and to resolving the long-standing issue, Waltz said.',
        'United States|US|Waltz', 'mutually acceptable solution in the Western Sahara', 'support'),
    pytest.param(  # https://www.hurriyetdailynews.com/un-security-council-backs-morocco-plan-for-w-sahara-autonomy-215262
        'Morocco\'s King Mohammed VI lauded the vote as "historic," saying "we are opening a new and victorious chapter in the process of enshrining the Moroccan character of the Sahara."',
        'Morocco|Mohammed', 'vote', 'support'),
    pytest.param(  # https://www.africanews.com/2025/11/02/moroccan-king-welcomes-un-support-for-its-western-sahara-autonomy-plan
        'In a rare televised address, Morocco’s King Mohamed VI welcomed the Security Council’s support of its autonomy plan, first presented to the UN in 2007. He also called for dialogue with Algeria’s President Abdelmadjid Tebboune.',
        'Morocco|Mohamed', 'dialogue with Algeria’s President Abdelmadjid Tebboune', 'demand'),
    pytest.param(  # https://wp.globalpulseonline.com/un-security-council-backs-moroccos-plan-for-western-sahara-autonomy
        'Meanwhile, the Polisario Front rejected the resolution, vowing not to engage in any process that legitimizes Moroccan control.',
        'Polisario', 'resolution', 'reject'),
    pytest.param(  # https://wp.globalpulseonline.com/un-security-council-backs-moroccos-plan-for-western-sahara-autonomy
        'Algeria’s UN Ambassador Amar Bendjama criticized the resolution, stating that it disregarded the Polisario Front’s proposals and emphasized that the future of Western Sahara should be determined by its people.',
        'Algeria|Bendjama', 'resolution', 'oppose'),
    pytest.param(  # https://wp.globalpulseonline.com/un-security-council-backs-moroccos-plan-for-western-sahara-autonomy
        'Algeria’s UN Ambassador Amar Bendjama criticized the resolution, stating that it disregarded the Polisario Front’s proposals and emphasized that the future of Western Sahara should be determined by its people.',
        'Algeria|Bendjama', 'future of Western Sahara should be determined by its people', 'demand'),
    pytest.param(  # https://tengele.com/news/a6e1aec9-b592-46d2-a856-48d9e35b87d4/un-calls-for-western-sahara-talks-based-on-moroccos-autonomy-plan
        'The Polisario Front, however, seeks an independent Sahrawi Republic and a referendum with independence as an option, rejecting talks that legitimize Moroccan occupation.',
        'Polisario', 'talks that legitimize Moroccan occupation', 'reject', marks=pytest.mark.xfail(strict=False, reason="the issue is cut to 'talks' before its relative clause 'that legitimize Moroccan occupation'")),
    pytest.param(  # https://tengele.com/news/a6e1aec9-b592-46d2-a856-48d9e35b87d4/un-calls-for-western-sahara-talks-based-on-moroccos-autonomy-plan
        'King Mohammed VI of Morocco welcomed the vote, calling for a "win-win" solution and "brotherly dialogue" with Algeria.',
        'Morocco|Mohammed', 'win-win solution', 'demand'),
    pytest.param(  # https://borkena.com/2023/08/17/enat-party-ethiopian-opposition-condemns-drone-attack-on-innocent-citizens-in-finote-salam-town-amhara-region/
        'Finally, the Enat Party has called on the government to immediately stop the ongoing war in the Amhara Region and make everything ready so that problems can be solved only through dialogue.',
        'Enat', 'stop the ongoing war in the Amhara Region', 'demand'),
    pytest.param(  # https://amanueldenekew.com/?p=368
        'In addition to his call for an immediate cessation of drone strikes, Ambassador Massinga urged the Amhara Fano to come forward with realistic and peaceful objectives.',
        'Massinga', 'immediate cessation of drone strikes', 'demand', marks=pytest.mark.xfail(strict=False, reason="'Ambassador Massinga' alone is typed a location (actor typing)")),
    pytest.param(  # https://www.israelnationalnews.com/flashes/662690
        "Hamas issued a statement welcoming the Western nations' statement that called for an immediate end to the war and condemned Israel's policies.",
        'Hamas', "Western nations' statement", 'support'),
]

ASIDE = [
    pytest.param(  # https://gulfnews.com/uae/government/uae-welcomes-ceasefire-agreement-in-sudan-1.1684686105032
        'Abu Dhabi: The UAE has welcomed the signing of a ceasefire agreement for a period of seven days by representatives of the Sudanese Armed Forces and the Rapid Support Forces in the Republic of Sudan, and expressed its hope that this would be a step towards a comprehensive and sustainable agreement.',
        'UAE|Emirates', 'ceasefire agreement for a period of seven days', 'support'),
    pytest.param(  # http://panafricannews.blogspot.com/2024/03/sudan-cautiously-backs-un-call-for.html
        'The Sudanese Foreign Ministry responded cautiously on Friday, welcoming Guterres’ proposal but expressing concerns about past ceasefires being misused by the Rapid Support Forces (RSF).',
        'Sudan', 'Guterres’ proposal', 'support'),
    pytest.param(  # http://panafricannews.blogspot.com/2024/03/sudan-cautiously-backs-un-call-for.html
        'In a separate development on Wednesday, Sudan agreed to deliver humanitarian aid to conflict zones through government-controlled areas.',
        'Sudan', 'deliver humanitarian aid to conflict zones', 'willing'),
    pytest.param(  # https://dabangasudan.org/en/all-news/article/humanitarian-truce-welcomed-in-sudan-and-abroad
        'The RSF affirmed its determination to implement the security and military reform program in order to achieve stability.',
        'Rapid Support|RSF', 'security and military reform program', 'willing'),
    pytest.param(  # https://dabangasudan.org/en/all-news/article/humanitarian-truce-welcomed-in-sudan-and-abroad
        'The USA, the United Arab Emirates, Egypt, and the Gulf Cooperation Council welcomed the agreement.',
        'Egypt', 'agreement', 'support'),
    pytest.param(  # https://arabnews.com/node/2154291
        'LONDON: The UN envoy to Yemen Hans Grundberg on Wednesday said he condemned an attack that was launched from areas controlled by the Houthi militia in the Yemeni besieged city of Taiz on Sunday.',
        'Grundberg', 'attack', 'oppose'),
    pytest.param(  # https://www.reuters.com/article/us-yemen-security-un/u-n-wants-investigation-into-attack-on-yemen-envoys-convoy-idUSKBN18L18I
        'The General People’s Congress, the party of former President Ali Abdullah Saleh, who is allied with the Iranian-aligned Houthis, condemned the attack and also called for an investigation.',
        'General People', 'investigation', 'demand'),
    pytest.param(  # https://voz.us/en/world/240815/15492/u-s-denounces-houthi-attack-on-office-in-sana.html
        'The U.S. government has condemned the attack perpetrated by Houthi terrorists in Yemen against the Office of the U.N. High Commissioner for Human Rights in Sana\'a, noting that it "violates international norms" and "demonstrates that the Houthis have no respect for the most basic international practices."',
        'U.S.|United States', 'attack perpetrated by Houthi terrorists', 'oppose', marks=pytest.mark.xfail(strict=False, reason="the issue is the bare 'attack': its participle 'perpetrated by Houthi terrorists' is cut")),
    pytest.param(  # https://exit.al/en/kosovo-and-serbia-representatives-clash-over-dialogue
        '“Kosovo is an independent, sovereign, democratic country with clear territorial integrity, but at the same time we accept that our relations with Serbia are not normal…therefore we want the normalization of these relations…which should have the goal of a legally binding agreement focused on mutual recognition,” Kurti added.',
        'Kurti|Kosovo', 'normalization of these relations', 'demand'),
    pytest.param(  # https://www.rtklive.com/en/news-single.php?ID=19178
        'Furthermore, Kurti said he was against the Association because he does not want the scenario of Bosnia Herzegovina to be repeated.',
        'Kurti|Kosovo', 'Association', 'oppose', marks=pytest.mark.xfail(strict=False, reason="the issue 'the Association' alone is vague; 'does not want the scenario' is read instead")),
    pytest.param(  # https://albaniandailynews.com/news/pristina-will-not-accept-creation-of-serbian-municipalities-association-kurti--1
        'The Prime Minister of Kosovo, Albin Kurti, during the interview with the Bosnian media, reiterated that Pristina will not accept the creation of the association of Serbian municipalities.',
        'Kurti|Kosovo|Pristina', 'creation of the association of Serbian municipalities', 'reject'),
    pytest.param(  # https://the-daily.org/breaking-news/item/70903-serbia-ready-for-kosovo-dialogue-if-serb-municipalities-are-discussed
        'Serbia is ready for dialogue on Kosovo as long as the Association of Serb Municipalities is concerned, Serbian president Aleksandar Vučić said at the Munich Security Conference where he had a difficult talk with EU Chief Diplomat Josep Borrell during which the country was strongly criticised for not sanctioning Russia.',
        'Serbia|Vučić', 'dialogue on Kosovo', 'willing'),
    pytest.param(  # https://banerclub.com/?p=79381
        'The National Unity Government (NUG), which was exiled, stated that the junta lacked the right to conduct elections and that the offer was not worthy of consideration.',
        'National Unity|NUG', 'offer', 'reject', marks=pytest.mark.xfail(strict=False, reason="'not worthy of consideration' is no cue")),
    pytest.param(  # https://bmglobalnews.com/2021/04/30/cyprus-turkey-talks-go-nowhere-in-geneva
        'But Tatar told Anastasiades he wanted to tear up the old model in favour of full TRNC recognition.',
        'Tatar', 'full TRNC recognition', 'demand', marks=pytest.mark.xfail(strict=False, reason="'Tatar' alone is typed an organization, so 'he' finds no person; 'in favour of' after 'tear up X' is a purpose")),
    pytest.param(  # https://ahvalnews.com/northern-cyprus/un-chief-guterres-declines-northern-cyprus-two-state-proposal
        'Turkish President Recep Tayyip Erdoğan told Tatar Turkey would “fully support” Tatar’s two-state proposal before he travelled to Geneva.',
        'Turkey|Türkiye|Erdo', 'Tatar’s two-state proposal', 'support'),
    pytest.param(  # https://exbulletin.com/world/729960/
        'Turkish President Tayyip Erdogan said on Wednesday that the only way to resolve decades-old dispute over Cyprus was to create two states on the island and a Athens-favored federation would not be on the agenda of future talks.',
        'Erdogan|Turkey|Türkiye', 'create two states on the island', 'support'),
    pytest.param(  # https://exbulletin.com/world/729960/
        'Although the basis established by UN resolutions has been reaffirmed over the years, Turkey and the Turkish Cypriots have called for a confederation, or union with two states.',
        # one cue ("called for"), two alternatives: one issue (docs/annotation.md §5, conjoined issues under one cue)
        'Turkey|Türkiye', 'confederation, or union with two states', 'demand'),
    pytest.param(  # https://eagleeyereport.com/dr-congo-and-rwanda-reach-historic-peace-agreement-in-washington
        'While Congolese negotiators initially pushed for an immediate withdrawal of these troops, Rwanda refused to commit to this demand.',
        'Rwanda', 'immediate withdrawal of these troops', 'reject', marks=pytest.mark.xfail(strict=False, reason="'refused to commit to this demand': the demand is not resolved to the withdrawal named before")),
    pytest.param(  # https://www.trtworld.com/article/1e639158921f
        'US permanent representative to the UN, Mike Waltz, said Washington welcomed the "historic vote, which seizes upon this unique moment and builds on the momentum for a long, long overdue peace in Western Sahara."',
        'Washington|United States|Waltz', 'historic vote', 'support'),
    pytest.param(  # https://www.hurriyetdailynews.com/un-security-council-backs-morocco-plan-for-w-sahara-autonomy-215262
        'The Security Council had previously urged Morocco, the Polisario Front, Algeria and Mauritania to resume talks to reach a broad agreement.',
        'Security Council', 'resume talks to reach a broad agreement', 'demand', marks=pytest.mark.xfail(strict=False, reason="'Security Council's support of its autonomy plan': the issue is written with the council's support")),
    pytest.param(  # https://wp.globalpulseonline.com/un-security-council-backs-moroccos-plan-for-western-sahara-autonomy
        'Meanwhile, the Polisario Front rejected the resolution, vowing not to engage in any process that legitimizes Moroccan control.',
        'Polisario', 'any process that legitimizes Moroccan control', 'reject', marks=pytest.mark.xfail(strict=False, reason="the issue is cut to 'process' before its relative clause")),
    pytest.param(  # https://tengele.com/news/a6e1aec9-b592-46d2-a856-48d9e35b87d4/un-calls-for-western-sahara-talks-based-on-moroccos-autonomy-plan
        'The Polisario Front, however, seeks an independent Sahrawi Republic and a referendum with independence as an option, rejecting talks that legitimize Moroccan occupation.',
        'Polisario', 'independent Sahrawi Republic', 'demand'),
    pytest.param(  # https://borkena.com/2023/08/17/enat-party-ethiopian-opposition-condemns-drone-attack-on-innocent-citizens-in-finote-salam-town-amhara-region/
        'ADDIS ABABA – (BORKENA) – The opposition Enat party denounced the drone strike perpetrated against innocent civilians in Finote-Selam Town of Amhara Region.',
        'Enat', 'drone strike', 'oppose', marks=pytest.mark.xfail(strict=False, reason="'Enat party' is not an actor; the holder is taken to be Ethiopia")),
    pytest.param(  # https://amanueldenekew.com/?p=368
        'In addition to his call for an immediate cessation of drone strikes, Ambassador Massinga urged the Amhara Fano to come forward with realistic and peaceful objectives.',
        'Massinga', 'come forward with realistic and peaceful objectives', 'demand', marks=pytest.mark.xfail(strict=False, reason="'Ambassador Massinga' alone is typed a location (actor typing)")),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), FIT + ASIDE)
def test_positions_round15(run, text, holder, issue, stance) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published="2024-01-01")
    assert any(issue_overlap(issue, p.issue) >= 0.5 and (stance in NEGATIVE) == (p.stance in NEGATIVE)
               for p in held_by(ex, holder)), [(p.holder, p.stance, p.issue) for p in ex.positions]


# Deeds done, questions, suppositions and others' stances reported: the holder takes no stance on the issue.
NONE = [
    pytest.param(  # https://www.reuters.com/article/us-yemen-security-un/u-n-wants-investigation-into-attack-on-yemen-envoys-convoy-idUSKBN18L18I
        'However, the Houthi-run Saba news agency has denied any attack on the convoy and said gunshots were fired into the air by security forces assigned to guard the envoy’s mission to disperse demonstrators trying to block his path.',
        'Houthi|Saba', 'attack on the convoy'),
    pytest.param(  # https://gazetadielli.com/serbia-kosovo-leaders-first-meeting-marred-by-disagreement/
        'Kurti however offered a different view of the meeting, saying that he gave four proposals to the Serbian delegation and that the first received no response and the other three were rejected.',
        'Kurti|Kosovo', 'four proposals'),
    pytest.param(  # http://www.financialmirror.com/news-details.php?nid=37605
        'Cavusoglu wondered if those negotiations would be for a two-state solution.',
        'Cavusoglu|Turkey|Türkiye', 'two-state solution'),
    pytest.param(  # http://www.financialmirror.com/news-details.php?nid=37605
        'Christodoulides confronted the Turkish Foreign Minister on whether they were going to agree on the terms of reference to resume stalled Cyprus talks and questioned the need for a five-party conference before the terms were agreed.',
        'Christodoulides|Cyprus', 'five-party conference'),
    pytest.param(  # http://www.financialmirror.com/news-details.php?nid=37605
        'Christodoulides confronted the Turkish Foreign Minister on whether they were going to agree on the terms of reference to resume stalled Cyprus talks and questioned the need for a five-party conference before the terms were agreed.',
        'Turkey|Türkiye|Christodoulides|Cyprus', 'terms of reference'),
    pytest.param(  # https://albaniandailynews.com/news/pristina-will-not-accept-creation-of-serbian-municipalities-association-kurti--1
        'If it wanted the Association, it would recognize Kosovo first.',
        'Serbia', 'Association'),
    pytest.param(  # https://www.israelnationalnews.com/flashes/662690
        'The Israeli Minister explained that "we are at a very sensitive moment in the negotiations for the release of hostages and a ceasefire. Hamas is entrenching itself in its positions and refusing a ceasefire and at the same time it is running a false campaign that is misleading many in the international community. Countries must act responsibly and avoid playing into Hamas’s hands!"',
        'Hamas', 'ceasefire', marks=pytest.mark.xfail(strict=False, reason="a charge the minister makes in his own quote ('Hamas is ... refusing a ceasefire') is read as Hamas's stance")),
    pytest.param(  # https://news.cgtn.com/news/2024-07-04/Hamas-says-it-s-consulting-with-mediators-to-end-war-in-Gaza-1uXgEVuvKXS/share_amp.html
        '"Israel is examining the response and will communicate its reply to the mediators in due course," the statement noted.',
        'Israel', 'response'),
    pytest.param(  # https://tigrayherald.com/2023/09/01/endf-to-negotiate-with-fano-terrorist-group/
        'The Ethiopian Defense Army started a campaign a week ago to eliminate the terrorist militant group operating in the Amhara region called Fano.',
        'Ethiopia', 'eliminate the terrorist militant group'),
    pytest.param(  # https://newsfromrss.com/myanmar-junta-bombs-opposition-held-town-hours-after-talks-offer
        'Hours after the offer, military jets bombed Lashio, in northern Shan state, now in the hands of fighters from the Myanmar National Democratic Alliance Army (MNDAA).',
        'Myanmar|MNDAA', 'Lashio'),
    pytest.param(  # http://panafricannews.blogspot.com/2024/03/sudan-cautiously-backs-un-call-for.html
        'The government raised scepticism, citing instances where the RSF exploited previous truces to resupply and strengthen their position.',
        'Sudan|Rapid Support|RSF', 'previous truces'),
    pytest.param(  # https://api.dailytimes.ae/?p=26810
        'Meanwhile, Kagame accused Congolese authorities of stalling the deal’s final signature.',
        'Kagame|Rwanda', 'deal’s final signature'),
]


@pytest.mark.parametrize(("text", "holder", "issue"), NONE)
def test_no_position_round15(run, text, holder, issue) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published="2024-01-01")
    held = held_by(ex, holder)
    assert not any(issue_overlap(issue, p.issue) >= 0.5 for p in held), [(p.holder, p.stance, p.issue) for p in held]
