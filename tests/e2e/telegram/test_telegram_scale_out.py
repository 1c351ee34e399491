"""Three `backcoach run` workers behind haproxy on one PostgreSQL database, Telegram in webhook mode.

Updates are posted to the load balancer the way Telegram posts them: one person's next update
only after the previous one was answered with 200, different people at once. haproxy sends
them round-robin, so one person's consecutive messages reach different workers. Everyone must
get exactly the answers of a one-process reference run, in order, and each set must be stored once.
Each person reads their chat after every answer, as the reference run did: the session card is one
message edited in place, and a reader that waited until the end would see only its last state.
"""
from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys

import httpx
import pytest

from tests.conftest import fresh_postgres_database
from test_telegram_kill9 import EVE, _once, _reference, _sets
from tg_emulator import Emulator, Person, free_port
from tg_workers import HAPROXY, Worker, webhook_update

WORKERS = 3
PEOPLE = [Person(EVE.id + i, EVE.name) for i in range(4)]



async def test_three_workers_behind_haproxy_serve_each_person_in_order_and_once(emulator: Emulator, start_bot, tmp_path) -> None:
    if shutil.which("haproxy") is None:
        pytest.skip("haproxy is not installed (apt-get install haproxy)")
    talk = await _reference(emulator, start_bot, tmp_path)
    async with fresh_postgres_database() as database_url:
        subprocess.run([sys.executable, "-m", "bot.cli", "db", "upgrade"], check=True, env={
            **__import__("os").environ, "DATABASE_URL": database_url}, capture_output=True)
        token = "4242:SCALE"
        lb_port, ports = free_port(), [free_port() for _ in range(WORKERS)]
        servers = "\n".join(f"    server w{i} 127.0.0.1:{p}" for i, p in enumerate(ports))
        (tmp_path / "haproxy.cfg").write_text(HAPROXY.format(port=lb_port, servers=servers))
        balancer = subprocess.Popen(["haproxy", "-db", "-f", str(tmp_path / "haproxy.cfg")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        workers = [
            Worker(tmp_path, {
                "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_BASE_URL": emulator.url, "DATABASE_URL": database_url,
                "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{lb_port}/hook", "TELEGRAM_WEBHOOK_LISTEN": "127.0.0.1",
                "TELEGRAM_WEBHOOK_PORT": str(port), "POSTMAN_ENABLED": "false", "DATA_DIR": str(tmp_path),
            }, name=f"w{i}")
            for i, port in enumerate(ports)
        ]
        try:
            for worker in workers:
                worker.start()
            async with httpx.AsyncClient(timeout=30) as http:
                bot = Emulator(emulator.url, token, http)
                for _ in range(1200):  # until every worker listens and has set the webhook (slow on a busy machine)
                    if len(await bot.calls("setWebhook")) == WORKERS:
                        break
                    await asyncio.sleep(0.1)
                else:
                    raise AssertionError("not every worker came up:\n" + "\n".join(w.log()[-2000:] for w in workers))
                ids = iter(range(1, 10**6))
                lock = asyncio.Lock()

                async def person(who: Person) -> list[str]:
                    chat, seen = bot.private(who), []
                    for said, replies in talk:
                        async with lock:
                            update_id = next(ids)
                        answered = await http.post(f"http://127.0.0.1:{lb_port}/hook", json=webhook_update(update_id, who, said))
                        assert answered.status_code == 200
                        want = len(_once(seen + replies))
                        for _ in range(300):  # 200 means answered; the reads wait out a busy emulator
                            seen.extend(m.text for m in await chat.rest(quiet=0.2))
                            if len(_once(seen)) >= want:
                                break
                    return seen + [m.text for m in await chat.rest(quiet=1.0)]

                transcripts = await asyncio.gather(*(person(who) for who in PEOPLE))
        finally:
            for worker in workers:
                worker.stop()
            balancer.terminate()
            balancer.wait()
        expected = [t for _said, replies in talk for t in replies]
        for transcript in transcripts:
            assert _once(transcript) == _once(expected)
        logs = [w.log() for w in workers]
        assert all("is on a webhook" in log for log in logs)
        reference = await _sets(f"sqlite+aiosqlite:///{tmp_path}/ref.db")
        for who in PEOPLE:
            assert await _sets(database_url, who) == reference
