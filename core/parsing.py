"""Reading a lifter's set reply: `10`, `10x20`, `20kg x 10`, `10 reps @ 45 lb`, `8/8`, `skip`, `done`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from core.text import general
from core.errors import BadInput
from core.model import Units, to_kg

MAX_REPS = 100
MAX_LOAD = {Units.KG: 500.0, Units.LB: 1100.0}


class SetAction(StrEnum):
    LOG = "log"
    SKIP = "skip"
    DONE = "done"  # the set went as prescribed


@dataclass(frozen=True)
class SetReply:
    action: SetAction
    reps: int | None = None
    reps_right: int | None = None  # one-arm lifts typed as left/right, e.g. 8/8
    load_kg: float | None = None  # None: the prescribed load
    failed: bool = False
    seconds: int | None = None  # timed sets (core.training.set_kinds.parse_timed); reps is None then


_NUM = r"(\d+(?:[.,]\d+)?)"
_UNIT = r"(kgs?|kilos?|lbs?|pounds?|#)"
_REPS_WORD = r"(?:reps?|r)"
_FAILED = re.compile(r"\b(fail(?:ed)?|f)\b")
_SKIP = re.compile(r"^(skip|skipped|pass|next)$")
_DONE = re.compile(r"^(done|ok|okay|yes|y|did it|✓|✔|👍)$")
_REPS_ONLY = re.compile(rf"^(-?\d+)(?:\s*/\s*(-?\d+))?\s*{_REPS_WORD}?$")
_REPS_THEN_LOAD = re.compile(
    rf"^(-?\d+)(?:\s*/\s*(-?\d+))?\s*{_REPS_WORD}?\s*(?:x|×|\*|@|at|with|of)\s*(-?{_NUM[1:-1]})\s*{_UNIT}?$"
)
_LOAD_THEN_REPS = re.compile(
    rf"^(-?{_NUM[1:-1]})\s*{_UNIT}\s*(?:x|×|\*|for|@)\s*(-?\d+)(?:\s*/\s*(-?\d+))?\s*{_REPS_WORD}?$"
)


def _units_of(word: str | None, default: Units) -> Units:
    if not word:
        return default
    return Units.LB if word.startswith(("lb", "pound", "#")) else Units.KG


def _number(raw: str) -> float:
    return float(raw.replace(",", "."))


def parse_set_reply(raw: str, units: Units) -> SetReply:
    """Parse one set reply; raise BadInput with a short, specific reason when it cannot be used."""
    said = " ".join(raw.strip().lower().split())
    if _SKIP.match(said):
        return SetReply(SetAction.SKIP)
    if _DONE.match(said):
        return SetReply(SetAction.DONE)
    failed = bool(_FAILED.search(said))
    said = _FAILED.sub("", said).strip().rstrip(",;-").strip()
    reps: str
    right: str | None
    load: str | None = None
    unit: str | None = None
    if m := _REPS_ONLY.match(said):
        reps, right = m.group(1), m.group(2)
    elif m := _REPS_THEN_LOAD.match(said):
        reps, right, load, unit = m.group(1), m.group(2), m.group(3), m.group(4)
    elif m := _LOAD_THEN_REPS.match(said):
        load, unit, reps, right = m.group(1), m.group(2), m.group(3), m.group(4)
    else:
        raise BadInput(general.SET_REPLY_HINT)
    return _checked(int(reps), int(right) if right else None, load, _units_of(unit, units), failed)


def _checked(reps: int, right: int | None, load: str | None, units: Units, failed: bool) -> SetReply:
    for count in (reps, right):
        if count is None:
            continue
        if count < 0:
            raise BadInput(general.NEGATIVE_NOT_ALLOWED)
        if count > MAX_REPS:
            raise BadInput(general.TOO_MANY_REPS.format(limit=MAX_REPS))
    if reps == 0 and (right in (None, 0)) and not failed:
        raise BadInput(general.ZERO_REPS)
    load_kg: float | None = None
    if load is not None:
        value = _number(load)
        if value < 0:
            raise BadInput(general.NEGATIVE_NOT_ALLOWED)
        if value > MAX_LOAD[units]:
            raise BadInput(general.LOAD_TOO_HEAVY.format(limit=f"{MAX_LOAD[units]:g} {units.value}"))
        load_kg = round(to_kg(value, units), 6)
    return SetReply(SetAction.LOG, reps=reps, reps_right=right, load_kg=load_kg, failed=failed)


def parse_load(raw: str, units: Units) -> float:
    """A load on its own (`16`, `35 lb`, `bodyweight`), answered when the coach asks for a first load."""
    said = " ".join(raw.strip().lower().split())
    if said in {"bw", "bodyweight", "body weight", "none", "0"}:
        return 0.0
    m = re.match(rf"^{_NUM}\s*{_UNIT}?$", said)
    if not m:
        raise BadInput(general.LOAD_HINT)
    value = _number(m.group(1))
    unit = _units_of(m.group(2), units)
    if value > MAX_LOAD[unit]:
        raise BadInput(general.LOAD_TOO_HEAVY.format(limit=f"{MAX_LOAD[unit]:g} {unit.value}"))
    return round(to_kg(value, unit), 6)
