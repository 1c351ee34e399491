"""The kinds of working set: reps to a target, as many clean reps as you can, and timed (carries, holds).

Each kind has its own buttons, target wording and answers. Timed sets are answered and stored in
seconds and never enter one-rep-max or rep maths; an as-many-as-you-can set offers rep numbers
around what the lifter is likely to do, so a tap can never log 0 reps.
"""
from __future__ import annotations

import re
from dataclasses import replace
from enum import StrEnum

from core.errors import BadInput
from core.messages import Choice
from core.model import Units
from core.parsing import SetAction, SetReply, parse_load, parse_set_reply
from core.text import sets as say
from core.text import workout as workout_text
from core.text.training import format_load
from core.training.bests import Best
from core.training.catalogue import Exercise
from core.training.plan import LoadKind, PlannedLift

MAX_SECONDS = 600  # ten minutes: longer than any carry or hang the coach prescribes
AMRAP_SPREAD = 2  # buttons from the guess - 2 to the guess + 2
TIMED_OFFSETS = (-5, 0, 5, 10)  # seconds around the target: a little short of it, on it, or past it


class SetKind(StrEnum):
    REPS = "reps"  # a rep target: "aim for 10 reps"
    AMRAP = "amrap"  # as many clean reps as you can (the pull-up family)
    TIMED = "timed"  # seconds (carries, holds)


def kind_of(lift: PlannedLift) -> SetKind:
    if lift.load_kind is LoadKind.TIME:
        return SetKind.TIMED
    return SetKind.AMRAP if lift.target_reps is None else SetKind.REPS


def is_timed(load_kind: LoadKind) -> bool:
    return load_kind is LoadKind.TIME


def seconds_text(seconds: int) -> str:
    return say.SECONDS.format(seconds=seconds)


def target_text(lift: PlannedLift) -> str:
    """The current set's goal: "aim for 10 reps", "as many clean reps as you can", "aim for 40 s"."""
    kind = kind_of(lift)
    if kind is SetKind.TIMED:
        return say.TIMED_TARGET.format(seconds=lift.target_reps or lift.rep_low)
    if kind is SetKind.AMRAP:
        return workout_text.AS_MANY_AS_CLEAN
    return workout_text.SET_TARGET.format(reps=lift.target_reps)


def how_to_answer(lift: PlannedLift) -> str:
    return {SetKind.TIMED: say.TIMED_HOW, SetKind.AMRAP: say.AMRAP_HOW}.get(kind_of(lift), workout_text.SET_PROMPT_HOW)


def first_amrap_guess(lift: PlannedLift) -> int:
    """With nothing to go on, the middle of the low end: a pull-up ladder step is set to allow a few reps."""
    return max(1, lift.rep_low + 2)


def amrap_guess(lift: PlannedLift, today: list[int], last_time: list[int]) -> int:
    """Reps the lifter will most likely manage on this set: today's previous set, else last time's same set."""
    if today:
        return max(1, today[-1])
    if last_time:
        return max(1, last_time[min(len(today), len(last_time) - 1)])
    return first_amrap_guess(lift)


def set_buttons(lift: PlannedLift, guess: int | None = None) -> tuple[Choice, ...]:
    """Quick answers for a working set; every number button logs that many reps or seconds, never 0."""
    skip = Choice("skip", "skip")
    kind = kind_of(lift)
    if kind is SetKind.TIMED:
        target = lift.target_reps or lift.rep_low
        times = [target + offset for offset in TIMED_OFFSETS if 0 < target + offset <= MAX_SECONDS]
        return tuple(Choice(seconds_text(t), f"{t}s") for t in times) + (skip,)
    if kind is SetKind.AMRAP:
        centre = guess if guess is not None else first_amrap_guess(lift)
        low = max(1, centre - AMRAP_SPREAD)
        return tuple(Choice(str(r), str(r)) for r in range(low, low + 2 * AMRAP_SPREAD + 1)) + (skip,)
    t = lift.target_reps or 0
    reps = [r for r in (t - 2, t, t + 2) if 0 < r <= 100]
    return tuple(Choice(str(r), str(r)) for r in reps) + (skip,)


_SKIP = re.compile(r"^(skip|skipped|pass|next)$")
_DONE = re.compile(r"^(done|ok|okay|yes|y|did it|✓|✔|👍)$")
_SECONDS_WORD = r"(?:s|sec|secs|second|seconds)"
_MINUTES_WORD = r"(?:m|min|mins|minute|minutes)"
_DURATION = re.compile(
    rf"^(?:(?P<mm>\d+):(?P<ss>[0-5]\d)|(?P<min>\d+)\s*{_MINUTES_WORD}(?:\s*(?P<min_s>\d+)\s*{_SECONDS_WORD}?)?"
    rf"|(?P<s>\d+)\s*{_SECONDS_WORD}?)$"
)
_JOIN = r"\s*(?:@|x|×|\*|at|with|of|for)\s*"
_LOAD_UNITS = r"(?:kgs?|kilos?|lbs?|pounds?|#)"


