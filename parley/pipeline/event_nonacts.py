"""Words of an event type that, where they stand, report no act of the parties they name.

"talks ... have yielded no significant breakthroughs" and "Israel's war on Hamas has killed more than
50,000" say what an act did (its own noun reports it); "Ukraine ... needs further military support"
is the reporter's account, voiced by no one; "met ... to discuss a possible prisoner exchange" names
the meeting's topic; "in exchange for 90 Palestinian prisoners" is what comes back in a release;
"prisoners held by Israel" and "the release of its members detained by the DRC government" say who
holds them; "a Greek ship heading to Israel" travels without visiting anyone; "will cooperate so as to
agree the agenda" says what cooperation is for; "Witkoff's original plan, which called for the release of
10 living hostages" and "the first stage of the agreement foresaw the Israeli military withdrawing" tell
what a document says; "Chad, which already hosts nearly 409,000 Sudanese" shelters people; "it is
impossible to hold meetings" reports none; "a renewed effort to negotiate a ceasefire and seek broader
steps" names an aim. The ``parley_events`` stage codes none of them. ``mere_warning`` tells a warning of a danger ("the WFP warned that support
for Sudanese refugees ... may grind to a halt") from a threat.
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.event_agents import NEED_VERBS
from parley.pipeline.event_drafts import EventDraft
from parley.pipeline.event_patterns import Pattern, PatternBook
from parley.pipeline.event_phrases import inside_quote
from parley.pipeline.event_roles import RoleReader
from parley.pipeline.event_status import ROUND_WORDS, is_infinitive
from parley.pipeline.event_terms import accord_handover, accord_terms, is_document
from parley.pipeline.event_threats import deterrent
from parley.pipeline.event_words import NOUN_POS, VERB_POS

# Verbs of talking about something: under a meeting verb they name its topic.
DISCUSSION_VERBS = {"discuss"}
# Types whose bare participle after a noun says who someone is ("officials accused of abuses").
DESCRIBING_TYPES = {"ACCUSE", "COERCE"}
# Nouns of the idiom "in exchange for", "in return for": no exchange of their own.
RETURN_IDIOM_NOUNS = {"exchange", "return", "swap"}
# Verbs of keeping captives: as a participle on the captives they say who holds them.
HOLDING_VERBS = {"hold", "keep"}
# Types of taking captives (detentions, abductions): as a participle on the captives a release frees
# they say who the captives are.
CAPTURE_TYPES = {"COERCE", "ASSAULT"}
# Types of acts whose purpose is only striven for ("cooperate so as to agree", "held talks to reach
# a truce"), or the mission of forces sent ("deployed a 1,000-strong force to Mozambique to fight alongside
# Mozambique's forces"); an order's purpose ("issued directives to implement the ceasefire") is carried out.
STRIVING_TYPES = {"COOPERATE", "CONSULT", "MOBILIZE"}
# Modes of aid that send forces, whose mission is striven for like a deployment's.
MISSION_MODES = {"peacekeeping"}
# Subjects that speak for themselves: "we need", "I need".
SPEAKER_SUBJECTS = {"we", "i"}
# Verbs by which a document states its content ("the plan called for", "the deal foresaw").
PROVISION_VERBS = {"call", "foresee", "envisage", "envision", "provide", "stipulate", "require", "demand", "include",
                   "outline", "entail", "urge", "seek", "propose", "mandate", "oblige", "contemplate"}
# Hosting people in numbers or as refugees is shelter, not a meeting ("hosts nearly 409,000 Sudanese").
HOSTING_VERBS = {"host", "welcome", "receive", "shelter", "house", "accommodate"}
SHELTERED_NOUNS = {"refugee", "refugees", "displaced", "migrant", "migrants", "asylum", "seeker", "seekers", "evacuee",
                   "evacuees", "people", "civilians", "families", "persons", "children", "returnees"}
SHELTER_COUNT = 100
# Pronouns by number: a warner's own act in its clause is said by a pronoun of the warner's number
# ("the villagers warned it could increase": "it" is not the villagers).
SINGULAR_PRONOUNS = {"it", "he", "she"}
PLURAL_PRONOUNS = {"they"}
# Words that say an act cannot take place ("it is impossible to hold meetings").
IMPOSSIBILITY_WORDS = {"impossible"}
# Nouns of an attempt: what their infinitive names is aimed at ("a renewed effort to negotiate a
# ceasefire and seek broader steps").
EFFORT_NOUNS = {"effort", "efforts", "bid", "attempt", "attempts", "push", "drive", "quest"}
# Types of acts that, as the aim of an effort, are not yet done (the effort itself may be an event).
AIMED_TYPES = {"REQUEST", "AGREE", "CONCEDE", "RETREAT"}

# Verbs that give a party time to act, and the spans of time given ("gave the junta one week to cede power").
DEADLINE_VERBS = {"give", "grant", "allow"}
# Tags of a verb that reports a past act ("has contacted", "met").
PAST_TAGS = {"VBD", "VBN"}
TIME_SPANS = {"hour", "day", "week", "month", "deadline", "ultimatum"}
# Nouns of a time limit set for an act: what it is set for is required, not done ("set a deadline ... for
# the M23 to have withdrawn").
DEADLINE_NOUNS = {"deadline", "ultimatum", "time-limit"}
# Nouns of a wish, and the verbs by which a wish names a state of the world rather than an act of the one who
# wishes ("expressed his desire to see an end to the war"): no willingness to cooperate is indicated.
WISH_NOUNS = {"desire", "wish", "hope", "hopes", "longing"}
OUTCOME_VERBS = {"see", "witness"}

def no_act(token: Token, pattern: Pattern, book: PatternBook, triggers: dict[int, Pattern]) -> bool:
    """Whether a trigger reports no act of the parties it names (see the module docstring)."""
    if accord_terms(token):
        return True  # "Under the terms of the agreement, IDF troops will gradually withdraw"
    if pattern.type == "ASSAULT" and accord_handover(token):
        return True  # "Under the ceasefire, ... with Lebanese forces taking control"
    if token.pos_ in NOUN_POS:
        return _in_return(token)
    if token.pos_ not in VERB_POS:
        return False
    return _act_as_subject(token, book) or _meeting_topic(token, triggers) or _holding_described(token, pattern) \
        or _captives_released(token, pattern, book) \
        or _vehicle_moving(token, pattern) or (pattern.type == "REQUEST" and _narrated_need(token, book)) \
        or _purpose_of_other(token, pattern, triggers) or _document_content(token) \
        or _sheltering(token, pattern) or _impossible(token) or _aim_of_effort(token, pattern) or _ultimatum(token) \
        or _described_purpose(token, triggers) or _set_aside(token) or _deadline_content(token) \
        or (pattern.type == "AGREE" and _wished_outcome(token))


# Words right before a verb that set its act aside for another ("fight rather than negotiate",
# "attack instead of negotiating").
SET_ASIDE = (("rather", "than"), ("instead", "of"))


def _set_aside(verb: Token) -> bool:
    """Whether a verb is the act a party chooses against ("We will see the end of him rather than
    negotiate", "the rebels would fight rather than negotiate"): no act, pledged or done."""
    words = [t.lower_ for t in verb.doc[max(verb.i - 3, 0):verb.i] if t.lower_ != "to"]
    return tuple(words[-2:]) in SET_ASIDE


def _described_purpose(verb: Token, triggers: dict[int, Pattern]) -> bool:
    """Whether a verb is the purpose of a habit a relative clause describes ("France and the United States,
    which both use it as a base to fight a militant insurgency"): what a party is said to do it for is no
    act the report tells."""
    if verb.dep_ not in ("advcl", "acl") or not is_infinitive(verb):
        return False
    head = verb.head
    while head.pos_ not in VERB_POS and head.dep_ in ("pobj", "prep", "dobj") and head.head.i != head.i:
        head = head.head  # "use it as a base to fight": the base's verb
    return head.pos_ in VERB_POS and head.i not in triggers and head.dep_ == "relcl" \
        and head.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def _deadline_content(verb: Token) -> bool:
    """Whether a verb is what a deadline set by its clause's verb requires ("The Luanda summit had set a
    deadline of Friday November 25 ... for the M23 to have withdrawn", where the parser hangs the "for ...
    to" clause on "set"): a required act, not done nor promised (a deadline's own "for"/"to" complement is
    absorbed by the "demand (noun)" cue of the pattern book)."""
    if verb.dep_ not in ("advcl", "acl") or not any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) \
            or not is_infinitive(verb):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass", "dative") and c.lemma_.lower() in DEADLINE_NOUNS
               for c in verb.head.children)


