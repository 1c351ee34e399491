"""Everything the coach says about a session: cues, warm-up, cool-down, loads and "last time"."""
from __future__ import annotations

from core.model import Units, from_kg
from core.training.kinds import Cue, Reason
from core.training.plan import LoadKind, PastLift

# One line per exercise, keyed by catalogue key.
CUES: dict[str, str] = {
    "pull_up": "Start from a dead hang and drive your elbows down toward your back pockets; stop a rep before your form slips.",
    "band_pull_up": "Let the band help only at the bottom; pull your elbows down and in, as if pinning a towel in each armpit.",
    "foot_assisted_pull_up": "Feet on a chair behind you, help with the legs as little as you can and bring the elbows down to your ribs.",
    "negative_pull_up": "Step up to the top, then lower yourself slowly, taking three to five seconds on the way down.",
    "lat_pulldown": "Bring the bar to your upper chest by driving the elbows down; imagine squeezing something in your armpit.",
    "band_pulldown": "Anchor the band high and pull your elbows down to your sides, squeezing your armpits shut.",
    "floor_lat_pull": "Face down, arms overhead and lifted a little; pull the elbows down to your ribs and hold for a second.",
    "one_arm_db_row": "Drive the elbow back toward your hip rather than lifting with the hand; squeeze at the top, torso still.",
    "barbell_row": "Brace, hinge over and row the bar to your lower ribs with the elbows; if your torso bounces, go lighter.",
    "band_row": "Sit or stand tall, row the elbows back past your ribs, pause, and let the band return slowly.",
    "inverted_row": "Keep your body straight as a plank and pull your chest up by driving the elbows back; bent knees make it easier.",
    "chest_supported_db_row": "Keep your chest on the bench the whole set; row the elbows back and hold the squeeze for a beat.",
    "seal_row": "Lie flat on the high bench and row the bar up toward it; pause with your shoulder blades pinched.",
    "cable_row": "Sit tall and still; pull the handle to your belly with your elbows, pause, and let it back under control.",
    "db_rdl": "Soft knees, hips back, dumbbells close to your legs; stop when the hamstrings are tight and the back is still flat.",
    "trap_bar_deadlift": "Stand in the middle of the bar, brace, and push the floor away so hips and shoulders rise together.",
    "block_deadlift": "Bar on blocks 20-25 cm (8-10 in) up; brace, keep it against your legs and stand tall without leaning back.",
    "light_hip_hinge": "Hands on hips or a light weight at your chest; push the hips back with a flat back, then squeeze your glutes to stand.",
    "floor_back_extension": "Face down, lift your chest a little with your neck long, hold a moment, and lower slowly.",
    "glute_bridge": "Feet flat, press through your heels until knees, hips and shoulders line up; squeeze, then lower slowly.",
    "renegade_row": "Feet wide and hips level; row one dumbbell without letting your hips twist.",
    "elevated_plank_row": "Hands on the bench, body straight; row the dumbbell to your hip and keep the hips square.",
    "farmers_carry": "Stand tall with your shoulders down, grip hard and walk with short, steady steps.",
    "static_hang": "Hang with a firm grip and the shoulders gently pulled down; come off before your grip slips.",
}

WARMUP: tuple[str, ...] = (
    "3-5 minutes of easy cardio: brisk walking, cycling or marching on the spot.",
    "Arm circles, about 10 each way.",
    "Band pull-aparts or arm swings, 10-15 reps.",
    "Then the ramp sets listed with each lift: two before the first one, one before the others.",
)

COOLDOWN: tuple[str, ...] = (
    "Knee-to-chest: on your back, hug one knee in, then the other, 15-30 s each.",
    "Supine twist: knees together, let them fall to one side, then the other, 15-30 s each side.",
    "Glute bridge hold: lift the hips and hold for 15-30 s.",
    "Go round 2-3 times, breathing slowly.",
)

RAMP_EASIER_PULL_UP = "easier version (band or feet on a chair), a few smooth reps"
RAMP_BODYWEIGHT_FIRST = "bodyweight only, a few smooth reps"
RAMP_NO_WEIGHT = "no weight, just the movement"
RAMP_LIGHTER_BAND = "lighter band or less stretch"
RAMP_EASIER_ANGLE = "an easier version, a few slow reps"
RAMP_OF_WORKING = "about {percent} % of what you'll use"

REASONS: dict[Reason, str] = {
    Reason.FIRST_TIME: "First time with this one: pick a weight you could lift a few more times than the target.",
    Reason.ADD_STEP: "Every set reached the top of the range last time, so it goes up one step.",
    Reason.ONE_MORE_REP: "Same weight; aim for one more rep per set than last time.",
    Reason.KEEP_LOW: "Same weight as last time; settle into it before adding anything.",
    Reason.DROP: "Two sessions in a row under the range, so it comes down about 10 % to build back up.",
    Reason.HOLD_PAIN: "You reported pain on this lift last time, so no increase today.",
    Reason.HOLD_PAUSED: "Increases are paused for now, so the weight stays the same.",
    Reason.HOLD_REDUCED: "Your check-in asked for an easier session: one set fewer and no increases.",
    Reason.LAYOFF_RESTART: "It's been more than two weeks, so we restart a little lighter, about 90 %.",
    Reason.GENTLE: "Gentle day: lighter weight, fewer sets, nothing forced.",
    Reason.LADDER_UP: "12 clean reps on every set: time for pull-ups on your own bodyweight.",
    Reason.LADDER_WEIGHTED: "12 clean reps on every set: add a small weight to your pull-ups.",
    Reason.LADDER_TOP: "12 clean reps on every set: keep them crisp and slow rather than adding weight.",
    Reason.AS_MANY_CLEAN: "As many clean reps as you can, stopping before your form changes.",
    Reason.HARDER_BAND: "Every set reached the top of the range: use a stronger band or stand a bit further back.",
    Reason.HARDER_VARIANT: "Every set reached the top of the range: make it a little harder (slower lowering, or a harder angle).",
    Reason.HOLD_LONGER: "Every round reached the top time: go a little longer or a little heavier.",
    Reason.LONGER: "Same load; aim for about 5 seconds longer than last time.",
    Reason.HEAVIER_SHORTER: "Every round reached the top time, so the load goes up one step and the time starts low again.",
}

