"""Small in-memory fakes of the core's ports, for unit tests with no I/O."""
from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from core.conversation import Conversation
from core.messages import Reply
from core.model import Profile
from core.progress.accounts_port import LinkCode
from core.reminders.model import Delivery, Kind, Member, Pause, Schedule
from core.reminders.model import Status as Delivered
from core.workout.model import LoggedSet, PainReport, SafetyEvent, Status, Workout

ENDED = (Status.DONE, Status.PARTIAL, Status.STOPPED_FOR_SAFETY)


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def move(self, by: timedelta) -> None:
        self.current += by

    def set(self, when: datetime) -> None:
        self.current = when


class Store:
    """Everything the fake database holds; a unit of work copies it and writes it back on commit."""

    def __init__(self) -> None:
        self.profiles: dict[int, Profile] = {}
        self.identities: dict[tuple[str, str], int] = {}
        self.unreachable: set[tuple[str, str]] = set()
        self.conversations: dict[int, Conversation] = {}
        self.workouts: dict[int, Workout] = {}
        self.sets: dict[int, LoggedSet] = {}
        self.pain: list[PainReport] = []
        self.safety: list[SafetyEvent] = []
        self.inbox: set[tuple[str, str]] = set()
        self.held: list[tuple[str, str, str, Reply]] = []
        self.link_codes: dict[str, tuple[LinkCode, datetime]] = {}
        self.link_failures: list[tuple[str, str, datetime]] = []
        self.schedules: dict[int, Schedule] = {}
        self.outbox: dict[int, OutboxRow] = {}
        self.members: dict[tuple[str, str, str], Member] = {}
        self.pauses: list[Pause] = []
        self.next_id = 1

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id


class FakeUnitOfWork:
    """Copies the store on entry and writes it back on commit, so a rollback really drops changes."""

    def __init__(self, store: Store) -> None:
        self._committed = store

    async def __aenter__(self) -> FakeUnitOfWork:
        await self.rollback()
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def commit(self) -> None:
        self._committed.__dict__.update(copy.deepcopy(self.s.__dict__))

    async def rollback(self) -> None:
        self.s = copy.deepcopy(self._committed)
        self.users = FakeUsers(self.s)
        self.conversations = FakeConversations(self.s)
        self.workouts = FakeWorkouts(self.s)
        self.pain = FakeList(self.s.pain)
        self.safety = FakeList(self.s.safety)
        self.inbox = FakeInbox(self.s)
        self.held = FakeHeld(self.s)
        self.accounts = FakeAccounts(self.s)
        self.reminders = FakeReminders(self.s)


class FakeUsers:
    def __init__(self, s: Store) -> None:
        self.s = s

    async def by_identity(self, platform: str, platform_user_id: str) -> Profile | None:
        user_id = self.s.identities.get((platform, platform_user_id))
        return self.s.profiles.get(user_id) if user_id else None

    async def create(self, platform: str, platform_user_id: str, profile: Profile) -> Profile:
        stored = replace(profile, user_id=self.s.new_id())
        self.s.profiles[stored.user_id] = stored
        self.s.identities[(platform, platform_user_id)] = stored.user_id
        return stored

    async def get(self, user_id: int) -> Profile | None:
        return self.s.profiles.get(user_id)

    async def save(self, profile: Profile) -> None:
        self.s.profiles[profile.user_id] = profile

    async def identities(self, user_id: int) -> list[tuple[str, str]]:
        return [key for key, uid in self.s.identities.items() if uid == user_id]

    async def mark_unreachable(self, platform: str, platform_user_id: str, unreachable: bool) -> None:
        (self.s.unreachable.add if unreachable else self.s.unreachable.discard)((platform, platform_user_id))


class FakeConversations:
    def __init__(self, s: Store) -> None:
        self.s = s

    async def get(self, user_id: int) -> Conversation:
        return self.s.conversations.get(user_id, Conversation(user_id))

    async def save(self, conversation: Conversation) -> None:
        self.s.conversations[conversation.user_id] = conversation


