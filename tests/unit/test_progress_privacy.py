from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.messages import Visibility
from tests.fakes import FakeClock, Store
from tests.unit.progress_helpers import add_history, add_user, make_coach, said

PERSONAL = ["/history", "/history row", "/history more", "/bests", "/progress", "/progress pain", "/export",
            "/export physio", "/deleteme", "/link", "/unlink"]


@pytest.mark.parametrize("command", PERSONAL)
async def test_asked_in_a_group_nothing_personal_is_posted_there(command: str, tmp_path: Path) -> None:
    store, clock = Store(), FakeClock()
    user = add_user(store, "console", "sam")
    add_history(store, user, date(2026, 10, 1), 8)
    replies = await make_coach(store, clock, tmp_path).handle(said(command, group=True))
    assert replies, "the asker is never ignored"
    assert all(r.visibility is Visibility.PRIVATE for r in replies)
    assert store.profiles[user].user_id == user  # /deleteme in a group deletes nothing


@pytest.mark.parametrize("command", ["/progress", "/export", "/export physio", "/deleteme", "/link"])
async def test_files_buttons_and_codes_are_only_made_in_the_private_chat(command: str, tmp_path: Path) -> None:
    store, clock = Store(), FakeClock()
    user = add_user(store, "console", "sam")
    add_history(store, user, date(2026, 10, 1), 3)
    replies = await make_coach(store, clock, tmp_path).handle(said(command, group=True))
    assert [r.attachment for r in replies] == [None] and not replies[0].choices
    assert "private chat" in replies[0].text
    assert not store.link_codes


async def test_in_a_private_chat_progress_sends_a_picture(tmp_path: Path) -> None:
    store, clock = Store(), FakeClock()
    user = add_user(store, "console", "sam")
    add_history(store, user, date(2026, 10, 1), 3)
    replies = await make_coach(store, clock, tmp_path).handle(said("/progress"))
    attachment = replies[-1].attachment
    assert attachment is not None and attachment.kind == "image" and attachment.filename.endswith(".png")
    assert Path(attachment.path).read_bytes()[:4] == b"\x89PNG"


async def test_history_pages_through_older_sessions(tmp_path: Path) -> None:
    store, clock = Store(), FakeClock()
    user = add_user(store, "console", "sam")
    add_history(store, user, date(2026, 10, 1), 12)
    coach = make_coach(store, clock, tmp_path)
    first = (await coach.handle(said("/history")))[-1]
    assert first.text.count("\n") == 6 and "/history page 2" in first.text
    assert first.choices[0].payload == "/history page 2"
    third = (await coach.handle(said("/history page 3")))[-1].text
    assert "page 3" in third and "Thu 01 Oct" in third and "/history page 4" not in third
    lift = (await coach.handle(said("/history deadlift")))[-1].text
    assert lift.startswith("Dumbbell Romanian deadlift") and "Sat 14 Nov: 10, 9, 8 @ 34 kg" in lift and "/history db rdl page 2" in lift


async def test_bests_name_the_formula_and_show_the_heaviest_set(tmp_path: Path) -> None:
    store, clock = Store(), FakeClock()
    user = add_user(store, "console", "sam")
    add_history(store, user, date(2026, 10, 1), 4)
    text = (await make_coach(store, clock, tmp_path).handle(said("/bests")))[-1].text
    assert "Epley" in text
    assert "Dumbbell Romanian deadlift: 26 kg × 10" in text
    assert "Pull-up: 10 reps" in text
