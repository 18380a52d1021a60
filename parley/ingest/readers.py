"""Read documents from files: plain text, HTML, JSON lines, RSS/Atom feeds and WARC archives.

Each reader yields :class:`RawDocument` objects or, for a part it cannot read, an
:class:`~parley.errors.InputError` naming the file (and line), so a batch goes on past bad input.
Metadata come from the file (HTML meta tags, JSON fields, feed entries, WARC headers), a
``NAME.meta.json`` beside ``NAME.txt``, and the caller, in increasing order of precedence.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trafilatura

from parley.errors import InputError
from parley.ingest.decode import decode

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = {".warc", ".gz"}
META_FIELDS = ("id", "url", "title", "source", "published", "language")


@dataclass(frozen=True)
class RawDocument:
    """The text of one article with its metadata, before extraction."""

    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    origin: str = ""  # "path" or "path:line", for messages and provenance
    note: str | None = None  # e.g. how a non-UTF-8 file was decoded

    @property
    def name(self) -> str:
        """A file-system-safe name for outputs (the id, else the file stem)."""
        base = str(self.meta.get("id") or Path(self.origin.split(":")[0]).stem)
        return "".join(c if c.isalnum() or c in "-_." else "_" for c in base)[:120] or "document"


def _clean_meta(meta: dict[str, Any]) -> dict[str, Any]:
    out = {k: meta[k] for k in META_FIELDS if meta.get(k) not in (None, "")}
    if "published" in out:
        out["published"] = str(out["published"])[:10]
    return out


def _sidecar(path: Path) -> dict[str, Any]:
    side = path.with_name(path.stem + ".meta.json")
    if not side.exists():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"metadata file is not valid JSON: {exc}", path=str(side)) from exc
    if not isinstance(data, dict):
        raise InputError("metadata file must hold a JSON object", path=str(side))
    return data


def _html_document(html: str, origin: str, base: dict[str, Any], note: str | None) -> RawDocument:
    extracted = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True, as_dict=True)
    if not isinstance(extracted, dict) or not str(extracted.get("text") or "").strip():
        raise InputError("no article text found in the HTML", path=origin)
    meta = {"title": extracted.get("title"), "published": extracted.get("date"),
            "source": extracted.get("sitename"), "url": extracted.get("url")}
    return RawDocument(str(extracted["text"]), {**_clean_meta(meta), **base}, origin, note)


def _jsonl_documents(text: str, path: str, base: dict[str, Any]) -> Iterator[RawDocument | InputError]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"malformed JSON ({exc.msg} at column {exc.colno})", path=path, line=n)
            continue
        if not isinstance(obj, dict):
            yield InputError("a line must hold a JSON object", path=path, line=n)
            continue
        origin = f"{path}:{n}"
        meta = {**_clean_meta(obj), **base}
        try:
            if isinstance(obj.get("text"), str) and obj["text"].strip():
                yield RawDocument(obj["text"], meta, origin)
            elif isinstance(obj.get("html"), str) and obj["html"].strip():
                yield _html_document(obj["html"], origin, meta, None)
            else:
                yield InputError("no 'text' or 'html' field", path=path, line=n)
        except InputError as exc:
            yield exc


def _feed_documents(text: str, path: str, base: dict[str, Any]) -> Iterator[RawDocument | InputError]:
    import feedparser  # imported here: only feeds need it

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        yield InputError(f"not a readable feed: {feed.get('bozo_exception')}", path=path)
        return
    source = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        published = None
        if entry.get("published_parsed"):
            y, m, d = entry.published_parsed[:3]
            published = f"{y:04d}-{m:02d}-{d:02d}"
        meta = {**_clean_meta({"url": entry.get("link"), "title": entry.get("title"), "source": source,
                               "published": published, "id": entry.get("id")}), **base}
        origin = f"{path}#{n}"
        try:
            if "<" in body:
                yield _html_document(body, origin, meta, None)
            elif body.strip():
                yield RawDocument(body, meta, origin)
            else:
                yield InputError("feed entry has no text", path=origin)
        except InputError as exc:
            yield exc


def _warc_documents(path: Path, base: dict[str, Any]) -> Iterator[RawDocument | InputError]:
    from warcio.archiveiterator import ArchiveIterator  # imported here: only WARC needs it
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh), 1):
                if record.rec_type != "response":
                    continue
                ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                if "html" not in ctype:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                origin = f"{path}#{n}"
                try:
                    decoded = decode(record.content_stream().read(), path=origin)
                    yield _html_document(decoded.text, origin, {**_clean_meta({"url": url}), **base}, decoded.note)
                except InputError as exc:
                    yield exc
    except (ArchiveLoadFailed, OSError, EOFError) as exc:
        yield InputError(f"not a readable WARC archive: {exc}", path=str(path))


def read_path(path: Path, *, max_bytes: int, overrides: dict[str, Any] | None = None) -> Iterator[RawDocument | InputError]:
    """Read one file; yields documents, and errors for the parts that could not be read."""
    overrides = _clean_meta(overrides or {})
    spath = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror}", path=spath)
        return
    if size > max_bytes:
        yield InputError(f"file too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB, "
                         "set PARLEY_MAX_BYTES to raise it)", path=spath)
        return
    suffixes = {s.lower() for s in path.suffixes}
    if ".warc" in suffixes:
        yield from _warc_documents(path, overrides)
        return
    try:
        base = {**_clean_meta(_sidecar(path)), **overrides}
        decoded = decode(path.read_bytes(), path=spath)
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror}", path=spath)
        return
    suffix = path.suffix.lower()
    text = decoded.text
    sniff = text.lstrip()[:200].lower()
    if suffix in JSONL_SUFFIXES or (suffix == ".json" and "\n{" in text.strip()):
        yield from _jsonl_documents(text, spath, overrides)
    elif suffix in FEED_SUFFIXES or sniff.startswith("<rss") or "<feed" in sniff:
        yield from _feed_documents(text, spath, overrides)
    elif suffix in HTML_SUFFIXES or sniff.startswith("<!doctype html") or sniff.startswith("<html"):
        try:
            yield _html_document(text, spath, base, decoded.note)
        except InputError as exc:
            yield exc
    else:
        base.setdefault("id", path.stem)
        yield RawDocument(text, base, spath, decoded.note)


def _expand(paths: Iterable[Path]) -> Iterator[Path]:
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not f.name.endswith(".meta.json") and not f.name.startswith("."):
                    yield f
        else:
            yield p


def iter_documents(paths: Iterable[Path | str], *, max_bytes: int = 20_000_000,
                   overrides: dict[str, Any] | None = None) -> Iterator[RawDocument | InputError]:
    """Every document under the given files and folders, in order, with errors in place."""
    for p in _expand(Path(x) for x in paths):
        if not p.exists():
            yield InputError("no such file or folder", path=str(p))
            continue
        yield from read_path(p, max_bytes=max_bytes, overrides=overrides)
