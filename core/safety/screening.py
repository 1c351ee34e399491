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
from core.safety.harmless import Everyday
from core.safety.excuses import excused
from core.safety.gate import Starts, search
from core.safety.limbs import limb_hits, limb_vocabulary
from core.safety.memo import clause_memo
from core.safety.normalise import Normalised, normalise
from core.safety.over import NOW, OVER, history_is_well, now_in_sentence, over_for
from core.safety.patterns import RULES as PHRASE_RULES, Rule
from core.safety.vocabulary import VOCABULARY_RULES
from core.safety.who import (ABOUT_A_SIGN, EVER, HEARSAY, OCCASION, OWN_QUESTION, SELF_TAG, SURELY_ME, YES_NO_LEAD,
                              about_others, done_by_another, imagined, joke_only, speaks_as_me)
from core.safety.vocab_emergency import EMERGENCY_RULES
from core.safety.vocab_emergency_body import BODY_RULES
from core.safety.vocab_emergency_card import CARD_RULES
from core.safety.vocab_emergency_function import FUNCTION_RULES
from core.safety.vocab_emergency_legs import LEG_RULES
from core.safety.vocab_emergency_signals import SIGNAL_RULES
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
RULES = (PHRASE_RULES + CONCEPT_RULES + VOCABULARY_RULES + EMERGENCY_RULES + CARD_RULES + BODY_RULES + SIGNAL_RULES
         + FUNCTION_RULES + LEG_RULES + URGENT_WORDS + PROVIDER_WORDS + TREND_WORDS)
_FIRST_PERSON = frozenset("i im ive id ill me my mine myself".split())
# a question about signs in general ("is X ever serious?", "what causes X?") says nothing about the writer
_GENERAL_WORDS = frozenset("general generally ever cause causes caused difference same usually normally"
                           " people versus vs mean means common".split())
# a question with these and nothing about the writer asks about signs in general (referral helper, issue 13)
_ABOUT_ANYONE = frozenset("serious dangerous survivors people".split())  # not "normal": "is it normal to X" tells X
_GENERAL_QUESTION = frozenset("what whats how hows which when whens who".split())
# "why is X a red flag?", "why would one leg be weaker?" ask about signs in general; "why does the pain keep..." tells
_WHY_GENERAL = frozenset("is are would do can could".split())
_THIS_ONE = frozenset("the this it its keep keeps still".split())
_JOKING = re.compile(r"\b(?:lol|lmao|lmfao|haha\w*|rofl|jk|kidding|joking)\b")
_NEARLY = re.compile(r"\b(?:nearly|almost|practically|basically|about to|gonna|thought i (?:was|would))\b")
# a loss that "any more" follows persists ("nothing happens down there any more"): it is not over
# and a feeling, urge or control that "has gone" is the loss itself
_LOST = frozenset("cant couldnt dont didnt tell nothing no wont doesnt lost stopped unable never feeling sensation urge"
                  " signal control".split())
_HERE_AND_NOW = re.compile(r"\b(?:like this|right now|at the moment|atm)\b")
# a question next to "since Monday", "it's happened three times today": the sign is there, the doubt is
# only about what it means
_ONGOING = re.compile(r"\b(?:since|now|today|tonight|this morning|happened|been like|keeps|kept|still"
                      r"|right now|again)\b")
_WORRY = re.compile(r"\b(?:worry|worried|worrying|wondering|wonder) about\b")
_INNER_NEGATORS = frozenset("no not isnt arent wasnt werent never nothing none without".split())
_STILL_A_SIGN = frozenset("feeling feelings sensation power strength control longer idea able coming comes"
                          " came working right happens happened is sure normal from mine noticing knowing realising realizing warning"
                          " sense clue"
                          # "rest isnt helping", "no difference": the lack of relief is the sign (referral, issue 13)
                          " help helps helped helping difference improvement better easing eased relief straight firing pulling".split())
# "gone red", "gone numb", "gone worse" are changes, not the sign going away
# "hasnt gone in 20 minutes" is the sign lasting, not over
_RESOLVED = re.compile(r"^(?: \w+){0,3} (?<!hasnt )(?<!havent )(?<!hadnt )(?<!not )(?<!never )(?:gone(?! (?:red|numb|dead|weak|black|blue|white|purple|grey|hard|soft|stiff"
                       r"|funny|weird|bad|worse|off|wrong|quiet|missing|tingly|floppy|limp|cold|hot|swollen|septic))"
                       r"|went away|stopped|disappeared|cleared|resolved|faded|eased|any more|anymore|no longer|passed)\b")


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


