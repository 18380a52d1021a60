"""The actor dictionary: states (with demonyms, capitals and seats of government) and curated actors.

Built from ``resources/countries.yaml`` and ``resources/actors.yaml`` plus a user's actor file,
once per process. It answers two questions: which dictionary entry a surface form names, and
how a surface form refers to it (by name, as a demonym, or as a metonym such as "Ankara").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from parley import lexicon
from parley.pipeline.gazetteer import fold

Reference = Literal["name", "demonym", "metonym"]


@dataclass(frozen=True)
class Entry:
    """One actor the dictionary knows."""

    key: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    capital: str | None = None


@dataclass(frozen=True)
class Hit:
    entry: Entry
    reference: Reference


@dataclass
class ActorDictionary:
    """Surface forms (folded) to dictionary entries."""

    forms: dict[str, Hit] = field(default_factory=dict)
    by_country: dict[str, Entry] = field(default_factory=dict)
    #: Every surface form as written, to build a phrase matcher from.
    phrases: set[str] = field(default_factory=set)
    #: Persons by folded last name, for linking a full name found in text to an entry.
    persons: dict[str, list[Entry]] = field(default_factory=dict)

    def lookup(self, text: str) -> Hit | None:
        key = fold(text)
        hit = self.forms.get(key)
        if hit is None and (key.endswith("'s") or key.endswith("’s")):
            hit = self.forms.get(key[:-2])
        return hit

    def state(self, iso3: str | None) -> Entry | None:
        return self.by_country.get(iso3 or "")

    def _add(self, form: str, hit: Hit, *, override: bool = True) -> None:
        if not form or not form.strip():
            return
        key = fold(form)
        if override or key not in self.forms:
            self.forms[key] = hit
        self.phrases.add(form)


@lru_cache(maxsize=4)
def load_dictionary(actors_file: Path | None = None) -> ActorDictionary:
    """The actor dictionary (built once per process and user file)."""
    d = ActorDictionary()
    for c in lexicon.entries("countries.yaml", key="iso3"):
        entry = Entry(key=c["iso3"], name=c["name"], type="state", country=c["iso3"], sector="GOV",
                      aliases=tuple(c.get("aliases") or ()), capital=c.get("capital"))
        d.by_country[c["iso3"]] = entry
        for form in [c["name"], *(c.get("aliases") or ())]:
            d._add(form, Hit(entry, "name"), override=False)
        for form in c.get("demonyms") or ():
            d._add(form, Hit(entry, "demonym"), override=False)
        for form in [c.get("capital"), *(c.get("capital_aliases") or ())]:
            if form:
                d._add(form, Hit(entry, "metonym"), override=False)
        # A seat of government ("the Kremlin", "the White House") is the body that sits there.
        for seat in c.get("seats") or ():
            body = Entry(key=f"{c['iso3']}:{seat}", name=seat, type="organization", country=c["iso3"], sector="GOV")
            d._add(seat, Hit(body, "name"), override=False)
    for a in lexicon.entries("actors.yaml", actors_file):
        entry = Entry(key=a["name"], name=a["name"], type=a.get("type", "organization"),
                      country=a.get("country"), sector=a.get("sector"), role=a.get("role"),
                      aliases=tuple(a.get("aliases") or ()))
        for form in [a["name"], *(a.get("aliases") or ())]:
            d._add(form, Hit(entry, "name"))
            for variant in dotted_variants(form):
                d._add(variant, Hit(entry, "name"), override=False)
        if entry.type == "person":
            for form in [a["name"], *(a.get("aliases") or ())]:
                d.persons.setdefault(fold(form).split()[-1], []).append(entry)
    return d


# Abbreviations that open a name and are also written with dots ("UN Mission in South Sudan", "the
# U.N. mission in South Sudan", "the U.N mission").
DOTTED = {"UN": ("U.N.", "U.N"), "US": ("U.S.", "U.S")}


def dotted_variants(form: str) -> list[str]:
    """Other spellings of a name that opens with an abbreviation written with dots: "UN Mission in
    South Sudan" is also "U.N. Mission in South Sudan" and "U.N Mission in South Sudan"."""
    first, _, rest = form.partition(" ")
    return [f"{d} {rest}" for d in DOTTED.get(first, ())] if rest else []
