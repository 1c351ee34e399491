"""Everyday words one keyboard slip from a warning-sign word are never "corrected" into one.

"cancel" is one letter from "cancer", "talking" from "walking", "single" from "tingle": a typo
corrector that does not know real words would invent warning signs in ordinary chat.
"""
from __future__ import annotations

import pytest

from core.safety.screening import Tier, screen
from core.safety.typos import corrected

EVERYDAY = (
    "cancel acting barley brunch brushing burying canter clipped crouch crutch dancer election feeding"
    " hunting jingle leading leaning leaping leaving lightness loving massage mingle peeling piping posing"
    " property rarely shipped shouting single sized starved stated talking tangle turning wiring wrapped"
).split()


@pytest.mark.parametrize("word", EVERYDAY)
def test_an_everyday_word_is_never_corrected_into_a_sign_word(word: str) -> None:
    assert corrected(word) is None


@pytest.mark.parametrize("said", ["cancel", "Cancel", "/cancel", "cancel that", "I had to cancel Friday's session",
                                  "talking to my mate between sets", "single-arm rows done", "turning the music up"])
def test_ordinary_messages_with_those_words_raise_nothing(said: str) -> None:
    assert screen(said).tier < Tier.PROVIDER


def test_real_typos_of_sign_words_are_still_read_as_the_sign_word() -> None:
    assert corrected("pian") == "pain"
    assert corrected("lges") == "legs"
    assert screen("my lges are both numb and weak").tier >= Tier.EMERGENCY
