"""Discord e2e fixtures, and a small stand-in for core.coach.Coach: same async methods, a scripted conversation, state kept in memory."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from adapters.discord import DiscordAdapter
from core.messages import Choice, ChatKind, Incoming, Reply, Visibility

COMMANDS_TEXT = "/today /log /pain /undo /skip /stop /history /settings /cleared /help /swap /checkin"


@dataclass
class FakeCoach:
    """Remembers, per member, where they are; the 'database' is this object, shared by rebuilt bots."""

    seen: list[Incoming] = field(default_factory=list)
    state: dict[str, str] = field(default_factory=dict)
    sets: dict[str, list[str]] = field(default_factory=dict)
    held: dict[str, list[Reply]] = field(default_factory=dict)
    unreachable: list[tuple[str, str]] = field(default_factory=list)
    handled_ids: set[str] = field(default_factory=set)
    probe: Callable[[Incoming], None] | None = None  # called when a message reaches the coach

    async def handle(self, incoming: Incoming) -> list[Reply]:
        if incoming.message_id in self.handled_ids:
            return []
        if incoming.message_id:
            self.handled_ids.add(incoming.message_id)
        self.seen.append(incoming)
        said = incoming.said.strip()
        who = incoming.sender_id
        group = incoming.chat_kind is ChatKind.GROUP
        if self.probe is not None:
            self.probe(incoming)
        if "boom" in said:
            raise RuntimeError("a bug in the coach")
        if incoming.reply_to_user_id not in (None, who):
            return [Reply(f"{incoming.sender_name}, that question was for someone else.", to_user_id=who)]
        if "tingl" in said:
            self.state[who] = "paused"
            detail = Reply("Stop loading your back today and see a physio or doctor in the next few days. "
                           "I'm a training coach, not a medical service.", visibility=Visibility.PRIVATE,
                           to_user_id=who)
            if group:
                return [Reply(f"{incoming.sender_name}, let's stop here today. I've sent you details privately.",
                              to_user_id=who), detail]
            return [detail]
        if said.startswith("/start"):
            token = said.removeprefix("/start").strip()
            if token:
                return self.held.pop(who, [])
            self.state[who] = "level"
            return [Reply("Welcome! How long have you trained regularly?", to_user_id=who, expects_answer=True,
                          choices=(Choice("Under 3 months", "level:new"), Choice("Longer", "level:returning")))]
        if said.startswith("level:"):
            self.state[who] = "idle"
            return [Reply(f"Saved: {said.split(':')[1]}. Type /today when you're ready.", to_user_id=who)]
        if said == "/today":
            self.state[who] = "pain"
            return [Reply("Before we start: back pain right now, 0 to 10?", to_user_id=who, expects_answer=True,
                          choices=tuple(Choice(str(n), f"pain {n}") for n in range(11)))]
        if said.startswith("pain ") or said.startswith("/pain "):
            value = said.split()[-1]
            self.state[who] = "lift"
            return [Reply(f"Pain {value} noted. Lat pulldown: 3 sets of 8-12. Last time: 40 kg x 10.",
                          to_user_id=who, expects_answer=True,
                          choices=(Choice("10 at 40 kg", "10"), Choice("Skip", "skip"), Choice("Done", "done")))]
        if said == "/history":
            lines = self.sets.get(who, [])
            return [Reply("Your sets: " + (", ".join(lines) or "none yet"), visibility=Visibility.PRIVATE,
                          to_user_id=who)]
        if said == "/help":
            return [Reply(COMMANDS_TEXT)]
        if said in ("done", "/stop"):
            self.state[who] = "idle"
            count = len(self.sets.get(who, []))
            return [Reply(f"Session saved: {count} sets.", to_user_id=who)]
        if self.state.get(who) == "lift" and (said[:1].isdigit() or said == "skip" or said.startswith("/log ")):
            said = said.removeprefix("/log ")
            self.sets.setdefault(who, []).append(said)
            return [Reply(f"Logged {said}. Next set?", to_user_id=who, expects_answer=True,
                          choices=(Choice("10 at 40 kg", "10"), Choice("Done", "done")))]
        if group and self.state.get(who) not in ("lift",):
            return []  # chatter in a server that is not for the coach
        return [Reply("I didn't catch that. Type /today or /help.", to_user_id=who)]

    async def hold_private(self, platform: str, user_id: str, reply: Reply) -> str:
        self.held.setdefault(user_id, []).append(reply)
        return f"held{len(self.held[user_id])}"

    async def mark_unreachable(self, platform: str, chat_id: str) -> None:
        self.unreachable.append((platform, chat_id))


# --- fixtures ------------------------------------------------------------------------


@pytest.fixture
def coach() -> FakeCoach:
    return FakeCoach()


@pytest.fixture
def build_adapter(tmp_path, coach):
    """Builds a bot on `coach` (a rebuilt bot shares the coach, like a restart on the same database)."""

    def build(**settings: object) -> DiscordAdapter:
        return DiscordAdapter(coach, "unused-token", sync_state_path=tmp_path / "discord-commands.json", **settings)

    return build


@pytest.fixture
def adapter(build_adapter) -> DiscordAdapter:
    return build_adapter()


@pytest.fixture
def simcord_bot(adapter):
    return adapter.client
