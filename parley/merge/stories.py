"""Stories: near-duplicate detection that groups republished wire copy into one story.

Each text gets a MinHash signature over its word 3-grams (datasketch). The signature is cut into
bands for locality-sensitive hashing: documents that share one band hash are candidates, and a
candidate joins the story when the estimated Jaccard similarity or the estimated containment of
the shorter text in the longer one is high (an outlet that trims the wire copy keeps its story).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 3
#: Estimated Jaccard similarity at or above which two texts are one story.
MIN_JACCARD = 0.3
#: Estimated share of the shorter text found in the longer one at or above which they are one story.
MIN_CONTAINMENT = 0.5

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Fingerprint:
    """A text's MinHash signature, its shingle count and its LSH band hashes."""

    signature: np.ndarray
    shingles: int
    bands: tuple[tuple[int, int], ...]

    def to_bytes(self) -> bytes:
        return self.signature.astype("<u8").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, shingles: int) -> Fingerprint:
        """A fingerprint read back from the store (bands are not needed to compare)."""
        return cls(np.frombuffer(data, dtype="<u8"), shingles, ())


def _words(text: str) -> list[str]:
    flat = unicodedata.normalize("NFKD", text.casefold())
    return _WORD.findall("".join(c for c in flat if not unicodedata.combining(c)))


def _band_hash(values: np.ndarray) -> int:
    # a signed 64-bit integer, so it fits a BIGINT column on every database
    return int.from_bytes(hashlib.blake2b(values.astype("<u8").tobytes(), digest_size=8).digest(), "little",
                          signed=True)


def fingerprint(text: str) -> Fingerprint:
    """The MinHash fingerprint of a text."""
    words = _words(text)
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch([s.encode("utf-8") for s in shingles])
    sig = mh.hashvalues.astype(np.uint64)
    bands = tuple((b, _band_hash(sig[b * ROWS:(b + 1) * ROWS])) for b in range(BANDS))
    return Fingerprint(sig, len(shingles), bands)


def jaccard(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a.signature == b.signature)) / len(a.signature)


def containment(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated share of the smaller shingle set found in the larger one."""
    j = jaccard(a, b)
    smaller = min(a.shingles, b.shingles)
    if smaller == 0:
        return 0.0
    return min(1.0, j * (a.shingles + b.shingles) / ((1 + j) * smaller))


def similar(a: Fingerprint, b: Fingerprint) -> float:
    """How alike two texts are as copies of one story, 0 to 1; at least ``MIN_JACCARD`` means one story."""
    j = jaccard(a, b)
    if j >= MIN_JACCARD:
        return j
    # a trimmed republication: scaled so that MIN_CONTAINMENT maps onto MIN_JACCARD
    c = containment(a, b)
    return c * MIN_JACCARD / MIN_CONTAINMENT if c >= MIN_CONTAINMENT and j >= 0.1 else 0.0
