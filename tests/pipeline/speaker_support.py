"""Shared by the quote-speaker tests on real passages: find a quote by its opening words and check its speaker."""

from __future__ import annotations

import re
import unicodedata

from tests.pipeline.test_speakers import _extracted


def fold(s: str) -> str:
    """Lower-cased, without accents, apostrophes or punctuation."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", s.replace("\u2019", "'").replace("'", "")).split())


def assert_quote_speaker(nlp, text: str, start: str, direct: bool, speakers: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    """The direct or reported quote that opens with ``start`` is credited to an actor named by one of ``speakers``."""
    ex = _extracted(nlp, text)
    found = [q for q in ex.quotes if q.direct == direct and fold(start) in fold(q.text)[:len(fold(start)) + 60]]
    assert found, f"no {'direct' if direct else 'reported'} quote with {start!r} in {[q.text for q in ex.quotes]}"
    actor = ex.actor(found[0].speaker)
    names = [actor.name, *actor.aliases] if actor is not None else []
    assert any(fold(s) in fold(n) for s in speakers for n in names), (found[0].speaker_text, names)
