"""Chat traffic of a session on the living card: new messages, edits and toasts per logged working set.

Per platform (a function each in PLATFORMS; a platform adds its own), one new lifter onboards and logs
a whole session by taps, the real coach and SQLite behind it:
- console: the coach's replies as the console renders them (a card seen before is an edit);
- telegram: the Telegram adapter on the Bot API emulator (tests/e2e/telegram), which now enforces
  Telegram's flood limits and edits messages in place; counted from what the emulator received.
The baseline, measured in the same run, is the design before the card: one message for every prompt
and one for every confirmation, i.e. two new messages per press (counted from the same presses).

Then the group burst (Telegram): five members start a session in one group at once and tap six answers
each as fast as the bot answers; new messages per minute to the group, 429s, and each press's time to
visible feedback (the card's edit reaching the reader; the toast is sent before it) at p50/p95.
Targets (issue 12): at most 0.25 new messages per working set; in the group at most 20 new messages a
minute, zero 429s, feedback p95 at most 1.5 s.

Run: `make bench` or `python -m bench.chat_traffic`.
"""
from __future__ import annotations

import asyncio
import itertools
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "e2e" / "telegram"))  # the emulator helpers the e2e tests use

from card_driver import GroupFeed, Tapper, tap_in_group  # type: ignore[import-not-found]  # noqa: E402
from tg_emulator import Emulator, EmulatorProcess, Person, emulator_missing  # type: ignore[import-not-found]  # noqa: E402

from adapters.telegram import TelegramAdapter  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.wiring import Services, build_services  # noqa: E402
from core.messages import ChatKind, Incoming, Reply  # noqa: E402
from core.text import onboarding  # noqa: E402

TARGET_PER_SET = 0.25
TARGET_GROUP_PER_MINUTE = 20
TARGET_FEEDBACK_P95 = 1.5
_tokens = itertools.count(7000)


@dataclass
class Traffic:
    platform: str
    new: int
    edits: int
    toasts: int
    working_sets: int
    presses: int

    def line(self) -> str:
        per = lambda n: n / max(1, self.working_sets)  # noqa: E731
        return (
            f"{self.platform:9} {self.working_sets:3} working sets, {self.presses:3} taps: "
            f"new {self.new:3} ({per(self.new):.2f}/set), edits {self.edits:3} ({per(self.edits):.2f}/set), "
            f"toasts {self.toasts:3} ({per(self.toasts):.2f}/set); "
            f"baseline new {2 * self.presses:3} ({per(2 * self.presses):.2f}/set)"
        )


async def _working_sets(services: Services, platform: str, account: str) -> int:
    async with services.uow_factory() as uow:
        profile = await uow.users.by_identity(platform, account)
        assert profile is not None
        done = await uow.workouts.finished(profile.user_id)
        return sum(1 for s in await uow.workouts.sets_of([w.id for w in done if w.id is not None]) if not s.warmup)


def _pick(text: str, payloads: list[str]) -> str:
    """What a lifter taps (as the e2e card driver does): experienced, done picking, no flags, 10 reps, pain 1."""
    if text.startswith(onboarding.LEVEL_Q.split("{")[0]):
        return payloads[2]
    if text.startswith(onboarding.EQUIPMENT_PICKED.split("{")[0]):
        return "done"
    if text.startswith(onboarding.SCREEN_Q.split("{")[0]):
        return payloads[-1]
    return "10" if "10" in payloads else "pain 1" if "pain 1" in payloads else payloads[0]


async def console_session(services: Services) -> Traffic:
    """The console: what the coach replies, rendered as the console does (a card seen before is an edit)."""
    seen: set[str] = set()
    counts = {"new": 0, "edits": 0, "toasts": 0, "presses": 0}
    last: list[Reply] = []
    serial = itertools.count()

    async def say(text: str = "", payload: str | None = None, revision: int | None = None) -> list[Reply]:
        incoming = Incoming("console", "dm:bench", ChatKind.PRIVATE, "bench", "bench", datetime.now(UTC), text=text,
                            payload=payload, revision=revision, message_id=f"c{next(serial)}")
        replies = await services.coach.handle(incoming)
        for reply in replies:
            if reply.toast:
                counts["toasts"] += 1
            elif reply.card is not None and reply.card.key in seen and not reply.notify:
                counts["edits"] += 1
            else:
                counts["new"] += 1
            if reply.card is not None:
                seen.add(reply.card.key)
        return replies

    async def tap_through(opening: str, *, count: bool) -> None:
        nonlocal last
        last = await say(opening)
        for _ in range(200):
            asking = [r for r in last if r.choices and not r.toast]
            if not asking:
                return
            card = asking[-1]
            payloads = [c.payload for c in card.choices]
            pick = _pick(card.text, payloads)
            if count:
                counts["presses"] += 1
            last = await say(payload=pick, revision=card.choices[payloads.index(pick)].revision)

    await tap_through("/start", count=False)
    counts.update(new=0, edits=0, toasts=0)
    await tap_through("/today", count=True)
    return Traffic("console", counts["new"], counts["edits"], counts["toasts"], await _working_sets(services, "console", "bench"), counts["presses"])


