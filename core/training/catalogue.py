"""Every exercise the coach can prescribe (coaching.md §1), with what it needs and how it progresses."""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.model import Equipment
from core.text.training import CUES
from core.training.plan import LoadKind, Slot

E = Equipment
_DB = frozenset({E.DUMBBELLS})
_BAR = frozenset({E.PULLUP_BAR})
_BANDS = frozenset({E.BANDS})
_CABLE = frozenset({E.CABLE})


@dataclass(frozen=True)
class Exercise:
    key: str
    name: str
    slot: Slot
    needs: tuple[frozenset[Equipment], ...]  # any one of these sets suffices; () = bodyweight
    one_arm: bool
    load_kind: LoadKind
    increment_kg: float  # the smallest sensible step up (§3); 0 when the load is not a weight
    increment_lb: float
    rep_low: int
    rep_high: int  # pull-up family: reps are as many as possible; the ladder moves on at rep_high
    cue: str
    gentler: str | None
    machine: bool = False
    aliases: tuple[str, ...] = ()
    other_slots: tuple[Slot, ...] = ()  # e.g. an inverted row can be the first or the second row
    amrap: bool = False
    gentle_ok: bool = False  # fits a gentle session's hinge slot (bridge or light hinge)

    def fits(self, slot: Slot) -> bool:
        return slot is self.slot or slot in self.other_slots

    def allowed_with(self, equipment: frozenset[Equipment]) -> bool:
        return not self.needs or any(need <= equipment for need in self.needs)


def _ex(
    key: str,
    name: str,
    slot: Slot,
    needs: tuple[frozenset[Equipment], ...],
    kind: LoadKind,
    step: tuple[float, float] = (0.0, 0.0),
    reps: tuple[int, int] = (8, 12),
    *,
    gentler: str | None = None,
    one_arm: bool = False,
    machine: bool = False,
    aliases: tuple[str, ...] = (),
    other_slots: tuple[Slot, ...] = (),
    amrap: bool = False,
    gentle_ok: bool = False,
) -> Exercise:
    return Exercise(
        key, name, slot, needs, one_arm, kind, step[0], step[1], reps[0], reps[1], CUES[key], gentler,
        machine, aliases, other_slots, amrap, gentle_ok,
    )


_DUMBBELL_STEP = (2.0, 5.0)  # per dumbbell
_ROW_BAR_STEP = (2.5, 5.0)
_DEADLIFT_STEP = (5.0, 10.0)
_STACK_STEP = (2.5, 5.0)
_ADDED_STEP = (2.5, 5.0)  # weighted pull-ups
_PULL_UP_REPS = (3, 12)
_HOLD_SECONDS = (20, 45)
VP, R1, R2, HINGE = Slot.VERTICAL_PULL, Slot.ROW_1, Slot.ROW_2, Slot.HINGE

