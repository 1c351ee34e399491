"""Sync slash commands only when they changed: Discord rate-limits syncs, and a restart should not need one."""
from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

import discord
from discord import app_commands

log = logging.getLogger(__name__)


def tree_hash(tree: app_commands.CommandTree[Any], guild: discord.abc.Snowflake | None) -> str:
    payload = sorted((cmd.to_dict(tree) for cmd in tree.get_commands(guild=guild)), key=lambda c: str(c["name"]))
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def _read(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


async def sync_if_changed(
    tree: app_commands.CommandTree[Any], application_id: int | None, guild_id: int | None, state_path: Path
) -> bool:
    """Sync the tree (to one guild when `guild_id` is set, instantly) if its hash differs from the stored one.

    The hash is stored per application and target, so a second bot or a dev guild keeps its own.
    Returns True when a sync happened.
    """
    guild = discord.Object(guild_id) if guild_id else None
    key = f"{application_id}:{guild_id or 'global'}"
    digest = tree_hash(tree, guild)
    stored = _read(state_path)
    if stored.get(key) == digest:
        log.info("slash commands unchanged (%s); no sync", key)
        return False
    await tree.sync(guild=guild)
    stored[key] = digest
    try:
        state_path.parent.mkdir(parents=True, exist_ok=True)
        state_path.write_text(json.dumps(stored, indent=1, sort_keys=True), encoding="utf-8")
    except OSError:
        # Not fatal: the next start simply syncs again.
        log.warning("could not store the command hash in %s", state_path, exc_info=True)
    log.info("slash commands synced (%s)", key)
    return True
