"""Pull-ups (as many clean reps as you can) and farmer's carries (timed) logged by taps on the Telegram card."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.settings import Settings
from bot.wiring import build_services
from core.text import onboarding
from core.text import sets as set_text
from card_driver import choose
from tg_emulator import BotMessage, Chat, Emulator, Person

SAM = Person(131, "Sam")
PULL_UP_TAPS = ("largest", "smallest", "middle")  # which rep button Sam taps on each pull-up set
CARRY_TAPS = ("35s", "40s")


@pytest.fixture
async def services(tmp_path):
    built = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/t.db"))
    yield built
    await built.dispose()


def _with_a_bar(card: BotMessage) -> str:
    """Onboarding with dumbbells and a pull-up bar, so the session opens with pull-ups."""
    if card.text.startswith(onboarding.EQUIPMENT_Q.split("(")[0]):
        return "1. Dumbbells"
    if card.text.startswith(onboarding.EQUIPMENT_PICKED.split("{")[0]):
        return "done" if "Pull-up bar" in card.text.split("\n")[0] else "4. Pull-up bar"
    return choose(card)


async def _tap_through(chat: Chat, who: Person, opening: str, pick: Callable[[BotMessage], str]) -> list[tuple[BotMessage, str]]:
    """Say `opening`, then tap `pick(latest message)` until nothing is asked; every (message, tap)."""
    taps: list[tuple[BotMessage, str]] = []
    since = len(chat.messages)
    await chat.say(who, opening)
    for _ in range(80):
        await chat.rest(quiet=0.5)
        shown = chat.messages[since:]
        if not shown or not shown[-1].buttons:
            return taps
        last = shown[-1]
        since = len(chat.messages)
        tap = pick(last)
        taps.append((last, tap))
        await chat.press(who, last, tap)
    raise AssertionError("the coach kept asking")


def _asks(card: BotMessage, lift: str) -> bool:
    return f"{lift}, set " in card.text and "skip" in card.payloads


def _session_pick(card: BotMessage) -> str:
    numbers = [p for p in card.payloads if p.isdigit()]
    if _asks(card, "Pull-up") and numbers:
        done = card.text.count(" reps,") + card.text.split("▸ Pull-up")[-1].split("\n")[1].count("reps")
        which = PULL_UP_TAPS[min(done, len(PULL_UP_TAPS) - 1)]
        return {"largest": numbers[-1], "smallest": numbers[0], "middle": numbers[len(numbers) // 2]}[which]
    if _asks(card, "Farmer's carry"):
        logged = card.text.split("▸ Farmer's carry")[-1].split("\n")[1].count(" s @")
        return CARRY_TAPS[min(logged, len(CARRY_TAPS) - 1)]
    return choose(card)


async def _sets(services, person: Person, lift_key: str) -> list:
    async with services.uow_factory() as uow:
        profile = await uow.users.by_identity("telegram", str(person.id))
        ids = [w.id for w in await uow.workouts.finished(profile.user_id)]
        active = await uow.workouts.active(profile.user_id)
        ids += [active.id] if active else []
        return [s for s in await uow.workouts.sets_of(ids) if not s.warmup and s.lift_key == lift_key]


async def _a_session_by_taps(emulator: Emulator, start_bot, services) -> tuple[Chat, list[tuple[BotMessage, str]]]:
    await start_bot(services.coach, cards=services.cards)
    chat = emulator.private(SAM)
    await _tap_through(chat, SAM, "/start", _with_a_bar)
    return chat, await _tap_through(chat, SAM, "/today", _session_pick)


async def test_pull_ups_tapped_store_exactly_the_tapped_reps_and_never_zero(emulator: Emulator, start_bot, services) -> None:
    chat, taps = await _a_session_by_taps(emulator, start_bot, services)
    pull_up_taps = [(card, tap) for card, tap in taps if _asks(card, "Pull-up") and tap.isdigit()]
    assert len(pull_up_taps) == 3
    for card, _ in pull_up_taps:
        assert "as many clean reps as you can" in card.text and set_text.AMRAP_HOW in card.text
        numbers = [int(p) for p in card.payloads if p != "skip"]
        assert numbers and min(numbers) >= 1 and "done" not in card.payloads  # no tap can log 0 reps
    tapped = [int(tap) for _, tap in pull_up_taps]
    stored = await _sets(services, SAM, "pull_up")
    assert [s.reps for s in stored] == tapped and all(s.reps > 0 and s.seconds is None for s in stored)
    # the next set's buttons follow what was just done: set 2 offers the reps tapped on set 1
    assert str(tapped[0]) in pull_up_taps[1][0].payloads
    card = chat.newest(pull_up_taps[0][0])
    assert "Pull-up: " + ", ".join(f"{r} reps" for r in tapped) in card.text


async def test_carries_tapped_are_prompted_stored_and_shown_in_seconds(emulator: Emulator, start_bot, services) -> None:
    chat, taps = await _a_session_by_taps(emulator, start_bot, services)
    carry_cards = [card for card, tap in taps if _asks(card, "Farmer's carry") and tap.endswith("s")]
    assert len(carry_cards) == 2
    for card in carry_cards:
        prompt = card.text.split("\n\n")[-1]
        assert "aim for 30 s" in prompt and "reps" not in prompt and set_text.TIMED_HOW in prompt
        assert [label for label, _ in card.buttons][:4] == ["25 s", "30 s", "35 s", "40 s"]
    stored = await _sets(services, SAM, "farmers_carry")
    assert [s.seconds for s in stored] == [35, 40] and all(s.load_kg for s in stored)
    final = chat.newest(carry_cards[0])
    load = f"{stored[0].load_kg:g} kg"
    assert f"✓ Farmer's carry: 35 s @ {load}, 40 s @ {load}" in final.text
    since = len(chat.messages)
    await chat.say(SAM, "/bests")
    await chat.rest(quiet=0.5)
    bests = "\n".join(m.text for m in chat.messages[since:])
    assert f"Farmer's carry: 40 s @ {load}" in bests  # the longest carry, never a one-rep max
