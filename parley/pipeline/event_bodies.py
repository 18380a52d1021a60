"""Parties of an event named by a noun, not a name: bodies of people and a state's armed forces.

- A body named by a plural noun ("rights groups", "armed gangs", "Syrian rebels", "residents of the
  capital"; :mod:`.collectives`) is a party when it acts; a state's demonym or possessive in its
  phrase says where the body is, not who ("Syrian rebels" are no act of Syria), except for a body of
  governments ("Egyptian and Qatari mediators", "foreign governments"). A party named in the phrase
  ("Hamas militants") or named before ("the M23 ... the rebels") is the party instead.
- A state's army named by a noun ("Myanmar's army", "the Israeli military", "Sudan's armed forces")
  is an actor of its own beside the state, and "the army" or "the military" later refers back to it.

Such actors stay provisional until an event keeps them (:meth:`.Collectives.register`).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Token

from parley.models import Actor

if TYPE_CHECKING:
    from parley.pipeline.event_references import PartyResolver

NOUN_POS = {"NOUN", "PROPN"}
# Prepositions that name what a body belongs to or where it is ("fighters from Hamas", "lawmakers in Ukraine"),
# or the members it is made of ("crime gangs such as the Clan del Golfo", "armed groups including the M23").
MEMBER_PREPS = {"of", "from", "in", "within", "as", "including", "like"}
# Words by which a body is said to serve a party ("militants linked to al Qaeda", "fighters loyal to Machar").
AFFILIATION_WORDS = {"link", "linked", "loyal", "ally", "allied", "affiliate", "affiliated", "tie", "tied"}
# Sectors of a body that acts for its state ("lawmakers", "foreign governments").
STATE_BODY_SECTORS = {"GOV"}
# Relations of a name to the noun of a body's phrase ("the movement Hamas", "the Hamas movement").
NAME_DEPS = {"appos", "compound", "nmod", "amod"}
# Nouns of a state's armed forces ("Myanmar's army", "the Israeli military"); "forces" only when armed.
FORCE_NOUNS = {"army", "military", "navy", "junta"}
FORCE_MODIFIER_DEPS = {"poss", "amod", "compound", "nmod"}
# Nouns for the fighters of an armed group ("DR Congo rebels"; resources/collectives.yaml, references: group).
GROUP_NOUNS = {"rebel", "insurgent", "militant", "guerrilla"}


def body_heads(r: PartyResolver, tokens: list[Token]) -> tuple[dict[int, str], set[int]]:
    """The provisional actors of the bodies the tokens name, by token index, and the words of their
    phrases that only say where the body is."""
    bodies: dict[int, str] = {}
    where: set[int] = set()
    for t in tokens:
        if t.i in r.forces:
            bodies[t.i] = r.forces[t.i]
            continue
        if t.pos_ not in NOUN_POS or r.table.at(t) is not None or t.i < r.dateline_end(t) \
                or (t.dep_ in ("compound", "amod", "poss") and not _holder_of(r, t)):
            continue  # "guerrilla group ELN": the noun qualifies a name; "militants' positions" are theirs
        if not r.bodies and not r.collectives.is_target(t) and not _fighters_target(r, t):
            continue  # a target only where it is a side ("pounded pro-Russian rebels"), not "killed residents"
        if r.actor_at(t) is not None or (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in NOUN_POS
                                         and t.head.head.lower_ not in r.collectives.words.quantifiers
                                         and not _holder_of(r, t)):
            # "the rebel group" named before; "an alliance of ethnic minority armed groups": a member;
            # "hundreds of rebels launched an attack": the rebels, counted; "positions of militants": theirs
            continue
        if r.is_sides(t):
            continue  # "Both governments agreed": the two sides named before, no body of its own
        if t.dep_ == "conj" and any(c.lower_ == "other" for c in t.children):
            continue  # "the M23 and other armed groups": the party named is the one that counts
        if r.collectives.holder(t) is None:
            continue
        mods = [x for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod") for x in c.subtree]
        named = [a for x in mods if (a := r.actor_at(x)) is not None]
        if any(r.actor_type(a) not in ("state", "location") for a in named):
            continue
        if _of_parties(r, t):
            continue  # "fighters from Hamas", "lawmakers in Ukraine and Poland": the parties named act
        lone = _lone_group(r, t, mods)
        actor_id = lone or r.collectives.holder(t)
        if actor_id is None:
            continue
        bodies[t.i] = actor_id
        if r.collectives.sector(t) != "GOV":
            where |= {x.i for x in mods}
    return bodies, where


def _holder_of(r: PartyResolver, noun: Token) -> bool:
    """Whether a noun names whose position, base or camp its head is ("bombed militants' positions", "pounded
    positions of militants in Swat"; ``holdings`` in resources/collectives.yaml)."""
    if noun.dep_ == "poss":
        return noun.head.lemma_.lower() in r.collectives.words.holdings
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in r.collectives.words.holdings


def _acted_on(noun: Token, r: PartyResolver | None = None) -> bool:
    """Whether a noun is the object of a verb ("killed at least 14 insurgents") or the "by" phrase of its
    object ("repelled an attack by armed men"), or holds the object ("bombed militants' positions")."""
    if noun.dep_ == "conj":
        noun = noun.head
    if r is not None and _holder_of(r, noun):
        noun = noun.head if noun.dep_ == "poss" else noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.head.dep_ == "dobj":
        return True
    return noun.dep_ == "dobj"


def _fighters_target(r: PartyResolver, noun: Token) -> bool:
    """Whether fighters named by a noun are the target of an act ("Rwandan forces have killed at least 14
    insurgents"): where the report names no armed group they could belong to, or one it is about
    (:func:`_lone_group`); fighters of one of several groups named are not told apart."""
    if not r.fighters or r.collectives.sector(noun) != "REB" or not _acted_on(noun, r):
        return False  # "returning from operations against the militants": no act on them
    if not any(a.sector == "REB" for a in r.table.of_type("group")):
        return True
    mods = [x for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod") for x in c.subtree]
    return _lone_group(r, noun, mods) is not None


def _lone_group(r: PartyResolver, noun: Token, mods: list[Token]) -> str | None:
    """The armed group a report is about, for fighters it names by a noun before naming the group
    ("DR Congo rebels have abducted hospital patients" in a headline over a report on the M23): only
    with no modifier but a state's, and only where the report names that group at least twice as often
    as any other armed group."""
    if noun.lemma_.lower() not in GROUP_NOUNS or r.collectives.sector(noun) != "REB":
        return None
    if any(r.actor_at(x) is None and x.pos_ != "DET" and not x.is_punct for x in mods):
        return None  # "pro-democracy rebels", "northern rebels": a body of its own
    groups = {a.id for a in r.table.of_type("group") if a.sector == "REB"}
    counts = Counter(m.actor_id for m in r.table.mentions if m.actor_id in groups).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] < 2 * counts[1][1]):
        return None
    return counts[0][0]


