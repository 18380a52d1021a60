"""Holders the parser's tree does not name plainly: "the government" of the report's state, a people named by
its plural demonym ("Palestinians demand a capital of their own"), a list hung on its first name as an
apposition (a title before a name is in :mod:`parley.pipeline.holder_voices`), a title used
again ("the Turkish Cypriot leader"), a bracketed acronym before a description, the authors of a joint text, a list
split between an apposition and a conjunct ("mediators Qatar, Egypt, and the US"), a dateline's conjoined country, an
unnamed official qualified by a state ("An Israeli government representative") and "the army" named before."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from parley.models import Actor
from parley.pipeline.actor_titles import SPOKESMAN_TITLES, TITLE_WORDS
from parley.pipeline.collectives import Collectives
from parley.pipeline.cue_datelines import DATELINE_DASHES
from parley.pipeline.dictionary import load_dictionary
from parley.pipeline.extensions import ActorTable
from parley.pipeline.holder_companions import headline_pair

# Words that end the name of a body ("the Hostages and Missing Families Forum", "the Peace Council").
BODY_NAMES = {"forum", "committee", "council", "association", "union", "network", "coalition", "alliance", "front",
              "movement", "organization", "organisation", "group", "party", "league", "federation", "foundation",
              "institute", "commission", "board", "watch", "campaign", "initiative", "society", "syndicate", "assembly"}
# Body nouns that name the government of a state.
GOVERNMENT_BODIES = {"government", "administration", "ministry"}
# A state's own bodies and the press: no body that speaks for a party of its own ("the Karen rebels", a spokesman's "we").
STATE_AND_PRESS_SECTORS = frozenset({"GOV", "MIL", "MED"})


def administered_state(body: Token, mod: Token, actor: Actor, table: ActorTable) -> str | None:
    """"the Trump administration aims to ...": the leader's state, for which any of its officials (the envoy who says
    so) speaks; None for other bodies ("the Assad government" stays its leader's, as the tests read it) or when the
    report names no such state."""
    if actor.type != "person" or mod == body or mod.dep_ != "compound" or body.lemma_.lower() != "administration":
        return None
    return table.state_of(actor.id)


def is_state(tok: Token, table: ActorTable) -> bool:
    """The word names a state."""
    actor = table.get(m.actor_id) if (m := table.at(tok)) else None
    return actor is not None and actor.type == "state"


def body_owner(tok: Token, table: ActorTable, bodies: frozenset[str]) -> str | None:
    """"the militia of al-Sadr", "the government of Sudan": the actor a body's "of" phrase names, as "al-Sadr's
    militia" names him."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in bodies | GOVERNMENT_BODIES:
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    actor = table.get(m.actor_id) if obj is not None and (m := table.at(obj)) else None
    return actor.id if actor is not None and actor.type != "location" else None


def fighters_group(tok: Token, table: ActorTable) -> str | None:
    """The armed group fighters are "from", "of" or "with" ("Colombia's rebels from the National Liberation Army"),
    not the country that qualifies them."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "with")):
        # "Rebels with the group, Liberians United for Reconciliation and Democracy": the group's name.
        for obj in (o for c in prep.children if c.dep_ == "pobj" for o in (c, *(a for a in c.children if a.dep_ == "appos"))):
            actor = table.get(m.actor_id) if (m := table.at(obj)) else None
            if actor is not None and actor.type in ("group", "organization"):
                return actor.id
    return None


def ruling_state(tok: Token, table: ActorTable) -> str | None:
    """The state the report is about when the sentence of ``tok`` names none: the one state whose
    government it names ("Libya's government", "the Libyan government"), else the dateline's country
    ("TRIPOLI, Libya -"); not a state only named elsewhere ("a key demand of the United States")."""
    doc = tok.doc
    if any(is_state(t, table) for t in tok.sent):
        return None
    ruled = governed_states(doc, table)
    if not ruled and doc[0].text.isupper():
        place = table.get(m.actor_id) if (m := table.at(doc[0])) else None
        ruled = {a.id for a in table.of_type("state") if place is not None and a.country == place.country}
    return ruled.pop() if len(ruled) == 1 else None


def governed_states(doc: Doc, table: ActorTable) -> set[str]:
    """The states whose government the report names ("Libya's government", "The Philippines government")."""
    return {m.actor_id for m in table.mentions if is_state(doc[m.start], table) and any(
        t.lemma_.lower() in GOVERNMENT_BODIES for t in (*doc[m.start:m.end], doc[m.end - 1].head))}


def people_state(tok: Token, table: ActorTable, collectives: Collectives) -> str | None:
    """"The Palestinians", "Israelis": a people named by its plural demonym holds its state's stance; some of
    them ("Many Palestinians", "220 Israelis") hold none. A state the table lacks becomes a provisional actor."""
    if tok.pos_ != "PROPN" or not tok.text.endswith("s") or any(
            c.dep_ in ("det", "amod", "nummod", "quantmod") and c.lower_ != "the" for c in tok.children):
        return None
    hit = load_dictionary().lookup(tok.text[:-1])
    if hit is None or hit.reference != "demonym" or hit.entry.type != "state":
        return None
    state = next((a for a in table.of_type("state") if a.country == hit.entry.country), None)
    if state is not None:
        return state.id
    actor = Actor(id="", name=hit.entry.name, type="state", country=hit.entry.country, sector=hit.entry.sector)
    return collectives.body(f"state {hit.entry.country}", actor, tok.i, tok.i + 1, tok.doc)


def listed_apposition(tok: Token, table: ActorTable, actor_of: Callable[[Token], str | None]) -> tuple[Token, ...]:
    """A list the parser hung on its first name as an apposition ("The USA, the United Arab Emirates, Egypt,
    and the Gulf Cooperation Council welcomed"): the apposed name and its conjuncts, when each is an actor
    other than the first one."""
    first = actor_of(tok) if table.at(tok) is not None else None
    if first is None:
        return ()
    # "mediators Qatar, Egypt, and the US have called on": the parser hangs the middle name of a list on the first
    # as an apposition and the last as its conjunct; each name between them is listed too.
    last = max((c.i for c in tok.children if c.dep_ == "conj"), default=-1)
    middle = tuple(c for c in tok.children if c.dep_ == "appos" and tok.i < c.i < last and tok.doc[c.left_edge.i - 1].text == ","
                   and table.at(c) is not None and (a := actor_of(c)) is not None and a != first
                   and getattr(table.get(a), "type", None) == getattr(table.get(first), "type", None))
    if middle:
        return middle
    for c in tok.children:
        if c.dep_ != "appos" or c.i < tok.i or tok.doc[c.left_edge.i - 1].text != ",":
            continue
        if not any(k.dep_ == "conj" for k in c.children):
            if headline_pair(tok, c, table, actor_of):
                return (c,)  # "India, Pakistan agree to follow-up peace talks"
            continue
        names = (c, *c.conjuncts)
        actors = [actor_of(n) if table.at(n) is not None else None for n in names]
        if all(a is not None and a != first for a in actors):
            return names
    return ()


def bracketed_name(tok: Token, table: ActorTable) -> str | None:
    """"Sudan's Forces for Freedom and Change (FFC), a coalition of political parties": a name the actors stage
    did not take whole is the organization its bracketed acronym names, before any description apposed to it."""
    if table.at(tok) is not None or tok.pos_ != "PROPN":
        return None
    described = {t.i for c in tok.children if c.dep_ == "appos" and tok.doc[c.left_edge.i - 1].text == ","
                 for t in c.subtree}
    for t in tok.subtree:
        if t.i in described or t.i == 0 or tok.doc[t.i - 1].text != "(" or t.i + 1 >= len(tok.doc) \
                or tok.doc[t.i + 1].text != ")":
            continue
        actor = table.get(m.actor_id) if (m := table.at(t)) else None
        if actor is not None and actor.type in ("organization", "group"):
            return actor.id
    return None


def inserted(tok: Token) -> bool:
    """A phrase the reporter put in brackets for the speaker's own word ('"(the opposition) will attend a meeting,"
    Guaido said' for "we"): the phrase, whole, between brackets."""
    words = [t for t in tok.subtree if t.text not in ("(", ")", "[", "]")]  # the parser may hang the brackets on it
    doc = tok.doc
    first, last = words[0].i, words[-1].i
    return first > 0 and last + 1 < len(doc) and doc[first - 1].text in ("(", "[") and doc[last + 1].text in (")", "]")


def joint_authors(tok: Token, table: ActorTable, document_nouns: frozenset[str]) -> tuple[str, ...]:
    """"a joint US-Saudi statement said": a joint text is its named authors' (two or more names before it)."""
    if tok.lemma_.lower() not in document_nouns or not any(c.dep_ == "amod" and c.lower_ == "joint" for c in tok.children):
        return ()
    named = [m.actor_id for t in tok.subtree if t.i < tok.i and (m := table.at(t)) is not None]
    authors = tuple(dict.fromkeys(a for a in named if (actor := table.get(a)) is not None and actor.type != "location"))
    return authors if len(authors) > 1 else ()


# How many words before a name a title and the words before it may stand.
TITLE_SPAN = 5
# Nouns by which a report describes a body whose post a title names ("the world body's aid chief", "the bloc's envoy").
TITLE_OWNERS = {"body", "bloc", "organization", "organisation", "agency", "mission", "group", "movement", "alliance",
                "coalition", "party", "faction"}


def titled_before(tok: Token, table: ActorTable) -> str | None:
    """"the Turkish Cypriot leader" after "Turkish Cypriot leader Ersin Tatar": a definite title is the person
    named before with the same title and the same words before it; so is one a described body owns ("The world
    body's aid chief urged" after "UN aid chief Kwame Osei"), the person, not the body."""
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.lemma_.lower() in TITLE_OWNERS
                  and any(d.lower_ == "the" for d in c.children)), None)
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in TITLE_WORDS or not (owner is not None or any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children)) or table.at(tok) is not None:
        return None
    words = {t.lower_ for t in tok.doc[tok.left_edge.i:tok.i] if t.dep_ in ("amod", "compound", "nmod")
             and (owner is None or t.i > owner.right_edge.i)}
    for m in reversed(table.mentions):
        actor = table.get(m.actor_id)
        if m.start >= tok.i or actor is None or actor.type != "person":
            continue
        root = tok.doc[m.start:m.end].root
        title = next((c for c in root.children if c.dep_ == "compound" and c.lemma_.lower() == tok.lemma_.lower()), None)
        if title is not None and words <= {t.lower_ for t in tok.doc[title.left_edge.i:title.i]}:
            return actor.id
        # "... for Christodoulides and Turkish Cypriot leader Ersin Tatar": the title just before the name,
        # however the parser hung it.
        before = tok.doc[max(m.start - TITLE_SPAN, 0):m.start]
        at = next((t.i for t in reversed(before) if t.lemma_.lower() == tok.lemma_.lower()), None)
        if at == m.start - 1 and words and words <= {t.lower_ for t in before if t.i < at}:
            return actor.id
    return None


