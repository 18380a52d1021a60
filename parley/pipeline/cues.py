"""Speech cues: the lexicon of resources/speech_cues.yaml and what a cue tells about its speech.

A cue is a speech verb ("said", "told", "emphasized"), a phrase ("according to", "in his words")
or a statement noun. From a cue this module reads the subject that names the speaker and the
medium the words were given to ("told Anadolu Agency", "in an interview with CNN", "told
reporters").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Token

from parley import lexicon
from parley.pipeline.cue_datelines import DATELINE_DASHES as DATELINE_DASHES  # figure_sources reads it here
from parley.pipeline.cue_datelines import after_dateline, dashed_subject, dateline, subject_before

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Dependents of a cue verb that never hold its speaker or medium: the reported content itself.
CONTENT_DEPS = {"ccomp", "xcomp", "advcl", "parataxis", "conj", "relcl"}


@dataclass(frozen=True)
class SpeechCues:
    """The cue lexicon, bundled entries merged with a user's ``cues_file``."""

    verbs: frozenset[str]
    quote_only_verbs: frozenset[str]
    nouns: frozenset[str]
    phrases: dict[str, str]
    speaker_nouns: frozenset[str]
    body_nouns: dict[str, frozenset[str]]
    proxy_nouns: frozenset[str]
    modifier_sectors: dict[str, frozenset[str]]
    not_speech: frozenset[str]
    media_nouns: frozenset[str]
    media_frames: frozenset[str]
    anonymous_nouns: frozenset[str] = frozenset()
    body_sectors: dict[str, frozenset[str]] = field(default_factory=dict)
    directive_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    body_heads: frozenset[str] = frozenset()
    lead_in_verbs: frozenset[str] = frozenset()
    title_abbreviations: frozenset[str] = frozenset()
    own_bodies: frozenset[str] = frozenset()
    hyphen_modifiers: frozenset[str] = frozenset()
    organization_words: frozenset[str] = frozenset()

    @property
    def phrase_starts(self) -> frozenset[str]:
        """The first words of the phrase cues."""
        return frozenset(p.split()[0] for p in self.phrases)

    def is_verb(self, token: Token, direct: bool = False) -> bool:
        """Whether a token is a speech verb (``direct``: also the verbs that only attribute quotes)."""
        if not (token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")):
            return False
        if token.tag_ == "VBN" and any(c.dep_ == "mark" for c in token.children) and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children):
            return False  # "would agree only if assured that ...": a passive participle, no one speaks
        lemma = token.lemma_.lower()
        return lemma in self.verbs or (direct and lemma in self.quote_only_verbs)

    def phrase_at(self, doc: Doc, i: int) -> tuple[str, int, Token | None] | None:
        """A phrase cue starting at token ``i``: (lemma, end token, the possessor for POSS)."""
        for phrase, lemma in self.phrases.items():
            words = phrase.split()
            j, poss = i, None
            for w in words:
                if j >= len(doc):
                    break
                t = doc[j]
                if w == "POSS":
                    if t.tag_ == "PRP$":
                        poss, j = t, j + 1
                        continue
                    # a name with "'s": "in Kalın's words"
                    k = j
                    while k < len(doc) and doc[k].tag_ != "POS" and k - j < 4 and not doc[k].is_punct:
                        k += 1
                    if k < len(doc) and doc[k].tag_ == "POS" and k > j:
                        poss, j = doc[k - 1], k + 1
                        continue
                    break
                if t.lower_ != w:
                    break
                j += 1
            else:
                return lemma, j, poss
        return None