def _still_a_sign(following: list[str]) -> bool:
    """ "without feeling", "without the feeling", "no sensation": the absence is the sign."""
    if following and following[0] in ("the", "any", "a", "much", "real", "be") and len(following) > 1:
        return following[1] in _STILL_A_SIGN
    return bool(following) and following[0] in _STILL_A_SIGN


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
        if inside[i] in _INNER_NEGATORS and not _still_a_sign(inside[i + 1:i + 3]):
            return True
    if not _LOST.isdisjoint(clause[start:end].split() + before[-3:]):
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
    if _denied(clause, start, end):
        return None
    if done_by_another(clause[:start].split()) and "me" not in clause[start:].split()[:6]:
        return None  # "when my mate fell off the Swiss ball": the sign's own subject is someone else
    memo = clause_memo(message).stance
    key = (index, over, told)
    if key not in memo:
        memo[key] = _clause_stance(message, index, over, told)
    return memo[key]


def _clause_stance(message: Normalised, index: int, over: bool, told: bool) -> str | None:
    """The part of _stance that depends on the clause alone, not on where the sign stands in it."""
    clause = message.clause(index)
    if imagined(message, index) and not _HERE_AND_NOW.search(clause):
        return None  # "what if my leg went numb?"; but "should I go on if my chest hurts like this?" tells
    words = set(clause.split())
    mine = not words.isdisjoint(_FIRST_PERSON)
    if (about_others(clause.split()) or HEARSAY.search(clause)) and not speaks_as_me(clause.split()) \
            and not _REPORTED.search(clause):
        return None
    if over and not NOW.search(clause):
        return None
    if message.asked[index] and index + 1 < len(message.asked) and message.clause(index + 1) in _ANSWERED_NO:
        return None  # "Night sweats? No, that's my partner stealing the duvet"
    if message.asked[index]:
        if SELF_TAG.search(message.text):
            return "said"  # "could a tight back do this? that's what's happening": the sign is the writer's
        if OWN_QUESTION.match(clause) and words.isdisjoint(EVER) and OCCASION.search(message.text):
            return "said"  # "is it normal to have a numb backside after deadlifts?" asks about their own
        if not words.isdisjoint(_GENERAL_WORDS):
            return None
        if clause.split(" ", 1)[0] in ("how", "what") and ("tell" in words or "difference" in words):
            return None  # "how can I tell sharp pain from soreness?"
        if _WORRY.search(clause):
            # "should I worry about numbness?": maybe, so ask; "... the numbness in both legs since Monday" tells
            return "said" if mine and OCCASION.search(message.text) else "ask"
        if mine or told:
            return "said"  # "should I worry that my groin is numb?" tells us it is
        if not words.isdisjoint(ABOUT_A_SIGN) and clause.split(" ", 1)[0] in YES_NO_LEAD:
            return None  # "is sciatica serious?", "can a fever make your back hurt?": about the sign, not the writer
        lead = clause.split(" ", 2)
        general = lead[0] in _GENERAL_QUESTION or (lead[0] == "why" and len(lead) > 1 and (
            lead[1] in _WHY_GENERAL or (lead[1] == "does" and words.isdisjoint(_THIS_ONE))))
        return None if general else "ask"
    return "said"


# "my wife says my spine looks crooked", "people keep telling me I look thinner": someone else tells of the writer
_REPORTED = re.compile(r"\b(?:someone|people|he|she|everyone|friends)\b(?: \w+){0,2} (?:says|said|say|tells|told|tell|telling"
                       r"|thinks|noticed|reckons|keeps saying|pointed out)(?: me| us)?(?: that)? (?:my|i|im|ive)\b")


def _tells_of_self(message: Normalised) -> bool:
    """The message speaks of the writer or of now, so its questions are about a sign that is there."""
    return not SURELY_ME.isdisjoint(message.text.split()) or bool(search(_ONGOING, message.text, message.words))


_REACH = 70  # characters either side of a match that an everyday cause must be within


def _around(message: Normalised, first: int, last: int, start: int, end: int) -> str:
    """The match's clauses, cut to the stretch near the match: in a long dictated message with no
    punctuation the clause is the whole message, and "sitting" or "squats" said far away excuses nothing."""
    lo = max(message.starts[first], start - _REACH)
    end_of_last = message.starts[last] + len(message.clause(last))
    hi = min(end_of_last, end + _REACH)
    # start and end at whole words, so "\\b" in an unless pattern still means a word boundary
    lo = message.text.rfind(" ", 0, lo + 1) + 1 if lo > message.starts[first] else lo
    space = message.text.find(" ", hi)
    hi = end_of_last if space < 0 or space > end_of_last else space
    return message.text[lo:hi]


_ANSWERED_NO = frozenset(("no", "nope", "nah", "not really", "no way"))


def _pain_only_imagined(message: Normalised, context: Starts) -> bool:
    """Every word that gave a history its pain sits in an imagined clause ("if my back ever started hurting")."""
    places = [message.clause_at(m.start()) for _, m in context.matches(message.text, message.words)]
    return bool(places) and all(imagined(message, i) for i in places)


