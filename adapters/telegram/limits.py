"""PTB's rate limiter, with Telegram's per-chat and per-group limits applied to new messages only."""
from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter

from core.metrics import PlatformMetrics

PLATFORM = "telegram"
# What each Bot API method is, as operators count it; other methods (getUpdates, getMe, ...) are not counted.
_KINDS = {
    "sendMessage": "new", "sendPhoto": "new", "sendDocument": "new",
    "editMessageText": "edit", "editMessageReplyMarkup": "edit", "answerCallbackQuery": "toast",
}


class NewMessageLimiter(AIORateLimiter):
    """Holds back new messages to a chat (20 a minute in a group), not edits, toasts or deletes.

    Telegram's documented group limit is on messages sent; a living card is edited on every logged set,
    and holding those edits behind the group's 20 a minute would delay every member's feedback by seconds.
    Edits still go through the overall 30-a-second limit, and a 429 on one is retried after retry_after.
    Every request passes here, so this is where sends, edits, toasts, 429s and retries are counted.
    """

    def __init__(self, *args: Any, metrics: PlatformMetrics | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._metrics = metrics

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
        if self._metrics is None:
            return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
        metrics = self._metrics
        tries = 0

        async def counted(*c_args: Any, **c_kwargs: Any) -> bool | dict[str, Any] | list[dict[str, Any]]:
            nonlocal tries
            tries += 1
            if tries > 1:
                metrics.send_retried(PLATFORM)
            try:
                result = await callback(*c_args, **c_kwargs)
            except RetryAfter:
                metrics.platform_rate_limited(PLATFORM)
                raise
            if (kind := _KINDS.get(endpoint)) is not None:
                metrics.reply_sent(PLATFORM, kind)
            return result

        return await super().process_request(counted, args, kwargs, endpoint, data, rate_limit_args)
