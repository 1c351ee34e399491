"""Starting a session: the pain check before it, building the plan, and showing it."""
from __future__ import annotations

from dataclasses import replace

from core.cards.session_card import lift_line as card_lift_line
from core.flows import pain as pain_flow
from core.flows.pain_questions import pain_buttons
from core.conversation import Step
from core.safety.pain import BeforeSession, decide_before_session, parse_pain
from core.text import cards as card_say
from core.text import pauses
from core.text import safety as safety_text
from core.text import workout as say
from core.text.training import format_load
from core.training.generator import build_session
from core.training.plan import LoadKind, PlannedLift, SessionPlan, Slot
from core.turn import Turn
from core.flows.workout import sets
from core.workout.history import PLANNING_SESSIONS, load_history
from core.workout.model import PainReport, Phase, Workout


async def today(turn: Turn, *, upper_back_only: bool = False) -> None:
    active = await turn.uow.workouts.active(turn.profile.user_id)
    if active is not None:
        turn.show_card(active, notify=True)  # a fresh card: the old one may be far up the chat
        turn.say(say.RESUMING)
        await sets.prompt_current(turn, active)
        return
    turn.show_card(None, notify=True)  # the session's card opens with the pain question
    await turn.move_to(Step.PAIN_BEFORE, upper_back_only=upper_back_only)
    turn.ask(safety_text.ASK_PAIN_BEFORE, pain_buttons())


async def answer_pain_before(turn: Turn) -> None:
    pain = parse_pain(turn.said, expecting=True)
    if pain is None:
        turn.ask(say.PAIN_HINT, pain_buttons())
        return
    await turn.uow.pain.add(PainReport(turn.profile.user_id, pain, "before", turn.now))
    decision = decide_before_session(pain)
    if decision is BeforeSession.REST:
        await turn.go_idle()
        turn.show_card(None, closed=True)
        pain_flow.say_rest_today(turn)
        return
    gentle = decision is BeforeSession.GENTLE
    if gentle:
        pain_flow.say_gentle_today(turn)
    await begin(turn, pain, gentle=gentle, upper_back_only=bool(turn.conversation.data.get("upper_back_only")))


async def begin(turn: Turn, pain_before: int | None, *, gentle: bool, upper_back_only: bool = False) -> None:
    history = await load_history(turn.uow, turn.profile, limit=PLANNING_SESSIONS)
    plan = build_session(turn.profile, history, turn.local_today(), gentle=gentle)
    if upper_back_only:
        plan = without_back_loading(plan)
        if not plan.lifts:
            await turn.go_idle()
            turn.show_card(None, closed=True)
            turn.say_personal(pauses.NO_UPPER_BACK_OPTION)
            return
    workout = await turn.uow.workouts.add(
        Workout(
            id=None,
            user_id=turn.profile.user_id,
            platform=turn.incoming.platform,
            chat_id=turn.incoming.chat_id,
            chat_kind=turn.incoming.chat_kind.value,
            day=turn.local_today(),
            started_at=turn.now,
            plan=plan,
            pain_before=pain_before,
            phase=Phase.RAMP,
        )
    )
    # The plan is on the session card (core/cards), not in a long message of its own.
    turn.card_change = card_say.CHANGE_PLAN.format(lifts=len(plan.lifts))
    await sets.prompt_current(turn, workout)


# Slots that leave the lower back out: no hinge, no bent-over or plank rows.
UPPER_BACK_SLOTS = frozenset({Slot.VERTICAL_PULL, Slot.ROW_2, Slot.GRIP})


def without_back_loading(plan: SessionPlan) -> SessionPlan:
    lifts = tuple(lift for lift in plan.lifts if lift.slot in UPPER_BACK_SLOTS)
    return replace(plan, lifts=lifts, notes=(pauses.UPPER_BACK_ONLY_HEADER, *plan.notes))


def overview(plan: SessionPlan, turn: Turn) -> str:
    header = say.TODAY_GENTLE_HEADER if plan.gentle else say.TODAY_HEADER
    lines = [header.format(day=plan.day.strftime("%a %d %b")), "", say.WARMUP_HEADER]
    lines += [f"• {item}" for item in plan.warmup]
    lines += ["", say.MAIN_HEADER]
    lines += [lift_line(lift, turn) for lift in plan.lifts]
    lines += ["", say.COOLDOWN_HEADER]
    lines += [f"• {item}" for item in plan.cooldown]
    lines += [f"\n{note}" for note in plan.notes]
    return "\n".join(lines)


def lift_line(lift: PlannedLift, turn: Turn) -> str:
    return "• " + card_lift_line(lift, turn.profile.units)
