"""kill -9 at random moments while a person talks to the bot: nothing lost, nothing done twice.

The emulator keeps every update until a later getUpdates offset confirms it, as Telegram does,
so a killed worker's unconfirmed updates come again to the next one. First a reference run (no
kills) records what the coach answers to each typed message; then the same messages go to a
`backcoach run` process that is killed with -9 at random moments and restarted. The person must
see the same answers in the same order (a reply sent just before the kill may show twice, never
more), and the database must hold each set once.
"""
from __future__ import annotations

import asyncio
import random

import httpx
import pytest

from bot.settings import Settings
from bot.wiring import build_services
from tg_driver import answer
from tg_emulator import BotMessage, Chat, Emulator, Person
from tg_workers import Worker

EVE = Person(505, "Eve")
MESSAGES = 26  # onboarding and the first sets of a session
KILLS = 10


class _Typist:
    """Answers like tg_driver, always typing (a press would carry an alias of the old process)."""

    def __init__(self, chat: Chat) -> None:
        self.chat = chat
        self.said: list[str] = []

    async def say(self, who: Person, text: str, reply_to: BotMessage | None = None) -> None:
        self.said.append(text)
        await self.chat.say(who, text)

    async def press(self, who: Person, message: BotMessage, payload: str) -> None:
        await self.say(who, payload)


async def _reference(emulator: Emulator, start_bot, tmp_path) -> list[tuple[str, list[str]]]:
    services = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/ref.db", data_dir=str(tmp_path)))
    try:
        await start_bot(services.coach)
        typist = _Typist(emulator.private(EVE))
        talk: list[tuple[str, list[str]]] = []
        said = "/start"
        await typist.say(EVE, said)
        while True:
            batch = await typist.chat.rest(quiet=0.5)
            talk.append((said, [m.text for m in batch]))
            if len(talk) >= MESSAGES or not batch:
                break
            if not await answer(typist, EVE, batch[-1], typed=True):  # type: ignore[arg-type]
                if "/today" in typist.said:
                    break
                await typist.say(EVE, "/today")
            said = typist.said[-1]
        return talk
    finally:
        await services.dispose()


def _once(texts: list[str]) -> list[str]:
    """A reply repeated right after itself counts once (the one in flight at a kill)."""
    return [t for i, t in enumerate(texts) if i == 0 or texts[i - 1] != t]


async def _sets(url: str, who: Person = EVE) -> list[tuple[object, ...]]:
    services = await build_services(Settings(database_url=url), migrate=False)
    try:
        async with services.uow_factory() as uow:
            profile = await uow.users.by_identity("telegram", str(who.id))
            assert profile is not None
            active = await uow.workouts.active(profile.user_id)
            ids = [w.id for w in await uow.workouts.finished(profile.user_id)] + ([active.id] if active else [])
            return [(s.lift_key, s.set_number, s.warmup, s.reps, s.load_kg) for s in await uow.workouts.sets_of(ids)]
    finally:
        await services.dispose()


async def test_kill_9_at_random_moments_loses_no_message_and_repeats_no_effect(emulator: Emulator, start_bot, tmp_path) -> None:
    talk = await _reference(emulator, start_bot, tmp_path)
    expected = [t for _said, replies in talk for t in replies]
    assert len(talk) > 15 and len(expected) > 20

    token = f"{random.randint(10**6, 10**7)}:KILL"
    worker = Worker(tmp_path, {
        "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_BASE_URL": emulator.url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/killed.db", "POSTMAN_ENABLED": "false",
        "DATA_DIR": str(tmp_path), "LOG_LEVEL": "INFO",
    })
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    # Kills land just after a message is sent: while it is fetched, handled or answered.
    kill_after = set(rng.sample(range(1, len(talk)), KILLS))
    async with httpx.AsyncClient() as http:
        chat = Emulator(emulator.url, token, http).private(EVE)
        seen: list[str] = []
        worker.start()
        try:
            for index, (said, replies) in enumerate(talk):
                await chat.say(EVE, said)
                if index in kill_after:
                    await asyncio.sleep(rng.uniform(0.0, 0.04))
                    worker.kill()
                    worker.start()
                want = len(_once(seen + replies))
                for _ in range(300):
                    seen.extend(m.text for m in await chat.rest(quiet=0.2))
                    if len(_once(seen)) >= want:
                        break
                else:
                    raise AssertionError(f"seed {seed}: no answer to {said!r}; log:\n{worker.log()[-3000:]}")
            seen.extend(m.text for m in await chat.rest(quiet=1.0))
        finally:
            worker.stop()

    assert worker.kills == KILLS
    assert _once(seen) == _once(expected), f"seed {seed}"
    assert len(seen) - len(_once(seen)) <= KILLS  # at most the reply in flight at each kill shows twice
    logged = await _sets(f"sqlite+aiosqlite:///{tmp_path}/ref.db")
    assert logged and await _sets(f"sqlite+aiosqlite:///{tmp_path}/killed.db") == logged
