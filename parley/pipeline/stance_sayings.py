"""Stances a speaker states by a saying about the one way or the first thing, rather than by a cue word.

- "the only way is dialogue among Syrian people", "negotiations are the only way forward", "the only solution is
  a political one": the speaker supports what is called the only way (``means_nouns``).
- "there will be no agreement without the release of all prisoners", "there can be no peace without justice": the
  speaker demands what nothing comes without (and rejects no agreement).
- "we reject any proposal that does not include a permanent ceasefire": what any text must provide is demanded
  (``provision_verbs``).
- "firm agreements on a final settlement are needed", in X's words: X demands them (``speaker_need_verbs``).
- "the door to dialogue remains open": the speaker is open to it; "closed" to it, rejects it (``door_nouns``).
- "Lay down your arms, recognize the authority of the State," X told the gang leaders: an order that opens the
  speaker's quote, and those listed after it, are demands (not ``imperative_exclusions``: "let", "look", "imagine").
- "there is no higher priority than the release of all hostages", "nothing is more important than a ceasefire":
  the speaker demands what nothing comes before (``priority_nouns``, ``priority_adjectives``); so is "what is
  important (needed, essential) is a ceasefire" (``necessity_adjectives``).
- "the conflict can only be resolved through political means", "it can only be achieved through negotiations": the
  speaker supports the one means (``settling_verbs``).

The holder is the one who says it: the speaker of the quote, else the subject of the sentence's reporting verb
("Zarif said the only way is dialogue"). A "for X" phrase names another holder ("the only option for Hamas is
to surrender"), and a negated saying ("force is not the only way") states no stance. The words are in
``resources/stance_cues.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.noun_goals import goal_aim
from parley.pipeline.stance_grammar import DocumentReader, FoundStance, is_negated, is_passive

# "the only way", "the sole option", "the one solution".
ONLY_WORDS = {"only", "sole", "one"}
# "no higher priority than", "nothing more important than".
COMPARATIVES = {"higher", "greater", "bigger", "more"}
NOTHING_WORDS = {"nothing"}
# "the door to dialogue remains open", "the door is closed to negotiations".
DOOR_STATES = {"open": "willing", "closed": "reject", "shut": "reject"}
# Where the parser hangs an order that opens a quote: the sentence's root, the reported clause, the next order's subject
# or a side clause or complement of the reporting verb.
IMPERATIVE_DEPS = {"ROOT", "ccomp", "conj", "parataxis", "nsubj", "advcl", "xcomp"}
# "can only be resolved through", "could only be achieved by": the modals of a saying about the one means.
MEANS_MODALS = {"can", "could", "will", "would", "must", "should"}
MEANS_PREPOSITIONS = {"through", "by", "via"}
# What a text contains is the issue itself; any other provision is a deed ("end the occupation").
CONTAINING_VERBS = {"include", "contain", "provide", "address", "meet", "guarantee", "ensure"}


class SayingReader(DocumentReader):
    """Reads the stances stated by sayings about the only way and the first priority in one document."""

    def found_at(self, tok: Token) -> list[FoundStance]:
        lemma = tok.lemma_.lower()
        if lemma in self.cues.needed_adjectives and tok.dep_ in ("acomp", "csubj") \
                and (found := self._what_is_needed(tok)):
            return found
        if lemma in self.cues.means_nouns and tok.pos_ == "NOUN":
            return self._only_way(tok)
        if lemma in self.cues.priority_nouns and tok.pos_ == "NOUN":
            return self._no_higher(tok) or self._only_way(tok)  # "he insists the only priority now is peace"
        if lemma in self.cues.priority_adjectives and tok.pos_ == "ADJ":
            return self._nothing_more(tok)
        if tok.pos_ == "NOUN" and tok.dep_ == "attr":
            return self._none_without(tok)
        if tok.pos_ == "VERB" and tok.dep_ == "relcl" and tok.lemma_.lower() in self.cues.provision_verbs:
            return self._lacking(tok)
        if tok.tag_ == "VBN" and lemma in self.cues.speaker_need_verbs:
            return self._needed(tok)
        if lemma in self.cues.door_nouns and tok.pos_ == "NOUN" and tok.dep_ == "nsubj":
            return self._door(tok)
        if lemma in self.cues.settling_verbs and tok.pos_ == "VERB" and (found := self._only_through(tok)):
            return found
        if tok.tag_ == "VB" and tok.pos_ == "VERB":
            return self._ordered(tok)
        if lemma in self.cues.mattering_verbs and tok.pos_ == "VERB" and tok.dep_ == "csubj":
            return self._what_matters(tok)
        if lemma in self.cues.position_nouns and tok.pos_ == "NOUN" and tok.dep_ == "nsubj":
            return self._position_is(tok)
        return []

    def _what_matters(self, verb: Token) -> list[FoundStance]:
        """'"What matters is a ceasefire," Fidan said': the speaker supports what is said to matter."""
        be = verb.head
        if be.lemma_ != "be" or _negated(be) or not any(c.dep_ == "nsubj" and c.lower_ == "what" for c in verb.children):
            return []
        return self._stance(verb, "support", next((c for c in be.children if c.dep_ == "attr" and c.i > verb.i), None))

    def _what_is_needed(self, word: Token) -> list[FoundStance]:
        """'"What is important is a ceasefire," X said', "what is needed is a political solution", "what is essential
        now is ...": the speaker demands what is said to be needed."""
        clause = word.head if word.dep_ == "acomp" else word
        be = clause.head
        if clause.dep_ != "csubj" or be.lemma_ != "be" or _negated(be) or _negated(clause) or not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "what" for c in clause.children):
            return []
        return self._stance(word, "demand", goal_aim(clause, be))

    def _position_is(self, noun: Token) -> list[FoundStance]:
        """"Kestia's position is that any settlement must respect its borders": what the holder of the position says
        must be done, it demands (the holder is the possessor)."""
        be = noun.head
        clause = next((c for c in be.children if c.dep_ == "ccomp" and c.i > be.i), None) if be.lemma_ == "be" else None
        if clause is None or _negated(be) or not any(c.dep_ == "aux" and c.lower_ in self.cues.deontic_modals
                                                     for c in clause.children) or _negated(clause):
            return []
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ in ("our", "my"):
            return []  # "Our position is that Russia must withdraw," X said: the speaker's "must" is read as a call
        holders = self.holders.actors_of(owner)
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        start = subj.left_edge.i if subj is not None else clause.i
        return [FoundStance(holders, "demand", self.doc[start:clause.right_edge.i + 1], False)] if holders else []

    def _ordered(self, verb: Token) -> list[FoundStance]:
        """""Lay down your arms, recognize the authority of the State before any other arrangement," Conille told the
        gang leaders": an order that opens the speaker's own quoted words, and the orders listed after it, are the
        speaker's demands."""
        if verb.lemma_.lower() in self.cues.imperative_exclusions or verb.dep_ not in IMPERATIVE_DEPS \
                or not any(c.dep_ in ("dobj", "prt", "prep") for c in verb.children):
            return []
        # No subject, auxiliary or marker of its own: the parser may take the first order for the next one's subject.
        if any(c.dep_ in ("aux", "auxpass", "mark", "neg", "expl") or (c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "VB")
               for c in verb.children):
            return []
        before = self.doc[verb.i - 1] if verb.i > verb.sent.start else None
        # the quote opens the sentence or follows a colon ('He said: "Stop ..."'), not a fragment quoted in a reported
        # clause ('Russia would review the situation and "consult with the Americans"')
        prior = self.doc[before.i - 1] if before is not None and before.i > 0 else None
        opens = before is None or (before.is_quote or before.tag_ == "``") and (
            before.i == verb.sent.start or prior is None or prior.text == ":" or prior.is_space
            or (prior.text == "," and verb.head.lemma_.lower() in self.cues.speech_verbs))
        listed = before is not None and before.lower_ in (",", "and", ";") and (
            (verb.dep_ == "conj" and verb.head.i < verb.i and bool(self._ordered(verb.head))) or self._ordered_before(verb))
        if not (opens or listed) or (verb.dep_ in ("nsubj", "advcl", "xcomp") and not opens):
            return []
        speaker = self.holders.speaker(verb, quoted_only=True)
        return [FoundStance((speaker,), "demand", verb, False, alone=True)] if speaker is not None else []

    def _ordered_before(self, verb: Token) -> bool:
        """An order opens the quote before ``verb`` in its sentence ("Lay down your arms, recognize ...")."""
        start = verb.sent.start
        first = next((t for t in self.doc[start:verb.i] if not t.is_punct), None)
        return first is not None and first.tag_ == "VB" and first.i > start and self.doc[first.i - 1].is_quote \
            and first.lemma_.lower() not in self.cues.imperative_exclusions

    def _only_through(self, verb: Token) -> list[FoundStance]:
        """"the conflict can only be resolved through political and diplomatic means", X said: X supports the means."""
        if not any(c.dep_ == "advmod" and c.lower_ in ("only", "solely") for c in verb.children) or is_negated(verb) \
                or not any(c.dep_ == "aux" and c.lower_ in MEANS_MODALS for c in verb.children):
            return []
        means = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in MEANS_PREPOSITIONS
                      for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
        speaker = self.holders.speaker(verb) if means is not None else None
        return [FoundStance((speaker,), "support", means, False)] if speaker is not None else []

    def _door(self, door: Token) -> list[FoundStance]:
        """"the door to dialogue remains open" (willing), "the door is closed to negotiations" (reject)."""
        verb = door.head
        state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.lower_ in DOOR_STATES), None)
        if state is None or _negated(verb):
            return []
        issue = next((o for t in (door, state) for p in t.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                      for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
        # "the door to dialogue": the parser may read "to dialogue" as an infinitive.
        issue = issue or next((c for c in door.children if c.dep_ in ("relcl", "acl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        return self._stance(door, DOOR_STATES[state.lower_], issue)

    def _needed(self, verb: Token) -> list[FoundStance]:
        """"Firm agreements on a final settlement are needed," X said: X demands them."""
        if not is_passive(verb) or _negated(verb) or verb.dep_ in ("relcl", "acl", "advcl"):
            return []
        return self._stance(verb, "demand", next((c for c in verb.children if c.dep_ == "nsubjpass"), None))

    def _lacking(self, clause: Token) -> list[FoundStance]:
        """"we reject any proposal that does not include a permanent ceasefire", "will not accept any deal that does
        not end the occupation": what any acceptable text must provide is demanded."""
        text = clause.head
        if not any(c.dep_ == "neg" for c in clause.children) or not any(
                c.dep_ == "det" and c.lower_ in ("any", "every", "a", "an") for c in text.children):
            return []
        verb = text.head.head if text.dep_ == "pobj" else text.head
        if text.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
            return []
        stance = self.cues.verbs.get(verb.lemma_.lower())
        refused = stance in ("reject", "oppose") and not _negated(verb)
        refused = refused or (stance in ("support", "willing") and _negated(verb))
        provided = next((c for c in clause.children if c.dep_ == "dobj"), None)
        holders = self.holders.subject_actors(verb) if refused and provided is not None else ()
        if not holders or provided.pos_ == "PRON":
            return []
        if clause.lemma_.lower() in CONTAINING_VERBS:
            return [FoundStance(holders, "demand", provided, False)]
        # "any deal that does not end the occupation": the deed, "end the occupation".
        return [FoundStance(holders, "demand", clause, False, wording=f"{clause.lemma_.lower()} {_phrase(provided)}")]

    def _none_without(self, noun: Token) -> list[FoundStance]:
        """"there will be no agreement without the release of all prisoners", "there can be no peace without
        justice": what nothing comes without is demanded."""
        be = noun.head
        if be.lemma_ != "be" or not any(c.dep_ == "expl" for c in be.children) or not any(
                c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return []
        return self._stance(noun, "demand", without(noun))

    def _only_way(self, noun: Token) -> list[FoundStance]:
        """"the only way is X" (the noun is the subject), "X is the only way" (the noun is what X is said to be)."""
        if not any(c.dep_ == "amod" and c.lower_ in ONLY_WORDS for c in noun.children):
            return []
        be = noun.head
        role = noun.dep_
        if role == "npadvmod" and be.lower_ == "forward":
            be, role = be.head, "attr"  # "a two-state solution is the only way forward": the parser's adverb
        # "the only real solution lies in moving directly to elections": where it lies, as what it is; "dialogue
        # remains the only path to ending hostilities" (round 17, IGAD communiques) as "is".
        if be.lemma_ not in ("be", "lie", "remain") or _negated(be) or _for_whom(noun) or (be.lemma_ == "lie" and role != "nsubj"):
            return []
        if role == "nsubj":
            issue = next((c for c in be.children if c.dep_ in ("attr", "xcomp", "ccomp") and c.i > noun.i), None)
            # "the only way to achieve peace is through negotiations".
            issue = issue or next((o for p in be.children if p.dep_ == "prep" and p.lower_ in ("through", "by", "via", *(("in",) if be.lemma_ == "lie" else ()))
                                   and p.i > noun.i for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
        elif role == "attr":
            issue = next((c for c in be.children if c.dep_ in ("nsubj", "csubj") and c.i < noun.i), None)
        else:
            return []
        if issue is not None and issue.lemma_.lower() in self.cues.light_nouns:
            # "the only way is (the establishment of) dialogue": the parser apposes what the light noun introduces.
            issue = next((c for c in issue.children if c.dep_ == "appos"), issue)
        return self._stance(noun, "support", issue)

    def _no_higher(self, noun: Token) -> list[FoundStance]:
        """"there is no higher priority than X": X comes first."""
        if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return []
        if not any(c.dep_ == "amod" and c.lower_ in COMPARATIVES for c in noun.children):
            return []
        issue = _than(noun)
        if issue is None and noun.dep_ in ("attr", "dobj"):
            issue = _than(noun.head)  # "there is no higher priority for us than X": the parser may hang it on the verb
        return self._stance(noun, "demand", issue)

    def _nothing_more(self, adj: Token) -> list[FoundStance]:
        """"nothing is more important than X"."""
        if adj.dep_ != "acomp" or not any(c.lower_ == "more" for c in adj.children):
            return []
        be = adj.head
        if not any(c.dep_ == "nsubj" and c.lower_ in NOTHING_WORDS for c in be.children):
            return []
        return self._stance(adj, "demand", _than(adj) or _than(be))

    def _stance(self, cue: Token, stance: str, issue: Token | None) -> list[FoundStance]:
        if issue is None or issue.pos_ == "PRON" or self.holders.is_actor_phrase(issue):
            return []
        speaker = self.holders.speaker(cue)
        if speaker is None:
            return []
        return [FoundStance((speaker,), stance, issue, False)]


def without(noun: Token) -> Token | None:
    """The object of the noun's "without" phrase: "no agreement without the release of all prisoners"."""
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "without"
                 for o in p.children if o.dep_ in ("pobj", "pcomp")), None)


def _phrase(noun: Token) -> str:
    """The noun phrase without its determiners and clauses: "the occupation" -> "occupation"."""
    cut = {t.i for c in noun.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
    return " ".join(t.text for t in noun.subtree if t.dep_ not in ("det", "punct") and t.i not in cut)


def _than(tok: Token) -> Token | None:
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "than"
                 for o in p.children if o.dep_ in ("pobj", "pcomp")), None)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _for_whom(noun: Token) -> bool:
    """"the only option for Hamas": whose way it is, another's than the speaker's."""
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)