def _spanning_stance(message: Normalised, first: int, last: int, start: int, end: int, over: bool,
                     told: bool) -> str | None:
    """The stance of a match joining two clauses of one sentence ("my groin, it has gone numb"): both
    parts must be said; a denial in either ("bladder is fine, no problems") drops it."""
    if not message.same_sentence(first, last):
        return None  # (referral: "one leg, the right, is without feeling" spans three clauses of one sentence)
    over = over and not any(NOW.search(message.clause(i)) for i in (first, last))
    head = _stance(message, first, start - message.starts[first], len(message.clause(first)), over, told)
    tail_clause = message.clause(last)
    tail_end = end - message.starts[last]
    tail_words = tail_clause[:tail_end].split()
    for i, word in enumerate(tail_words[:-1]):
        if word in _INNER_NEGATORS and not _still_a_sign(tail_words[i + 1:i + 3]):
            return None
    tail = _stance(message, last, 0, tail_end, over, told)
    if head is None or tail is None:
        return None
    return "ask" if "ask" in (head, tail) else "said"


def _hits(message: Normalised) -> list[_Hit]:
    hits: list[_Hit] = []
    whole = message.text
    compiled = _compiled()
    over_cache: dict[int, bool] = {}
    told = any(message.asked) and _tells_of_self(message)
    joking = bool(search(_JOKING, whole, message.words))
    context_found: dict[tuple[str, str], bool] = {}  # by context text: many rules share one
    # a sign already stated in the same words: another rule matching them can add nothing (see _judge)
    stated: set[tuple[Sign, str]] = set()
    # a sign already stated below the highest tier stated so far can change nothing more: its trigger
    # is listed already, and heard phrases come only from the top tier (see _judge)
    sure_signs: set[Sign] = set()
    sure_tier = Tier.NONE
    for number, match in compiled.starts.matches(whole, message.words):
        rule = compiled.rules[number]
        if rule.rule.sign in sure_signs and TIER_OF[rule.rule.sign] < sure_tier:
            continue
        heard = match.group(0).replace("_", " ").replace(" | ", ", ")
        if (rule.rule.sign, heard) in stated:
            continue
        index = message.clause_at(match.start())
        last = message.clause_at(match.end() - 1)
        clause, base = message.clause(index), message.starts[index]
        if rule.unless is not None and excused(rule.unless, _around(message, index, last, match.start(), match.end())):
            continue
        if rule.unless_anywhere is not None and search(rule.unless_anywhere, whole, message.words):
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
        if history and history_is_well(message, index):
            continue  # "had cancer years ago, all clear, back feels great": a history with no new pain
        if history and rule.context is not None and _pain_only_imagined(message, rule.context):
            continue  # "if my back ever started hurting, would my cancer history change...?"
        # "morning wood has totally gone": the words that would say "over" are the sign itself
        # (a match across three clauses holds whole clauses, whose "last year, all sorted" still says over)
        over = over_for(message, index, over_cache) and not history \
            and (last > index + 1 or not OVER.search(match.group(0)))
        if over and rule.rule.sign is Sign.RECENT_INFECTION and now_in_sentence(message, index):
            over = False  # "had an abscess last month, now my back is sore": the infection is past, the pain is now
        if last != index:
            stance = _spanning_stance(message, index, last, match.start(), match.end(), over, told)
        else:
            stance = _stance(message, index, match.start() - base, match.end() - base, over, told)
        if stance is None:
            continue
        if rule.rule.sign is Sign.FAINTING and joking and _NEARLY.search(clause):
            continue  # "nearly passed out lol, that set killed me"; without the joke, nearly fainting counts
        if TIER_OF[rule.rule.sign] is Tier.EMERGENCY and joke_only(message, match.start(), match.end()):
            continue  # "blacked out from boredom, joking"; but "numb lol but actually worried" is meant
        hits.append(_Hit(sign=rule.rule.sign, heard=heard, unsure=unsure or stance == "ask"))
        if not hits[-1].unsure:
            stated.add((rule.rule.sign, heard))
            sure_signs.add(rule.rule.sign)
            sure_tier = max(sure_tier, TIER_OF[rule.rule.sign])
    for limb in limb_hits(message):
        stance = _stance(message, limb.clause, limb.start, limb.end, over_for(message, limb.clause, over_cache),
                         told)
        if stance is None:
            continue
        hits.append(_Hit(sign=limb.sign, heard=limb.heard, unsure=limb.unsure or stance == "ask"))
    if not hits:
        return hits
    harmless = Everyday(message)
    return [h for h in hits if not harmless.explains(h.sign, h.heard)]


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
