"""Slash commands generated from the core's command list; each invocation becomes the text the core reads."""
from __future__ import annotations

import inspect
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Optional, Protocol

import discord
from discord import app_commands

from core.text import discord as say
from core.text import platform as text

# Discord's limits for application commands.
NAME_LIMIT = 32
DESCRIPTION_LIMIT = 100
CHOICE_LIMIT = 25

_RANGE = re.compile(r"^(\d+)-(\d+)$")


class CommandLike(Protocol):
    """What the adapter reads from `core.commands.CommandInfo`."""

    @property
    def name(self) -> str: ...

    @property
    def usage(self) -> str: ...

    @property
    def description(self) -> str: ...

    @property
    def private_only(self) -> bool: ...


@dataclass(frozen=True)
class OptionSpec:
    name: str
    kind: type  # int or str
    required: bool
    description: str
    choices: tuple[str, ...] = ()  # fixed values; shown as a pick list
    literal: str = ""  # a word the core expects before the value ("until" in /pause until DATE)


@dataclass(frozen=True)
class SlashSpec:
    """One slash command: its Discord shape and how its options turn back into the text the core reads."""

    name: str
    description: str
    options: tuple[OptionSpec, ...]
    private_only: bool

    def text(self, values: Mapping[str, object]) -> str:
        given = {k: v for k, v in values.items() if v is not None and str(v).strip() != ""}
        if self.name == "log":
            # The set as a lifter types it ("10 x 20kg"); kept as a /log command so the core answers
            # "no session running" rather than mistaking it for the answer to another question.
            reps = given.get("reps")
            load = given.get("load")
            return f"/log {reps} x {str(load).strip()}" if load is not None else f"/log {reps}"
        parts = [f"/{self.name}"]
        for option in self.options:
            if option.name in given:
                parts += [option.literal] if option.literal else []
                parts.append(str(given[option.name]).strip())
        return " ".join(parts)


def _clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _option_name(raw: str, taken: set[str]) -> str:
    name = re.sub(r"[^a-z0-9_-]+", "_", raw.lower()).strip("_")[:NAME_LIMIT] or "value"
    while name in taken:
        name = f"{name}_"[:NAME_LIMIT]
    taken.add(name)
    return name


def _option(token: str, optional: bool, literal: str, taken: set[str]) -> OptionSpec:
    """One usage token as an option: `0-10` a number pick list, `a|b` fixed choices, `[word]` a variant, `NAME` text."""
    ranged = _RANGE.match(token)
    if ranged:
        low, high = int(ranged.group(1)), int(ranged.group(2))
        choices = tuple(str(v) for v in range(low, high + 1)) if high - low < CHOICE_LIMIT else ()
        return OptionSpec(_option_name("value", taken), int, not optional, text.DISCORD_OPTION_SCALE, choices, literal)
    alternatives = tuple(a for a in token.split("|") if a)
    if any(a.isupper() for a in alternatives):
        # `LIFT|more`: a free name or a keyword, so text (a pick list would send the placeholder itself).
        name = _option_name(next(a for a in alternatives if a.isupper()), taken)
        return OptionSpec(name, str, not optional, _describe(name, token), (), literal)
    if len(alternatives) > 1:
        what = " or ".join(alternatives)
        return OptionSpec(_option_name("choice", taken), str, not optional, say.OPTION_PICK.format(what=what),
                          alternatives, literal)
    if token.islower():  # `[pain]`: a variant of the command, offered as a one-item pick list
        return OptionSpec(_option_name(token, taken), str, False, say.OPTION_VARIANT.format(what=token), (token,), literal)
    name = _option_name("time" if ":" in token else token, taken)
    return OptionSpec(name, str, not optional, _describe(name, token), (), literal)


_DESCRIPTIONS = {"lift": say.OPTION_LIFT, "days": say.OPTION_DAYS, "time": say.OPTION_TIME, "date": say.OPTION_DATE}


def _describe(name: str, token: str) -> str:
    return _DESCRIPTIONS.get(name) or text.DISCORD_OPTION_TEXT.format(what=token.lower())


def _options_from_usage(usage: str) -> tuple[OptionSpec, ...]:
    """Read the /help usage line word by word; a lowercase bare word is a literal the core reads before the next value."""
    options: list[OptionSpec] = []
    taken: set[str] = set()
    literal = ""
    for word in usage.split():
        optional = word.startswith("[") and word.endswith("]")
        token = word.strip("[]")
        if not optional and token.islower() and "|" not in token and not _RANGE.match(token):
            literal = token
            continue
        options.append(_option(token, optional, literal, taken))
        literal = ""
    return tuple(options)


def slash_spec(info: CommandLike) -> SlashSpec:
    name = info.name.lstrip("/").lower()[:NAME_LIMIT]
    if name == "log":
        options: tuple[OptionSpec, ...] = (
            OptionSpec("reps", int, True, text.DISCORD_OPTION_REPS),
            OptionSpec("load", str, False, text.DISCORD_OPTION_LOAD),
        )
    elif name == "schedule":
        # `/schedule` shows, `/schedule off` stops, `/schedule mon thu 07:00` sets: both parts optional.
        options = (OptionSpec("days", str, False, say.OPTION_DAYS), OptionSpec("time", str, False, say.OPTION_TIME))
    elif name == "start":
        # The code from a "your DMs are closed" note; the core returns the held messages for it.
        options = (OptionSpec("code", str, False, text.DISCORD_OPTION_TOKEN),)
    else:
        options = _options_from_usage(info.usage)
    return SlashSpec(name, _clip(info.description or name, DESCRIPTION_LIMIT), options, info.private_only)


def slash_specs(commands: Iterable[CommandLike]) -> tuple[SlashSpec, ...]:
    seen: dict[str, SlashSpec] = {}
    for info in commands:
        spec = slash_spec(info)
        seen.setdefault(spec.name, spec)
    return tuple(seen.values())


SlashHandler = Callable[[discord.Interaction, SlashSpec, dict[str, Any]], Awaitable[None]]


def build_command(spec: SlashSpec, handler: SlashHandler) -> app_commands.Command[Any, Any, None]:
    """A discord.py command whose signature is built from the spec, so Discord shows typed options."""

    async def callback(interaction: discord.Interaction, **values: Any) -> None:
        await handler(interaction, spec, values)

    params = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction)]
    for option in sorted(spec.options, key=lambda o: not o.required):  # Discord wants required options first
        annotation: Any = option.kind if option.required else Optional[option.kind]
        default = inspect.Parameter.empty if option.required else None
        params.append(inspect.Parameter(option.name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default))
    callback.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    callback.__name__ = f"slash_{spec.name}"
    app_commands.describe(**{o.name: _clip(o.description, DESCRIPTION_LIMIT) for o in spec.options})(callback)
    choices = {
        o.name: [app_commands.Choice(name=say.CHOICE_NAMES.get(c, c), value=o.kind(c)) for c in o.choices]
        for o in spec.options
        if o.choices
    }
    if choices:
        app_commands.choices(**choices)(callback)
    return app_commands.Command(name=spec.name, description=spec.description, callback=callback)  # type: ignore[arg-type]
