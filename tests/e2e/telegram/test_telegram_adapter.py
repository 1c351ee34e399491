"""The adapter on the real PTB Application against the Bot API emulator, with a scripted coach."""
from __future__ import annotations

from core.messages import ChatKind, Choice, Incoming, Reply, Visibility
from tg_emulator import Emulator, Person, eventually
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


BEN, CARL, DORA = Person(202, "Ben"), Person(303, "Carl"), Person(404, "Dora")
GROUP_ID = -1001234567890


def pain_prompt(incoming: Incoming) -> list[Reply]:
    if incoming.said.startswith("pain:"):
        return [Reply(text=f"noted {incoming.said}")]
    scale = tuple(Choice(str(n), f"pain:{n}") for n in range(11))
    return [Reply(text="How is your back, 0-10?", choices=scale, to_user_id=incoming.sender_id, expects_answer=True)]


async def test_choices_become_an_inline_keyboard_and_a_press_arrives_as_its_payload(emulator: Emulator, start_bot) -> None:
    coach = FakeCoach(pain_prompt)
    await start_bot(coach)
    chat = emulator.private(ANNA)

    await chat.say(ANNA, "/pain")
    prompt = await chat.next()
    assert prompt.buttons[0] == ("0", "pain:0") and prompt.buttons[-1] == ("10", "pain:10")
    assert [len(row) for row in prompt.raw["reply_markup"]["inline_keyboard"]] == [6, 5]

    await chat.press(ANNA, prompt, "7")
    assert (await chat.next()).text == "noted pain:7"
    assert coach.heard[-1].payload == "pain:7"
    answered = await eventually(lambda: emulator.calls("answerCallbackQuery"))
    assert len(answered) == 1  # the spinner on the button stops


async def test_a_long_reply_is_split_under_the_telegram_limit_with_buttons_on_the_last_piece(emulator: Emulator, start_bot) -> None:
    paragraph = "Row with your elbows & keep the torso still. " * 20
    long_text = "\n\n".join([paragraph] * 12)  # about 11,000 characters
    await start_bot(FakeCoach(lambda _i: [Reply(text=long_text, choices=(Choice("Done", "done"),))]))
    chat = emulator.private(ANNA)

    await chat.say(ANNA, "/history")
    pieces = await chat.rest()

    assert len(pieces) == 3
    assert all(len(p.html) <= 4096 for p in pieces)
    assert " ".join(p.text for p in pieces).split() == long_text.split()  # nothing lost or reordered
    assert [bool(p.buttons) for p in pieces] == [False, False, True]
    assert all(p.text.endswith(".") for p in pieces)  # cut at a paragraph, never mid-word


async def test_the_command_menus_are_set_for_private_chats_and_groups(emulator: Emulator, start_bot) -> None:
    from core.commands import COMMANDS

    await start_bot(FakeCoach())

    menus = await emulator.commands()
    assert [c["command"] for c in menus["all_private_chats"]] == [c.name for c in COMMANDS]
    assert [c["command"] for c in menus["all_group_chats"]] == [c.name for c in COMMANDS if not c.private_only]


async def test_in_a_group_a_command_for_this_bot_is_heard_and_one_for_another_bot_is_not(emulator: Emulator, start_bot) -> None:
    coach = FakeCoach()
    await start_bot(coach)
    group = emulator.group(GROUP_ID, "Back crew")

    await group.say(BEN, "/today@SomeOtherBot")
    await group.say(BEN, "/today@BackcoachTestBot")

    assert (await group.next()).text == "you said: /today"
    assert [i.text for i in coach.heard] == ["/today"]
    assert coach.heard[0].chat_kind == ChatKind.GROUP and coach.heard[0].chat_title == "Back crew"


async def test_a_group_prompt_addresses_its_member_with_a_selective_force_reply(emulator: Emulator, start_bot) -> None:
    def ask_reps(incoming: Incoming) -> list[Reply]:
        if incoming.text.startswith("/"):
            return [Reply(text="Set 1: how many reps?", to_user_id=incoming.sender_id, expects_answer=True)]
        return [Reply(text=f"{incoming.sender_name} logged {incoming.text} for {incoming.reply_to_user_id}")]

    coach = FakeCoach(ask_reps)
    await start_bot(coach)
    group = emulator.group(GROUP_ID, "Back crew")

    await group.say(BEN, "/today@BackcoachTestBot")
    prompt = await group.next()
    assert prompt.force_reply and prompt.selective
    assert prompt.mentioned == ["202"] and prompt.text.startswith("Ben\n")
    assert prompt.replies_to is not None  # a reply to Ben's own message, so only Ben is asked

    await group.say(BEN, "10", reply_to=prompt)
    assert (await group.next()).text == "Ben logged 10 for 202"