class FakeWorkouts:
    def __init__(self, s: Store) -> None:
        self.s = s

    async def active(self, user_id: int) -> Workout | None:
        found = [w for w in self.s.workouts.values() if w.user_id == user_id and w.status is Status.ACTIVE]
        return found[-1] if found else None

    async def add(self, workout: Workout) -> Workout:
        stored = replace(workout, id=self.s.new_id())
        self.s.workouts[stored.id or 0] = stored
        return stored

    async def save(self, workout: Workout) -> None:
        self.s.workouts[workout.id or 0] = workout

    async def get(self, workout_id: int) -> Workout | None:
        return self.s.workouts.get(workout_id)

    async def add_set(self, logged: LoggedSet) -> LoggedSet:
        stored = replace(logged, id=self.s.new_id())
        self.s.sets[stored.id or 0] = stored
        return stored

    async def remove_set(self, set_id: int) -> None:
        self.s.sets.pop(set_id, None)

    async def sets(self, workout_id: int) -> list[LoggedSet]:
        return sorted((s for s in self.s.sets.values() if s.workout_id == workout_id), key=lambda s: s.id or 0)

    async def finished(self, user_id: int, limit: int | None = None, before: int | None = None) -> list[Workout]:
        found = [
            w for w in self.s.workouts.values()
            if w.user_id == user_id and w.status in ENDED and (before is None or (w.id or 0) < before)
        ]
        found.sort(key=lambda w: w.id or 0, reverse=True)
        return found[:limit] if limit is not None else found

    async def sets_of(self, workout_ids: list[int]) -> list[LoggedSet]:
        return sorted((s for s in self.s.sets.values() if s.workout_id in workout_ids), key=lambda s: s.id or 0)

    async def lift_sets(self, user_id: int, lift_key: str) -> list[LoggedSet]:
        mine = [s for s in self.s.sets.values() if s.user_id == user_id and s.lift_key == lift_key and not s.warmup]
        return sorted(mine, key=lambda s: s.id or 0)

    async def checkin_due(self, user_id: int) -> Workout | None:
        found = [w for w in self.s.workouts.values() if w.user_id == user_id and w.checkin_due_at and w.checkin_pain is None]
        return found[-1] if found else None


class FakeList:
    """Pain reports or safety events: append and read back per user."""

    def __init__(self, items: list) -> None:  # type: ignore[type-arg]
        self.items = items

    async def add(self, item: object) -> None:
        self.items.append(item)

    async def of_user(self, user_id: int) -> list:  # type: ignore[type-arg]
        return [i for i in self.items if i.user_id == user_id]

    async def of_workouts(self, workout_ids: list[int]) -> list:  # type: ignore[type-arg]
        return [i for i in self.items if i.workout_id in workout_ids]


class FakeInbox:
    def __init__(self, s: Store) -> None:
        self.s = s

    async def first_time(self, platform: str, message_id: str, at: datetime) -> bool:
        if (platform, message_id) in self.s.inbox:
            return False
        self.s.inbox.add((platform, message_id))
        return True


class FakeHeld:
    def __init__(self, s: Store) -> None:
        self.s = s

    async def hold(self, token: str, platform: str, platform_user_id: str, replies: list[Reply], at: datetime) -> None:
        self.s.held.extend((token, platform, platform_user_id, r) for r in replies)

    async def release(self, platform: str, platform_user_id: str) -> list[Reply]:
        mine = [h for h in self.s.held if h[1] == platform and h[2] == platform_user_id]
        self.s.held = [h for h in self.s.held if h not in mine]
        return [h[3] for h in mine]


