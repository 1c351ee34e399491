"""The `backcoach` command: run, console, db upgrade."""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import traceback
from typing import Any

from bot.settings import SettingsError, load_settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="backcoach", description="A chat coach for weekly back training.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="start every configured platform (the console when none is)")
    console = sub.add_parser("console", help="chat with the coach in this terminal")
    console.add_argument("--user", default="you", help="who is speaking (switch later with /as NAME)")
    console.add_argument("--group", default=None, help="start inside a simulated group chat")
    console.add_argument("--json", action="store_true", help="read lines from stdin, write one JSON object per bot message")
    db = sub.add_parser("db", help="database tasks")
    db.add_argument("action", choices=["upgrade"])
    return parser


class WordlessFormatter(logging.Formatter):
    """Logs say what failed and where, never the words of an exception: they often quote what a person typed.

    A time-zone name, a set reply or a display name ends up in an exception message (ZoneInfo, int(),
    the database driver); the traceback's frames and the exception's type are enough to find the bug.
    """

    # Our own start-up errors are written by us about hosts and settings, never with a person's words.
    OWN_WORDS = frozenset({"PlatformUnreachable", "DatabaseNotReady"})

    def format(self, record: logging.LogRecord) -> str:
        if isinstance(record.args, tuple) and any(self._wordless(a) for a in record.args):
            record.args = tuple(type(a).__name__ if self._wordless(a) else a for a in record.args)
        return super().format(record)

    def _wordless(self, value: object) -> bool:
        return isinstance(value, BaseException) and type(value).__name__ not in self.OWN_WORDS

    def formatException(self, ei: Any) -> str:  # noqa: N802 (logging's name)
        _, error, _ = ei
        if error is None:
            return super().formatException(ei)
        chain: list[BaseException] = []
        while error is not None and error not in chain:
            chain.append(error)
            error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
        parts = []
        for link in reversed(chain):
            frames = "".join(traceback.format_list(traceback.extract_tb(link.__traceback__)))
            parts.append(f"Traceback (most recent call last):\n{frames}{type(link).__module__}.{type(link).__qualname__}")
        return "\n\nThen, while handling it:\n".join(parts)


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(WordlessFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])
    # Library loggers would print request URLs (which carry the bot token) at INFO.
    for noisy in ("httpx", "httpcore", "telegram", "discord", "apscheduler", "aiosqlite", "sqlalchemy"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return 130  # Ctrl-C, even while the modules are still loading: end quietly, no traceback


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"backcoach: bad setting {error}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    if args.command == "console":
        logging.getLogger("alembic").setLevel(logging.WARNING)  # a chat, not a log: no migration lines on every start
    from bot import runner
    from bot.migrate import DatabaseNotReady
    from bot.runner import PlatformUnreachable

    try:
        if args.command == "db":
            from bot.migrate import upgrade

            asyncio.run(upgrade(settings.database_url, timeout=settings.database_startup_timeout))
            print("database is up to date")
        elif args.command == "console":
            asyncio.run(runner.run_console(settings, user=args.user, group=args.group, json_mode=args.json))
        else:
            asyncio.run(runner.run(settings))
    except DatabaseNotReady as error:
        print(f"backcoach: database not ready: {error}", file=sys.stderr, flush=True)
        os._exit(3)  # a migration thread may still be waiting on the database: do not wait for it
    except PlatformUnreachable as error:
        print(f"backcoach: {error}", file=sys.stderr, flush=True)
        return 4
    return 0


if __name__ == "__main__":
    sys.exit(main())
