"""The vocabulary of peace-process issues (``resources/issues.yaml``): names an issue phrase.

"the neutral status of Ukraine" and "Ukraine's neutrality" are both ``neutral status``; a phrase
that matches no entry is left to the caller, who keeps it as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from parley import lexicon
from parley.errors import ConfigError

# Words a variant may leave out or a phrase may add between its words.
FUNCTION_WORDS = {"of", "the", "a", "an", "to", "for", "in", "on", "and", "with", "'s", "’s", "-"}
# How many words a phrase may add between the first and last word of a variant.
SLACK = 3


def stem(word: str) -> str:
    """A crude plural-insensitive key: "guarantees" and "guarantee" compare equal."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def _words(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in re.split(r"[\s\-]+", text.strip()) if w and w.lower() not in FUNCTION_WORDS)


@dataclass(frozen=True)
class Issue:
    """One entry of the vocabulary: a canonical name and the word sequences that mean it."""

    name: str
    variants: tuple[tuple[str, ...], ...]


class IssueVocabulary:
    """Names issue phrases with the curated vocabulary."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        self._names = {i.name.lower() for i in issues}

    def name(self, tokens: list[Token], head: Token | None = None) -> str | None:
        """The canonical issue these words name, or None.

        With a ``head`` (the word the phrase is about) only a match containing it counts, so "a new
        round of negotiations" is not "negotiations"; without, the longest, earliest match wins.
        """
        words = [(stem(t.lower_), stem(t.lemma_.lower()), t.i) for t in tokens
                 if not t.is_punct and t.lower_ not in FUNCTION_WORDS]
        best: tuple[int, int, str] | None = None
        for issue in self.issues:
            for variant in issue.variants:
                span = self._find(variant, words)
                if span is None:
                    continue
                if head is not None and head.i not in span:
                    continue
                key = (len(variant), -min(span), issue.name)
                if best is None or key[:2] > best[:2]:
                    best = key
        return best[2] if best else None

    def is_name(self, issue: str) -> bool:
        """Whether ``issue`` is the vocabulary's name of one issue or of several ("ceasefire and withdrawal of troops")."""
        return all(part.strip().lower() in self._names for part in issue.split(" and "))

    @staticmethod
    def _find(variant: tuple[str, ...], words: list[tuple[str, str, int]]) -> set[int] | None:
        """The token indices where every word of the variant occurs, close together."""
        if not variant:
            return None
        for start, (form, lemma, _) in enumerate(words):
            if variant[0] not in (form, lemma):
                continue
            found = [words[start][2]]
            pos = start
            for w in variant[1:]:
                nxt = next((k for k in range(len(words)) if k != pos and w in words[k][:2]
                            and words[k][2] not in found), None)
                if nxt is None:
                    break
                found.append(words[nxt][2])
                pos = nxt
            else:
                if max(found) - min(found) <= len(variant) - 1 + SLACK:
                    return set(found)
        return None


def load_vocabulary(extra: Path | None = None) -> IssueVocabulary:
    """The bundled issue vocabulary with a user's file merged over it."""
    issues = []
    for i, entry in enumerate(lexicon.entries("issues.yaml", extra)):
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"issues.yaml entry {i + 1}: needs a name")
        variants = [name, *(entry.get("variants") or [])]
        issues.append(Issue(name=name, variants=tuple(v for v in map(_words, map(str, variants)) if v)))
    return IssueVocabulary(issues)
