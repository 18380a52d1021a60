"""Figure series: one measure for one place over time, from many documents, each source apart."""

from __future__ import annotations

from parley.series import figure_series, same_place

# https://www.business-standard.com/article/international/un-says-596-civilians-killed-in-ukraine-since-conflict-began-122031300833_1.html
MARCH = ("The UN human rights office says at least 596 civilians have been killed in Ukraine since the start of "
         "the war, and at least 1,067 have been injured.")
# the seed (Anadolu Agency, 2022-05-01)
MAY = ("At least 2,899 civilians have been killed and 3,235 others injured in Ukraine since the war started on "
       "Feb. 24, according to U.N. estimates.")
# https://en.etemaaddaily.com/world/international/1119-civilian-deaths-and-1790-people-injured-since-russias-military-operation-in-ukraine-un-agency:110639
APRIL_MINISTRY = ("Ukraine's health ministry said 1,119 civilians have been killed in Ukraine since the invasion "
                  "began.")


def test_series_lines_up_killed_in_ukraine_by_date(run) -> None:
    docs = [run(MAY, id="may", published="2022-05-01"), run(MARCH, id="march", published="2022-03-13"),
            run(APRIL_MINISTRY, id="april", published="2022-04-02")]
    series = figure_series(docs, "killed", place="Ukraine")
    assert [(p.document_id, p.date, p.value) for p in series] == [
        ("march", "2022-03-13", 596), ("april", "2022-04-02", 1119), ("may", "2022-05-01", 2899)]
    assert series[0].qualifier == "at_least" and series[-1].source == "United Nations"
    assert MAY[series[-1].span[0]:series[-1].span[1]].startswith("At least 2,899")


def test_series_keeps_sources_apart_and_filters_measure(run) -> None:
    docs = [run(MAY, id="may", published="2022-05-01"), run(APRIL_MINISTRY, id="april", published="2022-05-01")]
    series = figure_series(docs, "killed")
    assert len(series) == 2 and len({p.source for p in series}) == 2
    assert [p.value for p in figure_series(docs, "injured")] == [3235]
    assert figure_series(docs, "killed", place="Yemen") == []


def test_series_place_matching_ignores_case_and_qualifying_words() -> None:
    assert same_place("Congo", "eastern Congo") and same_place("ukraine", "Ukraine")
    assert not same_place("Sudan", "South Sudan") and not same_place("Gaza", None)
