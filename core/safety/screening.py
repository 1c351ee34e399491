"""Reads any message for warning signs (coaching.md §5) before the coach does anything else.

High recall by design: a sign that is stated escalates; a sign that is only
denied ("no tingling") or asked about ("is tingling normal?") makes the coach
ask a yes/no question rather than decide. Soreness is not a sign.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core.safety.limbs import limb_hits
from core.safety.normalise import Clause, clauses
from core.safety.patterns import RULES, Rule
from core.safety.signs import TIER_OF, Sign, Tier

__all__ = ["Screening", "Sign", "Tier", "screen"]


@dataclass(frozen=True)
class Screening:
    """What one message showed.

    `needs_confirmation`: the most serious sign was only denied, asked about or
    left unexplained, so ask the person (quoting `heard`) before acting. If they
    answer no, act on `certain`: the tier reached by plain statements alone.
    """

    tier: Tier
    triggers: tuple[str, ...]
    needs_confirmation: bool
    heard: tuple[str, ...] = ()
    certain: Tier = Tier.NONE


CLEAR = Screening(tier=Tier.NONE, triggers=(), needs_confirmation=False)

_NEGATORS = frozenset("no not dont doesnt didnt isnt arent wasnt werent havent hasnt hadnt never"
                      " without zero nor none neither nothing aint wont".split())
_NOT_NEGATING_NEXT = frozenset("sure certain only just even kidding joking lying idea know clue"
                               " matter doubt".split())
# a negation does not reach past these: "no pain and my leg is numb" states the numbness
_STOPPERS = frozenset("and but so then now because although though yet while since except just"
                      " only still also plus".split())
_RESOLVED = re.compile(r"^(?: \w+){0,3} (?:gone|went away|stopped|disappeared|cleared|resolved"
                       r"|faded|eased|any more|anymore|no longer|passed)\b")


@dataclass(frozen=True)
class _Hit:
    sign: Sign
    heard: str
    unsure: bool


@dataclass(frozen=True)
class _CompiledRule:
    rule: Rule
    pattern: re.Pattern[str]
    context: re.Pattern[str] | None
    unless: re.Pattern[str] | None


@cache
def _rules() -> tuple[_CompiledRule, ...]:
    return tuple(
        _CompiledRule(
            rule=r,
            pattern=re.compile(r.pattern),
            context=re.compile(r.context) if r.context else None,
            unless=re.compile(r.unless) if r.unless else None,
        )
        for r in RULES
    )


def _denied(clause: str, start: int, end: int) -> bool:
    """True when the words just before the match deny it, or the words after say it has gone."""
    before = clause[:start].split()
    for i in range(len(before) - 1, max(-1, len(before) - 6), -1):
        word = before[i]
        if word in _STOPPERS:
            break
        following = before[i + 1] if i + 1 < len(before) else ""
        if word in _NEGATORS and following not in _NOT_NEGATING_NEXT:
            return True
    return bool(_RESOLVED.match(clause[end:]))


def _hits_in(clause: Clause, message: str) -> list[_Hit]:
    hits: list[_Hit] = []
    words = clause.words
    for compiled in _rules():
        for match in compiled.pattern.finditer(words):
            if compiled.unless is not None and compiled.unless.search(words):
                continue
            unsure = False
            if compiled.context is not None and not compiled.context.search(message):
                if compiled.rule.without_context == "drop":
                    continue
                unsure = True
            unsure = unsure or clause.asked or _denied(words, match.start(), match.end())
            heard = match.group(0).replace("_", " ")
            hits.append(_Hit(sign=compiled.rule.sign, heard=heard, unsure=unsure))
    for limb in limb_hits(words, message):
        end = words.find(" ", limb.start)
        unsure = limb.unsure or clause.asked or _denied(words, limb.start,
                                                          len(words) if end < 0 else end)
        hits.append(_Hit(sign=limb.sign, heard=limb.heard, unsure=unsure))
    return hits


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _judge(hits: list[_Hit]) -> Screening:
    # a denied or questioned pain report is just conversation, not worth a question
    hits = [h for h in hits if not (h.unsure and TIER_OF[h.sign] is Tier.MODIFY)]
    if not hits:
        return CLEAR
    hits.sort(key=lambda h: TIER_OF[h.sign], reverse=True)
    sure = [h for h in hits if not h.unsure]
    certain = TIER_OF[sure[0].sign] if sure else Tier.NONE
    top = TIER_OF[hits[0].sign]
    if top > certain:
        asked = [h for h in hits if h.unsure and TIER_OF[h.sign] == top]
        return Screening(
            tier=top,
            triggers=_unique([h.sign.value for h in asked + sure]),
            needs_confirmation=True,
            heard=_unique([h.heard for h in asked]),
            certain=certain,
        )
    return Screening(
        tier=certain,
        triggers=_unique([h.sign.value for h in sure]),
        needs_confirmation=False,
        heard=_unique([h.heard for h in sure if TIER_OF[h.sign] == certain]),
        certain=certain,
    )


def screen(text: str) -> Screening:
    """The warning signs in one message. Fast (compiled once, linear scans) and never raises."""
    if not text or not text.strip():
        return CLEAR
    try:
        parts = clauses(text)
        message = " | ".join(c.words for c in parts)
        hits: list[_Hit] = []
        for clause in parts:
            hits.extend(_hits_in(clause, message))
        return _judge(hits)
    except Exception:  # pragma: no cover - a screening bug must not silence the person
        # fail towards asking: the coach will check with the person instead of ignoring them
        return Screening(tier=Tier.PROVIDER, triggers=("screening_error",), needs_confirmation=True,
                         heard=(text[:80],))
