"""What the coach says about progress, files, deletion and linked accounts."""
from __future__ import annotations

ONLY_IN_PRIVATE = "That one is personal, so I only answer it in our private chat. Send {command} there."

HISTORY_PAGE_HEADER = "Your sessions, page {page}:"
HISTORY_OLDER = "Older sessions: /history page {page}"
HISTORY_OLDER_BUTTON = "Older sessions"
HISTORY_NO_PAGE = "There is no page {page}; /history shows the newest sessions."
HISTORY_UNKNOWN_LIFT = "I don't know a lift called \"{name}\". Try /history with a name like row, pull-up or deadlift."
HISTORY_LIFT_EMPTY = "No working sets of {lift} logged yet."
HISTORY_LIFT_HEADER = "{lift}, newest first:"
HISTORY_LIFT_LINE = "{day}: {sets}"
HISTORY_LIFT_OLDER = "Older: /history {key} page {page}"

BESTS_EMPTY = "No bests yet: log a few sessions and they will show up here."
BESTS_HEADER = "Your bests, one per lift:"
BEST_LOAD_LINE = "• {lift}: {load} × {reps} (estimated 1RM {e1rm}), {day}"
BEST_REPS_LINE = "• {lift}: {reps} reps, {day}"
BESTS_FORMULA = "Estimated 1RM uses the Epley formula: load × (1 + reps ÷ 30). It is a guide, not a target to test."

PROGRESS_EMPTY = "Nothing to chart yet. Finish a session with /today and ask again."
PROGRESS_SENT = "Your progress: top working loads, weekly sets for each job of the back, and your streak."
PROGRESS_PAIN_SENT = "Your progress with the pain you reported beside the training load. Only you see this."
CHARTS_UNAVAILABLE = "Charts are not switched on for this coach."

CHART_TITLE = "{name}: back training"
CHART_LOADS_TITLE = "Top working load"
CHART_LOADS_AXIS = "load ({unit})"
CHART_SETS_TITLE = "Working sets per week"
CHART_SETS_AXIS = "sets"
CHART_STREAK_TITLE = "Weekly streak: {weeks} weeks"
CHART_STREAK_AXIS = "weeks in a row"
CHART_STREAK_SERIES = "streak"
CHART_STREAK_NONE_YET = "the streak starts with the first week that meets your goal of {goal} a week"
CHART_NO_SETS_YET = "no working sets in the last 12 weeks yet"
CHART_PAIN_TITLE = "Back pain (highest each day)"
CHART_PAIN_AXIS = "pain 0–10"
CHART_PAIN_SERIES = "pain"
CHART_VOLUME_TITLE = "Training load per session"
CHART_VOLUME_AXIS = "load × reps ({unit})"
CHART_VOLUME_SERIES = "load × reps"
CHART_NOTHING_YET = "nothing logged with a load yet"
CHART_NO_PAIN = "no pain reported"
SLOT_NAMES = {"vertical_pull": "vertical pull", "row": "row", "hinge": "hinge"}

EXPORT_USAGE = "Send /export for your sets and data, or /export physio for a timeline to show a physical therapist."
EXPORT_UNAVAILABLE = "Exports are not switched on for this coach."
EXPORT_CSV_SENT = "Your sets as a spreadsheet (CSV, {sets} sets, one row each)."
EXPORT_JSON_SENT = "Everything I keep about you, as JSON: profile, sessions, sets, pain and safety notes."
EXPORT_PHYSIO_SENT = "A timeline of your pain ratings, warning signs and session load, to show a physical therapist."
CSV_WARMUP = "warm-up"
CSV_WORKING = "working"

PHYSIO_HEADER = "Back training timeline for {name} (times in {zone})"
PHYSIO_SCALE = "Pain is self-rated from 0 (none) to 10 (worst imaginable). Load is working load × reps."
PHYSIO_SESSION = "session ({status}): {sets} working sets, load {volume} {unit}"
PHYSIO_PAIN = "pain {value}/10, {moment}{lift}"
PHYSIO_SIGN = "warning sign reported ({tier}): {signs}"
PHYSIO_EMPTY = "Nothing recorded yet."
PHYSIO_FOOTER = "Recorded by a training chatbot from what the lifter typed. It is not a medical record."
STATUS_NAMES = {"done": "completed", "partial": "ended early", "stopped_for_safety": "stopped for safety", "active": "in progress"}
MOMENT_NAMES = {"before": "before training", "lift": "during a lift", "after": "after training", "morning": "next morning", "any": "reported"}
TIER_NAMES = {"emergency": "emergency advice given", "urgent": "same-day doctor advised", "provider": "provider visit advised", "modify": "training adjusted"}

DELETE_Q = (
    "This removes your profile, every session, set, pain note, safety note, reminder and linked account, for good. "
    "Export first with /export if you want a copy. Delete everything?"
)
DELETE_YES = "Yes, delete everything"
DELETE_NO = "No, keep it"
DELETE_KEPT = "Nothing was deleted."
DELETED = "Done: everything I kept about you is gone. If you write again, I'll start from scratch."

LINK_CODE = (
    "Your link code: {code}\nOn the other platform, send /link {code} to me within {minutes} minutes. "
    "It works once. Don't share it with anyone."
)
LINK_WRONG = "That code doesn't match. Check it, or ask for a new one with /link on the other platform."
LINK_EXPIRED = "That code has expired or was already used. Send /link on the other platform for a new one."
LINK_LOCKED = "Too many wrong codes. Linking is locked for this account for up to {minutes} minutes."
LINK_SAME_ACCOUNT = "That code belongs to this same account: send it from the other platform."
LINK_SAME_PLATFORM = "Both accounts are already on {platform}; I link one account per platform."
LINKED = (
    "Linked: {platforms} are now one profile with one history ({sessions} sessions together). "
    "Any safety pause from either side still stands. /unlink separates them again."
)
UNLINK_NOTHING = "This account isn't linked to another one."
UNLINKED = (
    "Unlinked. Your history stays with your {platforms} account; here you start again with the same settings."
)
