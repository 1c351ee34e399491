"""Back at an open set after a long pause: the card is sent again as a new message and the old one loses its buttons."""
from __future__ import annotations

from datetime import timedelta

from bot.clock import MovableClock
from bot.settings import Settings
from bot.wiring import build_services
from card_driver import Tapper, choose
from tg_emulator import Emulator, Person

ANNA = Person(141, "Anna")


async def test_a_set_answered_after_a_long_pause_comes_back_as_a_fresh_card(emulator: Emulator, start_bot, tmp_path) -> None:
    clock = MovableClock()
    services = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/t.db"), clock=clock)
    try:
        await start_bot(services.coach, cards=services.cards)
        chat = emulator.private(ANNA)
        await Tapper(chat, ANNA).tap_through("/start")
        await chat.say(ANNA, "/today")
        card = await chat.until(lambda m: bool(m.buttons))
        while "10" not in card.payloads:
            await chat.press(ANNA, card, choose(card))
            card = await chat.until(lambda m, mid=card.message_id: m.message_id == mid and m.edits > 0)
        await chat.press(ANNA, card, "10")
        card = await chat.until(lambda m: m.message_id == card.message_id and "set 2 of" in m.text)
        await chat.rest(quiet=0.5)

        clock.move(timedelta(minutes=15))  # a long pause, and back to the open set
        await chat.press(ANNA, card, "10")
        fresh = await chat.until(lambda m: m.message_id != card.message_id and "set 3 of" in m.text)
        assert fresh.edits == 0 and fresh.buttons
        stripped = await chat.find(lambda m: m.message_id == card.message_id and not m.buttons)
        assert "set 2 of" in stripped.text

        await chat.press(ANNA, fresh, "10")  # right away: the fresh card is edited in place
        again = await chat.until(lambda m: m.message_id == fresh.message_id and m.edits == 1)
        assert "set 3 of" not in again.text.split("\n\n")[-1]
    finally:
        await services.dispose()
