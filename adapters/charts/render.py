"""Draws a core Chart as a phone-sized PNG with matplotlib's Agg backend (no display needed)."""
from __future__ import annotations

import asyncio
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from core.progress.ports import Chart, Panel, PanelKind

if TYPE_CHECKING:
    from matplotlib.figure import Figure

WIDTH_PX, HEIGHT_PX, DPI = 1080, 1620, 150  # portrait, readable on a phone at full width
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd")
MIN_DAYS_SHOWN = 28  # one or two sessions still sit on a month-wide axis, not on one stretched to years


class MatplotlibCharts:
    def __init__(self, directory: Path) -> None:
        self._directory = directory

    async def render(self, chart: Chart, name: str) -> str:
        # Drawing takes ~100 ms of CPU: off the event loop so other chats keep flowing.
        return await asyncio.to_thread(self.render_now, chart, name)

    def render_now(self, chart: Chart, name: str) -> str:
        # The Figure API uses no global state and no GUI backend.
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        self._directory.mkdir(parents=True, exist_ok=True)
        figure = draw(chart)
        FigureCanvasAgg(figure)
        path = self._directory / Path(name).name
        figure.savefig(path, format="png", dpi=DPI)
        return str(path)


def draw(chart: Chart) -> Figure:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI, layout="constrained")
    figure.suptitle(chart.title, fontsize=16, fontweight="bold")
    axes = figure.subplots(len(chart.panels), 1, squeeze=False)[:, 0]
    for ax, panel in zip(axes, chart.panels, strict=True):
        _draw(ax, panel)
    return figure


def _draw(ax: object, panel: Panel) -> None:
    from matplotlib.axes import Axes
    from matplotlib.dates import MO, AutoDateLocator, DateFormatter, WeekdayLocator
    from matplotlib.ticker import MaxNLocator

    assert isinstance(ax, Axes)
    ax.set_title(panel.title, fontsize=14, loc="left")
    ax.set_ylabel(panel.y_label, fontsize=12)
    ax.tick_params(labelsize=11)
    ax.grid(axis="y", alpha=0.3)
    drawn = [s for s in panel.series if s.points]
    if not drawn or not any(v for s in drawn for _, v in s.points) and panel.empty_note:
        ax.text(0.5, 0.5, panel.empty_note or "-", ha="center", va="center", fontsize=12, transform=ax.transAxes, wrap=True)
        ax.set_xticks([])
        ax.set_yticks([])
        return
    days = sorted({_noon(d) for s in drawn for d, _ in s.points})
    if panel.kind is PanelKind.LINES:
        for colour, series in zip(COLOURS, drawn, strict=False):
            ax.plot([_noon(d) for d, _ in series.points], [v for _, v in series.points], marker="o", markersize=8,
                    linewidth=2.5, color=colour, label=series.name)
    else:
        gaps = [b - a for a, b in zip(days, days[1:], strict=False)]
        slot = min(min(gaps, default=timedelta(days=3)).days * 0.7, 5.0)  # days: weekly bars, or one per session
        width = slot / max(len(drawn), 1)
        for index, (colour, series) in enumerate(zip(COLOURS, drawn, strict=False)):
            offset = (index - (len(drawn) - 1) / 2) * width
            ax.bar([_noon(d) + timedelta(days=offset) for d, _ in series.points], [v for _, v in series.points],
                   width=width, color=colour, label=series.name)
    # Matplotlib pads a single date by years; show at least a month, ending at the latest point.
    span = max(days[-1] - days[0], timedelta(days=MIN_DAYS_SHOWN))
    ax.set_xlim(days[-1] - span - timedelta(days=4), days[-1] + timedelta(days=4))
    highest = max(v for s in drawn for _, v in s.points)
    ax.set_ylim(bottom=0, top=max(highest * 1.15, panel.y_top, 1.0))
    if panel.whole_numbers:
        ax.yaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
    weeks = span.days // 7
    # Mondays, like the weeks the coach counts in, unless the history is long enough for months.
    ax.xaxis.set_major_locator(WeekdayLocator(MO, interval=max(1, -(-weeks // 6))) if weeks <= 26 else AutoDateLocator(maxticks=7))
    ax.xaxis.set_major_formatter(DateFormatter("%d %b"))
    for label in ax.get_xticklabels():
        label.set_rotation(30)
    if len(drawn) > 1:
        ax.legend(fontsize=11, loc="best")


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12))
