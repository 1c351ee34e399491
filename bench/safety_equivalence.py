"""Proof that a speed change to the screen changes no result: screen a fixed set of texts, write JSON.

    python3 -m bench.safety_equivalence before.json   # before the change
    python3 -m bench.safety_equivalence after.json    # after it
    python3 -m bench.safety_equivalence --diff before.json after.json   # must print 0 differences

The texts: every text of the development part, every string the safety unit tests use (read from
their source, so a new test phrase is included without listing it here), the unit corpus lists, the
300 stitched 4,000-character messages of the timing, and copies of the development texts with
typing slips (fixed seed). The held-out part is never read.
"""
from __future__ import annotations

import ast
import json
import random
import sys
from pathlib import Path

from bench.safety_eval import load, load_fresh, long_messages
from core.safety.screening import Screening, screen

ROOT = Path(__file__).resolve().parent.parent
# the files that would read the held-out part are left out
_SKIP = {"test_safety_heldout_floor.py", "test_safety_corpus_files.py"}


def _test_strings() -> list[str]:
    found: list[str] = []
    for path in sorted((ROOT / "tests" / "unit").glob("test_safety_*.py")):
        if path.name in _SKIP:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found.extend(node.value for node in ast.walk(tree)
                     if isinstance(node, ast.Constant) and isinstance(node.value, str))
    return found


def _corpus_lists() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from tests.unit.safety_corpus import CALM, ORDINARY, TIERED
    return [t for t, _, _ in TIERED] + list(ORDINARY) + list(CALM)


def _slipped(texts: list[str], count: int = 2000) -> list[str]:
    """Dev texts with a few characters swapped, dropped, doubled or changed: odd spellings and symbols."""
    rng = random.Random(4)
    alphabet = "abcdefghijklmnopqrstuvwxyz  .,?!'-&/:;()éü’"
    out: list[str] = []
    for _ in range(count):
        chars = list(rng.choice(texts))
        for _ in range(rng.randint(1, 4)):
            if len(chars) < 2:
                break
            at = rng.randrange(len(chars) - 1)
            kind = rng.randrange(4)
            if kind == 0:
                chars[at], chars[at + 1] = chars[at + 1], chars[at]
            elif kind == 1:
                del chars[at]
            elif kind == 2:
                chars.insert(at, chars[at])
            else:
                chars[at] = rng.choice(alphabet)
        out.append("".join(chars))
    return out


def texts() -> list[str]:
    dev = load("dev")
    plain = [i.text for i in dev] + [i.text for i in load_fresh()]
    found = plain + _test_strings() + _corpus_lists() + long_messages(dev) + _slipped(plain)
    found += [t.upper() for t in plain[:200]] + [" | ".join(plain[i:i + 3]) for i in range(0, 300, 3)]
    return list(dict.fromkeys(found))


def _record(result: Screening) -> dict[str, object]:
    return {"tier": result.tier.name, "triggers": list(result.triggers),
            "needs_confirmation": result.needs_confirmation, "heard": list(result.heard),
            "certain": result.certain.name}


def write(path: str) -> None:
    results = {text: _record(screen(text)) for text in texts()}
    Path(path).write_text(json.dumps(results, indent=0, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    errors = sum(1 for r in results.values() if "screening_error" in r["triggers"])  # type: ignore[operator]
    print(f"{len(results)} texts screened into {path} ({errors} screening errors)")


def _unordered(record: dict[str, object] | None) -> dict[str, object] | None:
    if record is None:
        return None
    return record | {"triggers": sorted(record["triggers"]), "heard": sorted(record["heard"])}  # type: ignore[call-overload]


def diff(before_path: str, after_path: str) -> int:
    """Differences in what was found; the order of triggers and heard is reported apart, because
    before the one-pass engine it followed set iteration order and so changed with PYTHONHASHSEED."""
    before = json.loads(Path(before_path).read_text(encoding="utf-8"))
    after = json.loads(Path(after_path).read_text(encoding="utf-8"))
    differences = reordered = 0
    for text in sorted(set(before) | set(after)):
        if before.get(text) == after.get(text):
            continue
        if _unordered(before.get(text)) == _unordered(after.get(text)):
            reordered += 1
            continue
        differences += 1
        if differences <= 20:
            print(f"DIFF {text[:120]!r}\n  before {before.get(text)}\n  after  {after.get(text)}")
    print(f"{len(before)} vs {len(after)} texts: {differences} differences"
          f" ({reordered} more only list the same triggers or heard phrases in another order)")
    return differences


def main() -> None:
    if sys.argv[1:2] == ["--diff"]:
        sys.exit(1 if diff(sys.argv[2], sys.argv[3]) else 0)
    write(sys.argv[1] if len(sys.argv) > 1 else "safety_screenings.json")


if __name__ == "__main__":
    main()
