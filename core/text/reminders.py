"""Wording of schedules, reminders, nudges, check-ins, weekly summaries and group boards."""
from __future__ import annotations

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

SCHEDULE_USAGE = (
    "Tell me the days and the time, for example /schedule mon thu 07:00. "
    "Times are in your time zone ({zone}); change the zone in /settings."
)
SCHEDULE_SET = "Done. I'll remind you on {days} at {time} ({zone})."
SCHEDULE_NONE = "You have no reminders yet. Set them with /schedule mon thu 07:00."
SCHEDULE_SHOW = "Your reminders: {days} at {time} ({zone})."
SCHEDULE_OFF = "Reminders are off. Send /schedule with days and a time to turn them on again."
GROUP_SCHEDULE_SET = (
    "This group's back day is {days} at {time} ({zone}). "
    "Members who want a mention can send /remindme on."
)
GROUP_ADMINS_ONLY = "Only a chat admin can set this group's back day."
REMINDME_GROUP_ONLY = "/remindme on or off works in a group. In a private chat, use /schedule."
REMINDME_ON = "{name}, you're in: I'll mention you on this group's back day."
REMINDME_OFF = "{name}, you're out: no more mentions from me here."
REMINDME_USAGE = "Send /remindme on or /remindme off."
PAUSE_USAGE = "Send /pause until 2026-12-24 (a date in the future)."
PAUSE_SET = "Reminders are paused until {day}. Your streak is kept safe meanwhile. Send /resume to start again sooner."
PAUSE_NOT_FUTURE = "That date has already passed. Pick a day after today."
RESUMED = "Welcome back. Reminders are on again."
NOT_PAUSED = "Reminders aren't paused."

TRAINING_REMINDER = "Back day today, {name}. Ready when you are."
START_NOW = "Start now"
SNOOZE_30 = "In 30 min"
SNOOZE_2H = "In 2 h"
SNOOZE_TOMORROW = "Tomorrow"
SKIP_WEEK = "Skip this week"
SNOOZED = "Okay, I'll ask again {when}."
SNOOZE_LATER = "in {minutes} minutes"
SNOOZE_HOURS = "in {hours} hours"
SNOOZE_TOMORROW_WHEN = "tomorrow at the same time"
SNOOZE_USAGE = "Snooze with /snooze 30, /snooze 120 or /snooze tomorrow."
SKIPPED_WEEK = "No more reminders this week. Rest well; I'll be back on Monday."
NUDGE = "Quick one, {name}: {done} of {goal} back sessions this week so far. A short one still counts. /today"
CHECKIN = "Good morning, {name}. How does your back feel today compared with before yesterday's session? 0 is none, 10 is the worst."
SUMMARY = (
    "Your week: {sessions} session(s), {sets} working sets, {bests} new best(s). "
    "Streak: {streak} week(s)."
)
SUMMARY_LATE = (
    "Your week that just ended: {sessions} session(s), {sets} working sets, {bests} new best(s). "
    "Streak: {streak} week(s)."
)
SUMMARY_QUIET = "A quiet week, {name}: no back session. A new week starts tomorrow. Streak: {streak} week(s)."
SUMMARY_QUIET_LATE = "Last week was quiet, {name}: no back session. A new week has started. Streak: {streak} week(s)."
GROUP_TRAINING = "Back day! {names}, who's in today?"
GROUP_TRAINING_NOBODY = "Back day! Send /remindme on to get a mention next time."
GROUP_BOARD_HEADER = "This week's back sessions:"
GROUP_BOARD_HEADER_LATE = "Last week's back sessions:"
GROUP_BOARD_LINE = "{mark} {name}: {sessions} session(s), streak {streak}"
GROUP_BOARD_EMPTY = "Nobody has opted in yet. Send /remindme on to join the board."
TRAINED = "✅"
WAITING = "⏳"
