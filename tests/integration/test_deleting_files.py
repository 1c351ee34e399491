"""/deleteme takes a person's charts and exports with the account; such files are private and short-lived."""
from __future__ import annotations

import asyncio
import os
import stat
import time
from pathlib import Path

from sqlalchemy import text

from bot.settings import load_settings
from bot.wiring import Services, build_services
from core.messages import ChatKind, Incoming, Reply
from tests.fakes import FakeClock
from tests.integration.progress_seed import NOW, seed


async def _services(url: str, data_dir: Path, **settings: object) -> Services:
    built = load_settings(database_url=url, default_timezone="Europe/London", data_dir=str(data_dir), **settings)
    return await build_services(built, clock=FakeClock(NOW))


def _dm(said: str, who: str, payload: str | None = None) -> Incoming:
    return Incoming("console", f"dm:{who}", ChatKind.PRIVATE, who, who, NOW, text=said, payload=payload)


def _files(replies: list[Reply]) -> list[Path]:
    return [Path(r.attachment.path) for r in replies if r.attachment]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def _make_files(built: Services, who: str) -> list[Path]:
    made = _files(await built.coach.handle(_dm("/progress", who)))
    made += _files(await built.coach.handle(_dm("/export", who)))
    made += _files(await built.coach.handle(_dm("/export physio", who)))
    return made


async def test_deleteme_removes_the_lifters_chart_and_exports_and_keeps_another_lifters(database_url: str, tmp_path: Path) -> None:
    built = await _services(database_url, tmp_path)
    try:
        await seed(built, "console", "sam")
        await seed(built, "console", "kim")
        sams, kims = await _make_files(built, "sam"), await _make_files(built, "kim")
        assert len(sams) == 4 and all(p.exists() for p in sams + kims)
        await built.coach.handle(_dm("/deleteme", "sam"))
        done = await built.coach.handle(_dm("", "sam", payload="deleteme:yes"))
        assert "gone" in done[-1].text
        assert [p for p in sams if p.exists()] == []
        assert all(p.exists() for p in kims)
    finally:
        await built.dispose()


async def test_charts_and_exports_are_readable_only_by_the_coach(database_url: str, tmp_path: Path) -> None:
    built = await _services(database_url, tmp_path)
    old_umask = os.umask(0o022)
    try:
        await seed(built, "console", "sam")
        made = await _make_files(built, "sam")
        assert {p.suffix for p in made} == {".png", ".csv", ".json", ".txt"}
        assert {_mode(p) for p in made} == {0o600}
        assert {_mode(p.parent) for p in made} == {0o700}
    finally:
        os.umask(old_umask)
        await built.dispose()


async def test_the_running_coach_sweeps_charts_and_exports_older_than_the_retention_period(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    old, fresh, other = (exports / "backcoach-sets-4-20261101-0a0b0c0d.csv", exports / "backcoach-sets-4-20261123-0e0f0a0b.csv",
                         exports / "notes.txt")
    for path in (old, fresh, other):
        path.write_text("x")
    hours_ago = time.time() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    os.utime(other, (hours_ago, hours_ago))
    built = await _services(f"sqlite+aiosqlite:///{tmp_path}/coach.db", tmp_path, output_retention_minutes=60)
    try:
        for _ in range(500):  # the sweep runs in the background as the coach starts; wait for it, not for a time
            if not old.exists():
                break
            await asyncio.sleep(0.01)
        assert not old.exists()
        assert fresh.exists() and other.exists()  # a file the coach did not name is never touched
    finally:
        await built.dispose()


async def test_someone_who_did_not_finish_onboarding_can_delete_what_they_told_the_coach(database_url: str, tmp_path: Path) -> None:
    built = await _services(database_url, tmp_path)
    try:
        await built.coach.handle(_dm("/start", "lee"))
        await built.coach.handle(_dm("2", "lee"))
        asked = await built.coach.handle(_dm("/deleteme", "lee"))
        assert [c.payload for c in asked[-1].choices] == ["deleteme:yes", "deleteme:no"]
        done = await built.coach.handle(_dm("", "lee", payload="deleteme:yes"))
        assert "gone" in done[-1].text
        async with built.uow_factory() as uow:
            assert (await uow.session.execute(text("SELECT count(*) FROM users"))).scalar() == 0
    finally:
        await built.dispose()


async def test_keeping_the_account_halfway_through_onboarding_asks_the_open_question_again(database_url: str, tmp_path: Path) -> None:
    built = await _services(database_url, tmp_path)
    try:
        await built.coach.handle(_dm("/start", "lee"))
        level_answered = await built.coach.handle(_dm("2", "lee"))
        await built.coach.handle(_dm("/deleteme", "lee"))
        kept = await built.coach.handle(_dm("", "lee", payload="deleteme:no"))
        assert kept[0].text == "Nothing was deleted."
        assert kept[-1].text == level_answered[-1].text  # the equipment question, again
        async with built.uow_factory() as uow:
            assert (await uow.session.execute(text("SELECT conv_step FROM users"))).scalar() == "onboarding"
    finally:
        await built.dispose()
