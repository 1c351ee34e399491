"""Session plans to and from plain JSON-able dicts, so a plan survives a restart unchanged."""
from __future__ import annotations

from dataclasses import fields
from enum import Enum
from datetime import date
from typing import Any

from core.training.plan import LoadKind, PlannedLift, RampSet, SessionPlan, Slot


_PLAN_FIELDS = tuple(f.name for f in fields(SessionPlan))
_LIFT_FIELDS = tuple(f.name for f in fields(PlannedLift))
_RAMP_FIELDS = tuple(f.name for f in fields(RampSet))


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def plan_to_dict(plan: SessionPlan) -> dict[str, Any]:
    # Written out rather than dataclasses.asdict, which deep-copies every value: this runs on every save.
    data: dict[str, Any] = {name: getattr(plan, name) for name in _PLAN_FIELDS}
    data["day"] = plan.day.isoformat()
    data["lifts"] = [_lift_to_dict(lift) for lift in plan.lifts]
    for name in ("warmup", "cooldown", "notes"):
        data[name] = list(data[name])
    return data


def _lift_to_dict(lift: PlannedLift) -> dict[str, Any]:
    data = {name: _plain(getattr(lift, name)) for name in _LIFT_FIELDS}
    data["ramps"] = [{name: getattr(ramp, name) for name in _RAMP_FIELDS} for ramp in lift.ramps]
    return data


def plan_from_dict(data: dict[str, Any]) -> SessionPlan:
    values = {k: v for k, v in data.items() if k in _PLAN_FIELDS}
    values["day"] = date.fromisoformat(data["day"])
    values["lifts"] = tuple(_lift(item) for item in data["lifts"])
    for name in ("warmup", "cooldown", "notes"):
        values[name] = tuple(data.get(name, ()))
    return SessionPlan(**values)


def _lift(data: dict[str, Any]) -> PlannedLift:
    values = {k: v for k, v in data.items() if k in _LIFT_FIELDS}
    values["slot"] = Slot(data["slot"])
    values["load_kind"] = LoadKind(data["load_kind"])
    values["ramps"] = tuple(RampSet(**ramp) for ramp in data.get("ramps", ()))
    return PlannedLift(**values)
