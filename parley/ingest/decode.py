"""Bytes to text, saying what was done: UTF-8 first, then a detected encoding; binary is refused."""

from __future__ import annotations

from dataclasses import dataclass

from charset_normalizer import from_bytes

from parley.errors import InputError

# Share of control characters (other than whitespace) above which a file is taken for binary.
_BINARY_CONTROL_SHARE = 0.05
_RELIABLE_DETECTION_BYTES = 4096
_COMMON = {"cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "utf_16", "utf_16_le", "utf_16_be", "gb18030", "big5", "shift_jis", "euc_jp"}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # set when the bytes were not clean UTF-8


def decode(data: bytes, *, path: str) -> Decoded:
    """Decode a file's bytes, or raise :class:`InputError` for empty or binary content."""
    if not data.strip():
        raise InputError("empty file", path=path)
    sample = data[:65536]
    if b"\x00" in sample and not (sample.startswith(b"\xff\xfe") or sample.startswith(b"\xfe\xff")):
        raise InputError("binary file (NUL bytes), not text", path=path)
    try:
        text = data.decode("utf-8-sig")
        return Decoded(_normalize_newlines(text), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    best = from_bytes(data).best()
    # On a short text detection is a guess among look-alike code pages (cp775 for one "ï");
    # Windows-1252 is what most non-UTF-8 English news pages are written in.
    if best is not None and len(data) < _RELIABLE_DETECTION_BYTES and best.encoding not in _COMMON:
        try:
            return Decoded(_normalize_newlines(data.decode("cp1252")), "cp1252",
                           f"not UTF-8 (bad byte at offset {first_bad}); decoded as cp1252")
        except UnicodeDecodeError:
            pass
    if best is not None and best.encoding not in ("utf_8",):
        text = str(best)
        controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\r\n\t\f")
        if controls <= _BINARY_CONTROL_SHARE * min(len(text), 65536):
            return Decoded(_normalize_newlines(text), best.encoding,
                           f"not UTF-8 (bad byte at offset {first_bad}); decoded as {best.encoding}")
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if controls > _BINARY_CONTROL_SHARE * len(sample):
        raise InputError("binary file, not text", path=path)
    text = data.decode("utf-8", errors="replace")
    return Decoded(_normalize_newlines(text), "utf-8",
                   f"not UTF-8 (bad byte at offset {first_bad}); undecodable bytes replaced with U+FFFD")


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
