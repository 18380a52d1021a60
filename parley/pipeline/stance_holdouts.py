"""What a party holds out for: "will not stop until Hamas is destroyed", "vowed to continue the war until destroying
Hamas", "would not negotiate with the rebels until they pulled out of Goma" (``until_verbs``: go on until;
``stop_verbs``: not stop until): the goal is the subject's demand, said as a resolve, not told as a story. Read for
:mod:`parley.pipeline.stance_constructions`.
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.noun_goals import there_to_be
from parley.pipeline.stance_conditions import UNTIL
from parley.pipeline.stance_grammar import DocumentReader, FoundStance, goal_wording, is_negated

FUTURE = {"will", "would", "'ll", "shall", "wo"}


class HoldoutReader(DocumentReader):
    """The goals a party holds out for in one document."""

    def until(self, verb: Token) -> list[FoundStance]:
        """"will not stop until X", "vowed to keep fighting until X": the subject demands X."""
        goal = self.until_clause(verb)
        if goal is None:
            return []
        course = verb
        if verb.lemma_.lower() in self.cues.resolve_verbs:
            # "vowed to press ahead with its campaign until ...": the parser hangs "until" on the vow.
            course = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)
        elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.cues.until_verbs - self.cues.stop_verbs \
                and verb.lemma_.lower() not in self.cues.until_verbs:
            # "the armed forces continue to implement the decision ... until the aggression stops": the going on.
            verb = course = verb.head
        lemma = course.lemma_.lower()
        negated = is_negated(course)
        if negated and lemma not in self.cues.stop_verbs:
            return []
        if not negated and lemma not in self.cues.until_verbs:
            return []
        # A resolve, not a story: "will keep fighting", "vowed to continue"; not "fighting continued until".
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE for c in course.children) or (
            # "we will continue to fight until the occupation ends": the resolve on the verb above.
            course.dep_ == "xcomp" and course.head.lemma_.lower() in self.cues.until_verbs
            and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in course.head.children)) or (
            # "We will never be ready to lay down arms until the liberation of ...": the refusal on the copula above.
            negated and course.dep_ == "xcomp" and course.head.dep_ == "acomp"
            and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in course.head.head.children))
        vowed = course.dep_ == "xcomp" and course.head.lemma_.lower() in self.cues.resolve_verbs
        present = verb.tag_ in ("VBP", "VBZ") or (verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children))
        if not (future or vowed or present):
            return []
        holders = self.holders.subject_actors(verb)
        if not holders:
            return []
        return [FoundStance(holders, "demand", goal, False, wording=goal_wording(goal))]

    def until_clause(self, verb: Token) -> Token | None:
        """The goal of an "until" clause or phrase on the verb, or None."""
        for c in verb.children:
            if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and any(
                    m.dep_ == "mark" and m.lower_ in UNTIL for m in c.children):
                # "until there is a political deal": what there is to be
                existing = there_to_be(c)
                return existing if existing is not None else c if c.pos_ == "VERB" else None
            if c.dep_ == "prep" and c.lower_ in UNTIL:
                # "would not disarm until after a political solution ... is agreed": the phrase after "after"
                after = next((p for p in c.children if p.dep_ == "prep" and p.lower_ == "after"), c)
                obj = next((o for o in after.children if o.dep_ in ("pcomp", "pobj")), None)
                if obj is None or obj.ent_type_ in ("DATE", "TIME", "CARDINAL") or any(
                        d.start <= obj.i < d.end for d in self.doc._.dates or []):
                    continue
                if obj.pos_ == "VERB" or (obj.pos_ == "NOUN" and obj.lemma_.lower() not in self.cues.time_nouns):
                    return obj
        return None
