"""Engine set-up: SQLite with WAL, foreign keys and immediate transactions; PostgreSQL through asyncpg."""
from __future__ import annotations

import os
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from adapters.db.sqlite_driver import OneHopConnection, one_hop_dbapi


def make_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    if url.startswith("sqlite"):
        create_private_sqlite_file(url)
        module = one_hop_dbapi() if "+aiosqlite" in url else None
        engine = create_async_engine(url, echo=echo, connect_args={"timeout": 30}, module=module)
        _tune_sqlite(engine)
        return engine
    return create_async_engine(url, echo=echo, pool_pre_ping=True)


def create_private_sqlite_file(url: str) -> None:
    """Create the database file owner-only (0600) if it does not exist yet.

    It holds people's health data; SQLite would create it with the umask (often world-readable),
    and its -wal and -shm files take the database file's permissions, so this covers them too.
    A file that already exists keeps the permissions its owner gave it.
    """
    parsed = make_url(url)
    path = parsed.database
    if not path or path == ":memory:" or path.startswith("file:") or "uri" in parsed.query:
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return
    except OSError:
        return  # e.g. a missing folder: SQLite will report it in its own words on connect


def _tune_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _: Any) -> None:
        # Take transaction control from the driver so each unit of work can begin IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers queue up front instead of failing with "database is locked" on upgrade.
        dbapi_connection = connection.connection.dbapi_connection
        if isinstance(dbapi_connection, OneHopConnection):
            dbapi_connection.defer_begin("BEGIN IMMEDIATE")  # sent with the first statement: one hop fewer
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
