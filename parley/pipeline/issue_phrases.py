"""Step 3 of the positions stage: name the issue a stance is about.

The phrase under a stance cue is named with the issue vocabulary (:mod:`parley.pipeline.issues`):
its core words ("the neutral status of Ukraine" -> neutral status), through light heads ("the
establishment of a humanitarian corridor" -> humanitarian corridor) and process verbs ("negotiate a
neutral status"); an action or an unknown issue is kept as written, without determiners, comments
and trailing clauses.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley.pipeline.holders import HolderResolver
from parley.pipeline.issues import IssueVocabulary
from parley.pipeline.stance_cues import StanceCues

NOUN_POS = {"NOUN", "PROPN", "PRON", "NUM"}
# Where a phrase stops being the issue: clauses that comment on it, not name it.
CUT_DEPS = {"relcl", "advcl", "appos", "parataxis", "punct", "mark", "acl"}
MAX_ISSUE_TOKENS = 12
# Nouns that only announce their "of" phrase: "the issue of garrisoning", "the question of Jerusalem".
TOPIC_NOUNS = {"issue", "question", "matter", "subject"}


def infinitival(clause: Token) -> bool:
    """"(wants) to see", "(urges them) to continue", "(demanded that Russia) withdraw", "(demand
    that Western countries) halt", "(insisted that the talks) must include"."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    if clause.tag_ == "VB" or any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children):
        return True
    if clause.tag_ == "VBG" and clause.dep_ in ("xcomp", "ccomp", "pcomp"):
        return True  # "denies supporting M23", "proposed holding talks"
    # A "that" clause is what is demanded or agreed; a bare one ("said it was ready") is reported speech.
    return clause.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


