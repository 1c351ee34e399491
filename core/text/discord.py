"""Discord-only sentences: slash option descriptions, the modal, the pick list and the follow-up hint."""
from __future__ import annotations

# Slash-command option descriptions (Discord shows them under each option, 100 characters at most).
OPTION_LIFT = "A lift (e.g. deadlift) for its history, or more for older sessions"
OPTION_DAYS = "Days, e.g. mon thu; or off to stop your reminders (empty: show them)"
OPTION_TIME = "Time of day, e.g. 07:00"
OPTION_DATE = "The date reminders start again, e.g. 2026-12-24"
OPTION_PICK = "Pick one: {what}"
OPTION_VARIANT = "Optional: {what}"
# How a fixed choice is shown in a slash command's pick list (the value sent is the word the core reads).
CHOICE_NAMES = {"30": "in 30 minutes", "120": "in 2 hours", "tomorrow": "tomorrow, same time"}

# The "Log set" modal: opened by a button on a set question, prefilled with the target.
LOG_SET_BUTTON = "Log set…"
LOG_SET_TITLE = "Log this set"
LOG_SET_REPS = "Reps"
LOG_SET_LOAD = "Load (e.g. 14 kg; empty for bodyweight)"

# A pick-many question as one menu; its submission is the typed list ("1 4 7").
PICK_MANY_PLACEHOLDER = "Pick all that apply"

# A member replied to one of my messages in a server, but Discord gave me no text (no Message Content intent).
EMPTY_REPLY_HINT = (
    "{mention}, I can't read replies in this channel. Answer with the buttons, "
    "the Log set form, or a slash command such as /log 10 x 20kg."
)

