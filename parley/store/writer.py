"""Writing one document and all its facts in one transaction, merged with what the store holds.

Steps, in :func:`write_document`:
 1. skip a text already stored (same SHA-256); a new text under a stored id is its next version,
    and the previous version stops counting as a source of merged events;
 2. place the document in a story (near-duplicate of a stored document, or a story of its own);
 3. resolve its actors to canonical actors;
 4. write quotes (joined to the same quote from other outlets), events (joined to the same event
    from other documents), figures (with the kind of their source) and positions.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, bindparam, distinct, func, select, tuple_, update

from parley.lexicon import resource
from parley.merge.actors import fold
from parley.merge.events import EventKey, event_day, same_event, window
from parley.merge.quotes import same_quote
from parley.merge.stories import Fingerprint, fingerprint, similar
from parley.models import Extraction, Figure
from parley.store.actors import resolve_actors
from parley.store.engine import insert_id, insert_ignore
from parley.store.schema import (
    actors,
    cluster_participants,
    documents,
    event_clusters,
    events,
    figures,
    positions,
    quotes,
    story_bands,
)

#: Days around a quote's publication searched for the same quote by the same speaker.
QUOTE_WINDOW_DAYS = 30
#: Similarity to its story below which a document's LSH bands are stored for later lookups.
INDEX_BELOW = 0.8
#: Most documents of a story whose quotes a new document's quotes are compared with.
STORY_QUOTE_DOCS = 50
#: Opening sentences whose events say what an article is about.
LEAD_SENTENCES = 2
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+|\n+")
#: Most stored candidates compared per quote or story (newest first), to bound the work per document.
MAX_CANDIDATES = 300


@dataclass(frozen=True)
class Prepared:
    """A document ready to write: the work done outside the transaction."""

    extraction: Extraction
    text: str
    sha256: str
    fingerprint: Fingerprint


@dataclass(frozen=True)
class Ingested:
    """What became of one document in the store."""

    status: Literal["added", "new_version", "duplicate"]
    doc_id: str
    version: int
    document_id: int
    story_id: int | None


def text_sha256(text: str) -> str:
    """The key of a stored text: the same text twice is one document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stored_copy(conn: Connection, sha256: str) -> Ingested | None:
    """The stored document with this text hash, as a duplicate, or None."""
    known = conn.execute(select(documents.c.id, documents.c.doc_id, documents.c.version, documents.c.story_id)
                         .where(documents.c.sha256 == sha256)).first()
    return None if known is None else Ingested("duplicate", known.doc_id, known.version, known.id, known.story_id)


def prepare(extraction: Extraction, text: str) -> Prepared:
    """Hash and fingerprint a document (CPU work kept out of the write transaction)."""
    return Prepared(extraction, text, text_sha256(text), fingerprint(text))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def write_document(conn: Connection, doc: Prepared) -> Ingested:
    """Store one document with its facts; the caller's transaction makes it all or nothing."""
    if conn.dialect.name == "postgresql":
        # merging reads what other writers wrote: serialize the short write phase per schema
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':ingest'))")
    info = doc.extraction.document
    known = stored_copy(conn, doc.sha256)
    if known is not None:
        return known
    previous = conn.execute(select(documents.c.id, documents.c.version).where(documents.c.doc_id == info.id)
                            .order_by(documents.c.version.desc()).limit(1)).first()
    version = previous.version + 1 if previous else 1
    row = {"doc_id": info.id, "version": version, "sha256": doc.sha256, "current": True, "url": info.url,
           "title": info.title, "source": info.source, "published": info.published,
           "language": info.language, "text": doc.text, "pipeline": dict(doc.extraction.pipeline),
           "ingested_at": _now(), "shingles": doc.fingerprint.shingles, "minhash": doc.fingerprint.to_bytes()}
    result = insert_ignore(conn, documents, row, ["sha256"])
    if result.rowcount == 0:  # a concurrent writer stored this text a moment ago
        known = stored_copy(conn, doc.sha256)
        assert known is not None
        return known
    document_id = conn.execute(select(documents.c.id).where(documents.c.sha256 == doc.sha256)).scalar_one()
    if previous is not None:
        _supersede(conn, previous.id)
    story_id = _assign_story(conn, document_id, doc.fingerprint)
    _FactWriter(conn, doc.extraction, doc.text, document_id, story_id).write()
    story_id = _join_stories_by_lead(conn, document_id, story_id)
    return Ingested("new_version" if previous else "added", info.id, version, document_id, story_id)


