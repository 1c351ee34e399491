"""The screen against the labelled corpus: every warning sign is caught, ordinary gym talk is not."""
from __future__ import annotations

from core.safety.screening import screen
from core.safety.signs import Tier
from tests.unit.safety_corpus import CALM, ORDINARY, TIERED


def test_the_corpus_is_big_enough_to_mean_something() -> None:
    assert len(TIERED) + len(CALM) >= 150
    assert len(ORDINARY) >= 150
    assert sum(1 for _, tier, _ in TIERED if tier is Tier.EMERGENCY) >= 50


def test_every_tiered_phrase_reaches_its_tier_or_higher() -> None:
    missed = [(text, tier.name, screen(text).tier.name) for text, tier, _ in TIERED
              if screen(text).tier < tier]
    assert missed == []


def test_every_emergency_phrase_reaches_emergency() -> None:
    missed = [text for text, tier, _ in TIERED
              if tier is Tier.EMERGENCY and screen(text).tier is not Tier.EMERGENCY]
    assert missed == []


def test_denied_and_asked_signs_ask_for_confirmation_and_stated_ones_do_not() -> None:
    wrong = [(text, asks) for text, _, asks in TIERED if screen(text).needs_confirmation is not asks]
    assert wrong == []


def test_no_ordinary_gym_message_raises_anything() -> None:
    alarms = [(text, screen(text).tier.name, screen(text).triggers) for text in ORDINARY
              if screen(text).tier is not Tier.NONE]
    assert alarms == []


def test_a_denied_imagined_or_finished_sign_raises_nothing() -> None:
    raised = [(text, screen(text).tier.name) for text in CALM if screen(text).tier is not Tier.NONE]
    assert raised == []


def test_recall_and_false_alarm_rate_are_printed() -> None:
    caught = sum(1 for text, tier, _ in TIERED if screen(text).tier >= tier)
    alarms = sum(1 for text in ORDINARY if screen(text).tier is not Tier.NONE)
    recall, false_alarms = caught / len(TIERED), alarms / len(ORDINARY)
    print(f"\nsafety corpus: {len(TIERED)} tiered phrases, recall {recall:.1%}; "
          f"{len(ORDINARY)} ordinary messages, false-alarm rate {false_alarms:.1%}")
    assert recall == 1.0
    assert false_alarms == 0.0
