"""Round trip on the Bot API emulator: a user's message in, the bot's first reply out.

Measures the real coach behind the Telegram adapter (SQLite on disk, AIORateLimiter, long
polling) answering a new user's session, and in the same run a bare python-telegram-bot echo
bot on the same emulator; prints median and p95 of both and the ratio (target: coach median
at most 1.2x the echo bot's). Needs `npm ci` (telegram-test-api). Run: `make bench` or
`python -m bench.telegram_roundtrip --users 4 --echoes 60`.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

HELPERS = Path(__file__).resolve().parents[1] / "tests" / "e2e" / "telegram"


def _figures(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95


async def _timed(chat, who, say) -> float:  # type: ignore[no-untyped-def]
    """Seconds from sending to the bot's first reply (the rest of its batch is then drained)."""
    started = time.perf_counter()
    await say()
    await chat.next(timeout=30)
    return time.perf_counter() - started


async def bench_echo(url: str, http: httpx.AsyncClient, count: int) -> list[float]:
    from telegram import Update
    from telegram.ext import Application, ContextTypes, MessageHandler, filters
    from tg_emulator import Emulator, Person

    emulator = Emulator(url, "9001:ECHO", http)

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(update.effective_message.text or "")

    app = Application.builder().token(emulator.token).base_url(f"{url}/bot").build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    await app.initialize()
    assert app.updater is not None
    await app.updater.start_polling(timeout=30)
    await app.start()
    try:
        who = Person(7001, "Echo")
        chat = emulator.private(who)
        samples = []
        for n in range(count + 5):
            sample = await _timed(chat, who, lambda n=n: chat.say(who, f"message {n}"))
            if n >= 5:  # the first few warm connections up
                samples.append(sample)
        return samples
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


class TimedCoach:
    """The real coach, with the time spent inside `handle` recorded (to separate core from adapter)."""

    def __init__(self, coach) -> None:  # type: ignore[no-untyped-def]
        self._coach = coach
        self.handle_times: list[float] = []

    async def handle(self, incoming):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return await self._coach.handle(incoming)
        finally:
            self.handle_times.append(time.perf_counter() - started)

    async def hold_private(self, platform: str, user_id: str, reply) -> str:  # type: ignore[no-untyped-def]
        return str(await self._coach.hold_private(platform, user_id, reply))

    async def mark_unreachable(self, platform: str, chat_id: str) -> None:
        await self._coach.mark_unreachable(platform, chat_id)


async def bench_coach(url: str, http: httpx.AsyncClient, users: int) -> tuple[list[float], list[float]]:
    from adapters.telegram import TelegramAdapter
    from bot.settings import Settings
    from bot.wiring import build_services
    from tg_driver import answer
    from tg_emulator import Emulator, Person

    emulator = Emulator(url, "9002:COACH", http)
    with tempfile.TemporaryDirectory() as folder:
        services = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{folder}/bench.db"))
        coach = TimedCoach(services.coach)
        adapter = TelegramAdapter(coach, token=emulator.token, base_url=url)
        await adapter.start()
        samples: list[float] = []
        try:
            for index in range(users):
                who = Person(8000 + index, f"Lifter{index}")
                chat = emulator.private(who)
                for opening in ("/start", "/today"):
                    say = lambda opening=opening: chat.say(who, opening)  # noqa: E731
                    for turn in range(80):
                        samples.append(await _timed(chat, who, say))
                        batch = [chat.messages[chat.seen - 1], *await chat.rest(quiet=0.3)]
                        last = batch[-1]
                        if not (last.buttons or "What load will you use?" in last.text):
                            break
                        # Alternate typed answers and button presses, as a person would.
                        say = lambda last=last, typed=turn % 2 == 0: answer(chat, who, last, typed=typed)  # noqa: E731
        finally:
            await adapter.stop()
            await services.dispose()
    return samples, coach.handle_times


async def main(users: int, echoes: int) -> None:
    sys.path.insert(0, str(HELPERS))
    from tg_emulator import EmulatorProcess, emulator_missing

    why = emulator_missing()
    if why is not None:
        raise SystemExit(f"cannot run the Telegram bench: {why}")
    process = EmulatorProcess()
    process.start()
    try:
        async with httpx.AsyncClient() as http:
            echo = await bench_echo(process.url, http, echoes)
            coach, handle = await bench_coach(process.url, http, users)
    finally:
        process.stop()
    echo_median, echo_p95 = _figures(echo)
    coach_median, coach_p95 = _figures(coach)
    print(f"echo bot : n={len(echo):4d}  median {echo_median * 1000:7.1f} ms  p95 {echo_p95 * 1000:7.1f} ms")
    print(f"coach    : n={len(coach):4d}  median {coach_median * 1000:7.1f} ms  p95 {coach_p95 * 1000:7.1f} ms")
    handle_median, handle_p95 = _figures(handle)
    print(f"  inside : coach.handle (core + SQLite commit) median {handle_median * 1000:7.1f} ms  p95 {handle_p95 * 1000:7.1f} ms")
    overhead = coach_median - handle_median - echo_median
    print(f"  adapter: coach round trip - coach.handle - echo round trip = {overhead * 1000:.1f} ms (medians)")
    ratio = coach_median / echo_median
    print(f"ratio    : coach median / echo median = {ratio:.2f} (target <= 1.20: {'met' if ratio <= 1.2 else 'NOT met'})")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=4, help="new users, each onboarded and trained once")
    parser.add_argument("--echoes", type=int, default=80, help="messages sent to the echo bot")
    args = parser.parse_args()
    asyncio.run(main(args.users, args.echoes))
