"""Conditions a party sets on its own course: what it asks in return is its demand.

- "Moscow would only halt its offensive if Kiev surrenders", "will only countenance peace if Russia fully
  withdraws": "only ... if" split by the main clause, like "only if" (``condition_words``).
- "If Ukraine renounces its aim to join NATO, Russia would be prepared to cease fire": a condition on a
  readiness or an offer (a cue adjective or a positive cue verb, said with a modal) is the party's demand.
- "would be ready for a ceasefire, on condition that Turkish forces leave the country": the clause of a
  condition noun (``condition_nouns``) after "on"; its conjoined clauses are items of one demand
  (:mod:`parley.pipeline.joint_issues`).
- "there could be no ceasefire until Haftar's forces withdraw", in X's statement: X demands the withdrawal.

What a supposition or a proviso says of the one supposed ("if Ukraine renounces its aim to join NATO", "provided
that both parties adhere to the declaration") is no stance of theirs; :func:`in_supposition` tells the readers so.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from parley.pipeline.holders import HolderResolver
from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_grammar import DocumentReader, FoundStance, goal_wording, is_negated
from parley.pipeline.stance_obligations import process_speaker

SUPPOSING = {"if", "unless"}
# Words that open a proviso: "provided that", "providing".
PROVISOS = {"provided", "providing"}
# Nouns whose "that" clause after "on" is a condition ("on the condition that").
CONDITION_HEADS = {"condition", "precondition", "proviso"}
UNTIL = {"until", "till"}
MODALS = {"will", "would", "'ll", "wo", "could", "can", "shall"}
POSITIVE = {"willing", "offer", "support"}
# Clause relations that start a statement of its own: a supposition does not reach past them.
CLAUSE_EDGES = {"ccomp", "ROOT", "relcl", "parataxis", "conj"}


def in_supposition(tok: Token) -> Token | None:
    """The "if"/"unless"/"as long as" clause ``tok`` stands in ("If Ukraine renounces its aim to join NATO", "there
    can be no solution as long as the Houthis insist on attacking ships"), or None."""
    for a in (tok, *tok.ancestors):
        if a.dep_ == "advcl" and (any(c.dep_ == "mark" and c.lower_ in SUPPOSING for c in a.children) or _as_long_as(a)):
            return a
        if a.dep_ in ("pcomp", "advcl", "ccomp") and a.head.lower_ in PROVISOS and a.head.i < a.i:
            return a  # "ready to recommence talks, provided that both parties strictly adhere to the declaration"
        # "would agree to a ceasefire only on the condition that RSF fighters withdraw ... and hand over their weapons"
        if _condition_clause(a) or (a.dep_ == "conj" and _condition_clause(a.head)):
            return a
        if a.dep_ in CLAUSE_EDGES:
            return None
    return None


def _condition_clause(clause: Token) -> bool:
    """The clause of "on (the) condition that ...": terms asked, no stance of the one they name."""
    noun = clause.head
    return clause.dep_ in ("acl", "ccomp", "relcl") and noun.lemma_.lower() in CONDITION_HEADS \
        and noun.dep_ == "pobj" and noun.head.lower_ in ("on", "upon")


def _as_long_as(clause: Token) -> bool:
    """"as long as the Houthis insist on ...", "so long as": the parser hangs the clause on "long"."""
    return clause.head.lower_ == "long" and any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)


def in_question(tok: Token) -> bool:
    """``tok`` stands in an indirect question ("confronted him on whether they were going to agree on the terms",
    "wondered if those negotiations would be for a two-state solution"): what it asks states no stance."""
    for a in (tok, *tok.ancestors):
        marks = {c.lower_ for c in a.children if c.dep_ == "mark"}
        if "whether" in marks or ("if" in marks and a.dep_ in ("ccomp", "pcomp")):
            return True
        if a.dep_ in CLAUSE_EDGES:
            return False
    return False