class FakeAccounts:
    """Link codes, failed attempts, merge, split and delete over the fake store."""

    def __init__(self, s: Store) -> None:
        self.s = s

    async def put_code(self, code: LinkCode, at: datetime) -> None:
        self.s.link_codes = {h: c for h, c in self.s.link_codes.items() if c[0].user_id != code.user_id}
        self.s.link_codes[code.code_hash] = (code, at)

    async def take_code(self, code_hash: str) -> LinkCode | None:
        found = self.s.link_codes.pop(code_hash, None)
        return found[0] if found else None

    async def add_failure(self, platform: str, platform_user_id: str, at: datetime) -> None:
        self.s.link_failures.append((platform, platform_user_id, at))

    async def failures_since(self, platform: str, platform_user_id: str, since: datetime) -> int:
        return sum(1 for p, u, at in self.s.link_failures if (p, u) == (platform, platform_user_id) and at > since)

    async def clear_failures(self, platform: str, platform_user_id: str) -> None:
        self.s.link_failures = [f for f in self.s.link_failures if f[:2] != (platform, platform_user_id)]

    async def merge(self, from_user: int, into_user: int) -> None:
        s = self.s
        s.workouts = {k: replace(w, user_id=into_user) if w.user_id == from_user else w for k, w in s.workouts.items()}
        s.sets = {k: replace(x, user_id=into_user) if x.user_id == from_user else x for k, x in s.sets.items()}
        s.pain[:] = [replace(p, user_id=into_user) if p.user_id == from_user else p for p in s.pain]
        s.safety[:] = [replace(e, user_id=into_user) if e.user_id == from_user else e for e in s.safety]
        s.identities = {k: into_user if uid == from_user else uid for k, uid in s.identities.items()}
        s.link_codes = {h: c for h, c in s.link_codes.items() if c[0].user_id != from_user}
        s.profiles.pop(from_user, None)
        s.conversations.pop(from_user, None)

    async def split(self, platform: str, platform_user_id: str) -> int:
        old = self.s.profiles[self.s.identities[(platform, platform_user_id)]]
        new = replace(old, user_id=self.s.new_id())
        self.s.profiles[new.user_id] = new
        self.s.identities[(platform, platform_user_id)] = new.user_id
        return new.user_id

    async def delete_user(self, user_id: int, identities: list[tuple[str, str]]) -> None:
        s = self.s
        s.workouts = {k: w for k, w in s.workouts.items() if w.user_id != user_id}
        s.sets = {k: x for k, x in s.sets.items() if x.user_id != user_id}
        s.pain[:] = [p for p in s.pain if p.user_id != user_id]
        s.safety[:] = [e for e in s.safety if e.user_id != user_id]
        s.identities = {k: uid for k, uid in s.identities.items() if uid != user_id}
        s.held = [h for h in s.held if (h[1], h[2]) not in identities]
        s.link_failures = [f for f in s.link_failures if f[:2] not in identities]
        s.link_codes = {h: c for h, c in s.link_codes.items() if c[0].user_id != user_id}
        s.profiles.pop(user_id, None)
        s.conversations.pop(user_id, None)


@dataclass
class OutboxRow:
    """An outbox row as the database keeps it: the delivery and its claim bookkeeping."""

    delivery: Delivery
    not_before: datetime
    lease_until: datetime | None = None
    worker: str = ""
    finished_at: datetime | None = None
    note: str = ""


