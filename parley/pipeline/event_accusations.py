"""Accusations a noun names ("denied accusations by the paramilitary Rapid Support Forces (RSF) that
it carried out an airstrike"): the accusation was made whatever its target says of it, and it is aimed
at the party its content clause says acted.

- A denial of an accusation denies what it alleges, not that it was made: the accusation keeps its
  status, and the denial is a rejection of its own (``deny`` stays a cue event).
- The accusation noun is no barrier for the status of what it alleges: "denied accusations ... that it
  carried out an airstrike" still denies the airstrike.
- The party the content clause names as acting is the accused: "accusations by the RSF that it (the
  army) carried out an airstrike" accuses the army.

Accusations a speaker makes by telling, in its own quoted words, what another party did or is:

- "'The RSF attacked from multiple directions and infiltrated the hospital,' Minni Minawi said": the
  speaker accuses the party that is the subject of a hostile act (assault, coercion, threat) it reports
  (:func:`said_acts`). No charge: the speaker's own side's act, a journalist's narration, a paraphrase
  ("the ministry said an Israeli strike killed ..."), a strike named by a noun or a participle, an act on
  a third party, a report by the press or an aid or international body, a sentence already coding the
  accusation.
- "'Once again, Russia proves it is a terrorist state,' Zelenskiy wrote": a quoted clause that says
  another party is one of the words that make naming an accusation (:func:`named_criminal`).

A claim that an act was done accuses whoever did it: "claims the plane was shot down" (:func:`claimed_acts`).

A denial of an act is a rejection of its own beside the denied act ("Hezbollah denied firing any rockets,
calling Israel's accusations mere pretexts"), aimed at the accuser it names, else at the denied act's targets
(:func:`denials`, :func:`denial_targets`); a denied refusal ("denied claims that it had refused to negotiate")
is the denial's whole content.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from parley.pipeline.event_drafts import EventDraft, coded_type
from parley.pipeline.event_patterns import Pattern, PatternBook
from parley.pipeline.event_pronouns import quote_speaker_at
from parley.pipeline.event_roles import RoleReader
from parley.pipeline.event_sides import STATE_SIDE_SECTORS
from parley.pipeline.event_status import Modality
from parley.pipeline.event_verb_objects import COPULAS, clause_subjects
from parley.pipeline.event_words import ARMED_TYPES, NOUN_POS, VERB_POS

ACCUSING = "ACCUSE"
# The mode of a breach of a truce: coded where it is reported as done ("had violated the new
# ceasefire"), not where it is only named ("cautioning against any move to violate the ceasefire").
VIOLATION = "ceasefire violation"
FINITE_TAGS = {"VBD", "VBZ", "VBP", "VBN"}
# Pronouns by which a verb that names what its object is refers to an act ("calling it a violation").
ACT_PRONOUNS = {"it", "this", "that"}
# Relations through which a noun's clause says what it alleges ("accusations that it carried out ...").
CONTENT_DEPS = {"acl", "ccomp", "relcl"}


def accusation_noun(token: Token, pattern: Pattern) -> bool:
    """Whether the trigger is a noun of accusation ("accusations", "allegations")."""
    return token.pos_ in NOUN_POS and pattern.type == ACCUSING


def unreported_violation(token: Token, pattern: Pattern) -> bool:
    """Whether a breach of a truce is only named, as an infinitive or gerund ("any move to violate")."""
    return pattern.mode == VIOLATION and token.tag_ not in FINITE_TAGS


def made(mod: Modality) -> Modality:
    """The status of an accusation under a denial: it was made ("denied accusations by the RSF")."""
    if mod.cue_pattern is not None and mod.cue_pattern.status == "denied":
        return replace(mod, status="occurred", cue=None, cue_pattern=None)
    return mod


def accused(drafts: list[EventDraft]) -> None:
    """Aim accusation nouns that name no target at the parties their content clause says acted."""
    for d in drafts:
        if d.targets or not accusation_noun(d.trigger, d.pattern):
            continue
        clauses = [c for c in d.trigger.children if c.dep_ in CONTENT_DEPS]
        inside = {t.i for c in clauses for t in (c, *c.conjuncts)}
        for other in drafts:
            if other is d or other.trigger.i not in inside:
                continue
            d.targets += [a for a in other.actors if a not in d.actors and a not in d.targets]


def blamed_subjects(d: EventDraft, reader: RoleReader) -> None:
    """The target of what a reported clause says of its subject: "said Hamas was responsible for the
    attack" accuses Hamas (the speaker itself, "said it was responsible", is no target); "said the
    Egyptian proposal was not acceptable" rejects Egypt's offer; "calling it a violation" names an act,
    not a party; "said the reports were disinformation" denies the charge of the party that made it
    (:func:`charge_makers`)."""
    if not d.pattern.predicates or d.trigger.pos_ not in VERB_POS:
        return
    if any(c.dep_ == "dobj" and c.lower_ in ACT_PRONOUNS for c in d.trigger.children):
        # "condemned the attack, calling it a blatant violation": "it" is the act, whose author is found
        # from the act it refers to, not the party the pronoun might name
        d.targets = []
        return
    if d.targets:
        return
    subjects = [t for s in clause_subjects(d.trigger) for t in
                (charge_makers(s, reader) if d.pattern.mode == "deny" else reader.phrase_tokens(s))]
    d.targets = [a for a in reader.actors_in(subjects, places_as_states=True) if a not in d.actors]


def charge_makers(charge: Token, reader: RoleReader) -> list[Token]:
    """The words that name who made a charge: its possessor and modifiers, its "of", "from" or "by" phrase
    and the agent of a participle on it ("The statement spread by the Ministry of Defense of Azerbaijan ...,
    according to which the Armenian Armed Forces fired ..." was made by Azerbaijan, not Armenia)."""
    found = [charge]
    for c in charge.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod"):
            found += reader.phrase_tokens(c)
        elif c.dep_ in ("prep", "agent") and c.lower_ in ("of", "from", "by"):
            found += [t for p in c.children if p.dep_ == "pobj" for t in reader.phrase_tokens(p)]
        elif c.dep_ == "acl":
            found += [t for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                      for t in reader.phrase_tokens(p)]
    return found


# The pattern of an accusation read off what a speaker says another party did.
SAID_ACCUSATION = Pattern("say another party struck", type=ACCUSING, mode="allege")
# Sectors of bodies that report what happened rather than charge a party: the press, international
# and aid organizations ("the United Nations said", "IOM Spokesman Kennedy Okoth Omondi said").
WITNESS_SECTORS = {"MED", "IGO", "NGO"}


def said_acts(drafts: list[EventDraft], reader: RoleReader, speech_verbs: frozenset[str]) -> list[EventDraft]:
    """Accusations made by telling another party's hostile act: a direct quotation's speaker accuses the
    party that is the subject of an assault, coercion or threat it reports ("'The RSF attacked from multiple directions and infiltrated the hospital,' Minni Minawi
    said"). Not an accusation: a speaker's account of its own side's act ("the army said it killed 30
    fighters"), an act a journalist narrates (no speaker), an act not reported as done, or an act of a
    sentence that already codes an accusation between the same parties ("accused the RSF of attacking")."""
    found: list[EventDraft] = []
    for d in drafts:
        # to say another party did an armed act is to accuse it
        if coded_type(d) not in ARMED_TYPES or d.modality.status != "occurred" or d.modality.background \
                or d.pattern.symmetric or not told_of(d, reader):
            continue  # "since Russia launched its invasion": a recalled act; "the two forces clashed": no aggressor
        speaker = quote_speaker_at(d.trigger, direct_only=True)
        speakers = reader.with_states([speaker]) if speaker else []
        if not speakers or any(own_side(reader, s, a) for s in speakers for a in d.actors):
            continue  # "we struck their positions": the speaker's own act
        if any(not any(own_side(reader, s, t) for s in speakers) for t in d.targets):
            continue  # "the Yemeni forces targeted a ship heading to Israel": a third party's account, no charge
        if any(getattr(reader.table.get(s), "sector", None) in WITNESS_SECTORS for s in speakers):
            continue  # "the United Nations said": a count of what happened, no charge
        if any(coded_type(k) == ACCUSING and k.sentence.start == d.sentence.start
               and (set(k.actors) & set(speakers) or set(k.targets) & set(d.actors)) for k in drafts + found):
            continue  # "accused the army of shelling": one accusation
        found.append(EventDraft(SAID_ACCUSATION, saying_verb(d.trigger, speech_verbs), d.sentence, Modality(),
                                actors=speakers, targets=list(d.actors)))
    return found


def named_criminal(doc: Doc, drafts: list[EventDraft], reader: RoleReader, words: frozenset[str]) -> list[EventDraft]:
    """Accusations made by saying in one's own words what another party is: "'Once again, Russia proves
    it is a terrorist state,' Zelenskiy wrote" accuses Russia (the word is one a verb of naming needs to
    accuse, "called Kyiv a terrorist regime"). The subject is the party, or, for a pronoun, the subject of
    the verb the clause completes ("Russia proves it is ..."); the speaker's own side is no target."""
    found: list[EventDraft] = []
    for q in doc._.quotes or []:
        span = doc.char_span(q.span[0], q.span[1], alignment_mode="expand") if q.direct and q.speaker else None
        speakers = reader.with_states([q.speaker]) if span is not None and q.speaker else []
        for cop in (t for t in span or [] if t.lemma_.lower() in COPULAS and speakers):
            if any(c.dep_ == "neg" for c in cop.children):
                continue  # "we are not terrorists"
            named = [w for c in cop.children if c.dep_ in ("attr", "acomp")
                     for w in (c, *(m for m in c.children if m.dep_ in ("amod", "compound"))) if words & {w.lemma_.lower(), w.lower_}]
            subjects = [c for c in cop.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].pos_ == "PRON" and cop.dep_ == "ccomp":
                subjects = [c for c in cop.head.children if c.dep_ == "nsubj"]  # "Russia proves it is ..."
            parties = reader.actors_in([t for s in subjects for t in reader.phrase_tokens(s)], places_as_states=True)
            parties = [a for a in parties if not any(own_side(reader, s, a) for s in speakers)]
            if not named or not parties or any(coded_type(k) == ACCUSING and k.sentence.start == cop.sent.start
                                               and set(k.targets) & set(parties) for k in drafts + found):
                continue
            found.append(EventDraft(SAID_ACCUSATION, named[0], cop.sent, Modality(), actors=speakers, targets=parties))
    return found


def own_side(reader: RoleReader, speaker: str, actor: str) -> bool:
    """Whether an actor is on the speaker's side: one party, or the state, state bodies and officials of
    one country ("Azerbaijan's defence ministry" and Azerbaijan; not a rebel group or an aid body of it)."""
    if reader.same_side(speaker, actor):
        return True
    a, b = reader.table.get(speaker), reader.table.get(actor)
    return a is not None and b is not None and a.country is not None and a.country == b.country \
        and all(x.type == "state" or x.sector in STATE_SIDE_SECTORS or (x.type != "group" and x.sector is None)
                for x in (a, b))


def told_of(d: EventDraft, reader: RoleReader) -> bool:
    """Whether the act is told of its actor, the subject of its verb ("The RSF attacked from multiple
    directions"): a strike named by a noun ("The Israeli enemy strike on Baalshmay killed five people")
    or a participle ("a drone launched by the RSF") counts what was done, no charge."""
    if d.trigger.pos_ not in VERB_POS or d.trigger.dep_ in ("acl", "amod"):
        return False
    subjects = [t for s in d.trigger.children if s.dep_ == "nsubj" for t in reader.phrase_tokens(s)]
    return bool(set(reader.actors_in(subjects, places_as_states=True)) & set(d.actors))


def saying_verb(act: Token, speech_verbs: frozenset[str]) -> Token:
    """The verb by which the act is said, in the act's own sentence ("Minawi said"), else the act."""
    head = act
    while head.head.i != head.i:
        head = head.head
        if head.pos_ in VERB_POS and head.lemma_.lower() in speech_verbs:
            return head
    said = [t for t in act.sent if t.pos_ in VERB_POS and t.lemma_.lower() in speech_verbs and t.i != act.i]
    return min(said, key=lambda t: abs(t.i - act.i)) if said else act


def claimed_acts(drafts: list[EventDraft], reader: RoleReader, book: PatternBook) -> list[EventDraft]:
    """Accusations by claim: "claims the plane was shot down" accuses whoever shot it down; the
    claimant, if another party, acts against the parties of the act its clause reports."""
    found: dict[int, EventDraft] = {}
    for d in drafts:
        head = d.trigger
        while head.dep_ in ("ccomp", "conj", "xcomp", "advcl") and head.head.i != head.i and head.head.pos_ != "NOUN":
            head = head.head
            p = next((p for p in book.by_verb.get(head.lemma_.lower(), []) if p.content), None)
            if p is None:
                continue
            speakers = reader.with_states(reader.subject_actors(head))
            alleged = {coded_type(d), f"{coded_type(d)}:{d.pattern.mode}".upper()} & p.content
            if alleged and speakers and not set(speakers) & set(d.actors):
                claim = found.setdefault(head.i, EventDraft(p, head, d.sentence, Modality(), actors=speakers))
                claim.targets += [a for a in d.actors if a not in claim.targets]
            break
    return list(found.values())


def denials(drafts: list[EventDraft], is_denial: Callable[[Token], bool]) -> set[int]:
    """The denial verbs that govern a reported act other than a refusal: "Hezbollah denied firing any
    rockets" is a rejection as well as a denied attack; "denied claims that it had refused to negotiate"
    is no rejection done. A negated denial ("did not deny") rejects nothing, and neither does the denial of
    a habit told in the present ("Moscow and Kyiv deny their military forces target civilians"), a stance
    that the denied act, coded with its status, stands for."""
    found: set[int] = set()
    refusals: set[int] = set()
    for d in drafts:
        cue = d.modality.cue
        if cue is None or cue.pos_ not in VERB_POS or not is_denial(cue) or any(c.dep_ == "neg" for c in cue.children):
            continue
        habit = d.trigger.tag_ in ("VBP", "VBZ")
        (refusals if coded_type(d) == "REJECT" or d.modality.status != "denied" or habit else found).add(cue.i)
    return found - refusals


def denial_targets(rejections: list[EventDraft], drafts: list[EventDraft]) -> list[EventDraft]:
    """Aim a denial that names no target at the party whose accusation it denies ("denies the accusations
    of the Azerbaijani side on opening fire"), else at the targets of the act it denies ("denied firing any
    rockets" at Israel)."""
    for r in rejections:
        if r.targets or r.pattern.status != "denied":
            continue
        inside = {t.i for c in r.trigger.children if c.dep_ == "dobj" for t in c.subtree}
        accusers = [a for d in drafts if accusation_noun(d.trigger, d.pattern) and d.trigger.i in inside
                    for a in d.actors]
        denied = [t for d in drafts if d.modality.cue is not None and d.modality.cue.i == r.trigger.i
                  for t in d.targets]
        r.targets = [a for a in dict.fromkeys(accusers or denied) if a not in r.actors]
    return rejections
