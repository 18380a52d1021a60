"""Stances stated by constructions around ordinary words, not by a cue word of their own.

- "will not stop until Hamas is destroyed", "vowed to continue the war until destroying Hamas": what
  a party holds out for, it demands (``until_verbs``: go on until; ``stop_verbs``: not stop until).
- "the signing of the treaty is conditional on Armenia changing its constitution", "made the deal
  contingent on ...", "conditioned the truce on the release of all hostages": the condition is a
  demand of whoever sets it, the subject, or the speaker when the subject is not an actor.
- "adopted a resolution demanding an immediate ceasefire", "issued a joint statement calling for":
  a text that states a stance states its authors' (``document_nouns``).
- "Israel was prepared for the implementation of ...", "is committed to ending the war": a stance
  adjective the parser read as a passive participle.
- "with a view to the creation of a Palestinian state": the aim of the subject's action.
- "responded favorably to the Hamas statement": the manner of a response (``response_manners``).
- "called the referendums illegal", "branded as unacceptable the demand for ...", "described the
  ceasefire as a positive step": a judgement of the subject's on the object (``judgements``).

The words are in ``resources/stance_cues.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from parley.models import Stance
from parley.pipeline.holders import HolderResolver
from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_grammar import FoundStance, is_negated

UNTIL = {"until", "till"}
RESPONSE_VERBS = {"respond", "react", "reply"}
FUTURE = {"will", "would", "'ll", "shall", "wo"}
CONDITION_PREPOSITIONS = {"on", "upon"}
# The longest aside between a condition's object and its gerund: "the Occupation (Israel) agreeing".
MAX_ASIDE_TOKENS = 4


class ConstructionReader:
    """Reads the stances that constructions state in one document."""

    def __init__(self, doc: Doc, cues: StanceCues, holders: HolderResolver) -> None:
        self.doc = doc
        self.cues = cues
        self.holders = holders

    def found_at(self, tok: Token) -> list[FoundStance]:
        if tok.pos_ in ("VERB", "AUX"):
            return (self._until(tok) + self._conditioned(tok) + self._participle(tok) + self._judged(tok)
                    + self._responded(tok))
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.document_nouns:
            return self._document(tok)
        if tok.pos_ == "ADJ" and tok.lemma_.lower() in self.cues.condition_adjectives:
            return self._conditional(tok)
        if tok.lower_ == "view" and tok.dep_ == "pobj" and tok.head.lower_ == "with":
            return self._with_a_view(tok)
        return []

    def _with_a_view(self, view: Token) -> list[FoundStance]:
        """"proposed the holding of a peace conference with a view to the creation of a Palestinian state":
        the aim of the subject's action is its stance."""
        to = next((c for c in view.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        aim = next((c for c in to.children if c.dep_ in ("pobj", "pcomp")), None) if to is not None else None
        verb = next((a for a in view.ancestors if a.pos_ == "VERB"), None)
        if aim is None or verb is None or is_negated(verb):
            return []
        holders = self.holders.subject_actors(verb)
        return [FoundStance(holders, "support", aim, False)] if holders else []

    def _until(self, verb: Token) -> list[FoundStance]:
        """"will not stop until X", "vowed to keep fighting until X": the subject demands X."""
        goal = self._until_clause(verb)
        if goal is None:
            return []
        course = verb
        if verb.lemma_.lower() in self.cues.resolve_verbs:
            # "vowed to press ahead with its campaign until ...": the parser hangs "until" on the vow.
            course = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)
        lemma = course.lemma_.lower()
        negated = is_negated(course)
        if negated and lemma not in self.cues.stop_verbs:
            return []
        if not negated and lemma not in self.cues.until_verbs:
            return []
        # A resolve, not a story: "will keep fighting", "vowed to continue"; not "fighting continued until".
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE for c in course.children)
        vowed = course.dep_ == "xcomp" and course.head.lemma_.lower() in self.cues.resolve_verbs
        present = verb.tag_ in ("VBP", "VBZ") or (verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children))
        if not (future or vowed or present):
            return []
        holders = self.holders.subject_actors(verb)
        if not holders:
            return []
        return [FoundStance(holders, "demand", goal, False, wording=self._goal_wording(goal))]

    @staticmethod
    def _goal_wording(goal: Token) -> str | None:
        """"until all hostages are released": the goal as an action, "release all hostages"."""
        subj = next((c for c in goal.children if c.dep_ == "nsubjpass"), None)
        if goal.pos_ != "VERB" or subj is None:
            return None
        # "the Hamas radical movement, which rules the enclave,": the noun phrase without its comments.
        cut = {t.i for c in subj.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
        words = [t.text for t in subj.subtree if t.dep_ != "det" and not t.is_punct and t.i not in cut]
        return " ".join([goal.lemma_.lower(), *words]) if words else None

    def _until_clause(self, verb: Token) -> Token | None:
        for c in verb.children:
            if c.dep_ == "advcl" and c.pos_ == "VERB" and any(
                    m.dep_ == "mark" and m.lower_ in UNTIL for m in c.children):
                return c
            if c.dep_ == "prep" and c.lower_ in UNTIL:
                obj = next((o for o in c.children if o.dep_ in ("pcomp", "pobj")), None)
                if obj is None or obj.ent_type_ in ("DATE", "TIME", "CARDINAL") or any(
                        d.start <= obj.i < d.end for d in self.doc._.dates or []):
                    continue
                if obj.pos_ == "VERB" or (obj.pos_ == "NOUN" and obj.lemma_.lower() not in self.cues.time_nouns):
                    return obj
        return None

    def _conditioned(self, verb: Token) -> list[FoundStance]:
        """"conditioned the truce on the release of all hostages", "made the deal contingent on X"."""
        lemma = verb.lemma_.lower()
        if lemma == "condition":
            where = verb
        elif lemma == "make":
            where = next((c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp")
                          and c.lemma_.lower() in self.cues.condition_adjectives), None)
            if where is None:
                return []
        else:
            return []
        issue = self._condition(where, verb) or (self._condition(verb) if where is not verb else None)
        holders = self.holders.subject_actors(verb)
        if issue is None or not holders or is_negated(verb):
            return []
        return [FoundStance(holders, "demand", issue, False)]

    def _conditional(self, adj: Token) -> list[FoundStance]:
        """"X is conditional on Y", said by Z: Z demands Y (the subject's, when it is an actor)."""
        head = adj.head
        if adj.dep_ != "acomp" or head.lemma_ != "be":
            return []
        issue = self._condition(adj, head) or self._condition(head)
        if issue is None or is_negated(head):
            return []
        holders = self.holders.subject_actors(head)
        if not holders:
            speaker = self.holders.speaker(adj)
            holders = (speaker,) if speaker else ()
        return [FoundStance(holders, "demand", issue, False)] if holders else []

    def _condition(self, head: Token, verb: Token | None = None) -> Token | Span | None:
        """The "on/upon" phrase of a condition; "on Armenia changing its constitution" whole, where the
        parser split it into an object and a clause (hung on the adjective, the object or the verb)."""
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in CONDITION_PREPOSITIONS), None)
        if prep is None:
            return None
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            return None
        around = (*head.children, *obj.children, *(verb.children if verb is not None else ()))
        gerund = next((c for c in around if c.dep_ in ("advcl", "acl", "ccomp")
                       and c.tag_ == "VBG" and c.i > obj.i), None)
        # "on the Occupation (Israel) agreeing to end ...": a gerund right after the object, or its aside.
        if gerund is not None and gerund.left_edge.i <= obj.right_edge.i + MAX_ASIDE_TOKENS:
            return self.doc[obj.left_edge.i:gerund.right_edge.i + 1]
        return obj

    def _document(self, noun: Token) -> list[FoundStance]:
        """"adopted a resolution demanding an immediate ceasefire": the authors of the text demand it."""
        cue = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"), None)
        if cue is None:
            return []
        stance = next((self.cues.verbs[k] for k in (f"{cue.lemma_.lower()} {c.lower_}" for c in cue.children
                                                    if c.dep_ in ("prep", "prt")) if k in self.cues.verbs), None) \
            or self.cues.verbs.get(cue.lemma_.lower())
        if stance is None:
            return []
        holders: tuple[str, ...] = ()
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and self.holders.table.at(c) is not None):
                holders = self.holders.actors_of(c)
        if not holders and noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in self.cues.issuing_verbs:
            holders = self.holders.subject_actors(noun.head)
        if not holders:
            return []
        issue = self._document_issue(cue)
        return [FoundStance(holders, stance, issue, is_negated(noun.head))] if issue is not None else []

    @staticmethod
    def _document_issue(cue: Token) -> Token | None:
        obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
        for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "on")):
            found = next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None)
            if found is not None:
                return found
        return next((c for c in cue.children if c.dep_ in ("xcomp", "ccomp")), None)

    def _participle(self, verb: Token) -> list[FoundStance]:
        """"Israel was prepared for the implementation of ...": a stance adjective read as a participle."""
        stance = self.cues.adjectives.get(verb.lower_)
        if stance is None or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
            return []
        if any(c.dep_ == "agent" for c in verb.children):
            return []  # "was opposed by the army": a passive after all
        issue = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if issue is None:
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "for", "with", "in")), None)
            issue = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        holders = self.holders.subject_actors(verb)
        if issue is None or not holders:
            return []
        return [FoundStance(holders, stance, issue, is_negated(verb))]

    def _judged(self, verb: Token) -> list[FoundStance]:
        """"called the referendums illegal", "described the ceasefire as a positive step": the subject's
        judgement of the object; "branded as unacceptable the demand for X": of the judged noun."""
        if verb.lemma_.lower() not in self.cues.judging_verbs or is_negated(verb):
            return []
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        complements = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and c.pos_ in ("ADJ", "NOUN")]
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
            complements += [o for o in prep.children if o.dep_ in ("pobj", "amod", "acomp") and o.pos_ in ("ADJ", "NOUN")]
        for complement in complements:
            if self._judgement(complement):
                verdict, judged = complement, obj
            else:
                verdict = next((c for c in complement.children if c.dep_ in ("amod", "compound") and self._judgement(c)), None)
                if verdict is None:
                    continue
                # "branded as unacceptable the demand for X": the noun the verdict qualifies is judged.
                judged = obj if obj is not None else complement
            if judged is None or not len(judged) or self.holders.is_actor_phrase(judged if isinstance(judged, Token) else judged.root):
                return []
            if judged is complement and judged.lemma_.lower() in self.cues.nouns:
                # "branded as unacceptable the demand for the withdrawal of troops": the withdrawal.
                prep = next((c for c in judged.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "on")), None)
                judged = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
                if judged is None:
                    return []
            if isinstance(judged, Token) and self.cues.nouns.get(judged.lemma_.lower()) == "offer":
                judged = self.doc[judged.left_edge.i:judged.right_edge.i + 1]  # "the proposal" on the table
            holders = self.holders.subject_actors(verb)
            stance = self._judgement(verdict)
            return [FoundStance(holders, stance, judged, False)] if holders and stance else []
        return []

    def _judgement(self, word: Token) -> Stance | None:
        lemma = word.lemma_.lower()
        return self.cues.judgements.get(lemma) or self.cues.verdict_adjectives.get(lemma)

    def _responded(self, verb: Token) -> list[FoundStance]:
        """"responded favorably to the Hamas statement", "reacted negatively to the plan": the manner is the
        stance (``response_manners``)."""
        if verb.lemma_.lower() not in RESPONSE_VERBS or is_negated(verb):
            return []
        stance = next((self.cues.response_manners[c.lower_] for c in verb.children
                       if c.dep_ == "advmod" and c.lower_ in self.cues.response_manners), None)
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        issue = next((o for o in to.children if o.dep_ == "pobj"), None) if to is not None else None
        if stance is None or issue is None or self.holders.is_actor_phrase(issue):
            return []
        holders = self.holders.subject_actors(verb)
        return [FoundStance(holders, stance, issue, False)] if holders else []
