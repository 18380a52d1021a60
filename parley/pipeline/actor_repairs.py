"""Repairs of named entities for the actors stage, from the words around them and near spellings.

- A name the statistical NER took for a person or a body is a place when a place noun governs it:
  "southern Basilan island", "the Kihondo identification camp", "the village of Natugo".
- What an "organization" entity leaves out or takes in: the rest of a name spelled with "of"/"on"/
  "for" ("the Coordinating Committee on the Cessation of Hostilities"); a portfolio before a title
  ("Defense Minister", "UN Humanitarian Affairs Coordinator") and a title cut from its phrase
  ("the Commander-General of ...") are no bodies.
- Near spellings: "Martin Griffith" for the known "Martin Griffiths", "More Islamic Liberation Front"
  for the Moro front, "Batteli" and "Battelly" for the "Batele" of the same article.
- A one-word "person" that only qualifies a plural noun ("Tamil rebels") is no person.
- A state only named where something is ("the Cuban capital", "the Barbados talks", "the border
  with Venezuela", "Joaquim Chissano of Mozambique") is a place, and a person the model ran on into
  "of" and a state ("Kgalema Motlanthe of South Africa") is that person.

The word lists are data in ``resources/non_actors.yaml`` (``place_nouns``, ``portfolio_words``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Span, Token

from parley.pipeline.gazetteer import fold

# Prepositions that go on inside an organization's name ("Office for the Coordination of ...").
NAME_PREPS = {"of", "on", "for"}
# Words that may stand between the capitalized words of such a name.
NAME_JOINERS = {"of", "on", "for", "the", "and"}
# What the model may have made of those words: nothing, or part of a name ("on Wednesday" is no name).
NAME_ENTITIES = {"", "ORG"}
# Meetings a place names ("the Barbados talks"); the state is where they are held, no party.
VENUE_NOUNS = {"talks", "summit", "meeting", "conference", "negotiations"}
# How close a spelling must be to a known name (rapidfuzz ratio, 0-100) to be taken for it.
KNOWN_NAME_SCORE = 92
# How close two last names of one article must be, and how long, to be one person's.
SAME_PERSON_SCORE = 75
MIN_FUZZY_LAST = 6


def governing_noun(token: Token) -> Token:
    """The noun a chain of compounds ends in ("Kihondo" -> "identification" -> "camp")."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token


def place_by_context(ent: Span, place_nouns: set[str]) -> bool:
    """Whether a place noun governs the entity: "Basilan island", "the village of Natugo"."""
    root = ent.root
    head = governing_noun(root)
    if head is not root and head.i >= ent.end and head.lower_ in place_nouns:
        return True
    owner = root.head.head
    return root.dep_ == "pobj" and root.head.lower_ == "of" and owner.i < ent.start \
        and (owner.lower_ in place_nouns or owner.lemma_.lower() in place_nouns)  # "the regions of Mbau"


def group_modifier(ent: Span) -> bool:
    """Whether a one-word name only qualifies a plural noun after it, as a people's or a place's
    name does ("Tamil rebels", "Sahrawi sources"): no person, unless the text names one so."""
    root = ent.root
    return len(ent) == 1 and root.dep_ == "compound" and root.head.i >= ent.end and root.head.tag_ == "NNS"


def place_modifier(span: Span, place_nouns: set[str], persons: set[int]) -> bool:
    """Whether a state's name or adjective only says where something is: it modifies a place or a
    venue ("the Cuban capital", "a former Spanish colony", "the Barbados talks"), follows a place
    noun's "with" / "of" ("the border with Venezuela", "the ports of occupied Palestine") or says where a person is from ("Joaquim
    Chissano of Mozambique"; ``persons`` are the tokens of the document's persons)."""
    root = span.root
    if len(span) > 1 and span[-1].lemma_.lower() in place_nouns:
        return True  # "the Palestinian territories": the name is itself a place's
    head = governing_noun(root) if root.dep_ == "compound" else root.head if root.dep_ == "amod" else None
    if head is not None and head.i >= span.end and (head.lower_ in place_nouns | VENUE_NOUNS
                                                    or head.lemma_.lower() in place_nouns):
        return True
    if root.dep_ != "pobj" or root.head.lower_ not in ("with", "of") or root.head.head.i >= span.start:
        return False
    owner = root.head.head
    return owner.lower_ in place_nouns or owner.lemma_.lower() in place_nouns or root.head.lower_ == "of" and owner.i in persons and root.head.i == owner.i + 1


