"""Scale-out bench: Telegram webhook updates through haproxy to 1 and then 3 `backcoach run` workers.

Each run gets a fresh PostgreSQL database. PEOPLE people write at once, each the way Telegram
delivers a chat: the next update only after the previous one was answered with 200, which the
workers give only after handling it and sending the reply to the Bot API emulator. Latency is
that POST's round trip (load balancer, worker, database, reply); throughput is messages handled
per second over the whole run. The one-worker run is the baseline, measured in the same run.

Needs: node + `npm ci` (the emulator), haproxy (apt-get install haproxy), PostgreSQL at
COACH_TEST_POSTGRES_URL (default postgresql+asyncpg://postgres@127.0.0.1:5432/test).
"""
from __future__ import annotations

import asyncio
import itertools
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import asyncpg
import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "e2e" / "telegram"))  # the emulator helpers the e2e tests use

from tg_emulator import Emulator, EmulatorProcess, Person, emulator_missing, free_port  # type: ignore[import-not-found]  # noqa: E402
from tg_workers import HAPROXY, Worker, webhook_update  # type: ignore[import-not-found]  # noqa: E402

PEOPLE = 24
MESSAGES = 20  # per person, after /start
SCRIPT = ["/history", "/bests", "/schedule", "/help"]



async def _fresh_database(base: str) -> tuple[str, str]:
    name = f"bench_{secrets.token_hex(4)}"
    admin = await asyncpg.connect(base.replace("postgresql+asyncpg://", "postgresql://"))
    await admin.execute(f'CREATE DATABASE "{name}"')
    await admin.close()
    return base.rpartition("/")[0] + f"/{name}", name


async def _drop(base: str, name: str) -> None:
    admin = await asyncpg.connect(base.replace("postgresql+asyncpg://", "postgresql://"))
    await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await admin.close()


async def run(emulator_url: str, base: str, workers_count: int, workdir: Path) -> tuple[float, float, float]:
    database_url, name = await _fresh_database(base)
    env = {**os.environ, "DATABASE_URL": database_url, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "bot.cli", "db", "upgrade"], check=True, env=env, capture_output=True, cwd=workdir)
    token = f"{secrets.randbelow(10**8)}:BENCH"
    lb_port, ports = free_port(), [free_port() for _ in range(workers_count)]
    servers = "\n".join(f"    server w{i} 127.0.0.1:{p}" for i, p in enumerate(ports))
    config = workdir / f"haproxy{workers_count}.cfg"
    config.write_text(HAPROXY.format(port=lb_port, servers=servers))
    balancer = subprocess.Popen(["haproxy", "-db", "-f", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = [
        Worker(workdir, {
            "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_BASE_URL": emulator_url, "DATABASE_URL": database_url,
            "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{lb_port}/hook", "TELEGRAM_WEBHOOK_LISTEN": "127.0.0.1",
            "TELEGRAM_WEBHOOK_PORT": str(port), "POSTMAN_ENABLED": "false", "DATA_DIR": str(workdir), "LOG_LEVEL": "WARNING",
        }, name=f"w{workers_count}-{i}")
        for i, port in enumerate(ports)
    ]
    try:
        for worker in workers:
            worker.start()
        async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=PEOPLE * 2)) as http:
            bot = Emulator(emulator_url, token, http)
            while len(await bot.calls("setWebhook")) < workers_count:
                await asyncio.sleep(0.1)
            ids = itertools.count(1)
            url = f"http://127.0.0.1:{lb_port}/hook"
            people = [Person(10_000 + i, f"P{i}") for i in range(PEOPLE)]
            for who in people:  # every profile exists before the clock starts
                assert (await http.post(url, json=webhook_update(next(ids), who, "/start", date=int(time.time())))).status_code == 200
            latencies: list[float] = []

            async def person(who: Person) -> None:
                for text in itertools.islice(itertools.cycle(SCRIPT), MESSAGES):
                    started = time.perf_counter()
                    answered = await http.post(url, json=webhook_update(next(ids), who, text, date=int(time.time())))
                    latencies.append(time.perf_counter() - started)
                    assert answered.status_code == 200

            started = time.perf_counter()
            await asyncio.gather(*(person(who) for who in people))
            elapsed = time.perf_counter() - started
        p95 = statistics.quantiles(latencies, n=20)[-1]
        return len(latencies) / elapsed, statistics.median(latencies) * 1000, p95 * 1000
    finally:
        for worker in workers:
            worker.stop()
        balancer.terminate()
        balancer.wait()
        await _drop(base, name)


async def main() -> None:
    why = emulator_missing() or (None if shutil.which("haproxy") else "haproxy is not installed (apt-get install haproxy)")
    if why:
        print(f"scale_out: skipped: {why}")
        return
    base = os.environ.get("COACH_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
    process = EmulatorProcess()
    process.start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            print(f"scale_out: {PEOPLE} people x {MESSAGES} messages, webhook via haproxy, PostgreSQL, {os.cpu_count()} CPUs")
            for count in (1, 3):
                rate, median, p95 = await run(process.url, base, count, Path(folder))
                print(f"  {count} worker{'s' if count > 1 else ' '}: {rate:7.1f} messages/s   median {median:6.1f} ms   p95 {p95:6.1f} ms")
    finally:
        process.stop()


if __name__ == "__main__":
    asyncio.run(main())
