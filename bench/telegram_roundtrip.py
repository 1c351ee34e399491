"""Round trip on the Bot API emulator: a user's message in, the bot's first reply out.

The real coach behind the Telegram adapter (SQLite on disk, AIORateLimiter, per-sender update
ordering, long polling) takes new users through onboarding and a full first session, typed
answers and button presses in turn. In the same run, turn by turn, a bare python-telegram-bot
echo bot answers on the same emulator. Why the comparison is fair:

- the two are interleaved (one coach turn, one echo message), so load from anything else on
  the machine falls on both alike, and both are paced the same way: the next message goes out
  once the bot has been quiet for `--quiet` seconds (an idle gap slows the next round trip, so
  pacing one and not the other would skew the ratio);
- both long-poll the same emulator with the same timeout, and neither is woken by the other's
  updates (compat_server.js answers a long poll only for its own bot);
- the bots run in a process of their own (bench/_telegram_bots.py), as in production: a test
  client sharing their event loop slows both, and the coach more (its follow-up messages and
  its concurrent update handling compete with the client for the loop);
- the clock is the emulator's: from the user's update reaching the Bot API to the bot's first
  reply reaching it. The test client's clock (adding its own calls to the emulator) is
  printed too;
- a warm-up user and ten warm-up echoes come first and are not counted.

Needs `npm ci` (telegram-test-api). Run: `make bench` or `python -m bench.telegram_roundtrip`
(`--show` prints one user's conversation, to check every prompt is answered as a person would).
Target (issue 5): coach median at most 1.2x the echo bot's.
"""
from __future__ import annotations

import argparse
import asyncio
import functools
import itertools
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "e2e" / "telegram"))  # the emulator helpers the e2e tests use

from tg_driver import answer  # type: ignore[import-not-found]  # noqa: E402
from tg_emulator import Emulator, EmulatorProcess, Person, emulator_missing  # type: ignore[import-not-found]  # noqa: E402

LEVELS = (2, 2, 0, 1)  # by user: experienced, new, returning (index 0 warms up): sessions of different lengths
TARGET = 1.2


def _figures(samples: list[float]) -> tuple[float, float]:
    """Median and p95 (nearest rank)."""
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


@dataclass
class Samples:
    bot_api: list[float] = field(default_factory=list)  # the emulator's clock
    client: list[float] = field(default_factory=list)  # the test client's clock
    handle: list[float] = field(default_factory=list)  # coach.handle for the same messages
    pressed: list[bool] = field(default_factory=list)


async def turn(chat: Any, say: Callable[[], Awaitable[None]], quiet: float) -> tuple[float, float, list[Any]]:
    """Send, time the first reply on both clocks, then read the rest until the bot is quiet."""
    started = time.perf_counter()
    await say()
    first = await chat.next(timeout=30)
    client = time.perf_counter() - started
    assert first.since_update is not None, "the emulator did not stamp the reply (old compat_server.js?)"
    return first.since_update, client, [first, *await chat.rest(quiet=quiet)]


class Lifter:
    """A new user of the coach, answering as tg_driver does; `how` says how the last answer went."""

    def __init__(self, emulator: Any, index: int) -> None:
        self.who = Person(8000 + index, f"Lifter{index}")
        self.chat = emulator.private(self.who)
        self.level = LEVELS[index % len(LEVELS)]
        self.how = "typed"

    async def open(self, command: str) -> None:
        self.how = "typed"
        await self.chat.say(self.who, command)

    async def answer(self, last: Any, typed: bool) -> None:
        self.how = await answer(self.chat, self.who, last, typed=typed, level=self.level)


