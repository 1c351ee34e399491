"""Set replies per second and handling latency through the real coach on an on-disk SQLite database.

The floor, measured in the same run: a bare aiosqlite insert+commit loop on the same disk.
Run with `make bench` (or `python -m bench.core_throughput --users 20`).
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiosqlite

from bot.settings import Settings
from bot.wiring import build_services
from core.messages import ChatKind, Incoming


class StepClock:
    def __init__(self) -> None:
        self.current = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)

    def now(self) -> datetime:
        self.current += timedelta(milliseconds=1)
        return self.current


def _message(user: str, text: str, n: int) -> Incoming:
    return Incoming("bench", f"dm:{user}", ChatKind.PRIVATE, user, user, datetime.now(UTC), text=text, message_id=f"{user}:{n}")


async def drive(users: int, db: Path) -> tuple[int, list[float], float]:
    services = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{db}"), clock=StepClock())
    coach = services.coach
    counter = 0

    async def say(user: str, text: str) -> list[object]:
        nonlocal counter
        counter += 1
        return list(await coach.handle(_message(user, text, counter)))

    names = [f"u{i}" for i in range(users)]
    for name in names:  # onboarding and the session start are not what is measured
        for answer in ("/start", "2", "1 4 5", "1", "1", "keep", "2", "6", "/today", "1"):
            await say(name, answer)
        for _ in range(2):
            await say(name, "done")  # ramp sets before the first lift
    latencies: list[float] = []

    async def lifter(name: str) -> int:
        sets = 0
        for _ in range(60):
            start = time.perf_counter()
            replies = await say(name, "10 x 20")
            latencies.append(time.perf_counter() - start)
            sets += 1
            text = " ".join(getattr(r, "text", "") for r in replies)
            if "how is your back" in text.lower() and "Session done" in text:
                break
            if "how is your back" in text.lower():
                await say(name, "1")
            elif "Warm-up set" in text:
                await say(name, "done")
            elif "What load will you use" in text:
                await say(name, "20")
        return sets

    started = time.perf_counter()
    counts = await asyncio.gather(*(lifter(n) for n in names))
    elapsed = time.perf_counter() - started
    await services.dispose()
    return sum(counts), latencies, elapsed


async def floor(db: Path, rows: int) -> float:
    async with aiosqlite.connect(db) as conn:
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute("PRAGMA synchronous=NORMAL")
        await conn.execute("create table t (id integer primary key, reps int, load real)")
        await conn.commit()
        started = time.perf_counter()
        for i in range(rows):
            await conn.execute("insert into t (reps, load) values (?, ?)", (10, 20.0))
            await conn.commit()
        return rows / (time.perf_counter() - started)


def _ms(ordered: list[float], share: float) -> float:
    return ordered[max(0, int(len(ordered) * share) - 1)] * 1000


async def main(users: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        handled, latencies, elapsed = await drive(users, Path(tmp) / "coach.db")
        _, alone, _ = await drive(1, Path(tmp) / "alone.db")
        floor_rate = await floor(Path(tmp) / "floor.db", 2000)
    rate = handled / elapsed
    loaded, single = sorted(latencies), sorted(alone)
    print(f"users: {users} lifting at once, set replies handled: {handled}")
    print(f"coach throughput: {rate:.0f} set replies/s")
    print(f"latency with {users} users at once (includes queueing): p50 {statistics.median(loaded) * 1000:.2f} ms, p99 {_ms(loaded, 0.99):.2f} ms")
    print(f"latency of one user alone (handling time): p50 {statistics.median(single) * 1000:.2f} ms, p99 {_ms(single, 0.99):.2f} ms")
    print(f"floor (bare aiosqlite insert+commit, same disk): {floor_rate:.0f} commits/s")
    print(f"coach / floor: {rate / floor_rate:.1%} (target at least 25 %); p99 target at most 5 ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=20)
    asyncio.run(main(parser.parse_args().users))
