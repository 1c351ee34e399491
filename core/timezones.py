"""Reading a time zone the way people type it: `london`, `EST`, `GMT+1`, `europe/london`, `India`.

Everything resolves to an IANA name from the zone database. `ZoneInfo` is only ever given a name
taken from `available_timezones()`, never the person's words: those can name a directory
(`Europe`) or be longer than a file name, and zoneinfo then fails with an OS error.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Protocol
from zoneinfo import ZoneInfo, available_timezones

from core.errors import BadInput
from core.numbers import ascii_digits
from core.text import answers as say

MAX_LENGTH = 64  # longer than any zone or place name people type


@dataclass(frozen=True)
class Place:
    name: str  # as the data source spells it: "London, United Kingdom", "India"
    zone: str  # IANA name
    several_zones: bool = False  # a country whose cities use more than one zone


class PlaceFinder(Protocol):
    """City and country names -> time zone, from a maintained place database (an adapter)."""

    async def find(self, name: str) -> Place | None:
        ...

    async def similar(self, name: str, limit: int) -> tuple[str, ...]:
        """Place names spelled close to `name`, best first."""
        ...


@dataclass(frozen=True)
class ZoneAnswer:
    zone: str
    note: str = ""  # how the answer was read; empty when it was the zone's own name


# What people mean by the abbreviations they type: the zone that follows summer time, not the
# fixed-offset legacy zones (`EST` in the zone database never moves to EDT).
ABBREVIATIONS = {
    "est": "America/New_York", "edt": "America/New_York", "et": "America/New_York",
    "cst": "America/Chicago", "cdt": "America/Chicago", "ct": "America/Chicago",
    "mst": "America/Denver", "mdt": "America/Denver", "mt": "America/Denver",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pt": "America/Los_Angeles",
    "akst": "America/Anchorage", "akdt": "America/Anchorage", "hst": "Pacific/Honolulu",
    "ast": "America/Halifax", "adt": "America/Halifax", "nst": "America/St_Johns", "ndt": "America/St_Johns",
    "bst": "Europe/London", "ist": "Asia/Kolkata", "wet": "Europe/Lisbon", "west": "Europe/Lisbon",
    "cet": "Europe/Berlin", "cest": "Europe/Berlin", "met": "Europe/Berlin",
    "eet": "Europe/Athens", "eest": "Europe/Athens", "msk": "Europe/Moscow",
    "sast": "Africa/Johannesburg", "wat": "Africa/Lagos", "cat": "Africa/Maputo", "eat": "Africa/Nairobi",
    "pkt": "Asia/Karachi", "npt": "Asia/Kathmandu", "ict": "Asia/Bangkok", "wib": "Asia/Jakarta",
    "sgt": "Asia/Singapore", "hkt": "Asia/Hong_Kong", "pht": "Asia/Manila", "jst": "Asia/Tokyo", "kst": "Asia/Seoul",
    "awst": "Australia/Perth", "acst": "Australia/Adelaide", "acdt": "Australia/Adelaide",
    "aest": "Australia/Sydney", "aedt": "Australia/Sydney", "nzst": "Pacific/Auckland", "nzdt": "Pacific/Auckland",
    "brt": "America/Sao_Paulo", "art": "America/Argentina/Buenos_Aires",
}
_UTC_WORDS = {"utc", "gmt", "z", "zulu", "universal", "utc+0", "gmt+0", "utc0", "gmt0", "+00:00", "+0"}
# Offsets that are not whole hours have no Etc/ zone; these are the zones that use them.
_PART_HOURS = {
    (-1, 9, 30): "Pacific/Marquesas", (-1, 3, 30): "America/St_Johns", (1, 3, 30): "Asia/Tehran",
    (1, 4, 30): "Asia/Kabul", (1, 5, 30): "Asia/Kolkata", (1, 5, 45): "Asia/Kathmandu",
    (1, 6, 30): "Asia/Yangon", (1, 8, 45): "Australia/Eucla", (1, 9, 30): "Australia/Darwin",
    (1, 10, 30): "Australia/Adelaide", (1, 12, 45): "Pacific/Chatham",
}
_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?:\s*[:.h]?\s*(\d{2}))?$")
_COMMON = (
    "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Moscow",
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Sao_Paulo",
    "Asia/Kolkata", "Asia/Tokyo", "Asia/Shanghai", "Asia/Singapore", "Asia/Dubai",
    "Australia/Sydney", "Australia/Perth", "Africa/Lagos", "Africa/Johannesburg", "Pacific/Auckland",
)


@cache
def _zones() -> dict[str, str]:
    """Lower-case name -> IANA name, for regional names (with a slash) and UTC.

    The slash-less legacy names (`EST`, `Poland`, `localtime`) are left to the abbreviation
    table and the place finder, which know what people mean by them.
    """
    names = {z for z in available_timezones() if "/" in z and not z.startswith(("posix/", "right/"))}
    found = {z.lower(): z for z in names}
    found["utc"] = "UTC"
    return found


@cache
def _cities() -> dict[str, str]:
    """The last part of a zone's name, as people write it ("new york") -> the zone."""
    found: dict[str, str] = {}
    for lower, zone in sorted(_zones().items()):
        if lower.startswith(("etc/", "us/", "canada/", "brazil/", "mexico/", "chile/")) or "/" not in lower:
            continue
        found.setdefault(lower.rsplit("/", 1)[1].replace("_", " "), zone)
    return found


