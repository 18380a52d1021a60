"""Round 13: support and oppose stated outside quotes, in the reporter's narration: welcoming, praising,
congratulating, hailing an act or a deal ("welcomed a prisoner swap deal reached between Israel and Hamas"),
praise for a deal made ("praised the two sides for agreeing on a mechanism", "congratulated X and Y on the
signing of a ceasefire agreement": the deal, not the service of hosting or facilitating), a received stance
("the Syria attack drew support from the European Union"), a body named by its kind ("the 15-member council",
"the bloc"), being concerned about a thing ("is gravely concerned about escalating violence"), commitments
and condemnations; and no stance in background sentences (a deal signed years ago, a mandate, casualty counts,
the terms a deal includes).

Each case is a real sentence from the page whose URL precedes it, from many outlets and several conflicts (Sudan,
South Sudan, CAR, Liberia, Syria, Israel-Palestine, Gaza, Ethiopia, Myanmar, Colombia, Azerbaijan). FIT cases
steered the rules; ASIDE cases were scored only at the end (those that still fail are xfail).
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import NEGATIVE, held_by, issue_overlap

ASIDE = pytest.mark.xfail(reason="aside case that still fails: scored only at the end", strict=False)

CASES = [
    # (text, [(holder names, "+" or "-", issue as a reader would write it)])
    pytest.param(
        # https://mindofthegeek.com/central-african-republic-ceasefire-a-critical-step-says-un-chief/
        'Some leaders of the main rebel alliance, the CCP, have reportedly welcomed the ceasefire.',
        [('CCP', '+', 'ceasefire')], id='fit-mindofthegeek-0'),
    pytest.param(
        # https://africa.cgtn.com/un-mission-welcomes-ceasefire-agreement-by-south-sudan-factions
        'The United Nations Mission in South Sudan (UNMISS) has welcomed an agreement on cessation of hostilities and improving humanitarian access in the war-torn country, urging all parties to work collectively to ensure lasting peace.',
        [('UNMISS', '+', 'agreement on cessation of hostilities')], id='fit-africa-1'),
    pytest.param(
        # https://global.chinadaily.com.cn/world/2014-01/24/content_17257149.htm
        'UNITED NATIONS - The UN Security Council on Thursday welcomed the signing of a cease-fire agreement in South Sudan, calling it the first step toward comprehensive reconciliation and nation-building.',
        [('Security Council', '+', 'cease-fire agreement')], id='aside-global-2', marks=ASIDE),
    pytest.param(
        # http://afran.ir/en/modules/news/article.php?storyid=12382
        "The United Nations has congratulated the government of Sudan and a major rebel group in Sudan's western region of Darfur on the signing of a ceasefire agreement in Doha on Sunday, UN spokesman Martin Nesirky said here on Monday.",
        [('United Nations', '+', 'ceasefire agreement')], id='fit-afran-4'),
    pytest.param(
        # http://afran.ir/en/modules/news/article.php?storyid=12382
        'The Sudanese government, represented by state minister and head of the Darfur Follow-up Office, Amin Hassan Omer, signed the ceasefire agreement with Arko Sulaiman Dahiya, vice chairman and head of delegation from the Justice and Equality Movement (JEM), in Doha of Qatar on Sunday.',
        [('Sudan', '+', 'ceasefire agreement')], id='aside-afran-5'),
    pytest.param(
        # https://friendsofsyria.wordpress.com/2017/04/19/khazakhstan-spain-strongly-condemn-terrorist-attack-on-al-fouaa-and-kefraya-locals/
        'Astana, Madrid, SANA-Kazakhstan strongly condemned the terrorist act committed against the locals of al-Fouaa and Kefraya in al-Rashideen area to the west of Aleppo last Saturday in which dozens were killed or injured.',
        [('Kazakhstan', '-', 'terrorist act')], id='fit-friendsofsyria-6'),
    pytest.param(
        # https://friendsofsyria.wordpress.com/2017/04/19/khazakhstan-spain-strongly-condemn-terrorist-attack-on-al-fouaa-and-kefraya-locals/
        'The Ministry affirmed that Kazakhstan supports relentless struggle against terrorism in all its manifestations, and calls for strengthening coordination of international efforts in this direction, including through creation of a “global counter-terrorism coalition network”.',
        [('Kazakhstan', '+', 'struggle against terrorism')], id='fit-friendsofsyria-7'),
    pytest.param(
        # https://friendsofsyria.wordpress.com/2017/04/19/khazakhstan-spain-strongly-condemn-terrorist-attack-on-al-fouaa-and-kefraya-locals/
        'The Spanish Government strongly condemned the terrorist bombing which targeted a number of buses carrying locals of al-Fouaa and Kefraya in al-Rashideen area to the west of Aleppo.',
        [('Spain', '-', 'terrorist bombing')], id='aside-friendsofsyria-8'),
    pytest.param(
        # https://www.tellerreport.com/news/2023-01-02-the-united-states-renews-its-commitment-to-israel-s-security-and-the-principle-of-the-two-state-solution.SygZmPix9j.html
        'On Monday, the United States renewed its continued commitment to the principle of the two-state solution, and its opposition to policies that endanger it, stressing at the same time its commitment to "Israel\'s security."',
        [('United States', '+', 'two-state solution'), ('United States', '+', "Israel's security")], id='fit-tellerreport-9'),
    pytest.param(
        # https://globebanner.com/stories/668839933-us-emphasizes-negotiation-path-for-palestinian-statehood-at-un
        'The United States has reaffirmed its commitment to a two-state solution as the pathway to resolving the Israeli-Palestinian conflict.',
        [('United States', '+', 'two-state solution')], id='fit-globebanner-10'),
    pytest.param(
        # https://www.kuna.net.kw/ArticlePrintPage.aspx?id=2858167&language=en
        'NEW YORK, Jan 29 (KUNA) -- The UN said it was committed to a two-state solution after US President Donald Trump announced his administration peace plan for the Israeli-Palestinian conflict.',
        [('UN', '+', 'two-state solution')], id='aside-kuna-11'),
    pytest.param(
        # https://www.zawya.com/en/economy/gcc/gcc-chief-hails-successful-mediation-uae-saudi-arabia-resulting-in-us-russia-prisoner-swap-lrxo8m75
        'RIYADH: Dr. Nayef Falah M. Al-Hajraf, Secretary-General of the Gulf Cooperation Council (GCC), hailed the mediation led by President His Highness Sheikh Mohamed bin Zayed Al Nahyan and His Royal Highness Prince Mohammed bin Salman bin Abdul Aziz, Crown Prince and Prime Minister of Saudi Arabia, which resulted in the release and exchange of two prisoners between the United States and Russia.',
        [('Hajraf', '+', 'mediation')], id='fit-zawya-12'),
    pytest.param(
        # https://news.az/news/biden-welcomes-israel-hamas-prisoner-swap-deal
        'US President Joe Biden on early Wednesday welcomed a prisoner swap deal reached between Israel and Hamas, News.Az reports citing Anadolu Agency.',
        [('Biden', '+', 'prisoner swap deal')], id='fit-news-13'),
    pytest.param(
        # https://news.az/news/biden-welcomes-israel-hamas-prisoner-swap-deal
        'The Israeli government agreed to a prisoner exchange deal with the Palestinian group Hamas early Wednesday.',
        [('Israel', '+', 'prisoner exchange deal')], id='aside-news-14'),
    pytest.param(
        # https://tdgresearch.com/global-response-to-us-strikes-on-iraq-and-syria-overshadows-gaza-violations/
        'Kanaani criticized the US for its support of Israel’s actions in Gaza and accused the attacks of furthering the goals of the Israeli government.',
        [('Kanaani', '-', "support of Israel's actions in Gaza")], id='fit-tdgresearch-16'),
    pytest.param(
        # https://tdgresearch.com/global-response-to-us-strikes-on-iraq-and-syria-overshadows-gaza-violations/
        'Syria’s Ministry of Foreign Affairs condemned the strikes, alleging that they exacerbated the conflict in the region and violated Syria’s sovereignty.',
        [('Syria', '-', 'strikes')], id='aside-tdgresearch-17'),
    pytest.param(
        # https://arabnews.pk/node/1284956
        'Putin denounced the raids as an aggression that will make the humanitarian crisis in Syria worse.',
        [('Putin', '-', 'raids')], id='fit-arabnews-18'),
    pytest.param(
        # https://arabnews.pk/node/1284956
        'The Syria attack drew support from the European Union, Germany, Israel and other allies, while British Prime Minister Theresa May said the use of force was “right and legal.”',
        [('European Union', '+', 'Syria attack'), ('Germany', '+', 'Syria attack')], id='fit-arabnews-19'),
    pytest.param(
        # https://www.bloombergquint.com/markets/2018/04/14/the-world-reacts-to-strikes-against-syria
        'Russia and China have condemned joint missile strikes by the U.S., U.K. and France on Syria, calling it an act of aggression.',
        [('Russia', '-', 'joint missile strikes'), ('China', '-', 'joint missile strikes')], id='aside-bloombergquint-20'),
    pytest.param(
        # https://www.bloombergquint.com/markets/2018/04/14/the-world-reacts-to-strikes-against-syria
        'China objects to the use of military force, the country’s foreign ministry spokeswoman Hua Chunying said in a statement.',
        [('China', '-', 'use of military force')], id='fit-bloombergquint-21'),
    pytest.param(
        # http://vestnikkavkaza.net/material/129361
        'The European Union supports the sovereignty and territorial integrity of Azerbaijan, the EU officials said during the 2nd round of the EU - Azerbaijan Security Dialogue',
        [('European Union', '+', 'sovereignty and territorial integrity of Azerbaijan')], id='fit-vestnikkavkaza-22'),
    pytest.param(
        # https://www.kbc.co.ke/au-welcomes-call-by-tigray-for-peaceful-resolution-of-ethiopian-conflict/
        'The African Union (AU) has welcomed the announcement by the Regional Government of Tigray of its commitment for a peaceful resolution of the conflict.',
        [('African Union', '+', 'peaceful resolution of the conflict')], id='aside-kbc-23'),
    pytest.param(
        # https://media-sca.com/2022/10/07/au-supports-ethiopia-on-invention-of-tigery
        'On Wednesday, the Ethiopian government accepted an invitation by AU to participate in peace talks aimed at ending a two-year conflict with Tigray forces.',
        [('Ethiopia', '+', 'peace talks')], id='fit-media-sca-25'),
    pytest.param(
        # https://globalnewsx.com/?p=207342
        'Indonesia and Singapore on Monday condemned the attack on an aid convoy carrying regional diplomats, including two staffers from the Singapore embassy in Yangon.',
        [('Indonesia', '-', 'attack on an aid convoy'), ('Singapore', '-', 'attack on an aid convoy')], id='aside-globalnewsx-26'),
    pytest.param(
        # https://globalnewsx.com/?p=207342
        'LABUAN BAJO, Indonesia: The Association of Southeast Asian Nations (ASEAN) said it is “deeply concerned” about the ongoing violence in Myanmar and condemned the recent attack on a convoy delivering humanitarian aid in Myanmar’s Shan State.',
        [('ASEAN', '-', 'attack on a convoy')], id='fit-globalnewsx-27'),
    pytest.param(
        # https://www.channelnewsasia.com/asia/asean-chair-warns-over-rising-myanmar-violence-ahead-meeting-3026001
        "The Association of Southeast Asian Nations (ASEAN) is gravely concerned about escalating violence in Myanmar, the bloc's chair Cambodia said, in remarks ahead of a special meeting of its foreign ministers on Thursday (Oct 26) to discuss the crisis.",
        [('ASEAN', '-', 'escalating violence')], id='fit-channelnewsasia-28'),
    pytest.param(
        # https://news.cgtn.com/news/2023-06-10/UN-chief-hails-ceasefire-deal-between-Colombian-gov-t-ELN-guerrilla-1kvO9FDigUM/index.html
        'UN Secretary-General Antonio Guterres congratulated the government of Colombia and the National Liberation Army (ELN) guerrillas on the agreement they announced in Cuba Friday on a six-month bilateral national ceasefire, a UN spokesperson said.',
        [('Guterres', '+', 'six-month bilateral national ceasefire')], id='aside-news-29'),
    pytest.param(
        # https://orinocotribune.com/government-of-colombia-and-eln-sign-historic-ceasefire-un-and-venezuela-celebrate/
        'Venezuela celebrated the signing of the ceasefire between the Colombian government and the ELN.',
        [('Venezuela', '+', 'ceasefire')], id='aside-orinocotribune-32', marks=ASIDE),
    pytest.param(
        # https://sputnikglobe.com/20230609/colombian-govt-eln-armed-group-agree-to-ceasefire-for-6-months---cuban-minister-1111036962.html
        'The government of Colombia and the National Liberation Army (ELN) rebel group have agreed to establish a ceasefire, which will begin on August 3, Cuban Foreign Minister Bruno Rodriguez said on Friday.',
        [('Colombia', '+', 'ceasefire'), ('ELN', '+', 'ceasefire')], id='fit-sputnikglobe-33'),
]

NONE = [
    # real sentences that state no position
    pytest.param(
        # https://mindofthegeek.com/central-african-republic-ceasefire-a-critical-step-says-un-chief/
        'CAR has faced cycles of rebel violence since the 2013 ousting of former leader François Bozize, and despite the signing of an agreement between the government and 14 armed groups two years ago.',
        id='aside-mindofthegeek-35'),
    pytest.param(
        # https://mindofthegeek.com/central-african-republic-ceasefire-a-critical-step-says-un-chief/
        'A UN mission, known by the French acronym small, has been in the country since 2014 with a mandate to protect civilians and support peace processes.',
        id='fit-mindofthegeek-36'),
    pytest.param(
        # https://global.chinadaily.com.cn/world/2014-01/24/content_17257149.htm
        'Tensions escalated on December 15 into a full-scale conflict between forces loyal to the two men, making 494,000 people internally displaced and  83,900 others flocking into neighboring countries, over half of whom to Uganda, according to UN figures.',
        id='fit-global-37'),
    pytest.param(
        # https://news.az/news/biden-welcomes-israel-hamas-prisoner-swap-deal
        'Under the Qatar-mediated agreement, 50 Israelis held by Hamas will be released in exchange for 150 Palestinian detainees in Israeli jails.',
        id='aside-news-38'),
    pytest.param(
        # https://news.az/news/biden-welcomes-israel-hamas-prisoner-swap-deal
        'The deal also includes a four-day pause in fighting and the entry of 300 trucks loaded with humanitarian aid, including fuel, into the Gaza Strip.',
        id='fit-news-39'),
    pytest.param(
        # https://tdgresearch.com/global-response-to-us-strikes-on-iraq-and-syria-overshadows-gaza-violations/
        'Iraq reported that 16 individuals, including civilians, were killed on its territory, while a monitoring group reported 18 fatalities in Syria.',
        id='fit-tdgresearch-40'),
    pytest.param(
        # https://arabnews.pk/node/1284956
        'Gen. Joseph Dunford, chairman of the Joint Chiefs of Staff, said the US did not coordinate targets with or notify the Russian government of the strikes, beyond normal airspace “deconfliction” communications.',
        id='aside-arabnews-41'),
    pytest.param(
        # https://www.bloombergquint.com/markets/2018/04/14/the-world-reacts-to-strikes-against-syria
        'Overnight, the U.S. led strikes against targets in Syria in retaliation for an apparent chemical weapons attack outside Damascus by Bashar al-Assad’s regime.',
        id='fit-bloombergquint-42'),
    pytest.param(
        # https://www.kuna.net.kw/ArticlePrintPage.aspx?id=2858167&language=en
        "He was reacting to Trump's plan that he announced in Washington D.C. yesterday with Israeli Prime Minister Benjamin Netanyahu next to him.",
        id='fit-kuna-43'),
    pytest.param(
        # http://afran.ir/en/modules/news/article.php?storyid=12382
        'The negotiations for the ceasefire began last month in Qatar under the parameters set in the Doha Document for Peace in Darfur (DDPD), which forms the basis for a permanent ceasefire and comprehensive peace agreement to end the fighting that broke out in Darfur ten years ago, pitting government forces and allied militiamen against rebel groups.',
        id='aside-afran-44'),
    pytest.param(
        # https://sputnikglobe.com/20230609/colombian-govt-eln-armed-group-agree-to-ceasefire-for-6-months---cuban-minister-1111036962.html
        'On Friday, the third round of negotiations between the Colombian government and ELN rebels, mediated by Cuba, was held in Havana.',
        id='fit-sputnikglobe-45'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_positions_support_round13(run, text, expected) -> None:
    ex = run(text)
    for holder, side, issue in expected:
        assert any(issue_overlap(issue, p.issue) >= 0.5 and (p.stance in NEGATIVE) == (side == "-")
                   for p in held_by(ex, holder)), (holder, issue, [(p.holder, p.stance, p.issue) for p in ex.positions])


@pytest.mark.parametrize("text", NONE)
def test_positions_support_round13_none(run, text) -> None:
    ex = run(text)
    assert not ex.positions, [(p.holder, p.stance, p.issue) for p in ex.positions]
