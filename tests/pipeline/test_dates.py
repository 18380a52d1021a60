"""Dates: expressions found in real sentences and resolved against the publication date, never inventing a year."""

from __future__ import annotations

import pytest

from parley.pipeline.dates import resolve_date


@pytest.mark.parametrize("text, published, expected", [
    # the seed (Anadolu Agency, published Sunday 2022-05-01)
    ("late Saturday", "2022-05-01", "2022-04-30"),
    ("March 29", "2022-05-01", "2022-03-29"),
    ("Feb. 24", "2022-05-01", "2022-02-24"),
    ("in March", "2022-05-01", "2022-03"),
    # a weekday named on the publication day is that day (VOA, Thursday 2015-09-10: "The United Nations on
    # Thursday said"); "last Thursday" is the week before
    ("on Thursday", "2015-09-10", "2015-09-10"),
    ("last Thursday", "2015-09-10", "2015-09-03"),
    ("on Wednesday", "2025-06-19", "2025-06-18"),
    ("Tuesday night", "2007-08-05", "2007-07-31"),
    # year boundaries: a month-day after publication's day of year is last year's
    ("Dec. 30", "2023-01-02", "2022-12-30"),
    ("in December", "2023-01-02", "2022-12"),
    ("last month", "2023-01-15", "2022-12"),
    ("last year", "2023-01-15", "2022"),
    ("Feb. 29", "2023-03-01", "2020-02-29"),
    # relative spans
    ("earlier this month", "2022-05-01", "2022-05"),
    ("last week", "2022-05-01", "2022-W16"),
    ("today", "2022-11-02", "2022-11-02"),
    ("yesterday", "2022-01-01", "2021-12-31"),
    ("three days ago", "2022-05-01", "2022-04-28"),
    # written years need no publication date
    ("June 2006", None, "2006-06"),
    ("early 2003", None, "2003"),
    ("mid-2022", None, "2022"),
    ("24 February 2022", None, "2022-02-24"),
    ("Saturday, April 30, 2022", None, "2022-04-30"),
])
def test_dates_resolve_against_publication(text, published, expected) -> None:
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    ("Feb. 24", "--02-24"), ("March 29", "--03-29"), ("in March", "--03"),
    ("late Saturday", None), ("last week", None), ("today", None), ("earlier this month", None),
])
def test_dates_without_publication_date_stay_partial(text, expected) -> None:
    assert resolve_date(text, None) == expected


@pytest.mark.parametrize("text, published, expected", [
    # "it may extend through Monday" in a Sunday story; "will meet on Dec. 30" said before the new year
    ("Monday", "2007-08-05", "2007-08-06"),
    ("Dec. 30", "2022-12-20", "2022-12-30"),
    ("Jan. 5", "2022-12-20", "2023-01-05"),
    ("Thursday", "2015-09-10", "2015-09-10"),
])
def test_dates_future_verbs_look_forwards(text, published, expected) -> None:
    assert resolve_date(text, published, future=True) == expected


def test_dates_seed_mentions_and_since_relation(nlp) -> None:
    from parley.extract import _make_doc, document_info

    # the seed's figure sentence: the date sits in a "since" clause
    text = ("At least 2,899 civilians have been killed and 3,235 others injured in Ukraine since the war started "
            "on Feb. 24, according to U.N. estimates.")
    doc = nlp(_make_doc(nlp, text, document_info(text, published="2022-05-01")))
    (mention,) = doc._.dates
    assert (mention.text, mention.value, mention.relation) == ("Feb. 24", "2022-02-24", "since")
    assert text[mention.start_char:mention.end_char] == "Feb. 24"


@pytest.mark.parametrize("text, found", [
    # gold/dev/voa-darfur-rebels-arusha-2007 and gold/dev/wikinews-shalit-prisoner-exchange-2011
    ("A May 2006 peace deal, signed by only one of three prominent rebel groups, has done little to quell the "
     "violence.", [("May 2006", "2006-05")]),
    ("Shalit has been held captive in Gaza since June 2006 after he was captured in a cross-border raid.",
     [("June 2006", "2006-06")]),
    # "May" the verb, a name and counts are no dates
    ("Netanyahu said the talks may resume, and Theresa May said 2,000 people were evacuated.", []),
    # a year alone after "in" ends before a function word (trtworld.com/article/13559709, 2023-06-09), not
    # before a noun it counts
    ("But talks with the ELN were called off in 2019 by conservative then-president Ivan Duque following a car "
     "bomb attack on a police academy in Bogota that left 22 people dead.", [("2019", "2019")]),
    ("Dialogue with the ELN started in 2018 under then-president Juan Manuel Santos.", [("2018", "2018")]),
    ("Troops were deployed in 2019 elections.", []),
])
def test_dates_found_in_text(nlp, text, found) -> None:
    from parley.extract import _make_doc, document_info

    doc = nlp(_make_doc(nlp, text, document_info(text)))
    assert [(d.text, d.value) for d in doc._.dates] == found
