"""Loose answers through the real console, wiring and place data: a city, a misspelling, a way out."""
from __future__ import annotations

from pathlib import Path

from tests.e2e.console.driver import ConsoleProcess


def test_a_console_lifter_types_a_city_then_changes_it_in_settings_and_backs_out(tmp_path: Path) -> None:
    console = ConsoleProcess(f"sqlite+aiosqlite:///{tmp_path}/coach.db")
    try:
        for answer in ("/start", "returning", "1", "1", "kilos"):
            console.send(answer)
        missed = console.send("Lodnon")
        assert 'I don\'t know the time zone "Lodnon". Did you mean:' in missed[-1]["text"] and "London" in missed[-1]["text"]
        chosen = console.send("mumbai")
        assert chosen[0]["text"] == "Time zone set to Asia/Kolkata, for Mumbai, India."
        for answer in ("2",):
            console.send(answer)
        done = console.send("6")
        assert "kg, goal 2 a week, time zone Asia/Kolkata" in done[-1]["text"]
        console.send("/settings")
        console.send("5")
        assert console.send("/cancel")[-1]["text"] == "Nothing changed."
        console.send("/settings")
        console.send("5")
        changed = console.send("Europe")
        assert "Did you mean: Europe/London, Europe/Berlin" in changed[-1]["text"]
        changed = console.send("EST")
        assert changed[0]["text"].startswith("I took EST to mean America/New_York")
        assert "time zone America/New_York" in changed[-1]["text"]
    finally:
        console.close()
