"""Telegram adapter: python-telegram-bot 22 in the shared event loop (see docs/telegram.md)."""
from adapters.telegram.app import TelegramAdapter
from adapters.telegram.messenger import TelegramMessenger

__all__ = ["TelegramAdapter", "TelegramMessenger"]
