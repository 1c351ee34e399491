"""The cauda equina card told as what happened on the toilet or in bed, not as a symptom name.

People describe the loss rather than name it: the stream that takes minutes to start or will not stop,
a wee they only know of by its sound, a bladder they cannot tell is full, an accident they did not feel
happen, an erection or climax that no longer comes, a partner's touch they could not feel. Often the
place (the loo, in bed) is one sentence and the loss the next ("Went to the loo. Felt nothing."), so
most rules hold the loss and ask for the place anywhere in the message (`context`).
Written from safety-sources.md §2.2 (the NHS card) and the fresh round-2 misses, as families.
"""
from __future__ import annotations

from core.safety.joining import joined
from core.safety.patterns import Rule
from core.safety.signs import Sign

# where the loss happened: anywhere in the message
_TOILET = (r"\b(?:pee|poo|wee|weeing|bladder|bowels?|toilet|loo|bathroom|urinal|lavatory|stream|flow|leak|taking a leak"
           r"|wiping|wipe|number twos?|motion|pants|underwear|knickers|boxers|stool)\b")
_BED = (r"\b(?:sex|intimate|intimacy|in bed|bedroom|missus|wife|husband|partner|gf|bf|girlfriend|boyfriend|the wife"
        r"|getting busy|making love|with (?:my|the) (?:gf|bf|wife|husband|partner|missus|girlfriend|boyfriend))\b")
_STREAM = r"pee|wee|urinal|bladder|urine|stream"
_BACK_WENT = r"\b(?:back|spine|sciatica|disc|deadlifts?|lifting|leg day)\b"
# the feeling was absent: "felt nothing", "feeling zip", "didnt feel a thing", "no feeling of it"
_FELT_NOTHING = (r"\b(?:felt|feel|feeling|feels) (?:absolutely |totally |completely |literally )?(?:nothing|zip|zero|0|nowt"
                 r"|sod all|bugger all|nada|none of it|nothing at all)(?= \||$| at all| of it| down there| only| when| while| at my| in my| during)"
                 r"|\b(?:didnt|dont|cant|couldnt|did not|cannot|could not|without (?:me )?(?:even )?)"
                 r" ?(?:feel|feeling|felt) (?:a thing|anything|any of it|it happen\w*|it (?:pass|come|coming|going)\w*|it)\b"
                 r"|\bno (?:feeling|sensation) of it\b|\bfelt (?:like )?(?:it wasnt|its not|it isnt) (?:my|me)\b")
# only known by another sense: "only heard it", "had to look to know", "only the sound tells me"
_OTHER_SENSE = (r"\b(?:from|by) the sound\b|\bonly (?:heard|hear|hearing|know from|knew from|know by|tell by|the sound)\b"
                r"|\bhad to (?:look|check|see) to (?:know|tell|see)\b|\b(?:have|had) to look (?:down )?to (?:know|tell|check)\b"
                r"|\b(?:like|as if) (?:watching )?(?:its |it is |it was )?(?:not (?:even )?(?:me|mine|my (?:own )?body)"
                r"|someone elses (?:body)?|somebody elses)\b|\bwasnt my (?:own )?body\b|\bnot my own body\b")
# the stream will not start: "takes minutes to get going", "nothing coming out", "not starting", "run the tap"
_WONT_START = (r"\b(?:takes?|taking|took) (?:me )?(?:ages|forever|minutes|a (?:couple of |few )?minutes|a while|so long|long"
               r"|a long time|an age)\b(?: \w+){0,2} (?:to (?:start|get (?:it )?going|go|get started|begin)|before)\b"
               r"|\b(?:cant|couldnt|wont|not|isnt|doesnt|cannot) (?:get (?:it )?(?:to )?)?(?:start\w*|get going|break the seal)\b"
               r"|\bnothing (?:is )?(?:coming|comes|came|happens|happened|happening) (?:out)?\b"
               r"|\brun the (?:tap|taps|water)\b|\bpush (?:very much|really hard|so hard|hard)\b"
               r"|\b(?:stand|stood|standing) (?:there|ther)\b(?: \w+){0,3} (?:nothing|waiting)\b")
# the stream will not stop: "no brakes", "cant turn it off", "however hard I clench"
_WONT_STOP = (r"\bno (?:brakes|shutting it off|stopping it|off switch)\b|\b(?:cant|couldnt|cannot|unable to) (?:turn|shut)"
              r" (?:it )?off\b|\b(?:cant|couldnt|cannot|lost the ability to|unable to) stop (?:it|mid ?stream|the flow"
              r"|my pee|the pee|once|halfway)\b|\b(?:however|no matter how) hard i (?:squeeze\w*|clench\w*|try|tried)\b"
              r"|\bcarries on no matter\b|\bgone rogue\b")
# an accident: "couldnt hold it", "didnt make it", "already happening", "a mark in my pants"
_ACCIDENT = (r"\b(?:cant|couldnt|cannot|could not|not able to) hold (?:it|on) (?:in|at all)\b|\bdidnt make it(?= \||$| to the (?:loo|toilet))"
             r"|\b(?:it was )?already (?:happening|coming|out)\b|\bmark in my (?:pants|underwear|boxers|knickers)\b"
             r"|\bthrow away my (?:pants|underwear|boxers|knickers)\b|\b(?:i )?(?:have|had|having) (?:an )?accidents?\b"
             r"|\bwithout control\b|\btouched cloth\b|\bdribbl\w* into\b|\bwet in my\b"
             r"|\b(?:without|not) (?:noticing|knowing|realising|realizing)\b")
