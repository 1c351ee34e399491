"""One lifter across platforms: /link gives a code, /link CODE on another platform joins the accounts.

Merge rule when both accounts have data: the account with more ended sessions is the base (on a tie,
the one that asked for the code). Its profile settings stay; every session, set, pain report, safety
event, schedule and identity of the other account moves over. Safety state is the stricter of the
two: any pause, gentle mode or health-screen answer on either side stays until /cleared.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import replace
from datetime import timedelta

from core.model import BackStatus, Profile
from core.progress.accounts_port import LinkCode
from core.flows.data.files import point_to_private
from core.text import progress as say
from core.turn import Turn
from core.workout.model import Status

CODE_LIFETIME = timedelta(minutes=10)
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=30)
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I/L to misread
CODE_LENGTH = 8
_SEVERITY = {BackStatus.NO_PAIN: 0, BackStatus.OCCASIONAL: 1, BackStatus.ONGOING: 2}


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def code_hash(code: str) -> str:
    clean = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(clean.encode()).hexdigest()


def merged_profile(base: Profile, other: Profile) -> Profile:
    """The base's settings with the stricter safety state of the two."""
    return replace(
        base,
        onboarded=base.onboarded or other.onboarded,
        gentle_mode=base.gentle_mode or other.gentle_mode,
        progression_paused=base.progression_paused or other.progression_paused,
        training_paused=base.training_paused or other.training_paused,
        pause_reason=base.pause_reason or other.pause_reason,
        screen_yes=base.screen_yes | other.screen_yes,
        back_status=max(base.back_status, other.back_status, key=lambda s: _SEVERITY[s]),
    )


async def link(turn: Turn, argument: str) -> None:
    if point_to_private(turn, "/link"):
        return
    if not argument.strip():
        code = new_code()
        expires = turn.now + CODE_LIFETIME
        await turn.uow.accounts.put_code(LinkCode(code_hash(code), turn.profile.user_id, turn.incoming.platform, expires), turn.now)
        turn.say(say.LINK_CODE.format(code=code, minutes=int(CODE_LIFETIME.total_seconds() // 60)))
        return
    await _join(turn, argument.strip())


async def _join(turn: Turn, code: str) -> None:
    platform, sender = turn.incoming.platform, turn.incoming.sender_id
    if await turn.uow.accounts.failures_since(platform, sender, turn.now - LOCKOUT) >= MAX_FAILURES:
        turn.say(say.LINK_LOCKED.format(minutes=int(LOCKOUT.total_seconds() // 60)))
        return
    found = await turn.uow.accounts.take_code(code_hash(code))
    if found is None or found.expires_at <= turn.now:
        await turn.uow.accounts.add_failure(platform, sender, turn.now)
        turn.say(say.LINK_EXPIRED if found is not None else say.LINK_WRONG)
        return
    me = turn.profile
    if found.user_id == me.user_id:
        turn.say(say.LINK_SAME_ACCOUNT)
        return
    mine = {p for p, _ in await turn.uow.users.identities(me.user_id)}
    theirs = {p for p, _ in await turn.uow.users.identities(found.user_id)}
    if mine & theirs:
        turn.say(say.LINK_SAME_PLATFORM.format(platform=", ".join(sorted(mine & theirs))))
        return
    other = await turn.uow.users.get(found.user_id)
    if other is None:
        turn.say(say.LINK_WRONG)
        return
    await turn.uow.accounts.clear_failures(platform, sender)
    mine_count = len(await turn.uow.workouts.finished(me.user_id))
    theirs_count = len(await turn.uow.workouts.finished(other.user_id))
    base, moved = (me, other) if mine_count > theirs_count else (other, me)
    await _close_second_active(turn, base.user_id, moved.user_id)
    await turn.uow.accounts.merge(moved.user_id, base.user_id)
    await turn.save_profile(merged_profile(base, moved))
    turn.conversation = replace(turn.conversation, user_id=base.user_id)
    turn.say(say.LINKED.format(platforms=", ".join(sorted(mine | theirs)), sessions=mine_count + theirs_count))


async def _close_second_active(turn: Turn, base_id: int, moved_id: int) -> None:
    """Only one session can be running: if both are, the moved one ends with what it logged."""
    if await turn.uow.workouts.active(base_id) is None:
        return
    running = await turn.uow.workouts.active(moved_id)
    if running is not None:
        await turn.uow.workouts.save(replace(running, status=Status.PARTIAL, ended_at=turn.now))


async def unlink(turn: Turn, _: str) -> None:
    if point_to_private(turn, "/unlink"):
        return
    identities = await turn.uow.users.identities(turn.profile.user_id)
    if len(identities) < 2:
        turn.say(say.UNLINK_NOTHING)
        return
    await turn.uow.accounts.split(turn.incoming.platform, turn.incoming.sender_id)
    others = sorted({p for p, _ in identities} - {turn.incoming.platform})
    turn.say(say.UNLINKED.format(platforms=", ".join(others)))
