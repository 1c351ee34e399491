"""The numbers behind the progress chart: top loads, weekly sets per slot, the streak, pain and load."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from core.model import Profile, from_kg
from core.reminders.streaks import streak, week_start
from core.progress.ports import Chart, Panel, PanelKind, Series
from core.text import progress as say
from core.training.catalogue import exercise
from core.training.plan import Slot
from core.workout.model import LoggedSet, PainReport, Workout

WEEKS_SHOWN = 12
SETS_AXIS_TOP = 6.0  # a few sets a week fill part of the panel rather than all of it
STREAK_AXIS_TOP = 4.0
# The three jobs of the back; both row slots count as "row" so a phone shows three bars, not four.
SLOT_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("vertical_pull", frozenset({Slot.VERTICAL_PULL.value})),
    ("row", frozenset({Slot.ROW_1.value, Slot.ROW_2.value})),
    ("hinge", frozenset({Slot.HINGE.value})),
)


def _working(sets: list[LoggedSet]) -> list[LoggedSet]:
    return [s for s in sets if not s.warmup and not s.failed]


def top_loads(workouts: list[Workout], sets: list[LoggedSet], profile: Profile) -> tuple[Series, ...]:
    """Per main slot, its most-logged loaded lift: the heaviest working set of each session, in the user's units."""
    day_of = {w.id: w.day for w in workouts}
    series: list[Series] = []
    for _, slots in SLOT_GROUPS:
        loaded = [s for s in _working(sets) if s.slot in slots and s.load_kg and s.workout_id in day_of]
        if not loaded:
            continue
        counts: dict[str, int] = defaultdict(int)
        for s in loaded:
            counts[s.lift_key] += 1
        key = max(sorted(counts), key=lambda k: counts[k])
        best: dict[date, float] = {}
        for s in loaded:
            if s.lift_key == key:
                day = day_of[s.workout_id]
                best[day] = max(best.get(day, 0.0), s.load_kg or 0.0)
        points = tuple((day, round(from_kg(kg, profile.units), 2)) for day, kg in sorted(best.items()))
        series.append(Series(exercise(key).name, points))
    return tuple(series)


def weeks_ending(today: date, count: int = WEEKS_SHOWN) -> tuple[date, ...]:
    last = week_start(today)
    return tuple(last - timedelta(weeks=count - 1 - i) for i in range(count))


def weekly_sets(workouts: list[Workout], sets: list[LoggedSet], today: date) -> tuple[Series, ...]:
    """Working sets per week (Monday first) for each job of the back, over the last weeks."""
    day_of = {w.id: w.day for w in workouts}
    weeks = weeks_ending(today)
    found: list[Series] = []
    for group, slots in SLOT_GROUPS:
        per_week: dict[date, int] = defaultdict(int)
        for s in _working(sets):
            if s.slot in slots and s.workout_id in day_of:
                per_week[week_start(day_of[s.workout_id])] += 1
        found.append(Series(say.SLOT_NAMES[group], tuple((w, float(per_week.get(w, 0))) for w in weeks)))
    return tuple(found)


def streak_by_week(
    session_days: list[date], goal: int, today: date, paused: set[date] | None = None
) -> tuple[tuple[date, int], ...]:
    """The streak (core.reminders.streaks, coaching.md §6) as it stood at the end of each shown week."""
    values = []
    for monday in weeks_ending(today):
        end = min(monday + timedelta(days=6), today)
        # A finished week is judged from the Monday after it, so a missed week really breaks the run.
        judged = end if end == today else end + timedelta(days=1)
        values.append((monday, streak([d for d in session_days if d <= end], max(goal, 1), judged, paused)))
    return tuple(values)


def session_volume(workouts: list[Workout], sets: list[LoggedSet], profile: Profile) -> tuple[tuple[date, float], ...]:
    """Working load × reps per session (both sides for one-arm lifts), in the user's units."""
    by_day: dict[date, float] = defaultdict(float)
    day_of = {w.id: w.day for w in workouts}
    for s in _working(sets):
        if s.workout_id in day_of and s.load_kg:
            reps = s.reps + (s.reps_right or 0)
            by_day[day_of[s.workout_id]] += from_kg(s.load_kg, profile.units) * reps
    return tuple((day, round(v, 1)) for day, v in sorted(by_day.items()))


def pain_trend(reports: list[PainReport], profile: Profile) -> tuple[tuple[date, float], ...]:
    """The highest pain reported on each day, in the user's time zone."""
    zone = ZoneInfo(profile.timezone)
    by_day: dict[date, int] = {}
    for report in reports:
        day = report.at.astimezone(zone).date()
        by_day[day] = max(by_day.get(day, 0), report.value)
    return tuple((day, float(v)) for day, v in sorted(by_day.items()))


def progress_chart(
    workouts: list[Workout],
    sets: list[LoggedSet],
    profile: Profile,
    today: date,
    *,
    pain: list[PainReport] | None = None,
    paused: set[date] | None = None,
) -> Chart:
    unit = profile.units.value
    streak = streak_by_week([w.day for w in workouts], profile.weekly_goal, today, paused)
    panels = [
        Panel(say.CHART_LOADS_TITLE, say.CHART_LOADS_AXIS.format(unit=unit), PanelKind.LINES,
              top_loads(workouts, sets, profile), say.CHART_NOTHING_YET),
        Panel(say.CHART_SETS_TITLE, say.CHART_SETS_AXIS, PanelKind.BARS, weekly_sets(workouts, sets, today),
              say.CHART_NO_SETS_YET, whole_numbers=True, y_top=SETS_AXIS_TOP),
        Panel(say.CHART_STREAK_TITLE.format(weeks=streak[-1][1]), say.CHART_STREAK_AXIS, PanelKind.BARS,
              (Series(say.CHART_STREAK_SERIES, tuple((w, float(v)) for w, v in streak)),),
              say.CHART_STREAK_NONE_YET.format(goal=max(profile.weekly_goal, 1)), whole_numbers=True, y_top=STREAK_AXIS_TOP),
    ]
    if pain is not None:
        panels.append(Panel(say.CHART_PAIN_TITLE, say.CHART_PAIN_AXIS, PanelKind.LINES,
                            (Series(say.CHART_PAIN_SERIES, pain_trend(pain, profile)),), say.CHART_NO_PAIN,
                            whole_numbers=True, y_top=10.0))
        panels.append(Panel(say.CHART_VOLUME_TITLE, say.CHART_VOLUME_AXIS.format(unit=unit), PanelKind.BARS,
                            (Series(say.CHART_VOLUME_SERIES, session_volume(workouts, sets, profile)),), say.CHART_NOTHING_YET))
    return Chart(say.CHART_TITLE.format(name=profile.display_name), tuple(panels))