def _supersede(conn: Connection, old_id: int) -> None:
    conn.execute(update(documents).where(documents.c.id == old_id).values(current=False))
    affected = list(conn.execute(select(events.c.cluster_id).distinct().where(
        events.c.document_id == old_id, events.c.cluster_id.isnot(None))).scalars())
    conn.execute(update(events).where(events.c.document_id == old_id).values(cluster_id=None))
    for cluster in affected:
        n = conn.execute(select(func.count(distinct(events.c.document_id)))
                         .where(events.c.cluster_id == cluster)).scalar_one()
        if n == 0:
            conn.execute(cluster_participants.delete().where(cluster_participants.c.cluster_id == cluster))
            conn.execute(event_clusters.delete().where(event_clusters.c.id == cluster))
        else:
            conn.execute(update(event_clusters).where(event_clusters.c.id == cluster).values(n_sources=n))


def _assign_story(conn: Connection, document_id: int, fp: Fingerprint) -> int:
    rows = conn.execute(select(story_bands.c.document_id)
                        .where(tuple_(story_bands.c.band, story_bands.c.hash).in_(list(fp.bands)))
                        .limit(MAX_CANDIDATES)).scalars().all()
    cands = conn.execute(select(documents.c.story_id, documents.c.minhash, documents.c.shingles)
                         .where(documents.c.id.in_(sorted(set(rows))))).all() if rows else []
    best, best_score = None, 0.0
    for cand in cands:
        if cand.minhash is None:
            continue
        score = similar(fp, Fingerprint.from_bytes(cand.minhash, cand.shingles or 0))
        if score > best_score:
            best, best_score = cand.story_id, score
    story_id = best if best is not None else document_id
    conn.execute(update(documents).where(documents.c.id == document_id).values(story_id=story_id))
    # a verbatim copy adds nothing to find later copies by, and would make every lookup of its
    # story slower: only texts that differ enough from the story are indexed
    if best_score < INDEX_BELOW:
        conn.execute(story_bands.insert(), [{"band": b, "hash": h, "document_id": document_id}
                                            for b, h in fp.bands])
    return story_id


def _join_stories_by_lead(conn: Connection, document_id: int, story_id: int) -> int:
    """Unite the stories of documents whose opening sentences report the same merged event.

    Outlets that rewrite a story instead of republishing it (Anadolu's and AFP's reports of one
    meeting) share few words but lead with the same event.
    """
    leads = select(events.c.cluster_id).where(events.c.document_id == document_id, events.c.lead,
                                              events.c.cluster_id.isnot(None))
    others = set(conn.execute(
        select(documents.c.story_id).join(events, events.c.document_id == documents.c.id)
        .where(events.c.cluster_id.in_(leads), events.c.lead, documents.c.current,
               documents.c.id != document_id)).scalars())
    others.discard(None)
    if not others - {story_id}:
        return story_id
    united = min(others | {story_id})
    conn.execute(update(documents).where(documents.c.story_id.in_(others | {story_id}))
                 .values(story_id=united))
    return united


def _lead_end(text: str) -> int:
    """Where an article's opening two sentences end (a line break ends a sentence too)."""
    found = 0
    for match in _SENTENCE_END.finditer(text):
        found += 1
        if found == LEAD_SENTENCES:
            return match.end()
    return len(text)


def _source_kind(figure: Figure, extraction: Extraction) -> str | None:
    """"un", "national" or "other" for a figure's source (rules in resources/figure_sources.yaml)."""
    if not figure.source:
        return None
    rules = resource("figure_sources.yaml")
    names = [figure.source]
    actor = next((a for a in extraction.actors
                  if fold(figure.source) in {fold(a.name), *(fold(x) for x in a.aliases)}), None)
    if actor is not None:
        names += [actor.name, *actor.aliases]
    folded = [f" {fold(n)} " for n in names]
    un_names = {fold(n) for n in rules["un"]["names"]}
    if any(f.strip() in un_names or any(f" {m}" in f for m in rules["un"]["markers"]) for f in folded):
        return "un"
    if actor is not None and (actor.type == "state" or actor.sector in ("GOV", "MIL")):
        return "national"
    if any(f" {m}" in f for f in folded for m in rules["national"]["markers"]):
        return "national"
    return "other"


