"""The ``doc._`` attributes that parley's pipeline stages write, registered once at import time.

Each stage writes only its own attribute and reads those of the stages it declares in
``requires``:

==================  =====================  ==============================================
attribute           written by             holds
==================  =====================  ==============================================
``doc._.meta``      :func:`parley.extract`  the document's :class:`~parley.models.DocumentInfo`
``doc._.actors``    ``parley_actors``       :class:`ActorTable`: actors and their mentions
``doc._.dates``     ``parley_dates``        list of :class:`DateMention`
``doc._.quotes``    ``parley_quotes``       list of :class:`~parley.models.Quote`
``doc._.figures``   ``parley_figures``      list of :class:`~parley.models.Figure`
``doc._.events``    ``parley_events``       list of :class:`~parley.models.Event`
``doc._.positions`` ``parley_positions``    list of :class:`~parley.models.Position`
==================  =====================  ==============================================
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc, Span, Token

from parley.models import Actor

MentionKind = Literal["name", "alias", "title", "metonym", "demonym", "description", "pronoun"]


@dataclass(frozen=True)
class Mention:
    """A stretch of text that refers to an actor."""

    actor_id: str
    start: int  # token index
    end: int  # token index, exclusive
    start_char: int
    end_char: int
    text: str
    kind: MentionKind = "name"


@dataclass(frozen=True)
class DateMention:
    """A date expression and what it resolves to."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    value: str | None  # ISO date, "YYYY-MM", "--MM-DD", or None
    relation: Literal["on", "since", "until", "as_of", "in"] = "on"


@dataclass
class ActorTable:
    """The actors of one document and every mention of them (written by ``parley_actors``)."""

    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    _by_token: dict[int, Mention] = field(default_factory=dict, repr=False)

    def add_mention(self, mention: Mention) -> None:
        self.mentions.append(mention)
        for i in range(mention.start, mention.end):
            self._by_token.setdefault(i, mention)

    def at(self, token: Token | int) -> Mention | None:
        """The mention covering this token, or None."""
        i = token if isinstance(token, int) else token.i
        return self._by_token.get(i)

    def in_span(self, span: Span) -> list[Mention]:
        """The mentions that lie inside a span, in text order."""
        return [m for m in self.mentions if m.start >= span.start and m.end <= span.end]

    def get(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None

    def of_type(self, *types: str) -> list[Actor]:
        return [a for a in self.actors.values() if a.type in types]

    def free_id(self, reserved: Iterable[str] = ()) -> str:
        """An actor id ("a7") that neither the table nor ``reserved`` uses yet."""
        taken = set(self.actors) | set(reserved)
        n = len(taken) + 1
        while f"a{n}" in taken:
            n += 1
        return f"a{n}"

    def state_of(self, actor_id: str | None) -> str | None:
        """The id of the state actor an actor belongs to (a government official stands for it)."""
        a = self.get(actor_id)
        if a is None or not a.country:
            return None
        if a.type == "state":
            return a.id
        return next((s.id for s in self.actors.values() if s.type == "state" and s.country == a.country), None)


def _register() -> None:
    for name in ("meta", "actors", "dates", "quotes", "figures", "events", "positions"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


_register()
