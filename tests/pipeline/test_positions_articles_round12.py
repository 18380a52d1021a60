"""Round 12: positions read from whole articles annotated before parley ran on them (Libya, Russia-Ukraine,
Gaza, Sudan, DR Congo, Armenia-Azerbaijan, Yemen, Myanmar), each passage quoted from its outlet's page.

The constructions: two titled names joined through an apposition ("Libya's prime minister, Fayez al-Sarraj,
and the military commander ..., Khalifa Haftar"), "the two men" after a pair named just before, "agreed that
national elections are necessary" (the elections), "agree on the need to V" (V), a demand stated by the noun
a list of conditions includes ("include a demand that ..."), "the inadmissibility of X" (opposes X), whose
"position on" it is, "its spokesman said, praising X" (the body the report put first), "which Israel accepted
but Hamas rejected for lacking ..." (the plan), "invited the army to do the same" (the issue just named),
"has sought for two years to V" (a time, not the issue), terms named after "including", demands listed one a
line after a colon; and no stance from "X will be impossible as long as Y", "sought no changes to the plan"
(opposes them) or "demands for the ongoing talks" (the talks are the occasion).

FIT cases steered the rules; ASIDE cases come from articles kept aside and were scored only at the end."""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import NEGATIVE, held_by, issue_overlap

ASIDE = pytest.mark.xfail(reason="aside case that still fails: scored only at the end", strict=False)


# https://middle-east-online.com/en/un-says-haftar-sarraj-agree-hold-libya-polls
LIBYA_LEDE = ("TRIPOLI - Libya's internationally recognised prime minister, Fayez al-Sarraj, and the military "
              "commander of its eastern half, Khalifa Haftar, have met and agreed that national elections are "
              "necessary, the United Nations said on Thursday.")
LIBYA_TWO_MEN = LIBYA_LEDE + "\n\n" + (
    "While both were meeting in Abu Dhabi on Wednesday in their first confirmed encounter since November, Haftar's "
    "forces took more land in southern Libya, tilting the power balance towards him at the expense of Sarraj's weak "
    "Tripoli administration.\n\nThe two men agreed \"on the need to end the transitional stages in Libya through "
    "holding general elections,\" the UN Libya mission (UNSMIL) said in a Tweet.")
# https://kivutoday.com/?p=88509
M23_LIST = ("Despite these actions, the group says Kinshasa continues to act in bad faith\u2014labeling them terrorists, "
            "criminalizing their movement, and refusing to formally acknowledge the Doha negotiations.\n\n"
            "In response, M23/AFC outlined eight confidence-building measures it says are necessary to move the "
            "process forward:\n\nRepealing the parliamentary law that prohibits negotiations with M23/AFC;\n\n"
            "Lifting arrest warrants and prosecutions against its leaders;\n")

