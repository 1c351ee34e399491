"""What each due reminder says, worked out at send time so it reflects the latest sessions."""
from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from core.messages import Choice, Reply, Visibility
from core.model import Profile
from core.ports import UnitOfWork
from core.reminders.model import CHECKIN_WINDOW, Delivery, Kind
from core.reminders.ports import Reminders
from core.reminders.rest import rest_over
from core.reminders.streaks import paused_weeks, sessions_this_week, streak, week_start
from core.training.bests import estimate_1rm
from core.text import reminders as say
from core.workout.model import LoggedSet, Status, Workout

COUNTED = (Status.DONE, Status.PARTIAL)
HISTORY_LIMIT = 400  # about eight years of weekly sessions: plenty for a streak


def _repo(uow: UnitOfWork) -> Reminders:
    return uow.reminders


def training_choices() -> tuple[Choice, ...]:
    return (
        Choice(say.START_NOW, "/today"),
        Choice(say.SNOOZE_30, "/snooze 30"),
        Choice(say.SNOOZE_2H, "/snooze 120"),
        Choice(say.SNOOZE_TOMORROW, "/snooze tomorrow"),
        Choice(say.SKIP_WEEK, "/skipweek"),
    )


def checkin_choices() -> tuple[Choice, ...]:
    return tuple(Choice(str(n), f"/checkin {n}") for n in range(11))


async def sessions(uow: UnitOfWork, user_id: int) -> list[Workout]:
    return [w for w in await uow.workouts.finished(user_id, limit=HISTORY_LIMIT) if w.status in COUNTED]


async def streak_of(uow: UnitOfWork, profile: Profile, today: date, done: list[Workout]) -> int:
    paused = paused_weeks(await _repo(uow).pauses(profile.user_id))
    return streak([w.day for w in done], max(1, profile.weekly_goal), today, paused)


async def is_paused(uow: UnitOfWork, user_id: int, today: date) -> bool:
    return any(p.start <= today <= p.end for p in await _repo(uow).pauses(user_id))


def _private(text: str, delivery: Delivery, name: str, choices: tuple[Choice, ...] = ()) -> Reply:
    return Reply(text, choices, Visibility.PRIVATE, to_user_id=delivery.chat_id, to_user_name=name)


def _local_day(when: datetime, zone: str) -> date:
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(ZoneInfo(zone)).date()


async def compose(uow: UnitOfWork, delivery: Delivery, now: datetime) -> Reply | None:
    """The message for a due row, or None when it is no longer needed (goal met, paused, answered).

    A row sent late (the bot was down) is written for the occurrence it belongs to: a Sunday
    summary sent on Monday morning reports the week that ended, not the one just begun.
    """
    if delivery.kind in (Kind.GROUP_TRAINING, Kind.GROUP_BOARD):
        return await _group(uow, delivery, now)
    profile = await uow.users.get(delivery.user_id or 0)
    if profile is None:
        return None
    today = _local_day(delivery.due_at, profile.timezone)
    late = week_start(_local_day(now, profile.timezone)) != week_start(today)
    name = profile.display_name
    if delivery.kind is Kind.REST:
        return await rest_over(uow, delivery, profile)
    if delivery.kind is Kind.CHECKIN:
        local = now.astimezone(ZoneInfo(profile.timezone)).time()
        due = await uow.workouts.checkin_due(profile.user_id)
        if due is None or not CHECKIN_WINDOW[0] <= local <= CHECKIN_WINDOW[1]:
            return None
        return _private(say.CHECKIN.format(name=name), delivery, name, checkin_choices())
    if await is_paused(uow, profile.user_id, today) or profile.training_paused:
        return None
    done = await sessions(uow, profile.user_id)
    if delivery.kind is Kind.TRAINING:
        if any(w.day == today for w in done):
            return None  # trained already today
        return _private(say.TRAINING_REMINDER.format(name=name), delivery, name, training_choices())
    if delivery.kind is Kind.NUDGE:
        count = sessions_this_week([w.day for w in done], today)
        if count >= profile.weekly_goal:
            return None
        return _private(say.NUDGE.format(name=name, done=count, goal=profile.weekly_goal), delivery, name)
    return _private(await _summary(uow, profile, today, done, late=late), delivery, name)


async def _summary(uow: UnitOfWork, profile: Profile, today: date, done: list[Workout], *, late: bool = False) -> str:
    done = [w for w in done if w.day <= today]  # sessions after a late summary's week are not in it
    monday = week_start(today)
    this_week = [w for w in done if monday <= w.day]
    current = await streak_of(uow, profile, today, done)
    if not this_week:
        return (say.SUMMARY_QUIET_LATE if late else say.SUMMARY_QUIET).format(name=profile.display_name, streak=current)
    ids = [w.id for w in done if w.id is not None]
    logged = await uow.workouts.sets_of(ids)
    week_ids = {w.id for w in this_week}
    working = [s for s in logged if not s.warmup and s.workout_id in week_ids]
    summary = say.SUMMARY_LATE if late else say.SUMMARY
    return summary.format(sessions=len(this_week), sets=len(working), bests=new_bests(logged, week_ids), streak=current)


def new_bests(logged: list[LoggedSet], week_ids: set[int | None]) -> int:
    """Lifts whose best estimated one-rep max this week beats every earlier week."""
    before: dict[str, float] = {}
    now: dict[str, float] = {}
    for s in logged:
        if s.warmup or s.failed or s.load_kg is None or s.seconds is not None:  # timed sets have no one-rep max
            continue
        target = now if s.workout_id in week_ids else before
        target[s.lift_key] = max(target.get(s.lift_key, 0.0), estimate_1rm(s.load_kg, s.reps))
    return sum(1 for key, best in now.items() if key in before and best > before[key])


async def _group(uow: UnitOfWork, delivery: Delivery, now: datetime) -> Reply | None:
    members = [m for m in await _repo(uow).members(delivery.platform, delivery.chat_id) if m.opted_in]
    mentions = tuple((m.platform_user_id, m.display_name) for m in members)
    if delivery.kind is Kind.GROUP_TRAINING:
        if not members:
            return Reply(say.GROUP_TRAINING_NOBODY, chat_id=delivery.chat_id)
        names = ", ".join(m.display_name for m in members)
        return Reply(say.GROUP_TRAINING.format(names=names), (Choice(say.START_NOW, "/today"),), chat_id=delivery.chat_id, mentions=mentions)
    if not members:
        return Reply(say.GROUP_BOARD_EMPTY, chat_id=delivery.chat_id)
    lines = [say.GROUP_BOARD_HEADER]
    for member in members:
        profile = await uow.users.get(member.user_id)
        if profile is None:
            continue
        # The board's occurrence, in each member's own week; sessions after it belong to the next board.
        today = _local_day(delivery.due_at, profile.timezone)
        if week_start(_local_day(now, profile.timezone)) != week_start(today):
            lines[0] = say.GROUP_BOARD_HEADER_LATE
        done = [w for w in await sessions(uow, profile.user_id) if w.day <= today]
        count = sessions_this_week([w.day for w in done], today)
        mark = say.TRAINED if count else say.WAITING
        current = await streak_of(uow, profile, today, done)
        lines.append(say.GROUP_BOARD_LINE.format(mark=mark, name=member.display_name, sessions=count, streak=current))
    # Only sessions and streaks: loads and pain never appear in a group.
    return Reply("\n".join(lines), chat_id=delivery.chat_id, mentions=mentions)
