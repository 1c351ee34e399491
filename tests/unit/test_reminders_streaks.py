"""Streaks: Monday–Sunday weeks in the lifter's zone that met the weekly goal."""
from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from core.reminders.model import Pause
from core.reminders.streaks import paused_weeks, streak

MON = date(2026, 11, 2)  # a Monday


def d(day: int) -> date:
    return date(2026, 11, day)


def test_three_weeks_in_a_row_with_one_session_each_make_a_streak_of_three() -> None:
    assert streak([d(3), d(11), d(18)], goal=1, today=d(20)) == 3


def test_rest_days_never_break_a_streak_only_an_empty_week_does() -> None:
    assert streak([d(2), d(16)], goal=1, today=d(17)) == 1
    assert streak([d(2), d(15), d(16)], goal=1, today=d(17)) == 3


def test_the_current_week_without_a_session_yet_does_not_break_the_streak() -> None:
    assert streak([d(3), d(10)], goal=1, today=d(18)) == 2


def test_with_a_goal_of_two_a_week_with_one_session_breaks_the_streak() -> None:
    days = [d(2), d(4), d(10), d(16), d(19)]
    assert streak(days, goal=2, today=d(20)) == 1
    assert streak(days, goal=1, today=d(20)) == 3


def test_a_paused_week_neither_breaks_nor_extends_the_streak() -> None:
    pauses = paused_weeks([Pause(1, d(10), d(14))])
    assert streak([d(3), d(17)], goal=1, today=d(18), paused=pauses) == 2
    assert streak([d(3), d(11), d(17)], goal=1, today=d(18), paused=pauses) == 2


def test_the_week_boundary_is_midnight_on_monday_in_the_lifters_zone() -> None:
    # Sunday 23:30 in New York is already Monday in UTC: the session belongs to the Sunday's week.
    trained_at = datetime(2026, 11, 9, 4, 30, tzinfo=UTC)
    local_day = trained_at.astimezone(ZoneInfo("America/New_York")).date()
    assert local_day == d(8)
    assert streak([d(2), local_day], goal=2, today=d(8)) == 1
    assert streak([d(2), trained_at.date()], goal=2, today=d(9)) == 0
