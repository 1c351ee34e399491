"""Regexes compiled with their alternations grouped by first letter, so each letter is checked once.

Python's engine tries the alternatives of `(?:pain|pains|ache|...)` one after the other; with
a hundred alternatives that is a hundred checks at every place tried. Alternatives that begin
with different letters can never both match at one place, so their order does not matter;
those that share a first letter keep theirs. `pain|pains|ache` becomes `pain(?:|s)|ache`, which
finds exactly the same matches (and the same first match) with fewer checks.
"""
from __future__ import annotations

import re
from re import _compiler, _parser as sre  # type: ignore[attr-defined]  # stdlib's own regex compiler
from typing import Any

_LITERAL, _BRANCH, _SUBPATTERN = sre.LITERAL, sre.BRANCH, sre.SUBPATTERN
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_LOOKAROUNDS = (sre.ASSERT, sre.ASSERT_NOT)


def _grouped(alternatives: list[Any], state: Any) -> list[tuple[Any, Any]]:
    """The items of one alternation, grouped by first letter when every alternative starts with one."""
    if any(not alt.data or alt.data[0][0] is not _LITERAL for alt in alternatives):
        return [(_BRANCH, (None, alternatives))]
    groups: dict[int, list[Any]] = {}
    for alt in alternatives:
        groups.setdefault(alt.data[0][1], []).append(alt)
    grouped: list[Any] = []
    for letter, alts in groups.items():
        if len(alts) == 1:
            grouped.append(alts[0])
            continue
        rests = [sre.SubPattern(state, list(alt.data[1:])) for alt in alts]
        grouped.append(sre.SubPattern(state, [(_LITERAL, letter)] + _grouped(rests, state)))
    if len(grouped) == 1:
        return list(grouped[0].data)
    return [(_BRANCH, (None, grouped))]


def _rebuilt(pattern: Any) -> Any:
    items: list[tuple[Any, Any]] = []
    for op, arg in pattern.data:
        if op is _BRANCH:
            items.extend(_grouped([_rebuilt(alt) for alt in arg[1]], pattern.state))
        elif op is _SUBPATTERN:
            items.append((op, (*arg[:-1], _rebuilt(arg[-1]))))
        elif op in _REPEATS:
            items.append((op, (arg[0], arg[1], _rebuilt(arg[2]))))
        elif op in _LOOKAROUNDS:
            items.append((op, (arg[0], _rebuilt(arg[1]))))
        elif op is sre.ATOMIC_GROUP:
            items.append((op, _rebuilt(arg)))
        else:
            items.append((op, arg))
    return sre.SubPattern(pattern.state, items)


def _folds_case(pattern: Any) -> bool:
    """Case folding makes two first letters one: then the order of alternatives matters."""
    if pattern.state.flags & re.IGNORECASE:
        return True
    for op, arg in pattern.data:
        inner: list[Any] = []
        if op is _BRANCH:
            inner = list(arg[1])
        elif op is _SUBPATTERN:
            if arg[1] & re.IGNORECASE:
                return True
            inner = [arg[-1]]
        elif op in _REPEATS:
            inner = [arg[2]]
        elif op in _LOOKAROUNDS:
            inner = [arg[1]]
        elif op is sre.ATOMIC_GROUP:
            inner = [arg]
        if any(_folds_case(p) for p in inner):
            return True
    return False


def compiled(pattern: str, parsed: Any = None) -> re.Pattern[str]:
    """`pattern` compiled to find the same matches with fewer checks (its .pattern is then None).
    `parsed`: its sre parse, when the caller has it already (it is not changed)."""
    parsed = sre.parse(pattern) if parsed is None else parsed
    if _folds_case(parsed):
        return re.compile(pattern)
    fast: re.Pattern[str] = _compiler.compile(_rebuilt(parsed), 0)
    return fast
