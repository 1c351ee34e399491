"""The living card on Discord: one message edited as sets are logged, by buttons, the form or a typed /log.

The coach here is a small scripted stand-in that speaks the card contract (core.messages.CardRef,
Choice.revision, Reply.toast); the real coach's cards are exercised in test_discord_real_coach.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace

import pytest
from simcord.actors import _component_interaction
from simcord.components import walk_components

from adapters.discord import DiscordAdapter
from adapters.discord.cards import MemoryCards
from core.messages import CardRef, Choice, Incoming, Outgoing, Reply, Visibility
from core.text import discord as say

LIFTS = ("Row", "Hip hinge", "Side plank")
SETS = 3
PASSED = "That question has passed."


@dataclass
class CardCoach:
    """One member's session as a card: 3 lifts x 3 sets; a press on a passed revision changes nothing."""

    logged: list[str] = field(default_factory=list)
    revision: int = 0
    seen: list[Incoming] = field(default_factory=list)

    async def handle(self, incoming: Incoming) -> list[Reply]:
        self.seen.append(incoming)
        who = incoming.sender_id
        said = incoming.said.removeprefix("/log ").strip()
        if said == "/today":
            self.revision += 1
            return [self._card(who, notify=True)]
        if incoming.reply_to_user_id not in (None, who):
            return [Reply(f"{incoming.sender_name}, that question was for someone else.", to_user_id=who)]
        if incoming.revision is not None and incoming.revision != self.revision:
            return [Reply(PASSED, to_user_id=who, toast=True)]
        self.logged.append(said)
        self.revision += 1
        if len(self.logged) == len(LIFTS) * SETS:
            summary = Reply("Session done: 9 sets.\n" + "\n".join(self.logged), visibility=Visibility.PRIVATE,
                            to_user_id=who)
            return [self._card(who, notify=False), summary]
        return [self._card(who, notify=False)]

    def _card(self, who: str, *, notify: bool) -> Reply:
        n = len(self.logged)
        done = n == len(LIFTS) * SETS
        lines = [f"Back session — {n} of {len(LIFTS) * SETS} sets logged"]
        lines += [f"{lift}: {', '.join(self.logged[i * SETS:(i + 1) * SETS]) or '—'}" for i, lift in enumerate(LIFTS)]
        if not done:
            lines.append(f"Now: {LIFTS[n // SETS]}, set {n % SETS + 1} of {SETS}: aim for 10 reps @ 14 kg.")
        rev = self.revision
        choices = () if done else tuple(Choice(str(r), str(r), rev) for r in (8, 10, 12)) + (Choice("skip", "skip", rev),)
        return Reply("\n".join(lines), choices, to_user_id=who, card=CardRef(f"session:{who}", rev), notify=notify)


@pytest.fixture
def coach() -> CardCoach:
    return CardCoach()


@pytest.fixture
def cards() -> MemoryCards:
    return MemoryCards()  # stands in for the database table: shared by a rebuilt bot


@pytest.fixture
def build_adapter(tmp_path, coach, cards):
    def build(**settings: object) -> DiscordAdapter:
        return DiscordAdapter(coach, "unused", sync_state_path=tmp_path / "c.json", cards=cards, **settings)

    return build


@pytest.fixture
def gym(simcord_env):
    guild = simcord_env.create_guild("Back Club")
    channel = guild.create_text_channel("training")
    members = [guild.add_member(simcord_env.create_user(name)) for name in ("alice", "bob")]
    return channel, members


def _public(channel, viewer) -> list:
    return [m for m in channel.history(viewer=viewer) if m.author.bot]


def _card_text(message) -> str:
    return "\n".join(f"{e.title}\n{e.description}" for e in message.embeds)


async def test_a_whole_session_by_buttons_and_the_form_edits_one_card(gym, coach, simcord_env):
    channel, (alice, bob) = gym
    card = (await alice.slash(channel, "today")).response.message
    before = len(_public(channel, bob))

    for n in range(len(LIFTS) * SETS):
        card = next(m for m in _public(channel, bob) if m.id == card.id)
        if n % 2:
            await alice.click(card, label="10")
        else:
            shown = await alice.click(card, label=say.LOG_SET_BUTTON)
            reps = next(c for row in shown.modal["components"] for c in row["components"] if c["custom_id"] == "reps")
            assert reps["value"] == "10"
            await alice.submit_modal(shown, {"reps": "9", "load": "16 kg"})

    new_public = len(_public(channel, bob)) - before
    assert coach.logged == ["9 x 16 kg", "10"] * 4 + ["9 x 16 kg"]
    assert new_public / len(coach.logged) <= 0.25
    final = next(m for m in _public(channel, bob) if m.id == card.id)
    assert "9 of 9 sets logged" in _card_text(final) and not final.components
    assert "Session done" not in "".join(_card_text(m) + m.content for m in _public(channel, bob))


def _as_shown_now(env, message):
    """The message as the member's phone shows it at this moment (it may lag behind an edit)."""
    return copy.deepcopy(env.backend.get_message(message.channel.id, message.id))


async def _tap(member, shown, label: str):
    """A tap on the message as it was shown: how a second tap sent before the edit arrives reaches Discord."""
    custom_id = next(c["custom_id"] for c in walk_components(shown.components) if c.get("label") == label)
    return await _component_interaction(member, shown, {"custom_id": custom_id, "component_type": 2})


