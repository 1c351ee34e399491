"""The rest timer on in-memory fakes: /rest, the push through the postman, and what cancels or drops it."""
from __future__ import annotations

from datetime import timedelta

from core.messages import Outgoing
from core.reminders.limiter import Limiter
from core.reminders.model import Kind
from core.reminders.model import Status as Delivered
from core.reminders.postman import Postman
from tests.fakes import FakeUnitOfWork
from tests.unit.test_coach_foundation import Chat, _to_first_working_set


class Recording:
    def __init__(self) -> None:
        self.sent: list[Outgoing] = []

    async def send(self, message: Outgoing) -> str | None:
        self.sent.append(message)
        return None


async def _no_sleep(_: float) -> None:
    return None


def postman(chat: Chat, messenger: Recording) -> Postman:
    def never(*_: object) -> object:
        raise AssertionError("no schedules in these tests")

    return Postman(lambda: FakeUnitOfWork(chat.store), messenger, chat.clock, never,  # type: ignore[arg-type]
                   Limiter(lambda: 0.0, per_second={}), sleep=_no_sleep)


def rest_rows(chat: Chat) -> list[tuple[Delivered, str]]:
    rows = sorted(chat.store.outbox.items())
    return [(row.delivery.status, row.note) for _, row in rows if row.delivery.kind is Kind.REST]


async def test_rest_shows_the_per_lift_times_and_sets_one_time_or_none() -> None:
    chat = Chat()
    await chat.onboard()
    shown = (await chat.say("/rest"))[0].text
    assert "2:30 min for pull-ups" in shown and "1:30 min for rows" in shown and "1:00 min for finishers" in shown
    assert (await chat.say("/rest 90"))[0].text.startswith("Done: 1:30 min of rest")
    profile = next(iter(chat.store.profiles.values()))
    assert profile.rest_seconds == 90
    assert "from 15 to 600 seconds" in (await chat.say("/rest 5"))[0].text
    assert "Try /rest 90" in (await chat.say("/rest banana"))[0].text
    assert next(iter(chat.store.profiles.values())).rest_seconds == 90  # refused answers changed nothing
    await chat.say("/rest off")
    assert next(iter(chat.store.profiles.values())).rest_seconds == 0
    assert (await chat.say("/rest"))[0].text.startswith("The rest timer is off")
    await chat.say("/rest auto")
    assert next(iter(chat.store.profiles.values())).rest_seconds is None


async def test_the_rest_push_comes_once_when_the_rest_is_over_and_names_the_next_set() -> None:
    chat, messenger = Chat(), Recording()
    await _to_first_working_set(chat)
    await chat.say("/rest 60")
    await chat.say("7")  # set 1 of the pull-ups
    await postman(chat, messenger).tick()
    assert messenger.sent == []
    chat.clock.move(timedelta(seconds=60))
    await postman(chat, messenger).tick()
    await postman(chat, messenger).tick()
    assert [m.reply.text for m in messenger.sent] == ["Rest over — set 2 of 3: as many clean reps as you can"]
    assert messenger.sent[0].chat_id == "ana" and rest_rows(chat) == [(Delivered.SENT, "")]


async def test_a_push_still_waiting_when_the_next_set_is_logged_late_is_dropped_not_sent() -> None:
    chat, messenger = Chat(), Recording()
    await _to_first_working_set(chat)
    await chat.say("/rest 60")
    await chat.say("7")
    chat.clock.move(timedelta(seconds=90))  # the rest is over, but the postman has not come round yet
    await chat.say("6")
    await postman(chat, messenger).tick()
    assert [m.reply.text for m in messenger.sent] == []
    assert rest_rows(chat)[0] == (Delivered.SKIPPED, "not needed")


async def test_stopping_the_session_cancels_the_rest_push_and_off_means_no_push() -> None:
    chat, messenger = Chat(), Recording()
    await _to_first_working_set(chat)
    await chat.say("7")
    await chat.say("/stop")
    assert rest_rows(chat) == [(Delivered.SKIPPED, "cancelled")]
    chat.clock.move(timedelta(minutes=5))
    await postman(chat, messenger).tick()
    assert messenger.sent == []
    await chat.say("1")  # pain after
    await chat.say("/rest off")
    await chat.say("/today")
    await chat.say("1")
    await chat.say("skip")
    await chat.say("skip")
    await chat.say("7")
    assert len(rest_rows(chat)) == 1  # no new row with the timer off


async def test_in_a_group_the_rest_is_kept_for_the_card_but_never_pushed_to_the_group() -> None:
    chat = Chat()
    await chat.onboard()
    for said in ("/today", "1", "skip", "skip"):
        await chat.say(said, group="gym")
    logged = await chat.say("7", group="gym")
    (card,) = [r for r in logged if r.card is not None]  # the set shows on the card, with the rest on it
    assert card.change == "✓ Pull-up: set 1 of 3 logged: 7 reps" and "\n   7 reps\n" in card.text
    assert "⏱ Rest until" in card.text and not card.notify
    (workout,) = chat.store.workouts.values()
    assert workout.rest_until == chat.clock.now() + timedelta(seconds=150)
    assert rest_rows(chat) == []
