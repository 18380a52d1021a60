"""Positions round 17 (fresh whole articles, Middle East): stances the extractor missed in four whole articles.

Real sentences from outlets and events the gold does not hold, each with its article's URL; a holder (part of its name
or alias, "|" between alternatives) and the issue a reader expects ("|" between wordings, as ``alt_issues``), matched as
the scorer matches (token F1 >= 0.5, same polarity). Expectations were written before parley was run; the first value
of each case says whether it came from a "fit" article (read while writing the rules) or an "aside" one (only measured
at the end). ``xfail`` marks cases not fixed, with why.

Covered: a plural possessive written with a curly apostrophe ("falls short of Hamas’ demand for ..."); "an idea Hamas
firmly rejects", a relative clause without a pronoun, about what the apposition stands for; "would not accept such
conditions"; "X was “not negotiable at all”" and "is not up for consideration" in a speaker's words, also after a
granting "While ..." clause; "the Trump administration" as the leader's state; "its demand that any ceasefire must
include A and B" (what it must include, one issue as the gold writes two conjoined phrases); "it can only be achieved
through negotiations" (the one means); a response handed over is no offer; "did not elaborate ... but reiterated"
keeps the second verb un-negated; "the two states" after a pair; "hope that X will lead to Y"; "welcomed the deal
expressing hope" (object taken for a subject); "will stop targeting" as a pledge; "would resume its operations if
Israel did not lift a blockage" as an ultimatum; "on Friday" is no issue; "dismissed the response, calling it
unacceptable" judges the response.
"""

from __future__ import annotations

import pytest

from tests.pipeline.position_support import NEGATIVE, XFAIL, held_by, on_issue

METROPOLIS = "https://themetropolisnews.com/israel-floats-gaza-ceasefire-offer-but-agreement-seems-unlikely"
ONLINENEWSPRESS = "https://onlinenewspress.com/iran-u-s-nuclear-talks-resume-whats-at-stake/"
YNET = "https://www.ynetnews.com/article/syrerah0jx"
TORONTOHOUSE = "https://thetorontohouse.ca/2024/06/11/hamas-submits-official-response-to-israeli-proposal-to-mediators-world-news-2"
ILKHA = "https://ilkha.com/english/world/egypt-qatar-push-for-gaza-ceasefire-despite-us-rejection-of-hamas-response-460357"
SAFETY4SEA = "https://safety4sea.com/trump-announces-halt-on-strikes-against-the-houthi"
KAYHANLIFE = "https://kayhanlife.com/news/iran/terrorism/iran-backed-houthis-give-israel-four-day-deadline-to-lift-gaza-aid-blockage"
LEADERSMENA = "https://www.leaders-mena.com/syria-sdf-hold-official-talks-without-progress-on-integration-deal"

