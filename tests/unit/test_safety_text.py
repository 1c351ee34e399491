"""The safety wording: every message carries the reminder, group lines give nothing away."""
from __future__ import annotations

import re

from core.model import Screen
from core.safety.signs import Tier
from core.text import safety as text

SAFETY_MESSAGES = [
    text.REST_TODAY, text.GENTLE_TODAY, text.DURING_CAREFUL, text.DURING_STOP,
    text.DURING_STOP_NO_ALTERNATIVE, text.AFTER_SESSION_CHECKIN, text.MORNING_HIGHER,
    text.TREND_PROVIDER, text.EMERGENCY_PRIVATE, text.URGENT_PRIVATE, text.PROVIDER_PRIVATE,
    text.PUBLIC_STOPPED, text.PUBLIC_PAUSED, text.PUBLIC_OPEN_PRIVATE, text.CONFIRM_SIGN,
    text.CONFIRM_ANSWER_YES_OR_NO, text.CONFIRM_DENIED, text.MISTAKE_REASK,
    text.MISTAKE_REASK_GENERAL, text.CLEARED_ASK, text.ONGOING_PAIN_ADVICE,
    *text.SCREEN_ADVICE.values(),
]
EVERY_MESSAGE = SAFETY_MESSAGES + [
    text.ASK_PAIN_BEFORE, text.ASK_PAIN_AFTER_LIFT, text.ASK_PAIN_AFTER_SESSION,
    text.ASK_PAIN_MORNING, text.SORENESS_IS_NORMAL, text.MORNING_SETTLED, text.BACK_PAIN_ASK,
    *text.SCREEN_QUESTIONS.values(),
]


def test_every_safety_message_ends_with_the_not_a_medical_service_line() -> None:
    assert all(m.endswith("\n" + text.NOT_A_MEDICAL_SERVICE) for m in SAFETY_MESSAGES)


def test_no_message_says_to_push_through_or_promises_injury_prevention() -> None:
    banned = re.compile(r"push through|work through the pain|prevent(s)? injur|injury-proof"
                        r"|you have a|it's (just )?a (disc|sprain|strain)|diagnos", re.I)
    assert [m for m in EVERY_MESSAGE if banned.search(m)] == []


def test_the_emergency_message_sends_them_to_emergency_care_and_asks_nothing_about_training() -> None:
    message = text.private_message(Tier.EMERGENCY)
    assert "emergency number" in message and "emergency department" in message
    assert "?" not in message
    assert "/cleared" not in message


def test_the_urgent_message_says_a_doctor_today_and_pauses_until_cleared() -> None:
    message = text.private_message(Tier.URGENT)
    assert "doctor today" in message and "/cleared" in message


def test_the_provider_message_offers_upper_back_or_rest_and_names_the_emergency_signs() -> None:
    message = text.private_message(Tier.PROVIDER)
    assert "physical therapist or doctor" in message and "next few days" in message
    assert "upper-back and grip" in message and "rest" in message
    assert "groin" in message and "bladder" in message and "/cleared" in message


def test_a_group_line_names_the_person_and_nothing_about_their_symptoms() -> None:
    for tier in (Tier.PROVIDER, Tier.URGENT, Tier.EMERGENCY):
        line = text.public_line(tier, "Sam")
        assert line.startswith("Sam, ")
        assert not re.search(r"\d|pain|numb|ting|leg|chest|bladder|emergency", line.split("\n")[0], re.I)


def test_the_confirmation_quotes_what_was_heard() -> None:
    assert '"no tingling"' in text.CONFIRM_SIGN.format(heard="no tingling")
    assert '"numb groin"' in text.MISTAKE_REASK.format(heard="numb groin")


def test_every_screen_item_has_a_yes_no_question_and_advice_that_starts_gentle_mode() -> None:
    assert set(text.SCREEN_QUESTIONS) == set(Screen) == set(text.SCREEN_ADVICE)
    assert all(q.endswith("?") for q in text.SCREEN_QUESTIONS.values())
    assert all("gentle" in advice for advice in text.SCREEN_ADVICE.values())


def test_placeholders_fill_with_format() -> None:
    assert "rows" in text.DURING_STOP.format(lift="rows", alternative="glute bridges")
    assert "Sam" in text.ASK_PAIN_MORNING.format(name="Sam")
    assert "https://t.me/x" in text.PUBLIC_OPEN_PRIVATE.format(name="Sam", link="https://t.me/x")
