"""An event's status and background flag, read from the dependency path above its trigger.

Steps, for one trigger:

1. Walk up through complement relations ("pledged to decrease", "offered to mediate",
   "committed to a meeting", "readiness to negotiate") to the nearest governing cue of the
   pattern book; its status applies, and if it absorbs its complement ("urged them to resume
   talks") the event is not coded apart.
2. Auxiliaries on the path give a status when no cue did ("will" -> pledged, "might" ->
   hypothetical); a negation on the path makes the event denied.
3. Subordinate clauses on the way to the root: "if" makes the event hypothetical, "whether" drops
   it (a question, not a report), "since" marks it as background, as it does a relative clause
   on its date ("since 2014 when the Houthis captured the capital"); "would sign a ceasefire only as
   part of a comprehensive peace agreement" names a condition, and a noun that dates an act told as
   already past ("had led efforts ... after the signing of the Algiers Agreement") is history.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from parley.pipeline.event_patterns import Pattern, PatternBook

# Relations through which a cue governs the event below it.
COMPLEMENT_DEPS = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "attr", "acomp", "oprd", "nsubjpass", "acl", "advcl"}
# A cue's adverbial clause is its complement only when it is an infinitive ("ready to talk").
NEGATIONS = {"not", "n't", "never", "no"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
# Types whose event is the saying itself: a conditional clause on it is part of what is said.
SPEECH_ACT_TYPES = {"REQUEST", "THREATEN"}
# Types whose pledged act stays pledged under a condition: a conditional attack is a threat.
CONDITIONAL_THREAT_TYPES = {"ASSAULT"}
# Nouns that count or divide talks ("the next round of talks", "a new session of negotiations").
ROUND_WORDS = {"round", "rounds", "session", "sessions", "series", "cycle", "phase", "stage"}
# Types of a cue whose content is what it says another party did or should do ("accused the group of ...
# preparing to wage war", "urged them to prepare to resume talks"): all of it belongs to the cue.
CONTENT_TYPES = {"ACCUSE", "REQUEST"}
# Verbs whose infinitive complement did not happen ("failed to agree").
FAILURE_VERBS = {"fail"}
# Prepositions that date one act by another ("had led efforts ... after the signing of the agreement").
AFTER_PREPS = {"after", "following"}
# Verbs that with an infinitive say what their subject tries to do, not what it asks of others
# ("forces are seeking to capture the town"); with an object they ask for it ("sought a ceasefire").
# "It wants to oust the central government" (Al-Shabab, AP via Arab News): an aim of the subject's own is
# no act either ("wants the parties to stop the war" asks another party, coded REQUEST). "Strive to
# negotiate" is left out: an effort toward talks is a proposal (docs/annotation.md, "trying to pave the way").
ATTEMPT_VERBS = {"seek", "struggle", "want", "aim", "wish"}
# Verbs of a need, and the auxiliaries that foretell it ("will need to release"): a forecast or an
# obligation, not an appeal.
FORETOLD_NEED_VERBS = {"need", "require"}
# Nouns of an aim that, as the subject of "be", make the infinitive said to be it a proposal: "his
# goal in this third round of peace talks is to agree on a ceasefire" (ELN talks, 2023).
GOAL_NOUNS = {"goal", "aim", "objective", "purpose", "ambition", "target", "mission", "task", "priority"}
GOAL = Pattern("goal", status="proposed", governs=True)
FUTURE_AUX = {"will", "'ll", "would", "shall"}


@dataclass(frozen=True)
class Modality:
    """What the words above a trigger say about its event."""

    status: str = "occurred"
    background: bool = False
    absorbed: bool = False  # the event is the content of an absorbing event ("urged ... to talk")
    skipped: bool = False  # the event is asked about, not reported
    cue: Token | None = None  # the governing cue, whose subject acts when the event names none
    cue_pattern: Pattern | None = None
    refused: bool = False  # a negated intention: coded as REJECT
    announced: bool = False  # a future act its own party says it will do ("said it would target ..."): a threat


def is_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _charge_listed(verb: Token, book: PatternBook) -> bool:
    """Whether a gerund the parser hung on the verb continues the list of what its object is charged
    "of" ("accuse the military of extrajudicial killings, razing villages and using air strikes"):
    the charge is the content of the accusation, not a deed of the accuser."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    head = verb.head
    cue = book.cue(head)
    if cue is None or cue.type != "ACCUSE" or not cue.absorbs:
        return False
    heads = [head, *(c for c in head.children if c.dep_ == "dobj")]
    return any(p.dep_ == "prep" and p.lower_ == "of" and p.i < verb.i for h in heads for p in h.children)


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children)


