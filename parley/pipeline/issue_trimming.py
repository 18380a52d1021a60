"""Where an issue phrase ends: the clauses and phrases that say when, where or by whom, not what.

A long phrase drops its trailing prepositional phrases, asides (dates, "with X doing ...") first and
"of" phrases last ("the need for the rebels to evacuate the citizens' homes in all areas of the
capital" names the evacuation of the homes); "in the northern part of the country" says where
without naming a place.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from parley.pipeline.holders import HolderResolver
    from parley.pipeline.stance_cues import StanceCues

# Past this length a phrase drops its trailing prepositional phrases (an issue is a short noun phrase).
MAX_NAME_TOKENS = 7
PLACE_WORDS = {"part", "area", "region", "north", "south", "east", "west", "zone", "city", "town", "country",
               "territory", "province", "district", "border", "front", "frontline"}
CORE_PREPOSITIONS = {"of", "between", "with", "for", "against", "toward", "towards", "on"}
# Heads whose prepositional phrase is the issue itself ("efforts for a Gaza ceasefire").
LIGHT_HEADS = {"effort", "efforts", "text", "draft", "edition", "version", "need", "call", "demand", "proposal", "plan",
               "halt"}  # "a temporary halt to strikes on energy infrastructure"
# Nouns that only carry the issue that follows them: "a significant contribution to ending the war", "seize
# the opportunity to resume peace talks", "find a way to end the conflict", "every attempt to reach a ceasefire".
PASS_ON_NOUNS = {"contribution", "opportunity", "chance", "way", "path", "attempt", "bid", "push", "drive", "progress",
                 "move",  # "should make the first move to withdraw from populated centers"
                 "momentum", "impetus"}  # "would create positive momentum to return more detainees to their families"
PASS_ON_PREPOSITIONS = {"to", "toward", "towards", "for"}
# "anything that can bring forward the end of the conflict", "any effort that could lead to an end of hostilities".
ANY_PRONOUNS = {"anything", "everything"}
ANY_DETERMINERS = {"any", "all", "every"}
BRINGING_VERBS = {"bring", "lead", "contribute", "help", "result"}
# Prepositions whose phrase tells the setting of a stance, never its issue.
CIRCUMSTANCE_PREPOSITIONS = {"amid", "amidst", "despite"}
# "in order to create a conducive atmosphere for dialogue": a purpose, never part of the issue.
# "(end the war) in exchange for the release of hostages": the price asked, another issue.
PURPOSE_PHRASES = {("in", "order"), ("in", "exchange"), ("in", "return")}
# Nouns whose phrase after the issue tells its frame, purpose or occasion, not what it is: "cooperate with the UN
# for this purpose", "mediating between Ukraine and Russia in efforts to end the war", "a bilateral ceasefire on
# multiple occasions", "in line with the agreement", "in accordance with international law".
FRAME_NOUNS = {"purpose", "effort", "efforts", "occasion", "occasions", "line", "accordance", "framework", "context",
               "bid", "attempt"}
FRAME_PREPOSITIONS = {"for", "in", "on"}
# "(release Armenian POWs) as per the Ministry": who says so, not what.
SOURCE_PHRASES = {("as", "per"), ("according", "to")}


def trim_phrase(keep: list[Token], root: Token, stance_nouns: Iterable[str]) -> list[Token]:
    """A long phrase without its trailing prepositional phrases, last first and "of" phrases last:
    "the need for the rebels to evacuate the citizens' homes in all areas of the capital" names
    the evacuation of the homes; an issue is a short noun phrase."""
    def words(tokens: list[Token]) -> int:
        return len([t for t in tokens if not t.is_punct and t.pos_ != "DET"])

    heads = LIGHT_HEADS | set(stance_nouns)
    # "renewed their call for a ceasefire amid peace talks with the government": the setting, at any length.
    for prep in [t for t in keep if t.dep_ == "prep" and t.i > root.i and (t.lower_ in CIRCUMSTANCE_PREPOSITIONS or any(
            (t.lower_, o.lower_) in PURPOSE_PHRASES for o in t.children if o.dep_ == "pobj") or framing(t))]:
        cut = {t.i for t in prep.subtree}
        rest = [t for t in keep if t.i not in cut]
        if words(rest) >= 1:
            keep = rest
    while words(keep) > MAX_NAME_TOKENS:
        kept = {t.i for t in keep}
        # "the release of prisoners", "efforts for a Gaza ceasefire": the head's own complement stays.
        # "..., with the spokesperson affirming that ...", "within the next 24 hours": asides first.
        asides = [t for t in keep if t.dep_ == "prep" and t.i > root.i and t.head.i in kept and (
            any(o.ent_type_ in ("DATE", "TIME") for o in t.children)
            or any(o.dep_ == "pcomp" and any(s.dep_ == "nsubj" for s in o.children) for o in t.children))]
        # "cooperation between Armenia and the EU", "talks with Russia": the phrases that say between
        # whom or on what stay; "in Washington", "in the Gaza war" go.
        preps = asides or [t for t in keep if t.dep_ == "prep" and t.i > root.i and t.head.i in kept and t.head.i < t.i
                           and t.lower_ not in CORE_PREPOSITIONS
                           and not (t.head == root and root.pos_ in ("VERB", "AUX"))
                           and t.head.lemma_.lower() not in heads]
        if not preps:
            break
        prep = max(preps, key=lambda t: t.i)
        cut = {t.i for t in prep.subtree} - {t.i for t in agent_object(prep)}  # the thing named after its author stays
        rest = [t for t in keep if t.i not in cut]
        if words(rest) < (1 if root.pos_ in ("NOUN", "PROPN") else 2):
            break
        keep = rest
    return keep


def agent_object(prep: Token) -> list[Token]:
    """"the recent declaration by Salva Kiir of a unilateral ceasefire": the parser hangs what was declared on the
    author; cutting the author keeps it, as the noun's own "of" phrase, when the noun has none."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "by" else None
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > obj.i), None) if obj else None
    what = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    # not "by the President of Kenya": what was done is a thing, no name
    if what is None or what.pos_ != "NOUN" or what.ent_type_ or prep.head.pos_ != "NOUN" or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in prep.head.children):
        return []
    return list(of.subtree)