class ConditionReader(DocumentReader):
    """Reads the conditions a party sets, in one document."""

    def found_at(self, tok: Token) -> list[FoundStance]:
        if tok.dep_ == "advcl" and tok.pos_ in ("VERB", "AUX"):
            return self._supposed(tok) + self._none_until(tok)
        if tok.dep_ == "pobj" and tok.head.lower_ in UNTIL | {"before"} and tok.pos_ == "NOUN" \
                and tok.ent_type_ not in ("DATE", "TIME"):
            return self._none_before(tok)
        if tok.dep_ == "pobj" and tok.lemma_.lower() in self.cues.condition_nouns and tok.head.lower_ in ("on", "upon"):
            return self._on_condition(tok)
        return []

    def _supposed(self, clause: Token) -> list[FoundStance]:
        """"would only halt its offensive if Kiev surrenders"; "if X, Russia would be prepared to V"."""
        if not any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children) or any(
                c.lower_ == "only" for c in clause.children):
            return []  # "only if" the terms reader reads
        threat = self._threat_unless(clause)
        if threat:
            return threat
        if any(t.lower_ in ("were", "was") and t.nbor().lower_ == "to" for t in clause.subtree if t.i + 1 < len(self.doc)):
            return []  # "if a ceasefire were to be implemented tomorrow": a thought experiment, not a term
        main = clause.head
        process = self._process_on_terms(main)
        if not (self._only_before(main, clause) or self._positive_course(main) or process) or is_negated(main):
            return []
        holders = self.holders.subject_actors(main)
        if not holders and (process or self._only_before(main, clause)):
            # "Conille insisted that dialogue could only take place if the gang leaders stopped ...": terms on a process
            holders = process_speaker(main, clause, self.cues, self.holders)
        if not holders:
            return []
        content = next((c for c in clause.children if c.dep_ == "dobj"), None) \
            if clause.lemma_.lower() in self.cues.content_verbs else None
        if content is not None:
            # "if a military agreement between the United States and Baghdad includes the withdrawal of U.S. troops":
            # what the agreement is to include
            return [FoundStance(holders, "demand", self.doc[content.left_edge.i:content.right_edge.i + 1], False)]
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        # "if Kiev surrenders by pulling its troops out": the action asked; "if the venue is a neutral
        # country": a state of things, with what it is about.
        if subj is not None and (self.holders.is_actor_phrase(subj) or subj.dep_ == "expl"):
            start = subj.right_edge.i + 1
        else:
            start = next(t.i for t in clause.subtree if t.dep_ != "mark") if subj is not None else clause.left_edge.i + 1
        end = min((c.left_edge.i for c in clause.children if c.i > clause.i and c.dep_ in ("cc", "conj")),
                  default=clause.right_edge.i + 1)
        while end > start and self.doc[end - 1].is_punct:
            end -= 1  # "if the venue is a neutral country, including some Gulf states, and that ...": the condition
        issue = self.doc[start:end]
        return [FoundStance(holders, "demand", issue, False)] if len(issue) else []

    def _process_on_terms(self, main: Token) -> bool:
        """"If the group is willing to talk under the conditions laid down by President Duterte, then the peace talks
        can resume": talks that can go on if something happens are on the speaker's terms (``resumption_verbs``)."""
        subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj is not None and subj.lemma_.lower() in self.cues.meeting_nouns \
            and main.lemma_.lower() in self.cues.resumption_verbs \
            and any(c.dep_ == "aux" and c.lower_ in MODALS for c in main.children)

    def _threat_unless(self, clause: Token) -> list[FoundStance]:
        """"threatened to resume rocket fire if the blockade of Gaza was not lifted", "would resume its naval operations
        if Israel did not lift a blockage of aid" (``ultimatum_verbs``): what the threat is to bring about, the thing
        done, is demanded ("lift blockade of Gaza")."""
        main = clause.head
        threat = main.head if main.dep_ == "xcomp" and main.head.lemma_.lower() in self.cues.threat_verbs else None
        if threat is None and main.lemma_.lower() in self.cues.ultimatum_verbs and any(
                c.dep_ == "aux" and c.lower_ in MODALS for c in main.children):
            threat = main  # "the group would resume its naval operations against Israel if Israel did not lift a blockage"
        sanctioned = threat is None and self._sanction_threat(main)
        if sanctioned:
            threat = main  # "threatened sanctions against the parties if they do not implement the peace agreement"
        elif threat is None and main.lemma_.lower() in self.cues.speech_verbs:
            # "X threatened Russia with new sanctions if Moscow does not agree to ..., its ministers said": the parser
            # may hang the "if" on the verb of saying after it.
            threat = next((c for c in main.children if c.dep_ == "ccomp" and c.i < clause.i < main.i
                           and self._sanction_threat(c)), None)
            sanctioned = threat is not None
        if threat is None or not any(c.dep_ == "neg" for c in clause.children) or is_negated(threat):
            return []
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        holders = self.holders.subject_actors(threat) or (
            self.holders.subject_actors(main) if sanctioned and threat is not main else ())
        if sanctioned and subj is not None and subj.pos_ == "PRON" and subj.lower_ in ("they", "he", "she") and holders \
                and any(c.dep_ in ("dobj", "prep") for c in clause.children):
            return [FoundStance(holders, "demand", clause, False, wording=goal_wording(clause))]
        # "if Israel did not lift a blockage": what another party is to do, with what it is to act on
        asked = self.holders.is_actor_phrase(subj) and any(c.dep_ == "dobj" or (sanctioned and c.dep_ == "prep")
                                                           for c in clause.children) if subj is not None else False
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or (self.holders.is_actor_phrase(subj) and not asked) \
                or not holders or self.cues.nouns.get(subj.lemma_.lower()) == "demand":
            return []  # "if their demands were not met": the demands, read where they are named
        if sanctioned and not any(c.dep_ == "dobj" for c in clause.children):
            # "if Moscow does not agree to the ceasefire proposal": what the party is to agree to
            asked_for = next((o for c in clause.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"), None)
            if asked_for is not None:
                return [FoundStance(holders, "demand", asked_for, False)]
        return [FoundStance(holders, "demand", clause, False, wording=goal_wording(clause))]

    def _sanction_threat(self, verb: Token) -> bool:
        """"threatened sanctions against X", "threatened Russia with new sanctions": a penalty threatened (``threat_verbs``
        with ``sanction_nouns``), whose "if ... not" clause is what the threat demands."""
        if verb.lemma_.lower() not in self.cues.threat_verbs or verb.pos_ != "VERB":
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
        return any(o.lemma_.lower() in self.cues.sanction_nouns for o in objects)

    def _only_before(self, main: Token, clause: Token) -> bool:
        """An "only" in the main clause before the "if": "would only halt its offensive if"."""
        return any(t.lower_ == "only" and t.i < clause.left_edge.i and main in (t, *t.ancestors)
                   and clause not in t.ancestors for t in self.doc[main.left_edge.i:clause.left_edge.i])

    def _positive_course(self, main: Token) -> bool:
        """A readiness or offer said with a modal: "would be prepared to", "would welcome talks"; or a readiness
        to act on terms: "are ready to halt attacks if Saudi Arabia withdraws its troops"."""
        ready = main.head if main.dep_ == "xcomp" else None
        if ready is not None and ready.pos_ == "ADJ" and ready.dep_ == "acomp" \
                and self.cues.adjectives.get(ready.lemma_.lower()) in POSITIVE:
            return True
        # "has promised to dissolve the Mehdi Army if the United States withdraws its troops", the "if" on either verb
        promise = ready if ready is not None else main if any(c.dep_ == "xcomp" for c in main.children) else None
        if promise is not None and promise.pos_ == "VERB" and POSITIVE & {
                self.cues.verbs.get(f"{promise.lemma_.lower()} to"), self.cues.verbs.get(promise.lemma_.lower())}:
            return True
        if not any(c.dep_ == "aux" and c.lower_ in MODALS for c in main.children):
            return False
        if self.cues.verbs.get(main.lemma_.lower()) in POSITIVE:
            return True
        return any(c.dep_ == "acomp" and self.cues.adjectives.get(c.lower_, self.cues.adjectives.get(c.lemma_.lower()))
                   in POSITIVE for c in main.children)

    def _none_until(self, clause: Token) -> list[FoundStance]:
        """"there could be no ceasefire until Haftar's forces withdraw", in X's statement: X demands it."""
        be = clause.head
        if not any(c.dep_ == "mark" and c.lower_ in UNTIL for c in clause.children) or be.lemma_ != "be":
            return []
        if not _nothing_there(be):
            return []
        speaker = self.holders.speaker(clause)
        if speaker is None:
            return []
        return [FoundStance((speaker,), "demand", self.doc[clause.left_edge.i + 1:clause.right_edge.i + 1], False)]

    def _none_before(self, noun: Token) -> list[FoundStance]:
        """"There can be no talking about negotiations ... before the departure of all French forces", in X's
        statement: X demands the departure."""
        # "no talking about negotiations before the departure": the parser may hang the phrase on the attribute.
        be = next((a for a in noun.head.ancestors if a.lemma_ == "be" or a.dep_ in ("ccomp", "ROOT", "relcl")), None)
        if noun.lemma_.lower() in self.cues.time_nouns or be is None or be.lemma_ != "be" or not _nothing_there(be):
            return []
        speaker = self.holders.speaker(noun)
        return [FoundStance((speaker,), "demand", noun, False)] if speaker is not None else []

    def _on_condition(self, noun: Token) -> list[FoundStance]:
        """"would be ready for a ceasefire, on condition that Turkish forces leave the country and Ankara
        stops providing weapons": each condition is demanded by the one who sets it."""
        # "that" may be read as the clause's object ("on the condition that RSF fighters withdraw").
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                       and any(m.lower_ == "that" and (m.dep_ == "mark" or m.i == noun.i + 1) for m in c.children)), None)
        if clause is None:
            return []
        # "would be ready for a ceasefire, on condition that", "We agree on a ceasefire on the condition that".
        verb = next((a for a in noun.head.ancestors if a.pos_ in ("VERB", "AUX", "ADJ")), None)
        holders = self.holders.subject_actors(verb) if verb is not None else ()
        if not holders or is_negated(verb):
            return []
        return [FoundStance(holders, "demand", part, False) for part in _clauses(self.doc, clause)]


