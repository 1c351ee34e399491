"""The operators' endpoint: /healthz, /readyz and Prometheus /metrics, on a real database and coach."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import aiohttp

from adapters.db.engine import make_engine
from adapters.db.uow import SqlUnitOfWorkFactory
from bot.health import HealthServer, database_checks
from bot.metrics import PrometheusMetrics
from bot.migrate import upgrade
from core.coach import Coach
from core.messages import ChatKind, Incoming
from tests.fakes import FakeClock


class FakePlatform:
    def __init__(self, up: bool) -> None:
        self.up = up

    def connected(self) -> bool:
        return self.up


async def _get(server: HealthServer, path: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"http://127.0.0.1:{server.port}{path}") as response:
            return response.status, await response.text()


def _said(text: str, n: int, who: str = "ana") -> Incoming:
    return Incoming("telegram", f"dm:{who}", ChatKind.PRIVATE, who, who.title(), datetime.now(UTC), text=text, message_id=f"m{n}")


async def test_health_is_ok_ready_needs_the_schema_at_head_and_the_platforms_connected(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/coach.db"
    engine = make_engine(url)
    platform = FakePlatform(up=True)

    async def telegram_connected() -> bool:
        return platform.connected()

    server = HealthServer(PrometheusMetrics(), database_checks(engine) | {"telegram_connected": telegram_connected}, listen="127.0.0.1", port=0)
    await server.start()
    try:
        assert await _get(server, "/healthz") == (200, "ok\n")
        status, body = await _get(server, "/readyz")
        assert status == 503 and '"schema_at_head": false' in body  # not migrated yet
        await upgrade(url)
        status, body = await _get(server, "/readyz")
        assert status == 200 and '"ready": true' in body
        platform.up = False
        status, body = await _get(server, "/readyz")
        assert status == 503 and '"telegram_connected": false' in body
    finally:
        await server.stop()
        await engine.dispose()


async def test_metrics_count_messages_outcomes_and_safety_tiers_but_never_who(database_url: str) -> None:
    await upgrade(database_url)
    engine = make_engine(database_url)
    metrics = PrometheusMetrics()
    metrics.watch_database(engine)
    coach = Coach(SqlUnitOfWorkFactory(engine), FakeClock(), metrics=metrics)
    server = HealthServer(metrics, {}, listen="127.0.0.1", port=0)
    await server.start()
    try:
        await coach.handle(_said("/start", 1))
        await coach.handle(_said("/start", 1))  # the same platform message again
        await coach.handle(_said("I suddenly can't feel anything between my legs", 2))
        status, page = await _get(server, "/metrics")
    finally:
        await server.stop()
        await engine.dispose()
    assert status == 200
    assert 'backcoach_messages_handled_total{outcome="ok",platform="telegram"} 2.0' in page
    assert 'backcoach_messages_handled_total{outcome="duplicate",platform="telegram"} 1.0' in page
    assert 'backcoach_safety_events_total{tier="emergency"} 1.0' in page
    assert 'backcoach_handling_seconds_count{platform="telegram"} 3.0' in page
    assert "ana" not in page.lower() and "legs" not in page


def test_reminder_ticks_are_counted_by_outcome() -> None:
    from core.reminders.postman import TickReport

    metrics = PrometheusMetrics()
    metrics.postman_tick(TickReport(planned=5, sent=3, skipped=1, unreachable=1, retried=2))
    value = metrics.registry.get_sample_value
    assert value("backcoach_reminders_total", {"outcome": "due"}) == 5
    assert value("backcoach_reminders_total", {"outcome": "sent"}) == 3
    assert value("backcoach_reminders_total", {"outcome": "late"}) == 1
    assert value("backcoach_reminders_total", {"outcome": "dropped"}) == 1
