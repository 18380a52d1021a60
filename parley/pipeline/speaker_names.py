"""Speakers the actors stage left unnamed, and names it hung in the wrong place.

``parley.pipeline.speakers`` asks these when a speech cue's subject names no actor:

- a person's name set off by commas at the end of the subject ("The head of the U.N mission in South
  Sudan, Nicholas Haysom, said"), wherever the parser hangs it;
- a body named by its head noun ("the Indian Ministry of External Affairs has announced", "Ukraine's
  air force said", "according to National Iraqi News Agency"), a body of a state ("South Sudan's main
  opposition party said"), the people beside a person ("Parry's family has said"), or a person named
  after a title ("opposition spokesperson Pal Mai Deng said") or before one in apposition ("Kamal
  Kambal, the SPLM-N representative in UK, told RFI"): each becomes an actor of its own,
  added to the document's actors once, as the positions stage does for collective holders;
- the press of a state ("according to the Transnistrian press"), a group of its own;
- a government named by its leader or by several states ("Maduro's government", "The US and Saudi
  governments"): the state, the first-named for a joint statement;
- a body's name cut short by the actors stage ("the Russian MOD", "BBC Russian Service", "the
  Defense Ministry of Syria"): the whole phrase is added to the speaker's aliases;
- a last name the actors stage did not link ("Prince Khalid"), or took for a place ("said Touadera"):
  the one actor whose name holds it; whether a demonym phrase stands for a person ("the Turkish
  minister") or for its state's body ("the Colombian government").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from parley.models import Actor
from parley.pipeline.extensions import ActorTable, Mention
from parley.pipeline.speaker_unknown import NOT_PERSONS, bare_person_name, name_after_title

if TYPE_CHECKING:
    from parley.pipeline.speakers import SpeakerResolver

# Proxy nouns for several people in the singular ("Parry's family"): a group, not a person.
COLLECTIVE_PROXIES = {"family"}


def closing_apposition(r: SpeakerResolver, head: Token) -> Mention | None:
    """'The head of the U.N mission in South Sudan, Nicholas Haysom, said': a person's name set
    off by commas at the end of the subject names it, wherever the parser hangs it."""
    doc = r.doc
    end = head.right_edge.i
    if head.head.i <= end or head.head.i - end > 2:
        return None  # the subject must run up to its verb
    while end > head.i and doc[end].is_punct:
        end -= 1
    if end <= head.i or not doc[end + 1].text == "," or head.head.i != end + 2:
        return None
    m = r.speaking_mention(doc[end])
    actor = r.table.get(m.actor_id) if m else None
    if actor is None or actor.type != "person" or m is None or m.end != end + 1:
        return None
    if m.start == 0 or doc[m.start - 1].text != "," or end in r.quoted:
        return None
    return m


def leading_apposition(r: SpeakerResolver, head: Token) -> Mention | None:
    """'..., Fraidon Azhand, spokesman for the ministry said': a bare title whose person is named
    just before it, set off by commas; the parser may hang the name on the reported clause."""
    doc = r.doc
    lemma = head.lemma_.lower()
    first = head.left_edge.i
    if lemma not in r.person_nouns or first < 2 or doc[first].lower_ in ("the", "a", "an") \
            or doc[first - 1].text != "," or head.i > head.head.i:
        return None
    m = r.speaking_mention(doc[first - 2])
    actor = r.table.get(m.actor_id) if m else None
    if actor is None or m is None or actor.type != "person" or m.end != first - 1 or (first - 2) in r.quoted:
        return None
    if m.start > 0 and doc[m.start - 1].text != ",":
        return None  # "Kyiv's Azhand, spokesman ...": not a name set off by commas
    return m


def unnamed_speaker(r: SpeakerResolver, head: Token) -> Mention | None:
    """A speaker the actors stage left unnamed, made an actor of its own: a body named
    by its head noun ("the Indian Ministry of External Affairs has announced", "Ukraine's air
    force said", "according to National Iraqi News Agency"), or a person named after a title
    ("opposition spokesperson Pal Mai Deng said")."""
    own = r.table.at(head)
    if (own is not None and own.kind != "demonym") or head.i in r.quoted or head.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = r.doc
    named = name_after_title(r, head)
    if named is not None:
        return register(r.table, named, "person", None)
    left = head.left_edge
    while left.i < head.i and (left.pos_ == "DET" or left.is_punct or left.tag_ == "PRP$"):
        left = doc[left.i + 1]
    words = doc[left.i:head.i + 1]
    lemma = head.lemma_.lower()
    states = [m for t in words if (m := r.table.at(t)) is not None and not hyphen_modifier(r, t)]
    owners = ("state", "location") if lemma in r.cues.body_heads else ("state",)
    if lemma not in r.cues.proxy_nouns and any(
            getattr(r.table.get(m.actor_id), "type", None) not in owners for m in states):
        return None  # "Gaza's civil defence agency": a place's body, as a state's
    if not states and lemma in r.cues.body_heads:
        owner, states = _described_state(r, head)
        if owner is not None:
            left = doc[owner.right_edge.i + 1]  # "defense ministry"
    if lemma in r.cues.body_heads or head.lower_ in r.cues.body_heads:
        if not (head.text[:1].isupper() or states):
            return None  # "the ministry said": a body named before, found by reference
        end = head.i + 1
        of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and obj.text[:1].isupper() and r.table.at(obj) is None:
            end = obj.right_edge.i + 1  # "Ministry of External Affairs"
        state = r.table.get(states[0].actor_id) if states else None
        return register(r.table, doc[left.i:end], "organization", state.country if state else None)
    if lemma in r.cues.proxy_nouns or head.lower_ in r.cues.proxy_nouns:
        # "Parry's family said": the family speaks, not Parry
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        person = r.table.get(r.table.at(owner).actor_id) if owner is not None and r.table.at(owner) else None
        if person is None or person.type != "person" or owner.i != left.i:
            return None
        kind = "group" if head.tag_ == "NNS" or lemma in COLLECTIVE_PROXIES else "person"
        return register(r.table, doc[owner.left_edge.i:head.i + 1], kind, person.country)
    types = r.cues.body_nouns.get(lemma) or r.cues.body_nouns.get(head.lower_)
    owner = next((c for c in head.children if c.dep_ == "poss" and r.table.at(c) is not None), None)
    if types and "state" not in types and owner is not None and states:
        # "South Sudan's main opposition party said": a body of the state, not the state
        state = r.table.get(states[0].actor_id)
        kind = "organization" if "organization" in types else sorted(types)[0]
        return register(r.table, doc[left.i:head.i + 1], kind, state.country if state else None)
    members = _members(head) if types and "state" not in types else None
    if members is not None:
        # "An alliance of Myanmar ethnic minority armed groups said": the alliance speaks, not the
        # state that only describes its members
        inside = [a for t in members.subtree if (m := r.table.at(t)) is not None
                  and (a := r.table.get(m.actor_id)) is not None]
        state = next((a for a in inside if a.type == "state"), None)
        if any(a.type in ("organization", "group", "person") for a in inside):
            return None  # "a coalition of groups including the M23": the body named inside
        return register(r.table, doc[left.i:members.right_edge.i + 1], "group", state.country if state else None)
    name = [t for t in words if t.pos_ == "PROPN" and t.text[:1].isupper()]
    if name and not states and len(name) == len(words) and titled_after(r, head):
        # '"...," Kamal Kambal, the SPLM-N representative in UK, told RFI': a name the model did not
        # know, described by a person's title in apposition, is that person
        return register(r.table, words, "person", None)
    if name and not states and len(name) == len(words) and bare_person_name(r, words):
        return register(r.table, words, "person", None)
    titled = [t for t in words if t.lemma_.lower() in r.person_nouns and t.i < name[0].i] if name else []
    if len(name) < 2 or not titled or head.ent_type_ not in ("PERSON", "") or states \
            or name[-1].i != head.i or name[-1].i - name[0].i + 1 != len(name):
        return None
    return register(r.table, doc[name[0].i:head.i + 1], "person", None)


def titled_after(r: SpeakerResolver, head: Token) -> bool:
    """Whether a name is followed, after a comma, by a person's title in apposition ("Kamal Kambal,
    the SPLM-N representative in UK,"; "Ahmed Qara Ali, spokesman for the group,")."""
    if head.ent_type_ in NOT_PERSONS:
        return False
    return any(c.dep_ == "appos" and c.i > head.i and r.doc[c.left_edge.i - 1].text == ","
               and (c.lemma_.lower() in r.person_nouns or c.lower_ in r.person_nouns) for c in head.children)


def _members(head: Token) -> Token | None:
    """'an alliance of ... armed groups': the plural members of an indefinite body, named by no actor."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return None
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return obj if obj is not None and obj.tag_ == "NNS" else None


# Nouns that describe a state named before: "the West African nation's defense ministry".
STATE_DESCRIPTIONS = {"nation", "country"}


def _described_state(r: SpeakerResolver, head: Token) -> tuple[Token | None, list[Mention]]:
    """'the West African nation's defense ministry said': the owner that describes a state named
    before it, and that state's mention: the first named in its sentence ("29 Niger soldiers were
    killed near the border with Mali, the nation's defense ministry said"), else the last one before.
    (None, []) when no such owner or state is there."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.lemma_.lower() not in STATE_DESCRIPTIONS:
        return None, []
    before = [m for m in r.table.mentions if m.end <= owner.i
              and getattr(r.table.get(m.actor_id), "type", None) == "state"]
    same_sentence = [m for m in before if m.start >= owner.sent.start]
    found = same_sentence[:1] or before[-1:]
    return (owner if found else None), found


def register(table: ActorTable, span: Span, kind: str, country: str | None) -> Mention:
    """The actor a speaker's phrase names, added to the document's actors once."""
    actor = next((a for a in table.actors.values() if span.text in (a.name, *a.aliases)), None)
    if actor is None and country is not None:
        # "Moscow's defense ministry" after "Russia's Defence Ministry": the body of that state
        # whose name has the same words (spellings aside)
        words = _stems(t.text for t in span if table.at(t) is None and not t.is_punct and t.tag_ != "POS")
        actor = next((a for a in table.actors.values() if a.type == kind and a.country == country and len(words) > 1
                      and words <= _stems(w for n in (a.name, *a.aliases) for w in n.split())), None)
    if actor is None:
        actor = Actor(id=table.free_id(), name=span.text, type=kind, country=country,  # type: ignore[arg-type]
                      mentions=((span.start_char, span.end_char),))
        table.actors[actor.id] = actor
    mention = Mention(actor.id, span.start, span.end, span.start_char, span.end_char, span.text, "name")
    table.add_mention(mention)
    table.mentions.sort(key=lambda m: (m.start, m.end))
    return mention


def _stems(words) -> set[str]:
    """Words compared by their first letters, so that "defense" is "Defence"."""
    return {w.lower().strip("'’")[:5] for w in words if w.strip("'’")}


def completed_name(r: SpeakerResolver, m: Mention) -> None:
    """'said the Russian MOD', 'as reported by BBC Russian Service', 'The Britain-based Syrian
    Observatory for Human Rights said': a body's name the actors stage cut after a demonym or a name
    before it, or a state after it ("the Defense Ministry of Syria said"), is kept, whole, among the
    speaker's aliases."""
    doc, table = r.doc, r.table
    actor = table.get(m.actor_id)
    if actor is None or actor.type != "organization" or m.kind != "name" or m.start == 0:
        return
    head = doc[m.start:m.end].root
    start = m.start
    while start > head.sent.start:
        t = doc[start - 1]
        if not (t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ") and t.dep_ in ("compound", "amod", "nmod")
                and t.head.i >= m.start and t.head.i < m.end and start - 1 not in r.quoted):
            break
        start -= 1
    end = m.end
    if end + 1 < head.sent.end and doc[end].lower_ == "of" and doc[end].head.i == head.i:
        obj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
        if obj is not None and obj.text[:1].isupper() and obj.pos_ == "PROPN" and obj.right_edge.i not in r.quoted:
            end = obj.right_edge.i + 1  # "the Defense Ministry of Syria"
    if start == m.start and end == m.end:
        return
    add_alias(table, actor.id, doc[start:end].text)


def described_body(r: SpeakerResolver, head: Token) -> Mention | None:
    """'The army said the rebels had been bombing Bunagana', with no army named before: a definite
    body of ``own_bodies`` that refers back to no actor is an actor of its own, named as printed
    ("the army", "the defence ministry"), of the state a demonym before it names."""
    if head.lemma_.lower() not in r.cues.own_bodies or head.i in r.quoted or head.tag_ == "NNS" \
            or r.table.at(head) is not None:
        return None
    if head.dep_ == "poss" and head.head.lemma_.lower() not in r.cues.nouns:
        return None  # "The ministry's spokesman said": the spokesman, unnamed, not the ministry
    if any(c.dep_ in ("poss", "prep", "appos", "relcl", "acl") for c in head.children):
        return None  # "the army of X", "its ministry", "the ministry in ...": named by what the phrase says
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound")]
    states = [m for c in mods for t in c.subtree if (m := r.table.at(t)) is not None and not hyphen_modifier(r, t)]
    if any(getattr(r.table.get(m.actor_id), "type", None) not in ("state", "location") for m in states):
        return None
    start = min([c.left_edge.i for c in mods] + [head.i])
    state = r.table.get(states[0].actor_id) if states else None
    mention = register(r.table, r.doc[start:head.i + 1], "organization", state.country if state else None)
    core = [c for c in mods if not any(hyphen_modifier(r, t) for t in c.subtree)]
    if core and min(c.left_edge.i for c in core) > start:
        # "the Hamas-run health ministry" is also "the health ministry"
        add_alias(r.table, mention.actor_id, r.doc[min(c.left_edge.i for c in core):head.i + 1].text)
    return mention


def add_alias(table: ActorTable, actor_id: str, alias: str) -> None:
    """Another name of an actor, as a reader would accept it."""
    actor = table.get(actor_id)
    if actor is not None and alias not in (actor.name, *actor.aliases):
        table.actors[actor_id] = actor.model_copy(update={"aliases": (*actor.aliases, alias)})


def hyphen_modifier(r: SpeakerResolver, token: Token) -> bool:
    """'the Britain-based monitor', 'Hamas-run Gaza', 'the Iran-backed militia': a name joined by a
    hyphen to a participle of ``hyphen_modifiers`` describes the body, and does not speak."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in r.cues.hyphen_modifiers


def described_press(r: SpeakerResolver, head: Token) -> Mention | None:
    """'according to the Transnistrian press', 'Libyan media reported': the press of a state, named by
    its demonym, is a group of speakers of its own (not the state); "reporters said" names none."""
    if head.lower_ not in ("press", "media") or head.i in r.quoted:
        return None
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound")]
    if not mods or not (mods[0].ent_type_ == "NORP" or getattr(r.table.at(mods[0]), "kind", None) == "demonym"):
        return None
    m = r.table.at(mods[0])
    state = r.table.get(m.actor_id) if m is not None and m.kind == "demonym" else None
    return register(r.table, r.doc[mods[0].i:head.i + 1], "group", state.country if state else None)


def governed_state(r: SpeakerResolver, head: Token) -> str | None:
    """A government named by who leads it or by several states: "Maduro's government suggested"
    is Venezuela's, "The US and Saudi governments confirmed" (a joint statement) the first-named
    state's."""
    if "state" not in r.cues.body_nouns.get(head.lemma_.lower(), ()):
        return None
    for c in head.children:
        if c.i > head.i or c.dep_ not in ("poss", "compound", "nmod", "amod"):
            continue
        m = r.speaking_mention(c)
        actor = r.table.get(m.actor_id) if m is not None else None
        if actor is None:
            continue
        if c.dep_ == "poss" and actor.type == "person" and actor.country:
            state_id = r.table.state_of(actor.id)
            if state_id is not None:
                return state_id
        if c.dep_ == "poss" and actor.type == "person" and not actor.country:
            state_id = _state_beside(r, actor.id)
            if state_id is not None:
                return state_id
        if head.tag_ == "NNS" and actor.type == "state" and any(x.dep_ == "conj" for x in c.children):
            return actor.id
    return None


def _state_beside(r: SpeakerResolver, person_id: str) -> str | None:
    """"Dialogue between Venezuela's opposition and President Nicolas Maduro's government" (NNN):
    a leader whose country the actors stage did not tell governs the state named nearest before
    the leader's first mention in that sentence."""
    first = min((m for m in r.table.mentions if m.actor_id == person_id), key=lambda m: m.start, default=None)
    if first is None:
        return None
    sent = r.doc[first.start].sent
    best = None
    for m in r.table.mentions:
        actor = r.table.get(m.actor_id)
        if actor is not None and actor.type == "state" and sent.start <= m.start < first.start:
            best = m if best is None or m.start > best.start else best
    return best.actor_id if best is not None else None


def demonym_word(r: SpeakerResolver, head: Token) -> bool:
    """Whether the head of a demonym phrase stands for a person of that state: the demonym itself
    ("insisted the Qatari") or a title ("the Turkish minister"), and not a body it qualifies
    ("according to the Colombian government", "the Ukrainian military said"), which is the state's
    or its body's."""
    lemma = head.lemma_.lower()
    if lemma in r.person_nouns or head.lower_ in r.person_nouns:
        return True
    return head.text[:1].isupper() and lemma not in r.cues.body_heads and lemma not in r.cues.body_nouns \
        and lemma not in r.cues.nouns and head.ent_type_ != "GPE"


def surname_place(r: SpeakerResolver, m: Mention) -> Mention | None:
    """'"...," said Touadera' after "President Faustin-Archange Touadera": a place, the seat of no
    state, that the model made of a speaker's last name is the one actor whose name ends with it."""
    if len(m.text.split()) != 1:
        return None
    named = {a.id for a in r.table.actors.values() if a.type not in ("location", "state")
             and any(n.split()[-1:] == [m.text] for n in (a.name, *a.aliases))}
    if len(named) != 1:
        return None
    return Mention(next(iter(named)), m.start, m.end, m.start_char, m.end_char, m.text, "name")


def unlinked_name(r: SpeakerResolver, head: Token) -> str | None:
    """'Prince Khalid' after 'Prince Khalid bin Salman': a name the actors stage did not link,
    taken for the one person whose name holds it."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    word = head.text.lower()
    persons = {a.id for a in r.table.actors.values() if a.type == "person"
               and any(word in n.lower().split() for n in (a.name, *a.aliases))}
    return next(iter(persons)) if len(persons) == 1 else None
