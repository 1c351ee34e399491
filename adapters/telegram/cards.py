"""A card Reply -> one Telegram message, edited in place; the mapping kept through the CardMessages port."""
from __future__ import annotations

import logging
from collections.abc import Mapping

from telegram import Bot, InlineKeyboardMarkup, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError

from adapters.telegram.render import Keyboards, mention, to_html_pieces
from core.messages import Reply
from core.ports import CardMessages
from core.cards.memory import MemoryCardMessages

log = logging.getLogger(__name__)

PLATFORM = "telegram"
# The edit is refused for good: the message is gone or too old; the card goes out as a new message.
_CANNOT_EDIT = ("message to edit not found", "message can't be edited", "message_id_invalid", "message not found")


def card_html(reply: Reply, *, address: bool, names: Mapping[str, str]) -> str | None:
    """The card's text as one HTML message (with the owner's mention in a group), or None when too long."""
    header = ""
    if address and reply.to_user_id:
        header = mention(reply.to_user_id, names.get(reply.to_user_id, "") or reply.to_user_name) + "\n"
    pieces = to_html_pieces(reply.text, header=header)
    return pieces[0] if len(pieces) == 1 else None


class CardShower:
    """Shows a card: edit the message that shows it, or send a new one (and strip the superseded one)."""

    def __init__(self, bot: Bot, keyboards: Keyboards, cards: CardMessages) -> None:
        self._bot = bot
        self._keyboards = keyboards
        self._cards = cards

    async def show(self, chat_id: str, reply: Reply, html: str, send_new: object) -> list[Message]:
        """`send_new()` sends the card as a new message (the messenger's usual path) and returns what it sent."""
        card = reply.card
        assert card is not None
        shown = await self._cards.find(PLATFORM, chat_id, card.key)
        if shown is not None and not reply.notify:
            message_id, revision = shown
            if revision > card.revision:
                log.info("telegram: dropping a stale edit of %s", card.key)
                return []
            if await self._edit(chat_id, message_id, html, self._keyboards(reply.choices)):
                await self._cards.remember(PLATFORM, chat_id, card.key, message_id, card.revision)
                return []
        sent: list[Message] = await send_new()  # type: ignore[operator]
        if sent:
            await self._cards.remember(PLATFORM, chat_id, card.key, str(sent[-1].message_id), card.revision)
        if shown is not None and (not sent or str(sent[-1].message_id) != shown[0]):
            await self._strip(chat_id, shown[0])
        return sent

    async def _edit(self, chat_id: str, message_id: str, html: str, markup: InlineKeyboardMarkup | None) -> bool:
        """True when the message shows the card now; False when Telegram will not edit it any more."""
        try:
            await self._bot.edit_message_text(
                html, chat_id=chat_id, message_id=int(message_id), parse_mode=ParseMode.HTML, reply_markup=markup,
            )
            return True
        except BadRequest as error:
            reason = error.message.lower()
            if "message is not modified" in reason:
                return True  # it already shows exactly this
            if any(why in reason for why in _CANNOT_EDIT):
                log.info("telegram: card message %s cannot be edited (%s); sending a new one", message_id, error.message)
                return False
            raise

    async def _strip(self, chat_id: str, message_id: str) -> None:
        """A superseded card keeps its text but loses its buttons: they answer nothing any more."""
        try:
            await self._bot.edit_message_reply_markup(chat_id=chat_id, message_id=int(message_id), reply_markup=None)
        except TelegramError:
            log.debug("telegram: could not strip the old card's buttons", exc_info=True)
