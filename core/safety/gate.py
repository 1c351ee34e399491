"""Regexes with a cheap substring gate, so a long message skips the patterns it cannot match.

Python's regex engine scans `\\b(?:a|b|c)` one character at a time, which for
dozens of patterns over a 4,000-character message costs milliseconds. Every
pattern here needs at least one literal piece of text to match; a plain `in`
test for those pieces (fast, in C) tells us when a scan would find nothing.
The pieces are read from the pattern itself, so they cannot drift from it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from re import _parser as sre  # type: ignore[attr-defined]  # stdlib's own regex parser
from typing import Any

_LITERAL, _SUBPATTERN, _BRANCH = sre.LITERAL, sre.SUBPATTERN, sre.BRANCH
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    if not candidates:
        return None
    # the most selective set: its shortest piece is longest, then the fewest pieces
    return max(candidates, key=lambda c: (min(len(s) for s in c), -len(c)))


def _required(items: Any) -> frozenset[str] | None:
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
            inner = _required(arg[-1])
        elif op is _BRANCH:
            alternatives = [_required(alt) for alt in arg[1]]
            if all(a is not None for a in alternatives):
                inner = frozenset().union(*(a for a in alternatives if a is not None))
        elif op in _REPEATS and arg[0] >= 1:
            inner = _required(arg[2])
        if inner:
            candidates.append(inner)
    if run:
        candidates.append(frozenset({run}))
    return _best(candidates)


class Words:
    """Which of a known vocabulary of word pieces occur in one text, found in one pass."""

    def __init__(self, text: str, vocabulary: frozenset[str]) -> None:
        self.distinct = set(text.split())  # kept: every pattern set over this text starts from it
        joined = " ".join(self.distinct)
        self.vocabulary = vocabulary
        self.present = frozenset(w for w in vocabulary if w in joined)


def _longest_word(piece: str) -> str:
    return max(piece.split(" "), key=len)


@dataclass(frozen=True)
class Gated:
    """A compiled pattern and the pieces of text it needs; () means it is always scanned."""

    pattern: re.Pattern[str]
    needs: tuple[str, ...]
    words: frozenset[str]  # the longest word of each needed piece: one must be in the text

    def could_match(self, words: Words) -> bool:
        # a gate whose words were left out of the vocabulary would wrongly skip: scan instead
        return not self.words or not self.words.isdisjoint(words.present) \
            or not self.words <= words.vocabulary

    def finditer(self, text: str, words: Words, boundary: str = "") -> Iterator[re.Match[str]]:
        """Matches in `text`; with a `boundary` no pattern crosses, only the stretches between
        boundaries that hold a needed piece are scanned."""
        if not self.could_match(words):
            return
        if not boundary or not self.needs:
            yield from self.pattern.finditer(text)
            return
        for start, end in _stretches(text, self.needs, boundary):
            yield from self.pattern.finditer(text, start, end)

    def search(self, text: str, words: Words) -> re.Match[str] | None:
        return self.pattern.search(text) if self.could_match(words) else None

    def sub(self, replacement: str, text: str, words: Words) -> str:
        return self.pattern.sub(replacement, text) if self.could_match(words) else text


def _stretches(text: str, pieces: tuple[str, ...], boundary: str) -> list[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for piece in pieces:
        at = text.find(piece)
        while at >= 0:
            start = text.rfind(boundary, 0, at)
            start = 0 if start < 0 else start + len(boundary)
            end = text.find(boundary, at + len(piece))
            end = len(text) if end < 0 else end
            found.add((start, end))
            at = text.find(piece, end)
    return sorted(found)


def vocabulary(gates: Iterable[Gated]) -> frozenset[str]:
    """Every word piece the gates look for: build a message's Words over this."""
    return frozenset().union(*(g.words for g in gates))


def gated(pattern: str) -> Gated:
    needs = tuple(sorted(_required(sre.parse(pattern)) or ()))
    words = frozenset(_longest_word(p) for p in needs)
    if any(not w for w in words):
        needs, words = (), frozenset()  # a piece made only of spaces says nothing: always scan
    return Gated(pattern=re.compile(pattern), needs=needs, words=words)