async def test_a_double_tap_logs_one_set_and_the_second_tap_is_told_privately(gym, coach, simcord_env):
    channel, (alice, bob) = gym
    card = (await alice.slash(channel, "today")).response.message
    on_the_phone = _as_shown_now(simcord_env, card)
    await _tap(alice, on_the_phone, "10")
    before = len(_public(channel, bob))

    second = await _tap(alice, on_the_phone, "10")

    assert coach.logged == ["10"]
    assert [(f.ephemeral, f.content) for f in second.followups] == [(True, PASSED)]
    assert len(_public(channel, bob)) == before


async def test_someone_elses_press_on_a_card_is_answered_only_to_them(gym, coach):
    channel, (alice, bob) = gym
    card = (await alice.slash(channel, "today")).response.message
    before = len(_public(channel, alice))

    pressed = await bob.click(card, label="10")

    assert [f.ephemeral for f in pressed.followups] == [True]
    assert coach.logged == [] and len(_public(channel, alice)) == before


async def test_a_typed_set_edits_the_card_even_after_a_restart(gym, coach, simcord_env, build_adapter):
    channel, (alice, bob) = gym
    card = (await alice.slash(channel, "today")).response.message
    await simcord_env.restart_bot(build_adapter().client)
    before = len(_public(channel, bob))

    await alice.slash(channel, "log", reps=10, load="14kg")
    await alice.click(next(m for m in _public(channel, bob) if m.id == card.id), label="8")

    edited = next(m for m in _public(channel, bob) if m.id == card.id)
    assert "2 of 9 sets logged" in _card_text(edited)
    assert coach.logged == ["10 x 14kg", "8"]
    # The card shows the set, so the command's "thinking…" is closed without leaving a message.
    assert len(_public(channel, bob)) == before


async def test_a_deleted_card_is_posted_again(gym, coach, simcord_env):
    channel, (alice, bob) = gym
    card = (await alice.slash(channel, "today")).response.message
    simcord_env.inject_error("PATCH", f"/channels/{channel.id}/messages/{card.id}", status=404, code=10008,
                             message="Unknown Message")

    await alice.send(channel, f"{simcord_env.bot.user.mention} 10")

    latest = _public(channel, bob)[-1]
    assert latest.id != card.id and "1 of 9 sets logged" in _card_text(latest)
    assert coach.logged == ["10"]


async def test_the_summary_of_a_session_in_a_server_is_seen_only_by_the_member(gym, coach):
    channel, (alice, bob) = gym
    card = (await alice.slash(channel, "today")).response.message
    for _ in range(len(LIFTS) * SETS - 1):
        await alice.click(next(m for m in _public(channel, bob) if m.id == card.id), label="10")

    last = await alice.click(next(m for m in _public(channel, bob) if m.id == card.id), label="10")

    assert [f.ephemeral for f in last.followups] == [True]
    assert "Session done" in _card_text(last.followups[0]) + last.followups[0].content
    assert not [m for m in _public(channel, bob) if "Session done" in _card_text(m) + m.content]


async def test_a_form_opened_before_a_restart_is_still_logged_after_it(gym, coach, simcord_env, build_adapter):
    channel, (alice, bob) = gym
    card = (await alice.slash(channel, "today")).response.message
    shown = await alice.click(card, label=say.LOG_SET_BUTTON)

    await simcord_env.restart_bot(build_adapter().client)
    await alice.submit_modal(shown, {"reps": "11", "load": "15 kg"})

    assert coach.logged == ["11 x 15 kg"]
    assert coach.seen[-1].revision == 1 and coach.seen[-1].reply_to_user_id == str(alice.id)


async def test_two_members_with_forms_open_at_once_each_log_their_own_set(simcord_env, tmp_path):
    guild = simcord_env.create_guild("Back Club")
    channel = guild.create_text_channel("training")
    alice, bob = (guild.add_member(simcord_env.create_user(name)) for name in ("alice", "bob"))
    coach = CardCoach()
    await simcord_env.restart_bot(DiscordAdapter(coach, "unused", sync_state_path=tmp_path / "c.json").client)
    cards = [(await m.slash(channel, "today")).response.message for m in (alice, bob)]

    forms = [await m.click(card, label=say.LOG_SET_BUTTON) for m, card in zip((alice, bob), cards)]
    await alice.submit_modal(forms[0], {"reps": "7"})

    assert [(i.sender_id, i.reply_to_user_id, i.text) for i in coach.seen[-1:]] == [(str(alice.id), str(alice.id), "7")]


async def test_a_pushed_card_becomes_the_card_and_the_old_copy_loses_its_buttons(gym, coach, simcord_env, adapter):
    channel, (alice, bob) = gym
    old = (await alice.slash(channel, "today")).response.message
    push = replace(coach._card(str(alice.id), notify=True), text="Rest over — set 1 of 3: 10 × 14 kg\nRow\nHip hinge")

    await adapter.messenger.send(Outgoing("discord", str(channel.id), push))
    await simcord_env.settle()
    pushed = _public(channel, bob)[-1]
    await alice.click(pushed, label="10")

    assert pushed.id != old.id and not next(m for m in _public(channel, bob) if m.id == old.id).components
    assert "1 of 9 sets logged" in _card_text(next(m for m in _public(channel, bob) if m.id == pushed.id))
    assert coach.logged == ["10"]
