"""Step 3 of the positions stage: name the issue a stance is about.

The phrase under a stance cue is named with the issue vocabulary (:mod:`parley.pipeline.issues`):
its core words ("the neutral status of Ukraine" -> neutral status), through light heads ("the
establishment of a humanitarian corridor" -> humanitarian corridor) and process verbs ("negotiate a
neutral status"); an action or an unknown issue is kept as written, without determiners, comments
("..., which Havana refused"), purposes ("with a view to ..."), times ("yesterday", "within 24
hours") and trailing clauses, and a long one is cut at a conjunction. Words that point elsewhere
are resolved (:mod:`parley.pipeline.issue_references`): "them" and "it" are what they stand for,
"the plan" is the plan described before ("ceasefire plan"), "similar pledges" the issue just named.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley.pipeline.cues import path_to
from parley.pipeline.holders import HolderResolver
from parley.pipeline.issue_objects import called_for, state_status, talks_partner
from parley.pipeline.issue_references import (
    antecedent,
    comments_on_phrase,
    done_by_agent,
    earlier_description,
    is_bare_reference,
    same_kind,
    tells_how,
    tells_when,
    told_by_clause,
)
from parley.pipeline.issue_trimming import (
    LIGHT_HEADS,
    carried_content,
    passed_on,
    somewhere,
    trim_phrase,
)
from parley.pipeline.issue_voids import able_to, names_nothing
from parley.pipeline.issues import FUNCTION_WORDS, IssueVocabulary
from parley.pipeline.stance_cues import StanceCues

NOUN_POS = {"NOUN", "PROPN", "PRON", "NUM"}
# Where a phrase stops being the issue: clauses that comment on it, not name it.
CUT_DEPS = {"relcl", "advcl", "appos", "parataxis", "punct", "mark", "acl"}
MAX_ISSUE_TOKENS = 12
# "similar pledges", "the same demand": a stance noun that repeats the issue named before.
LIKE_WORDS = {"similar", "same", "identical", "such", "like"}
DEMONSTRATIVES = {"this", "these", "that", "those"}
# The longest name of a text described before that is written with the noun that refers to it.
MAX_REFERENCE_WORDS = 2
# The longest "deal to V ..." issue.
MAX_PURPOSE_WORDS = 6
# "with a view to", "with the aim of": a purpose, not part of the issue's name.
PURPOSE_NOUNS = {"view", "aim", "goal", "purpose", "intention", "objective"}
# Adverbs that are part of what an action is ("meet again"), unlike manner ("significantly decrease").
KEPT_ADVERBS = {"again"}
TIME_WORDS = {"yesterday", "today", "tomorrow", "tonight", "now"}
TIME_UNITS = {"minute", "hour", "day", "week", "month", "year"}
TIME_PREPOSITIONS = {"after", "before", "since", "during", "within", "until", "amid"}
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

    def issue(self, root: Token | Span, actor_issue: bool = False, alone: bool = False) -> tuple[str, str] | None:
        """The normalized issue and the words as written, or None when the phrase names no issue; with
        ``actor_issue`` an actor ("stands with Israel") is an issue too; with ``alone`` an action
        without the actions conjoined to it."""
        head = root.root if isinstance(root, Span) else root
        if is_bare_reference(head) and (isinstance(root, Token) or len(root) <= 3):
            # "Putin would agree to the plan": the plan described before ("a US proposal for an immediate
            # 30-day ceasefire"), written with its short name ("ceasefire plan").
            described = earlier_description(head)
            named = self.issue(self._semantic_head(described)) if described is not None else None
            if named is not None:
                name, written = named
                short = next((w for w in (written, name) if len(w.split()) <= MAX_REFERENCE_WORDS), None)
                if short is not None and not any(same_kind(head, w) for w in short.split()):
                    return name, f"{short} {head.text}"
                if short is not None:
                    return name, short  # "a Gaza ceasefire proposal ... the plan": the proposal as named
                return named
        if isinstance(root, Span):
            return self._span_issue(root)
        if actor_issue and root.pos_ in ("PROPN", "NOUN") and self.holders.is_actor_phrase(root):
            written = self._written(root)
            return (written, written) if written else None
        carried = passed_on(root)
        if carried is not None:
            return self.issue(carried, alone=alone)  # "a contribution to ending the war": ending the war
        called = called_for(root, self.cues, self.holders)
        if called is not None:
            return self.issue(called, alone=alone)  # "rejected Pakistan's call for a plebiscite": the plebiscite
        content = carried_content(root, self.cues, self.holders)
        if content is not None:
            return self.issue(content, alone=alone)  # "welcomed the ELN's decision to embark on a ceasefire"
        referent = self._referent(root)
        if referent is not None:
            return self.issue(referent)  # "a day after the group accepted it": the ceasefire agreement
        if root.lower_ in self.cues.ellipsis_words and root.pos_ in ("ADJ", "ADV", "PRON", "NOUN"):
            return root.lower_, root.text
        if root.lemma_.lower() in self.cues.nouns and any(c.dep_ == "amod" and c.lower_ in LIKE_WORDS for c in root.children) \
                and all(c.dep_ in ("det", "amod", "punct") for c in root.children):
            return "same", root.text  # "made similar pledges": the issue named just before
        if root.lemma_.lower() in self.cues.nouns and all(c.dep_ in ("det", "poss", "punct") for c in root.children):
            # "rejected this precondition"; "will never agree to any ultimatums": whatever the other side asks.
            pointer = next((c for c in root.children if c.dep_ == "det" and c.lower_ in DEMONSTRATIVES | {"any"}), None)
            if pointer is not None and root.pos_ == "NOUN":
                return root.lemma_.lower(), f"{pointer.lower_} {root.text}"  # "rejected this precondition"
            return None  # "pledges his support": a bare stance word names no issue
        if root.lemma_.lower() in self.cues.vague_nouns and root.pos_ in NOUN_POS and not any(
                c.dep_ in ("prep", "compound", "amod", "acl", "relcl") for c in root.children):
            return None  # "signed the text"
        if done_by_agent(root):
            return None
        if root.pos_ in ("VERB", "AUX"):
            able = able_to(root)
            if able is not None:
                return self.issue(able, alone=alone)  # "hoping to be able to reach a deal"
            if names_nothing(root, self.cues):
                return None  # "hoping to be able to do so", "their readiness to support"
            # "declined to comment"; but "ruled out speaking directly with Zelensky" is about talks
            if root.lemma_.lower() in self.cues.empty_actions and not any(
                    c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "with") for c in root.children):
                return None
            obj = next((c for c in root.children if c.dep_ == "dobj"), None)
            if obj is not None and passed_on(obj) is not None:
                return self.issue(obj, alone=alone)  # "seize the opportunity to resume peace talks"
            if obj is not None and obj.tag_ == "WP" and root.lemma_.lower() in self.cues.judging_verbs:
                return None  # "efforts against what it calls the TPLF clique": a name given, not an issue
            if obj is not None and obj.tag_ == "WDT":
                # "the Geneva talks, which the RSF has agreed to attend": the noun the clause is about.
                clause = next((a for a in obj.ancestors if a.dep_ == "relcl"), None)
                if clause is None or clause.head.pos_ not in ("NOUN", "PROPN"):
                    return None
                return self.issue(clause.head)
            xcomp = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            aim = next((c for c in root.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if obj is None and aim is not None and root.lemma_.lower() in self.cues.light_verbs:
                return self.issue(aim, alone=alone)  # "(ready to) sit down to negotiate a prisoner swap", "try to reach"
            if obj is None and xcomp is not None and root.lemma_.lower() in self.cues.process_verbs:
                return self.issue(xcomp)  # "continue working together on the peace process"
            if obj is None and root.lemma_.lower() in self.cues.process_verbs:
                # "engage in a prisoner exchange", "abide by the ceasefire", "work towards a truce"
                prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("in", "by", "towards", "toward", "to", "on")
                             and not any(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in self.cues.manner_nouns
                                         for o in c.children)), None)  # not "in the coming days", "in good faith"
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                bare = not any(c.dep_ in ("prep", "xcomp", "advcl", "acomp") and not any(
                    o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in root.children)
                if obj is None and bare and subj is not None and subj.pos_ == "NOUN" and not self.holders.is_actor_phrase(subj):
                    obj = subj  # "agreed that negotiations should continue in the coming days": the negotiations
            if root.lemma_.lower() in self.cues.process_verbs and obj is not None and not self.holders.is_actor_phrase(obj):
                partner = talks_partner(root, obj, self.cues, self.holders)
                if partner is not None:
                    return self.issue(partner)  # "hold negotiations directly with Washington"
                root = obj
            else:
                # An action ("mediate between the two sides") is kept as written; "see X as Y" is X as Y.
                light = root.lemma_.lower() in self.cues.light_verbs and obj is not None
                text = self._written(obj) if light and obj is not None else self._written(root, conjuncts=not alone)
                if not text:
                    return None
                # ... unless the vocabulary knows the action: "exchange 15,000 prisoners", "withdraw troops"
                return (self._action_name(root) or text), text
        if root.pos_ == "PROPN" and self.holders.is_actor_phrase(root):
            status = state_status(root, self.cues)
            if status is not None:
                return status, status
        if root.pos_ not in NOUN_POS or self.holders.is_actor_phrase(root):
            return None
        written = self._written(root)
        if not written:
            return None
        names = []
        # "a ceasefire with the group, the National Liberation Army": an actor is no second issue.
        for conjunct in (root, *(c for c in root.conjuncts if c.pos_ in ("NOUN", "PROPN") and c.i > root.i
                                 and not self.holders.is_actor_phrase(c))):
            tokens = self._core(conjunct)
            head = self._semantic_head(conjunct)
            transparent = head.lemma_.lower() in self.cues.light_nouns | self.cues.agreement_nouns
            name = self.vocabulary.name(tokens, None if transparent else head)
            if name is None and head.lemma_.lower() in self.cues.agreement_nouns | self.cues.purpose_nouns and not any(
                    c.dep_ == "prep" and c.lower_ == "between" for c in head.children):  # "an agreement between X and Y to V"
                # "a deal to exchange some 15,000 prisoners", "signed a deal ... to join the state
                # institutions", "any move to violate the ceasefire": the deal or move is about what it does
                bare_noun = all(c.dep_ in ("det", "amod", "poss") for c in head.children)
                purpose = [*head.children, *(head.head.children if head.dep_ == "dobj" and bare_noun else ())]
                clause = next((c for c in purpose if c.dep_ in ("acl", "relcl", "advcl", "xcomp")
                               and c.i > head.i and infinitival(c)), None)
                name = (self._action_name(clause) or self._written(clause)) if clause is not None else None
                if clause is not None and conjunct == root and head == root and clause.dep_ in ("acl", "advcl") \
                        and clause.left_edge.i == max(t.i for t in head.subtree if t.i < clause.left_edge.i) + 1 and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                    # "a deal to swap all hostages": the bare noun says nothing without what it is for.
                    to = "to " if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) else ""
                    words = f"{written} {to}{self._written(clause)}".split()[:MAX_PURPOSE_WORDS]
                    while words and words[-1].lower() in FUNCTION_WORDS:
                        words.pop()
                    written = " ".join(words)
            names.append(name or self._written(conjunct, conjuncts=False))
        issue = " and ".join(dict.fromkeys(n for n in names if n))
        return (issue, written) if issue else None

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

    def _span_issue(self, span: Span) -> tuple[str, str] | None:
        """An issue given as words ("the guns to be silenced", "return 1,000 prisoners"): named if the
        vocabulary knows its head, else kept as written."""
        if done_by_agent(span.root):
            return None
        words = [t for t in span if not t.is_quote]
        while words and (words[0].pos_ in ("DET", "PUNCT", "CCONJ") or words[0].tag_ == "PRP$"):
            words.pop(0)
        while words and (words[-1].is_punct or words[-1].pos_ in ("CCONJ", "ADP", "DET")):
            words.pop()
        if not words:
            return None
        kept = words[:MAX_ISSUE_TOKENS]
        # Tokens left out in between (a quote mark) must not glue their neighbours.
        written = "".join(t.text + (t.whitespace_ or (" " if k + 1 < len(kept) and kept[k + 1].i != t.i + 1 else ""))
                          for k, t in enumerate(kept)).strip()
        root = span.root
        # "the US as the mediator": words hung on the verb beside the noun are part of the issue too.
        one_root = sum(1 for t in span if t.head == t or not span.start <= t.head.i < span.end) == 1
        if (root.pos_ in ("VERB", "AUX") and root.i == words[0].i) or (one_root and
                root.pos_ in ("NOUN", "PROPN") and root.left_edge.i >= span.start and root.right_edge.i < span.end):
            # "unless it opens direct talks with them within 24 hours": an action, without its time phrase;
            # "resist the initiative, which came as ...": a noun phrase, without its comment.
            written = self._written(root, within=span) or written
        name = self.vocabulary.name(words, None if root.lemma_.lower() in self.cues.light_nouns else root)
        return (name or written), written

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
        for t in root.subtree:
            if within is not None and not within.start <= t.i < within.end:
                continue
            path = path_to(t, root)
            if any(a.dep_ in CUT_DEPS and a.tag_ != "HYPH" and not self._content_clause(a) for a in path):
                continue
            if any(comments_on_phrase(a, root) for a in path):
                continue  # "extradite them, which Havana refused"
            if any(a.dep_ == "prep" and a.lower_ == "with" and any(o.lemma_.lower() in PURPOSE_NOUNS for o in a.children)
                   for a in path):
                continue  # "a peace conference with a view to ...": what it is for, not what it is
            if any(a.dep_ in ("npadvmod", "tmod") and (a.ent_type_ in ("DATE", "TIME") or a.lower_ in TIME_WORDS)
                   for a in path) or (path and path[0].dep_ == "compound" and path[0].i < root.i and path[0].ent_type_
                                      in ("DATE", "TIME") and any(a.dep_ == "poss" for a in path[1:])):
                continue  # "end the bloodshed yesterday": when, not what
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
            if not conjuncts and any(a.dep_ in ("conj", "cc") and a.head == root for a in path):
                continue
            if path and path[-1].dep_ == "prep" and root.pos_ in ("VERB", "AUX") and (
                    path[-1].lower_ in TIME_PREPOSITIONS or any(
                        o.dep_ in ("pobj", "pcomp") and (o.ent_type_ in ("DATE", "TIME") or o.lower_ in ("now", "then"))
                        for o in path[-1].children)):
                continue  # "unite Syria after 14 years of conflict", "end the war from now on": when, not what
            if path and path[-1].dep_ == "prep" and path[-1].i > root.i and path[-1].lower_ in ("on", "in", "at") \
                    and root.pos_ in ("NOUN", "PROPN") and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")
                                                              and o.lower_ not in TIME_UNITS for o in path[-1].children):
                continue  # "a ceasefire agreement in eastern Ukraine on Thursday": when, not what
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
        while len(keep) > 1 and keep[-1].lemma_.lower() in TIME_UNITS and keep[-1].i + 1 < len(keep[-1].doc) \
                and keep[-1].doc[keep[-1].i + 1].lower_ in ("before", "after", "ago", "later", "earlier"):
            keep.pop()  # "changes to the deal hours before the deadline": the parser's compound, a time
        while keep and (keep[0].pos_ in ("DET", "PUNCT", "CCONJ") or keep[0].tag_ == "PRP$"):
            keep.pop(0)
        while keep and (keep[-1].is_punct or keep[-1].pos_ in ("CCONJ", "ADP", "DET", "SCONJ", "PART")):
            keep.pop()
        # Tokens left out in between (a comma, a quote mark) must not glue their neighbours; "them" is
        # written as what it stands for ("extradite them" -> "extradite ELN negotiators").
        text = "".join((antecedent(t) or self._referent_text(t) or t.text) + (t.whitespace_ or (" " if k + 1 < len(keep) and keep[k + 1].i != t.i + 1 else ""))
                       for k, t in enumerate(keep))
        return text.strip()

    def _content_clause(self, clause: Token) -> bool:
        """"his commitment to directly negotiating with the group": the infinitive of a stance noun is what
        it is about, not a comment on it."""
        return clause.dep_ == "acl" and clause.head.lemma_.lower() in self.cues.nouns and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
