"""Clocks: the real one, and one the console (and tests) can move forward."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class MovableClock:
    """Real time plus an offset that can be moved forward (trying out reminders and weeks of training)."""

    def __init__(self, start: datetime | None = None) -> None:
        self._offset = timedelta() if start is None else start - datetime.now(UTC)

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset

    def move(self, by: timedelta) -> None:
        self._offset += by

    def set(self, when: datetime) -> None:
        self._offset = when - datetime.now(UTC)
