"""Round 14: events named by nouns whose parties come from the clause around the noun.

- talks measured by their length or sittings date the act of the clause they hang on, whose subject
  held them with the counterpart "with" names ("was back in Qatar after a day of lengthy and intense
  talks in Cairo with Egyptian mediators": event_adjuncts.adjunct_verb);
- talks "with his Russian counterpart" are held by whose counterpart is met, also where the parser hangs
  the talks on another event noun ("no progress on a ceasefire during the talks with ...":
  event_nominals, event_nested.own_parties);
- talks naming no party that date the act of a pair were held by that pair ("Ukraine and Russia have
  made no progress ... at tense talks in Turkey": event_adjuncts.paired_adjunct);
- a mediator named inside "between the two warring parties with the mediation of ..." is none of the
  parties, and a mediation in the adjunct of talks stands between the parties of those talks
  (event_nominals, event_mediators.mediated_parties).

Each case is a sentence (or two) from a news page, with its address; actor and target are alternatives
separated by "|", matched against the names and aliases of the event's parties. Cases marked "aside"
were scored only at the end of the round.
"""

from __future__ import annotations

import pytest

from parley.extract import extract
from tests.pipeline.event_support import coded, named, party_names


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=False, reason=reason)


CONSULT = [
    pytest.param(
        'A Hamas delegation was back in Qatar on Tuesday after a day of lengthy and intense talks in Cairo with Egyptian mediators on a new set of proposals to pause the Gaza war, sources told The National.',
        'Hamas', 'Egypt',
        id='c1',
    ),  # https://www.thenationalnews.com/news/mena/2024/04/30/hamas-delegation-back-in-qatar-for-deliberations-on-new-gaza-ceasefire-proposals/ (fit)
    pytest.param(
        'A senior Hamas delegation departed Cairo late Saturday following talks with Egyptian officials aimed at brokering a ceasefire agreement and the entry of desperately needed humanitarian aid into Gaza, according to a statement by Hamas.',
        'Hamas', 'Egypt',
        id='c2',
    ),  # https://edition-prod-cf.sitemirror.cnn.com/2025/04/26/middleeast/hamas-cairo-ceasefire-hostage-talks-intl-latam/index.html (fit)
    pytest.param(
        'Ukraine and Russia have reached the limit of what can be achieved by military means, Turkish Foreign Minister Hakan Fidan said after a meeting with Russian Foreign Minister Sergei Lavrov, Cafe siyaset reports UNN',
        'Fidan|Turkey', 'Lavrov|Russia',
        id='c3',
    ),  # https://unn.ua/en/news/turkey-calls-for-ceasefire-talks-in-ukraine (fit)
    pytest.param(
        'Ukraine Foreign Minister Dmytro Kuleba on Thursday said there had been no progress on a ceasefire during the talks with his Russian counterpart, Sergey Lavrov in Turkey.',
        'Kuleba|Ukraine', 'Lavrov|Russia',
        id='c4',
    ),  # https://dailynewsbrief.com/2022/03/10/ukrainian-and-russian-foreign-ministers-meet-in-turkey-with-no-progress-on-ceasefire/ (fit)
    pytest.param(
        'This is the first high-level meeting between the two warring parties with the mediation of the Turkish government to help reduce conflict between Russian and Ukraine.',
        'Turkey', 'Russia|Ukraine',
        id='c5',
    ),  # https://dailynewsbrief.com/2022/03/10/ukrainian-and-russian-foreign-ministers-meet-in-turkey-with-no-progress-on-ceasefire/ (fit)
    pytest.param(
        'Israel and Hamas reached a ceasefire agreement on Wednesday, ending a 15-month-long conflict in Gaza that started with a Hamas attack on Israel on October 7, 2023.\n\nThe deal was mediated by Qatar and Egypt with the facilitation of the United States.',
        'United States', 'Israel|Hamas',
        id='c6',
    ),  # https://www.newsbytesapp.com/news/world/october-7-will-always-be-source-of-pride-hamas-leader/story (fit)
    pytest.param(
        '"We also talked on the ceasefire but no progress was accomplished on that," Kuleba told reporters after a news conference following his meeting with Russian foreign minister Sergei Lavrov in Antalya.',
        'Kuleba', 'Lavrov|Russia',
        id='c7',
    ),  # https://acquiaprod.middleeasteye.net/node/245156 (fit)
    pytest.param(
        'United Nations Special Envoy for Syria Staffan de Mistura on Monday expressed deep concern over deteriorating situation and continued violence in Syria, particularly in Aleppo, warning that "it is putting the cessation of hostilities at a high risk."\n\nIn a statement issued after his meeting with U.S. Secretary of State John Kerry in Geneva to discuss ongoing efforts to reaffirm and re-implement the cessation of hostilities throughout Syria, the special envoy re-emphasized his appeal to the United States and Russia to renew their efforts to protect and restore the cessation of hostilities nationwide.',
        'Mistura', 'Kerry|United States',
        id='c8',
    ),  # http://en.chinagate.cn/2016-05/03/content_38368060.htm (fit)
    pytest.param(
        'Ukraine and Russia have made no progress towards agreeing a ceasefire after the Russian invasion at tense talks in Turkey, Ukrainian foreign minister Dmytro Kuleba said on Thursday.',
        'Ukraine|Russia', 'Russia|Ukraine',
        id='c9',
    ),  # https://acquiaprod.middleeasteye.net/node/245156 (fit)
    pytest.param(
        'Sudan’s army and the paramilitary Rapid Support Forces (RSF) have agreed to a seven-day ceasefire deal after talks in Saudi Arabia, mediated by the United States and Saudi Arabia, the US State Department said on Saturday.',
        'army|Sudan|RSF|Rapid', 'RSF|Rapid|army|Sudan',
        marks=_xfail('the parser reads "deal" as a verb that the talks hang on, so the pair is no subject of it'),
        id='c10',
    ),  # https://mindvoice.live/sudans-rival-forces-sign-seven-day-truce-after-saudi-us-mediation (fit)
    pytest.param(
        'Qatar and Egypt have played a crucial role in mediation efforts.',
        'Qatar|Egypt', '',
        marks=_xfail('"mediation" qualifies "efforts" in a role the subject plays; reading the compound\'s head '
                     'added a spurious dev event and no held-out one, so it was reverted'),
        id='c11',
    ),  # https://globalnewsx.com/a-week-long-truce-over-100-hostages-freed-the-fragile-israel-hamas-deal-that-collapsed (fit)
    pytest.param(
        'The meeting, mediated by Qatar, was attended by Congo\'s President Felix Tshisekedi and Rwanda\'s President Paul Kagame, along with Qatar\'s ruler Sheikh Tamim bin Hamad Al Thani.',
        'Tshisekedi|Congo', 'Kagame|Rwanda',
        id='a1',
    ),  # https://newsforall.eu/africa-news/tshisekedi-and-kagame-convene-in-doha-urge-truce-in-eastern-drc (aside)
    pytest.param(
        'The announcement by spokesman Omer Dostri came after Israeli media outlets reported that Hochstein had arrived in Israel on Wednesday evening and held talks with Israeli Strategic Affairs Minister Ron Dermer.',
        'Hochstein', 'Dermer|Israel',
        id='a2',
    ),  # https://www.anews.com.tr/middle-east/2024/11/21/us-envoy-to-meet-israels-netanyahu-on-thursday-spokesman (aside)
    pytest.param(
        'Sudan’s army and the rival paramilitary Rapid Support Forces (RSF) have agreed to a seven-day ceasefire after talks in the Saudi city of Jeddah, is due to come into effect from today evening with an internationally supported monitoring mechanism.',
        'army|Sudan|RSF|Rapid', 'RSF|Rapid|army|Sudan',
        id='a3',
    ),  # https://en.etemaaddaily.com/world/international/sudans-army-and-the-rival-paramilitary-rapid-support-forces-agree-to-a-seven-day-ceasefire-beginning-tonight:132151 (aside)
    pytest.param(
        'But senior Hamas official, Sami Abu Zuhri, said Israel had been "thwarting" efforts to conclude a ceasefire deal mediated by Qatar and Egypt during four days of talks hosted by Cairo.',
        'Qatar|Egypt', '',
        id='a4',
    ),  # https://mymoneytimes.com/news/International/1604809/hamas-delegation-leaves-cairo-no-gaza-truce-deal-yet (aside)
    pytest.param(
        'Despite the resumption of fighting, talks between Qatari and Egyptian mediators were “ongoing”, said a source briefed on the talks.',
        'Qatar|Egypt', 'Qatar|Egypt',
        id='a5',
    ),  # https://globalnewsx.com/a-week-long-truce-over-100-hostages-freed-the-fragile-israel-hamas-deal-that-collapsed (aside)
    pytest.param(
        'A Hamas delegation arrived in Cairo on Thursday for renewed negotiations with Egyptian and Qatari officials for a ceasefire, after the Palestinian faction and Israel disagreed over details in the proposal.',
        'Hamas', 'Egypt|Qatar',
        id='a6',
    ),  # https://newarab.com/news/hamas-officials-return-cairo-renewed-ceasefire-bid?amp=1 (aside)
]

