"""Step 5 of the ``parley_events`` stage: one event per act, however often the article reports it.

Mentions of one event in one document (same type, status and actors; compatible targets; the same
content for an agreement or demand) are merged into its first report, as are reports of one type
among the same parties in one sentence ("each side released ...") and bare later mentions of an
agreement or meeting, and a meeting told again from the other side ("al-Mashat met Grundberg"). Later
mentions anywhere in the article that only refer back also merge: a noun
among the same parties ("the ceasefire between India and Pakistan has been established ..."), or a
participle with no agent that names the accord ("violating the ceasefire agreed in Doha"), the
same actor's act on "the plan" or "the deal", and an agreement on the same thing ("agreed to a
ceasefire" ... "agreed to stop all firing"), and a request or agreement a direct quotation tells again after the
reporter's words ("he said that himself and Tatar agreed to have a meeting" ... "'we agreed with Mr. Tatar to
have a meeting'"). A headline's event reported again in the body is the
body's. A meeting a third party hosts or mediates is not merged into the mediation: "Qatar mediated a
surprise meeting between Tshisekedi and Kagame" is Qatar's act and the two presidents' meeting.
Conditional acts and acts merely negated are not reported, nor is the history a report recalls: a
fight, seizure or backing whose own words date it more than a year before publication ("ousted the
government from Sanaa in late 2014", "since Russia invaded in 2022").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.pipeline.event_datelines import dateline_end
from parley.pipeline.event_drafts import EventDraft, coded_type
from parley.pipeline.event_patterns import PatternBook
from parley.pipeline.event_places import LOCATIVE_PREPS
from parley.pipeline.event_pronouns import quote_speaker_at
from parley.pipeline.event_words import NOUN_POS, PAIR_PREPS, VERB_POS, WHEN_PREPS

# Types whose acts dated long before the report are the conflict's history, not news (guideline §4,
# optional events: "since the war started", "the rebels seized Sanaa" in 2014); talks, deals and
# refusals of an earlier peace process stay, since reports of a process retell them as its steps.
HISTORY_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SUPPORT", "AID"}
# Types of a peace process's steps that are history only where a clause recalls them to say what a
# party or text is ("FARC rebels who reached a peace accord in 2016", "the text agreed upon in Istanbul
# in 2022"); reported as steps of the process ("Dialogue with the ELN started in 2018") they stay.
RECALLED_TYPES = {"AGREE", "CONSULT"}
# Modes whose acts are news whenever they are dated: an arrest warrant is issued once ("issued a warrant
# ... over alleged war crimes in 2013": the date may be the crimes').
NEWS_MODES = {"arrest"}
# How many months before publication an act must be dated to be history.
HISTORY_MONTHS = 12
# Relations on the way from a date's words up to the verb it dates ("in late 2014", "three years ago").
DATE_PATH_DEPS = {"pobj", "prep", "npadvmod", "advmod", "nummod", "compound", "amod", "quantmod", "det", "nmod"}
# Types of events that a later bare mention restates rather than repeats.
RESTATED_TYPES = {"AGREE", "CONSULT", "SUPPORT", "REJECT"}
# Modes of a third party's part in others' talks: the talks it hosts are an event of their own.
HOSTING_MODES = {"host", "mediate"}
# Determiners of something already named ("accepted the plan").
DEFINITE_WORDS = {"the", "this", "that", "these", "those"}
# Prepositions of when an agreement was made, not what about.
TIME_PREPS = WHEN_PREPS | {"at"}
# Words of agreeing to stop fighting ("agreed to a ceasefire", "agreed to cease all firing").
# "Both sides agreed to lay down arms" after "agreed Saturday to a truce" agrees on the same truce.
CEASEFIRE_WORDS = {"ceasefire", "cease-fire", "truce", "armistice", "cessation", "cease", "stop", "halt", "end", "lay"}
# Verbs of entering an accord that only carry what is agreed ("have agreed to enter into a ceasefire" agrees on a
# ceasefire); carrying one out is a step of its own ("agreed to implement a ceasefire ... both sides agreeing to
# cease hostilities" are coded apart, as the dev annotations do).
CARRIER_VERBS = {"enter", "reach", "sign", "conclude", "declare", "accept"}
# Characters that close a sentence; a first line without one is a headline.
HEADLINE_STOPS = set(".!?\"”’)")
# Types of acts whose quoted report repeats the one told before in the reporter's words, whatever place or
# date each report gives.
QUOTED_TWIN_TYPES = {"REQUEST", "AGREE"}
# What an agreement is made on, named again with "the" once reported ("accepted the plan").
DOCUMENT_NOUNS = {"plan", "proposal", "deal", "agreement", "accord", "ceasefire", "truce", "offer", "initiative",
                  "framework", "treaty", "text", "document", "terms", "roadmap", "memorandum", "declaration",
                  "arrangement", "understanding", "pact"}


def reported(d: EventDraft) -> bool:
    """Whether a draft reports an act: conditional or possible acts ("if it takes place") and acts
    merely negated ("have not yet signed substantial agreements") are not events; an act an actor
    denies having done is one, with status denied."""
    if d.modality.status == "hypothetical":
        return False
    if _history(d):
        return False
    if d.modality.status == "denied":
        return d.modality.cue_pattern is not None and d.modality.cue_pattern.status == "denied"
    return True


def _history(d: EventDraft) -> bool:
    """Whether a fight, seizure or backing is dated by its own sentence more than HISTORY_MONTHS
    before publication ("ousted a Saudi-backed government from Sanaa in late 2014")."""
    recalled = coded_type(d) in RECALLED_TYPES and d.trigger.dep_ in ("relcl", "acl")
    if not (coded_type(d) in HISTORY_TYPES or recalled) or d.pattern.mode in NEWS_MODES or d.date is None \
            or not d.date.value:
        return False
    if d.date.start < dateline_end(d.trigger.doc, d.trigger, {}):
        return False  # "GENEVA, 10th June 2016 (WAM) –": the date the report was filed
    if not _own_date(d.trigger, d.date.start, d.date.end):
        return False  # a date inherited from the sentence before, or one of a phrase inside the event's
    if d.modality.background and any(t.shape_ == "dddd" for t in d.trigger.doc[d.date.start:d.date.end]):
        return True  # "since Russia invaded in 2022": a clause of what came before, with its year
    published = _months(str(getattr(d.trigger.doc._.meta, "published", None) or ""))
    dated = _months(d.date.value, last=True)
    return bool(published and dated) and published - dated > HISTORY_MONTHS


def _own_date(trigger: Token, start: int, end: int) -> bool:
    """Whether a date's words hang on the trigger itself ("ousted the government from Sanaa in late
    2014", "since 2014 when the Houthis captured the capital"), not on a noun inside its phrase ("a
    warrant ... over alleged war crimes in 2013") or on another clause."""
    doc = trigger.doc
    if not trigger.sent.start <= start < trigger.sent.end:
        return False
    if trigger.dep_ == "relcl" and start <= trigger.head.i < end:
        return True
    cur = doc[start]
    for _ in range(6):
        if cur.head.i == trigger.i:
            return True
        if cur.head.i == cur.i or not (start <= cur.head.i < end or cur.dep_ in DATE_PATH_DEPS):
            return False
        cur = cur.head
    return False


