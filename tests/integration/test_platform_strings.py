"""Names and titles come from the platforms: whatever they hold, the coach answers and stores them cleanly."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from core.messages import ChatKind, Incoming, clean
from tests.integration.progress_seed import NOW, services


def _said(said: str, sender_id: str, name: str, *, chat_id: str | None = None, title: str = "") -> Incoming:
    kind = ChatKind.GROUP if chat_id else ChatKind.PRIVATE
    return Incoming("console", chat_id or f"dm:{sender_id}", kind, sender_id, name, NOW, text=said, chat_title=title)


async def _names(built: object) -> list[str]:
    async with built.uow_factory() as uow:  # type: ignore[attr-defined]
        return list((await uow.session.execute(text("SELECT display_name FROM users"))).scalars())


async def test_a_display_name_of_a_hundred_characters_gets_the_first_question_and_a_clipped_name(database_url: str, tmp_path: Path) -> None:
    built = await services(database_url, tmp_path)
    try:
        long_name = "Maximilian " * 10
        replies = await built.coach.handle(_said("/start", long_name, long_name))
        assert replies and "?" in replies[-1].text
        assert [len(n) <= 64 and n.startswith("Maximilian Maximilian") for n in await _names(built)] == [True]
    finally:
        await built.dispose()


async def test_a_nul_byte_in_a_name_is_dropped_and_the_lifter_is_answered(database_url: str, tmp_path: Path) -> None:
    built = await services(database_url, tmp_path)
    try:
        replies = await built.coach.handle(_said("/start", "sam\x00", "Sam\x00 \u0007Smith\n"))
        assert replies and "?" in replies[-1].text
        assert await _names(built) == ["Sam Smith"]
    finally:
        await built.dispose()


async def test_a_group_with_a_long_name_and_a_nul_byte_can_start_onboarding_there(database_url: str, tmp_path: Path) -> None:
    built = await services(database_url, tmp_path)
    try:
        group = "group:" + "Tuesday lunchtime deadlift club at the old fire station\x00 gym"
        replies = await built.coach.handle(_said("/start", "kim", "Kim", chat_id=group, title=group[6:] * 3))
        assert replies and replies[-1].text
        replies = await built.coach.handle(_said("2", "kim", "Kim", chat_id=group, title=group[6:] * 3))
        assert replies and replies[-1].text
    finally:
        await built.dispose()


async def test_a_nul_byte_in_a_typed_answer_is_dropped_before_it_reaches_the_database(database_url: str, tmp_path: Path) -> None:
    built = await services(database_url, tmp_path)
    try:
        await built.coach.handle(_said("/start", "lee", "Lee"))
        replies = await built.coach.handle(_said("2\x00", "lee", "Lee"))
        assert replies and "\x00" not in replies[-1].text
    finally:
        await built.dispose()


def test_cleaning_keeps_emoji_and_letters_and_drops_only_control_characters() -> None:
    assert clean("Zoë 💪🏽 \x00\x1b[31m", 64) == "Zoë 💪🏽 [31m"
    assert clean("line one\nline\x00 two", keep_lines=True) == "line one\nline two"
    assert len(clean("x" * 500, 64)) == 64
