"""Members train side by side in a server channel; personal details stay private."""
from __future__ import annotations

import pytest

from core.text import platform as text


@pytest.fixture
def gym(simcord_env):
    guild = simcord_env.create_guild("Back Club")
    channel = guild.create_text_channel("training")
    members = [guild.add_member(simcord_env.create_user(name)) for name in ("alice", "bob", "carol")]
    return channel, members


def _bot_messages(channel, viewer=None):
    return [m for m in channel.history(viewer=viewer) if m.author.bot]


async def test_three_members_in_one_channel_each_keep_their_own_session(gym, coach):
    channel, (alice, bob, carol) = gym

    prompts = {m.id: (await m.slash(channel, "today")).response.message for m in (alice, bob, carol)}
    answers = {}
    for member, pain in ((alice, "1"), (bob, "2"), (carol, "0")):
        answers[member.id] = (await member.click(prompts[member.id], label=pain)).followups[0]
    await alice.click(answers[alice.id].message, label="10 at 40 kg")
    await bob.slash(channel, "log", reps=12, load="30kg")
    await carol.click(answers[carol.id].message, label="Skip")

    assert coach.sets == {str(alice.id): ["10"], str(bob.id): ["12 x 30kg"], str(carol.id): ["skip"]}
    assert answers[bob.id].content.startswith(f"{bob.mention} Pain 2 noted.")
    assert {i.chat_id for i in coach.seen} == {str(channel.id)}


async def test_a_public_prompt_mentions_only_the_member_it_is_for(gym):
    channel, (alice, _, _) = gym

    prompt = (await alice.slash(channel, "today")).response.message

    assert prompt.content.startswith(alice.mention)
    assert [u.id for u in prompt.mentions] == [alice.id]


async def test_a_button_pressed_by_someone_else_is_answered_only_to_them(gym, coach):
    channel, (alice, bob, carol) = gym
    prompt = (await alice.slash(channel, "today")).response.message
    before = len(_bot_messages(channel, viewer=carol))

    pressed = await bob.click(prompt, label="5")

    assert coach.seen[-1].reply_to_user_id == str(alice.id)
    assert [f.ephemeral for f in pressed.followups] == [True]
    assert "that question was for someone else" in pressed.followups[0].content
    assert len(_bot_messages(channel, viewer=carol)) == before
    assert str(alice.id) not in coach.sets and coach.state[str(alice.id)] == "pain"


async def test_a_private_answer_to_a_command_in_a_server_is_seen_only_by_the_member(gym):
    channel, (alice, bob, _) = gym

    history = await alice.slash(channel, "history")

    assert history.response.content == text.DISCORD_SENT_PRIVATELY and not history.ephemeral
    assert [(f.ephemeral, f.content[:10]) for f in history.followups] == [(True, "Your sets:")]
    assert not [m for m in _bot_messages(channel, viewer=bob) if "Your sets" in m.content]


async def test_a_warning_sign_in_a_server_gets_a_short_public_note_and_the_detail_in_a_dm(gym, simcord_env, coach):
    channel, (alice, bob, _) = gym
    await alice.slash(channel, "today")

    await alice.send(channel, f"{simcord_env.bot.user.mention} my leg is tingling")

    public = _bot_messages(channel, viewer=bob)[-1]
    assert public.content == f"{alice.mention} alice, let's stop here today. I've sent you details privately."
    assert "physio or doctor" not in public.content
    detail = alice.user.dm_channel.history()[-1]
    assert detail.content.startswith("Stop loading your back today")
    assert coach.state[str(alice.id)] == "paused"


async def test_a_warning_sign_sent_through_a_command_puts_the_detail_in_an_ephemeral_follow_up(gym):
    channel, (alice, bob, _) = gym

    result = await alice.slash(channel, "swap", name="my leg is tingling")

    assert "let's stop here today" in result.response.content and not result.ephemeral
    assert [f.ephemeral for f in result.followups] == [True]
    assert result.followups[0].content.startswith("Stop loading your back today")
    assert not [m for m in _bot_messages(channel, viewer=bob) if "Stop loading" in m.content]


async def test_closed_dms_keep_the_detail_for_the_member_and_post_a_short_note(gym, simcord_env, coach):
    channel, (alice, _, _) = gym
    simcord_env.inject_error("POST", f"/channels/{alice.user.dm_channel.id}/messages", status=403, code=50007,
                             message="Cannot send messages to this user")

    await alice.send(channel, f"{simcord_env.bot.user.mention} my leg is tingling")

    note = _bot_messages(channel)[-1]
    assert note.content == text.discord_private_fallback_note(alice.mention, "/start held1")
    assert coach.unreachable == [("discord", str(alice.id))]
    released = await alice.user.slash("start", code="held1")
    assert released.response.content.startswith("Stop loading your back today")


async def test_a_reply_to_the_bot_in_a_server_is_read_without_a_mention(gym, simcord_env, coach):
    channel, (alice, _, _) = gym
    await alice.send(channel, f"{simcord_env.bot.user.mention} /today")
    prompt = _bot_messages(channel)[-1]

    await alice.send(channel, "pain 2", reply_to=prompt)

    assert coach.seen[-1].said == "pain 2"
    assert coach.seen[-1].reply_to_user_id == str(alice.id)
    assert _bot_messages(channel)[-1].content.startswith(f"{alice.mention} Pain 2 noted.")


async def test_plain_channel_chatter_is_not_read_without_the_message_content_setting(gym, coach):
    channel, (alice, _, _) = gym

    await alice.send(channel, "anyone training today?")

    assert coach.seen == []


async def test_with_message_content_granted_plain_member_messages_reach_the_coach(gym, simcord_env, coach, build_adapter):
    channel, (alice, _, _) = gym
    await simcord_env.restart_bot(build_adapter(message_content=True).client)
    await alice.slash(channel, "today")

    await alice.send(channel, "pain 0")
    await alice.send(channel, "10 x 20kg")

    assert coach.sets[str(alice.id)] == ["10 x 20kg"]
    assert _bot_messages(channel)[-1].content == f"{alice.mention} Logged 10 x 20kg. Next set?"
