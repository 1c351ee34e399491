"""Set replies per second and handling latency through the real coach on an on-disk SQLite database.

N simulated lifters (already onboarded) train whole sessions at the same time, several rounds two
days apart: `/today`, the pain question, warm-ups, every working set typed as a reply, first loads,
the pain checks, the summary. Each answer is chosen from the bot's last prompt, as a person would.
The floor, measured in the same run: a bare aiosqlite insert+commit loop on the same disk.
Run with `make bench` (or `python -m bench.core_throughput --users 20 --rounds 3`).
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiosqlite

from bot.settings import Settings
from bot.wiring import build_services
from core.messages import ChatKind, Incoming, Reply

ONBOARDING = ("/start", "2", "1 4 5", "1", "1", "keep", "2", "6")
WHAT_LOAD = "What load will you use?"
SESSION_OVER = ("Session done", "session is over", "Session saved")


class StepClock:
    """Time moves a millisecond per reading; `jump` starts the next round two days later."""

    def __init__(self) -> None:
        self.current = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)

    def now(self) -> datetime:
        self.current += timedelta(milliseconds=1)
        return self.current

    def jump(self, by: timedelta) -> None:
        self.current += by


@dataclass
class Figures:
    set_replies: int = 0
    messages: int = 0
    seconds: float = 0.0  # wall time of the training rounds
    latencies: list[float] = field(default_factory=list)  # call to replies, queueing included
    service: list[float] = field(default_factory=list)  # inside the unit of work, writer held


class TimedUnitsOfWork:
    """Wraps the unit-of-work factory to time each unit from the moment it holds the database."""

    def __init__(self, inner, figures: Figures) -> None:  # type: ignore[no-untyped-def]
        self._inner, self._figures = inner, figures

    def __call__(self):  # type: ignore[no-untyped-def]
        return _TimedUnit(self._inner(), self._figures)


class _TimedUnit:
    def __init__(self, inner, figures: Figures) -> None:  # type: ignore[no-untyped-def]
        self._inner, self._figures = inner, figures

    async def __aenter__(self):  # type: ignore[no-untyped-def]
        uow = await self._inner.__aenter__()
        self._entered = time.perf_counter()
        return uow

    async def __aexit__(self, *exc: object) -> None:
        await self._inner.__aexit__(*exc)
        self._figures.service.append(time.perf_counter() - self._entered)


def answer_to(replies: list[Reply]) -> tuple[str, bool] | None:
    """What a lifter types back to the bot's last prompt, and whether it logs a set; None when done."""
    last = replies[-1]
    if any(marker in last.text for marker in SESSION_OVER):
        return None
    payloads = [choice.payload for choice in last.choices]
    if any(p.startswith("pain ") for p in payloads):
        return "1", False
    if WHAT_LOAD in last.text:
        return "20", False
    if "Warm-up set" in last.text:
        return "done", True
    if len(payloads) == 4:  # target-2, target, target+2, skip: type the target with its load
        return f"{payloads[1]} x 20", True
    if "set " in last.text:
        return "8", True  # as many reps as you can
    return None


async def drive(users: int, rounds: int, db: Path) -> Figures:
    clock = StepClock()
    services = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{db}"), clock=clock)
    figures = Figures()
    coach = services.coach
    coach._uow_factory = TimedUnitsOfWork(coach._uow_factory, figures)  # the bench's only peek inside
    counter = 0

    async def say(user: str, text: str, measured: bool) -> list[Reply]:
        nonlocal counter
        counter += 1
        message = Incoming("bench", f"dm:{user}", ChatKind.PRIVATE, user, user, clock.current, text=text, message_id=str(counter))
        started = time.perf_counter()
        replies = await coach.handle(message)
        if measured:
            figures.latencies.append(time.perf_counter() - started)
            figures.messages += 1
        return replies

    async def train(user: str) -> None:
        replies = await say(user, "/today", True)
        for _ in range(200):
            answer = answer_to(replies)
            if answer is None:
                return
            text, logs_a_set = answer
            replies = await say(user, text, True)
            figures.set_replies += logs_a_set
        raise RuntimeError(f"{user}'s session never ended; last reply: {replies[-1].text!r}")

    names = [f"lifter{i}" for i in range(users)]
    for name in names:  # onboarding is not what is measured
        for answer in ONBOARDING:
            await say(name, answer, False)
    figures.service.clear()
    for _ in range(rounds):
        started = time.perf_counter()
        await asyncio.gather(*(train(name) for name in names))
        figures.seconds += time.perf_counter() - started
        clock.jump(timedelta(days=2))
    await services.dispose()
    return figures