def load_cues(extra: Path | str | None = None) -> SpeechCues:
    """The bundled speech cues with a user's file merged over them."""
    data = lexicon.mapping("speech_cues.yaml", extra)

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    return SpeechCues(
        verbs=words("verbs"), quote_only_verbs=words("quote_only_verbs"), nouns=words("nouns"),
        speaker_nouns=words("speaker_nouns"), proxy_nouns=words("proxy_nouns"),
        modifier_sectors={str(k).lower(): frozenset(str(t) for t in v or [])
                          for k, v in (data.get("modifier_sectors") or {}).items()},
        body_nouns={str(k).lower(): frozenset(str(t) for t in v or []) for k, v in (data.get("body_nouns") or {}).items()},
        phrases={" ".join("POSS" if w == "poss" else w for w in str(k).lower().split()): str(v)
                 for k, v in (data.get("phrases") or {}).items()},
        not_speech=words("not_speech"), media_nouns=words("media_nouns"), media_frames=words("media_frames"),
        anonymous_nouns=words("anonymous_nouns"),
        body_sectors={str(k).lower(): frozenset(str(t) for t in v or [])
                      for k, v in (data.get("body_sectors") or {}).items()},
        body_heads=words("body_heads"), lead_in_verbs=words("lead_in_verbs"),
        title_abbreviations=words("title_abbreviations"), own_bodies=words("own_bodies"),
        hyphen_modifiers=words("hyphen_modifiers"), organization_words=words("organization_words"),
        directive_verbs={str(k).lower(): frozenset(str(t).lower() for t in v or [])
                         for k, v in (data.get("directive_verbs") or {}).items()},
    )


