"""Three simulated weeks in the console with the clock moved: sets grow, loads step up, a layoff restarts lighter."""
from __future__ import annotations

import re
from pathlib import Path

from tests.e2e.console.driver import ConsoleProcess, answer_until_done, onboard

ROW = re.compile(r"Single-arm dumbbell row: (\d+) × 8–12 @ ([\d.]+) kg per side")


def _today(console: ConsoleProcess) -> tuple[int, float, list[dict[str, object]]]:
    console.send("/today")
    replies = console.send("1")  # pain before
    plan = next(str(r["text"]) for r in replies if r.get("card"))  # the plan is on the session card
    found = ROW.search(plan)
    assert found, plan
    return int(found.group(1)), float(found.group(2)), replies


def test_a_new_lifter_gains_a_set_loads_step_up_and_a_layoff_restarts_at_about_ninety_percent(tmp_path: Path) -> None:
    console = ConsoleProcess(f"sqlite+aiosqlite:///{tmp_path / 'coach.db'}")
    try:
        console.send("/clock 2026-11-02T08:00")  # a Monday
        onboard(console, level="1", equipment="1 4 5")
        console.send("/settings")
        console.send("6")
        console.send("1")  # weekly goal: 1, so one session a week is a consistent week
        console.send("/today")
        first = console.send("1")
        answer_until_done(console, first, reps="12", load="20")
        console.send("1")  # pain after

        console.send("/clock +7d")
        sets, load, replies = _today(console)
        assert (sets, load) == (1, 22.0)  # 12/12 at the top of the range: one 2 kg step per dumbbell
        answer_until_done(console, replies, reps="12", load="20")
        console.send("1")

        console.send("/clock +7d")
        sets, load, replies = _today(console)
        assert sets == 2 and load == 24.0  # two consistent weeks: a set more; top of range again: +2 kg
        answer_until_done(console, replies, reps="10", load="20")
        console.send("1")

        console.send("/clock +21d")  # three weeks away
        sets, load, _ = _today(console)
        assert 20.0 <= load <= 22.0 and load < 24.0  # about 90 % of 24 kg, rounded down to a loadable pair
    finally:
        console.close()
