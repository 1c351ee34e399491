"""Technique cues picked from a set reply (coaching.md §4), with a concrete lighter load."""
from __future__ import annotations

import pytest

from core.model import Units, to_kg
from core.training.catalogue import exercise
from core.training.cues import cue_for_reply, cue_message, next_set_load
from core.training.kinds import Cue


@pytest.mark.parametrize(
    "reply",
    [
        "biceps gave out", "my grip failed on the last set", "forearms gave up first", "couldn't hold the bar",
        "10 but my grip is gone", "hands gave out before my back", "the bar kept slipping", "grip was dying",
    ],
)
def test_a_grip_or_biceps_complaint_calls_for_a_lighter_set_and_straps(reply: str) -> None:
    assert cue_for_reply(reply) is Cue.LOWER_LOAD_AND_STRAPS


@pytest.mark.parametrize(
    "reply", ["had to swing the last two", "used momentum", "jerking it up", "lots of torso rocking", "I swung it"]
)
def test_swinging_means_the_weight_is_too_heavy(reply: str) -> None:
    assert cue_for_reply(reply) is Cue.TOO_HEAVY


@pytest.mark.parametrize("reply", ["10", "felt good", "grip was fine", "no swinging at all", "without momentum", "12 12 12"])
def test_an_ordinary_reply_gets_no_cue(reply: str) -> None:
    assert cue_for_reply(reply) is None


def test_only_one_cue_at_a_time_and_swinging_comes_first() -> None:
    assert cue_for_reply("grip failed and I was swinging") is Cue.TOO_HEAVY


def test_the_grip_cue_names_the_lighter_load_straps_and_carries() -> None:
    message = cue_message(Cue.LOWER_LOAD_AND_STRAPS, exercise("one_arm_db_row"), 20, Units.KG)

    assert "18 kg instead of 20 kg" in message
    assert "straps" in message and "farmer's carry" in message


def test_the_swing_cue_in_pounds_drops_about_ten_percent() -> None:
    message = cue_message(Cue.TOO_HEAVY, exercise("barbell_row"), to_kg(135, Units.LB), Units.LB)

    assert "120 lb instead of 135 lb" in message


def test_a_cue_on_a_bodyweight_lift_asks_for_an_easier_version() -> None:
    assert next_set_load(exercise("pull_up"), None, Units.KG) is None
    assert "easier" in cue_message(Cue.LOWER_LOAD_AND_STRAPS, exercise("pull_up"), None, Units.KG)
