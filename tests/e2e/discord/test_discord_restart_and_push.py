"""Restarts, command sync, sharding and pushed messages (the Messenger port)."""
from __future__ import annotations

import discord
import pytest
import simcord

from core.commands import COMMANDS, CommandInfo
from core.errors import RecipientUnreachable
from core.messages import Choice, Outgoing, Reply, Visibility


def _syncs(env) -> list[str]:
    return [r.path for r in env.http_requests if r.method == "PUT" and r.path.endswith("/commands")]


async def test_a_button_pressed_after_the_bot_was_rebuilt_still_works(simcord_env, coach, build_adapter):
    alice = simcord_env.create_user("alice")
    prompt = (await alice.slash("today")).response.message

    await simcord_env.restart_bot(build_adapter().client)
    pressed = await alice.click(prompt, label="4")

    assert pressed.followups[0].content.startswith("Pain 4 noted.")
    assert coach.seen[-1].payload == "pain 4"


async def test_buttons_carry_their_payload_and_owner_in_a_short_custom_id(simcord_env):
    guild = simcord_env.create_guild()
    channel = guild.create_text_channel("training")
    alice = guild.add_member(simcord_env.create_user("alice"))

    prompt = (await alice.slash(channel, "today")).response.message

    ids = [child.custom_id for row in prompt.components for child in row.children]
    assert ids[:2] == [f"bc:{alice.id}:pain 0", f"bc:{alice.id}:pain 1"]
    assert all(len(i) < 100 for i in ids)


async def test_commands_are_synced_once_and_not_again_after_a_restart(simcord_env, adapter, build_adapter):
    rebuilt = build_adapter()

    await simcord_env.restart_bot(rebuilt.client)

    assert adapter.synced and not rebuilt.synced
    assert len(_syncs(simcord_env)) == 1
    assert "today" in simcord_env.create_user("alice").available_commands()


async def test_a_changed_command_list_is_synced_again(simcord_env, build_adapter):
    extra = CommandInfo("mobility", "[AREA]", "A short mobility routine for one area")
    rebuilt = build_adapter(commands_list=(*COMMANDS, extra))

    await simcord_env.restart_bot(rebuilt.client)
    shown = await simcord_env.create_user("alice").slash("mobility", area="hips")

    assert rebuilt.synced and len(_syncs(simcord_env)) == 2
    assert shown.response is not None


async def test_a_development_guild_gets_its_commands_synced_straight_to_it(simcord_env, build_adapter):
    guild = simcord_env.create_guild()
    channel = guild.create_text_channel("dev")
    alice = guild.add_member(simcord_env.create_user("alice"))

    await simcord_env.restart_bot(build_adapter(guild_id=guild.id).client)
    result = await alice.slash(channel, "today")

    assert _syncs(simcord_env)[-1].endswith(f"/guilds/{guild.id}/commands")
    assert "back pain right now" in result.response.content


async def test_a_personal_command_is_answered_privately_from_the_first_moment(simcord_env, coach, build_adapter):
    personal = tuple(CommandInfo(c.name, c.usage, c.description, private_only=c.name == "history") for c in COMMANDS)
    guild = simcord_env.create_guild()
    channel = guild.create_text_channel("training")
    alice = guild.add_member(simcord_env.create_user("alice"))
    await simcord_env.restart_bot(build_adapter(commands_list=personal).client)

    history = await alice.slash(channel, "history")

    assert history.ephemeral and history.response.content.startswith("Your sets:")


async def test_a_sharded_bot_answers_in_a_guild_on_its_second_shard(tmp_path, coach):
    from adapters.discord import DiscordAdapter

    adapter = DiscordAdapter(coach, "unused", sync_state_path=tmp_path / "c.json", shard_count=2)
    async with simcord.run(adapter.client) as env:
        guild = env.create_guild(shard_id=1)
        channel = guild.create_text_channel("training")
        alice = guild.add_member(env.create_user("alice"))

        result = await alice.slash(channel, "today")

        assert isinstance(adapter.client, discord.AutoShardedClient) and adapter.client.shard_count == 2
        assert "back pain right now" in result.response.content


async def test_a_group_reminder_pings_only_the_members_who_opted_in(simcord_env, adapter):
    guild = simcord_env.create_guild()
    channel = guild.create_text_channel("training")
    alice, bob = (guild.add_member(simcord_env.create_user(n)) for n in ("alice", "bob"))
    reminder = Reply("Back day today. Who's in?", mentions=((str(alice.id), "alice"),))

    sent_id = await adapter.messenger.send(Outgoing("discord", str(channel.id), reminder))
    await simcord_env.settle()

    message = channel.last_message
    assert sent_id == str(message.id)
    assert message.content == f"{alice.mention} Back day today. Who's in?"
    assert [u.id for u in message.mentions] == [alice.id] and bob.id not in message.raw_mentions


async def test_a_private_reminder_goes_to_the_members_dms_with_its_buttons(simcord_env, adapter, coach):
    alice = simcord_env.create_user("alice")
    checkin = Reply("Morning check-in: back pain now, 0 to 10?", to_user_id=str(alice.id),
                    visibility=Visibility.PRIVATE, choices=(Choice("1", "pain 1"), Choice("2", "pain 2")))

    await adapter.messenger.send(Outgoing("discord", str(alice.id), checkin))
    await simcord_env.settle()
    pressed = await alice.click(alice.dm_channel.last_message, label="2")

    assert alice.dm_channel.history()[-2].content == checkin.text
    assert coach.seen[-1].payload == "pain 2" and pressed.followups


async def test_a_reminder_to_closed_dms_is_reported_as_unreachable(simcord_env, adapter):
    alice = simcord_env.create_user("alice")
    simcord_env.inject_error("POST", f"/channels/{alice.dm_channel.id}/messages", status=403, code=50007,
                             message="Cannot send messages to this user")

    with pytest.raises(RecipientUnreachable):
        await adapter.messenger.send(Outgoing("discord", str(alice.id), Reply("Back day today.")))