def somewhere(prep: Token) -> bool:
    """"in the northern part of the country": a place described, not named (unlike "in Gaza")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.lemma_.lower() in PLACE_WORDS and not any(
        t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC") for t in obj.subtree)



def passed_on(tok: Token) -> Token | None:
    """"a contribution to ending the war" -> ending, "the opportunity to resume peace talks" -> resume: the
    word that names the issue a carrier noun passes on, or None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PASS_ON_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
        if c.dep_ == "prep" and c.lower_ in PASS_ON_PREPOSITIONS:
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj
    return None


def carried_content(tok: Token, cues: StanceCues, holders: HolderResolver) -> Token | None:
    """"the announcement by the coalition of a ceasefire" -> ceasefire, "the decision to embark on a truce"
    -> embark: what an act of announcing or deciding carries; None when its "of" phrase names the actor."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in cues.content_nouns:
        return None  # "negotiations on neutral status" are talks; "the negotiation of the agreement" carries it
    # The words of a name are no content ("the Coalition to Restore Legitimacy in Yemen"), but the parser
    # may hang the "of" phrase that follows the name on them.
    named = [t for t in tok.subtree if t != tok and holders.table.at(t) is not None]
    for c in (*tok.children, *(k for n in named for k in n.children if holders.table.at(k) is None)):
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and holders.table.at(c) is None and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
        if c.dep_ == "prep" and c.lower_ in ("of", "on"):
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            # "welcomed the Houthis' announcement on Friday": a day is when, not what
            if obj is not None and not holders.is_actor_phrase(obj) and obj.ent_type_ not in ("DATE", "TIME"):
                return obj
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            # "welcomed news that two humanitarian corridors would be established": what is to be done, the corridors
            made = next((o for o in c.children if o.dep_ == "nsubjpass" and o.pos_ == "NOUN"), None)
            return made if made is not None and not holders.is_actor_phrase(made) else c
    return None


def told_content(tok: Token, cues: StanceCues, holders: HolderResolver) -> Token | None:
    """"signed a comprehensive document on Sunday outlining a final agreement to end the war" -> agreement, "a document
    cementing the first phase of the ceasefire" -> phase: what a bare text (``vague_nouns``) sets out in the participle
    after it (``content_verbs``); None when it has none."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in cues.vague_nouns:
        return None
    for clause in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in cues.content_verbs):
        obj = next((o for o in clause.children if o.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not holders.is_actor_phrase(obj):
            return obj
    return None


def led_to(tok: Token) -> Token | None:
    """"anything that can bring forward the end of the conflict" -> end, "any effort that could lead to an end of
    hostilities" -> end: what whatever is welcomed would bring about, or None."""
    indefinite = tok.lower_ in ANY_PRONOUNS or (tok.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ANY_DETERMINERS for c in tok.children))
    if not indefinite:
        return None
    for clause in (c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in BRINGING_VERBS):
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if obj is None:
            obj = next((o for p in clause.children if p.dep_ == "prep" and p.lower_ in PASS_ON_PREPOSITIONS
                        for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
        if obj is not None and obj.pos_ != "PRON":
            return obj
    return None


def framing(prep: Token) -> bool:
    """"for this purpose", "in efforts to end the war", "on multiple occasions", "as per the Ministry": a phrase
    after the issue that tells its frame, purpose, occasion or source."""
    if any((prep.lower_, c.lower_) in SOURCE_PHRASES for c in prep.children if c.dep_ in ("prep", "pcomp")):
        return True
    if prep.lower_ not in FRAME_PREPOSITIONS or prep.head.lemma_.lower() in LIGHT_HEADS:
        return False
    return any(o.dep_ == "pobj" and o.lower_ in FRAME_NOUNS for o in prep.children)


def displaced_object(verb: Token) -> Token | None:
    """"(called on Kyiv) to verify, without delay, the pullback of artillery" -> pullback: the object an aside
    between commas cut off from its verb, which the parser hangs on the verb above; None when there is none.
    "(urged both sides to) commence, as soon as possible, talks in Cairo": a verb the parser took for a noun (it has
    an adverb) may leave its object on the verb two steps up."""
    doc = verb.doc
    misread = verb.pos_ == "NOUN" and verb.dep_ == "pobj" and any(c.dep_ == "advmod" for c in verb.children)
    if (verb.pos_ != "VERB" and not misread) or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != "," or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children):
        return None
    after = verb.right_edge.i + 1  # the comma that closes the aside
    if after + 1 >= len(doc) or doc[after].text != "," or verb.right_edge.i == verb.i + 1:
        return None
    hosts = (verb.head, verb.head.head) if misread else (verb.head,)
    return next((c for h in hosts for c in h.children if c.dep_ in ("oprd", "dobj", "npadvmod", "dep", "appos", "attr")
                 and c.pos_ == "NOUN" and c.left_edge.i == after + 1), None)


def hurried_words(verb: Token) -> set[int]:
    """"(called on the United Nations) to organize as quickly as possible a free referendum", "to withdraw as soon as
    possible from the corridor": the verb's own words after "as soon as possible", which the parser hangs on the
    second "as" (their indices; none when there are none)."""
    if verb.pos_ != "VERB":
        return set()
    for adverb in (c for c in verb.children if c.dep_ == "advmod" and c.i > verb.i):
        for prep in (c for c in adverb.children if c.dep_ == "prep" and c.lower_ == "as"):
            possible = next((c for c in prep.children if c.lower_ == "possible"), None)
            if possible is not None:
                return {t.i for t in prep.subtree if t.i > possible.i}
    return set()
