"""Draws a core Chart as a phone-sized PNG with matplotlib's Agg backend (no display needed)."""
from __future__ import annotations

import asyncio
from pathlib import Path

from core.progress.ports import Chart, Panel, PanelKind

WIDTH_PX, HEIGHT_PX, DPI = 1080, 1620, 150  # portrait, readable on a phone at full width
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd")


class MatplotlibCharts:
    def __init__(self, directory: Path) -> None:
        self._directory = directory

    async def render(self, chart: Chart, name: str) -> str:
        # Drawing takes ~100 ms of CPU: off the event loop so other chats keep flowing.
        return await asyncio.to_thread(self.render_now, chart, name)

    def render_now(self, chart: Chart, name: str) -> str:
        from matplotlib.figure import Figure  # the Figure API uses no global state and no GUI backend
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        self._directory.mkdir(parents=True, exist_ok=True)
        figure = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI, layout="constrained")
        FigureCanvasAgg(figure)
        figure.suptitle(chart.title, fontsize=16, fontweight="bold")
        axes = figure.subplots(len(chart.panels), 1, squeeze=False)[:, 0]
        for ax, panel in zip(axes, chart.panels, strict=True):
            _draw(ax, panel)
        path = self._directory / Path(name).name
        figure.savefig(path, format="png", dpi=DPI)
        return str(path)


def _draw(ax: object, panel: Panel) -> None:
    from matplotlib.axes import Axes
    from matplotlib.dates import DateFormatter

    assert isinstance(ax, Axes)
    ax.set_title(panel.title, fontsize=14, loc="left")
    ax.set_ylabel(panel.y_label, fontsize=12)
    ax.tick_params(labelsize=11)
    ax.grid(axis="y", alpha=0.3)
    drawn = [s for s in panel.series if s.points]
    if not drawn or not any(v for s in drawn for _, v in s.points) and panel.empty_note:
        ax.text(0.5, 0.5, panel.empty_note or "-", ha="center", va="center", fontsize=12, transform=ax.transAxes)
        ax.set_xticks([])
        ax.set_yticks([])
        return
    if panel.kind is PanelKind.LINES:
        for colour, series in zip(COLOURS, drawn, strict=False):
            days = [d for d, _ in series.points]
            ax.plot(days, [v for _, v in series.points], marker="o", linewidth=2.5, color=colour, label=series.name)
    else:
        width = 5.0 / max(len(drawn), 1)  # days: a week's slot shared by the series
        for index, (colour, series) in enumerate(zip(COLOURS, drawn, strict=False)):
            offset = (index - (len(drawn) - 1) / 2) * width
            ax.bar([_shift(d, offset) for d, _ in series.points], [v for _, v in series.points], width=width, color=colour, label=series.name)
    ax.xaxis.set_major_formatter(DateFormatter("%d %b"))
    for label in ax.get_xticklabels():
        label.set_rotation(30)
    if len(drawn) > 1:
        ax.legend(fontsize=11, loc="upper left")


def _shift(day: object, offset_days: float) -> object:
    from datetime import datetime, time, timedelta

    return datetime.combine(day, time(12)) + timedelta(days=offset_days)  # type: ignore[arg-type]
