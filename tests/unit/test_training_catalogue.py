"""The catalogue holds every exercise coaching.md §1 names, with sound steps, cues and fallbacks."""
from __future__ import annotations

import re

import pytest

from core.model import Equipment
from core.text.training import CUES
from core.training.catalogue import CATALOGUE, MAIN_SLOTS, exercise, find_exercise
from core.training.plan import Slot
from core.training.swap import swap_options
from core.model import Level, Profile

NAMED_IN_SECTION_1 = {
    "pull-ups": "pull_up",
    "band pull-ups": "band_pull_up",
    "assisted pull-ups": "band_pull_up",
    "negative pull-ups": "negative_pull_up",
    "lat pulldown": "lat_pulldown",
    "band pulldown": "band_pulldown",
    "single-arm dumbbell row": "one_arm_db_row",
    "band row": "band_row",
    "inverted row": "inverted_row",
    "chest-supported dumbbell row": "chest_supported_db_row",
    "incline dumbbell row": "chest_supported_db_row",
    "seal row": "seal_row",
    "cable row": "cable_row",
    "dumbbell Romanian deadlift": "db_rdl",
    "trap-bar deadlift": "trap_bar_deadlift",
    "barbell deadlift": "block_deadlift",
    "light hip hinge": "light_hip_hinge",
    "back extension": "floor_back_extension",
    "floor back extension": "floor_back_extension",
    "glute bridge": "glute_bridge",
    "renegade row": "renegade_row",
    "elevated plank row": "elevated_plank_row",
    "farmer's carry": "farmers_carry",
    "static hang": "static_hang",
    "pulldown": "lat_pulldown",
}


@pytest.mark.parametrize(("typed", "key"), sorted(NAMED_IN_SECTION_1.items()))
def test_every_exercise_named_in_the_coaching_rules_can_be_found(typed: str, key: str) -> None:
    assert find_exercise(typed) == exercise(key)


@pytest.mark.parametrize("typed", ["PULL UPS", "Pullups", "db rows", "RDL", "farmers walk", "Seal Rows", "dead hang"])
def test_typed_names_are_matched_forgivingly(typed: str) -> None:
    assert find_exercise(typed) is not None


@pytest.mark.parametrize("typed", ["", "row", "squat", "bench press"])
def test_an_ambiguous_or_unknown_name_matches_nothing(typed: str) -> None:
    assert find_exercise(typed) is None


def test_keys_are_unique_and_unknown_keys_are_a_programming_error() -> None:
    assert len({e.key for e in CATALOGUE}) == len(CATALOGUE)
    with pytest.raises(KeyError):
        exercise("squat")


def test_every_main_slot_has_a_bodyweight_fallback() -> None:
    for slot in MAIN_SLOTS:
        assert any(e.fits(slot) and not e.needs for e in CATALOGUE), slot


def test_every_optional_slot_has_something_in_the_catalogue() -> None:
    for slot in (Slot.CORE_ROW, Slot.GRIP, Slot.MACHINE):
        assert any(e.fits(slot) for e in CATALOGUE)


def test_machines_are_only_the_pulldown_and_the_cable_row() -> None:
    assert {e.key for e in CATALOGUE if e.machine} == {"lat_pulldown", "cable_row"}


@pytest.mark.parametrize(
    ("key", "kg", "lb"),
    [
        ("one_arm_db_row", 2, 5), ("chest_supported_db_row", 2, 5), ("db_rdl", 2, 5),
        ("barbell_row", 2.5, 5), ("seal_row", 2.5, 5),
        ("trap_bar_deadlift", 5, 10), ("block_deadlift", 5, 10),
    ],
)
def test_steps_are_the_smallest_sensible_ones(key: str, kg: float, lb: float) -> None:
    assert (exercise(key).increment_kg, exercise(key).increment_lb) == (kg, lb)


def test_every_exercise_has_a_short_cue_and_its_gentler_alternative_exists() -> None:
    for e in CATALOGUE:
        assert e.cue == CUES[e.key] and 20 < len(e.cue) <= 130
        assert e.gentler is None or exercise(e.gentler).fits(e.slot) or exercise(e.gentler).slot in MAIN_SLOTS
    assert set(CUES) == {e.key for e in CATALOGUE}


def test_cues_never_promise_injury_prevention_or_pushing_through() -> None:
    for cue in CUES.values():
        assert not re.search(r"prevent|push through|injur", cue, re.IGNORECASE)


def test_the_deadlift_starts_from_blocks_8_to_10_inches_up() -> None:
    assert "20-25 cm (8-10 in)" in exercise("block_deadlift").cue


def test_swap_options_stay_in_the_slot_and_the_kit() -> None:
    profile = Profile(1, "Sam", level=Level.RETURNING, equipment=frozenset({Equipment.DUMBBELLS, Equipment.CABLE}))

    options = [e.key for e in swap_options(profile, Slot.ROW_1, "one_arm_db_row")]

    assert options == ["inverted_row"]


def test_a_pulldown_is_offered_as_the_vertical_pull_only_without_a_bar() -> None:
    no_bar = Profile(1, "Sam", equipment=frozenset({Equipment.CABLE, Equipment.BANDS}))
    bar = Profile(1, "Sam", equipment=frozenset({Equipment.CABLE, Equipment.BANDS, Equipment.PULLUP_BAR}))

    assert "lat_pulldown" in [e.key for e in swap_options(no_bar, Slot.VERTICAL_PULL, "band_pulldown")]
    assert "lat_pulldown" not in [e.key for e in swap_options(bar, Slot.VERTICAL_PULL, "pull_up")]


def test_gentle_swap_options_for_the_hinge_are_bridges_and_light_hinges() -> None:
    profile = Profile(1, "Sam", equipment=frozenset(Equipment), gentle_mode=True)

    assert [e.key for e in swap_options(profile, Slot.HINGE, "glute_bridge")] == ["light_hip_hinge"]
