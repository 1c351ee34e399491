"""The safety conversation on fakes: every §5 rule as the lifter meets it in the chat."""
from __future__ import annotations

from datetime import timedelta

from core.messages import Visibility
from core.text import pauses
from core.text import safety as say
from tests.unit.test_coach_foundation import Chat, _to_first_working_set


async def test_pain_of_seven_or_more_before_a_session_means_no_training_today() -> None:
    chat = Chat()
    await chat.onboard()
    await chat.say("/today")
    replies = await chat.say("8")
    assert replies[-1].text == say.REST_TODAY
    assert chat.store.workouts == {}


async def test_pain_of_four_to_six_before_a_session_gives_the_gentle_version() -> None:
    chat = Chat()
    await chat.onboard()
    await chat.say("/today")
    replies = await chat.say("5")
    assert any(say.GENTLE_TODAY in r.text for r in replies)
    assert next(iter(chat.store.workouts.values())).plan.gentle


async def test_pain_above_five_mid_lift_stops_that_lift_and_offers_a_gentler_one_or_the_end() -> None:
    chat = Chat()
    await _to_first_working_set(chat)
    await chat.say("8")
    replies = await chat.say("pain 7")
    assert replies[-1].text.startswith("Let's stop Pull-up here")
    assert [c.payload for c in replies[-1].choices][-2:] == ["carry on", "end"]
    ended = await chat.say("end")
    assert any(w.status.value == "partial" for w in chat.store.workouts.values())
    assert ended[-1].text.endswith(say.ASK_PAIN_AFTER_SESSION)


async def test_pain_after_the_session_of_three_or_more_books_a_morning_checkin_that_can_reduce_the_next_session() -> None:
    chat = Chat()
    await _to_first_working_set(chat)
    await chat.say("8")
    await chat.say("/stop")
    replies = await chat.say("4")
    assert replies[0].text == say.AFTER_SESSION_CHECKIN
    workout = next(iter(chat.store.workouts.values()))
    assert workout.checkin_due_at is not None
    chat.clock.move(timedelta(hours=20))
    await chat.say("/checkin")
    result = await chat.say("5")  # higher than the 1 before the session
    assert result[0].text == say.MORNING_HIGHER
    assert next(iter(chat.store.workouts.values())).reduce_next is True


async def test_an_emergency_sign_mid_set_ends_the_session_pauses_the_plan_and_asks_nothing_about_training() -> None:
    chat = Chat()
    await _to_first_working_set(chat)
    replies = await chat.say("I can't feel my groin and I wet myself")
    assert [r.text for r in replies] == [say.EMERGENCY_PRIVATE]
    assert not replies[0].choices
    profile = next(iter(chat.store.profiles.values()))
    assert profile.training_paused and profile.progression_paused
    assert chat.store.safety[0].tier == "emergency"
    assert [w.status.value for w in chat.store.workouts.values()] == ["stopped_for_safety"]
    paused = await chat.say("/today")
    assert paused[0].text == pauses.PAUSED_NO_TRAINING


async def test_a_negated_sign_gets_a_yes_no_question_and_no_resumes_where_we_were() -> None:
    chat = Chat()
    await _to_first_working_set(chat)
    asked = await chat.say("no tingling in my legs today")
    assert "To be safe I need to ask" in asked[0].text and [c.payload for c in asked[0].choices] == ["yes", "no"]
    mistake = await chat.say("that was a mistake")
    assert "one more time" in mistake[0].text  # re-asks instead of silently resuming
    resumed = await chat.say("no")
    assert resumed[0].text == say.CONFIRM_DENIED and ", set 1 of 3" in resumed[-1].text
    assert chat.store.safety == []


async def test_cleared_lifts_the_pause_only_after_confirmation() -> None:
    chat = Chat()
    await chat.onboard()
    await chat.say("shooting pain down my left leg")
    profile = next(iter(chat.store.profiles.values()))
    assert profile.progression_paused and profile.pause_reason == "provider"
    offer = await chat.say("/today")
    assert offer[0].text == pauses.PAUSED_BACK_LOADING
    assert [c.payload for c in offer[0].choices] == ["/today grip", "/today rest"]
    assert (await chat.say("/today rest"))[0].text == pauses.RESTING
    await chat.say("/today grip")
    plan = next(r.text for r in await chat.say("1") if r.card is not None)
    assert pauses.UPPER_BACK_ONLY_HEADER in plan and "deadlift" not in plan.lower() and "Pull-up" in plan
    await chat.say("/stop")
    await chat.say("/cleared")
    await chat.say("no")
    assert next(iter(chat.store.profiles.values())).progression_paused
    await chat.say("/cleared")
    done = await chat.say("yes")
    assert done[0].text == pauses.CLEARED_DONE
    assert not next(iter(chat.store.profiles.values())).progression_paused


async def test_one_of_three_members_reporting_a_sign_mid_set_ends_only_that_members_session() -> None:
    chat = Chat()
    for who in ("ana", "ben", "cy"):
        await chat.onboard(who)
        await chat.say("/today", who=who, group="gym")
        await chat.say("1", who=who, group="gym")
    replies = await chat.say("my legs keep giving way", who="ben", group="gym")
    public = [r for r in replies if r.visibility is Visibility.PUBLIC]
    assert len(public) == 1 and public[0].text.startswith("Ben,") and not any(ch.isdigit() for ch in public[0].text)
    assert [r.visibility for r in replies if r.text == say.EMERGENCY_PRIVATE] == [Visibility.PRIVATE]
    statuses = {chat.store.profiles[w.user_id].display_name: w.status.value for w in chat.store.workouts.values()}
    assert statuses == {"Ana": "active", "Ben": "stopped_for_safety", "Cy": "active"}
    carry_on = await chat.say("done", who="cy", group="gym")
    assert carry_on[0].change.startswith("✓ warm-up set 1 logged")
