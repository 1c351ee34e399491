"""Long polling that keeps out of the way of the replies it has just fetched."""
from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from telegram.request import BaseRequest, HTTPXRequest, RequestData

if TYPE_CHECKING:
    from telegram._utils.types import ODVInput  # PTB's own annotation for do_request's timeouts

# Long enough for the coach's usual first reply (a few ms), short enough that other people's
# updates waiting at Telegram meanwhile are hardly delayed.
MAX_WAIT_SECONDS = 0.05


class RepliesFirst:
    """Counts updates fetched and updates answered, so the next poll can wait for the answers.

    PTB starts its next `getUpdates` the moment a batch arrives, so the request's work (its
    HTTP exchange, TLS with the real Bot API) ran beside the coach's database work and held
    up the first reply by a millisecond or more. The updates it would fetch meanwhile are
    not lost: Telegram keeps them, and the poll picks them up as soon as the replies are out,
    or after `max_wait` at the latest (a slow reply must not hold up everybody else).
    """

    def __init__(self, max_wait: float = MAX_WAIT_SECONDS) -> None:
        self._max_wait = max_wait
        self._fetched = 0
        self._answered = 0
        self._caught_up = asyncio.Event()
        self._caught_up.set()

    def fetched(self, count: int) -> None:
        self._fetched += count
        if self._answered < self._fetched:
            self._caught_up.clear()

    def answered(self) -> None:
        """One fetched update has had its first reply (or needed none)."""
        self._answered += 1
        if self._answered >= self._fetched:
            self._caught_up.set()

    async def wait(self) -> None:
        if self._caught_up.is_set():
            return
        try:
            await asyncio.wait_for(self._caught_up.wait(), self._max_wait)
        except TimeoutError:
            # Slow replies, or an update that never reached the adapter: count it answered,
            # so one stray update cannot delay every poll after it.
            self._answered = self._fetched
            self._caught_up.set()


class PollAfterReplies(HTTPXRequest):
    """PTB's getUpdates transport (as its default: one connection) that waits on RepliesFirst."""

    def __init__(self, replies: RepliesFirst) -> None:
        super().__init__(connection_pool_size=1)
        self._replies = replies

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        await self._replies.wait()
        code, payload = await super().do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
        # Each update carries one top-level "update_id"; a quote inside a message's text is
        # escaped in JSON (\"), so text cannot add to the count.
        self._replies.fetched(payload.count(b'"update_id"'))
        return code, payload