async def telegram_session(services: Services, emulator: Emulator) -> Traffic:
    adapter = TelegramAdapter(services.coach, token=emulator.token, base_url=emulator.url, poll_timeout=5, cards=services.cards)
    await adapter.start()
    try:
        who = Person(9001, "Bench")
        chat = emulator.private(who)
        await Tapper(chat, who).tap_through("/start")
        calls_before = len(await emulator.calls())
        tapper = Tapper(chat, who)
        await tapper.tap_through("/today")
        calls = (await emulator.calls())[calls_before:]
        new = sum(1 for c in calls if c["method"] in ("sendMessage", "sendPhoto", "sendDocument"))
        edits = sum(1 for c in calls if c["method"].startswith("editMessage"))
        toasts = sum(1 for c in calls if c["method"] == "answerCallbackQuery" and c.get("text"))
        sets = await _working_sets(services, "telegram", str(who.id))
        return Traffic("telegram", new, edits, toasts, sets, tapper.presses)
    finally:
        await adapter.stop()


async def telegram_group_burst(services: Services, emulator: Emulator, members: int = 5, taps: int = 6) -> str:
    adapter = TelegramAdapter(services.coach, token=emulator.token, base_url=emulator.url, poll_timeout=5, cards=services.cards)
    await adapter.start()
    try:
        crew = [Person(9100 + i, f"M{i}") for i in range(members)]
        for member in crew:
            await Tapper(emulator.private(member), member).tap_through("/start")
        group_id = -1009999000001
        group = emulator.group(group_id, "Bench crew")
        feed = GroupFeed(group)
        feed.start()
        started = time.monotonic()
        try:
            latencies = await asyncio.gather(*(tap_in_group(feed, m, sets=taps) for m in crew))
        finally:
            await feed.stop()
        elapsed = time.monotonic() - started
        calls = [c for c in await emulator.calls() if c["chat_id"] == str(group_id)]
        sends = sorted(c["at"] for c in calls if c["method"] in ("sendMessage", "sendPhoto", "sendDocument") and c.get("status") != 429)
        busiest = max((sum(1 for t in sends if s <= t < s + 60000) for s in sends), default=0)
        flooded = len(await emulator.flooded())
        flat = sorted(x for member in latencies for x in member)
        p50, p95 = statistics.median(flat), flat[min(len(flat) - 1, round(0.95 * (len(flat) - 1)))]
        verdict = "met" if busiest <= TARGET_GROUP_PER_MINUTE and flooded == 0 and p95 <= TARGET_FEEDBACK_P95 else "NOT met"
        return (
            f"group burst: {members} members x {taps} taps in {elapsed:.1f} s: {len(sends)} new group messages "
            f"(busiest minute {busiest}), {sum(1 for c in calls if c['method'].startswith('edit'))} edits, {flooded} x 429; "
            f"feedback p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms -> target {verdict}"
        )
    finally:
        await adapter.stop()


async def _fresh_services(folder: Path, name: str) -> Services:
    return await build_services(Settings(database_url=f"sqlite+aiosqlite:///{folder}/{name}.db"))


async def _with_emulator(run: Callable[[Emulator], Awaitable[object]], process: EmulatorProcess) -> object:
    async with httpx.AsyncClient() as http:
        return await run(Emulator(process.url, f"{next(_tokens)}:BENCH", http))


async def main() -> None:
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        services = await _fresh_services(Path(folder), "console")
        try:
            lines.append((await console_session(services)).line())
        finally:
            await services.dispose()
        why = emulator_missing()
        if why is not None:
            lines.append(f"telegram: skipped ({why})")
        else:
            process = EmulatorProcess()
            process.start()
            try:
                services = await _fresh_services(Path(folder), "telegram")
                try:
                    traffic = await _with_emulator(lambda e: telegram_session(services, e), process)
                    assert isinstance(traffic, Traffic)
                    lines.append(traffic.line())
                    lines.append(str(await _with_emulator(lambda e: telegram_group_burst(services, e), process)))
                finally:
                    await services.dispose()
            finally:
                process.stop()
    from bench.chat_traffic_discord import discord_lines  # the Discord adapter on simcord, in this process

    lines += await discord_lines()
    print(f"chat traffic per logged working set (target: new messages at most {TARGET_PER_SET}/set)")
    for line in lines:
        print("  " + line)


if __name__ == "__main__":
    asyncio.run(main())
