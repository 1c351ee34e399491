"""Fuzz: every conversation state gets generated input; the coach never crashes and stores nothing invalid.

Each example is a new lifter. Good answers walk them to a chosen state (an onboarding question, a set, the
pain question after a hinge, a check-in, a confirmation ...), then generated input arrives there: typed text
with digits of other scripts, emoji, NUL bytes, very long lines, commands with odd arguments and button
payloads. After every message the coach must have answered (no exception out of `coach.handle`); after every
example the whole database is checked. Bounded by examples (two per state), not by time: about 15 s on SQLite and 30 s on PostgreSQL.
"""
from __future__ import annotations

import asyncio
import itertools
import math
import traceback
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import String, select

from adapters.db.all_tables import metadata
from bot.settings import load_settings
from bot.wiring import Services, build_services
from core.conversation import Step
from core.messages import ChatKind, Incoming, Reply
from tests.fakes import FakeClock

START = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # a Monday morning
ONBOARDING_ANSWERS = ("2", "1 4 5", "done", "1", "1", "keep", "2", "6")  # "done" closes the equipment picks
GOOD = {
    Step.PAIN_BEFORE: "1", Step.FIRST_LOAD: "20", Step.SET: "10", Step.PAIN_LIFT: "1", Step.PAIN_STOP: "end",
    Step.PAIN_AFTER: "1", Step.CHECKIN: "1", Step.CONFIRM_SIGN: "no", Step.CONFIRM_CLEARED: "no",
    Step.CONFIRM_DELETE: "deleteme:no", Step.SETTINGS: "1",
}
# Where generated input arrives: (name, how many good answers after onboarding, the opening line).
TARGETS = (
    [(f"onboarding question {n}", n, None) for n in range(0, 7)]
    + [("settings", 8, "/settings"), ("pain before", 8, "/today"), ("check-in", 8, "/checkin"),
       ("confirm cleared", 8, "/cleared"), ("confirm delete", 8, "/deleteme"),
       ("confirm sign", 8, "should I worry about tingling in my leg?"),  # a question about a sign asks yes/no
       ("idle", 8, "")]
    + [(f"session move {n}", 8, "/today") for n in (1, 3, 6, 8, 16, 21, 23, 25)]  # 21: the hinge's pain question
    + [("pain stop", 8, "/today"), ("next morning", 8, "/today")]
)
DIGITS = st.sampled_from(["²", "٣", "۵", "७", "༣", "𝟘", "Ⅻ", "½", "①", "１０", "10", "0", "-1", "1e309", "nan", "inf", "999999999999"])
WORDS = st.sampled_from(["yes", "no", "done", "skip", "end", "keep", "kilos", "lbs", "Europe", "America", "US", "london",
                         "EST", "utc", "GMT+1", "europe/london", "Etc/GMT+14", "../../etc/passwd", "bodyweight", "failed"])
COMMANDS = st.sampled_from(["/today", "/log", "/undo", "/skip", "/swap", "/stop", "/history", "/bests", "/pain", "/checkin",
                            "/cleared", "/schedule", "/remindme", "/pause", "/resume", "/snooze", "/skipweek", "/settings",
                            "/start", "/help", "/deleteme", "/link", "/unlink", "/export", "/progress", "/nosuch"])
PAYLOADS = st.sampled_from(["pain 3", "pain 11", "pain -1", "done", "skip", "deleteme:no", "gentler", "carry on", "end",
                            "/today grip", "/today rest", "/swap db_rdl", "1", "7", "eq:dumbbells", "", "\x00"])
TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=300, max_size=900),
    st.builds(lambda d, w: f"{d} {w}", DIGITS, WORDS),
    st.builds(lambda d, u: f"{d}x{d}{u}", DIGITS, st.sampled_from(["", "kg", " lb", "kg x 10"])),
    st.builds(lambda c, a: f"{c} {a}", COMMANDS, st.one_of(DIGITS, WORDS, st.text(max_size=30))),
    st.builds(lambda w: f"{w}\x00{w}", WORDS), st.sampled_from(["💪", "🏋️‍♂️ 10", "\u202e01", "\ud800", "10\n20", " "]),
    DIGITS, WORDS, COMMANDS,
)
# Display names as platforms hand them over: long, with emoji, control characters or a NUL byte.
NAMES = st.one_of(st.text(max_size=20), st.text(min_size=60, max_size=150), st.sampled_from(["Zoë 💪", "Sam\x00", "\u202eevil", "a\nb"]))
INPUT = st.one_of(TEXT.map(lambda t: (t, None)), PAYLOADS.map(lambda p: ("", p)))

_people = itertools.count(1)


def fixed_elsewhere(error: BaseException) -> str | None:
    """Crashes of issue 14 that other branches fix (time zones: item 5; digits of other scripts: item 6).

    Until those branches are merged these are recorded and the test is marked xfail at the end; any other
    exception fails it straight away. Once they are merged, nothing is recorded and the test simply passes.
    """
    frames = [frame.filename for frame in traceback.extract_tb(error.__traceback__)]
    if any("zoneinfo" in name for name in frames) or isinstance(error, IsADirectoryError):
        return "item 5: a typed time zone crashes zoneinfo"
    if isinstance(error, ValueError) and "invalid literal for int()" in str(error):
        return "item 6: a digit of another script passes isdigit() but not int()"
    return None


