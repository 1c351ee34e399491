"""The real coach and database behind the Discord bot (SQLite in a temporary folder)."""
from __future__ import annotations

import pytest

from adapters.discord import DiscordAdapter
from bot.settings import Settings
from bot.wiring import build_services
from core.text import general, safety


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


def _buttons(message) -> list[str]:
    return [child.label for row in message.components for child in row.children if hasattr(child, "label")]


def _shown(message) -> str:
    """What the member reads: the text, and the embed's title and body when the reply is a card or a plan."""
    parts = [message.content] + [f"{e.title or ''}\n{e.description or ''}" for e in message.embeds]
    return "\n".join(p for p in parts if p)


def _menu_options(message) -> list[tuple[str, str]]:
    return [(o.label, o.value) for row in message.components for child in row.children
            for o in getattr(child, "options", [])]


def _last_bot_message(channel):
    return [m for m in channel.history() if m.author.bot][-1]


async def _onboard(user) -> None:
    """Answer each onboarding question with a button (no pain, none of the health signs) until it ends."""
    await user.slash("start")
    for _ in range(15):
        last = _last_bot_message(user.dm_channel)
        labels, menu = _buttons(last), _menu_options(last)
        if menu:  # the equipment menu: pick all that apply
            await user.select(last, [value for label, value in menu if "None" in label])
            continue
        if not labels:
            return
        calm = [label for label in labels if "No pain" in label or "None" in label]
        await user.click(last, label=(calm or labels)[0])
    raise AssertionError("onboarding kept asking")


async def _profile(services, user_id: int):
    async with services.uow_factory() as uow:
        return await uow.users.by_identity("discord", str(user_id))


async def test_a_member_is_onboarded_through_slash_commands_and_buttons(simcord_env, services):
    alice = simcord_env.create_user("alice")

    await _onboard(alice)

    profile = await _profile(services, alice.id)
    assert profile is not None and profile.onboarded


async def test_set_replies_typed_in_a_dm_are_logged_and_stored(simcord_env, services):
    alice = simcord_env.create_user("alice")
    await _onboard(alice)
    await alice.slash("today")
    before = len(alice.dm_channel.history())

    for said in ("0", "done", "done", "10"):  # pain before, two warm-up sets, the first working set
        await alice.send_dm(said)

    bot_messages = [m for m in alice.dm_channel.history()[before:] if m.author.bot]
    assert bot_messages == []  # every typed answer edited the session card
    card = [m for m in alice.dm_channel.history() if m.author.bot][-1]
    assert "10 reps" in _shown(card)
    profile = await _profile(services, alice.id)
    async with services.uow_factory() as uow:
        workout = await uow.workouts.active(profile.user_id)
        stored = await uow.workouts.sets(workout.id)
    assert [(s.warmup, s.reps) for s in stored][-1] == (False, 10)


async def test_log_options_reach_the_real_coach_as_a_set(simcord_env, services):
    alice = simcord_env.create_user("alice")
    await _onboard(alice)
    await alice.slash("today")
    for said in ("0", "done", "done"):
        await alice.send_dm(said)

    logged = await alice.slash("log", reps=9, load="4kg")

    assert "logged: 9 × +4 kg" in _shown(logged.response)


async def test_a_button_pressed_after_the_bot_was_rebuilt_from_the_same_database_still_works(
    simcord_env, services, tmp_path
):
    alice = simcord_env.create_user("alice")
    await _onboard(alice)
    prompt = (await alice.slash("today")).response.message
    label = _buttons(prompt)[0]

    rebuilt = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/t.db"))
    try:
        adapter = DiscordAdapter(rebuilt.coach, "unused", sync_state_path=tmp_path / "discord-commands.json",
                                 cards=rebuilt.cards)
        await simcord_env.restart_bot(adapter.client)
        pressed = await alice.click(prompt, label=label)
        assert pressed.followups == []  # the session card was edited in place, from the database's record
        assert _shown(pressed.response) not in ("", _shown(prompt))
        assert general.SOMETHING_WENT_WRONG not in _shown(pressed.response)
    finally:
        await rebuilt.dispose()


async def test_a_warning_sign_in_a_server_is_short_in_public_with_the_detail_in_private(simcord_env, services):
    guild = simcord_env.create_guild()
    channel = guild.create_text_channel("training")
    alice = guild.add_member(simcord_env.create_user("alice"))
    bob = guild.add_member(simcord_env.create_user("bob"))
    await _onboard(alice.user)
    dm_before = len(alice.user.dm_channel.history())

    await alice.send(channel, f"{simcord_env.bot.user.mention} I have shooting pain down my leg")

    public = [m for m in channel.history(viewer=bob) if m.author.bot]
    private = alice.user.dm_channel.history()[dm_before:]
    assert public[-1].content.startswith(alice.mention) and len(public[-1].content) < 200
    assert "physical therapist" not in _shown(public[-1])
    assert private and "physical therapist" in _shown(private[0])
    assert safety.NOT_A_MEDICAL_SERVICE in _shown(private[0])


async def test_three_members_train_in_one_channel_and_a_prompt_answers_only_its_member(simcord_env, services):
    guild = simcord_env.create_guild()
    channel = guild.create_text_channel("training")
    members = [guild.add_member(simcord_env.create_user(name)) for name in ("alice", "bob", "carol")]
    for member in members:
        await _onboard(member.user)

    prompts = [(await m.slash(channel, "today")).response.message for m in members]
    wrong = await members[1].click(prompts[0], label="0")
    answered = [await m.click(p, label="0") for m, p in zip(members, prompts)]

    assert wrong.followups[0].ephemeral and not wrong.followups[0].content.startswith("<@")
    assert general.NOT_YOUR_PROMPT.format(name="bob") in wrong.followups[0].content
    for member, prompt, result in zip(members, prompts, answered):
        assert [f for f in result.followups if not f.ephemeral] == []  # each member's own card was edited
        assert prompt.content == member.mention and _shown(result.response) != _shown(prompt)
    for member in members:
        profile = await _profile(services, member.id)
        async with services.uow_factory() as uow:
            assert await uow.workouts.active(profile.user_id) is not None


async def test_closed_dms_hold_the_detail_until_the_member_opens_the_bot_with_the_code(simcord_env, services):
    guild = simcord_env.create_guild()
    channel = guild.create_text_channel("training")
    alice = guild.add_member(simcord_env.create_user("alice"))
    await _onboard(alice.user)
    simcord_env.inject_error("POST", f"/channels/{alice.user.dm_channel.id}/messages", status=403, code=50007,
                             message="Cannot send messages to this user")

    await alice.send(channel, f"{simcord_env.bot.user.mention} I have shooting pain down my leg")

    note = [m for m in channel.history() if m.author.bot][-1].content
    assert note.startswith(alice.mention) and "/start " in note
    code = note.split("`/start ", 1)[1].split("`", 1)[0]
    opened = await alice.user.slash("start", code=code)
    assert "physical therapist" in _shown(opened.response)
