"""The commands: /schedule, /remindme, /pause, /resume, and the reminder's snooze and skip buttons."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time, timedelta

from core.errors import BadInput
from core.numbers import ascii_digits, whole_number
from core.reminders.model import (
    BOARD_AT,
    NUDGE_AT,
    SUMMARY_AT,
    Delivery,
    Kind,
    Member,
    Pause,
    Schedule,
    dedupe_key,
    group_owner,
    user_owner,
)
from core.reminders.ports import Reminders
from core.reminders.streaks import week_start
from core.text import group_settings as group_say, reminders as say
from core.turn import Turn

_DAYS = {name.lower(): i for i, name in enumerate(say.WEEKDAY_NAMES)}
_TIME = re.compile(r"^([01]?[0-9]|2[0-3])[:.h]([0-5][0-9])$")


def parse_schedule(argument: str) -> tuple[tuple[int, ...], time]:
    """`mon thu 07:00` -> ((0, 3), 07:00); raises BadInput with the usage otherwise."""
    days: set[int] = set()
    at: time | None = None
    for word in ascii_digits(argument).lower().replace(",", " ").split():
        if m := _TIME.match(word):
            at = time(int(m.group(1)), int(m.group(2)))
        elif word[:3] in _DAYS and len(word) >= 3:
            days.add(_DAYS[word[:3]])
        else:
            raise ValueError(word)
    if not days or at is None:
        raise ValueError(argument)
    return tuple(sorted(days)), at


def _reminders(turn: Turn) -> Reminders:
    return turn.uow.reminders


def describe_days(days: tuple[int, ...]) -> str:
    return " ".join(say.WEEKDAY_NAMES[d] for d in days)


async def schedule(turn: Turn, argument: str) -> None:
    repo = _reminders(turn)
    zone = turn.profile.timezone
    if not argument:
        await _show(turn, repo)
        return
    if argument.strip().lower() == "off":
        await _off(turn, repo)
        return
    try:
        days, at = parse_schedule(argument)
    except ValueError:
        raise BadInput(say.SCHEDULE_USAGE.format(zone=zone)) from None
    incoming = turn.incoming
    rows: tuple[tuple[Kind, tuple[int, ...], time], ...]
    if turn.in_group:
        if not incoming.sender_is_admin:
            turn.say(say.GROUP_ADMINS_ONLY)
            return
        owner = group_owner(incoming.platform, incoming.chat_id)
        rows = ((Kind.GROUP_TRAINING, days, at), (Kind.GROUP_BOARD, *BOARD_AT))
        chat_id, user_id = incoming.chat_id, None
    else:
        owner = user_owner(turn.profile.user_id)
        rows = ((Kind.TRAINING, days, at), (Kind.NUDGE, *NUDGE_AT), (Kind.SUMMARY, *SUMMARY_AT))
        chat_id, user_id = incoming.sender_id, turn.profile.user_id
    for kind, weekdays, when in rows:
        await repo.save_schedule(
            Schedule(None, owner, kind, incoming.platform, chat_id, weekdays, when, zone, turn.now, user_id, fresh=True)
        )
    text = say.GROUP_SCHEDULE_SET if turn.in_group else say.SCHEDULE_SET
    turn.say(text.format(days=describe_days(days), time=at.strftime("%H:%M"), zone=zone))


async def _off(turn: Turn, repo: Reminders) -> None:
    if not turn.in_group:
        await repo.delete_schedules(user_owner(turn.profile.user_id))
        turn.say(say.SCHEDULE_OFF)
    elif not turn.incoming.sender_is_admin:
        turn.say(group_say.GROUP_ADMINS_ONLY_OFF)
    else:
        await repo.delete_schedules(group_owner(turn.incoming.platform, turn.incoming.chat_id))
        turn.say(group_say.GROUP_SCHEDULE_OFF)


async def _show(turn: Turn, repo: Reminders) -> None:
    owner = group_owner(turn.incoming.platform, turn.incoming.chat_id) if turn.in_group else user_owner(turn.profile.user_id)
    main = next((s for s in await repo.schedules_of(owner) if s.kind in (Kind.TRAINING, Kind.GROUP_TRAINING)), None)
    if main is None:
        turn.say(say.SCHEDULE_NONE)
        return
    turn.say(say.SCHEDULE_SHOW.format(days=describe_days(main.weekdays), time=main.at.strftime("%H:%M"), zone=main.timezone))


async def remindme(turn: Turn, argument: str) -> None:
    if not turn.in_group:
        turn.say(say.REMINDME_GROUP_ONLY)
        return
    choice = argument.strip().lower()
    if choice not in {"on", "off"}:
        turn.say(say.REMINDME_USAGE)
        return
    incoming = turn.incoming
    member = Member(incoming.platform, incoming.chat_id, incoming.sender_id, incoming.sender_name, turn.profile.user_id, choice == "on")
    await _reminders(turn).set_member(member)
    turn.say((say.REMINDME_ON if member.opted_in else say.REMINDME_OFF).format(name=incoming.sender_name))


async def pause(turn: Turn, argument: str) -> None:
    words = argument.split()
    if words and words[0].lower() == "until":
        words = words[1:]
    try:
        until = date.fromisoformat(ascii_digits(words[0])) if len(words) == 1 else None
    except ValueError:
        until = None
    if until is None:
        raise BadInput(say.PAUSE_USAGE)
    today = turn.local_today()
    if until <= today:
        raise BadInput(say.PAUSE_NOT_FUTURE)
    await _reminders(turn).set_pause(Pause(turn.profile.user_id, today, until))
    turn.say_personal(say.PAUSE_SET.format(day=until.isoformat()))


async def resume(turn: Turn, _: str) -> None:
    ended = await _reminders(turn).end_pause(turn.profile.user_id, turn.local_today() - timedelta(days=1))
    turn.say_personal(say.RESUMED if ended else say.NOT_PAUSED)


async def snooze(turn: Turn, argument: str) -> None:
    word = argument.strip().lower()
    if word == "tomorrow":
        delay, when = timedelta(days=1), say.SNOOZE_TOMORROW_WHEN
    elif (minutes := whole_number(word) or 0) and 5 <= minutes <= 24 * 60:
        delay = timedelta(minutes=minutes)
        when = say.SNOOZE_HOURS.format(hours=minutes // 60) if minutes % 60 == 0 else say.SNOOZE_LATER.format(minutes=minutes)
    else:
        raise BadInput(say.SNOOZE_USAGE)
    due = turn.now + delay
    owner = user_owner(turn.profile.user_id)
    local_day = due.astimezone(turn.zone).date()
    key = dedupe_key(owner, Kind.TRAINING, local_day, f"snooze@{due:%H:%M}")
    await _reminders(turn).enqueue(
        Delivery(None, owner, Kind.TRAINING, turn.incoming.platform, turn.incoming.sender_id, due, key, turn.profile.user_id)
    )
    turn.say_personal(say.SNOOZED.format(when=when))


async def skip_week(turn: Turn, _: str) -> None:
    repo = _reminders(turn)
    sunday = week_start(turn.local_today()) + timedelta(days=6)
    for row in await repo.schedules_of(user_owner(turn.profile.user_id)):
        if row.kind in (Kind.TRAINING, Kind.NUDGE):
            await repo.save_schedule(replace(row, skip_until=sunday))
    turn.say_personal(say.SKIPPED_WEEK)
