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

from dataclasses import dataclass, field
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
# Entity labels of the words that name whose a body is ("the army of Sudan", "the forces of the Kremlin").
NAME_ENTITIES = {"GPE", "NORP", "ORG", "LOC", "PERSON"}


@dataclass(frozen=True)
class References:
    """The ``references`` section of ``resources/collectives.yaml``."""

    kinds: dict[str, str]
    roles: dict[str, tuple[str, ...]]
    envoys: frozenset[str] = frozenset()
    hardware: frozenset[str] = frozenset()
    offices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    military_terms: frozenset[tuple[str, str]] = frozenset()


@lru_cache(maxsize=1)
def load_references() -> References:
    data: dict[str, Any] = lexicon.mapping("collectives.yaml").get("references") or {}
    try:
        kinds = {str(w).lower(): kind for kind in ("named", "military", "state", "group", "igo")
                 for w in data.get(kind) or []}
        roles = {str(k).lower(): tuple(str(w).lower() for w in v) for k, v in (data.get("person") or {}).items()}
    except (AttributeError, TypeError) as exc:
        raise ConfigError(f"resources/collectives.yaml: references must map kinds to lists ({exc})") from exc
    kinds.update({w: "person" for w in roles})
    envoys = frozenset(str(w).lower() for w in data.get("envoys") or [])
    hardware = frozenset(str(w).lower() for w in data.get("hardware") or [])
    offices = {str(k).lower(): tuple(str(w).lower() for w in v) for k, v in (data.get("offices") or {}).items()}
    terms = frozenset(tuple(str(w).lower().split()[-2:]) for w in data.get("military_terms") or []
                      if len(str(w).split()) >= 2)
    return References(kinds, roles, envoys, hardware, offices, terms)  # type: ignore[arg-type]


def office_title(token: Token) -> tuple[str, ...]:
    """The role words of the person a definite office title names ("The Head of State expressed
    gratitude" after "Head of State Volodymyr Zelenskyy"), else ()."""
    offices = load_references().offices
    if token.lower_ not in {o.split()[0] for o in offices} \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return ()
    prep = [c for c in token.children if c.dep_ == "prep"]
    objects = [c for p in prep for c in p.children if c.dep_ == "pobj" and not list(c.children)]
    if len(prep) != 1 or prep[0].lower_ != "of" or len(objects) != 1:
        return ()  # "the head of the delegation of negotiators" names no office
    return offices.get(f"{token.lower_} of {objects[0].lower_}", ())


def military_term(token: Token) -> bool:
    """Whether a noun and its modifier are a term for a state's armed forces that needs no article
    ("government forces", "security forces"), with no word of whose they are ("Afghan security forces")."""
    terms = load_references().military_terms
    mods = [m for m in token.children if m.dep_ in ("amod", "compound") and m.i == token.i - 1
            and (m.lower_, token.lower_) in terms and not any(x.lower_ == "anti" for x in m.children)]
    if token.pos_ != "NOUN" or not mods:
        return False  # "anti-government forces" are the government's enemies
    return not any(c.dep_ in ("poss", "appos", "nmod") or (c.dep_ == "prep" and _naming(c))
                   or (c.dep_ in ("amod", "compound") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")))
                   for c in token.children if c.i != token.i - 1)


def is_description(token: Token) -> bool:
    """Whether a noun is a bare definite description: "the army", "the top diplomat", "the rebels"."""
    if office_title(token) or military_term(token):
        return True
    if token.pos_ != "NOUN" or token.lemma_.lower() not in load_references().kinds:
        return False
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
        return False
    return not any(c.dep_ in ("poss", "appos", "nmod") or (c.dep_ == "prep" and _naming(c))
                   or (c.dep_ == "compound" and c.pos_ == "PROPN")
                   or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
                       and not _community_pair(token))
                   for c in token.children)


