"""Everyday wording: help, hints for input the coach could not use, generic answers."""
from __future__ import annotations

WELCOME_BACK = "Welcome back, {name}. Type /today when you're ready to train."
NEED_ONBOARDING = "Let's set you up first: type /start (it takes about a minute)."
HELP_HEADER = "Here's what I understand:"
HELP_FOOTER = "While a session is running, just reply with what you did: 10, 10x20, 20kg x 10, 8/8, skip or done."
UNKNOWN_COMMAND = "I don't know /{name}."
NOT_UNDERSTOOD_IDLE = "I didn't catch that. Type /today for today's session or /help for everything I can do."
TOO_LONG = "That message is too long for me (over {limit} characters). Could you say it in a few words?"
PRIVATE_ONLY = "That one is personal, so I only answer it in a private chat with me."
ADMINS_ONLY = "Only the chat's admins can change that."
NOT_YOUR_PROMPT = "{name}, that question was for someone else. Type /today to start your own session."
SOMETHING_WENT_WRONG = "Sorry, something went wrong on my side and nothing was saved. Please try that again."

SET_REPLY_HINT = (
    "I couldn't read that as a set. Try: 10 (reps at the planned load), 10x20, 20kg x 10, "
    "10 reps @ 45 lb, 8/8 for left/right, skip, or done."
)
LOAD_HINT = "I couldn't read that as a load. Try 16, 16 kg, 35 lb, or bodyweight."
NEGATIVE_NOT_ALLOWED = "Numbers can't be negative. Nothing was logged."
TOO_MANY_REPS = "More than {limit} reps in one set? That's not a strength set. Nothing was logged."
ZERO_REPS = "Zero reps isn't a set. If you tried and couldn't get one, reply 0 failed. Nothing was logged."
LOAD_TOO_HEAVY = "That's over {limit}, which I can't believe for a back lift. Nothing was logged."
