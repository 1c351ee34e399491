"""Building the services from settings: engine, unit of work, clock, coach."""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.charts.files import DirectoryFiles
from adapters.charts.render import MatplotlibCharts
from adapters.db.cards import SqlCardMessages
from adapters.db.engine import make_engine
from adapters.db.uow import SqlUnitOfWorkFactory
from bot.clock import MovableClock, SystemClock
from bot.migrate import upgrade
from bot.settings import Settings
from core.coach import Coach
from core.ports import Clock
from core.progress.ports import Outputs


@dataclass
class Services:
    settings: Settings
    engine: AsyncEngine
    uow_factory: SqlUnitOfWorkFactory
    clock: Clock
    coach: Coach
    cards: SqlCardMessages  # where each living card is shown, for the platform adapters

    async def dispose(self) -> None:
        await self.engine.dispose()


async def build_services(settings: Settings, *, clock: Clock | None = None, migrate: bool = True) -> Services:
    if migrate:
        await upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    uow_factory = SqlUnitOfWorkFactory(engine)
    clock = clock or SystemClock()
    # Charts and exports go to DATA_DIR when the settings have one, else a folder in the system temp dir.
    data_dir = Path(settings.data_dir or Path(tempfile.gettempdir()) / "backcoach")
    outputs = Outputs(MatplotlibCharts(data_dir / "charts"), DirectoryFiles(data_dir / "exports"))
    coach = Coach(uow_factory, clock, default_timezone=settings.default_timezone, outputs=outputs)
    coach.prepare()
    return Services(settings, engine, uow_factory, clock, coach, SqlCardMessages(uow_factory))


__all__ = ["Services", "build_services", "MovableClock"]
