"""What the stance readers share: a stance found at a cue, negation, passives, and the grammar of calls.

A cue verb is read with its particle, preposition, object word or infinitive ("call for", "rule out",
"take part", "commit to V"). A demand made to someone ("urged Russia to accept the proposal") states
the stance of the one who urges; what it asks of Russia is not Russia's stance. "Under no circumstances"
negates like "not"; a past deed told in a relative clause and a hope about someone else state no stance.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from parley.models import Stance
from parley.pipeline.deed_dates import named_by_year
from parley.pipeline.holders import HolderResolver
from parley.pipeline.issue_phrases import infinitival
from parley.pipeline.stance_cues import StanceCues

# "will lead to a truce", "would result in a ceasefire": what a thing hoped for will bring.
LEADING_VERBS = {"lead", "result", "pave"}
NEGATIONS = {"not", "n't", "never", "no"}
# "under no circumstances", "in no way", "at no time", "on no account", "by no means": never.
NEVER_PREPOSITIONS = {"under", "in", "at", "on", "by"}
NEVER_NOUNS = {"circumstance", "circumstances", "condition", "conditions", "way", "time", "point", "account",
               "case", "means"}
PARTICLE_ADVERBS = {"forward", "ahead"}
# "who would hopefully agree": the speaker's hope about someone else, not that one's stance.
HEDGES = {"hopefully", "perhaps", "maybe", "possibly", "presumably"}
# "who had signed a treaty two years earlier": a deed told as background.
EARLIER = {"earlier", "ago", "previously", "before", "then"}
FIRST_PERSON_SUBJECTS = {"i", "we"}
# "we hope Hamas will agree to one": a wish about a named party, not its stance.
HOPE_VERBS = {"hope", "hop", "expect", "wish", "trust", "pray"}  # "hop": the tagger's lemma of "hoped"
# "called Guaido a puppet that seeks to oust him": a relative clause on a name someone gives describes, it states
# no stance of the one named.
NAMING_VERBS = {"call", "brand", "label", "dub", "describe", "term", "portray", "depict"}


@dataclass(frozen=True)
class FoundStance:
    """A stance found at a cue, before its issue is named."""

    holders: tuple[str, ...]
    stance: Stance
    issue: Token | Span  # root of the issue phrase, or the words of a "for X to V" issue
    negated: bool
    actor_issue: bool = False  # "stands with Israel": the issue may be an actor
    alone: bool = False  # the issue is one of conjoined actions, named without the others
    wording: str | None = None  # the issue in other words than the phrase's ("release all hostages")


def is_negated(tok: Token) -> bool:
    """A negation on the cue, or on the verbs it hangs from ("is not ready", "did not offer")."""
    chain = [tok]
    while chain[-1].dep_ in ("xcomp", "acomp", "dobj", "attr", "conj") and chain[-1].head != chain[-1]:
        if chain[-1].dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "aux" and c.tag_ == "MD")
                                            for c in chain[-1].children):
            # "will not solve the crisis and that any ceasefire must be credible", "will not sit in more
            # talks ..., but will instead implement the deal": a clause of its own
            break
        if chain[-1].dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and chain[-1].head.i < c.i < chain[-1].i
                                            for c in chain[-1].head.children):
            break  # "did not elaborate on his objections but reiterated Washington's stance against": a contrast
        if chain[-1].dep_ == "conj" and chain[-1].tag_ in ("VBD", "VBZ") and chain[-1].head.tag_ == "VB":
            break  # "did not favour snap polls and asked both sides to compromise": a tense of its own, not under "did not"
        chain.append(chain[-1].head)
        if chain[-1].pos_ in ("VERB", "AUX"):
            break
    if cleft_be(tok) is not None:
        chain.append(tok.head)  # "a ceasefire in itself is not what we want", "what we want is not a truce"
    return any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ == "det") or _never(c) or _no_longer(c)
               for t in chain for c in t.children) or _neither_nor(tok) or _no_object(tok)


def not_to(issue: Token | Span) -> bool:
    """An infinitive the cue asks not to be done ("urged Israel not to attack Rafah", "hoped not to return to war")."""
    return isinstance(issue, Token) and issue.pos_ in ("VERB", "AUX") and issue.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in issue.children) \
        and any(c.dep_ == "neg" and c.i < issue.i for c in issue.children)


def _no_longer(adverb: Token) -> bool:
    """"Juba is no longer interested in negotiating", "no longer supports the deal": a stance given up."""
    return adverb.dep_ == "advmod" and adverb.lower_ == "longer" and any(
        k.dep_ == "neg" or k.lower_ == "no" for k in adverb.children)


def cleft_be(verb: Token) -> Token | None:
    """The "is" of a clause that says what is wanted ("what we want is X", "X is not what we want"), or None."""
    if verb.dep_ in ("csubj", "ccomp", "attr") and verb.head.lemma_ == "be" and any(
            c.dep_ == "dobj" and c.lower_ == "what" and c.tag_ == "WP" for c in verb.children):
        return verb.head
    return None


def _no_object(tok: Token) -> bool:
    """"sought no changes to the plan": a verb whose object says "no" is negated."""
    return tok.pos_ == "VERB" and any(k.dep_ == "det" and k.lower_ == "no" for c in tok.children
                                      if c.dep_ == "dobj" for k in c.children)


def _neither_nor(tok: Token) -> bool:
    """"will neither forgive, nor compromise, nor negotiate": each verb of the list is negated."""
    if tok.dep_ == "conj":
        return any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < tok.i for c in tok.head.children)
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in tok.children):
        return True
    # "will recognize neither the factual nor de jure independence of Kosovo": the object says never; "Neither Israel
    # nor Hamas accepted the proposal": nor does the subject.
    return tok.pos_ in ("VERB", "AUX") and any(k.dep_ == "preconj" and k.lower_ == "neither" for c in tok.children
                                               if c.dep_ in ("dobj", "nsubj", "nsubjpass") for k in c.children)


def _never(prep: Token) -> bool:
    """"would under no circumstances agree", "will in no way accept": a phrase that says never."""
    return prep.dep_ == "prep" and prep.lower_ in NEVER_PREPOSITIONS and any(
        o.dep_ == "pobj" and o.lower_ in NEVER_NOUNS and any(d.lower_ == "no" for d in o.children) for o in prep.children)


def is_background(verb: Token) -> bool:
    """A relative clause that tells what someone did before ("Santos, who had signed a peace treaty two
    years earlier"), or a hope about what someone else would do ("Putin, who would hopefully agree",
    "hopefully Russia will agree", "we hope Hamas will agree"): no position held now."""
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head != clause and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head  # "and hopefully Putin will agree": a conjoined clause with its own subject stays
    if any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in clause.children) \
            and not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON_SUBJECTS for c in clause.children):
        return True
    # "we hope Hamas will agree", "expressed hope that Kiir will sign the agreement" (the noun's clause)
    if clause.dep_ in ("ccomp", "acl") and clause.head.lemma_.lower() in HOPE_VERBS and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN") for c in clause.children):
        return True
    if clause.dep_ != "relcl":
        return False
    if clause.tag_ == "VBD" and named_by_year(clause.head):
        # "the 1991 Alma-Ata Declaration, where Armenia, Azerbaijan and other former Soviet republics pledged to
        # recognise each other's borders": what the parties of a past text did then
        return True
    named = clause.head.head if clause.head.dep_ != "pobj" else clause.head.head.head
    if clause.head.dep_ in ("oprd", "pobj", "dobj", "attr") and named.lemma_.lower() in NAMING_VERBS and named != clause.head:
        return True  # "Maduro has called Guaido a puppet that seeks to oust him": the caller's words, not Guaido's stance
    past = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in clause.children) and clause.tag_ == "VBN"
    earlier = any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in EARLIER for c in clause.subtree
                  if c.head == clause or c.head.head == clause)
    return past or (earlier and clause.tag_ in ("VBD", "VBN"))


def is_passive(verb: Token) -> bool:
    """A passive without its agent: "was urged to", "were asked to"."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


