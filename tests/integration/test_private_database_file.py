"""The SQLite file holds people's back pain and workouts: only its owner may read it."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from sqlalchemy import text

from adapters.db.engine import make_engine
from bot.migrate import upgrade


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_a_new_database_file_and_its_wal_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    db = tmp_path / "backcoach.db"
    url = f"sqlite+aiosqlite:///{db}"
    old = os.umask(0o022)  # the usual umask: files would be created world-readable (0644)
    try:
        await upgrade(url)
        engine = make_engine(url)
        try:
            async with engine.connect() as connection:
                await connection.execute(text("INSERT INTO reply_outbox (platform, message_id, replies, total, sent) VALUES ('x', '1', '[]', 0, 0)"))
                await connection.commit()
                modes = {p.name: _mode(p) for p in tmp_path.iterdir() if p.name.startswith("backcoach.db") and not p.name.endswith(".lock")}
        finally:
            await engine.dispose()
    finally:
        os.umask(old)
    assert modes == {"backcoach.db": 0o600, "backcoach.db-wal": 0o600, "backcoach.db-shm": 0o600}


async def test_an_existing_database_file_keeps_the_permissions_its_owner_chose(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    db.touch(mode=0o640)
    db.chmod(0o640)
    await upgrade(f"sqlite+aiosqlite:///{db}")
    assert _mode(db) == 0o640
