"""The pain question after a hinge lift survives commands and a crash, on SQLite and PostgreSQL."""
from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from tests.e2e.console.driver import ConsoleProcess, onboard

HINGE_QUESTION = "How is your back after Dumbbell Romanian deadlift, from 0 to 10?"


async def _pain_reports(url: str) -> list[tuple[Any, ...]]:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(text("select value, moment, lift_key from pain_reports order by id"))
            return [tuple(r) for r in rows]
    finally:
        await engine.dispose()


async def _workouts(url: str) -> int:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as conn:
            return int((await conn.execute(text("select count(*) from workouts"))).scalar_one())
    finally:
        await engine.dispose()


def _asked(replies: list[dict[str, Any]]) -> str:
    """The question put last: the last line of the session card (or of a lone message)."""
    return str(replies[-1]["text"]).splitlines()[-1]


def _train_to_the_hinge_question(console: ConsoleProcess) -> None:
    replies = console.send("/today")
    replies = console.send("1")  # pain before
    for _ in range(60):
        prompt = replies[-1]["text"].splitlines()[-1]  # the session card's question is its last line
        if prompt == HINGE_QUESTION:
            return
        replies = console.send("16" if "What load will you use" in prompt else "10")
    raise AssertionError("never reached the hinge pain question")


async def test_the_hinge_pain_question_stays_open_through_commands_and_a_crash(database_url: str) -> None:
    console = ConsoleProcess(database_url)
    onboard(console)
    _train_to_the_hinge_question(console)
    walked = console.send("/skip")
    assert _asked(walked) == HINGE_QUESTION
    console.kill()  # Ctrl-C or a crash with the question open

    console = ConsoleProcess(database_url)
    try:
        for command in ("/today", "/log 10", "/skip"):
            replies = console.send(command)
            assert _asked(replies) == HINGE_QUESTION, command
            assert "What load will you use" not in " ".join(r["text"] for r in replies)
        console.send("2")
        reports = await _pain_reports(database_url)
        assert reports[-1] == (2, "lift", "db_rdl")
        assert [r for r in reports if r[1] == "lift"] == [(2, "lift", "db_rdl")]
    finally:
        console.close()


async def test_stop_at_the_pain_question_before_a_session_leaves_nothing_open(database_url: str) -> None:
    console = ConsoleProcess(database_url)
    try:
        onboard(console)
        console.send("/today")
        stopped = console.send("/stop")
        assert stopped[-1]["text"].startswith("OK, no session today")
        later = console.send("2")
        assert "Warm-up" not in " ".join(r["text"] for r in later)
        assert await _workouts(database_url) == 0
        assert [r for r in await _pain_reports(database_url) if r[1] == "before"] == []
    finally:
        console.close()
