"""The Telegram adapter: a python-telegram-bot Application driven inside the caller's event loop."""
from __future__ import annotations

import asyncio
import logging
from html import escape
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Protocol

from telegram import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats, Update
from telegram.constants import ChatType
from telegram.error import NetworkError
from telegram.ext import Application, ContextTypes, TypeHandler

from adapters.telegram.limits import NewMessageLimiter
from adapters.telegram.messenger import TelegramMessenger
from adapters.telegram.ordering import PerSenderOrder
from adapters.telegram.admins import ChatAdmins, changes_group_settings
from adapters.telegram.polling import MAX_WAIT_SECONDS, ConfirmAfterHandling, PollAfterReplies, RepliesFirst
from adapters.telegram.receipt import SLOW_AFTER_SECONDS, Receipt
from adapters.telegram.render import PayloadAliases, mention, read_button_data
from adapters.telegram.translate import PLATFORM, BotIdentity, message_to_incoming, press_to_incoming
from adapters.telegram.webhook import WebhookServer
from core.commands import COMMANDS, CommandInfo, split_command
from core.errors import CoachError, PlatformUnreachable, RecipientUnreachable
from core.messages import ChatKind, Incoming, Reply, Visibility
from core.metrics import PlatformMetrics
from core.ports import CardMessages
from core.text import platform as text

log = logging.getLogger(__name__)

class CoachPort(Protocol):
    async def handle(self, incoming: Incoming) -> list[Reply]: ...

    async def hold_private(self, platform: str, user_id: str, reply: Reply) -> str: ...

    async def mark_unreachable(self, platform: str, chat_id: str) -> None: ...

    async def delivered(self, incoming: Incoming) -> None: ...


def api_base_url(base_url: str | None) -> str | None:
    """`http://host:8081` or `http://host:8081/bot` -> PTB's form (`.../bot`, token appended)."""
    if not base_url:
        return None
    base = base_url.rstrip("/")
    return base if base.endswith("/bot") else base + "/bot"