STANCES = [
    pytest.param(  # METROPOLIS
        "fit", "2025-04-14", "Earlier, senior Hamas official Sami Abu Zuhri told Reuters that the latest Israeli proposal falls short of Hamas’ demand for a full cessation of hostilities.",
        "Hamas", "full cessation of hostilities|cessation of hostilities", "positive", id="metropolis-hamas-demand-possessive"),
    pytest.param(  # METROPOLIS
        "fit", "2025-04-14", "Earlier, senior Hamas official Sami Abu Zuhri told Reuters that the latest Israeli proposal falls short of Hamas’ demand for a full cessation of hostilities.\nHe also said that for the first time, Israel has proposed Hamas’ disarmament as part of the next phase of negotiations—an idea Hamas firmly rejects.",
        "Hamas", "Hamas' disarmament|disarmament of Hamas|disarmament", "negative", id="metropolis-idea-hamas-rejects"),
    pytest.param(  # METROPOLIS
        "fit", "2025-04-14", "“Giving up the weapons of the resistance crosses a million red lines and is not up for consideration, let alone negotiation,” Abu Zuhri stated.",
        "Abu Zuhri", "giving up the weapons of the resistance|weapons of the resistance", "negative", id="metropolis-not-up-for-consideration"),
    pytest.param(  # METROPOLIS
        "fit", "2025-04-14", "In a statement later the same day, Hamas confirmed it is reviewing the proposal and will deliver its response “as soon as possible.”\nThe group reaffirmed its primary demand that any ceasefire must include an end to the war in Gaza and a complete Israeli withdrawal from the territory.",
        "Hamas", "end to the war in Gaza|end to the war", "positive", id="metropolis-must-include-first"),
    pytest.param(  # ONLINENEWSPRESS
        "fit", "2025-05-11", "Mr. Witkoff has spoken uncompromisingly about Washington’s position in recent days, saying that the Trump administration aims to completely dismantle Iran’s nuclear facilities.\nBut, in remarks published by Iranian state media on Sunday, Mr. Araghchi said that Iran would not accept such conditions.",
        "Iran", "such conditions|conditions", "negative", id="onlinenewspress-such-conditions"),
    pytest.param(  # ONLINENEWSPRESS
        "fit", "2025-05-11", "But, in remarks published by Iranian state media on Sunday, Mr. Araghchi said that Iran would not accept such conditions. While it was “possible” for Iran to commit to restricting uranium enrichment “for a short time to build trust,” he said, banning enrichment completely was “not negotiable at all.”",
        "Araghchi|Iran", "banning enrichment completely|banning enrichment", "negative", id="onlinenewspress-not-negotiable"),
    pytest.param(  # ONLINENEWSPRESS
        "fit", "2025-05-11", "Both Iran and the United States have said they want to resolve their decades-old dispute over Iran’s nuclear activities through diplomacy, with Tehran exchanging limits on its nuclear program for the lifting of some U.S. sanctions.\nThe talks are being held by Mr. Araghchi and Mr. Trump’s Middle East envoy, Steve Witkoff, through Omani mediators. Mr. Witkoff has spoken uncompromisingly about Washington’s position in recent days, saying that the Trump administration aims to completely dismantle Iran’s nuclear facilities.",
        "United States", "completely dismantle Iran's nuclear facilities|dismantle Iran's nuclear facilities", "positive", id="onlinenewspress-trump-administration"),
    pytest.param(  # YNET
        "fit", "2025-04-16", "Lebanon's President Joseph Aoun on Wednesday called on the United States to pressure Israel to leave the issue of Hezbollah's disarmament to Beirut, saying that it can only be achieved through negotiations as part of a national defense strategy and not through force.",
        "Aoun", "negotiations|disarmament through negotiations", "positive", id="ynet-only-through-negotiations"),
    pytest.param(  # YNET
        "fit", "2025-04-16", "\"I told her that we want to remove Hezbollah’s weapons, but we will not ignite a civil war in Lebanon,\" Aoun said.",
        "Aoun|Lebanon", "ignite a civil war in Lebanon|civil war", "negative", id="ynet-will-not-ignite",
        marks=XFAIL("'we will not V' is a refusal only for some verbs; 'ignite' is no stance cue")),
    pytest.param(  # YNET
        "fit", "2025-04-16", "The Lebanese government has decided that “weapons will only be in the hands of the state,” but there are “discussions around how to implement this decision,” Aoun said during a visit to Qatar.",
        "Lebanon|Lebanese government", "weapons will only be in the hands of the state|weapons in the hands of the state", "positive", id="ynet-decided-that",
        marks=XFAIL("'has decided that S' is no stance cue: a decision is read as an event")),
    pytest.param(  # YNET
        "fit", "2025-04-16", "Aoun said the Iran-backed terror group had no intention of being dragged into a new war and declared that its operatives would not be absorbed into the Lebanese armed forces as an independent unit.",
        "Aoun", "absorbed into the Lebanese armed forces as an independent unit|independent unit", "negative", id="ynet-would-not-be-absorbed",
        marks=XFAIL("a negated passive with a modal in a speaker's words is read as a fact, not as the speaker's refusal")),
    pytest.param(  # TORONTOHOUSE
        "fit", "2024-06-11", "The Egyptian and Qatari statements did not disclose the content of their response, but the officials, who requested anonymity, said Hamas had proposed a permanent ceasefire with Israel and a new timetable for the withdrawal of Israeli troops from the Gaza Strip, including Rafah.",
        "Hamas", "new timetable for the withdrawal of Israeli troops|withdrawal of Israeli troops from the Gaza Strip", "positive", id="torontohouse-timetable",
        marks=XFAIL("the parser hangs 'a new timetable' on 'Israel', not on 'ceasefire', so the second offer is lost")),
    # Aside: measured at the end only (the first two articles unchanged by the fit rules; their misses were then fixed).
    pytest.param(  # ILKHA
        "aside", "2025-06-01", "Witkoff did not elaborate on specific objections to the proposal but reiterated Washington’s stance against any terms that might be seen as legitimizing Hamas’s demands.",
        "United States", "terms|terms legitimizing Hamas's demands", "negative", id="ilkha-but-reiterated-stance-against"),
    pytest.param(  # ILKHA
        "aside", "2025-06-01", "In a joint statement, Cairo and Doha reaffirmed their commitment to coordinate closely with the United States in their efforts to bridge the remaining gaps between the conflicting sides. Both countries urged all parties to act responsibly and support mediation efforts to halt the genocide and restore calm to the region.\nThe two states expressed hope that the current diplomatic momentum will lead to a temporary 60-day truce as a step toward a permanent ceasefire.",
        "Qatar", "temporary 60-day truce|60-day truce", "positive", id="ilkha-two-states-hope-lead-to"),
    pytest.param(  # ILKHA
        "aside", "2025-06-01", "The announcement came one day after the Hamas Movement confirmed that it had delivered its formal response to the U.S.-backed “Witkoff proposal” through mediators. Hamas said its position centers on securing a permanent ceasefire, the complete withdrawal of Israeli forces from Gaza, and uninterrupted humanitarian access for the besieged population.",
        "Hamas", "permanent ceasefire|securing a permanent ceasefire", "positive", id="ilkha-position-centers-on",
        marks=XFAIL("the tagger reads 'centers' as a noun ('position centers'), so 'its position centers on X' has no verb")),
    pytest.param(  # SAFETY4SEA
        "aside", "2025-05-07", "Oman later confirmed it had brokered the ceasefire, marking a significant shift in Houthi policy since the onset of Israel’s war in Gaza in October 2023. Furthermore, in separate statements, Qatar and Kuwait welcomed the deal expressing hope that it would help secure freedom of navigation in the region.",
        "Kuwait", "the deal|deal|ceasefire", "positive", id="safety4sea-welcomed-the-deal-expressing"),
    pytest.param(  # SAFETY4SEA
        "aside", "2025-05-07", "President Donald Trump announced on 6 May that the United States will stop targeting Yemen’s Houthi militants, after pledging a campaign against the group in response to its attacks on commercial shipping and military vessels in the Red Sea.",
        "United States|Trump", "stop targeting Yemen's Houthi militants|stop targeting", "positive", id="safety4sea-will-stop-targeting"),
    pytest.param(  # KAYHANLIFE
        "aside", "2025-03-07", "CAIRO, March 7 (Reuters) – The leader of Yemen’s Houthis said on Friday the group would resume its naval operations against Israel if Israel did not lift a blockage of aid into Gaza within four days, signaling a possible escalation from the Houthis after their assaults tailed off in January following a ceasefire in the enclave.",
        "Houthi", "Israel lift a blockage of aid into Gaza|lift blockage of aid", "positive", id="kayhanlife-would-resume-if-not"),
    pytest.param(  # KAYHANLIFE
        "aside", "2025-03-07", "Hamas welcomed the Houthis’ announcement on Friday.",
        "Hamas", "the Houthis' announcement|announcement", "positive", id="kayhanlife-welcomed-announcement-on-friday"),
    pytest.param(  # LEADERSMENA
        "aside", "2025-08-10", "In December, SDF Chief Mazloum Abdi stated that they are exerting efforts to safeguard negotiations with Damascus on the integration deal.",
        "Abdi|SDF", "negotiations with Damascus|safeguard negotiations with Damascus", "positive", id="leadersmena-exerting-efforts",
        marks=XFAIL("an effort told with a third-person 'they' for the speaker's own side is read as a report of conduct")),
]


