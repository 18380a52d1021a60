"""The issue a stance verb is about: its object, prepositional object, infinitive or "that" clause.

An actor as object is whom a call is made to or whom it is about, not the issue ("urged both sides to
uphold the truce", "condemned the junta for continuing air strikes"), unless it is praised for a deal it
made ("praised the two sides for agreeing on a mechanism": the mechanism); a relative pronoun stands for the
noun its clause is about; a "that" clause is an issue only when it says what should be.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from parley.pipeline.holders import HolderResolver
from parley.pipeline.issue_objects import necessary_subject
from parley.pipeline.issue_phrases import infinitival
from parley.pipeline.noun_goals import goal_aim
from parley.pipeline.noun_stances import NounStanceReader
from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_grammar import (
    CallGrammar,
    DocumentReader,
    cleft_be,
    rather,
    reason_phrases,
    required_content,
)

# "insisted that the talks must include": a "that" clause with one of these states what should be, not what is.
MODALS = {"must", "should", "would", "will", "shall", "can", "could", "need", "ought", "'ll"}
# The longest "want X done" issue kept whole; a longer one is its X.
MAX_SMALL_CLAUSE = 8


class VerbIssueReader(DocumentReader):
    """Finds the issues of the stance verbs of one document."""

    def __init__(self, doc: Doc, cues: StanceCues, holders: HolderResolver, grammar: CallGrammar,
                 nouns: NounStanceReader) -> None:
        super().__init__(doc, cues, holders)
        self.grammar = grammar
        self.nouns = nouns

    def issue(self, verb: Token, part: Token | None, actor_issue: bool = False) -> Token | Span | None:
        """What a cue verb (with its particle or preposition ``part``) takes a stance on, or None."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        role = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and obj is not None and c.i > obj.i), None)
        # "supported Haftar as a way to fight the armed groups": a purpose, not a role.
        if part is None and role is not None and self.holders.is_actor_phrase(obj) and obj.lower_ not in ("it", "this", "which", "that") \
                and not actor_issue and not any(
                c.dep_ == "acl" for o in role.children for c in o.children):
            return self.doc[obj.left_edge.i:role.right_edge.i + 1]  # "will not accept the US as the mediator"
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "conj") and obj is not None and any(
            s.dep_ == "nsubj" and s.left_edge.i == obj.right_edge.i + 1 for s in c.children)), None)
        if clause is not None and obj.pos_ == "PROPN" and any(c.dep_ == "conj" for c in obj.children):
            # "Moscow insists Luhansk, Donetsk, Kherson, and Zaporizhzhia regions belong to Russia": the parser takes the
            # first names of the clause's subject for the verb's object; the clause is the issue.
            return self.doc[obj.left_edge.i:clause.right_edge.i + 1]
        if obj is not None and obj.lower_ == "what" and obj.tag_ == "WP" and verb.dep_ == "csubj" and verb.head.lemma_ == "be":
            # "What we want is the end of this rebellion", "what we reject is ...": what the clause is said to be;
            # "What we need is for there to be lasting cessation of hostilities": what there is to be.
            said = goal_aim(verb, verb.head)
            if said is not None:
                return said
        torn = next((s for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG" for s in c.children
                     if s.dep_ == "nsubj" and s.pos_ == "NOUN" and s.left_edge.i == verb.i + 1), None)
        if obj is None and part is None and torn is not None:
            return torn  # "welcomed the deal expressing hope that ...": the parser took the object for the participle's subject
        if obj is not None and verb.dep_ in ("ccomp", "attr") and cleft_be(verb) is not None:
            # "a ceasefire in itself is not what we want": what is said to be (or not to be) wanted.
            said = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i), None)
            if said is not None and said.pos_ in ("NOUN", "PROPN"):
                return said
        found = self._words(verb, part, actor_issue)
        reasons = reason_phrases(verb)  # "which Israel accepted but Hamas rejected for lacking guarantees"
        if (found is None or reasons) and verb.dep_ == "conj" and verb.head.dep_ == "relcl" and not any(
                c.dep_ in ("dobj", "prep", "xcomp", "ccomp") and c not in reasons for c in verb.children):
            # "a pathway to a Palestinian state, which Saudi Arabia insists on but Netanyahu rejects": the
            # relative pronoun of the first clause is the object of the second.
            found = next((c for c in verb.head.subtree if c.tag_ == "WDT" and c.dep_ in ("dobj", "pobj")), None)
        # "which Saudi Arabia insists on", not "to which both had agreed" (the parser's antecedent is unsure).
        stranded = isinstance(found, Token) and found.dep_ == "pobj" and found.head.i > found.head.head.i
        # "a proposal that Hamas accepted": the parser may tag "that" as a conjunction.
        relative = isinstance(found, Token) and found.lower_ in ("which", "that") and (
            found.tag_ == "WDT" or (found.dep_ == "dobj" and found.head.dep_ == "relcl"))
        if relative and (found.dep_ == "dobj" or stranded):
            # "a final agreement, one that the United States would support", "the talks, which the RSF
            # has agreed to attend": the noun the relative clause is about.
            clause = next((a for a in found.ancestors if a.dep_ == "relcl"), None)
            if clause is not None and clause.head.lemma_.lower() in self.cues.vague_nouns and clause.head.dep_ == "dobj" \
                    and clause.head.head.pos_ == "VERB" and self.doc[found.i - 1].text == ",":
                return clause.head.head  # "offered Vucic to sign the documents, which he refused": signing them
            return self._relative_antecedent(clause.head) if clause is not None else None
        if found is None and verb.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in verb.children) and not any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "nsubjpass", "auxpass") for c in verb.children):
            return self._relative_antecedent(verb.head)  # "an idea Hamas firmly rejects": the clause's object is its noun
        if isinstance(found, Token) and found.dep_ == "dobj":
            return rather(found)  # "is seeking not just a ceasefire, but peace": peace
        return found

    def _relative_antecedent(self, named: Token) -> Token | None:
        """The noun a relative clause is about; for "one", "an idea" or "a plan" in apposition, what it stands for:
        "a final agreement, one that the United States would support"; "proposed Hamas' disarmament as part of the
        next phase of negotiations, an idea Hamas rejects", where the parser hangs the apposition on the last noun."""
        if named.dep_ == "appos" and (named.lower_ in ("one", "ones") or named.lemma_.lower() in self.cues.light_nouns):
            named = named.head
            verb = next((a for a in named.ancestors if a.pos_ in ("VERB", "AUX")), None)
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
            if named.dep_ == "pobj" and obj is not None and obj.i < named.i and obj in verb.children:
                named = obj
        return named if named.pos_ in ("NOUN", "PROPN", "PRON") else None

    def _words(self, verb: Token, part: Token | None, actor_issue: bool = False) -> Token | Span | None:
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
        if clause is None and self.cues.verbs.get(verb.lemma_.lower()) == "demand" and not any(c.dep_ == "dobj" for c in verb.children):
            # '"The junta must immediately hand over power ...", the president of ECOWAS demanded': the content told first.
            told = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i] + (
                [verb.head] if verb.dep_ == "conj" and verb.head.i < verb.i else [])  # or the parser's conjunct
            clause = next((c for c in told if any(a.dep_ == "aux" and a.lower_ in self.cues.deontic_modals
                                                  for a in c.children)), None)
        # "requested the authorities in Doha, Qatar, to ask AFC/M23 to withdraw": officials, as whom it is asked of.
        addressed = next((c for c in verb.children if c.dep_ == "dobj" and (
            self.holders.is_actor_phrase(c) or c.lower_ in self.cues.group_nouns)), None)
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
                c.dep_ == "aux" and c.lower_ in (*MODALS, "to") for c in clause.children) and not _passive_subjunctive(clause) \
                and necessary_subject(clause, self.cues, self.holders) is None:
            # "demanding sanctions to be lifted" is a demand; "insisted that the issue has not been" a claim; but
            # "agreed that it was necessary to maintain peace" names what is needed.
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
        if obj is not None and clause is None and not actor_issue and self.cues.verbs.get(verb.lemma_.lower()) == "support" \
                and (self.holders.is_actor_phrase(obj) or obj.pos_ == "PRON"):
            deal = self._praised_deal(verb, obj)
            if deal is not None:
                return deal  # "praised those responsible for negotiating the exchange": the exchange
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
        if obj is None and pobj is None and clause is None and self.cues.verbs.get(verb.lemma_.lower()) in ("support", "oppose"):
            # "welcomed a prisoner swap deal reached between Israel and Hamas": the parser reads the participle
            # as a clause with the deal for its subject; the deal is the object.
            reduced = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD") and c.i > verb.i
                            and not any(m.dep_ in ("aux", "auxpass", "mark") for m in c.children)), None)
            subj = next((c for c in reduced.children if c.dep_ == "nsubj"), None) if reduced is not None else None
            if subj is not None and subj.pos_ == "NOUN" and subj.left_edge.i == verb.i + 1 \
                    and not self.holders.is_actor_phrase(subj):
                return subj
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
            # "rejected Dbaiba's participation": another party's part in the process, answered.
            owned = (self.cues.nouns[obj.lemma_.lower()] in ("demand", "willing") and any(
                c.dep_ == "poss" for c in obj.children)) or (self.cues.nouns[obj.lemma_.lower()] == "demand"
                                                            and obj.lemma_.lower() in self.cues.condition_nouns)
            answered = (self.cues.nouns[obj.lemma_.lower()] == "offer" or owned) and self.cues.verbs.get(
                verb.lemma_.lower()) in ("willing", "reject", "support", "oppose")
            # "rejected this precondition": the one named before, pointed at.
            pointed = any(c.dep_ == "det" and c.lower_ in ("this", "these", "that", "those") for c in obj.children)
            # "support all efforts aimed at stopping the crisis": the efforts with what they are for.
            aimed = any(c.dep_ == "acl" and c.lemma_.lower() in self.cues.purpose_participles for c in obj.children)
            # "reaffirmed their readiness and commitment to halt unilateral actions": the issue the nouns share.
            found = self.nouns.issue(obj) or next((i for c in obj.conjuncts if c.lemma_.lower() in self.cues.nouns
                                                   and (i := self.nouns.issue(c)) is not None), None) \
                or (obj if named or pointed or aimed else None)
            if found is None and answered:
                return self.doc[obj.left_edge.i:obj.right_edge.i + 1]
            return found
        return obj or pobj

    def _praised_deal(self, verb: Token, praised: Token) -> Token | None:
        """The deal an actor is praised for making ("praised the two sides for agreeing on a mechanism",
        "congratulated X and Y on the signing of a ceasefire agreement"), or None ("commends South Africa for
        hosting the talks" praises a service, not a deal)."""
        hosts = [verb, praised, *praised.conjuncts, *(c for c in praised.children if c.dep_ in ("amod", "acl"))]
        for prep in (p for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ in ("for", "on") and p.i > praised.i):
            for deed in (o for o in prep.children if o.dep_ in ("pobj", "pcomp")):
                deal = self._deal_in(deed)
                if deal is not None:
                    return deal
        return None

    def _deal_in(self, deed: Token) -> Token | None:
        """The deal a deed names: the object of "negotiating the exchange", "agreeing on a mechanism", or a deal
        noun itself ("the signing of a ceasefire agreement", "the exchange")."""
        lemma = deed.lemma_.lower()
        deals = self.cues.agreement_nouns | self.cues.deal_nouns
        if deed.pos_ == "VERB":
            if lemma not in self.cues.sealing_verbs | self.cues.deal_verbs:
                return None
            made = next((c for c in deed.children if c.dep_ == "dobj"), None) or next(
                (o for p in deed.children if p.dep_ == "prep" and p.lower_ in ("on", "to") for o in p.children
                 if o.dep_ == "pobj"), None)
            return made if made is not None and not self.holders.is_actor_phrase(made) else None
        if lemma in deals:
            return deed
        if lemma not in self.cues.light_nouns:
            return None
        # "the signing of a ceasefire agreement": the agreement signed
        return next((o for p in deed.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.lemma_.lower() in deals), None)


def _passive_subjunctive(clause: Token) -> bool:
    """"that a timeline be set": a passive with a bare "be" and no other auxiliary, what should be done."""
    return clause.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" and c.lower_ == "be"
                                        for c in clause.children) and not any(c.dep_ == "aux" for c in clause.children)
