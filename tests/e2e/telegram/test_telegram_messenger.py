"""The Messenger port on Telegram: pushes, mentions, files, and platform errors as the core's errors."""
from __future__ import annotations

import pytest

from core.errors import DeliveryFailed, RateLimited, RecipientUnreachable
from core.messages import Attachment, Outgoing, Reply, Visibility
from tg_emulator import Emulator, Person
from tg_fake_coach import FakeCoach

ANNA, BEN = Person(101, "Anna"), Person(202, "Ben")
GROUP_ID = -1005550001


async def test_a_group_reminder_mentions_the_members_who_opted_in(emulator: Emulator, start_bot) -> None:
    bot = await start_bot(FakeCoach())
    group = emulator.group(GROUP_ID, "Back crew")
    await group.say(ANNA, "/help@BackcoachTestBot")  # the emulator learns the group
    await group.next()

    sent = await bot.messenger.send(Outgoing("telegram", str(GROUP_ID), Reply(text="Back day today.", mentions=(("101", "Anna"), ("202", "Ben")))))

    reminder = await group.next()
    assert sent == str(reminder.message_id)
    assert reminder.text == "Back day today.\n\nAnna, Ben"
    assert reminder.mentioned == ["101", "202"]


async def test_a_private_push_goes_to_the_person_not_the_group(emulator: Emulator, start_bot) -> None:
    bot = await start_bot(FakeCoach())

    await bot.messenger.send(Outgoing("telegram", str(GROUP_ID), Reply(text="How is your back this morning?", visibility=Visibility.PRIVATE, to_user_id="202")))

    assert (await emulator.private(BEN).next()).text == "How is your back this morning?"


async def test_a_chart_goes_out_as_a_photo_with_its_caption(emulator: Emulator, start_bot, tmp_path) -> None:
    chart = tmp_path / "chart.png"
    chart.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    bot = await start_bot(FakeCoach())

    await bot.messenger.send(Outgoing("telegram", "101", Reply(text="Your rows <8 weeks>", attachment=Attachment(str(chart), "chart.png", "image"))))

    photo = await emulator.private(ANNA).next()
    assert photo.file_kind == "photo" and photo.text == "Your rows <8 weeks>"


async def test_an_export_goes_out_as_a_document(emulator: Emulator, start_bot, tmp_path) -> None:
    export = tmp_path / "sessions.csv"
    export.write_text("day,lift\n")
    bot = await start_bot(FakeCoach())

    await bot.messenger.send(Outgoing("telegram", "101", Reply(text="Your sessions.", attachment=Attachment(str(export), "sessions.csv", "document"))))

    assert (await emulator.private(ANNA).next()).file_kind == "document"


@pytest.mark.parametrize(
    ("status", "description", "error"),
    [
        (403, "Forbidden: bot was blocked by the user", RecipientUnreachable),
        (400, "Bad Request: chat not found", RecipientUnreachable),
        (429, "Too Many Requests: retry after 7", RateLimited),
        (400, "Bad Request: message is too long", DeliveryFailed),
        (502, "Bad Gateway", DeliveryFailed),
    ],
)
async def test_platform_errors_reach_the_postman_as_the_cores_errors(emulator: Emulator, start_bot, status, description, error) -> None:
    bot = await start_bot(FakeCoach(), max_retries=0)
    await emulator.fail("sendMessage", status=status, retry_after=7 if status == 429 else 0, description=description)

    with pytest.raises(error) as raised:
        await bot.messenger.send(Outgoing("telegram", "101", Reply(text="Reminder")))

    if error is RateLimited:
        assert raised.value.retry_after == 7