def known_as(tok: Token, table: ActorTable) -> str | None:
    """The actor a noun is "known as", "called" or "named"."""
    for clause in (c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in ("know", "call", "name")):
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                m = table.at(obj)
                if m is not None and (actor := table.get(m.actor_id)) is not None and actor.type != "location":
                    return actor.id
    return None


# Titles of one who speaks for a body ("a spokesman for rebel groups", "Negotiators for the rebels have requested
# a response"); an envoy or a representative "for Yemen" is sent to a place, not its voice ("a representative of
# the movement" is its voice: REPRESENTATIVE_TITLES, by "of" only).
SPEAKER_TITLES = SPOKESMAN_TITLES | {"negotiator", "delegate"}
REPRESENTATIVE_TITLES = {"representative"}


def spoken_for(tok: Token, table: ActorTable) -> Token | None:
    """"A spokesman for rebel groups", "a spokeswoman for the ministry": the body an unnamed speaker speaks for,
    when the title names no person ("Houthi spokesman Mohammed Abdulsalam" names one)."""
    lemma = tok.lemma_.lower()
    if lemma not in SPEAKER_TITLES | REPRESENTATIVE_TITLES or tok.pos_ != "NOUN":
        return None
    m = table.at(tok)
    actor = table.get(m.actor_id) if m is not None else None
    if m is not None and (m.kind != "description" or actor is None or actor.type != "person"):
        return None
    if any(c.dep_ == "appos" for c in tok.children):
        return None  # "a spokesman for the group, Mohammed Abdulsalam": the person named
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in (
            ("of",) if lemma in REPRESENTATIVE_TITLES else ("for", "of"))):
        return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def state_named(actor_id: str, table: ActorTable, doc: Doc) -> str | None:
    """The state a government body's own name names ("The Foreign Ministry of Syria", "Qatar's ministry")."""
    for m in (m for m in table.mentions if m.actor_id == actor_id):
        root = doc[m.start:m.end].root
        words = [*doc[m.start:m.end], *(o for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                                       for o in c.children if o.dep_ == "pobj")]
        states = [s.actor_id for w in words if w != root and (s := table.at(w)) is not None
                  and s.actor_id != actor_id and is_state(w, table)]
        if states:
            return states[0]
    return None


