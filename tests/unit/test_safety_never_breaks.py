"""The screen reads any text, however mangled, without falling back to its error answer."""
from __future__ import annotations

import random

from bench.safety_eval import load, load_fresh
from core.safety.screening import screen

_ALPHABET = "abcdefghijklmnopqrstuvwxyz  .,?!'-&/:;()|_éü’😂🍑"


def _mangled(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 5)):
        if len(chars) < 2:
            break
        at = rng.randrange(len(chars) - 1)
        chars[at] = rng.choice(_ALPHABET)
    return "".join(chars)


def test_mangled_corpus_messages_never_reach_the_screening_error_answer() -> None:
    rng = random.Random(29)
    texts = [item.text for item in load("dev") + load_fresh()]
    broken = [t for t in (_mangled(rng.choice(texts), rng) for _ in range(1500))
              if "screening_error" in screen(t).triggers]
    assert broken == []


def test_both_with_no_limb_named_before_a_clause_break_is_read_not_crashed_on() -> None:
    found = screen("Both l)gs are getting weaker throsgh the ady.")
    assert "screening_error" not in found.triggers
    assert all(found.heard)
