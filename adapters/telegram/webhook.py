"""The webhook endpoint: Telegram hears 200 only after the update is handled and answered.

PTB's own webhook server answers 200 as soon as the update is queued, so a process that dies
while handling loses it (Telegram does not send it again). Here the request stays open while
the coach handles the update and the replies go out; a crash means no 200, Telegram retries
(possibly on another worker behind the load balancer), and the redelivery guard with the reply
outbox turns the retry into the replies still owed. A failure the adapter has already answered
(with the apology) still gets 200: retrying would only fail again.
"""
from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable

from telegram import Bot, Update
from tornado.httpserver import HTTPServer
from tornado.web import Application, RequestHandler

log = logging.getLogger(__name__)

Handle = Callable[[Update], Awaitable[None]]


class _Updates(RequestHandler):
    def initialize(self, bot: Bot, secret: str | None, handle: Handle) -> None:
        self._bot = bot
        self._secret = secret
        self._handle = handle

    async def post(self) -> None:
        if self._secret:
            given = self.request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
            if not hmac.compare_digest(given, self._secret):
                self.set_status(403)
                return
        try:
            update = Update.de_json(json.loads(self.request.body), self._bot)
        except (ValueError, TypeError, KeyError):
            log.warning("telegram: an unreadable webhook request was refused")
            self.set_status(400)
            return
        await self._handle(update)
        self.set_status(200)

    def get(self) -> None:
        self.write("ok")  # the load balancer's health check


class WebhookServer:
    def __init__(self, bot: Bot, path: str, secret: str | None, handle: Handle) -> None:
        routes = [(f"/{path.strip('/')}" if path.strip("/") else "/", _Updates, {"bot": bot, "secret": secret, "handle": handle})]
        self._server = HTTPServer(Application(routes))

    def listen(self, host: str, port: int) -> None:
        self._server.listen(port, address=host)

    async def stop(self) -> None:
        self._server.stop()
        await self._server.close_all_connections()