def _months(iso: str, last: bool = False) -> int:
    """Months since year 0 of an ISO date or partial date ("2014" counts as its last month when
    ``last``); 0 for no year."""
    if len(iso) < 4 or not iso[:4].isdigit():
        return 0
    month = int(iso[5:7]) if len(iso) >= 7 and iso[5:7].isdigit() else (12 if last else 1)
    return int(iso[:4]) * 12 + month


def _content(d: EventDraft) -> str | None:
    """What an agreement or a demand is about: "agreed to a prisoner exchange" and "agreeing to
    hold a new round of negotiations" are two agreements."""
    if not d.pattern.absorbs:
        return None
    for c in d.trigger.children:
        if c.dep_ in ("xcomp", "ccomp", "dobj"):
            return _same_act(_carried(c).lemma_.lower())
    for c in d.trigger.children:
        # "During the call, both sides agreed to ...": the time, not the content
        if c.dep_ == "prep" and c.lower_ not in LOCATIVE_PREPS and c.lower_ not in TIME_PREPS:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return _same_act(obj.lemma_.lower())
    return None


def _carried(verb: Token) -> Token:
    """What a carrier verb takes ("enter into a ceasefire" -> "ceasefire"), else the word itself."""
    if verb.lemma_.lower() not in CARRIER_VERBS:
        return verb
    for c in verb.children:
        if c.dep_ == "dobj":
            return c
        if c.dep_ == "prep" and c.lower_ not in LOCATIVE_PREPS and c.lower_ not in TIME_PREPS:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return verb