def _wished_outcome(verb: Token) -> bool:
    """Whether a verb expresses a wish for an outcome ("Donald Trump ... has expressed his desire to see an end
    to the war"): a wish to see a state of things commits its holder to no act (a position, not an AGREE)."""
    wishes = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in WISH_NOUNS]
    return any(a.dep_ in ("acl", "relcl") and a.lemma_.lower() in OUTCOME_VERBS and is_infinitive(a)
               for w in wishes for a in w.children)


def _ultimatum(verb: Token) -> bool:
    """Whether a verb gives a party time to act ("gave the military coup leaders in Niger one week to cede
    power", ECOWAS 2023): a deadline, no aid or concession given."""
    if verb.lemma_.lower() not in DEADLINE_VERBS:
        return False
    spans = [c for c in verb.children if c.dep_ in ("npadvmod", "dobj", "dative") and c.lemma_.lower() in TIME_SPANS]
    clauses = [c for h in [verb, *spans] for c in h.children if c.dep_ in ("advcl", "acl", "xcomp", "relcl")
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return bool(spans and clauses)


def _document_content(verb: Token) -> bool:
    """Whether a verb is a document stating its content ("Witkoff's original plan, which called for
    the release of 10 living hostages") or an act inside that content ("the first stage of the
    ceasefire agreement also foresaw the Israeli military withdrawing"): the accord is the event, its
    terms are no act of the parties they name."""
    for v in (verb, verb.head if verb.dep_ in ("ccomp", "xcomp", "pcomp") else None):
        if v is None or v.pos_ not in VERB_POS or v.lemma_.lower() not in PROVISION_VERBS:
            continue
        if any(c.dep_ == "nsubj" and is_document(c) for c in v.children) and not _addressed(v):
            return True
    return False


def _addressed(verb: Token) -> bool:
    """Whether a document's verb names a party it is addressed to ("The Egyptian proposal calls on
    Israel and the Palestinian groups to accept an immediate ceasefire"): its authors ask that party."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") for g in p.children]
    return any(verb.doc._.actors.at(o) is not None for o in objects)


def _sheltering(verb: Token, pattern: Pattern) -> bool:
    """Whether a verb of hosting shelters people ("Chad, which already hosts nearly 409,000 Sudanese
    fleeing previous waves of conflict"): refugees in numbers are no delegation received."""
    if pattern.type != "CONSULT" or verb.lemma_.lower() not in HOSTING_VERBS:
        return False
    for o in (c for c in verb.children if c.dep_ == "dobj"):
        if o.lower_ in SHELTERED_NOUNS:
            return True
        for n in (c for c in o.children if c.dep_ == "nummod" and c.like_num):
            digits = n.text.replace(",", "")
            if digits.isdigit() and int(digits) >= SHELTER_COUNT:
                return True
    return False


def _impossible(verb: Token) -> bool:
    """Whether a verb is said to be impossible ("it is impossible to hold meetings in the 5+2
    format"): no act is reported."""
    if verb.dep_ != "xcomp":
        return False
    head = verb.head  # "impossible to hold", or "is ... to hold" with "impossible" beside
    return head.lemma_.lower() in IMPOSSIBILITY_WORDS \
        or any(c.dep_ == "acomp" and c.lemma_.lower() in IMPOSSIBILITY_WORDS for c in head.children)


def _aim_of_effort(verb: Token, pattern: Pattern) -> bool:
    """Whether a verb names the aim of an effort ("meeting today in a renewed effort to negotiate a
    ceasefire and seek broader steps toward ending the war"): it is striven for, not done or asked."""
    if pattern.type not in AIMED_TYPES:
        return False
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
        verb = verb.head
    if not is_infinitive(verb):
        return False
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl") and head.dep_ == "acl" and head.tag_ == "VBN":
        # "Mediation efforts led by the US, Egypt, and Qatar to reach a ceasefire": the effort's aim
        # hangs on the participle that says whose effort it is
        head, verb = head.head, head
    return verb.dep_ == "acl" and head.lower_ in EFFORT_NOUNS


def _purpose_of_other(verb: Token, pattern: Pattern, triggers: dict[int, Pattern]) -> bool:
    """Whether a verb is the purpose of cooperation or talks ("the sides will cooperate so as to agree
    the agenda"): what they strive for has not happened; a purpose of the same type ("arrived in
    Jeddah to resume peace talks") tells that act's counterpart and stays."""
    head = triggers.get(verb.head.i)
    if pattern.type == "REQUEST" and head is not None and head.type == "CONSULT" and verb.head.tag_ in PAST_TAGS:
        return False  # "said it has contacted the commanders ... to urge them to meet": the contact made the appeal
    return verb.dep_ == "advcl" and head is not None and head.type != pattern.type and is_infinitive(verb) \
        and (head.type in STRIVING_TYPES or head.mode in MISSION_MODES)


def _act_as_subject(verb: Token, book: PatternBook) -> bool:
    """Whether a verb's subject is itself an act ("Two recent rounds of direct peace talks between
    Russian and Ukrainian delegations have yielded no breakthroughs"): the parties named inside the
    subject do not do what the verb says."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in VERB_POS and not any(c.dep_ == "nsubj" for c in clause.children):
        clause = clause.head  # "a war that has killed 130,000 people, displaced millions ... and threatens to"
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if clause.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in subjects):
        subjects = [clause.head]  # "the five-year Syrian war, which has claimed an estimated 400,000 lives"
    for s in subjects:
        if s.tag_ == "VBG" and book.verb_event(s) is not None:
            return True  # "Fighting between ethnic militias ... has killed about 50,000 people"
        heads = [s] + [g for p in s.children if p.dep_ == "prep" and p.lower_ == "of" and s.lemma_.lower() in ROUND_WORDS
                       for g in p.children if g.dep_ == "pobj"]
        if any(book.noun_event(h) is not None for h in heads if h.pos_ in NOUN_POS):
            return True
    return False


def _meeting_topic(verb: Token, triggers: dict[int, Pattern]) -> bool:
    """Whether "discuss" says what a meeting reported by the verb above it is about ("met ... in
    Ankara to discuss a possible prisoner exchange with Russia", "held a phone call ..., discussing
    the grain deal with Ukraine")."""
    head = triggers.get(verb.head.i)
    return verb.lemma_.lower() in DISCUSSION_VERBS and verb.dep_ in ("advcl", "xcomp", "acl") \
        and head is not None and head.type == "CONSULT"


def _narrated_need(verb: Token, book: PatternBook) -> bool:
    """Whether a need is the reporter's account, not anyone's appeal: "Ukraine is short-handed on
    the front line and needs further military support from its Western partners" is said by no
    one; "we need", a quoted need or one under a speech verb ("Zelensky said Ukraine needs ...")
    is voiced."""
    if verb.lemma_.lower() not in NEED_VERBS or inside_quote(verb):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SPEAKER_SUBJECTS for c in verb.children):
        return False
    heads = [verb, *verb.ancestors]
    return not any(h.lemma_.lower() in book.speech_verbs or book.cue(h) is not None for h in heads[1:]) \
        and not any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in book.speech_verbs
                    for h in heads for c in h.children)


def _in_return(noun: Token) -> bool:
    """Whether a noun of exchange is the idiom "in exchange for" / "in return for": the release it
    hangs on is the event, and what comes back is part of it."""
    return noun.lower_ in RETURN_IDIOM_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)


