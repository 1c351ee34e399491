"""Turns free text into clauses of canonical words, so one pattern covers many spellings.

People type warning signs in a hurry: "tinglin", "numbnes", "pins & needles",
"cant feel my legs". Matching a few canonical words is more reliable than
listing every spelling in every pattern, so each word is folded to its
canonical form here and the patterns only ever see canonical text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# canonical word -> the spellings people actually type (skeletons of these are matched too)
_VARIANTS: dict[str, tuple[str, ...]] = {
    "numb": ("numb", "numbness", "numbnes", "numbess", "numness", "numnes", "numbed", "numbish",
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
              "genital", "genitalia", "scrotum", "testicles", "penis", "anus", "saddle",
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
class Clause:
    """One clause of a message in canonical words; `asked` when it is a question or a 'what if'."""

    words: str
    asked: bool


_QUESTION_LEAD = (
    r"^(?:is|are|am|was|were|does|do|did|should|would|will|shall|what|whats|how|hows|why|whys"
    r"|anyone|any1|anybody|normal|ok|okay|safe|is it|can (?:i|you|it|this|that|a|the|someone|we"
    r"|numb|tingling|sciatica|my)|could (?:i|you|it|this|that|a|the|my))\b"
)
_HYPOTHETICAL = (
    r"\b(?:if|whether|in case|worried about|worry about|worrying about|afraid of|scared of"
    r"|wondering|wonder|signs of|symptoms of|risk of|avoid|prevent|supposed to|could it be"
    r"|might get|what about)\b"
)
_CLAUSE_SPLIT = r"[,;:()\[\]]| [-–—]+ |\b(?:but|although|though|however|except)\b"


@dataclass(frozen=True)
class _Tables:
    exact: dict[str, str]
    skeleton: dict[str, str]
    phrases: tuple[tuple[re.Pattern[str], str], ...]
    sentence: re.Pattern[str]
    clause: re.Pattern[str]
    drop: re.Pattern[str]
    runs: re.Pattern[str]
    doubles: re.Pattern[str]
    tingle: re.Pattern[str]
    lead: re.Pattern[str]
    hypothetical: re.Pattern[str]


def _skeleton(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


@cache
def _tables() -> _Tables:
    # built on first use, not at import: the module stays free of import-time work
    exact: dict[str, str] = {}
    skeleton: dict[str, str] = {}
    for canonical, spellings in _VARIANTS.items():
        for spelling in spellings:
            exact[spelling] = canonical
            skel = _skeleton(spelling)
            if len(skel) >= 4:
                skeleton.setdefault(skel, canonical)
    return _Tables(
        exact=exact,
        skeleton=skeleton,
        phrases=tuple((re.compile(p), r) for p, r in _PHRASES),
        sentence=re.compile(r"([^.!?\n]*)([.!?\n]*)"),
        clause=re.compile(_CLAUSE_SPLIT),
        drop=re.compile(r"[^a-z0-9_ ]+"),
        runs=re.compile(r"(.)\1{2,}"),
        doubles=re.compile(r"(.)\1+"),
        tingle=re.compile(r"^t[iye]+n[gk]+[aeiy]?l"),
        lead=re.compile(_QUESTION_LEAD),
        hypothetical=re.compile(_HYPOTHETICAL),
    )


def _canonical_word(word: str, t: _Tables) -> str:
    word = t.runs.sub(r"\1\1", word)  # "numbbbb" -> "numbb", "peeee" -> "pee"
    found = t.exact.get(word)
    if found is not None:
        return found
    if t.tingle.match(word):
        return "tingling"
    skel = t.doubles.sub(r"\1", word)
    if len(skel) >= 4:
        return t.skeleton.get(skel, word)
    return word


def _clean(raw: str, t: _Tables) -> str:
    raw = raw.replace("'", "").replace("w/o", " without ").replace("w/", " with ")
    raw = raw.replace("&", " and ").replace("+", " and ")
    words = [_canonical_word(w, t) for w in t.drop.sub(" ", raw).split()]
    text = " ".join(words)
    for pattern, replacement in t.phrases:
        text = pattern.sub(replacement, text)
    return text


def clauses(text: str) -> tuple[Clause, ...]:
    """The message split into clauses of canonical words, each marked when it asks rather than tells."""
    t = _tables()
    lowered = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    found: list[Clause] = []
    for sentence in t.sentence.finditer(lowered):
        body, ending = sentence.group(1), sentence.group(2)
        if not body.strip():
            continue
        parts = [p for p in t.clause.split(body) if p and p.strip()]
        for index, part in enumerate(parts):
            words = _clean(part, t)
            if not words:
                continue
            asked = bool(
                ("?" in ending and index == len(parts) - 1)
                or t.lead.search(words)
                or t.hypothetical.search(words)
            )
            found.append(Clause(words=words, asked=asked))
    return tuple(found)