def person_before_of(span: Span) -> Span | None:
    """The person of a name the model ran on into "of" and a state ("Kgalema Motlanthe of South
    Africa"): two to four capitalized proper nouns before "of", or None."""
    for t in span:
        if t.lower_ == "of":
            name = span.doc[span.start:t.i]
            if 2 <= len(name) <= 4 and all(w.pos_ == "PROPN" and w.text[:1].isupper() and w.is_alpha for w in name):
                return name
            return None
    return None


def extend_name(doc: Doc, ent: Span, taken: set[int]) -> Span:
    """The entity grown over an "of"/"on"/"for" phrase of capitalized words that goes on with its
    name ("the Coordinating Committee" + "on the Cessation of Hostilities"); no word already taken."""
    end, j = ent.end, ent.end
    while j < len(doc) and doc[j].lower_ in NAME_PREPS:
        k = j + 1
        while k < len(doc) and doc[k].lower_ == "the":
            k += 1
        words = 0
        while k < len(doc) and k not in taken and doc[k].ent_type_ in NAME_ENTITIES and (
                doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].lower_ in NAME_JOINERS and words):
            words += doc[k].text[:1].isupper()
            k += 1
        while k > j and not doc[k - 1].text[:1].isupper():
            k -= 1  # "... of Hostilities and" ends with its last capitalized word
        if not words or k <= j + 1:
            break
        end = j = k
    return doc[ent.start:end]