async def test_three_members_answering_at_once_are_each_attributed_to_their_sender(emulator: Emulator, start_bot) -> None:
    def ask_reps(incoming: Incoming) -> list[Reply]:
        if incoming.text.startswith("/"):
            return [Reply(text="How many reps?", to_user_id=incoming.sender_id, expects_answer=True)]
        return [Reply(text=f"{incoming.sender_id} answered {incoming.reply_to_user_id}'s prompt: {incoming.text}")]

    await start_bot(FakeCoach(ask_reps))
    group = emulator.group(GROUP_ID, "Back crew")
    members = (BEN, CARL, DORA)
    prompts = {}
    for member in members:
        await group.say(member, "/today")
        prompt = await group.next()
        prompts[prompt.mentioned[0]] = prompt

    await group.say(BEN, "8", reply_to=prompts["202"])
    await group.say(CARL, "9", reply_to=prompts["303"])
    await group.say(DORA, "7", reply_to=prompts["202"])  # Dora answers Ben's prompt

    answers = sorted(m.text for m in [await group.next() for _ in members])
    assert answers == ["202 answered 202's prompt: 8", "303 answered 303's prompt: 9", "404 answered 202's prompt: 7"]


async def test_a_private_detail_from_a_group_goes_to_the_members_private_chat(emulator: Emulator, start_bot) -> None:
    def warn(incoming: Incoming) -> list[Reply]:
        return [
            Reply(text="Let's stop here for today.", to_user_id=incoming.sender_id),
            Reply(text="The details, just for you.", visibility=Visibility.PRIVATE, to_user_id=incoming.sender_id),
        ]

    coach = FakeCoach(warn)
    await start_bot(coach)
    group, private = emulator.group(GROUP_ID, "Back crew"), emulator.private(CARL)

    await group.say(CARL, "/pain@BackcoachTestBot 8")

    assert (await group.next()).text == "Carl\nLet's stop here for today."
    assert (await private.next()).text == "The details, just for you."
    assert coach.held == []


async def test_when_the_member_never_opened_the_bot_the_detail_is_held_and_a_deep_link_posted(emulator: Emulator, start_bot) -> None:
    from core.text.platform import private_fallback_note

    details = (
        Reply(text="Detail one.", visibility=Visibility.PRIVATE, to_user_id="404"),
        Reply(text="Detail two.", visibility=Visibility.PRIVATE, to_user_id="404"),
    )
    coach = FakeCoach(lambda _i: list(details))
    await start_bot(coach)
    await emulator.refuse(DORA.id)
    group = emulator.group(GROUP_ID, "Back crew")

    await group.say(DORA, "/today")

    note = await group.next()
    assert note.text == private_fallback_note("Dora", "https://t.me/BackcoachTestBot?start=held1")
    assert note.mentioned == ["404"]
    assert await group.rest() == []  # one note, not one per held message
    assert [(p, u, r.text) for p, u, r in coach.held] == [("telegram", "404", "Detail one."), ("telegram", "404", "Detail two.")]


async def test_a_user_who_blocked_the_bot_is_marked_unreachable(emulator: Emulator, start_bot) -> None:
    coach = FakeCoach()
    await start_bot(coach)
    await emulator.refuse(ANNA.id, "Forbidden: bot was blocked by the user")

    await emulator.private(ANNA).say(ANNA, "/today")

    assert await eventually(lambda: coach.unreachable == [("telegram", "101")])


async def test_one_failing_update_is_answered_with_an_apology_and_the_bot_keeps_going(emulator: Emulator, start_bot) -> None:
    from core.text.platform import APOLOGY

    def fragile(incoming: Incoming) -> list[Reply]:
        if incoming.text == "boom":
            raise ValueError("a bug in the coach")
        return [Reply(text="fine")]

    await start_bot(FakeCoach(fragile))
    chat = emulator.private(ANNA)

    await chat.say(ANNA, "boom")
    assert (await chat.next()).text == APOLOGY
    await chat.say(ANNA, "again")
    assert (await chat.next()).text == "fine"


async def test_a_429_is_honoured_by_waiting_retry_after_and_sending_again(emulator: Emulator, start_bot) -> None:
    await start_bot(FakeCoach())
    chat = emulator.private(ANNA)
    await emulator.fail("sendMessage", retry_after=1)

    await chat.say(ANNA, "hi")

    assert (await chat.next()).text == "you said: hi"
    attempts = await emulator.calls("sendMessage")
    assert len(attempts) == 2
    assert attempts[1]["at"] - attempts[0]["at"] >= 1000


async def test_webhook_mode_receives_updates_with_the_secret_token(emulator: Emulator, start_bot) -> None:
    from tg_emulator import free_port

    port = free_port()
    coach = FakeCoach()
    await start_bot(
        coach, webhook_url=f"http://127.0.0.1:{port}/tg-hook", webhook_listen="127.0.0.1",
        webhook_port=port, webhook_secret="s3cret",
    )
    chat = emulator.private(ANNA)

    await chat.say(ANNA, "over the hook")

    assert (await chat.next()).text == "you said: over the hook"
    assert await emulator.calls("getUpdates") == []


async def test_after_a_restart_a_redelivered_update_is_handled_once(emulator: Emulator, start_bot) -> None:
    coach = FakeCoach()
    first = await start_bot(coach)
    chat = emulator.private(ANNA)
    await chat.say(ANNA, "10")
    await chat.next()
    await first.stop()

    await emulator.redeliver(1)  # as if the offset had never been confirmed
    await start_bot(coach)
    await chat.say(ANNA, "12")

    assert (await chat.next()).text == "you said: 12"
    assert [i.text for i in coach.heard] == ["10", "12"]
    assert coach.heard[0].message_id != coach.heard[1].message_id
