"""How well the warning-sign screen does on the labelled corpus (issue 13): `make safety-eval`.

Prints, for the development part and the held-out part separately:
- per tier, the share of messages that reach their tier or higher. Emergency counts only when the
  emergency advice is given at once (a confirmation question is a miss); urgent and provider count a
  yes/no question about their tier or higher as reaching it (a "yes" escalates), and the share reached
  without any question is printed next to it;
- the alarm rate on ordinary gym chat and on calm mentions of a sign (negated, hypothetical, resolved,
  about someone else): an escalation counts 1, a confirmation question 1/2;
- the misses, for the development part only (the held-out texts are never shown, so nobody tunes on them);
- screening time p50/p99 for 60- and 4,000-character messages, each with a baseline (lower-casing and splitting the
  same messages) measured in the same run.

The held-out part is for reporting only: it was written before any tuning and must never be used to tune.
"""
from __future__ import annotations

import json
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from core.safety.screening import Screening, screen
from core.safety.signs import Tier

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "safety_corpus"
TIERS = {"emergency": Tier.EMERGENCY, "urgent": Tier.URGENT, "provider": Tier.PROVIDER,
         "modify": Tier.MODIFY, "none": Tier.NONE}
SIGN_LABELS = ("emergency", "urgent", "provider", "modify")


@dataclass(frozen=True)
class Item:
    text: str
    label: str
    family: str
    voice: str


@dataclass(frozen=True)
class Figures:
    reached: dict[str, float]  # label -> share reaching its tier (emergency: the advice at once)
    reached_without_question: dict[str, float]
    counts: dict[str, int]
    alarm_rate: float  # ordinary chat + calm mentions: escalation 1, confirmation 1/2
    alarms: float
    calm_count: int
    misses: list[tuple[Item, Screening]]
    false_alarms: list[tuple[Item, Screening]]


def load(part: str) -> list[Item]:
    with open(CORPUS / f"{part}.jsonl", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return [Item(r["text"], r["label"], r["family"], r["voice"]) for r in rows]


def load_fresh() -> list[Item]:
    """The fresh development part (session 4): written by other authors who saw neither the screen nor
    the other parts; measured once before any tuning on it, then used for tuning like dev."""
    items: list[Item] = []
    for path in sorted((CORPUS / "fresh").glob("*.jsonl")):
        with open(path, encoding="utf-8") as lines:
            rows = [json.loads(line) for line in lines if line.strip()]
        items.extend(Item(r["text"], r["label"], r["family"], r["voice"]) for r in rows)
    return items


def alarm_weight(found: Screening) -> float:
    if found.tier < Tier.PROVIDER:
        return 0.0
    return 0.5 if found.needs_confirmation else 1.0


def reaches(item: Item, found: Screening) -> bool:
    want = TIERS[item.label]
    if want is Tier.EMERGENCY:
        return found.tier is Tier.EMERGENCY and not found.needs_confirmation
    return found.tier >= want


def evaluate(items: list[Item]) -> Figures:
    reached: dict[str, float] = {}
    plain: dict[str, float] = {}
    counts: dict[str, int] = {}
    misses: list[tuple[Item, Screening]] = []
    false_alarms: list[tuple[Item, Screening]] = []
    alarms, calm = 0.0, 0
    by_label: dict[str, list[tuple[Item, Screening]]] = {}
    for item in items:
        found = screen(item.text)
        if item.label == "none":
            calm += 1
            weight = alarm_weight(found)
            alarms += weight
            if weight:
                false_alarms.append((item, found))
            continue
        by_label.setdefault(item.label, []).append((item, found))
    for label in SIGN_LABELS:
        results = by_label.get(label, [])
        counts[label] = len(results)
        ok = [r for r in results if reaches(*r)]
        misses.extend(r for r in results if not reaches(*r))
        sure = [r for r in ok if not r[1].needs_confirmation or r[1].certain >= TIERS[label]]
        reached[label] = len(ok) / len(results) if results else 1.0
        plain[label] = len(sure) / len(results) if results else 1.0
    return Figures(reached, plain, counts, alarms / calm if calm else 0.0, alarms, calm, misses,
                   false_alarms)


def long_messages(items: list[Item], count: int = 300, size: int = 4000) -> list[str]:
    """4,000-character messages stitched from the corpus (fixed seed, so every run times the same)."""
    rng = random.Random(13)
    texts = [i.text for i in items]
    out: list[str] = []
    for _ in range(count):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(rng.choice(texts))
        out.append(" ".join(parts)[:size])
    return out


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def timing(items: list[Item], size: int = 4000) -> tuple[tuple[float, float], tuple[float, float]]:
    """(screen p50, p99), (baseline p50, p99) in milliseconds; each message is new to the screen."""
    messages = long_messages(items, size=size)
    screen(messages[0])  # compile once, as the running bot has
    took: list[float] = []
    base: list[float] = []
    for message in messages[1:]:
        start = time.perf_counter()
        message.lower().split()
        base.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        screen(message)
        took.append((time.perf_counter() - start) * 1000)
    return _percentiles(took), _percentiles(base)


def _pct(x: float) -> str:
    return f"{100 * x:5.1f} %"


def report(part: str, figures: Figures, show_misses: bool) -> None:
    print(f"\n== {part} ==")
    for label in SIGN_LABELS:
        print(f"  {label:<9} n={figures.counts[label]:<4} reach tier: {_pct(figures.reached[label])}"
              f"   without a question: {_pct(figures.reached_without_question[label])}")
    print(f"  ordinary + calm mentions n={figures.calm_count}: alarms {figures.alarms:g}"
          f" = {_pct(figures.alarm_rate)} (a question counts 1/2)")
    if not show_misses:
        return
    for item, found in figures.misses:
        print(f"  MISS {item.label:<9} got {found.tier.name.lower()}{'?' if found.needs_confirmation else ''}"
              f" [{item.family}/{item.voice}] {item.text[:150]!r}")
    for item, found in figures.false_alarms:
        print(f"  ALARM {found.tier.name.lower()}{'?' if found.needs_confirmation else ''}"
              f" {','.join(found.triggers)} [{item.family}/{item.voice}] {item.text[:150]!r}")


def main() -> None:
    dev = load("dev")
    report("development part (for tuning)", evaluate(dev), show_misses=True)
    fresh = load_fresh()
    if fresh:
        report("fresh development part (for tuning)", evaluate(fresh), show_misses=True)
    if "--dev-only" in sys.argv:  # while tuning: not even the held-out figures are looked at
        print("\n(held-out part not measured: --dev-only)")
    else:
        report("held-out part (never used to tune; misses not shown)", evaluate(load("heldout")),
               show_misses=False)
    (p50, p99), (b50, b99) = timing(dev)
    (s50, s99), (sb50, sb99) = timing(dev, size=60)
    print(f"\nscreening a 60-character message: p50 {s50:.3f} ms, p99 {s99:.3f} ms"
          f" (baseline lower+split: p50 {sb50:.4f} ms, p99 {sb99:.4f} ms)")
    print(f"screening a 4,000-character message: p50 {p50:.2f} ms, p99 {p99:.2f} ms"
          f" (baseline lower+split: p50 {b50:.3f} ms, p99 {b99:.3f} ms)")


if __name__ == "__main__":
    main()
