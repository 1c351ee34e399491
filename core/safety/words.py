"""One message's words: where each stands (Index), which pattern pieces occur (Words), and where a
pattern's matches can start (Lead). Worked out once per message and shared by every pattern set.
"""
from __future__ import annotations

import re

from core.safety import shapes

# a character that makes a text not clean (see Index.clean); "|" is fine as a word of its own
_UNCLEAN = re.compile(r"[^A-Za-z0-9_ |]")
CACHE_LIMIT = 50_000  # words remembered per vocabulary: a cache, not a record


class Index:
    """Where each space-separated word of one text stands, found in one pass over its words."""

    def __init__(self, text: str) -> None:
        # one pass (str.find word by word scans the text too often); every pattern set shares it
        positions: dict[str, list[int]] = {}
        at = 0
        for token in text.split(" "):
            positions.setdefault(token, []).append(at)
            at += len(token) + 1
        positions.pop("", None)
        # clean: only ASCII words and spaces, so a match that starts at a word boundary starts at a word
        self.clean = _UNCLEAN.search(text) is None and "|" not in text.replace(" | ", " ")
        if not self.clean:  # a word counts only where spaces alone surround it
            positions = {w: p for w, p in positions.items() if w.split() == [w]}
        self.words = positions.keys()
        self.at = positions.__getitem__  # the offsets of one of self.words, in order
        self._by_prefix: dict[str, list[str]] | None = None

    def by_prefix(self) -> dict[str, list[str]]:
        """The words, by their first three characters (and by their first one, for shorter starts)."""
        if self._by_prefix is None:
            grouped: dict[str, list[str]] = {}
            for word in self.words:
                grouped.setdefault(word[:1], []).append(word)
                if len(word) >= 3:
                    grouped.setdefault(word[:3], []).append(word)
            self._by_prefix = grouped
        return self._by_prefix

    def starting(self, prefixes: tuple[str, ...]) -> set[str]:
        """The words that start with one of `prefixes` (each of one or two characters)."""
        grouped = self.by_prefix()
        return {w for first in {p[:1] for p in prefixes} for w in grouped.get(first, ())
                if w.startswith(prefixes)}


_PIECES: dict[frozenset[str], dict[str, tuple[str, ...]]] = {}


def _pieces(word: str, vocabulary: frozenset[str], longest: int) -> tuple[str, ...]:
    size = len(word)
    return tuple({word[i:j] for i in range(size) for j in range(i + 1, min(size, i + longest) + 1)
                  if word[i:j] in vocabulary})


class Words:
    """Which of a known vocabulary of word pieces occur in one text, and where its words stand."""

    def __init__(self, text: str, vocabulary: frozenset[str]) -> None:
        self.text = text
        self._distinct: set[str] | None = None
        self.vocabulary = vocabulary
        self._present: frozenset[str] | None = None
        self._index: Index | None = None
        self.searched: dict[int, re.Match[str] | None] = {}  # see search()

    @property
    def distinct(self) -> set[str]:
        if self._distinct is None:
            self._distinct = set(self.text.split())
        return self._distinct

    @property
    def present(self) -> frozenset[str]:
        """The vocabulary pieces found inside the text's words (each word's pieces are remembered)."""
        if self._present is None:
            known = _PIECES.get(self.vocabulary)
            if known is None or len(known) > CACHE_LIMIT:
                if len(_PIECES) > 16:
                    _PIECES.clear()
                known = _PIECES[self.vocabulary] = {}
            longest = max(map(len, self.vocabulary), default=0)
            present: set[str] = set()
            for word in self.distinct:
                pieces = known.get(word)
                if pieces is None:
                    pieces = known[word] = _pieces(word, self.vocabulary, longest)
                present.update(pieces)
            self._present = frozenset(present)
        return self._present

    def index(self, text: str) -> Index:
        if text is self.text or text == self.text:
            if self._index is None:
                self._index = Index(text)
            return self._index
        return Index(text)


def heads_after(heads: tuple[str, ...] | None, word: str) -> tuple[str, ...] | None:
    """Of the heads of a pattern (shapes.heads), those the text can begin with where `word` stands;
    None when the word alone satisfies one (nothing more to check), () when no match starts there."""
    if heads is None or any((word + " ").startswith(h) for h in heads):
        return None
    return tuple(h for h in heads if h.startswith(word + " "))


class Heads:
    """heads_after for one pattern, sorted once by first word: a pattern has up to hundreds of heads,
    and a message brings many words not seen before (the cost of a cold cache is the slow tail)."""

    def __init__(self, heads: tuple[str, ...] | None) -> None:
        self.heads = heads
        # a head is a prefix of "word " only when it has no space (then it is a start of the word) or
        # when it is the word and its space
        self._partial = tuple(h for h in heads or () if " " not in h)
        self._whole = frozenset(h for h in heads or () if h.endswith(" ") and h.count(" ") == 1)
        self._by_first: dict[str, tuple[str, ...]] = {}
        for h in heads or ():
            if " " in h:
                first = h.split(" ", 1)[0]
                self._by_first[first] = self._by_first.get(first, ()) + (h,)

    def after(self, word: str) -> tuple[str, ...] | None:
        """heads_after(self.heads, word), without looking at every head."""
        if self.heads is None or word.startswith(self._partial) or word + " " in self._whole:
            return None
        return self._by_first.get(word, ())


class Lead:
    """The words a pattern's every match starts at (shapes.token_starts), found in an Index."""

    def __init__(self, starts: shapes.Starts) -> None:
        self.whole = frozenset(w for w, whole in starts if whole)
        prefixes = sorted(w for w, whole in starts if not whole)
        self.short = tuple(p for p in prefixes if len(p) < 3)
        self.long: dict[str, tuple[str, ...]] = {}
        for prefix in prefixes:
            if len(prefix) >= 3:
                self.long[prefix[:3]] = self.long.get(prefix[:3], ()) + (prefix,)

    def offsets(self, index: Index) -> list[int]:
        """Where those words stand in the text, in order."""
        words = index.words & self.whole
        if self.long:
            grouped = index.by_prefix()
            for key in self.long.keys() & grouped.keys():
                words.update(w for w in grouped[key] if w.startswith(self.long[key]))
        if self.short:
            words |= index.starting(self.short)
        return sorted(at for word in words for at in index.at(word))
