"""The 0-10 pain scale: reading the number, and each rule of the coaching.md §5 table."""
from __future__ import annotations

import pytest

from core.errors import BadInput
from core.safety.pain import (
    BeforeSession,
    DuringLift,
    SessionPain,
    decide_before_session,
    decide_during,
    decide_morning,
    decide_trend,
    needs_morning_checkin,
    parse_pain,
)
from core.text.safety import PAIN_OUT_OF_RANGE


@pytest.mark.parametrize("said", ["pain 6", "/pain 6", "pain: 6", "pain:6", "Pain 6/10", "pain=6",
                                  "pain is 6", "my back pain is 6", "/pain@backcoach_bot 6",
                                  "pain 6 in my lower back"])
def test_an_explicit_pain_form_is_read_even_when_not_asked(said: str) -> None:
    assert parse_pain(said, expecting=False) == 6


@pytest.mark.parametrize("said", ["6", "6/10", "six", " 6 ", "6 out of 10", "about 6"])
def test_a_bare_number_counts_as_pain_when_pain_was_asked(said: str) -> None:
    assert parse_pain(said, expecting=True) == 6


def test_a_bare_number_while_logging_a_set_is_reps_not_pain() -> None:
    assert parse_pain("6", expecting=False) is None
    assert parse_pain("6/10", expecting=False) is None


def test_no_pain_is_zero_when_pain_was_asked() -> None:
    assert parse_pain("no pain", expecting=True) == 0
    assert parse_pain("0", expecting=True) == 0


def test_a_half_point_is_rounded_up_to_the_more_careful_number() -> None:
    assert parse_pain("pain 6.5", expecting=False) == 7


def test_words_that_are_not_a_rating_are_not_pain() -> None:
    assert parse_pain("it hurts a bit", expecting=True) is None
    assert parse_pain("12 reps", expecting=True) is None
    assert parse_pain("pain 40kg", expecting=False) is None


@pytest.mark.parametrize("said,expecting", [("11", True), ("-1", True), ("pain 11", False),
                                            ("pain -1", False), ("pain:15", False)])
def test_a_number_off_the_scale_is_refused_with_a_clear_message(said: str, expecting: bool) -> None:
    with pytest.raises(BadInput) as refused:
        parse_pain(said, expecting=expecting)
    assert str(refused.value) == PAIN_OUT_OF_RANGE
    assert "0" in PAIN_OUT_OF_RANGE and "10" in PAIN_OUT_OF_RANGE


@pytest.mark.parametrize("pain,decision", [(10, BeforeSession.REST), (7, BeforeSession.REST),
                                           (6, BeforeSession.GENTLE), (4, BeforeSession.GENTLE),
                                           (3, BeforeSession.TRAIN), (0, BeforeSession.TRAIN)])
def test_before_the_session_seven_rests_four_goes_gentle_three_trains(
        pain: int, decision: BeforeSession) -> None:
    assert decide_before_session(pain) is decision


@pytest.mark.parametrize("pain,decision", [(0, DuringLift.FINE), (2, DuringLift.FINE),
                                           (3, DuringLift.CAREFUL_NO_INCREASE),
                                           (5, DuringLift.CAREFUL_NO_INCREASE),
                                           (6, DuringLift.STOP_LIFT), (10, DuringLift.STOP_LIFT)])
def test_during_a_lift_above_five_stops_it_and_three_to_five_holds_the_load(
        pain: int, decision: DuringLift) -> None:
    assert decide_during(pain) is decision


def test_pain_of_three_or_more_after_the_session_books_a_morning_check_in() -> None:
    assert needs_morning_checkin(3) is True
    assert needs_morning_checkin(2) is False


def test_the_next_session_is_reduced_only_when_morning_pain_is_above_the_pre_session_level() -> None:
    assert decide_morning(pain_before_session=2, pain_morning=3) is True
    assert decide_morning(pain_before_session=2, pain_morning=2) is False
    assert decide_morning(pain_before_session=4, pain_morning=1) is False


def test_a_rule_refuses_a_number_off_the_scale() -> None:
    with pytest.raises(BadInput):
        decide_during(11)


def test_pain_rising_over_three_sessions_recommends_a_provider() -> None:
    assert decide_trend([SessionPain(after=1), SessionPain(after=2), SessionPain(after=4)]) is True


def test_pain_that_climbs_in_each_of_two_sessions_recommends_a_provider() -> None:
    sessions = [SessionPain(before=1, after=3), SessionPain(before=2, after=4)]
    assert decide_trend(sessions) is True


def test_six_or_more_on_two_sessions_recommends_a_provider() -> None:
    assert decide_trend([SessionPain(peak=6), SessionPain(after=1), SessionPain(before=7)]) is True


def test_steady_low_pain_is_no_trend() -> None:
    sessions = [SessionPain(before=2, after=2), SessionPain(before=2, after=1),
                SessionPain(before=1, after=2)]
    assert decide_trend(sessions) is False


def test_settling_pain_is_no_trend() -> None:
    assert decide_trend([SessionPain(after=5), SessionPain(after=3), SessionPain(after=1)]) is False


def test_sessions_without_numbers_are_skipped_and_too_little_history_is_no_trend() -> None:
    assert decide_trend([]) is False
    assert decide_trend([SessionPain(), SessionPain(after=4)]) is False
    assert decide_trend([SessionPain(after=1), SessionPain(), SessionPain(after=2),
                         SessionPain(after=5)]) is True
