"""Session plans to and from plain JSON-able dicts, so a plan survives a restart unchanged."""
from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date
from typing import Any

from core.training.plan import LoadKind, PlannedLift, RampSet, SessionPlan, Slot


def plan_to_dict(plan: SessionPlan) -> dict[str, Any]:
    data = asdict(plan)
    data["day"] = plan.day.isoformat()
    return data


def plan_from_dict(data: dict[str, Any]) -> SessionPlan:
    known = {f.name for f in fields(SessionPlan)}
    values = {k: v for k, v in data.items() if k in known}
    values["day"] = date.fromisoformat(data["day"])
    values["lifts"] = tuple(_lift(item) for item in data["lifts"])
    for name in ("warmup", "cooldown", "notes"):
        values[name] = tuple(data.get(name, ()))
    return SessionPlan(**values)


def _lift(data: dict[str, Any]) -> PlannedLift:
    known = {f.name for f in fields(PlannedLift)}
    values = {k: v for k, v in data.items() if k in known}
    values["slot"] = Slot(data["slot"])
    values["load_kind"] = LoadKind(data["load_kind"])
    values["ramps"] = tuple(RampSet(**ramp) for ramp in data.get("ramps", ()))
    return PlannedLift(**values)