def conjoined_titles(tok: Token, actor_of: Callable[[Token], str | None]) -> tuple[Token, ...]:
    """"Libya's prime minister, Fayez al-Sarraj, and the military commander of its eastern half, Khalifa Haftar,
    have met and agreed": the parser hangs the second titled name on the first one's apposition; each conjunct
    that names an actor, itself or by its own apposed name, is a holder too."""
    found: list[Token] = []
    for c in tok.children:
        if c.dep_ != "appos" or c.i < tok.i or tok.tag_ in ("NNS", "NNPS") \
                or not any(k.dep_ == "cc" and k.lower_ == "and" for k in c.children):
            continue  # "the three guarantor powers, Cyprus President, Nikos Christodoulides said": no pair
        for k in c.conjuncts:
            named = k if actor_of(k) is not None else next(
                (a for a in k.children if a.dep_ == "appos" and actor_of(a) is not None), None)
            if named is not None:
                found.append(named)
    return tuple(found)


# "all of us", "each of them": the pronoun of the "of" phrase is who they are.
PARTITIVES = {"all", "each", "both", "many", "most"}


def partitive_of(tok: Token) -> Token | None:
    """The pronoun a partitive stands for: "All of us call on the parties" -> us."""
    if tok.lower_ not in PARTITIVES or tok.pos_ not in ("PRON", "DET"):
        return None
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.pos_ == "PRON"), None)


