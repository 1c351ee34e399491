"""What progress features need from outside the core: a chart renderer and a place for files."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from core.timezones import PlaceFinder


class PanelKind(StrEnum):
    LINES = "lines"  # one line per series over time
    BARS = "bars"  # grouped bars per date


@dataclass(frozen=True)
class Series:
    name: str
    points: tuple[tuple[date, float], ...]


@dataclass(frozen=True)
class Panel:
    title: str
    y_label: str
    kind: PanelKind
    series: tuple[Series, ...]
    empty_note: str = ""  # shown instead of a plot when there is nothing to draw
    whole_numbers: bool = False  # counts (sets, weeks, pain): no 0.5 or 2.5 on the axis
    y_top: float = 0.0  # the axis reaches at least this high, so one small value is not the whole height


@dataclass(frozen=True)
class Chart:
    """Everything a renderer draws; every word on it comes from core.text.progress."""

    title: str
    panels: tuple[Panel, ...]


class Charts(Protocol):
    async def render(self, chart: Chart, name: str) -> str:
        """Draw the chart as a PNG named after `name`; returns the file's path."""
        ...


class Files(Protocol):
    async def write(self, name: str, data: bytes) -> str:
        """Store an export file; returns its path."""
        ...

    async def forget(self, user_id: int) -> int:
        """Remove every chart and export made for this person; returns how many files went."""
        ...


@dataclass(frozen=True)
class Outputs:
    charts: Charts
    files: Files
    places: PlaceFinder | None = None  # city and country names -> time zones, for typed answers
