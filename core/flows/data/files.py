"""/progress sends a chart picture; /export and /export physio send files. Private chats only."""
from __future__ import annotations

import secrets

from core.messages import Attachment, Reply, Visibility
from core.progress.data import load_history_rows
from core.progress.files import output_name
from core.progress.export import physio_timeline, set_rows, to_csv, to_json
from core.progress.series import progress_chart
from core.reminders.streaks import paused_weeks
from core.text import progress as say
from core.turn import Turn


def point_to_private(turn: Turn, command: str) -> bool:
    """Asked in a group: nothing personal is posted; a short private note says where to ask."""
    if not turn.in_group:
        return False
    turn.say_private(say.ONLY_IN_PRIVATE.format(command=command))
    return True


def _attach(turn: Turn, text: str, path: str, filename: str, kind: str) -> None:
    turn.replies.append(Reply(
        text=text, visibility=Visibility.PRIVATE if turn.in_group else Visibility.PUBLIC,
        to_user_id=turn.incoming.sender_id, to_user_name=turn.incoming.sender_name,
        attachment=Attachment(path, filename, kind),
    ))


def _name(turn: Turn, stem: str, ext: str) -> str:
    # Random part: a file path must not be guessable from a user id.
    return output_name(stem, turn.profile.user_id, turn.local_today(), secrets.token_hex(4), ext)


async def show_progress(turn: Turn, argument: str) -> None:
    if point_to_private(turn, "/progress"):
        return
    if turn.outputs is None:
        turn.say(say.CHARTS_UNAVAILABLE)
        return
    workouts, logged = await load_history_rows(turn.uow, turn.profile.user_id)
    if not workouts:
        turn.say(say.PROGRESS_EMPTY)
        return
    with_pain = argument.strip().lower() == "pain"
    pain = await turn.uow.pain.of_user(turn.profile.user_id) if with_pain else None
    paused = paused_weeks(await turn.uow.reminders.pauses(turn.profile.user_id))
    chart = progress_chart(workouts, logged, turn.profile, turn.local_today(), pain=pain, paused=paused)
    name = _name(turn, "progress-pain" if with_pain else "progress", "png")
    path = await turn.outputs.charts.render(chart, name)
    _attach(turn, say.PROGRESS_PAIN_SENT if with_pain else say.PROGRESS_SENT, path, name, "image")


async def export(turn: Turn, argument: str) -> None:
    if point_to_private(turn, "/export"):
        return
    if turn.outputs is None:
        turn.say(say.EXPORT_UNAVAILABLE)
        return
    user_id = turn.profile.user_id
    workouts, logged = await load_history_rows(turn.uow, user_id)
    pain = await turn.uow.pain.of_user(user_id)
    safety = await turn.uow.safety.of_user(user_id)
    if argument.strip().lower() == "physio":
        text = physio_timeline(turn.profile, workouts, logged, pain, safety)
        name = _name(turn, "physio-timeline", "txt")
        path = await turn.outputs.files.write(name, text.encode())
        _attach(turn, say.EXPORT_PHYSIO_SENT, path, name, "document")
        return
    if argument.strip():
        turn.say(say.EXPORT_USAGE)
        return
    csv_name = _name(turn, "backcoach-sets", "csv")
    csv_path = await turn.outputs.files.write(csv_name, to_csv(set_rows(logged, turn.profile)).encode())
    json_name = _name(turn, "backcoach-export", "json")
    everything = to_json(turn.profile, workouts, logged, pain, safety, turn.now)
    json_path = await turn.outputs.files.write(json_name, everything.encode())
    _attach(turn, say.EXPORT_CSV_SENT.format(sets=len(logged)), csv_path, csv_name, "document")
    _attach(turn, say.EXPORT_JSON_SENT, json_path, json_name, "document")
