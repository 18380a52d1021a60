"""Shared by tests/store and tests/merge: a store on SQLite and on the real PostgreSQL, and corpus helpers."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from parley.models import Extraction

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "corpus"
PG_URL = os.environ.get("PARLEY_TEST_PG", "postgresql+psycopg://root@127.0.0.1:5432/test")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def backend_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store URL: a SQLite file, or a PostgreSQL schema dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'parley.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(PG_URL)
    try:
        with engine.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {exc.orig}")
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()


def corpus_meta(name: str) -> dict[str, str]:
    """The metadata fields of a corpus article that extraction takes."""
    meta = json.loads((CORPUS / f"{name}.meta.json").read_text(encoding="utf-8"))
    return {k: meta[k] for k in ("id", "url", "title", "source", "published") if meta.get(k)}


def corpus_text(name: str) -> str:
    return (CORPUS / f"{name}.txt").read_text(encoding="utf-8")


def extract_corpus(run, names: list[str]) -> list[tuple[Extraction, str]]:  # type: ignore[no-untyped-def]
    """Extractions of corpus articles with their texts, through the session pipeline."""
    return [(run(corpus_text(n), **corpus_meta(n)), corpus_text(n)) for n in names]


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def kalin_reports() -> list[tuple[Extraction, str]]:
    """Two outlets' reports of the Kalın-Zelenskyy meeting, extracted by hand from their real sentences.

    They keep the merge tests independent of the extraction stages' accuracy of the day.
    """
    from parley.models import Actor, DocumentInfo, Event, Figure, Position, Quote

    aa = ("Kalın's remarks came after he met with Ukrainian President Volodymyr Zelenskyy and Andrei Yarmak, "
          "the head of the staff of Ukraine's president in Kyiv, where he went to discuss the ongoing war and "
          "Ukraine-Turkey relations.\n"
          "\"We urgently need the establishment of a humanitarian corridor and the evacuation of civilians and "
          "wounded soldiers. Our efforts in this direction continue,\" he said.\n"
          "At least 2,899 civilians have been killed and 3,235 others injured in Ukraine since the war started "
          "on Feb. 24, according to U.N. estimates.\n")
    afp = ("Turkish presidential spokesman Ibrahim Kalin met yesterday with Ukrainian President Volodymyr "
           "Zelensky in Kyiv, his office said.\n"
           "\"We urgently need the establishment of a humanitarian corridor and the evacuation of civilians and "
           "wounded soldiers; our efforts in this direction continue,\" Kalin said.\n"
           "Ukraine's prosecutor general said 2,900 civilians had been killed in Ukraine.\n")
    q = "We urgently need the establishment of a humanitarian corridor"
    aa_ex = Extraction(
        document=DocumentInfo(id="aa-kalin-kyiv", source="Anadolu Agency", published="2022-05-01"),
        actors=(Actor(id="a1", name="Ibrahim Kalın", aliases=("Kalın",), type="person", country="TUR",
                      sector="GOV", role="Presidential Spokesperson"),
                Actor(id="a2", name="Volodymyr Zelenskyy", aliases=("Zelenskyy",), type="person", country="UKR"),
                Actor(id="a3", name="Ukraine", type="state", country="UKR"),
                Actor(id="a4", name="United Nations", aliases=("U.N.",), type="organization", sector="IGO")),
        quotes=(Quote(speaker="a1", speaker_text="he", text=aa[aa.index(q):aa.index(" continue,") + 9],
                      span=(aa.index(q), aa.index(" continue,") + 9), direct=True, cue="say"),),
        events=(Event(type="CONSULT", actors=("a1",), targets=("a2",), place="Kyiv", date="2022-04-30",
                      span=_span(aa, aa.split("\n")[0]), trigger="met"),),
        figures=(Figure(value=2899, qualifier="at_least", measure="killed", subject="civilians", place="Ukraine",
                        source="U.N.", span=_span(aa, "At least 2,899 civilians")),),
        positions=(Position(holder="a1", issue="humanitarian corridor and the evacuation of civilians", stance="demand",
                            span=_span(aa, aa.split("\n")[1]), canonical="humanitarian corridor and evacuation",
                            items=("humanitarian corridor", "evacuation")),),
        pipeline={"pipeline": "parley.pipeline.v1", "parley_events": "parley.events.test"},
    )
    afp_ex = Extraction(
        document=DocumentInfo(id="afp-kalin-kyiv", source="Malay Mail", published="2022-05-01"),
        actors=(Actor(id="a1", name="Ibrahim Kalin", aliases=("Kalin",), type="person", country="TUR"),
                Actor(id="a2", name="Volodymyr Zelensky", aliases=("Zelensky",), type="person", country="UKR"),
                Actor(id="a3", name="Ukraine", aliases=("Ukraine's prosecutor general",), type="state",
                      country="UKR")),
        quotes=(Quote(speaker="a1", speaker_text="Kalin", text=afp[afp.index(q):afp.index(" continue,") + 9],
                      span=(afp.index(q), afp.index(" continue,") + 9), direct=True, cue="say"),),
        events=(Event(type="CONSULT", actors=("a1",), targets=("a2",), place="Kyiv", date="2022-04-30",
                      date_text="yesterday", span=_span(afp, afp.split("\n")[0]), trigger="met"),),
        figures=(Figure(value=2900, measure="killed", subject="civilians", place="Ukraine", source="Ukraine",
                        span=_span(afp, "2,900 civilians")),),
        pipeline={"pipeline": "parley.pipeline.v1"},
    )
    return [(aa_ex, aa), (afp_ex, afp)]
