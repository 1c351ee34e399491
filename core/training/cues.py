"""Technique prompts picked from what the lifter says about a set (coaching.md §4), one at a time."""
from __future__ import annotations

import re

from core.model import Units
from core.text.training import cue_text
from core.training.catalogue import Exercise
from core.training.kinds import Cue
from core.training.loads import is_weighted, lighter

# How much lighter the next set goes after either cue: about 10 %, at least one real step.
CUE_LOAD_FACTOR = 0.9

_NEGATION = r"(?:no|not|without|never|didn'?t|did not|wasn'?t|was not|zero|any)\s+(?:\w+\s+){0,2}?"
_SWING = re.compile(r"\b(swing\w*|swung|momentum|jerk\w*|rock\w*|heav(?:e|ed|ing)|kip\w*|cheat\w*|bounc\w*|yank\w*)\b")
_WEAK_LINK = r"(biceps?|grip|forearms?|hands?|fingers?|arms)"
_GAVE_OUT = (
    r"(gave out|gave up|give out|giving out|gone|failed|fail(?:ing|s)?|died|dying|fried|cooked|toast|"
    r"burn(?:ed|t|ing)? out|slipp\w*|tired first|done first|gassed|quit)"
)
_WEAK_FIRST = re.compile(rf"\b{_WEAK_LINK}\b(?:\s+\w+){{0,3}}?\s+\b{_GAVE_OUT}\b")
_CANT_HOLD = re.compile(r"\b(couldn'?t|could not|can'?t|cannot|unable to)\s+(hold|grip|hang on)")
_SLIPPED = re.compile(r"\b(bar|dumbbells?|bell|weight)\s+(kept\s+)?slipp\w*")


def _negated(text: str, match: re.Match[str]) -> bool:
    before = text[: match.start()]
    return re.search(_NEGATION + r"$", before) is not None


def _found(pattern: re.Pattern[str], text: str) -> bool:
    return any(not _negated(text, m) for m in pattern.finditer(text))


def cue_for_reply(text: str) -> Cue | None:
    """The one cue a set reply calls for, or None. Swinging wins over grip: form comes first."""
    said = text.lower().replace("’", "'")
    if _found(_SWING, said):
        return Cue.TOO_HEAVY
    if _found(_WEAK_FIRST, said) or _found(_CANT_HOLD, said) or _found(_SLIPPED, said):
        return Cue.LOWER_LOAD_AND_STRAPS
    return None


def next_set_load(exercise: Exercise, load_kg: float | None, units: Units) -> float | None:
    """The lighter load a cue suggests for the next set; None when the lift takes no weight."""
    if load_kg is None or load_kg <= 0 or not is_weighted(exercise):
        return None
    return lighter(load_kg, exercise, units, CUE_LOAD_FACTOR)


def cue_message(cue: Cue, exercise: Exercise, load_kg: float | None, units: Units) -> str:
    """The words for `cue`, with the concrete lighter load when there is one."""
    return cue_text(cue, load_kg, next_set_load(exercise, load_kg, units), units, exercise.load_kind)