def _pending(token: Token, own: Pattern) -> bool:
    """Whether a negated act is still awaited, not refused: "has not yet accepted the proposal", "a
    proposal that Israel had not accepted" (an acceptance not given so far; "were not accepted by the
    Turkish Cypriot leader" refuses)."""
    if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in token.children):
        return True
    return own.type == "AGREE" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children)


def attempt(verb: Token) -> bool:
    """Whether a verb says what its subject tries to do: "seeking to capture the town"."""
    return verb.lemma_.lower() in ATTEMPT_VERBS and not any(c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ == "xcomp" and is_infinitive(c) and not any(g.dep_ == "nsubj" for g in c.children)
                for c in verb.children)


def foretold_need(verb: Token) -> bool:
    """Whether a need is foretold, not voiced: "Hamas will need to release all of the hostages" states
    what a deal obliges or what is to come, no appeal by the one who needs."""
    return verb.lemma_.lower() in FORETOLD_NEED_VERBS and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX
                                                               for c in verb.children)


def _measured_noun(noun: Token) -> Token:
    """The noun a trigger noun is counted or divided by: "the next round of peace talks", "a
    session of negotiations" (the round stands in the clause for the talks)."""
    cur = noun
    while cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in ROUND_WORDS:
        cur = cur.head.head
    return cur


def _because_of(token: Token) -> bool:
    """Whether "due" means "because of" ("delay due to the mediation of Qatar"), not "scheduled"."""
    return token.lower_ == "due" and (token.pos_ == "ADP" or any(c.lower_ == "to" and c.dep_ in ("prep", "pcomp")
                                                                 for c in token.children))


def _yet_to(verb: Token) -> bool:
    """Whether a verb is the "have" or "be" of "has yet to accept", "is yet to sign": its infinitive is awaited."""
    return verb.lemma_.lower() in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children) \
        and any(c.dep_ == "xcomp" for c in verb.children)


def governing_cue(token: Token, book: PatternBook, triggers: set[int]) -> tuple[Token | None, Pattern | None, list[Token]]:
    """The nearest cue that governs ``token`` (or None) and the tokens passed on the way (step 1)."""
    path: list[Token] = []
    cur = token
    for _ in range(6):
        if cur.dep_ == "conj":
            if cur.tag_ in FINITE_TAGS and not _participle_conjunct(cur):
                # "said the embargo would not work and warned that ...": a finite conjunct is a
                # clause of its own, with its own tense and negation
                break
            # "offered to mediate ... and host talks": a conjunct shares its first conjunct's cue
            cur = cur.head
            path.append(cur)
            continue
        if cur.dep_ not in COMPLEMENT_DEPS or cur.head.i == cur.i:
            break
        if cur.dep_ == "advcl" and not is_infinitive(cur) and not _charge_listed(cur, book):
            break
        head = cur.head
        cue = book.cue(head)
        if cue is not None and not _because_of(head) and not (cur.dep_ == "xcomp" and attempt(head)):
            # "delay due to the mediation of Qatar": a cause, not a schedule
            return head, cue, path
        if head.lemma_.lower() == "be" and cur.dep_ in ("advcl", "xcomp", "ccomp") and is_infinitive(cur):
            # "it was important for Russian and Ukrainian negotiators to agree on a ceasefire": the
            # adjective said of "it" governs the infinitive
            judged = next((c for c in head.children if c.dep_ == "acomp" and book.cue(c) is not None), None)
            if judged is not None:
                return judged, book.cue(judged), path
        if head.lemma_.lower() == "be" and cur.dep_ in ("xcomp", "ccomp", "attr") and is_infinitive(cur):
            # "his goal in this third round of talks is to agree on a ceasefire": the subject of "be"
            # is the cue of the infinitive it is said to be
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lemma_.lower() in GOAL_NOUNS:
                return subject, GOAL, path
        if head.i in triggers and cur.dep_ not in ("prep", "pobj"):
            break  # another event's argument, not a complement of a cue
        path.append(head)
        cur = head
    return None, None, path


def _participle_conjunct(verb: Token) -> bool:
    """Whether a verb tagged past tense is a participle joined to an infinitive ("called on all Libyan leaders
    to be visionary and committed to sitting at the negotiating table"): with no subject of its own it
    shares the infinitive's cue."""
    return verb.tag_ == "VBD" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and verb.head.tag_ == "VB" and is_infinitive(verb.head)


