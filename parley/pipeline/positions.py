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
   "we" is their government, a rebel negotiator's his group's); "they" a conjoined subject; other pronouns the nearest fitting actor.
3. Find the issue: object, prepositional object, infinitive or "that" clause, apposition or the
   subject of "is", and name it (:mod:`parley.pipeline.issue_phrases`); "more" is the issue named
   just before ("open to more exchanges and ... open to more").
4. Negation turns the stance ("will not accept", "would under no circumstances agree" -> reject); what is
   demanded of another side stays a demand ("Israel demands that Hezbollah will not rearm").

Also: pledges ("said it would observe a ceasefire"), purposes ("intervened to restore the president",
"in an effort to restore Hadi"), conditions ("will start talks when it sees U.N. troops"), verdicts in
a statement ("those conditions are unacceptable"), taking a side ("stands with", "came out in support
of Israel", where the issue may be an actor) and "the aim of the deal is ...". What a party has others do is its own stance's issue ("agreed to instruct their
foreign ministers to start official negotiations": the negotiations), and so are talks a journey is for ("agreed to return
to talk again"). The terms a subject sets
on its own action are its demands ("will not sign unless Armenia changes its constitution"), and what a
speaker says must or should happen ("told Aliyev that the conflict should be settled"). What a demand
asks of someone is not that one's stance ("urged Hamas to accept the proposal"), nor is a supposition
("if they really want peace"), a denied wish, a deed told in a relative clause ("who had signed a
treaty two years earlier") or dated a week or more before publication ("signed a peace deal on Aug. 17" in a
November story, :mod:`parley.pipeline.deed_dates`), a report denied ("denied the reports of ceasefire with
Israel") or a hope about someone else ("who would hopefully agree"). The issue keeps
the reporter's words when short ("two-month truce", long phrases lose their trailing place and time
phrases); ``canonical`` carries the vocabulary's name. One holder's rewording of an issue it already holds is one position, and so is a
leader's stance stated with their state's in one sentence. A spokesperson's stance is also the body's they speak for
(:mod:`parley.pipeline.holder_copies`).

A party's own words state stances too: "our top priority is to achieve a ceasefire", "a peaceful resolution is a
priority for us", "what we want is the end of this rebellion", "there can be no military solution", "X is
non-negotiable", "the Libyan people deserve a permanent respite", "are ready to halt attacks if Saudi Arabia
withdraws its troops" (the terms are demanded); thanks and praise for a deed done state no position.

Deeds show stances too (:mod:`parley.pipeline.stance_deeds`): the one thanked or praised for supporting or upholding
something holds that stance ("thanked Turkey for supporting its territorial integrity"), and who sets up a body for the
peace supports it ("have formed a truce committee", "launched a commission to oversee the disarmament").

Issues conjoined under one cue are one position (docs/annotation.md §5, :mod:`parley.pipeline.joint_issues`): a list
of noun phrases ("agreed to an immediate ceasefire, the withdrawal of military personnel, and the resolution of
disputes"), actions ("should exercise restraint and uphold the peace agreement", actions listed after a comma, lists
that go on from a noun phrase to infinitives, :mod:`parley.pipeline.action_lists`), terms named after "including"
("key conditions for ending the war, including Hamas's disarmament and new governance") and the items after a colon in
one sentence: each item is named on its own, and the names are joined. Items under different cues ("welcomed X and
urged Y"), of different stances or of different holders stay apart, and so does each line of a list announced after a
colon (:mod:`parley.pipeline.stance_lists`). A later mention of one item the holder already holds in a joint issue
repeats it.

Constructions around ordinary words state stances too (:mod:`parley.pipeline.stance_constructions`):
what a party holds out for ("will not stop until Hamas is destroyed"), conditions ("is conditional on
Armenia changing its constitution"), a text's authors ("adopted a resolution demanding a ceasefire"), a
judgement ("called the referendums illegal") and an aim ("with a view to the creation of a state").

Sayings in a speaker's words state stances too (:mod:`parley.pipeline.stance_sayings`): "the only way is dialogue",
"there is no higher priority than the release of all hostages", "there will be no agreement without X", "we reject
any proposal that does not include a permanent ceasefire", "agreements are needed", "the door to dialogue remains open".

Conditions a party sets on its own course are its demands (:mod:`parley.pipeline.stance_conditions`: "would only
halt its offensive if Kiev surrenders", "ready for a ceasefire, on condition that Turkish forces leave", "there could
be no ceasefire until X"); what a supposition says of the one supposed ("if Ukraine renounces its aim") is no stance.
Talks set to come are the parties' will ("are due to meet"); denied deeds and people in need state none.

The cues are read in :mod:`parley.pipeline.stance_readers` (cue verbs in
:mod:`parley.pipeline.verb_stances`, cue nouns in :mod:`parley.pipeline.noun_stances`), their holders
in :mod:`parley.pipeline.holders`; this module runs them and keeps one position per holder and issue.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from parley.models import Position, Stance
from parley.pipeline.action_lists import only_if, stated_position
from parley.pipeline.agreements import AgreementReader, bare
from parley.pipeline.event_generic import ANONYMITY_WORDS
from parley.pipeline.holder_copies import with_bodies
from parley.pipeline.holders import HolderResolver
from parley.pipeline.issue_phrases import IssueNamer
from parley.pipeline.issue_wording import reported_wording
from parley.pipeline.issues import IssueVocabulary, load_vocabulary
from parley.pipeline.joint_issues import conjoined_actions_of, conjunction, coordinated, joined, listed_items
from parley.pipeline.position_rewordings import distinct, one_per_side, state_side
from parley.pipeline.stance_aid import aid_given
from parley.pipeline.stance_battles import battle_aim
from parley.pipeline.stance_cessations import ceased
from parley.pipeline.stance_conditions import listed_terms
from parley.pipeline.stance_cues import StanceCues, load_cues
from parley.pipeline.stance_grammar import FoundStance, not_to
from parley.pipeline.stance_lists import ListedDemands
from parley.pipeline.stance_readers import StanceReader

VERSION = "parley.positions.v4"

# A pronoun left as the issue: what it stands for was not found ("we hope to see it soon").
UNRESOLVED_WORDS = {"it", "this", "that", "them", "these", "those"}


class PositionFinder:
    """Finds the positions of a document (steps 1-4 of the module docstring)."""

    def __init__(self, vocabulary: IssueVocabulary, cues: StanceCues) -> None:
        self.vocabulary = vocabulary
        self.cues = cues
        # nouns that name a text or a plan ("proposal", "deal", "plan"): what a later "the plan" refers to
        self.text_nouns = cues.light_nouns | cues.agreement_nouns | frozenset(cues.nouns)

    def __call__(self, doc: Doc) -> Doc:
        found = _DocumentPositions(self, doc)
        doc._.positions = found.positions()
        found.holders.collectives.register({p.holder for p in doc._.positions})
        return doc


class _DocumentPositions:
    """Reads the positions of one document."""

    def __init__(self, finder: PositionFinder, doc: Doc) -> None:
        self.cues = finder.cues
        self.vocabulary = finder.vocabulary
        self.text_nouns = finder.text_nouns
        self.doc = doc
        self.holders = HolderResolver(doc, finder.cues)
        self.agreements = AgreementReader(doc, finder.cues, self.holders)
        self.namer = IssueNamer(finder.vocabulary, finder.cues, self.holders)
        self.stances = StanceReader(doc, finder.cues, self.holders, self.agreements)
        self.items_of: dict[tuple[str, str], list[str]] = {}  # (holder, joint issue) -> the names of its items

    def positions(self) -> list[Position]:
        out: list[Position] = []
        seen: dict[tuple[str, str, bool], int] = {}
        listed = ListedDemands(self.cues, self.holders)
        for sent in self.doc.sents:
            self.last_issue: tuple[str, str] | None = None
            found_here = [f for tok in sent for f in self.stances.found_at(tok)]
            found_here += [t for f in list(found_here) for t in listed_terms(f, self.cues, self.holders)]
            found_here += listed.read(sent)  # "outlined eight measures it says are necessary:", then one a line
            # The parties to an agreement support it and what it provides for.
            found_here += [FoundStance(parties, "support", issue, False) for parties, issue in self.agreements.parties(sent)]
            found_here = [f for f in found_here if not (
                self._brokered(f) or only_if(f) or stated_position(f, self.cues.position_nouns))]
            # "called for rapid access to Gaza and for the release of hostages": items of one list found one by one.
            for group in coordinated(found_here):
                found = group[0]
                found_positions = self._positions(found, sent) if len(group) == 1 else self._joint(
                    [self._positions(f, sent) for f in group], conjunction([f.issue for f in group]))
                for position in found_positions:
                    # One position per holder, issue and side: a repeated statement adds no fact, and
                    # "pledged support to bolster X" is one stance on X, not an offer and a support.
                    key = (position.holder, (position.canonical or position.issue).lower(),
                           position.stance in ("oppose", "reject"))
                    if self._refers_back(found.issue) and any(
                            k[0] == key[0] and k[2] == key[2] and out[i].span != position.span
                            and self._names_text(out[i].issue) for k, i in seen.items()):
                        continue  # "after Hamas accepted the plan": the plan it accepted earlier
                    if key not in seen:
                        seen[key] = len(out)
                        # what a joint issue lists is held too: a later "cease hostilities" after "a ceasefire and a
                        # return to bilateral mechanisms" repeats an item
                        seen.update({(key[0], name.lower(), key[2]): len(out)
                                     for name in self.items_of.get((key[0], key[1]), ())})
                        out.append(position)
                    elif out[seen[key]].stance == "support" and position.stance != "support":
                        # "reaffirmed its readiness to assist": the noun says more than the carrier verb.
                        out[seen[key]] = position
        return with_bodies(one_per_side(self._one_per_state(distinct(out)), self.holders.table), self.holders)

    def _joint(self, parts: list[list[Position]], conj: str, wordings: list[str | None] | None = None) -> list[Position]:
        """One position per holder and stance on a list's items (:func:`.joint_issues.joined`); the items' names are
        kept, as what the joint issue holds."""
        out = joined(parts, conj, wordings or ())
        for p in out:
            names = [q.canonical or q.issue for part in parts for q in part if q.holder == p.holder and q.stance == p.stance]
            if len(names) > 1:
                self.items_of[(p.holder, (p.canonical or p.issue).lower())] = names
        return out

    def _one_per_state(self, positions: list[Position]) -> list[Position]:
        """A leader and their state holding the same stance on the same issue in one sentence ("Putin said
        Russia would never accept ...") are one position: the first."""
        kept: list[Position] = []
        for position in positions:
            state = state_side(position.holder, self.holders.table)
            negative = position.stance in ("oppose", "reject")
            if not any(k.span == position.span and (k.stance in ("oppose", "reject")) == negative
                       and (k.canonical or k.issue).lower() == (position.canonical or position.issue).lower()
                       and k.holder != position.holder
                       and state_side(k.holder, self.holders.table) == state for k in kept):
                kept.append(position)
        return kept

    def _brokered(self, found: FoundStance) -> bool:
        """"China said it had agreed an immediate ceasefire between Myanmar's army and an alliance", "Qatar mediated a deal
        between Israel and Hamas": who seals or brokers a deal between two other parties holds no stance of its own on it."""
        issue = found.issue
        if not isinstance(issue, Token) or issue.lemma_.lower() not in self.cues.agreement_nouns:
            return False
        verb = issue.head.head if issue.dep_ == "pobj" else issue.head
        if issue.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in self.cues.sealing_verbs | self.cues.deal_verbs:
            return False
        parties = {a for p in issue.children if p.dep_ == "prep" and p.lower_ == "between"
                   for o in p.children if o.dep_ == "pobj" for a in self.holders.actors_of(o)}
        return len(parties) > 1 and not parties & set(found.holders)

    def _names_text(self, issue: str) -> bool:
        """An issue that names a text or a plan ("the Egyptian truce proposal"), which a later bare "the plan"
        may refer back to; "welcomed the report and affirmed its commitment to the ceasefire" names none."""
        words = {w.lower() for w in re.findall(r"[\w-]+", issue)}
        return bool(words & self.text_nouns)

    def _refers_back(self, issue: Token | Span) -> bool:
        """"the plan", "the deal", "the proposal": a bare definite noun for a text named before."""
        if not isinstance(issue, Token) or issue.pos_ != "NOUN":
            return False
        lemma = issue.lemma_.lower()
        if lemma not in self.text_nouns:
            return False
        return [c.lower_ for c in issue.children] in (["the"], ["this"], ["that"])

    def _positions(self, found: FoundStance, sent: Span) -> list[Position]:
        found = ceased(found, self.cues)  # "urged his supporters to stop attacking minorities": the attacks, opposed
        task = self._task(found.issue)
        if task is not None:
            # "agreed to instruct their foreign ministers to start official negotiations ... and to set up a joint
            # commission": what the ministers are told to do, each action on its own.
            found = FoundStance(found.holders, found.stance, task, found.negated, found.actor_issue)
        listed = found.issue
        if isinstance(listed, Token) and listed.pos_ == "VERB" and listed.lemma_.lower() in self.cues.process_verbs:
            # "pledged to implement the UN's road map, the Berlin outputs, and the recommendations ...": the list
            # is what is implemented.
            listed = next((c for c in listed.children if c.dep_ == "dobj"), listed)
        # "agreed to an immediate ceasefire, the withdrawal of military personnel, and the resolution of disputes
        # through peaceful negotiations", "should exercise restraint and uphold the peace agreement": the items of one
        # cue's list, each named on its own, are one issue (:mod:`parley.pipeline.joint_issues`).
        items = [] if found.alone else (listed_items(listed) or conjoined_actions_of(found.issue, self.cues))
        if items:
            return self._joint([self._positions(FoundStance(found.holders, found.stance, item, found.negated,
                                                            found.actor_issue, alone=True), sent) for item in items],
                               conjunction(items), [self.namer.action_words(i) if isinstance(i, Token) else None
                                                    for i in items])
        if found.stance not in ("oppose", "reject") and not found.negated and (
                battle_aim(found.issue, self.cues, self.holders.table)
                or (found.stance != "demand" and aid_given(found.issue, self.cues))):
            # "as the rebels sought to capture a nearby mountain": an order of battle; "pledged $50 million to cushion
            # the effects of the war": aid. No position.
            return []
        named = self.namer.issue(found.issue, actor_issue=found.actor_issue, alone=found.alone)
        if named is None and isinstance(found.issue, Token) and self.holders.table.at(found.issue) is not None \
                and found.issue.lemma_.lower() in self.cues.agreement_nouns:
            # "welcomes the Framework Agreement for the Resolution of the Conflict in Darfur", taken for a
            # name: the text as written.
            named = self.namer.issue(bare(found.issue))
        if named is None:
            return []
        issue, issue_text = named
        if (issue.lower() in ANONYMITY_WORDS and found.stance == "demand") or issue.lower() in UNRESOLVED_WORDS:
            # "The source requested anonymity": a source's condition (but "stressed the importance of confidentiality in
            # negotiations" is a stance); "hope to see it soon": unknown
            return []
        if found.wording:
            issue_text = found.wording  # "until all hostages are released": "release all hostages"
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
        elif not_to(found.issue) and found.issue.lemma_.lower() not in self.cues.harm_verbs:
            if stance not in ("demand", "support"):
                return []  # "agreeing to not push its claim of full independence": a concession, no stance on the act
            stance = "oppose"  # "urged Israel not to attack Rafah": against the act
        text = sent.text
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = sent.start_char + len(text.rstrip())
        named = self.vocabulary.is_name(issue)
        wording = reported_wording(issue, issue_text, named=named)
        # "a humanitarian corridor and the evacuation of civilians": the vocabulary's name of each item
        items = tuple(issue.split(" and ")) if named and " and " in issue else ()
        return [Position(holder=holder, issue=wording, stance=stance, span=(start, end),
                         issue_text=issue_text, negated=found.negated, canonical=issue, items=items)
                for holder in found.holders if not self._reporter(holder)]

    def _task(self, issue: Token | Span) -> Token | None:
        """The task of a delegating verb ("instruct X to V", ``delegating_verbs``), or the talks a journey is for
        ("agreed to return to talk again on June 25", ``travel_verbs``, ``talk_purposes``): V, or None."""
        if not isinstance(issue, Token) or issue.pos_ != "VERB":
            return None
        lemma, objects = issue.lemma_.lower(), any(c.dep_ == "dobj" for c in issue.children)
        if lemma in self.cues.delegating_verbs and objects:
            return next((c for c in issue.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if lemma in self.cues.travel_verbs and not objects:
            return next((c for c in issue.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
                         and c.lemma_.lower() in self.cues.talk_purposes), None)
        return None

    def _reporter(self, holder: str) -> bool:
        """A news outlet ("Reuters reports that Cameron ... told Netanyahu: 'I wanted to come'") tells the
        stance of others; it holds none of its own."""
        actor = self.holders.table.get(holder)
        return actor is not None and actor.sector == "MED" and actor.type == "organization"


@Language.factory(
    "parley_positions",
    default_config={"issues_file": None, "stances_file": None},
    requires=["doc._.actors", "doc._.quotes", "token.dep", "token.lemma"],
    assigns=["doc._.positions"],
)
def make_positions(nlp: Language, name: str, issues_file: str | None, stances_file: str | None) -> PositionFinder:
    return PositionFinder(load_vocabulary(Path(issues_file) if issues_file else None),
                          load_cues(Path(stances_file) if stances_file else None))
