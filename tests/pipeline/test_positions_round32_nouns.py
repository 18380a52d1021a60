"""Round 32 (nouns): stances told by nouns of a position taken, copular aims, statements and statement documents.

- A consensus is each party's support ("reached a consensus regarding extending the ceasefire"); a counter-proposal
  handed to the mediators offers itself; "a positive response to the latest proposal" supports it; "X is a million red
  lines", in Y's words, is Y's rejection (``parley.pipeline.noun_positions``).
- An aim no actor owns in a speaker's words is the speaker's, whatever verb links it ("The main objective of the current
  truce continues to be to provide tangible relief"), and "what we need is for there to be X" needs X
  (``parley.pipeline.noun_goals``).
- A statement is its authors' voice: "the joint statement by X ... '...,' it said" is X's (``holder_antecedents``).
- A statement document's first line names its author ("Statement attributable to the Secretary General's Special Envoy
  for Yemen Ismail Ould Cheikh Ahmed"): the "I" of its body is the author (``parley.pipeline.holder_documents``).

Real passages, with the outlet's address on each case. The cases marked ASIDE were set aside while the rules were
written and checked only at the end (6 of 12 read); those still missed are marked xfail with the reason.
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import XFAIL, described, held_by, holds, on_issue

ASIDE = "set aside while the rules were written"

FOUND = [
    # (text, holder names, issue as a reader would write it, stance)
    pytest.param(
        # https://en.bd-pratidin.com/international/2025/03/30/33638
        "Israeli Prime Minister Benjamin Netanyahu's office said it had also received the plan, and submitted a "
        "\"counter-proposal to the mediators in full co-ordination with the United States\".",
        'Israel|Netanyahu', 'counter-proposal', 'offer', id='bdpratidin-counter-proposal'),
    pytest.param(
        # https://statesheadline.com/israeli-counter-proposal-to-egyptian-ceasefire-sparks-new-developments
        "\"In recent hours, Israel transferred its counter proposal to the mediators, in full coordination with the "
        "United States,\" the Israeli Prime Minister's office said.",
        'Israel', 'counter proposal', 'offer', id='statesheadline-transferred-counter-proposal'),
    pytest.param(
        # https://mauritania.news-pravda.com/en/world/2025/03/30/1879.html
        "Earlier, Netanyahu's office reported that the Israeli side had handed over to the mediators a counter-proposal "
        "for a truce in the Gaza Strip, agreed with the US position.",
        'Israel|Netanyahu', 'truce in the Gaza Strip', 'offer', id='newspravda-handed-over-counter-proposal'),
    pytest.param(
        # https://www.channelnewsasia.com/world/hamas-agrees-gaza-ceasefire-proposal-5032741
        "The Israeli prime minister's office said it had held a series of consultations according to the proposal that "
        "was received from the mediators, and that Israel had conveyed to the mediators a counter-proposal in full "
        "coordination with the United States.",
        'Israel', 'counter-proposal', 'offer', id='cna-conveyed-counter-proposal-aside'),
    pytest.param(
        # https://www.palestinechronicle.com/pa-submits-counter-proposal-to-us-deal-of-the-century/
        "The Palestinian Authority (PA) has submitted a counter-proposal to US President Donald Trump's so-called 'deal of "
        "the century' to the diplomatic Quartet.",
        'Palestinian Authority', 'counter-proposal', 'offer', id='palestinechronicle-counter-proposal-aside',
        marks=XFAIL(f"{ASIDE}: the offer noun's 'to' phrase names what it answers, and the parser hangs the Quartet on it")),
    pytest.param(
        # https://www.dawn.com/news/1101774
        "ISLAMABAD: Members of the government and the Pakistani Taliban negotiating committees on Wednesday reached a "
        "consensus regarding extending the ceasefire, the latter had ended last week, DawnNews reported.",
        'Taliban', 'extending the ceasefire', 'support', id='dawn-consensus-regarding'),
    pytest.param(
        # https://www.en.rahapress.af/negotiating-teams-meet-agree-on-a-number-of-working-principles/
        "The Afghan government and the Taliban delegation held their first full meeting on Tuesday afternoon where all "
        "members of both teams were present.\nA number of Afghan peace negotiators said that both sides have reached "
        "consensus over the code of conduct and on moving forward to complete the working principals pertaining to talks "
        "going forward.",
        'Taliban', 'code of conduct', 'support', id='rahapress-consensus-over-aside'),
    pytest.param(
        # https://updatem.com/hamas-issues-positive-response-to-latest-gaza-ceasefire-proposal
        "In a post to Telegram, Hamas said it \"submitted a positive response to the mediators' latest proposal.\"",
        'Hamas', "mediators' latest proposal", 'support', id='updatem-positive-response'),
    pytest.param(
        # https://gna.org.gh/2024/02/qatar-hamas-gives-positive-response-to-ceasefire-proposal/
        "In a statement, Hamas confirmed delivering their reply to mediators Qatar and Egypt, adding, that it has dealt "
        "with the proposal \"in a positive spirit.\"",
        'Hamas', 'proposal', 'support', id='gna-positive-spirit-aside',
        marks=XFAIL(f"{ASIDE}: dealing with a proposal 'in a positive spirit' is a manner phrase, not a judged noun")),
    pytest.param(
        # https://www.middleeastmonitor.com/20250415-hamas-studying-israels-proposal-for-gaza-ceasefire/
        "Earlier, senior Hamas official Sami Abu Zuhri said that the proposal did not meet the Palestinian group's demand "
        "that Israel commit to a complete halt of hostilities.\n\"Handing over the resistance's weapons is a million red "
        "lines and is not subject to consideration, let alone discussion\", Abu Zuhri said.",
        'Abu Zuhri|Hamas', "handing over the resistance's weapons", 'reject', id='memo-million-red-lines'),
    pytest.param(
        # https://united24media.com/latest-news/trump-confirms-us-envoys-head-to-russia-amid-ceasefire-talks-6670
        "Regarding Ukraine's non-negotiable positions, Zelenskyy emphasized, \"We are not going to recognize any "
        "territories occupied by the Russians,\" calling it \"the most important red line.\"",
        'Zelensky|Ukraine', 'recognize any territories occupied by the Russians', 'reject', id='united24-red-line-aside',
        marks=XFAIL(f"{ASIDE}: the issue keeps only 'territories', not the recognition refused")),
    pytest.param(
        # https://tass.com/world/1593209
        "The joint statement by the Russian and Chinese leaders said that China appreciates Russia's readiness to make "
        "efforts restart peace talks on Ukraine as soon as possible.",
        'Russia', 'restart peace talks on Ukraine', 'willing', id='tass-readiness'),
    pytest.param(
        # https://www.ekklesia.co.uk/2022/08/09/renewed-truce-in-yemen-brings-hope-of-peace/
        "Mr. Grundberg said in his official statement: \"The main objective of the current truce continues to be to "
        "provide tangible relief to civilians and to create a conducive environment for reaching a peaceful settlement to "
        "the conflict through a comprehensive political process.\"",
        'Grundberg', 'provide tangible relief to civilians', 'support', id='ekklesia-objective-continues-to-be'),
    pytest.param(
        # https://sputnikglobe.com/20160926/un-syria-ceasefire-1045721902.html
        "Asked why de Mistura takes so long to call for the resumption of Syrian talks, Haq said, \"What we need is for "
        "there to be lasting cessation of hostilities, we need for the aid to be able to get to people who are in need.\"",
        'Haq', 'lasting cessation of hostilities', 'demand', id='sputnik-what-we-need-is-for-there-to-be'),
    pytest.param(
        # https://www.eurasia.ro/2013/04/17/russian-fm-says-ceasefire-in-syria-is-number-1-priority/
        "\"We don't struggle for a change in administration and we don't support such initiatives in Syria,\" said "
        "Lavrov, adding that priority was to stop the conflict and to restore peace as well as to make democratic reforms.",
        'Lavrov', 'stop the conflict', 'support', id='eurasia-priority-was-aside',
        marks=XFAIL(f"{ASIDE}: a bare 'priority' with no article in a participle's clause")),
    pytest.param(
        # https://archive.pakistantoday.com.pk/?p=207038
        "\"The only way out is by political dialogue - with no preconditions,\" Minister for National Reconciliation Ali "
        "Haidar told the Swiss newspaper Tages-Anzeiger.",
        'Haidar', 'political dialogue', 'support', id='pakistantoday-only-way-out-aside'),
    pytest.param(
        # https://www.business-standard.com/amp/article/pti-stories/un-council-agrees-on-demand-for-gaza-cease-fire-114072800108_1.html
        "The UN Security Council has agreed on a statement calling for \"an immediate and unconditional humanitarian "
        "cease-fire\" in the Gaza war between Israel and Hamas and scheduled a meeting at midnight to adopt it.\nThe "
        "statement also calls on the parties \"to engage in efforts to achieve a durable and fully respected cease-fire, "
        "based on the Egyptian initiative.\"",
        'Security Council', 'engage in efforts to achieve a durable and fully respected cease-fire', 'demand',
        id='businessstandard-statement-also-calls-aside',
        marks=XFAIL(f"{ASIDE}: a text 'agreed on', not issued, has no authors read")),
    pytest.param(
        # http://en.chinagate.cn/2016-12/09/content_39886731.htm
        "The Organization for Security and Cooperation in Europe (OSCE) on Thursday called on leaders of Armenia and "
        "Azerbaijan to meet at the earliest opportunity to negotiate a peaceful settlement of the Nagorno-Karabakh "
        "conflict.\n\"We appeal to the sides to confirm their commitment to the peaceful resolution of the conflict as the "
        "only way to bring real reconciliation to the peoples of the region,\" the statement said.\n\"We also urge them to "
        "adhere strictly to the 1994/95 ceasefire agreements that make up the foundation of the cessation of hostilities "
        "in the conflict zone,\" it added.",
        'OSCE|Organization for Security', 'adhere strictly to the 1994/95 ceasefire agreements', 'demand',
        id='chinagate-it-added-aside'),
    pytest.param(
        # https://www.urdupoint.com/en/world/unsc-concerned-by-hostilities-in-ethiopia-ur-1394055.html
        "The UN Security Council issued a statement on Friday in which it expressed concern about the escalation of "
        "fighting in northern Ethiopia and called on all sides to negotiate a lasting ceasefire.",
        'Security Council', 'negotiate a lasting ceasefire', 'demand', id='urdupoint-statement-in-which-it-aside'),
    pytest.param(
        # https://bnionline.net/en/news/tatmadaw-exploiting-ceasefire-says-ethnic-alliance
        "On October 29, a joint statement by the Three-Brotherhood Alliance condemned the Tatmadaw's attacks, asking it to "
        "respect the ceasefire, which is extended until the end of December.\nThe joint statement accused the Tatmadaw of "
        "burning villages, arresting civilians and killing civilians. \"The Burma Army needs to stop it's military "
        "operations against the Three-Brotherhood Alliance to allow for stakeholders to meet for peace negotiations,\" it "
        "said.",
        'Brotherhood', "stop it's military operations", 'demand', id='bnionline-joint-statement-it-said'),
    pytest.param(
        # https://www.un.org/sg/en/content/sg/note-correspondents/2016-11-29/note-correspondents-statement-attributable-secretary
        "Note to Correspondents - Statement attributable to the Secretary General's Special Envoy for Yemen Ismail Ould "
        "Cheikh Ahmed\n\nThe announcement by Ansar Allah and the General People's Congress on the formation of a new "
        "government in Sana'a represents a new and concerning obstacle to the peace process and does not serve the "
        "interests of the people of Yemen in these difficult times.\nI urge all parties to recommit to and fully respect "
        "the terms and conditions of the Cessation of Hostilities, which will include a complete halt to ground and air "
        "military activities and allow the increased flow of humanitarian assistance.",
        'Ould Cheikh Ahmed', 'terms and conditions of the Cessation of Hostilities', 'demand', id='un-note-i-urge'),
    pytest.param(
        # same page
        "Note to Correspondents - Statement attributable to the Secretary General's Special Envoy for Yemen Ismail Ould "
        "Cheikh Ahmed\n\nThere is still a chance to pull Yemen back from the brink. The roadmap I presented to the parties "
        "recently offers such an opportunity. I ask the representatives of Ansar Allah and the General People's Congress "
        "to re-think their approach and demonstrate their commitment to the peace process with concrete actions.",
        'Ould Cheikh Ahmed', 're-think their approach', 'demand', id='un-note-i-ask-aside',
        marks=XFAIL(f"{ASIDE}: the holder is read, but the tokenizer splits 're - think' and the issue keeps 're'")),
    pytest.param(
        # https://thecommunity.com/26333-2/
        "Statement of António Guterres, ninth Secretary-General of the United Nations, who took office on 1st January "
        "2017.\n\nTen days ago, I issued an appeal for an immediate ceasefire in all corners of the globe to reinforce "
        "diplomatic action, help create conditions for the delivery of lifesaving aid, and bring hope to places that are "
        "among the most vulnerable to the COVID-19 pandemic.",
        'Guterres', 'immediate ceasefire in all corners of the globe', 'demand', id='thecommunity-statement-of-i-issued'),
    pytest.param(
        # http://www.china-un.org/eng/fyrth/t981310.htm
        "Foreign Ministry Spokesperson Hong Lei's Remarks on the Joint Statement on the Syrian Issue Released by the UN "
        "Secretary-General and the Arab League Secretary-General\n\nA: China welcomes and supports the joint statement "
        "released by Secretary-General Ban Ki-moon and Secretary-General Araby which calls for a ceasefire among relevant "
        "parties in Syria. To cease fire and stop violence is key to resolving the Syrian issue. We urge relevant parties "
        "in Syria to bear in mind the fundamental and long-term interests of the country and the people, earnestly respond "
        "to and implement relevant ceasefire proposal so as to avoid more bloodshed.",
        'China|Hong Lei', 'bear in mind the fundamental and long-term interests and implement relevant ceasefire proposal', 'demand', id='china-un-remarks-we-urge-aside'),
    pytest.param(
        # https://www.auswaertiges-amt.de/en/newsroom/news/140827-waffenruhe-nahost/264626
        "Foreign Minister Steinmeier issued the following statement in Berlin today (27 August) on the Middle East "
        "ceasefire which took effect on Tuesday evening:\n\nNow it is important that further negotiations on Gaza take "
        "place with Egyptian mediation. The goal is still a permanent ceasefire, which must also offer solutions to the "
        "untenable situation in Gaza.",
        'Steinmeier|Germany', 'permanent ceasefire', 'support', id='auswaertiges-amt-following-statement'),
]


@pytest.mark.parametrize(("text", "holder", "issue", "stance"), FOUND)
def test_positions_round32_nouns(run, text, holder, issue, stance) -> None:  # type: ignore[no-untyped-def]
    ex = run(text)
    assert holds(ex, holder, issue, stance), described(ex)


NONE = [
    # (text, holder names or "" for anyone, issue): no stance on the issue
    pytest.param(
        # https://newsinfo.inquirer.net/853850/ph-govt-reds-ceasefire-committees-set-to-meet-before-year-ends/amp
        "The deadline has since passed because the two sides have yet to reach a consensus on key issues.",
        '', 'key issues', id='inquirer-consensus-not-reached'),
    pytest.param(
        # https://www.dailysabah.com/syrian-crisis/2016/02/19/geneva-talks-may-not-resume-on-feb-25-un-syria-envoy-says/amp
        "\"On the humanitarian side, the beginning is there but needs to be pushed ahead. At the same time what is new "
        "and interesting is the Deir-ez-Zor operation,\" UN special envoy Staffan de Mistura said.",
        'de Mistura', 'Deir-ez-Zor operation', id='dailysabah-what-is-new-none'),
    pytest.param(
        # https://gazetadielli.com/serbia-kosovo-leaders-first-meeting-marred-by-disagreement/ (round 15): proposals
        # given to the other side, rejected, are a deed told, not an offer standing
        "Kurti however offered a different view of the meeting, saying that he gave four proposals to the Serbian "
        "delegation and that the first received no response and the other three were rejected.",
        'Kurti|Kosovo', 'four proposals', id='gazetadielli-proposals-given-none'),
]


@pytest.mark.parametrize(("text", "holder", "issue"), NONE)
def test_positions_round32_nouns_state_none(run, text, holder, issue) -> None:  # type: ignore[no-untyped-def]
    ex = run(text)
    held = held_by(ex, holder) if holder else list(ex.positions)
    assert not any(on_issue(issue, p.issue) for p in held), described(ex)
