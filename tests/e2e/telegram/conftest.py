"""Fixtures: the Bot API emulator (with its compat layer) and bots started against it."""
from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

from adapters.telegram import TelegramAdapter
from tg_emulator import Emulator, EmulatorProcess, emulator_missing

_tokens = itertools.count(1000)


@pytest.fixture(scope="session")
def emulator_process() -> Iterator[EmulatorProcess]:
    why = emulator_missing()
    if why is not None:
        pytest.skip(f"Telegram emulator unavailable: {why}")
    process = EmulatorProcess()
    process.start()
    yield process
    process.stop()


@pytest.fixture
async def emulator(emulator_process: EmulatorProcess) -> AsyncIterator[Emulator]:
    # A fresh bot token per test keeps every test's updates and messages apart.
    async with httpx.AsyncClient() as http:
        yield Emulator(emulator_process.url, f"{next(_tokens)}:TEST", http)


StartBot = Callable[..., Awaitable[TelegramAdapter]]


@pytest.fixture
async def start_bot(emulator: Emulator) -> AsyncIterator[StartBot]:
    """Start a TelegramAdapter on the emulator; every bot started is stopped at the end."""
    running: list[TelegramAdapter] = []

    async def start(coach: Any, **options: Any) -> TelegramAdapter:
        options.setdefault("poll_timeout", 5)
        options.setdefault("group_max_rate", 1000)
        adapter = TelegramAdapter(coach, token=emulator.token, base_url=emulator.url, **options)
        await adapter.start()
        running.append(adapter)
        return adapter

    yield start
    for adapter in running:
        await adapter.stop()  # stopping twice is fine: a restart test stops one itself
