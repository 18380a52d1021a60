"""Positions round 16: stances shown by deeds and by praise (issue #7).

Real sentences from outlets and conflicts the gold does not hold, each with its URL and publication date; a holder (part
of its name or alias, "|" between alternatives) and the issue a reader expects ("|" between wordings, as ``alt_issues``),
matched as the scorer matches (token F1 >= 0.5, same polarity). Expectations were written before parley was run; the
first value of each case says whether it was a "fit" case (looked at while writing the rules) or an "aside" one (only
measured at the end). ``xfail`` marks cases not fixed, with why.

Covered, as the dev gold codes them: the one thanked or praised for its support, its position or its upholding of
something holds that stance ("thanked Stoltenberg for his support to his country's territorial integrity", "appreciates
Thailand for upholding the one-China principle", "thanked Erdogan for his principled position on non-recognition of the
pseudo-referendums"); who forms, sets up or launches a body for the peace holds it ("UNSMIL and the Presidential Council
have formed a truce committee", "launched a commission to oversee the disarmament"). Not stances: thanks for a service or
a role ("gratitude to Pakistani leadership over its role in the peace process"), a body set up by no one named, a
formation only planned.
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import NEGATIVE, XFAIL, held_by, on_issue

# Stances a reader codes: positive (support, offer, willing, demand) or negative (oppose, reject).
STANCES = [
    pytest.param(  # https://anews.com.tr/world/2024/03/18/georgian-premier-thanks-nato-chief-for-support-on-territorial-integrity-sovereignty
        "fit", "2024-03-18", "Georgian Prime Minister Irakli Kobakhidze on Monday thanked visiting NATO Secretary-General Jens Stoltenberg for his support to his country's territorial integrity and sovereignty.",
        "Stoltenberg|NATO", "territorial integrity and sovereignty|territorial integrity", "positive", id="anews-kobakhidze-thanked-stoltenberg"),
    pytest.param(  # https://www.anews.com.tr/world/2020/11/18/georgian-premier-receives-us-state-secretary
        "fit", "2020-11-18", "Thanking the US for supporting Georgia's territorial integrity and sovereignty, Gakharia underlined the importance of Washington's support.",
        "United States", "Georgia's territorial integrity and sovereignty|territorial integrity", "positive", id="anews-gakharia-thanking-us"),
    pytest.param(  # https://www.esc.guide/post/aa-12-03-21-georgia-thanks-turkey-for-backing-territorial-integrity
        "fit", "2021-03-12", "Georgia on Friday thanked Turkey for supporting its territorial integrity and NATO integration process.",
        "Turkey|Türkiye", "territorial integrity|its territorial integrity and NATO integration process", "positive", id="aa-georgia-thanked-turkey"),
    pytest.param(  # https://www.esc.guide/post/aa-12-03-21-georgia-thanks-turkey-for-backing-territorial-integrity (stray opening quote left out)
        "aside", "2021-03-12", "Georgian Prime Minister Irakli Garibashvili expressed his gratitude for the solid support demonstrated by Turkey towards sovereignty, territorial integrity, and Euro-Atlantic integration of Georgia.",
        "Turkey|Türkiye", "sovereignty|territorial integrity", "positive", id="aa-garibashvili-gratitude",
        marks=XFAIL("support named by its agent ('support demonstrated by Turkey towards X') has no holder")),
    pytest.param(  # https://news.cgtn.com/news/2022-08-06/China-appreciates-Iran-s-adherence-to-the-one-China-principle-Wang-Yi-1chv5IWQtq0/index.html
        "fit", "2022-08-06", "Chinese State Councilor and Foreign Minister Wang Yi said on Saturday that China appreciates Iran's adherence to the one-China principle during a phone conversation with Iranian Foreign Minister Hossein Amir-Abdollahian.",
        "Iran", "one-China principle", "positive", id="cgtn-wang-appreciates-iran"),
    pytest.param(  # https://pakistantoday.com.pk/2024/01/29/china-appreciates-thailands-upholding-of-one-china-principle-wang-yi
        "fit", "2024-01-29", "Chinese Foreign Minister Wang Yi said on Monday that China appreciates Thailand for upholding the one-China principle.",
        "Thailand", "one-China principle", "positive", id="pakistantoday-wang-appreciates-thailand"),
    pytest.param(  # https://www.gulf-times.com/story/674792/Cabinet-welcomes-Sudan-peace-deal
        "aside", "2020-10-08", "The Cabinet also praised the efforts of South Sudan in reaching this agreement, stressing Qatar's firm position of supporting the unity and sovereignty of Sudan.",
        "Qatar", "unity and sovereignty of Sudan", "positive", id="gulftimes-qatar-position",
        marks=XFAIL("'position of supporting X' (a gerund after 'of' on a position noun) is not read as support")),
    pytest.param(  # https://news.az/news/turkiye-forms-parliamentary-commission-to-oversee-pkk-disarmament
        "fit", "2025-08-05", "Türkiye's parliament has established a new commission to oversee the disarmament of the Kurdistan Workers' Party (PKK), marking a potential turning point in the decades-long conflict that has claimed over 40,000 lives.",
        "Türkiye|Turkey|parliament", "new commission|commission", "positive", id="newsaz-parliament-established-commission"),
    pytest.param(  # http://fr.jpost.com/middle-east/article-863335
        "fit", "2025-08-05", "Turkey's parliament launched a commission on Tuesday to oversee the disarmament of the outlawed Kurdistan Workers' Party (PKK) militant group following its jailed leader Abdullah Ocalan's call for it to end its insurgency.",
        "Turkey|Türkiye|parliament", "commission", "positive", id="jpost-parliament-launched-commission"),
    pytest.param(  # https://www.rudaw.net/english/middleeast/turkey/27072025-amp
        "fit", "2025-07-27", "\"With the participation of all political parties, we established the Terror-Free Turkey Commission to facilitate the process of liberation from terrorism and to disarm terrorist organizations,\" Kurtulmus stated.",
        "Kurtulmus|Kurtulmuş", "Terror-Free Turkey Commission|commission", "positive", id="rudaw-kurtulmus-established"),
    pytest.param(  # https://tass.com/world/1618349
        "fit", "2023-05-16", "Chinese Defense Minister Li Shangfu and his Japanese counterpart Yasukazu Hamada launched a direct phone line for bilateral naval and aerial communication, the Chinese Defense Ministry reported Monday.",
        "Hamada|Japan", "direct phone line|phone line", "positive", id="tass-hamada-launched-line"),
    pytest.param(  # https://tass.com/world/1618349
        "aside", "2023-05-16", "Chinese Defense Minister Li Shangfu and his Japanese counterpart Yasukazu Hamada launched a direct phone line for bilateral naval and aerial communication, the Chinese Defense Ministry reported Monday.",
        "Li Shangfu|China", "direct phone line|phone line", "positive", id="tass-li-launched-line"),
    pytest.param(  # https://sputnikglobe.com/20230516/chinese-japanese-defense-ministers-open-hotline-to-manage-and-control-crises-1110404682.html
        "aside", "2023-05-16", "The defense ministers of Japan and the People’s Republic of China inaugurated a new military hotline on Monday, according to statements by both ministries.",
        "Japan", "new military hotline|hotline", "positive", id="sputnik-ministers-inaugurated-hotline"),
    pytest.param(  # https://news.az/news/kyrgyzstan-tajikistan-sign-protocol-to-end-border-clashes
        "fit", "2022-09-20", "Kyrgyzstan and Tajikistan have signed a protocol to end border clashes that claimed scores of lives, Kyrgyz media reported on Tuesday, News.Az reports citing Anadolu Agency.",
        "Tajikistan", "protocol|end border clashes", "positive", id="newsaz-kyrgyz-tajik-protocol"),
    pytest.param(  # https://hamkarchan.com/2022/01/13/in-kl-peace-talks-thai-govt-and-barisan-revolusi-nasional-agree-to-form-joint-working-group-to-resolve-armed-conflict-in-southern-provinces/
        "fit", "2022-01-13", "The Thai government and the Barisan Revolusi Nasional (BRN) agreed to form a joint working group in an effort to resolve the armed conflict in southern Thailand.",
        "Barisan Revolusi Nasional|BRN", "joint working group|form a joint working group", "positive", id="bernama-brn-agreed-group"),
    pytest.param(  # https://nation.com.pk/05-Oct-2020/peace-in-afghanistan-in-our-own-interest-fm
        "aside", "2020-10-05", "Abdullah said he was also appreciative of Prime Minister Imran Khan's message that called for a reduction in the violence leading to a ceasefire.",
        "Imran Khan|Pakistan", "reduction in the violence", "positive", id="nation-khan-message"),
    pytest.param(  # https://en.dailypakistan.com.pk/28-Sep-2020/afghanistan-thanks-pakistan-for-facilitating-peace-process
        "aside", "2020-09-28", "Chairman of the High Council for National Reconciliation of Afghanistan Dr Abdullah Abdullah has commended conciliatory and sincere efforts being made by Pakistan to take the Afghan peace process to logical conclusion.",
        "Pakistan", "Afghan peace process|peace process", "positive", id="dailypakistan-efforts-by-pakistan"),
    pytest.param(  # http://russiaandukraine.blogspot.com/2010/06/georgia-thanks-ukraine-for-statements.html
        "aside", "2010-06-11", "Georgia thanks Ukraine for statements in support of its territorial integrity",
        "Ukraine", "territorial integrity", "positive", id="blog-georgia-thanks-ukraine",
        marks=XFAIL("thanks for statements in support of X: the support of the statements is not given a holder")),
]

# No stance of the holder on the issue: thanks for a service or a role, bodies set up by no one named, plans.
NONE = [
    pytest.param(  # https://en.dailypakistan.com.pk/28-Sep-2020/afghanistan-thanks-pakistan-for-facilitating-peace-process
        "fit", "2020-09-28", "Talking to Foreign Minister Shah Mahmood Qureshi in Islamabad on Monday, Dr Abdullah expressed his gratitude to Pakistani leadership over its role in the Afghan peace process.",
        "Pakistan", "role", id="dailypakistan-gratitude-role"),
    pytest.param(  # https://www.gulf-times.com/story/722406/Chadian-FM-Doha-the-world-s-peace-capital
        "fit", "2022-08-09", "Chad's Minister of Foreign Affairs, African Integration, International Co-operation and Chadians Abroad, Mahamat Zene Cherif, commended the great role of Qatar in mediating between the Chadian parties, which led to the signing of the Doha Peace Agreement and the participation of political and military movements in the comprehensive and sovereign national dialogue in Chad, describing Doha as the \"peace capital\" of the world.",
        "Qatar", "Doha Peace Agreement|national dialogue", id="gulftimes-chad-commended-qatar"),
    pytest.param(  # https://anews.com.tr/world/2024/03/18/georgian-premier-thanks-nato-chief-for-support-on-territorial-integrity-sovereignty
        "fit", "2024-03-18", "Speaking at a press conference together with Stoltenberg following a meeting, Kobakhidze thanked the alliance chief for his \"timely and fair\" statements regarding the current events in Georgia's breakaway regions.",
        "Stoltenberg|NATO|Kobakhidze", "current events|statements", id="anews-thanked-statements"),
    pytest.param(  # http://www.thehindubusinessline.com/news/indiachina-boundary-talks-positive-says-ministry/article10000686.ece?homepage=true
        "fit", "2017-12-23", "However, sources told BusinessLine , India pushed China to establish the long pending hot-line between both the military headquarters in order to implement an effective channel of communication on the border issue.",
        "China", "hot-line|hotline|channel", id="businessline-pushed-to-establish"),
    pytest.param(  # https://www.rudaw.net/english/middleeast/turkey/01082025-amp
        "fit", "2025-08-01", "The commission was established as part of peace negotiations between the Turkish government and the PKK.",
        "Turkey|Türkiye|PKK|Kurdistan Workers", "commission", id="rudaw-commission-was-established"),
    pytest.param(  # https://thaitimes.com/thailand-plans-new-peace-negotiation-team-for-deep-south-conflict
        "aside", "2024-10-02", "Thailand's government is set to form a new peace negotiation team to address the longstanding insurgency in the Deep South, Deputy Prime Minister Phumtham Wechayachai announced on Wednesday.",
        "Thailand|Phumtham", "new peace negotiation team|negotiation team", id="thaitimes-set-to-form-team"),
    pytest.param(  # https://www.asia-pacific-solidarity.net/news/2002-12-29/peace-monitors-aceh-move-position.html
        "aside", "2002-12-29", "The 12 teams have been deployed by the Joint Security Committee (JSC), a 15-member panel set up following the signing of the ceasefire agreement, which has the power to impose sanctions on violators of the agreement.",
        "Joint Security Committee|JSC", "panel|ceasefire agreement", id="aceh-panel-set-up"),
    pytest.param(  # https://www.rudaw.net/english/middleeast/turkey/01082025-amp
        "aside", "2025-08-01", "As part of the peace process, the PKK held a disarmament ceremony in Sulaimani province on July 11, when 30 members and commanders burned their weapons.",
        "PKK|Kurdistan Workers", "disarmament ceremony|ceremony", id="rudaw-pkk-held-ceremony"),
]


@pytest.mark.parametrize(("split", "published", "text", "holder", "issue", "stance"), STANCES)
def test_positions_deeds_round16_kept(run, split, published, text, holder, issue, stance) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    assert any(on_issue(issue, p.issue) and (p.stance in NEGATIVE) == (stance == "negative")
               for p in held_by(ex, holder)), [(p.holder, p.stance, p.issue) for p in ex.positions]


@pytest.mark.parametrize(("split", "published", "text", "holder", "issue"), NONE)
def test_positions_deeds_round16_none(run, split, published, text, holder, issue) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    held = [p for p in held_by(ex, holder) if on_issue(issue, p.issue) or any(w in p.issue.lower() for w in issue.lower().split())]
    assert not held, [(p.holder, p.stance, p.issue) for p in held]
