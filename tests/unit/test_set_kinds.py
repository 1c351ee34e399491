"""Kinds of set: as-many-as-you-can buttons, timed answers in seconds, timed progression and bests, the rest."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from core.errors import BadInput
from core.model import Level, Profile, Units
from core.parsing import SetAction, SetReply
from core.reminders.rest import rest_over_text
from core.text.training import format_last_time
from core.training.bests import bests, is_new_best
from core.training.catalogue import CATALOGUE, exercise
from core.training.generator import plan_lift
from core.training.kinds import Reason
from core.training.plan import LoadKind, PastLift, PastSession, PastSet, PlannedLift, SessionPlan, Slot, TrainingHistory
from core.training.progression import prescribe
from core.training.rest import rest_after, rest_line, seconds_left
from core.training.set_kinds import SetKind, amrap_guess, fit_reply, kind_of, parse_answer, parse_timed, set_buttons, target_text
from core.workout.model import Phase, Workout

TODAY = date(2025, 3, 10)
PROFILE = Profile(1, "sam", level=Level.RETURNING, units=Units.KG)


def planned(key: str, **changes: object) -> PlannedLift:
    lift = plan_lift(exercise(key), exercise(key).slot, PROFILE, TrainingHistory(), TODAY, main_index=None)
    return PlannedLift(**{**lift.__dict__, **changes})  # type: ignore[arg-type]


def timed_history(*rounds: tuple[list[int], float | None]) -> TrainingHistory:
    """Farmer's carries a week apart, each round's seconds and load."""
    sessions = [
        PastSession(TODAY - timedelta(days=7 * (len(rounds) - i)), (
            PastLift("farmers_carry", tuple(PastSet(0, load, seconds=s) for s in seconds)),
        ))
        for i, (seconds, load) in enumerate(rounds)
    ]
    return TrainingHistory(tuple(sessions))


def test_every_catalogue_lift_whose_unit_is_time_is_a_timed_set() -> None:
    timed = {e.key for e in CATALOGUE if e.load_kind is LoadKind.TIME}
    assert timed == {"farmers_carry", "static_hang"}
    for key in timed:
        lift = planned(key)
        assert kind_of(lift) is SetKind.TIMED
        assert target_text(lift) == f"aim for {lift.target_reps} s" and "reps" not in target_text(lift)
    assert kind_of(planned("pull_up")) is SetKind.AMRAP and kind_of(planned("db_rdl")) is SetKind.REPS


@pytest.mark.parametrize(
    ("typed", "seconds", "load"),
    [("40", 40, None), ("40s", 40, None), ("0:45", 45, None), ("45 sec", 45, None), ("45 seconds", 45, None),
     ("1 min", 60, None), ("1m 30s", 90, None), ("40s @ 24 kg", 40, 24.0), ("24kg x 40s", 40, 24.0), ("0:45 with 20", 45, 20.0)],
)
def test_a_timed_answer_is_read_in_seconds(typed: str, seconds: int, load: float | None) -> None:
    reply = parse_timed(typed, Units.KG)
    assert (reply.action, reply.seconds, reply.reps, reply.load_kg) == (SetAction.LOG, seconds, None, load)


@pytest.mark.parametrize("typed", ["0", "0:00", "abc", "10 reps", "700s", "40 @ heavy"])
def test_a_timed_answer_that_is_not_a_usable_time_is_refused(typed: str) -> None:
    with pytest.raises(BadInput):
        parse_timed(typed, Units.KG)


def test_timed_buttons_are_seconds_around_the_target_and_each_reads_back_as_that_time() -> None:
    carry = planned("farmers_carry", target_reps=35)
    buttons = set_buttons(carry)
    assert [b.label for b in buttons] == ["30 s", "35 s", "40 s", "45 s", "skip"]
    assert [parse_answer(carry, b.payload, Units.KG).seconds for b in buttons[:-1]] == [30, 35, 40, 45]


def test_as_many_as_you_can_buttons_are_rep_numbers_around_the_guess_and_never_zero() -> None:
    pull_up = planned("pull_up")
    assert pull_up.target_reps is None
    assert [b.payload for b in set_buttons(pull_up, 7)] == ["5", "6", "7", "8", "9", "skip"]
    low = [b.payload for b in set_buttons(pull_up, 1)]
    assert low == ["1", "2", "3", "4", "5", "skip"] and "done" not in low and "0" not in low


def test_the_rep_guess_follows_today_then_last_time_then_a_first_guess() -> None:
    pull_up = planned("pull_up")
    assert amrap_guess(pull_up, [8, 7], [5, 5, 4]) == 7
    assert amrap_guess(pull_up, [], [6, 5, 4]) == 6
    assert amrap_guess(pull_up, [], []) == pull_up.rep_low + 2


def test_done_on_an_as_many_as_you_can_set_is_refused_instead_of_logging_zero_reps() -> None:
    with pytest.raises(BadInput, match="How many clean reps"):
        parse_answer(planned("pull_up"), "done", Units.KG)
    with pytest.raises(BadInput):
        fit_reply(planned("pull_up"), SetReply(SetAction.DONE))
    assert parse_answer(planned("pull_up"), "7", Units.KG).reps == 7


def test_a_bare_number_for_a_timed_set_from_a_log_command_is_its_seconds() -> None:
    reply = fit_reply(planned("static_hang"), SetReply(SetAction.LOG, reps=40))
    assert (reply.seconds, reply.reps) == (40, None)


def test_a_carry_gets_a_little_longer_each_session_at_the_same_load() -> None:
    found = prescribe(exercise("farmers_carry"), timed_history(([30, 32], 20.0)), PROFILE, TODAY)
    assert (found.load_kg, found.target_reps, found.reason) == (20.0, 35, Reason.LONGER)


def test_a_carry_at_the_top_time_goes_one_step_heavier_and_back_to_the_lowest_time() -> None:
    found = prescribe(exercise("farmers_carry"), timed_history(([45, 46], 20.0)), PROFILE, TODAY)
    assert (found.load_kg, found.target_reps, found.reason) == (22.0, 30, Reason.HEAVIER_SHORTER)


def test_a_hang_at_the_top_time_stays_there_with_no_load_to_add() -> None:
    hist = TrainingHistory((PastSession(TODAY - timedelta(days=7), (PastLift("static_hang", (PastSet(0, None, seconds=45),) * 2),)),))
    found = prescribe(exercise("static_hang"), hist, PROFILE, TODAY)
    assert (found.load_kg, found.target_reps, found.reason) == (None, 45, Reason.HOLD_LONGER)


def test_a_carry_with_pain_last_time_neither_lengthens_nor_gets_heavier() -> None:
    hist = TrainingHistory((PastSession(TODAY - timedelta(days=7), (
        PastLift("farmers_carry", (PastSet(0, 20.0, seconds=45),) * 2, pain_max=5),)),))
    found = prescribe(exercise("farmers_carry"), hist, PROFILE, TODAY)
    assert (found.load_kg, found.target_reps, found.reason) == (20.0, 45, Reason.HOLD_PAIN)


def test_two_short_carries_two_sessions_running_come_down_in_load() -> None:
    found = prescribe(exercise("farmers_carry"), timed_history(([20, 22], 24.0), ([21, 20], 24.0)), PROFILE, TODAY)
    assert found.reason is Reason.DROP and found.load_kg is not None and found.load_kg < 24.0 and found.target_reps == 30


def test_timed_sets_never_get_a_one_rep_max_and_their_best_is_in_seconds() -> None:
    hist = timed_history(([40, 45], 20.0), ([30, 35], 24.0))
    (best,) = bests(hist)
    assert (best.key, best.load_kg, best.seconds, best.e1rm_kg, best.reps) == ("farmers_carry", 24.0, 35, None, 0)
    assert not is_new_best("farmers_carry", hist, 40.0, 0)


def test_last_time_for_a_timed_lift_is_in_seconds() -> None:
    past = PastLift("farmers_carry", (PastSet(0, 20.0, seconds=40), PastSet(0, 20.0, seconds=40)))
    assert format_last_time(past, Units.KG, LoadKind.TIME) == "last time 2×40 s @ 20 kg"


@pytest.mark.parametrize(
    ("key", "seconds"),
    [("pull_up", 150), ("trap_bar_deadlift", 180), ("db_rdl", 150), ("glute_bridge", 60), ("one_arm_db_row", 90),
     ("chest_supported_db_row", 90), ("farmers_carry", 60), ("renegade_row", 60)],
)
def test_the_rest_is_longer_for_main_lifts_and_shorter_for_rows_and_finishers(key: str, seconds: int) -> None:
    lift = planned(key, slot=exercise(key).slot, finisher=exercise(key).slot not in (Slot.VERTICAL_PULL, Slot.ROW_1, Slot.ROW_2, Slot.HINGE))
    assert rest_after(lift, PROFILE) == seconds


def test_a_rest_set_by_the_lifter_applies_to_every_lift_and_off_means_none() -> None:
    assert rest_after(planned("pull_up"), Profile(1, "sam", rest_seconds=90)) == 90
    assert rest_after(planned("farmers_carry"), Profile(1, "sam", rest_seconds=90)) == 90
    assert rest_after(planned("pull_up"), Profile(1, "sam", rest_seconds=0)) is None
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    assert seconds_left(now + timedelta(seconds=89.2), now) == 90 and seconds_left(now, now) is None
    until = now + timedelta(seconds=90)
    assert rest_line(until, now, "Europe/Berlin") == "Rest until 13:01:30 (1:30 min left when this was shown)"
    assert rest_line(until, until, "Europe/Berlin") is None and rest_line(None, now, "UTC") is None


def test_the_rest_over_push_names_the_next_set() -> None:
    row = planned("one_arm_db_row", target_reps=10, load_kg=14.0, sets=3, one_arm=False)
    plan = SessionPlan(TODAY, (row, planned("farmers_carry", load_kg=16.0, target_reps=35)), (), ())
    workout = Workout(1, 1, "console", "sam", "private", TODAY, datetime(2026, 11, 23, tzinfo=UTC), plan,
                      phase=Phase.WORK, set_index=1)
    assert rest_over_text(workout, Units.KG) == "Rest over — set 2 of 3: 10 × 14 kg"
    carry = Workout(1, 1, "console", "sam", "private", TODAY, datetime(2026, 11, 23, tzinfo=UTC), plan, lift_index=1)
    assert rest_over_text(carry, Units.KG) == "Rest over — next up, Farmer's carry: set 1 of 2: 35 s @ 16 kg"