class IssueNamer:
    """Names the issue phrases of one document."""

    def __init__(self, vocabulary: IssueVocabulary, cues: StanceCues, holders: HolderResolver) -> None:
        self.vocabulary = vocabulary
        self.cues = cues
        self.holders = holders

    def issue(self, root: Token | Span, actor_issue: bool = False) -> tuple[str, str] | None:
        """The normalized issue and the words as written, or None when the phrase names no issue; with
        ``actor_issue`` an actor ("stands with Israel") is an issue too."""
        if isinstance(root, Span):
            return self._span_issue(root)
        if actor_issue and root.pos_ in ("PROPN", "NOUN") and self.holders.is_actor_phrase(root):
            written = self._written(root)
            return (written, written) if written else None
        if root.lower_ in self.cues.ellipsis_words and root.pos_ in ("ADJ", "ADV", "PRON", "NOUN"):
            return root.lower_, root.text
        if root.lemma_.lower() in self.cues.nouns and all(c.dep_ in ("det", "poss", "punct") for c in root.children):
            return None  # "pledges his support": a bare stance word names no issue
        if root.lemma_.lower() in self.cues.vague_nouns and not any(
                c.dep_ in ("prep", "compound", "amod", "acl", "relcl") for c in root.children):
            return None  # "signed the text"
        if root.pos_ in ("VERB", "AUX"):
            if root.lemma_.lower() in self.cues.empty_actions and not any(c.dep_ == "prt" for c in root.children):
                return None  # "declined to comment"
            obj = next((c for c in root.children if c.dep_ == "dobj"), None)
            xcomp = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if obj is None and xcomp is not None and root.lemma_.lower() in self.cues.process_verbs:
                return self.issue(xcomp)  # "continue working together on the peace process"
            if obj is None and root.lemma_.lower() in self.cues.process_verbs:
                # "engage in a prisoner exchange", "abide by the ceasefire", "work towards a truce"
                prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("in", "by", "towards", "toward", "to", "on")), None)
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if root.lemma_.lower() in self.cues.process_verbs and obj is not None and not self.holders.is_actor_phrase(obj):
                root = obj
            else:
                # An action ("mediate between the two sides") is kept as written; "see X as Y" is X as Y.
                light = root.lemma_.lower() in self.cues.light_verbs and obj is not None
                text = self._written(obj) if light and obj is not None else self._written(root)
                if not text:
                    return None
                # ... unless the vocabulary knows the action: "exchange 15,000 prisoners", "withdraw troops"
                return (self._action_name(root) or text), text
        if root.pos_ not in NOUN_POS or self.holders.is_actor_phrase(root):
            return None
        written = self._written(root)
        if not written:
            return None
        names = []
        for conjunct in (root, *(c for c in root.conjuncts if c.pos_ in ("NOUN", "PROPN") and c.i > root.i)):
            tokens = self._core(conjunct)
            head = self._semantic_head(conjunct)
            transparent = head.lemma_.lower() in self.cues.light_nouns | self.cues.agreement_nouns
            name = self.vocabulary.name(tokens, None if transparent else head)
            if name is None and head.lemma_.lower() in self.cues.agreement_nouns:
                # "a deal to exchange some 15,000 prisoners", "signed a deal ... to join the state
                # institutions": the deal is about what it does
                bare_noun = all(c.dep_ in ("det", "amod", "poss") for c in head.children)
                purpose = [*head.children, *(head.head.children if head.dep_ == "dobj" and bare_noun else ())]
                clause = next((c for c in purpose if c.dep_ in ("acl", "relcl", "advcl", "xcomp")
                               and c.i > head.i and infinitival(c)), None)
                name = (self._action_name(clause) or self._written(clause)) if clause is not None else None
            names.append(name or self._written(conjunct, conjuncts=False))
        issue = " and ".join(dict.fromkeys(n for n in names if n))
        return (issue, written) if issue else None

    def _span_issue(self, span: Span) -> tuple[str, str] | None:
        """An issue given as words ("the guns to be silenced", "return 1,000 prisoners"): named if the
        vocabulary knows its head, else kept as written."""
        words = [t for t in span if not t.is_quote]
        while words and (words[0].pos_ in ("DET", "PUNCT", "CCONJ") or words[0].tag_ == "PRP$"):
            words.pop(0)
        while words and (words[-1].is_punct or words[-1].pos_ in ("CCONJ", "ADP", "DET")):
            words.pop()
        if not words:
            return None
        written = "".join(t.text_with_ws for t in words[:MAX_ISSUE_TOKENS]).strip()
        root = span.root
        name = self.vocabulary.name(words, None if root.lemma_.lower() in self.cues.light_nouns else root)
        return (name or written), written

    def _action_name(self, verb: Token) -> str | None:
        """The vocabulary's name for an action and its object, when the verb is part of the match."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        tokens = [verb, *(obj.subtree if obj is not None else ())]
        return self.vocabulary.name(sorted(tokens, key=lambda t: t.i), verb)

    def _semantic_head(self, tok: Token) -> Token:
        """"the establishment of a humanitarian corridor" -> corridor: light heads pass on to their object."""
        while tok.lemma_.lower() in self.cues.light_nouns:
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "on", "to", "in")), None)
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep else None
            if obj is None:
                break
            tok = obj
        return tok

    def _core(self, tok: Token) -> list[Token]:
        """The words that name a noun's issue: its modifiers and its "of" phrase (all of a light noun)."""
        if tok.lemma_.lower() in self.cues.light_nouns:
            others = {t.i for c in tok.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            return [t for t in tok.subtree if t.i not in others]
        core = [tok]
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "poss", "nmod") or (c.dep_ == "prep" and c.lower_ in ("of", "in")):
                core.extend(c.subtree)
        return sorted(core, key=lambda t: t.i)

    def _written(self, root: Token, conjuncts: bool = True) -> str:
        """The issue's words as written: its phrase without determiners, comments and trailing clauses."""
        keep: list[Token] = []
        for t in root.subtree:
            path = self._path(t, root)
            if any(a.dep_ in CUT_DEPS and a.tag_ != "HYPH" for a in path):
                continue
            if path and path[-1].dep_ in ("nsubj", "advmod", "npadvmod", "aux", "neg") and root.pos_ in ("VERB", "AUX") \
                    and not (path[-1].dep_ == "aux" and path[-1].lower_ == "to"):
                continue  # "(wants) the groups to reach ...", "significantly decrease": not the issue's words
            if not conjuncts and any(a.dep_ in ("conj", "cc") and a.head == root for a in path):
                continue
            if path and path[-1].dep_ == "amod" and path[-1].i > root.i and root.pos_ in ("NOUN", "PROPN"):
                continue  # "a ceasefire effective from 6 p.m.": a comment on the issue, not its name
            if root.lemma_.lower() in TOPIC_NOUNS and (t == root or (path and path[-1].dep_ == "prep")
                                                      and path[-1].lower_ == "of" and t == path[-1]):
                continue  # "the issue of garrisoning": garrisoning
            if t.dep_ == "aux" and t.lower_ == "to" and t.head == root:
                continue
            if any(a.dep_ == "conj" and a.pos_ == "VERB" and a.lemma_.lower() in self.cues.verbs for a in path):
                continue  # "demanding them withdraw ... and urging all parties to ...": a cue of its own
            keep.append(t)
        keep = [t for t in keep if not t.is_quote][:MAX_ISSUE_TOKENS]
        while keep and (keep[0].pos_ in ("DET", "PUNCT", "CCONJ") or keep[0].tag_ == "PRP$"):
            keep.pop(0)
        while keep and (keep[-1].is_punct or keep[-1].pos_ in ("CCONJ", "ADP", "DET", "SCONJ", "PART")):
            keep.pop()
        # Tokens left out in between (a comma, a quote mark) must not glue their neighbours.
        text = "".join(t.text + (t.whitespace_ or (" " if k + 1 < len(keep) and keep[k + 1].i != t.i + 1 else ""))
                       for k, t in enumerate(keep))
        return text.strip()

    @staticmethod
    def _path(tok: Token, root: Token) -> list[Token]:
        """The tokens from ``tok`` up to (not including) ``root``."""
        path = []
        while tok != root and tok.head != tok:
            path.append(tok)
            tok = tok.head
        return path
