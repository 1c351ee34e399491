"""The Telegram adapter's counts for operators: new messages, card edits, toasts, 429s and retries."""
from __future__ import annotations

import pytest

from bot.metrics import PrometheusMetrics
from bot.settings import Settings
from bot.wiring import build_services
from card_driver import Tapper, choose
from tg_emulator import Emulator, Person

ANNA = Person(151, "Anna")


@pytest.fixture
async def services(tmp_path):
    built = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/t.db"))
    yield built
    await built.dispose()


def _count(metrics: PrometheusMetrics, name: str, **labels: str) -> float:
    return metrics.registry.get_sample_value(name, {"platform": "telegram", **labels}) or 0.0


async def test_a_429_its_retry_and_a_card_edit_are_counted(emulator: Emulator, start_bot, services) -> None:
    metrics = PrometheusMetrics()
    await start_bot(services.coach, cards=services.cards, metrics=metrics)
    chat = emulator.private(ANNA)
    await Tapper(chat, ANNA).tap_through("/start")
    await chat.rest(quiet=0.5)
    await emulator.fail("sendMessage", retry_after=1, times=1)
    await chat.say(ANNA, "/today")
    card = await chat.until(lambda m: bool(m.buttons))  # the card, sent once the 429's retry_after passed
    assert _count(metrics, "backcoach_rate_limited_total") == 1
    assert _count(metrics, "backcoach_send_retries_total") == 1
    assert _count(metrics, "backcoach_replies_sent_total", kind="new") >= 10  # onboarding and the card

    edits = _count(metrics, "backcoach_replies_sent_total", kind="edit")
    toasts = _count(metrics, "backcoach_replies_sent_total", kind="toast")
    await chat.press(ANNA, card, choose(card))
    await chat.until(lambda m: m.message_id == card.message_id and m.edits > 0)
    await chat.rest(quiet=0.5)
    assert _count(metrics, "backcoach_replies_sent_total", kind="edit") == edits + 1
    assert _count(metrics, "backcoach_replies_sent_total", kind="toast") == toasts + 1