def _holding_described(verb: Token, pattern: Pattern) -> bool:
    """Whether "held" describes captives by who holds them ("1,700 Gazans held by Israel since the
    conflict began"): the holding is their state, not a detention reported."""
    return pattern.mode == "detain" and verb.lemma_.lower() in HOLDING_VERBS and verb.dep_ in ("acl", "relcl")


def _captives_released(verb: Token, pattern: Pattern, book: PatternBook) -> bool:
    """Whether a participle of taking people describes the captives whose release a noun names ("the
    release of its members detained by the DRC government", "the release of hostages abducted by
    Hamas"): the release is the news, the capture says who the captives are."""
    if pattern.type not in CAPTURE_TYPES or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    captives = verb.head
    if captives.dep_ != "pobj" or captives.head.lower_ != "of" or captives.head.head.pos_ not in NOUN_POS:
        return False
    release = book.noun_event(captives.head.head)
    return release is not None and release.mode == "release"


def _vehicle_moving(verb: Token, pattern: Pattern) -> bool:
    """Whether a journey verb is a participle on a noun that names no party ("a Greek ship heading to
    Israel"): something travels, and no one pays a visit."""
    return pattern.type == "CONSULT" and (pattern.mode == "visit" or pattern.fallback) and verb.dep_ == "acl" \
        and verb.head.pos_ in NOUN_POS and verb.doc._.actors.at(verb.head) is None


