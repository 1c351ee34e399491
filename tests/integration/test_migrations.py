"""Migrations: empty → head → base → head again, and the models match what the migrations build."""
from __future__ import annotations

import asyncio

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from adapters.db.all_tables import metadata
from adapters.db.engine import make_engine
from bot.migrate import alembic_config, downgrade, upgrade


async def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    async with engine.connect() as conn:
        names = await conn.run_sync(lambda sync: set(inspect(sync).get_table_names()))
    await engine.dispose()
    return names - {"alembic_version"}


async def _differences(url: str) -> list[object]:
    engine = make_engine(url)
    async with engine.connect() as conn:
        diff = await conn.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync, opts={"compare_type": True}), metadata)
        )
    await engine.dispose()
    return list(diff)


async def test_migrations_go_up_down_and_up_again_and_match_the_models(database_url: str) -> None:
    await upgrade(database_url)
    assert await _tables(database_url) == set(metadata.tables)
    assert await _differences(database_url) == []
    await downgrade(database_url, "base")
    assert await _tables(database_url) == set()
    await upgrade(database_url)
    assert await _tables(database_url) == set(metadata.tables)


def test_alembic_check_finds_nothing_to_generate(sqlite_url: str) -> None:
    asyncio.run(upgrade(sqlite_url))
    command.check(alembic_config(sqlite_url))  # raises when autogenerate would write a migration
