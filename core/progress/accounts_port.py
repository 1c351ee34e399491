"""The storage the account features need: link codes, failed attempts, merging, splitting, deleting."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class LinkCode:
    code_hash: str  # only a hash is stored: a copy of the database gives no live codes
    user_id: int
    platform: str  # where the code was asked for
    expires_at: datetime


class Accounts(Protocol):
    async def put_code(self, code: LinkCode, at: datetime) -> None:
        """Store a fresh code; any earlier code of the same user is dropped."""
        ...

    async def take_code(self, code_hash: str) -> LinkCode | None:
        """The code with this hash, removed so it can never be used twice (expired or not)."""
        ...

    async def add_failure(self, platform: str, platform_user_id: str, at: datetime) -> None: ...

    async def failures_since(self, platform: str, platform_user_id: str, since: datetime) -> int: ...

    async def clear_failures(self, platform: str, platform_user_id: str) -> None: ...

    async def merge(self, from_user: int, into_user: int) -> None:
        """Move every row of `from_user` (sessions, sets, pain, safety, schedules, identities…) to `into_user`, then drop it."""
        ...

    async def split(self, platform: str, platform_user_id: str) -> int:
        """Give this identity its own copy of its profile (no history); returns the new user id."""
        ...

    async def delete_user(self, user_id: int, identities: list[tuple[str, str]]) -> None:
        """Remove every row about the user, including rows keyed only by their platform ids."""
        ...