async def drive(url: str, http: httpx.AsyncClient, users: int, quiet: float, show: bool) -> tuple[Samples, Samples]:
    echo_emulator, coach_emulator = Emulator(url, "9001:ECHO", http), Emulator(url, "9002:COACH", http)
    echo_who = Person(7001, "Echo")
    echo_chat = echo_emulator.private(echo_who)
    echo, coach = Samples(), Samples()
    counted_turns: list[bool] = []  # one per coach update, in the order the bots handle them
    numbers = itertools.count(1)

    async def echo_turn(counted: bool) -> None:
        text = f"message {next(numbers)}"
        bot_api, client, _ = await turn(echo_chat, lambda: echo_chat.say(echo_who, text), quiet)
        if counted:
            echo.bot_api.append(bot_api)
            echo.client.append(client)

    with tempfile.TemporaryDirectory() as folder:
        bots = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench._telegram_bots", url, echo_emulator.token, coach_emulator.token,
            f"sqlite+aiosqlite:///{folder}/bench.db",
            cwd=REPO, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        )
        assert bots.stdin is not None and bots.stdout is not None
        try:
            ready = await bots.stdout.readline()
            if ready.strip() != b"ready":
                raise RuntimeError(f"the bots did not start: {ready!r}")
            for _ in range(10):
                await echo_turn(counted=False)
            for index in range(users + 1):  # user 0 warms the coach up and is not counted
                lifter, counted = Lifter(coach_emulator, index), index > 0
                for opening in ("/start", "/today"):
                    say: Callable[[], Awaitable[None]] = functools.partial(lifter.open, opening)
                    for step in range(120):
                        bot_api, client, batch = await turn(lifter.chat, say, quiet)
                        counted_turns.append(counted)
                        if counted:
                            coach.bot_api.append(bot_api)
                            coach.client.append(client)
                            coach.pressed.append(lifter.how == "pressed")
                        if show and index == 1:
                            print(f"> {lifter.who.name} {lifter.how}" if step else f"> {lifter.who.name}: {opening}")
                            for message in batch:
                                buttons = [label for label, _ in message.buttons][:6]
                                print(f"  [{bot_api * 1000:5.1f} ms] {message.text[:90]!r} {buttons}")
                        await echo_turn(counted)
                        last = batch[-1]
                        if not (last.buttons or "What load will you use?" in last.text):
                            break
                        # Alternate typed answers and button presses, as a person would.
                        say = functools.partial(lifter.answer, last, step % 2 == 0)
                    else:
                        raise AssertionError(f"the conversation never ended: {batch[-1].text!r}")
        finally:
            bots.stdin.close()
            out = (await bots.stdout.read()).decode().strip().splitlines()
            await bots.wait()
    handle_times = json.loads(out[-1])
    assert len(handle_times) == len(counted_turns), "one coach.handle per message"
    coach.handle = [took for took, counted in zip(handle_times, counted_turns) if counted]
    return echo, coach


def report(echo: Samples, coach: Samples, quiet: float) -> None:
    ms = 1000
    echo_median, echo_p95 = _figures(echo.bot_api)
    coach_median, coach_p95 = _figures(coach.bot_api)
    handle_median, handle_p95 = _figures(coach.handle)
    adapter_median, _ = _figures([total - inside for total, inside in zip(coach.bot_api, coach.handle)])
    typed = [took for took, pressed in zip(coach.bot_api, coach.pressed) if not pressed]
    presses = [took for took, pressed in zip(coach.bot_api, coach.pressed) if pressed]
    overhead = adapter_median - echo_median
    ratio = coach_median / echo_median
    print(f"Telegram round trip, user message -> bot's first reply, on the emulator's clock "
          f"(interleaved; next message after {quiet * ms:.0f} ms of quiet)")
    print(f"  echo bot (bare PTB)     n={len(echo.bot_api):4d}  median {echo_median * ms:6.2f} ms  p95 {echo_p95 * ms:6.2f} ms")
    print(f"  coach on Telegram       n={len(coach.bot_api):4d}  median {coach_median * ms:6.2f} ms  p95 {coach_p95 * ms:6.2f} ms"
          f"  (typed {_figures(typed)[0] * ms:.2f} ms n={len(typed)}, presses {_figures(presses)[0] * ms:.2f} ms n={len(presses)})")
    print(f"    in coach.handle (core + SQLite)    median {handle_median * ms:6.2f} ms  p95 {handle_p95 * ms:6.2f} ms")
    print(f"    in Telegram: round trip - handle   median {adapter_median * ms:6.2f} ms"
          f"  (adapter overhead vs the echo bot: {overhead * ms:+.2f} ms)")
    print(f"  on the test client's clock: echo median {_figures(echo.client)[0] * ms:.2f} ms, "
          f"coach median {_figures(coach.client)[0] * ms:.2f} ms")
    print(f"  ratio coach/echo (medians) = {ratio:.2f}; target <= {TARGET:.2f}: {'met' if ratio <= TARGET else 'NOT met'}")


async def main(users: int, quiet: float, show: bool) -> None:
    why = emulator_missing()
    if why is not None:
        raise SystemExit(f"cannot run the Telegram bench: {why}")
    process = EmulatorProcess()
    process.start()
    try:
        async with httpx.AsyncClient() as http:
            echo, coach = await drive(process.url, http, users, quiet, show)
    finally:
        process.stop()
    report(echo, coach, quiet)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--users", type=int, default=4, help="new users, each onboarded and trained once")
    parser.add_argument("--quiet", type=float, default=0.25, help="seconds of quiet before the next message")
    parser.add_argument("--show", action="store_true", help="print the first counted user's conversation")
    args = parser.parse_args()
    if args.users < 1:
        parser.error("--users must be at least 1 (one more user warms up first)")
    asyncio.run(main(args.users, args.quiet, args.show))
