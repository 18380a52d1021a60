"""Joint statements (docs/annotation.md, joint statements): a statement issued in the name of two
or more parties is the first-named party's, through its body of the kind the subject names ("the
Ukrainian ministries said in a joint statement") or as the first state or body of the sentence ("the
neighbours said in a joint statement"). Asked by :mod:`parley.pipeline.speakers`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from parley.pipeline.speakers import SpeakerResolver


def joint_body(r: SpeakerResolver, head: Token) -> str | None:
    """'the foreign ministries of the two South Caucasus states said in identical statements': a
    joint statement is the first-named party's, through its body of that kind."""
    lemma = head.lemma_.lower()
    if head.tag_ != "NNS" or lemma not in r.cues.body_nouns:
        return None
    words = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and r.table.at(c) is None} | {lemma}
    bodies = [a for a in r.table.actors.values() if a.type == "organization" and a.country
              and any(words <= set(n.lower().split()) for n in (a.name, *a.aliases))]
    first: dict[str, int] = {}
    for m in r.table.mentions:
        actor = r.table.get(m.actor_id)
        if head.sent.start <= m.start < head.sent.end and actor is not None and actor.type == "state" and actor.country:
            first.setdefault(actor.country, m.start)
    named = sorted((a for a in bodies if a.country in first), key=lambda a: first[a.country or ""])
    return named[0].id if named else None


def joint_party(r: SpeakerResolver, subject: Token) -> str | None:
    """'Ethiopia and Eritrea are no longer at war, the neighbours said in a joint statement': a
    joint statement is its first-named party's (the first state or body of the sentence)."""
    verb = subject.head
    joint = any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in r.cues.nouns and any(a.lower_ == "joint" for a in o.lefts)
        for o in c.children) for c in verb.children)
    if not joint:
        return None
    sent = verb.sent
    for m in r.table.mentions:
        actor = r.table.get(m.actor_id)
        if sent.start <= m.start < sent.end and m.start not in r.quoted and m.kind != "pronoun" \
                and actor is not None and actor.type in ("state", "organization", "group"):
            return actor.id
    return None
