from __future__ import annotations

import re
from datetime import date, timedelta

from core.model import BackStatus
from tests.fakes import FakeClock, Store
from tests.unit.progress_helpers import add_history, add_user, make_coach, said, texts


def _code(text: str) -> str:
    found = re.search(r"[A-Z0-9]{4}-[A-Z0-9]{4}", text)
    assert found, text
    return found.group(0)


async def test_a_code_from_one_platform_joins_the_account_on_the_other() -> None:
    store, clock = Store(), FakeClock()
    tg = add_user(store, "telegram", "111")
    add_history(store, tg, date(2026, 10, 1), 3)
    dc = add_user(store, "discord", "222")
    coach = make_coach(store, clock, None)
    code = _code(texts(await coach.handle(said("/link", who="111", platform="telegram"))))
    answer = texts(await coach.handle(said(f"/link {code.lower()}", who="222", platform="discord")))
    assert "Linked" in answer and "3 sessions" in answer
    assert store.identities[("discord", "222")] == store.identities[("telegram", "111")] == tg
    assert dc not in store.profiles
    history = texts(await coach.handle(said("/history", who="222", platform="discord")))
    assert history.count("Single-arm dumbbell row") == 3


async def test_a_code_works_only_once() -> None:
    store, clock = Store(), FakeClock()
    add_user(store, "telegram", "111")
    add_user(store, "discord", "222")
    add_user(store, "discord", "333")
    coach = make_coach(store, clock, None)
    code = _code(texts(await coach.handle(said("/link", who="111", platform="telegram"))))
    await coach.handle(said(f"/link {code}", who="222", platform="discord"))
    again = texts(await coach.handle(said(f"/link {code}", who="333", platform="discord")))
    assert "doesn't match" in again
    assert store.identities[("discord", "333")] != store.identities[("telegram", "111")]


async def test_a_code_expires_after_ten_minutes() -> None:
    store, clock = Store(), FakeClock()
    add_user(store, "telegram", "111")
    add_user(store, "discord", "222")
    coach = make_coach(store, clock, None)
    code = _code(texts(await coach.handle(said("/link", who="111", platform="telegram"))))
    clock.move(timedelta(minutes=10, seconds=1))
    answer = texts(await coach.handle(said(f"/link {code}", who="222", platform="discord")))
    assert "expired" in answer
    assert store.identities[("discord", "222")] != store.identities[("telegram", "111")]


async def test_five_wrong_codes_lock_linking_even_for_the_right_code() -> None:
    store, clock = Store(), FakeClock()
    add_user(store, "telegram", "111")
    add_user(store, "discord", "222")
    coach = make_coach(store, clock, None)
    code = _code(texts(await coach.handle(said("/link", who="111", platform="telegram"))))
    for _ in range(5):
        assert "doesn't match" in texts(await coach.handle(said("/link AAAA-AAAA", who="222", platform="discord")))
    assert "locked" in texts(await coach.handle(said(f"/link {code}", who="222", platform="discord")))
    clock.move(timedelta(minutes=31))
    fresh = _code(texts(await coach.handle(said("/link", who="111", platform="telegram"))))
    assert "Linked" in texts(await coach.handle(said(f"/link {fresh}", who="222", platform="discord")))


async def test_merging_keeps_the_bigger_history_as_base_and_the_stricter_safety_state() -> None:
    store, clock = Store(), FakeClock()
    small = add_user(store, "telegram", "111", name="Tele", training_paused=True, pause_reason="urgent")
    add_history(store, small, date(2026, 9, 1), 1)
    big = add_user(store, "discord", "222", name="Disco", back_status=BackStatus.ONGOING)
    add_history(store, big, date(2026, 10, 1), 4)
    coach = make_coach(store, clock, None)
    code = _code(texts(await coach.handle(said("/link", who="111", platform="telegram"))))
    await coach.handle(said(f"/link {code}", who="222", platform="discord"))
    merged = store.profiles[big]
    assert small not in store.profiles
    assert merged.display_name == "Disco" and merged.training_paused and merged.pause_reason == "urgent"
    assert merged.back_status is BackStatus.ONGOING
    assert {w.user_id for w in store.workouts.values()} == {big} and len(store.workouts) == 5
    assert {s.user_id for s in store.sets.values()} == {big}
    assert {p.user_id for p in store.pain} == {big}


async def test_two_accounts_on_the_same_platform_are_not_linked() -> None:
    store, clock = Store(), FakeClock()
    add_user(store, "console", "sam")
    add_user(store, "console", "alex")
    coach = make_coach(store, clock, None)
    code = _code(texts(await coach.handle(said("/link", who="sam"))))
    assert "one account per platform" in texts(await coach.handle(said(f"/link {code}", who="alex")))


async def test_unlink_gives_this_platform_a_fresh_account_with_the_same_settings() -> None:
    store, clock = Store(), FakeClock()
    tg = add_user(store, "telegram", "111", name="Tele")
    add_history(store, tg, date(2026, 10, 1), 2)
    add_user(store, "discord", "222")
    coach = make_coach(store, clock, None)
    code = _code(texts(await coach.handle(said("/link", who="111", platform="telegram"))))
    await coach.handle(said(f"/link {code}", who="222", platform="discord"))
    assert "Unlinked" in texts(await coach.handle(said("/unlink", who="222", platform="discord")))
    alone = store.identities[("discord", "222")]
    assert alone != tg and store.profiles[alone].display_name == "Tele"
    assert "No sessions yet" in texts(await coach.handle(said("/history", who="222", platform="discord")))
    assert "isn't linked" in texts(await coach.handle(said("/unlink", who="111", platform="telegram")))