# the bladder's signal: "no idea I was that full", "never know if I need to go", "cant understand if full or empty"
_FULL = (r"\bno idea i was (?:that |so )?full\b|\b(?:never|dont|do not|cant|cannot|not) (?:\w+ )?(?:know|tell|understand"
         r"|knowing|sure) (?:if|when|whether) (?:my bladder |it )?(?:is |was )?(?:full|i need to go|i need a (?:wee|pee))\b"
         r"|\bfull (?:or|and|\|) empty\b|\bempty (?:or|\|) full\b|\bno signal\b|\bhuge amount came out\b")
_NOT_A_LOSS = (r"\b(?:lol nothing|hydration|camelbak|pack|ball|physio|needl\w*|injection|jab|massage|dentist|tattoo|vaccine|morning|coffee|warm ?up|motivat\w*|brain|fountain|chatting|queue|someone|phone|wifi|car|engine|laptop|computer|app|tap water|shower|kettle|hose|garden"
               r"|gym|session|training|program|plan|motivation|diet|protein|bar|back|knees?|hamstrings?|lats|glutes"
               r"|quads|muscles?|stretch|pump|burn|reps?|sets?|weight)\b")
# something else that will not start, and the everyday need to go: "the music isn't starting, need a pee first"
_NOT_STARTING = (_NOT_A_LOSS + r"|\b(?:class|timer|clock|music|video|film|game|match|season|playlist"
                 r"|need (?:a|to)|needed (?:a|to)|gotta|quick)\b")
_ERECTION = (r"\b(?:cant|couldnt|cannot|not|unable to|struggling to|trouble) (?:get|getting|keep|keeping) (?:an? )?"
             r"(?:erect\w*|hard|it up|wood|stiffy|boner)\b|\bnothing (?:works|working|doing|happening|stirring)"
             r" (?:downstairs|down there|in bed|below)\b|\b(?:manhood|little fella|little man|john thomas|todger|willy"
             r"|penis|member)\b(?: \w+){0,3} (?:isnt|not|wont|gone on strike|on strike|dead|asleep|standing|not standing)\b"
             r"|\bstop (?:you|me|men|a man|him) (?:from )?(?:getting|keeping) (?:hard|an erection|erect\w*|it up)\b"
             r"|\bno ejaculation\b|\b(?:cant|couldnt|cannot|unable to) (?:finish|climax|come|cum|ejaculate)\b"
             r"|\bnothing works in bed\b|\bcant get going\b")


def _card(sign: Sign, pattern: str, where: str) -> Rule:
    return Rule(sign, pattern, context=where, without_context="drop", unless=_NOT_A_LOSS,
                unless_anywhere=r"\b(?:hydration (?:pack|bladder)|camelbak|bladder of (?:my|the|a)|ball bladder)\b")


FUNCTION_RULES: tuple[Rule, ...] = (
    _card(Sign.BLADDER_BOWEL, _FELT_NOTHING, _TOILET),
    _card(Sign.BLADDER_BOWEL, _OTHER_SENSE, _TOILET),
    Rule(Sign.BLADDER_BOWEL, joined(_WONT_START, _STREAM, 6, parts_between=True), unless=_NOT_STARTING),
    # "Bladder full. Can't get it to start.": the one wording clear enough to take its place from another sentence
    _card(Sign.BLADDER_BOWEL, r"\b(?:cant|couldnt|cannot) get it (?:to )?start(?:ed)?\b", r"\b(?:bladder|pee|wee|urine)\b"),
    # "the urine is not starting": the denial is the sign, so the match starts at it ("urine" reads as "pee")
    Rule(Sign.BLADDER_BOWEL, r"\b(?:not|isnt|wont|doesnt) (?:starting|start|flowing|flow|coming)(?: easily| out| properly)?\b"
                             r"|\bmust push (?:very much|so hard|really hard)\b",
         context=r"\b(?:pee|stream)\b", without_context="drop",
         unless=_NOT_STARTING),
    _card(Sign.BLADDER_BOWEL, _WONT_STOP, r"\b(?:pee|wee|urinal|bladder|urine|stream|flow|toilet|loo|taps?)\b"),
    _card(Sign.BLADDER_BOWEL, _ACCIDENT, r"\b(?:pants|underwear|boxers|knickers|motion|poo|urge|needed the (?:loo|toilet)"
                                         r"|bowels?|cloth|tissue|wet|leak\w*)\b"),
    _card(Sign.BLADDER_BOWEL, _FULL, r"\b(?:bladder|full|pee|wee|toilet|loo|go)\b"),
    Rule(Sign.BLADDER_BOWEL, r"\bpassing wind\b(?: \w+){0,3} (?:silent|numb|cant feel|dont feel|no feeling)\b"),
    _card(Sign.SEXUAL_FUNCTION, _ERECTION, _BACK_WENT + r"|\b(?:since|started|this week|days?|monday|tuesday|wednesday"
                                                       r"|thursday|friday|saturday|sunday|never had)\b"),
    _card(Sign.SEXUAL_FUNCTION, _FELT_NOTHING + r"|\bmay as well (?:have )?(?:had|be wearing) a wetsuit\b"
                                                r"|\b(?:lady bits|private (?:area|parts?)|bits)\b(?: \w+){0,2} (?:numb|dead)\b",
          _BED),
    # "my manhood is not standing": the denial is the sign, so the match starts at it
    Rule(Sign.SEXUAL_FUNCTION, r"\b(?:isnt|not|no longer|wont|never) (?:standing|stand|standing up|rising|getting hard"
                               r"|responding|playing ball|waking up)\b",
         context=r"\b(?:manhood|penis|willy|todger|member|downstairs|down there|erection|erections)\b", without_context="drop",
         context_too=_BACK_WENT),
)