def _signed(d: EventDraft) -> str | None:
    """What a carrier verb's act is on ("signed a permanent ceasefire" -> "ceasefire"), for a later
    "have agreed to enter into a ceasefire" to restate it."""
    carried = _carried(d.trigger)
    return _same_act(carried.lemma_.lower()) if carried.i != d.trigger.i else None


def _same_act(word: str) -> str:
    """One name for the words of one agreed act: "agreed to a ceasefire" and "agreed to stop all
    firing" agree on the same thing."""
    return "ceasefire" if word in CEASEFIRE_WORDS else word


def _restates(k: EventDraft, d: EventDraft) -> bool:
    """Whether a later mention ``d`` only refers back to the agreement or meeting ``k`` already reported:
    a bare noun among the same parties ("the ceasefire between India and Pakistan has been
    established through mutual understanding"), or the same actor's act on a definite object
    ("after Hamas accepted the plan"), or an agreement on the same thing among the same parties
    ("both sides agreed to stop all firing"), with no other date or place."""
    if coded_type(k) != coded_type(d) or coded_type(d) not in RESTATED_TYPES or k.trigger.i >= d.trigger.i \
            or _hosted(k, d):
        return False
    if k.modality.status != d.modality.status or k.modality.background != d.modality.background:
        return False
    if not _compatible(k.date.value if k.date else None, d.date.value if d.date else None) \
            or not _compatible(k.place, d.place):
        return False
    if d.trigger.pos_ in NOUN_POS or _naming_participle(d.trigger):
        parties = set(d.actors) | set(d.targets)
        return bool(parties) and parties <= set(k.actors) | set(k.targets)
    if _content(d) is not None and _content(d) in (_content(k), _signed(k)) \
            and set(d.actors) | set(d.targets) <= set(k.actors) | set(k.targets):
        return True  # "both sides agreed to stop all firing" after "India and Pakistan agreed to a ceasefire"
    return bool(d.actors) and set(d.actors) <= set(k.actors) and _definite_object(d)


def _naming_participle(verb: Token) -> bool:
    """Whether a participle with no agent only names a thing already agreed, like a noun would: "have
    accused each other of violating the ceasefire agreed in Doha" refers back to the Doha accord."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.dep_ == "acl":
        return verb.head.pos_ in NOUN_POS
    # the parser may hang the participle on the clause's verb; it still follows the accord it names
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return before is not None and before.pos_ in NOUN_POS and before.lemma_.lower() in DOCUMENT_NOUNS


def _other_side(k: EventDraft, d: EventDraft) -> bool:
    """Whether a later meeting is one already reported, told from the other side: "Grundberg met
    with the head of the Houthi ruling council, Mahdi al-Mashat" ... "al-Mashat met Grundberg and his
    accompanying delegation" (one meeting; the guideline codes it once, with both sides)."""
    return coded_type(k) == coded_type(d) == "CONSULT" and k.pattern.mode == d.pattern.mode \
        and k.modality.status == d.modality.status and k.modality.background == d.modality.background \
        and _compatible(k.date.value if k.date else None, d.date.value if d.date else None) \
        and _compatible(k.place, d.place) \
        and bool(set(d.actors) & set(k.targets)) and bool(set(d.targets) & set(k.actors))


