"""The positions matrix: each actor's latest stance on each issue, the sources behind it, and its changes.

Built from the extractions of a process (any documents, any order): positions are grouped by the
holder's canonical name and the issue, ordered by the date the document was published, and cut
into periods of one stance, so "Russia: ceasefire: reject since 2022-03-01, willing since 2022-05-02"
reads straight off a cell.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from parley.models import Extraction, Span, Stance


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(_Frozen):
    """One statement of a stance: the document, its source and date, and the sentence."""

    stance: Stance
    document: str
    source: str | None = None
    url: str | None = None
    date: str | None = None
    span: Span
    issue_text: str | None = None
    negated: bool = False


class StancePeriod(_Frozen):
    """A stretch of time over which an actor kept one stance on an issue."""

    stance: Stance
    since: str | None
    until: str | None
    evidence: tuple[Evidence, ...]


class MatrixCell(_Frozen):
    """One actor on one issue: the latest stance, the sources behind it and the stances before it."""

    actor: str
    issue: str
    history: tuple[StancePeriod, ...]

    @property
    def stance(self) -> Stance:
        """The latest stance."""
        return self.history[-1].stance

    @property
    def since(self) -> str | None:
        """The first date of the latest stance."""
        return self.history[-1].since

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """The statements behind the latest stance."""
        return self.history[-1].evidence

    @property
    def changed(self) -> bool:
        """The actor's stance on this issue changed over time."""
        return len(self.history) > 1


class PositionsMatrix(_Frozen):
    """Actors by issues, one :class:`MatrixCell` for every pair that has a position."""

    cells: tuple[MatrixCell, ...] = ()

    @property
    def actors(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.actor for c in self.cells))

    @property
    def issues(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.issue for c in self.cells))

    def get(self, actor: str, issue: str) -> MatrixCell | None:
        """The cell of an actor (canonical name) and an issue, compared without case."""
        key = (actor.casefold(), issue.casefold())
        return next((c for c in self.cells if (c.actor.casefold(), c.issue.casefold()) == key), None)

    def changes(self) -> list[MatrixCell]:
        """The cells where a stance changed over time."""
        return [c for c in self.cells if c.changed]


def _periods(evidence: list[Evidence]) -> tuple[StancePeriod, ...]:
    periods: list[StancePeriod] = []
    run: list[Evidence] = []
    for e in evidence:
        if run and e.stance != run[-1].stance:
            periods.append(StancePeriod(stance=run[0].stance, since=run[0].date, until=run[-1].date,
                                        evidence=tuple(run)))
            run = []
        run.append(e)
    if run:
        periods.append(StancePeriod(stance=run[0].stance, since=run[0].date, until=run[-1].date,
                                    evidence=tuple(run)))
    return tuple(periods)


def positions_matrix(extractions: Iterable[Extraction]) -> PositionsMatrix:
    """Each actor's latest stance on each issue, with the dates and sources behind it and its history."""
    # Undated documents sort first: a dated statement is the better claim to be the latest.
    ordered = sorted(enumerate(extractions), key=lambda pair: (pair[1].document.published or "", pair[0]))
    grouped: dict[tuple[str, str], tuple[str, str, list[Evidence]]] = {}
    for _, ex in ordered:
        doc = ex.document
        for p in sorted(ex.positions, key=lambda p: p.span):
            holder = ex.actor(p.holder)
            actor = holder.name if holder is not None else p.holder
            # The vocabulary's name groups "truce" and "ceasefire" into one issue; a list under one cue
            # counts for each of its items.
            for issue in p.issues:
                key = (actor.casefold(), issue.casefold())
                entry = grouped.setdefault(key, (actor, issue, []))
                entry[2].append(Evidence(stance=p.stance, document=doc.id, source=doc.source, url=doc.url,
                                         date=doc.published, span=p.span, issue_text=p.issue_text,
                                         negated=p.negated))
    cells = tuple(MatrixCell(actor=actor, issue=issue, history=_periods(evidence))
                  for actor, issue, evidence in grouped.values())
    return PositionsMatrix(cells=tuple(sorted(cells, key=lambda c: (c.actor.casefold(), c.issue.casefold()))))
