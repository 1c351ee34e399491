"""Drives `backcoach console --json` as a subprocess, line by line, the way a script would."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]


class ConsoleProcess:
    def __init__(self, database_url: str, *, user: str = "sam", group: str | None = None) -> None:
        env = dict(os.environ, DATABASE_URL=database_url, LOG_LEVEL="WARNING", DEFAULT_TIMEZONE="Europe/London")
        args = [sys.executable, "-m", "bot.cli", "console", "--json", "--user", user]
        if group:
            args += ["--group", group]
        self.process = subprocess.Popen(
            args, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1
        )
        self.transcript: list[dict[str, Any]] = []

    def send(self, line: str) -> list[dict[str, Any]]:
        """Type one line; returns every bot message it produced."""
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(line + "\n/ping\n")
        self.process.stdin.flush()
        replies = []
        while True:
            raw = self.process.stdout.readline()
            if not raw:
                raise AssertionError(f"console exited: {self.process.stderr.read() if self.process.stderr else ''}")
            item = json.loads(raw)
            if item.get("note") == "pong":
                break
            if "note" not in item:
                replies.append(item)
        self.transcript.extend(replies)
        return replies

    def kill(self) -> None:
        self.process.kill()  # SIGKILL: no clean shutdown, like a crash
        self.process.wait(timeout=10)

    def close(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin
            self.process.stdin.close()
            self.process.wait(timeout=20)


def last_text(replies: list[dict[str, Any]]) -> str:
    return asked(replies[-1]) if replies else ""


def asked(reply: dict[str, Any]) -> str:
    """What a message asks: a session card's question is below its plan, after the first blank line."""
    text = str(reply["text"])
    if reply.get("card"):
        return text.partition("\n\n")[2] or text
    return text


def onboard(console: ConsoleProcess, *, level: str = "2", equipment: str = "1 4 5", units: str = "1") -> list[dict[str, Any]]:
    """Answer every onboarding question: returning lifter, dumbbells + pull-up bar + bench, kg, goal 2, no health flags."""
    console.send("/start")
    console.send(level)
    console.send(equipment)
    console.send("1")  # back: no pain
    console.send(units)
    console.send("keep")  # time zone
    console.send("2")  # goal
    return console.send("6")  # health screen: none


def answer_until_done(console: ConsoleProcess, first: list[dict[str, Any]], *, reps: str = "10", load: str = "20") -> dict[str, int]:
    """Reply to whatever the session asks until it ends; counts what was answered."""
    replies = first
    counts = {"working": 0, "ramp": 0, "pain": 0, "load": 0}
    for _ in range(200):
        prompt = replies[-1] if replies else {"text": "", "buttons": []}
        text = asked(prompt)
        payloads = [b["payload"] for b in prompt["buttons"]]
        if "Session done" in " ".join(r["text"] for r in replies) and payloads and payloads[0].startswith("pain"):
            return counts | {"final": 1}
        if payloads and payloads[0].startswith("pain"):
            counts["pain"] += 1
            replies = console.send("1")
        elif "What load will you use" in text:
            counts["load"] += 1
            replies = console.send(load)
        elif "Warm-up set " in text:
            counts["ramp"] += 1
            replies = console.send("done")
        elif ", set " in text:
            counts["working"] += 1
            replies = console.send(reps)
        else:
            raise AssertionError(f"unexpected prompt: {text!r}")
    raise AssertionError("the session never ended")
