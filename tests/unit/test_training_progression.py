"""Double progression (coaching.md §3), from scripted histories to the exact next load and rep target."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest

from core.model import Level, Profile, Units, from_kg, to_kg
from core.training.catalogue import exercise
from core.training.kinds import Reason
from core.training.plan import PastLift, PastSession, PastSet, TrainingHistory
from core.training.progression import prescribe, suggest_first_load

TODAY = date(2025, 3, 10)


def lb(value: float) -> float:
    return to_kg(value, Units.LB)


def lift(key: str, reps: list[int], load: float | None, *, right: list[int] | None = None, pain: int | None = None) -> PastLift:
    sides = right or [None] * len(reps)  # type: ignore[list-item]
    return PastLift(key, tuple(PastSet(r, load, reps_right=s) for r, s in zip(reps, sides)), pain_max=pain)


def history(*lifts: PastLift, last_day: date = TODAY - timedelta(days=7), reduce_next: bool = False) -> TrainingHistory:
    """One session per lift given, a week apart, the last one on `last_day`."""
    sessions = [
        PastSession(last_day - timedelta(days=7 * (len(lifts) - 1 - i)), (one,), reduce_next=reduce_next and i == len(lifts) - 1)
        for i, one in enumerate(lifts)
    ]
    return TrainingHistory(tuple(sessions))


@dataclass(frozen=True)
class Case:
    name: str
    key: str
    past: tuple[PastLift, ...]
    expected_load: float | None
    expected_target: int | None
    expected_reason: Reason
    units: Units = Units.KG
    level: Level = Level.RETURNING
    paused: bool = False
    reduce_next: bool = False
    days_since: int = 7
    gentle: bool = False
    expected_delta: int = 0
    extra: dict[str, str] = field(default_factory=dict)


CASES = [
    Case("dumbbell row at the top of the range goes up 2 kg", "one_arm_db_row",
         (lift("one_arm_db_row", [12, 12, 12], 16, right=[12, 12, 12]),), 18, 8, Reason.ADD_STEP),
    Case("dumbbell row in pounds goes up 5 lb", "one_arm_db_row",
         (lift("one_arm_db_row", [12, 12, 12], lb(35), right=[12, 12, 12]),), lb(40), 8, Reason.ADD_STEP, Units.LB),
    Case("barbell row goes up 2.5 kg", "barbell_row", (lift("barbell_row", [12, 12, 12], 60),), 62.5, 8, Reason.ADD_STEP),
    Case("barbell row in pounds goes up 5 lb", "barbell_row",
         (lift("barbell_row", [12, 12, 12], lb(135)),), lb(140), 8, Reason.ADD_STEP, Units.LB),
    Case("deadlift from blocks goes up 5 kg", "block_deadlift",
         (lift("block_deadlift", [12, 12, 12], 100),), 105, 8, Reason.ADD_STEP),
    Case("trap-bar deadlift in pounds goes up 10 lb", "trap_bar_deadlift",
         (lift("trap_bar_deadlift", [12, 12, 12], lb(225)),), lb(235), 8, Reason.ADD_STEP, Units.LB),
    Case("Romanian deadlift with pain 3 still goes up", "db_rdl",
         (lift("db_rdl", [12, 12, 12], 20, pain=3),), 22, 8, Reason.ADD_STEP),
    Case("pain above 3 on the lift holds the load", "db_rdl",
         (lift("db_rdl", [12, 12, 12], 20, pain=4),), 20, 12, Reason.HOLD_PAIN),
    Case("paused progression holds the load", "db_rdl",
         (lift("db_rdl", [12, 12, 12], 20),), 20, 12, Reason.HOLD_PAUSED, paused=True),
    Case("a bad next-morning check-in holds the load and drops a set", "db_rdl",
         (lift("db_rdl", [12, 12, 12], 20),), 20, 12, Reason.HOLD_REDUCED, reduce_next=True, expected_delta=-1),
    Case("mid-range sets keep the load and aim one rep higher", "one_arm_db_row",
         (lift("one_arm_db_row", [10, 9, 8], 16, right=[10, 9, 8]),), 16, 9, Reason.ONE_MORE_REP),
    Case("one weaker side keeps the load", "one_arm_db_row",
         (lift("one_arm_db_row", [12, 12, 12], 16, right=[12, 11, 12]),), 16, 12, Reason.ONE_MORE_REP),
    Case("two sets under the range keep the load", "chest_supported_db_row",
         (lift("chest_supported_db_row", [7, 7, 9], 16),), 16, 8, Reason.KEEP_LOW),
    Case("under the range two sessions running drops about 10 %", "chest_supported_db_row",
         (lift("chest_supported_db_row", [8, 7, 7], 16), lift("chest_supported_db_row", [7, 7, 6], 16)),
         14, 8, Reason.DROP),
    Case("under the range twice in pounds drops to 30 lb", "chest_supported_db_row",
         (lift("chest_supported_db_row", [7, 6, 6], lb(35)), lift("chest_supported_db_row", [7, 7, 6], lb(35))),
         lb(30), 8, Reason.DROP, Units.LB),
    Case("barbell row drop lands on a loadable 52.5 kg", "barbell_row",
         (lift("barbell_row", [7, 6, 6], 60), lift("barbell_row", [7, 7, 6], 60)), 52.5, 8, Reason.DROP),
    Case("under the range once after a good session only keeps", "barbell_row",
         (lift("barbell_row", [10, 9, 9], 60), lift("barbell_row", [7, 7, 6], 60)), 60, 8, Reason.KEEP_LOW),
    Case("more than two weeks off restarts at about 90 %", "db_rdl",
         (lift("db_rdl", [10, 10, 10], 20),), 18, 8, Reason.LAYOFF_RESTART, days_since=15),
    Case("exactly two weeks off is not a layoff", "db_rdl",
         (lift("db_rdl", [10, 10, 10], 20),), 20, 11, Reason.ONE_MORE_REP, days_since=14),
    Case("a layoff in pounds restarts at 45 lb from 50 lb", "db_rdl",
         (lift("db_rdl", [10, 10, 10], lb(50)),), lb(45), 8, Reason.LAYOFF_RESTART, Units.LB, days_since=30),
    Case("a gentle day lightens to about 80 %", "one_arm_db_row",
         (lift("one_arm_db_row", [10, 10, 10], 20, right=[10, 10, 10]),), 16, 10, Reason.GENTLE, gentle=True),
    Case("band-assisted pull-ups at 12 everywhere move to pull-ups", "band_pull_up",
         (lift("band_pull_up", [12, 12, 12], None),), None, None, Reason.LADDER_UP, extra={"move_to": "pull_up"}),
    Case("12 bodyweight pull-ups stay bodyweight for a returning lifter", "pull_up",
         (lift("pull_up", [12, 12, 12], None),), None, None, Reason.LADDER_TOP),
    Case("12 bodyweight pull-ups become weighted for an experienced lifter", "pull_up",
         (lift("pull_up", [12, 12, 12], None),), 2.5, None, Reason.LADDER_WEIGHTED, level=Level.EXPERIENCED),
    Case("weighted pull-ups in pounds start at +5 lb", "pull_up",
         (lift("pull_up", [12, 12, 12], None),), lb(5), None, Reason.LADDER_WEIGHTED, Units.LB, Level.EXPERIENCED),
    Case("weighted pull-ups at 12 add 2.5 kg more", "pull_up",
         (lift("pull_up", [12, 12, 12], 2.5),), 5.0, None, Reason.ADD_STEP, level=Level.EXPERIENCED),
    Case("pull-ups below 12 keep going for clean reps", "pull_up",
         (lift("pull_up", [8, 7, 6], None),), None, None, Reason.AS_MANY_CLEAN),
    Case("a band row at the top asks for a stronger band", "band_row",
         (lift("band_row", [12, 12, 12], None),), None, 8, Reason.HARDER_BAND),
    Case("an inverted row at the top asks for a harder angle", "inverted_row",
         (lift("inverted_row", [12, 12, 12], None),), None, 8, Reason.HARDER_VARIANT),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_next_prescription_follows_double_progression(case: Case) -> None:
    profile = Profile(1, "Sam", level=case.level, units=case.units, progression_paused=case.paused)
    past = history(*case.past, last_day=TODAY - timedelta(days=case.days_since), reduce_next=case.reduce_next)

    got = prescribe(exercise(case.key), past, profile, TODAY, gentle=case.gentle)

    if case.expected_load is None:
        assert got.load_kg is None
    else:
        assert got.load_kg == pytest.approx(case.expected_load, abs=1e-3)
        assert from_kg(got.load_kg, case.units) == pytest.approx(from_kg(case.expected_load, case.units), abs=1e-3)
    assert got.target_reps == case.expected_target
    assert got.reason is case.expected_reason
    assert got.sets_delta == case.expected_delta
    assert got.move_to == case.extra.get("move_to")


def test_warm_up_sets_are_ignored_when_judging_the_last_session() -> None:
    sets = (PastSet(10, 8, warmup=True), PastSet(5, 12, warmup=True)) + tuple(PastSet(12, 16) for _ in range(3))
    past = TrainingHistory((PastSession(TODAY - timedelta(days=7), (PastLift("db_rdl", sets),)),))

    got = prescribe(exercise("db_rdl"), past, Profile(1, "Sam"), TODAY)

    assert (got.load_kg, got.target_reps, got.reason) == (18, 8, Reason.ADD_STEP)


def test_a_lift_never_done_asks_for_a_first_load_and_aims_mid_range() -> None:
    got = prescribe(exercise("db_rdl"), TrainingHistory(), Profile(1, "Sam"), TODAY)

    assert (got.load_kg, got.target_reps, got.reason) == (None, 10, Reason.FIRST_TIME)


@pytest.mark.parametrize(
    ("level", "units", "key", "expected"),
    [
        (Level.NEW, Units.KG, "one_arm_db_row", 10.0),
        (Level.RETURNING, Units.KG, "one_arm_db_row", 14.0),
        (Level.EXPERIENCED, Units.KG, "db_rdl", 20.0),
        (Level.NEW, Units.LB, "one_arm_db_row", lb(20)),
        (Level.NEW, Units.KG, "trap_bar_deadlift", 30.0),
        (Level.NEW, Units.KG, "barbell_row", 20.0),
    ],
)
def test_a_first_load_suggestion_is_conservative_and_loadable(level: Level, units: Units, key: str, expected: float) -> None:
    assert suggest_first_load(exercise(key), Profile(1, "Sam", level=level, units=units)) == pytest.approx(expected, abs=1e-3)


def test_bodyweight_lifts_get_no_first_load_suggestion() -> None:
    assert suggest_first_load(exercise("pull_up"), Profile(1, "Sam")) is None
    assert suggest_first_load(exercise("glute_bridge"), Profile(1, "Sam")) is None


def test_a_gentle_profile_gets_a_lighter_first_load_suggestion() -> None:
    normal = suggest_first_load(exercise("db_rdl"), Profile(1, "Sam", level=Level.RETURNING))
    gentle = suggest_first_load(exercise("db_rdl"), Profile(1, "Sam", level=Level.RETURNING, gentle_mode=True))
    assert normal is not None and gentle is not None and gentle < normal