class DocumentReader:
    """What each stance reader of one document holds: the document, the stance cues and the holder resolver."""

    def __init__(self, doc: Doc, cues: StanceCues, holders: HolderResolver) -> None:
        self.doc = doc
        self.cues = cues
        self.holders = holders


class CallGrammar(DocumentReader):
    """Phrasal cue keys, and the demands made to someone, in one document."""

    def stirred(self, noun: Token) -> bool:
        """Hope that a deed raises in others ("Zelensky's visit raised hopes for a revival of peace talks"), no stance."""
        return noun.lemma_.lower() == "hope" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.cues.stirring_verbs

    def phrasal_keys(self, verb: Token) -> list[tuple[str, Token | None]]:
        """"call for", "rule out", "take part", "sign off on", "commit to V": the verb with its particle,
        preposition, object word or infinitive, longest first."""
        lemma = verb.lemma_.lower()
        keys: list[tuple[str, Token | None]] = []
        # "looks forward to": the parser may take the particle for an adverb.
        for prt in (c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in PARTICLE_ADVERBS)):
            keys += [(f"{lemma} {prt.lower_} {c.lower_}", c) for c in verb.children if c.dep_ == "prep"]
        keys += [(f"{lemma} {c.lower_}", c) for c in verb.children if c.dep_ in ("prt", "prep") and not self.is_time(c)]
        keys += [(f"{lemma} {c.lemma_.lower()}", c) for c in verb.children if c.dep_ == "dobj"]
        keys += [(f"{lemma} to", c) for c in verb.children if c.dep_ == "xcomp" and infinitival(c)]
        # "committed to \"immediately lift the pause\"": an infinitive right after the verb the parser hung
        # as a clause of its own.
        keys += [(f"{lemma} to", c) for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VB" and any(
            a.dep_ == "aux" and a.lower_ == "to" and a.i == verb.i + 1 for a in c.children)]
        # "warns Palestinian civilians in the Beit Lahiya ... towns to evacuate their homes": the infinitive after the
        # one addressed, hung as an adverbial when a place phrase comes between.
        addressee = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if addressee is not None and not any(c.dep_ == "xcomp" for c in verb.children):
            keys += [(f"{lemma} to", c) for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VB" and c.i > addressee.i
                     and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children)]
        # "called instead for an independence referendum to be held": a "for X to V" clause the parser
        # hung on the verb.
        keys += [(f"{lemma} for", c) for c in verb.children if c.dep_ == "advcl" and infinitival(c) and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
        return [*keys, (lemma, None)]

    def called_for(self, tok: Token) -> bool:
        """The words are what a demand asks of someone: "urged Russia to accept", "asked Tshisekedi to
        express his commitment", "called on Israel to allow"."""
        if tok.pos_ == "VERB" and self.addressed(tok) and tok.dep_ != "xcomp":
            # "..., urging all parties to abide by the ceasefire": a call of its own; but "urged the US to press
            # Israel to agree on a ceasefire" is a call asked of the US, not the US's own (read on below).
            return False
        t = tok
        while t.head is not t:
            if t.dep_ in ("xcomp", "ccomp") and t.pos_ in ("VERB", "AUX"):
                head = t.head
                # "suggested that the two sides sign"; not "insisted that Armenia would not agree"
                proposed = t.dep_ == "ccomp" and t.tag_ in ("VB", "VBP") and not any(
                    c.dep_ == "aux" for c in t.children)
                if head.pos_ == "VERB" and (self.addressed(head) or proposed) and any(
                        self.cues.verbs.get(key) in ("demand", "offer") for key, _ in self.phrasal_keys(head)):
                    return True
                if head.lemma_.lower() in self.cues.prompting_verbs and self.addressed(head):
                    return True  # "persuade the local insurgents to accept the withdrawal": not theirs yet
            if t.dep_ not in ("xcomp", "ccomp", "conj", "dobj", "pobj", "prep", "pcomp", "acl", "amod", "compound"):
                return False
            t = t.head
        return False

    def directed(self, verb: Token, action: Token | None) -> bool:
        """An order or a warning made to people, actors or not: "warning any civilian in the area to vacate"; not an
        order to one's own forces to fight ("I ordered the troops to strengthen their defensive position"), which tells
        a deed, unless to stand down ("ordered his fighters to lay down their arms", a ``negated_only`` action)."""
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if obj is not None and obj.lemma_.lower() in self.cues.own_force_nouns and action is not None and any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in obj.children) and not any(
                key in self.cues.negated_only for key, _ in self.phrasal_keys(action)):
            return False
        return self.addressed(verb) or obj is not None

    def addressed(self, verb: Token) -> bool:
        """A demand made to someone: "urged Russia", "called on the parties", "appealed to all sides"."""
        for c in verb.children:
            # "urges all Ethiopians and the international community to ...": any of the conjoined addressees
            if c.dep_ == "dobj" and any(self.holders.is_actor_phrase(x) for x in (c, *c.conjuncts)):
                return True
            if c.dep_ == "prep" and c.lower_ in ("on", "to", "upon"):
                if any(o.dep_ == "pobj" and self.holders.is_actor_phrase(o) for o in c.children):
                    return True
        return False

    def is_time(self, prep: Token) -> bool:
        """"(agreed) on August 8": a preposition that gives a time, not an issue."""
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            return False
        return obj.ent_type_ in ("DATE", "TIME") or any(d.start <= obj.i < d.end for d in self.doc._.dates or [])


