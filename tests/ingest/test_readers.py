"""Readers: every kind of input gives a document or one clear error naming the file, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

from parley.errors import InputError
from parley.ingest import iter_documents

SENTENCE = ("In a breakthrough, Russian and Ukrainian delegations met for peace talks in Istanbul on "
            "March 29 as the war entered its second month with casualties piling up on both sides.")


def _read(*paths: Path, **kw):
    return list(iter_documents(paths, **kw))


def test_readers_text_with_sidecar_metadata(tmp_path: Path) -> None:
    (tmp_path / "talks.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "talks.meta.json").write_text(json.dumps({"source": "Anadolu Agency", "published": "2022-05-01"}))
    [doc] = _read(tmp_path / "talks.txt")
    assert doc.text == SENTENCE
    assert doc.meta == {"source": "Anadolu Agency", "published": "2022-05-01", "id": "talks"}


def test_readers_caller_metadata_wins(tmp_path: Path) -> None:
    (tmp_path / "talks.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "talks.meta.json").write_text(json.dumps({"source": "Anadolu Agency"}))
    [doc] = _read(tmp_path / "talks.txt", overrides={"source": "Daily Sabah", "published": None})
    assert doc.meta["source"] == "Daily Sabah"


def test_readers_html_boilerplate_removed_and_metadata_kept(tmp_path: Path) -> None:
    html = f"""<!DOCTYPE html><html><head><title>Talks in Istanbul</title>
    <meta property="og:site_name" content="Voice of America"><meta name="date" content="2022-03-30"></head>
    <body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
    <article><h1>Talks in Istanbul</h1><p>{SENTENCE}</p>
    <p>Ukraine wants to see countries, including Turkey, as guarantors in a deal with Russia, a Ukrainian negotiator said after the talks.</p></article>
    <footer>Copyright 2022. All rights reserved. Cookie settings</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [doc] = _read(tmp_path / "page.html")
    assert SENTENCE in doc.text
    assert "Cookie" not in doc.text and "Home" not in doc.text
    assert doc.meta["source"] == "Voice of America"
    assert doc.meta["published"] == "2022-03-30"
    assert doc.meta["title"] == "Talks in Istanbul"


def test_readers_jsonl_bad_line_reported_rest_read(tmp_path: Path) -> None:
    lines = [json.dumps({"text": SENTENCE, "url": "https://example.org/a", "source": "AA", "published": "2022-05-01"}),
             '{"text": "unterminated',
             json.dumps({"html": f"<html><body><article><p>{SENTENCE}</p></article></body></html>", "id": "b"}),
             json.dumps({"title": "no body"})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = _read(tmp_path / "batch.jsonl")
    docs = [i for i in items if not isinstance(i, InputError)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.meta.get("url") for d in docs] == ["https://example.org/a", None]
    assert [(e.line, e.path) for e in errors] == [(2, str(tmp_path / "batch.jsonl")), (4, str(tmp_path / "batch.jsonl"))]
    assert "malformed JSON" in str(errors[0])


def test_readers_empty_and_binary_files_named_in_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 40)
    errors = _read(tmp_path / "empty.txt", tmp_path / "blob.txt")
    assert all(isinstance(e, InputError) for e in errors)
    assert "empty.txt: empty file" in str(errors[0])
    assert "blob.txt" in str(errors[1]) and "binary" in str(errors[1])


def test_readers_non_utf8_decoded_with_a_note(tmp_path: Path) -> None:
    text = "Presidential Spokesperson İbrahim Kalın met Zelenskyy in Kyiv, the Turkish presidency said."
    (tmp_path / "latin.txt").write_bytes(text.replace("İ", "I").replace("ı", "i").replace("Kyiv", "Kyïv").encode("latin-1"))
    [doc] = _read(tmp_path / "latin.txt")
    assert "Kyïv" in doc.text
    assert doc.note and "not UTF-8" in doc.note


def test_readers_huge_file_refused_with_limit(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    big.write_bytes(b"word " * 2_000_000)
    [err] = _read(big, max_bytes=1_000_000)
    assert isinstance(err, InputError)
    assert "too large" in str(err) and "huge.txt" in str(err)


def test_readers_folder_skips_metadata_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE)
    (tmp_path / "a.meta.json").write_text("{}")
    (tmp_path / "b.txt").write_text(SENTENCE)
    assert [d.meta["id"] for d in _read(tmp_path)] == ["a", "b"]


def test_readers_broken_html_still_read(tmp_path: Path) -> None:
    (tmp_path / "broken.html").write_text(f"<html><body><div><p>{SENTENCE}<p>More text <b>unclosed", encoding="utf-8")
    [doc] = _read(tmp_path / "broken.html")
    assert "delegations met for peace talks" in doc.text


def test_readers_feed_entries_become_documents(tmp_path: Path) -> None:
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>UN News</title>
    <item><title>Talks</title><link>https://news.un.org/x</link><pubDate>Wed, 30 Mar 2022 10:00:00 GMT</pubDate>
    <description>{SENTENCE}</description></item></channel></rss>"""
    (tmp_path / "feed.rss").write_text(rss, encoding="utf-8")
    [doc] = _read(tmp_path / "feed.rss")
    assert doc.meta["url"] == "https://news.un.org/x"
    assert doc.meta["published"] == "2022-03-30"
    assert doc.meta["source"] == "UN News"
