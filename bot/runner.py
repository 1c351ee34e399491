"""Starting everything in ONE event loop: platforms, the console and the scheduler."""
from __future__ import annotations

import asyncio
import logging
import signal
import sys
from contextlib import suppress
from pathlib import Path
from collections.abc import Awaitable, Callable
from typing import Any

from adapters.console.chat import ConsoleChat, ConsoleMessenger
from bot.clock import MovableClock
from bot.health import HealthServer, database_checks
from bot.metrics import PrometheusMetrics
from bot.postman import MessengerRouter, make_postman, start_postman
from bot.settings import Settings
from bot.wiring import Services, build_services
from core.errors import PlatformUnreachable
from core.text.edges import CONSOLE_GREETING
from core.reminders.postman import Postman

log = logging.getLogger(__name__)


async def run_console(settings: Settings, *, user: str, group: str | None, json_mode: bool) -> None:
    clock = MovableClock()
    services = await build_services(settings, clock=clock)
    scheduler = None
    try:
        postman: Postman | None = None

        async def clock_moved() -> None:
            if postman is not None:
                await postman.tick()  # moving the clock delivers what became due, straight away

        chat = ConsoleChat(services.coach, clock, user=user, group=group, json_mode=json_mode, on_clock_moved=clock_moved)
        if settings.postman_enabled:
            postman = make_postman(services.uow_factory, ConsoleMessenger(chat), clock)
            scheduler = start_postman(postman, settings.postman_tick_seconds)
        if not json_mode:
            print(CONSOLE_GREETING)
        await chat.run()
    except asyncio.CancelledError:
        # Ctrl-C: a postman tick cut short is redone on the next start, so its cancellation is no error to print.
        logging.getLogger("apscheduler.executors").setLevel(logging.CRITICAL)
        raise
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=False)
        await services.dispose()


async def run(settings: Settings) -> None:
    if not settings.telegram_bot_token and not settings.discord_bot_token:
        print("No TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN set: starting the console chat.", file=sys.stderr)
        await run_console(settings, user="you", group=None, json_mode=False)
        return
    metrics = PrometheusMetrics()
    services = await build_services(settings, metrics=metrics)
    adapters = _platform_adapters(services, metrics)
    health = _health_server(services, metrics, adapters)
    scheduler = None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        if health is not None:
            await health.start()  # /healthz answers while the platforms are still being reached
        for name, adapter in adapters.items():
            await start_with_retries(name, adapter, settings.platform_start_attempts, settings.platform_start_backoff)
        if settings.postman_enabled:
            router = MessengerRouter({platform: adapter.messenger for platform, adapter in adapters.items()})
            postman = make_postman(services.uow_factory, router, services.clock)
            scheduler = start_postman(postman, settings.postman_tick_seconds, on_report=metrics.postman_tick)
        log.info("backcoach is running on %s", ", ".join(adapters))
        await stop.wait()
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=False)
        for adapter in reversed(list(adapters.values())):
            with suppress(Exception):
                await adapter.stop()
        if health is not None:
            await health.stop()
        await services.dispose()


async def start_with_retries(name: str, adapter: Any, attempts: int, backoff: float) -> None:
    """Reach a platform at start-up: one line per failed try, waits doubling, then give up (exit 4)."""
    for attempt in range(1, attempts + 1):
        try:
            await adapter.start()
            return
        except PlatformUnreachable as error:
            if attempt == attempts:
                raise PlatformUnreachable(f"{error}; gave up after {attempts} tries") from None
            wait = backoff * 2 ** (attempt - 1)
            log.warning("%s; trying again in %.0f s (try %d of %d)", error, wait, attempt + 1, attempts)
            await asyncio.sleep(wait)


def _health_server(services: Services, metrics: PrometheusMetrics, adapters: dict[str, Any]) -> HealthServer | None:
    settings = services.settings
    if not settings.health_port:
        return None
    checks = database_checks(services.engine)
    for name, adapter in adapters.items():
        checks[f"{name}_connected"] = _connected_check(adapter)
    return HealthServer(metrics, checks, listen=settings.health_listen, port=settings.health_port)


def _connected_check(adapter: Any) -> Callable[[], Awaitable[bool]]:
    async def connected() -> bool:
        return bool(adapter.connected())

    return connected


def _platform_adapters(services: Services, metrics: PrometheusMetrics | None = None) -> dict[str, Any]:
    adapters: dict[str, Any] = {}
    settings = services.settings
    if settings.telegram_bot_token:
        from adapters.telegram.app import TelegramAdapter

        adapters["telegram"] = (
            TelegramAdapter(
                services.coach,
                token=settings.telegram_bot_token,
                base_url=settings.telegram_api_base_url or None,
                webhook_url=settings.telegram_webhook_url or None,
                webhook_listen=settings.telegram_webhook_listen,
                webhook_port=settings.telegram_webhook_port,
                webhook_secret=settings.telegram_webhook_secret or None,
                cards=services.cards,
                metrics=metrics,
            )
        )
    if settings.discord_bot_token:
        from adapters.discord.bot import DiscordAdapter

        adapters["discord"] = (
            DiscordAdapter(
                services.coach,
                token=settings.discord_bot_token,
                guild_id=settings.discord_guild_id,
                message_content=settings.discord_message_content,
                shard_count=settings.discord_shard_count,
                shard_ids=settings.shard_ids,
                sync_state_path=Path(settings.data_dir) / "discord-commands.json",
                cards=services.cards,  # card edits continue after a restart
                metrics=metrics,
            )
        )
    return adapters
