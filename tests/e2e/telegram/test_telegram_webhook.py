"""Webhook mode: Telegram hears 200 only once the update is handled and its replies are out."""
from __future__ import annotations

import asyncio

import httpx

from core.messages import Incoming, Reply
from tg_emulator import Emulator, Person, free_port
from tg_fake_coach import FakeCoach


def _update(update_id: int, text: str) -> dict[str, object]:
    who = {"id": 101, "is_bot": False, "first_name": "Anna"}
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": 1795928031, "chat": {"id": 101, "type": "private", "first_name": "Anna"},
        "from": who, "text": text,
    }}


async def test_the_webhook_answers_200_only_after_the_update_is_handled_and_answered(emulator: Emulator, start_bot) -> None:
    async def slow(incoming: Incoming) -> list[Reply]:
        await asyncio.sleep(0.3)  # a slow coach: PTB's own server would have said 200 already
        return [Reply(text=f"you said: {incoming.said}"), Reply(text="and one more")]

    coach = FakeCoach(slow)
    port = free_port()
    url = f"http://127.0.0.1:{port}/hook"
    await start_bot(coach, webhook_url=url, webhook_listen="127.0.0.1", webhook_port=port, webhook_secret="s3cret")
    assert len(await emulator.calls("setWebhook")) == 1

    async with httpx.AsyncClient() as http:
        refused = await http.post(url, json=_update(7, "hello"), headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
        assert refused.status_code == 403 and coach.heard == []

        answered = await http.post(url, json=_update(8, "hello"), headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret"})
        assert answered.status_code == 200
        assert len(await emulator.calls("sendMessage")) == 2  # both replies out before the 200
        assert coach.delivered_to == ["tg:8", "tg:8"]
    texts = [m.text for m in await emulator.private(Person(101, "Anna")).rest(quiet=0.2)]
    assert texts == ["you said: hello", "and one more"]