def required_content(verb: Token, cues: StanceCues) -> Token | None:
    """"any deal must include the return of the displaced", "must result in a permanent end to the war": what
    a text must contain or bring (``content_verbs``, ``assurance_verbs``), not the text, and what a part of it must say
    ("must include a provision mandating a ceasefire": mandating a ceasefire, ``clause_nouns``); what a thing will lead
    to ("(expressed hope that) the diplomatic momentum will lead to a temporary 60-day truce"); None elsewhere."""
    if verb.lemma_.lower() in LEADING_VERBS and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                     if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or verb.lemma_.lower() not in cues.content_verbs | cues.assurance_verbs \
            or subj.lemma_.lower() not in cues.agreement_nouns:
        return None
    content = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
        (o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "to", "about")
         for o in p.children if o.dep_ == "pobj"), None)
    said = next((c for c in content.children if c.dep_ in ("acl", "relcl") and c.i > content.i), None) \
        if content is not None and content.lemma_.lower() in cues.clause_nouns else None
    return said or content  # "must include a provision mandating a ceasefire": what the provision says


def reason_phrases(verb: Token) -> list[Token]:
    """"(which Israel accepted but Hamas) rejected for lacking guarantees": a "for" with a gerund gives the
    reason for the stance, not its issue."""
    doc = verb.doc
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i + 1 < len(doc)
            and doc[c.i + 1].tag_ == "VBG"]


