from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from core.messages import ChatKind, Incoming
from core.progress.export import read_csv, sets_from_json
from tests.integration.progress_seed import NOW, seed, services


def _dm(text: str, who: str) -> Incoming:
    return Incoming("console", f"dm:{who}", ChatKind.PRIVATE, who, who, NOW, text=text)


async def test_the_csv_and_json_read_back_give_the_logged_sets_exactly(database_url: str, tmp_path: Path) -> None:
    built = await services(database_url, tmp_path)
    try:
        user = await seed(built, "console", "sam")
        replies = await built.coach.handle(_dm("/export", "sam"))
        files = {Path(r.attachment.path).suffix: Path(r.attachment.path) for r in replies if r.attachment}
        assert set(files) == {".csv", ".json"} and all(r.attachment.kind == "document" for r in replies if r.attachment)
        async with built.uow_factory() as uow:
            logged = await uow.workouts.sets_of([w.id or 0 for w in await uow.workouts.finished(user)])
        zone = ZoneInfo("America/New_York")
        expected = sorted(
            (s.logged_at.astimezone(zone).date(), s.lift_key, s.slot, s.set_number, s.warmup, s.reps, s.reps_right,
             round(s.load_kg, 3) if s.load_kg else None)
            for s in logged
        )
        rows = read_csv(files[".csv"].read_text())
        assert sorted((r.day, r.lift_key, r.slot, r.set_number, r.warmup, r.reps, r.reps_right, r.load) for r in rows) == expected
        assert {r.day.isoformat() for r in rows} == {"2026-10-01", "2026-10-04", "2026-10-07"}  # the zone's date, not UTC's
        from_json = sets_from_json(files[".json"].read_text())
        assert sorted(
            (s["lift_key"], s["set_number"], s["warmup"], s["reps"], s["reps_right"], s["load_kg"], s["failed"],
             datetime.fromisoformat(s["logged_at"]).astimezone(UTC))
            for s in from_json
        ) == sorted((s.lift_key, s.set_number, s.warmup, s.reps, s.reps_right, s.load_kg, s.failed, s.logged_at) for s in logged)
        document = json.loads(files[".json"].read_text())
        assert document["profile"]["timezone"] == "America/New_York" and document["safety_events"][0]["tier"] == "provider"
        physio = await built.coach.handle(_dm("/export physio", "sam"))
        timeline = Path(physio[-1].attachment.path).read_text()  # type: ignore[union-attr]
        assert "pain 3/10, during a lift (Dumbbell Romanian deadlift)" in timeline
        assert "warning sign reported (provider visit advised): leg tingling" in timeline
    finally:
        await built.dispose()
