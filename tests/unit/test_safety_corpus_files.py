"""The evaluation corpus for the warning-sign screen is well formed and split by family."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "safety_corpus"
LABELS = {"emergency", "urgent", "provider", "modify", "none"}
TIERS = {"emergency", "urgent", "provider"}
VOICES = {
    "plain", "slang", "typo", "non_native", "voice_to_text", "emoji", "long", "question", "negation",
    "hypothetical", "past_resolved", "other_person", "joke_hyperbole", "gym_chat",
}
CALM = {"negation", "hypothetical", "past_resolved", "other_person"}
FIELDS = {"text", "label", "family", "voice", "note"}


def _part(name: str) -> list[dict[str, str]]:
    path = CORPUS / f"{name}.jsonl"
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"{name}.jsonl line {number} is blank"
        records.append(json.loads(line))
    return records


def _parts() -> dict[str, list[dict[str, str]]]:
    return {name: _part(name) for name in ("dev", "heldout") if (CORPUS / f"{name}.jsonl").exists()}


def _is_ordinary(rec: dict[str, str]) -> bool:
    return rec["family"].startswith("gym_")


def test_the_development_part_exists() -> None:
    assert "dev" in _parts()


@pytest.mark.parametrize("name", ["dev", "heldout"])
def test_every_line_has_the_fields_and_values_the_evaluator_expects(name: str) -> None:
    if not (CORPUS / f"{name}.jsonl").exists():
        pytest.skip(f"{name}.jsonl not written yet")
    for rec in _part(name):
        assert set(rec) <= FIELDS and {"text", "label", "family", "voice"} <= set(rec), rec
        assert isinstance(rec["text"], str) and rec["text"].strip(), rec
        assert rec["label"] in LABELS, rec
        assert rec["voice"] in VOICES, rec
        assert rec["family"] and rec["family"] == rec["family"].strip(), rec


def test_no_message_appears_twice_in_the_whole_corpus() -> None:
    texts = Counter(rec["text"].strip().lower() for recs in _parts().values() for rec in recs)
    assert [t for t, n in texts.items() if n > 1] == []


def test_no_family_is_in_both_parts() -> None:
    parts = _parts()
    if "heldout" not in parts:
        pytest.skip("heldout.jsonl not written yet")
    dev = {rec["family"] for rec in parts["dev"]}
    heldout = {rec["family"] for rec in parts["heldout"]}
    assert dev & heldout == set()


def test_ordinary_gym_chat_is_always_labelled_none() -> None:
    for recs in _parts().values():
        for rec in recs:
            if _is_ordinary(rec):
                assert rec["label"] == "none", rec


def test_a_calm_mention_that_still_escalates_says_why() -> None:
    for recs in _parts().values():
        for rec in recs:
            if rec["voice"] in CALM and rec["label"] != "none":
                assert rec.get("note"), rec


def test_the_corpus_is_as_large_as_the_issue_asks() -> None:
    parts = _parts()
    if "heldout" not in parts:
        pytest.skip("heldout.jsonl not written yet")
    every = [rec for recs in parts.values() for rec in recs]
    assert sum(rec["label"] in TIERS for rec in every) >= 1500
    assert sum(_is_ordinary(rec) for rec in every) >= 1000
    assert sum(rec["label"] in TIERS for rec in parts["heldout"]) >= 600
    assert sum(_is_ordinary(rec) for rec in parts["heldout"]) >= 400


def test_the_held_out_part_covers_every_tier_and_every_voice() -> None:
    parts = _parts()
    if "heldout" not in parts:
        pytest.skip("heldout.jsonl not written yet")
    heldout = parts["heldout"]
    assert {rec["label"] for rec in heldout} == LABELS
    assert {rec["voice"] for rec in heldout} == VOICES


def test_the_split_is_about_sixty_forty_by_family() -> None:
    parts = _parts()
    if "heldout" not in parts:
        pytest.skip("heldout.jsonl not written yet")
    dev = len({rec["family"] for rec in parts["dev"]})
    heldout = len({rec["family"] for rec in parts["heldout"]})
    assert 0.3 <= heldout / (dev + heldout) <= 0.5


def test_the_family_catalogue_names_every_family_in_its_part() -> None:
    catalogue = json.loads((CORPUS / "families.json").read_text(encoding="utf-8"))
    for name, recs in _parts().items():
        assert {rec["family"] for rec in recs} == set(catalogue[name])
        for rec in recs:
            assert catalogue[name][rec["family"]]["description"]
