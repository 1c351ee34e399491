"""What the coach says about kinds of sets (as many as you can, timed) and the rest between sets."""
from __future__ import annotations

# Timed sets: carries and holds are done for a time, not for reps.
SECONDS = "{seconds} s"
TIMED_TARGET = "aim for {seconds} s"
TIMED_HOW = "Reply with the time (like 40, 40s or 0:45, and the load if it changed), skip, or done."
AMRAP_HOW = "Tap or type how many clean reps you did (and the load if it changed), or skip."
AMRAP_HOW_MANY = "How many clean reps did you get? Tap a number or type it, like 7. Nothing was logged."
TIMED_HINT = "I couldn't read that as a time. Try 40, 40s, 0:45 or 45 sec, with the load if it changed (40s @ 24 kg)."
TIMED_ZERO = "Zero seconds isn't a set. If you'd rather not do it, reply skip. Nothing was logged."
TIMED_TOO_LONG = "That's longer than {limit} seconds. Check the time and try again; nothing was logged."
BEST_TIMED_LINE = "• {lift}: {seconds} s{load}, {day}"

# The rest between sets.
REST_OVER = "Rest over — {next}"
REST_NEXT_SET = "set {n} of {total}: {what}"
REST_NEXT_LIFT = "next up, {lift}: set {n} of {total}: {what}"
REST_NEXT_RAMP = "next up, {lift}: warm-up set {n} of {total}: {what}"
REST_AMRAP = "as many clean reps as you can"
REST_SHOW_AUTO = (
    "Rest between sets: set per lift — {vertical} for pull-ups and pulldowns, {hinge} for hinges, "
    "{row} for rows, {finisher} for finishers. /rest 90 sets one time for every lift, /rest off turns it off."
)
REST_SHOW_FIXED = "Rest between sets: {time} after every working set. /rest auto sets it per lift again, /rest off turns it off."
REST_SHOW_OFF = "The rest timer is off. /rest 90 turns it on with 90 seconds, /rest auto sets it per lift."
REST_SET_FIXED = "Done: {time} of rest after every working set. I'll tell you when it's over."
REST_SET_AUTO = "Done: the rest is set per lift again (longer for pull-ups and hinges, shorter for rows and finishers)."
REST_SET_OFF = "Done: no rest timer. /rest auto turns it back on."
REST_HINT = "Try /rest 90, /rest 2:00, /rest off or /rest auto."
REST_RANGE = "Pick a rest from {low} to {high} seconds, or /rest off."
REST_MINUTES = "{clock} min"
REST_CARD_LINE = "Rest until {at} ({left} left when this was shown)"
