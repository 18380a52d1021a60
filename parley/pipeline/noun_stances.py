"""Stances stated by nouns: "a key Russian demand", "its support for", "readiness to", "the need for".

The holder is a possessive, a demonym or an "of"/"by" phrase on the noun, or the subject of the verb that carries it
("signaled readiness"); the issue is the noun's "for"/"to" object, its infinitive or "that" clause (or what a text must
include by it), what it is said to be ("X is our goal") or the phrase it renames ("X, a key demand"). "In support of
Israel" takes a side, and the issue may be an actor.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from parley.models import Stance
from parley.pipeline.agreements import AgreementReader
from parley.pipeline.holder_companions import joined_in
from parley.pipeline.holders import HolderResolver
from parley.pipeline.issue_phrases import infinitival
from parley.pipeline.noun_goals import copula, goal_aim, said_goal, said_own, said_terms
from parley.pipeline.noun_issue_parts import NounIssueParts
from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_grammar import CallGrammar, FoundStance, contrasted, is_negated, required_content
from parley.pipeline.stance_repairs import (
    apposed_to,
    holder_as_issue,
    president,
    repeated_from,
    sayer,
    set_by,
    torn_clause,
)

# "Our top priority is to achieve a ceasefire": a first-person possessive is the speaker's own ("its goal is" is unsure).
OWN = {"our", "my"}


class NounStanceReader(NounIssueParts):
    """Reads the stances that cue nouns state in one document."""

    def __init__(self, doc: Doc, cues: StanceCues, holders: HolderResolver, agreements: AgreementReader,
                 grammar: CallGrammar) -> None:
        self.doc = doc
        self.cues = cues
        self.holders = holders
        self.agreements = agreements
        self.grammar = grammar
        # Nouns for a text, a process or talks: "support to" one of them is for it, not a recipient.
        self._text_nouns = (cues.agreement_nouns | cues.light_nouns | cues.meeting_nouns | cues.gathering_nouns) - {
            "role", "participation"}
        # a text, talks, a peace or its ways, as what support goes "to" (see ``_named_thing``)
        self._named_things = self._text_nouns | cues.harmed_goods | cues.means_nouns | cues.principle_nouns

    def read(self, noun: Token, stance: Stance) -> list[FoundStance]:
        """The stances a cue noun states, with their holders and issues."""
        side = self._side_taken(noun, stance)
        if side:
            return side
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_.lower() in self.cues.actor_issue_cues \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return []  # "exchanges of fire, launched by Hezbollah in support of its ally Hamas": a purpose, told
        if self.grammar.called_for(noun) or self.grammar.stirred(noun):
            return []  # "asked Tshisekedi to express his commitment to ...": asked of him; "raised hopes of": others'
        asked = noun
        while asked.dep_ == "conj" and asked.head != asked:
            asked = asked.head
        if asked.dep_ == "dobj" and self.cues.verbs.get(asked.head.lemma_.lower()) == "demand":
            return []  # "would require a ceasefire and Israeli approval of X": asked for, not Israel's stance
        outer = noun.head.head if noun.dep_ == "pobj" else None
        if outer is not None and outer.pos_ == "NOUN" and outer.lemma_.lower() in self.cues.nouns:
            return []  # "hope for Israel's commitment to a ceasefire": a wish about it, not Israel's stance
        if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.dep_ == "nsubj" and noun.head.head.lemma_ == "be":
            # "My vision and goal is the two-state solution": the first noun carries whose and what, for both.
            noun = noun.head
        first = repeated_from(noun)
        holders = self._holders(first or noun)
        issue = self.issue(noun)
        if isinstance(issue, Token) and any(repeated_from(c) == noun for c in issue.children if c.dep_ == "conj"):
            # "the need for an immediate ceasefire and the urgent need for humanitarian aid": the first need only
            return [FoundStance(holders, stance, issue, is_negated(noun), alone=True)] if holders else []
        if noun.lemma_.lower() in self.cues.condition_nouns:
            terms = self._terms_for(noun, holders)
            if terms:
                return terms
        if isinstance(issue, Token) and issue == torn_clause(noun, self.holders):
            # The parties the parser took for the infinitive's subject belong to the "of" phrase too.
            subj = next(a for a in issue.children if a.dep_ == "nsubj")
            holders = tuple(dict.fromkeys((*holders, *self.holders.actors_of(subj))))
        side = None if issue is not None else self._side_for(noun)
        if not holders or (issue or side) is None or holder_as_issue(noun, issue, holders, self.holders):
            return []
        # "suspended its participation in the talks", "withdrew its support for": the stance taken back.
        negated = is_negated(noun) != (noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.cues.reversal_verbs)
        if side is not None:
            # "stressed Iran's firm support for the Lebanese government": a side taken, an actor as issue.
            return [FoundStance(holders, stance, side, negated, actor_issue=True)]
        return [FoundStance(holders, stance, issue, negated)]

    def _terms_for(self, noun: Token, holders: tuple[str, ...]) -> list[FoundStance]:
        """"Russia has set conditions for a cessation of hostilities": whoever sets terms for something is
        willing to it on those terms (what the terms ask is read as a demand of its own)."""
        aim = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
                    for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
        verb = noun.head
        if aim is None:
            # "have placed several conditions to agree on a comprehensive political deal"
            aim = next((c for c in (*noun.children, *verb.children) if c.dep_ in ("acl", "advcl", "xcomp")
                        and c.i > noun.i and infinitival(c)), None)
        if aim is None or self.holders.is_actor_phrase(aim) or noun.dep_ != "dobj" \
                or verb.lemma_.lower() not in self.cues.setting_verbs:
            return []
        holders = holders or self.holders.subject_actors(verb)
        return [FoundStance(holders, "willing", aim, is_negated(verb))] if holders else []

    def _side_for(self, noun: Token) -> Token | None:
        """The actor a side-taking noun is "for" ("support for Ukraine", "backing for the government")."""
        if noun.lemma_.lower() not in self.cues.actor_issue_cues:
            return None
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        return obj if obj is not None and obj.pos_ != "PRON" and self.holders.is_actor_phrase(obj) else None

    def _side_taken(self, noun: Token, stance: Stance) -> list[FoundStance]:
        """"came out in support of Israel", "voted in favour of the plan": the subject takes the side; "Qatar's
        position in support of the rights of ...": the position's holder."""
        head = noun.head
        if noun.dep_ != "pobj" or head.lower_ != "in" or noun.lemma_.lower() not in self.cues.actor_issue_cues:
            return []
        # "reiterated the State of Qatar's firm position in support of the legitimate rights of ...": whose position it is.
        position = head.head.pos_ == "NOUN" and head.head.lemma_.lower() in self.cues.position_nouns
        if not position and (head.head.pos_ not in ("VERB", "AUX") or head.head.lemma_.lower() not in self.cues.side_verbs | {"be"}):
            return []
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        issue = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None  # "in favor of recognizing"
        holders = self._holders(head.head) if position else self.holders.subject_actors(head.head)
        if issue is None or not holders:
            return []
        return [FoundStance(holders, stance, issue, is_negated(head.head), True)]

    def _holders(self, noun: Token) -> tuple[str, ...]:
        if (joining := joined_in(noun, self.cues.joining_verbs)) is not None:
            return self.holders.subject_actors(joining)  # "Pakistan joined the US, Russia and China in a call on X to"
        if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.lemma_.lower() in self.cues.nouns \
                and not any(c.dep_ in ("poss", "prep") and c.lower_ != "to" for c in noun.children):
            # "reaffirmed their readiness and commitment to halt unilateral actions": whose the first noun is, both are.
            return self._holders(noun.head)
        if said_own(noun, self.cues, self.holders):
            return self.holders.subject_actors(noun.head.head)
        if noun.dep_ == "attr" and any(c.dep_ == "aux" and c.lower_ in self.cues.deontic_modals for c in noun.head.children):
            # "EU membership must remain the long-term goal of both countries", X said: what must be, X demands.
            speaker = self.holders.speaker(noun)
            if speaker is not None:
                return (speaker,)
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and self.holders.table.at(c) is not None):
                actors = self.holders.actors_of(c)
                if actors:
                    return actors
        for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            # "the conditions set by the government": whoever set them (if the text names them), never whoever must meet them.
            if any(c.dep_ == "agent" for c in acl.children):
                return self.holders.subject_actors(acl)
        if found := set_by(noun, self.cues.setting_verbs, self.holders) or president(noun, self.holders):  # "the condition that Vucic has set", "a presidential call"
            return found
        head = noun.head
        # "demonstrates a commitment from all sides": the sides', not the subject's.
        carried = noun.dep_ in ("dobj", "attr") and head.lemma_.lower() in self.cues.carrier_verbs | {"be", "have"} \
            and not any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)
        # "voiced approval of the Hamas statement": the one who voices it, not the "of" phrase it is about.
        for prep in (*noun.children, *self._given_from(noun)):
            if prep.dep_ == "prep" and (prep.lower_ in ("by", "from") or (prep.lower_ == "of" and not (
                    carried and self.holders.subject_actors(head)) and noun.lemma_.lower() not in self.cues.verdict_nouns)):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                actors = self.holders.actors_of(obj) if obj is not None else ()
                if actors:
                    return actors
        if noun.dep_ == "pobj" and head.lower_ in ("on", "regarding") and head.head.lemma_.lower() in self.cues.position_nouns:
            # "conveying Russia's position on the inadmissibility of X": whose position it is.
            return self._holders(head.head)
        if noun.dep_ == "attr" and head.lemma_.lower() in self.cues.copular_verbs:
            # "a peaceful resolution of the conflict is a priority for us": whose priority it is.
            for_whom = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
                             for o in p.children if o.dep_ == "pobj"), None)
            actors = self.holders.actors_of(for_whom) if for_whom is not None else ()
            if actors:
                return actors
            said = head.head if head.dep_ == "ccomp" and head.head.lemma_.lower() in self.cues.speech_verbs else None
            # "Macron said that a ceasefire is a necessity": an unowned call or aim is the sayer's ("the ceasefire
            # was a proposal", "remains the real goal of official Baku": someone else's).
            if said is not None and self.cues.nouns.get(noun.lemma_.lower()) in ("demand", "support") \
                    and noun.lemma_.lower() not in self.cues.condition_nouns \
                    and not any(c.dep_ == "prep" and c.lower_ in ("of", "by", "from") for c in noun.children) \
                    and (found := self.holders.subject_actors(said)):
                return found
            if noun.lemma_.lower() in self.cues.condition_nouns:
                # "the withdrawal of troops was a precondition for talks", X said: unowned terms are the speaker's
                speaker = self.holders.speaker(noun, quoted_only=True)
                found = self.holders.subject_actors(said) if said is not None else (speaker,) if speaker else ()
                if found:
                    return found
        if carried:
            found = self.holders.subject_actors(head)
            if not found and head.dep_ == "acl" and head.head.dep_ == "dobj" \
                    and head.head.lemma_.lower() in self.cues.document_nouns:
                # "The ELN released a statement expressing a willingness to ...": who released the statement.
                found = self.holders.subject_actors(head.head.head)
            return found or sayer(noun, self.cues, self.holders)
        if noun.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ in ("VERB", "NOUN"):
            # "sent a letter to Guterres with an offer for a truce": the sender offers.
            verb = head.head if head.head.pos_ == "VERB" else head.head.head
            if verb.pos_ == "VERB" and verb.lemma_.lower() not in self.cues.verbs:
                return self.holders.subject_actors(verb)
        of = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"), None)
        if of is not None and of.lemma_.lower() in self.cues.agreement_nouns:
            # "the aim of the hostage deal is ...", said by a spokesperson: the speaker's, else the parties'.
            speaker = self.holders.speaker(noun)
            return (speaker,) if speaker else self.agreements.last
        if noun.lemma_.lower() in self.cues.necessity_adjectives and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
            # 'The two men agreed "on the need to end the transitional stages"', said by the UN: the two men's.
            own = self.holders.subject_actors(noun.head.head)
            if own:
                return own
        if noun.lemma_.lower() in self.cues.necessity_adjectives:
            # "nothing can replace the need for the guns to be silenced", in a statement: the speaker's.
            speaker = self.holders.speaker(noun, quoted_only=True)
            return (speaker,) if speaker else sayer(noun, self.cues, self.holders)
        if said_goal(noun, self.cues, self.holders) is noun:
            return (self.holders.speaker(noun, quoted_only=True),)  # '"The task is to end the war," X said'
        if noun.dep_ == "nsubj" and head.lemma_ == "be" and head.dep_ == "ccomp" \
                and head.head.lemma_.lower() in self.cues.speech_verbs:
            # "Azerbaijan has said a prerequisite for its signature is a change to Armenia's constitution".
            return self.holders.subject_actors(head.head)
        return said_terms(noun, self.cues, self.holders)

    def issue(self, noun: Token) -> Token | Span | None:
        """What a cue noun is about: "demand for X", "readiness to V", "X is our goal", "X, a key demand"."""
        def pobj(preps: tuple[str, ...]) -> Token | Span | None:
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
                    if obj is None or obj.ent_type_ in ("DATE", "TIME") or self._occasion(noun, c, obj):
                        continue
                    clause = next((o for o in (*obj.children, *noun.children) if o.dep_ in ("acl", "relcl")
                                   and o.i > obj.i and infinitival(o)), None)
                    if clause is not None:
                        # "a proposal for the Hamas leadership to leave Gaza", "the need for the guns to be silenced"
                        return self.doc[obj.left_edge.i:clause.right_edge.i + 1]
                    if not self.holders.is_actor_phrase(obj):
                        return obj
            return None

        if any(c.dep_ == "amod" and c.lower_ in ("similar", "same", "identical") for c in noun.children):
            return noun  # "made similar pledges": the issue named before (the issue namer's "same")
        received = self._received(noun)
        if received is not None:
            return received
        # "support to the parties" names whom it goes to, "commitment to attend" what is committed to;
        # "his support to the parties in the implementation of the Agreement" is for the implementation.
        recipient = noun.lemma_.lower() in self.cues.recipient_nouns
        to = ("in",) if recipient else ("to",)
        # "Azerbaijan's precondition for signing the treaty": what a condition is for is not its content.
        purpose = () if noun.lemma_.lower() in self.cues.condition_nouns else ("for",)
        found = pobj((*purpose, "against", "toward", "towards", "behind", *to))
        if found is not None:
            return found
        if recipient:
            # "pledges his support to the parties in the implementation of the Agreement": the parser hangs
            # what the support is for on the recipients.
            tos = [c for c in (*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ()))
                   if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
            found = next((x for to in tos for o in to.children if o.dep_ == "pobj" and self.holders.is_actor_phrase(o)
                          for p in o.children if p.dep_ == "prep" and p.lower_ in ("in", "for", "with")
                          for x in p.children if x.dep_ in ("pobj", "pcomp") and not self.holders.is_actor_phrase(x)), None)
            if found is None:
                # "gave his backing to a seven-day ceasefire", "reaffirmed its unwavering support to a peaceful solution
                # of the Libyan conflict", "its support to holding elections": a thing or a process, not a recipient.
                found = next((o for to in tos for o in to.children if (o.dep_ == "pcomp" or (
                    o.dep_ == "pobj" and o.pos_ == "NOUN" and self._named_thing(o))) and not self.holders.is_actor_phrase(o)), None)
            if found is not None:
                return found
        head = noun.head
        if noun.dep_ == "attr" and head.lemma_.lower() in self.cues.copular_verbs:
            # "The withdrawal is a key demand of the militants to end the war": the subject is the demand,
            # the infinitive its purpose.
            subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i < noun.i), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and not self.holders.is_actor_phrase(subj):
                return subj
        # "readiness to V"; "the demand that foreign forces leave Afghanistan"; "the need for the rebels to V"
        # "demands made by Putin that Ukrainian troops withdraw": the parser hangs the clause on the participle.
        made = [k for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children)
                for k in c.children if k.dep_ == "ccomp"]
        clause = next((c for c in (*noun.children, *made) if c.dep_ in ("acl", "relcl", "xcomp", "ccomp", "advcl")
                       and any(a.lower_ == "to" or (a.dep_ == "mark" and a.lower_ == "that") for a in c.children)), None)
        if clause is not None and (content := required_content(clause, self.cues)) is not None:
            return content  # "its demand that any ceasefire must include X and Y": each; "hope that it will lead to X"
        if clause is not None:
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and not self.holders.is_actor_phrase(subj):
                # "voiced hope that the implementation of the peace plan will begin": what the clause is about.
                return self.doc[subj.left_edge.i:clause.right_edge.i + 1]
            return clause
        head = noun.head
        if noun.dep_ == "nsubj" and head.lemma_.lower() in self.cues.content_verbs:
            # "Israel's latest offer involved a 45-day ceasefire": what the offer contains
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.lemma_.lower() in self.cues.nouns and obj.lemma_.lower() != noun.lemma_.lower():
                # "Putin's conditions include a demand that Western leaders pledge ...": what that demand asks.
                return self.issue(obj) or obj
            if obj is not None:
                return obj
        be = copula(noun)  # "is", "continues to be"
        if be is not None and (any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
                                                              or any(c.dep_ == "poss" and (c.tag_ != "PRP$" or c.lower_ in OWN)
                                                                     for c in noun.children)
                                                              or said_own(noun, self.cues, self.holders) or said_goal(noun, self.cues, self.holders) is not None
                                                              or self.cues.nouns.get(noun.lemma_.lower()) == "demand"):
            # "the aim of the hostage deal is to bring about a general ceasefire": the aim, not the deal;
            # "another demand made by the Taliban is the release of prisoners", "is that foreign troops leave";
            # "our top priority is to achieve an immediate ceasefire".
            aim = goal_aim(noun, be)  # "is to V", "is X", "is for both sides to V", "is one of X"
            subj = next((c for c in aim.children if c.dep_ == "nsubj"), None) if aim is not None else None
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and aim.dep_ == "ccomp":
                return self.doc[subj.left_edge.i:aim.right_edge.i + 1]
            if aim is not None:
                return contrasted(aim)  # "our goal is not to spin the flywheel of conflict, but to end this war"
        found = self._included(noun)  # "its core demands, which include an amnesty and elections"
        if found is not None:
            return found
        found = pobj(("on", "of", "over", "with"))  # "we don't have a problem with the ceasefire"
        if found is not None:
            return found
        if noun.tag_ == "NNS" and (self.cues.nouns.get(noun.lemma_.lower()) in ("demand", "offer")
                                   or noun.lemma_.lower() in self.cues.condition_nouns):
            # "it maintained its key demands, including the withdrawal of Israeli forces": the one named.
            found = pobj(("including",)) or self._including_after(noun)
            if found is not None:
                return found
        if noun.dep_ == "attr" and head.lemma_.lower() in self.cues.copular_verbs:
            return next((c for c in head.children if c.dep_ in ("nsubj", "csubj") and c.i < noun.i), None)
        if noun.dep_ == "appos":
            return head
        if noun.dep_ == "dobj":
            # "accepted a proposal by Egyptian and Qatari mediators for a Gaza ceasefire": the parser hangs
            # the "for" phrase on the verb; right after the noun it is still the noun's.
            # "expressed our welcome to the joint statement": so may "to" be, unless it names a recipient.
            after_preps = ("for",) if recipient else ("for", "to")
            after = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in after_preps
                          and c.i == noun.right_edge.i + 1), None)
            obj = next((o for o in after.children if o.dep_ in ("pobj", "pcomp")), None) if after is not None else None
            if obj is not None and not self.holders.is_actor_phrase(obj):
                return obj
            # "welcomed the government's consent to observe a ceasefire": the parser hangs the infinitive
            # on the verb; right after the noun it is still the noun's.
            # "reiterated his call to stop the aggression": an adverbial infinitive too, but "conditions to halt
            # the offensive" says what they are for.
            deps = ("xcomp",) if noun.lemma_.lower() in self.cues.condition_nouns else ("xcomp", "advcl")
            after = next((c for c in head.children if c.dep_ in deps and c.i == noun.right_edge.i + 2
                          and infinitival(c)), None)
            if after is not None:
                return after
            # "welcomed the commitment of the government, the rebels and the party to attend the talks": the
            # parser may make the last parties the subject of the infinitive.
            torn = torn_clause(noun, self.holders)
            if torn is not None:
                return torn
        return apposed_to(noun)
