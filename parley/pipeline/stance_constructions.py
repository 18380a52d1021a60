"""Stances stated by constructions around ordinary words, not by a cue word of their own.

- "will not stop until Hamas is destroyed", "vowed to continue the war until destroying Hamas": what
  a party holds out for, it demands (read in ``stance_holdouts``).
- "the signing of the treaty is conditional on Armenia changing its constitution", "made the deal
  contingent on ...", "conditioned the truce on the release of all hostages": the condition is a
  demand of whoever sets it, the subject, or the speaker when the subject is not an actor.
- "adopted a resolution demanding an immediate ceasefire", "issued a joint statement calling for":
  a text that states a stance states its authors' (``document_nouns``).
- "Israel was prepared for the implementation of ...", "is committed to ending the war": a stance
  adjective the parser read as a passive participle.
- "with a view to the creation of a Palestinian state": the aim of the subject's action.
- "It is time to seek solutions", "it's time for this war to end", said by X: X demands it; "this is not
  the time for rising tensions": X opposes them (``moment_nouns``).
- "there is no alternative to dialogue" in X's statement, "we have no alternative but dialogue": X
  supports it (``alternative_nouns``); so does "there is a real opportunity to sign a peace agreement"
  (``opportunity_nouns``); "its firm stance against terrorism" opposes it (``position_nouns``).
- "there would be no territorial concessions", in X's statement: X rejects them (``withheld_nouns``).
- "there is no military solution to the crisis", "the conflicts don't have a military solution", in X's
  statement: X opposes a military solution (``means_nouns`` with ``force_words``).

Judgements ("called the referendums illegal", "responded favorably to") are read in
``stance_judgements``. The words are in ``resources/stance_cues.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from parley.pipeline.holders import HolderResolver
from parley.pipeline.issue_phrases import infinitival
from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_efforts import EffortReader
from parley.pipeline.stance_grammar import DocumentReader, FoundStance, is_negated
from parley.pipeline.stance_holdouts import FUTURE, HoldoutReader
from parley.pipeline.stance_judgements import JudgementReader
from parley.pipeline.stance_sayings import without

CONDITION_PREPOSITIONS = {"on", "upon", "of"}  # "is conditional of Armenia changing its constitution" (a non-native "on")
# The longest aside between a condition's object and its gerund: "the Occupation (Israel) agreeing".
MAX_ASIDE_TOKENS = 4
# "It is time to V", "this is not the time for X", "now is the time": the subjects of a moment that asks.
MOMENT_SUBJECTS = {"it", "this", "now", "that"}


class ConstructionReader(DocumentReader):
    """Reads the stances that constructions state in one document."""

    def __init__(self, doc: Doc, cues: StanceCues, holders: HolderResolver) -> None:
        super().__init__(doc, cues, holders)
        self.judgements = JudgementReader(doc, cues, holders)
        self.efforts = EffortReader(doc, cues, holders)
        self.holdouts = HoldoutReader(doc, cues, holders)

    def found_at(self, tok: Token) -> list[FoundStance]:
        """The stances a construction around ``tok`` states; efforts ("doing everything to V") are read in ``stance_efforts``."""
        return self._found_at(tok) + self.efforts.found_at(tok)

    def _found_at(self, tok: Token) -> list[FoundStance]:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in self.cues.dependence_verbs:
            return self._depends(tok)
        if tok.pos_ in ("VERB", "AUX"):
            return (self.holdouts.until(tok) + self._conditioned(tok) + self._participle(tok) + self.judgements.judged(tok)
                    + self.judgements.responded(tok) + self.judgements.predicated(tok) + self.judgements.unconcerned(tok)
                    + self.judgements.harmful(tok))
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.document_nouns:
            return self._document(tok)
        if tok.pos_ == "ADJ" and tok.lemma_.lower() in self.cues.condition_adjectives:
            return self._conditional(tok)
        if tok.lower_ == "view" and tok.dep_ == "pobj" and tok.head.lower_ == "with":
            return self._with_a_view(tok)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.moment_nouns:
            return self._moment(tok)
        if tok.pos_ == "NOUN" and (tok.lemma_.lower() in self.cues.alternative_nouns or (
                tok.lemma_.lower() in self.cues.means_nouns and any(c.dep_ == "amod" and c.lower_ == "other" for c in tok.children))):
            return self._no_alternative(tok)  # "there is no alternative to dialogue", "no other way than dialogue"
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.opportunity_nouns:
            return self._opportunity(tok)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.withheld_nouns:
            return self._none_to_come(tok)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.question_nouns:
            return self._out_of_question(tok)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.position_nouns:
            return self._stance_against(tok)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.means_nouns:
            return self._no_force(tok)
        return []

    def _no_force(self, noun: Token) -> list[FoundStance]:
        """"there is no military solution", "there cannot be a military solution", "the conflict doesn't have
        a military solution", in X's statement: X opposes a military solution."""
        force = next((c for c in noun.children if c.dep_ in ("amod", "compound")
                      and c.lemma_.lower() in self.cues.force_words), None)
        if force is None:
            return []
        head = noun.head
        denied = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or (
            noun.dep_ in ("attr", "dobj") and head.lemma_ in ("be", "have", "exist") and is_negated(head))
        # "there is no, and there cannot be, a military solution": the denial on the first of two verbs.
        denied = denied or (noun.dep_ == "attr" and head.dep_ == "conj" and head.head.lemma_ == "be"
                            and (is_negated(head) or any(c.lower_ == "no" for c in head.head.children)))
        if not denied:
            return []
        speaker = self.holders.speaker(noun)
        if speaker is None:
            return []
        return [FoundStance((speaker,), "oppose", self.doc[force.i:noun.i + 1], False)]

    def _moment(self, noun: Token) -> list[FoundStance]:
        """"It is time to seek solutions", "it's time for this war to end", in X's statement: X demands it;
        "this is not the time for rising tensions": X opposes them."""
        be = noun.head
        if noun.dep_ != "attr" or not (be.lemma_ == "be" or be.lower_ in ("'s", "\u2019s")):
            return []
        # "Right now is not the time for a general cease-fire": the parser may take "now" for an adverb.
        subj = next((c for c in be.children if c.dep_ in ("nsubj", "expl")), None) or next(
            (c for c in be.children if c.dep_ == "advmod" and c.lower_ == "now" and c.i < be.i), None)
        if subj is None or subj.lower_ not in MOMENT_SUBJECTS:
            return []  # "the weekend was the time of the worst attacks" tells when, it asks nothing
        speaker = self.holders.speaker(noun)
        if speaker is None:
            return []
        negated = is_negated(be)
        # "it's time for this war to end": the parser may hang the clause on the verb.
        clause = next((c for c in (*noun.children, *be.children) if c.dep_ in ("relcl", "acl", "advcl") and c.i > noun.i
                       and infinitival(c)), None)
        if clause is not None:
            if negated:
                return []  # "not the right moment to push for a ceasefire": a matter of timing
            actor = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if actor is None:
                return [FoundStance((speaker,), "demand", clause, False)]
            if self.holders.is_actor_phrase(actor):
                return []  # "time for Hamas to accept the deal": a call on Hamas, read by the call grammar
            # "time for this war to end": "end this war".
            done = not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in clause.children)
            wording = f"{clause.lemma_} {self.doc[actor.left_edge.i:actor.right_edge.i + 1].text}" if done else None
            return [FoundStance((speaker,), "demand", self.doc[actor.left_edge.i:clause.right_edge.i + 1], False,
                                wording=wording)]
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if obj is None or self.holders.is_actor_phrase(obj):
            return []
        return [FoundStance((speaker,), "oppose" if negated else "demand", obj, False)]

    def _stance_against(self, noun: Token) -> list[FoundStance]:
        """"reiterated its firm stance against terrorism": the holder of the stance opposes X."""
        against = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "against"), None)
        issue = next((o for o in against.children if o.dep_ == "pobj"), None) if against is not None else None
        if issue is None or self.holders.is_actor_phrase(issue):
            return []
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        holders = self.holders.actors_of(poss) if poss is not None else ()
        if not holders and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.cues.carrier_verbs | {"take", "adopt"}:
            holders = self.holders.subject_actors(noun.head)
        return [FoundStance(holders, "oppose", issue, is_negated(noun.head))] if holders else []

    def _opportunity(self, noun: Token) -> list[FoundStance]:
        """"there is a real opportunity to sign a peace agreement soon", in X's statement: X supports it."""
        be = noun.head
        # "there is a real opportunity to V", "this is a good chance for both sides to V"
        if noun.dep_ != "attr" or be.lemma_ != "be" or not any(
                c.dep_ == "expl" or (c.dep_ == "nsubj" and c.lower_ in MOMENT_SUBJECTS) for c in be.children) or is_negated(be):
            return []
        clause = next((c for c in noun.children if c.dep_ in ("relcl", "acl", "advcl") and infinitival(c)), None)
        speaker = self.holders.speaker(noun)
        # "for both sides to sit down" is a chance for the parties at large; "for Hamas to accept" a call on Hamas.
        if clause is None or speaker is None or any(c.dep_ == "nsubj" and c.lemma_.lower() not in self.cues.group_nouns
                                                    for c in clause.children):
            return []
        # "to sit down and try to discuss a settlement": a light verb leaves the issue to what follows.
        return [FoundStance((speaker,), "support", clause, False, alone=clause.lemma_.lower() not in self.cues.light_verbs)]

    def _none_to_come(self, noun: Token) -> list[FoundStance]:
        """"there would be no territorial concessions", in X's statement: X rejects them ("there is no ceasefire" is a fact)."""
        be = noun.head
        # "there's not going to be any ceasefire": the future said with "going to", the denial on "going".
        going = be.head if be.dep_ == "xcomp" and be.head.lemma_ == "go" and be.head.tag_ == "VBG" else None
        clause = going if going is not None else be
        denied = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or (
            is_negated(clause) and any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children))
        if without(noun) is not None:
            return []  # "there will be no agreement without the release of prisoners": the release is demanded
        if noun.dep_ != "attr" or be.lemma_ != "be" or not any(c.dep_ == "expl" for c in clause.children) or not denied \
                or not (going is not None or any(c.dep_ == "aux" and c.lower_ in FUTURE for c in be.children)):
            return []
        speaker = self.holders.speaker(noun)
        return [FoundStance((speaker,), "reject", noun, False)] if speaker is not None else []

    def _out_of_question(self, noun: Token) -> list[FoundStance]:
        """"There is no question of negotiations on surrender", in X's statement: X rejects them."""
        be = noun.head
        if noun.dep_ != "attr" or be.lemma_ != "be" or not any(c.dep_ == "expl" for c in be.children) or not any(
                c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return []
        issue = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
        speaker = self.holders.speaker(noun) if issue is not None else None
        return [FoundStance((speaker,), "reject", issue, False)] if speaker is not None else []

    def _no_alternative(self, noun: Token) -> list[FoundStance]:
        """"there is no alternative to dialogue" in X's statement, "we have no alternative but dialogue":
        X supports it."""
        if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return []
        head = noun.head
        issue = next((o for p in noun.children if p.dep_ in ("prep", "cc") and p.lower_ in ("to", "but", "than")
                      for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
        # "no alternative but dialogue": the parser joins the two nouns.
        issue = issue or next((c for c in noun.children if c.dep_ == "conj" and any(
            k.dep_ == "cc" and k.lower_ in ("but", "than") for k in noun.children)), None)
        if issue is None or self.holders.is_actor_phrase(issue):
            return []
        # "no alternative to negotiations in resolving the dispute": what the alternative is for is not it.
        purpose = next((p for p in issue.children if p.dep_ == "prep" and p.i > issue.i and p.lower_ in ("in", "for")
                        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children)), None)
        found: Token | Span = self.doc[issue.left_edge.i:purpose.i] if purpose is not None else issue
        if noun.dep_ == "attr" and head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children):
            holder = self.holders.speaker(noun)
            holders: tuple[str, ...] = (holder,) if holder else ()
        elif noun.dep_ == "dobj" and head.lemma_ in ("have", "see"):
            holders = self.holders.subject_actors(head)
        else:
            return []
        return [FoundStance(holders, "support", found, False)] if holders else []

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

    def _depends(self, verb: Token) -> list[FoundStance]:
        """"Resuming peace talks ... would depend on the sincerity of the communists and on their agreeing to a ceasefire,
        the Philippine Army said": what a process depends on, its speaker demands (``dependence_verbs``)."""
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        words = {t.lemma_.lower() for t in subj.subtree} if subj is not None else set()
        if subj is None or not words & self.cues.process_nouns or self.holders.is_actor_phrase(subj) or is_negated(verb):
            return []
        speaker = self.holders.speaker(verb)
        conditions = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in CONDITION_PREPOSITIONS]
        # "on the sincerity of the communists and on their agreeing to a ceasefire": the parser may hang the second "on"
        # anywhere; it is the word after the first one's "and"
        conditions += [self.doc[k.i + 1] for c in conditions for k in c.children if k.dep_ == "cc" and k.i + 1 < len(self.doc)
                       and self.doc[k.i + 1].lower_ in CONDITION_PREPOSITIONS and self.doc[k.i + 1].dep_ == "prep"]
        issues = [o for c in conditions for o in c.children if o.dep_ in ("pobj", "pcomp")]
        return [FoundStance((speaker,), "demand", o, False) for o in issues] if speaker is not None else []

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
