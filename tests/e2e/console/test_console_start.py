"""Starting and leaving the console: a greeting, no log lines, and Ctrl-C ends it quietly."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from bot import cli
from tests.e2e.console.driver import ROOT


def _console(database_url: str) -> subprocess.Popen[str]:
    env = dict(os.environ, DATABASE_URL=database_url, LOG_LEVEL="INFO")
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "console"], cwd=ROOT, env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def test_the_console_starts_with_its_greeting_and_no_migration_log_lines(sqlite_url: str) -> None:
    for _ in range(2):  # the first start creates the tables, the second finds them
        console = _console(sqlite_url)
        out, err = console.communicate("/quit\n", timeout=60)
        assert out.startswith("Backcoach console: type /start")
        assert "alembic" not in err and "INFO" not in err


def test_ctrl_c_in_the_console_ends_it_quietly(sqlite_url: str) -> None:
    console = _console(sqlite_url)
    assert console.stdout is not None
    assert console.stdout.readline().startswith("Backcoach console")
    console.send_signal(signal.SIGINT)
    out, err = console.communicate(timeout=30)
    assert console.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


def test_ctrl_c_while_the_console_is_still_loading_ends_it_quietly(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(**_: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "load_settings", interrupted)
    assert cli.main(["console"]) == 130
    assert capsys.readouterr().err == ""
