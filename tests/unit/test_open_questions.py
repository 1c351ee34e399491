"""The questions the safety rules require stay open until they are answered or the session is stopped."""
from __future__ import annotations

from datetime import timedelta

import pytest

from core.conversation import Step
from core.messages import Reply
from core.text import flows as flows_text
from core.text import progress as progress_text
from core.text import safety as say
from tests.unit.test_coach_foundation import Chat, _to_first_working_set

HINGE_QUESTION = "How is your back after Dumbbell Romanian deadlift, from 0 to 10?"


def asks(reply: Reply, question: str) -> bool:
    """The reply puts `question` to the person: alone, or last (on their session card, or after the summary)."""
    return reply.text == question or reply.text.endswith("\n" + question)


def step(chat: Chat, who_id: int | None = None) -> Step:
    conversation = next(iter(chat.store.conversations.values())) if who_id is None else chat.store.conversations[who_id]
    return conversation.step


async def train_until(chat: Chat, wanted: Step, *, stop_before_load_of: str | None = None) -> list[Reply]:
    """Answer the session's questions (load 16, 10 reps) until it asks `wanted`."""
    replies = await chat.say("1")  # pain before
    for _ in range(60):
        if step(chat) is wanted and (stop_before_load_of is None or stop_before_load_of in replies[-1].text.splitlines()[-1]):
            return replies
        replies = await chat.say("16" if step(chat) is Step.FIRST_LOAD else "10")
    raise AssertionError("the session never got there")


async def at_the_hinge_pain_question(chat: Chat) -> list[Reply]:
    await chat.onboard()
    await chat.say("/today")
    replies = await train_until(chat, Step.PAIN_LIFT)
    assert asks(replies[-1], HINGE_QUESTION)
    return replies


@pytest.mark.parametrize("command", ["/today", "/skip", "/log 10", "/swap", "/undo", "/settings", "/checkin"])
async def test_a_command_at_the_pain_question_after_a_hinge_asks_it_again_and_moves_nothing_on(command: str) -> None:
    chat = Chat()
    await at_the_hinge_pain_question(chat)
    sets_before = chat.sets()
    replies = await chat.say(command)
    assert replies[0].text == flows_text.ANSWER_FIRST
    assert asks(replies[-1], HINGE_QUESTION) and len(replies[-1].choices) == 11
    assert chat.sets() == sets_before and step(chat) is Step.PAIN_LIFT
    answered = await chat.say("2")
    assert [(p.value, p.moment, p.lift_key) for p in chat.store.pain if p.moment == "lift"] == [(2, "lift", "db_rdl")]
    assert "What load will you use" in answered[-1].text or ", set" in answered[-1].text or "Warm-up" in answered[-1].text


async def test_pain_typed_as_a_command_answers_the_hinge_question() -> None:
    chat = Chat()
    await at_the_hinge_pain_question(chat)
    await chat.say("/pain 3")
    assert [(p.value, p.lift_key) for p in chat.store.pain if p.moment == "lift"] == [(3, "db_rdl")]
    assert step(chat) is not Step.PAIN_LIFT


async def test_help_and_history_at_the_pain_question_answer_and_then_ask_it_again() -> None:
    chat = Chat()
    await at_the_hinge_pain_question(chat)
    for command in ("/help", "/history"):
        replies = await chat.say(command)
        assert asks(replies[-1], HINGE_QUESTION)
        assert step(chat) is Step.PAIN_LIFT


async def test_stop_at_the_hinge_pain_question_ends_the_session_and_asks_the_after_session_question() -> None:
    chat = Chat()
    await at_the_hinge_pain_question(chat)
    replies = await chat.say("/stop")
    assert asks(replies[-1], say.ASK_PAIN_AFTER_SESSION)
    assert [w.status.value for w in chat.store.workouts.values()] == ["partial"]


async def test_stop_at_the_pain_question_before_a_session_ends_it_and_the_next_number_starts_nothing() -> None:
    chat = Chat()
    await chat.onboard()
    await chat.say("/today")
    replies = await chat.say("/stop")
    assert replies[-1].text == flows_text.STOPPED_BEFORE_START
    assert step(chat) is Step.IDLE
    later = await chat.say("2")
    assert chat.store.workouts == {} and chat.store.pain == []
    assert "didn't catch that" in later[-1].text


async def test_stop_at_the_pain_question_after_a_session_closes_it() -> None:
    chat = Chat()
    await _to_first_working_set(chat)
    await chat.say("8")
    await chat.say("/stop")
    assert step(chat) is Step.PAIN_AFTER
    replies = await chat.say("/stop")
    assert replies[-1].text == flows_text.STOPPED_AFTER_SESSION and step(chat) is Step.IDLE


async def test_today_at_the_pain_question_after_a_session_asks_it_again() -> None:
    chat = Chat()
    await _to_first_working_set(chat)
    await chat.say("8")
    await chat.say("/stop")
    replies = await chat.say("/today")
    assert asks(replies[-1], say.ASK_PAIN_AFTER_SESSION) and step(chat) is Step.PAIN_AFTER


async def test_commands_keep_working_at_the_warning_sign_yes_no_and_the_question_stays_open() -> None:
    chat = Chat()
    await _to_first_working_set(chat)
    await chat.say("8")
    await chat.say("is tingling normal?")
    assert step(chat) is Step.CONFIRM_SIGN
    helped = await chat.say("/help")
    assert helped[0].text.startswith("Here's what I understand") and "yes or no" in helped[-1].text
    walked = await chat.say("/skip")
    assert walked[0].text == flows_text.ANSWER_FIRST and "yes or no" in walked[-1].text
    stopped = await chat.say("/stop")
    assert stopped[0].text.startswith("Session ended") and "yes or no" in stopped[-1].text
    assert [w.status.value for w in chat.store.workouts.values()] == ["partial"]
    assert step(chat) is Step.CONFIRM_SIGN
    resumed = await chat.say("no")
    assert resumed[0].text == say.CONFIRM_DENIED and step(chat) is Step.PAIN_AFTER


