"""Numbers as people type them: any script's digits count; look-alikes such as `²` or `①` do not.

`str.isdigit()` is true for `²`, which `int()` refuses, so every parse of a typed number goes
through here instead of `isdigit()` + `int()`.
"""
from __future__ import annotations

import re
import unicodedata

_WHOLE = re.compile(r"[0-9]{1,9}")  # nine digits: no count or minute people type is longer


def ascii_digits(text: str) -> str:
    """`٣`, `３` and `৩` become `3`; every other character is kept as it is."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


def whole_number(text: str) -> int | None:
    """A non-negative whole number typed on its own, or None (never an exception)."""
    cleaned = ascii_digits(text.strip())
    return int(cleaned) if _WHOLE.fullmatch(cleaned) else None
