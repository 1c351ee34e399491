"""The CardMessages port in memory: for a bot built without a database (tests, the fake coach)."""
from __future__ import annotations


class MemoryCardMessages:
    """Which platform message shows which card, kept in a dict; the composition root passes the database's."""

    def __init__(self) -> None:
        self._shown: dict[tuple[str, str, str], tuple[str, int]] = {}

    async def find(self, platform: str, chat_id: str, key: str) -> tuple[str, int] | None:
        return self._shown.get((platform, chat_id, key))

    async def remember(self, platform: str, chat_id: str, key: str, message_id: str, revision: int) -> None:
        self._shown[(platform, chat_id, key)] = (message_id, revision)
