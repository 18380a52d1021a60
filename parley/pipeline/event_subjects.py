"""Subjects the parser hung elsewhere, and aid reported by the body that delivers it.

- A verb coordinated with a reported clause but sharing the auxiliary of the reporting verb is the
  reporter's own act: "Pashinyan has said ... that the constitution needs to be replaced and has
  called for a referendum" (the parser joins "called" to "needs"), as is a past tense joined to a
  present one in a clause reported by a participle of the past main verb ("condemned ..., saying the
  violence undermines peace efforts and called on M23 to cease hostilities").
- A gerund right after the object of a preposition has that object as its subject: "weeks of
  tension, which culminated in the US suspending intelligence sharing" (the parser makes "US" the
  object of "in" and the gerund an adverbial clause).
- Aid that names no one who gives it, reported by an aid body, is that body's operation: "Trucks
  carrying humanitarian aid entered Gaza on Sunday ..., the United Nations said". A government or
  a witness reporting it is no actor of it ("a Palestinian border official told Reuters").
- Talks said to be held with no one named are between the two sides the sentence or the one before
  (or the two before) sets apart with "between": "an immediate ceasefire between Myanmar's army and an alliance of ethnic
  minority armed groups ... The talks were held with the mediation of the Chinese side".
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.event_drafts import EventDraft
from parley.pipeline.event_roles import RoleReader
from parley.pipeline.event_words import CLAUSE_DEPS, NOUN_POS, VERB_POS

# Auxiliaries whose repetition marks a verb as coordinated with the reporting verb, not with the
# reported one ("has said ... and has called", "will visit ... and will meet").
SHARED_AUX = {"has", "have", "had", "will", "would"}
# Sectors of bodies that deliver aid: their report of a delivery is a report of their own work.
AID_SECTORS = {"IGO", "NGO"}
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
# Tags of a present-tense verb, which a past-tense verb is not coordinated with.
PRESENT_TAGS = {"VBZ", "VBP"}
REPORT_DEPS = ("ccomp", "parataxis")
# Verbs that say talks took place without naming who held them ("the talks were held").
HOLD_VERBS = {"hold", "conduct", "convene"}
# Dependencies that end one side of "between X and Y".
SIDE_STOP = frozenset((*CLAUSE_DEPS, "conj", "cc"))
# Sentences back within which "between X and Y" names the sides of talks held.
TALKS_WINDOW = 2


def _aux(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def reporting_conjunct(verb: Token) -> Token | None:
    """The reporting verb whose subject a subjectless conjunct inside its reported clause shares:
    "has said that the document needs to be replaced and has called for a referendum"."""
    if verb.pos_ not in VERB_POS or verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    reporter = clause.head
    if not reporter.i < clause.i < verb.i:
        return None
    shared = _aux(verb) & _aux(reporter) & SHARED_AUX
    if shared and not shared & _aux(clause):
        return reporter
    # "condemned the advance of M23 rebels, saying the resumption of the violence undermines peace
    # efforts and called on M23 to cease hostilities": a past tense joined to a present one belongs to
    # the past main verb the saying participle hangs on
    main = reporter.head if reporter.tag_ == "VBG" and reporter.dep_ == "advcl" else reporter
    if verb.tag_ == "VBD" and clause.tag_ in PRESENT_TAGS and main.tag_ == "VBD" and not _aux(clause) \
            and main.i < clause.i:
        return main
    return None


def gerund_agents(verb: Token, reader: RoleReader) -> list[str]:
    """The actors of the prepositional object right before a subjectless gerund: "culminated in the
    US suspending intelligence sharing". A place there ("a strike in Rafah killing 12") acts in
    nothing."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    noun = verb.head
    if verb.dep_ == "acl" and noun.pos_ in NOUN_POS and noun.i == verb.i - 1 and noun.dep_ == "pobj" \
            and noun.head.lower_ == "by":
        # "made possible by Colombia's top prosecutor scrapping an arrest warrant": the parser hangs the
        # gerund on the agent it follows ("other armed groups fighting the war" describes the groups)
        return reader.actors_in(reader.phrase_tokens(noun, CLAUSE_DEPS), places_as_states=True)
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in NOUN_POS or noun.dep_ != "pobj" or verb.head.i == noun.i or noun.head.i >= noun.i:
        return []
    return reader.actors_in(reader.phrase_tokens(noun))


def aid_reporters(d: EventDraft, reader: RoleReader, speech_verbs: frozenset[str]) -> list[str]:
    """The aid body that reports an aid delivery naming no giver: "Trucks carrying humanitarian aid
    entered Gaza ..., the United Nations said"."""
    if d.pattern.type != "AID":
        return []
    cur = d.trigger
    for _ in range(4):
        if cur.dep_ in REPORT_DEPS and cur.head.lemma_.lower() in speech_verbs:
            speakers = reader.subject_actors(cur.head)
            return [a for a in speakers if getattr(reader.table.get(a), "sector", None) in AID_SECTORS]
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return []


def held_between(d: EventDraft, reader: RoleReader) -> list[str]:
    """The first side of agentless talks ("The talks were held ... in Kunming") that the sentence or the
    two before name with "between X and Y"; the other side becomes the counterpart. [] when there
    are not two sides."""
    verb = d.trigger
    if d.pattern.type != "CONSULT" or not d.pattern.symmetric or verb.lemma_.lower() not in HOLD_VERBS \
            or not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return []  # "talks were held in Kunming" without "the" does not refer back
    n = reader.sentence_index.get(verb.sent.start, 0)
    for sentence in reversed(reader.sentences[max(n - TALKS_WINDOW, 0):n + 1]):
        for prep in sentence:
            if prep.lower_ != "between" or prep.dep_ != "prep" or prep.i > verb.i:
                continue
            heads = [g for c in prep.children if c.dep_ == "pobj" for g in (c, *c.conjuncts)]
            sides = [reader.actors_in(reader.phrase_tokens(g, SIDE_STOP), places_as_states=True) for g in heads]
            if len(sides) == 2 and all(sides) and not set(sides[0]) & set(sides[1]):
                d.targets = d.targets or reader.with_states(sides[1])
                return sides[0]
    return []
