"""The two bots of bench/telegram_roundtrip.py, in a process of their own as in production.

`python -m bench._telegram_bots URL ECHO_TOKEN COACH_TOKEN DATABASE_URL` starts a bare
python-telegram-bot echo bot and the real coach behind the Telegram adapter on the emulator
at URL, prints "ready", serves until stdin closes, then prints one JSON line: the duration
of every `coach.handle` call in order (to separate the core's time from the adapter's).
"""
from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from adapters.telegram import TelegramAdapter
from bot.settings import Settings
from bot.wiring import build_services
from core.messages import Incoming, Reply

# Both bots take the same updates and long-poll with the same timeout.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
POLL_TIMEOUT = 30


class TimedCoach:
    """The real coach, with the time spent inside `handle` recorded."""

    def __init__(self, coach: Any) -> None:
        self._coach = coach
        self.handle_times: list[float] = []

    async def handle(self, incoming: Incoming) -> list[Reply]:
        started = time.perf_counter()
        try:
            return list(await self._coach.handle(incoming))
        finally:
            self.handle_times.append(time.perf_counter() - started)

    async def hold_private(self, platform: str, user_id: str, reply: Reply) -> str:
        return str(await self._coach.hold_private(platform, user_id, reply))

    async def mark_unreachable(self, platform: str, chat_id: str) -> None:
        await self._coach.mark_unreachable(platform, chat_id)

    async def delivered(self, incoming: Incoming) -> None:
        await self._coach.delivered(incoming)


async def start_echo(url: str, token: str) -> Application[Any, Any, Any, Any, Any, Any]:
    """A bare PTB echo bot: the default Application and one handler."""

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(update.effective_message.text or "")

    app = Application.builder().token(token).base_url(f"{url}/bot").build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    await app.initialize()
    assert app.updater is not None
    await app.updater.start_polling(timeout=POLL_TIMEOUT, allowed_updates=ALLOWED_UPDATES)
    await app.start()
    return app


async def serve(url: str, echo_token: str, coach_token: str, database_url: str) -> list[float]:
    echo = await start_echo(url, echo_token)
    services = await build_services(Settings(database_url=database_url))
    timed = TimedCoach(services.coach)
    adapter = TelegramAdapter(timed, token=coach_token, base_url=url, poll_timeout=POLL_TIMEOUT)
    await adapter.start()
    try:
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the bench is done
    finally:
        await adapter.stop()
        assert echo.updater is not None
        await echo.updater.stop()
        await echo.stop()
        await echo.shutdown()
        await services.dispose()
    return timed.handle_times


if __name__ == "__main__":
    times = asyncio.run(serve(*sys.argv[1:5]))
    print(json.dumps(times), flush=True)
