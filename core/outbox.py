"""The reply outbox port: a message's replies are stored with its effect and leave one by one.

A message whose replies were committed but not all delivered (the process died mid-way) is
redelivered by the platform; the redelivery guard then answers it with the replies still
waiting here instead of handling it again. Marking follows each delivery, so a crash between a
send and its mark repeats at most that one reply. The rows hold what was said to a person: they go
with /deleteme and, if never delivered, after a retention period.
"""
from __future__ import annotations

from datetime import datetime
from typing import Protocol

from core.messages import Reply


class Outbox(Protocol):
    async def put(self, platform: str, message_id: str, replies: list[Reply], *, sender_id: str, at: datetime) -> None:
        """Keep this message's replies to `sender_id` (in the unit of work that made them)."""
        ...

    async def unsent(self, platform: str, message_id: str) -> list[Reply]:
        """The replies of this message not yet marked delivered, in order."""
        ...

    async def delivered(self, platform: str, message_id: str) -> None:
        """One more reply of this message is out; the last one removes the row."""
        ...

    async def prune(self, before: datetime) -> int:
        """Drop rows written before `before` that were never fully delivered; how many went."""
        ...
