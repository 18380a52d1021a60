"""Event arguments round 10: the parties of joint acts reported in agentless passives.

- a deal signed, a ceasefire agreed, talks held or captives exchanged with no one named as doing it
  are the act of the two sides the sentence names, else of the pair the sentence before names ("an
  agreement was reached to exchange prisoners", "It was agreed between them that both sides would
  stop all firing", "Ukrainian prisoners were released ... in a swap that also saw ... Russian POWs
  returned");
- a deal named in a relative clause or told as background ("a peace deal which was signed between
  ...", "since a cease-fire deal was reached in 1994") is no signing reported.

Each case is a passage from a news page, with its address: the event of the type given must (or, for
a background case, must not) have one of the actor words among its actors and, when given, one of the
target words among its targets (either way round for symmetric events).
"""

from __future__ import annotations

import pytest

from tests.pipeline.event_support import coded, names


def _found(ex, types, actors, targets, symmetric) -> bool:
    def hit(ids, words) -> bool:
        return words is None or any(w in n for n in names(ex, ids) for w in words)

    for e in ex.events:
        if e.type not in types:
            continue
        if hit(e.actors, actors) and (targets is None or hit(e.targets, targets)):
            return True
        if symmetric and targets is not None and hit(e.actors, targets) and hit(e.targets, actors):
            return True
    return False


