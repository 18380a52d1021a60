"""Who the sides of a document's conflict are: "the two sides", the main parties, and who is on whose side.

"The two sides" are the nearest pair of parties named together before the words, else the parties the
document names most; a much-named mediator (:mod:`.event_mediators`) is none of them unless the report
names the sides nearly as often. A state's government bodies, forces and officials are on its side,
while a rebel group of the country is a side of its own; a backer ("Rwanda-backed") is no side.

:class:`SideResolution` is a part of :class:`.event_references.PartyResolver`: it reads the
resolver's actor table, sentences and phrase helpers.
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.event_mediators import mediators
from parley.pipeline.event_party_words import body_side, titles_of_one
from parley.pipeline.event_words import NOUN_POS

# How many of the most named parties a pair must share one with to be "the two sides".
SIDES_MAIN = 3
# A much-named mediator is none of "the two sides" when each side is named at least 1/SIDE_SHARE as often.
SIDE_SHARE = 2
# Plural nouns of "both governments", "the two countries": the pair is of states.
STATE_SIDE_NOUNS = {"government", "country", "nation", "state"}
# Plural nouns of "both leaders", "both major politicians": the persons named as the pair, beside their states.
PERSON_SIDE_NOUNS = {"president", "leader", "politician", "minister", "negotiator"}
# Sectors of the bodies and officials that act for their state (a rebel group of the country does not).
STATE_SIDE_SECTORS = {"GOV", "MIL", "COP", "JUD"}
# Participles by which a party puts its weight behind a proposal of its own making, and the nouns of proposals.
AUTHORING_PARTICIPLES = {"backed", "sponsored", "supported"}
PROPOSAL_NOUNS = {"proposal", "plan", "initiative", "resolution", "draft", "roadmap", "offer", "framework"}
# Participles after a hyphen that make the word before it a backer ("Saudi-backed").
BACKING_PARTICIPLES = {"backed", "allied", "sponsored", "supported", "aligned", "funded", "armed", "brokered",
                       "mediated", "affiliated",
                       # "The Al-Qaeda-linked Al-Shabab fighters attacked the convoy" (AP via Arab News, Somalia 2017)
                       "linked", "inspired", "associated"}


class SideResolution:
    """The sides half of the party resolver."""

    def side_state(self, actor_id: str) -> str | None:
        """The state whose side an actor is on: a state itself, its government bodies, forces and
        officials; a rebel group, an opposition party or an aid group of the same country is a side
        of its own (None), and so is an armed group that governs ("Afghan government and Taliban
        negotiators met")."""
        a = self.table.get(actor_id) or self.collectives.pending.get(actor_id)
        if a is None or a.type == "group" or (a.type != "state" and a.sector not in STATE_SIDE_SECTORS
                                              and not (a.type == "person" and a.sector is None)):
            return None
        return self.table.state_of(actor_id) or (a.id if a.type == "state" else None)

    def same_side(self, a: str, b: str) -> bool:
        """Whether two actors stand for one party: a state and its officials, or an organization
        and the person named with it ("U.N. Secretary General António Guterres")."""
        if a == b:
            return True
        sa, sb = self.side_state(a), self.side_state(b)
        if sa is not None and sa == sb:
            return True
        # an organization named just before a person, as their title ("U.N. Secretary General António Guterres")
        org, person = (a, b) if self.actor_type(a) == "organization" else (b, a)
        if self.actor_type(org) != "organization" or self.actor_type(person) != "person":
            return False
        return any(0 <= y.start - x.end <= 3 and not {",", "and"} & {t.lower_ for t in self.doc[x.end:y.start]}
                   for x in self.table.mentions if x.actor_id == org
                   for y in self.table.mentions if y.actor_id == person)

    # -- "the two sides" ------------------------------------------------------------------------
    def is_sides(self, token: Token) -> bool:
        """Whether a word refers to the parties of the conflict ("the two sides", "both parties",
        "each side")."""
        if token.lemma_.lower() not in self.sides:
            return False
        if not token.tag_.endswith("S"):
            # "Each side blamed the other"
            return any(c.lower_ == "each" for c in token.children)
        if any(c.dep_ in ("amod", "compound", "poss", "nmod") and self.actor_at(c) for c in token.children):
            return False  # "The Sudanese delegations in Jeddah": the party the words name, not the document's main ones
        return any(c.lower_ in ("both", "two", "warring", "the", "all") for c in token.children)

    def sides_at(self, token: Token) -> list[str]:
        """The parties "the two sides" at ``token`` stands for: the nearest pair named together
        before it within two sentences ("talks between Russia and Ukraine ... the two sides"), else
        the main parties of the document (a mediator named alone does not count). A pair with
        neither of the document's main parties is no pair of sides: "attended by the U.S. and Chinese
        ambassadors ... both sides agreeing" are the mediators."""
        earliest = self._sentence_start(token, back=2)
        main = set(self.main_parties(exclude=[], n=SIDES_MAIN))
        # "both governments", "the two countries": states, not the armed groups named beside them
        states_only = token.lemma_.lower() in STATE_SIDE_NOUNS
        persons = token.lemma_.lower() in PERSON_SIDE_NOUNS
        fallback: list[str] = []
        for t in reversed(self.doc[earliest:token.i]):
            if t.dep_ == "conj" or t.pos_ not in NOUN_POS or not any(c.dep_ == "conj" for c in t.children):
                continue
            ids: list[str] = []
            for g in [t, *t.conjuncts]:
                actor_id = next((a for x in self.conjunct_tokens(g) if (a := self.actor_at(x))), None) \
                    or body_side(self, g)
                if actor_id and self.side_state(actor_id) not in {self.side_state(i) or i for i in ids}:
                    ids.append(actor_id if persons and self.actor_type(actor_id) == "person"
                               else self.side_state(actor_id) or actor_id)
            if states_only and any(self.side_state(i) is None for i in ids):
                continue
            if len(ids) >= 2 and (not main or main & {self.side_state(i) or i for i in ids}) and not titles_of_one(self, t):
                if persons and not all(self.actor_type(i) == "person" for i in ids):
                    # "both President Vucic and Prime Minister Kurti ... Serbia-Kosovo relations ... both major
                    # politicians": the pair of persons, not the nearer pair of states
                    fallback = fallback or [self.side_state(i) or i for i in ids]
                    continue
                return ids
        if fallback:
            return fallback
        if states_only:
            states = [a for a in self.main_parties(exclude=[], n=SIDES_MAIN + 2) if self.side_state(a) is not None]
            if len(states) >= 2:
                return states[:2]
        return self.main_parties(exclude=[])

    def mediator_ids(self) -> set[str]:
        """The document's mediators (:mod:`.event_mediators`)."""
        self.main_parties(exclude=[])
        return self._mediators or set()

    def main_parties(self, exclude: list[str], n: int = 2) -> list[str]:
        """The ``n`` states or groups the document mentions most, other than ``exclude`` and, unless
        one of them is named most, its mediators (:mod:`.event_mediators`); a country the document
        names only as a place counts as its state."""
        if self._mediators is None:
            self._mediators = set()  # reading the mediators may ask for the main parties
            self._mediators = mediators(self)
        if self._ranked is None:
            self._ranked = self._rank_parties()
        excluded_states = {self.table.state_of(e) for e in exclude}
        ranked = [k for k in self._ranked if k not in exclude]
        sides = [k for k in ranked if k not in self._mediators]
        top = self._counts.get(ranked[0], 0) if ranked else 0
        if ranked and (ranked[0] not in self._mediators
                       or (len(sides) >= n and all(self._counts.get(k, 0) * SIDE_SHARE >= top for k in sides[:n]))):
            # "China negotiates ceasefire in Myanmar": a report built around its mediator is no
            # report of the sides' own acts, and names them too seldom to rank them; but where the
            # report names the sides as well ("Qatar has been hosting talks between the two sides
            # ... both sides continue to accuse each other"), the mediator is none of them
            ranked = sides
        return [k for k in ranked if k not in excluded_states][:n]

    def _rank_parties(self) -> list[str]:
        """The states and groups of the document, most mentioned first; a country the document
        names only as a place counts as its state, unless it only says where something happens."""
        counts: dict[str, int] = {}
        venue = self.venues()  # "will meet this week in Barbados": no party
        for m in self.table.mentions:
            a = self.table.get(m.actor_id)
            if a is None or self._dateline(m.start, m.end) or backer(self.doc[m.end - 1]):
                continue  # "Rwanda-backed M23 rebels": a backer is no side of the conflict
            if a.type in ("state", "group") or (a.type == "location" and self.stateless_country(a.id)
                                                and a.id not in venue):
                counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
        self._counts = counts
        return sorted(counts, key=lambda k: -counts[k])


def backer(token: Token) -> bool:
    """Whether a word names a backer of what is acted upon, not a target: "a Saudi-backed
    government", "the Iranian-allied Houthi militia", "The Houthis, who are backed by Iran". Who backs
    a proposal is its author, a party to it: "rejected a ceasefire proposal backed by the United States"."""
    word = token
    while word.dep_ == "compound" and word.head.i != word.i and word.head.lower_ not in BACKING_PARTICIPLES:
        word = word.head  # "Al-Qaeda-linked": "Al" is part of the name before the participle
    if word.head.lower_ in BACKING_PARTICIPLES and word.i < word.head.i \
            and word.dep_ in ("npadvmod", "amod", "compound", "nmod"):
        return not _authored(word.head)
    cur = token
    while cur.dep_ in ("conj", "compound", "amod") and cur.head.i != cur.i:
        cur = cur.head  # "backed by Russia and Iran", "supported by neighbouring Rwanda"
    agent = cur.head
    return cur.dep_ == "pobj" and agent.dep_ == "agent" and agent.head.lower_ in BACKING_PARTICIPLES \
        and agent.head.dep_ in ("acl", "relcl", "advcl") and not _authored(agent.head)


def _authored(participle: Token) -> bool:
    """Whether a backing participle describes a proposal its backer puts forward ("a proposal backed by
    the United States", "a US-backed plan"), not a party or a deal others made ("US-brokered truce")."""
    noun = participle.head
    while noun.dep_ in ("amod", "compound", "npadvmod") and noun.head.i != noun.i and noun.pos_ not in NOUN_POS:
        noun = noun.head
    return participle.lower_ in AUTHORING_PARTICIPLES and noun.lemma_.lower() in PROPOSAL_NOUNS
