"""The coach on in-memory fakes: routing, bad input, redeliveries, undo, stop and group manners."""
from __future__ import annotations

from datetime import timedelta

import pytest

from core.coach import Coach
from core.messages import ChatKind, Incoming, Reply, Visibility
from tests.fakes import FakeClock, FakeUnitOfWork, Store


class Chat:
    """A tiny harness: one store, one coach, messages from named people."""

    def __init__(self) -> None:
        self.store = Store()
        self.clock = FakeClock()
        self.coach = Coach(lambda: FakeUnitOfWork(self.store), self.clock, default_timezone="Europe/London")
        self.count = 0

    async def say(self, text: str, *, who: str = "ana", group: str | None = None, message_id: str | None = None,
                  reply_to: str | None = None, payload: str | None = None) -> list[Reply]:
        self.count += 1
        self.clock.move(timedelta(seconds=5))
        return await self.coach.handle(
            Incoming(
                platform="console",
                chat_id=f"group:{group}" if group else f"dm:{who}",
                chat_kind=ChatKind.GROUP if group else ChatKind.PRIVATE,
                sender_id=who,
                sender_name=who.title(),
                sent_at=self.clock.now(),
                text=text,
                payload=payload,
                message_id=message_id,
                reply_to_user_id=reply_to,
            )
        )

    async def onboard(self, who: str = "ana") -> None:
        for answer in ("/start", "2", "1 4 5", "1", "1", "keep", "2", "6"):
            await self.say(answer, who=who)

    def sets(self) -> list[tuple[str, int, float | None, bool]]:
        return [(s.lift_key, s.reps, s.load_kg, s.warmup) for s in sorted(self.store.sets.values(), key=lambda s: s.id or 0)]


@pytest.fixture
def chat() -> Chat:
    return Chat()


async def _to_first_working_set(chat: Chat) -> list[Reply]:
    await chat.onboard()
    await chat.say("/today")
    await chat.say("1")  # pain before
    await chat.say("skip")
    return await chat.say("skip")  # both pull-up ramp sets


async def test_onboarding_asks_one_question_at_a_time_and_stores_the_answers(chat: Chat) -> None:
    first = await chat.say("/start")
    assert "not medical advice" in first[1].text
    assert first[-1].text.startswith("How much training")
    await chat.say("2")
    await chat.say("dumbbells, pull-up bar")
    await chat.say("1")
    await chat.say("lb")
    wrong_zone = await chat.say("Mars/Olympus")
    assert "don't know the time zone" in wrong_zone[0].text
    await chat.say("America/New_York")
    await chat.say("3")
    done = await chat.say("none")
    profile = next(iter(chat.store.profiles.values()))
    assert profile.onboarded and profile.units.value == "lb" and profile.timezone == "America/New_York"
    assert profile.weekly_goal == 3 and {e.value for e in profile.equipment} == {"dumbbells", "pullup_bar"}
    assert "All set" in done[-1].text


async def test_an_unreadable_set_reply_gets_a_hint_and_changes_nothing(chat: Chat) -> None:
    await _to_first_working_set(chat)
    before = (chat.sets(), dict(chat.store.conversations))
    for bad in ("ten-ish", "150", "-3", "0", "10 x 900kg"):
        reply = await chat.say(bad)
        assert len(reply) == 1
        assert "Nothing was logged" in reply[0].text or "couldn't read" in reply[0].text
    assert (chat.sets(), dict(chat.store.conversations)) == before


async def test_a_redelivered_message_is_handled_once(chat: Chat) -> None:
    await _to_first_working_set(chat)
    first = await chat.say("8", message_id="m-1")
    again = await chat.say("8", message_id="m-1")
    assert first and again == []
    assert [s for s in chat.sets() if not s[3]] == [("pull_up", 8, None, False)]


async def test_undo_removes_the_last_set_and_asks_for_it_again(chat: Chat) -> None:
    await _to_first_working_set(chat)
    await chat.say("8")
    undone = await chat.say("/undo")
    assert "Removed your last set (8 reps)" in undone[0].text  # a note on the session card
    assert ", set 1 of 3" in undone[-1].text
    assert [s for s in chat.sets() if not s[3]] == []


async def test_stop_keeps_what_was_logged_as_a_partial_session(chat: Chat) -> None:
    await _to_first_working_set(chat)
    await chat.say("7")
    stopped = await chat.say("/stop")
    assert stopped[0].card is not None and not stopped[0].choices  # the card closes
    assert "kept the 1 working sets" in stopped[-1].text
    assert [w.status.value for w in chat.store.workouts.values()] == ["partial"]


async def test_an_unknown_command_gets_the_help_text_and_a_very_long_message_is_refused(chat: Chat) -> None:
    await chat.onboard()
    unknown = await chat.say("/dance")
    assert "I don't know /dance" in unknown[0].text and "/today" in unknown[0].text
    too_long = await chat.say("x" * 4001)
    assert "too long" in too_long[0].text


async def test_a_reply_to_another_members_prompt_is_refused_politely(chat: Chat) -> None:
    await chat.onboard("ana")
    await chat.onboard("ben")
    await chat.say("/today", who="ana", group="gym")
    refused = await chat.say("10", who="ben", group="gym", reply_to="ana")
    assert refused[0].text.startswith("Ben, that question was for someone else")


async def test_a_warning_sign_in_a_group_is_short_in_public_and_detailed_in_private(chat: Chat) -> None:
    await chat.onboard("ana")
    await chat.say("/today", who="ana", group="gym")
    replies = await chat.say("my leg went numb and tingly down to the foot", who="ana", group="gym")
    public = [r for r in replies if r.visibility is Visibility.PUBLIC]
    private = [r for r in replies if r.visibility is Visibility.PRIVATE]
    assert public and private
    assert "tingl" not in public[0].text and not any(ch.isdigit() for ch in public[0].text)
    assert "physical therapist" in private[0].text
    assert chat.store.safety[0].tier == "provider"
