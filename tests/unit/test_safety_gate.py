"""The fast pattern engine finds exactly what plain regex scanning finds (random patterns and texts)."""
from __future__ import annotations

import random
import re

from core.safety import gate, trie

_WORDS = "a ab abc b ba pain pains painful back numb num leg legs my i no not is it in 6 7 10 x_y".split()


def _piece(rng: random.Random, depth: int = 0) -> str:
    word = rng.choice(_WORDS)
    kind = rng.randrange(9 if depth < 2 else 4)
    if kind == 5:
        return "(?:" + _piece(rng, depth + 1) + " )?"
    if kind == 6:
        return "(?:" + _piece(rng, depth + 1) + "|" + _piece(rng, depth + 1) + ")"
    return {
        0: word,
        1: "(?:" + "|".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 5))) + ")",
        2: r"\b" + word,
        3: word + r"\w*",
        4: "(?: \\w+){0,%d}" % rng.randint(1, 3),
        7: "[6-9]",
        8: r"\d+",
    }[kind]


def _pattern(rng: random.Random) -> str:
    alternatives = []
    for _ in range(rng.randint(1, 3)):
        body = " ".join(_piece(rng) for _ in range(rng.randint(1, 4)))
        alternatives.append((r"\b" if rng.random() < 0.8 else "") + body + (r"\b" if rng.random() < 0.5 else ""))
    return "|".join(alternatives)


def _text(rng: random.Random) -> str:
    clauses = [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 8))) for _ in range(rng.randint(1, 4))]
    text = " | ".join(clauses)
    return text.replace("a", "a-", 1) if rng.random() < 0.2 else text


def _cases(seed: int, count: int) -> list[tuple[str, list[str]]]:
    rng = random.Random(seed)
    cases = []
    while len(cases) < count:
        pattern = _pattern(rng)
        try:
            re.compile(pattern)
        except re.error:
            continue
        cases.append((pattern, [_text(rng) for _ in range(5)]))
    return cases


def test_a_pattern_compiled_with_grouped_alternatives_finds_the_same_matches() -> None:
    for pattern, texts in _cases(1, 400):
        fast = trie.compiled(pattern)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]


def test_a_search_tried_only_where_a_match_can_start_finds_the_leftmost_match() -> None:
    for pattern, texts in _cases(2, 400):
        found = gate.gated(pattern)
        for text in texts:
            match, plain = found.search(text, gate.Words(text, frozenset())), re.search(pattern, text)
            assert (match and match.span()) == (plain and plain.span()), (pattern, text)


def test_many_patterns_tried_at_their_first_words_report_only_real_matches_at_words() -> None:
    for pattern, texts in _cases(3, 400):
        starts = gate.Starts([pattern])
        compiled = re.compile(pattern)
        for text in texts:
            words = gate.Words(text, starts.vocabulary())
            found = {m.span() for _, m in starts.matches(text, words)}
            at_words = [0] + [i + 1 for i, c in enumerate(text) if c == " " and text[i + 1:i + 2] not in ("", " ")]
            candidates = {m.span() for at in at_words if (m := compiled.match(text, at)) is not None}
            # every match found is a real match at a word; a pattern's firsts decide which words it tries
            assert found <= candidates | {m.span() for m in compiled.finditer(text)}, (pattern, text)
