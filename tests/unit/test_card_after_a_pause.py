"""The card comes back as a fresh message when the person returns to an open session question after a pause."""
from __future__ import annotations

from datetime import timedelta

from tests.unit.test_coach_foundation import Chat, _to_first_working_set


def _card(replies):  # type: ignore[no-untyped-def]
    return next(r for r in replies if r.card is not None)


async def test_an_answer_soon_after_the_last_change_edits_the_card_in_place() -> None:
    chat = Chat()
    await _to_first_working_set(chat)
    await chat.say("7")
    chat.clock.move(timedelta(minutes=3))
    assert _card(await chat.say("6")).notify is False


async def test_an_answer_after_a_long_pause_sends_the_card_as_a_fresh_message_once() -> None:
    chat = Chat()
    await _to_first_working_set(chat)
    await chat.say("7")
    chat.clock.move(timedelta(minutes=12))
    fresh = _card(await chat.say("6"))
    assert fresh.notify is True and "6 reps" in fresh.text
    assert _card(await chat.say("5")).notify is False  # the fresh card is the one edited from here on
    (workout,) = chat.store.workouts.values()
    assert [s.reps for s in chat.store.sets.values() if not s.warmup] == [7, 6, 5]
