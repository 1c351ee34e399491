"""The held-out corpus figures as a regression floor (issue 13).

The floor is what the screen measured on the held-out part when it was last tuned (on the development
part and the fresh development parts only), not the issue's targets, which it does not yet meet: see docs/safety.md. A change that
loses ground on words nobody tuned for fails here. Raise the floor when the screen gets better.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]

# measured at commit time: share reaching the tier (emergency: the advice at once), and the alarm rate
# (session 3: 174, 93, 100 and 15 alarms; session 4, after two rounds of fresh development data: below)
FLOOR = {"emergency": 257 / 304, "urgent": 107 / 130, "provider": 161 / 194}
ALARM_CEILING = 13.0 / 621


def _evaluation() -> ModuleType:
    spec = importlib.util.spec_from_file_location("safety_eval", ROOT / "bench" / "safety_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["safety_eval"] = module
    spec.loader.exec_module(module)
    return module


def test_the_held_out_warning_signs_are_caught_at_least_as_often_as_when_last_measured() -> None:
    evaluation = _evaluation()
    figures = evaluation.evaluate(evaluation.load("heldout"))
    for label, floor in FLOOR.items():
        assert figures.reached[label] >= floor - 1e-9, (label, figures.reached[label])


def test_the_held_out_ordinary_chat_and_calm_mentions_alarm_no_more_than_when_last_measured() -> None:
    evaluation = _evaluation()
    figures = evaluation.evaluate(evaluation.load("heldout"))
    assert figures.alarm_rate <= ALARM_CEILING + 1e-9


def test_emergency_counts_only_the_advice_given_at_once() -> None:
    evaluation = _evaluation()
    item = evaluation.Item("my groin is numb", "emergency", "f", "plain")
    asked = evaluation.Screening(evaluation.Tier.EMERGENCY, ("saddle_numbness",), True)
    told = evaluation.Screening(evaluation.Tier.EMERGENCY, ("saddle_numbness",), False)
    assert not evaluation.reaches(item, asked) and evaluation.reaches(item, told)
    assert evaluation.alarm_weight(asked) == 0.5 and evaluation.alarm_weight(told) == 1.0
