"""Discord chat traffic per logged working set over one whole session, driven by buttons like a phone user.

Runs the real coach (SQLite in a temporary folder) behind the real Discord adapter on simcord, once in a
server channel and once in a DM, and prints per logged working set: new (non-ephemeral) bot messages in
that chat, edits and ephemeral answers. The baseline is measured in the same run: the same session with
every living card turned into a plain new message (what an adapter without cards posts).

    python -m bench.chat_traffic_discord
"""
from __future__ import annotations

import asyncio
import dataclasses
import logging
import tempfile
from pathlib import Path
from typing import Any

import simcord

from adapters.discord import DiscordAdapter
from bot.settings import Settings
from bot.wiring import build_services
from core.messages import Incoming, Reply
from core.text import discord as say
from core.text import workout as workout_text

logging.disable(logging.WARNING)

CARD_TARGET = 0.25
SUMMARY = workout_text.SUMMARY_HEADER.split("{")[0]


class WithoutCards:
    """The baseline: the same coach, but every card is posted as a new message and toasts as replies."""

    def __init__(self, coach: Any) -> None:
        self._coach = coach

    async def handle(self, incoming: Incoming) -> list[Reply]:
        return [dataclasses.replace(r, card=None, toast=False) for r in await self._coach.handle(incoming)]

    async def hold_private(self, platform: str, user_id: str, reply: Reply) -> str:
        return str(await self._coach.hold_private(platform, user_id, reply))

    async def mark_unreachable(self, platform: str, chat_id: str) -> None:
        await self._coach.mark_unreachable(platform, chat_id)


def _labels(message: Any) -> list[str]:
    return [c.label for row in message.components for c in row.children if getattr(c, "label", None)]


def _menu(message: Any) -> list[str]:
    return [o.value for row in message.components for c in row.children for o in getattr(c, "options", [])]


def _bot_messages(channel: Any, viewer: Any) -> list[Any]:
    return [m for m in channel.history(viewer=viewer) if m.author.bot]


def _counts(env: Any, where: Any, member: Any) -> tuple[int, int, int]:
    """(new messages, edits, ephemeral answers) so far, as the member sees the chat."""
    mine = _bot_messages(where, member)
    ephemeral = sum(1 for m in mine if m.flags.ephemeral)
    return len(mine) - ephemeral, _edits(env), ephemeral


def _edits(env: Any) -> int:
    return sum(1 for r in env.http_requests if r.method == "PATCH" and "/messages/" in r.path)


async def _onboard(user: Any) -> None:
    await user.slash("start")
    for _ in range(15):
        last = _bot_messages(user.dm_channel, user)[-1]
        if _menu(last):
            await user.select(last, ["1"])  # dumbbells
            continue
        labels = _labels(last)
        if not labels:
            return
        calm = [x for x in labels if "No pain" in x or "None" in x or "Experienced" in x]
        await user.click(last, label=(calm or labels)[0])


def _question(where: Any, user: Any) -> Any:
    """The message to answer: the newest with buttons or an embed (the card or a prompt), not a short toast."""
    messages = _bot_messages(where, user)
    with_buttons = [m for m in messages if m.components]
    return with_buttons[-1] if with_buttons else messages[-1]


def _summary_seen(where: Any, user: Any) -> bool:
    return any(SUMMARY in m.content + "".join(f"{e.title}{e.description}" for e in m.embeds)
               for m in _bot_messages(where, user))


async def _session(env: Any, user: Any, channel: Any | None) -> None:
    """Press through a whole session: the middle rep button for working sets, done for warm-ups, a typed load."""
    await (user.slash(channel, "today") if channel is not None else user.slash("today"))
    where = channel if channel is not None else user.dm_channel
    for _ in range(150):
        message = _question(where, user)
        labels = _labels(message)
        reps = [x for x in labels if x.isdigit() and len(labels) < 11]  # not the 0-10 pain scale
        if _summary_seen(where, user):
            await user.click(message, label="0")  # the last pain question, then the session is over
            return
        if reps and say.LOG_SET_BUTTON in labels:
            await user.click(message, label=reps[(len(reps) - 1) // 2])
        elif labels:
            await user.click(message, label="done" if "done" in labels else labels[0])
        elif channel is None:
            await user.send_dm("10 kg")
        else:
            await user.send(channel, f"{env.bot.user.mention} 10 kg")
    raise RuntimeError("the session did not end")


async def _working_sets(services: Any, user_id: int) -> int:
    async with services.uow_factory() as uow:
        profile = await uow.users.by_identity("discord", str(user_id))
        workouts = await uow.workouts.finished(profile.user_id)
        sets = await uow.workouts.sets_of([w.id for w in workouts if w.id is not None])
    return sum(1 for s in sets if not s.warmup)


async def measure(cards: bool, in_server: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        services = await build_services(Settings(database_url=f"sqlite+aiosqlite:///{folder}/t.db"))
        try:
            coach = services.coach if cards else WithoutCards(services.coach)
            adapter = DiscordAdapter(coach, "unused", sync_state_path=Path(folder) / "c.json")
            async with simcord.run(adapter.client) as env:
                guild = env.create_guild("Back Club")
                channel = guild.create_text_channel("training")
                alice = guild.add_member(env.create_user("alice"))
                await _onboard(alice.user)
                user, where = (alice, channel) if in_server else (alice.user, None)
                seen = channel if in_server else alice.user.dm_channel
                before = _counts(env, seen, alice.user)
                await _session(env, user, where)
                after = _counts(env, seen, alice.user)
                new, edits, ephemeral = (a - b for a, b in zip(after, before))
                sets = await _working_sets(services, alice.id)
                return {"sets": sets, "new": new / sets, "edits": edits / sets, "ephemeral": ephemeral / sets}
        finally:
            await services.dispose()


async def discord_lines() -> list[str]:
    """The figures as lines, for bench/chat_traffic.py's report (which runs the other platforms)."""
    lines = []
    for in_server in (True, False):
        for cards in (False, True):
            r = await measure(cards, in_server)
            name = "living card" if cards else "baseline (no cards)"
            lines.append(f"discord {'server' if in_server else 'DM':<6} {name:<20} {r['sets']:3.0f} working sets: "
                         f"new {r['new']:.2f}/set, edits {r['edits']:.2f}/set, ephemeral {r['ephemeral']:.2f}/set")
    return lines


async def main() -> None:
    print("Discord chat traffic per logged working set (one whole session by buttons, real coach, simcord)")
    for line in await discord_lines():
        print("  " + line)
    print(f"target: at most {CARD_TARGET} new messages per logged working set with the living card")


if __name__ == "__main__":
    asyncio.run(main())
