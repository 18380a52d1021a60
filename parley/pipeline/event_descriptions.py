"""Definite descriptions that refer back to a party named before, for events.

"The armed alliance said it had captured a city" after "the Three Brotherhood Alliance", "the top
diplomat held intensive contacts" after "Egyptian Foreign Minister Badr Abdelatty", "the government
responded with airstrikes", "the army said": the noun names no actor of its own, yet the event has
one. Which nouns refer back, and to what kind of party, is data (``references`` in
``resources/collectives.yaml``):

- ``named``: the organization or group named before whose name ends in the noun;
- ``military``: a state's armed forces named before (a force of no country, such as the "People's
  Defense Forces", only when no state's is), else the state nearest before;
- ``state``: the state nearest before, within three sentences, else the state named most;
- ``group``: the armed group nearest before;
- ``person``: the person nearest before whose role or alias holds one of the listed words.

A description with a name, possessor or prepositional phrase of its own ("Myanmar's army", "the
Ministry of Defence", "the army of Sudan") is left to the words that name the party; one joined to
another party ("the army and the RSF") still refers back.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from parley import lexicon
from parley.errors import ConfigError

if TYPE_CHECKING:
    from parley.pipeline.event_references import PartyResolver

DEFINITE = {"the", "this", "that", "these", "those"}
# Prepositions after the head noun of an organization's name ("Support Mission in Libya", "Organization
# for Migration", "Office for the Coordination of Humanitarian Affairs").
NAME_QUALIFIERS = {"in", "for", "of", "on"}
# Sentences back within which a state is "the government" named before.
STATE_WINDOW = 3


@dataclass(frozen=True)
class References:
    """The ``references`` section of ``resources/collectives.yaml``."""

    kinds: dict[str, str]
    roles: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def load_references() -> References:
    data: dict[str, Any] = lexicon.mapping("collectives.yaml").get("references") or {}
    try:
        kinds = {str(w).lower(): kind for kind in ("named", "military", "state", "group")
                 for w in data.get(kind) or []}
        roles = {str(k).lower(): tuple(str(w).lower() for w in v) for k, v in (data.get("person") or {}).items()}
    except (AttributeError, TypeError) as exc:
        raise ConfigError(f"resources/collectives.yaml: references must map kinds to lists ({exc})") from exc
    kinds.update({w: "person" for w in roles})
    return References(kinds, roles)


def is_description(token: Token) -> bool:
    """Whether a noun is a bare definite description: "the army", "the top diplomat", "the rebels"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in load_references().kinds:
        return False
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
        return False
    return not any(c.dep_ in ("poss", "prep", "appos", "nmod") or (c.dep_ == "compound" and c.pos_ == "PROPN")
                   or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
                   for c in token.children)


def description_antecedent(resolver: PartyResolver, token: Token) -> str | None:
    """The party a definite description refers back to, or None (see the module docstring)."""
    refs = load_references()
    noun = token.lemma_.lower()
    kind = refs.kinds.get(noun)
    before = _mentions_before(resolver, token)
    if kind == "named":
        return next((a.id for a in before if a.type in ("organization", "group") and _ends_in(a, noun)), None) \
            or (next((a.id for a in before if a.type == "group"), None) if noun in ("alliance", "movement", "front")
                else None)
    if kind == "military":
        # the armed forces named before, with a name or as a state's army ("Myanmar's army")
        named = [(m.start, m.actor_id) for m in resolver.table.mentions if m.start < token.i
                 and (a := resolver.table.get(m.actor_id)) is not None and a.sector == "MIL" and a.type == "organization"]
        # "the military" is a state's forces: the "People's Defense Forces" of no country are rebels
        national = [(i, actor_id) for i, actor_id in named if resolver.table.get(actor_id).country]
        named = national or named
        named += [(i, actor_id) for i, actor_id in resolver.forces.items() if i < token.i]
        return max(named)[1] if named else _state(resolver, token, before)
    if kind == "state":
        return _state(resolver, token, before)
    if kind == "group":
        return next((a.id for a in before if a.type == "group" and a.sector not in ("NGO", "MED", "CVL")), None)
    if kind == "person":
        if token.tag_ not in ("NN", "NNP"):
            return None  # "the two presidents": more than the one person named before
        words = refs.roles[noun]
        return next((a.id for a in before if a.type == "person" and _has_role(a, words)), None)
    return None


def _mentions_before(resolver: PartyResolver, token: Token) -> list[Any]:
    """The actors named before a token, nearest first, each once; the dateline left out."""
    seen: dict[str, Any] = {}
    for m in sorted(resolver.table.mentions, key=lambda m: -m.start):
        if m.start >= token.i or m.actor_id in seen or m.start < resolver.dateline_end(resolver.doc[m.start]):
            continue
        a = resolver.table.get(m.actor_id)
        if a is not None and a.sector != "MED":
            seen[m.actor_id] = a
    return list(seen.values())


def _state(resolver: PartyResolver, token: Token, before: list[Any]) -> str | None:
    """The state nearest before a token within a few sentences, else the state named most."""
    earliest = resolver._sentence_start(token, back=STATE_WINDOW)
    for m in sorted(resolver.table.mentions, key=lambda m: -m.start):
        if earliest <= m.start < token.i:
            a = resolver.table.get(m.actor_id)
            if a is not None and a.type == "state" and m.start >= resolver.dateline_end(resolver.doc[m.start]):
                return a.id
    main = [p for p in resolver.main_parties(exclude=[], n=1) if resolver.actor_type(p) == "state"]
    return main[0] if main else None


def _ends_in(actor: Any, noun: str) -> bool:
    """Whether a name ends in the noun, or has it as its head before a qualifying phrase ("the mission"
    after the "United Nations Support Mission in Libya", "the organisation" after the "International
    Organization for Migration"); British and American spellings are one word."""
    wanted = {_spelling(noun), _spelling(noun) + "s"}
    for n in (actor.name, *actor.aliases):
        words = [_spelling(w.lower().rstrip(".,")) for w in n.split()]
        if not words:
            continue
        head = next((words[i - 1] for i, w in enumerate(words) if i > 0 and w in NAME_QUALIFIERS), words[-1])
        if words[-1] in wanted or head in wanted:
            return True
    return False


def _spelling(word: str) -> str:
    return word.replace("isation", "ization")


def _has_role(actor: Any, words: tuple[str, ...]) -> bool:
    texts = [f" {t.lower()} " for t in (actor.role or "", *actor.aliases)]
    # whole words: a "Presidential Aide" is no president
    return any(f" {w} " in t for w in words for t in texts)