class TelegramAdapter:
    """Start with `await start()`, stop with `await stop()`; `messenger` pushes reminders."""

    def __init__(
        self,
        coach: CoachPort,
        *,
        token: str,
        base_url: str | None = None,
        webhook_url: str | None = None,
        webhook_listen: str = "0.0.0.0",
        webhook_port: int = 8443,
        webhook_secret: str | None = None,
        commands: Sequence[CommandInfo] | None = None,
        group_max_rate: float = 20,
        max_retries: int = 3,
        poll_timeout: int = 30,
        slow_after: float = SLOW_AFTER_SECONDS,
        poll_hold: float = MAX_WAIT_SECONDS,
        cards: CardMessages | None = None,
        metrics: PlatformMetrics | None = None,
    ) -> None:
        self._coach = coach
        self._webhook = (webhook_url, webhook_listen, webhook_port, webhook_secret)
        self._commands = commands
        self._poll_timeout = poll_timeout
        self._slow_after = slow_after
        builder = Application.builder().token(token)
        if (url := api_base_url(base_url)) is not None:
            builder = builder.base_url(url).base_file_url(url.removesuffix("/bot") + "/file/bot")
        self._replies = RepliesFirst(poll_hold)
        self._app = (
            builder.rate_limiter(NewMessageLimiter(group_max_rate=group_max_rate, max_retries=max_retries, metrics=metrics))
            .concurrent_updates(PerSenderOrder())
            .get_updates_request(PollAfterReplies(self._replies))
            .build()
        )
        self._app.add_handler(TypeHandler(Update, self._on_update))
        self._app.add_error_handler(self._on_error)
        self._aliases = PayloadAliases()
        self.messenger = TelegramMessenger(self._app.bot, self._aliases, cards)
        self._me = BotIdentity(0, "")
        self._admins = ChatAdmins(self._app.bot)
        self._poller: ConfirmAfterHandling | None = None
        self._server: WebhookServer | None = None

    @property
    def username(self) -> str:
        return self._me.username

    async def start(self) -> None:
        try:
            await self._app.initialize()
        except NetworkError as error:  # TimedOut too: DNS, refused connection, Telegram's outage
            # PTB counts a bot whose getMe failed as initialized; shut it down so the next try asks again.
            await self._app.bot.shutdown()
            raise PlatformUnreachable(f"Telegram could not be reached ({type(error).__name__})") from None
        self._me = BotIdentity(self._app.bot.id, self._app.bot.username)
        await self._set_menus()
        url, listen, port, secret = self._webhook
        allowed = [Update.MESSAGE, Update.CALLBACK_QUERY]
        # Not PTB's updater: it confirms updates before they are handled (see polling, webhook).
        await self._app.start()
        if url:
            path = url.split("://", 1)[-1].partition("/")[2]
            self._server = WebhookServer(self._app.bot, path, secret or None, self._handle_now)
            self._server.listen(listen, port)
            await self._app.bot.set_webhook(url, secret_token=secret or None, allowed_updates=allowed)
        else:
            await self._app.bot.delete_webhook()
            queue: asyncio.Queue[object] = self._app.update_queue
            self._poller = ConfirmAfterHandling(
                self._app.bot, queue, self._replies, timeout=self._poll_timeout, allowed=allowed
            )
            self._poller.start()
        log.info("telegram: @%s is %s", self._me.username, "on a webhook" if url else "polling")

    def connected(self) -> bool:
        """Receiving updates: our getUpdates loop is alive, or the webhook server is up."""
        receiving = self._server is not None or (self._poller is not None and self._poller.running)
        return self._app.running and receiving

    async def stop(self) -> None:
        if self._server is not None:
            await self._server.stop()
            self._server = None
        if self._poller is not None:
            await self._poller.stop()
            self._poller = None
        if self._app.running:
            await self._app.stop()
        await self._app.shutdown()

    async def _set_menus(self) -> None:
        commands = self._commands if self._commands is not None else COMMANDS
        everywhere = [BotCommand(c.name, c.description[:256]) for c in commands]
        in_groups = [BotCommand(c.name, c.description[:256]) for c in commands if not c.private_only]
        try:
            await self._app.bot.set_my_commands(everywhere, scope=BotCommandScopeAllPrivateChats())
            await self._app.bot.set_my_commands(in_groups, scope=BotCommandScopeAllGroupChats())
        except Exception:  # a menu is a nicety; the bot works without it
            log.exception("telegram: could not set the command menus")

    # --- updates -----------------------------------------------------------------------

    async def _handle_now(self, update: Update) -> None:
        """A webhook update, handled (one person's in order) before the request is answered."""
        await self._app.update_processor.process_update(update, self._on_update(update, None))

    async def _on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE | None) -> None:
        chat = update.effective_chat
        private = chat.id if chat is not None and chat.type == ChatType.PRIVATE else None
        receipt = Receipt(self._app.bot, update.callback_query, private, self._slow_after, self._replies.answered)
        incoming: Incoming | None = None
        try:
            incoming = await self._incoming(update)
            if incoming is not None:
                replies = await self._coach.handle(incoming)
                await self._send_all(update, incoming, replies, receipt)
        except Exception:
            log.exception("telegram: update %s failed", update.update_id)
            if incoming is not None:
                await self._apologise(incoming)
        finally:
            await receipt.close()
            if self._poller is not None:
                self._poller.handled(update.update_id)

    async def _incoming(self, update: Update) -> Incoming | None:
        if update.callback_query is not None:
            payload, revision = read_button_data(self._aliases.decode(update.callback_query.data or ""))
            return press_to_incoming(update, self._me, payload, datetime.now(UTC), revision)
        incoming = message_to_incoming(update, self._me)
        if incoming is None or incoming.chat_kind is not ChatKind.GROUP:
            return incoming
        command = split_command(incoming.text)
        if command is not None and changes_group_settings(*command, self._commands):
            return replace(incoming, sender_is_admin=await self._admins.has(incoming.chat_id, incoming.sender_id))
        return incoming

    async def _send_all(self, update: Update, incoming: Incoming, replies: list[Reply], receipt: Receipt) -> None:
        # One after another: Telegram shows messages in the order it receives them.
        in_group = incoming.chat_kind is ChatKind.GROUP
        names = {incoming.sender_id: incoming.sender_name}
        held: set[str] = set()
        for reply in replies:
            if reply.toast and receipt.pressed:
                receipt.toast(reply.text)  # first, before any edit: the quickest feedback a press gets
                continue
            names.update(reply.mentions)
            if reply.to_user_id and reply.to_user_name:
                names[reply.to_user_id] = reply.to_user_name
            if in_group and reply.visibility is Visibility.PRIVATE:
                await self._send_private(incoming, reply, names, held)
                receipt.replied()
                await self._coach.delivered(incoming)
                continue
            chat_id = reply.chat_id or incoming.chat_id
            addressed = in_group and reply.to_user_id is not None
            reply_to = None
            if addressed and reply.to_user_id == incoming.sender_id and update.message is not None:
                reply_to = update.message.message_id
            try:
                await self.messenger.deliver(
                    chat_id, reply, address=addressed, names=names, reply_to=reply_to,
                    force_reply=addressed and reply.expects_answer,
                )
            except RecipientUnreachable:
                if incoming.chat_kind is ChatKind.PRIVATE and chat_id == incoming.chat_id:
                    await self._coach.mark_unreachable(PLATFORM, chat_id)
                    return
                raise
            receipt.replied()
            await self._coach.delivered(incoming)

    async def _send_private(self, incoming: Incoming, reply: Reply, names: dict[str, str], held: set[str]) -> None:
        user_id = reply.to_user_id or incoming.sender_id
        if user_id not in held:
            try:
                await self.messenger.deliver(user_id, reply)
                return
            except RecipientUnreachable:
                log.info("telegram: %s has not opened the bot; holding a private reply", user_id)
        token = await self._coach.hold_private(PLATFORM, user_id, reply)
        if user_id in held:
            return  # one note per person is enough: /start releases everything held
        held.add(user_id)
        link = f"https://t.me/{self._me.username}?start={token}"
        marker = "\x00"
        body = escape(text.private_fallback_note(marker, link)).replace(
            marker, mention(user_id, names.get(user_id, ""))
        )
        note = Reply(text="", to_user_id=user_id)
        await self.messenger.deliver(reply.chat_id or incoming.chat_id, note, body_html=body)

    async def _apologise(self, incoming: Incoming) -> None:
        try:
            await self.messenger.deliver(incoming.chat_id, Reply(text=text.APOLOGY))
        except CoachError:
            log.warning("telegram: could not send the apology to %s", incoming.chat_id)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        # Reached only for errors outside _on_update (polling, webhook parsing): log, keep running.
        log.error("telegram: %s", context.error, exc_info=context.error)

