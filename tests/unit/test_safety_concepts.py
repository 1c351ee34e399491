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


def test_the_rest_of_the_cauda_equina_card_in_lay_words_gets_emergency_advice() -> None:
    assert _advice("when i wipe after the loo it feels kind of numb back there") is Tier.EMERGENCY
    assert _advice("my pee stream keeps stopping and starting since saturday") is Tier.EMERGENCY
    assert _advice("weird thing, passing wind i can't really feel it anymore") is Tier.EMERGENCY
    assert _advice("during sex last night i could barely feel anything") is Tier.EMERGENCY


def test_a_foot_that_drops_or_slaps_when_walking_gets_emergency_advice() -> None:
    assert _advice("my left foot keeps slapping the floor when i walk") is Tier.EMERGENCY
    assert _advice("can't lift my toes up on the right side since monday") is Tier.EMERGENCY


def test_breathlessness_at_rest_gets_emergency_advice_but_a_hard_sprint_does_not() -> None:
    assert _advice("sitting on the sofa and i can't get enough air") is Tier.EMERGENCY
    assert screen("totally out of breath after the sprint intervals lol").tier < Tier.URGENT


def test_sweats_at_night_and_weight_dropping_off_with_back_pain_send_to_a_doctor_today() -> None:
    assert _advice("back aches and i wake up with the sheets soaked in sweat every night") >= Tier.URGENT
    assert _advice("dropped 6 kilos without trying and my back keeps aching") >= Tier.URGENT
    assert screen("dropped 3 kilos on my cut, back feels fine").tier < Tier.URGENT


def test_mid_back_pain_out_of_nowhere_and_a_cancer_history_send_to_a_doctor_today() -> None:
    assert _advice("deep ache between my shoulder blades, came on for no reason") >= Tier.URGENT
    assert _advice("had chemo two years back and now my lower back hurts") >= Tier.URGENT


def test_one_weak_leg_and_pain_that_rest_does_not_ease_send_to_a_provider() -> None:
    assert _advice("my right leg feels weak on the stairs since the back tweak") >= Tier.PROVIDER
    assert _advice("back pain, resting all weekend didn't help at all") >= Tier.PROVIDER
    assert _advice("three weeks now and my back is still no better") >= Tier.PROVIDER


def test_denied_new_signs_raise_nothing() -> None:
    assert screen("no night sweats, no weight loss, just a sore back").tier < Tier.URGENT
    assert screen("my foot is fine, no dragging at all").tier is Tier.NONE


def test_more_lay_words_from_the_source_lists_escalate() -> None:
    assert _advice("back passage feels numb since this morning") is Tier.EMERGENCY
    assert _advice("heart racing and i feel dizzy after standing up") is Tier.EMERGENCY
    assert _advice("lower back aches and i feel really unwell and shivery") >= Tier.URGENT
    assert _advice("on prednisolone and I slipped on the stairs, back hurts") >= Tier.URGENT


def test_hit_by_a_truck_as_gym_talk_raises_nothing() -> None:
    assert screen("my lats feel like they've been hit by a truck").tier is Tier.NONE
