"""The parties to an agreement, and what they thereby support.

A signed text is a stance of everyone who signed it: "a prisoner exchange deal struck between the
Israeli government and Hamas", "the signing of the Agreement ... between the Government of Ethiopia
and the TPLF", "Israel and Hamas reached a deal". What the text "includes", "outlines" or "commits
to" ("The agreement signed included a commitment to respecting territorial integrity") is supported
by the parties of the agreement named last. The words are in ``resources/stance_cues.yaml``
(``agreement_nouns``, ``sealing_verbs``, ``content_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from parley.pipeline.deed_dates import dated_before, named_by_year
from parley.pipeline.holders import HolderResolver
from parley.pipeline.stance_cues import StanceCues

# Nouns through which a text states its content: "provisions on X", "a commitment to X".
CONTENT_NOUNS = {"provision", "provisions", "commitment", "commitments", "clause", "pledge", "obligation"}
# "the signing of the agreement", "the conclusion of a deal": the agreement is sealed.
# "a deal aimed at ending the war", "designed to", "meant to": the purpose of the text.
AIM_VERBS = {"aim", "design", "mean", "intend"}
SEALING_NOUNS = {"signing", "conclusion", "signature", "ratification", "initialing", "initialling"}
# "When we reach an understanding with one group, we don't agree with the other": a sealing supposed or told as what
# happens each time, no agreement sealed.
SUPPOSING_MARKS = {"when", "whenever", "if", "unless", "once", "until"}


def bare(tok: Token) -> Span:
    """A noun phrase without the phrases conjoined to it: "X" of "X, Y and Z"."""
    cut = [c.left_edge.i for c in tok.children if c.dep_ in ("conj", "cc") and c.i > tok.i]
    cut += [c.i for c in tok.children if c.is_punct and c.i > tok.i and c.text in (",", ";")]
    end = min(cut) if cut else tok.right_edge.i + 1
    return tok.doc[tok.left_edge.i:end]


class AgreementReader:
    """Finds the parties of the agreements of one document, sentence by sentence, in order."""

    def __init__(self, doc: Doc, cues: StanceCues, holders: HolderResolver) -> None:
        self.doc = doc
        self.cues = cues
        self.holders = holders
        self.last: tuple[str, ...] = ()  # the parties of the agreement named last

    def parties(self, sent: Span) -> list[tuple[tuple[str, ...], Token | Span]]:
        """(parties, issue) of every agreement sealed, or content stated, in this sentence."""
        out: list[tuple[tuple[str, ...], Token | Span]] = []
        for tok in sent:
            if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in self.cues.agreement_nouns:
                parties = self._sealed(tok)
                if parties:
                    self.last = parties  # what "the agreement includes" later is still theirs
                    if self._long_ago(tok):
                        continue  # "The Declaration of Principles signed by both sides on July 19", told in August
                    # "X signed the agreement" is a stance cue of its own (stance_cues.yaml verbs).
                    if not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.cues.verbs):
                        # "the Agreement for Lasting Peace", taken for a name: the words as written.
                        out.append((parties, tok if self.holders.table.at(tok) is None else bare(tok)))
                    out.extend((parties, aim) for aim in self._aims(tok))
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in self.cues.content_verbs:
                out.extend(self._content(tok))
        return out

    def _long_ago(self, noun: Token) -> bool:
        """The agreement is told as signed a week or more before publication (``dated_deed_keys``), or named by an
        earlier year ("the 2015 agreement"): background."""
        verb = noun.head if noun.dep_ == "dobj" else next(
            (c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None)
        return named_by_year(noun) or (
            verb is not None and verb.lemma_.lower() in self.cues.dated_deed_keys and dated_before(verb))

    @staticmethod
    def _aims(noun: Token) -> list[Token]:
        """"a deal aimed at ending the war", "a pact designed to restore order": what the parties seek."""
        out: list[Token] = []
        for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in AIM_VERBS):
            for c in acl.children:
                if c.dep_ == "prep" and c.lower_ in ("at", "towards", "toward"):
                    out.extend(o for o in c.children if o.dep_ in ("pcomp", "pobj"))
                elif c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB":
                    out.append(c)
        return out

    def _sealed(self, noun: Token) -> tuple[str, ...]:
        """The parties of an agreement this noun names as sealed, or () when it is not (yet) theirs."""
        head = noun.head
        sealed_by: tuple[str, ...] = ()
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SEALING_NOUNS:
            # "the signing of a treaty ... is simply impossible": a signing talked about, not done.
            signing = head.head
            sealed = not (signing.dep_ == "nsubj" and any(c.dep_ == "acomp" for c in signing.head.children))
        elif noun.dep_ == "dobj" and head.lemma_.lower() in self.cues.sealing_verbs:
            if self._negated(head):
                return ()  # "failed to reach a deal"
            if any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in head.children):
                return ()  # "wants Russia and Ukraine to reach a deal", "could sign a deal": not (yet) sealed
            if head.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in SUPPOSING_MARKS
                                            for c in head.children):
                return ()  # "when we reach an understanding with one group"
            sealed, sealed_by = True, self.holders.subject_actors(head)
        else:
            sealer = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                           and c.lemma_.lower() in self.cues.sealing_verbs), None)
            sealed = sealer is not None
            if sealer is not None:
                agent = next((c for c in sealer.children if c.dep_ == "agent"), None)
                obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                sealed_by = self.holders.actors_of(obj) if obj is not None else ()
        if not sealed:
            return ()
        # "the signing of X between A and B": the parties may hang from the signing.
        between = self._between(noun) or (self._between(head.head) if head.lower_ == "of" else ()) \
            or self._between_later(noun)
        return tuple(dict.fromkeys((*sealed_by, *between)))

    def _between(self, tok: Token) -> tuple[str, ...]:
        """"between X and Y" anywhere in the phrase ("a deal struck between X and Y"): both actors."""
        for prep in tok.subtree:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                actors = self.holders.actors_of(obj) if obj is not None else ()
                if len(actors) >= 2:
                    return actors
        return ()

    def _between_later(self, noun: Token) -> tuple[str, ...]:
        """"welcomes the signing of the Agreement for Lasting Peace through a Permanent Cessation of
        Hostilities between X and Y": a "between" phrase the parser hung further up, in the same clause."""
        clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            return ()
        for prep in (t for t in noun.sent if t.i > noun.i and t.dep_ == "prep" and t.lower_ == "between"):
            if next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None) != clause:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            actors = self.holders.actors_of(obj) if obj is not None else ()
            if len(actors) >= 2:
                return actors
        return ()

    def _content(self, verb: Token) -> list[tuple[tuple[str, ...], Token | Span]]:
        """"The Agreement includes provisions on X": the parties of the agreement support X."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in self.cues.agreement_nouns or self._negated(verb):
            return []
        parties = self._sealed(subj) or self.last
        if not parties:
            return []
        out: list[tuple[tuple[str, ...], Token | Span]] = []
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if self.holders.is_actor_phrase(obj):
                # "The deal obliged Russia to withdraw its troops": the party bound; what it must do is the content.
                task = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
                out.extend([(parties, task)] if task is not None else [])
                continue
            for item in (obj, *obj.conjuncts):
                inner = self._through_content_noun(item)
                # A list of provisions: each item on its own, one issue again in positions (joint_issues).
                out.extend((parties, bare(t)) for t in (inner, *(c for c in inner.conjuncts if c.i > inner.i)))
        return out

    @staticmethod
    def _through_content_noun(tok: Token) -> Token:
        """"provisions on X", "a commitment to X": X."""
        if tok.lemma_.lower() not in CONTENT_NOUNS and tok.lower_ not in CONTENT_NOUNS:
            return tok
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "to", "for", "regarding", "concerning"):
                obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    return obj
        return tok

    @staticmethod
    def _negated(verb: Token) -> bool:
        return any(c.dep_ == "neg" for c in verb.children) or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("fail", "refuse", "decline"))
