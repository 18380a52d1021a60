"""Quotes: the same quote in several outlets is one quote, despite small wording differences."""

from __future__ import annotations

import pytest

from parley.merge.quotes import same_quote

ERDOGAN_ANEWS = ("to establish a lasting peace in the region as soon as possible by increasing the momentum "
                 "gained in the Istanbul talks")
KALIN_AA = ("We urgently need the establishment of a humanitarian corridor and the evacuation of civilians and "
            "wounded soldiers. Our efforts in this direction continue,")


@pytest.mark.parametrize("a, b", [
    (ERDOGAN_ANEWS, ERDOGAN_ANEWS + "."),
    (KALIN_AA, KALIN_AA.replace(". Our", "; our")),
    # an outlet quoting only the first sentence
    (KALIN_AA, "We urgently need the establishment of a humanitarian corridor and the evacuation of civilians "
               "and wounded soldiers"),
])
def test_quotes_same_quote_despite_differences(a, b):
    assert same_quote(a, b)


@pytest.mark.parametrize("a, b", [
    (KALIN_AA, "We will continue to make great efforts to end the war from now on."),
    ("we will continue", "We will continue to be in contact with the Russian side"),
])
def test_quotes_different_quotes_stay_apart(a, b):
    assert not same_quote(a, b)
