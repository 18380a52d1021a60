"""The NLP pipeline: a spaCy pipeline with one parley component per extraction stage."""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

import spacy
from spacy.language import Language

from parley.errors import ConfigError
from parley.pipeline.lines import UnwrappingTokenizer
from parley.settings import Settings

# Stage name -> module that registers its factory. Order matters: each stage reads what the
# stages before it wrote (see parley.pipeline.extensions). A stage in BEFORE_PARSER runs ahead of the model's parser.
STAGES: dict[str, str] = {
    "parley_lines": "parley.pipeline.lines",
    "parley_actors": "parley.pipeline.actors",
    "parley_dates": "parley.pipeline.dates",
    "parley_quotes": "parley.pipeline.quotes",
    "parley_figures": "parley.pipeline.figures",
    "parley_events": "parley.pipeline.events",
    "parley_positions": "parley.pipeline.positions",
}

BEFORE_PARSER = {"parley_lines"}

PIPELINE_VERSION = "parley.pipeline.v1"

# A hyphen after an abbreviation with periods joins a prefix to a participle: "a U.N.-brokered deal", "U.S.-led
# talks" (AP style). spaCy's tokenizer keeps such a word whole, so the mediator and the verb are lost; split it as it
# splits "Saudi-led".
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-\u2013](?=[a-z])"


def _stage_config(stage: str, settings: Settings) -> dict[str, str | None]:
    def p(path: object) -> str | None:
        return str(path) if path else None

    return {
        "parley_actors": {"actors_file": p(settings.actors_file), "places_file": p(settings.places_file)},
        "parley_quotes": {"cues_file": p(settings.cues_file)},
        "parley_figures": {"measures_file": p(settings.measures_file)},
        "parley_events": {"events_file": p(settings.events_file), "places_file": p(settings.places_file),
                          "events_fallback": p(settings.events_fallback)},
        "parley_positions": {"issues_file": p(settings.issues_file), "stances_file": p(settings.stances_file)},
    }.get(stage, {})


def build_nlp(settings: Settings | None = None) -> Language:
    """Load the configured spaCy pipeline and add parley's stages to it."""
    settings = settings or Settings()
    for module in STAGES.values():
        importlib.import_module(module)
    try:
        nlp = spacy.load(settings.spacy_model, exclude=["senter"])
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {settings.spacy_model!r} is not installed; install it or set PARLEY_SPACY_MODEL"
        ) from exc
    _split_abbreviation_hyphens(nlp)
    nlp.tokenizer = UnwrappingTokenizer(nlp.tokenizer)  # "said the\nforeign minister": one sentence
    for stage in STAGES:
        before = "parser" if stage in BEFORE_PARSER and "parser" in nlp.pipe_names else None
        nlp.add_pipe(stage, before=before, config=_stage_config(stage, settings))
    return nlp


def _split_abbreviation_hyphens(nlp: Language) -> None:
    """Add :data:`ABBREVIATION_HYPHEN` to the tokenizer's infixes ("U.N.-brokered" -> "U.N.", "-", "brokered")."""
    finditer = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if pattern is not None:
        nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{ABBREVIATION_HYPHEN}").finditer


@lru_cache(maxsize=2)
def cached_nlp(settings: Settings) -> Language:
    """One pipeline per process and settings: loading a model takes about a second."""
    return build_nlp(settings)


def stage_versions() -> dict[str, str]:
    """Each stage's version, written into every extraction so a record says what produced it."""
    versions = {"pipeline": PIPELINE_VERSION}
    for stage, module in STAGES.items():
        versions[stage] = getattr(importlib.import_module(module), "VERSION", "unknown")
    return versions
