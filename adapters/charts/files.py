"""Charts and exports written into the data directory: owner-only, removed with the account, swept when old."""
from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from core.progress.files import owner_of
from core.progress.ports import Chart, Charts

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def private_directory(directory: Path) -> None:
    """Made (or tightened) so only the coach's own account can list or open what is inside."""
    directory.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    os.chmod(directory, PRIVATE_DIR)


def write_private(path: Path, data: bytes) -> None:
    private_directory(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)  # the mode above is only used when the file is new
        os.write(fd, data)
    finally:
        os.close(fd)


class DirectoryFiles:
    """Exports go to `directory`; `forget` and `sweep` also cover the chart folders in `also`."""

    def __init__(self, directory: Path, *, also: Iterable[Path] = ()) -> None:
        self._directory = directory
        self._folders = (directory, *also)

    async def write(self, name: str, data: bytes) -> str:
        path = self._directory / Path(name).name  # a bare file name: nothing can escape the directory
        await asyncio.to_thread(write_private, path, data)
        return str(path)

    async def forget(self, user_id: int) -> int:
        return await asyncio.to_thread(self._remove, lambda path: owner_of(path.name) == user_id)

    async def sweep(self, older_than_seconds: float) -> int:
        """Remove files older than the retention period: they were sent long ago and are not needed again."""
        cutoff = time.time() - older_than_seconds
        return await asyncio.to_thread(self._remove, lambda path: path.stat().st_mtime < cutoff)

    def _remove(self, chosen: Callable[[Path], bool]) -> int:
        removed = 0
        for folder in self._folders:
            if not folder.is_dir():
                continue
            for path in folder.iterdir():
                try:
                    if path.is_file() and owner_of(path.name) is not None and chosen(path):
                        path.unlink()
                        removed += 1
                except FileNotFoundError:
                    continue  # removed meanwhile by another worker sharing the directory
        return removed


class PrivateCharts:
    """A chart renderer whose pictures land in an owner-only folder and are owner-only themselves."""

    def __init__(self, charts: Charts, directory: Path) -> None:
        self._charts = charts
        self._directory = directory

    async def render(self, chart: Chart, name: str) -> str:
        await asyncio.to_thread(private_directory, self._directory)
        path = await self._charts.render(chart, name)
        await asyncio.to_thread(os.chmod, path, PRIVATE_FILE)
        return path
