"""Onboarding and /settings: one question at a time; numbers, names and buttons all work."""
from __future__ import annotations

from dataclasses import replace

from core.conversation import Step
from core.flows.choices import equipment as _equipment
from core.flows.choices import is_way_out
from core.flows.choices import pick_many as _pick_many
from core.flows.choices import pick_one as _pick_one
from core.messages import Choice
from core.model import BackStatus, Equipment, Level, Profile, Screen, Units
from core.text import answers as words
from core.text import cards as card_say
from core.text import onboarding as say
from core.text import safety as safety_text
from core.timezones import resolve_zone
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
    way_out = (Choice(words.WAY_OUT_BUTTON, "cancel"),) if settings else ()
    if question == "timezone":
        default = turn.profile.timezone
        turn.ask(_with_way_out(say.TIMEZONE_Q.format(default=default), settings),
                 (Choice(say.TIMEZONE_KEEP.format(default=default), "keep"),) + way_out)
        return
    options = _options(question)
    choices = _equipment_buttons() if question == "equipment" else numbered(options)
    if question == "screen" and turn.in_group:
        # Health answers are nobody else's business: asked in private (a deep link when the bot can't DM yet).
        turn.say(card_say.SCREEN_IN_PRIVATE.format(name=turn.incoming.sender_name))
        turn.say_private(_with_way_out(render_numbered(_question_text(question), options), settings), choices + way_out)
        return
    turn.ask(_with_way_out(render_numbered(_question_text(question), options), settings), choices + way_out)


def _with_way_out(question: str, settings: bool) -> str:
    return f"{question}\n{words.SETTINGS_WAY_OUT}" if settings else question


async def answer(turn: Turn) -> None:
    question = str(turn.conversation.data["question"])
    settings = bool(turn.conversation.data.get("settings"))
    said = turn.said
    profile = turn.profile
    if settings and is_way_out(said):
        await cancel(turn, "")
        return
    if question == "level":
        profile = replace(profile, level=Level(_pick_one(said, say.LEVEL_CHOICES)))
    elif question == "equipment":
        picked = tuple(turn.conversation.data.get("picked", []))
        done, picked = _equipment(said, picked, pressed=turn.incoming.payload is not None)
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
        profile = replace(profile, timezone=await _zone(turn, said, profile.timezone))
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


def _settings_options(profile: Profile) -> tuple[tuple[str, str], ...]:
    return tuple((key, label.format(**_facts(profile))) for key, label in say.SETTINGS_CHOICES)


async def open_settings(turn: Turn) -> None:
    options = _settings_options(turn.profile)
    await turn.move_to(Step.SETTINGS)
    turn.ask(_with_way_out(render_numbered(say.SETTINGS_Q, options), True),
             numbered(options) + (Choice(words.WAY_OUT_BUTTON, "cancel"),))


async def cancel(turn: Turn, _: str) -> None:
    """`cancel`, `/cancel` or `back` leaves /settings (or one of its questions) with nothing changed."""
    step = turn.conversation.step
    if step is Step.SETTINGS or (step is Step.ONBOARDING and turn.conversation.data.get("settings")):
        await turn.go_idle()
        turn.say(say.SETTINGS_CANCELLED)
        return
    turn.say(words.NOTHING_TO_CANCEL)


async def choose_setting(turn: Turn) -> None:
    if is_way_out(turn.said):
        await cancel(turn, "")
        return
    key = _pick_one(turn.said, _settings_options(turn.profile))
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


async def _zone(turn: Turn, said: str, current: str) -> str:
    if said.lower() in {"keep", "ok", "yes", ""}:
        return current
    answer = await resolve_zone(said, turn.outputs.places if turn.outputs else None)
    if answer.note:
        turn.say(answer.note)
    return answer.zone
