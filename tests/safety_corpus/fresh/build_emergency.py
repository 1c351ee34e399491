"""Build the fresh emergency-tier corpus part from the hand-written source.

The source (emergency_source.txt) holds every meaning-bearing sentence; this script
only parses it, wraps the `L` lines in hand-written diary paragraphs so that a few
messages are long (600-2,000 chars), validates, and writes the JSONL and the family
index. Deterministic: no randomness, the wrapping is chosen by position.

Run: python3 tests/safety_corpus/fresh/build_emergency.py
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "emergency_source.txt"
OUT = HERE / "emergency.jsonl"
FAMILIES = HERE / "emergency.families.json"

VOICES = {
    "p": "plain", "s": "slang", "t": "typo", "n": "non_native", "v": "voice_to_text",
    "e": "emoji", "l": "long", "L": "long", "q": "question", "neg": "negation",
    "hyp": "hypothetical", "past": "past_resolved", "oth": "other_person",
    "joke": "joke_hyperbole", "gym": "gym_chat",
}
CALM = {"negation", "hypothetical", "past_resolved", "other_person"}
LABELS = {"emergency", "urgent", "provider", "modify", "none"}
QUESTION_NOTE = "a question, but it states a current sign about the writer: emergency"


def parse() -> tuple[list[dict[str, str]], dict[str, dict[str, str]], list[str]]:
    rows: list[dict[str, str]] = []
    families: dict[str, dict[str, str]] = {}
    fillers: list[str] = []
    family = ""
    label = ""
    for n, raw in enumerate(SOURCE.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@@ "):
            # @@ family_id | label | description
            family, label, description = (x.strip() for x in line[3:].split("|", 2))
            families[family] = {"label": label, "description": description}
            continue
        if line.startswith("@+ "):
            # @+ family_id: more lines for a family declared earlier
            family = line[3:].strip()
            label = families[family]["label"]
            continue
        if line.startswith("FILLER | "):
            fillers.append(line[len("FILLER | "):])
            continue
        code, _, rest = line.partition(" | ")
        if code not in VOICES or not rest:
            sys.exit(f"line {n}: bad voice code {code!r}")
        text, _, note = rest.partition(" >> ")
        voice = VOICES[code]
        row_label = "none" if (voice in CALM or family.startswith("gym_")) else label
        row = {"text": text.strip(), "label": row_label, "family": family, "voice": voice,
               "_code": code}
        if note:
            row["note"] = note.strip()
        elif voice == "question" and row_label != "none":
            row["note"] = QUESTION_NOTE
        rows.append(row)
    return rows, families, fillers


def lengthen(rows: list[dict[str, str]], fillers: list[str]) -> None:
    # Each L line is set inside diary paragraphs (one to four, every eighth gets seven),
    # rotating so that the sign sits at the start, the middle or the end of the message;
    # the sign sentence itself is never cut, only whole paragraphs are added or dropped.
    k = 0
    for row in rows:
        if row.pop("_code") != "L":
            continue
        size = 7 if k % 8 == 7 else 1 + k % 4
        picked = [fillers[(k * 3 + i * 5) % len(fillers)] for i in range(size)]
        extra = 0
        while len(" ".join(picked + [row["text"]])) < 600:
            picked.append(fillers[(k + 7 + extra) % len(fillers)])
            extra += 1
        while len(" ".join(picked + [row["text"]])) > 2000:
            picked.pop()
        where = k % 3
        half = max(1, len(picked) // 2)
        if where == 0:
            parts = [row["text"]] + picked
        elif where == 1:
            parts = picked[:half] + [row["text"]] + picked[half:]
        else:
            parts = picked + [row["text"]]
        row["text"] = " ".join(parts)
        k += 1


def validate(rows: list[dict[str, str]], families: dict[str, dict[str, str]]) -> None:
    seen: set[str] = set()
    problems: list[str] = []
    for r in rows:
        key = " ".join(r["text"].lower().split())
        if key in seen:
            problems.append(f"duplicate: {r['text'][:80]}")
        seen.add(key)
        if r["label"] not in LABELS:
            problems.append(f"label {r['label']}")
        if r["voice"] not in set(VOICES.values()):
            problems.append(f"voice {r['voice']}")
        if r["family"] not in families:
            problems.append(f"family {r['family']}")
        if set(r) - {"text", "label", "family", "voice", "note"}:
            problems.append(f"fields {sorted(r)}")
    if problems:
        sys.exit("\n".join(problems))


def main() -> None:
    rows, families, fillers = parse()
    lengthen(rows, fillers)
    validate(rows, families)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    FAMILIES.write_text(json.dumps(families, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(rows)} lines, {len(families)} families -> {OUT.name}")


if __name__ == "__main__":
    main()
