from __future__ import annotations

from pathlib import Path

from tests.e2e.console.driver import ConsoleProcess, answer_until_done, onboard


def test_a_console_lifter_sees_history_bests_a_chart_and_an_export_then_deletes_everything(tmp_path: Path) -> None:
    console = ConsoleProcess(f"sqlite+aiosqlite:///{tmp_path}/coach.db")
    try:
        onboard(console)
        answer_until_done(console, console.send("/today"))
        console.send("1")
        assert "Your recent sessions" in console.send("/history")[-1]["text"]
        assert "Epley" in console.send("/bests")[-1]["text"]
        chart = console.send("/progress")[-1]
        assert chart["attachment"].endswith(".png") and Path(chart["attachment"]).read_bytes()[:4] == b"\x89PNG"
        files = [r["attachment"] for r in console.send("/export") if r["attachment"]]
        assert [Path(f).suffix for f in files] == [".csv", ".json"]
        console.send("/group gym")
        in_group = console.send("/export")
        assert [r["chat"] for r in in_group] == ["dm:sam"] and in_group[0]["attachment"] is None
        console.send("/private")
        assert console.send("/deleteme")[-1]["buttons"][0]["payload"] == "deleteme:yes"
        assert "gone" in console.send("/press deleteme:yes")[-1]["text"]
        assert "No sessions yet" in console.send("/history")[-1]["text"] or "/start" in console.send("/history")[-1]["text"]
    finally:
        console.close()
