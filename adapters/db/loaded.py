"""What one unit of work has read and written, so it never asks the database the same thing twice.

A set reply reads the lifter's row once (profile, open conversation and whether private messages
wait for them, in one statement) and writes back only what changed. Every database round trip is a
hop to the driver's thread, so statements saved are most of a reply's cost. The cache lives and dies
with its unit of work: nothing is shared between messages, so other workers' writes are always seen.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields

from core.conversation import Conversation
from core.workout.model import Workout


@dataclass
class Loaded:
    conversations: dict[int, Conversation] = field(default_factory=dict)
    workouts: dict[int, Workout] = field(default_factory=dict)
    nothing_held: set[tuple[str, str]] = field(default_factory=set)

    def forget(self) -> None:
        self.conversations.clear()
        self.workouts.clear()
        self.nothing_held.clear()

    def remember_conversation(self, conversation: Conversation) -> None:
        # The data dict is the one mutable part; keep our own copy to compare against.
        self.conversations[conversation.user_id] = copy.deepcopy(conversation)

    def conversation_unchanged(self, conversation: Conversation) -> bool:
        return self.conversations.get(conversation.user_id) == conversation

    def changed_workout_fields(self, workout: Workout) -> list[str] | None:
        """Names of the fields that differ from what is stored; None when nothing is known."""
        before = self.workouts.get(workout.id) if workout.id is not None else None
        if before is None:
            return None
        return [f.name for f in fields(Workout) if getattr(before, f.name) is not getattr(workout, f.name)
                and getattr(before, f.name) != getattr(workout, f.name)]
