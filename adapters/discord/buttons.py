"""Choices as persistent components: each custom_id carries owner, revision and payload, so a press works after any restart."""
from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import discord

from adapters.discord.forms import LogSetModal, SetTarget, pick_many, set_target, typed_picks
from core.messages import Choice, Reply
from core.text import discord as say

log = logging.getLogger(__name__)

PREFIX = "bc"
CUSTOM_ID_LIMIT = 100
LABEL_LIMIT = 80
BUTTONS_PER_ROW = 5
BUTTON_LIMIT = 25  # five rows of five; more choices than that go in a select menu
SELECT_OPTION_LIMIT = 25

# bc:<owner id or empty>:[r<revision>:]<payload>. The owner is who the prompt was for (empty: anyone may press);
# the revision is the question's (a press on a passed question changes nothing). Old ids without one still parse.
BUTTON_TEMPLATE = r"bc:(?P<owner>[0-9]*):(?:r(?P<rev>[0-9]+):)?(?P<payload>.+)"
SELECT_TEMPLATE = r"bcs:(?P<owner>[0-9]*):(?P<n>[0-9]+)(?::r(?P<rev>[0-9]+))?"
PICK_TEMPLATE = r"bcp:(?P<owner>[0-9]*):(?:r(?P<rev>[0-9]+))?"
LOG_TEMPLATE = r"bcl:(?P<owner>[0-9]*):(?:r(?P<rev>[0-9]+))?:(?P<reps>[0-9]*):(?P<load>.*)"

PressHandler = Callable[[discord.Interaction, str, str | None, int | None], Awaitable[None]]
# (interaction, what the member would have typed, owner, revision)
TypedHandler = Callable[[discord.Interaction, str, str | None, int | None], Awaitable[None]]


@dataclass(frozen=True)
class Items:
    """One adapter's persistent component classes, and how to make each kind of item."""

    classes: tuple[type[discord.ui.DynamicItem[Any]], ...]
    button: Callable[[str, str | None, str, int, int | None], discord.ui.Item[Any]]  # payload, owner, label, row, rev
    select: Callable[[str | None, int, list[discord.SelectOption], int | None], discord.ui.Item[Any]]
    pick: Callable[[str | None, list[discord.SelectOption], int | None], discord.ui.Item[Any]]
    log_set: Callable[[str | None, SetTarget, int | None, int], discord.ui.Item[Any]]  # owner, target, rev, row


def _rev(revision: int | None) -> str:
    return f"r{revision}" if revision is not None else ""


def button_custom_id(payload: str, owner: str | None, revision: int | None = None) -> str | None:
    rev = f"{_rev(revision)}:" if revision is not None else ""
    custom_id = f"{PREFIX}:{owner or ''}:{rev}{payload}"
    return custom_id if len(custom_id) <= CUSTOM_ID_LIMIT else None


