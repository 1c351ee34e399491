"""/deleteme: a confirmation button, then every row about the lifter goes in one transaction."""
from __future__ import annotations

from core.conversation import Step
from core.messages import Choice
from core.flows import open_question
from core.flows.data.files import point_to_private
from core.text import progress as say
from core.turn import Turn

CONFIRM = "deleteme:yes"
KEEP = "deleteme:no"
_YES = frozenset({CONFIRM, "yes", "delete", "yes, delete everything"})


async def ask_delete(turn: Turn, _: str) -> None:
    if point_to_private(turn, "/deleteme"):
        return
    previous = turn.conversation  # "keep my data" goes back to the question that was open
    await turn.move_to(Step.CONFIRM_DELETE, resume_step=previous.step.value, resume_data=previous.data)
    turn.ask(say.DELETE_Q, (Choice(say.DELETE_YES, CONFIRM), Choice(say.DELETE_NO, KEEP)))


async def answer_delete(turn: Turn) -> None:
    if turn.in_group:
        return  # the question lives in the private chat; group chatter never deletes anything
    if turn.said.lower() not in _YES:
        data = turn.conversation.data
        turn.say(say.DELETE_KEPT)
        await open_question.resume(turn, str(data.get("resume_step") or Step.IDLE.value), dict(data.get("resume_data") or {}))
        return
    identities = await turn.uow.users.identities(turn.profile.user_id)
    await turn.uow.accounts.delete_user(turn.profile.user_id, identities)
    if turn.outputs is not None:
        await turn.outputs.files.forget(turn.profile.user_id)  # their charts and exports go with the account
    turn.say(say.DELETED)
