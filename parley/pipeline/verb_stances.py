"""Stances stated by verbs: "demanded security guarantees", "ruled out talks", "signed off on a ceasefire".

The verb is read with its particle, preposition, object word or infinitive (``resources/stance_cues.yaml``).
The holder is the subject, the object of "(a deal that) commits them to", or with the "with" partner of
"sign"; the issue is the object, the prepositional object, or the infinitive or "that" clause. An actor
as object is whom a call is made to or whom it is about, not the issue ("urged both sides to uphold the
truce", "condemned the junta for continuing air strikes"), and a verb that states a stance only when
negated ("is not taking part") turns it. A signing dated a week or more before publication is background
(``dated_deed_keys``); a denied report ("denied the reports of ceasefire with Israel") and what someone failed to
get a party to agree to state none.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley.pipeline.deed_dates import dated_before, named_by_year
from parley.pipeline.figure_counts import SCALE_WORDS
from parley.pipeline.sides import leader_state
from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_grammar import (
    FoundStance,
    about_charge,
    is_background,
    is_negated,
    is_passive,
    keeps_own_stance,
)
from parley.pipeline.verb_issues import VerbIssueReader

# Pronouns in a direct quote that never stand for its speaker (in a reported clause "they" may be the speaker's side).
THIRD_PERSONS = {"he", "she", "they", "it"}


class VerbStanceReader(VerbIssueReader):
    """Reads the stances that cue verbs state in one document (the issues as :class:`VerbIssueReader` reads them)."""

    def read(self, verb: Token) -> list[FoundStance]:
        """The stances a cue verb states, with their holders and issues."""
        if self._failed(verb):
            # "the two sides failed to agree to halt the fighting", "efforts have failed to get the government
            # and opposition forces to agree to a humanitarian pause": no stance either way
            return []
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
        if self.cues.verbs.get(verb.lemma_.lower()) == "offer" and any(
                c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("might", "may") for a in c.children)
                for c in verb.children):
            return []  # "suggesting that current disagreements might escalate into open conflict": a forecast
        if self.cues.verbs.get(verb.lemma_.lower()) == "offer" and is_negated(verb) and any(
                c.dep_ == "ccomp" and not any(k in self.cues.verbs for k, _ in self.grammar.phrasal_keys(c))
                for c in verb.children):
            return []  # "Israel cannot promise that the ceasefire will hold": a forecast withheld, no refusal
        negated = is_negated(verb)
        if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in self.cues.denial_verbs:
            negated = not negated  # "denied that he wants to scrap the constitution", "denied agreeing to any ceasefire"
        if self._disputed_fact(verb) or about_charge(verb, self.cues):
            # "Hamas also denied the reports of ceasefire with Israel", "denied the attack", "rejected the claims by the
            # rebels", "reluctant to accept blame": a fact disputed or owned
            return []
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
            if stance == "offer" and part is not None and verb.lemma_.lower() in self.cues.threat_verbs \
                    and _threatened(part, self.cues):
                return []  # "vowed to launch other attacks ... if crude oil production does not stop": a threat, no offer
            if (stance == "demand" or key in self.cues.active_only) and is_passive(verb):
                return []  # "Russia was urged to ...": the one asked, not the one asking
            if key in self.cues.self_issue_verbs and (verb.dep_ in ("acl", "amod", "compound") or any(
                    c.dep_ in ("auxpass", "agent") for c in verb.children)):
                return []  # "the ceasefire mediated by Putin": a past deed told, not a standing offer
            if key in self.cues.deed_keys and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
                    c.dep_ in ("aux", "auxpass") and c.lemma_ in ("have", "be") for c in verb.children))):
                return []  # "Hamas handed over all living prisoners": a deed done, an event, not an offer
            if key in self.cues.dated_deed_keys and verb.tag_ in ("VBD", "VBN") and (dated_before(verb) or any(
                    c.dep_ in ("dobj", "nsubjpass") and named_by_year(c) for c in verb.children)
                    or (verb.dep_ == "acl" and named_by_year(verb.head))):
                # "a former rebel group that signed a peace deal with Manila in 2014", "the 2015 agreement was signed
                # by three parties": background, an event
                return []
            if key in self.cues.addressed_only and not (self.grammar.directed(verb, part) if key in self.cues.directive_keys
                                                         else self.grammar.addressed(verb)):
                return []  # "asking not to use his name": a request of the reporter, not a position
            if key in self.cues.recognizing_verbs and any(
                    c.dep_ == "dobj" and _service(c, self.cues.service_nouns) for c in verb.children) and not any(
                    c.dep_ == "advcl" and _to_clause(c) for c in verb.children):
                return []  # "recognized the good-faith mediation efforts rendered by the co-chairs": no stance
            if stance == "offer" and any(c.dep_ == "dobj" and c.lemma_.lower() in self.cues.reply_nouns for c in verb.children):
                return []  # "had submitted their response to the mediators": what the reply says is the stance
            if stance == "willing" and any(c.dep_ == "dobj" and c.lemma_.lower() in self.cues.office_nouns
                                           for c in verb.children):
                return []  # "Abbas formally accepted the resignation of his prime minister": an act of office
            if stance in ("reject", "oppose") and any(c.dep_ == "dobj" and c.lemma_.lower() in self.cues.craft_nouns
                                                      for c in verb.children):
                return []  # "Pakistan shot down two Indian jets": a deed of war, not a proposal turned down
            if verb.tag_ in ("VBD", "VBN") and any(c.dep_ == "dobj" and (
                    c.lemma_.lower() in self.cues.people_nouns or (c.ent_type_ == "NORP" and any(t.like_num for t in c.subtree)))
                    for c in verb.children):
                # "Jordan has accepted more than 600,000 Syrian refugees": a deed of care told, no issue ("must accept
                # refugees" asks for one)
                return []
            actor_issue = key in self.cues.actor_issue_cues
            if actor_issue and verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and self.holders.is_actor_phrase(verb.head):
                return []  # "the LNA, backed by Russia, Egypt and the UAE": who stands behind whom, told as background
            if actor_issue and self._sponsor_clause(verb):
                return []  # "Yemen's government, which is backed by Saudi Arabia": the same, in a relative clause
            holders = self._holders(verb, key)
            if own_words and not self._own_statement(verb, holders):
                return []  # "it is clear that Pristina does not want to fulfil its obligation," Vucic said: a charge
            if verb.dep_ == "xcomp" and verb.head.lemma_ == "have" and not self._own_statement(verb, holders):
                return []  # "Kiev will have to accept the new reality, Peskov said": his demand (read at "have to"), not Kiev's
            if key in self.cues.negated_only and stance == self.cues.negated_only[key] and is_passive(verb) \
                    and not any(c.dep_ == "agent" for c in verb.children):
                # "the government said the AU envoys will not be allowed to travel to Tigray": who does not allow
                # it is the one who says so, not the envoys.
                said = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.cues.speech_verbs
                holders = self.holders.subject_actors(verb.head) if said else ()
            found: list[FoundStance] = []
            # "asked for consultations ... and for a meeting": each prepositional object is an item of one issue
            # (joined in :mod:`parley.pipeline.joint_issues`).
            # "agreed to a ceasefire in principle as well as to a new round of talks": the parser may hang the
            # second phrase on the verb.
            parts = [part, *(c for c in part.conjuncts if c.dep_ == "conj" and c.lower_ == part.lower_),
                     *(c for c in verb.children if c.dep_ == "prep" and c.lower_ == part.lower_ and c.i > part.right_edge.i
                       and any(t.dep_ == "cc" for t in self.doc[part.right_edge.i:c.i]))] \
                if part is not None and part.dep_ == "prep" else [part]
            for each in parts:
                issue = self.issue(verb, each, actor_issue)
                if issue is None and (key in self.cues.negated_only or key in self.cues.self_issue_verbs) and each is None:
                    # "they will not disarm or demobilise", "has been mediating between Ukraine and Russia":
                    # the action itself
                    issue = verb
                elif issue is None and key in self.cues.negated_only and each is not None and each.dep_ == "dobj":
                    issue = each  # "would not be making any concession": what is not made
                elif issue is None and verb.dep_ == "amod" and verb.tag_ == "VBN" and each is None:
                    issue = _phrase_head(verb)  # "a US-backed ceasefire proposal": what is backed
                if issue is not None and key in self.cues.deal_only_keys and not self._names_a_deal(issue):
                    continue  # "congratulated Trump on his election victory": a person praised, no deal
                if issue is not None and key in self.cues.aim_only_keys and _root(issue).lemma_.lower() not in self.cues.aim_nouns:
                    continue  # "fighting for control of the city", "for their lives": a battle, no political aim
                if issue is not None and holders:
                    turned = self._denied_course(verb, issue, stance) and not self._demand_on_others(
                        issue, stance, holders)
                    found.append(FoundStance(holders, "oppose" if turned else stance, issue, negated, actor_issue))
            if found and part is not None and part.dep_ == "prep":
                # "called for an immediate ceasefire in Gaza and Lebanon, and an end to the provocations of settlers":
                # the parser may hang the second object on the verb, as a noun conjoined to it.
                found += [FoundStance(holders, stance, c, negated, actor_issue) for c in verb.children
                          if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > part.right_edge.i
                          and any(t.dep_ == "cc" for t in self.doc[part.right_edge.i:c.i])
                          and not self.holders.is_actor_phrase(c)]
            return found
        return []

    def _failed(self, verb: Token) -> bool:
        """The cue is what someone failed to do, or failed to bring others to do ("failed to agree", "efforts
        have failed to get X to agree"), or is unwilling to do ("unwilling to accept", the adjective's stance)."""
        clause = verb
        for _ in range(3):
            if clause.dep_ not in ("xcomp", "ccomp") or clause.head == clause:
                return False
            clause = clause.head
            if clause.lemma_.lower() in self.cues.failed_verbs:
                return True
            if clause.pos_ == "ADJ" and self.cues.adjectives.get(clause.lemma_.lower()) in ("reject", "oppose"):
                return True  # "is unwilling to accept a ceasefire", "reluctant to commit to": the adjective's stance
            if clause.lemma_.lower() not in self.cues.prompting_verbs:
                return False
        return False

    def _disputed_fact(self, verb: Token) -> bool:
        """A denial or rejection of a report ("denied the reports of ceasefire with Israel", "rejected rumours of
        a one-month ceasefire deal", "rejected a report he has given the green light for a truce"), of a deal
        said to exist ("denied a ceasefire agreement with Hamas, as reported in media"), or a denial of a deed
        ("denied the attack", "denied any role in the bombing"; a denial refuses only what is asked or offered:
        "denied the request"): no stance on it."""
        lemma = verb.lemma_.lower()
        if lemma not in self.cues.denial_verbs and self.cues.verbs.get(lemma) not in ("reject", "oppose"):
            return False
        if lemma in self.cues.denial_verbs and any(
                c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and not any(
                    k in self.cues.verbs or k in self.cues.negated_only for k, _ in self.grammar.phrasal_keys(c))
                for c in verb.children):
            # "the military has denied shelling civilians", "denied that it had shelled a safe zone": a deed denied (but
            # "denies supporting M23" opposes what the clause's cue says).
            return True
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            noun = obj.lemma_.lower()
            if noun in self.cues.report_nouns and (
                    noun in self.cues.rumour_nouns or obj.tag_ == "NNS"
                    or any(c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "of" and not any(
                        o.dep_ == "pobj" and self.holders.is_actor_phrase(o) for o in c.children)) for c in obj.children)):
                # "the reports of ceasefire"; not "rejected the UN report", "the report of the commission": a text disputed
                return True
            if lemma in self.cues.denial_verbs and noun not in self.cues.call_nouns \
                    and self.cues.nouns.get(noun) not in ("demand", "offer"):
                return True
        return False

    def _sponsor_clause(self, verb: Token) -> bool:
        """A relative clause telling who stands behind a party: "Yemen's government, which is backed by Saudi Arabia"
        (passive, on an actor), "the coalition, which supports the government" (an actor backing an actor); "the plan,
        which is backed by Qatar" and "Qatar, which supports the plan" state a stance on the plan."""
        if verb.dep_ != "relcl" or not self.holders.is_actor_phrase(verb.head):
            return False
        if any(c.dep_ == "agent" for c in verb.children):
            return any(c.dep_ == "auxpass" for c in verb.children)
        return any(c.dep_ == "dobj" and c.pos_ != "PRON" and self.holders.is_actor_phrase(c) for c in verb.children)

    def _names_a_deal(self, issue: Token | Span) -> bool:
        """The issue names a deal, talks or a truce ("the signing of a ceasefire agreement", "the talks")."""
        deals = self.cues.agreement_nouns | self.cues.deal_nouns | self.cues.meeting_nouns | self.cues.gathering_nouns \
            | self.cues.truce_nouns
        words = issue.subtree if isinstance(issue, Token) else issue.root.subtree
        return any(t.lemma_.lower() in deals for t in words)

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
        if verb.dep_ == "amod" and verb.tag_ == "VBN":
            # "a US-backed ceasefire proposal", "the Egyptian-backed plan": the backer's stance on the text or talks
            # it backs (a "UN-backed security force", a "Pakistan-backed attack" are told, no stance; an
            # "Egyptian-proposed ceasefire" names whose text it is, no standing offer; "violations of a Norwegian-backed
            # ceasefire agreement", "the collapse of the US-backed talks" tell of the text, not a stance on it).
            backed = self.cues.agreement_nouns | self.cues.light_nouns | self.cues.meeting_nouns | self.cues.document_nouns
            phrase = _phrase_head(verb)
            if self.cues.verbs.get(key) != "support" or verb.head.lemma_.lower() not in backed \
                    or (phrase.dep_ == "pobj" and phrase.head.head.pos_ in ("NOUN", "PROPN")):
                return ()
            return next((found for c in verb.children if c.dep_ in ("npadvmod", "nmod", "compound") and c.i < verb.i
                         and self.holders.table.at(c) is not None and (found := self.holders.actors_of(c))), ())
        holders = self.holders.subject_actors(verb) or self._authors(verb)
        needs = verb.lemma_.lower() in self.cues.speaker_need_verbs
        said = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.cues.speech_verbs
        # '"he needed to stop military campaigns," said the spokesperson': words told before their sayer are quoted.
        direct = needs and ((said and verb.head.i > verb.i) or any(
            q.direct and q.span[0] <= verb.idx < q.span[1] for q in self.holders.quotes))
        if needs and _in_need(next((c for c in verb.children if c.dep_ == "nsubj"), None), self.cues.needy_nouns):
            return ()  # "millions of people in the crisis need urgent support, said the UN coordinator": a plight told
        if needs and (said or direct):
            # "Pope said that Haiti needed sustained assistance": the speaker asks it for Haiti; in a quote, what
            # another ("he", "they") needs, too.
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            speaker = (self.holders.speaker(verb, quoted_only=True) if direct else None) or self.holders.speaker(verb)
            if subj is not None and (subj.pos_ != "PRON" or (direct and subj.lower_ in THIRD_PERSONS)) \
                    and speaker is not None and speaker not in holders:
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