def parse_custom_id(custom_id: str) -> tuple[str, str | None, int | None] | None:
    """(payload, owner, revision) of one of our buttons, or None."""
    match = re.fullmatch(BUTTON_TEMPLATE, custom_id, flags=re.DOTALL)
    if match is None:
        return None
    return match["payload"], match["owner"] or None, _int(match["rev"])


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _clip(label: str, limit: int = LABEL_LIMIT) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def item_classes(on_press: PressHandler, on_typed: TypedHandler) -> Items:
    """The dynamic item classes for one adapter; registered in setup_hook, they route presses to the handlers.

    Built per adapter (not at module level) so the handlers are passed in rather than found globally.
    """

    class ChoiceButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=BUTTON_TEMPLATE):
        def __init__(self, payload: str, owner: str | None, label: str = "", row: int | None = None,
                     revision: int | None = None) -> None:
            custom_id = button_custom_id(payload, owner, revision) or f"{PREFIX}::{payload}"[:CUSTOM_ID_LIMIT]
            super().__init__(discord.ui.Button(label=_clip(label or payload), custom_id=custom_id,
                                               style=discord.ButtonStyle.secondary, row=row))
            self.payload, self.owner, self.revision = payload, owner, revision

        @classmethod
        async def from_custom_id(
            cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
        ) -> ChoiceButton:
            label = getattr(item, "label", None) or ""
            return cls(match["payload"], match["owner"] or None, label, None, _int(match["rev"]))

        async def callback(self, interaction: discord.Interaction) -> None:
            await on_press(interaction, self.payload, self.owner, self.revision)

    class ChoiceSelect(discord.ui.DynamicItem[discord.ui.Select[Any]], template=SELECT_TEMPLATE):
        """A pick list for long choice lists; each option's value is the payload itself."""

        def __init__(self, owner: str | None, n: int, options: Sequence[discord.SelectOption] = (),
                     revision: int | None = None) -> None:
            rev = f":{_rev(revision)}" if revision is not None else ""
            super().__init__(discord.ui.Select(custom_id=f"bcs:{owner or ''}:{n}{rev}", options=list(options) or
                                               [discord.SelectOption(label="-", value="-")]))
            self.owner, self.revision = owner, revision

        @classmethod
        async def from_custom_id(
            cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
        ) -> ChoiceSelect:
            return cls(match["owner"] or None, int(match["n"]), revision=_int(match["rev"]))

        async def callback(self, interaction: discord.Interaction) -> None:
            values = _values(interaction)
            if values:
                await on_press(interaction, values[0], self.owner, self.revision)

    class PickMany(discord.ui.DynamicItem[discord.ui.Select[Any]], template=PICK_TEMPLATE):
        """A pick-all-that-apply question as one menu; the submission is the typed list ("1 4 7")."""

        def __init__(self, owner: str | None, options: Sequence[discord.SelectOption] = (),
                     revision: int | None = None) -> None:
            chosen = list(options) or [discord.SelectOption(label="-", value="-")]
            super().__init__(discord.ui.Select(custom_id=f"bcp:{owner or ''}:{_rev(revision)}", options=chosen,
                                               min_values=1, max_values=len(chosen),
                                               placeholder=say.PICK_MANY_PLACEHOLDER))
            self.owner, self.revision = owner, revision
            self.labels = {o.value: o.label for o in options}

        @classmethod
        async def from_custom_id(
            cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
        ) -> PickMany:
            return cls(match["owner"] or None, getattr(item, "options", ()), _int(match["rev"]))

        async def callback(self, interaction: discord.Interaction) -> None:
            values = _values(interaction)
            if values:
                await on_typed(interaction, typed_picks(values, self.labels), self.owner, self.revision)

    class LogSetButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=LOG_TEMPLATE):
        """Opens the set form prefilled with the target; the form's submission (see forms.form_submission) is typed."""

        def __init__(self, owner: str | None, target: SetTarget, revision: int | None = None, row: int | None = None) -> None:
            custom_id = f"bcl:{owner or ''}:{_rev(revision)}:{target.reps}:{target.load}"[:CUSTOM_ID_LIMIT]
            super().__init__(discord.ui.Button(label=say.LOG_SET_BUTTON, custom_id=custom_id,
                                               style=discord.ButtonStyle.primary, row=row))
            self.owner, self.target, self.revision = owner, target, revision

        @classmethod
        async def from_custom_id(
            cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
        ) -> LogSetButton:
            return cls(match["owner"] or None, SetTarget(match["reps"], match["load"]), _int(match["rev"]))

        async def callback(self, interaction: discord.Interaction) -> None:
            # The form is the answer to this press (no defer first): Discord opens it at once.
            await interaction.response.send_modal(LogSetModal(self.target, self.owner, self.revision))

    return Items(
        classes=(ChoiceButton, ChoiceSelect, PickMany, LogSetButton),
        button=lambda payload, owner, label, row, rev: ChoiceButton(payload, owner, label, row, rev),
        select=lambda owner, n, options, rev: ChoiceSelect(owner, n, options, rev),
        pick=lambda owner, options, rev: PickMany(owner, options, rev),
        log_set=lambda owner, target, rev, row: LogSetButton(owner, target, rev, row),
    )


def _values(interaction: discord.Interaction) -> list[str]:
    data: Any = interaction.data or {}
    return [str(v) for v in data.get("values") or []]


def _revision(choices: Sequence[Choice]) -> int | None:
    return next((c.revision for c in choices if c.revision is not None), None)


def build_view(reply: Reply, owner: str | None, items: Items) -> discord.ui.View | None:
    """A persistent view (no timeout, only dynamic items) for the reply's choices; None when there are none."""
    if not reply.choices:
        return None
    view = discord.ui.View(timeout=None)
    unique: dict[str, Choice] = {}
    for choice in reply.choices:
        unique.setdefault(choice.payload, choice)  # Discord refuses two components with one custom_id
    fitting = [c for c in unique.values() if button_custom_id(c.payload, owner, c.revision) is not None]
    if len(fitting) < len(unique):
        log.warning("dropped %d choice(s) whose payload is too long for a custom_id", len(unique) - len(fitting))
    revision = _revision(fitting)
    many = pick_many(fitting)
    if many is not None:
        options = [discord.SelectOption(label=_clip(c.label or c.payload, 100), value=c.payload[:100]) for c in many]
        view.add_item(items.pick(owner, options, revision))
        return view
    target = set_target(reply)
    if len(fitting) <= BUTTON_LIMIT - (target is not None):
        for index, choice in enumerate(fitting):
            view.add_item(items.button(choice.payload, owner, choice.label, index // BUTTONS_PER_ROW, choice.revision))
        if target is not None:
            view.add_item(items.log_set(owner, target, revision, len(fitting) // BUTTONS_PER_ROW))
        return view
    for n in range(0, len(fitting), SELECT_OPTION_LIMIT):
        chunk = fitting[n : n + SELECT_OPTION_LIMIT]
        options = [discord.SelectOption(label=_clip(c.label or c.payload, 100), value=c.payload[:100]) for c in chunk]
        view.add_item(items.select(owner, n // SELECT_OPTION_LIMIT, options, revision))
    return view
