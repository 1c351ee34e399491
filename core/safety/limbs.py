"""Numbness, tingling and weakness: where they are felt decides how serious they are.

One leg points to an irritated nerve (see a provider); both legs or the saddle
area point to the spinal cord's lower nerves (emergency). Hands and forearms
going numb from gripping a bar is everyday gym talk, so upper-limb symptoms
with a grip or pre-workout explanation are left alone, and unexplained ones
are asked about rather than decided.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum
from functools import cache

from core.safety.excuses import excused
from core.safety.gate import Gated, Starts, gated, vocabulary
from core.safety.normalise import Normalised
from core.safety.signs import Sign


class Place(IntEnum):
    """Where a symptom is felt; a higher value wins when several places are named."""

    UNSAID = 0
    UPPER = 1
    ONE_LEG = 2
    BOTH_LEGS = 3
    SADDLE = 4


_ONE_LEG = frozenset("leg thigh calf foot shin knee ankle toe toes hamstring hammy quad glute buttock"
                     " butt bum hip heel sole".split())
_BOTH_LEGS = frozenset("legs thighs calves feet shins knees ankles hamstrings hammies quads glutes"
                       " buttocks butts hips".split())
_BOTH_WORDS = frozenset("both either bilateral each".split())
_UPPER = frozenset("hand hands finger fingers fingertips thumb thumbs palm palms wrist wrists forearm"
                   " forearms arm arms elbow elbows pinky pinkie grip bicep biceps shoulder shoulders"
                   " face lips lip ears ear scalp skin cheeks nose head tongue".split())

_SENSORY = (r"numb|tingling|pins_and_needles|sciatica|nerve pain|electric (?:shock|shocks|pain|feeling"
            r"|zaps?|jolts?|sensation)|zaps|zapping|zinging|jolts? of pain")
_RADIATING = (r"shooting (?:pain|pains|down|into|through|along|sensation)|(?:pain|pains|ache|burning"
              r"|sciatica)(?: \w+)? (?:shoots|shooting|shot|radiates|radiating|runs|running|goes"
              r"|going|travels|travelling|traveling|spreads|spreading|moves|moving|comes|coming)"
              r" (?:all the way )?(?:down|into|through|along)|radiating(?: pain)?"
              r"|burning (?:pain|sensation|feeling)|burning (?:down|into|along)")
_NO_FEELING = (r"(?:cant|couldnt|hardly|barely) feel|no feeling|lost (?:the |all |my )?(?:feeling"
               r"|sensation)|loss of (?:feeling|sensation)|reduced (?:feeling|sensation)"
               r"|dead feeling|not much feeling")
_GIVE_WAY = (r"(?:gave|give|gives|giving|keeps giving|keep giving) (?:way|out)|buckl\w*|collapsed"
             r"|wont (?:hold|support) me|went from under me")
_WEAK = r"weak|weakness|weaker|no strength|lost (?:my |all |the )?strength|lost power|floppy|limp"
_CANT_MOVE = r"(?:cant|couldnt|unable to|barely|hardly) (?:lift|raise|move|bend|control|flex|wiggle)"
_DRAG = r"drag|drags|dragging|dragged|slapping|slaps|flopping|flops"
_FOOT_DROP = r"foot ?drop|drop ?foot"

_BENIGN = (r"\b(?:asleep|cold|freezing|frozen|ice|crossed|cross legged|sitting on|sat on|kneeling"
           r"|preworkout|pre workout|pre|beta alanine|caffeine|niacin|sleeping on|slept on|laid on"
           r"|lying on|dentist|bike|cycling|spin class|spin bike|bike seat|sitting|sat|meeting|desk|drive|driving"
           r"|flight|train ride|journey|shoes|boots|laces|trainers|long rides?|rides|padding|padded|saddles?)\b")
_GRIP = (r"\b(?:bar|bars|barbell|grip|gripping|grips|holding|hold|held|hang|hangs|hanging|straps"
         r"|strap|farmers|farmer|carry|carries|carrying|shrugs?|deadlifts?|deadlifting|rows?|rowing"
         r"|pull ?ups?|pullups?|chin ?ups?|pulldowns?|sets?|reps?|chalk|dumbbells?|db|dbs"
         r"|kettlebells?|kb|handles?|curls?|bike|cycling|handlebars?|typing|phone|knurling|rack"
         r"|hook|gym)\b")

# a place named in the clause before only counts when neither clause blames training or jokes
_WORKED = re.compile(r"\b(?:lol|lmao|haha\w*|kidding|joking|after|from|leg_\w+|squats?|lunges?|run|running|ran"
                     r"|session|workout|set|sets|doms|pump|burn|cold|asleep)\b")

_LAST_REP = re.compile(r"\b(?:rep|reps|set|sets|rpe|squats?|lunges?|leg_\w+|lol|haha|failure|laughed|laughing)\b")
# one leg weaker on single-leg work is an imbalance; "shooting pains in my wallet" is money (referral round 2)
_UNILATERAL = re.compile(r"\b(?:lunges?|split squats?|bulgarian|pistols?|single leg|step ?ups)\b")
_MONEY = re.compile(r"\b(?:wallet|bank|account|budget|bills?|prices?|pocket|card)\b")
_KEEPS = re.compile(r"\b(?:keep|keeps|kept|since|again|no reason|random\w*|out of nowhere)\b")


@dataclass(frozen=True)
class LimbHit:
    sign: Sign
    clause: int
    start: int  # character offsets of the symptom in its clause
    end: int
    heard: str
    unsure: bool  # an unexplained arm symptom: ask, don't decide


@dataclass(frozen=True)
class _Compiled:
    symptom: Starts
    benign: Gated
    grip: Gated


@cache
def _compiled() -> _Compiled:
    groups = {"sensory": _SENSORY, "radiating": _RADIATING, "nofeel": _NO_FEELING,
              "giveway": _GIVE_WAY, "weak": _WEAK, "cantmove": _CANT_MOVE, "drag": _DRAG,
              "footdrop": _FOOT_DROP}
    symptom = "|".join(f"(?P<{name}>\\b(?:{body})\\b)" for name, body in groups.items())
    return _Compiled(Starts([symptom]), gated(_BENIGN), gated(_GRIP))


def _place(words: list[str], first: int, last: int) -> tuple[Place, int]:
    """The most serious place named near words[first:last], and where it was named."""
    lo, hi = max(0, first - 5), min(len(words), last + 7)
    best, at, both = Place.UNSAID, first, False
    for i in range(lo, hi):
        w = words[i]
        place = Place.UNSAID
        if w == "groin":
            place = Place.SADDLE
        elif w in _BOTH_LEGS:
            place = Place.BOTH_LEGS
        elif w in _ONE_LEG:
            place = Place.ONE_LEG
        elif w in _UPPER:
            place = Place.UPPER
        elif w in _BOTH_WORDS or (w == "sides" and i > 0 and words[i - 1] in {"both", "2", "two"}):
            both = True
        if place > best:
            best, at = place, i
    if both and best in (Place.ONE_LEG, Place.UNSAID):
        best = Place.BOTH_LEGS
    return best, at


def _sign_for(kind: str, place: Place, words: list[str], at: int, text: str) -> Sign | None:
    if place is Place.SADDLE and kind in ("sensory", "radiating", "nofeel"):
        return Sign.SADDLE_NUMBNESS
    if kind in ("sensory", "radiating", "nofeel"):
        if place is Place.BOTH_LEGS:
            return Sign.BOTH_LEGS_NERVE
        if place is Place.ONE_LEG:
            return Sign.ONE_LEG_NERVE
        if place is Place.UPPER:
            return Sign.ARM_NERVE
        # unplaced numbness or tingling still counts; a vague "burning feeling" or "can't feel" does not
        if kind == "sensory" or (kind == "radiating" and "pain" in text):
            return Sign.NERVE_SYMPTOM
        return None
    if kind == "footdrop":
        return Sign.FOOT_DROP
    if place not in (Place.ONE_LEG, Place.BOTH_LEGS, Place.SADDLE):
        return None
    # "both" with no limb named leaves `at` where the place would have been, maybe past the last word
    is_foot = at < len(words) and words[at] in {"foot", "feet", "toe", "toes"}
    if kind == "giveway":
        return Sign.LEGS_GIVING_WAY
    if kind == "drag":
        return Sign.FOOT_DROP if is_foot else Sign.ONE_LEG_WEAK
    if kind == "cantmove" and is_foot:
        return Sign.FOOT_DROP
    return Sign.BOTH_LEGS_WEAK if place is not Place.ONE_LEG else Sign.ONE_LEG_WEAK


def limb_vocabulary() -> frozenset[str]:
    c = _compiled()
    return vocabulary((c.benign, c.grip)) | c.symptom.vocabulary()


def limb_hits(message: Normalised) -> Iterator[LimbHit]:
    """Every limb symptom in the message, each judged within its own clause."""
    c = _compiled()
    whole = message.text
    benign = c.benign.could_match(message.words) and excused(c.benign.pattern, whole)
    grip = c.grip.search(whole, message.words) is not None
    for _, match in c.symptom.matches(whole, message.words):
        index = message.clause_at(match.start())
        clause, base = message.clause(index), message.starts[index]
        words = clause.split(" ")
        kind = match.lastgroup or ""
        start = match.start() - base
        first = clause.count(" ", 0, start)
        last = first + match.group(0).count(" ") + 1
        place, at = _place(words, first, last)
        if place is Place.UNSAID and index > 0 and message.same_sentence(index - 1, index) \
                and not _WORKED.search(message.clause(index - 1) + " " + clause):
            # "both glutes feel dead, like no feeling at all": the place was named just before the break
            before = message.clause(index - 1).split(" ")
            place, at = _place(before, len(before), len(before))
            if place is not Place.UNSAID:
                words, first, last = before, at, at + 1
        if kind == "drag" and "bar" in words:
            continue  # "drag the bar up your thighs" is a deadlift cue
        if kind == "giveway" and words[last:last + 1] in (["in"], ["inward"], ["inwards"]):
            continue  # "knees collapsed in" is a squat technique cue
        if kind == "giveway" and place is Place.UPPER:
            continue  # "my grip gave out" is a grip problem, not a leg one
        if kind == "giveway" and _LAST_REP.search(clause) and not _KEEPS.search(clause):
            continue  # "legs gave out on the final squat rep": failing a hard set, once
        sign = _sign_for(kind, place, words, at, match.group(0))
        if sign is None:
            continue
        if (sign is Sign.ONE_LEG_WEAK and _UNILATERAL.search(clause)) or (kind == "radiating" and _MONEY.search(clause)):
            continue
        if sign is not Sign.SADDLE_NUMBNESS and kind in ("sensory", "nofeel") and benign:
            continue  # a foot gone to sleep or pre-workout tingles
        unsure = sign is Sign.ARM_NERVE
        if unsure and grip:
            continue
        lo, hi = min(first, at), max(last, at + 1)
        heard = " ".join(words[lo:hi][:10]).replace("_", " ") or match.group(0).replace("_", " ")
        yield LimbHit(sign=sign, clause=index, start=start, end=start + len(match.group(0)),
                      heard=heard, unsure=unsure)