SESSION_GENTLE = "Today is a gentle session: bands or light weights, 1-2 sets, and bridges or a light hinge for the lower back."
SESSION_LAYOFF = "Welcome back. After a break of more than two weeks we restart at about 90 % of your last weights."
SESSION_BLOCK_DONE = (
    "You've had six weeks with these lifts. Want to rotate to fresh variations for the next block, "
    "or keep the same ones? Either is fine."
)
SESSION_SET_ADDED = "Two consistent weeks: each lift gets one more working set."

CUE_TEXT: dict[Cue, str] = {
    Cue.LOWER_LOAD_AND_STRAPS: (
        "If your grip or biceps give out before your back does, make the next set lighter: {lighter} instead of {load}. "
        "On your heaviest sets, straps help once you've warmed up without them, and a farmer's carry at the end trains the grip itself."
    ),
    Cue.TOO_HEAVY: (
        "If it only moves with a swing, it's too heavy for good back work. Try {lighter} instead of {load}, "
        "and keep your torso still."
    ),
}
CUE_TEXT_NO_LOAD: dict[Cue, str] = {
    Cue.LOWER_LOAD_AND_STRAPS: (
        "If your grip or biceps give out before your back does, make the next set easier. "
        "Straps help on the hardest sets once you've warmed up without them, and a farmer's carry at the end trains the grip itself."
    ),
    Cue.TOO_HEAVY: "If it only moves with a swing, it's too hard for good back work. Make it easier and keep your torso still.",
}


def reason_text(reason: Reason) -> str:
    return REASONS[reason]


def cue_text(cue: Cue, load_kg: float | None, lighter_kg: float | None, units: Units, load_kind: LoadKind) -> str:
    if load_kg is None or lighter_kg is None:
        return CUE_TEXT_NO_LOAD[cue]
    return CUE_TEXT[cue].format(
        load=format_load(load_kg, units, load_kind), lighter=format_load(lighter_kg, units, load_kind)
    )


def _number(kg: float, units: Units) -> str:
    value = round(from_kg(kg, units) * 2) / 2  # half units are the finest anyone loads
    return f"{value:g} {units.value}"


def format_load(kg: float | None, units: Units, load_kind: LoadKind) -> str:
    """A load the way a lifter says it: "16 kg", "35 lb", "bodyweight", "+10 kg", "band"."""
    if load_kind is LoadKind.BAND:
        return "band"
    if load_kind is LoadKind.ASSISTED:
        return "assisted"
    if not kg:
        return "bodyweight"
    if load_kind is LoadKind.BODYWEIGHT:
        return "+" + _number(kg, units)
    return _number(kg, units)


def _reps(past_set_reps: int, right: int | None) -> str:
    return f"{past_set_reps}/{right}" if right is not None else str(past_set_reps)


def format_last_time(past_lift: PastLift, units: Units, load_kind: LoadKind | None = None) -> str:
    """ "last time 3×10 @ 16 kg", "last time 10/10, 9/9, 8/8 @ 16 kg", "last time 10 @ 16 kg, 8 @ 18 kg"."""
    work = [s for s in past_lift.sets if not s.warmup]
    if not work:
        return "no working sets last time"
    kind = load_kind if load_kind is not None else LoadKind.PER_DUMBBELL
    seconds = " s" if kind is LoadKind.TIME else ""
    counts = [s.seconds if s.seconds is not None else s.reps for s in work]  # a timed set's count is its seconds
    reps = [_reps(count, s.reps_right) + seconds for count, s in zip(counts, work)]
    loads = {s.load_kg for s in work}
    if len(loads) > 1:
        parts = [f"{r} @ {format_load(s.load_kg, units, kind)}" for r, s in zip(reps, work)]
        return "last time " + ", ".join(parts)
    load = loads.pop()
    if len(set(reps)) == 1 and len(reps) > 1:
        per_side = " per side" if work[0].reps_right is not None else ""
        sets = f"{len(reps)}×{counts[0]}{seconds}{per_side}"
    else:
        sets = ", ".join(reps)
    if load is None or (load == 0 and kind in (LoadKind.BODYWEIGHT, LoadKind.TIME)):
        if kind in (LoadKind.BAND, LoadKind.ASSISTED):
            return f"last time {sets} ({format_load(None, units, kind)})"
        return f"last time {sets}"
    return f"last time {sets} @ {format_load(load, units, kind)}"


def first_load_hint(kg: float, units: Units, load_kind: LoadKind) -> str:
    return f"A careful start would be about {format_load(kg, units, load_kind)}. What will you use?"