def _clauses(token: Token, book: PatternBook, speech_act: bool = False) -> tuple[str | None, bool, bool]:
    """Status, background and skip from subordinate clauses on the way to the root (step 3); a
    ``speech_act`` (a call, a threat) is made whatever its own conditional clause says."""
    status, background, skip = None, False, False
    cur: Token | None = token
    while cur is not None:
        marks = [c for c in cur.children if c.dep_ == "mark"]
        if cur.dep_ in ("pobj", "pcomp") and cur.head.dep_ == "prep":
            marks.append(cur.head)
        # "said it would sign a ceasefire only as part of a comprehensive peace agreement": "only" before a
        # phrase of the verb names the condition, read like "once" (the main clause must carry a modal)
        marks += [o for c in cur.children if c.dep_ in ("prep", "advcl") for o in c.children
                  if o.dep_ == "advmod" and o.lower_ == "only" and o.i < c.i]
        for m in marks:
            p = book.marks.get(m.lower_)
            if p is None or (p.modals and not (_modal(cur, p.modals) or _main_clause_modal(cur, p.modals))):
                continue  # "before negotiations can be conducted", "would only agree ... once the RSF withdrew"
            if p.skip:
                skip = True
            if p.background:
                background = True
            if p.status and status is None:
                status = p.status
        # the main clause of a conditional: "if talks fail, the army will attack"
        # "called for stronger sanctions on Russia if it did not agree to a ceasefire": the call was made
        if status is None and not (speech_act and cur.i == token.i) and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and _condition(book.marks.get(m.lower_))
                                                            for m in c.children) for c in cur.children):
            status = "hypothetical"
        if cur.dep_ == "relcl" and cur.head.dep_ == "pobj" and (p := book.marks.get(cur.head.head.lower_)) is not None \
                and p.background:
            background = True  # "since 2014 when the Houthis captured the capital"
        if cur.head.i == cur.i or cur.dep_ in ("relcl",):
            break
        cur = cur.head
    return status, background, skip


def _before_told_past(noun: Token) -> bool:
    """Whether an event noun only dates an act the report tells as already past ("Algeria had led efforts to
    restore peace in Mali after the signing of the so-called Algiers Agreement"): history, not news."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in AFTER_PREPS:
        verb = noun.head.head
    elif noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "advcl" \
            and any(c.dep_ == "mark" and c.lower_ in AFTER_PREPS for c in noun.head.children):
        verb = noun.head.head  # the parser may read "after the signing of ... made up of" as a clause
    else:
        return False
    for _ in range(4):  # "had led efforts to restore peace ... after": the parser may hang it on the aim
        if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
            return True
        if verb.dep_ not in ("acl", "xcomp", "dobj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _modal(verb: Token, modals: frozenset[str]) -> bool:
    """Whether the verb carries one of the modals ("before negotiations can be conducted")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in modals for c in verb.children)


def _condition(mark: Pattern | None) -> bool:
    """Whether a subordinating word makes its main clause hypothetical ("if", not "before ... can")."""
    return mark is not None and mark.status == "hypothetical" and not mark.modals


def _absorbed_cue(cue: Token, book: PatternBook, triggers: set[int]) -> bool:
    """Whether a cue is itself inside what an absorbing cue says ("accused the group of forging ties with
    Eritrea and preparing to wage war against Ethiopia": the war prepared is part of the accusation)."""
    if cue.pos_ not in ("VERB", "AUX"):
        return False  # "rejected proposals from Najibullah for direct talks": a proposal is an act of its own
    outer, outer_pattern, _ = governing_cue(cue, book, triggers)
    return outer is not None and outer_pattern is not None and outer_pattern.absorbs and outer.i != cue.i \
        and outer_pattern.type in CONTENT_TYPES


def _main_clause_modal(clause: Token, modals: frozenset[str]) -> bool:
    """Whether the clause a subordinate ``clause`` depends on carries one of ``modals`` ("would only
    agree to a truce once ...")."""
    if clause.dep_ != "advcl":
        return False
    main = clause.head
    heads = [main] + ([main.head] if main.dep_ in ("xcomp", "conj") else [])
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in modals for h in heads for c in h.children)


