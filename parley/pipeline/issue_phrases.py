"""Step 3 of the positions stage: name the issue a stance is about.

The phrase under a stance cue is named with the issue vocabulary (:mod:`parley.pipeline.issues`):
its core words ("the neutral status of Ukraine" -> neutral status), through light heads ("the
establishment of a humanitarian corridor" -> humanitarian corridor) and process verbs ("negotiate a
neutral status"); an action or an unknown issue is kept as written (:mod:`parley.pipeline.issue_writing`:
without determiners, comments, purposes, times and trailing clauses). Words that point elsewhere
are resolved (:mod:`parley.pipeline.issue_references`): "them" and "it" are what they stand for,
"the plan" is the plan described before ("ceasefire plan"), "similar pledges" the issue just named.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley.pipeline.issue_objects import called_for, necessary_subject, state_status, talks_partner
from parley.pipeline.issue_references import (
    done_by_agent,
    earlier_description,
    is_bare_reference,
    same_kind,
)
from parley.pipeline.issue_trimming import (
    carried_content,
    displaced_object,
    led_to,
    passed_on,
    told_content,
)
from parley.pipeline.issue_voids import able_to, names_nothing
from parley.pipeline.issue_writing import MAX_ISSUE_TOKENS, PhraseWriter
from parley.pipeline.issues import FUNCTION_WORDS

NOUN_POS = {"NOUN", "PROPN", "PRON", "NUM"}
# "similar pledges", "the same demand": a stance noun that repeats the issue named before.
LIKE_WORDS = {"similar", "same", "identical", "like"}
DEMONSTRATIVES = {"this", "these", "that", "those"}
# "would not accept such conditions": a stance noun that points back, like "these conditions", to terms often set
# sentences before; the words as written.
POINTING_MODIFIERS = {"such"}
# The longest name of a text described before that is written with the noun that refers to it.
MAX_REFERENCE_WORDS = 2
# The longest "deal to V ..." issue.
MAX_PURPOSE_WORDS = 6


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


def hyphened(tok: Token) -> Token | None:
    """The word a prefix is hyphened to when the parser made them siblings ("non", "-", "resumption"), or None."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-":
        return None
    word = doc[tok.i + 2]
    return word if word.head == tok.head and word.dep_ == tok.dep_ and word.pos_ in ("NOUN", "PROPN") else None


