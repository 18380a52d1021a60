"""The data model: the extraction contract (schema ``parley/extraction@1``) as frozen pydantic models."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "parley/extraction@1"

Span = tuple[int, int]
ActorType = Literal["person", "organization", "state", "group", "location"]
Status = Literal["occurred", "pledged", "proposed", "demanded", "denied", "hypothetical"]
Stance = Literal["support", "oppose", "demand", "offer", "willing", "reject"]
Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to", "less_than"]

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DocumentInfo(_Frozen):
    """Who published a text, when and where."""

    id: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None
    language: str = "en"


class Actor(_Frozen):
    """A person, organization, state, group or location with every alias the text uses."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    type: ActorType
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    mentions: tuple[Span, ...] = ()
    coordinates: tuple[float, float] | None = None


class Quote(_Frozen):
    """A direct quote or a reported statement and who made it."""

    speaker: str | None
    speaker_text: str | None = None
    speaker_span: Span | None = None
    text: str
    span: Span
    direct: bool
    cue: str | None = None
    medium: str | None = None


class Event(_Frozen):
    """Who did what to whom, where and when, typed with PLOVER."""

    type: str
    mode: str | None = None
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    place: str | None = None
    coordinates: tuple[float, float] | None = None
    date: str | None = None
    date_text: str | None = None
    status: Status = "occurred"
    span: Span
    trigger: str
    background: bool = False
    inferred_targets: bool = False  # targets guessed from the document, not named by the report


class Figure(_Frozen):
    """A count of people or things, with what qualifies, places, dates and sources it."""

    value: float
    qualifier: Qualifier = "exact"
    measure: str
    subject: str | None = None
    place: str | None = None
    period_start: str | None = None
    as_of: str | None = None
    source: str | None = None
    span: Span
    text: str | None = None
    vague: bool = False


class Position(_Frozen):
    """An actor's stance on an issue of the process."""

    holder: str
    issue: str
    stance: Stance
    span: Span
    issue_text: str | None = None
    negated: bool = False
    # The vocabulary's name for the issue ("ceasefire" for "a two-month truce"); ``issue`` keeps the
    # reporter's words, so a reader sees what was said and the matrix still groups one issue.
    canonical: str | None = None
    # A list stated under one cue is one position ("called for a humanitarian corridor and the evacuation of
    # civilians"); ``items`` names each item as ``canonical`` would, so the matrix keeps one row per issue.
    items: tuple[str, ...] = ()

    @property
    def issues(self) -> tuple[str, ...]:
        """The issues the position is about, each by the vocabulary's name where it has one."""
        return self.items or (self.canonical or self.issue,)


class Extraction(_Frozen):
    """Everything parley extracts from one document."""

    schema_: str = Field(default=SCHEMA, alias="schema")
    document: DocumentInfo
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    figures: tuple[Figure, ...] = ()
    positions: tuple[Position, ...] = ()
    pipeline: dict[str, str] = Field(default_factory=dict)

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    def to_contract(self) -> dict[str, Any]:
        """The JSON object of the extraction contract (plain lists, ``schema`` key)."""
        return self.model_dump(mode="json", by_alias=True)

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        return next((a for a in self.actors if a.id == actor_id), None)
