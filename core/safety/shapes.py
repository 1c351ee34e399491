"""What every match of a regex must look like, read from the pattern itself so it cannot drift.

gate.py uses these to try a pattern only where it could match: the literal text a match needs
somewhere (`required`), the word a match starts with (`firsts`, `token_starts`) and the literal
text it begins with (`heads`). Each answer may say less than the pattern does, never more: a
filter built on it can skip a place only when the pattern could not match there.
"""
from __future__ import annotations

import re
import string
from re import _parser as sre  # type: ignore[attr-defined]  # stdlib's own regex parser
from typing import Any

_LITERAL, _SUBPATTERN, _BRANCH, _IN, _AT = sre.LITERAL, sre.SUBPATTERN, sre.BRANCH, sre.IN, sre.AT
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_LOOKAROUNDS = (sre.ASSERT, sre.ASSERT_NOT)
_WORD = frozenset(string.ascii_letters + string.digits + "_")

Starts = frozenset[tuple[str, bool]]  # (literal, True when it is the whole first word)


def tree(pattern: str) -> Any:
    """The pattern as the stdlib's parser reads it."""
    return sre.parse(pattern)


def parse(pattern: str, parsed: Any = None) -> list[Any] | None:
    """The pattern's parse, or None when its flags make literal text match more than itself."""
    parsed = sre.parse(pattern) if parsed is None else parsed
    return None if parsed.state.flags & re.IGNORECASE else list(parsed)


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    if not candidates:
        return None
    # the most selective set: its shortest piece is longest, then the fewest pieces
    return max(candidates, key=lambda c: (min(len(s) for s in c), -len(c)))


