"""Discord adapter: discord.py slash commands, persistent buttons and DMs on the same coach."""
from adapters.discord.bot import DiscordAdapter
from adapters.discord.messenger import DiscordMessenger

__all__ = ["DiscordAdapter", "DiscordMessenger"]