def no_body(ent: Span, is_title, portfolio_words: set[str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether an "organization" is a title's part, not a body: the portfolio of the title next to it
    ("Defense Minister", "Maduro's Communications Minister", "Minister of State") or a title cut from
    its phrase ("Commander-General of")."""
    doc = ent.doc
    words = [t for t in ent if t.is_alpha and t.pos_ not in ("ADP", "DET", "CCONJ")]
    possessive = next((t.i for t in reversed(ent) if t.tag_ == "POS"), None)
    if possessive is not None:
        words = [t for t in words if t.i > possessive]
    if words and all(is_title(t) for t in words):
        return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    if words and is_title(words[0]) and words[0].i == ent.start and before is not None and is_title(before) \
            and before.text[:1].isupper() and any(t.lower_ == "of" for t in ent):
        return True  # "Director General of Military Operations": the model cut the title's first word off
    if len(ent) == 1 and ent.text.isupper() and bracketed_title(ent, is_title):
        return True  # "Director General of Military Operations (DGMO)": the acronym of a title
    if not words or not all(t.lower_ in portfolio_words for t in words):
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    # "Defense Minister", or "Minister of State"
    return after is not None and is_title(after) or ent.start > 1 and doc[ent.start - 1].lower_ == "of" \
        and is_title(doc[ent.start - 2])


def kind_noun(ent: Span, kinds: dict[str, str]) -> Token | None:
    """The common noun of a body's kind just before or after a name ("oil company Ecopetrol", "the
    Vanguardia newspaper"); ``kinds`` are the words of ``resources/org_sectors.yaml``."""
    doc = ent.doc
    for i in (ent.start - 1, ent.end):
        if 0 <= i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].text.islower() and doc[i].lower_ in kinds:
            return doc[i]
    return None


def bracketed_acronym_after(span: Span, gap: int) -> Span | None:
    """An upper-case acronym in brackets at most ``gap`` words after ``span`` ("Jama'at Nusrat
    al-Islam wal Muslimin (JNIM)"), or None."""
    doc = span.doc
    for i in range(span.end, min(span.end + gap + 1, len(doc) - 2)):
        if doc[i].text == "(":
            acr = doc[i + 1]
            ok = acr.text.isupper() and acr.is_alpha and len(acr) >= 2 and doc[i + 2].text == ")"
            return doc[acr.i:acr.i + 1] if ok else None
        if doc[i].is_punct:
            return None
    return None


def bracketed_title(ent: Span, is_title) -> bool:  # type: ignore[no-untyped-def]
    """Whether a one-word acronym in brackets spells the title before it ("Director General of
    Military Operations (DGMO)"): its initials are those of capitalised words that open with a title."""
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return False
    i = ent.start - 2
    words: list[Token] = []
    while i >= 0 and (doc[i].text[:1].isupper() or doc[i].lower_ in ("of", "for", "and")) and doc[i].is_alpha:
        words.insert(0, doc[i])
        i -= 1
    caps = [w for w in words if w.text[:1].isupper()]
    n = len(ent.text)
    return len(caps) >= n and "".join(w.text[0] for w in caps[-n:]) == ent.text and is_title(caps[-n])


def known_spelling(text: str, names: list[str]) -> str | None:
    """The known name ``text`` misspells by a letter or two ("Martin Griffith"), or None."""
    key = fold(text)
    if len(key) < 10 or " " not in key:
        return None
    best = process.extractOne(key, names, scorer=fuzz.ratio, score_cutoff=KNOWN_NAME_SCORE)
    return best[0] if best else None


def same_last_name(key: str, keys: list[str]) -> str | None:
    """The last name of the article ``key`` is another spelling of ("Batteli" for "Batele"): as long,
    with the same first three letters, and close."""
    if len(key) < MIN_FUZZY_LAST or " " in key:
        return None
    near = [k for k in keys if len(k) >= MIN_FUZZY_LAST and k[:3] == key[:3] and k != key and " " not in k]
    best = process.extractOne(key, near, scorer=fuzz.ratio, score_cutoff=SAME_PERSON_SCORE) if near else None
    return best[0] if best else None


def document_title(ent: Span, document_heads: set[str]) -> bool:
    """Whether an "organization" is the title of a document or a part of one: a name that opens
    with a document's head and a preposition ("Agreement for Lasting Peace"), or a name joined by
    "of"/"on"/"for" and "and" to a capitalized document head before it ("the draft Agreement on Peace
    and the Establishment of Interstate Relations")."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) > 1 and words[0].lower_ in document_heads and words[1].lower_ in NAME_PREPS:
        return True
    t = ent.root
    for _ in range(6):
        if t.dep_ not in ("conj", "pobj", "prep") or t.head.i == t.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ not in NAME_PREPS:
            return False
        t = t.head
        if t.i < ent.start and t.lower_ in document_heads and t.text[:1].isupper():
            return True
    return False


ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}


def numbered_meeting(ent: Span, meeting_heads: set[str]) -> bool:
    """"the 43rd Extraordinary Assembly", "the 31st Extra-Ordinary Summit": a body's numbered meeting."""
    first = ent[0].lower_
    return len(ent) > 1 and ent[-1].lower_ in meeting_heads and (first in ORDINAL_WORDS or (
        first[:-2].isdigit() and first[-2:] in ("st", "nd", "rd", "th")))


def meeting_host(ent: Span, meeting_heads: set[str], clusters: Iterable[Any]) -> Any:
    """The organization (an actor cluster) named nearest before a body's numbered meeting, whose meeting it is."""
    if not numbered_meeting(ent, meeting_heads):
        return None
    best = max(((s, c) for c in clusters if c.type == "organization" for s, _, _ in c.mentions if s < ent.start),
               key=lambda sc: sc[0], default=None)
    return best[1] if best is not None else None


def body_named_before(doc: Doc, i: int, dictionary: Any) -> str | None:
    """The armed group or organization whose whole capitalised name stands just before the lower-case spokesman's
    title at ``i`` ("RSF spokesman Karim Adel"): the whole name is looked up, never one word of it ("Free Syrian
    Army spokesman" is no "Army"'s)."""
    j = i
    while j > 0 and doc[j - 1].text[:1].isupper() and not doc[j - 1].is_punct \
            and doc[j - 1].pos_ not in ("DET", "VERB", "AUX", "ADP", "CCONJ", "PRON"):
        j -= 1
    hit = dictionary.lookup(doc[j:i].text) if j < i else None
    if hit is None or hit.entry.type not in ("group", "organization") or hit.entry.sector in ("MED", "GOV", "MIL"):
        return None
    return doc[j:i].text
