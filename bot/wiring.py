"""Building the services from settings: engine, unit of work, clock, coach."""
from __future__ import annotations

import asyncio
import logging
import tempfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.charts.files import DirectoryFiles, PrivateCharts
from adapters.charts.render import MatplotlibCharts
from adapters.db.cards import SqlCardMessages
from adapters.db.engine import make_engine
from adapters.db.uow import SqlUnitOfWorkFactory
from adapters.places.geonames import GeonamesPlaces
from bot.clock import MovableClock, SystemClock
from bot.metrics import PrometheusMetrics
from bot.migrate import upgrade
from bot.settings import Settings
from core.coach import Coach
from core.ports import Clock
from core.progress.ports import Outputs

log = logging.getLogger(__name__)

@dataclass
class Services:
    settings: Settings
    engine: AsyncEngine
    uow_factory: SqlUnitOfWorkFactory
    clock: Clock
    coach: Coach
    cards: SqlCardMessages  # where each living card is shown, for the platform adapters
    sweeper: asyncio.Task[None] | None = None
    pruner: asyncio.Task[None] | None = None

    async def dispose(self) -> None:
        for task in (self.sweeper, self.pruner):
            if task is not None:
                task.cancel()
        await self.engine.dispose()


async def build_services(
    settings: Settings, *, clock: Clock | None = None, migrate: bool = True, metrics: PrometheusMetrics | None = None
) -> Services:
    if migrate:
        await upgrade(settings.database_url, timeout=settings.database_startup_timeout)
    engine = make_engine(settings.database_url)
    if metrics is not None:
        metrics.watch_database(engine)
    uow_factory = SqlUnitOfWorkFactory(engine)
    clock = clock or SystemClock()
    # Charts and exports go to DATA_DIR when the settings have one, else a folder in the system temp dir.
    data_dir = Path(settings.data_dir or Path(tempfile.gettempdir()) / "backcoach")
    files = DirectoryFiles(data_dir / "exports", also=(data_dir / "charts",))
    outputs = Outputs(PrivateCharts(MatplotlibCharts(data_dir / "charts"), data_dir / "charts"), files, GeonamesPlaces())
    coach = Coach(
        uow_factory, clock, default_timezone=settings.default_timezone, outputs=outputs, metrics=metrics,
        durable_platforms=frozenset({"telegram"}),  # its adapter confirms updates only after delivery
    )
    coach.prepare()
    sweeper = asyncio.create_task(sweep_outputs(files, settings.output_retention_minutes * 60), name="sweep-outputs")
    pruner = asyncio.create_task(
        prune_reply_outbox(uow_factory, clock, timedelta(hours=settings.reply_outbox_retention_hours)), name="prune-reply-outbox"
    )
    return Services(settings, engine, uow_factory, clock, coach, SqlCardMessages(uow_factory), sweeper, pruner)


async def sweep_outputs(files: DirectoryFiles, retention_seconds: float) -> None:
    """Charts and exports were sent when made; a copy left on disk is swept once the retention period passes."""
    while True:
        try:
            await files.sweep(retention_seconds)
        except OSError as error:
            log.warning("could not sweep old charts and exports (%s)", type(error).__name__)
        await asyncio.sleep(min(retention_seconds / 4, 300))


async def prune_reply_outbox_once(uow_factory: SqlUnitOfWorkFactory, clock: Clock, retention: timedelta) -> int:
    """Replies never delivered (the person blocked the bot, a send failed for good) are personal data: drop them."""
    async with uow_factory() as uow:
        pruned = await uow.outbox.prune(clock.now() - retention)
        await uow.commit()
    if pruned:
        log.info("pruned %d undelivered reply rows older than the retention period", pruned)
    return pruned


async def prune_reply_outbox(uow_factory: SqlUnitOfWorkFactory, clock: Clock, retention: timedelta) -> None:
    while True:
        try:
            await prune_reply_outbox_once(uow_factory, clock, retention)
        except Exception as error:  # a database hiccup must not end the pruning for good
            log.warning("could not prune the reply outbox (%s)", type(error).__name__)
        await asyncio.sleep(min(retention.total_seconds() / 4, 600))


__all__ = ["Services", "build_services", "MovableClock"]