FIT = [
    # (text, holder names, issue as a reader would write it, stance)
    pytest.param(LIBYA_LEDE, 'Haftar', 'national elections', 'support', id='meo-haftar-conjoined-title'),
    pytest.param(LIBYA_LEDE, 'Sarraj', 'national elections', 'support', id='meo-sarraj-elections-necessary'),
    pytest.param(LIBYA_TWO_MEN, 'Haftar', 'end the transitional stages in Libya through holding general elections',
                 'support', id='meo-two-men-agreed'),
    pytest.param(
        # https://middle-east-online.com/en/un-says-haftar-sarraj-agree-hold-libya-polls
        'Unity government leader Fayez al-Sarraj and rival strongman Khalifa Haftar meet in Abu Dhabi to agree on "the need to end the transitional phase through general elections".',
        'Haftar', 'end the transitional phase through general elections', 'support', id='meo-agree-on-the-need'),
    pytest.param(
        # https://www.daily8.com/en/article/773cbfffcad50b507e2cad987df1a8df
        "Reuters reported earlier this week that Putin's conditions for ending the war in Ukraine include a demand that Western leaders pledge in writing to stop enlarging NATO eastwards.",
        'Putin', 'Western leaders pledge in writing', 'demand', id='daily8-conditions-include-demand'),
    pytest.param(
        # https://www.daily8.com/en/article/773cbfffcad50b507e2cad987df1a8df
        "Commenting on Kellogg's statement, Peskov said that Putin has been consistently conveying Russia's position on the inadmissibility of NATO's eastward expansion.",
        'Russia', "NATO's eastward expansion", 'oppose', id='daily8-inadmissibility'),
    pytest.param(
        # https://www.daily8.com/en/article/773cbfffcad50b507e2cad987df1a8df
        'MOSCOW (Reuters) -The Kremlin expects Russia and Ukraine to discuss the list of conditions for a ceasefire in the war in Ukraine next week in Istanbul, its spokesman said on Friday, praising the U.S. role in mediating the talks.',
        'Russia|Kremlin', 'U.S. role', 'support', id='daily8-its-spokesman-praising'),
    pytest.param(
        # https://ibcworldnews.com/2025/08/19/mediators-await-israels-response-on-gaza-ceasefire-plan/?noamp=mobile
        "The proposal closely mirrors U.S. envoy Steve Witkoff\u2019s earlier plan, which Israel accepted but Hamas rejected for lacking guarantees of a lasting truce.",
        'Hamas', "Witkoff's earlier plan", 'reject', id='ibc-which-hamas-rejected-for'),
    pytest.param(
        # https://ibcworldnews.com/2025/08/19/mediators-await-israels-response-on-gaza-ceasefire-plan/?noamp=mobile
        "Israel has repeatedly insisted it will only accept a comprehensive deal ensuring the release of all hostages alongside key conditions for ending the war, including Hamas\u2019s disarmament and new governance in Gaza.",
        'Israel', "Hamas's disarmament", 'demand', id='ibc-including-disarmament'),
    pytest.param(
        # https://ibcworldnews.com/2025/08/19/mediators-await-israels-response-on-gaza-ceasefire-plan/?noamp=mobile
        "Israel has repeatedly insisted it will only accept a comprehensive deal ensuring the release of all hostages alongside key conditions for ending the war, including Hamas\u2019s disarmament and new governance in Gaza.",
        'Israel', 'new governance in Gaza', 'demand', id='ibc-including-governance'),
    pytest.param(
        # https://www.africanews.com/2024/01/03/sudan-rsf-open-to-talks-on-immediate-ceasefire-with-army/
        'The move comes as the force led by Mohamed Hamdan Dagalo signed the Addis Ababa declaration with the Taqadum civilian coalition on Tuesday and invited the Sudanese army to do the same.',
        'Dagalo|RSF|Rapid Support', 'Addis Ababa declaration', 'support', id='africanews-do-the-same'),
    pytest.param(M23_LIST, 'M23', 'Repealing the parliamentary law that prohibits negotiations with M23/AFC', 'demand',
                 id='kivutoday-listed-repeal'),
    pytest.param(M23_LIST, 'M23', 'Lifting arrest warrants and prosecutions against its leaders', 'demand',
                 id='kivutoday-listed-lifting'),
    pytest.param(
        # https://kivutoday.com/?p=88509
        'GOMA \u2014 The M23/AFC rebel coalition has officially outlined its demands for the ongoing peace talks in Doha, calling on President F\u00e9lix Tshisekedi to formally recognize the process and appoint a properly mandated delegation.',
        'M23', 'recognize the process', 'demand', id='kivutoday-calling-on-recognize'),
]

