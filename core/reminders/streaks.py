"""Streaks: consecutive Monday–Sunday weeks (the lifter's own zone) that met the weekly goal.

Rest days never break a streak because only whole weeks count. A week touched by a
pause is neutral: it neither breaks the streak nor adds to it, so a holiday or an
injury break does not wipe out months of habit, and does not inflate it either.
The current week adds once its goal is met; until then it does not break anything.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta

from core.reminders.model import Pause


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def paused_weeks(pauses: Iterable[Pause]) -> set[date]:
    weeks: set[date] = set()
    for pause in pauses:
        monday = week_start(pause.start)
        while monday <= pause.end:
            weeks.add(monday)
            monday += timedelta(days=7)
    return weeks


def sessions_this_week(session_days: Iterable[date], today: date) -> int:
    monday = week_start(today)
    return sum(1 for day in session_days if monday <= day <= today)


def streak(session_days: Iterable[date], goal: int, today: date, paused: set[date] | None = None) -> int:
    """Weeks in a row that met `goal`, counted back from the current week."""
    per_week = Counter(week_start(day) for day in session_days)
    paused = paused or set()
    monday = week_start(today)
    count = 1 if per_week[monday] >= goal and monday not in paused else 0
    earliest = min(per_week, default=monday)
    monday -= timedelta(days=7)
    while monday >= earliest:
        if monday in paused:
            pass
        elif per_week[monday] >= goal:
            count += 1
        else:
            break
        monday -= timedelta(days=7)
    return count
