"""Wording for the console's own commands (who is speaking, where, and the simulated clock)."""
from __future__ import annotations

CONSOLE_HELP = (
    "Console commands (not part of the chat):\n"
    "/as NAME — speak as someone else\n"
    "/group NAME — move into a simulated group chat\n"
    "/private — back to your private chat\n"
    "/clock +2d, +3h, +30m or /clock 2026-12-01T09:00 — move the coach's clock forward or to a date (UTC)\n"
    "/press PAYLOAD — press a button by its payload\n"
    "/quit — leave"
)
CLOCK_HINT = "The clock moves by +2d, +3h or +30m (up to {days} days), or to a date like 2026-12-01T09:00 between {first} and {last}."
CONSOLE_NAME_HINT = "{command} needs a name, like {command} sam."
CONSOLE_GREETING = "Backcoach console: type /start to begin, /help for commands, /quit to leave."
