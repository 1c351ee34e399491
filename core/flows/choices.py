"""Reading an answer to a numbered question: a number in any script, a name, or a word for it.

A miss repeats the options, so someone without buttons can see what to type.
"""
from __future__ import annotations

import re

from core.errors import BadInput
from core.numbers import whole_number
from core.text import answers as words
from core.text import onboarding as say
from core.turn import render_numbered

Options = tuple[tuple[str, str], ...]


def match(word: str, options: Options) -> str | None:
    word = " ".join(word.strip().lower().rstrip(".").split())
    number = whole_number(word)
    if number is not None:
        return options[number - 1][0] if 1 <= number <= len(options) else None
    for key, label in options:
        names = {key, key.replace("_", " "), label.lower(), label.lower().split(" (")[0]}
        names.update(words.OTHER_NAMES.get(key, ()))
        if word in names or (len(word) >= 3 and label.lower().startswith(word)):
            return key
    return None


def with_options(message: str, options: Options) -> str:
    """A refusal followed by the options again: a text-only chat has no buttons to look back at."""
    return render_numbered(message, options)


def pick_one(said: str, options: Options) -> str:
    key = match(said, options)
    if key is None:
        raise BadInput(with_options(say.PICK_ONE.format(first=1, last=len(options)), options))
    return key


def pick_many(said: str, options: Options) -> tuple[str, ...]:
    """Numbers or names, separated by commas, spaces or "and": "1 4 5", "dumbbells, pull-up bar"."""
    keys: list[str] = []
    for chunk in (c.strip() for c in re.split(r"[,;]|\band\b", said.lower())):
        if not chunk:
            continue
        whole = match(chunk, options)
        if whole is not None:
            keys.append(whole)
            continue
        for word in chunk.split():
            key = match(word, options)
            if key is None:
                raise BadInput(with_options(say.PICK_FROM_LIST.format(bad=f'"{word[:30]}"'), options))
            keys.append(key)
    if not keys:
        raise BadInput(with_options(say.PICK_FROM_LIST.format(bad='""'), options))
    return tuple(dict.fromkeys(keys))


def equipment(said: str, picked: tuple[str, ...], *, pressed: bool) -> tuple[bool, tuple[str, ...]]:
    """A pressed button toggles one item and waits for Done; anything typed is the whole answer."""
    if said.lower() in words.FINISH_WORDS:
        return True, picked
    keys = pick_many(said, say.EQUIPMENT_CHOICES)
    if pressed and len(keys) == 1 and keys[0] != "none":
        toggled = tuple(p for p in picked if p != keys[0]) if keys[0] in picked else picked + keys
        return False, toggled
    return True, tuple(k for k in keys if k != "none") if len(keys) > 1 else keys


def is_way_out(said: str) -> bool:
    return said.strip().lower().lstrip("/") in words.WAY_OUT_WORDS
