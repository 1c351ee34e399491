"""Three workers' postmen on one PostgreSQL database: every kind of push reaches its person once."""
from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select

from adapters.db.engine import make_engine
from adapters.db.reminder_tables import reminder_outbox
from adapters.db.uow import SqlUnitOfWorkFactory
from bot.postman import make_postman
from core.coach import Coach
from core.messages import ChatKind, Incoming
from core.model import Profile
from core.training.plan import SessionPlan
from core.workout.model import Status, Workout
from tests.fakes import FakeClock
from tests.integration.postman_helpers import RecordingMessenger, add_user, database

MONDAY_8 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # London is on UTC in November


async def _say(coach: Coach, clock: FakeClock, text: str, who: str) -> None:
    clock.move(timedelta(seconds=5))
    await coach.handle(Incoming("console", f"dm:{who}", ChatKind.PRIVATE, who, who.title(), clock.now(), text=text))


async def test_three_postmen_send_a_reminder_a_rest_push_and_a_check_in_once_each(postgres_url: str) -> None:
    uows = await database(postgres_url)
    clock = FakeClock(MONDAY_8)
    await add_user(uows, "cy", weekday=0, at=time(9, 0), now=clock.now())  # Monday's training reminder at 09:00
    async with uows() as uow:  # bob's session yesterday hurt (pain 5 after): a check-in is due this morning
        bob = await uow.users.create("console", "bob", Profile(0, "Bob", onboarded=True, timezone="Europe/London"))
        sunday = (MONDAY_8 - timedelta(days=1)).date()
        await uow.workouts.add(Workout(None, bob.user_id, "console", "bob", "private", sunday, MONDAY_8 - timedelta(hours=14),
                                       SessionPlan(sunday, (), (), ()), status=Status.DONE, ended_at=MONDAY_8 - timedelta(hours=13),
                                       pain_after=5, checkin_due_at=MONDAY_8))
        await uow.commit()
    workers = [SqlUnitOfWorkFactory(make_engine(postgres_url)) for _ in range(3)]  # one engine per process
    messengers = [RecordingMessenger() for _ in workers]
    postmen = [make_postman(w, m, clock, worker=f"worker-{n}") for n, (w, m) in enumerate(zip(workers, messengers))]
    await asyncio.gather(*(p.tick() for p in postmen))  # the fresh schedule learns 09:00; bob's check-in goes now
    clock.set(MONDAY_8 + timedelta(hours=1))
    coach = Coach(workers[0], clock, default_timezone="Europe/London")
    for answer in ("/start", "2", "1 4 5", "1", "1", "keep", "2", "6", "/today", "1", "skip", "skip", "/rest 60", "7"):
        await _say(coach, clock, answer, "ana")  # ana logs her first pull-up set: a 60 s rest starts
    clock.move(timedelta(seconds=61))
    for _ in range(4):  # the three postmen tick together, again and again, on the same rows
        await asyncio.gather(*(p.tick() for p in postmen))

    sent = [(m.chat_id, m.reply.text) for messenger in messengers for m in messenger.sent]
    assert [who for (who, _), n in Counter(sent).items() if n > 1] == []  # nothing twice
    texts = {who: [t for w, t in sent if w == who] for who in ("cy", "bob", "ana")}
    assert len(texts["cy"]) == 1 and len(texts["bob"]) == 1
    assert texts["ana"] == ["Rest over — set 2 of 3: as many clean reps as you can"]
    async with uows() as uow:
        rows = (await uow.session.execute(select(reminder_outbox.c.kind, reminder_outbox.c.status))).all()
    assert sorted(rows) == [("checkin", "sent"), ("rest", "sent"), ("training", "sent")]
    for w in [uows, *workers]:
        await w.engine.dispose()
