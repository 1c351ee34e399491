"""Whether a sign is over and done ("years ago, fine since"), and whether a message says all is well with
the back, so that a history (cancer, steroids...) carries no new pain. Judged on the sign's own sentence
and the next one: a long log's "used to" or "otherwise all good" elsewhere says nothing about the sign.
"""
from __future__ import annotations

import re

from core.safety.memo import clause_memo
from core.safety.normalise import SEPARATOR, Normalised


# the message says the episode is over; a clause that does not bring it back to now is history
OVER = re.compile(r"\b(?:(?<!nt felt )(?<!not felt )(?<!nt been )(?<!not been )(?<!not )(?<!walk )(?<!walking )(?:fine|good|ok|okay|clear|normal|better|sorted|right) (?:ever )?since|never"
                   r" (?:since|came back|again|returned|happened again)|long healed|healed|all clear|sorted"
                   r" (?:it|out)|fixed it|cleared up|went away|gone now|resolved|years? ago|as a (?:kid"
                   r"|teenager|child|teen)|in (?:19|20)\d\d|last (?:year|winter|summer|spring|autumn|month)"
                   r"|months ago|long gone|(?:in|back in) (?:january|february|march|april|may|june|july|august|september"
                   r"|october|november|december)|(?<!able )(?<!than it )(?<!than i )(?<!never )used to"
                   r"|(?<!at )once(?! (?:i|it|you|they|the|my|that|its|im|we|he|she|ive|youve|theyre|weve|things|again|more|a|every"
                   r"|in|or|per|done|finished)\b)|hasnt bothered me"
                   r"|(?<!\w )at \d\d(?! ?(?:kg|kgs|kilos|lbs?|reps?|x|\d))\b|at \d\d (?:i|we|when)\b"
                   r"|(?:completely|totally|all) gone|it stopped|came back"
                   r"|(?:been|is|are|feels|felt|was) (?:totally |completely |perfectly |absolutely )?"
                   r"(?:fine|normal|great)(?<!before was normal)(?<!before it was normal)"
                   r"(?! (?:after the first|at first|at the start|to begin with))|felt great|feels great|all good|(?:physio|rest|it) helped"
                   r"|back to normal|(?:fine|ok|okay|good|better|normal|sorted) now|(?:hasnt|has not|havent|not) (?:returned|come back)"
                   r"|in my (?:teens|twenties|thirties|forties|fifties|20s|30s|40s|50s)|been a (?:one|zero|two|1|0|2) since|no (?:problems|issues|trouble|pain|symptoms) (?:ever )?since|all fine|no harm(?: done)?"
                   r"|no drama|no damage|gone completely|recovered (?:fully|completely)|(?:fully|completely) recovered)\b")


BESIDES = re.compile(r"\b(?:otherwise|apart from|other than|besides|else|rest of|rest is|anyway|aside from)\b")


NOW = re.compile(r"\b(?:now|today|again|still|currently|this (?:morning|week|evening)|tonight|right now"
                  r"|just|since (?:yesterday|this|last night|the session|the workout))\b")


_WELL = re.compile(r"\b(?:(?:no|zero) back (?:pain|issues|problems)|fully healed|well controlled|settled|nothing since|(?:feels|feel|been|is|has been) (?:totally |completely |perfectly )?(?:fine|great|good)"
                   r"|no (?:pain|back issues|back problems|problems|issues)|healthy|going (?:really )?well"
                   r"|(?:fully|completely) recovered|recovered (?:fully|completely))\b")


_OTHER_SIDE = re.compile(r"\b(?:left|right|other)(?: one| side| leg| foot)? (?:is|feels|seems|was|has been)\b")


# "food's been good", "rows have been fine though": the lifting or the rest is fine, not a history (referral helper)
_ABOUT_ELSE = re.compile(r"\b(?:otherwise|apart from (?:that|this)|other than (?:that|this)|besides (?:that|this)"
                         r"|else|though|lifts?|lifting|rows?|pull ups?|sets?|session|sessions|workout|training"
                         r"|grip|bench|squats?|deadlifts?|gym|kg|reps?|week overall|\d+x\d+"
                         r"|left|right|other|food|sleep|diet|work|meals|everything|stretch\w*|exercises|mobility|warm ?ups?"
                         r"|cardio|walk|run|swim|bike|class|yoga|carries|deadline)\b")


