"""Safety through the console subprocess: three members in a group, one reports a warning sign mid-set."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from core.text import safety as say
from tests.e2e.console.driver import ConsoleProcess, onboard


def test_a_warning_sign_mid_set_ends_only_that_members_session(tmp_path: Path) -> None:
    db = tmp_path / "coach.db"
    console = ConsoleProcess(f"sqlite+aiosqlite:///{db}", user="ana")
    try:
        for who in ("ana", "ben", "cy"):
            console.send(f"/as {who}")
            onboard(console)
        console.send("/group gym")
        for who in ("ana", "ben", "cy"):
            console.send(f"/as {who}")
            console.send("/today")
            console.send("1")  # pain before
            console.send("done")  # first warm-up set
        console.send("/as ben")
        replies = console.send("shooting pain down my right leg and now my foot is numb")
        public = [r for r in replies if r["visibility"] == "public"]
        private = [r for r in replies if r["visibility"] == "private"]
        assert [r["chat"] for r in public] == ["group:gym"] and public[0]["text"].startswith("ben,")
        assert not any(ch.isdigit() for ch in public[0]["text"]) and "leg" not in public[0]["text"]
        assert [r["chat"] for r in private] == ["dm:ben"] and private[0]["text"] == say.PROVIDER_PRIVATE
        console.send("/as cy")
        carry_on = console.send("done")
        assert carry_on[0]["to"] == "cy" and "warm-up set" in carry_on[0]["change"]
        with sqlite3.connect(db) as conn:
            statuses = dict(
                conn.execute(
                    "select i.platform_user_id, w.status from workouts w join identities i on i.user_id = w.user_id"
                ).fetchall()
            )
            events = conn.execute("select tier, chat_kind from safety_events").fetchall()
        assert statuses == {"ana": "active", "ben": "stopped_for_safety", "cy": "active"}
        assert events == [("provider", "group")]
    finally:
        console.close()
