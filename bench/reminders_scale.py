"""Reminders at scale: 100,000 users with private schedules, our postman against one job per user.

Run with `python -m bench.reminders_scale` (options: --users, --busy-fraction, --seconds, --cap,
--latency-ms, --startups). Every figure comes from a fresh child process over an on-disk SQLite
database seeded in bulk; the baseline (python-telegram-bot's JobQueue with one `run_daily` job per
user) runs in the same way, in the same run, over the same rows.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench._reminders_common import READY
from bench._reminders_seed import BUSY, seed

ROOT = Path(__file__).resolve().parent.parent
RESULT = "RESULT "
TARGET_STARTUP_S, TARGET_RSS_MB, TARGET_RATIO, TARGET_DELIVERY = 2.0, 150.0, 10.0, 0.95


def child(module: str, *args: str) -> tuple[float, dict[str, float], dict[str, float]]:
    """Run one fresh child; returns seconds from spawning it to its READY line, its ready and result figures."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", module, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    ready_s, ready, result = 0.0, {}, {}
    for line in proc.stdout:
        if line.startswith(READY):
            ready_s, ready = time.perf_counter() - started, json.loads(line[len(READY):])
        elif line.startswith(RESULT):
            result = json.loads(line[len(RESULT):])
    _, errors = proc.communicate()
    if proc.returncode or not ready:
        sys.exit(f"{module} failed (exit {proc.returncode}):\n{errors}")
    return ready_s, ready, result


def copy_of(db: Path, name: str) -> Path:
    target = db.with_name(name)
    shutil.copyfile(db, target)
    return target


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--busy-fraction", type=float, default=0.05, help="share of users placed in the busy minute")
    parser.add_argument("--seconds", type=float, default=25.0, help="how long delivery runs")
    parser.add_argument("--cap", type=int, default=30, help="the fake messenger's messages per second")
    parser.add_argument("--latency-ms", type=float, default=50.0, help="the fake messenger's round trip per send")
    parser.add_argument("--startups", type=int, default=3, help="fresh start-ups of each side (median reported)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="reminders-bench-") as folder:
        db = Path(folder) / "seeded.db"
        t = time.perf_counter()
        due_at_busy = seed(db, args.users, args.busy_fraction)
        seeded_s = time.perf_counter() - t
        busy_db, deliver_db = copy_of(db, "busy.db"), copy_of(db, "deliver.db")

        ours, jobs = [], []
        for n in range(args.startups):  # interleaved, so a warmer disk cache favours neither side
            ours.append(child("bench._reminders_ours", str(db)))
            jobs.append(child("bench._reminders_jobs", str(db), *(["--check"] if n == 0 else [])))
        _, _, busy = child("bench._reminders_ours", str(busy_db), "--mode", "busy")
        _, _, sent = child("bench._reminders_ours", str(deliver_db), "--mode", "deliver", "--seconds", str(args.seconds),
                           "--cap", str(args.cap), "--latency", str(args.latency_ms / 1000))
        due_in_jobs = jobs[0][2]["due_at_busy"]

    def median(runs: list[tuple[float, dict[str, float], dict[str, float]]], key: str | None) -> float:
        return statistics.median(r[0] if key is None else r[1][key] for r in runs)

    o_start, j_start = median(ours, None), median(jobs, None)
    o_rss, j_rss = median(ours, "peak_rss_mb"), median(jobs, "peak_rss_mb")
    o_own = median(ours, "rss_mb") - median(ours, "rss_before_mb")
    j_own = median(jobs, "rss_mb") - median(jobs, "rss_before_mb")
    rate = sent["sent"] / sent["seconds"]
    share = rate / args.cap

    placed = round(args.users * args.busy_fraction)
    print(f"users: {args.users:,}, each with a private schedule (SQLite on disk, seeded in bulk in {seeded_s:.1f} s)")
    print(f"busy minute {BUSY:%a %Y-%m-%d %H:%M} UTC: {due_at_busy:,} schedules due ({placed:,} placed there, "
          f"{due_at_busy - placed:,} whose own pick lands there); the baseline's jobs agree: {due_in_jobs:,}")
    print(f"start-up to ready, fresh process, median of {args.startups}:")
    print(f"  ours (services + postman job + first tick):   {o_start:6.2f} s   peak RSS {o_rss:6.1f} MB")
    print(f"  one run_daily job per user (PTB JobQueue):    {j_start:6.2f} s   peak RSS {j_rss:6.1f} MB")
    print(f"  ratio (baseline / ours):                      {j_start / o_start:6.1f}×          {j_rss / o_rss:6.1f}×")
    print(f"  both import the same stack (services, SQLAlchemy, APScheduler, python-telegram-bot): RSS before any schedule "
          f"is touched: ours {median(ours, 'rss_before_mb'):.1f} MB, baseline {median(jobs, 'rss_before_mb'):.1f} MB")
    print(f"  memory for the schedules (RSS at ready minus RSS before them, same process): "
          f"ours {o_own:.1f} MB (noise level), baseline {j_own:.1f} MB ({j_own / max(o_own, 0.1):.0f}×)")
    print(f"busy minute, real plan + claim: planned {busy['planned']:,} rows in {busy['plan_s']:.2f} s, "
          f"claimed {busy['claimed']:,} in {busy['claim_s']:.2f} s (total {busy['plan_s'] + busy['claim_s']:.2f} s)")
    print(f"delivery for {sent['seconds']:.0f} s from the busy minute (real scheduler, Postman, Limiter; messenger capped at "
          f"{args.cap}/s, {args.latency_ms:.0f} ms per send): {sent['sent']:,} sent = {rate:.1f} msg/s = {share:.1%} of the cap; "
          f"first send after {sent['first_send_s']:.2f} s; refused by the cap: {sent['refused']}; busiest second: {sent['busiest_second']}")
    print(f"peak RSS while planning the busy minute {busy['peak_rss_after_mb']:.1f} MB, while delivering {sent['peak_rss_after_mb']:.1f} MB")
    print("targets:")
    print(f"  start-up ≤ {TARGET_STARTUP_S:.0f} s: {o_start:.2f} s, {verdict(o_start <= TARGET_STARTUP_S)}")
    print(f"  RSS ≤ {TARGET_RSS_MB:.0f} MB: {o_rss:.1f} MB, {verdict(o_rss <= TARGET_RSS_MB)}")
    print(f"  ≥ {TARGET_RATIO:.0f}× better start-up than one job per user: {j_start / o_start:.1f}×, "
          f"{verdict(j_start / o_start >= TARGET_RATIO)}")
    print(f"  ≥ {TARGET_RATIO:.0f}× better RSS, whole process: {j_rss / o_rss:.1f}×, {verdict(j_rss / o_rss >= TARGET_RATIO)}; "
          f"memory for the schedules: {j_own / max(o_own, 0.1):.0f}×, {verdict(j_own >= TARGET_RATIO * o_own)}")
    floor = median(jobs, "rss_before_mb")
    if j_rss / TARGET_RATIO < floor:
        print(f"    (10× on the whole process would mean {j_rss / TARGET_RATIO:.0f} MB, below the {floor:.0f} MB this stack "
              f"holds before any schedule exists: no scheduler in a process like this can reach it)")
    print(f"  delivery ≥ {TARGET_DELIVERY:.0%} of the cap: {share:.1%}, {verdict(share >= TARGET_DELIVERY)}")


if __name__ == "__main__":
    main()