# "all clear" is said of the cancer, not of the back: with new back pain the history still counts
_LIFT_FINE = re.compile(r"^(?:the |my |those |these )?(?:\w+ )?(?:lifts?|deadlifts?|squats?|rows?|sets?|reps?|session|workout"
                        r"|training|warm ?ups?|rdls?|bench|presses|pull ups?) (?:felt|feel|were|was|went) ")


_ABOUT_THE_BACK = re.compile(r"\b(?:back|pain|issues|problems|healed|controlled|settled|since|recovered)\b")


def history_is_well(message: Normalised, index: int) -> bool:
    """The message says all is well with the writer's back, not only with what sits beside the words
    ("food's been good", "did the stretches, felt great" say nothing of a history with new pain)."""
    memo = clause_memo(message).well
    key = message.sentence[index] if message.sentence else -1  # the answer differs only by sentence
    if key not in memo:
        memo[key] = _well_in(message, index)
    return memo[key]


def _well_in(message: Normalised, index: int) -> bool:
    memo = clause_memo(message)
    if memo.well_said is None:  # (clause, about the back, about something else) of each "well" said
        memo.well_said = [(at, bool(_ABOUT_THE_BACK.search(m.group(0))), bool(_ABOUT_ELSE.search(message.clause(at))))
                          for m in _WELL.finditer(message.text) for at in (message.clause_at(m.start()),)]
    for at, about_back, about_else in memo.well_said:
        if about_back:
            return True
        if not about_else and (not message.sentence or message.same_sentence(at, index)):
            return True
    return False


def says_over(text: str) -> bool:
    """The text says an episode is over, not "otherwise all good" about everything else."""
    return any(not BESIDES.search(text[max(0, m.start() - 25):m.start()]) for m in OVER.finditer(text))


def _sentences(message: Normalised) -> dict[int, list[int]]:
    """The clauses of each sentence, in order (found once per message)."""
    memo = clause_memo(message)
    if memo.sentences is None:
        memo.sentences = {}
        for i, n in enumerate(message.sentence):
            memo.sentences.setdefault(n, []).append(i)
    return memo.sentences


def now_in_sentence(message: Normalised, index: int) -> bool:
    number = message.sentence[index] if message.sentence else -1
    return any(NOW.search(message.clause(i)) and not OVER.search(message.clause(i)) for i in range(len(message.asked))
               if not message.sentence or message.sentence[i] == number)


def over_for(message: Normalised, index: int, cache: dict[int, bool]) -> bool:
    """The episode is said to be over in the sign's own sentence or the next one ("... in 2019. Fine
    since."): a long training log that mentions "at 20 kg" or "used to" elsewhere is no history."""
    if not message.sentence:
        return bool(OVER.search(message.text))
    number = message.sentence[index]
    if index not in cache:
        # a question ("it is normal?") says nothing is over
        # "left leg weak, right is fine": the other side being well is not the sign being over (referral)
        sentences = _sentences(message)
        this, following = sentences.get(number, []), sentences.get(number + 1, [])
        # "the deadlifts felt fine, but afterwards this pain..." (referral round 2): the lift was fine, not the sign
        own = SEPARATOR.join(message.clause(i) for i in this
                             if not message.asked[i] and not _OTHER_SIDE.search(message.clause(i))
                             and (i == index or not _LIFT_FINE.search(message.clause(i))))
        after = SEPARATOR.join(message.clause(i) for i in following if not message.asked[i])
        # "... Otherwise all good." speaks of everything but the sign
        # (referral: "Did the stretches, felt great." after a sign speaks of the stretches, not the sign)
        whole_next = SEPARATOR.join(message.clause(i) for i in following)
        cache[index] = says_over(own) or (not BESIDES.search(after) and not _ABOUT_ELSE.search(whole_next)
                                            and says_over(after))
    return cache[index]