def known_zone(name: str) -> str | None:
    """The IANA name for `name` typed in any case, or None; safe for any string."""
    cleaned = " ".join(name.split())
    if len(cleaned) > MAX_LENGTH:
        return None
    return _zones().get(cleaned.lower().replace(" ", "_"))


def _offset_zone(sign: int, hours: int, minutes: int) -> str | None:
    if minutes == 0 and hours == 0:
        return "UTC"
    if minutes == 0 and hours <= (14 if sign > 0 else 12):
        # Etc/ zones count the other way round: Etc/GMT-1 is one hour ahead of UTC.
        return f"Etc/GMT{'-' if sign > 0 else '+'}{hours}"
    return _PART_HOURS.get((sign, hours, minutes))


def follows_summer_time(zone: str) -> bool:
    tz = ZoneInfo(zone)
    year = 2026
    return datetime(year, 1, 15, tzinfo=tz).utcoffset() != datetime(year, 7, 15, tzinfo=tz).utcoffset()


def _read(zone: str, typed: str) -> str:
    return (say.ZONE_READ_SUMMER if follows_summer_time(zone) else say.ZONE_READ).format(typed=typed, zone=zone)


async def resolve_zone(said: str, places: PlaceFinder | None) -> ZoneAnswer:
    """The IANA zone meant by `said`; raises BadInput with the closest names when none fits."""
    typed = " ".join(said.split())
    if len(typed) > MAX_LENGTH:
        raise BadInput(say.ZONE_TOO_LONG)
    if not typed:
        raise BadInput(say.ZONE_EMPTY)
    lower = ascii_digits(typed).lower().replace("−", "-")
    shown = typed[:40]
    if lower in _UTC_WORDS:
        return ZoneAnswer("UTC", "" if typed == "UTC" else say.ZONE_READ.format(typed=shown, zone="UTC"))
    if lower in ABBREVIATIONS:
        zone = ABBREVIATIONS[lower]
        return ZoneAnswer(zone, say.ZONE_ABBREVIATION.format(typed=typed.upper(), zone=zone))
    if m := _OFFSET.match(lower):
        sign = -1 if m.group(1) == "-" else 1
        found = _offset_zone(sign, int(m.group(2)), int(m.group(3) or 0))
        if found is None:
            raise BadInput(say.ZONE_NO_SUCH_OFFSET.format(typed=shown))
        if found.startswith("Etc/"):
            return ZoneAnswer(found, say.ZONE_FIXED_OFFSET.format(offset=_offset_text(sign, int(m.group(2))), zone=found))
        return ZoneAnswer(found, _read(found, shown))
    if named := known_zone(typed):
        return ZoneAnswer(named, "" if named == typed else _read(named, shown))
    if city := _cities().get(lower.replace("_", " ")):
        return ZoneAnswer(city, _read(city, shown))
    if places is not None and (place := await places.find(typed)) is not None and known_zone(place.zone):
        note = say.ZONE_COUNTRY_SEVERAL if place.several_zones else say.ZONE_PLACE
        return ZoneAnswer(place.zone, note.format(typed=shown, place=place.name, zone=place.zone))
    close = await suggestions(typed, places)
    if not close:
        raise BadInput(say.ZONE_UNKNOWN_NO_GUESS.format(typed=shown))
    raise BadInput(say.ZONE_UNKNOWN.format(typed=shown, options=", ".join(close)))


def _offset_text(sign: int, hours: int) -> str:
    return f"UTC{'+' if sign > 0 else '-'}{hours:02d}:00"


async def suggestions(typed: str, places: PlaceFinder | None, limit: int = 4) -> tuple[str, ...]:
    """The names closest to a miss: zones in a region typed on its own, else the nearest spellings."""
    lower = typed.lower().strip().rstrip("/").replace(" ", "_")
    in_region = [z for z in _COMMON if z.lower().startswith(lower + "/")]
    in_region += sorted(z for k, z in _zones().items() if k.startswith(lower + "/") and z not in in_region)
    if in_region:
        return tuple(in_region[:limit])
    zones = _zones()
    close = difflib.get_close_matches(lower, list(zones), n=limit, cutoff=0.6)
    found = [zones[c] for c in close]
    cities = _cities()
    found += [cities[c] for c in difflib.get_close_matches(lower.replace("_", " "), list(cities), n=limit, cutoff=0.7)]
    if places is not None:
        found += list(await places.similar(typed, limit))
    return tuple(dict.fromkeys(found))[:limit]
