"""A member trains with the bot in a DM: slash commands, buttons and typed set replies."""
from __future__ import annotations

from core.commands import COMMANDS
from core.text import platform as text


def _callbacks_before(env, count: int) -> list[dict]:
    return [r.json for r in env.http_requests[:count] if r.path.endswith("/callback")]


async def test_onboarding_and_a_full_session_run_through_slash_commands_and_buttons(simcord_env, coach):
    alice = simcord_env.create_user("alice")

    started = await alice.slash("start")
    assert started.response.content == "Welcome! How long have you trained regularly?"
    chosen = await alice.click(started.response.message, label="Under 3 months")
    assert chosen.followups[0].content.startswith("Saved: new.")

    today = await alice.slash("today")
    assert "back pain right now" in today.response.content
    pain = await alice.click(today.response.message, label="3")
    assert pain.followups[0].content.startswith("Pain 3 noted. Lat pulldown")
    first_set = await alice.click(pain.followups[0].message, label="10 at 40 kg")
    assert first_set.followups[0].content == "Logged 10. Next set?"
    logged = await alice.slash("log", reps=9, load="42.5kg")
    assert logged.response.content == "Logged 9 x 42.5kg. Next set?"
    finished = await alice.click(logged.response.message, label="Done")

    assert finished.followups[0].content == "Session saved: 2 sets."
    assert coach.sets[str(alice.id)] == ["10", "9 x 42.5kg"]
    assert [i.said for i in coach.seen] == ["/start", "level:new", "/today", "pain 3", "10", "/log 9 x 42.5kg", "done"]


async def test_a_slash_command_is_acknowledged_before_the_coach_does_any_work(simcord_env, coach):
    alice = simcord_env.create_user("alice")
    requests_when_coach_ran: list[int] = []
    coach.probe = lambda incoming: requests_when_coach_ran.append(len(simcord_env.http_requests))

    await alice.slash("today")

    assert _callbacks_before(simcord_env, requests_when_coach_ran[0]) == [{"type": 5}]


async def test_a_button_press_is_acknowledged_before_the_coach_does_any_work(simcord_env, coach):
    alice = simcord_env.create_user("alice")
    today = await alice.slash("today")
    requests_when_coach_ran: list[int] = []
    coach.probe = lambda incoming: requests_when_coach_ran.append(len(simcord_env.http_requests))

    await alice.click(today.response.message, label="2")

    assert _callbacks_before(simcord_env, requests_when_coach_ran[0])[-1] == {"type": 6}


async def test_options_become_the_text_the_coach_would_read(simcord_env, coach):
    alice = simcord_env.create_user("alice")

    await alice.slash("log", reps=10, load="20kg")
    await alice.slash("log", reps=8)
    await alice.slash("pain", value=6)
    await alice.slash("history")

    assert [i.text for i in coach.seen] == ["/log 10 x 20kg", "/log 8", "/pain 6", "/history"]
    assert {i.message_id[:3] for i in coach.seen} == {"dc:"}
    assert len({i.message_id for i in coach.seen}) == 4


async def test_every_command_of_the_core_is_a_slash_command_with_its_description(simcord_env):
    alice = simcord_env.create_user("alice")
    synced = next(r.json for r in simcord_env.http_requests if r.method == "PUT" and r.path.endswith("/commands"))
    by_name = {c["name"]: c for c in synced}

    assert set(alice.available_commands()) == {c.name for c in COMMANDS}
    assert by_name["today"]["description"] == "Today's back session"
    assert [c["value"] for c in by_name["pain"]["options"][0]["choices"]] == list(range(11))
    assert [(o["name"], o["type"], o.get("required", False)) for o in by_name["log"]["options"]] == [
        ("reps", 4, True), ("load", 3, False)]


async def test_free_text_set_replies_are_read_in_a_dm(simcord_env, coach):
    alice = simcord_env.create_user("alice")
    await alice.slash("today")

    await alice.send_dm("pain 1")
    await alice.send_dm("10 x 20kg")
    await alice.send_dm("8")

    answers = [m.content for m in alice.dm_channel.history() if m.author.bot][-3:]
    assert answers[0].startswith("Pain 1 noted.")
    assert answers[1:] == ["Logged 10 x 20kg. Next set?", "Logged 8. Next set?"]
    assert coach.sets[str(alice.id)] == ["10 x 20kg", "8"]
    assert coach.seen[-1].chat_id == str(alice.id)


async def test_one_failing_message_gets_an_apology_and_the_bot_keeps_going(simcord_env, coach):
    alice = simcord_env.create_user("alice")

    failed = await alice.slash("swap", name="boom")
    await alice.send_dm("boom")
    after = await alice.slash("today")

    assert failed.response.content == text.APOLOGY
    assert alice.dm_channel.history()[-2].content == text.APOLOGY
    assert "back pain right now" in after.response.content
