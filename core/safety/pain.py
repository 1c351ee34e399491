"""The 0-10 pain scale: reading a number and the pain rules of coaching.md §5."""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from core.errors import BadInput
from core.text import safety as text

_WORDS = {"zero": 0, "none": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
          "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_NUMBER = r"(?P<n>[-−]?\d+(?:[.,]\d+)?|" + "|".join(_WORDS) + ")"
_OUT_OF_TEN = r"(?:\s*(?:/|out of|of)\s*10)?"


@dataclass(frozen=True)
class _Forms:
    explicit: re.Pattern[str]
    bare: re.Pattern[str]
    no_pain: re.Pattern[str]


@cache
def _forms() -> _Forms:
    return _Forms(
        # "pain 6", "/pain 6", "pain: 6", "pain:6" (a button), "my back pain is 6/10"
        explicit=re.compile(
            r"^(?:my\s+)?(?:(?:lower\s+|low\s+)?back\s+)?/?pain(?:@\w+)?\s*(?:(?:[:=]|-(?=\s)|is|was|level"
            r"|at|now|right now|today|score|about|around)\s*)*" + _NUMBER + _OUT_OF_TEN
            + r"(?:\s+(?!kg|lb|lbs|reps?|x|sets?)[a-z].*)?[.!]*$"),
        bare=re.compile(r"^(?:about\s+|around\s+|maybe\s+)?" + _NUMBER + _OUT_OF_TEN + r"[.!]*$"),
        no_pain=re.compile(r"^(?:no pain|none|nothing|zero|pain free|no)[.!]*$"),
    )


def _number(raw: str) -> int:
    if raw in _WORDS:
        return _WORDS[raw]
    value = float(raw.replace("−", "-").replace(",", "."))
    if value < 0 or value > 10:
        raise BadInput(text.PAIN_OUT_OF_RANGE)
    return math.ceil(value)  # 6.5 counts as 7: when unsure, take the more careful reading


def parse_pain(said: str, *, expecting: bool) -> int | None:
    """A 0-10 pain rating in `said`, or None when it is not one.

    With `expecting=False` only an explicit pain form counts ("pain 6", "pain:6"),
    because a bare 6 while logging a set means reps. Raises BadInput when out of range.
    """
    cleaned = " ".join(said.strip().lower().split())
    forms = _forms()
    found = forms.explicit.match(cleaned)
    if found is None and expecting:
        found = forms.bare.match(cleaned)
        if found is None and forms.no_pain.match(cleaned):
            return 0
    if found is None:
        return None
    return _number(found.group("n"))


def _check(pain: int) -> int:
    if not 0 <= pain <= 10:
        raise BadInput(text.PAIN_OUT_OF_RANGE)
    return pain


class BeforeSession(StrEnum):
    REST = "rest"  # >= 7: no training today, gentle mobility only
    GENTLE = "gentle"  # 4-6: lighter loads, fewer sets, bridges instead of the hinge
    TRAIN = "train"  # 0-3


class DuringLift(StrEnum):
    FINE = "fine"  # 0-2
    CAREFUL_NO_INCREASE = "careful_no_increase"  # 3-5: go on carefully, no load increase next time
    STOP_LIFT = "stop_lift"  # > 5: stop this exercise; offer the gentler one or end


def decide_before_session(pain: int) -> BeforeSession:
    pain = _check(pain)
    if pain >= 7:
        return BeforeSession.REST
    if pain >= 4:
        return BeforeSession.GENTLE
    return BeforeSession.TRAIN


def decide_during(pain: int) -> DuringLift:
    pain = _check(pain)
    if pain > 5:
        return DuringLift.STOP_LIFT
    if pain >= 3:
        return DuringLift.CAREFUL_NO_INCREASE
    return DuringLift.FINE


def needs_morning_checkin(pain_after: int) -> bool:
    return _check(pain_after) >= 3


def decide_morning(pain_before_session: int, pain_morning: int) -> bool:
    """True when the next session must be reduced: the pain has not settled back by morning."""
    return _check(pain_morning) > _check(pain_before_session)


@dataclass(frozen=True)
class SessionPain:
    """The pain numbers of one session (any may be missing when not asked or not answered)."""

    before: int | None = None
    after: int | None = None
    peak: int | None = None  # the highest number reported during the lifts

    @property
    def level(self) -> int | None:
        """The worst this session got: the highest number it has."""
        known = [p for p in (self.before, self.after, self.peak) if p is not None]
        return max(known) if known else None


def decide_trend(sessions: Sequence[SessionPain]) -> bool:
    """True: recommend a provider and switch to gentle mode (coaching.md §5, across sessions).

    `sessions` run oldest first; sessions with no number are skipped. Three signals:
    - rising: the last three rated sessions each got worse than the one before
      (a < b < c) and the last reached 3 or more;
    - rising within sessions: the last two rated sessions both ended worse than
      they began, and the second ended at least as bad as the first (pain is
      building up session on session rather than settling);
    - not easing with rest: 6 or more on two of the last three rated sessions.
    """
    rated = [s for s in sessions if s.level is not None]
    levels = [s.level for s in rated if s.level is not None]
    last3 = levels[-3:]
    if len(last3) == 3 and last3[0] < last3[1] < last3[2] and last3[2] >= 3:
        return True
    last2 = [s for s in rated if s.before is not None and s.after is not None][-2:]
    if len(last2) == 2 and all(s.after > s.before for s in last2 if s.after is not None
                               and s.before is not None):
        first_after, second_after = last2[0].after, last2[1].after
        if first_after is not None and second_after is not None and second_after >= first_after \
                and second_after >= 3:
            return True
    return sum(1 for level in last3 if level >= 6) >= 2
