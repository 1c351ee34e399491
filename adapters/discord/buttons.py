"""Choices as persistent buttons: the custom_id carries the payload, so a press works after any restart."""
from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import discord

from core.messages import Choice

log = logging.getLogger(__name__)

PREFIX = "bc"
CUSTOM_ID_LIMIT = 100
LABEL_LIMIT = 80
BUTTONS_PER_ROW = 5
BUTTON_LIMIT = 25  # five rows of five; more choices than that go in a select menu
SELECT_OPTION_LIMIT = 25

# bc:<owner id or empty>:<payload>. The owner is who the prompt was for (empty: anyone may press).
BUTTON_TEMPLATE = r"bc:(?P<owner>[0-9]*):(?P<payload>.+)"
SELECT_TEMPLATE = r"bcs:(?P<owner>[0-9]*):(?P<n>[0-9]+)"

PressHandler = Callable[[discord.Interaction, str, str | None], Awaitable[None]]


@dataclass(frozen=True)
class Items:
    """One adapter's persistent component classes, and how to make each kind of item."""

    classes: tuple[type[discord.ui.DynamicItem[Any]], ...]
    button: Callable[[str, str | None, str, int], discord.ui.Item[Any]]  # payload, owner, label, row
    select: Callable[[str | None, int, list[discord.SelectOption]], discord.ui.Item[Any]]  # owner, n, options


def button_custom_id(payload: str, owner: str | None) -> str | None:
    custom_id = f"{PREFIX}:{owner or ''}:{payload}"
    return custom_id if len(custom_id) <= CUSTOM_ID_LIMIT else None


def parse_custom_id(custom_id: str) -> tuple[str, str | None] | None:
    """(payload, owner) of one of our buttons, or None."""
    match = re.fullmatch(BUTTON_TEMPLATE, custom_id, flags=re.DOTALL)
    if match is None:
        return None
    return match["payload"], match["owner"] or None


def _clip(label: str) -> str:
    return label if len(label) <= LABEL_LIMIT else label[: LABEL_LIMIT - 1] + "…"


def item_classes(on_press: PressHandler) -> Items:
    """The dynamic item classes for one adapter; registered in setup_hook, they route presses to `on_press`.

    Built per adapter (not at module level) so the handler is passed in rather than found globally.
    """

    class ChoiceButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=BUTTON_TEMPLATE):
        def __init__(self, payload: str, owner: str | None, label: str = "", row: int | None = None) -> None:
            custom_id = button_custom_id(payload, owner) or f"{PREFIX}::{payload}"[:CUSTOM_ID_LIMIT]
            super().__init__(discord.ui.Button(label=_clip(label or payload), custom_id=custom_id,
                                               style=discord.ButtonStyle.secondary, row=row))
            self.payload = payload
            self.owner = owner

        @classmethod
        async def from_custom_id(
            cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
        ) -> ChoiceButton:
            label = getattr(item, "label", None) or ""
            return cls(match["payload"], match["owner"] or None, label)

        async def callback(self, interaction: discord.Interaction) -> None:
            await on_press(interaction, self.payload, self.owner)

    class ChoiceSelect(discord.ui.DynamicItem[discord.ui.Select[Any]], template=SELECT_TEMPLATE):
        """A pick list for long choice lists; each option's value is the payload itself."""

        def __init__(self, owner: str | None, n: int, options: Sequence[discord.SelectOption] = ()) -> None:
            super().__init__(discord.ui.Select(custom_id=f"bcs:{owner or ''}:{n}", options=list(options) or
                                               [discord.SelectOption(label="-", value="-")]))
            self.owner = owner

        @classmethod
        async def from_custom_id(
            cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
        ) -> ChoiceSelect:
            return cls(match["owner"] or None, int(match["n"]))

        async def callback(self, interaction: discord.Interaction) -> None:
            data: Any = interaction.data or {}
            values = data.get("values") or []
            if values:
                await on_press(interaction, str(values[0]), self.owner)

    return Items(
        classes=(ChoiceButton, ChoiceSelect),
        button=lambda payload, owner, label, row: ChoiceButton(payload, owner, label, row),
        select=lambda owner, n, options: ChoiceSelect(owner, n, options),
    )


def build_view(choices: Sequence[Choice], owner: str | None, items: Items) -> discord.ui.View | None:
    """A persistent view (no timeout, only dynamic items) for the reply's choices; None when there are none."""
    if not choices:
        return None
    view = discord.ui.View(timeout=None)
    unique: dict[str, Choice] = {}
    for choice in choices:
        unique.setdefault(choice.payload, choice)  # Discord refuses two components with one custom_id
    fitting = [c for c in unique.values() if button_custom_id(c.payload, owner) is not None]
    if len(fitting) < len(unique):
        log.warning("dropped %d choice(s) whose payload is too long for a custom_id", len(unique) - len(fitting))
    if len(fitting) <= BUTTON_LIMIT:
        for index, choice in enumerate(fitting):
            view.add_item(items.button(choice.payload, owner, choice.label, index // BUTTONS_PER_ROW))
        return view
    for n in range(0, len(fitting), SELECT_OPTION_LIMIT):
        chunk = fitting[n : n + SELECT_OPTION_LIMIT]
        options = [discord.SelectOption(label=_clip(c.label or c.payload), value=c.payload[:100]) for c in chunk]
        view.add_item(items.select(owner, n // SELECT_OPTION_LIMIT, options))
    return view
