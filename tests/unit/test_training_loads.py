"""Loads the equipment can make, ramp sets, and how loads read to the lifter."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.model import Units, from_kg, to_kg
from core.text import training as text
from core.text.training import format_last_time, format_load
from core.training.catalogue import CATALOGUE, exercise
from core.training.loads import _EPS, is_loadable, is_weighted, lighter, round_to_loadable, step_up
from core.training.plan import LoadKind, PastLift, PastSet
from core.training.ramps import ramps_for

LOADED = [e for e in CATALOGUE if is_weighted(e)]
loaded_exercises = st.sampled_from(LOADED)
units = st.sampled_from(list(Units))
weights = st.floats(min_value=0.5, max_value=300, allow_nan=False)


@settings(max_examples=500, deadline=None)
@given(chosen=loaded_exercises, unit=units, kg=weights)
def test_rounding_never_goes_up_and_always_lands_on_a_real_load(chosen, unit, kg) -> None:
    rounded = round_to_loadable(kg, chosen, unit)

    assert rounded <= kg + _EPS  # within conversion noise of a step counts as that step
    assert rounded == 0 or is_loadable(rounded, chosen, unit)


@settings(max_examples=300, deadline=None)
@given(chosen=loaded_exercises, unit=units, kg=weights)
def test_a_step_up_is_heavier_and_loadable_and_a_drop_is_never_heavier(chosen, unit, kg) -> None:
    start = round_to_loadable(kg, chosen, unit) or kg
    up = step_up(start, chosen, unit)

    assert up > start and is_loadable(up, chosen, unit)
    assert lighter(start, chosen, unit) <= start


@settings(max_examples=500, deadline=None)
@given(chosen=loaded_exercises, unit=units, kg=weights, first=st.booleans())
def test_ramp_sets_are_never_above_the_working_load_and_always_loadable(chosen, unit, kg, first) -> None:
    working = round_to_loadable(kg, chosen, unit) or kg
    ramps = ramps_for(chosen, working, unit, first=first)

    assert len(ramps) == (2 if first else 1)
    for ramp in ramps:
        if ramp.load_kg is None:
            assert ramp.note
        else:
            assert ramp.load_kg <= working + 1e-6
            assert is_loadable(ramp.load_kg, chosen, unit)


def test_ramps_for_a_16_kg_dumbbell_row_are_about_40_and_80_percent_rounded_down() -> None:
    ramps = ramps_for(exercise("one_arm_db_row"), 16, Units.KG, first=True)

    assert [(r.reps, r.load_kg) for r in ramps] == [(8, 6.0), (4, 12.5)]


def test_ramps_for_a_60_kg_barbell_row_start_from_the_empty_bar_and_use_plate_pairs() -> None:
    assert [r.load_kg for r in ramps_for(exercise("barbell_row"), 40, Units.KG, first=True)] == [20.0, 30.0]
    assert [r.load_kg for r in ramps_for(exercise("block_deadlift"), 100, Units.KG, first=False)] == [60.0]


def test_ramps_in_pounds_use_5_lb_dumbbells_and_a_45_lb_bar() -> None:
    db = ramps_for(exercise("db_rdl"), to_kg(50, Units.LB), Units.LB, first=True)
    bar = ramps_for(exercise("barbell_row"), to_kg(135, Units.LB), Units.LB, first=True)

    assert [round(from_kg(r.load_kg or 0, Units.LB), 3) for r in db] == [20, 40]
    assert [round(from_kg(r.load_kg or 0, Units.LB), 3) for r in bar] == [50, 105]


def test_pull_up_ramps_are_easier_variants_not_loads() -> None:
    ramps = ramps_for(exercise("pull_up"), None, Units.KG, first=True)

    assert [(r.reps, r.load_kg, r.note) for r in ramps] == [
        (5, None, text.RAMP_EASIER_PULL_UP), (3, None, text.RAMP_EASIER_PULL_UP),
    ]


def test_a_very_light_dumbbell_ramp_is_done_without_weight() -> None:
    ramps = ramps_for(exercise("one_arm_db_row"), 4, Units.KG, first=True)

    assert (ramps[0].load_kg, ramps[0].note) == (None, text.RAMP_NO_WEIGHT)
    assert ramps[1].load_kg == 2.5


def test_a_ramp_before_an_unknown_load_is_described_as_a_share() -> None:
    ramps = ramps_for(exercise("db_rdl"), None, Units.KG, first=False)

    assert [(r.load_kg, r.note) for r in ramps] == [(None, "about 60 % of what you'll use")]


@pytest.mark.parametrize(
    ("kg", "unit", "kind", "shown"),
    [
        (16, Units.KG, LoadKind.PER_DUMBBELL, "16 kg"),
        (12.5, Units.KG, LoadKind.PER_DUMBBELL, "12.5 kg"),
        (to_kg(35, Units.LB), Units.LB, LoadKind.PER_DUMBBELL, "35 lb"),
        (None, Units.KG, LoadKind.BODYWEIGHT, "bodyweight"),
        (10, Units.KG, LoadKind.BODYWEIGHT, "+10 kg"),
        (to_kg(25, Units.LB), Units.LB, LoadKind.BODYWEIGHT, "+25 lb"),
        (None, Units.KG, LoadKind.BAND, "band"),
        (62.5, Units.KG, LoadKind.BARBELL_TOTAL, "62.5 kg"),
    ],
)
def test_a_load_reads_the_way_a_lifter_says_it(kg, unit, kind, shown) -> None:
    assert format_load(kg, unit, kind) == shown


def sets(*reps: int | tuple[int, int], load: float | None = 16) -> PastLift:
    return PastLift("x", tuple(PastSet(r[0], load, reps_right=r[1]) if isinstance(r, tuple) else PastSet(r, load) for r in reps))


@pytest.mark.parametrize(
    ("past", "unit", "kind", "shown"),
    [
        (sets(10, 10, 10), Units.KG, None, "last time 3×10 @ 16 kg"),
        (sets((10, 10), (9, 9), (8, 8)), Units.KG, None, "last time 10/10, 9/9, 8/8 @ 16 kg"),
        (sets((10, 10), (10, 10)), Units.KG, None, "last time 2×10 per side @ 16 kg"),
        (sets(10, 9, 8, load=20), Units.KG, None, "last time 10, 9, 8 @ 20 kg"),
        (sets(12, 12, load=to_kg(35, Units.LB)), Units.LB, None, "last time 2×12 @ 35 lb"),
        (sets(8, 7, 6, load=None), Units.KG, LoadKind.BODYWEIGHT, "last time 8, 7, 6"),
        (sets(8, 8, load=5), Units.KG, LoadKind.BODYWEIGHT, "last time 2×8 @ +5 kg"),
        (sets(12, 12, load=None), Units.KG, LoadKind.BAND, "last time 2×12 (band)"),
        (sets(30, 30, load=20), Units.KG, LoadKind.TIME, "last time 2×30 s @ 20 kg"),
        (
            PastLift("x", (PastSet(10, 16), PastSet(8, 18))), Units.KG, None, "last time 10 @ 16 kg, 8 @ 18 kg",
        ),
        (PastLift("x", (PastSet(10, 8, warmup=True), PastSet(10, 16))), Units.KG, None, "last time 10 @ 16 kg"),
    ],
)
def test_last_time_shows_load_and_reps_compactly(past, unit, kind, shown) -> None:
    assert format_last_time(past, unit, kind) == shown


def test_a_load_typed_in_pounds_steps_up_by_five_pounds_after_the_round_trip_through_kilograms() -> None:
    from core.parsing import parse_load
    from core.training.catalogue import exercise

    row = exercise("one_arm_db_row")
    for typed in (25, 45, 65, 85):
        stored = parse_load(f"{typed} lb", Units.KG)
        assert round(from_kg(step_up(stored, row, Units.LB), Units.LB), 3) == typed + 5
