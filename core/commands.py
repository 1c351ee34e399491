"""The commands the coach understands: one list for /help, Telegram menus and Discord slash commands."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CommandInfo:
    name: str
    usage: str  # the arguments, as shown in /help ("" when none)
    description: str
    private_only: bool = False  # answered only in a private chat (personal data)
    admin_only: bool = False  # in a group, changing settings with it is for chat admins (adapters look them up)


COMMANDS: tuple[CommandInfo, ...] = (
    CommandInfo("start", "", "Set up your profile (a few quick questions)"),
    CommandInfo("today", "", "Today's back session"),
    CommandInfo("log", "REPS [x LOAD]", "Log the current set, e.g. /log 10 x 20kg"),
    CommandInfo("pain", "0-10", "Tell me how your back feels right now"),
    CommandInfo("undo", "", "Remove the last set you logged"),
    CommandInfo("skip", "", "Skip the current exercise"),
    CommandInfo("swap", "[NAME]", "Swap the current lift for another of the same kind"),
    CommandInfo("stop", "", "End today's session early (what you logged is kept)"),
    CommandInfo("rest", "[SECONDS|off|auto]", "Rest between sets: show it, set it (e.g. /rest 90), or turn it off"),
    CommandInfo("history", "[LIFT|more]", "Your recent sessions, or one lift's (older pages with more)"),
    CommandInfo("bests", "", "Your best set per lift and its estimated one-rep max"),
    CommandInfo("progress", "[pain]", "A chart of your loads, weekly sets and streak (pain: add the pain trend)", private_only=True),
    CommandInfo("export", "[physio]", "Your data as CSV and JSON files (physio: a timeline for a therapist)", private_only=True),
    CommandInfo("link", "[CODE]", "Join your accounts on two platforms into one profile", private_only=True),
    CommandInfo("unlink", "", "Separate this platform's account again", private_only=True),
    CommandInfo("deleteme", "", "Delete everything the coach keeps about you", private_only=True),
    CommandInfo("checkin", "0-10", "Answer the morning-after pain check-in"),
    CommandInfo("cleared", "", "A professional has cleared you: lift the safety pause"),
    CommandInfo(
        "schedule", "DAYS HH:MM", "Reminder days and time, e.g. /schedule mon thu 07:00 (in a group: the group's back day)",
        admin_only=True,
    ),
    CommandInfo("remindme", "on|off", "In a group: get a mention on the group's back day"),
    CommandInfo("pause", "until DATE", "Pause reminders, e.g. /pause until 2026-12-24 (your streak is kept)"),
    CommandInfo("resume", "", "Turn paused reminders back on"),
    CommandInfo("snooze", "30|120|tomorrow", "Remind me again later"),
    CommandInfo("skipweek", "", "No more reminders this week"),
    CommandInfo("settings", "", "Change your answers (level, equipment, units, time zone, goal)"),
    CommandInfo("help", "", "Every command, one line each"),
)


def find_command(name: str) -> CommandInfo | None:
    for info in COMMANDS:
        if info.name == name:
            return info
    return None


def split_command(said: str) -> tuple[str, str] | None:
    """`/today@BackcoachBot extra` -> ("today", "extra"); None when it is not a command."""
    if not said.startswith("/"):
        return None
    head, _, rest = said[1:].partition(" ")
    name = head.split("@", 1)[0].lower()
    return (name, rest.strip()) if name else None