def _of_parties(r: PartyResolver, noun: Token) -> bool:
    """Whether the parties a body's "of", "from" or "in" phrase names act for it: a party that is no
    state or place ("fighters from Hamas", "members of the M23"), or several states for a body of
    officials ("lawmakers in Ukraine and Poland", each state's); "protesters in Israel" are a body."""
    named: list[Actor] = []
    # "militants linked to al Qaeda and Islamic State", "fighters loyal to Machar": the parties they serve
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in MEMBER_PREPS]
    served = [p for c in noun.children if c.dep_ in ("acl", "amod") and c.lemma_.lower() in AFFILIATION_WORDS
              for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")]
    for prep in preps + served:
        # "fighters loyal to Gen. Laurent Nkunda": a leader they serve is their party too
        kinds = ("state", "location", "group", "organization") + (("person",) if prep in served else ())
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            # "militants from the ... movement Hamas": the name beside the noun of the phrase
            for x in (t for o in (obj, *obj.conjuncts) for t in (o, *o.children)
                      if t is o or t.dep_ in NAME_DEPS):
                m = r.table.at(x)
                a = r.table.get(m.actor_id) if m is not None else None
                if a is not None and a.type in kinds and all(a.id != b.id for b in named):
                    named.append(a)
    if any(a.type not in ("state", "location") for a in named):
        return True
    countries = {a.country for a in named if a.country}
    return len(countries) >= 2 and r.collectives.sector(noun) in STATE_BODY_SECTORS


def armed_forces(r: PartyResolver) -> dict[int, str]:
    """The nouns of the document that name a state's armed forces with no actor of their own, to one
    provisional actor per state ("Myanmar's army ... Myanmar's military")."""
    found: dict[int, str] = {}
    for t in r.doc:
        if t.pos_ not in NOUN_POS or r.table.at(t) is not None or t.dep_ in ("compound", "amod", "poss"):
            continue  # "an army base", "a military airstrike": what the army has or does
        lemma = t.lemma_.lower()
        if lemma not in FORCE_NOUNS and not (lemma == "force" and t.tag_ in ("NNS", "NNPS")
                                             and any(c.lemma_.lower() == "armed" for c in t.children)):
            continue
        state = _state_modifier(r, t)
        if state is None:
            continue
        start = max(min([c.left_edge.i for c in t.children if c.dep_ in FORCE_MODIFIER_DEPS] + [t.i]),
                    r.dateline_end(t))
        while start < t.i and (r.doc[start].pos_ == "DET" or r.doc[start].is_punct):
            start += 1
        name = r.doc[start:t.i + 1].text
        actor = Actor(id="", name=name, type="organization", country=state.country, sector="MIL")
        found[t.i] = r.collectives.body(f"forces {state.id}", actor, start, t.i + 1, r.doc)
    return found


def _state_modifier(r: PartyResolver, noun: Token) -> Actor | None:
    """The state a modifier of the noun names ("Myanmar's", "Israeli", "Sudan's"), or None."""
    for c in noun.children:
        if c.dep_ not in FORCE_MODIFIER_DEPS:
            continue
        m = r.table.at(c)
        a = r.table.get(m.actor_id) if m else None
        if a is not None and a.type == "state":
            return a
    return None
