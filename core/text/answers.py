"""Wording for answers people type loosely: time zones, units, numbers, and ways out of a question."""
from __future__ import annotations

ZONE_READ = "Time zone set to {zone} (from \"{typed}\")."
ZONE_READ_SUMMER = "Time zone set to {zone} (from \"{typed}\"); it moves to summer time and back by itself."
ZONE_ABBREVIATION = (
    "I took {typed} to mean {zone}, which moves to summer time and back by itself, "
    "so reminders stay at the same local time all year."
)
ZONE_FIXED_OFFSET = (
    "Time zone set to {offset} all year round ({zone}), with no summer time. "
    "If your clocks change in summer, type your city instead."
)
ZONE_PLACE = "Time zone set to {zone}, for {place}."
ZONE_COUNTRY_SEVERAL = (
    "{place} has more than one time zone; I picked {zone}. If yours is different, type your city."
)
ZONE_UNKNOWN = "I don't know the time zone \"{typed}\". Did you mean: {options}? A city or country name works too."
ZONE_UNKNOWN_NO_GUESS = (
    "I don't know the time zone \"{typed}\". Type your city or country (like London or India), "
    "or a zone name like Europe/London."
)
ZONE_NO_SUCH_OFFSET = "No time zone uses the offset \"{typed}\". Try a city name, like Berlin or Chicago."
ZONE_TOO_LONG = "That's longer than any time zone name. Type a city (like London) or a zone (like Europe/London)."
ZONE_EMPTY = "Type a city (like London) or a zone (like Europe/London)."

# Other names people type for a numbered option, by the option's key.
OTHER_NAMES = {
    "kg": ("kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogrammes", "metric"),
    "lb": ("lbs", "pound", "pounds", "imperial", "#"),
    "none": ("nothing", "none", "bodyweight", "body weight", "no equipment"),
}
FINISH_WORDS = frozenset({"done", "ok", "okay", "finish", "finished", "that's all", "thats all"})
WAY_OUT_WORDS = frozenset({"cancel", "back", "never mind", "nevermind", "exit", "quit"})
WAY_OUT_BUTTON = "Cancel"
SETTINGS_WAY_OUT = "Type cancel to leave without changing anything."
NOTHING_TO_CANCEL = "There's nothing open to cancel. /stop ends a session; /help lists everything."
