"""Events round 12: precision of AGREE (an accord made, signed or accepted).

- an accord named as the frame of what is done under it is no new accord ("Under the agreement, the
  prisoners are to be released", "In accordance with ... the US-Taliban Agreement, US Forces ... has begun
  its reduction of forces"): event_terms.framed_accord;
- applying, violating or explaining an accord is not agreeing: the PETRARCH fallback AGREE blocks over
  agreement, deal, ceasefire, plan and proposal objects keep only verbs of concluding or accepting
  ("beginning to implement the agreement with the Taliban");
- an accord only sought, hoped for or expected ("efforts underway to secure an agreement", "an
  agreement could be reached") is not one made; accords reached, signed or agreed to are still coded.

Each case is a sentence from a news page, with its address. "none": no occurred AGREE is coded;
"agree": an occurred AGREE is coded, with this actor (and target) where given.
"""

from __future__ import annotations

import pytest

from parley.extract import extract
from tests.pipeline.event_support import coded, has_event, of_type

CASES = [
    # fit: https://rt.com/news/482686-us-afghanistan-troops-pullout/amp
    ('none', 'Under the agreement, the prisoners are to be released by March 10.', None, None),
    # fit: https://rt.com/news/482686-us-afghanistan-troops-pullout/amp
    ('none', "Although the group's leader Hibatullah Akhundzada ordered his fighters to follow the rules of the agreement, they did not follow orders and continued attacks on Afghan forces.", None, None),
    # fit: https://freenews.live/the-us-has-begun-withdrawing-troops-from-afghanistan/
    ('none', 'The US began withdrawing troops from Afghanistan, beginning to implement the agreement with the Taliban.', None, None),
    # fit: https://cie-labreche.com/the-ceasefire-agreement/
    ('none', 'Tripoli`s defence minister welcomed the agreement and stressed the need for justice for war crimes, whether through Libyan and international judicial institutions.', None, None),
    # fit: https://arkforgeai.com/article/36014
    ('none', 'One day after the U.S. President Donald Trump’s bold proclamation of a “historic dawn of a new Middle East,” the much-vaunted ceasefire deal came under strain as Israel and Hamas accused each other of violating the fragile agreement, even as world leaders rushed to work out the next steps to try and preserve it.', None, None),
    # fit: https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/liberia-signs-ceasefire-deal-with-rebels-1.483206
    ('none', 'Mediators hope that once a ceasefire is agreed, monitors can mark out the ill-defined front line and peacekeepers might then deploy to prevent any return to war.', None, None),
    # fit: https://fort-russ.com/2020/03/us-starts-pulling-troops-out-afghanistan/
    ('none', '“In accordance with the US-Islamic Republic of Afghanistan Joint Declaration and the US-Taliban Agreement, US Forces Afghanistan (USFOR-A) has begun its conditions-based reduction of forces to 8,600 over 135 days,” read a statement by USFOR-A Spokesperson Col. Sonny Legget on Monday.', None, None),
    # fit: https://www.daily-sun.com/printversion/details/788125
    ('none', 'Further complicating the ceasefire is the fact that the text of the agreement has not been made public, raising risks of last-minute snags and differences in interpretation by the parties.', None, None),
    # aside: https://business-standard.com/article/pti-stories/kerry-hopeful-local-ceasefires-possible-ahead-of-syria-talks-114011600050_1.html
    ('none', 'US Secretary of State John Kerry said today he hoped the Syrian regime and rebels would in the next few days agree ceasefires in parts of the battle-scarred country.', None, None),
    # aside: https://america.cgtn.com/2017/03/03/syria-talks-end-with-agreement-for-more-talks?share=linkedin
    pytest.param('none', 'After nine days, negotiators at the Syrian peace talks in Geneva were unable to agree to meet face-to-face.', None, None, marks=pytest.mark.xfail(strict=False, reason="aside: 'were unable to agree' is coded as an accord made")),
    # aside: https://www.haaretz.com/middle-east-news/syria/assad-hopes-astana-talks-yield-reconciliation-1.5487826
    ('none', 'Assad said insurgent groups would give up their weapons and receive a government pardon under such agreements.', None, None),
    # fit: https://english.alarabiya.net/News/middle-east/2023/04/25/Sudan-army-paramilitary-RSF-reach-72-hour-ceasefire-US-Secretary-Blinken
    ('agree', 'US Secretary of State Antony Blinken said Monday that Sudan’s army and the paramilitary Rapid Support Forces had agreed to a 72-hour ceasefire.', None, None),
    # fit: https://www.devdiscourse.com/article/law-order/2459060-sudans-army-and-paramilitary-rsf-sign-seven-day-ceasefire---us-saudi-arabia
    ('agree', "Sudan's warring factions signed an agreement late Saturday for a seven-day ceasefire, the United States and Saudi Arabia said in a joint statement.", 'sudan', None),
    # fit: https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/liberia-signs-ceasefire-deal-with-rebels-1.483206
    ('agree', "Liberia's government and rebels have signed a ceasefire at talks in Ghana, opening the way for the possible deployment of peacekeepers and full negotiations on ending West Africa's bloodiest war.", 'liberia', 'rebels'),
    # fit: https://breakingnewsturkey.com/politics/us-afghanistan-sign-troop-withdrawal-deal/amp
    ('agree', 'The United States signed a deal with Taliban insurgents on Saturday that could pave the way toward a full withdrawal of foreign soldiers from Afghanistan and represent a step toward ending the 18-year-war in the nation.', 'united states', 'taliban'),
    # aside: http://www.pbs.org/newshour/rundown/syrian-rebels-government-agree-nationwide-ceasefire/
    ('agree', 'The Syrian regime reached a ceasefire agreement with rebel forces on Thursday.', 'syria', None),
    # aside: https://america.cgtn.com/2017/03/03/syria-talks-end-with-agreement-for-more-talks?share=linkedin
    ('agree', 'The Syrian government and opposition groups managed to agree on something in Geneva, what to discuss at their next meeting.', 'syria', None),
    # fit: https://english.aawsat.com/arab-world/5051892-sudan-sending-delegation-cairo-meet-us-and-egyptian-mediators?page=4
    ('none', 'The government, controlled by the army which is fighting the paramilitary Rapid Support Forces (RSF) for control of the country, has said it would not attend the peace talks in Switzerland unless a previous agreement struck in Jeddah is implemented.', None, None),
    # fit: https://al-sarira.com/2024/06/16/white-house-eyes-diplomatic-push-as-qatar-egypt-engage-hamas-on-ceasefire-bid
    ('none', 'Speaking to reporters on the sidelines of a Ukraine peace summit, Sullivan acknowledged the diplomatic efforts underway to secure an agreement that would see Hamas release hostages held since October 7th in exchange for a ceasefire lasting at least six weeks.', None, None),
    # fit: https://al-sarira.com/2024/06/16/white-house-eyes-diplomatic-push-as-qatar-egypt-engage-hamas-on-ceasefire-bid
    ('none', 'The revelation comes amid a delicate diplomatic dance, with Hamas welcoming the ceasefire proposal but insisting that any agreement must secure an end to the broader conflict – a demand that Israel has thus far rejected outright.', None, None),
    # fit: https://archyde.com/diplomacy-intensifies-over-gaza-conflict
    ('none', 'A senior US official told reporters in Washington that the United States believes that next week, during negotiations in Cairo, an agreement could be reached between Israel and the Islamist group Hamas for a ceasefire in the Gaza Strip and the release of Israeli hostages as well as Palestinian prisoners.', None, None),
    # fit: https://www.devdiscourse.com/article/law-order/3348660-diplomatic-deadlock-gulf-states-clash-over-sudan-peace-efforts
    ('none', "A major diplomatic conference in London aimed at resolving Sudan's ongoing war ended without agreement due to divisions among Gulf states.", None, None),
    # fit: https://al-sarira.com/2024/08/28/cairo-talks-end-without-breakthrough-but-negotiations-to-continue/
    ('none', '“We had constructive discussions, and all parties are working towards reaching a final and implementable agreement,” the official said.', None, None),
]



@pytest.mark.parametrize(("expect", "text", "actor", "target"), CASES)
def test_agreement(expect: str, text: str, actor: str | None, target: str | None) -> None:
    ex = extract(text)
    made = [e for e in of_type(ex, "AGREE") if e.status == "occurred"]
    if expect == "none":
        assert not made, coded(ex)
    else:
        assert made and has_event(ex, "AGREE", actor or "", target), coded(ex)


@pytest.mark.xfail(strict=False, reason="fit: the reporters of a signing ('the United States and Saudi Arabia said') "
                                        "are taken as its counterpart")
def test_reporters_are_no_party() -> None:
    # https://www.devdiscourse.com/article/law-order/2459060-sudans-army-and-paramilitary-rsf-sign-seven-day-ceasefire---us-saudi-arabia
    ex = extract("Sudan's warring factions signed an agreement late Saturday for a seven-day ceasefire, the United "
                 "States and Saudi Arabia said in a joint statement.")
    assert not has_event(ex, "AGREE", "sudan", "united states"), coded(ex)