class FakeReminders:
    """Schedules, the outbox with its claim and lease, group members and pauses, in memory."""

    def __init__(self, s: Store) -> None:
        self.s = s

    async def schedules_of(self, owner: str) -> list[Schedule]:
        return [x for _, x in sorted(self.s.schedules.items()) if x.owner == owner]

    async def save_schedule(self, schedule: Schedule) -> None:
        same = [k for k, x in self.s.schedules.items() if (x.owner, x.kind) == (schedule.owner, schedule.kind)]
        key = same[0] if same else self.s.new_id()
        self.s.schedules[key] = replace(schedule, id=key)

    async def delete_schedules(self, owner: str) -> None:
        self.s.schedules = {k: x for k, x in self.s.schedules.items() if x.owner != owner}

    async def due_schedules(self, now: datetime, limit: int) -> list[Schedule]:
        return sorted((x for x in self.s.schedules.values() if x.next_at <= now), key=lambda x: x.next_at)[:limit]

    async def advance(self, schedule_id: int, next_at: datetime) -> None:
        self.s.schedules[schedule_id] = replace(self.s.schedules[schedule_id], next_at=next_at, fresh=False)

    async def enqueue(self, delivery: Delivery) -> bool:
        if any(row.delivery.dedupe_key == delivery.dedupe_key for row in self.s.outbox.values()):
            return False
        key = self.s.new_id()
        self.s.outbox[key] = OutboxRow(replace(delivery, id=key, status=Delivered.PENDING, attempts=0), delivery.due_at)
        return True

    async def checkins_due(self, now: datetime, since: datetime) -> list[tuple[int, int, datetime]]:
        return [
            (w.user_id, w.id or 0, w.checkin_due_at) for w in self.s.workouts.values()
            if w.checkin_due_at is not None and since <= w.checkin_due_at <= now and w.checkin_pain is None
        ]

    async def claim(self, now: datetime, lease_until: datetime, worker: str, limit: int) -> list[Delivery]:
        def claimable(row: OutboxRow) -> bool:
            status = row.delivery.status
            lapsed = row.lease_until is not None and row.lease_until < now
            return (status is Delivered.PENDING and row.not_before <= now) or (status is Delivered.SENDING and lapsed)

        picked = sorted((r for r in self.s.outbox.values() if claimable(r)), key=lambda r: r.not_before)[:limit]
        for row in picked:
            row.delivery = replace(row.delivery, status=Delivered.SENDING)
            row.lease_until, row.worker = lease_until, worker
        return sorted((r.delivery for r in picked), key=lambda d: d.due_at)

    async def finish(self, delivery_id: int, status: Delivered, at: datetime, note: str = "") -> None:
        row = self.s.outbox[delivery_id]
        row.delivery = replace(row.delivery, status=status)
        row.finished_at, row.lease_until, row.note = at, None, note

    async def retry_at(self, delivery_id: int, at: datetime, attempts: int) -> None:
        row = self.s.outbox[delivery_id]
        row.delivery = replace(row.delivery, status=Delivered.PENDING, attempts=attempts)
        row.not_before, row.lease_until = at, None

    async def cancel(self, owner: str, kind: Kind, at: datetime) -> int:
        rows = [r for r in self.s.outbox.values()
                if (r.delivery.owner, r.delivery.kind, r.delivery.status) == (owner, kind, Delivered.PENDING)]
        for row in rows:
            row.delivery = replace(row.delivery, status=Delivered.SKIPPED)
            row.finished_at, row.note = at, "cancelled"
        return len(rows)

    async def members(self, platform: str, chat_id: str) -> list[Member]:
        found = [m for m in self.s.members.values() if (m.platform, m.chat_id) == (platform, chat_id)]
        return sorted(found, key=lambda m: m.display_name)

    async def set_member(self, member: Member) -> None:
        self.s.members[(member.platform, member.chat_id, member.platform_user_id)] = member

    async def pauses(self, user_id: int) -> list[Pause]:
        return sorted((p for p in self.s.pauses if p.user_id == user_id), key=lambda p: p.start)

    async def set_pause(self, pause: Pause) -> None:
        running = [p for p in self.s.pauses if p.user_id == pause.user_id and p.start <= pause.start <= p.end]
        self.s.pauses = [p for p in self.s.pauses if p not in running] + [pause]

    async def end_pause(self, user_id: int, last_day: date) -> bool:
        running = [p for p in self.s.pauses if p.user_id == user_id and p.end > last_day]
        for pause in running:
            self.s.pauses.remove(pause)
            if pause.start <= last_day:
                self.s.pauses.append(replace(pause, end=last_day))
        return bool(running)

    async def private_chat(self, user_id: int) -> tuple[str, str] | None:
        mine = [x for _, x in sorted(self.s.schedules.items()) if x.user_id == user_id and x.kind is Kind.TRAINING]
        return (mine[0].platform, mine[0].chat_id) if mine else None
