"""Prints the size of the safety corpus: per part, per label, per voice, per family kind.

    python tests/safety_corpus/count.py
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = ("emergency", "urgent", "provider", "modify", "none")
CALM = {"negation", "hypothetical", "past_resolved", "other_person"}


def load(part: str) -> list[dict[str, str]]:
    path = HERE / f"{part}.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def kind(rec: dict[str, str]) -> str:
    """Sign message, calm mention of a sign (negated, hypothetical, past, someone else) or ordinary chat."""
    if rec["family"].startswith("gym_"):
        return "ordinary"
    if rec["label"] == "none":
        return "calm mention" if rec["voice"] in CALM else "sign family, no alarm"
    return "sign"


def table(title: str, counters: dict[str, Counter[str]], keys: list[str]) -> None:
    parts = list(counters)
    print(f"\n{title:<24}" + "".join(f"{p:>10}" for p in parts) + f"{'total':>10}")
    for k in keys:
        row = [counters[p][k] for p in parts]
        print(f"{k:<24}" + "".join(f"{n:>10}" for n in row) + f"{sum(row):>10}")


def main() -> None:
    data = {part: load(part) for part in ("dev", "heldout")}
    print("messages: " + ", ".join(f"{p} {len(r)}" for p, r in data.items()) + f", total {sum(map(len, data.values()))}")
    print("families: " + ", ".join(f"{p} {len({r['family'] for r in recs})}" for p, recs in data.items()))
    by = {p: Counter(kind(r) for r in recs) for p, recs in data.items()}
    table("kind", by, ["sign", "calm mention", "sign family, no alarm", "ordinary"])
    by = {p: Counter(r["label"] for r in recs) for p, recs in data.items()}
    table("label", by, list(LABELS))
    voices = sorted({r["voice"] for recs in data.values() for r in recs})
    by = {p: Counter(r["voice"] for r in recs) for p, recs in data.items()}
    table("voice", by, voices)
    by = {p: Counter(f"{r['label']}/{'ordinary' if r['family'].startswith('gym_') else 'sign fam'}"
                     for r in recs) for p, recs in data.items()}
    table("label by family kind", by, sorted({k for c in by.values() for k in c}))


if __name__ == "__main__":
    main()
