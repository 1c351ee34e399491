"""One slip of the keyboard away from a warning-sign word: "pian", "lges", "chset", "bowles".

Only the words the screen looks for are corrected, and only by the slips people make most:
two neighbouring letters swapped, one letter missing or one letter
wrong in a word of 6 letters or more. Real words that sit one slip from a sign word ("pins",
"grin", "less") are left alone, so correcting cannot invent a sign.
"""
from __future__ import annotations

from functools import cache

_KEYS = (
    "pain painful hurts hurting aching legs both chest numb tingly tingling groin thighs thigh inner"
    " bladder bowels toilet accident control losing started start harder barely erection erections"
    " ejaculate weird feels feeling since sciatica nerve shooting weakness buckled jelly strength"
    " stand standing heavy tight tightness pressure breathe breathing fainted collapsed dizzy fever"
    " chills sweats cancer chemo steroids osteoporosis injecting stabbing sharp spasm locked seized"
    " straight upright limping walking worse every week session numbness tingle burning radiating"
    " crotch buttocks backside passage wiping leaking dribbling coming properly crushing squeezing"
    " disc slipped herniated trapped pinched bulging agony cracked snapped crunch peeing weeing finish"
).split()
# real words one slip from a key word: never "corrected"
_REAL = frozenset("pins pans grin less form from huts bowls sighs thin inter sine shoot legs sore ever"
                  " stat star stand strait walkin weeks ladder waking baking taking wiping tights sharpe chili"
                  " stranded started chill sweat seats stared tarted bucked sipped tapped rapped racked tinge"
                  " sanding sapped liming caner swats heave tossing"
                  # everyday words one slip from a sign word, found by checking an English word list:
                  " cancel acting barley basely brunch brushing burying canker canner canter clipped cocked"
                  " coping crouch crutch dancer election ejection feeding felling hunting hurling jingle"
                  " jingling kingly lancer leading leaning leaping leasing leaving lightness loving lumping"
                  " massage mingle nosing peaking peeling piping posing property rarely rightness shipped"
                  " shouting single singly sized stabling starred starved stated talking tangle tangling"
                  " tinkle tinkling tracked turning walling wiring wrapped wreathe harden harder herder"
                  " larder cooing coking lipping"
                  " skipped skipping"
                  # issue 13, emergency words (recall-emergency): slang that is itself a sign word
                  " sharted sharting sharts shart"
                  # one slip from "peeing", "weeing" (recall2-emergency)
                  " seeing teeing feeing peeping weeping fleeing being".split())


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}


def _drops(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _wild(word: str) -> set[str]:
    return {word[:i] + "?" + word[i + 1:] for i in range(len(word))}


@cache
def _table() -> dict[str, str]:
    keys = frozenset(_KEYS)
    table: dict[str, str] = {}
    for key in _KEYS:
        forms = _swaps(key) | (_drops(key) if len(key) >= 6 else set())
        if len(key) >= 6:
            forms |= _wild(key)
        for form in forms:
            if form not in keys and form not in _REAL:
                table.setdefault(form, key)
    return table


def corrected(word: str) -> str | None:
    """The sign word `word` is one slip away from, or None."""
    if len(word) < 4 or word in _REAL or not word.isalpha():
        return None
    table = _table()
    found = table.get(word)
    if found is None and len(word) >= 6:
        found = next((table[w] for w in _wild(word) if w in table), None)
    return found