CASES = [
    # https://theradiocommunity.org/ethiopian-government-tplf-reach-deal-to-end-two-year-civil-war/
    pytest.param('A cessation of hostilities agreement has been signed between the Ethiopian government and the Tigray People’s Liberation Front (TPLF) on Wednesday in South Africa.',
                 '2022-11-02', ('AGREE',), ('ethiopia',), ('tigray', 'tplf'), True, True,
                 id='eth1'),
    # https://www.portugalresident.com/uganda/
    pytest.param('A truce has been agreed between the government and the Lord’s Resistance Army (LRA) rebels, which took effect on Tuesday.',
                 '2006-08-30', ('AGREE', 'CONCEDE'), ('government', 'uganda'), ('lord', 'lra'), True, True,
                 id='uga1', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://en.royanews.tv/news/24160/2020-12-14
    pytest.param('In a statement, the Azerbaijani Committee for Prisoners of War and Missing Persons declared, "After negotiations with the Armenian side and with the participation of international organizations and the leadership of Russian peacekeepers, an agreement was reached to exchange prisoners and hostages."',
                 '2020-12-14', ('AGREE',), ('azerbaijan', 'bayramov', 'aliyev', 'baku'), ('armenia', 'mirzoyan', 'pashinyan', 'yerevan'), True, True,
                 id='arm1'),
    # https://www.click2houston.com/news/local/2023/02/16/101-ukrainian-pows-released-in-prisoner-swap-with-russia/
    pytest.param('One hundred and one Ukrainian prisoners were released on Thursday, Feb. 16, in a swap that also saw 101 Russian POWs returned to Russian soil, according to both Ukrainian and Russian officials.',
                 '2023-02-16', ('RETREAT', 'CONCEDE'), ('russia', 'moscow', 'kremlin'), ('ukrain', 'kyiv', 'kiev', 'zelensk', 'yermak'), True, True,
                 id='rus1'),
    # https://www.thedailybeast.com/over-100-ukrainian-pows-returned-in-prisoner-swap-with-russia
    pytest.param('Over 100 Ukrainian prisoners of war have been liberated in a prisoner swap with Russia, according to Ukrainian presidential aide Andriy Yermak.',
                 '2023-02-04', ('RETREAT', 'CONCEDE'), ('russia', 'moscow', 'kremlin'), ('ukrain', 'kyiv', 'kiev', 'zelensk', 'yermak'), True, True,
                 id='rus2', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://muslimnetwork.tv/saudi-led-coalition-in-yemen-frees-104-houthi-rebels
    pytest.param('The Saudi-led coalition in Yemen on Monday unilaterally released 104 Houthi prisoners, a day after the completion of a prisoner swap between the Yemeni government and rebels.',
                 '2023-04-17', ('RETREAT',), ('saudi', 'coalition'), ('houthi', 'huthi'), False, True,
                 id='yem1', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://www.defenceweb.co.za/middle-east/middle-east-middle-east/houthi-prisoners-freed/
    pytest.param('A Saudi-led military coalition said it freed 200 prisoners from the Iran-aligned Houthi movement in a move that could further efforts to end the nearly five-year war in Yemen.',
                 '2019-11-26', ('RETREAT',), ('saudi', 'coalition'), ('houthi', 'huthi'), False, True,
                 id='yem2', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://gephardtdaily.com/national-international/saudi-uae-coalition-releases-128-houthi-prisoners-to-yemen/
    pytest.param('More than 100 Houthi prisoners of war returned to Yemen Thursday after being released by a coalition led by Saudi Arabia and the United Arab Emirates.',
                 '2019-11-28', ('RETREAT',), ('saudi', 'coalition', 'emirates', 'uae'), ('houthi', 'huthi'), False, True,
                 id='yem3', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://kabulnow.com/2020/05/afghan-government-releases-102-taliban-prisoners/
    pytest.param('The Afghan government released 102 Taliban prisoners on Monday, May 04 spokesperson for Afghanistan’s Office of National Security Council said in a tweet on Tuesday, May 05.',
                 '2020-05-09', ('RETREAT',), ('afghan', 'kabul', 'government'), ('taliban',), False, True,
                 id='afg1'),
    # https://kabulnow.com/2020/04/afghan-government-releases-55-taliban-prisoners/
    pytest.param('The Afghan government released 55 Taliban prisoners yesterday, Wednesday, April 22, Afghanistan’s Office of the National Security Council (ONSC) confirmed today, Thursday, April 23.',
                 '2020-04-23', ('RETREAT',), ('afghan', 'kabul', 'government'), ('taliban',), False, True,
                 id='afg2'),
    # https://www.thehawk.in/posts/taliban-frees-20-afghan-soldiers-in-exchange-process
    pytest.param('Kabul: The Taliban has released 20 Afghan security forces as part a prisoners exchange process with the government in Kabul as per the agreement the militant group inked with the US to bring peace in the war-torn country.',
                 '2020-04-20', ('RETREAT',), ('taliban',), ('afghan', 'kabul', 'government'), False, True,
                 id='afg3', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://www.khaleejtimes.com/world/mena/israel-releases-39-palestinians-under-hostage-deal
    pytest.param('The exchange, which took place on Saturday, followed an initial swap on Friday when Hamas released 13 Israelis, all women and children, while Israel freed 39 Palestinian detainees, also all women and children.',
                 '2023-11-26', ('RETREAT',), ('hamas',), ('israel',), False, True,
                 id='gaz1'),
    # https://theeenews.com/israel-releases-39-palestinian-prisoners-in-exchange-for-24-israelis-held-by-hamas/
    pytest.param('On Friday, Israel, as reported by Al Arabiya, released 39 Palestinian prisoners, including women and children, in a significant exchange with Hamas.',
                 '2023-11-24', ('RETREAT',), ('israel',), ('hamas', 'palestin'), False, True,
                 id='gaz2', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://www.apdnews.com/article/30c0cd1
    pytest.param('UN Special Envoy for Syria Staffan de Mistura on Thursday held meetings with both the Syrian government and opposition delegations but in different rooms.',
                 '2017-11-30', ('CONSULT',), ('mistura', 'un', 'united nations'), ('syria', 'government'), False, True,
                 id='syr1'),
    # https://www.apdnews.com/article/30c0cd1
    pytest.param('UN Special Envoy for Syria Staffan de Mistura on Thursday held meetings with both the Syrian government and opposition delegations but in different rooms.',
                 '2017-11-30', ('CONSULT',), ('mistura', 'un', 'united nations'), ('opposition',), False, True,
                 id='syr2', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # http://en.chinagate.cn/2016-02/01/content_37705345.htm
    pytest.param('The office of the UN Special Envoy for Syria on Sunday announced that the UN representative will separately meet with the Syrian government and opposition delegations on Monday, thus continuing the just started intra-Syrian talks.',
                 '2016-02-01', ('CONSULT',), ('un', 'united nations', 'envoy'), ('opposition',), False, True,
                 id='syr3', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://www.usmuslims.com/moscow-kyiv-renew-accusations-over-violating-russias-unilateral-ceasefire-in-297446h.htm
    pytest.param('Ukrainian authorities have not immediately commented on Russia’s claims, but made their own claims accusing Moscow of violating its own ceasefire.',
                 '2025-05-09', ('ACCUSE',), ('ukrain', 'kyiv', 'kiev', 'zelensk', 'yermak'), ('russia', 'moscow', 'kremlin'), False, True,
                 id='ukr1', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://www.blouinnews.com/81237/story/moscow-kiev-spar-over-ceasefire
    pytest.param('Moscow and Kiev accused each other on Thursday of violating a ceasefire and the United States warned Russia the West might punish it further for its "military escalation" of the Ukraine crisis.',
                 '2014-11-13', ('ACCUSE',), ('russia', 'moscow', 'kremlin'), ('ukrain', 'kyiv', 'kiev', 'zelensk', 'yermak'), True, True,
                 id='ukr2'),
    # https://www.aljazeera.com/news/2014/11/6/moscow-says-kiev-crudely-violated-ceasefire
    pytest.param('Russia has accused the Kiev government of violating the ceasefire in eastern Ukraine, saying it has intensified its military offensive against rebels.',
                 '2014-11-06', ('ACCUSE',), ('russia', 'moscow', 'kremlin'), ('ukrain', 'kyiv', 'kiev', 'zelensk', 'yermak'), False, True,
                 id='ukr3'),
    # https://thegoaspotlight.com/2022/10/28/ukraine-withdrew-from-us-peace-talks-by-order/
    pytest.param('Russia on Thursday accused Ukraine of withdrawing from peace talks in March “on orders” from the United States, although “a very, very difficult balance has been struck” between Kiev and Moscow.',
                 '2022-10-27', ('ACCUSE',), ('russia', 'moscow', 'kremlin'), ('ukrain', 'kyiv', 'kiev', 'zelensk', 'yermak'), False, True,
                 id='ukr4'),
    # https://en.dailypakistan.com.pk/17-Oct-2025/stop-blame-game-and-address-cross-border-militancy-pakistan-tells-afghanistan
    pytest.param('ISLAMABAD – Pakistan’s Foreign Office turned up the heat on India and Afghanistan, accusing New Delhi of actively supporting, training, and funding terrorists operating inside Afghanistan claims that, according to officials, are “fully documented and on record.”',
                 '2025-10-17', ('ACCUSE',), ('pakistan', 'islamabad'), ('india', 'new delhi', 'delhi'), False, True,
                 id='pak1', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://tass.com/world/1833659
    pytest.param('"The Hamas negotiators have left Cairo after meetings with mediators from Egypt and Qatar who informed them about the results of the latest round of talks.',
                 '2024-08-25', ('CONSULT',), ('hamas',), ('egypt', 'qatar'), False, True,
                 id='gaz3'),
    # https://www.jpost.com/breaking-news/article-851622
    pytest.param('A Hamas delegation left Cairo on Saturday evening after holding talks with Egyptian officials regarding a ceasefire in the Gaza Strip, Hamas announced in a statement on its Telegram on Saturday night.',
                 '2025-04-26', ('CONSULT',), ('hamas',), ('egypt',), False, True,
                 id='gaz4'),
    # https://jfjfp.com/israeli-delegation-returns-from-cairo-no-breakthrough-in-hostage-talks
    pytest.param('The Israeli delegation was on its way back from Cairo, an official in the Prime Minister’s Office told The Times of Israel. They met with CIA director William Burns, Qatari Prime Minister Mohammed bin Abdulrahman Al-Thani, and Egyptian officials for talks on a truce framework.',
                 '2024-02-13', ('CONSULT',), ('israel',), ('burns', 'qatar', 'thani', 'egypt', 'cia', 'united states'), False, True,
                 id='gaz5', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://www.newindianexpress.com/nation/2025/May/12/india-and-pakistan-agree-not-to-fire-a-single-shot-reduce-troops-along-borders
    pytest.param('According to the Indian Army, the discussions between Lieutenant General Rajiv Ghai of the Indian Army and Major General Kashif Chaudhry of the Pakistan Army were held at 5:00 PM.',
                 '2025-05-12', ('CONSULT',), ('india', 'ghai'), ('pakistan', 'chaudhry'), True, True,
                 id='ind1'),
    # https://www.mingoda.com/News/567142/Blog
    pytest.param("Misry said Pakistan's Directors General of Military Operations (DGMO) called Indian DGMO at 3.35 pm this afternoon. “It was agreed between them that both sides would stop all firing and military action on land and in the air and sea with effect from 1700 hours Indian Standard Time.",
                 '2025-05-10', ('AGREE', 'CONCEDE'), ('india',), ('pakistan',), True, True,
                 id='ind2'),
    # https://www.geo.tv/latest/604235-pakistan-indian-dgmos-discuss-ceasefire-to-consider-troops-reduction-from-borders
    pytest.param('The director generals of military operations (DGMOs) of Pakistan and India held talks over the hotline and agreed that both sides would consider immediate measures to ensure troops reduction from borders and forward areas, the Indian military said on Monday.',
                 '2025-05-12', ('CONSULT',), ('india',), ('pakistan',), True, True,
                 id='ind3'),
    # https://www.urdupoint.com/en/world/armenia-azerbaijan-exchange-bodies-of-confli-1085775.html
    pytest.param('The humanitarian action was held in accordance with a joint declaration signed by the leaders of Armenia, Azerbaijan and Russia on Tuesday to put an end to the six-week conflict in the disputed region. The peace deal also envisioned a ceasefire, prisoner swap and deployment of Russian peacekeepers.',
                 '2020-11-14', ('RETREAT',), ('armenia', 'mirzoyan', 'pashinyan', 'yerevan', 'azerbaijan', 'bayramov', 'aliyev', 'baku'), None, True, False,
                 id='arm2'),
    # https://www.rferl.org/a/armenia-azerbaijan-cross-border-artillery-attacks/27710908.html
    pytest.param('On April 2, Nagorno-Karabakh and nearby regions saw the worst fighting since a cease-fire deal was reached in 1994 in the Nagorno-Karabakh conflict.',
                 '2016-05-02', ('AGREE',), None, None, False, False,
                 id='arm3'),
    # https://voa.pangea-cms.com/preview/en-US/a/car-rebels-central-african-republic-cease-fire/1581554.html
    pytest.param('The coalition says the government did not uphold peace accords signed in 2007 and 2008.',
                 '2013-01-11', ('AGREE',), None, None, False, False,
                 id='car1'),
    # https://kabulnow.com/2020/05/afghan-government-releases-102-taliban-prisoners/
    pytest.param('The prisoner swap between the Afghan government and the Taliban is a part of a peace deal which was signed between the Washington and the Taliban representatives on February 29, in Doha, Qatar.',
                 '2020-05-09', ('AGREE',), None, None, False, False,
                 id='afg4'),
    # https://kabulnow.com/2020/04/afghan-government-releases-55-taliban-prisoners/
    pytest.param('A prisoner swap between the Afghan government and the Taliban is part of the US-Taliban peace deal, which was signed on February 29, in Doha, Qatar.',
                 '2020-04-23', ('AGREE',), None, None, False, False,
                 id='afg5', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://www.ibtimes.sg/taliban-releases-36-afghan-detainees-farah-province-46415
    pytest.param("The exchange of prisoners is part of the US-Taliban peace deal that was inked in Doha on February 29 to facilitate the intra-Afghan dialogue for finding a political solution to Afghanistan's prolonged war and withdrawal of the US-led forces from the country.",
                 '2020-04-18', ('AGREE',), None, None, False, False,
                 id='afg6', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://www.laprensalatina.com/yemen-govt-houthis-begin-largest-prisoner-swap-in-5-year-war/
    pytest.param('Sanaa, Oct 15 (efe-epa).- The largest prisoner swap operation between the Yemeni government and their rival Houthi rebels started on Thursday, two weeks after the warring sides came to an agreement. In September, delegates representing the rival sides agreed to release 1,081 conflict-related detainees and prisoners, following United Nations-brokered talks in Switzerland.',
                 '2020-10-15', ('AGREE',), ('houthi', 'huthi'), ('yemen', 'government', 'hadi'), True, True,
                 id='yem4', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://www.laprensalatina.com/yemen-govt-houthis-begin-largest-prisoner-swap-in-5-year-war/
    pytest.param('Sanaa, Oct 15 (efe-epa).- The largest prisoner swap operation between the Yemeni government and their rival Houthi rebels started on Thursday, two weeks after the warring sides came to an agreement.',
                 '2020-10-15', ('RETREAT', 'CONCEDE'), ('houthi', 'huthi'), ('yemen', 'government', 'hadi'), True, True,
                 id='yem5', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://aitopics.org/doc/news:B1F811F3/
    pytest.param("One of the largest prisoner swaps has taken place in Yemen's Taiz between pro-government fighters and Houthi rebels following mediation by local tribes.",
                 '2016-06-25', ('RETREAT', 'CONCEDE'), ('houthi', 'huthi'), ('yemen', 'government', 'hadi'), True, True,
                 id='yem6', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://www.trtworld.com:443/article/12798918
    pytest.param('The Yemeni government has announced a prisoner swap deal with Houthi rebels. "An agreement has been reached to free 887 prisoners from both sides," Undersecretary for Human Rights Majid Fada\'el told Anadolu on Monday.',
                 '2023-03-20', ('AGREE',), ('yemen', 'government', 'hadi'), ('houthi', 'huthi'), True, True,
                 id='yem7'),
    # http://reliefweb.int/report/central-african-republic/central-african-rebels-government-sign-truce-pact
    pytest.param("The eight-point ceasefire agreement was signed by junior Disarmament Minister General Xavier-Sylvestre Yangongo and the rebels' political advisor Mahamat Zakaria on behalf of CPJP leader Abdoulaye Hissene.",
                 '2011-06-12', ('AGREE',), ('yangongo', 'central african'), ('cpjp', 'zakaria', 'hissene', 'convention'), True, True,
                 id='car2'),
    # https://allafrica.com/stories/202009010212.html
    pytest.param('The agreement was signed on behalf of the Sudanese government by First Vice President of the Sovereign Council Lt. Gen. Mohamed Hamdan Daglo, while chairman of the SPLM-N - the Revolutionary Front- Movement Malik Aggar signed for the movement.',
                 '2020-08-31', ('AGREE',), ('sudan', 'daglo'), ('splm', 'aggar', 'revolutionary'), True, True,
                 id='sdn1'),
    # https://radiotamazuj.org/en/news/article/spla-factions-reach-breakthrough-at-talks-on-juba-security
    pytest.param('Major-Gen. Marshal Stephen Babanen signed the agreement on behalf of the government and Lt-Gen. James Koang Chuol Ranley signed on behalf of SPLM/A-IO.',
                 '2015-11-04', ('AGREE',), ('babanen', 'government', 'south sudan'), ('splm', 'ranley', 'koang'), True, True,
                 id='ssd1'),
    # https://sputniknews.com/amp/20221202/m23-rebels-kill-over-120-people-in-eastern-dr-congo-despite-reached-truce---lawmaker-1104950679.html
    pytest.param('On November 24, Congolese President Felix Tshisekedi and Rwandan Foreign Minister Vincent Biruta met in the Angolan capital city of Luanda to negotiate a truce between the countries. Angolan Foreign Minister Tete Antonio said after the meeting that the sides agreed to an "immediate ceasefire" starting at 6:00 p.m. (17:00 GMT) on November 25.',
                 '2022-12-02', ('AGREE', 'CONCEDE'), ('congo', 'tshisekedi', 'drc'), ('rwanda', 'biruta'), True, True,
                 id='cod1'),
    # https://www.urdupoint.com/en/world/dr-congo-rwanda-reach-ceasefire-agreement-st-1599508.html
    pytest.param('An agreement for an "immediate ceasefire" in the Democratic Republic of the Congo (DR Congo), where rebels of the March 23 movement (M23) are active, has been reached between DR Congo and Rwanda starting Friday, the Africanews website reported, citing Angolan Foreign Minister Tete Antonio.',
                 '2022-11-24', ('AGREE', 'CONCEDE'), ('congo', 'drc'), ('rwanda',), True, True,
                 id='cod2'),
    # https://mg.co.za/article/2008-04-03-malian-govt-rebels-agree-to-truce-says-official/
    pytest.param('Mali’s government and Tuareg rebels led by Ibrahim Ag Bahanga, whose men have kidnapped 33 army troops, agreed to an immediate truce during Libyan-brokered peace talks, a Libyan diplomat said on Thursday.',
                 '2008-04-03', ('AGREE', 'CONCEDE'), ('mali',), ('tuareg', 'bahanga'), True, True,
                 id='mli1', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://www.sowetanlive.co.za/news/2020-08-11-sa-envoys-to-zimbabwe-meet-only-with-mnangagwa-who-insists-criticisms-are-divisive-falsehoods/
    pytest.param('President Cyril Ramaphosa’s mediation in Zimbabwe got off to a rocky start after his special envoys met only with President Emmerson Mnangagwa and not the opposition.',
                 '2020-08-11', ('CONSULT',), ('ramaphosa', 'south africa', 'envoy'), ('mnangagwa', 'zimbabwe'), False, True,
                 id='zwe1'),
    # http://ummnews.net/node/46612
    pytest.param('Baku liberated several cities and nearly 300 of its settlements and villages from Armenian occupation during this time. On November 10, the two countries signed a Russia-brokered agreement to end the fighting and work towards a comprehensive resolution.',
                 '2020-11-14', ('AGREE',), ('azerbaijan', 'bayramov', 'aliyev', 'baku'), ('armenia', 'mirzoyan', 'pashinyan', 'yerevan'), True, True,
                 id='arm4'),
    # https://www.independent.ie/news/almost-900-prisoners-return-home-in-yemen-war-swap/42435221.html
    pytest.param('The three-day operation, which started on Friday, was the most significant prisoner exchange in Yemen since the Saudi-led coalition and their rivals, the Iranian-backed Houthi rebels, released more than 1,000 detainees in October 2020.',
                 '2023-04-17', ('RETREAT',), None, None, False, False,
                 id='yem8'),
    # https://kabulnow.com/2020/05/afghan-government-releases-102-taliban-prisoners/
    pytest.param('With the newly released Taliban inmates, the Afghan government has released around 1,000 Taliban prisoners, according to Javid Faisal, spokesperson for Afghanistan’s Office of National Security Council. In return, the Taliban have released 174 pro-government prisoners who were in their captivity.',
                 '2020-05-09', ('RETREAT',), ('taliban',), ('afghan', 'kabul', 'government'), False, True,
                 id='afg7', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # http://www.afghanistantimes.af/taliban-frees-17-security-forces-amid-sticky-peace-process/
    pytest.param('KABUL: The Taliban has released 17 Afghan security forces from their custody in western Ghor province amid complex peace efforts as both sides (Afghan government and Taliban) have tightened grip over prisoner swaps.',
                 '2020-07-11', ('RETREAT',), ('taliban',), ('afghan', 'kabul', 'government'), False, True,
                 id='afg8', marks=pytest.mark.xfail(reason='not resolved yet', strict=False)),
    # https://www.defenceweb.co.za/middle-east/middle-east-middle-east/houthi-prisoners-freed/
    pytest.param('He was referring to a prisoner swap agreed by Yemen’s Saudi-backed government and the Houthis last December at peace talks in Sweden.',
                 '2019-11-26', ('AGREE',), ('yemen', 'government', 'hadi'), ('houthi', 'huthi'), True, True,
                 id='yem9'),
    # https://cuu.coron.tech/news/312723202458019947359
    pytest.param('Ukraine and Russia have once again exchanged prisoners of war despite the recent shooting down of a Russian transport plane which Moscow said was carrying Ukrainian prisoners.',
                 '2024-01-31', ('RETREAT', 'CONCEDE'), ('russia', 'moscow', 'kremlin'), ('ukrain', 'kyiv', 'kiev', 'zelensk', 'yermak'), True, True,
                 id='ukr5'),
    # http://www.jpost.com/Arab-Israeli-Conflict/Report-Israeli-delegation-meets-with-Egyptian-officials-in-Cairo-464702
    pytest.param('A high-ranking Israeli delegation met with Egyptian officials on Sunday in Cairo, according Egyptian media reports.',
                 '2016-07-10', ('CONSULT',), ('israel',), ('egypt',), True, True,
                 id='isr1'),
]


@pytest.mark.parametrize(("text", "published", "types", "actors", "targets", "symmetric", "present"), CASES)
def test_passive_parties(run, text: str, published: str, types: tuple[str, ...], actors: tuple[str, ...] | None,
                         targets: tuple[str, ...] | None, symmetric: bool, present: bool) -> None:
    ex = run(text, published=published)
    assert _found(ex, types, actors, targets, symmetric) == present, coded(ex)
