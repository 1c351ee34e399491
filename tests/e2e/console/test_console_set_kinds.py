"""Pull-ups and carries by buttons, and the rest-over push, through `backcoach console --json` like a user.

What is stored is read back from the database the console wrote, so each test checks what the
user saw and what was kept.
"""
from __future__ import annotations

import asyncio
import csv
import io
from pathlib import Path
from typing import Any

from sqlalchemy import text

from adapters.db.engine import make_engine
from tests.e2e.console.driver import ConsoleProcess, asked, onboard

Replies = list[dict[str, Any]]


def query(url: str, sql: str) -> list[tuple[Any, ...]]:
    async def run() -> list[tuple[Any, ...]]:
        engine = make_engine(url)
        try:
            async with engine.connect() as conn:
                return [tuple(row) for row in await conn.execute(text(sql))]
        finally:
            await engine.dispose()

    return asyncio.run(run())


def payloads(replies: Replies) -> list[str]:
    return [b["payload"] for b in replies[-1]["buttons"]] if replies else []


def card(replies: Replies) -> dict[str, Any]:
    """The session card as it stands after a message (the last card reply it produced)."""
    return next(r for r in reversed(replies) if r.get("card"))


def logged(replies: Replies) -> str:
    """What the card says changed: the set just logged."""
    return str(card(replies)["change"])


def pushed(replies: Replies) -> Replies:
    return [r for r in replies if r.get("pushed")]


def start_pull_ups(console: ConsoleProcess) -> Replies:
    """Onboard (returning, dumbbells, bar, bench), start today's session and do the two ramp sets."""
    console.send("/clock 2026-11-23T12:00")
    onboard(console)
    console.send("/today")
    console.send("1")  # back pain before: 1
    console.send("done")
    return console.send("done")


def test_pull_ups_are_logged_by_tapping_a_rep_button_and_done_never_logs_zero_reps(sqlite_url: str) -> None:
    console = ConsoleProcess(sqlite_url)
    try:
        prompt = start_pull_ups(console)
        assert asked(prompt[-1]).startswith("Pull-up, set 1 of 3: as many clean reps as you can")
        assert payloads(prompt) == ["3", "4", "5", "6", "7", "skip"]  # a first guess of 5, never 0 and no [done]
        first = console.send("/press 6")
        assert logged(first) == "✓ Pull-up: set 1 of 3 logged: 6 reps"
        assert "▸ Pull-up: 3 × as many clean reps as you can\n   6 reps\n" in card(first)["text"]
        assert payloads(first) == ["4", "5", "6", "7", "8", "skip"]  # around today's first set
        for refused in ("/press done", "done", "/log done"):
            answer = console.send(refused)
            assert len(answer) == 1 and "How many clean reps" in answer[0]["text"]
        second = console.send("/press 5")
        assert logged(second) == "✓ Pull-up: set 2 of 3 logged: 5 reps"
        assert "\n   6 reps, 5 reps\n" in card(second)["text"]
    finally:
        console.close()
    stored = query(sqlite_url, "SELECT reps, seconds FROM sets WHERE lift_key = 'pull_up' AND warmup = 0 ORDER BY id")
    assert stored == [(6, None), (5, None)]
    assert query(sqlite_url, "SELECT count(*) FROM sets WHERE reps = 0") == [(0,)]


def test_a_farmers_carry_is_prompted_stored_and_shown_in_seconds_and_never_gets_a_one_rep_max(sqlite_url: str) -> None:
    console = ConsoleProcess(sqlite_url)
    try:
        start_pull_ups(console)
        for reps in ("7", "6", "6"):
            console.send(f"/press {reps}")
        for _ in range(3):  # the rows and the hinge
            console.send("/skip")
        load = console.send("16")  # the carry's first load
        question = asked(load[-1]).splitlines()  # the card's notes ("Got it: ... 16 kg"), then its question
        assert any(line.startswith("Farmer's carry, set 1 of 2: aim for 30 s @ 16 kg") for line in question)
        assert "reps" not in "\n".join(question)
        assert payloads(load) == ["25s", "30s", "35s", "40s", "skip"]
        first = console.send("/press 35s")
        assert logged(first) == "✓ Farmer's carry: set 1 of 2 logged: 35 s @ 16 kg"
        assert "\n   35 s @ 16 kg\n" in card(first)["text"]
        done = console.send("0:40")
        assert logged(done) == "✓ Farmer's carry: set 2 of 2 logged: 40 s @ 16 kg"
        assert "✓ Farmer's carry: 35 s @ 16 kg, 40 s @ 16 kg" in card(done)["text"]
        assert "• Farmer's carry: 35 s @ 16 kg, 40 s @ 16 kg" in done[1]["text"]
        console.send("1")  # back pain after
        history = console.send("/history")[-1]["text"]
        assert "Farmer's carry 35 s, 40 s @ 16 kg" in history
        best_lines = console.send("/bests")[-1]["text"].splitlines()
        carry = next(line for line in best_lines if "Farmer's carry" in line)
        assert carry == "• Farmer's carry: 40 s @ 16 kg, 23 Nov 2026" and "1RM" not in carry
        files = [Path(r["attachment"]) for r in console.send("/export") if r.get("attachment")]
    finally:
        console.close()
    assert query(sqlite_url, "SELECT reps, seconds, load_kg FROM sets WHERE lift_key = 'farmers_carry' ORDER BY id") == [
        (0, 35, 16.0), (0, 40, 16.0)]
    exported = next(f for f in files if f.suffix == ".csv").read_text()
    rows = [r for r in csv.DictReader(io.StringIO(exported)) if r["lift"] == "Farmer's carry"]
    assert [(r["reps"], r["seconds"], r["load"]) for r in rows] == [("", "35", "16"), ("", "40", "16")]


def test_the_rest_over_push_comes_once_after_a_restart_and_logging_early_cancels_it(database_url: str) -> None:
    console = ConsoleProcess(database_url)
    try:
        start_pull_ups(console)
        console.send("/press 7")  # 12:00: set 1, then 2:30 of rest
    finally:
        console.kill()  # a crash while resting
    console = ConsoleProcess(database_url)
    try:
        assert pushed(console.send("/clock 2026-11-23T12:01")) == []
        over = pushed(console.send("/clock +2m"))
        assert [r["text"] for r in over] == ["Rest over — set 2 of 3: as many clean reps as you can"]
        assert pushed(console.send("/clock +5m")) == []  # never twice
        console.send("/press 6")  # 12:08: set 2, the next rest is due 12:10:30
        console.send("/clock +1m")
        console.send("/press 6")  # 12:09: set 3, early: the rest push is cancelled
        assert pushed(console.send("/clock +10m")) == []
    finally:
        console.close()
    rows = query(database_url, "SELECT status, note FROM reminder_outbox WHERE kind = 'rest' ORDER BY id")
    assert rows == [("sent", ""), ("skipped", "cancelled")]
    assert query(database_url, "SELECT rest_until FROM workouts") == [(None,)]
