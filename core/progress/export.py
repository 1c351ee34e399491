"""Export files: a CSV with one row per set, a JSON of everything, and a physio timeline."""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from core.model import Profile, Units, from_kg
from core.text import progress as say
from core.training.catalogue import CATALOGUE, exercise
from core.workout.model import LoggedSet, PainReport, SafetyEvent, Workout

# Timed sets (carries, holds) leave the reps empty and fill `seconds`.
CSV_COLUMNS = ("date", "lift", "slot", "set", "type", "reps", "reps_left", "reps_right", "load", "unit", "seconds")
FORMAT = "backcoach-export"
VERSION = 1


@dataclass(frozen=True)
class SetRow:
    """One logged set as the CSV shows it; loads in the lifter's units, rounded to grams/ounces."""

    day: date
    lift_key: str
    slot: str
    set_number: int
    warmup: bool
    reps: int
    reps_right: int | None  # one-arm lifts: `reps` is the left side
    load: float | None
    unit: str
    seconds: int | None = None  # timed sets; `reps` is 0 for them


def _load(kg: float | None, units: Units) -> float | None:
    return round(from_kg(kg, units), 3) if kg else None


def set_rows(sets: list[LoggedSet], profile: Profile) -> list[SetRow]:
    zone = ZoneInfo(profile.timezone)
    return [
        SetRow(s.logged_at.astimezone(zone).date(), s.lift_key, s.slot, s.set_number, s.warmup, s.reps, s.reps_right,
               _load(s.load_kg, profile.units), profile.units.value, s.seconds)
        for s in sorted(sets, key=lambda s: (s.logged_at, s.id or 0))
    ]


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def to_csv(rows: list[SetRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        one_arm = exercise(r.lift_key).one_arm
        writer.writerow([
            r.day.isoformat(), exercise(r.lift_key).name, r.slot, r.set_number,
            say.CSV_WARMUP if r.warmup else say.CSV_WORKING,
            "" if one_arm or r.seconds is not None else r.reps, r.reps if one_arm else "", _number(r.reps_right) if one_arm else "",
            _number(r.load), r.unit, _number(r.seconds),
        ])
    return out.getvalue()


def read_csv(text: str) -> list[SetRow]:
    """The CSV read back, so a lifter (or a test) can check nothing was lost."""
    by_name = {e.name: e.key for e in CATALOGUE}
    rows = []
    for item in csv.DictReader(io.StringIO(text)):
        seconds = int(item["seconds"]) if item.get("seconds") else None
        one_arm = item["reps"] == "" and seconds is None
        rows.append(SetRow(
            date.fromisoformat(item["date"]), by_name[item["lift"]], item["slot"], int(item["set"]),
            item["type"] == say.CSV_WARMUP,
            0 if seconds is not None else int(item["reps_left"] if one_arm else item["reps"]),
            int(item["reps_right"]) if one_arm and item["reps_right"] else None,
            float(item["load"]) if item["load"] else None, item["unit"], seconds,
        ))
    return rows


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (frozenset, set)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_json(
    profile: Profile,
    workouts: list[Workout],
    sets: list[LoggedSet],
    pain: list[PainReport],
    safety: list[SafetyEvent],
    exported_at: datetime,
) -> str:
    """The whole profile and history; loads stay in kg exactly as stored."""
    by_workout: dict[int, list[LoggedSet]] = defaultdict(list)
    for s in sets:
        by_workout[s.workout_id].append(s)
    sessions = []
    for w in sorted(workouts, key=lambda w: (w.started_at, w.id or 0)):
        session = {k: v for k, v in asdict(w).items() if k not in {"plan", "user_id", "lift_index", "set_index", "phase"}}
        session["sets"] = [{k: v for k, v in asdict(s).items() if k not in {"user_id", "workout_id"}} for s in by_workout[w.id or 0]]
        sessions.append(session)
    document = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at,
        "profile": {k: v for k, v in asdict(profile).items() if k != "user_id"},
        "sessions": sessions,
        "pain_reports": [{k: v for k, v in asdict(p).items() if k != "user_id"} for p in pain],
        "safety_events": [{k: v for k, v in asdict(e).items() if k != "user_id"} for e in safety],
    }
    return json.dumps(_plain(document), indent=2, ensure_ascii=False)


def sets_from_json(text: str) -> list[dict[str, Any]]:
    """Every set in a JSON export, with its session day, as plain dicts."""
    document = json.loads(text)
    return [s | {"day": session["day"]} for session in document["sessions"] for s in session["sets"]]


def physio_timeline(
    profile: Profile,
    workouts: list[Workout],
    sets: list[LoggedSet],
    pain: list[PainReport],
    safety: list[SafetyEvent],
) -> str:
    """A plain-text timeline a physical therapist can read in a minute: pain, warning signs, session load."""
    zone = ZoneInfo(profile.timezone)
    entries: list[tuple[datetime, str]] = []
    working: dict[int, list[LoggedSet]] = defaultdict(list)
    for s in sets:
        if not s.warmup:
            working[s.workout_id].append(s)
    for w in workouts:
        done = working.get(w.id or 0, [])
        volume = sum(from_kg(s.load_kg or 0.0, profile.units) * (s.reps + (s.reps_right or 0)) for s in done)
        entries.append((w.started_at, say.PHYSIO_SESSION.format(
            sets=len(done), volume=f"{volume:,.0f}", unit=profile.units.value, status=say.STATUS_NAMES.get(w.status.value, w.status.value),
        )))
    for p in pain:
        lift = f" ({exercise(p.lift_key).name})" if p.lift_key else ""
        entries.append((p.at, say.PHYSIO_PAIN.format(value=p.value, moment=say.MOMENT_NAMES.get(p.moment, p.moment), lift=lift)))
    for e in safety:
        signs = ", ".join(t.replace("_", " ") for t in e.triggers) or "-"
        entries.append((e.at, say.PHYSIO_SIGN.format(tier=say.TIER_NAMES.get(e.tier.lower(), e.tier), signs=signs)))
    lines = [say.PHYSIO_HEADER.format(name=profile.display_name, zone=profile.timezone), say.PHYSIO_SCALE, ""]
    for at, text in sorted(entries, key=lambda item: item[0]):
        lines.append(f"{at.astimezone(zone):%Y-%m-%d %H:%M}  {text}")
    if not entries:
        lines.append(say.PHYSIO_EMPTY)
    lines += ["", say.PHYSIO_FOOTER]
    return "\n".join(lines) + "\n"