def official_state(person: str, table: ActorTable, doc: Doc) -> str | None:
    """"An Israeli government representative has dismissed the proposal": an official the report names only by what
    they are, qualified by a state's name or demonym, speaks for that state; None for a named person or one a body
    qualifies ("A Hamas official"; but "A US State Department official" is the US's)."""
    actor = table.get(person)
    if actor is None or actor.type != "person" or not (actor.sector in ("GOV", "MIL") or GOVERNMENT_BODIES & set(
            actor.name.lower().split())) or any(m.actor_id == person and m.kind != "description" for m in table.mentions):
        return None
    state = table.get(table.state_of(person))
    if state is None or state.type != "state":
        return None
    spans = [(m.start, m.end) for m in table.mentions if m.actor_id == person]
    within = [a for m in table.mentions for start, end in spans if m.actor_id != person
              and start <= m.start and m.end <= end and (a := table.get(m.actor_id)) is not None]
    if any(a.type not in ("state", "location") and (a.sector not in ("GOV", "MIL") or a.country != state.country)
           for a in within):
        return None
    words = {w.lower_ for start, end in spans for w in doc[start:end]}
    return state.id if words & {n.lower() for n in (state.name, *state.aliases)} else None


def armed_forces_before(tok: Token, table: ActorTable) -> str | None:
    """"Sudan's army and the paramilitary RSF ... The army confirmed it had sent envoys": "the army" is the one state
    armed force named before (an organization of the MIL sector), not the armed group named last; None if there is
    none or more than one."""
    if tok.tag_ != "NN" or not any(c.lower_ == "the" for c in tok.children):
        return None
    forces = {a.id for m in table.mentions if m.end <= tok.i and (a := table.get(m.actor_id)) is not None
              and a.type == "organization" and a.sector == "MIL"}
    return forces.pop() if len(forces) == 1 else None