def _headline_end(doc: Doc) -> int:
    """Where the article's headline ends, a first line with no closing stop (as a character offset), or -1."""
    text = doc.text
    first = text.lstrip()
    line = first.split("\n", 1)[0].strip()
    if "\n" not in first or not line or line[-1] in HEADLINE_STOPS:
        return -1
    return len(text) - len(first) + len(line)


def _headline_repeat(d: EventDraft, drafts: list[EventDraft], headline_end: int) -> bool:
    """Whether a headline's event is reported again in the body ("Trump Announces Israel-Iran
    Ceasefire" above "Israel and Iran agreed to a ceasefire"): the body's report, with its actors,
    is the event."""
    if d.sentence.start_char > headline_end:
        return False
    parties = set(d.actors) | set(d.targets)
    return any(o is not d and o.sentence.start_char > headline_end and coded_type(o) == coded_type(d)
               and parties & (set(o.actors) | set(o.targets)) for o in drafts)


def _definite_object(d: EventDraft) -> bool:
    """Whether a verb acts on something named before: "accepted the plan", "signed the deal"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS
               and any(g.dep_ in ("det", "poss") and g.lower_ in DEFINITE_WORDS for g in c.children)
               for c in d.trigger.children)


def _retold(k: EventDraft, d: EventDraft, sentence_no: dict[int, int]) -> bool:
    """Whether the next sentence tells again, with a verb, the act a noun named among the same
    parties: "four days of intense fighting between the nuclear-armed neighbours. ... both Asian
    neighbours fired missiles and drones at each other's military installations"."""
    return k.trigger.pos_ in NOUN_POS and sentence_no[d.sentence.start] - sentence_no[k.sentence.start] == 1 \
        and bool(k.targets) and set(k.actors) == set(d.actors) and set(k.targets) == set(d.targets)


def _hosted(k: EventDraft, d: EventDraft) -> bool:
    """Whether ``d`` is the meeting that ``k`` hosts or mediates: "Qatar mediated a surprise meeting
    between Tshisekedi and Kagame" is Qatar's mediation and the two presidents' meeting."""
    return k.pattern.mode in HOSTING_MODES and bool(d.actors) and not set(d.actors) & set(k.actors)


def hosted_meeting(noun: Token, book: PatternBook) -> bool:
    """Whether a noun names a meeting between named parties that the verb it is the object of hosts
    or mediates: "Qatar mediated a surprise meeting between DRC President Felix Tshisekedi and
    Rwandan President Paul Kagame" (docs/annotation.md §4: the host's event and the parties' own)."""
    if noun.dep_ != "dobj" or noun.head.pos_ not in VERB_POS:
        return False
    host = book.verb_event(noun.head)
    return host is not None and host.mode in HOSTING_MODES \
        and any(c.dep_ == "prep" and c.lower_ in PAIR_PREPS for c in noun.children)


