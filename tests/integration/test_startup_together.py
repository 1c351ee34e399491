"""Many processes started together on a fresh database: one migrates, the others wait and go on."""
from __future__ import annotations

import fcntl
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _env(database_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))}
    return env | {"DATABASE_URL": database_url, "PYTHONPATH": str(ROOT), "LOG_LEVEL": "WARNING"} | extra


def _start(args: list[str], env: dict[str, str], cwd: Path, stdin: str | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "bot.cli", *args], cwd=cwd, env=env, text=True,
                            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _finish(processes: list[subprocess.Popen[str]], stdin: str | None = None) -> list[tuple[int, str, str]]:
    results = []
    for process in processes:
        out, err = process.communicate(stdin, timeout=120)
        results.append((process.returncode, out, err))
    return results


def _head() -> str:
    from bot.migrate import head_revision

    return head_revision()


def test_eight_upgrades_started_together_on_a_fresh_sqlite_file_all_succeed(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/fresh.db"
    results = _finish([_start(["db", "upgrade"], _env(url), tmp_path) for _ in range(8)])
    assert [code for code, _, _ in results] == [0] * 8, [err[-300:] for _, _, err in results]
    assert all("database is up to date" in out for _, out, _ in results)
    with sqlite3.connect(tmp_path / "fresh.db") as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [(_head(),)]


def test_six_consoles_started_together_on_a_fresh_sqlite_file_all_answer(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/fresh.db"
    processes = [_start(["console", "--json", "--user", f"p{i}"], _env(url, POSTMAN_ENABLED="false"), tmp_path, "") for i in range(6)]
    results = _finish(processes, stdin="/help\n")
    assert [code for code, _, _ in results] == [0] * 6, [err[-300:] for _, _, err in results]
    assert all("/today" in out for _, out, _ in results)


async def test_four_upgrades_started_together_on_a_fresh_postgres_database_all_succeed(postgres_url: str, tmp_path: Path) -> None:
    results = _finish([_start(["db", "upgrade"], _env(postgres_url), tmp_path) for _ in range(4)])
    assert [code for code, _, _ in results] == [0] * 4, [err[-300:] for _, _, err in results]
    import asyncpg

    connection = await asyncpg.connect(postgres_url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        assert await connection.fetchval("SELECT version_num FROM alembic_version") == _head()
    finally:
        await connection.close()


def test_a_process_that_cannot_get_the_database_in_time_says_so_in_one_line_and_exits(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/held.db"
    lock = os.open(tmp_path / "held.db.migrate.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(lock, fcntl.LOCK_EX)  # another process is "migrating" and never finishes
    try:
        started = time.monotonic()
        code, out, err = _finish([_start(["db", "upgrade"], _env(url, DATABASE_STARTUP_TIMEOUT="1"), tmp_path)])[0]
        assert time.monotonic() - started < 60  # it never hangs
    finally:
        os.close(lock)
    assert code == 3
    assert err.strip().splitlines() == [err.strip()]
    assert err.startswith("backcoach: database not ready:") and "migration lock" in err


async def test_an_unreachable_postgres_server_gives_one_line_and_a_non_zero_exit(tmp_path: Path) -> None:
    url = "postgresql+asyncpg://postgres@127.0.0.1:9/nowhere"  # port 9: nothing listens
    code, _, err = _finish([_start(["db", "upgrade"], _env(url, DATABASE_STARTUP_TIMEOUT="2"), tmp_path)])[0]
    assert code == 3
    assert len(err.strip().splitlines()) == 1 and "could not reach the database" in err
