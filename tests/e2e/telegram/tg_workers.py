"""`backcoach run` worker processes against the emulator: started, killed with -9, restarted."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tg_emulator import REPO, Person


class Worker:
    """One bot process, the way an operator starts it (env settings, `backcoach run`)."""

    def __init__(self, workdir: Path, env: dict[str, str], name: str = "worker") -> None:
        self._workdir = workdir
        self._env = env
        self._log = workdir / f"{name}.log"
        self._proc: subprocess.Popen[bytes] | None = None
        self.kills = 0

    def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))}
        env.update(self._env)
        with self._log.open("ab") as log:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "run"], cwd=self._workdir, env={**env, "PYTHONPATH": str(REPO)},
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )

    def kill(self) -> None:
        """kill -9: no clean-up, no last confirmation."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.send_signal(signal.SIGKILL)
            self._proc.wait()
            self.kills += 1
        self._proc = None

    def stop(self) -> None:
        if self._proc is None:
            return
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._proc = None

    def log(self) -> str:
        return self._log.read_text(errors="replace") if self._log.exists() else ""


HAPROXY = """global
    maxconn 512
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
frontend telegram
    bind 127.0.0.1:{port}
    default_backend workers
backend workers
    balance roundrobin
{servers}
"""


def webhook_update(update_id: int, who: Person, text: str, *, date: int = 1795928031) -> dict[str, object]:
    """A private text message as Telegram posts it to a webhook."""
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": date, "chat": who.private_chat, "from": who.user, "text": text,
    }}
