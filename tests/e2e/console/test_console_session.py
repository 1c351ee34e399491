"""The console in --json mode, driven as a subprocess the way a script or a new user would."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.e2e.console.driver import ConsoleProcess, answer_until_done, asked, onboard


def _working_sets(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from sets where warmup = 0").fetchone()[0]


def test_a_new_user_onboards_trains_a_whole_session_and_sees_it_in_history(tmp_path: Path) -> None:
    db = tmp_path / "coach.db"
    console = ConsoleProcess(f"sqlite+aiosqlite:///{db}")
    try:
        done = onboard(console)
        assert "All set" in done[-1]["text"]
        counts = answer_until_done(console, console.send("/today"))
        summary = next(r["text"] for r in reversed(console.transcript) if "Session done!" in r["text"])
        assert f"{counts['working']} working sets" in summary
        assert _working_sets(db) == counts["working"]
        console.send("1")  # pain after the session
        history = console.send("/history")
        assert "Your recent sessions:" in history[-1]["text"]
        assert "Single-arm dumbbell row" in history[-1]["text"]
    finally:
        console.close()


def test_killing_the_process_mid_session_loses_nothing_and_the_conversation_resumes(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'coach.db'}"
    console = ConsoleProcess(url)
    onboard(console)
    console.send("/today")
    console.send("2")  # pain before
    replies = console.send("done")  # first warm-up set
    assert asked(replies[-1]).startswith("Warm-up set 2 of 2")  # asked on the session card
    console.kill()

    console = ConsoleProcess(url)
    try:
        replies = console.send("done")  # the second warm-up set, answered after the crash
        assert replies[0]["change"].startswith("✓ warm-up set 2 logged")
        assert ", set 1 of 3" in replies[-1]["text"]
        replies = console.send("8")
        assert replies[0]["change"].startswith("✓ Pull-up: set 1 of 3 logged: 8")
        with sqlite3.connect(tmp_path / "coach.db") as conn:
            rows = conn.execute("select warmup, reps from sets order by id").fetchall()
        assert [tuple(r) for r in rows] == [(1, 5), (1, 3), (0, 8)]  # both pull-up ramp sets, then the working set
    finally:
        console.close()


def test_two_members_log_in_one_group_and_each_set_is_attributed_to_its_sender(tmp_path: Path) -> None:
    db = tmp_path / "coach.db"
    console = ConsoleProcess(f"sqlite+aiosqlite:///{db}", user="ana")
    try:
        onboard(console)
        console.send("/as ben")
        onboard(console)
        console.send("/group gym")
        console.send("/as ana")
        console.send("/today")
        console.send("/as ben")
        console.send("/today")
        console.send("/as ana")
        ana = console.send("pain 1")
        console.send("/as ben")
        ben = console.send("pain 2")
        assert all(r["to"] == "ana" for r in ana) and all(r["to"] == "ben" for r in ben)
        console.send("/as ana")
        console.send("skip")
        console.send("skip")
        ana_set = console.send("9")
        console.send("/as ben")
        console.send("skip")
        console.send("skip")
        ben_set = console.send("11")
        assert ana_set[0]["to"] == "ana" and "set 1 of 3 logged: 9" in ana_set[0]["change"]
        assert ben_set[0]["to"] == "ben" and "set 1 of 3 logged: 11" in ben_set[0]["change"]
        with sqlite3.connect(db) as conn:
            rows = conn.execute(
                "select i.platform_user_id, s.reps from sets s join identities i on i.user_id = s.user_id order by s.id"
            ).fetchall()
        assert rows == [("ana", 9), ("ben", 11)]
    finally:
        console.close()
