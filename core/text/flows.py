"""Wording for open questions that wait for an answer, and for looking back at sessions."""
from __future__ import annotations

ANSWER_FIRST = "Let's settle this question first, then carry on:"
STOPPED_BEFORE_START = "OK, no session today. Type /today whenever you're ready."
STOPPED_AFTER_SESSION = "OK. Your session is saved. If your back hurts later, tell me with /pain and a number from 0 to 10."
QUESTION_CLOSED = "OK, I've dropped that question. Type /help to see what I can do."
NOTHING_TO_STOP = "There's no session running, so there's nothing to stop."

# /history while a session is running: today's line shows the session so far
HISTORY_IN_PROGRESS = " (in progress)"

# /undo after the session is over
UNDO_FINISHED_Q = "That session is finished. Remove its last set ({what}) from {lift}?"
UNDO_FINISHED_YES = "Remove it"
UNDO_FINISHED_NO = "Keep it"
UNDO_FINISHED_DONE = "Removed the last set ({what}) from {lift} in that session."
UNDO_FINISHED_KEPT = "OK, I kept it."
