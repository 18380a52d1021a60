"""Actors: one canonical actor across documents, found by name and proper alias, with user merges.

Each document's actor table already gathers the aliases of an actor in that text (Kalın, Ibrahim
Kalın, the presidential spokesperson). Across documents an actor is matched by its folded name or
proper aliases (case, accents and dots ignored), within its type. Descriptive aliases ("the
spokesperson") never link documents: they fit different people in different texts. A person's
surname links only a document that knows nobody by a fuller name.

The store applies these rules (parley.store.actors), where users also correct the result with
merges that are recorded and can be undone.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from parley.models import Actor

_DETERMINERS = ("the ", "a ", "an ")
#: Similarity (0-100) of two surnames, after the same given name, that makes them one person's.
SPELLING_RATIO = 85.0
# letters NFKD leaves whole but readers treat as their base letter
_BASE_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case, accents, dots and spacing folded away: "İbrahim Kalın" -> "ibrahim kalin", "U.N." -> "un"."""
    flat = unicodedata.normalize("NFKD", text.casefold().translate(_BASE_LETTERS))
    flat = "".join(c for c in flat if not unicodedata.combining(c)).translate(_BASE_LETTERS)
    return " ".join(flat.replace(".", "").replace("’", "'").split())


def _proper(alias: str) -> bool:
    low = alias.lower()
    return bool(alias) and alias[0].isupper() and not low.startswith(_DETERMINERS)


def actor_keys_of(actor: Actor) -> tuple[list[str], list[str]]:
    """The strong keys (name, proper aliases) and weak keys (a person's bare surname) of an actor."""
    strong: list[str] = []
    weak: list[str] = []
    for alias in (actor.name, *actor.aliases):
        if not (alias == actor.name or _proper(alias)):
            continue
        key = fold(alias)
        if not key:
            continue
        if actor.type == "person" and " " not in key:
            weak.append("~" + key)
        elif key not in strong:
            strong.append(key)
    if actor.type == "person":
        for key in strong:
            weak.append("~" + key.rsplit(" ", 1)[-1])
    return strong, list(dict.fromkeys(weak))


def same_spelling(a: str, b: str) -> bool:
    """Whether two folded surnames are one name spelled two ways (Zelenskyy, Zelensky)."""
    return fuzz.ratio(a, b) >= SPELLING_RATIO
