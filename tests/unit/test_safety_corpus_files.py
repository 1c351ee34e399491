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


def _read(path: Path) -> list[dict[str, str]]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"{path.name} line {number} is blank"
        records.append(json.loads(line))
    return records


def _part(name: str) -> list[dict[str, str]]:
    if name == "fresh":  # the fresh development part: one file per author
        return [rec for path in sorted((CORPUS / "fresh").glob("*.jsonl")) for rec in _read(path)]
    return _read(CORPUS / f"{name}.jsonl")


def _parts() -> dict[str, list[dict[str, str]]]:
    return {name: _part(name) for name in ("dev", "heldout", "fresh")
            if (CORPUS / f"{name}.jsonl").exists() or (CORPUS / name).is_dir()}


def _catalogue(name: str) -> dict[str, dict[str, str]]:
    if name == "fresh":
        return {family: entry for path in sorted((CORPUS / "fresh").glob("*.families.json"))
                for family, entry in json.loads(path.read_text(encoding="utf-8")).items()}
    catalogue: dict[str, dict[str, str]] = json.loads((CORPUS / "families.json").read_text(encoding="utf-8"))[name]
    return catalogue


def _is_ordinary(rec: dict[str, str]) -> bool:
    return rec["family"].startswith("gym_")


def test_the_development_part_exists() -> None:
    assert "dev" in _parts()


@pytest.mark.parametrize("name", ["dev", "heldout", "fresh"])
def test_every_line_has_the_fields_and_values_the_evaluator_expects(name: str) -> None:
    if name not in _parts():
        pytest.skip(f"the {name} part is not written yet")
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
    families = [{rec["family"] for rec in recs} for recs in parts.values()]
    for index, one in enumerate(families):
        for other in families[index + 1:]:
            assert one & other == set()


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
    for name, recs in _parts().items():
        catalogue = _catalogue(name)
        assert {rec["family"] for rec in recs} == set(catalogue)
        for rec in recs:
            assert catalogue[rec["family"]]["description"]