def _clauses(doc: Doc, clause: Token) -> list[Span]:
    """A clause and its conjoined clauses, with subjects of their own or sharing its subject ("that RSF fighters
    withdraw from populated areas and hand over their weapons"), each without the others."""
    parts = [clause, *(c for c in clause.conjuncts if c.pos_ in ("VERB", "AUX") or any(
        k.dep_ in ("nsubj", "nsubjpass") for k in c.children))]
    out = []
    for part in parts:
        cut = min((c.left_edge.i for c in part.children if c.i > part.i and (c.dep_ == "cc" or c in parts)),
                  default=part.right_edge.i + 1)
        start = min(t.i for t in part.subtree if t.dep_ != "mark")
        while start < cut and (doc[start].dep_ in ("mark", "cc", "punct") or doc[start].lower_ == "that"):
            start += 1
        if cut > start:
            out.append(doc[start:cut])
    return out


def _nothing_there(be: Token) -> bool:
    """"there can be no ceasefire", "there will be no talks": an existential "be" with a "no" attribute."""
    return any(c.dep_ == "expl" for c in be.children) and any(
        c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in be.children)


def listed_terms(found: FoundStance, cues: StanceCues, holders: HolderResolver) -> list[FoundStance]:
    """"will only accept a comprehensive deal ... alongside key conditions for ending the war, including Hamas's
    disarmament and new governance in Gaza": the terms a party accepts or asks for, named one by one after
    "including", are its demand (the items of one issue, joined in :mod:`parley.pipeline.joint_issues`)."""
    issue = found.issue
    if not isinstance(issue, Token) or found.negated or found.stance not in ("demand", "willing", "support", "offer"):
        return []
    out: list[FoundStance] = []
    for noun in issue.subtree:
        if noun == issue or noun.tag_ != "NNS" or noun.lemma_.lower() not in cues.condition_nouns:
            continue
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "including"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                out += [FoundStance(found.holders, "demand", _own_words(item), False)
                        for item in (obj, *obj.conjuncts) if not holders.is_actor_phrase(item)]
    return out


def _own_words(item: Token) -> Span:
    """An item of a list without the items conjoined to it ("Hamas's disarmament", not "... and new governance")."""
    end = min((c.left_edge.i for c in item.children if c.dep_ in ("cc", "conj") or (c.dep_ == "punct" and c.i > item.i)),
              default=item.right_edge.i + 1)
    return item.doc[item.left_edge.i:end]
