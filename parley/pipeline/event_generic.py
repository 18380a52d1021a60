"""Words of an event type that characterize someone or something instead of reporting an act.

A news report describes as well as reports: "Burhan, who controls the military" says who Burhan
is, "a movement that threatens the future of all of us" what the movement is, "A ceasefire is an
agreement between two or more countries" what a ceasefire is, "Yemen's war is seen as a proxy
battle" how the war is seen, "every time Ukraine rescues its people" what happens whenever it
happens, "a public clash between Zelenskyy and Trump" a quarrel, not fighting, and "a committee to
maintain a ceasefire" an accord kept, not made, "who requested anonymity" a source's condition,
"the Polisario Front, supported by Algiers" or "Maduro, who is backed by Cuba" whom a party has
behind it, and "Such an exchange would be their biggest POW swap" how big an act is. None of these is an event of the ``parley_events`` stage.
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.event_patterns import Pattern

# Present-tense tags: a relative clause in the simple present describes its noun.
PRESENT_TAGS = {"VBZ", "VBP"}
# Types whose present relative clause reports an ongoing act ("Fidan, who chairs the talks"; the
# guidelines code "has been mediating" as occurred).
ONGOING_TYPES = {"CONSULT"}
# Verbs of viewing something as something ("is seen as one of several proxy battles").
VIEWING_VERBS = {"see", "consider", "regard", "view", "describe", "deem", "perceive", "characterize",
                 "characterise", "define"}
# Modifiers that make a clash or battle one of words ("a public clash", "a diplomatic row").
VERBAL_MODIFIERS = {"public", "verbal", "diplomatic", "political", "legal", "heated", "televised", "testy",
                    "angry", "bitter", "rhetorical", "media", "oval", "office", "courtroom", "summit", "studio"}
# Types whose nouns can name a fight of words.
FIGHT_TYPES = {"ASSAULT"}
# Words that open a clause of what happens each time ("every time", "whenever", "each time").
HABITUAL_MARKS = {"whenever"}
HABITUAL_NOUNS = {"time", "times"}
HABITUAL_DETS = {"every", "each", "any"}
# Verbs that keep an accord in force ("a committee to maintain a ceasefire", "committed to
# maintaining the ceasefire"): the accord they keep is no new agreement.
KEEPING_VERBS = {"maintain", "preserve", "sustain", "keep", "consolidate", "monitor", "safeguard", "protect",
                 "strengthen", "supervise", "oversee"}
# What a source asks for when it asks not to be named ("who requested anonymity").
ANONYMITY_WORDS = {"anonymity", "anonymous", "confidentiality"}
# Verbs whose participle with "by" names a party's backers ("M23, backed by Rwanda", "Maduro, who is
# backed by Cuba", "the coalition entered the war, backed by the United States"): an alliance
# described, not an act of support reported (annotation guideline: backers are background).
BACKING_VERBS = {"back", "support", "arm", "fund", "finance", "sponsor", "aid", "assist"}
BACKING_TYPES = {"SUPPORT", "AID", "COOPERATE"}
# Relations of a participle that describes a noun or the subject of its clause.
DESCRIBING_DEPS = {"acl", "advcl", "relcl"}
# Subjects that stand for a kind, not a party ("A ceasefire is an agreement ...").
INDEFINITE_DETS = {"a", "an", "any"}


def characterizes(token: Token, pattern: Pattern) -> bool:
    """Whether a trigger describes rather than reports (see the module docstring)."""
    return ((_present_relative(token) and pattern.type not in ONGOING_TYPES) or _habitual(token)
            or _definition(token) or _viewed_as(token) or _verbal_fight(token, pattern) or _kept(token, pattern)
            or _unnamed_source(token) or _backed_by(token, pattern) or _said_of_act(token, pattern))


def _said_of_act(token: Token, pattern: Pattern) -> bool:
    """"Such an exchange would be their biggest POW swap since 2022": a noun of the act after "be"
    says what the act named as subject is; the subject reports it, if anything does."""
    if token.dep_ != "attr" or token.head.lemma_.lower() != "be":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in pattern.nouns for c in token.head.children)


def _backed_by(token: Token, pattern: Pattern) -> bool:
    """"The Polisario Front, supported by Algiers", "Maduro, who is backed by Cuba": a passive
    participle of backing, with its backer after "by", that describes a noun or a subject."""
    return pattern.type in BACKING_TYPES and token.lemma_.lower() in BACKING_VERBS and token.tag_ == "VBN" \
        and token.dep_ in DESCRIBING_DEPS and any(c.dep_ == "agent" for c in token.children)


def _present_relative(token: Token) -> bool:
    """"Burhan, who controls the military", "a movement that threatens ...": a relative clause in
    the simple present, with no auxiliary and no time, says what its noun is or does habitually."""
    if token.dep_ != "relcl" or token.tag_ not in PRESENT_TAGS:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg", "npadvmod") for c in token.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def _habitual(token: Token) -> bool:
    """"Every time Ukraine rescues its people ...", "whenever talks resume": what happens each time."""
    cur = token
    for _ in range(4):
        for c in cur.children:
            if c.dep_ in ("advmod", "mark") and c.lower_ in HABITUAL_MARKS:
                return True
            if c.dep_ in ("npadvmod", "advmod", "dobj") and c.lower_ in HABITUAL_NOUNS \
                    and any(d.lower_ in HABITUAL_DETS for d in c.children if d.dep_ == "det"):
                return True
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _definition(token: Token) -> bool:
    """"A ceasefire is an agreement between two or more countries ...": a kind defined in the
    present tense, with an indefinite subject."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in ("nsubj", "attr"):
        return False
    copula = token.head
    if copula.lemma_ != "be" or copula.tag_ not in PRESENT_TAGS:
        return False
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    kind = next((c for c in copula.children if c.dep_ == "attr"), None)
    # "A ceasefire between Israel and Hezbollah is in effect" reports one: a definition names a kind
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and kind is not None \
        and kind.pos_ in ("NOUN", "PROPN") \
        and any(d.dep_ == "det" and d.lower_ in INDEFINITE_DETS for d in subject.children)


def _viewed_as(token: Token) -> bool:
    """"Yemen's war is seen as one of several proxy battles": how an event is viewed, in the present."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = token.head if token.dep_ == "nsubjpass" else None
    cur = token
    for _ in range(5):
        if verb is not None or cur.head.i == cur.i:
            break
        if cur.dep_ == "prep" and cur.lower_ == "as":
            verb = cur.head
        cur = cur.head
    if verb is None or verb.lemma_.lower() not in VIEWING_VERBS:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False
    return any(c.dep_ in ("auxpass", "aux") and c.tag_ in PRESENT_TAGS for c in verb.children)


def _kept(token: Token, pattern: Pattern) -> bool:
    """"Formed a truce committee to maintain a ceasefire": an accord kept in force, not agreed."""
    return pattern.type == "AGREE" and token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "nsubjpass") \
        and token.head.lemma_.lower() in KEEPING_VERBS


def _unnamed_source(token: Token) -> bool:
    """"A senior Houthi official, who requested anonymity, told AFP ...": a source's condition, no demand."""
    # "requested anonymity", "on condition of anonymity", "requesting that his identity remain anonymous"
    return any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp")
               and any(g.lemma_.lower() in ANONYMITY_WORDS for g in c.subtree) for c in token.children)


def _verbal_fight(token: Token, pattern: Pattern) -> bool:
    """"A public clash between Zelenskyy and Trump": a fight of words is no attack."""
    if pattern.type not in FIGHT_TYPES or token.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in VERBAL_MODIFIERS for c in token.children)
