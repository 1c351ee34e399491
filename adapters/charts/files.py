"""Export files written into a data directory passed in at start-up."""
from __future__ import annotations

import asyncio
from pathlib import Path


class DirectoryFiles:
    def __init__(self, directory: Path) -> None:
        self._directory = directory

    async def write(self, name: str, data: bytes) -> str:
        path = self._directory / Path(name).name  # a bare file name: nothing can escape the directory
        await asyncio.to_thread(self._write, path, data)
        return str(path)

    def _write(self, path: Path, data: bytes) -> None:
        self._directory.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
