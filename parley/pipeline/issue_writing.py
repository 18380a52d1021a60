"""How an issue phrase is written out, for :mod:`parley.pipeline.issue_phrases`.

The words under a stance cue are kept without determiners, comments ("..., which Havana refused"),
purposes ("with a view to ..."), times ("yesterday", "within 24 hours") and trailing clauses, and a
long phrase is cut at a conjunction; words that point elsewhere ("them", "it", "the plan") are
read through what they stand for.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley.pipeline.cues import path_to
from parley.pipeline.holders import HolderResolver
from parley.pipeline.issue_references import (
    antecedent,
    comma_action,
    comments_on_phrase,
    tells_how,
    tells_when,
    told_by_clause,
)
from parley.pipeline.issue_trimming import LIGHT_HEADS, hurried_words, somewhere, trim_phrase
from parley.pipeline.issues import IssueVocabulary
from parley.pipeline.stance_cues import StanceCues

# Where a phrase stops being the issue: clauses that comment on it, not name it.
CUT_DEPS = {"relcl", "advcl", "appos", "parataxis", "punct", "mark", "acl"}
MAX_ISSUE_TOKENS = 12
# A condition the parser took for a content clause: "(willing to discuss) if there are clear foundations".
SUPPOSING = {"if", "unless"}
# "with a view to", "with the aim of": a purpose, not part of the issue's name.
PURPOSE_NOUNS = {"view", "aim", "goal", "purpose", "intention", "objective"}
# Adverbs that are part of what an action is ("meet again"), unlike manner ("significantly decrease").
KEPT_ADVERBS = {"again", "back", "forward", "together", "home"}  # "come back to the negotiating table"
TIME_WORDS = {"yesterday", "today", "tomorrow", "tonight", "now"}
# Adverbs after a noun issue that say when: "ready for a ceasefire now", "ready for dialogue forthwith".
TIMING_ADVERBS = TIME_WORDS | {"forthwith", "immediately", "soon", "quickly", "promptly", "urgently", "still", "already"}
TIME_UNITS = {"minute", "hour", "day", "week", "month", "year"}
TIME_PREPOSITIONS = {"after", "before", "since", "during", "within", "until", "amid", "following"}
# Nouns that only announce their "of" phrase: "the issue of garrisoning", "the question of Jerusalem".
TOPIC_NOUNS = {"issue", "question", "matter", "subject"}


class PhraseWriter:
    """Writes out the phrases of one document's issues; :class:`.issue_phrases.IssueNamer` names them."""

    def __init__(self, vocabulary: IssueVocabulary, cues: StanceCues, holders: HolderResolver) -> None:
        self.vocabulary = vocabulary
        self.cues = cues
        self.holders = holders

    def _referent(self, pronoun: Token) -> Token | None:
        """"it" or "this" as the object of a stance ("accepted it", "honor it"): the nearest text or known issue
        named before in the sentence or the one before it ("a proposed ceasefire agreement")."""
        # "China supports and welcomes this": a bare "this" as the object is the same.
        demonstrative = pronoun.lower_ == "this" and pronoun.dep_ == "dobj" and not list(pronoun.children)
        if (pronoun.lower_ != "it" and not demonstrative) or pronoun.dep_ not in ("dobj", "pobj"):
            return None
        sent = pronoun.sent
        start = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        kinds = self.cues.agreement_nouns | self.cues.light_nouns
        for tok in reversed(pronoun.doc[start:pronoun.i]):
            if tok.pos_ != "NOUN" or tok.dep_ == "compound" or tok.tag_ != "NN":
                continue
            if tok.lemma_.lower() in kinds or self.vocabulary.name(self._core(tok), tok) is not None:
                return tok
        return None

    def _referent_text(self, tok: Token) -> str | None:
        referent = self._referent(tok)
        if referent is None:
            return None
        words = [t for t in referent.subtree if t.i <= referent.i and t.dep_ not in ("det", "poss", "case", "punct")
                 or (t.i <= referent.i and t.tag_ == "HYPH")]
        return "".join(t.text_with_ws for t in words[-4:]).strip() or None

    def _authored(self, prep: Token) -> bool:
        """"(a proposal) from rebel groups", "(an offer) by the government": the author of a stance noun."""
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "by") or prep.head.pos_ != "NOUN" \
                or prep.head.lemma_.lower() not in LIGHT_HEADS | self.cues.nouns.keys():
            return False
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        return obj is not None and self.holders.is_actor_phrase(obj) and not self._place(obj)

    def _alongside(self, word: Token) -> bool:
        """"(sign a joint statement) along with France and Germany": who else takes part."""
        if word.lower_ not in ("along", "alongside", "together") or word.dep_ not in ("prep", "advmod"):
            return False
        objs = [t for t in word.subtree if t.dep_ == "pobj"]
        return bool(objs) and self.holders.is_actor_phrase(objs[0]) and not self._place(objs[0])

    def _place(self, tok: Token) -> bool:
        m = self.holders.table.at(tok)
        actor = self.holders.table.get(m.actor_id) if m is not None else None
        return actor is not None and actor.type == "location"

    def _action_name(self, verb: Token) -> str | None:
        """The vocabulary's name for an action and its object, when the verb is part of the match."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        again = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in KEPT_ADVERBS]
        tokens = [verb, *again, *(obj.subtree if obj is not None else ())]
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

    def _written(self, root: Token, conjuncts: bool = True, within: Span | None = None) -> str:
        """The issue's words as written: its phrase without determiners, comments and trailing clauses
        (and, ``within`` a span, without the words outside it)."""
        keep: list[Token] = []
        hurried = hurried_words(root)
        for t in root.subtree:
            if within is not None and not within.start <= t.i < within.end:
                continue
            if t.i in hurried:
                # "organize as quickly as possible a free referendum": the verb's object, without its comments
                if not t.is_punct and not any(a.dep_ in CUT_DEPS for a in (t, *t.ancestors) if a.i in hurried):
                    keep.append(t)
                continue
            path = path_to(t, root)
            if any(a.dep_ in CUT_DEPS and a.tag_ != "HYPH" and not self._content_clause(a) and not self._which_text(a, root)
                   for a in path):
                continue
            if any(a.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in SUPPOSING for m in a.children) for a in path):
                continue  # "willing to meet and discuss if there are clear foundations": the parser's "discuss whether"
            if any(comments_on_phrase(a, root) for a in path):
                continue  # "extradite them, which Havana refused"
            if path and path[-1].dep_ in ("ccomp", "parataxis") and path[-1].i < root.i and root.pos_ in ("VERB", "AUX"):
                continue  # "Baku's expectations are as follows – Armenia must amend its constitution": a clause before
            if any(a.dep_ == "prep" and a.lower_ == "with" and any(o.lemma_.lower() in PURPOSE_NOUNS for o in a.children)
                   for a in path):
                continue  # "a peace conference with a view to ...": what it is for, not what it is
            if any(a.dep_ in ("npadvmod", "tmod") and (a.ent_type_ in ("DATE", "TIME") or a.lower_ in TIME_WORDS)
                   for a in path) or (path and path[0].dep_ == "compound" and path[0].i < root.i and path[0].ent_type_
                                      in ("DATE", "TIME") and any(a.dep_ == "poss" for a in path[1:])):
                continue  # "end the bloodshed yesterday": when, not what
            if path and path[0].dep_ == "advmod" and path[0].i > root.i and root.pos_ in ("NOUN", "PROPN") \
                    and path[0].lower_ in TIMING_ADVERBS:
                continue  # "ready for a ceasefire now": when, not what
            if any(tells_when(a) or tells_how(a) or told_by_clause(a) for a in path):
                continue  # "stop fighting the moment the army withdraws", "as part of any deal", "from the point where"
            if any(self._authored(a) or self._alongside(a) for a in path):
                continue  # "a ceasefire proposal from rebel groups", "along with France": who, not what
            if path and path[-1].dep_ in ("nsubj", "advmod", "npadvmod", "aux", "neg") and root.pos_ in ("VERB", "AUX") \
                    and not (path[-1].dep_ == "aux" and path[-1].lower_ == "to") \
                    and not (path[-1].dep_ in ("nsubj", "nsubjpass") and path[-1].pos_ == "NOUN"
                             and not self.holders.is_actor_phrase(path[-1])) \
                    and not (path[-1].dep_ == "advmod" and path[-1].lower_ in KEPT_ADVERBS):
                continue  # "(wants) the groups to reach ...", "significantly decrease": not the issue's words; but
                # "wants the meeting to be productive", "if crude oil production does not stop" are about a thing
            if root.pos_ in ("VERB", "AUX") and any(a.dep_ in ("advmod", "npadvmod") and a.head.dep_ == "conj"
                                                    and a.head.head == root and a.head.pos_ == "VERB" for a in path):
                continue  # "will not disarm or demobilise as long as ...": the condition on the second action
            if not conjuncts and any(a.head == root and (a.dep_ in ("conj", "cc") or comma_action(a)) for a in path):
                continue  # "protect the rights of all Afghans, uphold ...": the parser's "dep" for the next action
            if path and path[-1].dep_ == "prep" and root.pos_ in ("VERB", "AUX") and (
                    path[-1].lower_ in TIME_PREPOSITIONS or any(
                        o.dep_ in ("pobj", "pcomp") and (o.ent_type_ in ("DATE", "TIME") or o.lower_ in ("now", "then"))
                        for o in path[-1].children)):
                continue  # "unite Syria after 14 years of conflict", "end the war from now on": when, not what
            if path and path[-1].dep_ == "prep" and path[-1].i > root.i and path[-1].lower_ in ("on", "in", "at") \
                    and root.pos_ in ("NOUN", "PROPN") and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")
                                                              and o.lower_ not in TIME_UNITS for o in path[-1].children):
                continue  # "a ceasefire agreement in eastern Ukraine on Thursday": when, not what
            if path and self._occasion(path[-1], root):
                continue  # "strive for compromise in peace negotiations at a meeting here with Arafat": the occasion
            if path and path[-1].dep_ == "prep" and path[-1].head == root and path[-1].lower_ in ("in", "at", "across") \
                    and somewhere(path[-1]):
                continue  # "a ceasefire in the northern part of the country": where, and no place named
            if path and path[-1].dep_ == "prep" and path[-1].head == root and path[-1].lower_ == "between" \
                    and root.lemma_.lower() in self.cues.agreement_nouns \
                    and any(c.dep_ in ("compound", "amod") for c in root.children) and all(
                        self.holders.is_actor_phrase(o) for o in path[-1].children if o.dep_ == "pobj"):
                continue  # "a ceasefire agreement between the country's warring parties": who, not what (a bare
                # "agreement between X and Y" keeps them: the parties name it)
            if path and path[-1].dep_ == "amod" and path[-1].i > root.i and root.pos_ in ("NOUN", "PROPN"):
                continue  # "a ceasefire effective from 6 p.m.": a comment on the issue, not its name
            if root.lemma_.lower() in TOPIC_NOUNS and (t == root or (path and path[-1].dep_ == "prep")
                                                      and path[-1].lower_ == "of" and t == path[-1]):
                continue  # "the issue of garrisoning": garrisoning
            if t.dep_ == "aux" and t.lower_ == "to" and t.head == root:
                continue
            if any(a.dep_ == "conj" and a.pos_ == "VERB" and a.lemma_.lower() in self.cues.verbs
                   and not (a.tag_ == "VB" and root.tag_ == "VB") for a in path):
                # "demanding them withdraw ... and urging all parties to ...": a cue of its own; but "a
                # proposal to finalize and sign the treaty" is one action.
                continue
            keep.append(t)
        trimmed = trim_phrase([t for t in keep if not t.is_quote], root, self.cues.nouns)
        keep = trimmed[:MAX_ISSUE_TOKENS]
        if len(trimmed) > MAX_ISSUE_TOKENS:
            # Cut at a conjunction, not inside a phrase: "restore Yemen's president and roll back the Iranian"
            # is "restore Yemen's president".
            joint = next((k for k in range(len(keep) - 1, 1, -1) if keep[k].dep_ == "cc"
                          and keep[k].head.pos_ in ("VERB", "AUX")), None)
            if joint is not None:
                keep = keep[:joint]
            else:
                # ... nor inside a prepositional phrase whose noun it would leave out ("continue substantive
                # negotiations on a so-far elusive peace deal": without "on a so-far elusive").
                kept = {t.i for t in keep}
                open_prep = next((k for k in range(len(keep) - 1, 0, -1) if keep[k].dep_ == "prep" and any(
                    o.dep_ in ("pobj", "pcomp") and o.i not in kept for o in keep[k].children)), None)
                if open_prep is not None:
                    keep = keep[:open_prep]
        while len(keep) > 1 and keep[-1].lemma_.lower() in TIME_UNITS and keep[-1].i + 1 < len(keep[-1].doc) \
                and keep[-1].doc[keep[-1].i + 1].lower_ in ("before", "after", "ago", "later", "earlier"):
            keep.pop()  # "changes to the deal hours before the deadline": the parser's compound, a time
        while keep and (keep[0].pos_ in ("DET", "PUNCT", "CCONJ") or keep[0].tag_ == "PRP$" or keep[0].dep_ == "preconj"
                        or (keep[0].lower_ == "only" and keep[0].dep_ == "advmod" and len(keep) > 1)):
            keep.pop(0)  # "(would accept) only a peace agreement": the agreement; "not only change": change
        while keep and (keep[-1].is_punct or keep[-1].pos_ in ("CCONJ", "ADP", "DET", "SCONJ", "PART")
                        or (keep[-1].head.dep_ == "cc" and keep[-1].head.i > keep[-1].i)):
            keep.pop()  # "a ceasefire in principle as well as": the ceasefire
        # Tokens left out in between (a comma, a quote mark) must not glue their neighbours; "them" is
        # written as what it stands for ("extradite them" -> "extradite ELN negotiators").
        text = "".join((antecedent(t) or self._referent_text(t) or t.text) + (t.whitespace_ or (" " if k + 1 < len(keep) and keep[k + 1].i != t.i + 1 else ""))
                       for k, t in enumerate(keep))
        return text.strip()

    def action_words(self, verb: Token) -> str | None:
        """An action as written, with its verb and without the actions conjoined to it ("uphold the peace agreement")."""
        return self._written(verb, conjuncts=False) or None if verb.pos_ in ("VERB", "AUX") else None

    def _which_text(self, clause: Token, root: Token) -> bool:
        """"the ceasefire reached between Armenia and Azerbaijan": a participle right after a text or talks noun that
        names the parties between whom it is says which one it is, and is part of its name ("the agreement signed on
        March 10" only tells when, "the truce declared by the ELN" who made it); so is what an effort is for ("all
        efforts aimed at stopping the crisis", ``purpose_participles`` on ``purpose_nouns``)."""
        if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.head != root or root.pos_ != "NOUN" \
                or clause.i != max(t.i for t in root.subtree if t.i < clause.left_edge.i) + 1:
            return False
        if clause.lemma_.lower() in self.cues.purpose_participles:
            return root.lemma_.lower() in self.cues.purpose_nouns  # "all efforts aimed at stopping the crisis": what for
        if clause.lemma_.lower() in self.cues.basis_participles:
            return True  # "a peace agreement based on UN resolutions": which agreement
        if root.lemma_.lower() not in self.cues.agreement_nouns | self.cues.meeting_nouns | self.cues.deal_nouns:
            return False
        return any(o.dep_ == "pobj" and self.holders.is_actor_phrase(o) for c in clause.children
                   if c.dep_ == "prep" and c.lower_ == "between" for o in c.children)

    def _occasion(self, prep: Token, root: Token) -> bool:
        """"at a meeting" after an action that already has its object or complement: where it was asked, not what."""
        return prep.dep_ == "prep" and prep.head == root and prep.lower_ == "at" and root.pos_ in ("VERB", "AUX") \
            and any(o.dep_ == "pobj" and o.lemma_.lower() in self.cues.gathering_nouns | self.cues.meeting_nouns
                    for o in prep.children) \
            and any(c.dep_ in ("dobj", "prep", "xcomp") and c.i < prep.i for c in root.children)

    def _content_clause(self, clause: Token) -> bool:
        """"his commitment to directly negotiating with the group": the infinitive of a stance noun is what
        it is about, not a comment on it."""
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and (
                (clause.dep_ in ("acl", "relcl") and clause.head.lemma_.lower() in self.cues.instrument_nouns)
                or (clause.dep_ == "advcl" and any(o.dep_ == "dobj" and o.i < clause.i and o.lemma_.lower() in
                                                   self.cues.instrument_nouns for o in clause.head.children))):
            # "called for measures to deter Israel", "take serious steps to restrain incitement" (the parser may hang
            # the infinitive on the verb): what the means are for is part of the issue.
            return True
        if clause.dep_ in ("advcl", "acl") and clause.i > clause.head.i and clause.lemma_.lower() in self.cues.agenda_verbs \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and clause.head.lemma_.lower() in (
                    self.cues.meeting_verbs | self.cues.meeting_nouns | self.cues.gathering_nouns):
            return True  # "agreed to meet in Antalya to discuss a ceasefire", "dialogue to resolve this issue": the agenda
        # "Palestinians' right to live in independence and dignity": what a right is to, is the right.
        return clause.dep_ == "acl" and (clause.head.lemma_.lower() in self.cues.nouns or clause.head.lemma_.lower() in self.cues.right_nouns) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
