"""A stand-in coach with the real one's interface: records what reached it, answers by script."""
from __future__ import annotations

from collections.abc import Awaitable, Callable

from core.messages import Incoming, Reply

Script = Callable[[Incoming], Awaitable[list[Reply]] | list[Reply]]


class FakeCoach:
    def __init__(self, script: Script | None = None) -> None:
        self.heard: list[Incoming] = []
        self.held: list[tuple[str, str, Reply]] = []
        self.unreachable: list[tuple[str, str]] = []
        self._seen: set[str] = set()
        self.delivered_to: list[str | None] = []
        self.script = script or (lambda incoming: [Reply(text=f"you said: {incoming.said}")])

    async def handle(self, incoming: Incoming) -> list[Reply]:
        if incoming.message_id in self._seen:
            return []  # the real coach dedupes by message id the same way
        if incoming.message_id:
            self._seen.add(incoming.message_id)
        self.heard.append(incoming)
        result = self.script(incoming)
        return await result if isinstance(result, Awaitable) else result

    async def hold_private(self, platform: str, user_id: str, reply: Reply) -> str:
        self.held.append((platform, user_id, reply))
        return f"held{len(self.held)}"

    async def mark_unreachable(self, platform: str, chat_id: str) -> None:
        self.unreachable.append((platform, chat_id))

    async def delivered(self, incoming: Incoming) -> None:
        self.delivered_to.append(incoming.message_id)