_AT = sre.AT


def _firsts(items: list[Any]) -> frozenset[tuple[str, bool]] | None:
    """Literal starts every match begins with, each marked True when it is a whole word.

    None when a match could begin with something that is not a literal (then scan it all).
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
            return _firsts(list(arg[-1]) + rest)
        if op is _BRANCH:
            found = [_firsts(list(alt) + rest) for alt in arg[1]]
            return None if any(f is None for f in found) else frozenset().union(*found)  # type: ignore[arg-type]
        if op in _REPEATS:
            first = _firsts(list(arg[2]) + rest)
            if arg[0] >= 1 or first is None:
                return first
            skipped = _firsts(rest)
            return None if skipped is None else first | skipped
        return None
    return frozenset({(run, True)}) if run else None


class Starts:
    """Finds matches of many patterns by trying each only where one of its first words stands.

    Text is canonical words split by single spaces, so a match can only begin at a word.
    """

    def __init__(self, patterns: list[str]) -> None:
        self.compiled = [re.compile(p) for p in patterns]
        # a pattern whose rare required words are absent is skipped before any word is tried
        self.gates = [gated(p) for p in patterns]
        self._vocabulary = vocabulary(self.gates)
        self._whole: dict[str, list[int]] = {}
        self._prefix: dict[str, list[tuple[str, int]]] = {}
        self._short: list[tuple[str, int]] = []
        self._anywhere: list[int] = []
        for number, pattern in enumerate(patterns):
            firsts = _firsts(list(sre.parse(pattern)))
            if not firsts:
                self._anywhere.append(number)
                continue
            for start, whole in firsts:
                if whole:
                    self._whole.setdefault(start, []).append(number)
                elif len(start) >= 3:
                    self._prefix.setdefault(start[:3], []).append((start, number))
                else:
                    self._short.append((start, number))

    def vocabulary(self) -> frozenset[str]:
        return self._vocabulary

    def _starting_words(self, words: set[str], live: set[int]) -> dict[str, list[int]]:
        """For each distinct word of a text that a live pattern can start with, those patterns."""
        found: dict[str, list[int]] = {}
        for word in words.intersection(self._whole):
            numbers = [n for n in self._whole[word] if n in live]
            if numbers:
                found[word] = numbers
        for word in [w for w in words if w[:3] in self._prefix]:
            for start, number in self._prefix[word[:3]]:
                if number in live and word.startswith(start):
                    found.setdefault(word, []).append(number)
        if self._short:
            shorts = tuple(start for start, _ in self._short)
            for word in [w for w in words if w.startswith(shorts)]:
                for start, number in self._short:
                    if number in live and word.startswith(start):
                        found.setdefault(word, []).append(number)
        return found

    def matches(self, text: str, words: Words | None = None, *, first: bool = False
                ) -> list[tuple[int, re.Match[str]]]:
        """(pattern number, match) for every match that starts at a word (only one with `first`).

        `words`: the text's Words over a vocabulary that includes self.vocabulary().
        """
        found: list[tuple[int, re.Match[str]]] = []
        words = words if words is not None else Words(text, self.vocabulary())
        live = {n for n, gate in enumerate(self.gates) if gate.could_match(words)}
        if not live:
            return found
        padded = " " + text + " "
        for word, numbers in self._starting_words(words.distinct, live).items():
            needle = " " + word + " "
            at = padded.find(needle)
            while at >= 0:
                # `at` in padded is the word's offset in text (the leading space makes up the 1)
                for number in numbers:
                    match = self.compiled[number].match(text, at)
                    if match is not None:
                        found.append((number, match))
                        if first:
                            return found
                at = padded.find(needle, at + len(needle) - 1)
        for number in self._anywhere:
            if number in live:
                found.extend((number, m) for m in self.compiled[number].finditer(text))
        return found
