"""Translation without a network: Telegram updates to Incoming, replies to safe HTML pieces."""
from __future__ import annotations

from datetime import UTC, datetime

from telegram import Chat, Message, MessageEntity, Update, User

from adapters.telegram.render import MAX_CALLBACK_BYTES, PayloadAliases, split_text, to_html_pieces, utf16_len
from adapters.telegram.translate import BotIdentity, message_to_incoming

BOT = BotIdentity(666, "BackcoachBot")
BOT_USER = User(666, "Backcoach", is_bot=True, username="BackcoachBot")
BEN = User(202, "Ben", is_bot=False)
GROUP = Chat(-100123, "group", title="Back crew")
WHEN = datetime(2025, 11, 24, 7, 30, tzinfo=UTC)


def _update(text: str, chat: Chat = GROUP, reply_to: Message | None = None, update_id: int = 9) -> Update:
    return Update(update_id, message=Message(5, WHEN, chat, from_user=BEN, text=text, reply_to_message=reply_to))


def test_a_command_addressed_to_this_bot_loses_the_bot_name() -> None:
    incoming = message_to_incoming(_update("/today@BackcoachBot now"), BOT)
    assert incoming is not None and incoming.text == "/today now" and incoming.message_id == "tg:9"


def test_a_command_for_another_bot_and_plain_group_chatter_are_not_for_the_coach() -> None:
    assert message_to_incoming(_update("/today@OtherBot"), BOT) is None
    assert message_to_incoming(_update("anyone training tonight?"), BOT) is None


def test_a_reply_to_a_prompt_names_the_member_the_prompt_was_for() -> None:
    carl = User(303, "Carl", is_bot=False)
    prompt = Message(4, WHEN, GROUP, from_user=BOT_USER, text="Carl\nHow many reps?",
                     entities=(MessageEntity(MessageEntity.TEXT_MENTION, 0, 4, user=carl),))
    incoming = message_to_incoming(_update("10", reply_to=prompt), BOT)
    assert incoming is not None and incoming.sender_id == "202" and incoming.reply_to_user_id == "303"


def test_a_mention_of_the_bot_in_a_group_reaches_the_coach_without_the_mention() -> None:
    incoming = message_to_incoming(_update("@BackcoachBot my leg is tingling"), BOT)
    assert incoming is not None and incoming.text == "my leg is tingling"


def test_split_pieces_fit_the_limit_even_with_emoji_and_characters_that_grow_when_escaped() -> None:
    text = ("💪 rows & <pulls> " * 400).strip()
    pieces = to_html_pieces(text, limit=1000)
    assert all(utf16_len(piece) <= 1000 for piece in pieces)
    assert " ".join(split_text(text, 1000)).split() == text.split()


def test_a_short_reply_is_one_piece() -> None:
    assert to_html_pieces("Set 1: 10 reps") == ["Set 1: 10 reps"]


def test_a_payload_over_64_bytes_is_aliased_and_read_back() -> None:
    aliases = PayloadAliases()
    payload = "swap:" + "x" * 80
    data = aliases.encode(payload)
    assert len(data.encode()) <= MAX_CALLBACK_BYTES and aliases.decode(data) == payload
    assert aliases.encode("pain:7") == "pain:7"
