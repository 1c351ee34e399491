"""Urgent and see-a-provider signs in hard wordings (issue 13, fresh round 2).

Written before the rules for them, as new sentences for each family the second fresh corpus missed:
roundabout descriptions (clothes loose, waking soaked, can't get comfy at night, walking like a cowboy),
regional slang, heavy typos, signs split over two sentences. Beside them, the harmless senses of the
same words (a past scan that was clear, a general question, "shooting pains in my wallet").
"""
from __future__ import annotations

import pytest

from core.safety.screening import screen
from core.safety.signs import Tier

URGENT = [
    # fever said sideways
    "feeling feverish since last night and my lower back is throbbing",
    "one minute roasting, the next minute freezing, and my back's aching too",
    "can't get warm under three blankets and my back hurts",
    "proper crook today, hot and shivery, back aching",
    # night sweats as what people see
    "I've had to change my pyjamas twice a night, drenched, and my back hurts",
    "waking up clammy and damp every night and the lower back aches",
    "the bed's wet with sweat every morning, back's sore as well",
    # cancer named by a treatment, all clear, or a ribbon
    "all clear after chemo two years ago but now my lower back aches",
    "had a tumour cut out of my lung, now new back pain",
    # weight going on its own
    "my jeans are falling off me and I haven't been dieting",
    "the scale keeps dropping though I eat the same as ever",
    "my weight keeps going down by itself and my back hurts",
    # pain that no position or rest touches
    "can't get comfy at night no matter what I do, back's aching all night",
    "tossing and turning every night with this back pain, nothing eases it",
    # mid-back with no strain
    "ache right between my shoulder blades and I haven't done anything to it",
    "pain up high behind my ribs in the middle of my back, no idea what caused it",
    # thin bones or steroids with a knock
    "been on prednisolone for years and I hurt my back lifting the shopping",
    # weak immunity
    "I'm a kidney transplant patient and my back has started aching",
    "my white count is really low from chemo and my back started hurting",
    # recent infection
    "had a water infection last week, took tablets, now my back is sore",
    "my piercing got infected and now there's a new pain in my back",
]

PROVIDER = [
    # one leg that feels wrong
    "my left foot feels like someone else's since the deadlifts",
    "right calf feels muffled, like it's wrapped in cling film",
    # pain travelling down one leg
    "a hot wire down the back of my right thigh after deadlifts",
    "it runs from my back right down into my calf like electricity",
    # one leg weaker
    "can't do a single leg calf raise on the left anymore, the right is fine",
    "my left leg has no power on the stairs since last week",
    "right leg feels noodly compared to the left since Monday",
    # something went
    "felt something give in my back on the last deadlift, sore ever since",
    "felt it go on the last rep. back's not right now.",
    "heard a twang in my lower back and it hurt straight away",
    # lay diagnosis
    "pretty sure it's a disc, it feels exactly like last time",
    "my sciatica has flared up on the right side",
    # a changed walk
    "walking like a cowboy since the session, back's the problem",
    "been dragging my left leg a bit when I walk since Sunday",
    # rising and not easing
    "each week my back is a bit worse than the one before",
    "took a week off and the back pain hasn't eased at all",
    "rested all week and my back is still the same",
    "it's been six weeks and my back still isn't any better",
    "a month on and my back is no better",
]

CALM = [
    "the weather has been freezing and hot in turns, my back feels great though",
    "shooting pains in my bank account after buying new shoes",
    "limping along with my diet this week, back's fine",
    "I had a kidney infection years ago, fully treated, no back issues since",
    "I have osteoporosis but nothing has happened, just want to get stronger",
    "why does back pain at night worry doctors more?",
    "my left leg was weak after surgery two years ago, fully recovered now",
    "why would my right leg be weaker than my left on lunges?",
    "ten out of ten would do leg day again",
    "two more reps than last week on the rows, getting there",
    "the sauna left me drenched, bed early tonight",
    "lying down after the session sorts my back out completely",
    "my back cracked nicely when I stretched, felt great",
    "feverishly refreshing the booking page for the new gym",
]


@pytest.mark.parametrize("text", URGENT)
def test_an_urgent_sign_in_roundabout_words_reaches_urgent(text: str) -> None:
    assert screen(text).tier >= Tier.URGENT, (text, screen(text))


@pytest.mark.parametrize("text", PROVIDER)
def test_a_provider_sign_in_roundabout_words_reaches_provider(text: str) -> None:
    assert screen(text).tier >= Tier.PROVIDER, (text, screen(text))


@pytest.mark.parametrize("text", CALM)
def test_a_harmless_sense_of_a_sign_word_raises_no_alarm(text: str) -> None:
    assert screen(text).tier < Tier.PROVIDER, (text, screen(text))