ASIDE_CASES = [
    pytest.param(
        # https://nationalyemen.com/2016/03/10/saudi-arabia-houthis-swap-prisoners-raising-hopes-of-peace-talks/
        'CAIRO/RIYADH (Reuters) \u2013 A Saudi-led coalition fighting in Yemen said on Wednesday it had exchanged prisoners with its Houthi opponents and also welcomed a pause in combat on the border, prompting hopes of a push to end the year-long war that has killed some 6,000 people.',
        'Saudi', 'pause in combat on the border', 'support', id='nationalyemen-welcomed-pause', marks=ASIDE),
    pytest.param(
        # https://nationalyemen.com/2016/03/10/saudi-arabia-houthis-swap-prisoners-raising-hopes-of-peace-talks/
        'However, both the Saudi Arabian and Yemeni foreign ministers later said any formal negotiations to end the fighting could only take place under the auspices of the United Nations and must include Yemen\u2019s internationally recognized government.',
        'Saudi', 'formal negotiations under the auspices of the United Nations', 'demand', id='nationalyemen-only-under-un', marks=ASIDE),
    pytest.param(
        # https://www.thesangaiexpress.com/Encyc/2023/12/15/BEIJING-Dec-14China-has-mediated-peace-talks-between-Myanmar-s-ruling-military-and-rebel-groups-and-the-pa.html
        'China has mediated peace talks between Myanmar\u2019s ruling military and rebel groups, and the parties agreed on a temporary ceasefire and to maintain dialogue, Beijing said on Thursday.',
        'Myanmar', 'temporary ceasefire', 'support', id='sangai-parties-agreed-ceasefire', marks=ASIDE),
    pytest.param(
        # https://www.thesangaiexpress.com/Encyc/2023/12/15/BEIJING-Dec-14China-has-mediated-peace-talks-between-Myanmar-s-ruling-military-and-rebel-groups-and-the-pa.html
        '\u201cChina hopes that concerned parties will exercise maximum restraint and together realise the soft landing of the situation in Myanmar,\u201d the Chinese Foreign Ministry said.',
        'China', 'exercise maximum restraint and together realise the soft landing of the situation in Myanmar', 'demand',
        id='sangai-china-hopes-restraint'),  # one cue, two actions: one issue
    pytest.param(
        # https://news.by/eng/news/v_mire/armenia-does-not-want-to-agree-to-azerbaijan-s-peace-demands
        'Armenia expressed disagreement with Azerbaijan\u2019s demands concerning certain preconditions for signing a peace agreement.',
        'Armenia', "Azerbaijan's demands", 'oppose', id='newsby-expressed-disagreement', marks=ASIDE),
    pytest.param(
        # https://news.by/eng/news/v_mire/armenia-does-not-want-to-agree-to-azerbaijan-s-peace-demands
        'For the final signing of the peace treaty, Azerbaijan insists on amendments to Armenia\u2019s constitution, arguing that it contains direct calls for the unification of Karabakh with Armenia.',
        'Azerbaijan', "amendments to Armenia's constitution", 'demand', id='newsby-insists-on-amendments'),
    pytest.param(
        # https://www.albawaba.com/news/new-ceasefire-sudan-looms-horizon-1527655
        'Ambassador Ali al-Sadiq, the Sudanese Minister for Foreign Affairs in charge, ruled out a truce, arguing that peace talks had not yet resumed in earnest.',
        'Sadiq|Sudan', 'truce', 'reject', id='albawaba-ruled-out-truce'),
    pytest.param(
        # https://www.albawaba.com/news/new-ceasefire-sudan-looms-horizon-1527655
        'Ambassador Ali al-Sadiq, the Sudanese Minister for Foreign Affairs in charge, ruled out a truce, arguing that peace talks had not yet resumed in earnest.\n\nIn a statement to the Sudanese news agency SUNA, he added that "agreeing on another truce is conditioned to obligating "rebels" to evacuate public facilities and leave citizens\' homes, in addition to putting an end to robberies and looting cases, blocking roads, and disrupting people".',
        'Sadiq|Sudan', 'evacuate public facilities', 'demand', id='albawaba-conditioned-to-obligating', marks=ASIDE),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), FIT + ASIDE_CASES)
