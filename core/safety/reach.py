"""Whether a pattern could match at a word, judged from the words within its reach.

A word-window rule `A (?: \\w+){0,4} B` is tried at every A word, though most A words have no B
word within five words. From the pattern itself (shapes.tree) we read, per top-level alternative,
every set of word pieces a match must contain one of (not only the most selective set, as
shapes.required does) and the most spaces a match can hold. A match starting at word k then lies
within words k..k+spaces, so when some set has no piece in those words the try is skipped. The
words holding each set's pieces are found once per message from a per-word cache (no substring
search per try). Each answer may say less than the pattern, never more.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from re import _parser as sre  # type: ignore[attr-defined]  # stdlib's own regex parser
from typing import Any

from core.safety.words import CACHE_LIMIT

_INF = 1 << 30
_MOST = 8  # alternatives kept per pattern: past that, a part counts only by its pieces in common
_SHORTEST = 3  # a set with a shorter piece is in nearly every window: it only costs time
_QUIET = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)

Need = frozenset[str]  # word pieces (no spaces), one of which a match must contain
Alternative = tuple[int, tuple[Need, ...]]  # most spaces in a match, the sets it needs


def _spaces(items: Any) -> int:
    """The most spaces a match of `items` can hold (_INF: no bound known)."""
    total = 0
    for op, arg in items:
        if op is sre.LITERAL:
            total += arg == 32
        elif op in _QUIET:
            continue
        elif op is sre.IN:
            total += _class_has_space(arg)
        elif op is sre.SUBPATTERN:
            total += _spaces(arg[-1])
        elif op is sre.BRANCH:
            total += max(_spaces(alt) for alt in arg[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            inner = _spaces(arg[2])
            total += 0 if inner == 0 else _INF if arg[1] == sre.MAXREPEAT else inner * arg[1]
        elif op is sre.NOT_LITERAL:
            total += arg != 32
        else:  # any character, a back reference, a conditional: not bounded here
            return _INF
    return min(total, _INF)


def _class_has_space(arg: Any) -> bool:
    for kind, value in arg:
        if kind is sre.LITERAL and value != 32:
            continue
        if kind is sre.RANGE and not value[0] <= 32 <= value[1]:
            continue
        if kind is sre.CATEGORY and value in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT):
            continue
        return True
    return False


def _piece(run: str) -> str:
    return max(run.split(" "), key=len)


def _one_of(options: list[list[Need]]) -> list[Need]:
    """What each of several ways needs in common: a piece of any way's first set, when every way
    needs something (the union loses the pairing but not the need)."""
    if not options or any(not o for o in options):
        return []
    return [frozenset().union(*(max(o, key=lambda s: min(map(len, s))) for o in options))]


def _ways(items: Any) -> list[list[Need]]:
    """Every match of `items` contains a piece of each set of one of these ways (DNF, cut short)."""
    ways: list[list[Need]] = [[]]
    run = ""
    for op, arg in list(items) + [(None, None)]:
        if op is sre.LITERAL:
            run += chr(arg)
            continue
        if _piece(run):
            ways = [w + [frozenset({_piece(run)})] for w in ways]
        run = ""
        part: list[list[Need]] | None = None
        if op is sre.SUBPATTERN and not arg[1] & re.IGNORECASE:
            part = _ways(arg[-1])
        elif op is sre.BRANCH:
            part = [w for alt in arg[1] for w in _ways(alt)]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            part = _ways(arg[2])
        if part is None or all(not w for w in part):
            continue
        if any(not w for w in part):
            continue  # one way needs nothing: the part needs nothing
        if len(ways) * len(part) > _MOST:
            ways = [w + _one_of(part) for w in ways]
        else:
            ways = [w + p for w in ways for p in part]
    return ways


def alternatives(pattern: str) -> tuple[Alternative, ...] | None:
    """Per top-level alternative, its most spaces and the sets it needs; None: never skip."""
    parsed = sre.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    items = list(parsed)
    tops = [items]
    if len(items) == 1 and items[0][0] is sre.BRANCH:
        tops = [list(alt) for alt in items[0][1][1]]
    found: list[Alternative] = []
    for top in tops:
        spaces = _spaces(top)
        ways = _ways(top)
        for way in ways:
            useful = tuple(sorted({s for s in way if min(map(len, s)) >= _SHORTEST}, key=sorted))
            if not useful or spaces >= _INF:
                return None  # this alternative can match anywhere: the pattern is always tried
            found.append((spaces, useful))
    return tuple(found) or None


class Reach:
    """The sets of many patterns, numbered, with the words that hold a piece of each."""

    def __init__(self, per_pattern: list[tuple[Alternative, ...] | None]) -> None:
        self._number: dict[Need, int] = {}
        self.checks: list[tuple[tuple[int, tuple[int, ...]], ...] | None] = []
        for alts in per_pattern:
            if alts is None:
                self.checks.append(None)
                continue
            self.checks.append(tuple((spaces, tuple(self._number.setdefault(s, len(self._number))
                                                    for s in needs)) for spaces, needs in alts))
        self._by_piece: dict[str, list[int]] = {}
        for need, number in self._number.items():
            for piece in need:
                self._by_piece.setdefault(piece, []).append(number)
        self._sizes = sorted({len(p) for p in self._by_piece})
        self._per_word: dict[str, tuple[int, ...]] = {}

    def _sets_in(self, word: str) -> tuple[int, ...]:
        found = self._per_word.get(word)
        if found is None:
            numbers: set[int] = set()
            by_piece, size = self._by_piece, len(word)
            for length in self._sizes:
                for i in range(size - length + 1):
                    numbers.update(by_piece.get(word[i:i + length], ()))
            found = tuple(sorted(numbers))
            if len(self._per_word) > CACHE_LIMIT:
                self._per_word.clear()
            self._per_word[word] = found
        return found

    def places(self, parts: dict[str, list[int]]) -> list[list[int]]:
        """For each set, the numbers of the space-separated parts of a text (Index.parts) that
        hold one of its pieces, in order."""
        places: list[list[int]] = [[] for _ in self._number]
        touched: set[int] = set()
        for word, where in parts.items():
            for number in self._sets_in(word):
                places[number].extend(where)
                touched.add(number)
        for number in touched:
            places[number].sort()
        return places


def could(checks: tuple[tuple[int, tuple[int, ...]], ...], places: list[list[int]], k: int) -> bool:
    """Whether a match starting at part k could hold a piece of every set of one alternative."""
    for spaces, needs in checks:
        last = k + spaces
        for number in needs:
            where = places[number]
            i = bisect_left(where, k)
            if i == len(where) or where[i] > last:
                break
        else:
            return True
    return False