def _compatible(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _named_demand(k: EventDraft, d: EventDraft) -> bool:
    """Whether a demand noun restates a request already coded in its sentence: "Russia has set
    conditions for cessation of hostilities in Ukraine, with a demand for the withdrawal of Ukrainian
    troops" is one request, whatever status each word gives."""
    return k.sentence.start == d.sentence.start and coded_type(k) == coded_type(d) == "REQUEST" \
        and (d.trigger.pos_ in NOUN_POS) != (k.trigger.pos_ in NOUN_POS) \
        and bool(set(k.actors) & set(d.actors)) \
        and (not k.targets or not d.targets or bool(set(k.targets) & set(d.targets)))


def _quoted_twin(k: EventDraft, d: EventDraft) -> bool:
    """Whether a request or an agreement in a direct quotation is the one the report already told in its own words:
    "The M23 rebel group ... demanded direct talks with the DR Congo government" and, later, "'We demand direct
    talks with the DR Congo government,' Lawrence Kanyuka, the political spokesman for M23, told the media" is
    one demand (the same party asks the same party for the same thing); "he said that himself and Tatar agreed
    to have a meeting in Cyprus" and "'we agreed with Mr. Tatar to have a meeting in Cyprus'" one agreement,
    wherever each report places it."""
    return coded_type(k) == coded_type(d) and coded_type(d) in QUOTED_TWIN_TYPES and k.trigger.i < d.trigger.i \
        and quote_speaker_at(d.trigger, True) is not None and quote_speaker_at(k.trigger, True) is None \
        and _content(d) is not None and _content(d) == _content(k) \
        and bool(set(k.actors) & set(d.actors)) and set(d.targets) == set(k.targets)


def merge_mentions(drafts: list[EventDraft]) -> list[EventDraft]:
    """Step 5: later reports of an event already coded fill its gaps instead of repeating it.

    Only nearby reports merge (the same sentence, or the next two with the same mode) and only
    when their places and dates agree: the same parties meet again, elsewhere or later.
    """
    headline_end = _headline_end(drafts[0].sentence.doc) if drafts else -1
    drafts = [d for d in drafts if not _headline_repeat(d, drafts, headline_end)]
    kept: list[EventDraft] = []
    sentence_no = {s.start: n for n, s in enumerate(drafts[0].sentence.doc.sents)} if drafts else {}
    for d in drafts:
        # one sentence reporting one type among the same parties reports one event, seen from
        # either side ("the Russian side released 35 Ukrainian soldiers, and the Ukrainian side
        # released 35 Russian soldiers")
        same = next((k for k in kept if k.sentence.start == d.sentence.start and coded_type(k) == coded_type(d)
                     and k.modality.status == d.modality.status and len(set(k.actors) | set(k.targets)) >= 2
                     and set(d.actors) | set(d.targets) <= set(k.actors) | set(k.targets)
                     and not _hosted(k, d)), None)
        if same is not None:
            continue
        same = next((k for k in kept if _named_demand(k, d) or _quoted_twin(k, d)), None)
        if same is None:
            same = next((k for k in kept if k.type == d.type and k.pattern.type == d.pattern.type and coded_type(k) == coded_type(d)
                         and _content(k) == _content(d)
                         and (k.pattern.mode == d.pattern.mode or k.sentence.start == d.sentence.start
                              or _retold(k, d, sentence_no))
                         and (0 <= sentence_no[d.sentence.start] - sentence_no[k.sentence.start] <= 2
                              # "during his visit to Kyiv, he held extensive discussions": the same
                              # meeting, told again later without its counterpart
                              or (d.place is not None and d.place == k.place and not d.targets)
                              # "after Hamas accepted the plan": a bare later mention of an agreement or
                              # meeting already reported
                              or (coded_type(d) in RESTATED_TYPES and not d.targets and d.place is None and d.date is None))
                         and _compatible(k.place, d.place)
                         and _compatible(k.date.value if k.date else None, d.date.value if d.date else None)
                         and k.modality.status == d.modality.status and k.modality.background == d.modality.background
                         and set(k.actors) & set(d.actors)
                         and (not k.targets or not d.targets or set(k.targets) & set(d.targets))), None)
        if same is None:
            same = next((k for k in kept if _restates(k, d) or _other_side(k, d)), None)
        if same is None:
            kept.append(d)
            continue
        same.targets += [t for t in d.targets if t not in same.targets and t not in same.actors]
        if same.place is None:
            same.place, same.coordinates = d.place, d.coordinates
        if same.date is None:
            same.date = d.date
    return kept
