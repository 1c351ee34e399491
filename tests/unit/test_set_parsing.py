"""Every way the issue says a lifter may report a set, and the impossible ones refused with a reason."""
from __future__ import annotations

import pytest

from core.errors import BadInput
from core.model import Units
from core.parsing import SetAction, SetReply, parse_load, parse_set_reply

LB = 0.45359237


@pytest.mark.parametrize(
    ("said", "units", "expected"),
    [
        ("10", Units.KG, SetReply(SetAction.LOG, reps=10)),
        ("10x20", Units.KG, SetReply(SetAction.LOG, reps=10, load_kg=20.0)),
        ("10 x 20kg", Units.KG, SetReply(SetAction.LOG, reps=10, load_kg=20.0)),
        ("20kg x 10", Units.KG, SetReply(SetAction.LOG, reps=10, load_kg=20.0)),
        ("10 reps @ 45 lb", Units.KG, SetReply(SetAction.LOG, reps=10, load_kg=round(45 * LB, 6))),
        ("10 x 45", Units.LB, SetReply(SetAction.LOG, reps=10, load_kg=round(45 * LB, 6))),
        ("8/8", Units.KG, SetReply(SetAction.LOG, reps=8, reps_right=8)),
        ("8/7 x 16", Units.KG, SetReply(SetAction.LOG, reps=8, reps_right=7, load_kg=16.0)),
        ("12.5kg x 8", Units.KG, SetReply(SetAction.LOG, reps=8, load_kg=12.5)),
        ("0 failed", Units.KG, SetReply(SetAction.LOG, reps=0, failed=True)),
        ("skip", Units.KG, SetReply(SetAction.SKIP)),
        ("Done", Units.KG, SetReply(SetAction.DONE)),
    ],
)
def test_a_set_reply_is_read_the_way_lifters_write_it(said: str, units: Units, expected: SetReply) -> None:
    assert parse_set_reply(said, units) == expected


@pytest.mark.parametrize(
    ("said", "reason"),
    [
        ("101", "More than 100 reps"),
        ("-5", "can't be negative"),
        ("0", "Zero reps isn't a set"),
        ("10 x 501kg", "over 500 kg"),
        ("10 x 1200 lb", "over 1100 lb"),
        ("a few", "couldn't read that"),
        ("10 x -20", "can't be negative"),
    ],
)
def test_impossible_or_unreadable_sets_are_refused_with_the_reason(said: str, reason: str) -> None:
    with pytest.raises(BadInput) as refused:
        parse_set_reply(said, Units.KG)
    assert reason in str(refused.value)


def test_a_first_load_is_read_in_either_unit() -> None:
    assert parse_load("16", Units.KG) == 16.0
    assert parse_load("35 lb", Units.KG) == round(35 * LB, 6)
    assert parse_load("bodyweight", Units.KG) == 0.0
    with pytest.raises(BadInput):
        parse_load("heavy", Units.KG)


@pytest.mark.parametrize("typed", ["²", "10²", "10 x ²", "①", "½"])
def test_look_alike_digits_in_a_set_reply_or_a_load_get_the_hint_not_a_crash(typed: str) -> None:
    with pytest.raises(BadInput):
        parse_set_reply(typed, Units.KG)
    with pytest.raises(BadInput):
        parse_load(typed, Units.KG)


def test_digits_of_other_scripts_are_read_as_numbers() -> None:
    assert parse_set_reply("٨/٨", Units.KG).reps_right == 8
    assert parse_load("１６", Units.KG) == 16.0
