"""Turns free text into clauses of canonical words, so one pattern covers many spellings.

People type warning signs in a hurry: "tinglin", "numbnes", "pins & needles",
"cant feel my legs". Matching a few canonical words is more reliable than
listing every spelling in every pattern, so each word is folded to its
canonical form here and the patterns only ever see canonical text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from bisect import bisect_right
from functools import cache

from core.safety.gate import Starts, Words
from core.safety.spellings import (EMOJI, FILLERS, PHRASES, REFERRAL_EMOJI, REFERRAL_PHRASES, REFERRAL_SPELLINGS,
                                   SPELLINGS)
from core.safety.typos import corrected

# canonical word -> the spellings people actually type (skeletons of these are matched too)
_VARIANTS: dict[str, tuple[str, ...]] = {
    "numb": ("numb", "num", "numm", "numbness", "numbnes", "numbess", "numness", "numnes", "numbed", "numbish",
             "numbing", "numbs", "numbnesss", "numbenss", "nunmb", "numbe"),
    "sciatica": ("sciatica", "siatica", "sciatic", "sciatia", "scatica", "sciactica", "sciatika",
                 "schiatica", "syatica", "sciattica", "siatic", "sciaticia", "sciatca"),
    "needles": ("needles", "needle", "neddles", "needels", "neeldes", "nedles"),
    "pee": ("pee", "peeing", "peed", "pees", "piss", "pissing", "urine", "urinate", "urinating",
            "urination", "urinary", "weeing", "peeign", "peeng"),
    "poo": ("poo", "poop", "pooping", "pooing", "poos", "poops", "stool", "stools", "bowel",
            "bowels", "feces", "faeces", "defecate", "defecating", "bowl movements"),
    "bladder": ("bladder", "bladders", "blader", "bladdar", "bladdder"),
    "incontinent": ("incontinent", "incontinence", "incontinance", "incontinant", "incontinet"),
    "groin": ("groin", "groins", "crotch", "taint", "perineum", "perinium", "gooch", "genitals",
              "genital", "genitalia", "scrotum", "testicles", "penis", "anus",
              "undercarriage", "nethers", "grion", "croch"),
    "faint": ("faint", "feint", "fiant"),
    "fainted": ("fainted", "feinted", "fainting", "feinting", "faints"),
    "breathe": ("breathe", "breath", "breathing", "brethe", "breth", "breathin", "breate"),
    "collapsed": ("collapsed", "colapsed", "collasped", "collapsing", "colapsing"),
    "osteoporosis": ("osteoporosis", "osteoperosis", "osteoporosys", "osteoprosis", "osteopenia",
                     "osteoparosis"),
    "cant": ("cant", "cannot", "cnat", "kant", "cn"),
    "couldnt": ("couldnt", "couldn"),
    "dont": ("dont", "dnt", "don"),
    "doesnt": ("doesnt", "dosnt", "doesn", "dosent"),
    "didnt": ("didnt", "didn"),
    "isnt": ("isnt", "isn"),
    "havent": ("havent", "havnt", "haven"),
    "hasnt": ("hasnt", "hasn"),
    "wont": ("wont",),
    "legs": ("legs", "leggs", "legss"),
    "leg": ("leg", "legg"),
    "shooting": ("shooting", "shootin", "shoting"),
    "stabbing": ("stabbing", "stabing", "stabbin"),
    "weak": ("weak", "weeak", "waek"),
    "weakness": ("weakness", "weaknes", "weekness"),
    "fever": ("fever", "fevers", "feverish", "fevar", "fevor"),
    "tumour": ("tumour", "tumor", "tumours", "tumors"),
    "shoulderblades": ("shoulderblades", "shoulderblade"),
}

# multi-word spellings folded to one token before the patterns run
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"\bcan not\b", "cant"), (r"\bcould not\b", "couldnt"), (r"\bdo not\b", "dont"),
    (r"\bdoes not\b", "doesnt"), (r"\bdid not\b", "didnt"), (r"\bis not\b", "isnt"),
    (r"\bhave not\b", "havent"), (r"\bhas not\b", "hasnt"), (r"\bwill not\b", "wont"),
    (r"\bpins? (?:and |n |an |nd )?needles\b", "pins_and_needles"),
    # idioms that use sign words for feelings, not bodies
    (r"\bweak at the knees\b", "smitten"),
    (r"\b(?:like|as if|as though) (?:someone|somebody)\b", "like"),
    (r"\bnumb (?:with|from) (?:confusion|boredom|shock|disbelief|the news)\b", "stunned"),
    # uncertainty about a sensation is the sign itself, not a hypothetical "if"
    (r"\b(?:cant|couldnt|dont|didnt|cannot) (?:really )?(?:tell|know|say)(?: for sure)? (?:if|whether)\b"
     r"|\b(?:not sure|unsure|no idea|not certain) (?:if|whether)\b", "cant tell"),
    (r"\bmy (?:dad|father|mum|mom|mother|brother|sister|son|daughter|wife|girlfriend|boyfriend|husband"
     r"|partner|mate|mates|friend|friends|buddy|pal|cousin|uncle|aunt|grandad|grandpa|grandma|nan"
     r"|gran|colleague|coworker|boss|neighbour|neighbor|client|trainer|coach|training partner"
     r"|gym buddy|old man|missus|wifey)\b", "someone"),
    (r"\bmy (?:balls|junk|dick|nuts|bits|private parts|privates|nether regions?|lady bits)\b",
     "my groin"),
    (r"\binner thighs?\b", "groin"), (r"\bbetween (?:my|the) legs\b", "groin"),
    (r"\bdown there\b", "groin"), (r"\bsaddle (?:area|region|zone)\b", "groin"),
    (r"\b(?:back passage|bum ?hole|butt ?hole|arse ?hole)\b", "groin"),
    (r"\bshoulder blades?\b", "shoulderblades"),
    (r"\bnumber (?:two|2)s?\b", "poo"), (r"\bbowel movements?\b", "poo"),
    # exercise names are not body parts: "leg press felt weak" says nothing about a leg
    (r"\b(leg|legs|calf|calves|hip|hips|glute|glutes|hamstring|hamstrings|knee|knees|quad|quads"
     r"|thigh|foot|feet|toe|toes|chest|arm|back) (day|press|presses|curl|curls|extension|extensions"
     r"|raise|raises|workout|session|sessions|training|drive|thrust|thrusts|bridge|bridges|machine"
     r"|abduction|adduction|placement|position|stance|width|wraps|sleeves|fly|flys|flies|supported"
     r"|to bar|routine|exercise|exercises|lift|lifts)\b", r"\1_\2"),
)


@dataclass(frozen=True)
class Normalised:
    """A message in canonical words: clauses joined by " | ", so no pattern can cross a clause."""

    text: str
    starts: tuple[int, ...]  # where each clause begins in `text`
    asked: tuple[bool, ...]  # each clause is a question or a 'what if'
    words: Words = field(compare=False, repr=False)  # its distinct words, for cheap pattern gates
    imagined: tuple[bool, ...] = ()  # each clause only imagines the sign ("if", "in case", "avoid")
    sentence: tuple[int, ...] = ()  # the sentence each clause belongs to (clauses of one sentence may join)

    def clause_at(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def same_sentence(self, first: int, second: int) -> bool:
        return bool(self.sentence) and self.sentence[first] == self.sentence[second]

    def clause(self, index: int) -> str:
        end = self.starts[index + 1] - len(SEPARATOR) if index + 1 < len(self.starts) else None
        return self.text[self.starts[index]:end]


SEPARATOR = " | "
# the quote first: a pattern led by a lookbehind is tried at every character, one led by a character
# class is found by a fast scan
_APOSTROPHE_S = re.compile(r"['’](?<=[a-z]['’])s\b")

_LEAD = frozenset("is are am was were does do did should would will shall what whats how hows why whys"
                  " anyone any1 anybody normal ok okay safe".split())
_LEAD_AFTER_CAN = frozenset("i you it this that a the someone we my numb tingling sciatica".split())
_HYPOTHETICAL = (
    r"\b(?:if|whether|in case|worried about|worry about|worrying about|afraid of|scared of"
    r"|wondering|wonder|signs of|symptoms of|risk of|avoid|prevent|supposed to|could it be"
    r"|might get|what about)\b"
)
# a clause led by these imagines a sign rather than reporting one: nothing to act on or ask about
# "should I train if I can't stand up straight?", "it shoots down my leg if I twist": an "if" followed by the
# writer's present state or a movement tells of a sign that is there (referral helper, issue 13)
_IF_NOW = (r"(?<!what )\bif (?:i |im |ive |my (?:\w+ ){1,3}|the pain |a week of \w+ |weeks of (?:\w+ ){1,2})"
           r"(?:have|has|havent|hasnt|keeps?|cant|think|am|been|eat|twist|bend|cough|sneeze|sit|stand|lie"
           r"|move|walk|turn|lean|reach|step|squat|lift|pick|try)\b(?![^|]*\b(?:ever|tomorrow|next|someday|one day)\b)")
_IMAGINED = (r"\b(?:if|whether|in case|avoid|avoiding|prevent|preventing|supposed to|risk of|signs of"
             r"|symptoms of|might get|hypothetically|imagine|(?<![a-z] )say i|lets say|would you|should i ever"
             r"|what should i do|what do i do|when to)\b")
_IF_NOW_RE = re.compile(_IF_NOW)
_CONJUNCTIONS = frozenset("but although though however except".split())
_SENTENCE_END, _QUESTION_END, _CLAUSE_END = "\x01", "\x02", "\x03"
_BREAKS = frozenset((_SENTENCE_END, _QUESTION_END, _CLAUSE_END)) | _CONJUNCTIONS


@dataclass(frozen=True)
class _Tables:
    exact: dict[str, str]
    skeleton: dict[str, str]
    phrases: Starts
    replacements: tuple[str, ...]
    marks: dict[int, str]
    breaks: re.Pattern[str]
    drop: re.Pattern[str]
    runs: re.Pattern[str]
    doubles: re.Pattern[str]
    tingle: re.Pattern[str]
    hypothetical: Starts
    imagined: Starts


def _marks() -> dict[int, str]:
    """One translation table: sentence and clause ends become marker words, other symbols spaces."""
    table: dict[int, str] = {}
    for code in range(128):
        char = chr(code)
        if char.isalnum() or char in "_ ":
            continue
        table[code] = " "
    for char in ".!\n":
        table[ord(char)] = f" {_SENTENCE_END} "
    table[ord("?")] = f" {_QUESTION_END} "
    for char in ",;:()[]":
        table[ord(char)] = f" {_CLAUSE_END} "
    table[ord("&")] = table[ord("+")] = " and "
    return table


_ONE_FOR_ONE: dict[int, tuple[dict[int, str], dict[int, str], tuple[tuple[str, str], ...]]] = {}


def _one_for_one(table: dict[int, str]) -> tuple[dict[int, str], tuple[tuple[str, str], ...]]:
    """`table` as a table of one character for one (str.translate runs that in C, many times faster)
    and the longer replacements to put back for the stand-in characters used."""
    known = _ONE_FOR_ONE.get(id(table))
    if known is not None and known[0] is table:
        return known[1], known[2]
    longer = sorted({v for v in table.values() if len(v) > 1})
    # a stand-in never survives translation and is in no replacement, so it marks only itself
    spare = [chr(c) for c in range(1, 32) if table.get(c, chr(c)) != chr(c)
             and not any(chr(c) in v for v in table.values())]
    stand_in = dict(zip(longer, spare))
    single = {c: stand_in.get(v, v) for c, v in table.items()}
    back = tuple((stand_in[v], v) for v in longer)
    _ONE_FOR_ONE[id(table)] = (table, single, back)
    return single, back


def _translate(text: str, marks: dict[int, str]) -> str:
    single, back = _one_for_one(marks)
    text = text.translate(single)
    for char, replacement in back:
        text = text.replace(char, replacement)
    return text


def _skeleton(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


@cache
def _tables() -> _Tables:
    # built on first use, not at import: the module stays free of import-time work
    exact: dict[str, str] = {}
    skeleton: dict[str, str] = {}
    for canonical, spellings in [*_VARIANTS.items(), *SPELLINGS.items(), *REFERRAL_SPELLINGS.items()]:
        for spelling in spellings:
            exact[spelling] = canonical
            skel = _skeleton(spelling)
            if len(skel) >= 4:
                skeleton.setdefault(skel, canonical)
    hypothetical = Starts([_HYPOTHETICAL])
    return _Tables(
        exact=exact,
        skeleton=skeleton,
        phrases=Starts([p for p, _ in _PHRASES + PHRASES + REFERRAL_PHRASES]),
        replacements=tuple(r for _, r in _PHRASES + PHRASES + REFERRAL_PHRASES),
        marks=_marks(),
        breaks=re.compile("([\x01\x02\x03])"),  # the pieces are stripped of the spaces around
        drop=re.compile(r"[^a-z0-9_ .!?,;:()\[\]\n&+]+"),
        runs=re.compile(r"(.)\1{2,}"),
        doubles=re.compile(r"(.)\1+"),
        tingle=re.compile(r"^t[iye]+n[gk]+[aeiy]?l"),
        hypothetical=hypothetical,
        imagined=Starts([_IMAGINED]),
    )


@cache
def _known_words() -> dict[str, str]:
    """Canonical forms already worked out; grows with the words seen (bounded below)."""
    return {}


_UNITS = ("kg", "kgs", "kilo", "kilos", "lb", "lbs")


def _canonical_word(word: str) -> str:
    # words repeat a lot in chat, so the cache makes a long message cost little more than its length
    t = _tables()
    if word[:1].isdigit() and word.endswith(_UNITS):
        number = word.rstrip("kgilosb")
        if number.isdigit():
            return f"{number} {word[len(number):]}"  # "5kg" -> "5 kg": weight words stay words (referral)
    word = t.runs.sub(r"\1\1", word)  # "numbbbb" -> "numbb", "peeee" -> "pee"
    found = t.exact.get(word)
    if found is not None:
        return found
    if t.tingle.match(word):
        return "tingling"
    skel = t.doubles.sub(r"\1", word)
    if len(skel) >= 4 and skel in t.skeleton:
        return t.skeleton[skel]
    fixed = corrected(word) or corrected(skel)
    if fixed is not None:
        return t.exact.get(fixed, fixed)
    return word


def _fold_phrases(text: str, t: _Tables) -> str:
    found = sorted(t.phrases.matches(text), key=lambda hit: (hit[1].start(), -hit[1].end()))
    if not found:
        return text
    out: list[str] = []
    done = 0
    for number, match in found:
        if match.start() < done:
            continue  # overlaps a phrase already folded
        out.append(text[done:match.start()])
        out.append(match.expand(t.replacements[number]))
        done = match.end()
    out.append(text[done:])
    return "".join(out)


_VOCABULARY: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _vocabulary(looked_for: frozenset[str], t: _Tables) -> frozenset[str]:
    """The caller's vocabulary and ours, joined once per caller's vocabulary, not once per message."""
    known = _VOCABULARY.get(id(looked_for))
    if known is None or known[0] is not looked_for:
        if len(_VOCABULARY) > 16:
            _VOCABULARY.clear()
        known = _VOCABULARY[id(looked_for)] = (
            looked_for, looked_for | t.hypothetical.vocabulary() | t.imagined.vocabulary())
    return known[1]


def _asks(first: str, second: str) -> bool:
    return first in _LEAD or (first in ("can", "could") and second in _LEAD_AFTER_CAN)


def normalise(text: str, looked_for: frozenset[str] = frozenset()) -> Normalised:
    """The message split into clauses of canonical words, each marked when it asks rather than tells.

    `looked_for`: the word pieces the caller's gated patterns need (see gate.py).
    """
    t = _tables()
    lowered = text.lower()
    # "back's killing me", "leg's gone numb": the 's is "is" (or a possessive, which reads the same
    # to the patterns), never part of the word: "leg's" must not become "legs"
    lowered = _APOSTROPHE_S.sub(" is", lowered)
    for quote in "’‘`'":
        lowered = lowered.replace(quote, "")
    lowered = lowered.replace("w/o", " without ").replace("w/", " with ")
    for dash in (" - ", " – ", " — ", " -- "):
        lowered = lowered.replace(dash, " , ")
    if not lowered.isascii():
        for emoji, word in EMOJI.items():
            lowered = lowered.replace(emoji, word)
        for picture, word in REFERRAL_EMOJI.items():
            lowered = lowered.replace(picture, word)
        lowered = t.drop.sub(" ", lowered)
    lowered = _translate(lowered, t.marks)
    tokens = [token for token in lowered.split() if token not in FILLERS]
    canonical = _known_words()
    if len(canonical) > 50_000:
        canonical.clear()  # a cache, not a record: keep memory bounded in a long-running bot
    for token in set(tokens).difference(canonical):
        canonical[token] = _canonical_word(token)
    spoken = " " + " ".join(map(canonical.__getitem__, tokens)) + " "
    for conjunction in _CONJUNCTIONS:
        spoken = spoken.replace(f" {conjunction} ", f" {_CLAUSE_END} ")
    pieces: list[str] = []
    asked: list[bool] = []
    sentence: list[int] = []
    number = 0
    parts = t.breaks.split(spoken)
    for index in range(0, len(parts), 2):
        piece = parts[index].strip()
        if not piece:
            continue
        ending = parts[index + 1] if index + 1 < len(parts) else ""
        first, _, rest = piece.partition(" ")
        pieces.append(piece)
        asked.append(ending == _QUESTION_END or _asks(first, rest.partition(" ")[0]))
        sentence.append(number)
        if ending in (_SENTENCE_END, _QUESTION_END):
            number += 1
    if not pieces:
        return Normalised(text="", starts=(), asked=(), words=Words("", frozenset()))
    joined = _fold_phrases(SEPARATOR.join(pieces), t)
    words = Words(joined, _vocabulary(looked_for, t))
    starts: list[int] = []
    offset = 0
    for clause in joined.split(SEPARATOR):
        starts.append(offset)
        offset += len(clause) + len(SEPARATOR)
    probe = Normalised(text=joined, starts=tuple(starts), asked=tuple(asked), words=words)
    hypothetical = {probe.clause_at(m.start())
                    for _, m in t.hypothetical.matches(joined, words)}
    asked = [a or i in hypothetical for i, a in enumerate(asked)]
    imagined = {probe.clause_at(m.start()) for _, m in t.imagined.matches(joined, words)
                if not (m.group(0) == "if" and _IF_NOW_RE.match(joined, m.start()))}
    return Normalised(text=joined, starts=tuple(starts), asked=tuple(asked), words=words,
                      imagined=tuple(i in imagined for i in range(len(starts))), sentence=tuple(sentence))
