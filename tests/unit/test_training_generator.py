"""The session generator: the §1 rules hold for every level, kit and gentle setting; §2 levels; blocks."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from core.model import Equipment, Level, Profile
from core.text import training as text
from core.training.kinds import Reason
from core.training.catalogue import CATALOGUE, MAIN_SLOTS, exercise
from core.training.generator import block_rotation_due, build_session, new_lifter_stage
from core.training.plan import PastLift, PastSession, PastSet, SessionPlan, Slot, TrainingHistory
from core.training.selection import allowed_in_slot

TODAY = date(2025, 3, 10)  # a Monday
ALL = frozenset(Equipment)
kits = st.frozensets(st.sampled_from(list(Equipment)))
levels = st.sampled_from(list(Level))
slot_choices = st.lists(
    st.tuples(st.sampled_from([s.value for s in Slot]), st.sampled_from([e.key for e in CATALOGUE])), max_size=4
).map(lambda pairs: tuple(dict(pairs).items()))


def keys_in(plan: SessionPlan, *slots: Slot) -> list[str]:
    return [lift.key for lift in plan.lifts if lift.slot in slots]


@settings(max_examples=300, deadline=None)
@given(level=levels, kit=kits, gentle=st.booleans(), choices=slot_choices)
def test_every_session_covers_a_vertical_pull_a_row_and_a_hinge(level, kit, gentle, choices) -> None:
    profile = Profile(1, "Sam", level=level, equipment=kit, lift_choices=choices)
    plan = build_session(profile, TrainingHistory(), TODAY, gentle=gentle)

    assert keys_in(plan, Slot.VERTICAL_PULL)
    assert keys_in(plan, Slot.ROW_1, Slot.ROW_2)
    assert keys_in(plan, Slot.HINGE)


@settings(max_examples=300, deadline=None)
@given(level=levels, kit=kits, gentle=st.booleans(), choices=slot_choices)
def test_only_what_the_kit_allows_and_machines_never_lead(level, kit, gentle, choices) -> None:
    profile = Profile(1, "Sam", level=level, equipment=kit, lift_choices=choices)
    plan = build_session(profile, TrainingHistory(), TODAY, gentle=gentle)

    for lift in plan.lifts:
        chosen = exercise(lift.key)
        assert chosen.allowed_with(kit), lift.key
        assert chosen.fits(lift.slot)
        assert lift.finisher == (lift.slot not in MAIN_SLOTS)
        if chosen.machine and not lift.finisher:
            assert lift.slot is Slot.VERTICAL_PULL and Equipment.PULLUP_BAR not in kit
    assert len({lift.key for lift in plan.lifts}) == len(plan.lifts)


@settings(max_examples=200, deadline=None)
@given(level=levels, kit=kits, choices=slot_choices)
def test_a_gentle_session_is_light_short_and_bridges_or_lightly_hinges(level, kit, choices) -> None:
    plan = build_session(Profile(1, "Sam", level=level, equipment=kit, lift_choices=choices), TrainingHistory(), TODAY, gentle=True)

    assert all(lift.sets <= 2 for lift in plan.lifts)
    assert keys_in(plan, Slot.HINGE)[0] in {"glute_bridge", "light_hip_hinge"}
    assert not any(lift.load_kind.value == "barbell_total" for lift in plan.lifts)
    assert text.SESSION_GENTLE in plan.notes


@settings(max_examples=150, deadline=None)
@given(level=levels, kit=kits, gentle=st.booleans(), choices=slot_choices, offset=st.integers(0, 41))
def test_the_same_lifts_stay_for_the_whole_six_week_block(level, kit, gentle, choices, offset) -> None:
    profile = Profile(1, "Sam", level=level, equipment=kit, lift_choices=choices, block_started=TODAY)
    first = build_session(profile, TrainingHistory(), TODAY, gentle=gentle)
    later = build_session(profile, TrainingHistory(), TODAY + timedelta(days=offset), gentle=gentle)

    assert [lift.key for lift in first.lifts] == [lift.key for lift in later.lifts]
    assert build_session(profile, TrainingHistory(), TODAY, gentle=gentle) == first


@settings(max_examples=300, deadline=None)
@given(level=levels, kit=kits, slot=st.sampled_from(list(MAIN_SLOTS)), key=st.sampled_from([e.key for e in CATALOGUE]))
def test_a_swap_choice_is_honoured_whenever_the_kit_allows_it(level, kit, slot, key) -> None:
    profile = Profile(1, "Sam", level=level, equipment=kit, lift_choices=((slot.value, key),))
    plan = build_session(profile, TrainingHistory(), TODAY)
    placed = keys_in(plan, slot)

    if allowed_in_slot(exercise(key), slot, kit, gentle=False) and placed:
        assert placed == [key]
    else:
        assert key not in placed


@settings(max_examples=200, deadline=None)
@given(level=levels, kit=kits, gentle=st.booleans())
def test_ramps_two_before_the_first_main_lift_one_before_the_others_none_for_finishers(level, kit, gentle) -> None:
    plan = build_session(Profile(1, "Sam", level=level, equipment=kit), TrainingHistory(), TODAY, gentle=gentle)
    main = [lift for lift in plan.lifts if not lift.finisher]

    assert len(main[0].ramps) == 2
    assert all(len(lift.ramps) == 1 for lift in main[1:])
    assert all(not lift.ramps for lift in plan.lifts if lift.finisher)
    for lift in plan.lifts:
        working = lift.load_kg or lift.suggested_first_load_kg
        for ramp in lift.ramps:
            assert ramp.load_kg is None or (working is not None and ramp.load_kg <= working)
            assert ramp.load_kg is not None or ramp.note


def test_an_experienced_lifter_with_a_full_gym_gets_the_article_template() -> None:
    plan = build_session(Profile(1, "Sam", level=Level.EXPERIENCED, equipment=ALL), TrainingHistory(), TODAY)

    assert [lift.key for lift in plan.lifts] == [
        "pull_up", "one_arm_db_row", "chest_supported_db_row", "db_rdl", "renegade_row", "farmers_carry", "cable_row",
    ]
    main = plan.lifts[:4]
    assert all(lift.sets == 3 for lift in main)
    assert [(lift.rep_low, lift.rep_high) for lift in main[1:]] == [(8, 12)] * 3
    assert main[0].target_reps is None  # pull-ups: as many clean reps as possible
    assert all(lift.target_reps == 10 and lift.needs_first_load for lift in main[1:])
    assert plan.warmup == text.WARMUP and plan.cooldown == text.COOLDOWN


def test_a_new_lifter_starts_with_three_supported_lifts_at_one_set() -> None:
    plan = build_session(Profile(1, "Sam", level=Level.NEW, equipment=ALL), TrainingHistory(), TODAY)

    assert [(lift.key, lift.sets) for lift in plan.lifts] == [
        ("band_pull_up", 1), ("one_arm_db_row", 1), ("db_rdl", 1),
    ]


def test_a_lifter_with_no_kit_gets_bodyweight_fallbacks() -> None:
    plan = build_session(Profile(1, "Sam", level=Level.RETURNING), TrainingHistory(), TODAY)

    assert [lift.key for lift in plan.lifts] == ["floor_lat_pull", "inverted_row", "light_hip_hinge"]


def test_a_lat_pulldown_leads_only_for_a_lifter_without_a_bar() -> None:
    no_bar = build_session(Profile(1, "Sam", level=Level.RETURNING, equipment=frozenset({Equipment.CABLE})), TrainingHistory(), TODAY)
    with_bar = build_session(
        Profile(1, "Sam", level=Level.RETURNING, equipment=frozenset({Equipment.CABLE, Equipment.PULLUP_BAR})),
        TrainingHistory(), TODAY,
    )

    assert keys_in(no_bar, Slot.VERTICAL_PULL) == ["lat_pulldown"]
    assert keys_in(with_bar, Slot.VERTICAL_PULL) == ["pull_up"]


def weekly_sessions(*mondays_offset: int) -> TrainingHistory:
    sessions = [
        PastSession(TODAY - timedelta(weeks=w), (PastLift("db_rdl", (PastSet(10, 10),)),)) for w in sorted(mondays_offset, reverse=True)
    ]
    return TrainingHistory(tuple(sessions))


def test_a_new_lifter_gains_a_set_after_two_consistent_weeks() -> None:
    profile = Profile(1, "Sam", level=Level.NEW, equipment=ALL)
    plan = build_session(profile, weekly_sessions(2, 1), TODAY)

    assert new_lifter_stage(profile, weekly_sessions(2, 1), TODAY) == 1
    assert all(lift.sets == 2 for lift in plan.lifts)
    assert text.SESSION_SET_ADDED in plan.notes


def test_a_missed_week_breaks_the_run_so_no_set_is_added() -> None:
    profile = Profile(1, "Sam", level=Level.NEW, equipment=ALL)
    plan = build_session(profile, weekly_sessions(3, 1), TODAY)

    assert all(lift.sets == 1 for lift in plan.lifts)


def test_a_weekly_goal_of_two_needs_two_sessions_each_week() -> None:
    profile = Profile(1, "Sam", level=Level.NEW, equipment=ALL, weekly_goal=2)
    one_a_week = weekly_sessions(2, 1)
    two_a_week = TrainingHistory(
        tuple(PastSession(TODAY - timedelta(days=d), ()) for d in (14, 12, 7, 5))
    )

    assert new_lifter_stage(profile, one_a_week, TODAY) == 0
    assert new_lifter_stage(profile, two_a_week, TODAY) == 1


def test_a_new_lifter_reaches_the_full_template_only_after_months() -> None:
    profile = Profile(1, "Sam", level=Level.NEW, equipment=ALL)
    ten_weeks = weekly_sessions(*range(1, 11))
    plan = build_session(profile, ten_weeks, TODAY)

    assert new_lifter_stage(profile, ten_weeks, TODAY) == 5
    assert [lift.key for lift in plan.lifts][:4] == ["band_pull_up", "one_arm_db_row", "chest_supported_db_row", "db_rdl"]
    assert "farmers_carry" in [lift.key for lift in plan.lifts]
    assert all(lift.sets == 3 for lift in plan.lifts if not lift.finisher)


def test_the_pull_up_ladder_moves_a_lifter_up_and_keeps_them_there() -> None:
    profile = Profile(1, "Sam", level=Level.NEW, equipment=ALL)
    earned = TrainingHistory((PastSession(TODAY - timedelta(days=7), (PastLift("band_pull_up", (PastSet(12, None),) * 2),)),))
    moved = build_session(profile, earned, TODAY)
    later = TrainingHistory(earned.sessions + (PastSession(TODAY, (PastLift("pull_up", (PastSet(5, None),)),)),))
    stays = build_session(profile, later, TODAY + timedelta(days=7))

    assert keys_in(moved, Slot.VERTICAL_PULL) == ["pull_up"]
    assert moved.lifts[0].progression_note == text.REASONS[Reason.LADDER_UP]
    assert keys_in(stays, Slot.VERTICAL_PULL) == ["pull_up"]


def test_a_bad_check_in_takes_one_set_off_every_lift() -> None:
    profile = Profile(1, "Sam", level=Level.RETURNING, equipment=ALL)
    past = TrainingHistory((PastSession(TODAY - timedelta(days=3), (), reduce_next=True),))
    plan = build_session(profile, past, TODAY)

    assert all(lift.sets == 2 for lift in plan.lifts if not lift.finisher)


def test_a_rotation_is_offered_at_the_six_week_boundary() -> None:
    profile = Profile(1, "Sam", equipment=ALL, block_started=TODAY - timedelta(days=42))
    early = Profile(1, "Sam", equipment=ALL, block_started=TODAY - timedelta(days=41))

    assert block_rotation_due(profile, TODAY) and not block_rotation_due(early, TODAY)
    assert not block_rotation_due(Profile(1, "Sam"), TODAY)
    assert text.SESSION_BLOCK_DONE in build_session(profile, TrainingHistory(), TODAY).notes
    assert text.SESSION_BLOCK_DONE not in build_session(early, TrainingHistory(), TODAY).notes


def test_a_long_break_is_named_in_the_session_notes() -> None:
    past = TrainingHistory((PastSession(TODAY - timedelta(days=20), (PastLift("db_rdl", (PastSet(10, 20),)),)),))
    plan = build_session(Profile(1, "Sam", equipment=ALL), past, TODAY)

    assert text.SESSION_LAYOFF in plan.notes
    rdl = next(lift for lift in plan.lifts if lift.key == "db_rdl")
    assert rdl.load_kg == 18 and not rdl.needs_first_load


def test_a_lift_swapped_in_mid_session_is_planned_with_its_own_history_and_ramps() -> None:
    from core.training.generator import plan_lift

    profile = Profile(1, "Sam", level=Level.RETURNING, equipment=ALL)
    past = TrainingHistory((PastSession(TODAY - timedelta(days=7), (PastLift("barbell_row", (PastSet(12, 60),) * 3),)),))

    planned = plan_lift(exercise("barbell_row"), Slot.ROW_1, profile, past, TODAY, sets=3, main_index=1)

    assert (planned.key, planned.sets, planned.load_kg, planned.target_reps) == ("barbell_row", 3, 62.5, 8)
    assert [r.load_kg for r in planned.ramps] == [37.5]
    assert not planned.finisher and not planned.needs_first_load


def test_a_block_rotation_proposes_the_next_variation_of_each_row_and_hinge() -> None:
    from core.training.selection import rotated_choices

    profile = Profile(1, "Sam", level=Level.RETURNING, equipment=ALL)
    rotated = dict(rotated_choices(profile, TrainingHistory()))
    plan = build_session(Profile(1, "Sam", level=Level.RETURNING, equipment=ALL, lift_choices=tuple(rotated.items())), TrainingHistory(), TODAY)

    assert rotated == {"row_1": "barbell_row", "row_2": "seal_row", "hinge": "trap_bar_deadlift"}
    assert keys_in(plan, Slot.ROW_1, Slot.ROW_2, Slot.HINGE) == ["barbell_row", "seal_row", "trap_bar_deadlift"]
