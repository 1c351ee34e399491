"""The container, compose file and systemd unit: conventional, small, and naming what they should.

There is no container runtime here, so these check the files themselves and run the image's entry
commands (`backcoach db upgrade`, `backcoach run` in console fallback) from the installed entry point.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
ENTRY = Path(sys.executable).parent / "backcoach"


def _compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_the_compose_file_runs_postgres_a_one_shot_migration_and_two_healthy_workers() -> None:
    services = _compose()["services"]
    assert set(services) >= {"postgres", "migrate", "worker-1", "worker-2"}
    assert services["migrate"]["command"] == ["db", "upgrade"]
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    for name in ("worker-1", "worker-2"):
        worker = services[name]
        assert worker["command"] == ["run"]
        assert worker["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        assert "/readyz" in " ".join(worker["healthcheck"]["test"])
        assert worker["env_file"] == ".env"
        assert worker["environment"]["DATABASE_URL"].startswith("postgresql+asyncpg://")
        assert worker["environment"]["HEALTH_PORT"] == "8080"
    assert "healthcheck" in services["postgres"]


def test_the_image_is_slim_runs_as_a_non_root_user_and_bakes_in_no_token() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.\d+-slim$", dockerfile, re.M)
    user = re.findall(r"^USER (\S+)$", dockerfile, re.M)
    assert user and user[-1] not in ("root", "0")
    assert 'ENTRYPOINT ["backcoach"]' in dockerfile
    assert "TOKEN" not in dockerfile
    assert ".env" in (ROOT / ".dockerignore").read_text().split()


def test_the_systemd_unit_migrates_then_runs_and_restarts_on_failure() -> None:
    unit = (ROOT / "deploy" / "backcoach.service").read_text()
    assert re.search(r"^ExecStartPre=\S*backcoach db upgrade$", unit, re.M)
    assert re.search(r"^ExecStart=\S*backcoach run$", unit, re.M)
    assert "Restart=on-failure" in unit and "User=backcoach" in unit


def test_the_entry_commands_of_the_image_run_from_the_installed_entry_point(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))}
    env |= {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/coach.db", "DATA_DIR": str(tmp_path / "data")}
    upgrade = subprocess.run([str(ENTRY), "db", "upgrade"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert upgrade.returncode == 0, upgrade.stderr[-500:]
    assert "database is up to date" in upgrade.stdout
    # No platform token: `run` falls back to the console, which ends at end of input.
    run = subprocess.run([str(ENTRY), "run"], cwd=tmp_path, env=env | {"POSTMAN_ENABLED": "false"}, input="/help\n",
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-500:]
    assert "/today" in run.stdout
