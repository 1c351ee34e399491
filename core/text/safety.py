"""Everything the coach says about pain and warning signs (coaching.md §5), in one reviewable place.

Rules for this wording: calm and short; never name a condition, never say pain
is fine to push through, never promise that warm-ups prevent injury. Every
safety message ends with NOT_A_MEDICAL_SERVICE. Placeholders are `{name}`-style
for `str.format`.
"""
from __future__ import annotations

from core.model import Screen
from core.safety.signs import Tier

NOT_A_MEDICAL_SERVICE = "I'm a training coach, not a medical service."


def _safety(body: str) -> str:
    return body + "\n" + NOT_A_MEDICAL_SERVICE


# --- the pain scale -------------------------------------------------------------------------

PAIN_SCALE = "0 means no pain, 10 the worst you can imagine."
PAIN_OUT_OF_RANGE = "Pain goes from 0 (none) to 10 (worst imaginable). Please send a number in that range."
ASK_PAIN_BEFORE = "Before we start: how is your back right now, from 0 to 10? " + PAIN_SCALE
ASK_PAIN_AFTER_LIFT = "How is your back after {lift}, from 0 to 10?"
ASK_PAIN_AFTER_SESSION = "One last check: how is your back now, from 0 to 10?"
ASK_PAIN_MORNING = "Good morning, {name}. How is your back today, from 0 to 10? " + PAIN_SCALE
SORENESS_IS_NORMAL = (
    "Some muscle soreness in the first weeks is normal and fades as you keep training. "
    "Pain is different: if it hurts, tell me a number from 0 to 10."
)

# --- pain-rule outcomes ---------------------------------------------------------------------

REST_TODAY = _safety(
    "With your back at that level, no training today. If it feels okay, keep moving gently: "
    "an easy walk, knee-to-chest and a few slow bridges. If the pain stays high for more than "
    "a few days, have a doctor or physical therapist look at it."
)
GENTLE_TODAY = _safety(
    "Let's keep today gentle: lighter loads, fewer sets, and bridges in place of the hinge. "
    "Stop any exercise that makes your back feel worse."
)
TRAIN_TODAY = "Good, let's train."
DURING_FINE = "Good, carry on."
DURING_CAREFUL = _safety(
    "Carry on carefully: same load, slow and controlled reps, stop if it climbs. "
    "I won't add weight to {lift} next time."
)
DURING_STOP = _safety(
    "Let's stop {lift} here. You can switch to {alternative}, which is easier on your back, "
    "or end the session for today."
)
DURING_STOP_NO_ALTERNATIVE = _safety("Let's stop {lift} here and end the session for today.")
CHOICE_GENTLER = "Switch to {alternative}"
CHOICE_END_SESSION = "End the session"
AFTER_SESSION_CHECKIN = _safety(
    "Thanks. I'll check in tomorrow morning to see how your back has settled overnight."
)
AFTER_SESSION_OK = "Thanks, and well done today."
MORNING_SETTLED = "Good, your back has settled. Your next session goes ahead as planned."
MORNING_HIGHER = _safety(
    "That's higher than before your session, so I'll make the next one lighter: fewer sets and "
    "no weight increases. If it still hasn't settled in a few days, see a doctor or physical "
    "therapist."
)
TREND_PROVIDER = _safety(
    "Your back pain has been building over your last few sessions. Please have a healthcare "
    "provider or physical therapist check it. Until then I've switched you to gentle mode: "
    "lighter loads, fewer sets, and bridges instead of loaded hinges."
)

# --- warning signs: private messages ----------------------------------------------------------

EMERGENCY_PRIVATE = _safety(
    "Please stop now. What you describe needs medical help straight away. Call your local "
    "emergency number, or go to the nearest emergency department now. If someone is nearby, "
    "tell them and don't drive yourself. I've ended today's session and paused your plan."
)
URGENT_PRIVATE = _safety(
    "I've ended today's session. What you describe should be seen by a doctor today, so please "
    "call your doctor or an urgent care service now. Your plan is paused until a professional "
    "has seen you; then send /cleared and we'll restart gently.\n"
    "Call your local emergency number at once if you get numbness between your legs, trouble "
    "passing or holding urine or stool, weakness in both legs, chest pain or fainting."
)
PROVIDER_PRIVATE = _safety(
    "Let's stop loading your back for now. Please show this to a physical therapist or doctor "
    "in the next few days. Until they clear you I've paused weight increases. Today you can do "
    "an upper-back and grip session that leaves your lower back out of it, or simply rest.\n"
    "Go to an emergency department or call your local emergency number at once if you get "
    "numbness in your groin or inner thighs, new trouble with your bladder or bowels, weakness "
    "or numbness in both legs, chest pain or fainting.\n"
    "When a professional says you can train normally, send /cleared."
)
CHOICE_UPPER_BACK_AND_GRIP = "Upper back and grip only"
CHOICE_REST = "Rest today"
BACK_PAIN_ASK = (
    "Sorry your back is hurting. How bad is it right now, from 0 to 10? " + PAIN_SCALE
)

