"""The concept screen (issue 13): the kinds of warning sign the phrase list missed, in new words."""
from __future__ import annotations

from core.safety.screening import screen
from core.safety.signs import Tier


def _advice(text: str) -> Tier:
    found = screen(text)
    return found.tier if not found.needs_confirmation else Tier.NONE


def test_a_collapse_that_just_happened_in_the_gym_is_an_emergency() -> None:
    assert _advice("just dropped in the gym, woke up with the staff around me") is Tier.EMERGENCY
    assert _advice("hit the deck after my last set, lights out for a second") is Tier.EMERGENCY


def test_not_knowing_whether_the_bladder_is_full_gets_emergency_advice_not_a_question() -> None:
    assert _advice("not sure if I need to pee anymore") is Tier.EMERGENCY
    assert _advice("I can't tell if my bladder is full") is Tier.EMERGENCY


def test_a_lay_self_diagnosis_sends_to_a_provider() -> None:
    assert _advice("think I've slipped a disc") >= Tier.PROVIDER
    assert _advice("pretty sure it's a trapped nerve") >= Tier.PROVIDER
    assert _advice("my herniated disc is flaring up after the rows") >= Tier.PROVIDER


def test_a_change_in_walking_since_training_sends_to_a_provider() -> None:
    assert _advice("I've been limping since Tuesday's session") >= Tier.PROVIDER
    assert _advice("my walking feels different since the deadlifts") >= Tier.PROVIDER


def test_a_locked_back_that_cannot_stand_straight_sends_to_a_provider() -> None:
    assert _advice("back seized up this morning, can't stand up straight") >= Tier.PROVIDER
    assert _advice("I'm stuck bent over and can't get upright") >= Tier.PROVIDER


def test_pain_growing_week_on_week_in_words_sends_to_a_provider() -> None:
    found = screen("my back pain gets a bit worse every week")
    assert found.tier is Tier.PROVIDER and "worsening_pain" in found.triggers
    assert _advice("each session my back hurts more than the last") >= Tier.PROVIDER


def test_a_joke_about_fainting_is_not_an_emergency() -> None:
    assert screen("I nearly passed out lol that set killed me").tier is Tier.NONE


def test_nearly_fainting_without_a_joke_still_counts() -> None:
    assert _advice("I nearly fainted and had to lie on the gym floor") is Tier.EMERGENCY


def test_the_hyperbole_of_hard_training_raises_nothing() -> None:
    for text in ("Crashed on the sofa for two hours afterwards lol.", "My legs are dead after the RDLs.",
                 "Lats feel like they've been hit by a truck.", "The instructions left me a bit numb with confusion"):
        assert screen(text).tier is Tier.NONE, text


def test_a_history_of_cancer_counts_with_new_back_pain_but_not_with_none() -> None:
    assert _advice("Back pain started last week. I finished chemo for lymphoma last year.") is Tier.URGENT
    assert screen("Had skin cancer removed in 2015, all clear since, and my back feels great.").tier is Tier.NONE
