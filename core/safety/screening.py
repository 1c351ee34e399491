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
from core.safety.gate import Starts
from core.safety.limbs import limb_hits, limb_vocabulary
from core.safety.normalise import SEPARATOR, Normalised, normalise
from core.safety.patterns import RULES as PHRASE_RULES, Rule
from core.safety.vocabulary import VOCABULARY_RULES
from core.safety.vocab_provider import PROVIDER_WORDS
from core.safety.vocab_trend import TREND_WORDS
from core.safety.vocab_urgent import URGENT_WORDS
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
                               " matter doubt proud".split())
# a negation does not reach past these: "no pain and my leg is numb" states the numbness
_STOPPERS = frozenset("and but so then now because although though yet while since except just"
                      " only still also plus".split())
RULES = PHRASE_RULES + CONCEPT_RULES + VOCABULARY_RULES + URGENT_WORDS + PROVIDER_WORDS + TREND_WORDS
_FIRST_PERSON = frozenset("i im ive id ill me my mine myself".split())
_SURELY_ME = frozenset("i im ive id ill me myself".split())  # "my" and "mine" also come with others
# who a clause is about: "someone" also stands for "my dad", "my mate"... (see normalise.py)
_OTHERS = frozenset("someone somebody he hes she shes his her him guy bloke lad fella friend mate"
                    " people dad mum mom father mother brother sister son wife girlfriend husband"
                    " cousin uncle grandad client boss partner wifes".split())
# a question about signs in general ("is X ever serious?", "what causes X?") says nothing about the writer
_GENERAL_WORDS = frozenset("general generally ever cause causes caused difference same usually normally"
                           " people versus vs mean means common".split())
# a question with these and nothing about the writer asks about signs in general (referral helper, issue 13)
_ABOUT_ANYONE = frozenset("serious dangerous survivors people".split())  # not "normal": "is it normal to X" tells X
_GENERAL_QUESTION = frozenset("what whats how hows which when whens who".split())
# the message says the episode is over; a clause that does not bring it back to now is history
_OVER = re.compile(r"\b(?:(?:fine|good|ok|okay|clear|normal|better|sorted|right) (?:ever )?since|never"
                   r" (?:since|came back|again|returned|happened again)|long healed|healed|all clear|sorted"
                   r" (?:it|out)|fixed it|cleared up|went away|gone now|resolved|years? ago|as a (?:kid"
                   r"|teenager|child|teen)|in (?:19|20)\d\d|last (?:year|winter|summer|spring|autumn|month)"
                   r"|months ago|long gone|(?:better|fine|good|sorted) now|(?:in|back in) (?:january|february|march|april|may|june|july|august|september|october"
                   r"|november|december)|(?<!than it )(?<!than i )(?<!never )used to|once(?! (?:things|i|we|you|it|its|the|my|that|this|again|more|a|every|in|or|per|done|finished)\b)|hasnt (?:returned|come back|bothered me)|at \d\d|(?:completely|totally|all) gone|it stopped|came back"
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
                          " came working right happens happened is sure normal from"
                          # "rest isnt helping", "no difference": the lack of relief is the sign (issue 13)
                          " help helps helped helping difference improvement better easing eased relief straight firing pulling".split())
