"""An everyday explanation only excuses a sign when it is not itself denied.

Rules drop a match when the clause gives an everyday cause ("numb bum from sitting", "legs like
jelly after leg day"). People who know the screen's doubts say so first: "it's not from sitting",
"I haven't trained legs", "wasn't the squats". A cause denied like that excuses nothing.
"""
from __future__ import annotations

import re

# "could sitting all day make it numb?" asks about the cause, it does not give it
_DENIERS = frozenset("not no isnt wasnt arent werent never nothing havent hasnt hadnt didnt dont doesnt"
                     " without nor could can does would might".split())


def excused(pattern: re.Pattern[str], clause: str) -> bool:
    """True when `pattern` finds an everyday cause in `clause` that the words just before do not deny."""
    for match in pattern.finditer(clause):
        if _DENIERS.isdisjoint(clause[:match.start()].split()[-3:]):
            return True
    return False
