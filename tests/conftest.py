"""Shared fixtures: a fake clock, database URLs for SQLite and (when configured) PostgreSQL."""
from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

PG_ENV = "COACH_TEST_POSTGRES_URL"
PG_SKIP = f"PostgreSQL tests need {PG_ENV}, e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/test"


@pytest.fixture
def sqlite_url(tmp_path: object) -> str:
    return f"sqlite+aiosqlite:///{tmp_path}/coach.db"


@asynccontextmanager
async def fresh_postgres_database() -> AsyncIterator[str]:
    """A new, empty database on the configured server, dropped afterwards; skips without a server."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(PG_SKIP)
    import asyncpg

    name = f"bc_{secrets.token_hex(6)}"
    admin_dsn = base.replace("postgresql+asyncpg://", "postgresql://")
    try:
        admin = await asyncpg.connect(admin_dsn)
    except (OSError, asyncpg.PostgresError) as error:
        pytest.skip(f"{PG_SKIP} (could not connect: {error})")
    await admin.execute(f'CREATE DATABASE "{name}"')
    await admin.close()
    head, _, _ = base.rpartition("/")
    try:
        yield f"{head}/{name}"
    finally:
        admin = await asyncpg.connect(admin_dsn)
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


@pytest.fixture
async def postgres_url() -> AsyncIterator[str]:
    async with fresh_postgres_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgres"])
async def database_url(request: pytest.FixtureRequest, tmp_path: object) -> AsyncIterator[str]:
    """Each integration test runs on SQLite, and on PostgreSQL when it is configured."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path}/coach.db"
        return
    async with fresh_postgres_database() as url:
        yield url
