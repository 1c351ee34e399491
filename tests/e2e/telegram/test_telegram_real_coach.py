"""The real coach and database (SQLite in a temporary folder) behind the Telegram bot on the emulator."""
from __future__ import annotations

import pytest

from bot.settings import Settings
from bot.wiring import build_services
from core.text import general, onboarding, platform, safety, workout
from tg_driver import converse
from tg_emulator import Emulator, Person, eventually

ANNA, BEN, CARL, DORA = Person(101, "Anna"), Person(202, "Ben"), Person(303, "Carl"), Person(404, "Dora")
GROUP_ID = -1009876543210


@pytest.fixture
async def services(tmp_path):
    built = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/t.db"))
    yield built
    await built.dispose()


def _prefix(template: str) -> str:
    return template.split("{")[0]


async def _sets_of(services, person: Person) -> list:
    async with services.uow_factory() as uow:
        profile = await uow.users.by_identity("telegram", str(person.id))
        done = await uow.workouts.finished(profile.user_id)
        active = await uow.workouts.active(profile.user_id)
        ids = [w.id for w in done] + ([active.id] if active else [])
        return await uow.workouts.sets_of(ids)


async def test_a_new_user_onboards_trains_with_typed_and_tapped_answers_and_gets_a_summary(emulator: Emulator, start_bot, services) -> None:
    await start_bot(services.coach)
    chat = emulator.private(ANNA)

    onboarding_talk = await converse(chat, ANNA, "/start")
    assert onboarding_talk[0].text.startswith(_prefix(onboarding.GREETING))
    assert any(m.text.startswith(_prefix(onboarding.ALL_SET)) for m in onboarding_talk)

    session = await converse(chat, ANNA, "/today", typed_every=2)
    assert any(_prefix(workout.SUMMARY_HEADER) in m.text for m in session)
    logged = [s for s in await _sets_of(services, ANNA)]
    assert logged and any(getattr(s, "reps", None) == 10 for s in logged)


async def test_three_members_train_in_a_group_and_a_reply_to_someone_elses_prompt_is_refused(emulator: Emulator, start_bot, services) -> None:
    await start_bot(services.coach, group_max_rate=1000)
    members = (BEN, CARL, DORA)
    for member in members:
        await converse(emulator.private(member), member, "/start")
    group = emulator.group(GROUP_ID, "Back crew")

    prompts = {}
    for member in members:
        await group.say(member, "/today@BackcoachTestBot")
        prompts[member.id] = await group.until(lambda m, who=member: str(who.id) in m.mentioned and bool(m.buttons))
    assert all(p.selective or p.buttons for p in prompts.values())

    await group.say(DORA, "0", reply_to=prompts[BEN.id])
    refusal = await group.containing(_prefix(general.NOT_YOUR_PROMPT.format(name="Dora")))
    assert refusal.mentioned == [str(DORA.id)]

    for member in members:
        await group.press(member, prompts[member.id], prompts[member.id].buttons[0][0])
    for member in members:
        # Each member's own card, edited in place: their mention stays on it, the warm-up set is asked.
        follow = await group.find(lambda m, who=member: str(who.id) in m.mentioned and _prefix(workout.RAMP_PROMPT) in m.text)
        assert follow.buttons and follow.edits and follow.message_id == prompts[member.id].message_id


async def test_a_warning_sign_in_a_group_is_short_in_public_with_details_in_private_or_via_a_deep_link(emulator: Emulator, start_bot, services) -> None:
    await start_bot(services.coach, group_max_rate=1000)
    group = emulator.group(GROUP_ID, "Back crew")
    await converse(emulator.private(BEN), BEN, "/start")
    await converse(emulator.private(CARL), CARL, "/start")
    ben_private, carl_private = emulator.private(BEN), emulator.private(CARL)

    await group.say(BEN, "@BackcoachTestBot I have shooting pain down my leg")
    public = await group.until(lambda m: str(BEN.id) in m.mentioned)
    detail = await ben_private.until(lambda m: safety.NOT_A_MEDICAL_SERVICE in m.text)
    assert public.text.startswith("Ben") and len(public.text) < len(detail.text)
    assert detail.text not in public.text

    await emulator.refuse(CARL.id)  # as if Carl had never opened the bot
    await group.say(CARL, "@BackcoachTestBot my leg is tingling and numb")
    note = await group.until(lambda m: "?start=" in m.text)
    assert note.mentioned == [str(CARL.id)]
    link = note.text.split("https://t.me/BackcoachTestBot?start=", 1)[1].split()[0].rstrip(".")
    assert note.text == platform.private_fallback_note("Carl", f"https://t.me/BackcoachTestBot?start={link}")

    await carl_private.say(CARL, f"/start {link}")
    assert await carl_private.until(lambda m: safety.NOT_A_MEDICAL_SERVICE in m.text)


async def test_a_restart_mid_session_resumes_the_same_conversation_and_redelivery_logs_nothing_twice(emulator: Emulator, start_bot, services, tmp_path) -> None:
    first = await start_bot(services.coach)
    chat = emulator.private(ANNA)
    await converse(chat, ANNA, "/start")
    await chat.say(ANNA, "/today")
    pain_prompt = await chat.until(lambda m: bool(m.buttons))
    await chat.press(ANNA, pain_prompt, pain_prompt.buttons[0][0])
    await chat.rest()
    await first.stop()

    rebuilt = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/t.db"))
    try:
        await emulator.redeliver(1)  # the press comes again, as after a crash before confirming it
        await start_bot(rebuilt.coach)
        session = await converse(chat, ANNA, "done")
        assert any(_prefix(workout.SUMMARY_HEADER) in m.text for m in session)
        assert not any(m.text == platform.APOLOGY for m in session)
    finally:
        await rebuilt.dispose()
