"""Migration 0007: carries and hangs logged as reps before seconds had a column move to seconds, and back."""
from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import text

from adapters.db.engine import make_engine
from bot.migrate import downgrade, upgrade

_AT = datetime(2026, 11, 1, 12, 0, tzinfo=UTC).replace(tzinfo=None)


async def _run(url: str, *statements: str) -> list[tuple[object, ...]]:
    engine = make_engine(url)
    try:
        async with engine.begin() as conn:
            result = None
            for statement in statements:
                result = await conn.execute(text(statement), {"at": _AT, "day": date(2026, 11, 1)})
            return [tuple(r) for r in result] if result is not None and result.returns_rows else []
    finally:
        await engine.dispose()


async def test_timed_sets_logged_as_reps_become_seconds_and_go_back_on_downgrade(database_url: str) -> None:
    await upgrade(database_url, "0003")
    await _run(
        database_url,
        "INSERT INTO users (id, display_name, level, equipment, back_status, units, timezone, weekly_goal, screen_yes, "
        "onboarded, gentle_mode, progression_paused, training_paused, pause_reason, lift_choices, conv_step, conv_data, "
        "conv_platform, conv_chat_id, conv_chat_kind) VALUES (1, 'sam', 'returning', '', 'no_pain', 'kg', 'UTC', 2, '', "
        "true, false, false, false, '', '[]', 'idle', '{}', '', '', 'private')",
        "INSERT INTO workouts (id, user_id, platform, chat_id, chat_kind, day, started_at, status, plan, lift_index, "
        "set_index, phase, reduce_next) VALUES (1, 1, 'console', 'sam', 'private', :day, :at, 'done', '{}', 0, 0, 'work', false)",
        "INSERT INTO sets (workout_id, user_id, lift_key, slot, set_number, warmup, reps, load_kg, failed, logged_at) VALUES "
        "(1, 1, 'farmers_carry', 'grip', 1, false, 40, 16, false, :at), (1, 1, 'static_hang', 'grip', 1, false, 30, NULL, false, :at), "
        "(1, 1, 'pull_up', 'vertical_pull', 1, false, 7, NULL, false, :at)",
    )
    await upgrade(database_url)
    moved = await _run(database_url, "SELECT lift_key, reps, seconds FROM sets ORDER BY id")
    assert moved == [("farmers_carry", 0, 40), ("static_hang", 0, 30), ("pull_up", 7, None)]
    await downgrade(database_url, "0003")
    back = await _run(database_url, "SELECT lift_key, reps FROM sets ORDER BY id")
    assert back == [("farmers_carry", 40), ("static_hang", 30), ("pull_up", 7)]
