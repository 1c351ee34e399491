"""The console's own edges: whose buttons a typed line presses, /clock input, /help, the greeting, Ctrl-C."""
from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest

from adapters.console.chat import ConsoleChat
from core.flows.pain_questions import pain_buttons
from core.messages import Incoming, Reply
from tests.fakes import FakeClock


class Recorder:
    """A coach that remembers what it was given and shows pain buttons to whoever types /pain."""

    def __init__(self) -> None:
        self.seen: list[Incoming] = []

    async def handle(self, incoming: Incoming) -> list[Reply]:
        self.seen.append(incoming)
        if incoming.text == "/pain":
            return [Reply("How is your back, from 0 to 10?", pain_buttons(), to_user_id=incoming.sender_id)]
        return [Reply("ok", to_user_id=incoming.sender_id)]


def _chat(out: io.StringIO | None = None, *, json_mode: bool = True) -> tuple[ConsoleChat, Recorder, FakeClock]:
    coach, clock = Recorder(), FakeClock()
    return ConsoleChat(coach, clock, user="anna", json_mode=json_mode, out=out or io.StringIO()), coach, clock


def _notes(out: io.StringIO) -> list[str]:
    return [item["note"] for item in map(json.loads, out.getvalue().splitlines()) if "note" in item]


async def test_typing_a_button_label_presses_it_for_the_person_it_was_shown_to() -> None:
    chat, coach, _ = _chat()
    await chat.say("/pain")
    await chat.say("10")
    assert (coach.seen[-1].sender_id, coach.seen[-1].payload) == ("anna", pain_buttons()[-1].payload)


async def test_a_button_shown_to_anna_is_not_pressed_when_ben_types_its_label() -> None:
    chat, coach, _ = _chat()
    await chat.say("/pain")
    await chat.say("/as ben")
    await chat.say("10")
    assert (coach.seen[-1].sender_id, coach.seen[-1].payload, coach.seen[-1].text) == ("ben", None, "10")


async def test_a_button_shown_in_a_private_chat_is_not_pressed_from_a_group() -> None:
    chat, coach, _ = _chat()
    await chat.say("/pain")
    await chat.say("/group gym")
    await chat.say("10")
    assert (coach.seen[-1].payload, coach.seen[-1].text) == (None, "10")


@pytest.mark.parametrize("spec", ["tomorrow", "+999999999d", "+99999d", "0001-01-01", "9999-12-31T23:59", "+2x", "", "+1d extra"])
async def test_a_clock_it_cannot_use_gets_a_one_line_hint_and_the_time_stays(spec: str) -> None:
    out = io.StringIO()
    chat, _, clock = _chat(out)
    before = clock.now()
    await chat.say(f"/clock {spec}")
    assert clock.now() == before
    assert len(_notes(out)) == 1 and "+2d" in _notes(out)[0] and "\n" not in _notes(out)[0]


async def test_the_clock_still_moves_forward_and_to_a_date() -> None:
    chat, _, clock = _chat()
    await chat.say("/clock +2d")
    assert clock.now() == datetime(2026, 11, 25, 9, tzinfo=UTC)
    await chat.say("/clock 2026-12-01T07:30")
    assert clock.now() == datetime(2026, 12, 1, 7, 30, tzinfo=UTC)


async def test_help_lists_the_consoles_own_commands_after_the_coaches() -> None:
    out = io.StringIO()
    chat, _, _ = _chat(out, json_mode=False)
    await chat.say("/help")
    shown = out.getvalue()
    assert shown.index("coach: ok") < shown.index("/as NAME")
    for command in ("/as NAME", "/group NAME", "/private", "/clock", "/press", "/quit"):
        assert command in shown


async def test_the_default_console_user_is_not_greeted_as_you() -> None:
    coach, clock = Recorder(), FakeClock()
    chat = ConsoleChat(coach, clock, json_mode=True, out=io.StringIO())
    await chat.say("/start")
    assert coach.seen[-1].sender_name not in {"you", ""}
    assert coach.seen[-1].sender_id == "you"  # the same lifter as before in an existing database


@pytest.mark.parametrize("line", ["/as", "/as   ", "/group", "/as \x00"])
async def test_as_or_group_without_a_name_gets_a_hint_and_changes_nothing(line: str) -> None:
    out = io.StringIO()
    chat, coach, _ = _chat(out)
    await chat.say(line)
    assert (chat.user, chat.group, coach.seen) == ("anna", None, [])
    assert "needs a name" in _notes(out)[0]


async def test_a_long_name_with_a_control_character_still_finds_its_own_buttons() -> None:
    chat, coach, _ = _chat()
    await chat.say("/as " + "b\x07en" * 30)
    await chat.say("/pain")
    await chat.say("10")
    assert coach.seen[-1].payload == pain_buttons()[-1].payload
