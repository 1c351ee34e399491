"""Files made for one person (charts, exports): named so the file store can find them again.

A name carries its owner's user id, so /deleteme can remove that person's files with the account,
and a random part, so a path cannot be guessed from a user id.
"""
from __future__ import annotations

import re
from datetime import date

_NAME = re.compile(r"^[a-z][a-z-]*-(\d+)-\d{8}-[0-9a-f]{8}\.[a-z]{3,4}$")


def output_name(stem: str, user_id: int, day: date, token: str, ext: str) -> str:
    return f"{stem}-{user_id}-{day:%Y%m%d}-{token}.{ext}"


def owner_of(name: str) -> int | None:
    """The user id a file was made for, or None for a file the coach did not name."""
    match = _NAME.match(name)
    return int(match.group(1)) if match else None
