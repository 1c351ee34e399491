"""The warning signs of coaching.md §5, each with the tier it raises."""
from __future__ import annotations

from enum import IntEnum, StrEnum


class Tier(IntEnum):
    """How serious a sign is; ordered, so "this tier or higher" is a comparison."""

    NONE = 0
    MODIFY = 1  # a pain report: ask for the 0-10 number and follow the pain rules
    PROVIDER = 2  # stop loading the back; see a physical therapist or doctor in a few days
    URGENT = 3  # end the session; see a doctor today
    EMERGENCY = 4  # end the session; emergency number or emergency department now


class Sign(StrEnum):
    """Stable names of the signs, safe to store in events and logs."""

    # emergency
    SADDLE_NUMBNESS = "saddle_numbness"
    BLADDER_BOWEL = "bladder_bowel"
    SEXUAL_FUNCTION = "sexual_function"  # new trouble with erection or feeling during sex
    BOTH_LEGS_WEAK = "both_legs_weak"
    LEGS_GIVING_WAY = "legs_giving_way"
    FOOT_DROP = "foot_drop"
    BOTH_LEGS_NERVE = "both_legs_nerve"
    CHEST_PAIN = "chest_pain"
    FAINTING = "fainting"
    BREATHLESS = "breathless"
    FALL_OR_CRASH = "fall_or_crash"
    HEARD_A_CRACK = "heard_a_crack"
    # urgent
    FEVER = "fever"
    NIGHT_SWEATS = "night_sweats"
    CANCER_HISTORY = "cancer_history"
    WEIGHT_LOSS = "weight_loss"
    NIGHT_OR_REST_PAIN = "night_or_rest_pain"
    MID_BACK_PAIN = "mid_back_pain"
    BRITTLE_BONES = "brittle_bones"
    WEAK_IMMUNITY = "weak_immunity"
    INJECTED_DRUGS = "injected_drugs"
    RECENT_INFECTION = "recent_infection"  # an infection, antibiotics, a wound or spinal surgery, then back pain
    SPINE_DEFORMITY = "spine_deformity"  # a new lump on the spine, a spine gone crooked, lost height
    # provider
    ONE_LEG_NERVE = "one_leg_nerve"
    NERVE_SYMPTOM = "nerve_symptom"
    ARM_NERVE = "arm_nerve"
    ONE_LEG_WEAK = "one_leg_weak"
    LEG_PAIN = "leg_pain"
    SHARP_PAIN = "sharp_pain"
    SOMETHING_POPPED = "something_popped"
    WORSENING_PAIN = "worsening_pain"
    TWO_HIGH_SESSIONS = "two_high_sessions"  # pain 6 or more on two sessions, said in words
    LAY_DIAGNOSIS = "lay_diagnosis"  # "slipped disc", "trapped nerve": the person's own words, not ours
    LOCKED_BACK = "locked_back"
    CHANGED_WALKING = "changed_walking"
    # modify
    BACK_PAIN = "back_pain"


TIER_OF: dict[Sign, Tier] = {
    Sign.SADDLE_NUMBNESS: Tier.EMERGENCY,
    Sign.BLADDER_BOWEL: Tier.EMERGENCY,
    Sign.SEXUAL_FUNCTION: Tier.EMERGENCY,
    Sign.BOTH_LEGS_WEAK: Tier.EMERGENCY,
    Sign.LEGS_GIVING_WAY: Tier.EMERGENCY,
    Sign.FOOT_DROP: Tier.EMERGENCY,
    Sign.BOTH_LEGS_NERVE: Tier.EMERGENCY,
    Sign.CHEST_PAIN: Tier.EMERGENCY,
    Sign.FAINTING: Tier.EMERGENCY,
    Sign.BREATHLESS: Tier.EMERGENCY,
    Sign.FALL_OR_CRASH: Tier.EMERGENCY,
    Sign.HEARD_A_CRACK: Tier.EMERGENCY,
    Sign.FEVER: Tier.URGENT,
    Sign.NIGHT_SWEATS: Tier.URGENT,
    Sign.CANCER_HISTORY: Tier.URGENT,
    Sign.WEIGHT_LOSS: Tier.URGENT,
    Sign.NIGHT_OR_REST_PAIN: Tier.URGENT,
    Sign.MID_BACK_PAIN: Tier.URGENT,
    Sign.BRITTLE_BONES: Tier.URGENT,
    Sign.WEAK_IMMUNITY: Tier.URGENT,
    Sign.INJECTED_DRUGS: Tier.URGENT,
    Sign.RECENT_INFECTION: Tier.URGENT,
    Sign.SPINE_DEFORMITY: Tier.URGENT,
    Sign.ONE_LEG_NERVE: Tier.PROVIDER,
    Sign.NERVE_SYMPTOM: Tier.PROVIDER,
    Sign.ARM_NERVE: Tier.PROVIDER,
    Sign.ONE_LEG_WEAK: Tier.PROVIDER,
    Sign.LEG_PAIN: Tier.PROVIDER,
    Sign.SHARP_PAIN: Tier.PROVIDER,
    Sign.SOMETHING_POPPED: Tier.PROVIDER,
    Sign.WORSENING_PAIN: Tier.PROVIDER,
    Sign.TWO_HIGH_SESSIONS: Tier.PROVIDER,
    Sign.LAY_DIAGNOSIS: Tier.PROVIDER,
    Sign.LOCKED_BACK: Tier.PROVIDER,
    Sign.CHANGED_WALKING: Tier.PROVIDER,
    Sign.BACK_PAIN: Tier.MODIFY,
}
