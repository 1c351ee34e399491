"""/history mid-session, by short name, with changing loads, and /undo after the end (SQLite and PostgreSQL)."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from tests.e2e.console.driver import ConsoleProcess, onboard


async def _working_sets(url: str) -> list[tuple[str, int, float]]:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(text("select lift_key, reps, load_kg from sets where warmup = false order by id"))
            return [(r[0], int(r[1]), float(r[2] or 0)) for r in rows]
    finally:
        await engine.dispose()


def _through_the_rows(console: ConsoleProcess) -> None:
    """Pull-ups and the first row at 16 kg; the second row drops 16, 14, 12 kg."""
    console.send("/today")
    replies = console.send("1")
    asked = replies[-1]["text"].splitlines()[-1]  # the card's question is its last line; the plan names every lift
    while "Chest-supported dumbbell row" not in asked or "What load" not in asked:
        replies = console.send("16" if "What load will you use" in asked else "10")
        asked = replies[-1]["text"].splitlines()[-1]
    console.send("16")
    console.send("done")
    for answer in ("10", "9 x 14", "8 x 12"):
        console.send(answer)


async def test_history_and_undo_around_a_session(database_url: str) -> None:
    console = ConsoleProcess(database_url)
    try:
        onboard(console)
        _through_the_rows(console)
        during = console.send("/history")
        assert "(in progress)" in during[0]["text"]
        assert "Chest-supported dumbbell row 10 @ 16 kg, 9 @ 14 kg, 8 @ 12 kg" in during[0]["text"]
        assert "What load will you use" in during[-1]["text"].splitlines()[-1]  # the open question, asked again
        rows = console.send("/history row")
        assert rows[0]["text"].startswith("Row, newest first:") and "Single-arm dumbbell row" in rows[0]["text"]
        console.send("/stop")
        console.send("1")  # pain after the session
        stored = await _working_sets(database_url)
        offer = console.send("/undo")
        assert "Remove its last set (8 × 12 kg) from Chest-supported dumbbell row?" in offer[-1]["text"]
        console.send("yes")
        assert await _working_sets(database_url) == stored[:-1]
    finally:
        console.close()
