"""Which exercise fills each slot, given the lifter's kit, level, gentle mode and /swap choices."""
from __future__ import annotations

from core.model import Equipment, Level, Profile
from core.training.catalogue import CATALOGUE, MAIN_SLOTS, PULL_UP_LADDER, Exercise, exercise
from core.training.plan import LoadKind, Slot, TrainingHistory

# Orders of preference (coaching.md §1); the first one the equipment allows wins.
_PREFERENCES: dict[Slot, tuple[str, ...]] = {
    Slot.VERTICAL_PULL: (
        "pull_up", "band_pull_up", "foot_assisted_pull_up", "negative_pull_up", "lat_pulldown", "band_pulldown",
        "floor_lat_pull",
    ),
    Slot.ROW_1: ("one_arm_db_row", "barbell_row", "band_row", "inverted_row"),
    Slot.ROW_2: ("chest_supported_db_row", "seal_row", "inverted_row", "band_row"),
    Slot.HINGE: (
        "db_rdl", "trap_bar_deadlift", "block_deadlift", "light_hip_hinge", "floor_back_extension", "glute_bridge",
    ),
    Slot.CORE_ROW: ("renegade_row", "elevated_plank_row"),
    Slot.GRIP: ("farmers_carry", "static_hang"),
    Slot.MACHINE: ("cable_row", "lat_pulldown"),
}
# A new lifter starts with a supported pull-up (§2).
_NEW_VERTICAL_PULL = ("band_pull_up", "foot_assisted_pull_up", "lat_pulldown", "band_pulldown", "floor_lat_pull")
_GENTLE: dict[Slot, tuple[str, ...]] = {
    Slot.VERTICAL_PULL: ("band_pulldown", "lat_pulldown", "foot_assisted_pull_up", "floor_lat_pull"),
    Slot.ROW_1: ("band_row", "one_arm_db_row", "inverted_row"),
    Slot.ROW_2: ("band_row", "chest_supported_db_row", "inverted_row"),
    Slot.HINGE: ("glute_bridge", "light_hip_hinge"),
}
_TOO_HARD_FOR_GENTLE = frozenset({"pull_up", "negative_pull_up"})


def allowed_in_slot(candidate: Exercise, slot: Slot, equipment: frozenset[Equipment], *, gentle: bool) -> bool:
    """The §1 rules: the slot fits, the kit allows it, machines never lead, gentle days stay light."""
    if not candidate.fits(slot) or not candidate.allowed_with(equipment):
        return False
    if slot in MAIN_SLOTS and candidate.machine:
        # A machine may lead only as the vertical pull, and only for someone with no bar at all.
        if slot is not Slot.VERTICAL_PULL or Equipment.PULLUP_BAR in equipment:
            return False
    if gentle:
        if slot is Slot.HINGE:
            return candidate.gentle_ok
        return candidate.load_kind is not LoadKind.BARBELL_TOTAL and candidate.key not in _TOO_HARD_FOR_GENTLE
    return True


def preferences(slot: Slot, level: Level, *, gentle: bool) -> tuple[str, ...]:
    if gentle and slot in _GENTLE:
        return _GENTLE[slot]
    if slot is Slot.VERTICAL_PULL and level is Level.NEW:
        return _NEW_VERTICAL_PULL
    return _PREFERENCES[slot]


def candidates(profile: Profile, slot: Slot, *, gentle: bool) -> list[Exercise]:
    """Every exercise allowed in `slot`, best first: the preference order, then the rest of the catalogue."""
    order = preferences(slot, profile.level, gentle=gentle)
    ranked = [exercise(k) for k in order] + [c for c in CATALOGUE if c.key not in order]
    return [c for c in ranked if allowed_in_slot(c, slot, profile.equipment, gentle=gentle)]


def latest_ladder_key(history: TrainingHistory) -> str | None:
    """The pull-up ladder step done most recently, so a lifter who moved up stays up."""
    for session in reversed(history.sessions):
        for lift in reversed(session.lifts):
            if lift.key in PULL_UP_LADDER and any(not s.warmup for s in lift.sets):
                return lift.key
    return None


def _ladder_rank(key: str) -> int:
    return 1 if key == PULL_UP_LADDER[-1] else 0


def choose(
    profile: Profile, slot: Slot, history: TrainingHistory, *, gentle: bool, taken: frozenset[str] = frozenset()
) -> Exercise | None:
    """The exercise for `slot`: the lifter's /swap pick when allowed, else the preferred one; None if none fits."""
    allowed = [c for c in candidates(profile, slot, gentle=gentle) if c.key not in taken]
    if not allowed:
        return None
    picked = profile.choice_for(slot.value)
    for candidate in allowed:
        if candidate.key == picked:
            return candidate
    # Leave what the lifter picked for another slot to that slot (e.g. a band row chosen as the second row).
    reserved = {key for other, key in profile.lift_choices if other != slot.value}
    best = next((c for c in allowed if c.key not in reserved), allowed[0])
    if slot is Slot.VERTICAL_PULL and not gentle and best.key in PULL_UP_LADDER:
        earned = latest_ladder_key(history)
        if earned is not None and _ladder_rank(earned) > _ladder_rank(best.key):
            return next((c for c in allowed if c.key == earned), best)
    return best


def rotated_choices(profile: Profile, history: TrainingHistory) -> tuple[tuple[str, str], ...]:
    """/swap picks for a new block: the next variation of each row and hinge, of the same kind (weighted or not)."""
    choices = dict(profile.lift_choices)
    taken: set[str] = set()
    for slot in (Slot.ROW_1, Slot.ROW_2, Slot.HINGE):
        current = choose(profile, slot, history, gentle=False, taken=frozenset(taken))
        if current is None:
            continue
        same_kind = [
            c for c in candidates(profile, slot, gentle=False)
            if (c.load_kind is LoadKind.BODYWEIGHT) == (current.load_kind is LoadKind.BODYWEIGHT)
            and c.key not in taken
        ]
        keys = [c.key for c in same_kind]
        following = keys[(keys.index(current.key) + 1) % len(keys)] if current.key in keys else current.key
        choices[slot.value] = following
        taken.add(following)
    return tuple(sorted(choices.items()))