def _phrase_head(modifier: Token) -> Token:
    """The head of the noun phrase a modifier is in ("a Norwegian-backed ceasefire agreement": agreement)."""
    head = modifier.head
    while head.dep_ == "compound" and head.head != head:
        head = head.head
    return head


def _in_need(subject: Token | None, needy: frozenset[str]) -> bool:
    """Those in need, not a party: a victim group ("the wounded", "displaced families") or people counted ("5.2 million
    people", "the millions of people in the crisis", "two-thirds of the population")."""
    if subject is None:
        return False
    words = [t for t in subject.subtree if t.i <= subject.i or t.dep_ in ("amod", "compound", "nummod", "appos")]
    return any(t.lemma_.lower() in needy or t.lower_ in needy for t in words) or any(
        t.like_num or t.lemma_.lower() in SCALE_WORDS for t in subject.subtree if t.i <= subject.i)


def _service(noun: Token, services: frozenset[str]) -> bool:
    """A service recognized ("the mediation efforts", "the engagement of the co-chairs"), not an effort named with its aim ("efforts to reach a
    ceasefire")."""
    return noun.lemma_.lower() in services and not any(c.dep_ in ("acl", "relcl") and _to_clause(c) for c in noun.children)


def _to_clause(verb: Token) -> bool:
    """An infinitive ("to achieve a lasting ceasefire"): the aim of an effort, which the parser may hang on the recognizing verb."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _threatened(action: Token, cues: StanceCues) -> bool:
    """The infinitive of a vow is a threat: a hostile act (``ultimatum_verbs``: "vowed to retaliate") or one set on a
    condition ("vowed to launch attacks if the production does not stop", read in :mod:`parley.pipeline.stance_conditions`;
    "vowed to continue fighting if talks with the regime fail": a plan of battle)."""
    return action.lemma_.lower() in cues.ultimatum_verbs or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in (*action.subtree, *action.head.children))  # "vowed to continue fighting if talks ... fail"


def _root(issue: Token | Span) -> Token:
    """The head word of an issue."""
    return issue.root if isinstance(issue, Span) else issue
