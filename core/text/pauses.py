"""Wording around safety pauses: /today while paused, /cleared, the check-in command, retractions."""
from __future__ import annotations

from core.text.safety import NOT_A_MEDICAL_SERVICE


def _safety(body: str) -> str:
    return body + "\n" + NOT_A_MEDICAL_SERVICE


PAUSED_NO_TRAINING = _safety(
    "Your plan is paused because of what you told me earlier, so no training suggestions for now. "
    "Rest, and follow what the doctor says. When a professional has cleared you, send /cleared."
)
PAUSED_BACK_LOADING = _safety(
    "Your back loading is paused until a physical therapist or doctor has checked you. "
    "You can do an upper-back and grip session that leaves your lower back out of it, or rest today."
)
UPPER_BACK_ONLY_HEADER = "Upper back and grip only today: no hinge, nothing that loads your lower back."
NO_UPPER_BACK_OPTION = "With your equipment I have no back-free option today, so let's rest."
RESTING = "Good call. Rest up, and I'll be here when you're ready."
NOTHING_TO_CLEAR = "Nothing is paused right now, so there's nothing to clear."
CLEARED_DONE = (
    "Great news. I've lifted the pause. We'll restart gently and build back up from there. "
    "Type /today when you're ready."
)
CLEARED_NOT_YET = "Okay, the pause stays for now. Send /cleared again once a professional has seen you."
KEEPING_PAUSE = _safety("Thanks for telling me. The pause stays in place; please follow the advice above.")
PAUSE_LIFTED_AFTER_MISTAKE = "Thanks for checking. I've lifted the pause. Tell me straight away if anything like that starts."
PAIN_AGAIN = "Where were we: how does your back feel, from 0 to 10?"
PAIN_NOTED_OUTSIDE = "Noted: {value}/10. If it climbs or doesn't ease with rest, tell me, and don't train through it."
NO_CHECKIN_DUE = "There's no morning check-in waiting for you right now."
CARRY_ON_BUTTON = "Skip it, carry on"
STOP_CHOICE_HINT = "Tap one of the options, or type gentler, carry on or end."
SWAPPED_TO_GENTLER = "Switched to {lift}. Go easy, and stop if your back complains."
