"""Onboarding and /settings wording: one question at a time, numbered choices that can be typed."""
from __future__ import annotations

GREETING = (
    "Hi {name}! I'm Backcoach. I'll build your weekly back session, log your sets, "
    "and keep an eye on how your back feels."
)
DISCLAIMER = (
    "One thing first: I give training guidance, not medical advice. If something feels wrong, "
    "stop and talk to a healthcare professional."
)
ALREADY_SET_UP = "You're already set up. Use /settings to change an answer, or /today to train."

LEVEL_Q = "How much training have you done lately?"
LEVEL_CHOICES = (
    ("new", "New (less than ~3 months of regular training)"),
    ("returning", "Returning (trained before, getting back into it)"),
    ("experienced", "Experienced (training regularly for a while)"),
)
EQUIPMENT_Q = (
    "What can you train with? Type the numbers or names (e.g. 1 4 7), or tap to pick and then Done. "
    "Choose 8 if you have nothing but your body."
)
EQUIPMENT_CHOICES = (
    ("dumbbells", "Dumbbells"),
    ("barbell", "Barbell"),
    ("trap_bar", "Trap bar"),
    ("pullup_bar", "Pull-up bar"),
    ("bench", "Bench"),
    ("cable", "Cable or machines"),
    ("bands", "Resistance bands"),
    ("none", "None of these"),
)
EQUIPMENT_PICKED = "Picked so far: {picked}. Tap more, then Done (or type done) to finish."
EQUIPMENT_NOTHING_PICKED = "nothing yet"
EQUIPMENT_DONE = "Done"
BACK_Q = "How is your back these days?"
BACK_CHOICES = (
    ("no_pain", "No pain"),
    ("occasional", "Occasional aches"),
    ("ongoing", "Ongoing or persistent pain"),
)
UNITS_Q = "Kilograms or pounds?"
UNITS_CHOICES = (("kg", "kg"), ("lb", "lb"))
TIMEZONE_Q = (
    "Which time zone are you in? Type your city or country (like London or India), "
    "a zone (like Europe/London or EST), or keep {default}."
)
TIMEZONE_KEEP = "Keep {default}"
GOAL_Q = "How many back sessions a week do you want to aim for?"
GOAL_CHOICES = (("1", "1 a week"), ("2", "2 a week"), ("3", "3 a week"))
SCREEN_Q = (
    "A quick health check. Does any of this apply to you right now? Type the numbers, or 6 for none of them."
)
SCREEN_CHOICES = (
    ("leg_symptoms", "Numbness, tingling or pain going down a leg"),
    ("recent_surgery", "Back surgery in the last year"),
    ("osteoporosis_steroids", "Osteoporosis, or long-term steroid tablets"),
    ("doctor_said_no", "A doctor told you not to exercise"),
    ("chest_pain_fainting", "Chest pain, dizziness or fainting when you exercise"),
    ("none", "None of these"),
)

PICK_ONE = "Please pick one of the numbers, {first} to {last}."
PICK_FROM_LIST = "I didn't recognise {bad}. Pick from the numbers shown."

ALL_SET = (
    "All set: {level}, {equipment}, {units}, goal {goal} a week, time zone {zone}.\n"
    "Type /today whenever you want today's back session."
)
NO_EQUIPMENT = "bodyweight only"

SETTINGS_Q = "Here's what I have. Which answer do you want to change?"
SETTINGS_CHOICES = (
    ("level", "Training level: {level}"),
    ("equipment", "Equipment: {equipment}"),
    ("back", "Back: {back}"),
    ("units", "Units: {units}"),
    ("timezone", "Time zone: {zone}"),
    ("goal", "Weekly goal: {goal}"),
    ("screen", "Health check answers"),
)
SETTINGS_SAVED = "Saved. {what}"
SETTINGS_UNITS_SAVED = "Saved. From now on I'll show every load in {units}, history included."
SETTINGS_CANCELLED = "Nothing changed."
