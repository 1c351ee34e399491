"""Commands sent while a question is open: onboarding repeats its question, groups need no onboarding."""
from __future__ import annotations

import pytest

from core.conversation import Step
from core.text import flows as flows_text
from core.text import general
from core.text import onboarding as onboarding_text
from core.text import reminders as reminders_text
from tests.unit.test_coach_foundation import Chat


@pytest.mark.parametrize("command", ["/today", "/undo", "/history", "/skip"])
async def test_a_command_during_onboarding_repeats_the_pending_question_instead_of_saying_type_start(command: str) -> None:
    chat = Chat()
    await chat.say("/start")
    await chat.say("2")  # level answered; equipment is pending
    replies = await chat.say(command)
    assert general.NEED_ONBOARDING not in [r.text for r in replies]
    assert replies[0].text == flows_text.ANSWER_FIRST
    assert replies[-1].text.startswith(onboarding_text.EQUIPMENT_Q)
    conversation = next(iter(chat.store.conversations.values()))
    assert conversation.step is Step.ONBOARDING and conversation.data["question"] == "equipment"


async def test_help_during_onboarding_shows_help_and_then_the_pending_question() -> None:
    chat = Chat()
    await chat.say("/start")
    replies = await chat.say("/help")
    assert replies[0].text.startswith(general.HELP_HEADER)
    assert replies[-1].text.startswith(onboarding_text.LEVEL_Q)


async def test_someone_who_never_started_is_still_told_to_type_start() -> None:
    chat = Chat()
    replies = await chat.say("/today")
    assert replies[-1].text == general.NEED_ONBOARDING


async def test_remindme_on_in_a_group_works_without_the_full_onboarding() -> None:
    chat = Chat()
    replies = await chat.say("/remindme on", who="bo", group="gym")
    assert replies[-1].text == reminders_text.REMINDME_ON.format(name="Bo")
    assert [m.opted_in for m in chat.store.members.values()] == [True]
    off = await chat.say("/remindme off", who="bo", group="gym")
    assert off[-1].text == reminders_text.REMINDME_OFF.format(name="Bo")


async def test_deleteme_works_for_someone_halfway_through_onboarding_and_keep_goes_back_to_the_question() -> None:
    chat = Chat()
    await chat.say("/start")
    await chat.say("2")
    await chat.say("/deleteme")
    kept = await chat.say("no")
    assert kept[-1].text.startswith(onboarding_text.EQUIPMENT_Q)
    await chat.say("/deleteme")
    gone = await chat.say("yes")
    assert gone[-1].text.startswith("Done: everything")
    assert chat.store.profiles == {} and chat.store.conversations == {}