def required(items: Any) -> frozenset[str] | None:
    """Pieces of text of which every match contains at least one, or None when there are none."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is _LITERAL:
            run += chr(arg)
            continue
        if run:
            candidates.append(frozenset({run}))
            run = ""
        inner: frozenset[str] | None = None
        if op is _SUBPATTERN:
            inner = required(arg[-1])
        elif op is _BRANCH:
            alternatives = [required(alt) for alt in arg[1]]
            if all(a is not None for a in alternatives):
                inner = frozenset().union(*(a for a in alternatives if a is not None))
        elif op in _REPEATS and arg[0] >= 1:
            inner = required(arg[2])
        if inner:
            candidates.append(inner)
    if run:
        candidates.append(frozenset({run}))
    return _best(candidates)


def firsts(items: list[Any]) -> Starts | None:
    """Literal starts every match begins with, each marked True when it is a whole word.

    None when a match could begin with something that is not a literal (then scan it all).
    This decides where Starts tries a pattern: at the words of a text that fit one of these.
    """
    run = ""
    for index, (op, arg) in enumerate(items):
        rest = items[index + 1:]
        if op is _LITERAL:
            if chr(arg) == " ":
                return frozenset({(run, True)}) if run else None
            run += chr(arg)
            continue
        if op is _AT:
            if run:
                return frozenset({(run, True)})
            continue
        if run:
            return frozenset({(run, False)})
        if op is _SUBPATTERN:
            return firsts(list(arg[-1]) + rest)
        if op is _BRANCH:
            found = [firsts(list(alt) + rest) for alt in arg[1]]
            return None if any(f is None for f in found) else frozenset().union(*found)  # type: ignore[arg-type]
        if op in _REPEATS:
            first = firsts(list(arg[2]) + rest)
            if arg[0] >= 1 or first is None:
                return first
            skipped = firsts(rest)
            return None if skipped is None else first | skipped
        return None
    return frozenset({(run, True)}) if run else None


def _first_chars(op: Any, arg: Any) -> frozenset[str] | None:
    """The word characters a character class can match, or None when it can match others too."""
    if op is _LITERAL:
        chars = {chr(arg)}
    elif op is _IN:
        chars = set()
        for kind, value in arg:
            if kind is _LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < 64:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                chars.update(string.digits)  # only over ASCII text (see gate.Index.clean)
            else:
                return None
    else:
        return None
    return frozenset(chars) if chars <= _WORD else None


def token_starts(items: list[Any], boundary: bool = False, run: str = "") -> Starts | None:
    """Like `firsts`, but only when it is certain: every match begins at a word boundary with a
    word character, so over text of words and spaces (gate.Index.clean) it begins at a word that
    is (True) or starts with (False) one of these. None when that cannot be shown."""
    for index, (op, arg) in enumerate(items):
        rest = items[index + 1:]
        if op is _LITERAL and chr(arg) in _WORD and (boundary or run):
            run += chr(arg)
        elif op is _LITERAL and chr(arg) == " ":
            return frozenset({(run, True)}) if run else None
        elif op is _AT and arg is sre.AT_BOUNDARY:
            if run:
                return frozenset({(run, True)})
            boundary = True
        elif op in _LOOKAROUNDS:
            continue  # it only narrows the matches
        elif run:
            return frozenset({(run, False)})
        elif not boundary:
            return None
        elif op is _SUBPATTERN and not arg[1] & re.IGNORECASE:
            return token_starts(list(arg[-1]) + rest, boundary)
        elif op is _BRANCH:
            found = [token_starts(list(alt) + rest, boundary) for alt in arg[1]]
            return None if any(f is None for f in found) else frozenset().union(*found)  # type: ignore[arg-type]
        elif op in _REPEATS and arg[0] >= 1:
            return token_starts(list(arg[2]), boundary)
        elif op in _REPEATS:
            first, skipped = token_starts(list(arg[2]), boundary), token_starts(rest, boundary)
            return None if first is None or skipped is None else first | skipped
        else:
            chars = _first_chars(op, arg)
            return None if chars is None else frozenset((c, False) for c in chars)
    return frozenset({(run, False)}) if run else None


_Heads = frozenset[tuple[str, bool]]  # (text, True when the text so far is all of the part)
_EMPTY: _Heads = frozenset({("", True)})


def _fewer(found: _Heads, most: int) -> _Heads:
    """`found` cut short until at most `most` remain (a cut text still begins every match)."""
    if len(found) <= most:
        return found
    size = max(len(text) for text, _ in found)
    cut = {text for text, _ in found}
    while len(cut) > most and size > 0:
        size -= 1
        cut = {text[:size] for text in cut}
    return frozenset((text, False) for text in cut)


def _then(first: _Heads, second: _Heads, most: int) -> _Heads:
    joined = {(a, False) for a, whole in first if not whole}
    joined.update((a + b, whole) for a, complete in first if complete for b, whole in second)
    return _fewer(frozenset(joined), most)


def _heads(items: Any, most: int) -> _Heads:
    found = _EMPTY
    for op, arg in items:
        if op is _AT or op in _LOOKAROUNDS:
            continue  # zero width: skipping it only loosens the filter
        if op is _LITERAL:
            part: _Heads = frozenset({(chr(arg), True)})
        elif op is _SUBPATTERN and not arg[1] & re.IGNORECASE:
            part = _heads(arg[-1], most)
        elif op is _BRANCH:
            part = frozenset().union(*(_heads(alt, most) for alt in arg[1]))
        elif op in _REPEATS:
            part = _heads(arg[2], most)
            if arg[1] != 1:  # after the first time round, what follows is not known
                part = frozenset((text, False) for text, _ in part)
            if arg[0] == 0:
                part |= _EMPTY
        else:
            part = frozenset({("", False)})
        found = _then(found, part, most)
        if not any(whole for _, whole in found):
            break
    return found


def heads(items: list[Any], most: int = 400) -> tuple[str, ...] | None:
    """Literal texts (across spaces) of which every match begins with one; None when that says
    nothing. Each stops at anything that is not plain text; too many are cut shorter."""
    found = {text for text, _ in _heads(items, most)}
    return None if "" in found else tuple(sorted(found))
