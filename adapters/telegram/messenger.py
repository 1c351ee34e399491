"""Sending a coach Reply to a Telegram chat, with platform errors translated to the core's."""
from __future__ import annotations

import logging
from dataclasses import replace
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

from telegram import Bot, ForceReply, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from adapters.telegram.cards import CardShower, MemoryCardMessages, card_html
from adapters.telegram.render import MAX_CAPTION, Keyboards, PayloadAliases, mention, to_html_pieces, utf16_len
from core.errors import DeliveryFailed, RateLimited, RecipientUnreachable
from core.messages import Outgoing, Reply, Visibility
from core.ports import CardMessages

log = logging.getLogger(__name__)

# Bad requests that will never succeed for this chat: treat the chat as gone.
_GONE = ("chat not found", "user is deactivated", "bot was kicked", "not enough rights to send")


def _seconds(value: float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


@asynccontextmanager
async def platform_errors() -> AsyncIterator[None]:
    """Telegram's exceptions as the coach's named errors (core/errors.py)."""
    try:
        yield
    except Forbidden as error:
        raise RecipientUnreachable(error.message) from error
    except RetryAfter as error:
        raise RateLimited(_seconds(error.retry_after)) from error
    except BadRequest as error:
        if any(reason in error.message.lower() for reason in _GONE):
            raise RecipientUnreachable(error.message) from error
        raise DeliveryFailed(error.message) from error
    except (NetworkError, TelegramError) as error:  # TimedOut is a NetworkError
        raise DeliveryFailed(error.message) from error


class TelegramMessenger:
    """The Messenger port on Telegram; the adapter sends its replies through it as well."""

    def __init__(self, bot: Bot, aliases: PayloadAliases, cards: CardMessages | None = None) -> None:
        self._bot = bot
        self._keyboards = Keyboards(aliases)
        self._cards = CardShower(bot, self._keyboards, cards if cards is not None else MemoryCardMessages())

    async def send(self, message: Outgoing) -> str | None:
        reply = message.reply
        private = reply.visibility is Visibility.PRIVATE and reply.to_user_id
        chat_id = reply.to_user_id if private and reply.to_user_id else message.chat_id
        names = dict(reply.mentions)
        if reply.to_user_id and reply.to_user_name:
            names[reply.to_user_id] = reply.to_user_name
        sent = await self.deliver(chat_id, reply, address=not private, names=names)
        return str(sent[-1].message_id) if sent else None

    async def deliver(
        self,
        chat_id: str,
        reply: Reply,
        *,
        address: bool = False,
        names: Mapping[str, str] | None = None,
        reply_to: int | None = None,
        force_reply: bool = False,
        body_html: str | None = None,
    ) -> list[Message]:
        """Send one Reply; returns the messages Telegram created (several when it was split).

        `address`: open with a text mention of `reply.to_user_id` (a group prompt for one member).
        `body_html`: already-rendered HTML to send instead of escaping `reply.text`.
        A card (`reply.card`) edits the message that shows it and returns [] then (docs/cards.md).
        """
        names = names or {}
        if reply.card is not None and body_html is None and reply.attachment is None:
            html = card_html(reply, address=address, names=names)
            if html is not None:
                async def send_new() -> list[Message]:
                    return await self.deliver(chat_id, replace(reply, card=None), address=address, names=names,
                                              reply_to=reply_to, body_html=html)
                async with platform_errors():
                    return await self._cards.show(chat_id, reply, html, send_new)
        header, body = "", reply.text
        if address and reply.to_user_id:
            name = names.get(reply.to_user_id, "")
            if name and body.startswith(name):
                # The coach already opens with their name: make that name the mention.
                header, body = mention(reply.to_user_id, name), body[len(name) :]
            else:
                header = mention(reply.to_user_id, name) + "\n"
        footer = ", ".join(mention(uid, name) for uid, name in reply.mentions)
        pieces = [body_html] if body_html is not None else to_html_pieces(body, header=header, footer=footer)
        markup: InlineKeyboardMarkup | ForceReply | None = self._keyboards(reply.choices)
        if markup is None and force_reply:
            markup = ForceReply(selective=True)
        params = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
        sent: list[Message] = []
        async with platform_errors():
            if reply.attachment is not None:
                caption = pieces[0] if len(pieces) == 1 and utf16_len(pieces[0]) <= MAX_CAPTION else None
                sent.append(await self._send_file(chat_id, reply, caption, markup if caption else None, params))
                if caption is not None:
                    return sent
            for index, piece in enumerate(pieces):
                last = index == len(pieces) - 1
                if not piece:
                    continue
                sent.append(
                    await self._bot.send_message(
                        chat_id,
                        piece,
                        parse_mode=ParseMode.HTML,
                        reply_markup=markup if last else None,
                        reply_parameters=params if index == 0 else None,
                        link_preview_options=None,
                    )
                )
        return sent

    async def _send_file(
        self,
        chat_id: str,
        reply: Reply,
        caption: str | None,
        markup: InlineKeyboardMarkup | ForceReply | None,
        params: ReplyParameters | None,
    ) -> Message:
        attachment = reply.attachment
        assert attachment is not None
        data = Path(attachment.path).read_bytes()
        if attachment.kind == "image":
            return await self._bot.send_photo(
                chat_id, data, caption=caption, parse_mode=ParseMode.HTML, reply_markup=markup,
                reply_parameters=params,
            )
        return await self._bot.send_document(
            chat_id, data, filename=attachment.filename, caption=caption, parse_mode=ParseMode.HTML,
            reply_markup=markup, reply_parameters=params,
        )