def _community_pair(noun: Token) -> bool:
    """Whether a noun of a people is qualified by two nationality adjectives ("the Turkish Cypriot
    leader"): they name a community, not whose the description is."""
    adjectives = [c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.text[:1].isupper()]
    return len(adjectives) >= 2 and noun.lemma_.lower() in _communities()


def _naming(prep: Token) -> bool:
    """Whether a prepositional phrase on a description may say whose it is ("the army of Sudan", "the
    ministry for foreign affairs"); "accuse the military of extrajudicial killings" hangs what it is
    accused of on the noun, and names no one."""
    if prep.lower_ != "of":
        return True
    return any(t.pos_ == "PROPN" or t.ent_type_ in NAME_ENTITIES or t.pos_ == "PRON" for t in prep.subtree)


def description_antecedent(resolver: PartyResolver, token: Token) -> str | None:
    """The party a definite description refers back to, or None (see the module docstring)."""
    refs = load_references()
    noun = token.lemma_.lower()
    kind = "military" if military_term(token) else refs.kinds.get(noun)
    before = _mentions_before(resolver, token)
    if words := office_title(token):
        return _person_titled(resolver, before, words)
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
    if kind == "igo":
        return next((a.id for a in before if a.type == "organization" and a.sector == "IGO"), None)
    if kind == "person":
        if token.tag_ in ("NNS", "NNPS") and noun in refs.envoys:
            # "The envoys, who landed late on Saturday, will meet ..." after "Saudi and Omani delegations"
            return _envoys_before(resolver, token, refs.envoys)
        if token.tag_ not in ("NN", "NNP"):
            return None  # "the two presidents": more than the one person named before
        return _person_titled(resolver, before, refs.roles[noun])
    return None


def _person_titled(resolver: PartyResolver, before: list[Any], words: Any) -> str | None:
    """The person named before whose role or title has these words."""
    return next((a.id for a in before if a.type == "person"
                 and (_has_role(a, words) or _titled(resolver, a.id, words))), None)


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
    envoys = load_references().envoys
    foreign: str | None = None  # a state named only as its envoys' nationality ("Norwegian envoys")
    for m in sorted(resolver.table.mentions, key=lambda m: -m.start):
        if earliest <= m.start < token.i:
            a = resolver.table.get(m.actor_id)
            if a is not None and a.type == "state" and m.start >= resolver.dateline_end(resolver.doc[m.start]):
                span = resolver.doc[m.start:m.end]
                if span.root.lemma_.lower() in envoys or (span.root.pos_ == "ADJ" and span.root.head.lemma_.lower() in envoys):
                    foreign = foreign or a.id
                    continue
                return a.id
    if foreign is not None:
        return foreign
    # a state an earlier description in the window already stood for: "the government" again ("the ELN
    # said ... negotiations with the government ... the rebels asked the government"; Reuters, Colombia 2023)
    earlier = [(i, a) for i, a in resolver._pronoun_cache.items()
               if earliest <= i < token.i and a is not None and resolver.actor_type(a) == "state"]
    if earlier:
        return max(earlier)[1]
    # a country the document names only as a place stands for its state ("In Afghanistan, there is a
    # confrontation between government forces and the militants")
    main = [p for p in resolver.main_parties(exclude=[], n=2)
            if resolver.actor_type(p) == "state" or resolver.stateless_country(p)]
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


