"""The everyday sense of an emergency sign's words, judged for the sign once whatever rule found it.

Several rules (and limbs.py) can find the same words: "my bum went numb on the 60 km ride" is saddle
numbness to three of them. Instead of teaching each rule the same exception, a sign found inside a
clause that reads as its everyday sense is dropped here: numbness from the saddle during a ride that
nothing says has lasted, "dragging my feet about the gym", collapsing onto the bed like a starfish,
blacking out a calendar, a phone that fell, muscles "I can't feel" on an exercise, a chest sore to the
touch after push-ups. Something that says the sign lasts or is meant ("still", "since", "hours") keeps
it: the everyday sense is only the passing one.
"""
from __future__ import annotations

import re

from core.safety.normalise import Normalised
from core.safety.signs import Sign

# the sign has lasted or is meant: the everyday sense no longer explains it
_LASTS = re.compile(r"\b(?:still|(?<!nothing )(?<!fine )(?<!problems )since|hours|days|all day|wont|isnt going|not going away|worried|worse|getting worse"
                    r"|this morning|yesterday|last night|again|keeps?|every time|pee|poo|bladder|toilet|actually|seriously|for real"
                    r"|not joking|scared|help|what do i do|should i)\b")
# the saddle as a place ("the saddle area", "where a bike seat touches") is the sign's own word, not a ride
_RIDE = r"\b(?:ride|rides|riding|rode|pedals?|pedalling|cycling|sportive|spin class|km|miles|turbo trainer)\b"
# toes or feet numb from the cold on a winter run, warmed up after
_COLD = r"\b(?:cold|freezing|frozen|winter|icy|snow|ice bath|cold plunge)\b"
_EVERYDAY: dict[Sign, re.Pattern[str]] = {
    Sign.SADDLE_NUMBNESS: re.compile(_RIDE),
    Sign.ONE_LEG_NERVE: re.compile(_RIDE + "|" + _COLD),
    Sign.FOOT_DROP: re.compile(r"\b(?:lift|raise|get) (?:my |the )?(?:foot|feet|toes|knee) (?:high enough|higher|up enough)\b"
                               r"|\bdragging (?:my |our |their |his |her )?(?:feet|heels) (?:about|on|over|with|getting|going"
                               r"|to|when it comes)\b"),
    Sign.FAINTING: re.compile(r"\b(?:collapsed|flopped|passed out|crashed|conked out)\b(?: \w+){0,8} (?:like a (?:starfish"
                              r"|sack of \w+|puddle|rag ?doll)|loved it|(?:in|on|into|onto) (?:the |my )?(?:bed|sofa|couch))\b"
                              r"|\bnext thing i (?:knew|know)\b(?: \w+){0,4} (?:asleep|dozing|dozed|napping|snoring|in savasana"
                              r"|morning|the alarm)\b"
                              r"|\bblacked out (?:my |the |a |some )?(?:calendar|diary|schedule|dates|days|time|weekends?"
                              r"|evenings?|mornings?)\b"),
    Sign.BOTH_LEGS_NERVE: re.compile(_COLD + r"|\b(?:cant|couldnt|cannot) feel (?:my |the )?(?:glutes?|lats|hamstrings?|quads?|abs"
                                     r"|core|legs) (?:on|in|during|when|working|firing|doing)\b(?: \w+){0,3}"
                                     r" (?:bridges?|hip thrusts?|squats?|lunges?|deadlifts?|rdls?|kickbacks?|rows?|sets?)\b"
                                     r"|\b(?:lol|lmao|haha\w*|worth it|10 ?out of ?10)\b"),
    Sign.FALL_OR_CRASH: re.compile(r"\b(?:phone|bar|barbell|plates?|weights?|dumbbells?|kettlebells?|bottle|towel|bag"
                                   r"|screen|laptop|frame|shelf|mirror|picture|tv|clock|sign|poster|band|box|pull ?up bar)"
                                   r"\b(?: \w+){0,2} (?:fell|dropped|crashed|came down|slipped)\b"
                                   r"|\b(?:nearly|almost) fell off (?:my|the) (?:chair|seat|stool|sofa)\b(?: \w+){0,2}"
                                   r" (?:when|at|laughing|reading|seeing|after|because)\b"
                                   r"|\b(?:in (?:19|20)\d\d|years ago)\b(?: \w+| \|){0,8} (?:nothing since|fine since|no problems since"
                                   r"|all clear|cleared|healed)\b"
                                   r"|\blanded on my feet\b|\b(?:hit|hits|hitting) (?:a |my )?\d+ ?(?:bpm|kph|kmh|mph|watts)?\b"),
    Sign.CHEST_PAIN: re.compile(r"\b(?:sore|tender) to (?:the )?touch\b|\blike the muscle\b|\bmuscle (?:ache|soreness|pain)\b"
                                r"|\b(?:after|from) (?:the |my |those |all the )?(?:push ?ups|press ?ups|dips|flyes|flys"
                                r"|bench\w*|chest day|pec deck)\b"),
}


# a question asked out of interest, for study, with the writer saying it is not theirs: the whole message
_CURIOUS = re.compile(r"\b(?:just curious|out of curiosity|purely curious|hypothetically|nothing (?:is )?happening to me"
                      r"|(?:its |it is )?not happening to me|asking for (?:my|a) (?:course|class|studies|exam|essay|thesis"
                      r"|assignment|clients?|athletes?|article|blog))\b")
_NEAR = 60  # characters: in a long dictated message one clause holds everything, so stay near the words


class Everyday:
    """The everyday senses of one message, each worked out at most once (a long log has many hits)."""

    def __init__(self, message: Normalised) -> None:
        self.message = message
        self.text = message.text.replace("_", " ")
        self._lasts: bool | None = None
        self._curious: bool | None = None
        self._spans: dict[Sign, list[str]] = {}

    def lasts(self) -> bool:
        if self._lasts is None:
            self._lasts = bool(_LASTS.search(self.text))
        return self._lasts

    def curious(self) -> bool:
        if self._curious is None:
            self._curious = any(self.message.asked) and bool(_CURIOUS.search(self.text)) and not self.lasts()
        return self._curious

    def spans(self, sign: Sign, pattern: re.Pattern[str]) -> list[str]:
        if sign not in self._spans:
            message, text, spans = self.message, self.text, []
            if not self.lasts():
                for found in pattern.finditer(text):
                    first, last = message.clause_at(found.start()), message.clause_at(found.end() - 1)
                    lo = first - 1 if first > 0 and message.same_sentence(first - 1, first) else first
                    hi = last + 1 if last + 1 < len(message.starts) and message.same_sentence(last, last + 1) else last
                    begin = max(message.starts[lo], found.start() - _NEAR)
                    end = min(message.starts[hi] + len(message.clause(hi)), found.end() + _NEAR)
                    spans.append(text[begin:end])
            self._spans[sign] = spans
        return self._spans[sign]

    def explains(self, sign: Sign, heard: str) -> bool:
        """True when the words heard for `sign` sit next to words that read as the sign's everyday sense
        (in their clause or the one beside it in the same sentence), or the message only asks out of interest."""
        if self.curious():
            return True
        pattern = _EVERYDAY.get(sign)
        if pattern is None:
            return False
        head = heard.split(", ")[0]
        return any(head in span for span in self.spans(sign, pattern))
