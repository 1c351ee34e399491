"""Validate referral.jsonl: fields, labels, voices, families, no duplicate texts; print counts."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"emergency", "urgent", "provider", "modify", "none"}
VOICES = {"plain", "slang", "typo", "non_native", "voice_to_text", "emoji", "long", "question",
          "negation", "hypothetical", "past_resolved", "other_person", "joke_hyperbole", "gym_chat"}
CALM = {"negation", "hypothetical", "past_resolved", "other_person"}


def main() -> int:
    families = json.loads((HERE / "referral.families.json").read_text(encoding="utf-8"))
    errors: list[str] = []
    seen: dict[str, int] = {}
    by_family: Counter[str] = Counter()
    sign_by_family: Counter[str] = Counter()
    calm_by_family: Counter[str] = Counter()
    by_label: Counter[str] = Counter()
    by_voice: Counter[str] = Counter()
    long_lengths: list[int] = []
    for n, line in enumerate((HERE / "referral.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        keys = set(row)
        if not {"text", "label", "family", "voice"} <= keys or keys - {"text", "label", "family", "voice", "note"}:
            errors.append(f"{n}: fields {sorted(keys)}")
        if row["label"] not in LABELS:
            errors.append(f"{n}: label {row['label']}")
        if row["voice"] not in VOICES:
            errors.append(f"{n}: voice {row['voice']}")
        fam = row["family"]
        if fam not in families:
            errors.append(f"{n}: family {fam} not in families.json")
        elif not (fam.startswith("fresh_") or fam.startswith("gym_fresh_")):
            errors.append(f"{n}: family id {fam}")
        if fam.startswith("gym_") and row["label"] != "none":
            errors.append(f"{n}: gym family with label {row['label']}")
        if row["voice"] in CALM and row["label"] != "none":
            errors.append(f"{n}: calm voice not none")
        key = " ".join(row["text"].lower().split())
        if key in seen:
            errors.append(f"{n}: duplicate of line {seen[key]}: {row['text'][:60]}")
        seen[key] = n
        if "|" in row["text"] or not row["text"].strip():
            errors.append(f"{n}: bad text")
        by_family[fam] += 1
        by_label[row["label"]] += 1
        by_voice[row["voice"]] += 1
        if row["voice"] == "long":
            long_lengths.append(len(row["text"]))
        if families.get(fam, {}).get("label") in {"urgent", "provider"}:
            if row["label"] == families[fam]["label"]:
                sign_by_family[fam] += 1
            elif row["label"] == "none":
                calm_by_family[fam] += 1
    for fam, info in families.items():
        if info["label"] in {"urgent", "provider"} and sign_by_family[fam] < 30:
            errors.append(f"family {fam}: only {sign_by_family[fam]} sign messages")
    print(f"total {sum(by_label.values())}")
    print("labels:", dict(sorted(by_label.items())))
    print("voices:", dict(sorted(by_voice.items())))
    print("families (all / sign / calm):")
    for fam in families:
        print(f"  {fam:28} {families[fam]['label']:8} {by_family[fam]:4} {sign_by_family[fam]:4} {calm_by_family[fam]:4}")
    print(f"long: {len(long_lengths)}, min {min(long_lengths)}, max {max(long_lengths)}, >=600: {sum(x >= 600 for x in long_lengths)}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
