"""What the screen tells the coach about single messages: tiers, confirmation, quoting, robustness."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.safety.screening import Screening, screen
from core.safety.signs import TIER_OF, Sign, Tier


def test_a_message_with_no_sign_is_clear() -> None:
    assert screen("3 sets of 10 at 24 kg, felt strong") == Screening(Tier.NONE, (), False)


def test_an_empty_message_is_clear() -> None:
    assert screen("").tier is Tier.NONE
    assert screen("   ").tier is Tier.NONE


def test_tiers_are_ordered_so_the_coach_can_compare_them() -> None:
    assert Tier.NONE < Tier.MODIFY < Tier.PROVIDER < Tier.URGENT < Tier.EMERGENCY


def test_every_sign_has_a_tier() -> None:
    assert set(TIER_OF) == set(Sign)


def test_a_stated_sign_escalates_without_asking() -> None:
    result = screen("shooting pain down my leg")
    assert result.tier is Tier.PROVIDER
    assert result.needs_confirmation is False
    assert "one_leg_nerve" in result.triggers


def test_a_denied_sign_raises_nothing() -> None:
    # issue 13: the person has already answered; asking "are you sure?" is half an alarm
    assert screen("no tingling") == Screening(Tier.NONE, (), False)
    assert screen("Legs feel strong, nothing giving way.").tier is Tier.NONE


def test_a_question_about_a_sign_asks_and_quotes_what_was_heard() -> None:
    result = screen("is tingling normal?")
    assert result.needs_confirmation is True
    assert result.heard == ("tingling",)


def test_an_imagined_or_general_question_raises_nothing() -> None:
    assert screen("what if it tingles?").tier is Tier.NONE
    assert screen("Is numbness around the back passage ever serious?").tier is Tier.NONE


def test_a_question_that_tells_of_the_writer_is_a_statement() -> None:
    result = screen("Should I worry that my backside is numb? It started after the deadlifts.")
    assert result.tier is Tier.EMERGENCY and result.needs_confirmation is False


def test_someone_elses_sign_or_a_finished_one_raises_nothing() -> None:
    assert screen("My dad's sciatica is terrible, he can barely walk.").tier is Tier.NONE
    assert screen("I passed out once in a hot church at a wedding years ago, never since.").tier is Tier.NONE


def test_a_statement_next_to_a_question_is_still_a_statement() -> None:
    result = screen("my leg is tingling, is that normal?")
    assert result.tier is Tier.PROVIDER
    assert result.needs_confirmation is False


def test_a_negation_does_not_reach_past_and() -> None:
    result = screen("no pain and my leg is numb")
    assert result.tier is Tier.PROVIDER
    assert result.needs_confirmation is False


def test_a_stated_lower_sign_is_kept_when_a_higher_one_is_only_asked_about() -> None:
    result = screen("my leg is tingling. is incontinence normal?")
    assert result.tier is Tier.EMERGENCY
    assert result.needs_confirmation is True
    assert result.certain is Tier.PROVIDER


def test_the_most_serious_sign_wins() -> None:
    result = screen("sharp pain in my back and now my groin is numb")
    assert result.tier is Tier.EMERGENCY
    assert result.triggers[0] == "saddle_numbness"
    assert "sharp_pain" in result.triggers


def test_a_sign_is_found_in_a_long_message() -> None:
    filler = "Rows went well, grip held up, lats felt it. " * 80
    assert screen(filler + "Oh and I can't feel my legs. " + filler).tier is Tier.EMERGENCY


def test_misspellings_and_repeated_letters_are_understood() -> None:
    assert screen("tiiingling in my leggg").tier is Tier.PROVIDER
    assert screen("numbnes in my crotch").tier is Tier.EMERGENCY
    assert screen("siatica in both legs").tier is Tier.EMERGENCY


def test_a_fall_without_pain_is_asked_about_not_ignored() -> None:
    result = screen("I fell off my bike yesterday")
    assert result.tier is Tier.EMERGENCY
    assert result.needs_confirmation is True


def test_grip_numbness_is_gym_talk_but_unexplained_hand_numbness_is_asked_about() -> None:
    assert screen("my hands went numb on the dead hang").tier is Tier.NONE
    assert screen("my hands are numb").needs_confirmation is True


def test_back_soreness_is_not_a_sign_but_back_pain_is_a_pain_report() -> None:
    assert screen("my back is sore").tier is Tier.NONE
    assert screen("my back hurts").tier is Tier.MODIFY


def test_a_denied_pain_report_is_just_conversation() -> None:
    assert screen("no back pain today").tier is Tier.NONE


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=600))
def test_the_screen_never_raises_on_any_text(text: str) -> None:
    assert isinstance(screen(text).tier, Tier)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("numb tingle pee? no not,.!'&-groin legs")), max_size=300))
def test_the_screen_never_raises_on_sign_like_noise(text: str) -> None:
    result = screen(text)
    assert result.tier >= Tier.NONE
    assert result.needs_confirmation is (result.tier > result.certain)