CATALOGUE: tuple[Exercise, ...] = (
    _ex("pull_up", "Pull-up", VP, (_BAR,), LoadKind.BODYWEIGHT, _ADDED_STEP, _PULL_UP_REPS, gentler="floor_lat_pull",
        amrap=True, aliases=("pullup", "pull up", "pull-ups", "weighted pull-up", "chin-up", "chinup")),
    _ex("band_pull_up", "Band-assisted pull-up", VP, (_BAR | _BANDS,), LoadKind.ASSISTED, reps=_PULL_UP_REPS,
        gentler="band_pulldown", amrap=True, aliases=("assisted pull-up", "band pull-up", "banded pull-up")),
    _ex("foot_assisted_pull_up", "Feet-supported pull-up", VP, (_BAR,), LoadKind.ASSISTED, reps=_PULL_UP_REPS,
        gentler="floor_lat_pull", amrap=True, aliases=("supported pull-up", "chair pull-up", "foot assisted pull-up")),
    _ex("negative_pull_up", "Negative pull-up", VP, (_BAR,), LoadKind.BODYWEIGHT, reps=_PULL_UP_REPS,
        gentler="foot_assisted_pull_up", amrap=True, aliases=("negatives", "eccentric pull-up", "negative pullup")),
    _ex("lat_pulldown", "Lat pulldown", VP, (_CABLE,), LoadKind.MACHINE_STACK, _STACK_STEP, gentler="band_pulldown",
        machine=True, other_slots=(Slot.MACHINE,), aliases=("pulldown", "lat pull-down", "pull down")),
    _ex("band_pulldown", "Band pulldown", VP, (_BANDS,), LoadKind.BAND, gentler="floor_lat_pull",
        aliases=("band lat pulldown", "banded pulldown")),
    _ex("floor_lat_pull", "Floor lat pull (lying face down)", VP, (), LoadKind.BODYWEIGHT,
        aliases=("prone lat pull", "floor pulldown", "prone pulldown")),
    _ex("one_arm_db_row", "Single-arm dumbbell row", R1, (_DB,), LoadKind.PER_DUMBBELL, _DUMBBELL_STEP,
        gentler="chest_supported_db_row", one_arm=True,
        aliases=("dumbbell row", "db row", "one arm row", "one-arm row", "single arm row", "1 arm row")),
    _ex("barbell_row", "Bent-over barbell row", R1, (frozenset({E.BARBELL}),), LoadKind.BARBELL_TOTAL, _ROW_BAR_STEP,
        gentler="seal_row", aliases=("barbell row", "bent over row", "bb row")),
    _ex("band_row", "Band row", R1, (_BANDS,), LoadKind.BAND, gentler="inverted_row", other_slots=(R2,),
        aliases=("banded row", "seated band row")),
    _ex("inverted_row", "Inverted row (under a sturdy table or a low bar)", R1, (), LoadKind.BODYWEIGHT,
        gentler="band_row", other_slots=(R2,), aliases=("table row", "australian pull-up", "body row")),
    _ex("chest_supported_db_row", "Chest-supported dumbbell row", R2, (_DB | {E.BENCH},), LoadKind.PER_DUMBBELL,
        _DUMBBELL_STEP, gentler="band_row", aliases=("incline dumbbell row", "incline row", "chest supported row")),
    _ex("seal_row", "Seal row", R2, (frozenset({E.BARBELL, E.BENCH}),), LoadKind.BARBELL_TOTAL, _ROW_BAR_STEP,
        gentler="chest_supported_db_row", aliases=("seal rows",)),
    _ex("cable_row", "Seated cable row", Slot.MACHINE, (_CABLE,), LoadKind.MACHINE_STACK, _STACK_STEP,
        gentler="band_row", machine=True, other_slots=(R2,), aliases=("cable row", "seated row", "machine row")),
    _ex("db_rdl", "Dumbbell Romanian deadlift", HINGE, (_DB,), LoadKind.PER_DUMBBELL, _DUMBBELL_STEP,
        gentler="light_hip_hinge", aliases=("rdl", "romanian deadlift", "db rdl", "dumbbell rdl")),
    _ex("trap_bar_deadlift", "Trap-bar deadlift", HINGE, (frozenset({E.TRAP_BAR}),), LoadKind.BARBELL_TOTAL,
        _DEADLIFT_STEP, gentler="light_hip_hinge", aliases=("trap bar deadlift", "hex bar deadlift", "trap bar")),
    _ex("block_deadlift", "Barbell deadlift from blocks", HINGE, (frozenset({E.BARBELL}),), LoadKind.BARBELL_TOTAL,
        _DEADLIFT_STEP, gentler="light_hip_hinge",
        aliases=("deadlift", "barbell deadlift", "rack pull", "block pull", "deadlift from blocks")),
    _ex("light_hip_hinge", "Light hip hinge", HINGE, (), LoadKind.BODYWEIGHT, gentler="glute_bridge", gentle_ok=True,
        aliases=("hip hinge", "good morning", "bodyweight hinge")),
    _ex("floor_back_extension", "Floor back extension", HINGE, (), LoadKind.BODYWEIGHT, gentler="glute_bridge",
        aliases=("back extension", "superman", "prone back extension")),
    _ex("glute_bridge", "Glute bridge", HINGE, (), LoadKind.BODYWEIGHT, gentle_ok=True,
        aliases=("bridge", "hip bridge", "bridges")),
    _ex("renegade_row", "Renegade row", Slot.CORE_ROW, (_DB,), LoadKind.PER_DUMBBELL, _DUMBBELL_STEP,
        gentler="elevated_plank_row", one_arm=True, aliases=("renegade rows", "plank row")),
    _ex("elevated_plank_row", "Elevated plank row", Slot.CORE_ROW, (_DB | {E.BENCH},), LoadKind.PER_DUMBBELL,
        _DUMBBELL_STEP, one_arm=True, aliases=("incline plank row", "bench plank row")),
    _ex("farmers_carry", "Farmer's carry", Slot.GRIP, (_DB,), LoadKind.TIME, _DUMBBELL_STEP, (30, 45),
        aliases=("farmer carry", "farmers walk", "farmer's walk", "carry")),
    _ex("static_hang", "Static hang", Slot.GRIP, (_BAR,), LoadKind.TIME, reps=_HOLD_SECONDS,
        aliases=("dead hang", "hang", "bar hang")),
)

MAIN_SLOTS: tuple[Slot, ...] = (VP, R1, R2, HINGE)
FINISHER_SLOTS: tuple[Slot, ...] = (Slot.CORE_ROW, Slot.GRIP, Slot.MACHINE)
PULL_UP_LADDER: tuple[str, ...] = ("band_pull_up", "foot_assisted_pull_up", "negative_pull_up", "pull_up")


def exercise(key: str) -> Exercise:
    """The catalogue entry for `key`; a KeyError means a programming mistake, not a user typo."""
    for candidate in CATALOGUE:
        if candidate.key == key:
            return candidate
    raise KeyError(key)


def _simplify(text: str) -> str:
    text = re.sub(r"[^a-z0-9 ]+", " ", text.lower().replace("'", ""))
    words = [w[:-1] if len(w) > 2 and w.endswith("s") and not w.endswith("ss") else w for w in text.split()]
    return " ".join(words)


def find_exercise(name: str) -> Exercise | None:
    """Forgiving lookup for what a lifter types: key, name or alias; case, plurals and hyphens don't matter."""
    wanted = _simplify(name)
    if not wanted:
        return None
    by_words: dict[str, Exercise] = {}
    for candidate in CATALOGUE:
        for label in (candidate.key.replace("_", " "), candidate.name, *candidate.aliases):
            by_words.setdefault(_simplify(label), candidate)
    if wanted in by_words:
        return by_words[wanted]
    # A lifter often types part of a name ("chest supported"): accept it only when it is unambiguous.
    partial = {c.key: c for label, c in by_words.items() if wanted in label}
    return next(iter(partial.values())) if len(partial) == 1 else None