NO_OCCURRED_CONSULT = [
    pytest.param(
        'The Peace talks that were planned for December but got cancelled after Rwanda insisted on direct dialogue between Congo and the M23 rebels.',
        id='n1',
    ),  # https://newsforall.eu/africa-news/tshisekedi-and-kagame-convene-in-doha-urge-truce-in-eastern-drc (fit)
    pytest.param(
        'Qatar has suspended its key mediation efforts between Hamas and Israel, officials reported Saturday as the two sides failed to come to terms over their agreements.',
        id='n2',
    ),  # https://muslimparrot.com/index.php/2024/11/10/qatar-halts-mediation-efforts-between-hamas-israel-gives-condition-for-resumption (fit)
]


@pytest.mark.parametrize(("text", "actor", "target"), CONSULT)
def test_consult(text: str, actor: str, target: str) -> None:
    """A talks, meeting or mediation noun is coded with the parties its clause names."""
    ex = extract(text)
    assert any(e.type == "CONSULT" and e.status == "occurred" and named(actor, party_names(ex, e.actors))
               and (not target or named(target, party_names(ex, e.targets))) for e in ex.events), coded(ex)


@pytest.mark.parametrize("text", NO_OCCURRED_CONSULT)
def test_no_occurred_consult(text: str) -> None:
    """Talks cancelled or insisted on, and a mediation suspended, are no talks that took place."""
    ex = extract(text)
    assert not [e for e in ex.events if e.type == "CONSULT" and e.status == "occurred"], coded(ex)


def test_mediation_between_the_parties_of_the_talks() -> None:
    """A mediation in the adjunct of talks stands between the parties of those talks, not the mediator."""
    ex = extract('This is the first high-level meeting between the two warring parties with the mediation of the '
                 'Turkish government to help reduce conflict between Russian and Ukraine.')
    meetings = [e for e in ex.events if e.type == "CONSULT" and e.mode != "mediate"]
    assert meetings and all(not named("Turkey", party_names(ex, (*e.actors, *e.targets))) for e in meetings), coded(ex)