def dateline_places(tok: Token, table: ActorTable) -> tuple[Token, ...]:
    """The place opening a dateline and the country the parser conjoined to it ("BENGHAZI, Libya – Libyan rebels
    delivered": the subject hangs on "Libya")."""
    return (tok, *(c for c in tok.children if c.dep_ == "conj" and c.i < tok.i + 4 and is_state(c, table)))


def named_rebels(table: ActorTable) -> list[str]:
    """The rebel groups the report names by name."""
    return [a.id for a in table.of_type("group", "organization") if a.sector == "REB"
            and any(m.actor_id == a.id and m.kind != "description" for m in table.mentions)]


def described(tok: Token, table: ActorTable) -> bool:
    """The noun names its actor only by what it is ("mediators", "the rebels"), not by a name."""
    m = table.at(tok)
    actor = table.get(m.actor_id) if m is not None else None
    return m is not None and m.kind == "description" and actor is not None and actor.type == "group" \
        and tok.tag_ in ("NNS", "NNPS")


def dateline_subject(tok: Token, table: ActorTable) -> Token | None:
    """A dateline the parser took for the subject: "NAIROBI, Kenya - The M23 rebel group ... said",
    "TEHRAN (Tasnim) – Yemen's Houthis said": the last phrase it hung on the place. A word in capitals
    is a dateline whatever the actors stage took it for."""
    if tok.i + 1 >= len(tok.doc):
        return None
    m = table.at(tok)
    # "United Nations, Oct 18 (EFE).- United Nations Secretary General Antonio Guterres": a name, then a date
    # and a credit open the line, whatever the name is and however many words it has.
    dated = m is not None and m.start == tok.sent.start and m.end == tok.i + 1 and tok.doc[tok.i + 1].text == "," \
        and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].ent_type_ == "DATE"
    if tok.i != tok.sent.start and not dated:
        return None
    place = table.get(m.actor_id) if m else None
    if not (tok.text.isupper() or tok.doc[tok.i + 1].text in (",", "(", "–", "—", "-")):
        return None
    # "TEHRAN (Tasnim) – Yemen's Houthis": a news agency in brackets is the credit, not the subject.
    named = [c for p in dateline_places(tok, table) for c in p.children
             if c.dep_ == "appos" and tok.doc[max(c.left_edge.i - 1, 0)].text != "("]
    if not named:
        return None
    dashed = any(t.text in DATELINE_DASHES for t in tok.doc[tok.i + 1:named[-1].i])
    if not tok.text.isupper() and not dashed and any(k.dep_ == "conj" for k in named[-1].children):
        return None  # "Germany, Italy, the Netherlands, Sweden and Switzerland - welcome": a list of names
    if not tok.text.isupper() and not dashed and not dated and headline_pair(tok, named[-1], table):
        return None  # "India, Pakistan agree to follow-up peace talks": two states, no place and its country
    if place is not None and place.type not in ("location", "state") and not (tok.text.isupper() and dashed) \
            and not dated:
        return None
    return named[-1]


def has_perfect(verb: Token) -> bool:
    """"has called", "have said": the verb carries a perfect auxiliary of its own."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def bare_fighters(tok: Token, fighter_nouns: frozenset[str]) -> bool:
    """"Rebels", "the insurgents": fighters named by what they are, with no name or place."""
    return tok.lemma_.lower() in fighter_nouns and tok.tag_ == "NNS" and not any(
        c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.children)


def named_after_post(title: Token, table: ActorTable, actor_of: Callable[[Token], str | None]) -> list[str]:
    """"International envoy to Syria Lakhdar Brahimi welcomed ...": the parser takes the name after a post for
    the object of its "to"; the person named there holds the post."""
    prep = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    actor = table.get(actor_of(obj) or "") if obj is not None and obj.pos_ == "PROPN" else None
    return [actor.id] if actor is not None and actor.type == "person" else []
