"""Round 2 of the fresh emergency corpus: new sentences of our own, per family of wordings, to check that
the vocabulary added for its misses reaches wordings nobody wrote (and that harmless senses stay quiet)."""
from __future__ import annotations

import pytest

from core.safety.screening import Tier, screen

EMERGENCY = [
    # the stream will not start or stop, told as what happens at the toilet
    "Stood at the toilet for ages this morning and nothing came out even though I'm bursting.",
    "It takes forever to get going when I wee now, never used to.",
    "Once I start peeing I can't turn it off, it's new since Friday.",
    # known only by another sense, the place in another sentence
    "Went to the bathroom. Only knew I was going from the sound.",
    "Sat on the toilet and didn't feel any of it come out.",
    # accidents not felt
    "Couldn't hold it on the way to the loo, first time ever, my back has been bad all week.",
    "Found a mark in my underwear I never felt, since my back went.",
    # erection and feeling during sex
    "Can't keep an erection since my back went on Tuesday.",
    "Had sex last night and couldn't feel a thing, that's new since my back went.",
]
HARMLESS = [
    "Went to the loo before squats, felt nothing in my back the whole session, great day.",
    "Kettle is not starting, nothing coming out of the tap either, landlord is useless.",
    "Couldn't hold the plank past a minute, my core is weak.",
    "I can't finish the program this week, work is mad.",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_an_indirectly_told_card_sign_is_an_emergency_at_once(text: str) -> None:
    found = screen(text)
    assert found.tier is Tier.EMERGENCY and not found.needs_confirmation, found


@pytest.mark.parametrize("text", HARMLESS)
def test_everyday_words_of_the_same_shape_raise_nothing(text: str) -> None:
    assert screen(text).tier < Tier.PROVIDER, screen(text)