def keeps_own_stance(verb: Token, cues: StanceCues) -> bool:
    """"does not relinquish its demands", "will not drop our conditions": what a party keeps is its own stance,
    named elsewhere, not an issue ("will not relinquish his position as President" is about an office)."""
    return any(c.dep_ == "dobj" and (cues.nouns.get(c.lemma_.lower()) == "demand" or c.lemma_.lower() in cues.condition_nouns)
               and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children) for c in verb.children)


def goal_wording(goal: Token) -> str | None:
    """"until all hostages are released": the goal as an action, "release all hostages"."""
    subj = next((c for c in goal.children if c.dep_ == "nsubjpass"), None)
    if goal.pos_ == "VERB" and subj is None and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in goal.children):
        # "until this criminal regime has gone": what is to happen to the subject, with it.
        gone = next((c for c in goal.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if gone is not None:
            words = [t.text for t in gone.subtree if t.dep_ != "det" and not t.is_punct]
            return " ".join([*words, goal.text])
    agent = next((c for c in goal.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    obj = next((c for c in goal.children if c.dep_ == "dobj"), None)
    if goal.pos_ == "VERB" and subj is None and agent is not None and obj is not None:
        # "until Israel halts its aggression on the Palestinians in Jerusalem": who is to do what, without where.
        words = [t for t in (*agent.subtree, goal, *obj.subtree) if t.dep_ != "det" and not t.is_punct]
        return " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    if goal.pos_ != "VERB" or subj is None:
        return None
    # "the Hamas radical movement, which rules the enclave,": the noun phrase without its comments.
    cut = {t.i for c in subj.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
    words = [t.text for t in subj.subtree if t.dep_ != "det" and not t.is_punct and t.i not in cut]
    return " ".join([goal.lemma_.lower(), *words]) if words else None


def about_charge(verb: Token, cues: StanceCues) -> bool:
    """The verb's object is a charge (``charge_nouns``: "rejected the claims by the rebels", "accept blame for the
    collapse"): a fact disputed or owned, no issue; a claim "to", "on" or "over" a thing ("claims to Crimea") is a demand."""
    return any(o.dep_ == "dobj" and o.lemma_.lower() in cues.charge_nouns and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "on", "over") and c.i > o.i for c in (*o.children, *verb.children))
        for o in verb.children)


def contrasted(aim: Token) -> Token | None:
    """What an aim is said to be instead of a denied one: "our goal is not to spin the flywheel of military conflict,
    but, on the contrary, to end this war" -> end; the aim itself when not denied, None when denied alone."""
    be = aim.head
    if not any(c.dep_ == "neg" for c in (*aim.children, *be.children)):
        return aim
    instead = next((c for c in aim.children if c.dep_ == "conj" and any(
        k.dep_ == "cc" and k.lower_ == "but" for k in aim.children)), None)
    if instead is not None:
        return instead
    but = next((c for c in be.children if c.dep_ == "cc" and c.lower_ == "but" and c.i > aim.i), None)
    if but is None:
        return None
    # The parser hangs the second infinitive anywhere after "but": the first one there.
    return next((t for t in aim.doc[but.i + 1:aim.sent.end] if t.tag_ == "VB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in t.children)), None)


def claimed_by_others(tok: Token, cues: StanceCues, holders: HolderResolver) -> bool:
    """The word is in the content of a claim, a charge or a fear about another party (``claim_nouns``): "fueling
    Armenian opposition claims that he is ready to recognize Azerbaijani sovereignty", "amid fears that Russia wants
    to annex the region"; "Hamas's claim that it is ready for a truce" is its own."""
    clause = tok
    while clause.dep_ not in ("acl", "ccomp", "relcl") and clause.head.i != clause.i:
        clause = clause.head
    noun = clause.head
    # "opposition claims that he is ready": the parser may read the noun as a verb.
    if clause.dep_ not in ("acl", "ccomp") or noun.pos_ not in ("NOUN", "VERB") or noun.lemma_.lower() not in cues.claim_nouns \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    owners = {a for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod", "nsubj") for a in holders.actors_of(c)}
    owners |= {a for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from", "of")
               for o in p.children if o.dep_ == "pobj" for a in holders.actors_of(o)}
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    claimed = set(holders.actors_of(subject)) if subject is not None else set()
    return not (owners and claimed and owners <= claimed)


def rather(noun: Token) -> Token:
    """The thing said instead of a denied one: "is seeking not just a ceasefire, but peace that will follow ..." ->
    peace; "not only X but also Y" holds both, and a noun not denied is itself."""
    if not any(c.dep_ == "neg" for c in noun.children):
        return noun
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in noun.children):
        return noun
    instead = next((c for c in noun.children if c.dep_ == "conj" and c.i > noun.i), None)
    if instead is None or any(t.lower_ == "also" for t in noun.doc[noun.i:instead.i + 1]):
        return noun
    return instead
