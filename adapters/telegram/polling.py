"""Long polling that keeps out of the way of the replies it has just fetched."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

from telegram import Bot
from telegram.error import InvalidToken, TelegramError
from telegram.request import BaseRequest, HTTPXRequest, RequestData

if TYPE_CHECKING:
    from telegram._utils.types import ODVInput  # PTB's own annotation for do_request's timeouts

log = logging.getLogger(__name__)

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


# When every update Telegram returned is still being handled here, wait this long (or until one
# finishes) before asking again: the offset cannot move past an update that is not handled yet.
REPOLL_SECONDS = 0.2
BACKOFF_SECONDS = (1.0, 2.0, 5.0, 15.0, 30.0)


class ConfirmAfterHandling:
    """Our own getUpdates loop: the offset moves past an update only once it has been handled.

    PTB's updater confirms a batch at its next poll, right after queueing it, so a process that
    dies while handling loses the batch. Here the offset is the oldest update still being
    handled: Telegram keeps everything from there on and sends it again after a crash, and the
    coach's redelivery guard (with the reply outbox) makes that repeat harmless. Updates that come
    again while this process is still on them are skipped.
    """

    def __init__(
        self, bot: Bot, queue: asyncio.Queue[object], replies: RepliesFirst, *, timeout: int, allowed: list[str]
    ) -> None:
        self._bot = bot
        self._queue = queue
        self._replies = replies
        self._timeout = timeout
        self._allowed = allowed
        self._handling: set[int] = set()
        self._fetched: set[int] = set()  # taken in by this process, not yet behind the offset
        self._next = 0  # one past the newest update taken in
        self._progress = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    @property
    def offset(self) -> int:
        return min(self._handling) if self._handling else self._next

    def handled(self, update_id: int) -> None:
        self._handling.discard(update_id)
        self._progress.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="telegram-getUpdates")

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def stop(self) -> None:
        self._stopping = True
        if self._task is not None:
            # A cancel can be swallowed by a wait_for finishing at that moment (Python 3.11): repeat it.
            while not self._task.done():
                self._task.cancel()
                await asyncio.wait({self._task}, timeout=0.1)
            if not self._task.cancelled() and self._task.exception() is not None:
                log.warning("telegram: polling had stopped: %s", self._task.exception())
            self._task = None
        if self.offset:
            with contextlib.suppress(TelegramError):  # tell Telegram what is done; a restart redoes the rest
                await self._bot.get_updates(offset=self.offset, timeout=0, allowed_updates=self._allowed)

    async def _run(self) -> None:
        failures = 0
        while not self._stopping:
            offset = self.offset
            self._fetched = {i for i in self._fetched if i >= offset}
            try:
                updates = await self._bot.get_updates(
                    offset=offset or None, timeout=self._timeout, allowed_updates=self._allowed,
                    read_timeout=self._timeout + 10,
                )
            except InvalidToken:
                raise
            except TelegramError as error:
                pause = BACKOFF_SECONDS[min(failures, len(BACKOFF_SECONDS) - 1)]
                failures += 1
                log.warning("telegram: getUpdates failed (%s); again in %.0f s", error, pause)
                await asyncio.sleep(pause)
                continue
            failures = 0
            self._progress.clear()
            fresh = 0
            for update in updates:
                if update.update_id in self._fetched:
                    self._replies.answered()  # counted as fetched; it will get no reply from this poll
                    continue
                fresh += 1
                self._fetched.add(update.update_id)
                self._handling.add(update.update_id)
                self._next = max(self._next, update.update_id + 1)
                await self._queue.put(update)
            if not fresh and self._handling:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._progress.wait(), REPOLL_SECONDS)