def mere_warning(d: EventDraft, reader: RoleReader) -> bool:
    """Whether "warned" only describes a danger ("warned that the displaced civilians are facing
    worsening conditions"): a threat names whom it is made to, or says what the warner will do. A
    party named only inside what is in danger ("warned that approximately 239,000 Sudanese refugees
    remain stranded", "warned that support for Sudanese refugees in Egypt, Ethiopia, Libya, and the
    Central African Republic may grind to a halt") is no addressee, and "it" is no plural warner ("two villagers
    ... warned it could increase further")."""
    if deterrent(d.trigger, d.actors, reader):
        return False  # "warned against further attempts to harm Israeli civilians"
    clauses = [c for c in d.trigger.children if c.dep_ == "ccomp"]
    subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    described = set(reader.actors_in(t for s in subjects for t in _in_danger(s, reader)))
    if set(d.targets) - described:
        return False
    warner = _warner(d.trigger)
    for s in subjects:
        if s.lower_ in SPEAKER_SUBJECTS:
            return False
        if s.lower_ in SINGULAR_PRONOUNS | PLURAL_PRONOUNS and not _agrees(s, warner):
            continue
        if set(reader.actors_in(t for t in reader.phrase_tokens(s))) & set(d.actors):
            return False
    return True


def _in_danger(subject: Token, reader: RoleReader) -> list[Token]:
    """The words of a warned-of subject that only say whose or where the danger is: the objects of
    its prepositions ("support for Sudanese refugees in Egypt"), and the nationality of people in need
    ("239,000 Sudanese refugees"); "Israeli forces would pay" names the party warned."""
    words = [t for p in subject.children if p.dep_ == "prep" for t in reader.phrase_tokens(p)]
    if subject.lower_ in SHELTERED_NOUNS:
        words += [m for m in subject.children if m.dep_ in ("amod", "compound")]
    return words


