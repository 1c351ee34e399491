from __future__ import annotations

import struct
from datetime import date
from pathlib import Path

from adapters.charts.render import HEIGHT_PX, WIDTH_PX, MatplotlibCharts
from core.model import Units
from core.progress.series import progress_chart, streak_by_week, top_loads, weekly_sets
from tests.unit.progress_helpers import add_history, add_user
from tests.fakes import Store

TODAY = date(2026, 11, 23)  # a Monday


def _history(units: Units = Units.KG) -> tuple[Store, int]:
    store = Store()
    user = add_user(store, "console", "sam", units=units)
    add_history(store, user, date(2026, 10, 5), 12)
    return store, user


def test_top_load_per_main_lift_is_the_heaviest_working_set_of_each_session() -> None:
    store, user = _history()
    series = top_loads(list(store.workouts.values()), list(store.sets.values()), store.profiles[user])
    assert [s.name for s in series] == ["Single-arm dumbbell row", "Dumbbell Romanian deadlift"]
    row = series[0].points
    assert row[0] == (date(2026, 10, 5), 20.0) and row[-1] == (date(2026, 11, 18), 30.0)


def test_top_loads_are_drawn_in_the_lifters_units() -> None:
    store, user = _history(Units.LB)
    series = top_loads(list(store.workouts.values()), list(store.sets.values()), store.profiles[user])
    assert series[0].points[0][1] == 44.09


def test_weekly_sets_count_working_sets_per_job_of_the_back() -> None:
    store, _ = _history()
    series = weekly_sets(list(store.workouts.values()), list(store.sets.values()), TODAY)
    by_name = {s.name: dict(s.points) for s in series}
    assert list(by_name) == ["vertical pull", "row", "hinge"]
    # The week of 5 Oct has sessions on the 5th and the 9th: two sessions × three sets.
    assert by_name["row"][date(2026, 10, 5)] == 6.0
    assert by_name["hinge"][date(2026, 9, 7)] == 0.0


def test_the_streak_grows_each_week_that_meets_the_goal_and_resets_after_a_missed_one() -> None:
    days = [date(2026, 10, 6), date(2026, 10, 13), date(2026, 10, 27), date(2026, 11, 3)]
    streak = dict(streak_by_week(days, 1, TODAY))
    assert streak[date(2026, 10, 12)] == 2
    assert streak[date(2026, 10, 19)] == 0
    assert streak[date(2026, 11, 2)] == 2
    assert streak[date(2026, 11, 16)] == 0


def test_the_pain_chart_adds_the_pain_trend_beside_the_training_load() -> None:
    store, user = _history()
    chart = progress_chart(list(store.workouts.values()), list(store.sets.values()), store.profiles[user], TODAY, pain=store.pain)
    titles = [p.title for p in chart.panels]
    assert titles[-2:] == ["Back pain (highest each day)", "Training load per session"]
    assert chart.panels[-2].series[0].points[0] == (date(2026, 10, 5), 1.0)  # 19:00 in London, same day


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_the_chart_renders_as_a_phone_sized_png(tmp_path: Path) -> None:
    store, user = _history()
    chart = progress_chart(list(store.workouts.values()), list(store.sets.values()), store.profiles[user], TODAY, pain=store.pain)
    path = Path(MatplotlibCharts(tmp_path).render_now(chart, "progress.png"))
    assert path.parent == tmp_path
    assert _png_size(path) == (WIDTH_PX, HEIGHT_PX)
    assert path.stat().st_size > 20_000  # lines, bars and words, not a blank canvas


def test_a_chart_with_no_loads_yet_still_renders(tmp_path: Path) -> None:
    store = Store()
    user = add_user(store, "console", "sam")
    chart = progress_chart([], [], store.profiles[user], TODAY)
    assert _png_size(Path(MatplotlibCharts(tmp_path).render_now(chart, "../escape.png"))) == (WIDTH_PX, HEIGHT_PX)
    assert (tmp_path / "escape.png").exists()


def _newcomer_chart(goal: int = 2) -> list[object]:
    from adapters.charts.render import draw

    store = Store()
    user = add_user(store, "console", "sam", weekly_goal=goal)
    add_history(store, user, date(2026, 11, 17), 1)  # one session, last Tuesday
    chart = progress_chart(list(store.workouts.values()), list(store.sets.values()), store.profiles[user], TODAY, pain=store.pain)
    return list(draw(chart).axes)


def test_a_newcomers_chart_spans_weeks_not_years() -> None:
    loads, _, _, pain, _ = _newcomer_chart()
    for ax in (loads, pain):
        low, high = ax.get_xlim()  # type: ignore[attr-defined]
        assert 28 <= high - low <= 40  # days: one session sits on a month-wide axis


def test_set_counts_and_pain_are_drawn_on_whole_number_axes() -> None:
    _, weekly, _, pain, _ = _newcomer_chart()
    for ax in (weekly, pain):
        ticks = [t for t in ax.get_yticks() if ax.get_ylim()[0] <= t <= ax.get_ylim()[1]]  # type: ignore[attr-defined]
        assert ticks and all(float(t).is_integer() for t in ticks)
    assert weekly.get_ylim() == (0.0, 6.0)  # type: ignore[attr-defined]  # three sets fill half the panel
    assert pain.get_ylim()[1] == 10.0  # type: ignore[attr-defined]


def test_an_empty_streak_panel_says_how_a_streak_starts_instead_of_an_empty_axis() -> None:
    _, _, streak, _, _ = _newcomer_chart()
    notes = [t.get_text() for t in streak.texts]  # type: ignore[attr-defined]
    assert notes == ["the streak starts with the first week that meets your goal of 2 a week"]
    assert list(streak.get_yticks()) == []  # type: ignore[attr-defined]


def test_a_first_streak_week_is_a_bar_on_a_whole_number_axis() -> None:
    _, _, streak, _, _ = _newcomer_chart(goal=1)
    assert streak.get_ylim() == (0.0, 4.0)  # type: ignore[attr-defined]
    assert all(float(t).is_integer() for t in streak.get_yticks())  # type: ignore[attr-defined]
