"""The console with a moved clock: the reminder appears, start now opens the session, snooze brings it back, the board."""
from __future__ import annotations

from tests.e2e.console.driver import ConsoleProcess, onboard


def pushed(replies: list[dict[str, object]]) -> list[dict[str, object]]:
    return [r for r in replies if r.get("pushed")]


def test_a_reminder_appears_when_the_clock_passes_its_time_and_snooze_brings_it_back(sqlite_url: str) -> None:
    console = ConsoleProcess(sqlite_url, user="sam")
    try:
        console.send("/clock 2026-11-22T12:00")
        onboard(console)
        assert "mon thu at 07:00" in console.send("/schedule mon thu 07:00")[-1]["text"].lower()
        console.send("/clock 2026-11-23T06:58")
        assert pushed(console.send("/clock +1m")) == []
        reminder = pushed(console.send("/clock +2m"))
        assert len(reminder) == 1 and "Back day today" in str(reminder[0]["text"])
        payloads = [b["payload"] for b in reminder[0]["buttons"]]  # type: ignore[union-attr]
        assert payloads[:2] == ["/today", "/snooze 30"]
        assert "30 minutes" in str(console.send("/press /snooze 30")[-1]["text"])
        assert pushed(console.send("/clock +20m")) == []
        again = pushed(console.send("/clock +11m"))
        assert len(again) == 1 and "Back day today" in str(again[0]["text"])
        opened = console.send("/press /today")
        assert opened and "reminder" not in str(opened[-1]["text"]).lower()
    finally:
        console.close()


def test_the_weekly_board_shows_only_the_members_who_opted_in(sqlite_url: str) -> None:
    console = ConsoleProcess(sqlite_url, user="ana", group="backclub")
    try:
        console.send("/clock 2026-11-22T12:00")
        for name in ("ana", "ben", "cy"):
            console.send(f"/as {name}")
            console.send("/private")
            onboard(console)
        console.send("/group backclub")
        console.send("/as ana")
        assert "back day" in str(console.send("/schedule wed 18:00")[-1]["text"]).lower()
        console.send("/remindme on")
        console.send("/as ben")
        console.send("/remindme on")
        board = pushed(console.send("/clock 2026-11-29T19:01"))
        texts = [str(r["text"]) for r in board]
        assert any("This week's back sessions" in t for t in texts)
        text = next(t for t in texts if "This week's back sessions" in t)
        assert "ana" in text and "ben" in text and "cy" not in text
        assert "⏳" in text and "kg" not in text
    finally:
        console.close()
