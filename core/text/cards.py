"""What the living session card says: its header, its lines, and the toasts that answer presses."""
from __future__ import annotations

CARD_HEADER = "🏋 {name} · back session {day}"
CARD_HEADER_GENTLE = "🏋 {name} · gentle back session {day}"
CARD_WARMUP = "Warm-up: {items}"
CARD_LIFT_DONE = "✓ {line}"
CARD_LIFT_NOW = "▸ {line}"
CARD_LIFT_LATER = "· {line}"
CARD_SETS = "   {sets}"
CARD_SKIPPED = "skipped"
CARD_REST = "Rest: {rest}"  # the rest timer's line (issue 12, item 5)
CARD_CLOSED = "Session over. ✓"
CARD_NO_SESSION_YET = "Your plan appears here once you've answered."

# One short line saying what a turn changed (console line, Telegram toast).
CHANGE_LOGGED = "✓ {lift}: set {n} of {total} logged: {what}"
CHANGE_RAMP = "✓ warm-up set {n} logged: {what}"
CHANGE_SKIPPED = "set skipped"
CHANGE_PLAN = "today's plan: {lifts} lifts"
CHANGE_NOTED = "✓ noted"

PRESS_PASSED = "That question has passed; the card shows the current one."
