"""Emergency signs said in words nobody wrote a pattern for (issue 13): the cauda equina card.

Each sentence was invented for this test, sign by sign and voice by voice (plain, slang, euphemism,
non-native, dictated, typo'd), before looking at the development corpus's misses. Every one must get
the emergency advice at once: an emergency sign plainly stated never waits for a confirmation.
"""
from __future__ import annotations

import pytest

from core.safety.screening import screen
from core.safety.signs import Tier

SADDLE = [
    "my bum cheeks feel like they belong to someone else",
    "the bit I sit on has gone numb",
    "feels like I've had a dentist injection down below",
    "numb saddle area since yesterday",
    "no sensation around my anus since the deadlifts",
    "skin round my back passage feels like cotton wool",
    "when I touch my inner thigh I can barely feel it",
    "my nuts feel numb and it's not cold",
    "my privates feel dead",
    "lost the feeling in my perineum",
    "half my backside feels frozen, like after a jab at the dentist",
    "pins n needles in my crotch all morning",
    "numbness spreading from my bum to the inside of my legs",
    "my arse is numb and it's been 2 days",
    "no feeling in my butt cheeks since the deadlifts",
    "pins and needles in my willy since I hurt my back",
    "I have no sensitivity in my bottom area",
    "the zone between my legs is without feeling",
    "I feel numbness in my intimate area",
    "uh my groin area is kind of numb since this morning",
    "my gorin is numb",
    "tinglng round my butthole today",
    "my groin, it's gone numb",
    "my backside — it's completely numb",
    "can't feel my bum properly, it's like it's not there",
    "both butt cheeks are numb and tingly",
    "my ring piece feels numb, sorry for the detail",
    "my saddle area is numb like I rode a horse all day but I haven't",
    "the inside of my thighs has gone numb",
    "I can't feel anything around my back passage",
    "numb around my bum hole",
    "my glutes are numb, not sore, actually numb",
    "buttocks numb since this morning",
    "when i sit down i cant feel the chair under my bum",
    "I can't feel myself when I wipe",
    "toilet roll feels weird when I wipe, like it's numb",
    "wiping my bum feels like wiping someone else's",
    "I can't feel the paper when I wipe after the loo",
    "cleaning myself after the toilet I hardly feel anything",
    "dont feel the tissue when i wipe",
]

URINE = [
    "I stand at the toilet for ages and nothing comes",
    "takes forever to get going when I pee now",
    "have to strain really hard to wee",
    "can't get the pee started",
    "bladder's full, but nothing's coming out",
    "I need to pee but it won't come",
    "been trying to piss for 10 minutes, nothing",
    "I haven't peed since yesterday morning",
    "haven't been able to wee all day",
    "I can't empty my bladder",
    "I can't stop peeing once I start",
    "can't hold my pee in",
    "pee just comes out on its own",
    "I keep leaking pee",
    "wet patch on my shorts and I didn't notice it happening",
    "started wearing pads because I keep leaking",
    "I peed myself during squats and didn't feel it",
    "I wet myself walking home from the gym",
    "pissed myself a bit on the last set and didn't even know",
    "my boxers were wet and I had no idea",
    "I can't feel myself peeing",
    "can't feel the pee coming out",
    "I don't feel it when I wee any more",
    "peeing feels numb",
    "no sensation when I urinate",
    "only know I'm peeing because I can hear it",
    "I don't know when I need to go any more",
    "no urge to pee at all today, drank loads",
    "can't tell when my bladder is full",
    "lost the feeling of needing to pee",
    "my stream stops and starts since the back went",
    "pee comes out in dribs and drabs and I have to push",
    "i have difficulty to make pee since two days",
    "um i cant really pee properly since the gym",
    "cnat pee properly since yesterday",
    "the flow is really weak and I can't stop it once it starts",
]

BOWEL = [
    "I pooed myself and didn't know till later",
    "I can't hold my poo in",
    "my bowels just let go on the walk home",
    "soiled my pants without feeling it",
    "can't feel when I need a number two",
    "can't feel myself going when I poo",
    "farted and something came out, didn't feel it",
    "can't tell if it's wind or poo any more",
    "I can't control my farts, they just slip out",
    "had an accident in my pants, didn't feel it coming",
    "I shat myself and I didn't feel it",
    "no control of my bowels since yesterday",
    "can't clench my bum any more",
    "can't feel my poo coming out",
    "my bum leaks and I can't control it",
    "I don't feel it when I pass wind",
]

SEX = [
    "can't get it up since I hurt my back",
    "no morning wood since the injury",
    "couldn't get hard last night, never happened before",
    "can't come any more since the back went",
    "couldn't ejaculate last night",
    "couldn't feel anything during sex",
    "sex felt numb last night",
    "my dick goes numb during sex",
    "orgasm felt like nothing, no feeling",
    "lost feeling in my penis",
    "no feeling down there when I'm with my girlfriend",
    "my erections have stopped since my back went",
    "my willy doesn't work since the back injury",
    "I have problem with erection since my back pain",
    "cant get an erection since the deadlift thing",
]


@pytest.mark.parametrize("said", SADDLE + URINE + BOWEL + SEX)
def test_a_cauda_equina_sign_in_new_words_gets_emergency_advice_at_once(said: str) -> None:
    found = screen(said)
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, (said, found)
