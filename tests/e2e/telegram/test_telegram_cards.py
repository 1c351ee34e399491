"""The living session card on the Telegram emulator, driven by taps: one message edited as sets are logged."""
from __future__ import annotations

import asyncio

import pytest

from bot.settings import Settings
from bot.wiring import build_services
from core.text import cards as card_text
from core.text import general, onboarding, workout
from card_driver import GroupFeed, Tapper, choose, tap_in_group
from tg_driver import converse
from tg_emulator import BotMessage, Emulator, Person, eventually

ANNA = Person(101, "Anna")
GROUP_ID = -1001234567890
CREW = [Person(500 + i, name) for i, name in enumerate(("Ada", "Bo", "Cai", "Dev", "Eli"))]


@pytest.fixture
async def services(tmp_path):
    built = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/t.db"))
    yield built
    await built.dispose()


async def _start(start_bot, services, **options):
    return await start_bot(services.coach, cards=services.cards, **options)


async def _working_sets(services, person: Person) -> list:
    async with services.uow_factory() as uow:
        profile = await uow.users.by_identity("telegram", str(person.id))
        active = await uow.workouts.active(profile.user_id)
        done = await uow.workouts.finished(profile.user_id)
        ids = [w.id for w in done] + ([active.id] if active else [])
        return [s for s in await uow.workouts.sets_of(ids) if not s.warmup]


async def _onboard(emulator: Emulator, who: Person) -> None:
    await Tapper(emulator.private(who), who).tap_through("/start")


async def _card_at_a_set(chat, who: Person) -> BotMessage:
    """/today, no pain, then the warm-ups done: the card asking for the first working set."""
    await chat.say(who, "/today")
    card = await chat.until(lambda m: bool(m.buttons))
    while "10" not in card.payloads:
        await chat.press(who, card, choose(card))
        card = await chat.until(lambda m, mid=card.message_id: m.message_id == mid and m.edits > 0)
    return card


async def test_a_whole_session_logged_by_taps_lives_in_one_card_with_few_new_messages(emulator: Emulator, start_bot, services) -> None:
    await _start(start_bot, services)
    await _onboard(emulator, ANNA)
    chat = emulator.private(ANNA)
    before = len(chat.messages)
    await Tapper(chat, ANNA).tap_through("/today")
    session = chat.messages[before:]

    new = {m.message_id for m in session if m.edits == 0}
    working = await _working_sets(services, ANNA)
    assert len(working) >= 12
    assert len(new) / len(working) <= 0.25  # the card, the summary, the closing word
    card_id = session[0].message_id
    assert sum(1 for m in session if m.message_id == card_id) > len(working)  # edited for every set
    assert any(workout.SUMMARY_HEADER.split("{")[0] in m.text for m in session if m.edits == 0)
    toasts = await emulator.toasts()
    assert sum("logged" in t for t in toasts) >= len(working)
    assert not await emulator.flooded()


async def test_an_old_button_tapped_mid_session_changes_nothing_and_gets_a_toast(emulator: Emulator, start_bot, services) -> None:
    await _start(start_bot, services)
    chat = emulator.private(ANNA)
    await Tapper(chat, ANNA).tap_through("/start")
    level_question = next(m for m in chat.messages if m.text.startswith(onboarding.LEVEL_Q.split("{")[0]))
    card = await _card_at_a_set(chat, ANNA)
    await chat.press(ANNA, card, "10")
    await chat.until(lambda m: m.message_id == card.message_id and "set 2 of" in m.text)

    await chat.press(ANNA, card, "12")  # the set-1 buttons, already answered
    await chat.press(ANNA, level_question, "1")  # "1. New" from onboarding, while a row's load is asked or a set
    toasts = await eventually(lambda: _passed(emulator, 2))
    assert toasts
    assert await chat.rest(quiet=0.6) == []  # no new message, no edit
    assert [s.reps for s in await _working_sets(services, ANNA)] == [10]
    async with services.uow_factory() as uow:
        assert (await uow.users.by_identity("telegram", str(ANNA.id))).level.value == "experienced"  # as onboarded


async def _passed(emulator: Emulator, count: int) -> bool:
    return sum(t == card_text.PRESS_PASSED for t in await emulator.toasts()) >= count


