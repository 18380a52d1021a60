"""Names of armed groups, movements and parties the statistical NER cuts or pads.

* an acronym the model took into the name ("National Force (AFNF"): cut at the bracket, and the
  name grown back to the words the acronym spells ("Amhara Fano National Force (AFNF)"), even where
  the dictionary took one of them ("Fano");
* a descriptive noun after the name ("the White Army militia", "the Wagner fighters"): the group
  is named without it, so that the bare name later is the same group;
* a name's hyphenated tail the model tagged alone ("-In Opposition" after "Sudan People's
  Liberation Army"): part of the body just before it, never a body of its own.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from parley.pipeline.actor_repairs import bracketed_acronym_after
from parley.pipeline.gazetteer import fold

# Nouns that describe a named group after its name without being part of it.
GROUP_NOUNS = {"militia", "militias", "rebels", "fighters", "militants", "insurgents", "guerrillas",
               "group", "faction", "forces", "movement"}
HYPHENS = {"-", "–", "—"}
# Sectors of bodies that are groups, as in the dictionary: rebels and parties ("Democratic Unionist Party").
GROUP_SECTORS = {"REB", "PTY"}


def acronym_span(doc: Doc, ent: Span) -> Span:
    """The entity without a bracketed acronym it swallowed, grown left to the words that acronym
    spells when it spells more than the entity ("National Force (AFNF)" -> "Amhara Fano National Force");
    without quotation marks around it."""
    if len(ent) > 2 and ent[0].lower_ == "the" and ent[1].is_quote:
        ent = ent[1:]  # 'the "White Army" ethnic militia'
    while len(ent) > 1 and (ent[0].is_quote or ent[-1].is_quote):
        ent = ent[1:] if ent[0].is_quote else ent[:-1]
    cut = next((t.i for t in ent if t.text == "("), None)
    if cut is not None and cut > ent.start:
        ent = doc[ent.start:cut]
    bracketed = bracketed_acronym_after(ent, 0)
    if bracketed is None:
        return ent
    acr = bracketed.text
    start = ent.end - len(acr)
    if not 0 <= start < ent.start:
        return ent
    words = doc[start:ent.end]
    if all(w.is_alpha and w.text[:1].isupper() for w in words) and "".join(w.text[0] for w in words) == acr:
        return words
    return ent


def group_name(ent: Span) -> str:
    """The name of a group without the descriptive noun after it ("White Army militia" -> "White Army")."""
    if len(ent) > 1 and ent[-1].lower_ in GROUP_NOUNS and ent[-1].text[:1].islower() \
            and ent[-2].text[:1].isupper() and ent[-2].pos_ == "PROPN":
        return ent[:-1].text
    return ent.text


def hyphen_tail(ent: Span) -> bool:
    """Whether the entity is the hyphenated tail of the name just before it ("...Army-In Opposition")."""
    doc = ent.doc
    return ent[0].text in HYPHENS and ent.start > 0 and not doc[ent.start - 1].whitespace_ \
        and doc[ent.start - 1].text[:1].isupper()


def bracketed_acronym(ent: Span, name: str) -> Span | None:
    """The acronym of ``name`` in brackets just after the entity ("Anadolu Agency (AA)")."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
        return None
    acr = doc[ent.end + 1]
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return doc[acr.i:acr.i + 1] if acr.text.isupper() and acr.text == initials else None


def group_kind(ent: Span, name: str, org_sectors: dict[str, str], type_: str) -> tuple[str | None, str]:
    """The sector and type of a body no dictionary knows: the sector of the descriptive noun after its
    name first ("the White Army militia", 'the "White Army" ethnic militia': rebels, not an army), else of the first word that has one;
    a body of rebels, insurgents or a party is a group ("Agwelek militia", "the Amhara Fano National Front")."""
    tail = ent[-1].lower_ if len(name) < len(ent.text) else after_name(ent)
    sector = org_sectors.get(tail) if tail else None
    sector = sector or next((org_sectors[t.lower_] for t in ent if t.lower_ in org_sectors), None)
    return sector, "group" if sector in GROUP_SECTORS and type_ == "organization" else type_


# Nouns after a name no model tagged that make it an armed group ("Agwelek militia under Johnson Olony").
# The model's labels of such a name: none, or a people it took it for ("Agwelek" tagged NORP).
ENTITY_TYPES = {"", "NORP"}
UNLABELLED_GROUP_NOUNS = {"militia", "militias", "militiamen", "rebels", "fighters", "insurgents", "guerrillas"}


def unlabelled_groups(builder: Any) -> None:
    """Armed groups the model did not tag: one or two capitalized proper nouns that no entity, the
    dictionary or the gazetteer knows (not "Ukrainian fighters"), just before a noun of fighters ("Agwelek militia")."""
    doc, rec = builder.doc, builder.rec
    for t in doc:
        if t.lower_ not in UNLABELLED_GROUP_NOUNS or t.i == 0:
            continue
        start = t.i
        while start > max(0, t.i - 3) and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].ent_type_ in ENTITY_TYPES and start - 1 not in builder.taken:
            start -= 1
        if start == t.i or start == doc[start].sent.start:
            continue  # a capital at the start of a sentence may be any word
        name = doc[start:t.i]
        if rec.dictionary.lookup(name.text) is not None or rec.gazetteer.lookup(name.text) is not None \
                or fold(name.text) in rec.non_actor_names:
            continue
        c = builder._cluster(f"org:{fold(name.text)}", "group", name=name.text, sector="REB")
        c.add(doc[start:t.i + 1], "name")
        builder.taken.update(range(start, t.i + 1))


def after_name(ent: Span) -> str | None:
    """The noun of fighters just after a name, past a closing quotation mark and one adjective
    ('the "White Army" ethnic militia')."""
    doc, i = ent.doc, ent.end
    if i < len(doc) and doc[i].is_quote:
        i += 1
    if i + 1 < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i += 1
    return doc[i].lower_ if i < len(doc) and doc[i].lower_ in UNLABELLED_GROUP_NOUNS else None
