"""/swap: the other exercises that can fill a slot for this lifter."""
from __future__ import annotations

from core.model import Profile
from core.training.catalogue import Exercise
from core.training.plan import Slot
from core.training.selection import candidates


def swap_options(profile: Profile, slot: Slot, current_key: str, *, gentle: bool = False) -> list[Exercise]:
    """Same slot, allowed by the equipment, best first; machines lead only where §1 allows it."""
    return [c for c in candidates(profile, slot, gentle=gentle or profile.gentle_mode) if c.key != current_key]