async def floor(db: Path, rows: int) -> float:
    async with aiosqlite.connect(db) as conn:
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute("PRAGMA synchronous=NORMAL")
        await conn.execute("create table t (id integer primary key, reps int, load real)")
        await conn.commit()
        started = time.perf_counter()
        for _ in range(rows):
            await conn.execute("insert into t (reps, load) values (?, ?)", (10, 20.0))
            await conn.commit()
        return rows / (time.perf_counter() - started)


async def stack_ceiling(db: Path, units: int) -> float:
    """Units of work per second with a set reply's shape (5 reads, 1 insert, commit) and no coach at all.

    The same engine, driver and session the coach uses, with trivial statements: whatever the coach
    does, it cannot beat this, so it shows how much of the floor the stack itself leaves.
    """
    from sqlalchemy import bindparam, select, text
    from sqlalchemy.ext.asyncio import async_sessionmaker

    from adapters.db.engine import make_engine

    engine = make_engine(f"sqlite+aiosqlite:///{db}")
    async with engine.begin() as conn:
        await conn.execute(text("create table t (id integer primary key, reps int, load real)"))
        await conn.execute(text("insert into t (reps, load) values (10, 20.0)"))
    sessions = async_sessionmaker(engine)
    read = select(text("id, reps")).select_from(text("t")).where(text("id = :id")).params(id=1)
    write = text("insert into t (reps, load) values (:reps, :load)").bindparams(bindparam("reps"), bindparam("load"))
    started = time.perf_counter()
    for _ in range(units):
        async with sessions() as session:
            for _ in range(5):
                (await session.execute(read)).first()
            await session.execute(write, {"reps": 10, "load": 20.0})
            await session.commit()
    rate = units / (time.perf_counter() - started)
    await engine.dispose()
    return rate


def _p(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] * 1000


async def main(users: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        floor_rate = await floor(Path(tmp) / "floor.db", 3000)
        ceiling_rate = await stack_ceiling(Path(tmp) / "ceiling.db", 1500)
        loaded = await drive(users, rounds, Path(tmp) / "coach.db")
        alone = await drive(1, rounds * 2, Path(tmp) / "alone.db")
    # The time covers whole sessions (pain answers, loads, /today too): the set-reply rate is conservative.
    seconds = loaded.seconds
    wall_rate = loaded.set_replies / seconds
    print(f"users: {users} training at once, {rounds} rounds; messages handled: {loaded.messages}, of them set replies: {loaded.set_replies}")
    print(f"coach throughput: {wall_rate:.0f} set replies/s ({loaded.messages / seconds:.0f} messages/s) over the whole run")
    print(f"handling time (inside the unit of work), {users} users: p50 {statistics.median(loaded.service) * 1000:.2f} ms, p99 {_p(loaded.service, 0.99):.2f} ms")
    print(f"latency with {users} users at once (includes waiting for the writer): p50 {statistics.median(loaded.latencies) * 1000:.2f} ms, p99 {_p(loaded.latencies, 0.99):.2f} ms")
    print(f"latency of one user alone: p50 {statistics.median(alone.latencies) * 1000:.2f} ms, p99 {_p(alone.latencies, 0.99):.2f} ms")
    print(f"floor (bare aiosqlite insert+commit, same disk): {floor_rate:.0f} commits/s")
    print(f"coach / floor: {wall_rate / floor_rate:.1%} (target at least 25 %); p99 target at most 5 ms")
    print(f"stack ceiling (SQLAlchemy async session on the same driver, 5 trivial reads + 1 insert + commit, no coach): "
          f"{ceiling_rate:.0f} units/s = {ceiling_rate / floor_rate:.1%} of the floor")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.users, arguments.rounds))
