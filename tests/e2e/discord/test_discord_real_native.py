"""Discord-native answers on the real coach: the equipment menu, the Log set form, slash options, a private summary."""
from __future__ import annotations

from datetime import time

import pytest

from adapters.discord import DiscordAdapter
from bot.settings import Settings
from bot.wiring import build_services
from core.model import Equipment
from core.reminders.model import Kind, user_owner
from core.text import cards as cards_text
from core.text import discord as say
from core.text import workout as workout_text
from tests.e2e.discord.test_discord_cards import _as_shown_now, _tap
from tests.e2e.discord.test_discord_real_coach import _buttons, _menu_options, _profile, _shown

SUMMARY = workout_text.SUMMARY_HEADER.split("{")[0]


@pytest.fixture
async def services(tmp_path):
    built = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/t.db"))
    yield built
    await built.dispose()


@pytest.fixture
def coach(services):
    return services.coach


@pytest.fixture
def build_adapter(tmp_path, services):
    """The bot as `backcoach run` builds it: the real coach, and the card records in the database."""

    def build(**settings: object) -> DiscordAdapter:
        return DiscordAdapter(services.coach, "unused", sync_state_path=tmp_path / "discord-commands.json",
                              cards=services.cards, **settings)

    return build


def _last(channel, viewer=None):
    return [m for m in channel.history(viewer=viewer) if m.author.bot][-1]


async def _onboard(user, equipment: list[str], *, experienced: bool = False, started: bool = False) -> None:
    """Onboard with buttons, picking `equipment` (menu values) in the equipment menu; a new lifter by default."""
    if not started:
        await user.slash("start")
    for _ in range(15):
        last = _last(user.dm_channel)
        labels = _buttons(last)
        if _menu_options(last):
            await user.select(last, equipment)
            continue
        if not labels:
            return
        calm = [label for label in labels if "No pain" in label or "None" in label
                or (experienced and label.startswith("3. Experienced"))]
        await user.click(last, label=(calm or labels)[0])
    raise AssertionError("onboarding kept asking")


@pytest.mark.parametrize(
    ("picked", "stored"),
    [(["1", "4"], {Equipment.DUMBBELLS, Equipment.PULLUP_BAR}), (["2"], {Equipment.BARBELL}), (["8"], set())],
)
async def test_equipment_is_picked_in_one_menu_and_stored(simcord_env, services, picked, stored):
    alice = simcord_env.create_user("alice")

    await _onboard(alice, picked)

    profile = await _profile(services, alice.id)
    assert profile.onboarded and set(profile.equipment) == stored
    asked = [m for m in alice.dm_channel.history() if m.author.bot and "What can you train with" in _shown(m)]
    assert len(asked) == 1 and not asked[0].components  # one menu, not a re-posted keyboard; gone once answered


async def _answer(user, env, channel, message) -> None:
    """Answer the latest question as a member would: a button (done when offered), else a typed load."""
    labels = _buttons(message)
    if labels:
        await user.click(message, label="done" if "done" in labels else labels[0])
    elif channel is None:
        await user.send_dm("10 kg")
    else:
        await user.send(channel, f"{env.bot.user.mention} 10 kg")


def _latest(user, channel):
    """The question to answer now: the newest message with buttons or an embed (the card), not a short toast."""
    where = user.dm_channel if channel is None else channel
    messages = [m for m in where.history(viewer=user) if m.author.bot]
    return next((m for m in reversed(messages) if m.components or m.embeds), messages[-1])


async def _to_working_set(user, env, channel=None):
    """Start today's session and answer the pain question, warm-ups and first loads up to a working set."""
    await (user.slash(channel, "today") if channel is not None else user.slash("today"))
    for _ in range(20):
        message = _latest(user, channel)
        if say.LOG_SET_BUTTON in _buttons(message):
            return message
        await _answer(user, env, channel, message)
    raise AssertionError("never reached a working set")


