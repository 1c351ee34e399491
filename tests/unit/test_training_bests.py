"""Personal bests from the history: Epley estimates, new-best detection and the list of bests."""
from __future__ import annotations

from datetime import date

import pytest

from core.training.bests import Best, bests, estimate_1rm, is_new_best
from core.training.plan import PastLift, PastSession, PastSet, TrainingHistory

HISTORY = TrainingHistory((
    PastSession(date(2025, 1, 6), (PastLift("db_rdl", (PastSet(10, 8, warmup=True), PastSet(10, 20), PastSet(8, 20))),)),
    PastSession(date(2025, 1, 13), (
        PastLift("db_rdl", (PastSet(12, 20), PastSet(12, 20))),
        PastLift("pull_up", (PastSet(6, None), PastSet(5, None))),
    )),
))


def test_epley_estimates_a_one_rep_max_and_a_single_is_its_own() -> None:
    assert estimate_1rm(100, 10) == pytest.approx(133.333, abs=1e-3)
    assert estimate_1rm(100, 1) == 100


@pytest.mark.parametrize(
    ("load", "reps", "best"),
    [
        (20, 12, False),  # ties the best so far: 240 kg moved, e1RM 28
        (18, 12, False),
        (20, 13, True),  # more load × reps
        (22, 10, True),  # less load × reps, but a higher e1RM (29.3)
        (30, 1, True),
        (27, 1, False),
    ],
)
def test_a_set_is_a_new_best_only_if_it_beats_every_earlier_working_set(load: float, reps: int, best: bool) -> None:
    assert is_new_best("db_rdl", HISTORY, load, reps) is best


def test_a_first_ever_set_is_not_called_a_best() -> None:
    assert not is_new_best("one_arm_db_row", HISTORY, 30, 10)


def test_bodyweight_bests_are_counted_in_reps() -> None:
    assert is_new_best("pull_up", HISTORY, None, 7)
    assert not is_new_best("pull_up", HISTORY, None, 6)


def test_warm_up_sets_never_count_as_bests() -> None:
    assert is_new_best("db_rdl", TrainingHistory((PastSession(date(2025, 1, 6), (PastLift("db_rdl", (PastSet(20, 30, warmup=True), PastSet(8, 10))),)),)), 10, 9)


def test_bests_lists_one_best_per_lift() -> None:
    assert bests(HISTORY) == [
        Best("db_rdl", date(2025, 1, 13), 20, 12, 28.0),
        Best("pull_up", date(2025, 1, 13), None, 6, None),
    ]
