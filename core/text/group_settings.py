"""What the coach says when a group's own settings change (its back day)."""
from __future__ import annotations

GROUP_SCHEDULE_OFF = (
    "This group's back day is off: no more group reminders or Sunday board. "
    "A chat admin can send /schedule with days and a time to set it again."
)
GROUP_ADMINS_ONLY_OFF = "Only a chat admin can turn off this group's back day."