class IssueNamer(PhraseWriter):
    """Names the issue phrases of one document."""

    def issue(self, root: Token | Span, actor_issue: bool = False, alone: bool = False) -> tuple[str, str] | None:
        """The normalized issue and the words as written, or None when the phrase names no issue; with
        ``actor_issue`` an actor ("stands with Israel") is an issue too; with ``alone`` an action
        without the actions conjoined to it."""
        if isinstance(root, Token) and (word := hyphened(root)) is not None:
            # "commitment to the non-resumption of hostilities", parsed as "non", "-" and "resumption" side by side: the
            # word's issue with its prefix (the vocabulary's name for "resumption" would say the opposite)
            named = self.issue(word, actor_issue=actor_issue, alone=alone)
            written = f"{root.text}-{named[1]}" if named is not None and named[1].startswith(word.text) else None
            return (written, written) if written else named
        head = root.root if isinstance(root, Span) else root
        if isinstance(root, Token) and self._deed_told(root):
            return None  # "praised the pivotal role played by the US administration": a deed done, no issue
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
        moved = displaced_object(root) if root.pos_ == "NOUN" else None
        if moved is not None:
            return self.issue(moved, alone=alone)  # "(urged both sides to) commence, as soon as possible, talks in Cairo"
        carried = passed_on(root) or led_to(root)
        if carried is not None:
            return self.issue(carried, alone=alone)  # "a contribution to ending the war": ending the war
        called = called_for(root, self.cues, self.holders)
        if called is not None:
            return self.issue(called, alone=alone)  # "rejected Pakistan's call for a plebiscite": the plebiscite
        content = carried_content(root, self.cues, self.holders) or told_content(root, self.cues, self.holders)
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
        if root.lemma_.lower() in self.cues.nouns and all(c.dep_ in ("det", "poss", "punct") or (
                c.dep_ == "amod" and c.lower_ in POINTING_MODIFIERS) for c in root.children):
            # "rejected this precondition"; "will never agree to any ultimatums": whatever the other side asks.
            pointer = next((c for c in root.children if (c.dep_ == "det" and c.lower_ in DEMONSTRATIVES | {"any"})
                            or (c.dep_ == "amod" and c.lower_ in POINTING_MODIFIERS)), None)
            if pointer is not None and root.pos_ == "NOUN" and pointer.lower_ in DEMONSTRATIVES \
                    and root.lemma_.lower() in self.cues.priority_nouns:
                return None  # "we will seek to achieve this goal": the goal said before, by the same speaker
            if pointer is not None and root.pos_ == "NOUN":
                return root.lemma_.lower(), f"{pointer.lower_} {root.text}"  # "rejected this precondition"
            owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                          and self.holders.is_actor_phrase(c)), None)
            if owner is not None and root.pos_ == "NOUN" and self.cues.nouns.get(root.lemma_.lower()) in ("offer", "demand", "willing"):
                # "remain open to Russia's proposal", "rejected Hamas's demands": the other party's text;
                # "rejected Dbaiba's participation": the other party's part.
                return root.lemma_.lower(), root.doc[owner.left_edge.i:root.i + 1].text
            return None  # "pledges his support": a bare stance word names no issue
        if root.lemma_.lower() in self.cues.vague_nouns and root.pos_ in NOUN_POS and not any(
                c.dep_ in ("prep", "compound", "amod", "acl", "relcl") for c in root.children):
            return None  # "signed the text"
        if root.lemma_.lower() in self.cues.opinion_nouns | self.cues.quality_nouns | self.cues.void_nouns \
                and root.pos_ in NOUN_POS:
            # "offered a different view of the meeting": a way of seeing; "praised the bravery of": a quality;
            # "negotiating a proposal on behalf of his ally": for whom, not what (``void_nouns``)
            return None
        if done_by_agent(root):
            return None
        if root.pos_ in ("VERB", "AUX"):
            committed = next((o for c in root.children if c.dep_ == "conj" and c.lower_ in self.cues.adjectives
                              for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
                              for o in p.children if o.dep_ in ("pobj", "pcomp")), None) if root.lemma_ == "be" else None
            if committed is not None:
                # "to be visionary and committed to sitting at the negotiating table": what the stance word is to.
                return self.issue(committed, alone=True)
            needed = necessary_subject(root, self.cues, self.holders)
            if needed is not None:
                return self.issue(needed, alone=alone)  # "agreed that national elections are necessary": the elections
            able = able_to(root)
            if able is not None:
                return self.issue(able, alone=alone)  # "hoping to be able to reach a deal"
            if root.lemma_ == "do" and any(c.dep_ in ("dobj", "advmod") and c.lower_ in ("same", "likewise")
                                           for c in root.children):
                return "same", root.text  # "invited the army to do the same": the issue named just before
            if names_nothing(root, self.cues):
                subj = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
                if subj is not None and any(c.dep_ == "mark" and c.lower_ == "for" for c in root.children):
                    return self.issue(subj, alone=alone)  # "called for a referendum to do so": the referendum
                return None  # "hoping to be able to do so", "their readiness to support"
            # "declined to comment"; but "ruled out speaking directly with Zelensky" is about talks
            if root.lemma_.lower() in self.cues.empty_actions and not any(
                    c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "with") for c in root.children):
                return None
            if root.lemma_.lower() in self.cues.speech_verbs and any(c.dep_ == "ccomp" for c in root.children):
                return None  # "I just want to stress that we continue to ...": a way of saying, what is said is read there
            obj = next((c for c in root.children if c.dep_ == "dobj"), None)
            moved = displaced_object(root) if obj is None else None
            if moved is not None:
                return self.issue(moved, alone=alone)  # "to verify, without delay, the pullback of artillery"
            held = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                         for o in p.children if o.dep_ in ("pobj", "pcomp")), None) \
                if obj is not None and root.lemma_.lower() in self.cues.carrier_verbs \
                and obj.lemma_.lower() in self.cues.nouns else None
            if held is not None and not self.holders.is_actor_phrase(held):
                # "(urged the Taliban) to reaffirm its commitment to achieving a negotiated settlement": what the
                # stance word stated is to, not the stating.
                return self.issue(held, alone=alone)
            if obj is not None and passed_on(obj) is not None:
                return self.issue(obj, alone=alone)  # "seize the opportunity to resume peace talks"
            if obj is not None and root.lemma_.lower() in self.cues.opportunity_verbs \
                    and obj.lemma_.lower() in self.cues.opportunity_nouns | self.cues.moment_nouns:
                # "seize the opportunity of this meeting to secure a new cessation of hostilities", "use this time
                # constructively to find a meaningful path forward": what the moment is to be used for.
                aim = next((c for v in (root, *(c for c in obj.children if c.dep_ in ("relcl", "acl"))) for c in v.children
                            if c.dep_ in ("advcl", "xcomp") and c.i > obj.i and infinitival(c)), None)
                if aim is not None:
                    return self.issue(aim, alone=alone)
            chance = next((c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() in self.cues.opportunity_nouns),
                          None) if root.lemma_ == "be" else None
            aim = next((c for c in chance.children if c.dep_ in ("acl", "relcl") and infinitival(c)), None) \
                if chance is not None else None
            if aim is not None:
                return self.issue(aim, alone=alone)  # "(suggested that) the COP-29 could be an opportunity to sign it"
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
                if obj.lemma_.lower() in self.cues.void_nouns or (obj.lemma_.lower() in self.cues.priority_nouns and all(
                        c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in obj.children) and len(list(obj.children))):
                    # "keep the door open to negotiations": read at "open to"; "seek to achieve this goal": said before
                    return None
                partner = talks_partner(root, obj, self.cues, self.holders)
                if partner is not None:
                    return self.issue(partner)  # "hold negotiations directly with Washington"
                root = obj
            else:
                # An action ("mediate between the two sides") is kept as written; "see X as Y" is X as Y.
                light = root.lemma_.lower() in self.cues.light_verbs and obj is not None
                if light and obj.lemma_.lower() in self.cues.void_nouns:
                    return None  # "let them try their luck in Brussels"
                text = self._written(obj) if light and obj is not None else self._written(root, conjuncts=not alone)
                if not text:
                    return None
                # ... unless the vocabulary knows the action: "exchange 15,000 prisoners", "withdraw troops" (not "meet
                # again" with its agenda: "to continue substantive negotiations on a so-far elusive peace deal")
                agenda = any(self._content_clause(c) for c in root.children if c.dep_ in ("advcl", "acl"))
                return ((None if agenda else self._action_name(root)) or text), text
        if root.pos_ == "PROPN" and self.holders.is_actor_phrase(root):
            status = state_status(root, self.cues)
            if status is not None:
                return status, status
        if root.pos_ not in NOUN_POS or (self.holders.is_actor_phrase(root) and not self._formed_body(root)):
            return None
        written = self._written(root, conjuncts=not alone)
        if not written:
            return None
        names = []
        # "a ceasefire with the group, the National Liberation Army": an actor is no second issue.
        for conjunct in (root, *(c for c in root.conjuncts if c.pos_ in ("NOUN", "PROPN") and c.i > root.i
                                 and not alone and not self.holders.is_actor_phrase(c))):
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
                # (an infinitive the parser took for a relative clause: "called for measures to deter Israel")
                # ("signed a deal with the Damascus government on March 10 to join Syria's new state institutions": a
                # bare deal's purpose on the verb, after its partner and date)
                if clause is not None and conjunct == root and head == root and clause.dep_ in ("acl", "advcl", "relcl") \
                        and (clause.left_edge.i == max(t.i for t in head.subtree if t.i < clause.left_edge.i) + 1
                             or (bare_noun and clause.head == head.head and len(written.split()) == 1)) and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                    # "a deal to swap all hostages": the bare noun says nothing without what it is for.
                    to = "to " if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) else ""
                    purpose = self._written(clause)
                    # ("called for measures to deter Israel": the clause may be written with the noun already)
                    words = (written if purpose in written else f"{written} {to}{purpose}").split()
                    # Whole when a word or two longer ("deal to join Syria's new state institutions"), or a bare noun's
                    # purpose alone ("reached a deal to allow aid into besieged areas of Homs"): cut, it would end
                    # inside the object.
                    longest = MAX_PURPOSE_WORDS + 2
                    plain = all(c.dep_ in ("det", "amod", "poss") or c == clause for c in head.children)
                    words = words if len(words) <= longest else purpose.split() if plain \
                        and len(purpose.split()) <= longest else words[:MAX_PURPOSE_WORDS]
                    while words and words[-1].lower() in FUNCTION_WORDS:
                        words.pop()
                    written = " ".join(words)
            names.append(name or self._written(conjunct, conjuncts=False))
        issue = " and ".join(dict.fromkeys(n for n in names if n))
        return (issue, written) if issue else None

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


    def _deed_told(self, root: Token) -> bool:
        """"the pivotal role played by the new US administration", "the important role Egypt ... played": a vague noun
        whose clause tells who did it, with nothing of its own that names an issue."""
        if root.lemma_.lower() not in self.cues.vague_nouns or root.pos_ != "NOUN" or any(c.dep_ in ("prep", "compound") for c in root.children):
            return False
        for clause in (c for c in root.children if c.dep_ in ("acl", "relcl")):
            doers = [o for c in clause.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            doers += [c for c in clause.children if c.dep_ == "nsubj"]
            if any(self.holders.is_actor_phrase(d) for d in doers):
                return True
        return False

    def _formed_body(self, root: Token) -> bool:
        """"a national unity government", "a transitional government": a body to be formed, not one named."""
        return root.pos_ == "NOUN" and root.lemma_.lower() in self.cues.body_nouns and self.holders.table.at(root) is None \
            and not any(c.dep_ == "poss" for c in root.children) \
            and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in self.cues.formed_body_words for c in root.children)
