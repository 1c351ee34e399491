"""A small HTTP endpoint for operators: /healthz (the event loop answers), /readyz, /metrics."""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.metrics import PrometheusMetrics
from bot.migrate import head_revision

log = logging.getLogger(__name__)

Check = Callable[[], Awaitable[bool]]


def database_checks(engine: AsyncEngine) -> dict[str, Check]:
    """Reachable, and the schema at the head revision this code expects."""
    head = head_revision()

    async def reachable() -> bool:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
            await connection.rollback()  # on SQLite the check begins IMMEDIATE: never keep that lock
        return True

    async def at_head() -> bool:
        async with engine.connect() as connection:
            current = (await connection.execute(text("SELECT version_num FROM alembic_version"))).scalar()
            await connection.rollback()
        return current == head

    return {"database": reachable, "schema_at_head": at_head}


class HealthServer:
    def __init__(self, metrics: PrometheusMetrics, checks: dict[str, Check], *, listen: str, port: int) -> None:
        self._metrics = metrics
        self._checks = checks
        self._listen = listen
        self._port = port
        self._runner: web.AppRunner | None = None

    @property
    def port(self) -> int:
        """The bound port (useful when started on port 0 in tests)."""
        if self._runner is None or not self._runner.addresses:
            return self._port
        return int(self._runner.addresses[0][1])

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        app.router.add_get("/metrics", self._metrics_page)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._listen, self._port).start()
        log.info("health endpoint on %s:%s", self._listen, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _healthz(self, _: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def _readyz(self, _: web.Request) -> web.Response:
        results: dict[str, bool] = {}
        for name, check in self._checks.items():
            try:
                results[name] = bool(await check())
            except Exception as error:  # a failed check is "not ready", never a 500
                log.warning("readiness check %s failed: %s", name, type(error).__name__)
                results[name] = False
        ready = all(results.values())
        return web.json_response({"ready": ready, "checks": results}, status=200 if ready else 503)

    async def _metrics_page(self, _: web.Request) -> web.Response:
        body = generate_latest(self._metrics.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
