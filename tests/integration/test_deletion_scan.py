from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import JSON, String, func, select, text

from adapters.db.all_tables import metadata
from adapters.db.outbox_tables import reply_outbox
from bot.wiring import prune_reply_outbox_once
from core.messages import ChatKind, Incoming, Reply
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
                    elif isinstance(column.type, JSON) and any(p in json.dumps(value) for p in platform_ids):
                        found.append(f"{table.name}.{column.name} mentions them")
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
            # replies never delivered: the person blocked the bot halfway through an answer
            for who in ("sam-7731", "kim-4410"):
                await uow.outbox.put("console", f"t-{who}", [Reply(f"Nice set, {who}"), Reply("Next: row")], sender_id=who, at=NOW)
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
        async with built.uow_factory() as uow:
            assert await uow.outbox.unsent("console", "t-kim-4410") != []
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


async def test_replies_never_delivered_are_pruned_after_the_retention_period(database_url: str, tmp_path: Path) -> None:
    built = await services(database_url, tmp_path)
    assert built.pruner is not None  # the running process prunes on its own; here we prune once, by hand
    built.pruner.cancel()
    try:
        async with built.uow_factory() as uow:
            await uow.outbox.put("telegram", "old", [Reply("Your back felt 6/10 today")], sender_id="sam-7731", at=NOW - timedelta(hours=25))
            await uow.outbox.put("telegram", "new", [Reply("Next: row")], sender_id="sam-7731", at=NOW - timedelta(hours=1))
            await uow.commit()
        assert await prune_reply_outbox_once(built.uow_factory, built.clock, timedelta(hours=24)) == 1
        async with built.uow_factory() as uow:
            assert await uow.outbox.unsent("telegram", "old") == []
            assert [r.text for r in await uow.outbox.unsent("telegram", "new")] == ["Next: row"]
            assert (await uow.session.execute(select(func.count()).select_from(reply_outbox))).scalar_one() == 1
    finally:
        await built.dispose()
