"""Reads any message for warning signs (coaching.md §5) before the coach does anything else.

High recall by design: a sign that is stated escalates; a sign that is only
denied ("no tingling") or asked about ("is tingling normal?") makes the coach
ask a yes/no question rather than decide. Soreness is not a sign.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core.safety.gate import Starts
from core.safety.limbs import limb_hits, limb_vocabulary
from core.safety.normalise import SEPARATOR, Normalised, normalise
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
    context: Starts | None
    unless: re.Pattern[str] | None


@dataclass(frozen=True)
class _Compiled:
    rules: tuple[_CompiledRule, ...]
    starts: Starts  # every rule's pattern, tried only where its first words stand
    looked_for: frozenset[str]


@cache
def _compiled() -> _Compiled:
    rules = tuple(
        _CompiledRule(
            rule=r,
            context=Starts([r.context]) if r.context else None,
            unless=re.compile(r.unless) if r.unless else None,
        )
        for r in RULES
    )
    starts = Starts([r.pattern for r in RULES])
    looked_for = starts.vocabulary() | limb_vocabulary()
    for r in rules:
        if r.context is not None:
            looked_for |= r.context.vocabulary()
    return _Compiled(rules=rules, starts=starts, looked_for=looked_for)


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


def _hits(message: Normalised) -> list[_Hit]:
    hits: list[_Hit] = []
    whole = message.text
    compiled = _compiled()
    context_found: dict[int, bool] = {}
    for number, match in compiled.starts.matches(whole, message.words):
        rule = compiled.rules[number]
        index = message.clause_at(match.start())
        clause, base = message.clause(index), message.starts[index]
        if rule.unless is not None and rule.unless.search(clause):
            continue
        unsure = False
        if rule.context is not None and number not in context_found:
            context_found[number] = bool(rule.context.matches(whole, message.words))
        if rule.context is not None and not context_found[number]:
            if rule.rule.without_context == "drop":
                continue
            unsure = True
        unsure = (unsure or message.asked[index]
                  or _denied(clause, match.start() - base, match.end() - base))
        heard = match.group(0).replace("_", " ")
        hits.append(_Hit(sign=rule.rule.sign, heard=heard, unsure=unsure))
    for limb in limb_hits(message):
        clause = message.clause(limb.clause)
        unsure = limb.unsure or message.asked[limb.clause] or _denied(clause, limb.start, limb.end)
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
        return _judge(_hits(normalise(text, _compiled().looked_for)))
    except Exception:  # pragma: no cover - a screening bug must not silence the person
        # fail towards asking: the coach will check with the person instead of ignoring them
        return Screening(tier=Tier.PROVIDER, triggers=("screening_error",), needs_confirmation=True,
                         heard=(text[:80],))
