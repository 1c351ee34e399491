"""The end of a turn: fold what it said into the session card, stamp the question's revision on its
buttons; and its start: refuse a press on a passed question or on someone else's card."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from core.cards.session_card import CardContent, card_text
from core.conversation import Step
from core.training.rest import rest_line
from core.messages import CardRef, Reply, Visibility
from core.text import cards as say
from core.text import general
from core.turn import Turn


def card_key(user_id: int) -> str:
    """One living card per person (per chat, as the adapters store it): each session supersedes the last."""
    return f"session:{user_id}"


def refuse_press(turn: Turn) -> bool:
    """A press that must change nothing: someone else's button, or a question that has passed."""
    incoming = turn.incoming
    if incoming.payload is None:
        return False
    owner = incoming.card_owner_id or incoming.reply_to_user_id
    if owner and owner != incoming.sender_id:
        turn.toast(general.NOT_YOUR_PROMPT.format(name=incoming.sender_name))
        return True
    if incoming.revision is not None and incoming.revision != turn.conversation.revision:
        turn.toast(say.PRESS_PASSED)
        return True
    return False


# The open questions of a running session: whatever answers them is shown on the card.
SESSION_STEPS = frozenset({Step.PAIN_BEFORE, Step.FIRST_LOAD, Step.SET, Step.PAIN_LIFT, Step.PAIN_STOP})


# Longer than this since the card last changed, and it is likely far up the chat: it comes back as a new message.
PAUSE = timedelta(minutes=10)
_CARD_AT = "card_at"  # in the conversation's data: when the card was last changed (ISO, UTC)


def mark_session_turn(turn: Turn) -> None:
    """An answer to a session question: what the turn says from here on goes on the card."""
    if turn.conversation.step in SESSION_STEPS:
        turn.show_card(None, notify=_after_a_pause(turn))


def _after_a_pause(turn: Turn) -> bool:
    """The person comes back to the open question after a pause: the card is sent again, below what came since."""
    shown = turn.conversation.data.get(_CARD_AT)
    if not isinstance(shown, str):
        return False
    try:
        return turn.now - datetime.fromisoformat(shown) > PAUSE
    except ValueError:
        return False


async def _remember_change(turn: Turn) -> None:
    """The card changed now; kept with the open question, without moving it on (buttons stay valid)."""
    conversation = turn.conversation
    if conversation.step not in SESSION_STEPS:
        return
    turn.conversation = replace(conversation, data={**conversation.data, _CARD_AT: turn.now.isoformat()})
    await turn.uow.conversations.save(turn.conversation)


async def finish_turn(turn: Turn) -> None:
    if turn.card is not None:
        await _fold(turn)
    _stamp(turn)


def _stamp(turn: Turn) -> None:
    """Every button this turn offers answers the question open at its end."""
    revision = turn.conversation.revision
    turn.replies = [
        replace(r, choices=tuple(c if c.revision is not None else replace(c, revision=revision) for c in r.choices))
        if r.choices else r
        for r in turn.replies
    ]


def _folds(reply: Reply, sender: str) -> bool:
    """Said to the person in this chat as a plain message: it belongs on their card."""
    return (
        reply.visibility is Visibility.PUBLIC and reply.chat_id is None and reply.attachment is None
        and not reply.toast and reply.card is None and reply.to_user_id in (None, sender)
    )


async def _fold(turn: Turn) -> None:
    view = turn.card
    assert view is not None
    sender = turn.incoming.sender_id
    before, mine = turn.replies[: view.start], turn.replies[view.start :]
    folded = [r for r in mine if _folds(r, sender)]
    others = [r for r in mine if not _folds(r, sender)]
    question = None if view.closed else next((r for r in reversed(folded) if r.choices or r.expects_answer), None)
    notes = [] if view.closed else [r.text for r in folded if r is not question]
    workout = view.workout
    if workout is None and (workout_id := turn.conversation.data.get("workout_id")) is not None:
        workout = await turn.uow.workouts.get(int(workout_id))
    elif workout is not None and workout.id is not None:
        workout = await turn.uow.workouts.get(workout.id) or workout  # the turn may have saved it since (a rest started)
    logged = await turn.uow.workouts.sets(workout.id) if workout is not None and workout.id is not None else []
    content = CardContent(
        name=turn.profile.display_name or turn.incoming.sender_name,
        day=workout.day if workout is not None else turn.local_today(),
        units=turn.profile.units,
        workout=workout,
        logged=logged,
        notes=notes,
        question=question.text if question is not None else "",
        closed=view.closed,
        rest=(rest_line(workout.rest_until, turn.now, turn.profile.timezone) or "") if workout is not None else "",
    )
    card = Reply(
        text=card_text(content),
        choices=question.choices if question is not None else (),
        to_user_id=sender,
        to_user_name=turn.incoming.sender_name,
        expects_answer=question.expects_answer if question is not None else False,
        card=CardRef(card_key(turn.profile.user_id), turn.conversation.revision),
        notify=view.notify,
        change=turn.card_change,
    )
    if not view.closed:
        await _remember_change(turn)
    after: list[Reply] = []
    if view.closed and folded:
        # The session is over: what it says (summary, the last pain question) is one new message.
        last = folded[-1]
        after.append(replace(last, text="\n\n".join(r.text for r in folded), choices=last.choices,
                             expects_answer=any(r.expects_answer for r in folded)))
    toast = []
    if turn.incoming.payload is not None:
        toast.append(Reply(turn.card_change or say.CHANGE_NOTED, visibility=Visibility.PRIVATE, to_user_id=sender,
                           to_user_name=turn.incoming.sender_name, toast=True))
    turn.replies = before + toast + [card] + after + others
