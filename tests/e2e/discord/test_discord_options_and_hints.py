"""Every documented argument has a slash option; a reply Discord hides from the bot gets a hint, never silence."""
from __future__ import annotations

import pytest

from core.text import discord as say


def _synced(env) -> dict[str, dict]:
    synced = next(r.json for r in env.http_requests if r.method == "PUT" and r.path.endswith("/commands"))
    return {c["name"]: c for c in synced}


@pytest.mark.parametrize(
    ("command", "options", "typed"),
    [
        ("history", {"lift": "deadlift"}, "/history deadlift"),
        ("history", {"lift": "more"}, "/history more"),
        ("history", {}, "/history"),
        ("snooze", {"choice": "120"}, "/snooze 120"),
        ("snooze", {"choice": "tomorrow"}, "/snooze tomorrow"),
        ("schedule", {"days": "mon thu", "time": "07:00"}, "/schedule mon thu 07:00"),
        ("schedule", {"days": "off"}, "/schedule off"),
        ("schedule", {}, "/schedule"),
        ("progress", {"pain": "pain"}, "/progress pain"),
        ("progress", {}, "/progress"),
        ("export", {"physio": "physio"}, "/export physio"),
        ("pause", {"date": "2026-12-24"}, "/pause until 2026-12-24"),
        ("remindme", {"choice": "off"}, "/remindme off"),
        ("swap", {"name": "goblet squat"}, "/swap goblet squat"),
        ("link", {"code": "AB12"}, "/link AB12"),
        ("checkin", {"value": 3}, "/checkin 3"),
    ],
)
async def test_each_documented_argument_reaches_the_coach_as_it_would_be_typed(simcord_env, coach, command, options, typed):
    alice = simcord_env.create_user("alice")

    await alice.slash(command, **options)

    assert coach.seen[-1].text == typed


async def test_no_option_offers_a_placeholder_as_a_value(simcord_env):
    commands = _synced(simcord_env)

    values = {str(c["value"]) for cmd in commands.values() for o in cmd.get("options", []) for c in o.get("choices", [])}
    assert not {v for v in values if v.isupper()}
    assert [o["name"] for o in commands["schedule"]["options"]] == ["days", "time"]
    snooze = commands["snooze"]["options"][0]["choices"]
    assert [(c["name"], c["value"]) for c in snooze] == [
        ("in 30 minutes", "30"), ("in 2 hours", "120"), ("tomorrow, same time", "tomorrow")]
    assert [c["value"] for c in commands["progress"]["options"][0]["choices"]] == ["pain"]
    assert [c["value"] for c in commands["export"]["options"][0]["choices"]] == ["physio"]


@pytest.fixture
def gym(simcord_env):
    guild = simcord_env.create_guild("Back Club")
    channel = guild.create_text_channel("training")
    return channel, guild.add_member(simcord_env.create_user("alice"))


async def test_a_reply_to_a_follow_up_prompt_whose_text_discord_withholds_gets_a_hint(gym, coach):
    channel, alice = gym
    prompt = (await alice.slash(channel, "today")).response.message
    seen = len(coach.seen)

    await alice.send(channel, "pain 2", reply_to=prompt)

    last = [m for m in channel.history() if m.author.bot][-1]
    assert last.content == say.EMPTY_REPLY_HINT.format(mention=alice.mention)
    assert [u.id for u in last.mentions] == [alice.id]
    assert len(coach.seen) == seen  # nothing was guessed from an empty message


async def test_with_message_content_granted_a_reply_to_a_follow_up_prompt_is_read(gym, coach, simcord_env, build_adapter):
    channel, alice = gym
    await simcord_env.restart_bot(build_adapter(message_content=True).client)
    prompt = (await alice.slash(channel, "today")).response.message

    await alice.send(channel, "pain 2", reply_to=prompt)

    assert coach.seen[-1].text == "pain 2"
    assert [m for m in channel.history() if m.author.bot][-1].content.startswith(f"{alice.mention} Pain 2 noted.")
