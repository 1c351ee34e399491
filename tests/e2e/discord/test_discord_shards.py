"""Shards split over two processes (DISCORD_SHARD_IDS) on one database: each serves its own guilds.

simcord runs one bot per event loop, so each "process" is a thread with its own loop and its own
simulated Discord; both use one SQLite file, as two workers share one database. What this cannot
show: one real gateway routing guilds between the two (each simulated Discord knows only its own
bot), and the command sync seen by the second process (it relies on the first one's; simcord is told
to accept the commands without a sync there).
"""
from __future__ import annotations

import asyncio
import threading

import simcord

from adapters.discord import DiscordAdapter
from bot.settings import Settings
from bot.wiring import build_services

SHARDS = 2
# Alembic keeps its migration context in module globals: two threads must not run it at once
# (two real processes would not share it; issue 15's start-up lock is about processes).
STARTING = threading.Lock()


async def _process(db_url: str, state_dir, shard: int) -> dict[str, object]:
    """One worker running `shard` of 2: a member of a guild on each shard runs /today."""
    with STARTING:
        services = await build_services(Settings(database_url=db_url))
    try:
        adapter = DiscordAdapter(services.coach, "unused", sync_state_path=state_dir / f"commands-{shard}.json",
                                 shard_count=SHARDS, shard_ids=[shard])
        async with simcord.run(adapter.client, strict_sync=shard == 0) as env:
            served = {}
            for guild_shard in range(SHARDS):
                guild = env.create_guild(f"guild on shard {guild_shard}", shard_id=guild_shard)
                channel = guild.create_text_channel("training")
                member = guild.add_member(env.create_user(f"member{shard}{guild_shard}"))
                result = await member.slash(channel, "today")
                served[guild_shard] = result.acknowledged and result.response is not None
            return {"served": served, "synced": adapter.synced}
    finally:
        await services.dispose()


async def test_two_processes_with_disjoint_shards_each_serve_their_own_guilds(tmp_path):
    db_url = f"sqlite+aiosqlite:///{tmp_path}/shared.db"
    first = await build_services(Settings(database_url=db_url))  # migrate once, as the deploy step does
    await first.dispose()
    results: dict[int, dict[str, object]] = {}

    def second_process() -> None:
        results[1] = asyncio.run(_process(db_url, tmp_path, 1))

    other = threading.Thread(target=second_process)
    other.start()
    results[0] = await _process(db_url, tmp_path, 0)
    await asyncio.to_thread(other.join)

    assert results[0]["served"] == {0: True, 1: False}
    assert results[1]["served"] == {0: False, 1: True}
    assert (results[0]["synced"], results[1]["synced"]) == (True, False)  # commands are synced by shard 0 only