def _envoys_before(resolver: PartyResolver, token: Token, envoys: frozenset[str]) -> str | None:
    """The party whose envoys, delegations or mediators the report named last before "the envoys"
    ("Saudi and Omani delegations arrived in Sanaa ... The envoys ... will meet"): the first named."""
    earliest = resolver._sentence_start(token, back=STATE_WINDOW)
    for t in reversed(resolver.doc[earliest:token.i]):
        if t.lemma_.lower() not in envoys or t.tag_ not in ("NNS", "NNPS"):
            continue
        words = [x for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod") for x in c.subtree]
        named = [a for x in words if (m := resolver.table.at(x)) is not None
                 and (a := resolver.table.get(m.actor_id)) is not None and a.type in ("state", "organization", "group")]
        if named:
            return named[0].id
    return None


def _titled(resolver: PartyResolver, actor_id: str, words: tuple[str, ...]) -> bool:
    """Whether the text gives a person one of the words as a title before their name ("Turkish Cypriot
    leader Ersin Tatar")."""
    for m in resolver.table.mentions:
        if m.actor_id == actor_id:
            before = resolver.doc[max(m.start - 3, 0):m.end]
            title = " " + " ".join(t.lower_ for t in before if t.pos_ in ("NOUN", "PROPN", "ADJ")) + " "
            if any(f" {w} " in title for w in words):
                return True
    return False


def _has_role(actor: Any, words: tuple[str, ...]) -> bool:
    texts = [f" {t.lower()} " for t in (actor.role or "", *actor.aliases)]
    # whole words: a "Presidential Aide" is no president
    return any(f" {w} " in t for w in words for t in texts)


@lru_cache(maxsize=1)
def _communities() -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon.mapping("collectives.yaml").get("communities") or [])


def community_demonym(resolver: PartyResolver, token: Token) -> bool:
    """Whether a nationality adjective is one of a pair that names a people or a person of two nations
    ("Turkish Cypriot leader Ersin Tatar", "the Greek Cypriot side", "an Irish-Israeli national"): neither
    state is a party; "Armenian-Azerbaijani talks" name both (``communities`` in collectives.yaml)."""
    if not _demonym(token) or not _state_word(resolver, token):
        return False
    partners = [resolver.doc[k] for k in (token.i - 2, token.i - 1, token.i + 1, token.i + 2)
                if 0 <= k < len(resolver.doc)]
    partners = [p for p in partners if _demonym(p) and _state_word(resolver, p)
                and all(resolver.doc[j].tag_ == "HYPH" for j in range(min(p.i, token.i) + 1, max(p.i, token.i)))]
    if not partners:
        return False
    noun = token
    while _demonym(noun) and noun.dep_ in ("amod", "compound") and noun.head.i != noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in _communities():
        return False
    # the person meant is named ("Turkish Cypriot leader Ersin Tatar") or named before ("the Turkish
    # Cypriot leader"); with no one to stand for the phrase, its states are the best there is
    name = noun
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head  # "leader Ersin Tatar": the parser may hang the title on the first name
    if name.i == noun.i and noun.i + 1 < len(resolver.doc):
        name = resolver.doc[noun.i + 1]  # a title right before the name the parser did not join to it
    named = resolver.table.at(name) if name.i != noun.i else None
    return (named is not None and resolver.actor_type(named.actor_id) == "person") \
        or (noun.i != token.i and resolver.actor_at(noun) is not None)


def _demonym(token: Token) -> bool:
    """A nationality word: an adjective, or a proper noun the model tags as a nationality ("Cypriot")."""
    return token.pos_ == "ADJ" or (token.pos_ == "PROPN" and token.ent_type_ == "NORP")


def _state_word(resolver: PartyResolver, token: Token) -> bool:
    m = resolver.table.at(token)
    a = resolver.table.get(m.actor_id) if m is not None else None
    return a is not None and a.type == "state"


def state_forces(resolver: PartyResolver, token: Token) -> str | None:
    """The armed forces a state's name stands for when it qualifies its fighting means ("Myanmar
    aircraft carried out three strikes" after "Myanmar's military"): the state's military named in
    the report, else None."""
    if token.dep_ not in ("compound", "amod") or token.head.lemma_.lower() not in load_references().hardware:
        return None
    m = resolver.table.at(token)
    state = resolver.table.get(m.actor_id) if m is not None else None
    if state is None or state.type != "state" or not state.country:
        return None
    named = [a.id for a in resolver.table.of_type("organization") if a.sector == "MIL" and a.country == state.country]
    provisional = [a for i, a in sorted(resolver.forces.items())
                   if (x := resolver.collectives.pending.get(a)) is not None and x.country == state.country]
    found = named + provisional
    return found[0] if len(set(found)) == 1 else None
