"""Onboarding and /settings: one question at a time; numbers, names and buttons all work."""
from __future__ import annotations

import re
from dataclasses import replace
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core.conversation import Step
from core.errors import BadInput
from core.messages import Choice
from core.model import BackStatus, Equipment, Level, Profile, Screen, Units
from core.text import cards as card_say
from core.text import onboarding as say
from core.text import safety as safety_text
from core.turn import Turn, numbered, render_numbered

QUESTIONS = ("level", "equipment", "back", "units", "timezone", "goal", "screen")


async def start(turn: Turn) -> None:
    if turn.profile.onboarded:
        turn.say(say.ALREADY_SET_UP)
        return
    turn.say(say.GREETING.format(name=turn.incoming.sender_name))
    turn.say(say.DISCLAIMER)
    await ask(turn, "level")


async def ask(turn: Turn, question: str, *, settings: bool = False, picked: tuple[str, ...] = ()) -> None:
    await turn.move_to(Step.ONBOARDING, question=question, settings=settings, picked=list(picked))
    if question == "timezone":
        default = turn.profile.timezone
        turn.ask(say.TIMEZONE_Q.format(default=default), (Choice(say.TIMEZONE_KEEP.format(default=default), "keep"),))
        return
    options = _options(question)
    choices = _equipment_buttons() if question == "equipment" else numbered(options)
    if question == "screen" and turn.in_group:
        # Health answers are nobody else's business: asked in private (a deep link when the bot can't DM yet).
        turn.say(card_say.SCREEN_IN_PRIVATE.format(name=turn.incoming.sender_name))
        turn.say_private(render_numbered(_question_text(question), options), choices)
        return
    turn.ask(render_numbered(_question_text(question), options), choices)


async def answer(turn: Turn) -> None:
    question = str(turn.conversation.data["question"])
    settings = bool(turn.conversation.data.get("settings"))
    said = turn.said
    profile = turn.profile
    if question == "level":
        profile = replace(profile, level=Level(_pick_one(said, say.LEVEL_CHOICES)))
    elif question == "equipment":
        picked = tuple(turn.conversation.data.get("picked", []))
        done, picked = _equipment(said, picked)
        if not done:
            await turn.move_to(Step.ONBOARDING, question=question, settings=settings, picked=list(picked))
            shown = ", ".join(_label(say.EQUIPMENT_CHOICES, p) for p in picked) or say.EQUIPMENT_NOTHING_PICKED
            turn.ask(say.EQUIPMENT_PICKED.format(picked=shown), _equipment_buttons())
            return
        profile = replace(profile, equipment=frozenset(Equipment(p) for p in picked if p != "none"))
    elif question == "back":
        profile = replace(profile, back_status=BackStatus(_pick_one(said, say.BACK_CHOICES)))
    elif question == "units":
        profile = replace(profile, units=Units(_pick_one(said, say.UNITS_CHOICES)))
    elif question == "timezone":
        profile = replace(profile, timezone=_zone(said, profile.timezone))
    elif question == "goal":
        profile = replace(profile, weekly_goal=int(_pick_one(said, say.GOAL_CHOICES)))
    elif question == "screen":
        picked_screen = _pick_many(said, say.SCREEN_CHOICES)
        profile = replace(profile, screen_yes=frozenset(Screen(p) for p in picked_screen if p != "none"))
    profile = _with_gentle_mode(profile)
    await turn.save_profile(profile)
    if settings:
        await turn.go_idle()
        turn.say(say.SETTINGS_UNITS_SAVED.format(units=profile.units.value) if question == "units" else say.SETTINGS_SAVED.format(what=summary(profile)))
        _advice(turn, question)
        return
    following = QUESTIONS.index(question) + 1
    if following < len(QUESTIONS):
        await ask(turn, QUESTIONS[following])
        return
    await turn.save_profile(replace(profile, onboarded=True, created_at=profile.created_at or turn.now))
    await turn.go_idle()
    _advice(turn, "back")
    _advice(turn, "screen")
    turn.say(say.ALL_SET.format(**_facts(profile)))


async def open_settings(turn: Turn) -> None:
    options = tuple((key, label.format(**_facts(turn.profile))) for key, label in say.SETTINGS_CHOICES)
    await turn.move_to(Step.SETTINGS)
    turn.ask(render_numbered(say.SETTINGS_Q, options), numbered(options))


async def choose_setting(turn: Turn) -> None:
    key = _pick_one(turn.said, say.SETTINGS_CHOICES)
    picked = tuple(e.value for e in turn.profile.equipment) if key == "equipment" else ()
    await ask(turn, key, settings=True, picked=picked)


