"""Schedules: parsing /schedule and DST-safe next occurrences from APScheduler's CronTrigger."""
from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.postman import next_occurrence
from core.reminders.limiter import Limiter
from core.flows.schedules import parse_schedule

MONDAY_7 = ((0,), time(7, 0))


@pytest.mark.parametrize(
    ("zone", "start"),
    [
        ("Europe/London", datetime(2026, 3, 16, tzinfo=UTC)),  # across the last Sunday of March
        ("Europe/London", datetime(2026, 10, 19, tzinfo=UTC)),  # across the last Sunday of October
        ("America/New_York", datetime(2026, 3, 2, tzinfo=UTC)),  # across the second Sunday of March
        ("America/New_York", datetime(2026, 10, 26, tzinfo=UTC)),  # across the first Sunday of November
    ],
)
def test_a_monday_seven_oclock_reminder_stays_at_seven_local_across_a_dst_change(zone: str, start: datetime) -> None:
    when = start
    offsets = set()
    for _ in range(3):
        when = next_occurrence(*MONDAY_7, zone, when)
        local = when.astimezone(ZoneInfo(zone))
        assert (local.weekday(), local.hour, local.minute) == (0, 7, 0)
        offsets.add(local.utcoffset())
    assert len(offsets) == 2  # the UTC time moved, the local time did not


def test_the_next_occurrence_is_strictly_after_the_one_just_sent() -> None:
    first = next_occurrence(*MONDAY_7, "Europe/London", datetime(2026, 11, 23, 6, 59, tzinfo=UTC))
    assert first == datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
    assert next_occurrence(*MONDAY_7, "Europe/London", first) == datetime(2026, 11, 30, 7, 0, tzinfo=UTC)


def test_schedule_words_become_weekdays_and_a_local_time() -> None:
    assert parse_schedule("mon thu 07:00") == ((0, 3), time(7, 0))
    assert parse_schedule("Thursday, monday 18.30") == ((0, 3), time(18, 30))


@pytest.mark.parametrize("bad", ["", "mon", "07:00", "mon 25:00", "someday 07:00"])
def test_a_schedule_without_days_and_a_valid_time_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_schedule(bad)


def test_the_limiter_spaces_one_chat_a_second_and_a_platform_at_its_cap() -> None:
    now = [0.0]
    limiter = Limiter(lambda: now[0], per_second={"telegram": 30.0})
    limiter.sent("telegram", "a", False)
    assert limiter.wait_for("telegram", "a", False) == pytest.approx(1.0)
    assert limiter.wait_for("telegram", "b", False) == pytest.approx(1 / 30)
    limiter.back_off("telegram", 5)
    assert limiter.wait_for("telegram", "b", False) == pytest.approx(5.0)
