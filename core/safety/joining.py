"""A region and its symptom said near each other, possibly across one clause break of a sentence.

"my groin, it's gone numb", "bladder's full, but nothing's coming out": people put the body part and
what is wrong with it in two clauses. screening.py keeps a match that crosses one clause break only
when both clauses belong to one sentence and neither part is denied.
"""
from __future__ import annotations

# a word between a region and its symptom; never another body part or "fine": "my bum is fine, my foot
# is numb" joins nothing
_BETWEEN = (r"(?!(?:fine|ok|okay|alright|normal|good|great|leg|legs|foot|feet|toes|arm|arms|hand|hands"
            r"|fingers|knee|knees|neck|shoulders?|grip|forearms?|back|chest|lats|abs|core|wrists?|elbows?"
            r"|head|face|calf|calves|shins?|quads?|hamstrings?|thigh)\b)\w+")


def joined(first: str, second: str, gap: int = 4, parts_between: bool = False) -> str:
    """`first` and `second` in either order, at most `gap` words apart, across at most one clause break
    (screening.py drops a match that crosses two, or a sentence end). Other body parts may stand
    between them only with `parts_between` ("a crack in my back and I collapsed")."""
    a, b = f"(?:{first})", f"(?:{second})"
    word = r"(?!(?:fine|ok|okay|alright|normal|good|great)\b)\w+" if parts_between else _BETWEEN
    between = rf"(?: (?:{word}|\|)){{0,{gap}}}"
    return rf"\b{a}\b{between} {b}\b|\b{b}\b{between} {a}\b"
