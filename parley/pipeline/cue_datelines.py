"""Subjects a speech cue's parse hides behind a dateline or between dashes, for
:mod:`parley.pipeline.cues`: a dateline is no subject ("SANAA, Yemen — The International Committee
of the Red Cross says"), though the parser may hang the real subject on it ("MOGADISHU (Reuters) -
Somali Islamist group al Shabaab claimed ..."), and a clause set off by dashes may cut a subject from
its verb ("Mr Faki - who heads the AU's secretariat ... - said").
"""

from __future__ import annotations

from spacy.tokens import Token

# Dashes that close a dateline: "SANAA, Yemen — ...", "KIEV - ...", "BEIRUT (AP) -- ...".
DATELINE_DASHES = {"—", "–", "-", "--"}


def dateline(token: Token) -> bool:
    """'Gaza: The Islamic Resistance Movement announced ...', 'New Delhi: ..., the ministry has
    announced': a place name and a colon opening the sentence are its dateline, not the subject; so
    are places, an agency and a date before a dash ("SANAA, Yemen — The International Committee of
    the Red Cross says", "SANAA / ADEN, Yemen - ...", "DAVAO CITY, Philippines (Xinhua) - ...")."""
    doc = token.doc
    # "BENGHAZI, Libya – Libyan rebels delivered": a place in capitals the parser took for a common noun.
    if (token.pos_ != "PROPN" and not (token.text.isupper() and len(token.text) > 2)) \
            or token.left_edge.i != token.sent.start:
        return False
    words = [t for t in token.subtree if t.text != ":" and t.text not in DATELINE_DASHES]
    last = words[-1].i if words else token.i
    if last + 1 >= len(doc):
        return False
    if doc[last + 1].text == ":":
        return len(words) <= 4
    if (doc[last + 1].text in DATELINE_DASHES and len(words) <= 12
            and all(t.pos_ in ("PROPN", "NUM", "PUNCT", "SYM") or t.text[:1].isupper() for t in words)):
        return True
    # "MOGADISHU (Reuters) - Somali Islamist group al Shabaab claimed ...": the parser may hang the
    # subject on the dateline as its apposition; the dateline still ends at its dash
    start = token.sent.start
    dash = next((t for t in doc[start:min(start + 8, token.sent.end)] if t.text in DATELINE_DASHES), None)
    return (dash is not None and token.i < dash.i and dash.i > start + 1
            and all(t.pos_ in ("PROPN", "NUM", "PUNCT", "SYM") or t.text[:1].isupper() for t in doc[start:dash.i]))


def subject_before(verb: Token) -> Token | None:
    """The noun phrase right before a verb whose parsed subject is a dateline."""
    doc = verb.doc
    i = verb.i - 1
    while i > verb.sent.start and doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    t = doc[i]
    if t.pos_ not in ("NOUN", "PROPN") or dateline(t):
        return None
    while t.dep_ in ("compound", "pobj", "prep", "flat") and t.head.i < verb.i and t.head.i != t.i:
        t = t.head
    return t if t.pos_ in ("NOUN", "PROPN") else None


def after_dateline(opening: Token) -> Token | None:
    """'ANKARA, Turkey (AP) — Turkish President Recep Tayyip Erdogan on Wednesday ruled out ...': the
    subject the parser hung on the dateline as an apposition after its dash."""
    dash = next((t for t in opening.doc[opening.i:opening.sent.end] if t.text in DATELINE_DASHES), None)
    return next((c for c in opening.children if c.dep_ == "appos" and dash is not None and c.i > dash.i), None)


def dashed_subject(verb: Token) -> Token | None:
    """'..., Mr Faki - who heads the AU's secretariat ... - said he was ...': a subject set off from
    its verb by a clause between dashes, which the parser may hang elsewhere; it is the name right
    before the opening dash."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in DATELINE_DASHES:
        return None
    for t in reversed(doc[verb.sent.start + 1:verb.i - 1]):
        if t.text in DATELINE_DASHES and doc[t.i - 1].whitespace_ and t.whitespace_:
            before = doc[t.i - 1]
            return before if before.pos_ in ("PROPN", "NOUN") else None
    return None