@pytest.mark.parametrize(("split", "published", "text", "holder", "issue", "stance"), STANCES)
def test_positions_fresh_round17_fb(run, split, published, text, holder, issue, stance) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    assert any(on_issue(issue, p.issue) and (p.stance in NEGATIVE) == (stance == "negative")
               for p in held_by(ex, holder)), [(p.holder, p.stance, p.issue) for p in ex.positions]


# No stance on the issue, whoever holds it: a reply handed to mediators is no offer.
NONE = [
    pytest.param(  # TORONTOHOUSE
        "fit", "2024-06-11", "Egypt's statement came shortly after Hamas and Palestinian Islamic Jihad said they were “actively ready to reach an agreement” to end the war in Gaza and had submitted their response to Qatari and Egyptian mediators.",
        "response to Qatari and Egyptian mediators|their response", id="torontohouse-submitted-response"),
    pytest.param(  # ILKHA
        "aside", "2025-06-01", "Hamas said its position centers on securing a permanent ceasefire, the complete withdrawal of Israeli forces from Gaza, and uninterrupted humanitarian access for the besieged population.\nHowever, U.S. envoy Steve Witkoff swiftly dismissed the response, calling it “completely unacceptable” and claiming it would “only set us back” in the negotiation process.",
        "uninterrupted humanitarian access for the besieged population", id="ilkha-calling-it-unacceptable"),
]


@pytest.mark.parametrize(("split", "published", "text", "issue"), NONE)
def test_positions_fresh_round17_fb_none(run, split, published, text, issue) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    held = [p for p in ex.positions if on_issue(issue, p.issue)]
    assert not held, [(p.holder, p.stance, p.issue) for p in held]
