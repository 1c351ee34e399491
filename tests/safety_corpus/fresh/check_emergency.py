"""Check the fresh emergency corpus part on its own: fields, labels, voices, duplicates,
family index, and the counts the brief asks for. Exit status 1 on any problem.

Run: python3 tests/safety_corpus/fresh/check_emergency.py
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"emergency", "urgent", "provider", "modify", "none"}
VOICES = {"plain", "slang", "typo", "non_native", "voice_to_text", "emoji", "long", "question",
          "negation", "hypothetical", "past_resolved", "other_person", "joke_hyperbole", "gym_chat"}
CALM = {"negation", "hypothetical", "past_resolved", "other_person"}


def main() -> int:
    families = json.loads((HERE / "emergency.families.json").read_text(encoding="utf-8"))
    rows = [json.loads(x) for x in (HERE / "emergency.jsonl").read_text(encoding="utf-8").splitlines()]
    problems: list[str] = []
    seen: set[str] = set()
    by_family: dict[str, Counter[str]] = defaultdict(Counter)
    for i, r in enumerate(rows, 1):
        if not {"text", "label", "family", "voice"} <= set(r) <= {"text", "label", "family", "voice", "note"}:
            problems.append(f"line {i}: fields {sorted(r)}")
        if r["label"] not in LABELS or r["voice"] not in VOICES:
            problems.append(f"line {i}: label/voice {r['label']}/{r['voice']}")
        if r["family"] not in families or families[r["family"]]["label"] not in LABELS:
            problems.append(f"line {i}: family {r['family']}")
        key = " ".join(r["text"].casefold().split())
        if key in seen:
            problems.append(f"line {i}: duplicate {r['text'][:60]}")
        seen.add(key)
        gym = r["family"].startswith("gym_")
        want = "none" if gym or r["voice"] in CALM else families[r["family"]]["label"]
        if r["label"] != want:
            problems.append(f"line {i}: label {r['label']} but family/voice says {want}")
        if r["voice"] == "question" and r["label"] != "none" and "note" not in r:
            problems.append(f"line {i}: question with a sign label needs a note")
        by_family[r["family"]][r["label"]] += 1
    for fam, c in by_family.items():
        if not fam.startswith("gym_") and (c["emergency"] < 35 or c["none"] < 8):
            problems.append(f"{fam}: {dict(c)} (want >= 35 emergency, >= 8 calm)")
    for fam in families:
        if fam not in by_family:
            problems.append(f"{fam}: no lines")

    print(f"lines {len(rows)}, families {len(families)}")
    print("labels:", dict(Counter(r["label"] for r in rows)))
    print("voices:", dict(Counter(r["voice"] for r in rows).most_common()))
    longs = sorted(len(r["text"]) for r in rows if r["voice"] == "long")
    print(f"long voice: {len(longs)} lines, {sum(n >= 600 for n in longs)} of 600+ chars, "
          f"max {max(longs)}")
    print("per family (emergency / none):")
    for fam in families:
        c = by_family[fam]
        print(f"  {fam:36} {c['emergency']:3} / {c['none']:3}")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
