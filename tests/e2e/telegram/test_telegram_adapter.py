"""The adapter on the real PTB Application against the Bot API emulator, with a scripted coach."""
from __future__ import annotations

from core.messages import ChatKind, Choice, Incoming, Reply
from tg_emulator import Emulator, Person
from tg_fake_coach import FakeCoach

ANNA = Person(101, "Anna")


async def test_a_private_message_reaches_the_coach_and_its_reply_comes_back(emulator: Emulator, start_bot) -> None:
    coach = FakeCoach()
    await start_bot(coach)
    chat = emulator.private(ANNA)

    await chat.say(ANNA, "hello <coach>")

    reply = await chat.next()
    assert reply.text == "you said: hello <coach>"
    assert reply.html == "you said: hello &lt;coach&gt;"
    assert reply.parse_mode == "HTML"
    heard = coach.heard[0]
    assert (heard.platform, heard.chat_kind, heard.sender_id, heard.sender_name) == ("telegram", ChatKind.PRIVATE, "101", "Anna")
