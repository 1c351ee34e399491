"""Many regexes over one text, each tried only where it could match, so the cost follows the words.

Python's regex engine scans `\\b(?:a|b|c)` one character at a time, which for dozens of
patterns over a 4,000-character message costs milliseconds. Instead a message is split once
into words with their offsets (words.Index, shared by every pattern set), and a pattern is tried
only at the words it can start with, where the text begins as every match must (its heads).
What a pattern can start with and begin as is read from the pattern itself (shapes.py), so it
cannot drift from it, and is worked out once per word per compiled set: per message the work is
a few set operations plus one pass over the words and the regex tries that can succeed, nearly
independent of the number of patterns. Patterns are compiled with their alternations grouped by
first letter (trie.py). Results are exactly those of scanning with each pattern
(bench/safety_equivalence.py checks it).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from core.safety import shapes, trie
from core.safety.words import CACHE_LIMIT, Heads, Index, Lead, Words as Words

def _longest_word(piece: str) -> str:
    return max(piece.split(" "), key=len)


@dataclass(frozen=True, eq=False)
class Gated:
    """A compiled pattern and the pieces of text it needs; () means it is always scanned."""

    pattern: re.Pattern[str]
    needs: tuple[str, ...]
    words: frozenset[str]  # the longest word of each needed piece: one must be in the text
    lead: Lead | None = None  # where every match starts, when that is certain
    heads: tuple[str, ...] | None = None  # literal texts one of which every match begins with
    firsts: shapes.Starts | None = None  # the words Starts tries it at (shapes.firsts)

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
        index = words.index(text) if self.lead is not None else None
        if self.lead is None or index is None or not index.clean:
            return self.pattern.search(text) if self.could_match(words) else None
        # the leftmost match starts at the first of the lead's words where the pattern matches
        for at in self.lead.offsets(index):
            match = self.pattern.match(text, at)
            if match is not None:
                return match
        return None

    def sub(self, replacement: str, text: str, words: Words) -> str:
        return self.pattern.sub(replacement, text) if self.could_match(words) else text


_AS_GATED: dict[int, tuple[re.Pattern[str], Gated | None]] = {}


def search(pattern: re.Pattern[str], text: str, words: Words) -> re.Match[str] | None:
    """pattern.search(text), tried only at the words where a match can start, and at most once
    per `words` (the Words of `text`): a message asks the same question of itself many times."""
    if text is not words.text:
        return pattern.search(text)
    key = id(pattern)
    if key in words.searched:
        return words.searched[key]
    known = _AS_GATED.get(key)
    if known is None or known[0] is not pattern:
        plain = pattern.flags == re.UNICODE and isinstance(pattern.pattern, str)
        known = _AS_GATED[key] = (pattern, gated(pattern.pattern) if plain else None)
    found = known[1].search(text, words) if known[1] is not None else pattern.search(text)
    words.searched[key] = found
    return found


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
    tree = shapes.tree(pattern)
    parsed = shapes.parse(pattern, tree)
    needs = tuple(sorted(shapes.required(parsed if parsed is not None else []) or ()))
    words = frozenset(_longest_word(p) for p in needs)
    if any(not w for w in words):
        needs, words = (), frozenset()  # a piece made only of spaces says nothing: always scan
    starts = shapes.token_starts(parsed) if parsed is not None else None
    heads = shapes.heads(parsed) if parsed is not None else None
    return Gated(pattern=trie.compiled(pattern, tree), needs=needs, words=words,
                 lead=Lead(starts) if starts else None, heads=heads, firsts=shapes.firsts(list(tree)))


# a pattern's number, its match method and the heads the text must begin with there
_Try = tuple[int, Callable[[str, int], "re.Match[str] | None"], "tuple[str, ...] | None"]


class Starts:
    """Finds matches of many patterns by trying each only where one of its first words stands.

    Text is canonical words split by single spaces, so a match can only begin at a word.
    """

    def __init__(self, patterns: list[str]) -> None:
        self.gates = [gated(p) for p in patterns]
        self.compiled = [g.pattern for g in self.gates]
        self._vocabulary = vocabulary(self.gates)
        self._whole: dict[str, list[int]] = {}
        self._prefix: dict[str, list[tuple[str, int]]] = {}
        self._short: list[tuple[str, int]] = []
        self._anywhere: list[int] = []
        self._heads: list[Heads] = []
        self._after: dict[tuple[str, int], tuple[str, ...] | None] = {}
        self._per_word: dict[str, tuple[_Try, ...]] = {}
        self._pairs: dict[tuple[str, str], tuple[_Try, ...]] = {}
        for number, gate in enumerate(self.gates):
            self._heads.append(Heads(gate.heads))
            firsts = gate.firsts
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
        self._shorts = tuple(start for start, _ in self._short)

    def vocabulary(self) -> frozenset[str]:
        return self._vocabulary

    def _tries(self, word: str) -> tuple[_Try, ...]:
        """The patterns that can start at `word`, each with the heads the text there must begin
        with (None: the word says enough); worked out once per word."""
        found = self._per_word.get(word)
        if found is None:
            numbers = set(self._whole.get(word, ()))
            numbers.update(n for start, n in self._prefix.get(word[:3], ()) if word.startswith(start))
            numbers.update(n for start, n in self._short if word.startswith(start))
            tries = [(n, self.compiled[n].match, self._heads_after(word, n)) for n in sorted(numbers)]
            found = tuple(t for t in tries if t[2] != ())  # () : no match can start at this word
            if len(self._per_word) > CACHE_LIMIT:
                self._per_word.clear()
            self._per_word[word] = found
        return found

    def _pair(self, word: str, following: str) -> tuple[_Try, ...]:
        """The tries at `word` where the text goes on with `following` and a space: each with the
        heads still to check past them (None: none), and without those no head allows."""
        key = (word, following)
        found = self._pairs.get(key)
        if found is None:
            known = word + " " + following + " "
            kept: list[_Try] = []
            for number, match_at, heads in self._tries(word):
                if heads is not None:
                    if any(known.startswith(h) for h in heads):
                        heads = None
                    else:
                        heads = tuple(h for h in heads if h.startswith(known))
                        if not heads:
                            continue
                kept.append((number, match_at, heads))
            found = tuple(kept)
            if len(self._pairs) > CACHE_LIMIT:
                self._pairs.clear()
            self._pairs[key] = found
        return found

    def _starting_words(self, index: Index) -> set[str]:
        """The words of a text that some pattern can start with."""
        found = index.words & self._whole.keys()
        if self._prefix:
            grouped = index.by_prefix()
            for key in self._prefix.keys() & grouped.keys():
                found.update(grouped[key])
        if self._short:
            found |= index.starting(self._shorts)
        return found

    def matches(self, text: str, words: Words | None = None, *, first: bool = False
                ) -> list[tuple[int, re.Match[str]]]:
        """(pattern number, match) for every match that starts at a word (only one with `first`),
        in the order they start. A pattern that need not start at a word keeps finditer's matches.

        `words`: the text's Words over a vocabulary that includes self.vocabulary().
        """
        found: list[tuple[int, re.Match[str]]] = []
        words = words if words is not None else Words(text, self.vocabulary())
        index = words.index(text)
        # no gate here: the first words and heads already leave few tries, and gating costs more
        for word in self._starting_words(index):
            tries = self._tries(word)
            if not tries:
                continue
            size = len(word) + 1
            for at in index.at(word):
                space = text.find(" ", at + size)
                if space >= 0:  # the heads are checked once per pair of words, not once per place
                    tries = self._pair(word, text[at + size:space])
                else:
                    tries = self._tries(word)
                for number, match_at, heads in tries:
                    if heads is not None and not text.startswith(heads, at):
                        continue  # the text there does not begin as every match must
                    match = match_at(text, at)
                    if match is not None:
                        found.append((number, match))
                        if first:
                            return found
        for number in self._anywhere:
            found.extend((number, m) for m in self._scan(number, text, index, words))
        found.sort(key=lambda hit: (hit[1].start(), hit[0]))
        return found

    def _heads_after(self, word: str, number: int) -> tuple[str, ...] | None:
        """The heads of pattern `number` that can stand where `word` starts: the text there must
        begin with one of them (None: any text there will do, the word says enough)."""
        key = (word, number)
        if key in self._after:
            return self._after[key]
        found = self._heads[number].after(word)
        if len(self._after) > CACHE_LIMIT:
            self._after.clear()
        self._after[key] = found
        return found

    def _scan(self, number: int, text: str, index: Index, words: Words) -> Iterator[re.Match[str]]:
        """finditer's matches, found by trying only the words where a match can start."""
        lead = self.gates[number].lead
        if lead is None or not index.clean:
            if self.gates[number].could_match(words):
                yield from self.compiled[number].finditer(text)
            return
        pattern, end = self.compiled[number], 0
        for at in lead.offsets(index):
            if at >= end:  # finditer goes on from the end of the last match
                match = pattern.match(text, at)
                if match is not None:
                    yield match
                    end = match.end()