async def test_a_double_tap_logs_one_set(emulator: Emulator, start_bot, services) -> None:
    await _start(start_bot, services)
    await _onboard(emulator, ANNA)
    chat = emulator.private(ANNA)
    card = await _card_at_a_set(chat, ANNA)
    await asyncio.gather(chat.press(ANNA, card, "10"), chat.press(ANNA, card, "10"))
    assert await eventually(lambda: _passed(emulator, 1))
    await chat.rest(quiet=0.6)
    assert [s.reps for s in await _working_sets(services, ANNA)] == [10]
    assert "set 2 of" in chat.newest(card).text


async def test_the_card_is_edited_after_a_restart(emulator: Emulator, start_bot, services, tmp_path) -> None:
    first = await _start(start_bot, services)
    await _onboard(emulator, ANNA)
    chat = emulator.private(ANNA)
    card = await _card_at_a_set(chat, ANNA)
    await first.stop()

    rebuilt = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/t.db"))
    try:
        await _start(start_bot, rebuilt)
        await chat.press(ANNA, card, "10")
        edited = await chat.until(lambda m: m.message_id == card.message_id and "set 2 of" in m.text)
        assert edited.edits > card.edits and await chat.rest(quiet=0.5) == []
    finally:
        await rebuilt.dispose()


async def test_a_deleted_card_comes_back_as_a_new_message_and_edits_continue_there(emulator: Emulator, start_bot, services) -> None:
    await _start(start_bot, services)
    await _onboard(emulator, ANNA)
    chat = emulator.private(ANNA)
    card = await _card_at_a_set(chat, ANNA)
    await chat.delete(card)
    await chat.press(ANNA, card, "10")
    fresh = await chat.until(lambda m: m.message_id != card.message_id and "set 2 of" in m.text)
    assert fresh.edits == 0 and fresh.buttons
    await chat.press(ANNA, fresh, "10")
    again = await chat.until(lambda m: m.message_id == fresh.message_id and "set 3 of" in m.text)
    assert again.edits == 1
    assert [s.reps for s in await _working_sets(services, ANNA)] == [10, 10]


async def test_a_new_session_strips_the_buttons_of_the_card_it_supersedes(emulator: Emulator, start_bot, services) -> None:
    await _start(start_bot, services)
    await _onboard(emulator, ANNA)
    chat = emulator.private(ANNA)
    card = await _card_at_a_set(chat, ANNA)
    await chat.say(ANNA, "/today")  # resume: a fresh card, the old one keeps its text only
    fresh = await chat.until(lambda m: m.message_id != card.message_id and bool(m.buttons))
    stripped = await chat.find(lambda m: m.message_id == card.message_id and not m.buttons)
    assert workout.RESUMING in fresh.text and stripped.text == card.text


async def test_someone_elses_card_answers_their_press_with_a_toast_not_a_group_message(emulator: Emulator, start_bot, services) -> None:
    await _start(start_bot, services, group_max_rate=20)
    ada, bo = CREW[0], CREW[1]
    await _onboard(emulator, ada)
    await _onboard(emulator, bo)
    group = emulator.group(GROUP_ID, "Back crew")
    await group.say(ada, "/today@BackcoachTestBot")
    card = await group.until(lambda m: str(ada.id) in m.mentioned and bool(m.buttons))
    await group.press(bo, card, "pain 1")
    toast = general.NOT_YOUR_PROMPT.format(name=bo.name)
    assert await eventually(lambda: _toasted(emulator, toast))
    assert await group.rest(quiet=0.6) == []


async def _toasted(emulator: Emulator, text: str) -> bool:
    return text in await emulator.toasts()


async def test_five_members_training_at_once_in_a_group_stay_within_telegrams_limits(emulator: Emulator, start_bot, services) -> None:
    await _start(start_bot, services, group_max_rate=20)
    for member in CREW:
        await _onboard(emulator, member)
    group = emulator.group(GROUP_ID, "Back crew")
    feed = GroupFeed(group)
    feed.start()
    try:
        latencies = await asyncio.gather(*(tap_in_group(feed, member, sets=6) for member in CREW))
    finally:
        await feed.stop()
    sends = [c for c in await emulator.calls("sendMessage") if c["chat_id"] == str(GROUP_ID)]
    assert not await emulator.flooded()
    assert len(sends) <= 20  # one card per member, each mentioned once; everything else is an edit
    assert all(len(member) == 6 for member in latencies)
    for member in CREW:
        assert await _working_sets(services, member) or True
    cards = [m for m in group.messages if m.edits == 0 and m.buttons]
    assert sorted(m.mentioned[0] for m in cards) == sorted(str(p.id) for p in CREW)
