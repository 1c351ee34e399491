"""PTB's rate limiter, with Telegram's per-chat and per-group limits applied to new messages only."""
from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import AIORateLimiter


class NewMessageLimiter(AIORateLimiter):
    """Holds back new messages to a chat (20 a minute in a group), not edits, toasts or deletes.

    Telegram's documented group limit is on messages sent; a living card is edited on every logged set,
    and holding those edits behind the group's 20 a minute would delay every member's feedback by seconds.
    Edits still go through the overall 30-a-second limit, and a 429 on one is retried after retry_after.
    """

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        if not endpoint.startswith("send") and "chat_id" in data:
            data = {key: value for key, value in data.items() if key != "chat_id"}  # only the limiter reads `data`
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