def test_positions_articles_round12(run, text, holder, issue, stance) -> None:
    ex = run(text)
    assert any(issue_overlap(issue, p.issue) >= 0.5 and (stance in NEGATIVE) == (p.stance in NEGATIVE)
               for p in held_by(ex, holder)), [(p.holder, p.stance, p.issue) for p in ex.positions]


NONE = [
    # (text, holder names, words no position of that holder may have as its issue, or "*" for any position)
    pytest.param(
        # https://en.aravot.am/2024/06/07/348736
        'Pashinian denied afterwards that he wants to scrap the current constitution at the behest of Baku. Still, he said that peace with Azerbaijan will be impossible as long as the constitutional reference to the 1990 declaration remains in place.',
        'Pashinian|Pashinyan|Armenia', 'peace with Azerbaijan', id='aravot-impossible-as-long-as'),
    pytest.param(
        # https://ibcworldnews.com/2025/08/19/mediators-await-israels-response-on-gaza-ceasefire-plan/?noamp=mobile
        'Hamas officials stressed that they sought no changes to the plan, calling it a partial step toward a final agreement.',
        'Hamas', 'changes to the plan', id='ibc-sought-no-changes'),
    pytest.param(
        # https://kivutoday.com/?p=88509
        'GOMA \u2014 The M23/AFC rebel coalition has officially outlined its demands for the ongoing peace talks in Doha, calling on President F\u00e9lix Tshisekedi to formally recognize the process and appoint a properly mandated delegation.',
        'M23', 'ongoing peace talks in Doha', id='kivutoday-demands-for-ongoing-talks'),
    pytest.param(
        # https://www.daily8.com/en/article/773cbfffcad50b507e2cad987df1a8df
        'MOSCOW (Reuters) -The Kremlin expects Russia and Ukraine to discuss the list of conditions for a ceasefire in the war in Ukraine next week in Istanbul, its spokesman said on Friday, praising the U.S. role in mediating the talks.',
        'Ukraine', '*', id='daily8-its-spokesman-not-ukraine'),
    pytest.param(LIBYA_TWO_MEN, 'UNSMIL|United Nations', '*', id='meo-two-men-not-the-un'),
    pytest.param(
        # https://www.africanews.com/2024/01/03/sudan-rsf-open-to-talks-on-immediate-ceasefire-with-army/
        'The move comes as the force led by Mohamed Hamdan Dagalo signed the Addis Ababa declaration with the Taqadum civilian coalition on Tuesday and invited the Sudanese army to do the same.',
        'Dagalo|RSF|Rapid Support', 'do the same', id='africanews-no-do-the-same'),
    pytest.param(
        # https://middle-east-online.com/en/un-says-haftar-sarraj-agree-hold-libya-polls
        'The UN, supported by Western powers, has sought for almost two years to organise elections as a way of ending eight years of conflict.',
        'UN|United Nations', 'sought', id='meo-sought-for-two-years'),
]


@pytest.mark.parametrize(("text", "holder", "issue"), NONE)
def test_positions_articles_round12_none(run, text, holder, issue) -> None:
    ex = run(text)
    held = held_by(ex, holder)
    if issue == "*":
        assert not held, [(p.holder, p.stance, p.issue) for p in held]
    else:
        negative = "changes" in issue  # "sought no changes": if read at all, a negative stance
        assert not any(issue_overlap(issue, p.issue) >= 0.6 and not (negative and p.stance in NEGATIVE) for p in held), \
            [(p.holder, p.stance, p.issue) for p in held]


def test_sought_for_two_years_names_the_elections(run) -> None:
    # https://middle-east-online.com/en/un-says-haftar-sarraj-agree-hold-libya-polls
    ex = run('The UN, supported by Western powers, has sought for almost two years to organise elections as a way of '
             'ending eight years of conflict.')
    assert any("elections" in p.issue for p in held_by(ex, 'UN|United Nations')), ex.positions