class Lifter:
    def __init__(self, built: Services, clock: FakeClock, known: dict[str, str], name: str = "") -> None:
        self.built, self.clock, self.id, self.known = built, clock, f"fz{next(_people)}", known
        self.name = name or self.id
        self.last: list[Reply] = []

    async def send(self, text: str = "", payload: str | None = None) -> list[Reply]:
        self.clock.move(timedelta(seconds=40))
        incoming = Incoming("console", f"dm:{self.id}", ChatKind.PRIVATE, self.id, self.name, self.clock.now(), text=text, payload=payload)
        try:
            self.last = await self.built.coach.handle(incoming)  # any other exception here fails the test
        except Exception as error:
            if (why := fixed_elsewhere(error)) is None:
                raise
            self.known.setdefault(why, f"{text[:40]!r} {payload!r}")
            return []
        assert self.last, f"no answer to {text!r}/{payload!r}"
        return self.last

    async def step(self) -> Step:
        async with self.built.uow_factory() as uow:
            profile = await uow.users.by_identity("console", self.id)
            return Step.IDLE if profile is None else (await uow.conversations.get(profile.user_id)).step

    async def answer_well(self, hurt: bool = False, sore_after: bool = False) -> None:
        step = await self.step()
        if step is Step.PAIN_LIFT and hurt:
            await self.send("8")
        elif step is Step.PAIN_AFTER and sore_after:
            await self.send("4")  # enough for a morning check-in
        elif step in GOOD:
            await self.send(GOOD[step])
        else:
            await self.send("/today")


async def reach(lifter: Lifter, target: tuple[str, int, str | None]) -> None:
    name, onboarding_answers, opening = target
    await lifter.send("/start")
    for answer in ONBOARDING_ANSWERS[:onboarding_answers]:
        if name.startswith("onboarding") or await lifter.step() is Step.ONBOARDING:
            await lifter.send(answer)
    if opening:
        await lifter.send(opening)
    if name.startswith("session move"):
        for _ in range(int(name.rsplit(" ", 1)[1])):
            await lifter.answer_well()
    if name == "next morning":  # a whole session, then the check-in the next morning
        for _ in range(26):
            await lifter.answer_well(sore_after=True)
        lifter.clock.move(timedelta(days=1))
        await lifter.send("/checkin")
    if name == "pain stop":
        for _ in range(40):
            if await lifter.step() in (Step.PAIN_STOP, Step.IDLE):
                break
            await lifter.answer_well(hurt=True)


async def invalid_rows(built: Services) -> list[str]:
    """Every stored value that breaks a rule: reps, loads, pain, time zones, strings."""
    zones = available_timezones()
    found: list[str] = []
    async with built.uow_factory() as uow:
        for table in metadata.sorted_tables:
            for row in (await uow.session.execute(select(table))).mappings():
                for column in table.columns:
                    value = row[column.name]
                    where = f"{table.name}.{column.name}={value!r}"
                    if isinstance(column.type, String) and isinstance(value, str) and ("\x00" in value or "\ud800" in value):
                        found.append(where)
                    if column.name == "timezone" and (value not in zones or ZoneInfo(value) is None):
                        found.append(where)
                if table.name == "sets":
                    seconds = row.get("seconds")
                    if seconds is not None:  # a timed set (carry, hang): seconds instead of reps
                        if not (1 <= seconds <= 3600 and row["reps"] == 0):
                            found.append(f"sets.seconds={seconds}")
                    elif not (0 <= row["reps"] <= 100 and (row["reps"] >= 1 or row["failed"])):
                        found.append(f"sets.reps={row['reps']}")
                    for load in (row["load_kg"],):
                        if load is not None and not (math.isfinite(load) and 0 <= load <= 500):
                            found.append(f"sets.load_kg={load}")
                    if row["reps_right"] is not None and not 0 <= row["reps_right"] <= 100:
                        found.append(f"sets.reps_right={row['reps_right']}")
                if table.name == "pain_reports" and not 0 <= row["value"] <= 10:
                    found.append(f"pain_reports.value={row['value']}")
                if table.name == "workouts" and row.get("pain_before") is not None and not 0 <= row["pain_before"] <= 10:
                    found.append(f"workouts.pain_before={row['pain_before']}")
    return found


def test_every_conversation_state_survives_generated_input_and_stores_only_valid_data(database_url: str, tmp_path: Path) -> None:
    loop = asyncio.new_event_loop()
    clock = FakeClock(START)
    built = loop.run_until_complete(build_services(
        load_settings(database_url=database_url, default_timezone="Europe/London", data_dir=str(tmp_path), postman_enabled=False),
        clock=clock))
    reached: set[str] = set()
    known: dict[str, str] = {}

    turns = itertools.cycle(TARGETS)  # every state in turn, so each run reaches all of them

    @settings(max_examples=len(TARGETS) * 2, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
    @given(said=st.lists(INPUT, min_size=1, max_size=5), name=NAMES)
    def one_lifter(said: list[tuple[str, str | None]], name: str) -> None:
        target = next(turns)

        async def run() -> None:
            lifter = Lifter(built, clock, known, name)
            await reach(lifter, target)
            reached.add(f"{target[0]}: {await lifter.step()}")
            for text, payload in said:
                await lifter.send(text, payload)
            for _ in range(3):  # and the lifter can still carry on afterwards
                await lifter.answer_well()
            assert await invalid_rows(built) == [], target[0]

        loop.run_until_complete(run())

    try:
        one_lifter()
    finally:
        loop.run_until_complete(built.dispose())
        loop.close()
    steps = {entry.rsplit(": ", 1)[1] for entry in reached}
    every = {"onboarding", "settings", "pain_before", "first_load", "set", "pain_lift", "pain_stop", "pain_after", "checkin",
             "confirm_sign", "confirm_delete", "idle"}
    assert every <= steps, sorted(reached)
    if known:
        pytest.xfail(f"crashes fixed on other branches of issue 14: {known}")
