"""Emergency signs of the legs, heart, breath and injuries, in new words (issue 13).

Invented per sign and voice before looking at the development corpus's misses; each must get the
emergency advice at once.
"""
from __future__ import annotations

import re

import pytest

from core.safety.screening import RULES, screen
from core.safety.signs import Tier

BOTH_LEGS = [
    "both my legs are numb",
    "my legs are tingling from the knees down, both of them",
    "pins and needles in both feet and up my shins",
    "numbness in both legs since this morning",
    "can't feel my legs properly and it's not leg day",
    "both shins have gone numb",
    "my legs keep giving way",
    "my legs went from under me on the stairs",
    "my knees buckled twice walking to the car",
    "legs feel like jelly and I haven't trained them",
    "can't trust my legs, they keep going",
    "my legs won't hold me up",
    "struggling to stand up, both legs weak",
    "my legs don't work properly since yesterday",
    "I keep falling because my legs give out",
    "can't climb the stairs, my legs are too weak",
    "my legs are getting weaker every day",
    "both legs feel heavy and weak and I keep tripping",
    "sciatica in both legs now",
    "pain down the back of both legs",
    "shooting pain down both legs",
    "it was my left leg, now the pain goes down the right one too",
    "sciatica on both sides",
    "pain radiating into both buttocks and down my legs",
    "electric shocks down both legs",
    "double sciatica, both legs",
    "both legs have nerve pain going to the feet",
    "my foot slaps the floor when I walk",
    "I keep tripping over my toes, my foot won't lift",
    "can't lift the front of my foot",
    "my foot is floppy since yesterday",
    "can't walk on my heels",
    "my toes catch on the ground when I walk",
    "dragging my right foot",
    "bof legs numb an weak",
    "my legs r numb both of them",
    "uh my legs keep sort of giving out under me",
]

CHEST = [
    "chest feels tight and I feel sick",
    "pressure in my chest on the treadmill",
    "feels like an elephant sitting on my chest",
    "heavy chest and pain going into my left arm",
    "chest pain on the rower",
    "pain behind my breastbone",
    "tightness across my chest that won't go",
    "crushing feeling in my chest",
    "my chest is burning and I'm sweating buckets",
    "feels like a band tightening round my chest",
    "pain in my jaw and left arm while running",
    "my heart hurts",
    "ticker doesn't feel right, chest is sore and tight",
    "chest pain",
    "cheat pain and dizzy",
]

FAINT = [
    "I fainted in the gym",
    "passed out between sets",
    "blacked out on the last rep",
    "went down after the deadlift and woke up on the floor",
    "the lights went out and I was on the floor",
    "I came round on the floor with people around me",
    "next thing I knew I was on the floor",
    "everything went black and I collapsed",
    "I keeled over after the squats",
    "my vision went and I dropped",
    "I nearly fainted and had to lie down",
    "fainted twice today",
    "i collapsed at the gym today",
    "passed out during pull-ups and fell off the bar",
]

BREATH = [
    "I can't breathe properly even sitting down",
    "can't catch my breath, I'm just sitting here",
    "struggling to breathe",
    "really short of breath just walking up the stairs",
    "can't get enough air in",
    "my lips look blue and I can't breathe",
    "can barely talk I'm so out of breath and I'm just sitting",
]

INJURY = [
    "fell down the stairs and landed on my back, really painful",
    "slipped on ice and my back's killing me",
    "came off my bike, back hurts loads",
    "car accident yesterday, lower back pain since",
    "someone rear ended me and now my back hurts",
    "fell off a ladder, back is agony",
    "tumbled down the steps, back hurts",
    "went over the handlebars and landed on my back",
    "had a fall at work yesterday, my back's in bits",
    "got t-boned at a junction, back pain since",
    "motorbike crash last night, back hurts",
    "got hit by a car on my bike, my back is sore",
    "fell off the roof, my back hurts",
    "fell off the pull-up bar onto my back, it really hurts",
    "heard a crack in my back and now I can't move",
    "felt a snap in my lower back, severe pain",
    "something went crunch in my spine and it's agony",
    "loud pop in my back and I collapsed in pain",
    "my back went snap and I'm in absolute agony",
    "heard a crack in my back on the deadlift and now I can barely move",
    "back cracked like a twig and it hurts so bad",
    "there was an audible crack when I picked up the bar and now it's agony",
]


@pytest.mark.parametrize("said", BOTH_LEGS + CHEST + FAINT + BREATH + INJURY)
def test_an_emergency_sign_of_legs_heart_breath_or_injury_gets_emergency_advice_at_once(said: str) -> None:
    found = screen(said)
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, (said, found)


def test_every_rule_compiles_so_the_screen_never_falls_back_to_its_error_answer() -> None:
    # a broken pattern does not raise: screen() answers "screening_error" for every message
    for rule in RULES:
        for pattern in (rule.pattern, rule.context, rule.unless, rule.unless_anywhere):
            if pattern:
                re.compile(pattern)
    assert "screening_error" not in screen("both my legs are numb").triggers
