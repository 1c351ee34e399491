"""Building the services from settings: engine, unit of work, clock, coach."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.db.engine import make_engine
from adapters.db.uow import SqlUnitOfWorkFactory
from bot.clock import MovableClock, SystemClock
from bot.migrate import upgrade
from bot.settings import Settings
from core.coach import Coach
from core.ports import Clock


@dataclass
class Services:
    settings: Settings
    engine: AsyncEngine
    uow_factory: SqlUnitOfWorkFactory
    clock: Clock
    coach: Coach

    async def dispose(self) -> None:
        await self.engine.dispose()


async def build_services(settings: Settings, *, clock: Clock | None = None, migrate: bool = True) -> Services:
    if migrate:
        await upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    uow_factory = SqlUnitOfWorkFactory(engine)
    clock = clock or SystemClock()
    coach = Coach(uow_factory, clock, default_timezone=settings.default_timezone)
    return Services(settings, engine, uow_factory, clock, coach)


__all__ = ["Services", "build_services", "MovableClock"]
