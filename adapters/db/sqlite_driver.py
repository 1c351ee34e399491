"""aiosqlite with one thread hop per statement instead of four.

SQLAlchemy's aiosqlite adapter awaits `cursor()`, `execute()`, `fetchall()` and `close()` one after
another, and each await is a round trip to aiosqlite's worker thread (about 55 µs here). A set reply
runs about ten statements, so the hops alone cost more than everything else the coach does. This
adapter runs the whole statement, rows included, as one function on that same worker thread: still
aiosqlite, still SQLAlchemy's async engine, a quarter of the hops.

It leans on aiosqlite's `Connection._execute` (queue a function on the connection's thread), stable
across the 0.17–0.22 releases; aiosqlite is pinned in pyproject.toml and the integration tests run
every repository through this adapter.
"""
from __future__ import annotations

import sqlite3
from collections import deque
from typing import Any

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util.concurrency import await_only

_Outcome = tuple[Any, list[Any] | None, int, int | None, bool]


def _run(connection: sqlite3.Connection, begin: str | None, operation: str, parameters: Any, many: bool) -> _Outcome:
    """On aiosqlite's thread: begin if asked, execute, fetch every row, close; return what the cursor knew."""
    cursor = connection.cursor()
    try:
        if begin is not None:
            cursor.execute(begin)
        if many:
            cursor.executemany(operation, parameters)
        elif parameters is None:
            cursor.execute(operation)
        else:
            cursor.execute(operation, parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else None
        return description, rows, cursor.rowcount, cursor.lastrowid, connection.in_transaction
    finally:
        cursor.close()


class OneHopCursor(AsyncAdapt_aiosqlite_cursor):
    __slots__ = ()

    def _hop(self, operation: Any, parameters: Any, many: bool) -> None:
        connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]
        adapted: OneHopConnection = self._adapt_connection  # type: ignore[assignment]
        begin, adapted.pending_begin = adapted.pending_begin, None
        try:
            description, rows, rowcount, lastrowid, adapted.in_transaction = self.await_(
                connection._execute(_run, connection._conn, begin, operation, parameters, many)
            )
        except Exception as error:
            # The BEGIN may have gone through before the statement failed: assume a transaction is
            # open, so the rollback that follows really runs and the write lock is not kept forever.
            adapted.in_transaction = True
            self._adapt_connection._handle_exception(error)
        self.description = description
        if rows is not None:
            self._rows = deque(rows)
            self.lastrowid = self.rowcount = -1
        else:
            self.lastrowid = lastrowid
            self.rowcount = rowcount

    def execute(self, operation: Any, parameters: Any = None) -> Any:
        self._hop(operation, parameters, False)

    def executemany(self, operation: Any, seq_of_parameters: Any) -> Any:
        self._hop(operation, seq_of_parameters, True)


class OneHopConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ("pending_begin", "in_transaction")

    def __init__(self, dbapi: Any, connection: Any) -> None:
        super().__init__(dbapi, connection)
        # A BEGIN asked for by the engine rides along with the transaction's first statement.
        self.pending_begin: str | None = None
        # As sqlite3 reported after the last statement: lets an idle rollback skip its hop.
        self.in_transaction = True

    def defer_begin(self, statement: str) -> None:
        self.pending_begin = statement

    def rollback(self) -> None:
        # The pool rolls back every returned connection; after a commit there is nothing to undo.
        self.pending_begin = None
        if self.in_transaction:
            super().rollback()
            self.in_transaction = False

    def commit(self) -> None:
        self.pending_begin = None
        if self.in_transaction:
            super().commit()
            self.in_transaction = False

    def cursor(self, server_side: bool = False) -> AsyncAdapt_aiosqlite_cursor:
        if server_side:
            return super().cursor(server_side=True)
        return OneHopCursor(self)


class OneHopDBAPI(AsyncAdapt_aiosqlite_dbapi):
    """The DBAPI module handed to `create_async_engine(..., module=...)` for sqlite+aiosqlite URLs."""

    def connect(self, *arg: Any, **kw: Any) -> AsyncAdapt_aiosqlite_connection:
        kw.pop("async_fallback", None)
        creator = kw.pop("async_creator_fn", None)
        connection = creator(*arg, **kw) if creator else self.aiosqlite.connect(*arg, **kw)
        if not creator:
            connection.daemon = True  # SQLAlchemy's own adapter does the same: never block exit
        return OneHopConnection(self, await_only(connection))


def one_hop_dbapi() -> OneHopDBAPI:
    return OneHopDBAPI(aiosqlite, sqlite3)
