"""Facts about the clauses of the message being screened, worked out once: many hits fall in one clause."""
from __future__ import annotations

from dataclasses import dataclass, field

from core.safety.normalise import Normalised


@dataclass
class Memo:
    """Facts about one message's clauses, worked out once: many hits fall in one clause."""

    message: Normalised
    stance: dict[tuple[int, bool, bool], str | None] = field(default_factory=dict)
    well: dict[int, bool] = field(default_factory=dict)
    sentences: dict[int, list[int]] | None = None  # the clauses of each sentence, in order
    well_said: list[tuple[int, bool, bool]] | None = None  # see over._well_in


_LAST: list[Memo] = []  # the memo of the message screened last (one slot: a cache, not a record)


def clause_memo(message: Normalised) -> Memo:
    last = _LAST[0] if _LAST else None
    if last is not None and last.message is message:
        return last
    made = Memo(message)
    _LAST[:] = [made]
    return made