def _warner(verb: Token) -> Token | None:
    """The subject of a warning verb, or of the verb it is joined to ("told AP ..., and warned")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is not None:
            subject = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


def _agrees(pronoun: Token, warner: Token | None) -> bool:
    """Whether a pronoun can stand for the warner: "it" not for "villagers", "they" not for "Iran"
    (collective nouns of one party, tagged singular, may take either)."""
    if warner is None or warner.pos_ != "NOUN":
        return True
    plural = warner.tag_ == "NNS"
    return plural == (pronoun.lower_ in PLURAL_PRONOUNS) or not plural


def describes_only(verb: Token, pattern: Pattern) -> bool:
    """Whether a participle without an agent describes the noun it follows rather than reporting an
    act: "officials accused of abuses", "a man arrested in 2019" say who someone is."""
    if pattern.objects and (verb.head.lemma_.lower() in pattern.objects or verb.head.lower_ in pattern.objects):
        return False  # "had arrest warrants issued for ...": the participle acts on its noun
    return pattern.type in DESCRIBING_TYPES and verb.dep_ == "acl" and verb.tag_ == "VBN" \
        and not any(c.dep_ == "agent" for c in verb.children)


def alone_discussing(d: EventDraft) -> bool:
    """Whether "discussed" names only one party: "left for Jeddah to discuss details" reports no
    meeting until a counterpart is named."""
    return d.trigger.lemma_.lower() in DISCUSSION_VERBS and d.trigger.pos_ in VERB_POS and not d.targets


def purpose_clause(verb: Token) -> bool:
    """Whether a verb opens an infinitive of purpose ("working together ... to guarantee ...")."""
    return verb.dep_ in ("advcl", "acl") and is_infinitive(verb)
