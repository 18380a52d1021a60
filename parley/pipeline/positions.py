"""The ``parley_positions`` stage: who demands, offers, supports, accepts or rejects what.

Steps, for every sentence:

1. Find stance cues (``resources/stance_cues.yaml``): verbs ("demanded security guarantees",
   "signed off on a ceasefire", "urged both sides to uphold the truce"), nouns ("a key Russian
   demand", "its support for", "readiness to"), predicate adjectives ("is ready to discuss"), verbs
   that state a stance only when negated ("is not taking part"), "it is necessary to ..." in a
   statement, "will return N prisoners in return for ...", and signed agreements
   (:mod:`parley.pipeline.agreements`: "a deal struck between X and Y", "the agreement includes ...").
2. Find the holder: the cue's subject, followed through conjoined verbs, infinitives, participles,
   passives and relative clauses, with the "with" partner of "sign"; the object of "commits them
   to"; a possessive, demonym or "of" phrase on a cue noun; or the subject of the verb that carries
   the noun ("signaled readiness"). "We" and "our" are the speaker of the quote (a spokesperson's
   "we" is their government); "they" a conjoined subject; other pronouns the nearest fitting actor.
3. Find the issue: object, prepositional object, infinitive or "that" clause, apposition or the
   subject of "is", and name it (:mod:`parley.pipeline.issue_phrases`); "more" is the issue named
   just before ("open to more exchanges and ... open to more").
4. Negation turns the stance ("will not accept" -> reject).

Also: pledges ("said it would observe a ceasefire"), purposes ("intervened to restore the president",
"in an effort to restore Hadi"), conditions ("will start talks when it sees U.N. troops"), verdicts in
a statement ("those conditions are unacceptable"), taking a side ("stands with", "came out in support
of Israel", where the issue may be an actor) and "the aim of the deal is ...". The issue keeps the
reporter's words when short ("two-month truce"); ``canonical`` carries the vocabulary's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from parley.models import Position, Stance
from parley.pipeline.agreements import AgreementReader
from parley.pipeline.holders import HolderResolver
from parley.pipeline.issue_phrases import IssueNamer, infinitival
from parley.pipeline.issues import IssueVocabulary, load_vocabulary
from parley.pipeline.stance_cues import StanceCues, load_cues

VERSION = "parley.positions.v3"

NEGATIONS = {"not", "n't", "never", "no"}
# The longest issue kept in the reporter's words; a longer phrase is named by the vocabulary.
MAX_REPORTED_WORDS = 6


@dataclass(frozen=True)
class _Found:
    holders: tuple[str, ...]
    stance: Stance
    issue: Token | Span  # root of the issue phrase, or the words of a "for X to V" issue
    negated: bool
    actor_issue: bool = False  # "stands with Israel": the issue may be an actor


class PositionFinder:
    """Finds the positions of a document (steps 1-4 of the module docstring)."""

    def __init__(self, vocabulary: IssueVocabulary, cues: StanceCues) -> None:
        self.vocabulary = vocabulary
        self.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        doc._.positions = _Reader(self, doc).positions()
        return doc


class _Reader:
    """Reads one document."""

    def __init__(self, finder: PositionFinder, doc: Doc) -> None:
        self.cues = finder.cues
        self.vocabulary = finder.vocabulary
        self.doc = doc
        self.holders = HolderResolver(doc, finder.cues)
        self.agreements = AgreementReader(doc, finder.cues, self.holders)
        self.namer = IssueNamer(finder.vocabulary, finder.cues, self.holders)

    # -- output -----------------------------------------------------------------------------
    def positions(self) -> list[Position]:
        out: list[Position] = []
        seen: dict[tuple[str, str, bool], int] = {}
        for sent in self.doc.sents:
            self.last_issue: tuple[str, str] | None = None
            found_here = [f for tok in sent for f in self._cues_at(tok)]
            # The parties to an agreement support it and what it provides for.
            found_here += [_Found(parties, "support", issue, False) for parties, issue in self.agreements.parties(sent)]
            for found in found_here:
                for position in self._positions(found, sent):
                    # One position per holder, issue and side: a repeated statement adds no fact, and
                    # "pledged support to bolster X" is one stance on X, not an offer and a support.
                    key = (position.holder, (position.canonical or position.issue).lower(),
                           position.stance in ("oppose", "reject"))
                    if key not in seen:
                        seen[key] = len(out)
                        out.append(position)
                    elif out[seen[key]].stance == "support" and position.stance != "support":
                        # "reaffirmed its readiness to assist": the noun says more than the carrier verb.
                        out[seen[key]] = position
        return out

    def _positions(self, found: _Found, sent: Span) -> list[Position]:
        named = self.namer.issue(found.issue, actor_issue=found.actor_issue)
        if named is None:
            return []
        issue, issue_text = named
        if issue.lower() in self.cues.ellipsis_words:
            if self.last_issue is None:
                return []
            issue, issue_text = self.last_issue  # "Moscow is open to more exchanges and Kyiv ... open to more"
        self.last_issue = (issue, issue_text)
        stance: Stance = found.stance
        if found.negated:
            turned = self.cues.negation.get(found.stance)
            if turned is None:
                return []  # "did not demand X" states no position
            stance = turned
        text = sent.text
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = sent.start_char + len(text.rstrip())
        return [Position(holder=holder, issue=_reported(issue, issue_text), stance=stance, span=(start, end),
                         issue_text=issue_text, negated=found.negated, canonical=issue)
                for holder in found.holders]

    # -- step 1: cues -----------------------------------------------------------------------
    def _cues_at(self, tok: Token) -> list[_Found]:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX"):
            return (self._verb_cue(tok) or self._exchange_cue(tok) or self._pledge_cue(tok)
                    or self._purpose_cue(tok) or self._condition_cue(tok))
        if lemma in self.cues.verdict_adjectives and tok.dep_ == "acomp" and tok.head.lemma_ == "be":
            return self._verdict_cue(tok, self.cues.verdict_adjectives[lemma])
        if lemma in self.cues.necessity_adjectives and tok.dep_ in ("acomp", "attr") and tok.pos_ in ("ADJ", "VERB"):
            return self._necessity_cue(tok)
        if tok.pos_ == "NOUN" and lemma in self.cues.nouns:
            return self._noun_cue(tok, self.cues.nouns[lemma])
        if tok.pos_ in ("ADJ", "ADP") and lemma in self.cues.adjectives and tok.dep_ in ("acomp", "oprd", "prep"):
            if tok.pos_ == "ADP" and tok.head.lemma_ != "be":
                return []
            return self._adjective_cue(tok, self.cues.adjectives[lemma])
        return []

    def _phrasal_keys(self, verb: Token) -> list[tuple[str, Token | None]]:
        """"call for", "rule out", "take part", "sign off on", "commit to V": the verb with its particle,
        preposition, object word or infinitive, longest first."""
        lemma = verb.lemma_.lower()
        keys: list[tuple[str, Token | None]] = []
        for prt in (c for c in verb.children if c.dep_ == "prt"):
            keys += [(f"{lemma} {prt.lower_} {c.lower_}", c) for c in verb.children if c.dep_ == "prep"]
        keys += [(f"{lemma} {c.lower_}", c) for c in verb.children if c.dep_ in ("prt", "prep") and not self._is_time(c)]
        keys += [(f"{lemma} {c.lemma_.lower()}", c) for c in verb.children if c.dep_ == "dobj"]
        keys += [(f"{lemma} to", c) for c in verb.children if c.dep_ == "xcomp" and infinitival(c)]
        return [*keys, (lemma, None)]

    def _verb_cue(self, verb: Token) -> list[_Found]:
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.cues.failed_verbs:
            return []  # "the two sides failed to agree to halt the fighting": no stance either way
        negated = self._negated(verb)
        for key, part in self._phrasal_keys(verb):
            if key in self.cues.verbs:
                stance = self.cues.verbs[key]
            elif negated and key in self.cues.negated_only:
                stance = self.cues.negated_only[key]
                negated = False  # the stance already says it: "not taking part" is a rejection
            else:
                continue
            actor_issue = key in self.cues.actor_issue_cues
            issue = self._verb_issue(verb, part, actor_issue)
            if issue is None and key in self.cues.negated_only and part is None:
                issue = verb  # "they will not disarm or demobilise": the refused action itself
            holders = self._verb_holders(verb, key)
            if issue is None or not holders:
                return []
            return [_Found(holders, stance, issue, negated, actor_issue)]
        return []

    def _is_time(self, prep: Token) -> bool:
        """"(agreed) on August 8": a preposition that gives a time, not an issue."""
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            return False
        return obj.ent_type_ in ("DATE", "TIME") or any(d.start <= obj.i < d.end for d in self.doc._.dates or [])

    def _verb_holders(self, verb: Token, key: str) -> tuple[str, ...]:
        """The subject; the object of "(a deal that) commits them to"; with the "with" partner of "sign"."""
        if key in self.cues.object_holder_verbs:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None and self.holders.is_actor_phrase(obj):
                return self.holders.actors_of(obj)
        holders = self.holders.subject_actors(verb)
        if holders and verb.lemma_.lower() in self.cues.symmetric_verbs:
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    holders = tuple(dict.fromkeys((*holders, *self.holders.actors_of(obj))))
        return holders

    def _exchange_cue(self, verb: Token) -> list[_Found]:
        """"Israel will return 1,000 prisoners in return for Shalit": an offer, unless it is already done."""
        if verb.lemma_.lower() not in self.cues.exchange_verbs or verb.tag_ == "VBD":
            return []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ in ("return", "exchange") and any(
                    c.dep_ == "prep" and c.lower_ == "for" for c in obj.children):
                holders = self.holders.subject_actors(verb)
                end = prep.left_edge.i  # the action without its price
                issue = self.doc[verb.i:end] if end > verb.i + 1 else verb
                return [_Found(holders, "offer", issue, self._negated(verb))] if holders else []
        return []

    def _pledge_cue(self, verb: Token) -> list[_Found]:
        """"said it would observe a ceasefire", "will respect the truce": a pledge, an offer."""
        if verb.lemma_.lower() not in self.cues.pledge_verbs or verb.tag_ != "VB":
            return []
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children):
            return []
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
            return []  # "whether the rebels would observe it" asks, it does not pledge
        holders = self.holders.subject_actors(verb)
        if not holders:
            return []
        return [_Found(holders, "offer", verb, self._negated(verb))]

    def _purpose_cue(self, verb: Token) -> list[_Found]:
        """"intervened ... to restore the president", "voted to deploy troops to restore constitutional
        order", "bombing ... in an effort to restore Hadi": the subject seeks the purpose."""
        lemma = verb.lemma_.lower()
        if lemma in self.cues.purpose_verbs:
            places = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        else:
            # "in an effort to V" hangs from any verb; the effort noun carries the purpose.
            places = [n for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                      for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in self.cues.purpose_nouns
                      # "in an effort to V" is the subject's; "in diplomatic efforts to V" anyone's.
                      and n.tag_ == "NN" and [c.lower_ for c in n.children if c.i < n.i] in (["an"], ["a"])]
        purposes = [c for place in places for c in place.children
                    if c.dep_ in ("advcl", "acl", "xcomp") and c.tag_ == "VB" and infinitival(c)
                    and not (place is verb and c.dep_ == "xcomp" and c.lemma_.lower() in self.cues.purpose_verbs)]
        if not purposes or self._negated(verb):
            return []
        holders = self.holders.subject_actors(verb)
        if not holders:
            return []
        out: list[_Found] = []
        for purpose in purposes:
            for action in (purpose, *(c for c in purpose.conjuncts if c.pos_ == "VERB")):
                if action.lemma_.lower() in self.cues.verbs:
                    continue  # "to back al-Assad" is a cue of its own
                out.append(_Found(holders, "support", action, False))
        return out

    def _condition_cue(self, verb: Token) -> list[_Found]:
        """"the SLM will start the political process when it sees U.N. troops on the ground": what the
        subject waits to see, it demands."""
        if verb.lemma_.lower() not in self.cues.condition_verbs or verb.dep_ != "advcl":
            return []
        if not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once", "if", "until", "unless") for c in verb.children):
            return []
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        main = verb.head
        # The same party on both sides of the condition: "X will ... when it sees".
        holders = self.holders.subject_actors(main)
        if obj is None or not holders or set(self.holders.subject_actors(verb)) - set(holders):
            return []
        return [_Found(holders, "demand", self.doc[obj.left_edge.i:obj.right_edge.i + 1], False)]

    def _verdict_cue(self, adj: Token, stance: Stance) -> list[_Found]:
        """"those conditions are unacceptable", said by X: X's stance on the subject."""
        subj = next((c for c in adj.head.children if c.dep_ in ("nsubj", "csubj")), None)
        speaker = self.holders.speaker(adj)
        if subj is None or speaker is None or self.holders.is_actor_phrase(subj):
            return []
        # "those conditions": the words as written, even when they are a bare stance noun.
        return [_Found((speaker,), stance, self.doc[subj.left_edge.i:subj.right_edge.i + 1], self._negated(adj.head))]

    def _necessity_cue(self, adj: Token) -> list[_Found]:
        """"It is necessary to establish a ceasefire", said by X: X demands it."""
        head = adj.head
        if head.lemma_ != "be" or not any(c.dep_ == "expl" or (c.dep_ == "nsubj" and c.lower_ == "it") for c in head.children):
            return []
        clause = next((c for c in (*adj.children, *head.children) if c.dep_ in ("xcomp", "ccomp")
                       and infinitival(c)), None)
        speaker = self.holders.speaker(adj)
        if clause is None or speaker is None:
            return []
        return [_Found((speaker,), "demand", clause, self._negated(adj))]

    def _verb_issue(self, verb: Token, part: Token | None, actor_issue: bool = False) -> Token | Span | None:
        clause = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and infinitival(c)), None)
        if clause is not None and clause.tag_ not in ("VB", "VBG") and self.cues.verbs.get(verb.lemma_.lower()) in ("reject", "oppose"):
            clause = None  # "denied that the date had been set": a fact denied, not a stance
        if part is not None and part.dep_ == "xcomp":  # "committed to work towards a ceasefire"
            return part
        if part is not None and part.dep_ == "prep":
            obj = next((c for c in part.children if c.dep_ in ("pobj", "pcomp")), None)
            # "called on all parties to seize ...", "appeals to all stakeholders to ...": the object is
            # whom the call is made to; the infinitive is what is called for.
            inner = next((c for c in obj.subtree if c.dep_ in ("acl", "relcl") and infinitival(c)), None) if obj else None
            addressee = obj is not None and (self.holders.is_actor_phrase(obj) or self.cues.verbs.get(
                f"{verb.lemma_.lower()} {part.lower_}") == "demand")
            # "called on citizens, including those abroad, to reclaim their lands": a purpose clause too.
            purpose = clause or next((c for c in verb.children if c.dep_ == "advcl" and infinitival(c)), None)
            if addressee and (purpose or inner):
                return purpose or inner
            return obj
        if part is not None and part.dep_ == "dobj":  # "take part in the talks", "play a key role in"
            prep = next((c for c in (*verb.children, *part.children) if c.dep_ == "prep"), None)
            return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep else None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "on")), None)
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if pobj is not None and (pobj.ent_type_ in ("DATE", "TIME") or (
                self.holders.is_actor_phrase(pobj) and not actor_issue)):
            pobj = None
        # "agreed on a ceasefire to be effective Saturday" is about the ceasefire, not its timing.
        if pobj is not None and obj is None and (clause is None or pobj.i < clause.i):
            return pobj
        # "urges them to continue with negotiations", "want the groups to reach a common platform":
        # the object is whom the call is made to; the clause is what is called for.
        if clause is not None:
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
            answered = self.cues.nouns[obj.lemma_.lower()] == "offer" and self.cues.verbs.get(
                verb.lemma_.lower()) in ("willing", "reject", "support", "oppose")
            found = self._noun_cue_issue(obj) or (obj if named else None)
            if found is None and answered:
                return self.doc[obj.left_edge.i:obj.right_edge.i + 1]
            return found
        return obj or pobj

    def _noun_cue(self, noun: Token, stance: Stance) -> list[_Found]:
        side = self._side_taken(noun, stance)
        if side:
            return side
        outer = noun.head.head if noun.dep_ == "pobj" else None
        if outer is not None and outer.pos_ == "NOUN" and outer.lemma_.lower() in self.cues.nouns:
            return []  # "hope for Israel's commitment to a ceasefire": a wish about it, not Israel's stance
        holders = self._noun_holders(noun)
        issue = self._noun_cue_issue(noun)
        if not holders or issue is None:
            return []
        return [_Found(holders, stance, issue, self._negated(noun))]

    def _side_taken(self, noun: Token, stance: Stance) -> list[_Found]:
        """"came out in support of Israel", "voted in favour of the plan": the subject takes the side."""
        head = noun.head
        if noun.dep_ != "pobj" or head.lower_ != "in" or noun.lemma_.lower() not in self.cues.actor_issue_cues:
            return []
        if head.head.pos_ != "VERB" or head.head.lemma_.lower() not in self.cues.side_verbs:
            return []
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        issue = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        holders = self.holders.subject_actors(head.head)
        if issue is None or not holders:
            return []
        return [_Found(holders, stance, issue, self._negated(head.head), True)]

    def _noun_holders(self, noun: Token) -> tuple[str, ...]:
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and self.holders.table.at(c) is not None):
                actors = self.holders.actors_of(c)
                if actors:
                    return actors
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "by"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                actors = self.holders.actors_of(obj) if obj is not None else ()
                if actors:
                    return actors
        head = noun.head
        if noun.dep_ in ("dobj", "attr") and head.lemma_.lower() in self.cues.carrier_verbs | {"be", "have"}:
            return self.holders.subject_actors(head)
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
        if noun.lemma_.lower() in self.cues.necessity_adjectives:
            # "nothing can replace the need for the guns to be silenced", in a statement: the speaker's.
            speaker = self.holders.speaker(noun, quoted_only=True)
            return (speaker,) if speaker else ()
        return ()

    def _noun_cue_issue(self, noun: Token) -> Token | Span | None:
        """What a cue noun is about: "demand for X", "readiness to V", "X is our goal", "X, a key demand"."""
        def pobj(preps: tuple[str, ...]) -> Token | Span | None:
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
                    if obj is None or obj.ent_type_ in ("DATE", "TIME"):
                        continue
                    clause = next((o for o in (*obj.children, *noun.children) if o.dep_ in ("acl", "relcl")
                                   and o.i > obj.i and infinitival(o)), None)
                    if clause is not None:
                        # "a proposal for the Hamas leadership to leave Gaza", "the need for the guns to be silenced"
                        return self.doc[obj.left_edge.i:clause.right_edge.i + 1]
                    if not self.holders.is_actor_phrase(obj):
                        return obj
            return None

        # "support to the parties" names whom it goes to, "commitment to attend" what is committed to;
        # "his support to the parties in the implementation of the Agreement" is for the implementation.
        recipient = noun.lemma_.lower() in self.cues.recipient_nouns
        to = ("in",) if recipient else ("to",)
        found = pobj(("for", "against", "toward", "towards", *to))
        if found is not None:
            return found
        # "readiness to V"; "the demand that foreign forces leave Afghanistan"
        clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl", "xcomp", "ccomp")
                       and any(a.lower_ == "to" or (a.dep_ == "mark" and a.lower_ == "that") for a in c.children)), None)
        if clause is not None:
            return clause
        head = noun.head
        if noun.dep_ == "nsubj" and head.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            # "the aim of the hostage deal is to bring about a general ceasefire": the aim, not the deal
            aim = next((c for c in head.children if c.dep_ in ("xcomp", "ccomp", "attr") and c.i > noun.i), None)
            if aim is not None:
                return aim
        found = pobj(("on", "of", "over"))
        if found is not None:
            return found
        if noun.dep_ == "attr" and head.lemma_ == "be":
            return next((c for c in head.children if c.dep_ in ("nsubj", "csubj") and c.i < noun.i), None)
        if noun.dep_ == "appos":
            return head
        if noun.dep_ == "dobj":
            # "welcomed the government's consent to observe a ceasefire": the parser hangs the infinitive
            # on the verb; right after the noun it is still the noun's.
            after = next((c for c in head.children if c.dep_ == "xcomp" and c.i == noun.right_edge.i + 2
                          and infinitival(c)), None)
            if after is not None:
                return after
        return self._apposed_to(noun)

    def _apposed_to(self, noun: Token) -> Token | None:
        """", a key Russian demand,": the noun phrase before the comma that this one renames."""
        i = noun.left_edge.i - 1
        while i >= 0 and self.doc[i].is_quote:
            i -= 1
        if i < 1 or self.doc[i].text != ",":
            return None
        i -= 1
        while i >= 0 and self.doc[i].is_quote:
            i -= 1
        before = self.doc[i]
        return before if before.pos_ in ("NOUN", "PROPN") and before.sent == noun.sent else None

    def _adjective_cue(self, adj: Token, stance: Stance) -> list[_Found]:
        holders = self.holders.subject_actors(adj.head)
        issue = next((c for c in adj.children if c.dep_ == "xcomp"), None)
        if issue is None:
            prep = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ in ("to", "for", "with", "in")), None)
            obj = adj if adj.pos_ == "ADP" else prep
            issue = next((c for c in obj.children if c.dep_ in ("pobj", "pcomp")), None) if obj else None
        if not holders or issue is None:
            return []
        return [_Found(holders, stance, issue, self._negated(adj.head) or self._negated(adj))]

    def _negated(self, tok: Token) -> bool:
        """A negation on the cue, or on the verbs it hangs from ("is not ready", "did not offer")."""
        chain = [tok]
        while chain[-1].dep_ in ("xcomp", "acomp", "dobj", "attr", "conj") and chain[-1].head != chain[-1]:
            chain.append(chain[-1].head)
            if chain[-1].pos_ in ("VERB", "AUX"):
                break
        return any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ == "det") for t in chain for c in t.children)

def _reported(name: str, written: str) -> str:
    """The issue in the reporter's words ("a truce proposal", not "ceasefire") when they are short enough
    to be a name; a longer phrase gives way to the vocabulary's name."""
    return written if written and len(written.split()) <= MAX_REPORTED_WORDS else name


@Language.factory(
    "parley_positions",
    default_config={"issues_file": None, "stances_file": None},
    requires=["doc._.actors", "doc._.quotes", "token.dep", "token.lemma"],
    assigns=["doc._.positions"],
)
def make_positions(nlp: Language, name: str, issues_file: str | None, stances_file: str | None) -> PositionFinder:
    return PositionFinder(load_vocabulary(Path(issues_file) if issues_file else None),
                          load_cues(Path(stances_file) if stances_file else None))
