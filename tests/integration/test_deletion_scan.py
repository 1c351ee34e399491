from __future__ import annotations

from pathlib import Path

from sqlalchemy import String, select, text

from adapters.db.all_tables import metadata
from core.messages import ChatKind, Incoming
from tests.integration.progress_seed import NOW, seed, services


def _dm(said: str, who: str, platform: str = "console", payload: str | None = None) -> Incoming:
    return Incoming(platform, f"dm:{who}", ChatKind.PRIVATE, who, who, NOW, text=said, payload=payload, message_id=f"m-{said}-{payload}")


async def _mentions(built: object, user_ids: set[int], platform_ids: set[str]) -> list[str]:
    """Every row in every table whose user-id column or any text column refers to the lifter."""
    found = []
    async with built.uow_factory() as uow:  # type: ignore[attr-defined]
        for table in metadata.sorted_tables:
            for row in (await uow.session.execute(select(table))).mappings():
                for column in table.columns:
                    value = row[column.name]
                    refers_to_user = column.name == "user_id" or any(fk.column.table.name == "users" for fk in column.foreign_keys)
                    if refers_to_user and value in user_ids:
                        found.append(f"{table.name}.{column.name}={value}")
                    elif isinstance(column.type, String) and isinstance(value, str) and any(p in value for p in platform_ids):
                        found.append(f"{table.name}.{column.name}={value!r}")
                    elif table.name == "users" and column.name == "id" and value in user_ids:
                        found.append(f"users.id={value}")
    return found


async def test_deleteme_removes_every_row_about_the_lifter_from_every_table(database_url: str, tmp_path: Path) -> None:
    built = await services(database_url, tmp_path)
    try:
        sam = await seed(built, "console", "sam-7731")
        keep = await seed(built, "console", "kim-4410")
        async with built.uow_factory() as uow:  # a reminder schedule, outbox row, group membership and pause
            await uow.session.execute(text(
                "INSERT INTO reminder_members (platform, chat_id, platform_user_id, display_name, user_id, opted_in) "
                "VALUES ('console', 'group:gym', 'sam-7731', 'sam', :u, true)"), {"u": sam})
            await uow.session.execute(text(
                "INSERT INTO reminder_pauses (user_id, start, \"end\") VALUES (:u, '2026-11-01', '2026-11-08')"), {"u": sam})
            await uow.commit()
        code_reply = await built.coach.handle(_dm("/link", "sam-7731"))
        assert "link code" in code_reply[-1].text
        assert await _mentions(built, {sam}, {"sam-7731"}) != []
        asked = await built.coach.handle(_dm("/deleteme", "sam-7731"))
        assert [c.payload for c in asked[-1].choices] == ["deleteme:yes", "deleteme:no"]
        done = await built.coach.handle(_dm("", "sam-7731", payload="deleteme:yes"))
        assert "gone" in done[-1].text
        assert await _mentions(built, {sam}, {"sam-7731"}) == []
        assert len(await _mentions(built, {keep}, {"kim-4410"})) > 10  # the other lifter is untouched
    finally:
        await built.dispose()


async def test_saying_no_deletes_nothing(database_url: str, tmp_path: Path) -> None:
    built = await services(database_url, tmp_path)
    try:
        sam = await seed(built, "console", "sam-7731")
        await built.coach.handle(_dm("/deleteme", "sam-7731"))
        kept = await built.coach.handle(_dm("", "sam-7731", payload="deleteme:no"))
        assert kept[-1].text == "Nothing was deleted."
        assert len(await _mentions(built, {sam}, {"sam-7731"})) > 10
    finally:
        await built.dispose()
