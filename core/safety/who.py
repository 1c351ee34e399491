"""Who a sign is about and whether it is meant: the writer or someone else, said or imagined, a joke.

Split from screening.py (issue 13): the other person someone is with or was told by is not who a
clause is about ("couldn't finish with my girlfriend", "my friend told me"); hearsay reports nothing;
a short "hypothetically," imagines its whole sentence; a sentence that says it is a joke, with nothing
in the message taking that back, is not an emergency; some questions are reports of the writer's own
sign ("is it normal to have a numb backside after deadlifts?", "could a tight back do this? that's
what's happening").
"""
from __future__ import annotations

import re

from core.safety.normalise import Normalised

SURELY_ME = frozenset("i im ive id ill me myself".split())  # "my" and "mine" also come with others
# who a clause is about: "someone" also stands for "my dad", "my mate"... (see normalise.py)
_OTHERS = frozenset("someone somebody he hes she shes his her him guy bloke lad fella friend mate"
                    " people dad mum mom father mother brother sister son wife girlfriend husband"
                    " cousin uncle grandad client boss partner wifes lady woman girl member instructor stranger"
                    " kid child kids children daughter nan grandma granny neighbour colleague teammate cyclists"
                    " runners lifters athletes patients".split())

# questions people ask about what is happening to them, and the words that say so after a question
OWN_QUESTION = re.compile(r"(?:is (?:it|this|that) (?:normal|bad|ok|okay|common|a problem|a bad sign|weird)"
                           r"|how long (?:will|until|before) (?:it|this|my|i)\b"
                           r"|(?:does |has |did |do )?any ?(?:one|1|body) else)\b")
# an occasion makes a "normal?" question a report: after the squats, during swings, since Friday, now
OCCASION = re.compile(r"\b(?:after|since|during|mid|when i|today|tonight|now|this (?:morning|week)|yesterday|days?|on (?:a|the|my)"
                       r"|last night|like this|again|keeps?)\b")
ABOUT_A_SIGN = frozenset("serious dangerous safe allowed good bad make makes cause causes survivors emergency sign signs"
                         " symptom symptoms".split())
YES_NO_LEAD = frozenset("is are can could does do would will".split())
EVER = frozenset("ever generally general usually people someone somebody".split())
SELF_TAG = re.compile(r"\b(?:that is (?:what is|whats) (?:happening|going on)|thats whats happening|happening (?:to me"
                       r"|now|right now|today|since)|it is happening|been like this|mine (?:is|are|was|were|has|have|started|still|too"
                       r"|since)|i have it|ive got it|i (?:have|got) (?:it )?(?:today|now|right now)|that is what i"
                       r" (?:have|got)|i just did|just happened|it is day \w+|it happened today|do this|cause this"
                       r"|doing this)\b")

_JOKE_MARK = re.compile(r"(?<!not )(?<!no )(?<!even )\b(?:lol|lmao|lmfao|haha\w*|rofl|jk|kidding|joking|metaphorically"
                        r"|figuratively|would recommend)\b|\bnot literally\b")
_MEANT = re.compile(r"\b(?:worr\w*|scar\w*|serious\w*|for real|actually|honestly|since|still|been like|not a joke"
                    r"|keeps?|kept|again|no joke|not joking|not kidding|help|hospital|999|911|ambulance|days|weeks"
                    r"|yesterday|this morning|now|forever)\b")

# "couldn't finish with my girlfriend", "told my wife": the other person is not who the clause is about
_NOT_THE_SUBJECT = frozenset("with to for from by told tell telling asked ask called call helped help woke wake than"
                             " beside behind near about".split())
HEARSAY = re.compile(r"\b(?:podcast|article|documentary|study|research|apparently|according to|people say"
                      r"|they say|read (?:that|about|somewhere)|heard (?:that|about))\b")
_TOOK_IN = frozenset("listened read heard saw watched follow followed".split())
_OBJECT_ME = frozenset("told tell tells telling asked showed show gave give sent to with for at".split())


def speaks_as_me(words: list[str]) -> bool:
    """The writer speaks of themself: "I", "my"... but not "me" as the one told ("my friend told me")."""
    for i, w in enumerate(words):
        if w in SURELY_ME and not (w == "me" and i > 0 and words[i - 1] in _OBJECT_ME) \
                and not (w == "i" and words[i + 1:i + 2] and words[i + 1] in _TOOK_IN):
            return True
    return False


def about_others(words: list[str]) -> bool:
    """Someone else is the subject here ("my dad's sciatica"), not only the one the writer was with."""
    for i, w in enumerate(words):
        if (w in _OTHERS or (w.endswith("s") and w[:-1] in _OTHERS)) \
                and (i == 0 or words[i - 1] not in _NOT_THE_SUBJECT):
            return True
    return False


_ADVERBS = frozenset("just then had has also nearly almost literally actually suddenly".split())


def done_by_another(before: list[str]) -> bool:
    """The word just before the sign is someone else: "when my mate fell off the Swiss ball"."""
    if before and before[-1] in _ADVERBS:
        before = before[:-1]
    return bool(before) and about_others(before[-1:])


def imagined(message: Normalised, index: int) -> bool:
    """The clause imagines the sign, or a short lead clause of its sentence does ("hypothetically, numb
    buttocks after squats, would that be serious?")."""
    if not message.imagined:
        return False
    if message.imagined[index]:
        return True
    first = index
    while first > 0 and message.same_sentence(first - 1, index):
        first -= 1
    return any(message.imagined[i] and len(message.clause(i).split()) <= 3 for i in range(first, index))


def joke_only(message: Normalised, start: int, end: int) -> bool:
    """A joke is marked next to the sign ("blacked out from boredom, joking") and nothing in the message
    takes it back; a "lol" at the end of a long dictated message is not about a sign said far before it."""
    window = message.text[max(0, start - 40):end + 50]
    return bool(_JOKE_MARK.search(window)) and not _MEANT.search(message.text)