def _equipment_buttons() -> tuple[Choice, ...]:
    return numbered(say.EQUIPMENT_CHOICES) + (Choice(say.EQUIPMENT_DONE, "done"),)


def summary(profile: Profile) -> str:
    return say.ALL_SET.format(**_facts(profile)).split("\n")[0]


def _advice(turn: Turn, question: str) -> None:
    """A 'yes' on the health screen or ongoing pain: say plainly what to do before training."""
    if question == "back" and turn.profile.back_status is BackStatus.ONGOING:
        turn.say_personal(safety_text.ONGOING_PAIN_ADVICE)
    if question == "screen":
        for item in sorted(turn.profile.screen_yes):
            turn.say_personal(safety_text.SCREEN_ADVICE[item])


def _with_gentle_mode(profile: Profile) -> Profile:
    needs_gentle = profile.back_status is BackStatus.ONGOING or bool(profile.screen_yes)
    return replace(profile, gentle_mode=profile.gentle_mode or needs_gentle)


def _facts(profile: Profile) -> dict[str, str]:
    equipment = ", ".join(_label(say.EQUIPMENT_CHOICES, e.value) for e in sorted(profile.equipment))
    return {
        "level": _label(say.LEVEL_CHOICES, profile.level.value).split(" (")[0],
        "equipment": equipment or say.NO_EQUIPMENT,
        "back": _label(say.BACK_CHOICES, profile.back_status.value),
        "units": profile.units.value,
        "zone": profile.timezone,
        "goal": str(profile.weekly_goal),
    }


def _options(question: str) -> tuple[tuple[str, str], ...]:
    return {
        "level": say.LEVEL_CHOICES,
        "equipment": say.EQUIPMENT_CHOICES,
        "back": say.BACK_CHOICES,
        "units": say.UNITS_CHOICES,
        "goal": say.GOAL_CHOICES,
        "screen": say.SCREEN_CHOICES,
    }[question]


def _question_text(question: str) -> str:
    return {
        "level": say.LEVEL_Q,
        "equipment": say.EQUIPMENT_Q,
        "back": say.BACK_Q,
        "units": say.UNITS_Q,
        "goal": say.GOAL_Q,
        "screen": say.SCREEN_Q,
    }[question]


def _label(options: tuple[tuple[str, str], ...], key: str) -> str:
    return dict(options).get(key, key)


def _match(word: str, options: tuple[tuple[str, str], ...]) -> str | None:
    word = word.strip().lower().rstrip(".")
    if word.isdigit() and 1 <= int(word) <= len(options):
        return options[int(word) - 1][0]
    for key, label in options:
        names = {key, key.replace("_", " "), label.lower(), label.lower().split(" (")[0]}
        if word in names or (len(word) >= 3 and label.lower().startswith(word)):
            return key
    return None


def _pick_one(said: str, options: tuple[tuple[str, str], ...]) -> str:
    key = _match(said, options)
    if key is None:
        raise BadInput(say.PICK_ONE.format(first=1, last=len(options)))
    return key


def _pick_many(said: str, options: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """Numbers or names, separated by commas, spaces or "and": "1 4 5", "dumbbells, pull-up bar"."""
    keys: list[str] = []
    for chunk in (c.strip() for c in re.split(r"[,;]|\band\b", said.lower())):
        if not chunk:
            continue
        whole = _match(chunk, options)
        if whole is not None:
            keys.append(whole)
            continue
        for word in chunk.split():
            key = _match(word, options)
            if key is None:
                raise BadInput(say.PICK_FROM_LIST.format(bad=f'"{word[:30]}"'))
            keys.append(key)
    if not keys:
        raise BadInput(say.PICK_FROM_LIST.format(bad='""'))
    return tuple(dict.fromkeys(keys))


def _equipment(said: str, picked: tuple[str, ...]) -> tuple[bool, tuple[str, ...]]:
    """Typed lists finish the question; a single button press toggles one item."""
    if said.lower() in {"done", "ok", "finish"}:
        return True, picked
    keys = _pick_many(said, say.EQUIPMENT_CHOICES)
    if turn_is_toggle(said) and len(keys) == 1 and keys[0] != "none":
        toggled = tuple(p for p in picked if p != keys[0]) if keys[0] in picked else picked + keys
        return False, toggled
    return True, tuple(k for k in keys if k != "none") if len(keys) > 1 else keys


def turn_is_toggle(said: str) -> bool:
    return said.isdigit() and len(said) == 1


def _zone(said: str, current: str) -> str:
    if said.lower() in {"keep", "ok", "yes", ""}:
        return current
    try:
        ZoneInfo(said.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise BadInput(say.UNKNOWN_TIMEZONE.format(zone=said.strip()[:60])) from None
    return said.strip()
