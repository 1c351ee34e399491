"""Settings: read once, and a bad value is one clear line naming the variable, with exit status 2."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_blank_optional_values_from_the_example_file_mean_not_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_GUILD_ID", "")
    monkeypatch.setenv("DISCORD_SHARD_COUNT", "")
    settings = load_settings()
    assert settings.discord_guild_id is None and settings.discord_shard_count is None


@pytest.mark.parametrize(
    ("variable", "value"),
    [("DEFAULT_TIMEZONE", "Mars/Olympus"), ("DATABASE_URL", "mysql://nope"), ("TELEGRAM_WEBHOOK_PORT", "99999"),
     ("DEFAULT_TIMEZONE", "America"), ("DISCORD_SHARD_IDS", "0,²")],
)
def test_a_bad_setting_names_the_variable(monkeypatch: pytest.MonkeyPatch, variable: str, value: str) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as bad:
        load_settings()
    assert str(bad.value).startswith(variable)


@pytest.mark.parametrize("zone", ["Mars/Olympus", "America", "Europe", "US", "x" * 300])
def test_the_cli_exits_with_status_2_and_no_traceback_on_a_bad_setting(tmp_path: Path, zone: str) -> None:
    env = dict(os.environ, DEFAULT_TIMEZONE=zone)
    done = subprocess.run([sys.executable, "-m", "bot.cli", "db", "upgrade"], cwd=tmp_path, env=env | {"PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"backcoach: bad setting DEFAULT_TIMEZONE: unknown time zone {zone[:60]!r} (use an IANA name like Europe/London)"]


def test_a_default_time_zone_in_any_case_is_read_as_its_iana_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEFAULT_TIMEZONE", "europe/london")
    assert load_settings().default_timezone == "Europe/London"
