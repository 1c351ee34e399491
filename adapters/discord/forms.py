"""Discord-native ways to type an answer: the "Log set" form and the pick-many menu.

Both only change how an answer is entered; what they submit is the text a member would have typed
("10 x 14 kg", "1 4 7"), and the core reads it like any typed reply.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import discord

from core.messages import Choice, Reply
from core.text import discord as say

DONE, SKIP = "done", "skip"
_LOAD = re.compile(r"@ ?(\+?\d+(?:[.,]\d+)? ?(?:kg|lb))\b")
_NUMBERED = re.compile(r"^\d+\.\s*")


@dataclass(frozen=True)
class SetTarget:
    """What the form is prefilled with: the planned reps and load, as text."""

    reps: str
    load: str


def set_target(reply: Reply) -> SetTarget | None:
    """A working-set question offers rep numbers around the target and "skip"; the middle number is the target.

    The load is the one the question names ("… @ 14 kg", the last one in the text); empty for bodyweight.
    """
    payloads = [c.payload for c in reply.choices]
    reps = [p for p in payloads if p.isdigit()]
    if SKIP not in payloads or not reps or DONE in payloads:
        return None
    loads = _LOAD.findall(reply.text)  # the question is the last thing a prompt or a card says
    return SetTarget(reps[(len(reps) - 1) // 2], loads[-1] if loads else "")


def pick_many(choices: Sequence[Choice]) -> list[Choice] | None:
    """Numbered items plus a "done" button: a pick-all-that-apply question, shown as one multi-select."""
    items = [c for c in choices if c.payload != DONE]
    if len(items) < 2 or len(items) == len(choices) or not all(c.payload.isdigit() for c in items):
        return None
    return items


def typed_picks(values: Sequence[str], labels: dict[str, str]) -> str:
    """Several picks as the typed list ("1 4 7"); one pick by its name, which a member types to answer with one item."""
    if len(values) == 1:
        return _NUMBERED.sub("", labels.get(values[0], values[0])) or values[0]
    return " ".join(values)


FORM_TEMPLATE = re.compile(r"bcform:(?P<owner>[0-9]*):(?P<rev>[0-9]*)")
FORM_OPEN_SECONDS = 900  # discord.py forgets an unsubmitted form after this; the submission is read anyway


class LogSetModal(discord.ui.Modal):
    """Reps and load, prefilled with the target. Nothing is kept here: the custom id carries owner and revision,
    and `form_submission` reads the submission from the interaction itself, so it works after a restart too.
    """

    def __init__(self, target: SetTarget, owner: str | None, revision: int | None) -> None:
        custom_id = f"bcform:{owner or ''}:{'' if revision is None else revision}"
        super().__init__(title=say.LOG_SET_TITLE, timeout=FORM_OPEN_SECONDS, custom_id=custom_id)
        self.reps: discord.ui.TextInput[LogSetModal] = discord.ui.TextInput(
            label=say.LOG_SET_REPS, custom_id="reps", default=target.reps or None, max_length=10)
        self.load: discord.ui.TextInput[LogSetModal] = discord.ui.TextInput(
            label=say.LOG_SET_LOAD, custom_id="load", default=target.load or None, required=False,
            max_length=20)
        self.add_item(self.reps)
        self.add_item(self.load)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Answered by the adapter's interaction listener (`form_submission`), with or without this object."""


def form_submission(interaction: discord.Interaction) -> tuple[str, str | None, int | None] | None:
    """(what the member typed, owner, revision) of a submitted set form; None for any other interaction."""
    if interaction.type is not discord.InteractionType.modal_submit:
        return None
    data: Any = interaction.data or {}
    found = FORM_TEMPLATE.fullmatch(str(data.get("custom_id", "")))
    if found is None:
        return None
    values = {field.get("custom_id"): str(field.get("value") or "").strip() for field in _fields(data.get("components"))}
    reps, load = values.get("reps", ""), values.get("load", "")
    typed = f"{reps} x {load}" if load else reps
    return typed, found["owner"] or None, int(found["rev"]) if found["rev"] else None


def _fields(components: Any) -> list[dict[str, Any]]:
    """Text inputs, however deeply Discord nests them (action rows, labels)."""
    out: list[dict[str, Any]] = []
    for component in components or []:
        if not isinstance(component, dict):
            continue
        if "value" in component and "custom_id" in component:
            out.append(component)
        out += _fields(component.get("components"))
        if isinstance(component.get("component"), dict):
            out += _fields([component["component"]])
    return out
