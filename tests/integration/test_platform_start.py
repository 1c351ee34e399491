"""Reaching the platforms at start-up: one line per failed try, waits doubling, then a documented exit."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.runner import start_with_retries
from core.errors import PlatformUnreachable

ROOT = Path(__file__).resolve().parents[2]


class FlakyPlatform:
    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.tries = 0

    async def start(self) -> None:
        self.tries += 1
        if self.tries <= self.failures:
            raise PlatformUnreachable("Telegram could not be reached (NetworkError)")


async def test_a_platform_that_comes_back_is_reached_on_a_later_try(caplog: pytest.LogCaptureFixture) -> None:
    platform = FlakyPlatform(failures=2)
    await start_with_retries("telegram", platform, attempts=4, backoff=0.01)
    assert platform.tries == 3
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 2 and "trying again" in warnings[0]


async def test_a_platform_that_stays_away_ends_with_one_clear_error_after_every_try() -> None:
    platform = FlakyPlatform(failures=99)
    with pytest.raises(PlatformUnreachable, match="gave up after 3 tries"):
        await start_with_retries("telegram", platform, attempts=3, backoff=0.01)
    assert platform.tries == 3


def test_backcoach_run_with_telegram_unreachable_prints_short_lines_and_exits_4(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))} | {
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/coach.db",
        "TELEGRAM_BOT_TOKEN": "123:abc",
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot",  # nothing listens on port 9
        "PLATFORM_START_ATTEMPTS": "2",
        "PLATFORM_START_BACKOFF": "0.1",
        "LOG_LEVEL": "WARNING",
    }
    done = subprocess.run([sys.executable, "-m", "bot.cli", "run"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 4
    lines = done.stderr.strip().splitlines()
    assert "Traceback" not in done.stderr
    assert len(lines) <= 3, lines
    assert lines[-1] == "backcoach: Telegram could not be reached (NetworkError); gave up after 2 tries"