_WELL = re.compile(r"\b(?:(?:no|zero) back (?:pain|issues|problems)|fully healed|well controlled|settled|nothing since|(?:feels|feel|been|is|has been) (?:totally |completely |perfectly )?(?:fine|great|good)"
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
    context_too: Starts | None
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
            context_too=Starts([r.context_too]) if r.context_too else None,
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
        if r.context_too is not None:
            looked_for |= r.context_too.vocabulary()
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
    if not _INNER_NEGATORS.isdisjoint(clause[start:end].split()):
        return False  # "my back is not straight anymore": what has gone is the health, not the sign
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
    if others and words.isdisjoint(_SURELY_ME) and not _REPORTED.search(clause):
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
        if not words.isdisjoint(_ABOUT_ANYONE):
            return None  # "is sciatica serious?", "can a fever make your back hurt?": nobody's sign
        return None if clause.split(" ", 1)[0] in _GENERAL_QUESTION else "ask"
    return "said"


# "my wife says my spine looks crooked", "people keep telling me I look thinner": someone else tells of the writer
_REPORTED = re.compile(r"\b(?:someone|people|he|she|everyone|friends)\b(?: \w+){0,2} (?:says|said|say|tells|told|tell|telling"
                       r"|thinks|noticed|reckons|keeps saying|pointed out)(?: me| us)?(?: that)? (?:my|i|im|ive)\b")
# "otherwise all good", "rows have been fine though", "rows 3x10 at 20": the lifting is fine, not the sign
# (issue 13, referral helper: a minimal stance change; a long update that ends well is not a resolved sign)
_ABOUT_ELSE = re.compile(r"\b(?:otherwise|apart from (?:that|this)|other than (?:that|this)|besides (?:that|this)"
                         r"|else|though|lifts?|lifting|rows?|pull ups?|sets?|session|sessions|workout|training"
                         r"|grip|bench|squats?|deadlifts?|gym|kg|reps?|week overall|\d+x\d+"
                         r"|left|right|other|food|sleep|diet|work|meals|everything)\b")  # "left leg weak, right is fine": the other side is well


_GENERIC_WELL = re.compile(r"\b(?:fine|good|great|normal|ok|okay|better|at \d\d)\b")


def _over(message: Normalised) -> tuple[bool, frozenset[int]]:
    """Where the message says the episode is over: (anywhere, or only for signs in these clauses' sentences).

    "years ago", "in 2019" date the whole message; "fine", "felt great" say only that what sits beside them is
    well ("did the stretches, felt great" says nothing of a numb calf three sentences on), and nothing at all in
    a clause about the lifting ("rows have been fine")."""
    anywhere, near = False, set()
    for m in _OVER.finditer(message.text):
        index = message.clause_at(m.start())
        if not _GENERIC_WELL.search(m.group(0)):
            anywhere = True
        elif not _ABOUT_ELSE.search(message.clause(index)):
            near.add(index)
    return anywhere, frozenset(near)


_ABOUT_THE_BACK = re.compile(r"\b(?:back|pain|issues|problems|healed|clear|controlled|settled|since)\b")


def _well(message: Normalised, index: int) -> bool:
    """The message says all is well with the writer's back, not only with what sits beside the words
    ("food's been good", "did the stretches, felt great" say nothing of a history with new pain)."""
    for m in _WELL.finditer(message.text):
        at = message.clause_at(m.start())
        if _ABOUT_THE_BACK.search(m.group(0)):
            return True
        if not _ABOUT_ELSE.search(message.clause(at)) and _in_sentence(message, index, frozenset({at})):
            return True
    return False


def _in_sentence(message: Normalised, index: int, clauses: frozenset[int]) -> bool:
    """One of `clauses` is in the same sentence as clause `index`."""
    if not clauses:
        return False
    if len(message.sentence) != len(message.starts):
        return True
    return any(message.sentence[i] == message.sentence[index] for i in clauses)


def _tells_of_self(message: Normalised) -> bool:
    """The message speaks of the writer or of now, so its questions are about a sign that is there."""
    return not _SURELY_ME.isdisjoint(message.text.split()) or bool(_ONGOING.search(message.text))


def _hits(message: Normalised) -> list[_Hit]:
    hits: list[_Hit] = []
    whole = message.text
    compiled = _compiled()
    over_anywhere, over_near = _over(message)
    told = any(message.asked) and _tells_of_self(message)
    joking = bool(_JOKING.search(whole))
    context_found: dict[tuple[str, str], bool] = {}  # by context text: many rules share one
    for number, match in compiled.starts.matches(whole, message.words):
        rule = compiled.rules[number]
        index = message.clause_at(match.start())
        clause, base = message.clause(index), message.starts[index]
        if rule.unless is not None and rule.unless.search(clause):
            continue
        if rule.unless_anywhere is not None and rule.unless_anywhere.search(whole):
            continue
        unsure = False
        key = (rule.rule.context, rule.rule.context_too)
        if rule.context is not None and key not in context_found:
            context_found[key] = bool(rule.context.matches(whole, message.words, first=True)) and (
                rule.context_too is None or bool(rule.context_too.matches(whole, message.words, first=True)))
        if rule.context is not None and not context_found[key]:
            if rule.rule.without_context == "drop":
                continue
            unsure = True
        history = rule.rule.sign in _HISTORY
        if history and _well(message, index):
            continue  # "had cancer years ago, all clear, back feels great": a history with no new pain
        over = over_anywhere or _in_sentence(message, index, over_near)
        stance = _stance(message, index, match.start() - base, match.end() - base, over and not history, told)
        if stance is None:
            continue
        if rule.rule.sign is Sign.FAINTING and joking and _NEARLY.search(clause):
            continue  # "nearly passed out lol, that set killed me"; without the joke, nearly fainting counts
        heard = match.group(0).replace("_", " ")
        hits.append(_Hit(sign=rule.rule.sign, heard=heard, unsure=unsure or stance == "ask"))
    for limb in limb_hits(message):
        over = over_anywhere or _in_sentence(message, limb.clause, over_near)
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
