"""Stances shown by deeds: a stance praised in someone, and a body for the peace set up.

1. Praise for a stance held: "thanked Turkey for supporting its territorial integrity", "appreciates Thailand for
   upholding the one-China principle": the one thanked or praised holds the stance the gerund states (a cue verb's
   stance, or support for what is upheld, observed or respected). Praise for a service ("for hosting the talks", "for
   facilitating the ceasefire") states none; praise for a deal made is read in :mod:`parley.pipeline.verb_issues`.
2. A body set up for the peace: "UNSMIL and the Presidential Council have formed a truce committee", "Turkey's parliament
   launched a commission to oversee the disarmament", "launched a direct phone line": who sets it up supports it
   (``formation_verbs``, ``formed_bodies``). Only a deed done by a named subject: a body "set up following the signing"
   or "to be formed" by no one named, a formation planned ("is set to form", "agreed to form", read as willingness
   where a cue says so), denied, told in a relative clause or dated a week or more before publication is no stance.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.pipeline.deed_dates import dated_before
from parley.pipeline.holders import HolderResolver
from parley.pipeline.stance_cues import StanceCues
from parley.pipeline.stance_grammar import FoundStance, is_background, is_negated
from parley.pipeline.verb_issues import VerbIssueReader

# A deed told as done: past, present perfect or present ("have formed", "launched", "launches").
DONE_TAGS = {"VBD", "VBZ", "VBP"}


class DeedReader:
    """Reads the stances that deeds show in one document (steps 1-2 of the module docstring)."""

    def __init__(self, doc: Doc, cues: StanceCues, holders: HolderResolver, verbs: VerbIssueReader) -> None:
        self.doc = doc
        self.cues = cues
        self.holders = holders
        self.verbs = verbs

    def found_at(self, tok: Token) -> list[FoundStance]:
        if tok.pos_ != "VERB":
            return []
        return self._praised_stance(tok) + self._formation(tok)

    def _praised_stance(self, gerund: Token) -> list[FoundStance]:
        """Step 1: "thanked Turkey for supporting X": Turkey supports X."""
        if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.head.lower_ not in ("for", "on"):
            return []
        praised = self._praised(gerund.head)
        return self._action_stance(gerund, praised) if praised else []

    def _action_stance(self, verb: Token, holders: tuple[str, ...]) -> list[FoundStance]:
        """The stance a cue verb states, or support for what is upheld or observed (``pledge_verbs``), held by
        ``holders``: the parser gives the gerund no subject of its own."""
        for key, part in self.verbs.grammar.phrasal_keys(verb):
            stance = self.cues.verbs.get(key) or ("support" if key in self.cues.pledge_verbs else None)
            if stance is None:
                continue
            issue = self.verbs.issue(verb, part, key in self.cues.actor_issue_cues)
            if issue is None or self.holders.is_actor_phrase(issue):
                return []
            return [FoundStance(holders, stance, issue, is_negated(verb))]
        return []

    def _praised(self, prep: Token) -> tuple[str, ...]:
        """The actors a "for" phrase praises: the object of "thank", "appreciate", "commend" ... ("thanked visiting
        NATO Secretary-General Jens Stoltenberg for": the parser may hang the phrase on the participle or the object)."""
        host = prep.head
        for verb in (host, host.head, host.head.head):
            if verb.pos_ == "VERB" and verb.lemma_.lower() in self.cues.praising_verbs:
                obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
                if obj is None and host.dep_ == "xcomp":
                    obj = next((c for c in host.children if c.dep_ == "dobj"), None)
                return self.holders.actors_of(obj) if obj is not None and self.holders.is_actor_phrase(obj) else ()
        return ()

    def _formation(self, verb: Token) -> list[FoundStance]:
        """Step 2: "have formed a truce committee to maintain a ceasefire": the subject supports the committee. One
        stance: what the committee is for is part of it (the dev gold names the committee, with its purpose as a longer
        wording), so the purpose is not read as a second stance (``StanceReader._purpose_cue``)."""
        body = self.formed_body(verb)
        holders = self.holders.subject_actors(verb) if body is not None else ()
        return [FoundStance(holders, "support", body, False)] if body is not None and holders else []

    def formed_body(self, verb: Token) -> Token | None:
        """The body for the peace a verb tells a named subject set up ("launched a commission"), or None."""
        key = self._formation_key(verb)
        if key is None or not self._done(verb) or is_negated(verb) or is_background(verb) or dated_before(verb):
            return None
        return next((c for c in verb.children if c.dep_ == "dobj" and self._is_body(c)), None)

    def _formation_key(self, verb: Token) -> str | None:
        lemma = verb.lemma_.lower()
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        for key in (*(f"{lemma} {p}" for p in particles), lemma):
            if key in self.cues.formation_verbs:
                return key
        return None

    @staticmethod
    def _done(verb: Token) -> bool:
        """Told as done by its subject: "launched", "has established", not "to form", "will set up", "was formed"."""
        if any(c.dep_ in ("auxpass", "nsubjpass") or (c.dep_ == "aux" and c.lower_ in ("will", "would", "to", "shall", "could",
                                                                                      "may", "might", "can"))
               for c in verb.children):
            return False
        if verb.dep_ in ("xcomp", "acl", "relcl", "amod", "pcomp"):
            return False
        return verb.tag_ in DONE_TAGS or (verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))

    def _is_body(self, noun: Token) -> bool:
        """A body for the peace: "committee", "hotline", "joint working group", "direct phone line"."""
        lemma = noun.lemma_.lower()
        if lemma in self.cues.formed_bodies:
            return True
        return any(f"{c.lower_} {lemma}" in self.cues.formed_bodies for c in noun.children
                   if c.dep_ in ("compound", "amod"))
