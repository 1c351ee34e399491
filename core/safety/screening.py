"""Reads any message for warning signs (coaching.md §5) before the coach does anything else.

High recall by design: a sign that is stated escalates; a sign that is only
denied ("no tingling") or asked about ("is tingling normal?") makes the coach
ask a yes/no question rather than decide. Soreness is not a sign.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core.safety.concepts import CONCEPT_RULES
from core.safety.gate import Starts, search
from core.safety.limbs import limb_hits, limb_vocabulary
from core.safety.normalise import SEPARATOR, Normalised, normalise
from core.safety.patterns import RULES as PHRASE_RULES, Rule
from core.safety.vocabulary import VOCABULARY_RULES
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
RULES = PHRASE_RULES + CONCEPT_RULES + VOCABULARY_RULES
_FIRST_PERSON = frozenset("i im ive id ill me my mine myself".split())
_SURELY_ME = frozenset("i im ive id ill me myself".split())  # "my" and "mine" also come with others
# who a clause is about: "someone" also stands for "my dad", "my mate"... (see normalise.py)
_OTHERS = frozenset("someone somebody he hes she shes his her him guy bloke lad fella friend mate"
                    " people dad mum mom father mother brother sister son wife girlfriend husband"
                    " cousin uncle grandad client boss partner wifes".split())
# a question about signs in general ("is X ever serious?", "what causes X?") says nothing about the writer
_GENERAL_WORDS = frozenset("general generally ever cause causes caused difference same usually normally"
                           " people versus vs mean means common".split())
_GENERAL_QUESTION = frozenset("what whats how hows which when whens who".split())
# the message says the episode is over; a clause that does not bring it back to now is history
_OVER = re.compile(r"\b(?:(?:fine|good|ok|okay|clear|normal|better|sorted|right) (?:ever )?since|never"
                   r" (?:since|came back|again|returned|happened again)|long healed|healed|all clear|sorted"
                   r" (?:it|out)|fixed it|cleared up|went away|gone now|resolved|years? ago|as a (?:kid"
                   r"|teenager|child|teen)|in (?:19|20)\d\d|last (?:year|winter|summer|spring|autumn|month)"
                   r"|months ago|used to|once|at \d\d|(?:completely|totally|all) gone|it stopped|came back"
                   r"|(?:been|is|are|feels|felt|was) (?:totally |completely |perfectly |absolutely )?"
                   r"(?:fine|normal|great)(?<!before was normal)(?<!before it was normal)|felt great|feels great|all good|(?:physio|rest|it) helped"
                   r"|back to normal)\b")
_NOW = re.compile(r"\b(?:now|today|again|still|currently|this (?:morning|week|evening)|tonight|right now"
                  r"|just|since (?:yesterday|this|last night|the session|the workout))\b")
_JOKING = re.compile(r"\b(?:lol|lmao|lmfao|haha\w*|rofl|jk|kidding|joking)\b")
_NEARLY = re.compile(r"\b(?:nearly|almost|practically|basically|about to|gonna|thought i (?:was|would))\b")
_LOST = frozenset("cant couldnt dont didnt tell".split())
_HERE_AND_NOW = re.compile(r"\b(?:like this|right now|at the moment|atm)\b")
# a question next to "since Monday", "it's happened three times today": the sign is there, the doubt is
# only about what it means
_ONGOING = re.compile(r"\b(?:since|now|today|tonight|this morning|happened|been like|keeps|kept|still"
                      r"|right now|again)\b")
_WORRY = re.compile(r"\b(?:worry|worried|worrying|wondering|wonder) about\b")
_INNER_NEGATORS = frozenset("no not isnt arent wasnt werent never nothing none without".split())
_STILL_A_SIGN = frozenset("feeling feelings sensation power strength control longer idea able coming comes"
                          " came working right happens happened is sure normal from".split())
_WELL = re.compile(r"\b(?:(?:feels|feel|been|is|has been) (?:totally |completely |perfectly )?(?:fine|great|good)"
                   r"|no (?:pain|back issues|back problems|problems|issues)|all clear|healthy|going (?:really )?well)\b")
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
    unless_anywhere: re.Pattern[str] | None


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
            unless_anywhere=re.compile(r.unless_anywhere) if r.unless_anywhere else None,
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
    inside = clause[start:end].split()
    for i in range(1, len(inside) - 1):
        # "back isnt locked": a concept match can hold its own denial; "no feeling" is the sign itself
        if inside[i] in _INNER_NEGATORS and inside[i + 1] not in _STILL_A_SIGN:
            return True
    if not _LOST.isdisjoint(clause[start:end].split()):
        return False  # "can't feel it any more" is the loss itself, not a sign that has gone
    return bool(_RESOLVED.match(clause[end:]))


# a history that is itself a risk (cancer, steroids...) is never "over": it counts with new pain
_HISTORY = frozenset({Sign.CANCER_HISTORY, Sign.BRITTLE_BONES, Sign.WEAK_IMMUNITY, Sign.INJECTED_DRUGS})


def _stance(message: Normalised, index: int, start: int, end: int, over: bool, told: bool) -> str | None:
    """How a sign found in clause `index` is said: "said", "ask", or None when it is no report at all
    (denied, imagined, over and done, or about someone else)."""
    clause = message.clause(index)
    if message.imagined and message.imagined[index] and not _HERE_AND_NOW.search(clause):
        return None  # "what if my leg went numb?"; but "should I go on if my chest hurts like this?" tells
    if _denied(clause, start, end):
        return None
    words = set(clause.split())
    mine = not words.isdisjoint(_FIRST_PERSON)
    others = {w for w in words if w in _OTHERS or (w.endswith("s") and w[:-1] in _OTHERS)}
    if others and words.isdisjoint(_SURELY_ME):
        return None
    if over and not _NOW.search(clause):
        return None
    if message.asked[index]:
        if not words.isdisjoint(_GENERAL_WORDS):
            return None
        if clause.split(" ", 1)[0] in ("how", "what") and ("tell" in words or "difference" in words):
            return None  # "how can I tell sharp pain from soreness?"
        if _WORRY.search(clause):
            return "ask"  # "should I worry about numbness?": maybe, so ask
        if mine or told:
            return "said"  # "should I worry that my groin is numb?" tells us it is
        return None if clause.split(" ", 1)[0] in _GENERAL_QUESTION else "ask"
    return "said"


def _tells_of_self(message: Normalised) -> bool:
    """The message speaks of the writer or of now, so its questions are about a sign that is there."""
    return not _SURELY_ME.isdisjoint(message.text.split()) or bool(search(_ONGOING, message.text, message.words))


def _hits(message: Normalised) -> list[_Hit]:
    hits: list[_Hit] = []
    whole = message.text
    compiled = _compiled()
    over = bool(search(_OVER, whole, message.words))
    told = any(message.asked) and _tells_of_self(message)
    joking = bool(search(_JOKING, whole, message.words))
    context_found: dict[str, bool] = {}  # by context: many rules share one
    for number, match in compiled.starts.matches(whole, message.words):
        rule = compiled.rules[number]
        index = message.clause_at(match.start())
        clause, base = message.clause(index), message.starts[index]
        if rule.unless is not None and rule.unless.search(clause):
            continue
        if rule.unless_anywhere is not None and search(rule.unless_anywhere, whole, message.words):
            continue
        unsure = False
        if rule.context is not None and rule.rule.context not in context_found:
            context_found[rule.rule.context] = bool(rule.context.matches(whole, message.words, first=True))
        if rule.context is not None and not context_found[rule.rule.context]:
            if rule.rule.without_context == "drop":
                continue
            unsure = True
        history = rule.rule.sign in _HISTORY
        if history and search(_WELL, whole, message.words):
            continue  # "had cancer years ago, all clear, back feels great": a history with no new pain
        stance = _stance(message, index, match.start() - base, match.end() - base, over and not history, told)
        if stance is None:
            continue
        if rule.rule.sign is Sign.FAINTING and joking and _NEARLY.search(clause):
            continue  # "nearly passed out lol, that set killed me"; without the joke, nearly fainting counts
        heard = match.group(0).replace("_", " ")
        hits.append(_Hit(sign=rule.rule.sign, heard=heard, unsure=unsure or stance == "ask"))
    for limb in limb_hits(message):
        stance = _stance(message, limb.clause, limb.start, limb.end, over, told)
        if stance is None:
            continue
        hits.append(_Hit(sign=limb.sign, heard=limb.heard, unsure=limb.unsure or stance == "ask"))
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
