"""Stances stated by verbs: "demanded security guarantees", "ruled out talks", "signed off on a ceasefire".

The verb is read with its particle, preposition, object word or infinitive (``resources/stance_cues.yaml``).
The holder is the subject, the object of "(a deal that) commits them to", or with the "with" partner of
"sign"; the issue is the object, the prepositional object, or the infinitive or "that" clause. An actor
as object is whom a call is made to or whom it is about, not the issue ("urged both sides to uphold the
truce", "condemned the junta for continuing air strikes"), and a verb that states a stance only when
negated ("is not taking part") turns it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from parley.pipeline.holders import HolderResolver
from parley.pipeline.issue_phrases import infinitival
from parley.pipeline.noun_stances import NounStanceReader
from parley.pipeline.sides import leader_state
from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_grammar import (
    CallGrammar,
    FoundStance,
    is_background,
    is_negated,
    is_passive,
    keeps_own_stance,
    reason_phrases,
    required_content,
)

# A "that" clause with one of these states what should be, not what is: "insisted that the talks must include".
# The longest "want X done" issue kept whole; a longer one is its X.
MAX_SMALL_CLAUSE = 8
MODALS = {"must", "should", "would", "will", "shall", "can", "could", "need", "ought", "'ll"}


class VerbStanceReader:
    """Reads the stances that cue verbs state in one document."""

    def __init__(self, doc: Doc, cues: StanceCues, holders: HolderResolver, grammar: CallGrammar,
                 nouns: NounStanceReader) -> None:
        self.doc = doc
        self.cues = cues
        self.holders = holders
        self.grammar = grammar
        self.nouns = nouns

    def read(self, verb: Token) -> list[FoundStance]:
        """The stances a cue verb states, with their holders and issues."""
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.cues.failed_verbs:
            return []  # "the two sides failed to agree to halt the fighting": no stance either way
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("have", "be") and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.head.children):
            return []  # "the Houthis have yet to accept the resolution": not (yet) done, and no refusal said
        if self.grammar.called_for(verb):
            return []  # "urged Russia to accept the proposal": what is asked of Russia, not its stance
        if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in self.cues.moment_nouns and is_negated(verb.head.head):
            return []  # "it is not the right moment for him to push for a ceasefire": a matter of timing
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless", "before", "until")
                                        for c in verb.children):
            # "if they really want peace", "needs 15 days before he will sign the agreement": a supposition.
            return []
        if is_background(verb):
            return []  # "Santos, who had signed a peace treaty two years earlier": a past deed, no stance now
        negated = is_negated(verb)
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.cues.denial_verbs:
            negated = not negated  # "denied that he wants to scrap the constitution"
        if negated and any(c.lower_ == "yet" for c in verb.children):
            return []  # "we have not yet signed substantial agreements": not yet, not never
        for key, part in self.grammar.phrasal_keys(verb):
            own_words = False
            if negated and key in self.cues.negated_only:
                stance = self.cues.negated_only[key]
                negated = False  # the stance already says it: "not taking part" is a rejection
                own_words = key in self.cues.own_word_keys
                if stance == "reject" and keeps_own_stance(verb, self.cues):
                    return []  # "does not relinquish its demands": it holds them, named elsewhere
            elif key in self.cues.verbs:
                stance = self.cues.verbs[key]
            else:
                continue
            if stance in ("demand", "support") and self._own_course(verb):
                # "insisted that Armenia would not agree to X", "reaffirmed that Ukraine will not accept X":
                # its own stance on X, read there
                return []
            if (stance == "demand" or key in self.cues.active_only) and is_passive(verb):
                return []  # "Russia was urged to ...": the one asked, not the one asking
            if key in self.cues.self_issue_verbs and (verb.dep_ in ("acl", "amod", "compound") or any(
                    c.dep_ in ("auxpass", "agent") for c in verb.children)):
                return []  # "the ceasefire mediated by Putin": a past deed told, not a standing offer
            if key in self.cues.deed_keys and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
                    c.dep_ in ("aux", "auxpass") and c.lemma_ in ("have", "be") for c in verb.children))):
                return []  # "Hamas handed over all living prisoners": a deed done, an event, not an offer
            if key in self.cues.addressed_only and not self.grammar.addressed(verb):
                return []  # "asking not to use his name": a request of the reporter, not a position
            actor_issue = key in self.cues.actor_issue_cues
            if actor_issue and verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and self.holders.is_actor_phrase(verb.head):
                return []  # "the LNA, backed by Russia, Egypt and the UAE": who stands behind whom, told as background
            holders = self._holders(verb, key)
            if own_words and not self._own_statement(verb, holders):
                return []  # "it is clear that Pristina does not want to fulfil its obligation," Vucic said: a charge
            if key in self.cues.negated_only and stance == self.cues.negated_only[key] and is_passive(verb) \
                    and not any(c.dep_ == "agent" for c in verb.children):
                # "the government said the AU envoys will not be allowed to travel to Tigray": who does not allow
                # it is the one who says so, not the envoys.
                said = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.cues.speech_verbs
                holders = self.holders.subject_actors(verb.head) if said else ()
            found: list[FoundStance] = []
            # "asked for consultations ... and for a meeting": each prepositional object is an issue.
            # "agreed to a ceasefire in principle as well as to a new round of talks": the parser may hang the
            # second phrase on the verb.
            parts = [part, *(c for c in part.conjuncts if c.dep_ == "conj" and c.lower_ == part.lower_),
                     *(c for c in verb.children if c.dep_ == "prep" and c.lower_ == part.lower_ and c.i > part.right_edge.i
                       and any(t.dep_ == "cc" for t in self.doc[part.right_edge.i:c.i]))] \
                if part is not None and part.dep_ == "prep" else [part]
            for each in parts:
                issue = self._issue(verb, each, actor_issue)
                if issue is None and (key in self.cues.negated_only or key in self.cues.self_issue_verbs) and each is None:
                    # "they will not disarm or demobilise", "has been mediating between Ukraine and Russia":
                    # the action itself
                    issue = verb
                elif issue is None and key in self.cues.negated_only and each is not None and each.dep_ == "dobj":
                    issue = each  # "would not be making any concession": what is not made
                if issue is not None and holders:
                    turned = self._denied_course(verb, issue, stance) and not self._demand_on_others(
                        issue, stance, holders)
                    found.append(FoundStance(holders, "oppose" if turned else stance, issue, negated, actor_issue))
            return found
        return []

    def _own_statement(self, verb: Token, holders: tuple[str, ...]) -> bool:
        """The words are the holders' own, or the reporter's: not what another speaker says of them."""
        speaker = self.holders.speaker(verb)
        return speaker is None or leader_state(self.holders, speaker) in {leader_state(self.holders, h) for h in holders}

    def _authors(self, verb: Token) -> tuple[str, ...]:
        """"The resolution, drafted by Algeria, calls for ...", "Russia's draft demands ...": a text's
        stance is its authors'."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
            subj = verb.head  # "a draft submitted by the United States that called for ..."
        if subj is None or subj.lemma_.lower() not in self.cues.document_nouns:
            return ()
        for c in subj.children:
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and self.holders.table.at(c) is not None):
                return self.holders.actors_of(c)
            if c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children):
                return self.holders.subject_actors(c)
        return ()

    def _own_course(self, verb: Token) -> bool:
        """A "that" clause that tells what the subject's side will do ("insisted that Armenia would not agree
        to X"), not what it asks of others: the clause's cue states the stance."""
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in clause.children):
            return False
        if not any(key in self.cues.verbs or key in self.cues.negated_only for key, _ in self.grammar.phrasal_keys(clause)):
            return False
        mine = set(self.holders.subject_actors(verb))
        theirs = set(self.holders.subject_actors(clause))
        states = {self.holders.table.state_of(a) for a in mine | theirs} - {None}
        return bool(theirs) and (theirs <= mine or len(states) == 1)

    @staticmethod
    def _denied_course(verb: Token, issue: Token | Span, stance: str) -> bool:
        """A "that" clause of what will not be done, backed or insisted on ("reaffirmed that Ukraine will not
        surrender land", "insists it will not amend the constitution"): the deed is opposed."""
        return stance in ("support", "demand") and isinstance(issue, Token) and issue.dep_ == "ccomp" \
            and issue.head == verb and is_negated(issue)

    def _demand_on_others(self, issue: Token | Span, stance: str, holders: tuple[str, ...]) -> bool:
        """"Israel demands that Hezbollah will not rearm": what is demanded of another side, a demand on
        the deed it must forgo, not an opposition to one's own course."""
        if stance != "demand" or not isinstance(issue, Token):
            return False
        theirs = set(self.holders.subject_actors(issue))
        states = {self.holders.table.state_of(a) for a in holders} - {None}
        return bool(theirs) and not theirs & set(holders) and not any(
            self.holders.table.state_of(a) in states for a in theirs)

    def _holders(self, verb: Token, key: str) -> tuple[str, ...]:
        """The subject; the object of "(a deal that) commits them to"; with the "with" partner of "sign"."""
        if key in self.cues.object_holder_verbs:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None and self.holders.is_actor_phrase(obj):
                return self.holders.actors_of(obj)
        holders = self.holders.subject_actors(verb) or self._authors(verb)
        if verb.lemma_.lower() in self.cues.speaker_need_verbs and verb.dep_ == "ccomp" \
                and verb.head.lemma_.lower() in self.cues.speech_verbs:
            # "Pope said that Haiti needed sustained assistance": the speaker asks it for Haiti.
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            speaker = self.holders.speaker(verb)
            if subj is not None and subj.pos_ != "PRON" and speaker is not None and speaker not in holders:
                return (speaker,)
        if holders and key in self.cues.self_issue_verbs:
            holders = self._mediators(verb, holders)
        if holders and verb.lemma_.lower() in self.cues.symmetric_verbs:
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    holders = tuple(dict.fromkeys((*holders, *self.holders.actors_of(obj))))
        return holders

    def _mediators(self, verb: Token, holders: tuple[str, ...]) -> tuple[str, ...]:
        """"Abiy met an African Union mission to try to mediate between his government and the TPLF": a
        party is no mediator of its own conflict; the one met, the object of the verb the purpose hangs
        from, is."""
        def side(actor: str) -> str:
            return self.holders.table.state_of(actor) or actor

        parties = {side(a) for p in verb.children if p.dep_ == "prep" and p.lower_ == "between"
                   for o in p.children if o.dep_ == "pobj" for a in self.holders.actors_of(o)}
        if not parties & {side(a) for a in holders}:
            return holders
        v = verb
        while v.dep_ in ("xcomp", "advcl") and v.head != v:
            v = v.head
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return tuple(a for a in self.holders.actors_of(obj) if side(a) not in parties)
        return ()

    def _issue(self, verb: Token, part: Token | None, actor_issue: bool = False) -> Token | Span | None:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        role = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and obj is not None and c.i > obj.i), None)
        # "supported Haftar as a way to fight the armed groups": a purpose, not a role.
        if part is None and role is not None and self.holders.is_actor_phrase(obj) and obj.lower_ not in ("it", "this") \
                and not actor_issue and not any(
                c.dep_ == "acl" for o in role.children for c in o.children):
            return self.doc[obj.left_edge.i:role.right_edge.i + 1]  # "will not accept the US as the mediator"
        if obj is not None and obj.lower_ == "what" and obj.tag_ == "WP" and verb.dep_ == "csubj" and verb.head.lemma_ == "be":
            # "What we want is the end of this rebellion", "what we reject is ...": what the clause is said to be.
            said = next((c for c in verb.head.children if c.dep_ in ("attr", "ccomp", "xcomp") and c.i > verb.i), None)
            if said is not None:
                return said
        found = self._issue_words(verb, part, actor_issue)
        reasons = reason_phrases(verb)  # "which Israel accepted but Hamas rejected for lacking guarantees"
        if (found is None or reasons) and verb.dep_ == "conj" and verb.head.dep_ == "relcl" and not any(
                c.dep_ in ("dobj", "prep", "xcomp", "ccomp") and c not in reasons for c in verb.children):
            # "a pathway to a Palestinian state, which Saudi Arabia insists on but Netanyahu rejects": the
            # relative pronoun of the first clause is the object of the second.
            found = next((c for c in verb.head.subtree if c.tag_ == "WDT" and c.dep_ in ("dobj", "pobj")), None)
        # "which Saudi Arabia insists on", not "to which both had agreed" (the parser's antecedent is unsure).
        stranded = isinstance(found, Token) and found.dep_ == "pobj" and found.head.i > found.head.head.i
        if isinstance(found, Token) and found.lower_ in ("which", "that") and found.tag_ == "WDT" and (
                found.dep_ == "dobj" or stranded):
            # "a final agreement, one that the United States would support", "the talks, which the RSF
            # has agreed to attend": the noun the relative clause is about.
            clause = next((a for a in found.ancestors if a.dep_ == "relcl"), None)
            named = clause.head if clause is not None else None
            if named is not None and named.lower_ in ("one", "ones") and named.dep_ == "appos":
                named = named.head  # "a final agreement, one that the United States would support"
            return named if named is not None and named.pos_ in ("NOUN", "PROPN", "PRON") else None
        return found

    def _issue_words(self, verb: Token, part: Token | None, actor_issue: bool = False) -> Token | Span | None:
        if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) \
                and verb.head.pos_ in ("NOUN", "PROPN"):
            # "the Framework Agreement ..., which was agreed by the Government of Sudan and the JEM": the noun.
            # "a peace initiative ..., rejected by the Taliban": the noun the participle is about; "an
            # association ..., a goal approved by Pristina": the noun the apposition names.
            noun = verb.head.head if verb.head.dep_ == "appos" else verb.head
            # "the Framework Agreement for the Resolution of the Conflict in Darfur, which was agreed by":
            # the parser may hang the clause on the last noun of the agreement's name.
            named = noun
            while self.holders.is_actor_phrase(noun) and named.dep_ in ("pobj", "prep") and named.head != named:
                named = named.head
                if named.lemma_.lower() in self.cues.agreement_nouns:
                    return named
            return noun
        if any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "agent" for c in verb.children):
            # "The proposal was rejected by Hamas", "a plan which was welcomed by the AU": the subject.
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
                subj = verb.head
            if subj is not None and not self.holders.is_actor_phrase(subj):
                return subj
        clause = next(  # not a clause before the verb: "We all wish to lower the flames, we want an end to ..."
            (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and infinitival(c) and c.i > verb.i), None)
        if clause is None and self.cues.verbs.get(verb.lemma_.lower()) == "demand":
            # "insisting they first release an ex-lawmaker": a bare subjunctive, what is demanded.
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBP" and c.i > verb.i and not any(
                a.dep_ in ("aux", "auxpass", "mark") for a in c.children)), None)
        addressed = next((c for c in verb.children if c.dep_ == "dobj" and self.holders.is_actor_phrase(c)), None)
        if clause is None and addressed is not None and self.cues.verbs.get(verb.lemma_.lower()) == "demand":
            # "demanded Russia on Friday to withdraw all its troops": the parser hangs the call as an adverbial.
            clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > addressed.i and c.tag_ == "VB"
                           and infinitival(c)), None)
        if clause is None and self.cues.verbs.get(verb.lemma_.lower()) == "demand" and not any(
                c.dep_ in ("dobj", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("for", "on", "of") and not self.grammar.is_time(c))
                for c in verb.children):
            # "We demand, after a complete end to the aggression, to resume political dialogue": the infinitive
            # the parser hung apart from the verb; "has sought for almost two years to organise elections".
            clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.tag_ == "VB"
                           and infinitival(c) and not any(m.dep_ == "mark" for m in c.children)), None)
        if clause is not None and clause.tag_ not in ("VB", "VBG") and self.cues.verbs.get(verb.lemma_.lower()) in ("reject", "oppose"):
            clause = None  # "denied that the date had been set": a fact denied, not a stance
        if clause is None and self.cues.verbs.get(verb.lemma_.lower()) == "demand":
            # "insisted that all women and children be released", "demanded that a timeline be set": a passive
            # subjunctive, what is demanded.
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and _passive_subjunctive(c)), None)
        if clause is not None and clause.dep_ == "ccomp" and clause.tag_ not in ("VB", "VBP") and not any(
                c.dep_ == "aux" and c.lower_ in (*MODALS, "to") for c in clause.children) and not _passive_subjunctive(clause):
            # "demanding sanctions to be lifted" is a demand; "insisted that the issue has not been" a claim.
            clause = None  # "insisted that the issue has not been on the agenda": a claim, not a demand
        if part is not None and part.dep_ in ("xcomp", "advcl"):  # "committed to work towards a ceasefire"
            return part
        if part is not None and (part.dep_ == "prep" or (part.dep_ == "conj" and part.pos_ == "ADP")):
            obj = next((c for c in part.children if c.dep_ in ("pobj", "pcomp")), None)
            # "called on all parties to seize ...", "appeals to all stakeholders to ...": the object is
            # whom the call is made to; the infinitive is what is called for.
            inner = next((c for c in obj.subtree if c.dep_ in ("acl", "relcl") and infinitival(c)), None) if obj else None
            # "called for China's leader to resign", but "called for a cease-fire to end the bloodshed".
            addressee = obj is not None and (self.holders.is_actor_phrase(obj) or self.cues.verbs.get(
                f"{verb.lemma_.lower()} {part.lower_}") == "demand" and (
                    part.lower_ != "for" or self.holders.actor_of(obj) is not None))
            # "called on citizens, including those abroad, to reclaim their lands": a purpose clause too.
            purpose = clause or next((c for c in verb.children if c.dep_ == "advcl" and infinitival(c)), None)
            if addressee and (purpose or inner):
                return purpose or inner
            return obj
        if part is not None and part.dep_ == "prt" and clause is None:
            # "ruled out speaking directly with Zelensky": a gerund the parser hung as a clause of its own.
            # "ruled out sending troops to Ukraine": or as its open complement.
            gerund = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
                           and c.i == part.i + 1), None)
            if gerund is not None:
                return gerund
        if part is not None and part.dep_ == "dobj":  # "take part in the talks", "play a key role in"
            # "gave the green light to a new round": the parser may read "to" as a dative.
            preps = [c for c in (*part.children, *verb.children) if c.dep_ in ("prep", "dative")]
            # "gave the green light on Saturday for further negotiations": the preposition of the issue.
            prep = next((c for c in preps if c.lower_ in ("to", "for", "in", "on") and not self.grammar.is_time(c)),
                        preps[0] if preps else None)
            return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep else None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        split = next((c for c in (*verb.children, *(obj.children if obj is not None else ())) if c.dep_ in ("dobj", "appos")
                      and obj is not None and c.left_edge.i == obj.i + 1), None)
        if split is not None and obj.lemma_.lower() in self.cues.vague_nouns:
            # "supported the draft Bangsamoro law": the parser splits one object in two; the named one.
            obj = split
        # "For its part, the Polish authorities ruled out ...": a phrase before the verb frames the clause.
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "on") and c.i > verb.i), None)
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if pobj is not None and (pobj.ent_type_ in ("DATE", "TIME") or (
                self.holders.is_actor_phrase(pobj) and not actor_issue)):
            pobj = None
        # "agreed on a ceasefire to be effective Saturday" is about the ceasefire, not its timing.
        if pobj is not None and obj is None and (clause is None or pobj.i < clause.i):
            return pobj
        if pobj is None and obj is not None and clause is None and self.holders.is_actor_phrase(obj):
            # "invited the Sudanese army and the RSF for negotiations": the parser hangs "for" on the object.
            prep = next((c for o in (obj, *obj.conjuncts) for c in o.children if c.dep_ == "prep" and c.lower_ == "for"), None)
            pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if pobj is not None and obj is not None and clause is None and self.holders.is_actor_phrase(obj) and not actor_issue \
                and self.cues.verbs.get(verb.lemma_.lower()) != "support":
            # "condemned the junta for continuing air strikes", "invited the army and the RSF for negotiations";
            # "commends the African Union for the facilitation" praises an actor, it states no issue.
            return pobj
        # "urges them to continue with negotiations", "want the groups to reach a common platform":
        # the object is whom the call is made to; the clause is what is called for.
        if clause is None and obj is None and pobj is None and self.cues.verbs.get(verb.lemma_.lower()) == "demand":
            # "wanted free access for aid restored", "want the blockade lifted": what is to be done to it.
            small = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD") and not any(
                m.dep_ in ("mark", "aux", "auxpass") for m in c.children)), None)
            subj = next((c for c in small.children if c.dep_ == "nsubj"), None) if small is not None else None
            if subj is not None and subj.i < small.i and subj.pos_ != "PRON":
                return self.doc[subj.left_edge.i:small.i + 1] if small.i - subj.left_edge.i < MAX_SMALL_CLAUSE else subj
        if clause is not None:
            if self.grammar.addressed(verb) and all(c.dep_ == "aux" for c in clause.children):
                return None  # "invited the leaders of both countries to attend": to attend what, it does not say
            content = required_content(clause, self.cues) if self.cues.verbs.get(verb.lemma_.lower()) == "demand" else None
            if content is not None:
                return content  # "demanded that any ceasefire deal must result in a permanent end to the onslaught"
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if clause.dep_ == "ccomp" and subj is not None and subj.pos_ in ("NOUN", "PROPN") and not \
                    self.holders.is_actor_phrase(subj) and self.cues.verbs.get(verb.lemma_.lower()) == "support":
                # "hoped these releases would create positive momentum": what the clause is about, with it.
                return self.doc[subj.left_edge.i:clause.right_edge.i + 1]
            return clause
        if obj is None and pobj is None and clause is None:
            # "supports conducting negotiations": a gerund the parser hung as a clause of its own.
            clause = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == verb.i + 1), None)
            if clause is not None:
                return clause
        if obj is not None and obj.lemma_.lower() in self.cues.nouns:
            # "accepted a Gaza ceasefire proposal" names its issue; "praised Turkey's support for Ukraine"
            # none: a bare stance word whose issue is not found says nothing.
            named = any(c.dep_ in ("compound", "amod", "nmod") for c in obj.children)
            # "indicated it would accept the proposal", "rejected the offer": the proposal on the table.
            # "backed Kobler's suggestion": the suggestion as written.
            # "dismissed M23's demands": someone's demands, answered, as written.
            # "rejected any conditions for peace talks": the conditions themselves, answered.
            owned = self.cues.nouns[obj.lemma_.lower()] == "demand" and (any(
                c.dep_ == "poss" for c in obj.children) or obj.lemma_.lower() in self.cues.condition_nouns)
            answered = (self.cues.nouns[obj.lemma_.lower()] == "offer" or owned) and self.cues.verbs.get(
                verb.lemma_.lower()) in ("willing", "reject", "support", "oppose")
            # "rejected this precondition": the one named before, pointed at.
            pointed = any(c.dep_ == "det" and c.lower_ in ("this", "these", "that", "those") for c in obj.children)
            found = self.nouns.issue(obj) or (obj if named or pointed else None)
            if found is None and answered:
                return self.doc[obj.left_edge.i:obj.right_edge.i + 1]
            return found
        return obj or pobj


def _passive_subjunctive(clause: Token) -> bool:
    """"that a timeline be set": a passive with a bare "be" and no other auxiliary, what should be done."""
    return clause.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" and c.lower_ == "be"
                                        for c in clause.children) and not any(c.dep_ == "aux" for c in clause.children)
