"""Both legs and the saddle, described rather than named.

Pain that travels down both legs ("a hot wire down the back of both legs", "now the right's joined in"),
both legs that cannot tell hot water or gravel, legs that "weren't there" or "went to water", and the
saddle area given as a place people sit or wear underwear ("where I'd sit on a bike saddle", "couldn't
feel the chair under me"). The spread to the other leg is often its own sentence, so that rule holds
the spread and asks for the leg words anywhere in the message. Written from safety-sources.md §2.2 and
the fresh round-2 families.
"""
from __future__ import annotations

from core.safety.joining import joined
from core.safety.patterns import Rule
from core.safety.signs import Sign
from core.safety.vocab_emergency_card import _NUMB_LIKE

# pain that runs along a leg rather than sits in a muscle
_RADIATES = (r"shoot\w*|electric\w*|hot wire|burning (?:line|rope|wire|pain)|sciatic\w*|nerve pain|lit up|zapping|zaps"
             r"|(?:pain|pains|ache|burning|tingling|current) (?:\w+ ){0,2}(?:going|goes|went|runs|running|runnin|shoots"
             r"|travels|travelling|spreads?|spreading|jumped|radiat\w*|moved|comes|coming)(?: \w+)? (?:down|to|into)")
_BOTH = (r"both (?:the |my |of my |me )?(?:legs|leg|sides|hamstrings|calves|thighs|heels|feet)|left and right|right and left"
         r"|either leg|down both")
# muscle effort said as burning or lit up legs: "both legs lit up on the sled", "hamstrings on fire after RDLs"
_MUSCLE = (r"\b(?:doms|sore|soreness|pump|pumped|squats?|lunges?|leg_\w+|sprints?|sled|wall sit|rdls?|deadlifts?"
           r"|step ups|hill|hills|run|running|bike|spin|cramp\w*|stretch\w*|rep|reps|set|sets|lol|haha\w*)\b")
_LEG_WORDS = r"\b(?:leg|legs|sciatica|sciatic|shooting|numb|tingl\w*|pins and needles|burning|foot|feet)\b"
_SEAT_PLACE = (r"where (?:i|id|i would|you|youd) (?:sit|sat)\b(?: on)?(?: \w+){0,3}|the sitting (?:part|bit|area|bones?)"
               r"|where (?:my )?(?:underwear|pants|boxers|briefs|knickers|shorts) (?:touch\w*|cover\w*|sits?|goes|go)"
               r"|(?:that )?(?:whole )?(?:bit|area|part) in between(?! (?:my |the |your )?(?:shoulder|toes|fingers|sets|reps|ribs))|the bits between (?:me|my) legs|down under|undercarriage")

LEG_RULES: tuple[Rule, ...] = (
    # the front of the foot will not come up when walking: "my foot is not coming up when I walk"
    Rule(Sign.FOOT_DROP, r"\b(?:wont|doesnt|isnt|not|cant|cannot|couldnt) (?:lift|lifting|come up|coming up|pick up|hold (?:it"
                         r" |my (?:foot|toes) )?up)\b|\b(?:foot|toes) (?:is |are |just )?(?:hanging down|hangs down|fell forward"
                         r"|falls forward|flops forward)\b",
         context=r"\b(?:foot|toes)\b", without_context="drop",
         context_too=r"\b(?:walk\w*|step\w*|heels?|slaps?|slapping|drag\w*|flip ?flops?|trip\w*|catch\w*|floor|stairs)\b",
         unless=r"\b(?:weights?|bar|barbell|dumbbells?|kettlebells?|plates?|arms?|head|hips|knees?|leg raises?|leg lifts?"
                r"|calf raises?|box|my kid|mood|spirits|motivation|lol|haha\w*|high enough|higher|squats?|pistol\w*|kicks?|stretch\w*)\b"),
    # (a match holding "used to" or "years ago" is not told as over by screening.py, so it is excused here)
    Rule(Sign.BOTH_LEGS_NERVE, joined(_RADIATES, _BOTH, 10, parts_between=True),
         unless=_MUSCLE + r"|\b(?:used to|years ago|all fine|fine now|long gone)\b"),
    # the spread to the other leg, often its own sentence: "Right leg's gone numb. Now the left one too."
    Rule(Sign.BOTH_LEGS_NERVE, r"\bnow (?:the )?(?:right|left|other)(?: one| leg| side)?(?: is| has)? (?:joined in|too|as well"
                               r"|also)\b|\b(?:jumped|spread|spreading|moved|gone|going) (?:to|into|down) (?:both|the other"
                               r" (?:leg|side))\b|\bnow (?:goes|going|runs|it goes) down both\b|\bdoing the double\b",
         context=_LEG_WORDS, without_context="drop", unless=_MUSCLE),
    # both legs or feet cannot feel: hot water, gravel, a touch
    Rule(Sign.BOTH_LEGS_NERVE, r"\b(?:couldnt|cant|cannot|barely|hardly|didnt|not) (?:tell|feel|felt|register\w*)\b(?: \w+){0,8}"
                               r" (?:either|both) (?:leg|legs|foot|feet)\b"
                               r"|\bboth (?:me |my |of my )?(?:pins|legs|leg|feet)\b(?: \w+){0,5} (?:gone to sleep|asleep|furry|far away"
                               r"|like wood|no sensation|no feel\w*|fizzing)\b",
         unless=r"\b(?<!be the )(?<!just the )(?:cold|freezing|ice|crossed|sat on|sitting on|kneeling|lol|haha\w*)\b"),
    # "both legs just weren't there": the denial is the sign, so the match starts at it and needs the legs
    Rule(Sign.BOTH_LEGS_WEAK, r"\b(?:both )?legs\b(?: \w+){0,3} (?:gone to water|went to water|have no power|had no power"
                              r"|giving in)\b|\b(?:werent|wasnt|were not) there\b|\bnot having (?:any )?power\b",
         context=r"\b(?:both|stand|stand up|chair|walk|walking|stairs|wall)\b", without_context="drop",
         context_too=r"\blegs\b", unless_anywhere=r"\b(?:tired|fatigued|knackered|from the (?:run|ride|race|session))\b",
         unless=r"\b(?:people|mates?|friends?|they|he|she|coach|partner|spotter|kids|plates|bars?|tired|fatigued|knackered"
                r"|run|ride|race|marathon|jelly|doms|squats?|lunges?|leg_\w+|sprints?|wall sit|session|workout|lol|haha\w*)\b"),
    # the saddle area given as where one sits or wears underwear
    Rule(Sign.SADDLE_NUMBNESS, joined(_SEAT_PLACE, _NUMB_LIKE + r"|dead|dead patch|feeling dead|gone dull|novocaine", 8,
                                      parts_between=True),
         unless=r"\b(?:after (?:the |a |my )?(?:ride|drive|flight|meeting)|long ride|km|miles|sportive|rower|rowing machine|erg"
                r"|seat gets|after \d+ (?:min\w*|hours?)|massage|shoulder blades?|shoulders?)\b"),
    Rule(Sign.SADDLE_NUMBNESS, r"\b(?:couldnt|cant|cannot|could not|barely|hardly) feel (?:the )?(?:chair|seat|toilet seat"
                               r"|saddle|bench) (?:at all |under me|beneath me|when i sit)\b"
                               r"|\blike poking (?:a )?(?:leather |the )?(?:sofa|couch|cushion|wall|rubber)\b"),
)
