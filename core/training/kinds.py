"""The small vocabularies shared by the training engine and its wording (no imports, so no cycles)."""
from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    """Why a lift's load and rep target are what they are; core.text.training turns it into words."""

    FIRST_TIME = "first_time"
    ADD_STEP = "add_step"
    ONE_MORE_REP = "one_more_rep"
    KEEP_LOW = "keep_low"  # two or more sets under the range: same load
    DROP = "drop"  # under the range two sessions running: about 10 % lighter
    HOLD_PAIN = "hold_pain"
    HOLD_PAUSED = "hold_paused"
    HOLD_REDUCED = "hold_reduced"  # the next-morning check-in asked for an easier session
    LAYOFF_RESTART = "layoff_restart"
    GENTLE = "gentle"
    LADDER_UP = "ladder_up"  # assisted pull-ups -> bodyweight pull-ups
    LADDER_WEIGHTED = "ladder_weighted"  # bodyweight pull-ups -> weighted
    LADDER_TOP = "ladder_top"  # 12 clean bodyweight reps; weighted is for experienced lifters
    AS_MANY_CLEAN = "as_many_clean"
    HARDER_BAND = "harder_band"
    HARDER_VARIANT = "harder_variant"
    HOLD_LONGER = "hold_longer"
    LONGER = "longer"  # timed sets: a few seconds more at the same load
    HEAVIER_SHORTER = "heavier_shorter"  # timed sets at the top time: one step heavier, back to the lowest time


class Cue(StrEnum):
    """A technique prompt picked from what the lifter said about a set."""

    LOWER_LOAD_AND_STRAPS = "lower_load_and_straps"
    TOO_HEAVY = "too_heavy"