def _made_conditional(noun: Token, book: PatternBook) -> bool:
    """Whether an act is made to depend on something ("Baku makes the signing of the peace treaty
    conditional on a change of the Armenian constitution"): it has not happened."""
    verb = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "dobj" or verb.lemma_.lower() != "make":
        return False
    words = list(noun.subtree) + [c for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")]
    return any(t.pos_ == "ADJ" and (p := book.cue(t)) is not None and p.status == "hypothetical" for t in words)


def _event_objects(trigger: Token, own: Pattern) -> list[Token]:
    """The event nouns a light verb takes as its object ("had no meetings", "held no talks")."""
    if trigger.pos_ not in ("VERB", "AUX") or not own.objects:
        return []
    return [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in own.objects]


def _auxiliary_status(tokens: list[Token], book: PatternBook) -> str | None:
    for t in tokens:
        for c in t.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in book.auxiliaries:
                return book.auxiliaries[c.lower_].status
    return None


# the statuses of an act that has not happened
UNDONE = frozenset({"pledged", "proposed", "hypothetical", "denied"})


def modality(trigger: Token, own: Pattern, book: PatternBook, triggers: set[int]) -> Modality:
    """The status of the event reported at ``trigger`` (steps 1-3 of the module docstring)."""
    cue, cue_pattern, path = governing_cue(trigger, book, triggers)
    chain = [trigger, *path] + ([cue] if cue is not None else [])
    status = own.status or book.status_of_word(trigger, own.type)
    subject = _measured_noun(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
    if cue is None and trigger.pos_ in ("NOUN", "PROPN") and subject.dep_ in ("nsubj", "nsubjpass"):
        # "Talks are due to resume", "peace talks will resume next week", "the next round of talks
        # will take place on Wednesday": the predicate says when
        predicate = [subject.head] + [c for c in subject.head.children if c.dep_ in ("xcomp", "acomp")]
        chain += predicate
        status = status or next((p.status for v in predicate if (p := book.cue(v)) is not None and p.status), None)
    if cue is None and trigger.pos_ in ("NOUN", "PROPN") and status is None:
        # "A summit of the three leaders planned in mid-December collapsed", "talks expected next week": a
        # participle on the noun (or, as the parser may hang it, on its "of" phrase) says whether it happened
        heads = [trigger, *(g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)]
        status = next((p.status for h in heads for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and (p := book.cue(c)) is not None and p.status in UNDONE), None)
    absorbed = False
    if cue_pattern is not None:
        absorbed = cue_pattern.absorbs or _absorbed_cue(cue, book, triggers)
        status = status or cue_pattern.status
    status = status or _auxiliary_status(chain, book)
    clause_status, background, skip = _clauses(trigger, book, own.type in SPEECH_ACT_TYPES)
    clause_status = clause_status or ("hypothetical" if _made_conditional(trigger, book) else None)
    # "the two sides failed to agree to halt the fighting": a failed attempt reports no act
    # "While Moon has yet to officially accept the invitation": an act still awaited has not happened
    skip = skip or any((t.lemma_.lower() in FAILURE_VERBS or _yet_to(t)) and t.i != trigger.i for t in path) \
        or _before_told_past(trigger)
    if clause_status == "hypothetical" and not (own.type in CONDITIONAL_THREAT_TYPES and status == "pledged"):
        # "vowed to launch other attacks ... if crude oil production does not stop": an attack pledged
        # on a condition is a threat that was made (coded THREATEN by the draft), not a possible act
        status = "hypothetical"
    refused = False
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "without":
        # "the talks ended without agreement on a ceasefire": the agreement did not happen
        return Modality(status="denied", background=background, absorbed=absorbed, skipped=skip,
                        cue=cue, cue_pattern=cue_pattern)
    # "no details about the meetings" does not deny the meetings: only verbs and the trigger negate, and
    # the event noun a light verb takes ("he had no meetings scheduled with Rouhani")
    # "the sides do not have plans for a meeting": the verb that has a cue noun negates it too
    held = [cue.head] if cue is not None and cue.pos_ in ("NOUN", "PROPN") and cue.dep_ == "dobj" else []
    if any(_negated(t) for t in chain + _event_objects(trigger, own) + held
           if t.i == trigger.i or t.pos_ in ("VERB", "AUX") or t.head.i == trigger.i) and status != "hypothetical":
        # "Putin would not attend the talks": a negated intention is a refusal
        # "his group is not taking part in the talks": not joining is refusing, whatever the tense
        # "will not clash", "will not sanction": forgoing a hostile act is no refusal, it did not happen
        refused = (status == "pledged" or (own.refusal and status in (None, "occurred") and not _pending(trigger, own))) \
            and "COOPERATION" in str(book.plover.get(own.type or "", {}).get("quad", ""))
        status = "occurred" if refused else "denied"
    # "renewed his call for the immediate release of all detainees": an appeal made is a demand whatever
    # verb makes it (coders give REQUEST the status demanded)
    default = "demanded" if own.type == "REQUEST" else "occurred"
    return Modality(status=status or _hosted_status(trigger, cue, book, triggers) or default, background=background,
                    absorbed=absorbed, skipped=skip, cue=cue, cue_pattern=cue_pattern, refused=refused)


def _hosted_status(noun: Token, cue: Token | None, book: PatternBook, triggers: set[int]) -> str | None:
    """The status of a meeting another event's verb takes as its object: as certain as that verb ("The EU is
    ready to organize a high-level meeting between ... Albin Kurti, and ... Aleksandër Vucic" proposes the
    meeting too)."""
    if cue is not None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "nsubjpass") \
            or noun.head.i not in triggers or (host := book.verb_event(noun.head)) is None:
        return None
    status = modality(noun.head, host, book, triggers).status
    return status if status in UNDONE else None
