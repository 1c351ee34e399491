"""Advice shown at onboarding for ongoing pain and for each 'yes' on the health screen."""
from __future__ import annotations

from core.text.general import NOT_MEDICAL

ONGOING_PAIN = (
    "Since your back hurts often, please have a doctor or physical therapist check it and "
    "clear you before you start. Until then I'll keep things gentle: bands or light dumbbells, "
    "one or two sets, and bridges instead of loaded hinges.\n" + NOT_MEDICAL
)
SCREEN_ADVICE = {
    "leg_symptoms": (
        "Symptoms running down a leg should be looked at by a doctor or physical therapist before "
        "you load your back. I'll start you in gentle mode.\n" + NOT_MEDICAL
    ),
    "recent_surgery": (
        "After back surgery, follow your surgeon's or physio's plan and get their go-ahead for this "
        "kind of training. I'll start you in gentle mode.\n" + NOT_MEDICAL
    ),
    "osteoporosis_steroids": (
        "With osteoporosis or long-term steroids, ask your doctor which loads are safe for you "
        "before lifting. I'll start you in gentle mode.\n" + NOT_MEDICAL
    ),
    "doctor_said_no": (
        "If a doctor told you not to exercise, please check with them before we start. "
        "I'll keep everything gentle until you're cleared.\n" + NOT_MEDICAL
    ),
    "chest_pain_fainting": (
        "Chest pain, dizziness or fainting with exercise needs a doctor's check before any hard "
        "training. Please see one first; I'll keep things gentle.\n" + NOT_MEDICAL
    ),
}
