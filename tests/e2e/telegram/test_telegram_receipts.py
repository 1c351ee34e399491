"""What happens around a reply: the button's spinner, "typing…", and the next long poll."""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from adapters.telegram.polling import RepliesFirst
from core.messages import Choice, Incoming, Reply
from tg_emulator import Emulator, Person, eventually
from tg_fake_coach import FakeCoach

ANNA = Person(101, "Anna")
GROUP_ID = -1001234567890


def yes_no(incoming: Incoming) -> list[Reply]:
    if incoming.payload:
        return [Reply(text=f"noted {incoming.payload}"), Reply(text="Next set?")]
    return [Reply(text="Ready?", choices=(Choice("yes", "yes"), Choice("no", "no")))]


async def methods(emulator: Emulator) -> list[str]:
    return [call["method"] for call in await emulator.calls() if call["method"] != "getUpdates"]


async def test_a_quick_reply_to_a_press_goes_out_first_then_the_spinner_stops_without_typing(emulator: Emulator, start_bot) -> None:
    await start_bot(FakeCoach(yes_no), slow_after=30)
    chat = emulator.private(ANNA)
    await chat.say(ANNA, "/ready")
    prompt = await chat.next()

    await chat.press(ANNA, prompt, "yes")

    assert [m.text for m in await chat.rest()] == ["noted yes", "Next set?"]
    answered = await eventually(lambda: emulator.calls("answerCallbackQuery"))
    assert len(answered) == 1
    sent = await methods(emulator)
    replies = [i for i, method in enumerate(sent) if method == "sendMessage"]
    assert sent.index("answerCallbackQuery") > replies[1]  # after "noted yes" went out
    assert "sendChatAction" not in sent


async def test_a_slow_reply_stops_the_spinner_and_shows_typing_while_the_person_waits(emulator: Emulator, start_bot) -> None:
    release = asyncio.Event()

    async def slow(incoming: Incoming) -> list[Reply]:
        if not incoming.payload:
            return yes_no(incoming)
        await release.wait()
        return [Reply(text="here is your chart")]

    await start_bot(FakeCoach(slow), slow_after=0)  # every reply counts as slow
    chat = emulator.private(ANNA)
    await chat.say(ANNA, "/progress")
    prompt = await chat.next()
    typed_before = len(await eventually(lambda: emulator.calls("sendChatAction")))

    await chat.press(ANNA, prompt, "yes")

    assert await eventually(lambda: emulator.calls("answerCallbackQuery"))  # before any reply
    typing = await eventually(lambda: _more(emulator.calls("sendChatAction"), typed_before))
    assert {call["chat_id"] for call in typing} == {"101"}
    release.set()
    assert (await chat.next()).text == "here is your chart"
    assert len(await emulator.calls("answerCallbackQuery")) == 1  # answered once, not again


async def _more(calls: Awaitable[list[dict[str, Any]]], than: int) -> list[dict[str, Any]]:
    found = await calls
    return found if len(found) > than else []


async def test_typing_is_shown_in_private_chats_only_sparing_a_groups_rate_limit(emulator: Emulator, start_bot) -> None:
    await start_bot(FakeCoach(), slow_after=0)  # every reply counts as slow
    group, private = emulator.group(GROUP_ID, "Back crew"), emulator.private(ANNA)

    await group.say(ANNA, "/today")
    await group.next()
    await group.say(ANNA, "/today")
    await group.next()  # Anna's updates run in order: the first one is fully handled by now
    assert "sendChatAction" not in await methods(emulator)

    await private.say(ANNA, "hi")
    await private.next()
    typing = await eventually(lambda: emulator.calls("sendChatAction"))
    assert [call["chat_id"] for call in typing] == ["101"]


async def test_the_next_long_poll_goes_out_only_after_the_reply(emulator: Emulator, start_bot) -> None:
    release = asyncio.Event()

    async def busy(incoming: Incoming) -> list[Reply]:
        await release.wait()  # as the coach awaits its database, leaving the loop free for a poll
        return [Reply(text=f"you said: {incoming.text}")]

    coach = FakeCoach(busy)
    await start_bot(coach, poll_hold=30)
    chat = emulator.private(ANNA)

    await chat.say(ANNA, "hi")
    await eventually(lambda: coach.heard)
    release.set()
    assert (await chat.next()).text == "you said: hi"

    calls = [c for c in await emulator.calls() if c["method"] in ("getUpdates", "sendMessage")]
    fetched = next(i for i, call in enumerate(calls) if call.get("updates"))
    assert calls[fetched + 1]["method"] == "sendMessage"  # not another getUpdates beside the reply


async def test_the_poll_waits_for_every_update_fetched_to_be_answered() -> None:
    replies = RepliesFirst(max_wait=30)
    replies.fetched(2)
    waiting = asyncio.create_task(replies.wait())

    replies.answered()
    await asyncio.sleep(0)
    assert not waiting.done()
    replies.answered()
    await asyncio.wait_for(waiting, 5)


async def test_an_update_never_answered_holds_one_poll_only() -> None:
    replies = RepliesFirst(max_wait=0)
    replies.fetched(1)

    await replies.wait()  # gives up at once (max_wait 0) and forgives the stray update
    replies.fetched(1)
    replies.answered()

    await asyncio.wait_for(replies.wait(), 5)
