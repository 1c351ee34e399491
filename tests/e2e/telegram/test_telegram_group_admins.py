"""Group settings on Telegram: the chat's real administrators (getChatAdministrators) may change them."""
from __future__ import annotations

import pytest
from telegram import Bot

from adapters.telegram.admins import ChatAdmins
from bot.settings import Settings
from bot.wiring import build_services
from core.reminders.model import group_owner
from core.text import group_settings, reminders
from tg_driver import converse
from tg_emulator import Emulator, Person

BEN, CARL = Person(202, "Ben"), Person(303, "Carl")
GROUP_ID = -1005550001


@pytest.fixture
async def services(tmp_path):
    built = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/t.db", data_dir=str(tmp_path)))
    yield built
    await built.dispose()


async def _group_schedules(services) -> list[str]:
    async with services.uow_factory() as uow:
        return [s.kind.value for s in await uow.reminders.schedules_of(group_owner("telegram", str(GROUP_ID)))]


async def test_a_chat_admin_sets_and_turns_off_the_groups_back_day_and_a_member_may_not(emulator: Emulator, start_bot, services) -> None:
    await start_bot(services.coach, group_max_rate=1000)
    for person in (BEN, CARL):
        await converse(emulator.private(person), person, "/start")
    await emulator.set_admins(GROUP_ID, [BEN])
    group = emulator.group(GROUP_ID, "Back crew")

    await group.say(CARL, "/schedule@BackcoachTestBot wed 18:00")
    assert reminders.GROUP_ADMINS_ONLY in (await group.next()).text
    assert await _group_schedules(services) == []

    await group.say(BEN, "/schedule@BackcoachTestBot wed 18:00")
    assert (await group.next()).text.endswith(reminders.GROUP_SCHEDULE_SET.format(days="Wed", time="18:00", zone="UTC"))
    assert len(await _group_schedules(services)) == 2  # the back day and the Sunday board

    await group.say(CARL, "/schedule off")
    assert group_settings.GROUP_ADMINS_ONLY_OFF in (await group.next()).text
    assert len(await _group_schedules(services)) == 2

    await group.say(BEN, "/schedule off")
    assert group_settings.GROUP_SCHEDULE_OFF in (await group.next()).text
    assert await _group_schedules(services) == []
    assert len([c for c in await emulator.calls("getChatAdministrators")]) == 1  # looked up once, then cached


async def test_the_admin_list_is_cached_briefly_and_read_again_after(emulator: Emulator) -> None:
    now = [0.0]
    bot = Bot(emulator.token, base_url=emulator.url + "/bot")
    async with bot:
        admins = ChatAdmins(bot, ttl=60, clock=lambda: now[0])
        await emulator.set_admins(GROUP_ID, [BEN])
        assert await admins.has(str(GROUP_ID), str(BEN.id))
        assert not await admins.has(str(GROUP_ID), str(CARL.id))

        await emulator.set_admins(GROUP_ID, [BEN, CARL])  # Carl is promoted
        now[0] = 59
        assert not await admins.has(str(GROUP_ID), str(CARL.id))
        now[0] = 61
        assert await admins.has(str(GROUP_ID), str(CARL.id))
