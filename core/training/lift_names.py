"""The short names lifters use for a kind of lift ("row", "deadlift", "pull-up"), and the slot names.

Kept beside the catalogue rather than in it: a short name may mean several exercises, and which one
a person means depends on what they have done (see /history <lift>).
"""
from __future__ import annotations

import re

from core.training.plan import Slot

_ROWS = (Slot.ROW_1, Slot.ROW_2, Slot.CORE_ROW)
_NAMES: dict[Slot | tuple[Slot, ...], tuple[str, ...]] = {
    _ROWS: ("row", "rowing", "back row", "dumbbell row", "db row"),
    Slot.ROW_1: ("row 1", "row1", "first row"),
    Slot.ROW_2: ("row 2", "row2", "second row"),
    Slot.VERTICAL_PULL: ("pull up", "pullup", "chin up", "chinup", "chin", "vertical pull", "pulldown", "pull down", "lat"),
    Slot.HINGE: ("deadlift", "dl", "rdl", "hinge", "hip hinge", "romanian"),
    Slot.CORE_ROW: ("core row", "plank row"),
    Slot.GRIP: ("grip", "carry", "hang", "hold"),
}
SHORT_NAMES: dict[str, tuple[Slot, ...]] = {
    name: (slots if isinstance(slots, tuple) else (slots,)) for slots, names in _NAMES.items() for name in names
}


def normalise(name: str) -> str:
    """Lower case, hyphens and underscores as spaces, plurals as singulars: "Pull-ups" -> "pull up"."""
    words = re.sub(r"[^a-z0-9 ]+", " ", name.lower().replace("'", "")).split()
    return " ".join(w[:-1] if len(w) > 2 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def slots_named(name: str) -> tuple[Slot, ...]:
    """The slots a short or slot name means ("row" -> both rows and the core row); () when none."""
    wanted = normalise(name)
    if wanted in SHORT_NAMES:
        return SHORT_NAMES[wanted]
    for slot in Slot:
        if wanted == normalise(slot.value):
            return (slot,)
    return ()