class _FactWriter:
    """Writes the facts of one new document; keeps the maps from its local actor ids."""

    def __init__(self, conn: Connection, extraction: Extraction, text: str, document_id: int,
                 story_id: int) -> None:
        self.conn, self.ex, self.text = conn, extraction, text
        self.document_id, self.story_id = document_id, story_id
        self.day = event_day(None, extraction.document.published)
        self.canonical: dict[str, int] = {}
        self.lead_end = _lead_end(text)

    def _version(self, stage: str) -> str | None:
        return self.ex.pipeline.get(stage) or self.ex.pipeline.get("pipeline")

    def write(self) -> None:
        self._actors()
        self._quotes()
        self._events()
        self._figures()
        self._positions()

    def _actors(self) -> None:
        self.canonical = resolve_actors(self.conn, self.ex.actors)
        rows = [{"document_id": self.document_id, "local_id": actor.id, "canonical_id": self.canonical[actor.id],
                 "original_canonical_id": self.canonical[actor.id], "name": actor.name, "type": actor.type,
                 "country": actor.country, "sector": actor.sector, "role": actor.role,
                 "aliases": list(actor.aliases), "mentions": [list(m) for m in actor.mentions],
                 "extractor": self._version("parley_actors")} for actor in self.ex.actors]
        if rows:
            self.conn.execute(actors.insert(), rows)

    def _quote_candidates(self) -> dict[int | None, list[tuple[int, str]]]:
        """Stored quotes this document's quotes may repeat: same story (any speaker), or same speaker
        within the window; keyed by speaker (None: the story's quotes, compared with every quote)."""
        story_docs = self.conn.execute(
            select(documents.c.id).where(documents.c.story_id == self.story_id, documents.c.id != self.document_id)
            .order_by(documents.c.id.desc()).limit(STORY_QUOTE_DOCS)).scalars().all()
        found: dict[int | None, list[tuple[int, str]]] = defaultdict(list)
        if story_docs:
            found[None] = _one_per_group(self.conn.execute(
                select(quotes.c.group_id, quotes.c.text).where(quotes.c.document_id.in_(story_docs))
                .limit(MAX_CANDIDATES)))
        speakers = {self.canonical[q.speaker] for q in self.ex.quotes if q.speaker in self.canonical}
        if speakers and self.day is not None:
            lo, hi = window(self.day, QUOTE_WINDOW_DAYS)
            for speaker in speakers:
                found[speaker] = _one_per_group(self.conn.execute(
                    select(quotes.c.group_id, quotes.c.text).where(
                        quotes.c.speaker_id == speaker, quotes.c.day.between(lo, hi),
                        quotes.c.document_id != self.document_id)
                    .order_by(quotes.c.day.desc()).limit(MAX_CANDIDATES)))
        return found

    def _quotes(self) -> None:
        if not self.ex.quotes:
            return
        candidates = self._quote_candidates()
        rows = []
        for q in self.ex.quotes:
            speaker = self.canonical.get(q.speaker) if q.speaker else None
            pool = candidates[None] + (candidates.get(speaker, []) if speaker is not None else [])
            group = next((g for g, text in pool if same_quote(q.text, text)), None)
            rows.append({"document_id": self.document_id, "group_id": group, "speaker_id": speaker,
                         "speaker_local": q.speaker, "speaker_name": self._name(q.speaker),
                         "speaker_text": q.speaker_text,
                         "speaker_start": q.speaker_span[0] if q.speaker_span else None,
                         "speaker_end": q.speaker_span[1] if q.speaker_span else None,
                         "text": q.text, "start": q.span[0], "end": q.span[1], "direct": q.direct,
                         "cue": q.cue, "medium": q.medium, "day": self.day.isoformat() if self.day else None,
                         "extractor": self._version("parley_quotes")})
        self.conn.execute(quotes.insert(), rows)
        # a quote seen nowhere else starts its own group, named by its row id
        self.conn.execute(update(quotes).where(quotes.c.document_id == self.document_id,
                                               quotes.c.group_id.is_(None)).values(group_id=quotes.c.id))

    def _name(self, local_id: str | None) -> str | None:
        actor = self.ex.actor(local_id)
        return actor.name if actor else None

    def _ids(self, local_ids: tuple[str, ...]) -> list[int]:
        return list(dict.fromkeys(self.canonical[a] for a in local_ids if a in self.canonical))

    def _events(self) -> None:
        """Write the events, each joined to a stored merged event or starting one (statements batched)."""
        reports = []
        for ev in self.ex.events:
            actor_ids, target_ids = self._ids(ev.actors), self._ids(ev.targets)
            day = event_day(ev.date, self.ex.document.published)
            reports.append((ev, actor_ids, target_ids, EventKey(ev.type, day, ev.place,
                                                                frozenset(actor_ids + target_ids))))
        if not reports:
            return
        clusters = self._candidate_clusters([key for *_, key in reports])
        joined: set[int] = set()
        bumps, parts, rows = [], [], []
        for ev, actor_ids, target_ids, key in reports:
            cluster = next((cid for cid, other in sorted(clusters.items()) if same_event(key, other)), None)
            if cluster is None:
                cluster = insert_id(self.conn, event_clusters.insert().values(
                    type=ev.type, day=key.day.isoformat() if key.day else None, place=ev.place, n_sources=1))
                joined.add(cluster)
            elif cluster not in joined:
                joined.add(cluster)
                bumps.append({"cid": cluster, "new_place": ev.place})
            if key.day is not None and key.participants:
                old = clusters.get(cluster)
                members = key.participants | (old.participants if old else frozenset())
                clusters[cluster] = EventKey(key.type, old.day if old else key.day,
                                             (old.place if old else None) or ev.place, members)
            first_day = clusters[cluster].day if cluster in clusters else key.day
            stamp = first_day.isoformat() if first_day else None
            parts += [{"cluster_id": cluster, "canonical_id": c, "role": "actor", "day": stamp} for c in actor_ids]
            parts += [{"cluster_id": cluster, "canonical_id": c, "role": "target", "day": stamp}
                      for c in target_ids]
            rows.append({
                "document_id": self.document_id, "cluster_id": cluster, "type": ev.type, "mode": ev.mode,
                "actors": list(ev.actors), "targets": list(ev.targets), "actor_ids": actor_ids,
                "target_ids": target_ids, "place": ev.place,
                "lat": ev.coordinates[0] if ev.coordinates else None,
                "lon": ev.coordinates[1] if ev.coordinates else None, "date": ev.date, "date_text": ev.date_text,
                "day": key.day.isoformat() if key.day else None, "status": ev.status, "start": ev.span[0],
                "end": ev.span[1], "sentence": self.text[ev.span[0]:ev.span[1]], "trigger": ev.trigger,
                "background": ev.background, "inferred_targets": ev.inferred_targets, "lead": ev.span[0] < self.lead_end and not ev.background,
                "extractor": self._version("parley_events")})
        if bumps:
            self.conn.execute(update(event_clusters).where(event_clusters.c.id == bindparam("cid")).values(
                n_sources=event_clusters.c.n_sources + 1,
                place=func.coalesce(event_clusters.c.place, bindparam("new_place"))), bumps)
        if parts:
            insert_ignore(self.conn, cluster_participants, parts)
        self.conn.execute(events.insert(), rows)

    def _candidate_clusters(self, keys: list[EventKey]) -> dict[int, EventKey]:
        """Stored merged events that reports with these keys may join, in one query."""
        usable = [k for k in keys if k.day is not None and k.participants]
        if not usable:
            return {}
        lo = window(min(k.day for k in usable if k.day))[0]
        hi = window(max(k.day for k in usable if k.day))[1]
        members = sorted({p for k in usable for p in k.participants})
        rows = self.conn.execute(
            select(event_clusters.c.id, event_clusters.c.type, event_clusters.c.day, event_clusters.c.place,
                   cluster_participants.c.canonical_id)
            .join(cluster_participants, cluster_participants.c.cluster_id == event_clusters.c.id)
            .where(event_clusters.c.type.in_(sorted({k.type for k in usable})),
                   event_clusters.c.day.between(lo, hi),
                   event_clusters.c.id.in_(select(cluster_participants.c.cluster_id).where(
                       cluster_participants.c.canonical_id.in_(members))))
        ).all()
        found: dict[int, tuple[str, str, str | None, set[int]]] = {}
        for cid, etype, day, place, member in rows:
            found.setdefault(cid, (etype, day, place, set()))[3].add(member)
        return {cid: EventKey(etype, event_day(day, None), place, frozenset(m))
                for cid, (etype, day, place, m) in found.items()}

    def _figures(self) -> None:
        rows = [{"document_id": self.document_id, "value": f.value, "qualifier": f.qualifier,
                 "measure": f.measure, "subject": f.subject, "place": f.place, "period_start": f.period_start,
                 "as_of": f.as_of, "day": _figure_day(f, self.ex.document.published), "source": f.source,
                 "source_kind": _source_kind(f, self.ex), "start": f.span[0], "end": f.span[1],
                 "text": f.text or self.text[f.span[0]:f.span[1]], "vague": f.vague,
                 "extractor": self._version("parley_figures")} for f in self.ex.figures]
        if rows:
            self.conn.execute(figures.insert(), rows)

    def _positions(self) -> None:
        # The store's matrix groups by the vocabulary's name, one row for each item of a list stated under one
        # cue; the reporter's words stay in issue_text.
        rows = [{"document_id": self.document_id, "holder_id": self.canonical.get(p.holder),
                 "holder_local": p.holder, "holder_name": self._name(p.holder), "issue": issue,
                 "stance": p.stance, "start": p.span[0], "end": p.span[1], "issue_text": p.issue_text,
                 "negated": p.negated, "extractor": self._version("parley_positions")}
                for p in self.ex.positions for issue in p.issues]
        if rows:
            self.conn.execute(positions.insert(), rows)


def _one_per_group(rows: Iterable[Any]) -> list[tuple[int, str]]:
    """Candidate quotes, one text per quote group: a quote repeated by many outlets is compared once."""
    seen: dict[int, str] = {}
    for group, quoted in rows:
        seen.setdefault(group, quoted)
    return list(seen.items())


def _figure_day(figure: Figure, published: str | None) -> str | None:
    day = event_day(figure.as_of, published) if figure.as_of else event_day(None, published)
    return day.isoformat() if day else None
