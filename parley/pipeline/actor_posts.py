"""Generic post titles that refer back to the one person holding a body's post.

"United Nations Secretary-General Ban Ki-moon ... the UN chief said": a definite phrase whose head is a
post one person holds (titles.yaml ``post: true``: chief, head, chairman ...) and whose other words name a
body ("UN") or the post's own words ("the commission chief" after "AU Commission chairman Moussa Faki")
refers to the person whose role names that body, rather than to the body.  Precision first: only when
exactly one person named before the phrase holds such a role.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from parley.pipeline.actors import _Cluster


def _names(body: _Cluster) -> set[str]:
    """A body's name, aliases and forms, lower case, without an article."""
    names = {body.name, *body.forms, *(body.entry.aliases if body.entry else ())}
    return {re.sub(r"^the\s+", "", n.strip(), flags=re.I).lower() for n in names if n and n.strip()}


def _in_role(name: str, role: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", role) is not None


def _role_title(role: str) -> str:
    """The title of a role before the post or body it serves ("spokesman for the secretary-general" -> "spokesman")."""
    words = role.split()
    cut = next((i for i, w in enumerate(words) if i and w in ("for", "to")), len(words))
    return " ".join(words[:cut])


def post_holder(clusters: dict[str, _Cluster], titles: dict[str, dict[str, Any]], phrase: Span,
                head: Token) -> _Cluster | None:
    """The one person an earlier name gave a post of the body or words in ``phrase`` ("the UN chief")."""
    entry = titles.get(head.lemma_.lower()) or titles.get(head.lower_) or {}
    if not entry.get("post") or entry.get("post_of") or head.tag_.endswith("S"):
        return None
    words = [t for t in phrase if t.i < head.i and t.dep_ != "det" and not t.is_punct]
    if not words:
        return None
    bodies = [c for c in clusters.values() if c.type in ("organization", "group")
              and any(phrase.start <= s and e <= head.i for s, e, _ in c.mentions)]
    covered = {t.i for c in bodies for s, e, _ in c.mentions for t in phrase if s <= t.i < e}
    rest = [t for t in words if t.i not in covered and t.pos_ != "ADJ"]
    found = []
    for c in clusters.values():
        if c.type != "person" or not c.role or not any(s < phrase.start for s, _, _ in c.mentions):
            continue
        role = c.role.lower()
        # the role is itself a post ("UN Secretary-General"), not a speaker for it ("United Nations spokesperson")
        head_words = _role_title(role)
        if not any(_in_role(t, head_words) for t, e in titles.items() if e.get("post") or e.get("post_of")):
            continue
        if bodies and not all(any(_in_role(n, role) for n in _names(b)) for b in bodies):
            continue
        if not all(_in_role(t.lower_, role) for t in rest):
            continue
        if not bodies and not rest:
            continue
        found.append(c)
    return found[0] if len(found) == 1 else None
