"""/history shows the session in progress and each load; short names find a lift; /undo reaches the session just ended."""
from __future__ import annotations

from datetime import timedelta

from core.conversation import Step
from core.text import flows as flows_text
from core.text import workout as workout_text
from tests.unit.test_coach_foundation import Chat
from tests.unit.test_open_questions import step, train_until


async def _through_the_rows(chat: Chat) -> None:
    """Pull-ups, then both rows; the second row's loads drop set by set (16, 14, 12 kg)."""
    await chat.onboard()
    await chat.say("/today")
    await train_until(chat, Step.FIRST_LOAD, stop_before_load_of="Chest-supported dumbbell row")
    await chat.say("16")
    await chat.say("done")  # warm-up
    for answer in ("10", "9 x 14", "8 x 12"):
        await chat.say(answer)


async def test_history_during_a_session_shows_the_session_so_far_and_asks_the_open_question_again() -> None:
    chat = Chat()
    await _through_the_rows(chat)
    replies = await chat.say("/history")
    text = replies[0].text
    assert workout_text.HISTORY_EMPTY not in text
    assert "Pull-up 3×10" in text and flows_text.HISTORY_IN_PROGRESS.strip() in text
    asked = replies[-1]  # the session card, its question on the last line
    assert asked.card is not None and asked.text.splitlines()[-1].startswith("First time logging Dumbbell Romanian deadlift")
    assert step(chat) is Step.FIRST_LOAD


async def test_history_shows_each_sets_load_when_the_loads_differ_within_a_lift() -> None:
    chat = Chat()
    await _through_the_rows(chat)
    replies = await chat.say("/history")
    assert "Chest-supported dumbbell row 10 @ 16 kg, 9 @ 14 kg, 8 @ 12 kg" in replies[0].text
    assert "Single-arm dumbbell row 3×10/10 @ 16 kg" in replies[0].text  # one load: said once


async def test_history_row_finds_every_row_the_lifter_does() -> None:
    chat = Chat()
    await _through_the_rows(chat)
    replies = await chat.say("/history row")
    text = replies[0].text
    assert text.startswith("Row, newest first:")
    assert "Single-arm dumbbell row 3×10/10 @ 16 kg" in text and "Chest-supported dumbbell row 10 @ 16 kg" in text


async def test_history_by_short_and_slot_names_finds_the_lift() -> None:
    chat = Chat()
    await _through_the_rows(chat)
    for said in ("pull-up", "pull-ups", "vertical pull"):
        replies = await chat.say(f"/history {said}")
        assert replies[0].text.startswith("Pull-up, newest first:"), said
    second = await chat.say("/history second row")
    assert second[0].text.startswith("Chest-supported dumbbell row, newest first:")
    assert "10 @ 16 kg, 9 @ 14 kg, 8 @ 12 kg" in second[0].text


async def test_history_deadlift_finds_the_romanian_deadlift_the_lifter_does() -> None:
    chat = Chat()
    await chat.onboard()
    await chat.say("/today")
    await train_until(chat, Step.PAIN_LIFT)
    await chat.say("1")
    replies = await chat.say("/history deadlift")
    assert replies[0].text.startswith("Dumbbell Romanian deadlift, newest first:")
    unknown = await chat.say("/history zumba")
    assert "don't know a lift called" in unknown[0].text


async def test_undo_after_finishing_offers_to_remove_the_last_set_of_the_session_just_finished() -> None:
    chat = Chat()
    await _through_the_rows(chat)
    await chat.say("/stop")
    await chat.say("1")  # pain after the session
    before = chat.sets()
    offer = await chat.say("/undo")
    assert offer[-1].text == flows_text.UNDO_FINISHED_Q.format(what="8 × 12 kg", lift="Chest-supported dumbbell row")
    assert [c.payload for c in offer[-1].choices] == ["yes", "no"]
    done = await chat.say("yes")
    assert done[-1].text == flows_text.UNDO_FINISHED_DONE.format(what="8 × 12 kg", lift="Chest-supported dumbbell row")
    assert chat.sets() == before[:-1] and step(chat) is Step.IDLE


async def test_keeping_the_set_after_undo_changes_nothing() -> None:
    chat = Chat()
    await _through_the_rows(chat)
    await chat.say("/stop")
    await chat.say("1")
    before = chat.sets()
    await chat.say("/undo")
    kept = await chat.say("no")
    assert kept[-1].text == flows_text.UNDO_FINISHED_KEPT and chat.sets() == before


async def test_undo_long_after_a_session_says_there_is_none_running() -> None:
    chat = Chat()
    await _through_the_rows(chat)
    await chat.say("/stop")
    await chat.say("1")
    chat.clock.move(timedelta(days=2))
    replies = await chat.say("/undo")
    assert replies[-1].text == workout_text.NO_SESSION
