"""A message sent late is written for the occurrence it belongs to, not for the day it goes out."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from core.coach import Coach
from core.messages import ChatKind, Incoming
from tests.fakes import FakeClock
from tests.integration.postman_helpers import RecordingMessenger, database, postman

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # London is on UTC in November
TUESDAY = MONDAY + timedelta(days=1)
NEXT_MONDAY_6 = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)  # 11 hours after Sunday 19:00: within the limit


class People:
    def __init__(self, coach: Coach, clock: FakeClock) -> None:
        self.coach, self.clock, self.count = coach, clock, 0

    async def say(self, text: str, who: str = "tom", group: str | None = None) -> str:
        self.count += 1
        self.clock.move(timedelta(seconds=5))
        replies = await self.coach.handle(Incoming(
            platform="console", chat_id=f"group:{group}" if group else who,
            chat_kind=ChatKind.GROUP if group else ChatKind.PRIVATE, sender_id=who, sender_name=who.title(),
            sent_at=self.clock.now(), text=text, message_id=str(self.count), sender_is_admin=True))
        return "\n".join(r.text for r in replies)


async def test_a_sunday_summary_and_board_sent_on_monday_report_the_week_that_ended(database_url: str) -> None:
    uows = await database(database_url)
    clock = FakeClock(MONDAY)
    people = People(Coach(uows, clock, default_timezone="Europe/London"), clock)
    for answer in ("/start", "2", "1 4 5", "1", "1", "keep", "2", "6", "/schedule tue 07:00"):
        await people.say(answer)
    await people.say("/schedule wed 18:00", group="crew")
    await people.say("/remindme on", group="crew")
    messenger = RecordingMessenger()
    p = postman(uows, messenger, clock)
    await p.tick()  # the schedules learn their next occurrences
    clock.set(TUESDAY)
    for answer in ("/today", "1", "skip", "skip", "10", "/stop", "1"):  # one working set, then stop
        await people.say(answer)
    clock.set(NEXT_MONDAY_6)  # the bot was down from Tuesday until Monday morning
    await p.tick()
    sent = {m.chat_id: m.reply.text for m in messenger.sent}
    assert sent["tom"].startswith("Your week that just ended: 1 session(s), 1 working sets")
    assert "quiet" not in sent["tom"]
    assert sent["group:crew"].splitlines() == ["Last week's back sessions:", "✅ Tom: 1 session(s), streak 0"]
    await uows.engine.dispose()
