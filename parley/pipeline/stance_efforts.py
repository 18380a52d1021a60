"""Stances stated by effort: what a party says it works for, it supports.

- "we are doing everything to extract all our people", "we will do everything we can to get Evan home", "doing our
  utmost to secure their release": what everything is done for (``effort_objects``).
- "we continue to work hard to secure the release of ...", "we continue to try to achieve genuine peace", "we strive
  to": what the work is for (``effort_verbs``; ``light_effort_verbs`` only with an intensity, ``effort_adverbs``, or
  persistence, ``until_verbs``: a bare "we will work with partners to ..." is a plan of work).
- "we're working around the clock to secure ..." (``effort_phrases``), "it is continuing to work on an agreement to free
  the hostages" (the deal worked on, ``agreement_nouns``), "we will continue to work to see if there is a possibility for
  a nationwide ceasefire" (what the chance is for, ``probing_verbs``, ``chance_nouns``).
- "Armenia will continue to defend the Karabakh Armenians' right to ...", "undertakes to defend the right of the
  Saharawi people to ...": what a party sets out to defend, it supports (``guard_verbs``).
- "Baku will not be in a rush to sign the peace deal": eager to do it, denied (``haste_nouns``).
- "tremendous efforts are being made to secure the release of all our captives", "will make every effort to reach
  a deal": efforts made in a speaker's words are the speaker's (``effort_nouns``).

The holder is the speaker's side: a "we" or "I" subject (the speaker, or the body they speak for), or the quote's
speaker when the effort has no subject ("efforts are being made"), or a subject of the speaker's own side ("Panetta said the
U.S. is working ..."); an effort told of a third party ("the army is doing
everything to ...") is a report of its conduct, not a stance it states. An effort told in the past ("tried to storm the city", "had done everything to") is a deed,
not a stance; a negated one ("we are not doing everything") states none; a purpose that is a cue verb of its own
("work to support X") is read by its cue. The words are in ``resources/stance_cues.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from parley.pipeline.issue_phrases import infinitival
from parley.pipeline.stance_grammar import (
    FIRST_PERSON_SUBJECTS,
    DocumentReader,
    FoundStance,
    is_background,
    is_negated,
)

# Auxiliaries that put an effort in the past: "had done everything", "did everything", "was doing everything".
PAST_AUXILIARIES = {"had", "did", "was", "were"}
# Clauses that carry a purpose: "work hard to secure" (advcl), "try to achieve" (xcomp), "everything to extract"
# (relcl on "everything"), "efforts to secure" (acl on the noun).
PURPOSE_DEPS = ("advcl", "xcomp", "relcl", "acl")
FUTURE = {"will", "shall", "'ll"}


class EffortReader(DocumentReader):
    """Reads the stances that efforts state in one document."""

    def found_at(self, tok: Token) -> list[FoundStance]:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.haste_nouns:
            return self._haste(tok)
        if tok.pos_ != "VERB":
            return []
        lemma = tok.lemma_.lower()
        if lemma in self.cues.guard_verbs:
            return self._guarded(tok)
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if lemma in self.cues.effort_verbs:
            places = [tok]
        elif lemma in self.cues.light_effort_verbs and self._worked_on(tok) is not None:
            places = []  # "it is continuing to work on an agreement to free many hostages": the deal worked on
        elif lemma in self.cues.light_effort_verbs and self._insisted(tok):
            places = [tok]  # "we continue to work hard to secure", "we continue to try to achieve"
        elif lemma == "do" and any(o.lower_ in self.cues.effort_objects for o in objects):
            places = [tok, *objects]  # "doing everything to extract": the parser hangs the purpose on "everything"
        elif lemma == "make" and any(o.lemma_.lower() in self.cues.effort_nouns for o in objects):
            places = [tok, *objects]  # "efforts are being made to secure", "make every effort to reach"
        else:
            return []
        if is_negated(tok) or self._past(tok) or is_background(tok) or tok.dep_ in ("relcl", "acl", "advcl", "pcomp"):
            return []
        purposes = [c for p in places for c in p.children if c.dep_ in PURPOSE_DEPS and c.tag_ == "VB"
                    and infinitival(c) and c.lemma_.lower() not in self.cues.verbs
                    and c.lemma_.lower() not in self.cues.effort_verbs]
        purposes = [self._looked_for(p) for p in purposes]
        worked_on = self._worked_on(tok)
        if worked_on is not None:
            purposes = [worked_on]
        if not purposes:
            return []
        subj = self._subject(tok)
        if subj is not None and subj.lower_ not in FIRST_PERSON_SUBJECTS and not self._own_side(tok):
            return []  # "the army is doing everything to ...": told of another, a report of their conduct
        if subj is not None:
            holders = self.holders.subject_actors(tok)
        else:
            speaker = self.holders.speaker(tok, quoted_only=True)  # "efforts are being made": the speaker's own
            holders = (speaker,) if speaker is not None else ()
        return [FoundStance(holders, "support", purpose, False) for purpose in purposes] if holders else []

    def _haste(self, noun: Token) -> list[FoundStance]:
        """"Baku will not be in a rush to sign the peace deal", "is in no hurry to": eager (willing) for what it
        would hurry to do; denied, a refusal for now."""
        prep = noun.head
        be = prep.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or be.lemma_ != "be" or self._past(be):
            return []
        action = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and infinitival(c)), None)
        holders = self.holders.subject_actors(be) if action is not None else ()
        denied = is_negated(be) or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        return [FoundStance(holders, "willing", action, denied)] if holders else []

    def _guarded(self, verb: Token) -> list[FoundStance]:
        """"Armenia will continue to defend the Karabakh Armenians' right to ...", "undertakes to defend the right of the
        Saharawi people to ...": what a party sets out to defend or protect as its own course, it supports."""
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children)
        course = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.cues.until_verbs | self.cues.resolve_verbs \
            | {"undertake", "commit"}
        # "defend the Karabakh Armenians' right": the parser may split the possessor off as an object of its own.
        obj = next((c for c in verb.children if c.dep_ == "dobj" and not self.holders.is_actor_phrase(c)), None)
        if verb.tag_ != "VB" or not (future or course) or obj is None or is_negated(verb) or self._past(verb) \
                or obj.pos_ == "PRON":
            return []
        holders = self.holders.subject_actors(verb)
        return [FoundStance(holders, "support", obj, False)] if holders else []

    def _insisted(self, verb: Token) -> bool:
        """"work hard", "work tirelessly", "continue to try": an effort said with its intensity or persistence; a bare
        "we will work with partners to ..." or "we try to" is a plan of work, no stance."""
        return any(c.dep_ == "advmod" and c.lower_ in self.cues.effort_adverbs for c in verb.children) or any(
            " ".join(t.lower_ for t in c.subtree) in self.cues.effort_phrases for c in verb.children
            if c.dep_ in ("prep", "npadvmod", "advmod")) or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.cues.until_verbs)

    def _worked_on(self, verb: Token) -> Token | None:
        """"work on an agreement", "working on a deal": the deal (``agreement_nouns``) the work is on."""
        return next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children
                     if o.dep_ == "pobj" and o.lemma_.lower() in self.cues.agreement_nouns), None)

    def _looked_for(self, purpose: Token) -> Token:
        """"work to see if there is a possibility for a nationwide ceasefire": what a chance is sought for
        (``chance_nouns``); any other purpose is itself."""
        if purpose.lemma_.lower() not in self.cues.probing_verbs:
            return purpose
        found = next((o for c in purpose.children if c.dep_ == "ccomp" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
            for a in c.children if a.dep_ == "attr" and a.lemma_.lower() in self.cues.chance_nouns
            for p in a.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
            for o in p.children if o.dep_ == "pobj"), None)
        return found if found is not None else purpose

    def _own_side(self, verb: Token) -> bool:
        """The effort of the speaker's own side, told by its speaker: "Panetta said the U.S. is 'working around the clock
        to ensure ...'", "the US government says it is continuing to work ...": the side's own stance."""
        top = list(_chain(verb))[-1]
        if top.dep_ != "ccomp" or top.head.lemma_.lower() not in self.cues.speech_verbs:
            return False
        speakers = {self.holders.state_for(a) for a in self.holders.subject_actors(top.head)}
        subjects = {self.holders.state_for(a) for a in self.holders.subject_actors(verb)}
        return bool(subjects) and subjects <= speakers

    @staticmethod
    def _subject(verb: Token) -> Token | None:
        """The subject of the effort, through the verbs it hangs from: "we continue to try to achieve"."""
        return next((c for t in _chain(verb) for c in t.children if c.dep_ == "nsubj"), None)

    @staticmethod
    def _past(verb: Token) -> bool:
        """The effort is told as done: "tried to", "had done everything", "continued to try"."""
        return any(t.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUXILIARIES
                                          for c in t.children) for t in _chain(verb))


def _chain(verb: Token) -> Iterator[Token]:
    """The verb and up to three verbs it hangs from as an infinitive or a conjunct ("continue to try to")."""
    tok = verb
    for _ in range(4):
        yield tok
        if tok.dep_ not in ("xcomp", "conj") or tok.head is tok:
            return
        tok = tok.head