async def test_the_log_set_form_is_prefilled_with_the_target_and_logs_what_was_entered(simcord_env, services):
    alice = simcord_env.create_user("alice")
    await _onboard(alice, ["1"])
    prompt = await _to_working_set(alice, simcord_env)
    target = [label for label in _buttons(prompt) if label.isdigit()]

    shown = await alice.click(prompt, label=say.LOG_SET_BUTTON)
    fields = {c["custom_id"]: c.get("value") for row in shown.modal["components"] for c in row["components"]}
    await alice.submit_modal(shown, {"reps": "7", "load": "6 kg"})

    assert fields["reps"] == target[(len(target) - 1) // 2]
    assert fields["load"] is None or fields["load"].endswith(("kg", "lb"))
    profile = await _profile(services, alice.id)
    async with services.uow_factory() as uow:
        workout = await uow.workouts.active(profile.user_id)
        logged = [s for s in await uow.workouts.sets(workout.id) if not s.warmup]
    assert [(s.reps, s.load_kg) for s in logged] == [(7, 6.0)]


async def test_a_schedule_given_as_days_and_a_time_is_stored(simcord_env, services):
    alice = simcord_env.create_user("alice")
    await _onboard(alice, ["1"])

    answer = await alice.slash("schedule", days="mon thu", time="07:00")

    assert "07:00" in _shown(answer.response)
    profile = await _profile(services, alice.id)
    async with services.uow_factory() as uow:
        rows = await uow.reminders.schedules_of(user_owner(profile.user_id))
    assert any(r.kind is Kind.TRAINING and r.at == time(7, 0) and r.weekdays == (0, 3) for r in rows)


async def test_history_of_one_lift_is_asked_by_its_name_not_a_placeholder(simcord_env, coach):
    alice = simcord_env.create_user("alice")
    await _onboard(alice, ["1"])

    answer = await alice.slash("history", lift="deadlift")

    assert "LIFT" not in _shown(answer.response)


def _summaries(channel, viewer) -> list:
    return [m for m in channel.history(viewer=viewer) if m.author.bot and SUMMARY in _shown(m)]


async def test_a_whole_session_in_a_server_by_buttons_and_the_form_is_one_card_and_a_private_summary(
    simcord_env, services
):
    guild = simcord_env.create_guild()
    channel = guild.create_text_channel("training")
    alice = guild.add_member(simcord_env.create_user("alice"))
    bob = guild.add_member(simcord_env.create_user("bob"))
    await _onboard(alice.user, ["1"], experienced=True)  # three sets a lift: a long session
    public_before = len([m for m in channel.history(viewer=bob) if m.author.bot])
    await _to_working_set(alice, simcord_env, channel)

    for turn in range(80):
        if _summaries(channel, alice):
            break
        message = _latest(alice, channel)
        labels = _buttons(message)
        target = [x for x in labels if x.isdigit()]
        if say.LOG_SET_BUTTON in labels and target and turn % 2:
            form = await alice.click(message, label=say.LOG_SET_BUTTON)
            await alice.submit_modal(form, {"reps": target[(len(target) - 1) // 2]})
        elif say.LOG_SET_BUTTON in labels and target:
            await alice.click(message, label=target[(len(target) - 1) // 2])
        else:
            await _answer(alice, simcord_env, channel, message)

    assert [m.flags.ephemeral for m in _summaries(channel, alice)] == [True]
    assert _summaries(channel, bob) == []
    profile = await _profile(services, alice.id)
    async with services.uow_factory() as uow:
        finished = await uow.workouts.finished(profile.user_id)
        working = [s for s in await uow.workouts.sets_of([w.id for w in finished]) if not s.warmup]
    public = len([m for m in channel.history(viewer=bob) if m.author.bot]) - public_before
    assert len(working) >= 10 and public / len(working) <= 0.25


async def test_after_a_restart_a_typed_answer_edits_the_card_recorded_in_the_database(simcord_env, services, tmp_path):
    alice = simcord_env.create_user("alice")
    await _onboard(alice, ["1"])
    card = (await alice.slash("today")).response.message
    rebuilt = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/t.db"))
    try:
        adapter = DiscordAdapter(rebuilt.coach, "unused", sync_state_path=tmp_path / "discord-commands.json",
                                 cards=rebuilt.cards)
        await simcord_env.restart_bot(adapter.client)
        before = len(alice.dm_channel.history())

        await alice.send_dm("0")  # the pain question on the card, answered by typing

        assert len(alice.dm_channel.history()) == before + 1  # only alice's own message is new
        edited = next(m for m in alice.dm_channel.history() if m.id == card.id)
        assert _shown(edited) != _shown(card) and "Warm-up" in _shown(edited)
    finally:
        await rebuilt.dispose()


async def test_an_answered_question_loses_its_buttons_and_a_late_tap_on_it_changes_nothing(simcord_env, services):
    alice = simcord_env.create_user("alice")
    await alice.slash("start")
    first_question = _last(alice.dm_channel)
    on_the_phone = _as_shown_now(simcord_env, first_question)  # the keyboard as her phone still shows it
    experienced = next(b for b in _buttons(first_question) if b.startswith("3. Experienced"))
    await _onboard(alice, ["1"], started=True)
    await _to_working_set(alice, simcord_env)
    assert not next(m for m in alice.dm_channel.history() if m.id == first_question.id).components
    profile = await _profile(services, alice.id)
    before = len(alice.dm_channel.history())

    pressed = await _tap(alice, on_the_phone, experienced)

    assert [(f.ephemeral, f.content) for f in pressed.followups] == [(True, cards_text.PRESS_PASSED)]
    assert len(alice.dm_channel.history()) == before  # nothing new in the chat itself
    after = await _profile(services, alice.id)
    assert after.level == profile.level
    async with services.uow_factory() as uow:
        workout = await uow.workouts.active(profile.user_id)
        assert not [s for s in await uow.workouts.sets(workout.id) if not s.warmup]