# --- warning signs: the short public line in a group (no symptoms, no numbers) -----------------

PUBLIC_STOPPED = _safety("{name}, I've stopped your session and sent you a private message.")
PUBLIC_PAUSED = _safety("{name}, let's take it easy on the back for now. I've sent you a private message.")
PUBLIC_OPEN_PRIVATE = _safety(
    "{name}, I have a private message for you. Please open it here: {link}"
)

# --- confirming an uncertain sign --------------------------------------------------------------

CONFIRM_SIGN = _safety(
    'You mentioned "{heard}". To be safe I need to ask: is that happening to you now, or did it '
    "happen recently?"
)
CONFIRM_YES = "Yes"
CONFIRM_NO = "No"
CONFIRM_ANSWER_YES_OR_NO = _safety('Please answer yes or no: is "{heard}" happening to you now?')
CONFIRM_DENIED = _safety(
    "Thanks for checking. Carry on, and tell me straight away if anything like that starts."
)
MISTAKE_REASK = _safety(
    'Understood. Just so I get this right, one more time: is "{heard}" happening to you now? '
    "If you're not sure, please treat it as a yes."
)
MISTAKE_REASK_GENERAL = _safety(
    "Understood. Just so I get this right: are you having any of the warning signs I mentioned "
    "right now? If you're not sure, please treat it as a yes."
)
CLEARED_ASK = _safety(
    "Has a doctor or physical therapist seen you and said you can train again?"
)

# --- onboarding screen (coaching.md §2 and §5) -------------------------------------------------

SCREEN_INTRO = "A few quick health questions, asked once. Please answer yes or no."
SCREEN_QUESTIONS: dict[Screen, str] = {
    Screen.LEG_SYMPTOMS: "Do you have numbness, tingling or pain running down a leg at the moment?",
    Screen.RECENT_SURGERY: "Have you had back surgery in the last year?",
    Screen.OSTEOPOROSIS_STEROIDS: "Do you have osteoporosis, or have you taken steroid tablets for "
                                  "three months or more?",
    Screen.DOCTOR_SAID_NO: "Has a doctor told you not to exercise, or to avoid lifting?",
    Screen.CHEST_PAIN_FAINTING: "Have you had chest pain, or fainted, during or after exercise?",
}
SCREEN_ADVICE: dict[Screen, str] = {
    Screen.LEG_SYMPTOMS: _safety(
        "Symptoms running down a leg are worth having checked by a physical therapist or doctor "
        "before you load your back. Please get their go-ahead first; meanwhile I'll start you in "
        "gentle mode."
    ),
    Screen.RECENT_SURGERY: _safety(
        "After back surgery, your surgeon or physical therapist should clear you for this kind of "
        "training first. Until then I'll keep everything in gentle mode."
    ),
    Screen.OSTEOPOROSIS_STEROIDS: _safety(
        "With osteoporosis or long-term steroids, please ask your doctor which loads suit you "
        "before lifting. I'll start you in gentle mode and keep increases small."
    ),
    Screen.DOCTOR_SAID_NO: _safety(
        "Please check with that doctor before we start, and follow their advice. I'll keep "
        "everything gentle until you're cleared."
    ),
    Screen.CHEST_PAIN_FAINTING: _safety(
        "Chest pain or fainting with exercise needs a doctor's check before any hard training. "
        "Please see one first; I'll keep things gentle. If it happens again, call your local "
        "emergency number."
    ),
}
ONGOING_PAIN_ADVICE = _safety(
    "Since your back hurts often, please have a healthcare provider or physical therapist check "
    "it and clear you before your first session. We'll start in gentle mode: bands or light "
    "dumbbells, one or two sets, and a glute bridge or light hinge instead of loaded hinges."
)


def private_message(tier: Tier) -> str:
    """The private message for a warning sign of this tier ("" below the provider tier)."""
    return {
        Tier.EMERGENCY: EMERGENCY_PRIVATE,
        Tier.URGENT: URGENT_PRIVATE,
        Tier.PROVIDER: PROVIDER_PRIVATE,
        Tier.MODIFY: BACK_PAIN_ASK,
    }.get(tier, "")


def public_line(tier: Tier, name: str) -> str:
    """The short group line for a warning sign: it says where to look, never what was said."""
    if tier >= Tier.URGENT:
        return PUBLIC_STOPPED.format(name=name)
    if tier is Tier.PROVIDER:
        return PUBLIC_PAUSED.format(name=name)
    return ""