def _bracketed(token: Token) -> bool:
    """A word alone in brackets, as a dateline's "(Reuters) - Rebels said ..." or "BEIRUT (AFP):
    Lebanon's health ministry said ...": not the subject."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text[:1] == ")"


# Verbs of a medium that relays someone's words: "quoted X as saying", "cited X as saying".
RELAY_VERBS = {"quote", "cite"}


def holds_clause(subject: Token) -> bool:
    """Whether a subject's phrase holds a clause of its own with a subject ("The radical Palestinian
    movement Hamas has in fact rejected the proposal, ..., Netanyahu's office said": the parser made
    the reported clause a subject of the cue); an apposition ("Adam Saleh Abakar, the spokesman")
    holds none."""
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "acl") and t.i > subject.i
               and any(c.dep_ in SUBJECT_DEPS for c in t.children) for t in subject.subtree)


def subject_of(verb: Token) -> Token | None:
    """The subject of a speech verb, borrowed from the verb it is coordinated with or modifies."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        quoted = _relayed(verb)
        if quoted is not None:
            return quoted  # "Interfax cited the minister as saying": the minister speaks
    citing = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and c.i > verb.i), None)
    quoted = _relayed(citing) if citing is not None else None
    if quoted is not None:
        return quoted  # "Associated Press reported quoting local police": the police speak
    adjacent = _adjacent_subject(verb)
    if adjacent is not None:
        return adjacent
    top = _participle_top(verb)
    if top is not None:
        subj = next((c for c in top.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            return subj
    t: Token | None = verb
    for _ in range(3):
        if t is None:
            break
        subjects = [c for c in t.children if c.dep_ in SUBJECT_DEPS and not _bracketed(c) and not dateline(c)]
        if len(subjects) > 1 and _relaying_phrase(subjects[0]):
            subjects = subjects[1:]  # "Quoting MoRRD officials, the local Ariana News reported": the news
        if subjects:
            # "spokesman for the six groups Issam al-Haj told journalists": the parser may give a
            # verb two subjects; the one right before it is its own, unless a comma sets it off as
            # an apposition ("Adam Saleh Abakar, the spokesman for the RSF said")
            before = [c for c in subjects if c.i < t.i]
            if len(before) > 1 and (not any(w.text == "," for w in t.doc[before[-2].i:before[-1].left_edge.i])
                                    or holds_clause(before[-2])):
                return before[-1]
            return subjects[0]
        dated = next((c for c in t.children if c.dep_ in SUBJECT_DEPS and dateline(c)), None)
        if dated is not None:
            return subject_before(t) or after_dateline(dated)
        # "he said and added ...", "Maintaining that ..., he said": the subject of the head verb.
        t = t.head if t.dep_ in ("conj", "advcl", "xcomp") and t.head.i != t.i else None
    interrupted = _interrupted_subject(verb)
    if interrupted is not None:
        return interrupted
    quoted_as = _quoted_as(verb)
    if quoted_as is not None:
        return quoted_as
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") and verb.head.i < verb.i:
        # "a statement saying ...", "a U.S. official saying ...": the noun the participle describes
        # speaks (a statement through its author)
        return verb.head
    return inverted_subject(verb) or dashed_subject(verb)


def _relaying_phrase(subject: Token) -> bool:
    """'Quoting MoRRD officials, ...', 'Citing sources, ...': a participle phrase opening the
    sentence, which the parser may take for a subject; whom it quotes is the source, not the speaker."""
    first = subject.doc[subject.left_edge.i]
    word = first.lower_
    return word.endswith("ing") and first.i < subject.i and (
        first.lemma_.lower() in RELAY_VERBS or word[:-3] + "e" in RELAY_VERBS)


def _interrupted_subject(verb: Token) -> Token | None:
    """'A rebel spokesman, asked if the ceasefire was being observed, said ...': the parser hangs the
    subject on the participle that commas set between it and its verb."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ not in ("parataxis", "advcl") or c.i > verb.i or c.tag_ not in ("VBN", "VBD") \
                or c.i == 0 or doc[c.i - 1].text != ",":
            continue
        subj = next((s for s in c.children if s.dep_ in SUBJECT_DEPS and s.right_edge.i in (c.i - 1, c.i - 2)), None)
        if subj is not None and doc[verb.i - 1].text == ",":
            return subj
    return None


def inverted_subject(verb: Token) -> Token | None:
    """'said Kalın', 'said the statement posted to ...': an inverted subject, which the parser may
    hang anywhere; it is the noun phrase right after the verb."""
    doc = verb.doc
    for t in doc[verb.i + 1:min(len(doc), verb.i + 4)]:
        if t.pos_ in ("PROPN", "NOUN"):
            while t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i and t.head.i - verb.i < 6:
                t = t.head
            return t
        if t.pos_ not in ("DET", "ADJ"):
            break
    return None


def path_to(token: Token, top: Token) -> list[Token]:
    """The tokens from ``token`` up the tree to (not including) ``top``, or to the root."""
    out = []
    while token.i != top.i and token.head.i != token.i:
        out.append(token)
        token = token.head
    return out


def _in_apposition(token: Token, subject: Token) -> bool:
    t = token
    for _ in range(8):
        if t.dep_ == "appos" and t.head.i == subject.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _participle_top(verb: Token) -> Token | None:
    """'Peskov said that X would depend on Y, noting that ...': a participle set off after a reported
    clause shares the subject of the verb that reports it, the top of the chain of clauses."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    t = verb.head
    for _ in range(4):
        if t.dep_ not in ("ccomp", "conj", "advcl", "xcomp") or t.head.i == t.i:
            break
        t = t.head
    return t if t.i != verb.head.i else None


def _quoted_as(verb: Token) -> Token | None:
    """'Al-Ansari was quoted by Reuters as saying': the subject of "quoted"; 'Al-Qahera News quoted
    an Egyptian source as saying': its object, the medium only relays the words."""
    t = verb
    for _ in range(3):
        if t.dep_ not in ("pcomp", "pobj", "prep", "advcl") or t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in RELAY_VERBS:
            return _relayed(t) or next((c for c in t.children if c.dep_ in SUBJECT_DEPS), None)
    return None


def _relayed(verb: Token) -> Token | None:
    """The one a relaying verb quotes ("quoted an Egyptian source as saying"): its object."""
    if verb.lemma_.lower() not in RELAY_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _adjacent_subject(verb: Token) -> Token | None:
    """'..., Deputy Head of the President's Office Kyrylo Tymoshenko said.': a sentence-final cue
    whose subject the parser lost, or took from across a comma, has its speaker right before it."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or (verb.tag_ == "VBN" and not any(
            c.dep_ == "aux" for c in verb.children)):
        return None  # only a finite verb ("said", "has stated") ends its sentence with its speaker
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and not any(t.text == "," for t in doc[subj.i + 1:verb.i]):
        return None
    last = verb.right_edge.i
    while last > verb.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last + 1 < len(doc) and doc[last + 1].text not in (".", ",", "!", "?") and not doc[last + 1].is_space:
        return None
    i = verb.i - 1
    while i >= 0 and (doc[i].pos_ in ("AUX", "ADV", "PART") and doc[i].tag_ != "POS"):
        i -= 1
    if subj is None and i > 0 and doc[i].text == ",":
        return _set_off_speaker(doc[i - 1], verb)
    if i < 0 or doc[i].pos_ not in ("PROPN", "NOUN", "PRON") or (subj is not None and i <= subj.i):
        return None
    if subj is not None and (_in_apposition(doc[i], subj) or any(
            c.dep_ in SUBJECT_DEPS and c.i > subj.i and c.left_edge.i <= i <= c.right_edge.i for c in verb.children)):
        # "Abakar, the spokesman for the RSF said": the word before is in the subject's apposition
        # (which the parser may take for a second subject)
        return None
    table = doc._.actors
    if subj is not None and (table is None or table.at(doc[i]) is None):
        return None  # "Kalın, the spokesman, said": the parser's subject stands
    return _phrase_head(doc[i], verb)


def _phrase_head(word: Token, verb: Token) -> Token:
    """'the movement's representative to the United Nations told AFP': the word before the cue may
    close a prepositional phrase; the speaker is the noun that phrase describes (within the clause)."""
    while word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head.pos_ == "NOUN" \
            and word.head.head.i < word.i and not any(t.text == "," for t in word.doc[word.head.head.i:verb.i]):
        word = word.head.head
    return word


def _set_off_speaker(last: Token, verb: Token) -> Token | None:
    """'..., Stephane Dujarric, spokesman for the United Nations Secretary-General, has said.': a
    speaker set off by commas before a sentence-final cue, which the parser hung on the content as
    an apposition; it is the name that heads the phrase (or the title, when no name leads it)."""
    doc = verb.doc
    t = last
    while t.dep_ in ("pobj", "prep", "compound", "flat", "amod", "nmod") and verb.i > t.head.i != t.i:
        t = t.head
    if t.dep_ == "appos" and t.head.pos_ == "PROPN" and t.head.i < t.i and doc[t.left_edge.i - 1].text == ",":
        t = t.head  # "Dujarric, spokesman for ...": the name the title describes
    if t.pos_ not in ("PROPN", "NOUN") or t.dep_ not in ("appos", "conj") or t.left_edge.i == 0:
        return None
    return t if doc[t.left_edge.i - 1].text == "," else None


def medium_of(verb: Token, cues: SpeechCues, quoted: set[int]) -> str | None:
    """Who the words were given to when that is a medium: "told AA", "in an interview with CNN"."""
    doc = verb.doc
    table = doc._.actors
    for c in verb.children:
        if c.i in quoted or c.dep_ in CONTENT_DEPS and c.lemma_.lower() != "speak":
            continue
        if c.dep_ in ("dobj", "dative", "iobj") and verb.lemma_.lower() == "tell":
            medium = _medium_phrase(c, cues, table)
            if medium:
                return medium
        for t in c.subtree:
            if t.i in quoted:
                continue
            if t.lower_ in cues.media_frames or t.lemma_.lower() in cues.media_frames:
                for p in t.children:
                    if p.dep_ in ("prep", "dative") and p.lower_ in ("with", "to"):
                        obj = next((o for o in p.children if o.dep_ == "pobj"), None)
                        if obj is not None:
                            return _medium_phrase(obj, cues, table, any_noun=True)
            if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.i in (verb.i, c.i):
                medium = _medium_phrase(t, cues, table)
                if medium:
                    return medium
    return None


def _medium_phrase(token: Token, cues: SpeechCues, table, any_noun: bool = False) -> str | None:
    """The medium a hearer names: an organization, or a media noun ("reporters")."""
    m = table.at(token) if table else None
    if m is not None:
        actor = table.get(m.actor_id)
        # "Anadolu Agency (AA)": the medium is the name, not its acronym in brackets.
        text = m.text.split(" (")[0] if m.text.endswith(")") else m.text
        if actor is not None and actor.type == "organization":
            return text
        return text if any_noun and actor is not None and actor.type != "person" else None
    if token.lower_ in cues.media_nouns or token.lemma_.lower() in cues.media_nouns or any_noun:
        doc = token.doc
        start = token.left_edge.i
        while start < token.i and doc[start].pos_ in ("DET", "PUNCT"):
            start += 1
        return doc[start:token.i + 1].text
    return None


def object_after(doc: Doc, i: int) -> Token | None:
    """The head noun of the phrase starting at token ``i`` ("according to [Israeli PM Netanyahu]")."""
    if i >= len(doc):
        return None
    t = doc[i]
    prep = doc[i - 1] if i > 0 else None
    if prep is not None:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
    while t.dep_ in ("compound", "amod", "det", "poss", "nmod") and t.head.i > t.i and t.head.i - i < 8:
        t = t.head
    return t
