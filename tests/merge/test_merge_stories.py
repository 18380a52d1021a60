"""Stories: republished wire copy and other outlets' versions of one story form one story."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from parley.merge.stories import fingerprint, similar
from parley.store.queries import timeline
from parley.store.schema import documents
from tests.store_support import corpus_text, extract_corpus

KALIN = ["istanbul-process-kalin", "anews-kalin-zelensky-kyiv", "malaymail-kalin-zelensky-kyiv"]
OTHER = ["voa-yemen-peace-talks-resume-2015", "forcesnews-ukraine-russia-95-pow-swap"]


@pytest.fixture(scope="module")
def docs(run):
    return extract_corpus(run, KALIN + OTHER)


def test_stories_wire_copy_is_near_duplicate():
    # aNews and Malay Mail print the same AFP report, with different spelling and quote marks
    a, b = (fingerprint(corpus_text(n)) for n in KALIN[1:])
    assert similar(a, b) > 0.3


@pytest.mark.parametrize("other", OTHER)
def test_stories_different_articles_are_not_near_duplicates(other):
    assert similar(fingerprint(corpus_text(KALIN[0])), fingerprint(corpus_text(other))) == 0.0


def test_stories_seed_and_other_outlets_form_one_story(store, docs):
    for ex, text in docs:
        store.ingest(ex, text)
    # read back at the end: a later document may unite two stories
    with store.reader.connect() as conn:
        stories = {r.doc_id: r.story_id for r in conn.execute(select(documents.c.doc_id, documents.c.story_id))}
    assert len({stories[n] for n in KALIN}) == 1
    assert all(stories[n] != stories[KALIN[0]] for n in OTHER)


def test_stories_kalin_zelenskyy_meeting_is_one_event_with_several_sources(store, docs):
    for ex, text in docs:
        store.ingest(ex, text)
    meetings = [ev for ev in timeline(store, dyad=("Ibrahim Kalın", "Volodymyr Zelenskyy"), event_type="CONSULT")
                if ev.day == "2022-04-30"]
    assert len(meetings) == 1
    assert meetings[0].n_sources >= 2
    assert {s.doc_id for s in meetings[0].sources} >= {"istanbul-process-kalin", "anews-kalin-zelensky-kyiv"}
