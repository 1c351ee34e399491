"""Running Alembic migrations from the application (start-up and `backcoach db upgrade`).

Any number of processes may start together on a fresh database. Exactly one migrates, under a lock
(a PostgreSQL advisory lock; a file lock beside a SQLite file); the others wait for it and then find
the schema at head. A process that cannot get the database in time raises `DatabaseNotReady`.
"""
from __future__ import annotations

import asyncio
import fcntl
import logging
import os
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

ROOT = Path(__file__).resolve().parent.parent
# Any fixed 64-bit number: every Backcoach process on one PostgreSQL database takes the same lock.
ADVISORY_LOCK_KEY = 0x6261636B636F6163  # "backcoac"
POLL_SECONDS = 0.2

log = logging.getLogger(__name__)


class DatabaseNotReady(Exception):
    """The database could not be reached or migrated within the start-up time limit."""


def alembic_config(database_url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", database_url)
    config.attributes["configure_logger"] = False
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have one head, found {heads}")
    return heads[0]


async def upgrade(database_url: str, revision: str = "head", *, timeout: float = 60.0) -> None:
    """Bring the schema to `revision`, once across every process starting now."""
    deadline = time.monotonic() + timeout
    if database_url.startswith("sqlite"):
        path = sqlite_path(database_url)
        if path is None:  # in memory: nobody else can see it
            await _alembic_upgrade(database_url, revision)
            return
        await _with_file_lock(Path(f"{path}.migrate.lock"), deadline, lambda: _alembic_upgrade(database_url, revision))
        return
    await _with_advisory_lock(database_url, deadline, revision)


async def downgrade(database_url: str, revision: str = "base") -> None:
    await asyncio.to_thread(command.downgrade, alembic_config(database_url), revision)


async def _alembic_upgrade(database_url: str, revision: str) -> None:
    # Alembic's env.py runs its own event loop for the async engine, so run it off this loop.
    await asyncio.to_thread(command.upgrade, alembic_config(database_url), revision)


def sqlite_path(database_url: str) -> str | None:
    rest = database_url.split("://", 1)[1]
    path = rest[1:] if rest.startswith("/") else rest
    path = path.split("?", 1)[0]
    return None if path in ("", ":memory:") else path


async def _with_file_lock(lock_path: Path, deadline: float, work: Callable[[], Awaitable[None]]) -> None:
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise DatabaseNotReady(f"another process held the migration lock {lock_path} for too long") from None
                await asyncio.sleep(POLL_SECONDS)
        try:
            await _bounded(work(), deadline)
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


async def _with_advisory_lock(database_url: str, deadline: float, revision: str) -> None:
    import asyncpg

    dsn = database_url.replace("postgresql+asyncpg://", "postgresql://", 1)
    connection = None
    while connection is None:
        try:
            connection = await asyncpg.connect(dsn, timeout=max(0.5, min(5.0, deadline - time.monotonic())))
        except (OSError, asyncio.TimeoutError, asyncpg.PostgresError) as error:
            if time.monotonic() >= deadline:
                raise DatabaseNotReady(f"could not reach the database: {type(error).__name__}") from None
            await asyncio.sleep(1.0)
    try:
        while not await connection.fetchval("SELECT pg_try_advisory_lock($1)", ADVISORY_LOCK_KEY):
            if time.monotonic() >= deadline:
                raise DatabaseNotReady("another process held the migration lock for too long")
            await asyncio.sleep(POLL_SECONDS)
        try:
            await _bounded(_alembic_upgrade(database_url, revision), deadline)
        finally:
            await connection.execute("SELECT pg_advisory_unlock($1)", ADVISORY_LOCK_KEY)
    finally:
        await connection.close()


async def _bounded(work: Awaitable[None], deadline: float) -> None:
    try:
        await asyncio.wait_for(work, timeout=max(1.0, deadline - time.monotonic()))
    except asyncio.TimeoutError:
        raise DatabaseNotReady("the migration did not finish in time") from None