def parse_duration(raw: str) -> int | None:
    """Seconds in `40`, `40s`, `45 sec`, `0:45`, `1 min`, `1m 30s`; None when it is not a time."""
    said = " ".join(raw.strip().lower().split())
    m = _DURATION.match(said)
    if m is None:
        return None
    if m.group("mm") is not None:
        return int(m.group("mm")) * 60 + int(m.group("ss"))
    if m.group("min") is not None:
        return int(m.group("min")) * 60 + int(m.group("min_s") or 0)
    return int(m.group("s"))


def _checked_seconds(seconds: int) -> int:
    if seconds <= 0:
        raise BadInput(say.TIMED_ZERO)
    if seconds > MAX_SECONDS:
        raise BadInput(say.TIMED_TOO_LONG.format(limit=MAX_SECONDS))
    return seconds


def parse_timed(raw: str, units: Units) -> SetReply:
    """A timed set's answer: `40`, `40s`, `0:45`, `45 sec`, `40s @ 24 kg`, `24 kg x 40s`, skip or done."""
    said = " ".join(raw.strip().lower().split())
    if _SKIP.match(said):
        return SetReply(SetAction.SKIP)
    if _DONE.match(said):
        return SetReply(SetAction.DONE)
    seconds = parse_duration(said)
    load_kg: float | None = None
    if seconds is None:
        time_first = re.match(rf"^(?P<time>.+?){_JOIN}(?P<load>[\d.,]+\s*{_LOAD_UNITS}?)$", said)
        load_first = re.match(rf"^(?P<load>[\d.,]+\s*{_LOAD_UNITS}){_JOIN}(?P<time>.+)$", said)
        for found in (time_first, load_first):
            if found is not None and (seconds := parse_duration(found.group("time"))) is not None:
                load_kg = parse_load(found.group("load"), units)
                break
    if seconds is None:
        raise BadInput(say.TIMED_HINT)
    return SetReply(SetAction.LOG, load_kg=load_kg or None, seconds=_checked_seconds(seconds))


def parse_answer(lift: PlannedLift, raw: str, units: Units) -> SetReply:
    """A working set's answer read the way its kind is answered."""
    if kind_of(lift) is SetKind.TIMED:
        return parse_timed(raw, units)
    return fit_reply(lift, parse_set_reply(raw, units))


def fit_reply(lift: PlannedLift, reply: SetReply) -> SetReply:
    """A reply read elsewhere (a /log, a set before a technique comment) made right for this set's kind.

    A bare number for a timed set is its seconds. "done" says how an as-many-as-you-can set went
    only when there is a number to go with it, so it is refused rather than logged as 0 reps.
    """
    kind = kind_of(lift)
    if kind is SetKind.TIMED and reply.action is SetAction.LOG and reply.seconds is None:
        return replace(reply, reps=None, reps_right=None, seconds=_checked_seconds(reply.reps or 0))
    if kind is SetKind.AMRAP and reply.action is SetAction.DONE:
        raise BadInput(say.AMRAP_HOW_MANY)
    return reply


def planned_text(lift: PlannedLift, units: Units) -> str:
    """The current working set as planned, short: "10 × 14 kg", "40 s @ 24 kg", "as many clean reps as you can"."""
    load = format_load(lift.load_kg, units, lift.load_kind) if lift.load_kg else ""
    side = workout_text.PER_SIDE if lift.one_arm else ""
    kind = kind_of(lift)
    if kind is SetKind.TIMED:
        what = seconds_text(lift.target_reps or lift.rep_low)
        return f"{what} @ {load}" if load else what
    if kind is SetKind.AMRAP:
        return say.REST_AMRAP + (f" @ {load}" if load else "")
    return (f"{lift.target_reps} × {load}" if load else f"{lift.target_reps} reps") + side


def timed_best_line(best: Best, lift: Exercise, units: Units, day: str) -> str:
    """/bests for a carry or a hold: "• Farmer's carry: 45 s @ 24 kg, 12 Nov 2026"."""
    load = f" @ {format_load(best.load_kg, units, lift.load_kind)}" if best.load_kg else ""
    return say.BEST_TIMED_LINE.format(lift=lift.name, seconds=best.seconds, load=load, day=day)