async def test_deleteme_at_the_warning_sign_question_works_and_keeping_the_data_goes_back_to_it() -> None:
    chat = Chat()
    await _to_first_working_set(chat)
    await chat.say("is tingling normal?")
    asked = await chat.say("/deleteme")
    assert step(chat) is Step.CONFIRM_DELETE and asked[-1].text == progress_text.DELETE_Q
    kept = await chat.say("no")
    assert kept[0].text == progress_text.DELETE_KEPT and "yes or no" in kept[-1].text
    assert step(chat) is Step.CONFIRM_SIGN
    await chat.say("/deleteme")
    gone = await chat.say("yes")
    assert gone[-1].text == progress_text.DELETED and chat.store.profiles == {}


async def test_keeping_the_data_at_the_hinge_pain_question_asks_the_pain_question_again() -> None:
    chat = Chat()
    await at_the_hinge_pain_question(chat)
    await chat.say("/deleteme")
    kept = await chat.say("no")
    assert asks(kept[-1], HINGE_QUESTION) and step(chat) is Step.PAIN_LIFT


async def test_pain_typed_while_the_next_lifts_load_is_asked_belongs_to_the_lift_just_done() -> None:
    chat = Chat()
    await chat.onboard()
    await chat.say("/today")
    await train_until(chat, Step.FIRST_LOAD, stop_before_load_of="Chest-supported dumbbell row")
    replies = await chat.say("/pain 4")
    assert [(p.value, p.lift_key) for p in chat.store.pain if p.moment == "lift"] == [(4, "one_arm_db_row")]
    assert "Single-arm dumbbell row" in replies[0].text
    assert "Chest-supported dumbbell row" in replies[-1].text and step(chat) is Step.FIRST_LOAD


async def test_high_pain_while_the_next_lifts_load_is_asked_stops_the_lift_just_done_not_the_next() -> None:
    chat = Chat()
    await chat.onboard()
    await chat.say("/today")
    await train_until(chat, Step.FIRST_LOAD, stop_before_load_of="Chest-supported dumbbell row")
    replies = await chat.say("pain 7")
    assert replies[-1].text.startswith("Let's stop Single-arm dumbbell row here")
    carried = await chat.say("carry on")
    assert "Chest-supported dumbbell row" in carried[-1].text
    assert [(p.value, p.lift_key) for p in chat.store.pain if p.moment == "lift"] == [(7, "one_arm_db_row")]


async def test_pain_before_any_lift_is_done_belongs_to_the_session() -> None:
    chat = Chat()
    await chat.onboard()
    await chat.say("/today")
    await chat.say("1")
    await chat.say("pain 2")
    assert [(p.value, p.moment, p.lift_key) for p in chat.store.pain if p.moment != "before"] == [(2, "any", None)]


async def test_stop_at_a_question_outside_a_session_closes_it_instead_of_saying_no_session_is_running() -> None:
    chat = Chat()
    await chat.onboard()
    await chat.say("/deleteme")
    closed = await chat.say("/stop")
    assert closed[-1].text == flows_text.QUESTION_CLOSED and step(chat) is Step.IDLE
    later = await chat.say("yes")
    assert chat.store.profiles != {} and later[-1].text != progress_text.DELETED
    await chat.say("/settings")
    closed = await chat.say("/stop")
    assert closed[-1].text == flows_text.QUESTION_CLOSED and step(chat) is Step.IDLE


async def test_pain_typed_as_a_command_answers_the_morning_checkin() -> None:
    chat = Chat()
    await _to_first_working_set(chat)
    await chat.say("8")
    await chat.say("/stop")
    await chat.say("4")  # books a check-in
    chat.clock.move(timedelta(hours=20))
    await chat.say("/checkin")
    replies = await chat.say("/pain 1")
    assert replies[0].text == say.MORNING_SETTLED
    assert [p.value for p in chat.store.pain if p.moment == "morning"] == [1] and step(chat) is Step.IDLE


async def test_denying_a_warning_sign_at_the_hinge_question_asks_that_question_again_word_for_word() -> None:
    chat = Chat()
    await at_the_hinge_pain_question(chat)
    await chat.say("is tingling normal?")
    resumed = await chat.say("no")
    assert resumed[0].text == say.CONFIRM_DENIED
    assert resumed[-1].text == HINGE_QUESTION and step(chat) is Step.PAIN_LIFT


async def test_denying_a_warning_sign_at_the_stop_choice_offers_the_choice_again_not_a_pain_scale() -> None:
    chat = Chat()
    await _to_first_working_set(chat)
    await chat.say("8")
    await chat.say("pain 7")
    assert step(chat) is Step.PAIN_STOP
    await chat.say("is tingling normal?")
    resumed = await chat.say("no")
    assert [c.payload for c in resumed[-1].choices][-2:] == ["carry on", "end"]
    assert step(chat) is Step.PAIN_STOP


async def test_a_low_pain_number_at_the_stop_choice_is_noted_and_the_choice_is_offered_again() -> None:
    chat = Chat()
    await _to_first_working_set(chat)
    await chat.say("8")
    await chat.say("pain 7")
    replies = await chat.say("pain 2")
    assert [c.payload for c in replies[-1].choices][-2:] == ["carry on", "end"] and step(chat) is Step.PAIN_STOP
