"""Coaching rules as the lifter meets them in the chat: /swap remembered, cues, last time."""
from __future__ import annotations

from datetime import timedelta

from tests.unit.test_coach_foundation import Chat, _to_first_working_set


async def _to_row(chat: Chat) -> None:
    await _to_first_working_set(chat)
    await chat.say("/skip")  # skip the pull-up: the one-arm row is next
    await chat.say("20")  # first load for the row


async def test_swap_replaces_the_current_lift_and_is_remembered() -> None:
    chat = Chat()
    await _to_first_working_set(chat)
    offered = await chat.say("/swap")
    assert offered[0].text.startswith("Swap Pull-up for which one?") and offered[0].choices
    target = offered[0].choices[0]
    swapped = await chat.say(target.payload)
    assert swapped[0].text.startswith(f"Swapped Pull-up for {target.label}")
    profile = next(iter(chat.store.profiles.values()))
    assert ("vertical_pull", target.payload.split()[-1]) in profile.lift_choices


async def test_grip_giving_out_logs_the_set_and_lightens_the_next_one() -> None:
    chat = Chat()
    await _to_row(chat)
    await chat.say("done")  # the row's ramp set
    replies = await chat.say("8/8, grip gave out")
    assert len(replies) == 1 and "straps" in replies[0].text  # the cue is a note on the card
    assert "set 1 of 3 logged: 8/8 × 20 kg" in replies[0].change
    assert "@ 18 kg" in replies[-1].text  # the next set is lighter


async def test_the_second_session_shows_last_time_beside_the_lift() -> None:
    chat = Chat()
    await _to_row(chat)
    await chat.say("done")
    for _ in range(3):
        await chat.say("12")
    await chat.say("/stop")
    await chat.say("1")
    chat.clock.move(timedelta(days=3))
    await chat.say("/today")
    await chat.say("1")
    await chat.say("skip")
    await chat.say("skip")
    await chat.say("/skip")
    replies = await chat.say("done")  # row ramp
    assert "last time 3×12 per side @ 20 kg" in replies[-1].text
    assert "aim for 8 reps @ 22 kg per side" in replies[-1].text  # every set at the top: +2 kg per dumbbell
